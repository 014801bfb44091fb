"""Dot votes, value and effort in the Excel plan: the internal version has them, the buyer's not."""

from __future__ import annotations

import openpyxl

from shoppermap.export.excel import export_excel
from shoppermap.export.workshop_json import read_workshop_json
from shoppermap.workshops import create_workshop_file

from .conftest import REPO

SAMPLE = REPO / "resources" / "samples" / "crunchy-snacks-hypermarket.json"


def _export(tmp_path, name: str, **options):
    workshop = read_workshop_json(SAMPLE)
    file, doc = create_workshop_file(tmp_path / f"{name}.shoppermap", workshop)
    try:
        path = tmp_path / f"{name}.xlsx"
        export_excel(doc, path, journeys=doc.workshop.journeys, language="en", **options)
    finally:
        file.close()
    return openpyxl.load_workbook(path), doc


def test_the_internal_plan_has_the_votes_value_and_effort(tmp_path):
    book, doc = _export(tmp_path, "internal", internal=True)
    plan = book["Action plan"]
    headers = [c.value for c in plan[1]]
    assert {"Votes", "Value (1–5)", "Effort (1–5)"} <= set(headers)
    rows = {
        (r[headers.index("Votes")], r[headers.index("Value (1–5)")], r[headers.index("Effort (1–5)")])
        for r in plan.iter_rows(min_row=2, values_only=True)
        if r[headers.index("Touchpoint")]
    }
    expected = {(o.votes, o.value, o.effort) for o in doc.all_opportunities()}
    assert expected <= rows
    map_sheet = book["Journey map"]
    cells = [v for r in map_sheet.iter_rows(values_only=True) for v in r if isinstance(v, str)]
    assert any("●8" in v for v in cells)  # the end-cap card has eight dots
    assert "●n dot votes" in map_sheet["A2"].value


def test_the_buyers_plan_leaves_them_out(tmp_path):
    book, _doc = _export(tmp_path, "buyer")
    headers = [c.value for c in book["Action plan"][1]]
    assert not {"Votes", "Value (1–5)", "Effort (1–5)"} & set(headers)
    cells = [v for r in book["Journey map"].iter_rows(values_only=True) for v in r if isinstance(v, str)]
    assert not any("●" in v for v in cells)
