"""The action plan's columns: for each, its header and how a cell displays, edits, sorts, filters and parses.

A new column is one entry in `COLUMNS`; the number columns are in `figure_columns`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..vocabulary import kpi_choices, opportunity_status_choices, priority_choices
from .cell import Cell, Column, choice_column
from .figure_columns import brand_columns, cost_columns, effect_columns, rating_columns

translate = QCoreApplication.translate
PRIORITY_ORDER = {"high": 0, "medium": 1, "low": 2}
__all__ = ["CHOICES", "COLUMN", "COLUMNS", "DEFAULT_HIDDEN", "Cell", "Column", "stage_id_of"]


def stage_id_of(cell: Cell) -> str:
    """The id of the stage the row's card sits in."""
    doc = cell.model.document
    return doc.parent_of(doc.parent_of(cell.card_id))


def _map_order(cell: Cell) -> int:
    return cell.row  # the rows are in map order


def _pos_tool(cell: Cell) -> str:
    pos_tools, tool_id = cell.model.pos_tools, cell.opportunity.pos_tool
    tool = pos_tools.tool(tool_id) if pos_tools and tool_id else None
    return tool.label.text(cell.model.language) if tool is not None else tool_id


def _card_flag(cell: Cell) -> str:
    return "✓" if getattr(cell.model.document.get(cell.card_id), cell.column.key) else ""


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
    *brand_columns(),
    Column("retailer", lambda: translate("PlanModel", "Retailer"), editable=True),
    choice_column(
        "priority",
        lambda: translate("PlanModel", "Priority"),
        lambda _model: priority_choices(),
        sort=_priority_rank,
    ),
    Column("owner", lambda: translate("PlanModel", "Owner"), editable=True),
    Column("start", lambda: translate("PlanModel", "Start"), display=_date, sort=_date_sort),
    Column("end", lambda: translate("PlanModel", "End"), display=_date, sort=_date_sort),
    Column("period", lambda: translate("PlanModel", "Sales period"), display=_period_name),
    *cost_columns(),
    *effect_columns(),
    choice_column("kpi", lambda: translate("PlanModel", "KPI"), lambda _model: kpi_choices()),
    choice_column(
        "status",
        lambda: translate("PlanModel", "Status"),
        lambda _model: opportunity_status_choices(),
        sort=_status_rank,
    ),
    *rating_columns(),
    Column(
        "group",
        lambda: translate("PlanModel", "Brought by"),
        display=lambda cell: cell.opportunity.origin_group or "",
        hint=lambda: translate("PlanModel", "The breakout group whose copy brought the action in a merge"),
    ),
    Column("moment_of_truth", lambda: translate("PlanModel", "MoT"), display=_card_flag),
    Column("quick_win", lambda: translate("PlanModel", "QW"), display=_card_flag),
]
COLUMN = {c.key: i for i, c in enumerate(COLUMNS)}
# choice columns: the list of (name, value) the delegate offers and the display uses
CHOICES = {c.key: c.choices for c in COLUMNS if c.choices is not None}
# shown only when chosen from the header's menu: the table stays readable on a 1920 px projector
DEFAULT_HIDDEN = frozenset(
    {
        "phase",  # the touchpoint says where; its stage groups it
        "end",  # most actions run in a sales period, which the plan names
        "stores",
        "units_per_store",
        "total_units",
        "unit_cost",
        "fixed_cost",
        "cost_kind",
        "baseline_sales",
        "uplift_pct",
        "margin_pct",
        "scenarios",
        "value",  # the matrix shows them
        "effort",
        "group",  # empty until a group copy is merged; the filter bar picks a group too
    }
)
