"""The Calendar sheet of the Excel plan, read back: week dates, period bands, fills in exactly the
right week columns, the retailer filter, Polish words, frozen panes and the printout."""

import datetime as dt
import re
import zipfile

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from shoppermap.domain.calendar_layout import weeks
from shoppermap.domain.document import Kind
from shoppermap.domain.labels import Label
from shoppermap.domain.models import Opportunity, Period, Scenario
from shoppermap.export.excel import export_excel
from shoppermap.export.excel_cells import CALENDAR_PERIOD_FILLS, CALENDAR_STATUS_FILLS

from .helpers import make_file

D = dt.date
WORKSHOP_DAY = D(2026, 5, 10)  # a Sunday: the calendar starts on Monday 4 May 2026 (W19)
FIRST_MONDAY = D(2026, 5, 4)
AGREED = CALENDAR_STATUS_FILLS["agreed"]
PLANNED = CALENDAR_STATUS_FILLS["planned"]


@pytest.fixture
def workshop(tmp_path):
    """Two periods that share a week, an action in one of them, actions on their own dates, one undated."""
    file, doc = make_file(tmp_path / "w.shoppermap", title="Snacks × HyperMax 2026")
    doc.update_workshop(date=WORKSHOP_DAY, retailer="HyperMax")
    cards = [c for _s, _p, c in doc.cards(doc.workshop.journeys[0].id)]
    doc.insert(
        Kind.PERIOD,
        None,
        0,
        Period(
            id="xmas",
            name=Label(pl="Boże Narodzenie", en="Christmas"),
            start=D(2026, 12, 1),
            end=D(2026, 12, 24),
        ),
    )
    # ends on Wednesday 2 December, in the first week of Christmas: on a sheet of weeks they overlap
    doc.insert(
        Kind.PERIOD,
        None,
        1,
        Period(
            id="bw",
            name=Label(pl="Black Week", en="Black Week"),
            start=D(2026, 11, 23),
            end=D(2026, 12, 2),
            kind="retailer",
        ),
    )
    doc.insert(Kind.PERIOD, None, 2, Period(id="undated", name=Label.same("Some day")))
    actions = [
        Opportunity(
            id="o-xmas",
            pos_tool="wobbler",
            retailer="HyperMax",
            status="agreed",
            period="xmas",
            start=D(2026, 6, 1),  # its own dates, kept for when it leaves the period
            end=D(2026, 6, 2),
        ),
        Opportunity(
            id="o-own",
            pos_tool="Sampling tent",
            retailer="HyperMax",
            status="planned",
            start=D(2026, 6, 7),  # a Sunday: the week of Monday 1 June
            end=D(2026, 6, 15),  # a Monday: the week of 15 June
        ),
        Opportunity(
            id="o-lidl", pos_tool="floor-sticker", retailer="Lidl", start=D(2026, 7, 1), end=D(2026, 7, 3)
        ),
        Opportunity(id="o-undated", pos_tool="Leaflet", retailer="HyperMax"),
    ]
    for index, action in enumerate(actions):
        doc.insert(Kind.OPPORTUNITY, cards[index].id, 0, action)
    yield file, doc
    file.close()


def export(doc, path, **options):
    options.setdefault("journeys", doc.workshop.journeys)
    export_excel(doc, path, **options)
    return openpyxl.load_workbook(path)


def headers(ws):
    return [c.value for c in ws[2]]


def week_column(ws, monday: dt.date) -> int:
    """The column whose header holds `monday`."""
    for cell in ws[2]:
        if isinstance(cell.value, dt.datetime) and cell.value.date() == monday:
            return cell.column
    raise AssertionError(f"no week of {monday}")


def action_row(ws, pos_tool: str) -> int:
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=2).value == pos_tool)


def filled_weeks(ws, row: int) -> dict[dt.date, str]:
    """The Monday of each week column filled on a row, with its colour."""
    mondays = {c.column: c.value.date() for c in ws[2] if isinstance(c.value, dt.datetime)}
    return {
        mondays[c.column]: c.fill.start_color.rgb[-6:]
        for c in ws[row]
        if c.column in mondays and c.fill.fill_type == "solid"
    }


def mondays(first: dt.date, last: dt.date) -> list[dt.date]:
    return [w.monday for w in weeks(first, last)]


def test_the_header_holds_each_weeks_monday_as_a_date_under_its_week_number(workshop, tmp_path):
    _, doc = workshop
    ws = export(doc, tmp_path / "plan.xlsx")["Calendar"]
    assert headers(ws)[:6] == ["Touchpoint", "POS tool", "Retailer", "Sales period", "Start", "End"]
    first = ws.cell(row=2, column=7)
    assert first.value == dt.datetime(2026, 5, 4) and first.number_format == "d mmm"
    assert ws.cell(row=1, column=7).value == "W19"
    # twelve months from the workshop's date: to Sunday 9 May 2027, in W18 of 2027
    dates = [c.value.date() for c in ws[2][6:]]
    assert dates == mondays(D(2026, 5, 10), D(2027, 5, 9))
    assert dates[-1] == D(2027, 5, 3) and ws.cell(row=1, column=ws[2][-1].column).value == "W18"
    # ISO weeks: 2026 has a week 53, and week 1 of 2027 starts on Monday 4 January
    numbers = {c.value.date(): ws.cell(row=1, column=c.column).value for c in ws[2][6:]}
    assert numbers[D(2026, 12, 28)] == "W53" and numbers[D(2027, 1, 4)] == "W1"
    assert ws["A1"].value == "Weeks of 2026–2027"


def test_the_sales_periods_are_bands_over_their_weeks_a_lane_each_when_they_share_a_week(workshop, tmp_path):
    _, doc = workshop
    ws = export(doc, tmp_path / "plan.xlsx")["Calendar"]
    assert ws["A3"].value == "Sales periods"
    black_week = week_column(ws, D(2026, 11, 23))
    christmas = week_column(ws, D(2026, 11, 30))
    merged = {str(r) for r in ws.merged_cells.ranges}
    # Black Week (23 Nov – 2 Dec) in the first lane, Christmas (1–24 Dec) under it
    assert ws.cell(row=3, column=black_week).value == "Black Week"
    assert f"{get_column_letter(black_week)}3:{get_column_letter(black_week + 1)}3" in merged
    assert ws.cell(row=4, column=christmas).value == "Christmas"
    assert f"{get_column_letter(christmas)}4:{get_column_letter(christmas + 3)}4" in merged
    assert ws.cell(row=3, column=black_week).fill.start_color.rgb[-6:] == CALENDAR_PERIOD_FILLS["retailer"]
    assert ws.cell(row=4, column=christmas).fill.start_color.rgb[-6:] == CALENDAR_PERIOD_FILLS["own"]
    assert ws.cell(row=4, column=christmas - 1).fill.fill_type is None
    assert ws.cell(row=4, column=christmas + 4).fill.fill_type is None
    # the label covers both lanes; the actions start under them
    assert "A3:F4" in merged
    assert ws.cell(row=5, column=2).value == "Wobbler"
    # an undated period has no band
    assert "Some day" not in {c.value for row in ws.iter_rows(max_row=4) for c in row}


def test_an_actions_weeks_are_filled_in_its_status_colour_and_no_others(workshop, tmp_path):
    _, doc = workshop
    ws = export(doc, tmp_path / "plan.xlsx")["Calendar"]
    # in a dated period, an action runs on the period's dates, not on its own
    xmas = action_row(ws, "Wobbler")
    assert ws.cell(row=xmas, column=4).value == "Christmas"
    assert [ws.cell(row=xmas, column=c).value for c in (5, 6)] == [
        dt.datetime(2026, 12, 1),
        dt.datetime(2026, 12, 24),
    ]
    assert filled_weeks(ws, xmas) == dict.fromkeys(mondays(D(2026, 12, 1), D(2026, 12, 24)), AGREED)
    # on its own dates, from a Sunday to a Monday: the three weeks it touches
    own = action_row(ws, "Sampling tent")
    assert filled_weeks(ws, own) == dict.fromkeys([D(2026, 6, 1), D(2026, 6, 8), D(2026, 6, 15)], PLANNED)


def test_undated_actions_come_last_unfilled(workshop, tmp_path):
    _, doc = workshop
    ws = export(doc, tmp_path / "plan.xlsx")["Calendar"]
    tools = [ws.cell(row=r, column=2).value for r in range(5, ws.max_row + 1)]
    assert tools[:5] == ["Wobbler", "Sampling tent", "Floor sticker", None, "Leaflet"]
    assert ws.cell(row=8, column=1).value == "Not dated yet"
    assert filled_weeks(ws, 9) == {}


def test_the_retailer_option_shows_only_that_retailers_actions(workshop, tmp_path):
    _, doc = workshop
    ws = export(doc, tmp_path / "plan.xlsx", retailer="lidl")["Calendar"]
    values = {c.value for row in ws.iter_rows(min_row=5) for c in row}
    assert "Floor sticker" in values
    assert not {"Wobbler", "Sampling tent", "Leaflet"} & values
    assert "Not dated yet" not in values
    assert ws.oddHeader.center.text == "Calendar — Snacks × HyperMax 2026 — lidl"


def test_polish_words_and_date_format(workshop, tmp_path):
    _, doc = workshop
    book = export(doc, tmp_path / "plan.xlsx", language="pl")
    ws = book["Kalendarz"]
    assert headers(ws)[:6] == [
        "Punkt styku",
        "Narzędzie POS",
        "Sieć",
        "Okres sprzedaży",
        "Początek",
        "Koniec",
    ]
    assert ws.cell(row=1, column=7).value == "tydz. 19"
    assert ws.cell(row=2, column=7).number_format == "dd.mm"
    assert ws["A1"].value == "Tygodnie 2026–2027" and ws["A3"].value == "Okresy sprzedaży"
    assert ws.cell(row=4, column=week_column(ws, D(2026, 11, 30))).value == "Boże Narodzenie"
    assert ws.cell(row=action_row(ws, "Wobbler"), column=4).value == "Boże Narodzenie"
    assert ws.cell(row=5, column=5).number_format == "dd.mm.yyyy"
    values = {c.value for row in ws.iter_rows() for c in row}
    assert {"Jeszcze bez dat", "Kolor działania: jego status", "Zaplanowane"} <= values
    assert ws.oddFooter.right.text == "Strona &P z &N"


def test_the_labels_and_the_header_are_frozen_and_it_prints_on_a3_landscape_one_page_wide(workshop, tmp_path):
    _, doc = workshop
    ws = export(doc, tmp_path / "plan.xlsx")["Calendar"]
    assert ws.freeze_panes == "G5"  # six label columns; two header rows and two period lanes
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A3) == 8
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.print_title_rows == "$1:$4"  # the weeks and the periods on every page


def test_the_weeks_reach_out_to_the_actions_but_at_most_a_year_past_the_default(workshop, tmp_path):
    _, doc = workshop
    doc.update("o-lidl", start=D(2026, 3, 2), end=D(2026, 3, 8))  # before the workshop: W10
    doc.update("o-own", start=D(2030, 1, 1), end=D(2030, 1, 31))  # a mistyped year
    ws = export(doc, tmp_path / "plan.xlsx")["Calendar"]
    dates = [c.value.date() for c in ws[2][6:]]
    assert dates[0] == D(2026, 3, 2)
    assert dates[-1] == D(2028, 5, 8)  # the week of 9 May 2028, a year past the default range's end
    assert filled_weeks(ws, action_row(ws, "Sampling tent")) == {}
    assert filled_weeks(ws, action_row(ws, "Floor sticker")) == {D(2026, 3, 2): CALENDAR_STATUS_FILLS["idea"]}
    notes = [c.value for c in ws["A"] if isinstance(c.value, str) and "outside" in c.value]
    assert notes == ["Actions partly or wholly outside the weeks shown: 1; their dates are in Start and End."]


def test_the_journey_is_a_column_when_several_journeys_are_shown(workshop, tmp_path):
    _, doc = workshop
    ws = export(doc, tmp_path / "plan.xlsx")["Calendar"]
    assert "Journey" not in headers(ws)  # one journey
    journey = doc.workshop.journeys[0]
    ws = export(doc, tmp_path / "two.xlsx", journeys=[journey, journey])["Calendar"]
    assert headers(ws)[:2] == ["Journey", "Touchpoint"] and ws.freeze_panes.startswith("H")


def test_the_excel_colours_are_the_app_calendars():
    from shoppermap.ui.calendar import style

    assert {k: "#" + v for k, v in CALENDAR_STATUS_FILLS.items()} == style.STATUS_FILL
    assert {k: "#" + v for k, v in CALENDAR_PERIOD_FILLS.items()} == style.PERIOD_FILL


def test_an_empty_plan_still_has_its_weeks(tmp_path):
    file, doc = make_file(tmp_path / "w.shoppermap")
    doc.update_workshop(date=WORKSHOP_DAY)
    ws = export(doc, tmp_path / "plan.xlsx")["Calendar"]
    assert ws.cell(row=2, column=7).value == dt.datetime(2026, 5, 4)
    assert ws.freeze_panes == "G4"  # one (empty) lane of periods
    file.close()


def test_dropped_actions_are_only_in_the_internal_calendar_greyed(workshop, tmp_path):
    _, doc = workshop
    doc.update("o-own", status="dropped")
    buyer = export(doc, tmp_path / "buyer.xlsx")["Calendar"]
    values = {c.value for row in buyer.iter_rows() for c in row}
    assert "Sampling tent" not in values and "Dropped" not in values  # nor in the legend
    internal = export(doc, tmp_path / "internal.xlsx", internal=True)["Calendar"]
    filled = filled_weeks(internal, action_row(internal, "Sampling tent"))
    assert set(filled.values()) == {CALENDAR_STATUS_FILLS["dropped"]} and len(filled) == 3
    assert "Dropped" in {c.value for row in internal.iter_rows() for c in row}


def test_typed_names_stay_text(workshop, tmp_path):
    _, doc = workshop
    doc.update("xmas", name=Label(pl="=SUM(A1:A9)", en="=SUM(A1:A9)"))
    doc.update("o-own", retailer="+48 Hyper")
    book = export(doc, tmp_path / "plan.xlsx")
    ws = book["Calendar"]
    band = ws.cell(row=4, column=week_column(ws, D(2026, 11, 30)))
    assert band.value == "=SUM(A1:A9)" and band.data_type == "s" and band.quotePrefix
    assert ws.cell(row=action_row(ws, "Wobbler"), column=4).data_type == "s"
    assert ws.cell(row=action_row(ws, "Sampling tent"), column=3).value == "+48 Hyper"


def test_a_scenario_shows_only_its_actions(workshop, tmp_path):
    _, doc = workshop
    doc.insert(Kind.SCENARIO, None, 0, Scenario(id="s-base", name="Base"))
    doc.insert(Kind.SCENARIO, None, 1, Scenario(id="s-wide", name="Wide"))
    doc.update("o-own", scenarios=["s-wide"])
    ws = export(doc, tmp_path / "plan.xlsx", scenario="Base")["Calendar"]
    tools = {ws.cell(row=r, column=2).value for r in range(5, ws.max_row + 1)}
    assert "Sampling tent" not in tools and "Wobbler" in tools  # an action in no scenario is in all


def test_a_bands_merged_cells_keep_its_fill_in_the_file(workshop, tmp_path):
    _, doc = workshop
    export(doc, tmp_path / "plan.xlsx")
    # openpyxl forgets the formats of merged cells on reading; Excel keeps them, so look at the file
    with zipfile.ZipFile(tmp_path / "plan.xlsx") as archive:
        sheet = archive.read("xl/worksheets/sheet2.xml").decode()
    row = re.search(r'<row r="4".*?</row>', sheet).group(0)
    styled = re.findall(r'<c r="([A-Z]+)4" s="(\d+)"', row)
    assert len({s for _column, s in styled}) == 1 and len(styled) == 4  # Christmas: four weeks, one format
