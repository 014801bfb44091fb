"""The tabular sheets of the Excel export: the action plan and the competitor gaps."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.figures import figures
from ..domain.models import OpportunityStatus, Priority, Threat
from .excel_cells import Styles, print_setup, put
from .excel_scope import ExportScope
from .excel_table import Column, TableLayout, add_choice, colour_words, write_table, write_totals_row
from .excel_words import text, word, words_of

# soft tints, readable in black type and on a grey-scale printout
PRIORITY_FILLS = {Priority.HIGH: "F8CBAD", Priority.MEDIUM: "FFE699", Priority.LOW: "DDEBF7"}
STATUS_FILLS = {
    OpportunityStatus.IDEA: "F2F2F2",
    OpportunityStatus.PLANNED: "DDEBF7",
    OpportunityStatus.AGREED: "E2EFDA",
    OpportunityStatus.IN_PROGRESS: "FFF2CC",
    OpportunityStatus.DONE: "C6EFCE",
    OpportunityStatus.DROPPED: "D9D9D9",
}
THREAT_FILLS = {Threat.HIGH: "F8CBAD", Threat.MEDIUM: "FFE699", Threat.LOW: "E2EFDA"}
ONE_PAGE_WIDTH = 260  # characters a landscape A4 page holds at a scale still readable (about 55 %)


PLAN_COLUMNS = (
    Column("journey", "wrap", 10, 22),
    Column("stage", "wrap", 10, 18),
    Column("phase", "wrap", 12, 22),
    Column("touchpoint", "wrap", 16, 28),
    Column("pos_tool", "wrap", 12, 24),
    Column("brand", "wrap", 10, 18),
    Column("mechanic", "wrap", 10, 18),
    Column("description", "wrap", 30, 44),
    Column("retailer", "wrap", 10, 18),
    Column("priority", "center", 10, 12),
    Column("expected_impact", "wrap", 14, 24),
    Column("owner", "wrap", 10, 18),
    Column("start", "date", 11, 11),
    Column("end", "date", 11, 11),
    Column("period", "wrap", 10, 16),
    Column("scenarios", "wrap", 10, 20),
    Column("kpi", "wrap", 8, 16),
    Column("status", "center", 11, 22),
    Column("moment_of_truth", "center", 9, 9),
    Column("quick_win", "center", 8, 10),
    Column("votes", "count", 7, 9),
    Column("value", "center", 7, 9),
    Column("effort", "center", 7, 9),
    Column("group", "wrap", 10, 16),
    # the numbers last, so the totals row under them reads as one block
    Column("stores", "count", 8, 10),
    Column("units_per_store", "count", 8, 10),
    Column("total_units", "count", 8, 12),
    Column("unit_cost", "money", 12, 16),
    Column("fixed_cost", "money", 12, 18),
    Column("cost_kind", "wrap", 10, 16),
    Column("cost", "money", 12, 18),
    Column("baseline_sales", "money", 12, 18),
    Column("uplift_pct", "percent", 9, 10),
    Column("margin_pct", "percent", 9, 10),
    Column("incremental_sales", "money", 12, 18),
    Column("incremental_margin", "money", 12, 18),
    Column("roi", "percent", 8, 10),
    Column("notes", "wrap", 20, 40),
)
# what a producer never shows a retail buyer
MARGIN_KEYS = frozenset({"baseline_sales", "margin_pct", "incremental_margin", "roi"})
# the room's own prioritising: the producer's business, not the buyer's
RATING_KEYS = frozenset({"votes", "value", "effort"})
# the columns the plan's totals row adds up
SUMMED_KEYS = (
    "total_units",
    "fixed_cost",
    "cost",
    "baseline_sales",
    "incremental_sales",
    "incremental_margin",
)


def plan_columns(scope: ExportScope) -> list[Column]:
    """The plan's columns for this export: the buyer's version leaves out the internal ones."""

    def shown(key: str) -> bool:
        if key == "journey":
            return scope.several_journeys
        if key == "notes":
            return scope.include_notes
        if key == "owner":
            return scope.with_owners
        if key == "scenarios":
            return bool(scope.document.workshop.scenarios)
        if key in MARGIN_KEYS:
            return scope.with_margins
        if key in RATING_KEYS:
            return scope.internal
        if key == "group":
            # which breakout group brought an action in a merge: for the room, and only once merged
            return scope.internal and any(r.opportunity.origin_group for r in scope.rows)
        return True

    return [c for c in PLAN_COLUMNS if shown(c.key)]


def _fraction(percent: Decimal | None) -> float | None:
    # stored as 15 for 15 %; a cell formatted as a percentage holds 0.15
    return None if percent is None else float(percent / 100)


GAP_COLUMNS = (
    Column("journey", "wrap", 10, 22),
    Column("stage", "wrap", 10, 18),
    Column("phase", "wrap", 12, 22),
    Column("touchpoint", "wrap", 16, 28),
    Column("competitor", "wrap", 12, 20),
    Column("kind", "wrap", 14, 22),
    Column("threat", "center", 10, 12),
    Column("gap", "wrap", 30, 48),
    Column("answer", "wrap", 30, 48),
)


def write_plan_sheet(
    ws: Worksheet, scope: ExportScope, styles: Styles, tick: Callable[[int], None]
) -> TableLayout:
    """The action plan: one row per opportunity in map order, ready to filter and to print,
    with a totals row under it that follows the filter.

    The rows hold the figures as values worked out by domain.figures: openpyxl writes no cached
    results, so a formula per row would read back empty in anything but a spreadsheet program, and
    a buyer's copy should show the same numbers as the app. The totals row and the Summary are
    formulas, so they follow Excel's filter and whatever someone changes in the rows.
    """
    language = scope.language
    columns = plan_columns(scope)
    yes = text("yes", language)

    def values(row) -> dict[str, Any]:
        o, card = row.opportunity, row.card
        f = figures(o)
        period = scope.document.period_of(o)
        start, end = scope.document.opportunity_dates(o)  # in a dated period, the period's dates
        return {
            "journey": row.journey.name,
            "stage": scope.label(row.stage),
            "phase": scope.label(row.phase),
            "touchpoint": scope.label(card),
            "pos_tool": scope.pos_tool(o),
            "brand": scope.brand(o),
            "mechanic": o.mechanic,
            "description": o.description,
            "retailer": o.retailer,
            "priority": word(o.priority, language),
            "expected_impact": o.expected_impact,
            "owner": o.owner,
            "start": start,
            "end": end,
            "period": period.name.text(language) if period is not None else "",
            "scenarios": scope.scenario_names(o),
            "kpi": word(o.kpi, language),
            "status": word(o.status, language),
            "moment_of_truth": yes if card.moment_of_truth else "",
            "quick_win": yes if card.quick_win else "",
            "votes": o.votes,
            "value": o.value,
            "effort": o.effort,
            "group": o.origin_group,
            "stores": o.stores,
            "units_per_store": o.units_per_store,
            "total_units": f.total_units,
            "unit_cost": o.unit_cost,
            "fixed_cost": o.fixed_cost,
            "cost_kind": word(o.cost_kind, language),
            "cost": f.cost,
            "baseline_sales": o.baseline_sales,
            "uplift_pct": _fraction(o.uplift_pct),
            "margin_pct": _fraction(o.margin_pct),
            "incremental_sales": f.incremental_sales,
            "incremental_margin": f.incremental_margin,
            "roi": None if f.roi is None else float(f.roi),
            "notes": o.notes,
        }

    last = write_table(ws, columns, (values(r) for r in scope.rows), styles, language, tick)
    letters = {c.key: get_column_letter(i) for i, c in enumerate(columns, start=1)}
    add_choice(ws, letters["priority"], last, words_of(Priority, language), language)
    add_choice(ws, letters["status"], last, words_of(OpportunityStatus, language), language)
    colour_words(ws, letters["priority"], last, {word(p, language): c for p, c in PRIORITY_FILLS.items()})
    colour_words(ws, letters["status"], last, {word(s, language): c for s, c in STATUS_FILLS.items()})
    dropped = word(OpportunityStatus.DROPPED, language)
    # a dropped action stays in the plan for the record, greyed so nobody reads it as agreed
    ws.conditional_formatting.add(
        f"A2:{get_column_letter(len(columns))}{last}",
        FormulaRule(formula=[f'${letters["status"]}2="{dropped}"'], font=Font(color="808080")),
    )
    layout = TableLayout(ws.title, letters, first=2, last=1 + len(scope.rows))
    dropped_rows = [
        i for i, r in enumerate(scope.rows, start=2) if r.opportunity.status == OpportunityStatus.DROPPED
    ]
    if dropped_rows:
        _filter_out_dropped(ws, columns, letters, dropped_rows, language)
    total_row = last + 1
    write_totals_row(ws, columns, layout, total_row, styles, language, summed_keys=SUMMED_KEYS)
    if dropped_rows:
        put(ws.cell(row=total_row + 1, column=1), text("plan.dropped_note", language))
        styles.apply(ws.cell(row=total_row + 1, column=1), "note")
    print_setup(ws, title=_title(scope, "sheet.plan"), language=language, repeat_rows="1:1", gridlines=True)
    _print_wide(ws, columns, letters)
    return layout


def _print_wide(ws: Worksheet, columns: Sequence[Column], letters: dict[str, str]) -> None:
    # the plan with its numbers is too wide to read on one A4 page: it goes over several, side by
    # side, each repeating the columns that say where an action is
    widths = [ws.column_dimensions[letters[c.key]].width or 8.43 for c in columns]
    width = sum(widths)
    if width <= ONE_PAGE_WIDTH:
        return
    keys = [c.key for c in columns]
    where = sum(widths[: keys.index("touchpoint") + 1])
    ws.page_setup.fitToWidth = max(2, math.ceil((width - where) / max(ONE_PAGE_WIDTH - where, 1)))
    ws.page_setup.pageOrder = "overThenDown"
    ws.print_title_cols = f"A:{letters['touchpoint']}"


def _filter_out_dropped(
    ws: Worksheet, columns: Sequence[Column], letters: dict[str, str], rows: list[int], language: str
) -> None:
    # in the internal version dropped actions stay for the record, but out of the totals: the
    # status filter is set and their rows hidden, as Excel itself would leave them
    index = [c.key for c in columns].index("status")
    shown = [word(s, language) for s in OpportunityStatus if s != OpportunityStatus.DROPPED]
    ws.auto_filter.add_filter_column(index, shown)
    for row in rows:
        ws.row_dimensions[row].hidden = True


def write_gaps_sheet(ws: Worksheet, scope: ExportScope, styles: Styles, tick: Callable[[int], None]) -> None:
    """The competitor gaps: one row per gap with its touchpoint, competitor, threat and our answer."""
    language = scope.language
    columns = [c for c in GAP_COLUMNS if c.key != "journey" or scope.several_journeys]

    def values(row) -> dict[str, Any]:
        return {
            "journey": row.journey.name,
            "stage": scope.label(row.stage),
            "phase": scope.label(row.phase),
            "touchpoint": scope.label(row.card),
            "competitor": scope.competitor(row.gap),
            "kind": word(row.gap.kind, language),
            "threat": word(row.gap.threat, language),
            "gap": row.gap.description,
            "answer": row.answer.description if row.answer is not None else "",
        }

    last = write_table(ws, columns, (values(r) for r in scope.gap_rows), styles, language, tick)
    threat = get_column_letter(next(i for i, c in enumerate(columns, start=1) if c.key == "threat"))
    colour_words(ws, threat, last, {word(t, language): c for t, c in THREAT_FILLS.items()})
    print_setup(ws, title=_title(scope, "sheet.gaps"), language=language, repeat_rows="1:1", gridlines=True)


def _title(scope: ExportScope, sheet: str) -> str:
    info = scope.document.workshop.workshop
    parts = [text(sheet, scope.language), info.title, scope.retailer or ""]
    return " — ".join(p for p in parts if p)
