"""What goes into an Excel export: the journeys, cards and opportunities chosen, in map order."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from ..domain.document import Document
from ..domain.figures import in_scenario
from ..domain.frameworks import PosToolCatalogue
from ..domain.models import Card, Gap, Journey, Opportunity, OpportunityStatus, Phase, Scenario, Stage
from .excel_words import text


@dataclass(frozen=True)
class PlanRow:
    """One opportunity with the places it belongs to."""

    journey: Journey
    stage: Stage
    phase: Phase
    card: Card
    opportunity: Opportunity


@dataclass(frozen=True)
class GapRow:
    """One competitor gap with its places and the opportunity that answers it (when exported)."""

    journey: Journey
    stage: Stage
    phase: Phase
    card: Card
    gap: Gap
    answer: Opportunity | None


@dataclass
class ExportScope:
    """The part of a workshop an export shows.

    Hidden cards are left out everywhere: hiding is how a team removes a framework touchpoint from
    its map. With a retailer, only that retailer's opportunities are shown, and a gap's answer only
    when it is one of them, so a buyer never sees another chain's plan. With a scenario, only the
    actions of that scenario.

    The default is the buyer's version: what a producer never shows a retail buyer (margins,
    baselines, ROI, internal notes, dropped actions; unless asked, the competitor gaps and the
    owners) is left out. `internal` exports everything.
    """

    document: Document
    journeys: list[Journey]
    language: str
    retailer: str | None = None
    include_notes: bool = False
    pos_tools: PosToolCatalogue | None = None
    internal: bool = False
    with_gaps: bool = False
    with_owners: bool = False
    scenario: Scenario | None = None
    rows: list[PlanRow] = field(init=False)
    gap_rows: list[GapRow] = field(init=False)

    def __post_init__(self) -> None:
        if self.internal:
            self.include_notes = self.with_gaps = self.with_owners = True
        wanted = _key(self.retailer) if self.retailer else None
        scenario_id = self.scenario.id if self.scenario is not None else None
        self.rows = []
        self.gap_rows = []
        self._counts: dict[str, int] = {}
        self._brands: dict[str, str] | None = None
        self._scenarios: dict[str, str] | None = None
        for journey in self.journeys:
            for stage, phase, card in self.cards(journey):
                shown = [
                    o
                    for o in card.opportunities
                    if (wanted is None or _key(o.retailer) == wanted)
                    and in_scenario(o, scenario_id)
                    and (self.internal or o.status != OpportunityStatus.DROPPED)
                ]
                self._counts[card.id] = len(shown)
                self.rows.extend(PlanRow(journey, stage, phase, card, o) for o in shown)
                shown_ids = {o.id: o for o in shown}
                self.gap_rows.extend(
                    GapRow(
                        journey,
                        stage,
                        phase,
                        card,
                        g,
                        shown_ids.get(g.opportunity) if g.opportunity else None,
                    )
                    for g in card.gaps
                )

    @property
    def with_margins(self) -> bool:
        """True when the margin-based figures (baseline, margin, incremental margin, ROI) are shown."""
        return self.internal

    @property
    def several_journeys(self) -> bool:
        """True when the export shows more than one journey (and so needs a journey column)."""
        return len(self.journeys) > 1

    def cards(self, journey: Journey) -> Iterator[tuple[Stage, Phase, Card]]:
        """The visible cards of a journey with their stage and phase, in canvas order."""
        for stage in journey.stages:
            for phase in stage.phases:
                for card in phase.cards:
                    if not card.hidden:
                        yield stage, phase, card

    def opportunity_count(self, card: Card) -> int:
        """How many of the card's opportunities the export shows."""
        return self._counts.get(card.id, 0)

    def label(self, obj: Stage | Phase | Card) -> str:
        """A stage's, phase's or card's label in the export's language."""
        return obj.label.text(self.language)

    def pos_tool(self, opportunity: Opportunity) -> str:
        """The POS tool as its catalogue label, or the custom text a team typed."""
        tool = self.pos_tools.tool(opportunity.pos_tool) if self.pos_tools and opportunity.pos_tool else None
        return tool.label.text(self.language) if tool is not None else opportunity.pos_tool

    def brand(self, opportunity: Opportunity) -> str:
        """The name of an action's brand, or ''."""
        if opportunity.brand is None:
            return ""
        return self._brand_names().get(opportunity.brand, "")

    def scenario_names(self, opportunity: Opportunity) -> str:
        """The scenarios an action is part of, comma-separated; an action in none is in all of them."""
        if not opportunity.scenarios:
            return text("all_scenarios", self.language)
        names = self._scenario_names()
        return ", ".join(names[i] for i in opportunity.scenarios if i in names)

    def _brand_names(self) -> dict[str, str]:
        if self._brands is None:
            self._brands = {b.id: b.name for b in self.document.workshop.brands}
        return self._brands

    def _scenario_names(self) -> dict[str, str]:
        if self._scenarios is None:
            self._scenarios = {s.id: s.name for s in self.document.workshop.scenarios}
        return self._scenarios

    def competitor(self, gap: Gap) -> str:
        """The name of a gap's competitor, or ''."""
        return self.document.competitor_name(gap.competitor)

    def stage_title(self, journey: Journey, stage: Stage) -> str:
        """A stage's name, with its journey's when the export shows several journeys."""
        if self.several_journeys:
            return f"{journey.name} · {self.label(stage)}"
        return self.label(stage)


def find_scenario(scenarios: list[Scenario], name: str) -> Scenario | None:
    """The scenario called `name` (by name, case and spacing aside, or by id), or None."""
    key = _key(name)
    return next((s for s in scenarios if _key(s.name) == key), None) or next(
        (s for s in scenarios if s.id == name), None
    )


def _key(retailer: str) -> str:
    return " ".join(retailer.split()).casefold()
