"""The "Summary" sheet: the workshop's details, figures per stage, and a chart of them."""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.figures import cost
from ..domain.figures import totals as figure_totals
from ..domain.models import Journey, OpportunityStatus, Stage, Status, WorkshopInfo
from ..domain.walk import walk_progress
from .excel_cells import Styles, line_count, money_format, money_text, print_setup, put, write_note
from .excel_scope import ExportScope
from .excel_table import TableLayout
from .excel_words import text, word

COUNT_KEYS = ("touchpoints", "opportunities", "gaps", "critical", "moments", "quick_wins")
DETAILS = ("title", "client", "retailer", "category", "channel", "date", "facilitator", "participants")
VALUE_COLUMNS = 7  # the details' values span the columns of the per-stage table
LABEL_WIDTH = 26  # the narrowest the label column gets
MAX_LABEL_WIDTH = 44  # longer "Journey · Stage" labels wrap within this
FIGURE_WIDTH = 14
PORTRAIT_COLUMNS = 8  # the buyer's table fits a page upright; the internal one's is too wide
LINE_HEIGHT = 15  # points per line of 11-point Calibri
MAX_ROW_HEIGHT = 409  # Excel's limit


@dataclass
class StageFigures:
    """The figures of one stage of one journey."""

    journey: Journey | None  # None for the totals
    stage: Stage | None
    touchpoints: int = 0
    opportunities: int = 0
    gaps: int = 0
    critical: int = 0
    moments: int = 0
    quick_wins: int = 0
    budget: Decimal = Decimal(0)


def stage_figures(scope: ExportScope) -> list[StageFigures]:
    """Counts and budget per stage of every exported journey, in map order."""
    figures: dict[str, StageFigures] = {}
    for journey in scope.journeys:
        for stage in journey.stages:
            figures[stage.id] = StageFigures(journey, stage)
        for stage, _phase, card in scope.cards(journey):
            f = figures[stage.id]
            f.touchpoints += 1
            f.gaps += len(card.gaps)
            f.critical += card.status == Status.RED
            f.moments += card.moment_of_truth
            f.quick_wins += card.quick_win
    for row in scope.rows:
        f = figures[row.stage.id]
        f.opportunities += 1
        spend = cost(row.opportunity)
        if spend is not None and row.opportunity.status != OpportunityStatus.DROPPED:
            f.budget += spend
    return list(figures.values())


def count_keys(scope: ExportScope) -> tuple[str, ...]:
    """The counts per stage; the gaps only when the export shows them."""
    return tuple(k for k in COUNT_KEYS if k != "gaps" or scope.with_gaps)


def money_keys(scope: ExportScope) -> tuple[str, ...]:
    """The money figures per stage, formulas over the plan; the margin-based ones only internally."""
    if scope.with_margins:
        return ("budget", "incremental_sales", "incremental_margin", "roi")
    return ("budget", "incremental_sales")


PLAN_KEY = {
    "budget": "cost",
    "incremental_sales": "incremental_sales",
    "incremental_margin": "incremental_margin",
}


def criterion(value: str) -> str:
    """A SUMIFS criterion that matches exactly `value`, as a formula's string literal.

    A criterion's * ? ~ are wildcards and a leading < > = an operator; a label may hold any of them.
    """
    escaped = value.replace("~", "~~").replace("*", "~*").replace("?", "~?")
    return '"=' + escaped.replace('"', '""') + '"'


def figure_formulas(
    plan: TableLayout, criteria: list[tuple[str, str]], dropped: str, row: int, letters: dict[str, str]
) -> dict[str, str]:
    """The budget, incremental sales and margin and ROI formulas of one row of the per-stage table.

    `criteria` are (plan column key, criterion) pairs; dropped actions never count.
    """
    conditions = [(plan.range(k), c) for k, c in criteria]
    conditions.append((plan.range("status"), '"<>' + dropped.replace('"', '""') + '"'))
    where = ",".join(f"{r},{c}" for r, c in conditions)
    formulas = {"budget": f"=SUMIFS({plan.range('cost')},{where})"}
    for key in ("incremental_sales", "incremental_margin"):
        if key not in letters:
            continue
        column = plan.range(PLAN_KEY[key])
        # empty, not zero, when no action of the stage has its effect estimated
        formulas[key] = f'=IF(COUNTIFS({where},{column},"<>")=0,"",SUMIFS({column},{where}))'
    if "roi" in letters:
        spend, margin = f"{letters['budget']}{row}", f"{letters['incremental_margin']}{row}"
        formulas["roi"] = f'=IF(OR(N({spend})=0,{margin}=""),"",({margin}-{spend})/{spend})'
    return formulas


def write_summary_sheet(ws: Worksheet, scope: ExportScope, styles: Styles, plan: TableLayout) -> None:
    """The workshop's details, a table of figures per stage with totals, and a bar chart.

    The money figures are formulas over the plan sheet, so they follow what someone changes there.
    """
    language = scope.language
    info = scope.document.workshop.workshop
    put(ws.cell(row=1, column=1), info.title or text("sheet.summary", language))
    styles.apply(ws.cell(row=1, column=1), "title")
    # who the plan is for, in one line under the title, as the workshop details name them
    put(ws.cell(row=2, column=1), headline(info, language))
    styles.apply(ws.cell(row=2, column=1), "headline")
    put(ws.cell(row=3, column=1), text("sum.details", language))
    styles.apply(ws.cell(row=3, column=1), "subtitle")
    # an empty detail would only be a bare label in a buyer's file
    details = [
        (text(f"info.{key}", language), getattr(info, key))
        for key in DETAILS
        if getattr(info, key) not in (None, "") and str(getattr(info, key)).strip()
    ]
    details.append((text("info.currency", language), info.currency))
    handout = scope.document.workshop.handout
    if handout is not None:  # a breakout group's copy says whose it is, wherever it is printed
        details.append((text("info.group", language), handout.group))
    if scope.retailer:
        details.append((text("info.plan_for", language), scope.retailer))
    if scope.scenario is not None:
        details.append((text("info.scenario", language), scope.scenario.name))
    details.append(
        (
            text("info.version", language),
            text("version.internal" if scope.internal else "version.buyer", language),
        )
    )
    if scope.include_notes and info.notes:
        details.append((text("info.notes", language), info.notes))
    if scope.internal:  # how far the room got is the team's business, not the buyer's
        for journey in scope.journeys:
            walked, total = walk_progress(journey)
            progress = text("walk.progress", language).format(walked=walked, total=total)
            if scope.several_journeys:  # the journey in the value: a long label would run over it
                progress = f"{journey.name}: {progress}"
            details.append((text("info.walked", language), progress))
    row = 4
    for label, value in details:
        _detail(ws, styles, row, label, value)
        row += 1

    row += 1
    put(ws.cell(row=row, column=1), text("sum.per_stage", language))
    styles.apply(ws.cell(row=row, column=1), "subtitle")
    header = row + 1
    counts, moneys = count_keys(scope), money_keys(scope)
    headers = [text("col.stage", language)] + [text(f"sum.{k}", language) for k in (*counts, *moneys)]
    letters = {k: get_column_letter(i) for i, k in enumerate((*counts, *moneys), start=2)}
    for column, title in enumerate(headers, start=1):
        cell = ws.cell(row=header, column=column)
        styles.apply(cell, "header")
        put(cell, title)
    figures = stage_figures(scope)
    dropped = word(OpportunityStatus.DROPPED, language)
    row = header
    for row, f in enumerate(figures, start=header + 1):
        criteria = [("stage", criterion(scope.label(f.stage)))]
        if scope.several_journeys:
            criteria.insert(0, ("journey", criterion(f.journey.name)))
        formulas = figure_formulas(plan, criteria, dropped, row, letters)
        _figure_row(ws, styles, row, scope.stage_title(f.journey, f.stage), f, counts, formulas, total=False)
    totals = StageFigures(journey=None, stage=None)
    for f in figures:
        for key in (*COUNT_KEYS, "budget"):
            setattr(totals, key, getattr(totals, key) + getattr(f, key))
    total_row = row + 1
    formulas = figure_formulas(plan, [], dropped, total_row, letters)
    _figure_row(ws, styles, total_row, text("sum.total", language), totals, counts, formulas, total=True)
    # the buyer's note explains the sales alone: how a margin is worked out is not the buyer's business
    numbers_note = "sum.numbers_note" if scope.with_margins else "sum.numbers_note_buyer"
    notes = (text("sum.budget_note", language), text(numbers_note, language))

    # the parking lot, when listed, goes under the notes, and the chart under it
    parked = (
        len(scope.document.workshop.parking_lot) + 2
        if scope.internal and scope.document.workshop.parking_lot
        else 0
    )
    if figures:
        _chart(
            ws,
            scope,
            counts,
            first=header + 1,
            last=total_row - 1,
            header=header,
            anchor=f"A{total_row + 4 + parked}",
        )
    labels = [label for label, _ in details] + [scope.stage_title(f.journey, f.stage) for f in figures]
    label_width = _label_width(labels)
    ws.column_dimensions["A"].width = label_width
    widths = [label_width]
    # a money column must hold the largest amount in full, or Excel shows ###; the budget is the
    # largest of them but for an uplift beyond 100 %, so that is measured too
    largest = max([f.budget for f in [*figures, totals]] + [_largest_effect(scope)])
    for column in range(2, len(headers) + 1):
        width = FIGURE_WIDTH
        if column > len(counts) + 1:
            width = max(width, len(money_text(largest, info.currency)) + 3)
        ws.column_dimensions[get_column_letter(column)].width = width
        widths.append(width)
    for row, note in enumerate(notes, start=total_row + 1):
        # measured once the columns have their widths
        write_note(ws, styles, row, note, columns=len(headers))
    if scope.internal and scope.document.workshop.parking_lot:
        _parking_lot(ws, styles, scope, first=row + 2, columns=len(headers))
    # neither Excel nor LibreOffice grows a row for wrapped text on opening, so size the rows here
    ws.row_dimensions[header].height = LINE_HEIGHT * max(
        line_count(title, width) for title, width in zip(headers, widths, strict=True)
    )
    for row, f in enumerate(figures, start=header + 1):
        # counted as if every letter were as wide as a digit: a spare line beats a clipped one
        lines = line_count(scope.stage_title(f.journey, f.stage), label_width / 1.15)
        if lines > 1:
            ws.row_dimensions[row].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines + 2)
    title = " — ".join(
        p for p in (text("sheet.summary", language), info.title, info.client, info.retailer) if p
    )
    print_setup(ws, title=title, language=language)
    if len(headers) <= PORTRAIT_COLUMNS:
        ws.page_setup.orientation = "portrait"  # a narrow sheet with a chart reads better upright


def _parking_lot(ws: Worksheet, styles: Styles, scope: ExportScope, *, first: int, columns: int) -> None:
    """The parked ideas and questions, open ones first: what the team still has to settle."""
    language = scope.language
    put(ws.cell(row=first, column=1), text("sum.parking_lot", language))
    styles.apply(ws.cell(row=first, column=1), "subtitle")
    items = sorted(scope.document.workshop.parking_lot, key=lambda item: item.done)
    for row, item in enumerate(items, start=first + 1):
        mark = text("parking.done" if item.done else "parking.open", language)
        write_note(ws, styles, row, f"{mark} {item.text}", columns=columns)


def headline(info: WorkshopInfo, language: str) -> str:
    """Client · retailer · category · channel · date, those that are set, for the Summary's header."""
    day = info.date.strftime("%d.%m.%Y" if language == "pl" else "%Y-%m-%d") if info.date else ""
    parts = (info.client, info.retailer, info.category, info.channel, day)
    return " · ".join(" ".join(p.split()) for p in parts if p and p.strip())


def _label_width(labels: list[str]) -> float:
    """The label column's width: the longest label's, within LABEL_WIDTH and MAX_LABEL_WIDTH."""
    longest = max((len(label) for label in labels), default=0)
    return min(max(LABEL_WIDTH, longest + 2), MAX_LABEL_WIDTH)


def _detail(ws: Worksheet, styles: Styles, row: int, label: str, value) -> None:
    put(ws.cell(row=row, column=1), label)
    styles.apply(ws.cell(row=row, column=1), "label")
    cell = ws.cell(row=row, column=2)
    styles.apply(cell, "value_date" if hasattr(value, "isoformat") else "value")
    put(cell, value)
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=1 + VALUE_COLUMNS)
    if isinstance(value, str) and value:
        # merged cells do not grow with wrapped text in Excel, so make room for it
        width = FIGURE_WIDTH * VALUE_COLUMNS - 4
        lines = sum(max(1, math.ceil(len(line) / width)) for line in value.split("\n"))
        if lines > 1:
            ws.row_dimensions[row].height = min(409, 15 * lines)


def _figure_row(
    ws: Worksheet,
    styles: Styles,
    row: int,
    title: str,
    f: StageFigures,
    counts: tuple[str, ...],
    formulas: dict[str, str],
    *,
    total: bool,
) -> None:
    cell = ws.cell(row=row, column=1)
    styles.apply(cell, "total" if total else "box_wrap")
    put(cell, title)
    for column, key in enumerate(counts, start=2):
        cell = ws.cell(row=row, column=column)
        styles.apply(cell, "total" if total else "box_count")
        cell.value = getattr(f, key)
    for column, key in enumerate(formulas, start=len(counts) + 2):
        cell = ws.cell(row=row, column=column)
        if key == "roi":
            styles.apply(cell, "total_percent" if total else "box_percent")
        else:
            styles.apply(cell, "total_money" if total else "box_money")
        cell.value = formulas[key]  # the app's own formula, never typed text


def _largest_effect(scope: ExportScope) -> Decimal:
    figures = figure_totals(
        r.opportunity for r in scope.rows if r.opportunity.status != OpportunityStatus.DROPPED
    )
    return max(figures.incremental_sales or Decimal(0), figures.incremental_margin or Decimal(0))


def _chart(
    ws: Worksheet,
    scope: ExportScope,
    counts: tuple[str, ...],
    *,
    first: int,
    last: int,
    header: int,
    anchor: str,
) -> None:
    """Opportunities as bars on the left axis, the budget as a line on the right one."""
    language = scope.language
    currency = scope.document.workshop.workshop.currency
    stages = Reference(ws, min_col=1, min_row=first, max_row=last)
    opportunities_column = 2 + counts.index("opportunities")
    budget_column = len(counts) + 2

    bars = BarChart()
    bars.type = "col"
    bars.title = text("sum.chart", language)
    bars.add_data(
        Reference(ws, min_col=opportunities_column, min_row=header, max_row=last), titles_from_data=True
    )
    bars.set_categories(stages)
    bars.y_axis.title = text("sum.opportunities", language)
    bars.y_axis.majorGridlines = None
    bars.y_axis.number_format = "0"

    line = LineChart()
    line.add_data(Reference(ws, min_col=budget_column, min_row=header, max_row=last), titles_from_data=True)
    line.set_categories(stages)
    line.y_axis.axId = 200
    line.y_axis.title = f"{text('sum.budget', language)} ({currency})"
    line.y_axis.number_format = money_format(currency).replace(".00", "")
    line.y_axis.crosses = "max"
    line.series[0].marker.symbol = "circle"
    line.series[0].smooth = False  # a curve would suggest values between stages
    # openpyxl 3.1 marks axes deleted unless told otherwise; Excel would then draw none
    for axis in (bars.x_axis, bars.y_axis, line.y_axis):
        axis.delete = False
    bars += line
    bars.legend.position = "b"
    bars.width, bars.height = 24, 11
    ws.add_chart(bars, anchor)
