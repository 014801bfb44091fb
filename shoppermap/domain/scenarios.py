"""The scenario comparison: what each named version of the plan does, costs and earns.

For "All" (every action) and each scenario of the workshop, in list order: the number of
actions, the touchpoints (cards) and stages they cover, the budget, the incremental sales and
margin, and the ROI, all from `figures.totals` on exact decimals; and the difference of any row
to a chosen reference row.

Dropped actions (status DROPPED) are left out of every row, "All" included: they are no longer
part of the plan, and a scenario must not look costlier for an action nobody will run.
An action that names no scenario is in every one (`figures.in_scenario`). Touchpoints and stages
are the map's own cards and stages, so with two journeys the "Buy" stage of each counts apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .figures import Totals, in_scenario, roi, totals
from .models import Opportunity, OpportunityStatus, Workshop

ALL = "All"  # the name of the row of every action, as the command line prints it


@dataclass(frozen=True)
class ScenarioRow:
    """The figures of one scenario (or of every action, when `scenario_id` is None)."""

    scenario_id: str | None
    name: str
    actions: int
    touchpoints: int
    stages: int
    budget: Decimal
    incremental_sales: Decimal | None
    incremental_margin: Decimal | None

    @property
    def is_all(self) -> bool:
        """True for the row of every action."""
        return self.scenario_id is None

    @property
    def roi(self) -> Decimal | None:
        """(Incremental margin - budget) / budget as a fraction; None without a budget or a margin."""
        return roi(self.incremental_margin, self.budget)


@dataclass(frozen=True)
class Difference:
    """A row minus the reference row; a money difference is None when either side has no figure.

    `roi` is in fraction points (0.05 is 5 percentage points), None when either ROI is undefined.
    """

    actions: int
    touchpoints: int
    stages: int
    budget: Decimal
    incremental_sales: Decimal | None
    incremental_margin: Decimal | None
    roi: Decimal | None

    @property
    def is_zero(self) -> bool:
        """True when the row equals the reference in every figure."""
        figures = (self.actions, self.touchpoints, self.stages, self.budget)
        return not any(figures) and not any((self.incremental_sales, self.incremental_margin, self.roi))


@dataclass(frozen=True)
class _Placed:
    stage_id: str
    card_id: str
    opportunity: Opportunity


def _planned(workshop: Workshop) -> list[_Placed]:
    """Every action that is still part of the plan, with where it stands, in map order."""
    return [
        _Placed(stage.id, card.id, o)
        for journey in workshop.journeys
        for stage in journey.stages
        for phase in stage.phases
        for card in phase.cards
        for o in card.opportunities
        if o.status != OpportunityStatus.DROPPED
    ]


def _row(scenario_id: str | None, name: str, placed: list[_Placed]) -> ScenarioRow:
    mine = [p for p in placed if in_scenario(p.opportunity, scenario_id)]
    sums: Totals = totals(p.opportunity for p in mine)
    return ScenarioRow(
        scenario_id=scenario_id,
        name=name,
        actions=sums.actions,
        touchpoints=len({p.card_id for p in mine}),
        stages=len({p.stage_id for p in mine}),
        budget=sums.cost,
        incremental_sales=sums.incremental_sales,
        incremental_margin=sums.incremental_margin,
    )


def compare(workshop: Workshop) -> list[ScenarioRow]:
    """The row of every action ("All") first, then one row per scenario in list order."""
    placed = _planned(workshop)
    return [_row(None, ALL, placed), *(_row(s.id, s.name, placed) for s in workshop.scenarios)]


def _minus(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    return None if a is None or b is None else a - b


def difference(row: ScenarioRow, reference: ScenarioRow) -> Difference:
    """`row` minus `reference`, figure by figure."""
    return Difference(
        actions=row.actions - reference.actions,
        touchpoints=row.touchpoints - reference.touchpoints,
        stages=row.stages - reference.stages,
        budget=row.budget - reference.budget,
        incremental_sales=_minus(row.incremental_sales, reference.incremental_sales),
        incremental_margin=_minus(row.incremental_margin, reference.incremental_margin),
        roi=_minus(row.roi, reference.roi),
    )


def row_of(rows: list[ScenarioRow], scenario_id: str | None) -> ScenarioRow | None:
    """The row of a scenario (None: the row of every action), or None when it is not among `rows`."""
    return next((r for r in rows if r.scenario_id == scenario_id), None)
