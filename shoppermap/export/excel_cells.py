"""Writing cells safely and quickly: typed text stays text, styles are made once and stamped on cells."""

from __future__ import annotations

import datetime as dt
import re
from copy import copy
from decimal import Decimal
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.styles.numbers import is_date_format
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.models import OpportunityStatus
from .excel_words import text

MAX_CELL_TEXT = 32_767  # Excel's limit, counted in UTF-16 code units
# text starting with one of these would be taken for a formula (or a formula's start) by a spreadsheet
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
# what XML cannot hold: control characters, and half of a UTF-16 pair (lxml refuses to write one)
NOT_IN_XML = re.compile(ILLEGAL_CHARACTERS_RE.pattern + "|[\ud800-\udfff]")

COUNT_FORMAT = "#,##0"
PERCENT_FORMAT = "0.0%"
HEADER_FILL = "1F4E78"
HEADER_FONT = "FFFFFF"
# the Calendar sheet's bars and bands in the app calendar's colours (ui/calendar/style.py), so the
# buyer's printout looks like the screen the plan was made on
CALENDAR_STATUS_FILLS = {
    OpportunityStatus.IDEA: "9AA5B1",
    OpportunityStatus.PLANNED: "4A90D9",
    OpportunityStatus.AGREED: "2F6FB3",
    OpportunityStatus.IN_PROGRESS: "E8A33D",
    OpportunityStatus.DONE: "2E9E5B",
    OpportunityStatus.DROPPED: "D5D9DE",
}
CALENDAR_PERIOD_FILLS = {"holiday": "F4D9A6", "retailer": "C9DDF2", "own": "DCCFEA"}
THIN = Side(style="thin", color="BFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def clean_text(value: str) -> str:
    """`value` as Excel can hold it: no forbidden control characters, one kind of line break, capped."""
    text = NOT_IN_XML.sub("", value)
    if "\r" in text:
        # XML turns a bare CR into LF on reading anyway; do it here so what we write is what is read
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_CELL_TEXT // 2:
        text = _cap_utf16(text)
    return text


def _cap_utf16(text: str) -> str:
    units = text.encode("utf-16-le")
    if len(units) <= 2 * MAX_CELL_TEXT:
        return text
    # keep room for the ellipsis that tells the reader the text was cut; a split surrogate is dropped
    return units[: 2 * (MAX_CELL_TEXT - 1)].decode("utf-16-le", errors="ignore") + "…"


def put_text(cell: Cell, value: str) -> None:
    """Store typed text as literal text, never as a formula or an error value."""
    text = clean_text(value)
    # Not `cell.value = text`: openpyxl would make '=…' a formula and '#N/A' an error, which a
    # person's text is not, and its own character check costs more than the rest of the export.
    # clean_text has already done what that check guards against.
    cell._value = text
    cell.data_type = "s"
    if text.startswith(FORMULA_STARTS):
        # the apostrophe prefix: Excel and LibreOffice keep it text even after someone edits the cell
        cell.quotePrefix = True


def put(cell: Cell, value: Any) -> None:
    """Store a value: text safely, numbers and dates as they are, None as an empty cell."""
    if value is None or value == "":
        return
    kind = type(value)
    if kind is str:
        put_text(cell, value)
    elif kind is Decimal or kind is float or kind is int:
        # a plain number needs none of openpyxl's checks, and a plan has tens of thousands
        cell._value = float(value) if kind is Decimal else value
        cell.data_type = "n"
    elif isinstance(value, str):
        put_text(cell, value)
    elif isinstance(value, dt.date | int | float):
        cell.value = value
    else:
        put_text(cell, str(value))


class Styles:
    """Named cell formats of one workbook.

    Setting font, fill, alignment and number format on each of 100,000 cells costs more than the
    save itself, so a format is built once and its style record is copied onto each cell that uses
    it (the way openpyxl's own worksheet copier does).
    """

    def __init__(self) -> None:
        self._specs: dict[str, dict[str, Any]] = {}
        self._arrays: dict[str, StyleArray] = {}
        self._dates: set[str] = set()  # the formats that show a date

    def define(self, name: str, **attributes: Any) -> None:
        """Define a format: any of font, fill, alignment, border, number_format."""
        self._specs[name] = attributes
        self._arrays.pop(name, None)
        if is_date_format(attributes.get("number_format")):
            self._dates.add(name)
        else:
            self._dates.discard(name)

    def apply(self, cell: Cell, name: str) -> None:
        """Give `cell` the format `name`, keeping the quote prefix put_text may have set.

        The prefix lives in the same style record as the format, so copying the record over a
        cell that already holds typed text would otherwise drop it.
        """
        quoted = cell.quotePrefix
        cell._style = copy(self._array(cell.parent, name))
        if quoted:
            cell.quotePrefix = True

    def cell(self, ws: Worksheet, value: Any, name: str) -> Cell | None:
        """A new cell of format `name` holding `value` safely, for Worksheet.append; None when empty."""
        if value is None or value == "":
            return None  # an unstyled empty cell is not written at all, which keeps big sheets fast
        cell = Cell(ws, style_array=self._array(ws, name))
        put(cell, value)
        return cell

    def place(self, ws: Worksheet, row: int, column: int, name: str, value: Any = None) -> Cell:
        """A cell of format `name` at (row, column), holding `value` safely.

        For sheets that fill cells here and there, where Worksheet.append does not fit: the cell
        goes straight into the sheet, and a date into a date format needs none of openpyxl's checks.
        """
        cell = Cell(ws, row=row, column=column, style_array=self._array(ws, name))
        if type(value) is dt.date and name in self._dates:
            cell._value = value
            cell.data_type = "d"
        else:
            put(cell, value)
        ws._cells[(row, column)] = cell
        return cell

    def _array(self, ws: Worksheet, name: str) -> StyleArray:
        array = self._arrays.get(name)
        if array is None:
            scratch = Cell(ws)  # never added to the sheet; only its style record is kept
            for attribute, value in self._specs[name].items():
                setattr(scratch, attribute, value)
            array = self._arrays[name] = scratch._style
        return array

    def column(self, ws: Worksheet, letter: str, name: str) -> None:
        """Give a whole column the format `name`, for what someone types into it later."""
        dimension = ws.column_dimensions[letter]
        dimension._style = copy(self._array(ws, name))


def font(*, size: float = 11, **attributes: Any) -> Font:
    """Calibri of `size` points; a font without a name prints in a fallback serif in LibreOffice."""
    return Font(name="Calibri", family=2, size=size, **attributes)


def fill(colour: str) -> PatternFill:
    """A solid fill of an RGB colour such as 'C6EFCE'."""
    return PatternFill("solid", start_color=colour, end_color=colour)


def base_styles(*, currency: str, date_format: str) -> Styles:
    """The formats every sheet of the export uses."""
    styles = Styles()
    top = Alignment(vertical="top")
    wrap = Alignment(vertical="top", wrap_text=True)
    styles.define(
        "header",
        font=font(bold=True, color=HEADER_FONT),
        fill=fill(HEADER_FILL),
        alignment=Alignment(vertical="center", wrap_text=True),
        border=GRID,
    )
    # table cells have no borders: empty cells are not written at all (which keeps 5,000 rows fast),
    # so borders would leave holes; the tables print with gridlines instead
    styles.define("text", alignment=top)
    styles.define("wrap", alignment=wrap)
    styles.define("center", alignment=Alignment(vertical="top", horizontal="center"))
    styles.define("date", alignment=top, number_format=date_format)
    # the currency code comes from the workshop and is three capital letters, so it is safe in quotes
    styles.define("money", alignment=top, number_format=money_format(currency))
    styles.define("count", alignment=top, number_format=COUNT_FORMAT)
    styles.define("percent", alignment=top, number_format=PERCENT_FORMAT)
    styles.define("box_wrap", alignment=wrap, border=GRID)
    styles.define("box_count", alignment=top, border=GRID, number_format="0")
    styles.define("box_money", alignment=top, border=GRID, number_format=money_format(currency))
    styles.define("box_percent", alignment=top, border=GRID, number_format=PERCENT_FORMAT)
    styles.define("title", font=font(bold=True, size=14, color=HEADER_FILL))
    styles.define("subtitle", font=font(bold=True, size=12, color=HEADER_FILL))
    styles.define("headline", font=font(size=12, color="404040"))
    styles.define("label", font=font(bold=True), alignment=top)
    styles.define("value", alignment=Alignment(vertical="top", wrap_text=True, horizontal="left"))
    styles.define(
        "value_date", alignment=Alignment(vertical="top", horizontal="left"), number_format=date_format
    )
    styles.define("note", font=font(italic=True, color="595959"))
    styles.define(
        "note_wrap",
        font=font(italic=True, color="595959"),
        alignment=Alignment(vertical="top", wrap_text=True),
    )
    styles.define("total", font=font(bold=True), alignment=top, border=GRID, fill=fill("F2F2F2"))
    styles.define(
        "total_money",
        font=font(bold=True),
        alignment=top,
        border=GRID,
        fill=fill("F2F2F2"),
        number_format=money_format(currency),
    )
    bold_total = {"font": font(bold=True), "alignment": top, "border": GRID, "fill": fill("F2F2F2")}
    styles.define("total_count", **bold_total, number_format=COUNT_FORMAT)
    styles.define("total_percent", **bold_total, number_format=PERCENT_FORMAT)
    return styles


def money_format(currency: str) -> str:
    """The number format of an amount in `currency`, e.g. '#,##0.00 "PLN"'."""
    return f'#,##0.00 "{currency}"'


def money_text(amount: Decimal | float, currency: str) -> str:
    """An amount as money_format shows it with English separators, e.g. '1,250.50 PLN'.

    Other locales show the same number of characters, so this measures a column for any reader.
    """
    return f"{float(amount):,.2f} {currency}"


def date_format(language: str) -> str:
    """The date format usual in `language`."""
    return "dd.mm.yyyy" if language == "pl" else "yyyy-mm-dd"


def text_width(value: Any) -> int:
    """How many characters wide a value shows (its longest line)."""
    if value is None:
        return 0
    if isinstance(value, str):
        if "\n" in value:
            return max(len(line) for line in value.split("\n"))
        return len(value)
    if isinstance(value, dt.date):
        return 10
    if isinstance(value, float | int | Decimal):
        return len(f"{value:,.2f}") + 4
    return len(str(value))


def line_count(value: Any, width: float) -> int:
    """About how many lines a value takes when word-wrapped in a column `width` digits wide."""
    if not isinstance(value, str) or not value:
        return 1
    # Calibri's letters are narrower than its digits, by which column widths are counted
    capacity = max(1, int(width * 1.15) - 1)
    total = 0
    for paragraph in value.split("\n"):
        if len(paragraph) <= capacity:
            total += 1
            continue
        lines, used = 1, 0
        for word_ in paragraph.split(" "):
            size = len(word_)
            if used and used + 1 + size <= capacity:
                used += 1 + size
                continue
            if used:
                lines += 1
            # a word longer than a line is broken over several
            extra = (size - 1) // capacity if size else 0
            lines += extra
            used = size - extra * capacity
        total += lines
    return total


def write_note(ws: Worksheet, styles: Styles, row: int, note: str, *, columns: int) -> None:
    """A note under a table, wrapped within the table's width so it does not widen the printout."""
    cell = ws.cell(row=row, column=1)
    put(cell, note)
    styles.apply(cell, "note_wrap")
    if columns > 1:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)
    width = sum(ws.column_dimensions[get_column_letter(i)].width or 8.43 for i in range(1, columns + 1))
    lines = line_count(note, width)
    if lines > 1:
        ws.row_dimensions[row].height = 15 * lines + 2


def set_widths(ws: Worksheet, widths: dict[str, float]) -> None:
    """Set column widths by column letter."""
    for letter, width in widths.items():
        ws.column_dimensions[letter].width = width


def print_setup(
    ws: Worksheet, *, title: str, language: str, repeat_rows: str | None = None, gridlines: bool = False
) -> None:
    """Landscape A4, as wide as one page, the title in the header and page numbers in the footer."""
    ws.print_options.gridLines = gridlines
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as it takes
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.3
    if repeat_rows:
        ws.print_title_rows = repeat_rows
    # '&' starts a header code; a title with one would garble the header
    ws.oddHeader.center.text = clean_text(title).replace("&", "&&")[:200]
    ws.oddFooter.right.text = text("page", language)
