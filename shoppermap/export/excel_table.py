"""The table sheets' common parts: columns, header and rows, widths, drop-downs, colours and totals."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.formatting.rule import CellIsRule
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from .excel_cells import Styles, fill, line_count, put, text_width
from .excel_words import text

PROGRESS_EVERY = 250
LINE_HEIGHT = 15  # points per line of 11-point Calibri
MAX_ROW_HEIGHT = 409  # Excel's limit
TOTAL_STYLES = {"count": "total_count", "money": "total_money", "percent": "total_percent"}


@dataclass(frozen=True)
class Column:
    """A column of a table sheet: its key (for the header), cell format and width bounds."""

    key: str
    style: str = "text"
    min_width: float = 8
    max_width: float = 30


@dataclass(frozen=True)
class TableLayout:
    """Where the plan sheet put things, for the formulas of other sheets."""

    sheet: str
    letters: dict[str, str]
    first: int  # the first data row
    last: int  # the last data row (first - 1 when there are none)

    def range(self, key: str) -> str:
        """An absolute reference to a column's data cells, with the sheet's name."""
        letter = self.letters[key]
        return f"{sheet_reference(self.sheet)}!${letter}${self.first}:${letter}${max(self.last, self.first)}"


def sheet_reference(name: str) -> str:
    """A sheet's name as a formula names it: quoted, with its apostrophes doubled."""
    return "'" + name.replace("'", "''") + "'"


def write_totals_row(
    ws: Worksheet,
    columns: Sequence[Column],
    layout: TableLayout,
    row: int,
    styles: Styles,
    language: str,
    *,
    summed_keys: Sequence[str],
) -> None:
    """Sums with SUBTOTAL, so filtering the table in Excel changes the totals with it."""
    keys = [c.key for c in columns]
    for index, column in enumerate(columns, start=1):
        cell = ws.cell(row=row, column=index)
        styles.apply(cell, TOTAL_STYLES.get(column.style, "total"))
        area = _area(layout, column.key)
        if column.key in summed_keys:
            cell.value = f"=SUBTOTAL(9,{area})"
        elif column.key == "roi" and "cost" in keys and "incremental_margin" in keys:
            spend = f"{layout.letters['cost']}{row}"
            margin = f"{layout.letters['incremental_margin']}{row}"
            margins = _area(layout, "incremental_margin")
            # no ROI without a budget, or when no action of those shown has its effect estimated
            cell.value = f'=IF(OR({spend}=0,SUBTOTAL(2,{margins})=0),"",({margin}-{spend})/{spend})'
    put(ws.cell(row=row, column=1), text("plan.total", language))


def _area(layout: TableLayout, key: str) -> str:
    letter = layout.letters[key]
    return f"{letter}{layout.first}:{letter}{max(layout.last, layout.first)}"


def write_table(
    ws: Worksheet,
    columns: Sequence[Column],
    rows: Iterable[dict[str, Any]],
    styles: Styles,
    language: str,
    tick: Callable[[int], None],
) -> int:
    """Write a header and rows of values; returns the last row used (2 when there are no rows)."""
    rows = [[values[c.key] for c in columns] for values in rows]
    widths = _widths(columns, rows, language)
    wrapped = [i for i, c in enumerate(columns) if c.style == "wrap"]
    for index, column in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=index)
        styles.apply(cell, "header")
        put(cell, text(f"col.{column.key}", language))
    formats = [c.style for c in columns]
    row_number = 1
    for row_number, values in enumerate(rows, start=2):
        ws.append([styles.cell(ws, value, style) for value, style in zip(values, formats, strict=True)])
        # neither Excel nor LibreOffice grows a row for wrapped text on opening, so estimate it here
        lines = 1
        for i in wrapped:
            value = values[i]
            if isinstance(value, str) and (len(value) > widths[i] or "\n" in value):
                lines = max(lines, line_count(value, widths[i]))
        if lines > 1:
            ws.row_dimensions[row_number].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines + 2)
        if row_number % PROGRESS_EVERY == 0:
            tick(PROGRESS_EVERY)
    tick(row_number % PROGRESS_EVERY)
    for index, (column, width) in enumerate(zip(columns, widths, strict=True), start=1):
        letter = get_column_letter(index)
        # what a buyer types into an empty cell later gets the column's date, currency or wrapping
        styles.column(ws, letter, column.style)
        ws.column_dimensions[letter].width = width
    ws.row_dimensions[1].height = LINE_HEIGHT * max(
        line_count(text(f"col.{c.key}", language), w) for c, w in zip(columns, widths, strict=True)
    )
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(row_number, 2)}"
    return max(row_number, 2)


def _widths(columns: Sequence[Column], rows: list[list[Any]], language: str) -> list[float]:
    """Column widths from the longest value, within each column's bounds."""
    widths = []
    for index, column in enumerate(columns):
        longest = max((text_width(row[index]) for row in rows), default=0)
        # a header may wrap onto two lines, so only its longest word has to fit
        header = max(len(w) for w in text(f"col.{column.key}", language).split())
        widths.append(min(max(longest + 2, header + 2, column.min_width), column.max_width))
    return widths


def add_choice(ws: Worksheet, letter: str, last: int, choices: list[str], language: str) -> None:
    """A drop-down list of `choices` for a column's data rows."""
    validation = DataValidation(
        type="list",
        formula1='"' + ",".join(choices) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=text("invalid.title", language),
        error=text("invalid.text", language),
    )
    validation.add(f"{letter}2:{letter}{last}")
    ws.add_data_validation(validation)


def colour_words(ws: Worksheet, letter: str, last: int, colours: dict[str, str]) -> None:
    """Fill a column's cells by their word, and keep doing so when someone picks another value."""
    for value, colour in colours.items():
        ws.conditional_formatting.add(
            f"{letter}2:{letter}{last}",
            CellIsRule(operator="equal", formula=[f'"{value}"'], fill=fill(colour)),
        )
