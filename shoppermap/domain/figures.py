"""The numbers of one action: quantities, cost build-up, expected effect and ROI, on exact decimals.

Money is rounded to the currency's two places, half up as a till does, at each figure a person
reads (cost, incremental sales, incremental margin), so the figures shown add up to the totals shown.
A figure that cannot be worked out (a missing input) is None, never zero: the plan shows it empty.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .models import Opportunity

CENT = Decimal("0.01")
HUNDRED = Decimal(100)


def money(value: Decimal) -> Decimal:
    """An amount rounded to two places, half up."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def total_units(o: Opportunity) -> int | None:
    """Stores x units per store; None unless both are given."""
    if o.stores is None or o.units_per_store is None:
        return None
    return o.stores * o.units_per_store


def has_quantities(o: Opportunity) -> bool:
    """True when the cost is built up from quantities (and the typed cost is not used)."""
    return any(v is not None for v in (o.stores, o.units_per_store, o.unit_cost, o.fixed_cost))


def built_cost(o: Opportunity) -> Decimal | None:
    """Total units x unit cost + fixed cost.

    A fixed cost alone is a cost. Quantities given in part (stores but no unit cost) are not:
    the cost is unknown until they are complete, rather than shown too small.
    """
    variable = (o.stores, o.units_per_store, o.unit_cost)
    if all(v is None for v in variable):
        return None if o.fixed_cost is None else money(o.fixed_cost)
    if any(v is None for v in variable):
        return None
    return money(o.stores * o.units_per_store * o.unit_cost + (o.fixed_cost or Decimal(0)))


def cost(o: Opportunity) -> Decimal | None:
    """What the action costs: built up from its quantities when it has any, else the typed cost."""
    if has_quantities(o):
        return built_cost(o)
    return None if o.cost is None else money(o.cost)


def incremental_sales(o: Opportunity) -> Decimal | None:
    """Baseline sales x uplift."""
    if o.baseline_sales is None or o.uplift_pct is None:
        return None
    return money(o.baseline_sales * o.uplift_pct / HUNDRED)


def incremental_margin(o: Opportunity) -> Decimal | None:
    """Incremental sales x gross margin."""
    sales = incremental_sales(o)
    if sales is None or o.margin_pct is None:
        return None
    return money(sales * o.margin_pct / HUNDRED)


def roi(margin: Decimal | None, spend: Decimal | None) -> Decimal | None:
    """(Incremental margin - cost) / cost as a fraction; None when the cost is 0 or a figure is missing."""
    if margin is None or spend is None or spend == 0:
        return None
    return (margin - spend) / spend


@dataclass(frozen=True)
class Figures:
    """The worked-out numbers of one action."""

    total_units: int | None
    cost: Decimal | None
    incremental_sales: Decimal | None
    incremental_margin: Decimal | None

    @property
    def roi(self) -> Decimal | None:
        """ROI as a fraction (0.25 is 25 %), or None."""
        return roi(self.incremental_margin, self.cost)


def figures(o: Opportunity) -> Figures:
    """Everything worked out for one action."""
    return Figures(total_units(o), cost(o), incremental_sales(o), incremental_margin(o))


@dataclass(frozen=True)
class Totals:
    """The sums over several actions; a sum leaves out the actions that lack the figure.

    The incremental sums are None when not one action has the figure: no estimate is not zero.
    """

    actions: int
    cost: Decimal
    incremental_sales: Decimal | None
    incremental_margin: Decimal | None

    @property
    def roi(self) -> Decimal | None:
        """(Incremental margin - budget) / budget over all the actions, or None without a budget.

        Actions whose effect is not estimated still spend: they count in the budget and lower the ROI.
        """
        return roi(self.incremental_margin, self.cost)


def totals(opportunities: Iterable[Opportunity]) -> Totals:
    """The sums of cost, incremental sales and incremental margin over `opportunities`."""
    count, spend = 0, Decimal(0)
    sales: Decimal | None = None
    margin: Decimal | None = None
    for o in opportunities:
        count += 1
        f = figures(o)
        spend += f.cost or 0
        if f.incremental_sales is not None:
            sales = (sales or 0) + f.incremental_sales
        if f.incremental_margin is not None:
            margin = (margin or 0) + f.incremental_margin
    return Totals(count, spend, sales, margin)


def in_scenario(o: Opportunity, scenario_id: str | None) -> bool:
    """True when the action is part of the scenario; an action in no scenario is in every one.

    `scenario_id` None is "All": every action.
    """
    return scenario_id is None or not o.scenarios or scenario_id in o.scenarios
