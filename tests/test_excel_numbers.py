"""The numbers in the Excel plan: buyer and internal versions, totals that follow the filter, the POS
materials, the Summary's formulas, and one scenario at a time."""

import re
from decimal import Decimal

import openpyxl
import pytest

from shoppermap.cli import main
from shoppermap.domain import figures
from shoppermap.domain.document import Document, Kind
from shoppermap.domain.labels import Label
from shoppermap.domain.models import Brand, Competitor, Opportunity, Scenario
from shoppermap.export.excel import ExportError, export_excel
from shoppermap.export.workshop_json import read_workshop_json

from .conftest import REPO
from .helpers import make_file

SECRET = ("Baseline sales", "Gross margin", "Incremental margin", "ROI", "Notes", "Owner")


@pytest.fixture
def workshop(tmp_path):
    """Three materials for two brands in two scenarios, a fee without quantities and a dropped tasting."""
    file, doc = make_file(tmp_path / "w.shoppermap", title="Numbers")
    doc.insert(Kind.BRAND, None, 0, Brand(id="xxl", name="Crunchy XXL"))
    doc.insert(Kind.BRAND, None, 1, Brand(id="mini", name="Crunchy Mini"))
    doc.insert(Kind.SCENARIO, None, 0, Scenario(id="base", name="Base"))
    doc.insert(Kind.SCENARIO, None, 1, Scenario(id="wide", name="Wide"))
    journey = doc.workshop.journeys[0]
    prepare, buy = journey.stages[0].phases[0].cards, journey.stages[2].phases[0].cards
    actions = [
        (prepare[0], dict(id="o1", pos_tool="wobbler", brand="xxl", retailer="HyperMax", stores=10,
                          units_per_store=5, unit_cost="2", fixed_cost="100", baseline_sales="10000",
                          uplift_pct="10", margin_pct="30", scenarios=["base"], owner="Anna K.",
                          notes="secret: our margin", mechanic="2+1", cost_kind="production")),
        (prepare[1], dict(id="o2", pos_tool="wobbler", brand="xxl", retailer="HyperMax", stores=20,
                          units_per_store=5, unit_cost="2", fixed_cost="50")),
        (buy[0], dict(id="o3", pos_tool="end-cap", brand="mini", retailer=" hypermax", stores=5,
                      units_per_store=1, unit_cost="100", baseline_sales="2000", uplift_pct="50",
                      margin_pct="40", scenarios=["wide"])),
        (buy[1], dict(id="o4", pos_tool="sampling", description="Tasting", cost="999", status="dropped",
                      baseline_sales="5000", uplift_pct="5", margin_pct="30")),
        (buy[2], dict(id="o5", pos_tool="retailer-leaflet", fixed_cost="3000", cost_kind="retailer_fee")),
    ]  # fmt: skip
    for card, values in actions:
        doc.insert(Kind.OPPORTUNITY, card.id, len(card.opportunities), Opportunity(**values))
    doc.insert(Kind.COMPETITOR, None, 0, Competitor(id="c1", name="Brand X"))
    yield file, doc
    file.close()


def export(doc, path, **options):
    options.setdefault("journeys", doc.workshop.journeys)
    export_excel(doc, path, **options)
    return openpyxl.load_workbook(path)


def headers(ws):
    return [c.value for c in ws[1]]


def at(ws, header, row):
    return ws.cell(row=row, column=headers(ws).index(header) + 1)


def letter(ws, header):
    return openpyxl.utils.get_column_letter(headers(ws).index(header) + 1)


def subtotal(ws, formula):
    """What =SUBTOTAL(9,X2:X9) comes to over the rows the filter shows."""
    column, first, last = re.fullmatch(r"=SUBTOTAL\(9,([A-Z]+)(\d+):\1(\d+)\)", formula).groups()
    cells = (ws[f"{column}{r}"] for r in range(int(first), int(last) + 1))
    return sum(c.value for c in cells if c.value is not None and not ws.row_dimensions[c.row].hidden)


def everything(book):
    return [v for ws in book for r in ws.iter_rows(values_only=True) for v in r if v is not None]


def test_the_buyers_version_leaves_out_what_a_producer_never_shows(workshop, tmp_path):
    _, doc = workshop
    book = export(doc, tmp_path / "buyer.xlsx")
    assert book.sheetnames == [
        "Action plan",
        "Calendar",
        "POS materials",
        "Journey map",
        "Summary",
    ]  # no gaps
    plan = book["Action plan"]
    shown = headers(plan)
    assert not set(SECRET) & set(shown)
    for kept in (
        "Brand",
        "Mechanic",
        "Stores",
        "Total units",
        "Cost kind",
        "Cost",
        "Uplift",
        "Incremental sales",
    ):
        assert kept in shown, kept
    assert [at(plan, "POS tool", r).value for r in range(2, 6)] == [
        "Wobbler",
        "Wobbler",
        "End-cap (gondola end)",
        "Retailer leaflet",
    ]  # the dropped tasting is not the buyer's business
    values = everything(book)
    assert not [v for v in values if isinstance(v, str) and ("secret" in v or "Anna" in v or "Tasting" in v)]
    # not even the words: a note that explains the margin tells the buyer there is one to ask about
    assert not [v for v in values if isinstance(v, str) and re.search(r"margin|ROI|baseline", v)]
    summary = [r for r in book["Summary"].iter_rows(values_only=True)]
    header = next(r for r in summary if r[0] == "Stage")
    assert "Incremental margin" not in header and "ROI" not in header and "Competitor gaps" not in header
    assert ("Version", "For the buyer") in [r[:2] for r in summary]


def test_the_buyer_may_get_the_gaps_and_the_owners_when_asked(workshop, tmp_path):
    _, doc = workshop
    book = export(doc, tmp_path / "buyer.xlsx", with_gaps=True, with_owners=True)
    assert "Competitor gaps" in book.sheetnames
    assert at(book["Action plan"], "Owner", 2).value == "Anna K."
    assert "Gross margin" not in headers(book["Action plan"])


def test_the_internal_version_has_every_column_and_filters_out_the_dropped(workshop, tmp_path):
    _, doc = workshop
    book = export(doc, tmp_path / "internal.xlsx", internal=True)
    assert book.sheetnames == [
        "Action plan",
        "Calendar",
        "POS materials",
        "Journey map",
        "Competitor gaps",
        "Summary",
    ]
    plan = book["Action plan"]
    for column in (*SECRET, "Scenarios"):
        assert column in headers(plan), column
    first = {h: at(plan, h, 2) for h in headers(plan)}
    assert (first["Brand"].value, first["Mechanic"].value, first["Cost kind"].value) == (
        "Crunchy XXL",
        "2+1",
        "Production",
    )
    assert (first["Stores"].value, first["Units per store"].value, first["Total units"].value) == (10, 5, 50)
    assert first["Total units"].number_format == "#,##0"
    assert (first["Unit cost"].value, first["Fixed cost"].value, first["Cost"].value) == (2, 100, 200)
    assert first["Cost"].number_format == '#,##0.00 "PLN"'
    # percentages are fractions in a % format, as Excel keeps them
    assert (first["Uplift"].value, first["Gross margin"].value) == (pytest.approx(0.1), pytest.approx(0.3))
    assert first["Uplift"].number_format == "0.0%"
    assert (first["Incremental sales"].value, first["Incremental margin"].value) == (1000, 300)
    assert first["ROI"].value == pytest.approx(0.5) and first["ROI"].number_format == "0.0%"
    assert first["Scenarios"].value == "Base" and at(plan, "Scenarios", 3).value == "All"
    assert first["Notes"].value == "secret: our margin"
    # the dropped tasting stays for the record, filtered out as Excel would leave it
    tasting = next(r for r in range(2, 7) if at(plan, "POS tool", r).value == "Tasting / sampling")
    assert at(plan, "Status", tasting).value == "Dropped" and plan.row_dimensions[tasting].hidden
    (status_filter,) = plan.auto_filter.filterColumn
    assert status_filter.colId == headers(plan).index("Status")
    assert "Dropped" not in status_filter.filters.filter and "Idea" in status_filter.filters.filter
    assert plan.cell(row=8, column=1).value.startswith("Dropped actions are filtered out")
    assert ("Version", "Internal: not for the buyer") in [
        r[:2] for r in book["Summary"].iter_rows(values_only=True)
    ]


def test_the_totals_row_sums_with_subtotal_over_the_data_rows(workshop, tmp_path):
    _, doc = workshop
    book = export(doc, tmp_path / "internal.xlsx", internal=True)
    plan = book["Action plan"]
    total = 7  # five actions from row 2, then the totals
    assert plan.cell(row=total, column=1).value == "Total (rows shown)"
    assert plan.auto_filter.ref.endswith("6")  # the totals stay out of the filter and the sorting
    for header in (
        "Total units",
        "Fixed cost",
        "Cost",
        "Baseline sales",
        "Incremental sales",
        "Incremental margin",
    ):
        col = letter(plan, header)
        assert at(plan, header, total).value == f"=SUBTOTAL(9,{col}2:{col}6)", header
    assert at(plan, "Stores", total).value is None and at(plan, "Uplift", total).value is None
    cost, margin = letter(plan, "Cost"), letter(plan, "Incremental margin")
    assert at(plan, "ROI", total).value == (
        f'=IF(OR({cost}{total}=0,SUBTOTAL(2,{margin}2:{margin}6)=0),"",'
        f"({margin}{total}-{cost}{total})/{cost}{total})"
    )
    # what the sums come to over the rows shown is what the domain works out without the dropped
    kept = [o for o in doc.all_opportunities() if o.status != "dropped"]
    expected = figures.totals(kept)
    assert subtotal(plan, at(plan, "Cost", total).value) == expected.cost == Decimal("3950")
    assert subtotal(plan, at(plan, "Incremental sales", total).value) == expected.incremental_sales
    assert subtotal(plan, at(plan, "Incremental margin", total).value) == expected.incremental_margin
    assert at(plan, "Cost", total).number_format == '#,##0.00 "PLN"'
    assert plan.print_title_rows == "$1:$1" and plan.page_setup.orientation == "landscape"


def test_pos_materials_add_up_per_tool_brand_retailer_and_period(workshop, tmp_path):
    _, doc = workshop
    sheet = export(doc, tmp_path / "buyer.xlsx")["POS materials"]
    assert headers(sheet) == [
        "POS tool",
        "Brand",
        "Retailer",
        "Sales period",
        "Actions",
        "Stores",
        "Units per store",
        "Total units",
        "Unit cost",
        "Fixed cost",
        "Total cost",
    ]
    rows = [list(r) for r in sheet.iter_rows(min_row=2, max_row=3, values_only=True)]
    assert rows == [
        # sorted by tool; the leaflet has no quantities and the tasting was dropped
        ["End-cap (gondola end)", "Crunchy Mini", "hypermax", None, 1, 5, 1, 5, 100, None, 500],
        # two actions: stores, units and costs add up, the units per store and unit cost agree
        ["Wobbler", "Crunchy XXL", "HyperMax", None, 2, 30, 5, 150, 2, 150, 450],
    ]
    assert sheet["A4"].value == "Total (rows shown)"
    assert [sheet[f"{c}4"].value for c in "HJK"] == [
        "=SUBTOTAL(9,H2:H3)",
        "=SUBTOTAL(9,J2:J3)",
        "=SUBTOTAL(9,K2:K3)",
    ]
    assert sheet["F4"].value is None  # stores over different tools would count a store twice
    assert sheet["A5"].value.startswith("One row per POS tool")
    assert sheet["K2"].number_format == '#,##0.00 "PLN"' and sheet["H2"].number_format == "#,##0"
    assert sheet.print_title_rows == "$1:$1" and sheet.auto_filter.ref == "A1:K3"


def test_units_per_store_only_when_the_actions_agree(workshop, tmp_path):
    _, doc = workshop
    doc.update("o2", units_per_store=8, unit_cost="3")
    sheet = export(doc, tmp_path / "buyer.xlsx")["POS materials"]
    wobblers = [c.value for c in sheet[3]]
    assert wobblers[4:] == [2, 30, None, 210, None, 150, 200 + 530]


def test_summary_money_is_formulas_over_the_plan_by_stage(workshop, tmp_path):
    _, doc = workshop
    book = export(doc, tmp_path / "internal.xlsx", internal=True)
    summary = book["Summary"]
    values = [list(r) for r in summary.iter_rows(values_only=True)]
    top = next(i for i, r in enumerate(values) if r[0] == "Stage")
    assert values[top][-4:] == ["Budget", "Incremental sales", "Incremental margin", "ROI"]
    prepare, total = values[top + 1], values[top + 5]
    plan = "'Action plan'!"
    status_col = letter(book["Action plan"], "Status")
    stage, status = f"{plan}$A$2:$A$6", f"{plan}${status_col}$2:${status_col}$6"
    where = f'{stage},"=Prepare",{status},"<>Dropped"'
    cost = f"{plan}${letter(book['Action plan'], 'Cost')}$2:${letter(book['Action plan'], 'Cost')}$6"
    assert prepare[-4] == f"=SUMIFS({cost},{where})"
    margin_col = letter(book["Action plan"], "Incremental margin")
    margins = f"{plan}${margin_col}$2:${margin_col}$6"
    assert prepare[-2] == f'=IF(COUNTIFS({where},{margins},"<>")=0,"",SUMIFS({margins},{where}))'
    row = top + 2
    assert prepare[-1] == f'=IF(OR(N(H{row})=0,J{row}=""),"",(J{row}-H{row})/H{row})'
    assert total[0] == "Total" and total[-4] == f'=SUMIFS({cost},{status},"<>Dropped")'
    assert summary.cell(row=row, column=11).number_format == "0.0%"


def test_a_stage_label_with_wildcards_is_matched_exactly(workshop, tmp_path):
    _, doc = workshop
    stage = doc.workshop.journeys[0].stages[0]
    doc.update(stage.id, label=Label.same('Buy* "now"?'))
    summary = export(doc, tmp_path / "plan.xlsx")["Summary"]
    budgets = [v for r in summary.iter_rows(values_only=True) for v in r if str(v).startswith("=SUMIFS")]
    assert '"=Buy~* ""now""~?"' in budgets[0]


def test_one_scenario_at_a_time(workshop, tmp_path):
    _, doc = workshop
    book = export(doc, tmp_path / "base.xlsx", scenario=" base ", internal=True)
    plan = book["Action plan"]
    tools = [at(plan, "POS tool", r).value for r in range(2, 6)]
    # the end-cap is only in the wide scenario; an action in no scenario is in every one
    assert tools == ["Wobbler", "Wobbler", "Tasting / sampling", "Retailer leaflet"]
    assert ("Scenario", "Base") in [r[:2] for r in book["Summary"].iter_rows(values_only=True)]
    wide = export(doc, tmp_path / "wide.xlsx", scenario="wide")["Action plan"]
    assert [at(wide, "POS tool", r).value for r in range(2, 5)] == [
        "Wobbler",
        "End-cap (gondola end)",
        "Retailer leaflet",
    ]


def test_an_unknown_scenario_names_the_scenarios_there_are(workshop, tmp_path):
    _, doc = workshop
    with pytest.raises(
        ExportError, match=r"^x\.xlsx: no scenario 'Big' in this workshop \(there are: 'Base', 'Wide'\)$"
    ):
        export(doc, tmp_path / "x.xlsx", scenario="Big")
    assert not (tmp_path / "x.xlsx").exists()


def test_cli_versions_and_scenario(workshop, tmp_path, capsys):
    file, _ = workshop
    file.close()
    source, target = str(tmp_path / "w.shoppermap"), tmp_path / "plan.xlsx"
    assert (
        main(["export", source, "-o", str(target), "--scenario", "Wide", "--with-gaps", "--with-owners"]) == 0
    )
    book = openpyxl.load_workbook(target)
    assert "Competitor gaps" in book.sheetnames and "Owner" in headers(book["Action plan"])
    assert "ROI" not in headers(book["Action plan"])
    assert main(["export", source, "-o", str(target), "--internal"]) == 0
    assert "ROI" in headers(openpyxl.load_workbook(target)["Action plan"])
    capsys.readouterr()
    assert main(["export", source, "-o", str(target), "--scenario", "Nope"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no scenario 'Nope'" in err and "'Base', 'Wide'" in err


def test_the_summary_stands_upright_for_the_buyer_and_lies_down_with_the_margins(workshop, tmp_path):
    _, doc = workshop
    assert export(doc, tmp_path / "b.xlsx")["Summary"].page_setup.orientation == "portrait"
    summary = export(doc, tmp_path / "i.xlsx", internal=True)["Summary"]
    assert summary.page_setup.orientation == "landscape"
    notes = [r for r in summary.merged_cells.ranges if r.min_col == 1 and r.max_col == 11]
    assert len(notes) == 2  # the notes wrap within the table, not past its right edge


def test_the_wider_internal_plan_prints_over_more_pages_side_by_side(workshop, tmp_path):
    _, doc = workshop
    buyer = export(doc, tmp_path / "b.xlsx")["Action plan"].page_setup
    internal = export(doc, tmp_path / "i.xlsx", internal=True)["Action plan"]
    assert buyer.fitToWidth >= 2 and internal.page_setup.fitToWidth >= buyer.fitToWidth
    assert internal.page_setup.pageOrder == "overThenDown" and internal.print_title_cols == "$A:$C"


def test_a_retailer_with_only_dropped_actions_is_explained(workshop, tmp_path):
    _, doc = workshop
    doc.update("o4", retailer="Lidl")
    with pytest.raises(
        ExportError, match=r"^x\.xlsx: no opportunities for retailer 'Lidl' in the buyer's version; dropped"
    ):
        export(doc, tmp_path / "x.xlsx", retailer="lidl")
    assert export(doc, tmp_path / "x.xlsx", retailer="lidl", internal=True)["Action plan"][
        "A3"
    ].value.startswith("Total")
    with pytest.raises(ExportError, match=r"no opportunities for retailer 'HyperMax' in scenario 'Nowhere'$"):
        doc.insert(Kind.SCENARIO, None, 2, Scenario(id="nowhere", name="Nowhere"))
        for o in doc.all_opportunities():
            doc.update(o.id, scenarios=["base"])
        export(doc, tmp_path / "x.xlsx", retailer="HyperMax", scenario="Nowhere", internal=True)


def test_the_polish_buyers_version_says_nothing_of_margins_either(workshop, tmp_path):
    _, doc = workshop
    book = export(doc, tmp_path / "kupiec.xlsx", language="pl")
    values = [v for v in everything(book) if isinstance(v, str)]
    assert not [v for v in values if re.search(r"[Mm]arż|ROI|bazow", v)]
    assert "Sprzedaż przyrostowa" in headers(book["Plan działań"])
    assert ("Wersja", "Dla kupca") in [r[:2] for r in book["Podsumowanie"].iter_rows(values_only=True)]


def test_the_sample_adds_up_in_every_sheet(tmp_path):
    doc = Document(read_workshop_json(REPO / "resources" / "samples" / "crunchy-snacks-hypermarket.json"))
    book = export(doc, tmp_path / "sample.xlsx", internal=True, language="en")
    plan, materials = book["Action plan"], book["POS materials"]
    total = next(
        r for r in range(2, plan.max_row + 1) if plan.cell(row=r, column=1).value == "Total (rows shown)"
    )
    expected = figures.totals(o for o in doc.all_opportunities() if o.status != "dropped")
    for header, figure in (
        ("Cost", expected.cost),
        ("Incremental sales", expected.incremental_sales),
        ("Incremental margin", expected.incremental_margin),
    ):
        assert subtotal(plan, at(plan, header, total).value) == pytest.approx(float(figure)), header
    made = [o for o in doc.all_opportunities() if o.stores is not None and o.status != "dropped"]
    last = next(
        r
        for r in range(2, materials.max_row + 1)
        if materials.cell(row=r, column=1).value.startswith("Total")
    )
    assert subtotal(materials, materials[f"K{last}"].value) == pytest.approx(
        float(sum(figures.cost(o) for o in made))
    )
    assert subtotal(materials, materials[f"H{last}"].value) == sum(figures.total_units(o) for o in made)
    tools = [materials.cell(row=r, column=1).value for r in range(2, last)]
    assert tools == sorted(tools, key=str.casefold)  # a print shop reads it tool by tool


def test_the_internal_summary_shows_the_walk_and_the_parking_lot_and_the_buyers_does_not(workshop, tmp_path):
    from shoppermap.domain.models import ParkingItem

    _file, doc = workshop
    phases = [p for s in doc.workshop.journeys[0].stages for p in s.phases]
    for phase in phases[:5]:
        doc.update(phase.id, walked=True)
    doc.insert(Kind.PARKING_ITEM, None, 0, ParkingItem(id="p1", text="Loyalty-card data?", done=True))
    doc.insert(Kind.PARKING_ITEM, None, 1, ParkingItem(id="p2", text="Ask the buyer about the leaflet"))
    internal = everything(export(doc, tmp_path / "internal.xlsx", internal=True, language="en"))
    assert "Walked" in internal and f"5 of {len(phases)} phases" in internal
    assert "Parking lot" in internal
    lot = [v for v in internal if isinstance(v, str) and v[:1] in "☐☑"]
    assert lot == ["☐ Ask the buyer about the leaflet", "☑ Loyalty-card data?"]  # open ones first
    buyer = everything(export(doc, tmp_path / "buyer.xlsx", language="en"))
    assert "Walked" not in buyer and "Parking lot" not in buyer
    assert not [v for v in buyer if isinstance(v, str) and "Loyalty" in v]
