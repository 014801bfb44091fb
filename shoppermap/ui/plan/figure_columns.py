"""The action plan's columns for the numbers a buyer asks for: brand, mechanic, quantities, cost
build-up, expected effect, ROI and scenarios.

Every figure comes from `domain.figures`; the cells only show it the interface's way and read what
is typed by its rules.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...domain import figures
from ...domain.amounts import MAX_UPLIFT
from ...domain.models import Opportunity
from ..i18n import interface_language
from ..vocabulary import (
    amount_text,
    cost_kind_choices,
    count_text,
    percent_text,
    read_amount,
    read_count,
    read_percent,
    roi_text,
    scale_choices,
)
from .cell import RIGHT, Cell, Column, choice_column

translate = QCoreApplication.translate


def _number(value: Any) -> float | None:
    # a float sorts as a number in Qt; None (no figure) sorts last, see PlanFilter.lessThan
    return None if value is None else float(value)


def _field_number(cell: Cell) -> float | None:
    return _number(cell.value)


def _typed(value: Any) -> bool:
    """True when the value is already a number (set by code, not typed)."""
    return value is None or isinstance(value, Decimal | int | float)


def parse_amount(value: Any) -> Any:
    """A typed amount, read by the interface locale's rules (raises AmountError)."""
    return value if _typed(value) else read_amount(str(value), interface_language())


def parse_count(value: Any) -> Any:
    """A typed whole number (raises AmountError)."""
    return value if _typed(value) else read_count(str(value), interface_language())


def _percent_parser(most: Decimal) -> Callable[[Any], Any]:
    def parse(value: Any) -> Any:
        return value if _typed(value) else read_percent(str(value), interface_language(), most=most)

    return parse


def _count_column(key: str, header: Callable[[], str], **options) -> Column:
    return Column(
        key,
        header,
        editable=True,
        display=lambda cell: count_text(cell.value, interface_language()),
        edit=lambda cell: count_text(cell.value, interface_language(), grouped=False),
        sort=_field_number,
        parse=parse_count,
        alignment=RIGHT,
        **options,
    )


def _amount_column(key: str, header: Callable[[], str], **options) -> Column:
    return Column(
        key,
        header,
        editable=True,
        display=lambda cell: amount_text(cell.value, interface_language()),
        edit=lambda cell: amount_text(cell.value, interface_language(), grouped=False),
        sort=_field_number,
        parse=parse_amount,
        alignment=RIGHT,
        **options,
    )


def _percent_column(key: str, header: Callable[[], str], *, most: Decimal, **options) -> Column:
    return Column(
        key,
        header,
        editable=True,
        display=lambda cell: percent_text(cell.value, interface_language()),
        edit=lambda cell: percent_text(cell.value, interface_language(), sign=False),
        sort=_field_number,
        parse=_percent_parser(most),
        alignment=RIGHT,
        **options,
    )


def _figure_column(
    key: str,
    header: Callable[[], str],
    figure: Callable[[Opportunity], Any],
    text: Callable[[Any, str], str],
    **options,
) -> Column:
    """A column worked out from the action's other numbers: shown, sorted, never typed."""
    return Column(
        key,
        header,
        display=lambda cell: text(figure(cell.opportunity), interface_language()),
        sort=lambda cell: _number(figure(cell.opportunity)),
        alignment=RIGHT,
        **options,
    )


def brand_choices(model) -> list[tuple[str, str | None]]:
    """The workshop's brands, or none."""
    brands = model.document.workshop.brands if model.document is not None else []
    return [(translate("Inspector", "—"), None), *((b.name, b.id) for b in brands)]


def scenario_names(cell: Cell) -> str:
    """The names of the action's scenarios; 'All' for an action in every one."""
    workshop = cell.model.document.workshop
    if not cell.opportunity.scenarios:
        return translate("PlanModel", "All") if workshop.scenarios else ""
    names = {s.id: s.name for s in workshop.scenarios}
    return ", ".join(names.get(s, s) for s in cell.opportunity.scenarios)


def cost_locked(o: Opportunity) -> str | None:
    """Why the typed cost cannot be edited: the action's cost is built up from its quantities."""
    if not figures.has_quantities(o):
        return None
    return translate(
        "PlanModel", "The cost is worked out from the quantities: change stores, units or unit cost instead."
    )


def _cost_tooltip(cell: Cell) -> str | None:
    o = cell.opportunity
    if not figures.has_quantities(o):
        return None
    if figures.cost(o) is None:
        return translate("PlanModel", "Give stores, units per store and unit cost to work out the cost.")
    return translate("PlanModel", "Worked out: total units × unit cost + fixed cost.")


def _cost_column() -> Column:
    return Column(
        "cost",
        lambda: translate("PlanModel", "Cost"),
        editable=True,
        display=lambda cell: amount_text(figures.cost(cell.opportunity), interface_language()),
        edit=lambda cell: amount_text(cell.opportunity.cost, interface_language(), grouped=False),
        sort=lambda cell: _number(figures.cost(cell.opportunity)),
        parse=parse_amount,
        tooltip=_cost_tooltip,
        alignment=RIGHT,
        locked=cost_locked,
        hint=lambda: translate("PlanModel", "Total units × unit cost + fixed cost, or the cost typed"),
    )


def brand_columns() -> list[Column]:
    """Which brand the action promotes, and how."""
    return [
        choice_column("brand", lambda: translate("PlanModel", "Brand"), brand_choices),
        Column(
            "mechanic",
            lambda: translate("PlanModel", "Mechanic"),
            editable=True,
            hint=lambda: translate("PlanModel", "The offer, such as 2+1, -30% or a tasting"),
        ),
    ]


def cost_columns() -> list[Column]:
    """The quantities and cost build-up, then the cost itself."""
    return [
        _count_column("stores", lambda: translate("PlanModel", "Stores")),
        _count_column("units_per_store", lambda: translate("PlanModel", "Units/store")),
        _figure_column(
            "total_units",
            lambda: translate("PlanModel", "Total units"),
            figures.total_units,
            count_text,
            hint=lambda: translate("PlanModel", "Stores × units per store"),
        ),
        _amount_column("unit_cost", lambda: translate("PlanModel", "Unit cost")),
        _amount_column("fixed_cost", lambda: translate("PlanModel", "Fixed cost")),
        choice_column(
            "cost_kind", lambda: translate("PlanModel", "Cost kind"), lambda _model: cost_kind_choices()
        ),
        _cost_column(),
    ]


def effect_columns() -> list[Column]:
    """The expected effect, its worth and the scenarios the action is part of."""
    return [
        _amount_column(
            "baseline_sales",
            lambda: translate("PlanModel", "Baseline sales"),
            hint=lambda: translate("PlanModel", "Sales without the action, in its period"),
        ),
        _percent_column("uplift_pct", lambda: translate("PlanModel", "Uplift"), most=MAX_UPLIFT),
        _percent_column("margin_pct", lambda: translate("PlanModel", "Margin"), most=Decimal(100)),
        _figure_column(
            "incremental_sales",
            lambda: translate("PlanModel", "Incr. sales"),
            figures.incremental_sales,
            amount_text,
            hint=lambda: translate("PlanModel", "Incremental sales: baseline sales × uplift"),
        ),
        _figure_column(
            "incremental_margin",
            lambda: translate("PlanModel", "Incr. margin"),
            figures.incremental_margin,
            amount_text,
            hint=lambda: translate("PlanModel", "Incremental margin: incremental sales × margin"),
        ),
        _figure_column(
            "roi",
            lambda: translate("PlanModel", "ROI"),
            lambda o: figures.figures(o).roi,
            roi_text,
            hint=lambda: translate("PlanModel", "(Incremental margin − cost) / cost"),
        ),
        Column("scenarios", lambda: translate("PlanModel", "Scenarios"), display=scenario_names),
    ]


def rating_columns() -> list[Column]:
    """The room's dot votes and the value/effort matrix's two scales."""
    return [
        _count_column(
            "votes",
            lambda: translate("PlanModel", "Votes"),
            hint=lambda: translate("PlanModel", "The room's dot votes on the action"),
        ),
        choice_column(
            "value",
            lambda: translate("PlanModel", "Value"),
            lambda _model: scale_choices(),
            sort=_field_number,
            hint=lambda: translate("PlanModel", "Expected value, 1 (low) to 5 (high), as in the matrix"),
        ),
        choice_column(
            "effort",
            lambda: translate("PlanModel", "Effort"),
            lambda _model: scale_choices(),
            sort=_field_number,
            hint=lambda: translate("PlanModel", "Effort or cost, 1 (low) to 5 (high), as in the matrix"),
        ),
    ]
