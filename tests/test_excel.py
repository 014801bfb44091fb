"""The Excel action plan: sheets, rows, order, formats, validations, the map, the chart, safe text, failures."""

import datetime as dt
import errno
import os
import subprocess
import sys
import textwrap
from xml.etree import ElementTree

import openpyxl
import pytest
from openpyxl.chart import BarChart
from openpyxl.utils import get_column_letter

from shoppermap import atomic
from shoppermap.cli import main
from shoppermap.domain.document import Kind
from shoppermap.domain.labels import Label
from shoppermap.domain.models import (
    Card,
    Competitor,
    CostKind,
    Gap,
    GapKind,
    Journey,
    Kpi,
    Opportunity,
    OpportunityStatus,
    Period,
    Phase,
    Priority,
    Stage,
    Status,
    Threat,
)
from shoppermap.export import excel_words as words
from shoppermap.export.excel import ExportError, export_excel
from shoppermap.export.excel_words import words_of

from .conftest import REPO, run_cli
from .helpers import make_file

# the buyer's version with the owners
PLAN_HEADERS = [
    "Stage",
    "Phase",
    "Touchpoint",
    "POS tool",
    "Brand",
    "Mechanic",
    "Description",
    "Retailer",
    "Priority",
    "Expected impact",
    "Owner",
    "Start",
    "End",
    "Sales period",
    "KPI",
    "Status",
    "Moment of truth",
    "Quick win",
    "Stores",
    "Units per store",
    "Total units",
    "Unit cost",
    "Fixed cost",
    "Cost kind",
    "Cost",
    "Uplift",
    "Incremental sales",
]
TOTALS = ("Total (rows shown)", "Razem (widoczne wiersze)")


@pytest.fixture
def workshop(tmp_path):
    """A shopper-journey workshop annotated through the document, as the app would do it."""
    file, doc = make_file(tmp_path / "w.shoppermap", title="Snacks × HyperMax 2026")
    journey = doc.workshop.journeys[0]
    prepare, buy = journey.stages[0], journey.stages[2]
    first_card = prepare.phases[0].cards[0]
    second_card = prepare.phases[0].cards[1]
    buy_card = buy.phases[0].cards[2]
    hidden_card = buy.phases[0].cards[3]
    doc.update_workshop(
        client="Crunchy Snacks",
        retailer="HyperMax",
        category="Salty snacks",
        channel="hypermarket",
        date=dt.date(2026, 5, 10),
        facilitator="Anna K.",
        participants="Anna, Piotr, the KAM team",
        notes="internal: we are over budget",
    )
    doc.insert(Kind.COMPETITOR, None, 0, Competitor(id="c1", name="Brand X"))
    doc.insert(Kind.PERIOD, None, 0, Period(id="christmas", name=Label(pl="Boże Narodzenie", en="Christmas")))
    # inserted out of map order on purpose: the plan follows the map, not the order of typing
    doc.insert(
        Kind.OPPORTUNITY,
        buy_card.id,
        0,
        Opportunity(
            id="o-buy",
            pos_tool="Sampling tent",
            description="Tasting at the entrance",
            retailer="Lidl",
            priority="low",
            cost="99.99",
            status="dropped",
        ),
    )
    doc.insert(
        Kind.OPPORTUNITY,
        first_card.id,
        0,
        Opportunity(
            id="o-first",
            pos_tool="wobbler",
            description="Wobbler on the leaflet shelf",
            retailer="HyperMax",
            priority="high",
            expected_impact="+15% rotation",
            cost="1250.50",
            owner="KAM team",
            start=dt.date(2026, 12, 1),
            end=dt.date(2026, 12, 24),
            period="christmas",
            kpi="rotation",
            status="agreed",
            notes="secret: margin 12%",
        ),
    )
    doc.insert(
        Kind.OPPORTUNITY,
        first_card.id,
        1,
        Opportunity(
            id="o-first-2", pos_tool="floor-sticker", description="Floor sticker", retailer="hypermax "
        ),
    )
    doc.insert(
        Kind.OPPORTUNITY,
        second_card.id,
        0,
        Opportunity(id="o-second", description="QR code on the leaflet", retailer="Lidl", cost="10"),
    )
    doc.insert(Kind.OPPORTUNITY, hidden_card.id, 0, Opportunity(id="o-hidden", description="Never shown"))
    doc.update(hidden_card.id, hidden=True)
    doc.update(first_card.id, status="red", moment_of_truth=True, quick_win=True)
    doc.update(second_card.id, status="green")
    doc.insert(
        Kind.GAP,
        first_card.id,
        0,
        Gap(
            id="g1",
            competitor="c1",
            kind="competitor_captures",
            threat="high",
            description="Brand X owns the end-cap",
            opportunity="o-first",
        ),
    )
    doc.insert(
        Kind.GAP,
        second_card.id,
        0,
        Gap(id="g2", kind="white_space", threat="low", description="Nobody there", opportunity="o-second"),
    )
    yield file, doc
    file.close()


def export(doc, path, **options):
    """The buyer's version with gaps and owners unless told otherwise, read back."""
    options.setdefault("journeys", doc.workshop.journeys)
    options.setdefault("with_gaps", True)
    options.setdefault("with_owners", True)
    export_excel(doc, path, **options)
    return openpyxl.load_workbook(path)


def rows(ws, min_row=2):
    """A sheet's rows as values, up to a table's totals row."""
    found = []
    for r in ws.iter_rows(min_row=min_row, values_only=True):
        if r and r[0] in TOTALS:
            break
        found.append(list(r))
    return found


def cell(ws, header, row=2):
    """The cell under a header."""
    headers = [c.value for c in ws[1]]
    return ws.cell(row=row, column=headers.index(header) + 1)


def column(ws, header):
    headers = [c.value for c in ws[1]]
    return [r[headers.index(header)] for r in rows(ws)]


def test_sheets_headers_and_rows_follow_the_map(workshop, tmp_path):
    _, doc = workshop
    book = export(doc, tmp_path / "plan.xlsx")
    assert book.sheetnames == [
        "Action plan",
        "Calendar",
        "POS materials",
        "Journey map",
        "Competitor gaps",
        "Summary",
    ]
    plan = book["Action plan"]
    assert [c.value for c in plan[1]] == PLAN_HEADERS
    assert column(plan, "Description") == [  # the dropped action is not for the buyer
        "Wobbler on the leaflet shelf",
        "Floor sticker",
        "QR code on the leaflet",
    ]
    first = dict(zip(PLAN_HEADERS, rows(plan)[0], strict=True))
    assert first["Stage"] == "Prepare"
    assert first["Touchpoint"] == "I get recommendations from others"
    assert first["POS tool"] == "Wobbler"  # the catalogue's label, not its id
    assert (
        first["Priority"] == "High" and first["Status"] == "Agreed with buyer" and first["KPI"] == "Rotation"
    )
    assert first["Moment of truth"] == "Yes" and first["Quick win"] == "Yes"
    assert column(plan, "POS tool") == ["Wobbler", "Floor sticker", None]
    assert "Never shown" not in column(plan, "Description")  # hidden cards are left out


def test_dates_and_amounts_are_real_numbers_with_formats(workshop, tmp_path):
    _, doc = workshop
    plan = export(doc, tmp_path / "plan.xlsx")["Action plan"]
    start, end, cost = cell(plan, "Start"), cell(plan, "End"), cell(plan, "Cost")
    assert start.value == dt.datetime(2026, 12, 1) and start.is_date
    assert start.number_format == "yyyy-mm-dd" and end.number_format == "yyyy-mm-dd"
    assert cost.value == 1250.5 and cost.data_type == "n"
    assert cost.number_format == '#,##0.00 "PLN"'
    doc.update_workshop(currency="EUR")
    plan = export(doc, tmp_path / "eur.xlsx", language="pl")["Plan działań"]
    assert cell(plan, "Koszt").number_format == '#,##0.00 "EUR"'
    assert cell(plan, "Początek").number_format == "dd.mm.yyyy"


def test_header_frozen_filtered_with_drop_downs_and_colours(workshop, tmp_path):
    _, doc = workshop
    plan = export(doc, tmp_path / "plan.xlsx")["Action plan"]
    assert plan.freeze_panes == "A2"
    assert plan.auto_filter.ref == "A1:AA4"  # the totals row under it stays out of the filter
    assert plan["A1"].font.b and plan["A1"].fill.fgColor.rgb.endswith("1F4E78")
    lists = {str(v.sqref): v.formula1 for v in plan.data_validations.dataValidation}
    assert lists == {
        "I2:I4": '"High,Medium,Low"',
        "P2:P4": '"Idea,Planned,Agreed with buyer,In progress,Done,Dropped"',
    }
    fills = {
        (str(rule_range.sqref), rule.formula[0]): rule.dxf.fill.fgColor.rgb[-6:]
        for rule_range in plan.conditional_formatting
        for rule in rule_range.rules
        if rule.type == "cellIs"
    }
    assert fills[("I2:I4", '"High"')] == "F8CBAD"
    assert fills[("P2:P4", '"Done"')] == "C6EFCE"
    assert plan.column_dimensions["G"].width >= 30  # the description is wide and wraps
    assert plan["G2"].alignment.wrap_text
    # too wide for one page: two side by side, each with the columns that say where an action is
    assert plan.page_setup.orientation == "landscape" and plan.page_setup.fitToWidth == 2
    assert plan.page_setup.pageOrder == "overThenDown" and plan.print_title_cols == "$A:$C"
    assert plan.print_title_rows == "$1:$1"


def test_journey_map_merges_stages_over_phases_and_marks_cards(workshop, tmp_path):
    _, doc = workshop
    journey = doc.workshop.journeys[0]
    grid = export(doc, tmp_path / "plan.xlsx", internal=True)["Journey map"]
    merged = sorted((r.min_col, r.max_col) for r in grid.merged_cells.ranges if r.min_row == 4)
    widths = [len(s.phases) for s in journey.stages]
    starts = [1 + sum(widths[:i]) for i in range(len(widths))]
    assert merged == [(s, s + w - 1) for s, w in zip(starts, widths, strict=True)]
    assert [grid.cell(row=4, column=s).value for s in starts] == ["Prepare", "Arrive", "Buy", "Use"]
    assert grid.cell(row=5, column=1).value == "I become aware"
    assert grid.freeze_panes == "A6"
    first, second = grid["A6"], grid["A7"]
    assert first.value == "I get recommendations from others\n★ ⚡ [2]"
    assert first.fill.fgColor.rgb.endswith("FFC7CE")  # red, as a soft tint
    assert second.value == "I see, read or hear offers\n[1]" and second.fill.fgColor.rgb.endswith("C6EFCE")
    buy_column = starts[2]
    shown = [grid.cell(row=r, column=buy_column).value for r in range(6, 6 + 8)]
    assert not any(v and v.startswith(journey.stages[2].phases[0].cards[3].label.en) for v in shown)
    assert shown[2].endswith("[1]")


def test_competitor_gaps_with_threat_and_answer(workshop, tmp_path):
    _, doc = workshop
    gaps = export(doc, tmp_path / "plan.xlsx")["Competitor gaps"]
    assert [c.value for c in gaps[1]] == [
        "Stage",
        "Phase",
        "Touchpoint",
        "Competitor",
        "Kind",
        "Threat",
        "What we see",
        "Our answer",
    ]
    assert rows(gaps) == [
        [
            "Prepare",
            "I become aware",
            "I get recommendations from others",
            "Brand X",
            "Competitor captures attention",
            "High",
            "Brand X owns the end-cap",
            "Wobbler on the leaflet shelf",
        ],
        [
            "Prepare",
            "I become aware",
            "I see, read or hear offers",
            None,
            "White space: nobody uses it",
            "Low",
            "Nobody there",
            "QR code on the leaflet",
        ],
    ]


def test_summary_details_figures_per_stage_and_chart(workshop, tmp_path):
    _, doc = workshop
    summary = export(doc, tmp_path / "plan.xlsx")["Summary"]
    values = rows(summary, min_row=1)
    details = {r[0]: r[1] for r in values[3:13] if r[0]}
    assert details["Client"] == "Crunchy Snacks" and details["Retailer"] == "HyperMax"
    assert details["Date"] == dt.datetime(2026, 5, 10) and details["Participants"].startswith("Anna")
    assert "Notes" not in details
    assert details["Version"] == "For the buyer"
    header = next(i for i, r in enumerate(values) if r[0] == "Stage")
    assert values[header][1:] == [
        "Touchpoints",
        "Opportunities",
        "Competitor gaps",
        "Critical (red)",
        "Moments of truth",
        "Quick wins",
        "Budget",
        "Incremental sales",
    ]
    prepare, arrive, buy, use, total = values[header + 1 : header + 6]
    assert (arrive[0], arrive[2], use[0], use[2]) == ("Arrive", 0, "Use", 0)
    assert prepare[:7] == ["Prepare", 18, 3, 2, 1, 1, 1]
    assert buy[0] == "Buy" and buy[1] == 31 and buy[2] == 0  # the dropped action is not the buyer's
    assert total[0] == "Total" and total[2] == 3 and total[1] == 91
    # the money is summed over the plan's Stage and Cost columns, so it follows edits there
    plan = "'Action plan'!"
    where = f'{plan}$A$2:$A$4,"=Prepare",{plan}$P$2:$P$4,"<>Dropped"'
    assert prepare[7] == f"=SUMIFS({plan}$Y$2:$Y$4,{where})"
    sales = f"{plan}$AA$2:$AA$4"
    assert prepare[8] == f'=IF(COUNTIFS({where},{sales},"<>")=0,"",SUMIFS({sales},{where}))'
    assert total[7] == f'=SUMIFS({plan}$Y$2:$Y$4,{plan}$P$2:$P$4,"<>Dropped")'
    assert summary.cell(row=header + 2, column=8).number_format == '#,##0.00 "PLN"'
    charts = summary._charts
    assert len(charts) == 1 and isinstance(charts[0], BarChart)
    assert charts[0].title is not None


def test_retailer_filter_keeps_only_that_retailers_plan(workshop, tmp_path):
    _, doc = workshop
    book = export(doc, tmp_path / "plan.xlsx", retailer="HYPERMAX")
    assert column(book["Action plan"], "Description") == ["Wobbler on the leaflet shelf", "Floor sticker"]
    # the answer to a gap is another retailer's plan: the buyer does not see it
    assert [r[-1] for r in rows(book["Competitor gaps"])] == ["Wobbler on the leaflet shelf", None]
    assert book["Journey map"]["A7"].value == "I see, read or hear offers"
    with pytest.raises(ExportError, match=r"no opportunities for retailer 'Aldi' \(there are: .*Lidl"):
        export_excel(doc, tmp_path / "aldi.xlsx", journeys=doc.workshop.journeys, retailer="Aldi")
    assert not (tmp_path / "aldi.xlsx").exists()


def test_the_plan_names_the_sales_period_and_runs_on_a_dated_periods_dates(workshop, tmp_path):
    _, doc = workshop
    plan = export(doc, tmp_path / "plan.xlsx")["Action plan"]
    assert column(plan, "Sales period") == ["Christmas", None, None]
    assert cell(plan, "Start").value == dt.datetime(
        2026, 12, 1
    )  # an undated period: the opportunity's own dates
    doc.update("christmas", start=dt.date(2026, 12, 24), end=dt.date(2026, 12, 26))
    book = export(doc, tmp_path / "plan-pl.xlsx", language="pl")
    plan = book["Plan działań"]
    assert column(plan, "Okres sprzedaży") == ["Boże Narodzenie", None, None]
    dates = (cell(plan, "Początek").value, cell(plan, "Koniec").value)
    assert dates == (dt.datetime(2026, 12, 24), dt.datetime(2026, 12, 26))


def test_polish_sheet_names_headers_words_and_labels(workshop, tmp_path):
    _, doc = workshop
    book = export(doc, tmp_path / "plan.xlsx", language="pl")
    assert book.sheetnames == [
        "Plan działań",
        "Kalendarz",
        "Materiały POS",
        "Mapa ścieżki",
        "Luki wobec konkurencji",
        "Podsumowanie",
    ]
    plan = book["Plan działań"]
    assert [c.value for c in plan[1]][:7] == [
        "Etap",
        "Faza",
        "Punkt styku",
        "Narzędzie POS",
        "Marka",
        "Mechanika",
        "Opis",
    ]
    first = rows(plan)[0]
    assert first[0] == "Przygotowuję się" and first[8] == "Wysoki" and first[15] == "Uzgodnione z kupcem"
    assert plan["A5"].value == "Razem (widoczne wiersze)"
    lists = sorted(v.formula1 for v in plan.data_validations.dataValidation)
    assert lists == [
        '"Pomysł,Zaplanowane,Uzgodnione z kupcem,W realizacji,Zrealizowane,Porzucone"',
        '"Wysoki,Średni,Niski"',
    ]
    assert book["Podsumowanie"]["A1"].value == "Snacks × HyperMax 2026"
    gaps = rows(book["Luki wobec konkurencji"])
    assert [r[4:6] for r in gaps] == [
        ["Konkurent przyciąga uwagę", "Wysoki"],
        ["Wolne pole: nikt go nie wykorzystuje", "Niski"],
    ]
    assert "Szybka wygrana" in [c.value for c in plan[1]]
    for cell in plan[1]:  # an unwrapped word (header) or word (choice) is never clipped
        width = plan.column_dimensions[cell.column_letter].width
        assert max(len(w) for w in cell.value.split()) < width, cell.value
        if cell.value in ("Status", "Priorytet", "Szybka wygrana"):
            shown = [r[cell.column - 1] for r in rows(plan) if r[cell.column - 1]]
            assert all(len(v) < width for v in shown), (cell.value, shown, width)
    summary = [r[0] for r in rows(book["Podsumowanie"], min_row=1)]
    header = next(r for r in rows(book["Podsumowanie"], min_row=1) if r[0] == "Etap")
    assert "Szybkie wygrane" in header and "Szanse" in header and "Sieć handlowa" in summary
    everything = [str(v) for ws in book for r in ws.iter_rows(values_only=True) for v in r if v]
    assert not [v for v in everything if "quick win" in v.lower()]


@pytest.mark.parametrize("language", ["en", "pl"])
def test_every_enum_value_has_a_word(language):
    for enum in (Priority, OpportunityStatus, Kpi, GapKind, Threat, Status, CostKind):
        names = words_of(enum, language)
        assert all(names) and len(set(names)) == len(names)
    for enum in (Priority, OpportunityStatus):  # the plan's drop-down lists
        assert all("," not in n and '"' not in n for n in words_of(enum, language))


# what the interface calls the same thing: (translation context, English source) in the catalogue
INTERFACE_WORDS = {
    **{
        (Priority, p): ("Inspector", e)
        for p, e in ((Priority.HIGH, "High"), (Priority.MEDIUM, "Medium"), (Priority.LOW, "Low"))
    },
    **{
        (Threat, t): ("Inspector", e)
        for t, e in ((Threat.HIGH, "High"), (Threat.MEDIUM, "Medium"), (Threat.LOW, "Low"))
    },
    (OpportunityStatus, OpportunityStatus.IDEA): ("Inspector", "Idea"),
    (OpportunityStatus, OpportunityStatus.PLANNED): ("Inspector", "Planned"),
    (OpportunityStatus, OpportunityStatus.AGREED): ("Inspector", "Agreed with buyer"),
    (OpportunityStatus, OpportunityStatus.IN_PROGRESS): ("Inspector", "In progress"),
    (OpportunityStatus, OpportunityStatus.DONE): ("Inspector", "Done"),
    (OpportunityStatus, OpportunityStatus.DROPPED): ("Inspector", "Dropped"),
    (Kpi, Kpi.SHARE_OF_SHELF): ("Inspector", "Share of shelf"),
    (Kpi, Kpi.ROTATION): ("Inspector", "Rotation"),
    (Kpi, Kpi.PROMO_ROI): ("Inspector", "Promo ROI"),
    (Kpi, Kpi.SELL_OUT): ("Inspector", "Sell-out"),
    (Kpi, Kpi.VISIBILITY): ("Inspector", "Visibility"),
    (Kpi, Kpi.OTHER): ("Inspector", "Other"),
    (GapKind, GapKind.COMPETITOR_CAPTURES): ("Inspector", "Competitor captures attention"),
    (GapKind, GapKind.WHITE_SPACE): ("Inspector", "White space: nobody uses it"),
    (GapKind, GapKind.WE_ARE_ABSENT): ("Inspector", "We are absent, they are present"),
    (CostKind, CostKind.PRODUCTION): ("Inspector", "Production"),
    (CostKind, CostKind.RETAILER_FEE): ("Inspector", "Retailer fee"),
    (CostKind, CostKind.LABOUR): ("Inspector", "Labour"),
    (CostKind, CostKind.MEDIA): ("Inspector", "Media"),
    (Status, Status.GREEN): ("Inspector", "Works well"),
    (Status, Status.YELLOW): ("Inspector", "Needs improvement"),
    (Status, Status.RED): ("Inspector", "Critical"),
}
INTERFACE_TEXTS = {
    "sheet.plan": ("PlanWidget", "Action plan"),
    "sheet.map": ("PictureActions", "Journey map"),
    "sheet.gaps": ("GapSection", "Competitor gaps"),
    "col.journey": ("JourneyTabs", "Journey"),
    "col.stage": ("PlanModel", "Stage"),
    "col.phase": ("PlanModel", "Phase"),
    "col.touchpoint": ("PlanModel", "Touchpoint"),
    "col.pos_tool": ("PlanModel", "POS tool"),
    "col.description": ("PlanModel", "Description"),
    "col.retailer": ("PlanModel", "Retailer"),
    "col.priority": ("PlanModel", "Priority"),
    "col.expected_impact": ("MergeConflicts", "Expected impact"),
    "col.owner": ("PlanModel", "Owner"),
    "col.start": ("PlanModel", "Start"),
    "col.end": ("PlanModel", "End"),
    "col.period": ("PlanModel", "Sales period"),
    "col.cost": ("PlanModel", "Cost"),
    "col.kpi": ("PlanModel", "KPI"),
    "col.status": ("PlanModel", "Status"),
    "col.moment_of_truth": ("CardForm", "Moment of truth"),
    "col.quick_win": ("CardForm", "Quick win"),
    "col.notes": ("OpportunityEditor", "Notes"),
    "col.competitor": ("GapEditor", "Competitor"),
    "col.kind": ("GapEditor", "Kind"),
    "col.threat": ("MergeConflicts", "Threat"),
    "info.client": ("WorkshopDetailsDialog", "Client:"),
    "info.retailer": ("WorkshopDetailsDialog", "Retailer:"),
    "info.category": ("WorkshopDetailsDialog", "Category:"),
    "info.channel": ("WorkshopDetailsDialog", "Channel:"),
    "info.date": ("WorkshopDetailsDialog", "Date:"),
    "info.facilitator": ("WorkshopDetailsDialog", "Facilitator:"),
    "info.participants": ("WorkshopDetailsDialog", "Participants:"),
    "info.currency": ("WorkshopDetailsDialog", "Currency:"),
    "info.notes": ("WorkshopDetailsDialog", "Notes:"),
    "sum.details": ("WorkshopDetailsDialog", "Workshop details"),
    "sum.opportunities": ("RestoreBackupDialog", "Opportunities"),
    "sum.gaps": ("Legend", "Competitor gaps"),
    "sum.quick_wins": ("FilterBar", "⚡ Quick wins"),
}


def _interface_catalogue() -> dict[tuple[str, str], str]:
    """The interface's Polish, read from the translation catalogue: (context, source) → translation."""
    root = ElementTree.parse(REPO / "resources" / "translations" / "shoppermap_pl.ts").getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message.findtext("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _bare(label: str) -> str:
    return label.removeprefix("⚡ ").removesuffix(":")


@pytest.mark.parametrize("language", ["en", "pl"])
def test_the_export_uses_the_interfaces_words(language):
    catalogue = _interface_catalogue()

    def interface(context: str, source: str) -> str:
        return _bare(source if language == "en" else catalogue[context, source])

    for (enum, member), (context, source) in INTERFACE_WORDS.items():
        assert words.word(enum(member), language) == interface(context, source)
    for key, (context, source) in INTERFACE_TEXTS.items():
        assert words.text(key, language) == interface(context, source), key


def test_language_none_uses_the_workshops_language(workshop, tmp_path):
    _, doc = workshop
    doc.update_workshop(language="pl")
    assert export(doc, tmp_path / "plan.xlsx", language=None).sheetnames[0] == "Plan działań"


def test_notes_only_when_asked(workshop, tmp_path):
    _, doc = workshop
    book = export(doc, tmp_path / "plan.xlsx")
    everything = [v for ws in book for r in ws.iter_rows(values_only=True) for v in r if isinstance(v, str)]
    assert not any("secret" in v or "over budget" in v for v in everything)
    book = export(doc, tmp_path / "internal.xlsx", include_notes=True)
    plan = book["Action plan"]
    assert plan.cell(row=1, column=plan.max_column).value == "Notes"
    assert column(plan, "Notes")[0] == "secret: margin 12%"
    assert any(r[1] == "internal: we are over budget" for r in rows(book["Summary"], min_row=1))


def test_several_journeys_get_a_journey_column(workshop, tmp_path):
    _, doc = workshop
    other = Journey(
        name="Young mums",
        stages=[
            Stage(
                label=Label.same("Online"),
                phases=[
                    Phase(
                        label=Label.same("Search"),
                        cards=[
                            Card(label=Label.same("Search ad"), opportunities=[Opportunity(description="Ad")])
                        ],
                    )
                ],
            )
        ],
    )
    doc.insert(Kind.JOURNEY, None, 1, other)
    book = export(doc, tmp_path / "plan.xlsx")
    plan = book["Action plan"]
    assert plan["A1"].value == "Journey"
    assert column(plan, "Journey") == ["Shopper journey (offline)"] * 3 + ["Young mums"]
    grid_values = [v for r in book["Journey map"].iter_rows(values_only=True) for v in r if v]
    assert "Young mums" in grid_values and "Online" in grid_values
    summary_stages = [r[0] for r in rows(book["Summary"], min_row=1) if r[0]]
    assert "Young mums · Online" in summary_stages


FORMULA_STARTS = ["=SUM(A1:A9)", "+48 600 100 200", "-10% price", "@SUM(1)", "\t=1+1", "\r=1+1", "#N/A"]


@pytest.mark.parametrize("typed", FORMULA_STARTS)
def test_formula_like_text_stays_text_everywhere(workshop, tmp_path, typed):
    _, doc = workshop
    journey = doc.workshop.journeys[0]
    card = journey.stages[0].phases[0].cards[0]
    doc.update_workshop(title=typed, client=typed)
    doc.update(journey.stages[0].id, label=Label.same(typed))
    doc.update(card.id, label=Label.same(typed))
    doc.update("o-first", description=typed, owner=typed, pos_tool=typed, mechanic=typed, stores=2)
    doc.update("christmas", name=Label.same(typed))
    doc.update("c1", name=typed)
    doc.update("g1", description=typed)
    book = export(doc, tmp_path / "plan.xlsx", internal=True)
    expected = typed.replace("\r", "\n")  # XML has no bare carriage return; Excel shows a line break
    found = 0
    for ws in book:
        for row in ws.iter_rows():
            for c in row:
                if c.data_type == "f":
                    # only the app's own sums are formulas: the totals rows and the Summary's figures
                    assert c.value.startswith(("=SUBTOTAL(", "=SUMIFS(", "=IF(")), c.value
                    assert ws.title in ("Action plan", "POS materials", "Summary"), c.coordinate
                    continue
                if isinstance(c.value, str) and c.value.startswith(expected[:3]):
                    assert c.data_type == "s"
                    found += 1
    assert found >= 11
    plan = book["Action plan"]
    described = cell(plan, "Description")
    assert described.value == expected and described.data_type == "s"
    assert described.quotePrefix == (typed[0] in "=+-@\t\r")


def test_unicode_and_long_text_survive_and_forbidden_characters_are_dropped(workshop, tmp_path):
    _, doc = workshop
    polish = "Zażółć gęślą jaźń — ŻÓŁW 🥨🛒 ✓"
    long_text = ("Ćma " * 2500)[:10_000]
    doc.update("o-first", description=polish, expected_impact=long_text, owner="bell\x07 and\x00 null\x1b")
    doc.update("o-second", description="🛒" * 20_000)  # 40,000 UTF-16 units: over Excel's 32,767
    plan = export(doc, tmp_path / "plan.xlsx")["Action plan"]
    assert cell(plan, "Description").value == polish
    impact = cell(plan, "Expected impact").value
    assert impact == long_text and len(impact) == 10_000
    assert cell(plan, "Owner").value == "bell and null"
    capped = cell(plan, "Description", row=4).value
    assert capped.endswith("…") and len(capped.encode("utf-16-le")) // 2 <= 32_767
    assert capped[:-1] == "🛒" * len(capped[:-1])  # cut between characters, never inside one


def test_empty_workshop_exports_headers_and_zeros(tmp_path):
    file, doc = make_file(tmp_path / "w.shoppermap")
    book = export(doc, tmp_path / "plan.xlsx")
    file.close()
    # an empty table row keeps the totals' ranges off the totals row itself
    assert rows(book["Action plan"]) == [[None] * len(PLAN_HEADERS)]
    assert book["Action plan"]["A3"].value == "Total (rows shown)"
    assert cell(book["Action plan"], "Cost", row=3).value == "=SUBTOTAL(9,Y2:Y2)"
    assert [c.value for c in book["Action plan"][1]] == PLAN_HEADERS
    assert len(book["Summary"]._charts) == 1


def test_progress_goes_up_to_the_total(workshop, tmp_path):
    _, doc = workshop
    calls = []
    export_excel(
        doc,
        tmp_path / "plan.xlsx",
        journeys=doc.workshop.journeys,
        progress=lambda d, t: calls.append((d, t)),
    )
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1] > 0
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_a_locked_target_stays_as_it_was(workshop, tmp_path, monkeypatch):
    _, doc = workshop
    target = tmp_path / "plan.xlsx"
    export_excel(doc, target, journeys=doc.workshop.journeys)
    before = target.read_bytes()
    doc.update("o-first", description="Changed after the first export")

    def locked(source, destination):
        raise PermissionError(errno.EACCES, "Permission denied", str(destination))

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(ExportError) as caught:
        export_excel(doc, target, journeys=doc.workshop.journeys)
    assert str(caught.value) == "plan.xlsx: cannot be written; is it open in Excel?"
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if "plan.xlsx" in p.name) == [
        "plan.xlsx"
    ]  # no temp left


def test_a_failed_save_leaves_no_temp_file_and_says_why(workshop, tmp_path, monkeypatch):
    _, doc = workshop
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"an older plan")

    def disk_full(self, target):
        if hasattr(target, "write"):  # the workbook is zipped in memory first
            target.write(b"half a workbook")
        else:
            with open(target, "wb") as out:
                out.write(b"half a workbook")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", disk_full)
    with pytest.raises(ExportError, match=r"^plan\.xlsx: cannot be written; the disk is full$"):
        export_excel(doc, target, journeys=doc.workshop.journeys)
    assert target.read_bytes() == b"an older plan"
    assert sorted(p.name for p in tmp_path.iterdir() if "plan.xlsx" in p.name) == [
        "plan.xlsx"
    ]  # no temp left


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="permissions do not bind root or Windows")
def test_a_read_only_folder_is_reported(workshop, tmp_path):
    _, doc = workshop
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "plan.xlsx").write_bytes(b"old")
    folder.chmod(0o555)
    try:
        with pytest.raises(ExportError, match="no permission to write in"):
            export_excel(doc, folder / "plan.xlsx", journeys=doc.workshop.journeys)
        assert (folder / "plan.xlsx").read_bytes() == b"old"
    finally:
        folder.chmod(0o755)


def test_a_folder_without_write_permission_is_reported(workshop, tmp_path, monkeypatch):
    _, doc = workshop
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"old")

    def refused(**options):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refused)
    with pytest.raises(ExportError, match=r"^plan\.xlsx: cannot be written; no permission to write in "):
        export_excel(doc, target, journeys=doc.workshop.journeys)
    assert target.read_bytes() == b"old"


def test_export_keeps_the_mode_of_the_file_it_replaces(workshop, tmp_path):
    _, doc = workshop
    target = tmp_path / "plan.xlsx"
    export_excel(doc, target, journeys=doc.workshop.journeys)
    assert target.stat().st_mode & 0o777 == atomic.NEW_FILE_MODE  # not the private mode of a temp file
    target.chmod(0o664)
    export_excel(doc, target, journeys=doc.workshop.journeys)
    assert target.stat().st_mode & 0o777 == 0o664


def test_cli_exports_excel_with_retailer_and_notes(workshop, tmp_path, capsys):
    file, _ = workshop
    file.close()
    source, target = str(tmp_path / "w.shoppermap"), tmp_path / "plan.xlsx"
    assert main(["export", source, "-o", str(target)]) == 0
    assert "Exported" in capsys.readouterr().out
    assert len(rows(openpyxl.load_workbook(target)["Action plan"])) == 3
    assert main(["export", source, "-o", str(target), "--retailer", "Lidl", "--notes", "--lang", "pl"]) == 0
    plan = openpyxl.load_workbook(target)["Plan działań"]
    assert len(rows(plan)) == 1 and plan.cell(row=1, column=plan.max_column).value == "Notatki"
    assert (
        main(["export", source, "-o", str(target), "--retailer", "Lidl", "--internal", "--lang", "pl"]) == 0
    )
    plan = openpyxl.load_workbook(target)["Plan działań"]
    assert len(rows(plan)) == 2 and plan.cell(row=1, column=plan.max_column).value == "Notatki"
    # the JSON export takes the same options and ignores the Excel-only ones
    assert main(["export", source, "-o", str(tmp_path / "w.json"), "--retailer", "Lidl"]) == 0


def test_cli_failures_are_one_line_with_exit_1(workshop, tmp_path, monkeypatch, capsys):
    file, _ = workshop
    file.close()
    source = str(tmp_path / "w.shoppermap")
    result = run_cli("export", source, "-o", str(tmp_path / "plan.xlsx"), "--retailer", "Nobody")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and "no opportunities for retailer 'Nobody'" in result.stderr
    (tmp_path / "plan.xlsx").write_bytes(b"old")

    def locked(source, destination):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", locked)
    assert main(["export", source, "-o", str(tmp_path / "plan.xlsx")]) == 1
    err = capsys.readouterr().err
    assert err == "shoppermap: plan.xlsx: cannot be written; is it open in Excel?\n"
    assert (tmp_path / "plan.xlsx").read_bytes() == b"old"


def test_excel_export_loads_no_qt_and_the_command_line_loads_openpyxl_only_when_needed():
    code = (
        "import sys\n"
        "import shoppermap.cli\n"
        "assert 'openpyxl' not in sys.modules\n"
        "import shoppermap.export.excel\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def _wrapped_lines(value: str, width: float) -> int:
    """Lines of `value` word-wrapped at one letter per digit of column width (wider than Calibri's)."""
    return sum(len(textwrap.wrap(p, max(1, int(width) - 1))) or 1 for p in value.split("\n"))


def _shown_width(value, number_format: str) -> int:
    """Characters a number shows in `number_format` (the money format: grouped, 2 decimals, code)."""
    if "#,##0.00" in number_format:
        return len(f"{value:,.2f}") + len(number_format.split('"')[1]) + 1
    return len(str(value))


@pytest.mark.parametrize("language", ["en", "pl"])
def test_summary_of_two_journeys_fits_its_numbers_and_labels(workshop, tmp_path, language):
    _, doc = workshop
    other = Journey(
        name="Young mums shopping online on a weekday evening after work",
        stages=[
            Stage(
                label=Label.same("Search and compare offers"),
                phases=[
                    Phase(
                        label=Label.same("Search"),
                        cards=[
                            Card(
                                label=Label.same("Search ad"),
                                opportunities=[Opportunity(description="Ad", cost="98765432.10")],
                            )
                        ],
                    )
                ],
            )
        ],
    )
    doc.insert(Kind.JOURNEY, None, 1, other)
    book = export(doc, tmp_path / "plan.xlsx", language=language)
    summary = book.worksheets[-1]
    header = next(
        r for r in range(1, 40) if summary.cell(row=r, column=1).value == words.text("col.stage", language)
    )
    last = next(
        r
        for r in range(header, 60)
        if summary.cell(row=r, column=1).value == words.text("sum.total", language)
    )
    assert last - header == 6  # four stages, one stage, the total
    assert summary.cell(row=last, column=8).value.startswith("=SUMIFS(")
    # the largest amount the budget formulas come to must fit, or Excel shows ###
    largest = _shown_width(98765432.10 + 1260.50, '#,##0.00 "PLN"')
    assert largest < summary.column_dimensions["H"].width
    for row in range(header + 1, last + 1):
        for column in range(2, 8):
            cell = summary.cell(row=row, column=column)
            width = summary.column_dimensions[get_column_letter(column)].width
            assert isinstance(cell.value, int | float)  # numbers stay numbers
            assert _shown_width(cell.value, cell.number_format) < width, (row, column)
        label = summary.cell(row=row, column=1)
        width = summary.column_dimensions["A"].width
        lines = _wrapped_lines(label.value, width)
        height = summary.row_dimensions[row].height or 15
        assert lines * 15 <= height, (label.value, lines, height)
    long_label = summary.cell(row=last - 1, column=1).value
    assert (
        long_label.startswith("Young mums")
        and _wrapped_lines(long_label, summary.column_dimensions["A"].width) > 1
    )
    for column in range(1, 9):
        title = summary.cell(row=header, column=column).value
        width = summary.column_dimensions[get_column_letter(column)].width
        assert max(len(w) for w in title.split()) < width
        assert _wrapped_lines(title, width) * 15 <= summary.row_dimensions[header].height, title


def test_summary_header_names_the_workshops_own_details(workshop, tmp_path):
    _, doc = workshop
    doc.update_workshop(facilitator="", channel="  ")
    summary = export(doc, tmp_path / "plan.xlsx", language="pl")["Podsumowanie"]
    assert summary["A1"].value == "Snacks × HyperMax 2026"
    assert summary["A2"].value == "Crunchy Snacks · HyperMax · Salty snacks · 10.05.2026"
    labels = [summary.cell(row=r, column=1).value for r in range(4, 13)]
    assert "Klient" in labels and "Sieć handlowa" in labels and "Uczestnicy" in labels
    assert "Prowadzący" not in labels and "Kanał" not in labels  # nothing to say, no bare label
    assert "Crunchy Snacks" in summary.oddHeader.center.text and "HyperMax" in summary.oddHeader.center.text


@pytest.mark.parametrize("language", ["en", "pl"])
def test_amounts_are_numbers_in_a_format_excel_shows_the_readers_way(workshop, tmp_path, language):
    _, doc = workshop
    book = export(doc, tmp_path / "plan.xlsx", language=language)
    plan = book.worksheets[0]
    cost = [c.value for c in plan[1]].index(words.text("col.cost", language)) + 1
    cells = [plan.cell(row=r, column=cost) for r in range(2, plan.max_row + 1)]
    amounts = [c for c in cells if c.value is not None]
    assert [c.value for c in amounts] == [pytest.approx(1250.5), pytest.approx(10), "=SUBTOTAL(9,Y2:Y4)"]
    summary = book.worksheets[-1]
    budgets = [summary.cell(row=r, column=8) for r in range(1, summary.max_row + 1)]
    sums = [c for c in budgets if isinstance(c.value, str) and c.value.startswith("=SUMIFS")]
    assert len(sums) == 5  # four stages and the total
    for c in amounts + sums:
        assert c.data_type == ("f" if str(c.value).startswith("=") else "n")
        # ',' and '.' in a format code are the reader's own group and decimal marks in Excel and
        # LibreOffice (1 250,50 in Poland, 1,250.50 in the UK); written-out marks would fix one way
        assert c.number_format == '#,##0.00 "PLN"'
