"""The Calendar sheet of the Excel plan: the weeks across, the sales periods as bands, one row per
action with the cells of its weeks filled in its status colour.

The weeks run over the twelve months from the workshop's date (the app calendar's default range),
widened to take in the actions shown, by at most a year either way: one mistyped year must not
make a sheet of thousands of columns. An action outside those weeks keeps its dates in the Start
and End columns and a note under the table says so. Actions without dates come last, unfilled, so
the sheet lists exactly the plan's actions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.calendar_layout import Week, default_range, monday_of, period_lanes, weeks
from ..domain.models import OpportunityStatus, Period
from .excel_cells import (
    CALENDAR_PERIOD_FILLS,
    CALENDAR_STATUS_FILLS,
    GRID,
    HEADER_FILL,
    HEADER_FONT,
    Styles,
    fill,
    font,
    print_setup,
    put,
    text_width,
)
from .excel_scope import ExportScope, PlanRow
from .excel_words import text, word

SIX_DAYS = dt.timedelta(days=6)
MOST_AROUND = dt.timedelta(days=366)  # how far past the default range the weeks may reach
WEEK_WIDTH = 7  # wide enough for '28 Sep', '28.09' and 'tydz. 53' in 9 points
# the label columns: key, format, narrowest and widest width
LABELS = (
    ("journey", "cal_text", 10, 26),
    ("touchpoint", "cal_text", 14, 30),
    ("pos_tool", "cal_text", 12, 26),
    ("retailer", "cal_text", 10, 16),
    ("period", "cal_text", 10, 26),
    ("start", "date", 11, 11),
    ("end", "date", 11, 11),
)
LEGEND_STEP = 4  # week columns per entry of the colour legend: the swatch and room for its word


@dataclass(frozen=True)
class _Row:
    """One action on the sheet: its label values and its first and last day (None: undated)."""

    values: dict[str, object]
    status: OpportunityStatus
    start: dt.date | None
    end: dt.date | None


@dataclass(frozen=True)
class _Grid:
    """Where the weeks are on the sheet: the first and last day shown, the first week's column."""

    first_monday: dt.date
    last_day: dt.date
    offset: int

    def columns(self, start: dt.date, end: dt.date) -> range:
        """The week columns a span of days touches, within the weeks shown (empty outside them)."""
        start, end = max(start, self.first_monday), min(end, self.last_day)
        if start > end:
            return range(0)
        return range(self._column(start), self._column(end) + 1)

    def _column(self, day: dt.date) -> int:
        return self.offset + (monday_of(day) - self.first_monday).days // 7


def calendar_weeks(scope: ExportScope, *, today: dt.date | None = None) -> list[Week]:
    """The weeks the sheet shows (see the module's docstring)."""
    first, last = default_range(scope.document.workshop.workshop.date, today or dt.date.today())
    spans = [scope.document.opportunity_dates(r.opportunity) for r in scope.rows]
    starts = [s for s, e in spans if s is not None and e is not None]
    ends = [e for s, e in spans if s is not None and e is not None]
    if starts:
        first, last = (
            max(min(first, min(starts)), first - MOST_AROUND),
            min(max(last, max(ends)), last + MOST_AROUND),
        )
    return weeks(first, last)


def write_calendar_sheet(
    ws: Worksheet,
    scope: ExportScope,
    styles: Styles,
    tick: Callable[[int], None],
    *,
    today: dt.date | None = None,
) -> None:
    """The Calendar sheet: header rows of weeks, period bands, then the actions, dated ones first."""
    language = scope.language
    _define_styles(styles, language)
    keys = [k for k, *_ in LABELS if k != "journey" or scope.several_journeys]
    spec = {k: (style, low, high) for k, style, low, high in LABELS}
    shown_weeks = calendar_weeks(scope, today=today)
    grid = _Grid(shown_weeks[0].monday, shown_weeks[-1].monday + SIX_DAYS, len(keys) + 1)
    rows = [_row(scope, r) for r in scope.rows]
    dated = [r for r in rows if r.start is not None and r.end is not None]
    undated = [r for r in rows if r.start is None or r.end is None]

    _write_header(ws, styles, shown_weeks, keys, grid.offset, language)
    lanes = _week_lanes(scope.document.workshop.periods, grid.first_monday, grid.last_day)
    lane_count = 1 + max((lane for _, lane in lanes), default=0)
    _write_bands(ws, styles, lanes, lane_count, grid, language)
    first_row = 3 + lane_count

    row_number = first_row
    outside = 0
    for row in dated:
        _write_labels(ws, styles, row_number, keys, spec, row.values)
        columns = grid.columns(row.start, row.end)
        name = f"cal_{row.status.value}"
        for column in columns:
            styles.place(ws, row_number, column, name)
        if row.start < grid.first_monday or row.end > grid.last_day:
            outside += 1
        row_number += 1
    if undated:
        heading = ws.cell(row=row_number, column=1)
        put(heading, text("cal.undated", language))
        styles.apply(heading, "cal_group")
        row_number += 1
        for row in undated:
            _write_labels(ws, styles, row_number, keys, spec, row.values)
            row_number += 1
    tick(len(rows))  # a tenth of the plan's time: one tick keeps the bar moving well enough

    _set_widths(ws, keys, spec, rows, grid.offset, len(shown_weeks), language)
    row_number = _write_legend(ws, styles, row_number + 1, grid.offset, len(shown_weeks), scope)
    if outside:
        note = ws.cell(row=row_number + 1, column=1)
        put(note, text("cal.outside", language).format(count=outside))
        styles.apply(note, "note")
    ws.freeze_panes = f"{get_column_letter(grid.offset)}{first_row}"
    print_setup(ws, title=_title(scope), language=language, repeat_rows=f"1:{first_row - 1}", gridlines=True)
    ws.page_setup.paperSize = ws.PAPERSIZE_A3


def _week_lanes(periods: list[Period], first: dt.date, last: dt.date) -> list[tuple[Period, int]]:
    """The periods' lanes as the app lays them out, but by whole weeks: on this sheet two periods
    that share a week overlap even when they share no day."""
    by_week = {
        p.id: p.model_copy(update={"start": monday_of(p.start), "end": monday_of(p.end) + SIX_DAYS})
        for p in periods
        if p.dated
    }
    originals = {p.id: p for p in periods}
    return [(originals[p.id], lane) for p, lane in period_lanes(by_week.values(), first, last)]


def _row(scope: ExportScope, plan_row: PlanRow) -> _Row:
    o = plan_row.opportunity
    period = scope.document.period_of(o)
    start, end = scope.document.opportunity_dates(o)  # in a dated period, the period's dates
    values = {
        "journey": plan_row.journey.name,
        "touchpoint": scope.label(plan_row.card),
        "pos_tool": scope.pos_tool(o),
        "retailer": o.retailer,
        "period": period.name.text(scope.language) if period is not None else "",
        "start": start,
        "end": end,
    }
    return _Row(values, o.status, start, end)


def _define_styles(styles: Styles, language: str) -> None:
    centre = Alignment(horizontal="center", vertical="center")
    header = {"font": font(bold=True, color=HEADER_FONT), "fill": fill(HEADER_FILL), "border": GRID}
    styles.define("cal_title", **header, alignment=Alignment(horizontal="left", vertical="center"))
    styles.define("cal_header", **header, alignment=Alignment(vertical="bottom", wrap_text=True))
    styles.define(
        "cal_week",
        font=font(bold=True, size=9, color=HEADER_FONT),
        fill=fill(HEADER_FILL),
        border=GRID,
        alignment=Alignment(horizontal="center", vertical="center", shrink_to_fit=True),
    )
    styles.define(
        "cal_monday",
        font=font(size=9, color=HEADER_FONT),
        fill=fill(HEADER_FILL),
        border=GRID,
        alignment=centre,
        number_format="dd.mm" if language == "pl" else "d mmm",
    )
    styles.define("cal_band_label", font=font(bold=True), alignment=Alignment(vertical="center"))
    for kind, colour in CALENDAR_PERIOD_FILLS.items():
        styles.define(
            f"cal_band_{kind}",
            font=font(size=9),
            fill=fill(colour),
            border=GRID,
            alignment=Alignment(horizontal="left", vertical="center"),
        )
    for status, colour in CALENDAR_STATUS_FILLS.items():
        styles.define(f"cal_{status.value}", fill=fill(colour))
    styles.define("cal_text", alignment=Alignment(vertical="top"))
    styles.define("cal_group", font=font(bold=True, italic=True, color="595959"))
    styles.define("cal_legend", font=font(size=9))


def _write_header(
    ws: Worksheet, styles: Styles, shown_weeks: list[Week], keys: list[str], offset: int, language: str
) -> None:
    # row 1 the ISO week as text (Excel has no number format for it), row 2 its Monday as a real date
    years = sorted({shown_weeks[0].monday.year, (shown_weeks[-1].monday + SIX_DAYS).year})
    title = ws.cell(row=1, column=1)
    put(title, text("cal.weeks_of", language).format(years="–".join(str(y) for y in years)))
    for column in range(1, offset):
        styles.apply(ws.cell(row=1, column=column), "cal_title")
        cell = ws.cell(row=2, column=column)
        put(cell, text(f"col.{keys[column - 1]}", language))
        styles.apply(cell, "cal_header")
    if offset > 2:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=offset - 1)
    label = text("cal.week", language)
    for index, week in enumerate(shown_weeks):
        top = ws.cell(row=1, column=offset + index)
        put(top, label.format(number=week.number))
        styles.apply(top, "cal_week")
        monday = ws.cell(row=2, column=offset + index)
        monday.value = week.monday
        styles.apply(monday, "cal_monday")


def _write_bands(
    ws: Worksheet,
    styles: Styles,
    lanes: list[tuple[Period, int]],
    lane_count: int,
    grid: _Grid,
    language: str,
) -> None:
    label = ws.cell(row=3, column=1)
    put(label, text("cal.periods", language))
    styles.apply(label, "cal_band_label")
    if lane_count > 1 or grid.offset > 2:
        ws.merge_cells(start_row=3, start_column=1, end_row=2 + lane_count, end_column=grid.offset - 1)
    for period, lane in lanes:
        row, columns = 3 + lane, grid.columns(period.start, period.end)
        put(ws.cell(row=row, column=columns.start), period.name.text(language))
        if len(columns) > 1:
            ws.merge_cells(start_row=row, start_column=columns.start, end_row=row, end_column=columns[-1])
        # every cell of the band, merged ones too (after merging, which clears them), gets the fill,
        # as Excel keeps it: the band stays whole if someone unmerges it
        style = f"cal_band_{period.kind.value}"
        for column in columns:
            styles.apply(ws._cells[row, column] if column != columns.start else ws.cell(row, column), style)


def _write_labels(
    ws: Worksheet, styles: Styles, row: int, keys: list[str], spec: dict, values: dict[str, object]
) -> None:
    for column, key in enumerate(keys, start=1):
        value = values[key]
        if value is not None and value != "":
            styles.place(ws, row, column, spec[key][0], value)


def _set_widths(
    ws: Worksheet, keys: list[str], spec: dict, rows: list[_Row], offset: int, week_count: int, language: str
) -> None:
    for column, key in enumerate(keys, start=1):
        _, low, high = spec[key]
        longest = max((text_width(r.values[key]) for r in rows), default=0)
        header = max(len(w) for w in text(f"col.{key}", language).split())
        ws.column_dimensions[get_column_letter(column)].width = min(max(longest + 1, header + 2, low), high)
    for index in range(week_count):
        ws.column_dimensions[get_column_letter(offset + index)].width = WEEK_WIDTH


def _write_legend(
    ws: Worksheet, styles: Styles, row: int, offset: int, week_count: int, scope: ExportScope
) -> int:
    """The status colours under the table, a swatch and its word; returns the row used."""
    language = scope.language
    statuses = [s for s in CALENDAR_STATUS_FILLS if scope.internal or s != OpportunityStatus.DROPPED]
    label = ws.cell(row=row, column=1)
    put(label, text("cal.legend", language))
    styles.apply(label, "cal_legend")
    for index, status in enumerate(statuses):
        column = offset + index * LEGEND_STEP
        if column + LEGEND_STEP - 1 >= offset + week_count:
            break  # never wider than the weeks, so the printout keeps its scale
        styles.apply(ws.cell(row=row, column=column), f"cal_{status.value}")
        name = ws.cell(row=row, column=column + 1)
        put(name, word(status, language))
        styles.apply(name, "cal_legend")
    return row


def _title(scope: ExportScope) -> str:
    info = scope.document.workshop.workshop
    parts = [text("sheet.calendar", scope.language), info.title, scope.retailer or ""]
    return " — ".join(p for p in parts if p)
