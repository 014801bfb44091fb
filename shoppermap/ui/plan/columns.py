"""The action plan's columns: for each, its header and how a cell displays, edits, sorts, filters and parses.

A new column is one entry in `COLUMNS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ...domain.models import Opportunity
from ..i18n import interface_language
from ..vocabulary import (
    amount_text,
    kpi_choices,
    name_of,
    opportunity_status_choices,
    priority_choices,
    read_amount,
)

translate = QCoreApplication.translate
PRIORITY_ORDER = {"high": 0, "medium": 1, "low": 2}


@dataclass(slots=True)
class Cell:
    """What a column's functions read: the model, the column, and the row's opportunity and card."""

    model: Any  # the PlanModel: its document and language
    column: Column
    opportunity: Opportunity
    card_id: str
    row: int

    @property
    def value(self) -> Any:
        """The opportunity's field of this column (None for a column that is not one)."""
        return getattr(self.opportunity, self.column.key, None)

    def label(self, object_id: str) -> str:
        """The label of a stage, phase or card in the workshop's language."""
        return self.model.document.get(object_id).label.text(self.model.language)


def stage_id_of(cell: Cell) -> str:
    """The id of the stage the row's card sits in."""
    doc = cell.model.document
    return doc.parent_of(doc.parent_of(cell.card_id))


def _one_line(cell: Cell) -> str:
    return " ".join(str(cell.value).split())  # one line in a table cell


def _field_text(cell: Cell) -> str:
    return _parse_text(cell.value)


def _by_display(cell: Cell) -> str:
    return cell.column.display(cell).casefold()


def _raw(cell: Cell) -> Any:
    value = cell.value
    return value.value if hasattr(value, "value") else value


def _map_order(cell: Cell) -> int:
    return cell.row  # the rows are in map order


def _parse_text(value: Any) -> str:
    return "" if value is None else str(value)


def _pos_tool(cell: Cell) -> str:
    pos_tools, tool_id = cell.model.pos_tools, cell.opportunity.pos_tool
    tool = pos_tools.tool(tool_id) if pos_tools and tool_id else None
    return tool.label.text(cell.model.language) if tool is not None else tool_id


def _card_flag(cell: Cell) -> str:
    return "✓" if getattr(cell.model.document.get(cell.card_id), cell.column.key) else ""


def _choice_name(cell: Cell) -> str:
    value = cell.value
    return "" if value is None else name_of(cell.column.choices(), value)


def _choice_code(cell: Cell) -> str:
    value = cell.value
    return value.value if value is not None else ""


def _parse_choice(value: Any) -> str | None:
    if value in ("", None):
        return None
    return value.value if hasattr(value, "value") else str(value)


def _priority_rank(cell: Cell) -> int:
    priority = cell.opportunity.priority
    return PRIORITY_ORDER.get(priority.value if priority else "", 3)


def _status_rank(cell: Cell) -> int:
    return [v for _, v in opportunity_status_choices()].index(cell.opportunity.status)


def _effective_date(cell: Cell):
    # in a dated sales period an opportunity runs on the period's dates
    start, end = cell.model.document.opportunity_dates(cell.opportunity)
    return start if cell.column.key == "start" else end


def _date(cell: Cell) -> str:
    date = _effective_date(cell)
    return date.isoformat() if date else ""


def _date_sort(cell: Cell) -> str:
    date = _effective_date(cell)
    return date.isoformat() if date else "9999"  # no date sorts after every date


def _period_name(cell: Cell) -> str:
    period = cell.model.document.period_of(cell.opportunity)
    return period.name.text(cell.model.language) if period is not None else ""


def _cost_sort(cell: Cell) -> float:
    return float(cell.opportunity.cost) if cell.opportunity.cost is not None else -1.0


def _parse_cost(value: Any) -> Any:
    if isinstance(value, Decimal | int | float) or value is None:
        return value
    return read_amount(str(value), interface_language())


@dataclass(frozen=True)
class Column:
    """One column of the plan: how it reads, edits, sorts and filters one opportunity.

    `key` is the opportunity field it shows where there is one; only `editable` columns are edited
    in place, with `parse` turning what the delegate gives back into the field's value. `choices`
    (name, value) pairs make a drop-down column. The defaults suit a plain text field.
    """

    key: str
    header: Callable[[], str]
    editable: bool = False
    display: Callable[[Cell], str] = _one_line
    edit: Callable[[Cell], Any] = _field_text
    sort: Callable[[Cell], Any] = _by_display
    filter: Callable[[Cell], Any] = _raw  # the raw value the filter bar compares
    parse: Callable[[Any], Any] = _parse_text
    tooltip: Callable[[Cell], str | None] | None = None
    alignment: Qt.AlignmentFlag | None = None
    choices: Callable[[], list[tuple[str, Any]]] | None = None


def _choice_column(key: str, header: Callable[[], str], choices, **sorting) -> Column:
    """An editable column picked from `choices`."""
    return Column(
        key,
        header,
        editable=True,
        display=_choice_name,
        edit=_choice_code,
        parse=_parse_choice,
        choices=choices,
        **sorting,
    )


# the headers keep the PlanModel translation context that self.tr gave them
COLUMNS = [
    Column(
        "stage",
        lambda: translate("PlanModel", "Stage"),
        display=lambda cell: cell.label(stage_id_of(cell)),
        sort=_map_order,
        filter=stage_id_of,
    ),
    Column(
        "phase",
        lambda: translate("PlanModel", "Phase"),
        display=lambda cell: cell.label(cell.model.document.parent_of(cell.card_id)),
        sort=_map_order,
    ),
    Column(
        "touchpoint",
        lambda: translate("PlanModel", "Touchpoint"),
        display=lambda cell: cell.label(cell.card_id),
        sort=_map_order,
    ),
    Column("pos_tool", lambda: translate("PlanModel", "POS tool"), display=_pos_tool),
    Column(
        "description",
        lambda: translate("PlanModel", "Description"),
        editable=True,
        tooltip=lambda cell: cell.opportunity.description or None,
    ),
    Column("retailer", lambda: translate("PlanModel", "Retailer"), editable=True),
    _choice_column(
        "priority", lambda: translate("PlanModel", "Priority"), priority_choices, sort=_priority_rank
    ),
    Column("owner", lambda: translate("PlanModel", "Owner"), editable=True),
    Column("start", lambda: translate("PlanModel", "Start"), display=_date, sort=_date_sort),
    Column("end", lambda: translate("PlanModel", "End"), display=_date, sort=_date_sort),
    Column("period", lambda: translate("PlanModel", "Sales period"), display=_period_name),
    Column(
        "cost",
        lambda: translate("PlanModel", "Cost"),
        editable=True,
        display=lambda cell: amount_text(cell.opportunity.cost, interface_language()),
        edit=lambda cell: amount_text(cell.opportunity.cost, interface_language(), grouped=False),
        sort=_cost_sort,
        parse=_parse_cost,
        alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    ),
    _choice_column("kpi", lambda: translate("PlanModel", "KPI"), kpi_choices),
    _choice_column(
        "status", lambda: translate("PlanModel", "Status"), opportunity_status_choices, sort=_status_rank
    ),
    Column("moment_of_truth", lambda: translate("PlanModel", "MoT"), display=_card_flag),
    Column("quick_win", lambda: translate("PlanModel", "QW"), display=_card_flag),
]
COLUMN = {c.key: i for i, c in enumerate(COLUMNS)}
# choice columns: the list of (name, value) the delegate offers and the display uses
CHOICES = {c.key: c.choices for c in COLUMNS if c.choices is not None}
