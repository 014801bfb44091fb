"""The "Journey map" sheet: the map as a grid of stages, phases and touchpoint cells."""

from __future__ import annotations

from collections.abc import Callable

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.models import Card, Journey, Status
from .excel_cells import GRID, HEADER_FILL, Styles, fill, font, line_count, print_setup, put
from .excel_scope import ExportScope
from .excel_words import text

# soft tints of the traffic lights, so black type stays readable on screen and on paper
STATUS_FILLS = {Status.GREEN: "C6EFCE", Status.YELLOW: "FFEB9C", Status.RED: "FFC7CE"}
DEFAULT_STAGE_COLOUR = HEADER_FILL
COLUMN_WIDTH = 24
LINE_HEIGHT = 15  # points per line of 11-point Calibri
MOMENT_OF_TRUTH = "★"
QUICK_WIN = "⚡"
VOTES = "●"


def define_map_styles(styles: Styles) -> None:
    """The formats of the map's cells."""
    card = Alignment(vertical="top", wrap_text=True)
    styles.define("map_card", alignment=card, border=GRID)
    for status, colour in STATUS_FILLS.items():
        styles.define(f"map_card_{status.value}", alignment=card, border=GRID, fill=fill(colour))
    styles.define(
        "map_phase",
        font=font(bold=True),
        fill=fill("D9E1F2"),
        alignment=Alignment(vertical="center", horizontal="center", wrap_text=True),
        border=GRID,
    )
    styles.define("map_journey", font=font(bold=True, size=12, color=HEADER_FILL))


def card_text(card: Card, label: str, opportunities: int, *, votes: bool = False) -> str:
    """A card's cell: its label, then its marks (moment of truth, quick win, opportunities, and with
    `votes` the room's dot votes)."""
    marks = []
    if card.moment_of_truth:
        marks.append(MOMENT_OF_TRUTH)
    if card.quick_win:
        marks.append(QUICK_WIN)
    if opportunities:
        marks.append(f"[{opportunities}]")
    if votes and card.votes:
        marks.append(f"{VOTES}{card.votes}")
    return f"{label}\n{' '.join(marks)}" if marks else label


def write_map_sheet(ws: Worksheet, scope: ExportScope, styles: Styles, tick: Callable[[int], None]) -> None:
    """Stage names merged over their phases, phase headers, and the cards below in canvas order."""
    language = scope.language
    define_map_styles(styles)
    title = " — ".join(p for p in (text("sheet.map", language), scope.document.workshop.workshop.title) if p)
    put(ws.cell(row=1, column=1), title)
    styles.apply(ws.cell(row=1, column=1), "title")
    legend = text("map.legend", language)
    if scope.internal:  # the room's votes are the producer's own business
        legend = text("map.legend.votes", language) + "   " + legend
    put(ws.cell(row=2, column=1), legend)
    styles.apply(ws.cell(row=2, column=1), "note")
    row = 4
    widest = 1
    for journey in scope.journeys:
        if scope.several_journeys:
            put(ws.cell(row=row, column=1), journey.name)
            styles.apply(ws.cell(row=row, column=1), "map_journey")
            row += 1
        if row == 4 and not scope.several_journeys:
            ws.freeze_panes = f"A{row + 2}"  # keep stage and phase headers in view while scrolling
        row, columns, cards = _write_journey(ws, scope, journey, styles, row)
        widest = max(widest, columns)
        tick(cards)
        row += 1
    for column in range(1, widest + 1):
        ws.column_dimensions[get_column_letter(column)].width = COLUMN_WIDTH
    print_setup(ws, title=title, language=language)
    ws.page_setup.paperSize = ws.PAPERSIZE_A3


def _write_journey(
    ws: Worksheet, scope: ExportScope, journey: Journey, styles: Styles, top: int
) -> tuple[int, int, int]:
    """Write one journey's grid from row `top`; returns the next free row, columns used, cards written."""
    stage_row, phase_row, first_card_row = top, top + 1, top + 2
    column = 1
    lines_per_row: dict[int, int] = {}
    written = 0
    for stage in journey.stages:
        if not stage.phases:
            continue
        first = column
        for phase in stage.phases:
            cell = ws.cell(row=phase_row, column=column)
            styles.apply(cell, "map_phase")
            put(cell, scope.label(phase))
            row = first_card_row
            for card in phase.cards:
                if card.hidden:
                    continue
                value = card_text(
                    card, scope.label(card), scope.opportunity_count(card), votes=scope.internal
                )
                cell = ws.cell(row=row, column=column)
                styles.apply(cell, f"map_card_{card.status.value}" if card.status else "map_card")
                put(cell, value)
                lines_per_row[row] = max(lines_per_row.get(row, 1), line_count(value, COLUMN_WIDTH))
                row += 1
                written += 1
            column += 1
        _stage_header(ws, stage_row, first, column - 1, scope.label(stage), stage.color)
    ws.row_dimensions[stage_row].height = 22
    ws.row_dimensions[phase_row].height = LINE_HEIGHT * max(
        [2] + [line_count(ws.cell(row=phase_row, column=c).value, COLUMN_WIDTH) for c in range(1, column)]
    )
    # Excel does not grow rows for wrapped text by itself, so the height is estimated from the text
    for row, lines in lines_per_row.items():
        ws.row_dimensions[row].height = min(409, LINE_HEIGHT * lines + 3)
    last_row = max(lines_per_row, default=phase_row)
    return last_row + 1, column - 1, written


def _stage_header(ws: Worksheet, row: int, first: int, last: int, label: str, colour: str | None) -> None:
    background = (colour or f"#{DEFAULT_STAGE_COLOUR}").lstrip("#").upper()
    for column in range(first, last + 1):
        cell = ws.cell(row=row, column=column)
        cell.fill = fill(background)
        cell.border = GRID
    cell = ws.cell(row=row, column=first)
    put(cell, label)
    cell.font = font(bold=True, size=12, color="000000" if _is_light(background) else "FFFFFF")
    cell.alignment = Alignment(horizontal="center", vertical="center")
    if last > first:
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def _is_light(rgb: str) -> bool:
    red, green, blue = (int(rgb[i : i + 2], 16) for i in (0, 2, 4))
    return 0.299 * red + 0.587 * green + 0.114 * blue > 150
