"""Every cell of typed text keeps its quote prefix, so editing it in Excel never makes a formula."""

import openpyxl
import pytest

from shoppermap.domain.labels import Label
from shoppermap.export.excel import export_excel

from .helpers import make_file


@pytest.mark.parametrize("typed", ["=SUM(A1:A9)", "+48 600 100 200", "-10% price", "@SUM(1)"])
def test_every_formula_like_typed_text_has_the_quote_prefix(tmp_path, typed):
    file, document = make_file(tmp_path / "w.shoppermap")
    journey = document.workshop.journeys[0]
    document.update_workshop(title=typed)
    document.update(journey.id, name=typed)
    document.update(journey.stages[0].id, label=Label.same(typed))
    document.update(journey.stages[0].phases[0].id, label=Label.same(typed))
    export_excel(document, tmp_path / "plan.xlsx", journeys=[journey])
    file.close()
    book = openpyxl.load_workbook(tmp_path / "plan.xlsx")
    unquoted = [
        f"{ws.title}!{cell.coordinate}"
        for ws in book
        for row in ws.iter_rows()
        for cell in row
        if cell.value == typed and not cell.quotePrefix
    ]
    quoted = sum(1 for ws in book for row in ws.iter_rows() for cell in row if cell.value == typed)
    assert unquoted == []
    assert quoted >= 4  # the Summary's title, the map's journey heading, a stage and a phase


def test_half_a_utf16_pair_is_dropped_so_any_xml_writer_can_save_the_text(tmp_path):
    # Qt strings can carry a lone surrogate (a broken paste); lxml refuses to write one
    from openpyxl import Workbook

    from shoppermap.export.excel_cells import put_text

    book = Workbook()
    put_text(book.active["A1"], "Gazetka\ud800 \U0001f600\udc00!")
    book.save(tmp_path / "t.xlsx")
    assert openpyxl.load_workbook(tmp_path / "t.xlsx").active["A1"].value == "Gazetka \U0001f600!"
