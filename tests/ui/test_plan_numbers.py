"""The action plan's numbers on the sample workshop: shown the interface's way, typed into cells
with real keys and kept in the file, refused when wrong, sorted as numbers and totalled; and the
scenario switch narrowing the plan, its totals and the cards' marks."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QPoint, QSettings, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMenu

from shoppermap.domain import figures
from shoppermap.domain.document import Kind
from shoppermap.domain.models import Scenario
from shoppermap.export.workshop_json import read_workshop_json
from shoppermap.ui import i18n
from shoppermap.ui.app import build_window
from shoppermap.ui.dialogs.welcome import sample_path
from shoppermap.ui.plan import PlanWidget
from shoppermap.ui.plan.columns import COLUMN
from shoppermap.ui.vocabulary import amount_text, roi_text

from ..helpers import library, make_file
from .test_plan import stored_opportunity

LEAFLET = "9faab9b43a4742b0"  # fixed cost 25 000, baseline 1 080 000, +22 %, margin 32 %: every scenario
SHOPPING_LIST = "78e77e0a5d554f57"  # a typed cost of 6 000, no quantities; only in "Rozszerzony"
MULTIPACK = "26ac774b366e4287"  # 48 stores x 40 units x 3.50 + 2 780
BASE, EXTENDED, NO_END_CAPS = "s1bazowy00000001", "s2rozszerzony002", "s3bezkoncowek003"
TWO_ACTIONS_CARD = "c0f0641411bf4630"  # both its actions are in "Bazowy" and "Rozszerzony" only


@pytest.fixture
def window(qtbot, tmp_path, settings):
    """A main window on a copy of the sample workshop, with the action plan shown."""
    win = build_window(library(), settings=settings)
    qtbot.addWidget(win)
    workshop = read_workshop_json(sample_path())
    workshop.workshop.language = "en"
    assert win.create_workshop(tmp_path / "sample.shoppermap", workshop=workshop)
    win.resize(1920, 1080)
    win.show()
    qtbot.waitExposed(win)
    win.plan_dock.show()
    win.plan_dock.raise_()
    QApplication.processEvents()
    yield win
    win.close()


@pytest.fixture
def polish():
    locale = QLocale()
    i18n.install_translator(QApplication.instance(), "pl")
    yield
    i18n.remove_translators()
    QLocale.setDefault(locale)


def shown(window, key: str) -> list[str]:
    proxy = window.plan.proxy
    return [proxy.index(r, COLUMN[key]).data() for r in range(proxy.rowCount())]


def row_of(window, opportunity_id: str) -> int:
    plan = window.plan
    rows = [plan.proxy.mapToSource(plan.proxy.index(r, 0)).row() for r in range(plan.proxy.rowCount())]
    return next(r for r, source in enumerate(rows) if plan.model.rows[source] == opportunity_id)


def cell(window, opportunity_id: str, key: str) -> str:
    return window.plan.proxy.index(row_of(window, opportunity_id), COLUMN[key]).data()


def open_editor(window, qtbot, opportunity_id: str, key: str):
    """Click the cell and press F2, as a user does; returns the editor that opened (or None)."""
    table = window.plan.table
    window.plan.columns.set_shown(key, True)
    index = window.plan.proxy.index(row_of(window, opportunity_id), COLUMN[key])
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    assert table.currentIndex() == index
    qtbot.keyClick(table, Qt.Key.Key_F2)
    # editors closed before linger until deleted: the one open now is the one shown
    editors = [*table.viewport().findChildren(QLineEdit), *table.viewport().findChildren(QComboBox)]
    return next((e for e in editors if e.isVisible()), None)


def type_into(window, qtbot, opportunity_id: str, key: str, text: str) -> None:
    """Open a cell's editor, type `text` over what it holds and press Return."""
    editor = open_editor(window, qtbot, opportunity_id, key)
    assert isinstance(editor, QLineEdit) and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    table = window.plan.table
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


def stored(window, opportunity_id: str):
    return stored_opportunity(window.file.path, opportunity_id)


def test_the_sample_figures_show_the_english_way(window):
    plan = window.plan
    for key in ("stores", "units_per_store", "total_units", "unit_cost", "fixed_cost", "cost_kind"):
        plan.columns.set_shown(key, True)
    assert cell(window, LEAFLET, "brand") == "Crunchy XXL"
    assert cell(window, LEAFLET, "mechanic") == "2+1"
    assert cell(window, LEAFLET, "cost") == "25,000"  # a fixed cost alone
    assert cell(window, LEAFLET, "baseline_sales") == "1,080,000"
    assert cell(window, LEAFLET, "uplift_pct") == "22%"
    assert cell(window, LEAFLET, "margin_pct") == "32%"
    assert cell(window, LEAFLET, "incremental_sales") == "237,600"
    assert cell(window, LEAFLET, "incremental_margin") == "76,032"
    assert cell(window, LEAFLET, "roi") == "+204%"
    assert cell(window, LEAFLET, "scenarios") == "Bazowy, Rozszerzony, Bez końcówek regałów"
    assert cell(window, LEAFLET, "stores") == ""
    assert cell(window, MULTIPACK, "stores") == "48"
    assert cell(window, MULTIPACK, "total_units") == "1,920"
    assert cell(window, MULTIPACK, "unit_cost") == "3.50"
    assert cell(window, MULTIPACK, "fixed_cost") == "2,780"
    assert cell(window, MULTIPACK, "cost_kind") == "Media"
    assert cell(window, MULTIPACK, "cost") == "9,500"
    assert cell(window, SHOPPING_LIST, "roi") == "\u221240%"
    assert cell(window, SHOPPING_LIST, "scenarios") == "Rozszerzony"
    headers = plan.model
    assert headers.headerData(COLUMN["roi"], Qt.Orientation.Horizontal) == "ROI"
    assert "cost" in headers.headerData(COLUMN["roi"], Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_the_sample_figures_show_the_polish_way(window, polish):
    window.plan.model.layoutChanged.emit()
    assert window.plan.model.headerData(COLUMN["brand"], Qt.Orientation.Horizontal) == "Marka"
    assert cell(window, LEAFLET, "cost") == "25\u00a0000"
    assert cell(window, LEAFLET, "baseline_sales") == "1\u00a0080\u00a0000"
    assert cell(window, LEAFLET, "uplift_pct") == "22\u00a0%"
    assert cell(window, LEAFLET, "roi") == "+204\u00a0%"
    assert cell(window, MULTIPACK, "unit_cost") == "3,50"
    assert cell(window, MULTIPACK, "cost_kind") == "Media"
    assert cell(window, SHOPPING_LIST, "cost_kind") == "Media"
    assert cell(window, LEAFLET, "cost_kind") == "Opłata dla sieci"


def test_typed_numbers_reach_the_file_as_one_undo_step_each(window, qtbot):
    type_into(window, qtbot, MULTIPACK, "stores", "60")
    assert stored(window, MULTIPACK).stores == 60
    assert cell(window, MULTIPACK, "cost") == "11,180"  # 60 x 40 x 3.50 + 2 780
    type_into(window, qtbot, MULTIPACK, "uplift_pct", "12.5")
    assert stored(window, MULTIPACK).uplift_pct == Decimal("12.5")
    type_into(window, qtbot, MULTIPACK, "unit_cost", "3,900.5")
    assert stored(window, MULTIPACK).unit_cost == Decimal("3900.5")
    type_into(window, qtbot, MULTIPACK, "mechanic", "3 za 2")
    assert stored(window, MULTIPACK).mechanic == "3 za 2"
    type_into(window, qtbot, SHOPPING_LIST, "cost", "7500")  # a typed cost, without quantities
    assert stored(window, SHOPPING_LIST).cost == Decimal(7500)
    assert cell(window, SHOPPING_LIST, "cost") == "7,500"
    assert window.stack.count() == 5
    for _ in range(5):
        window.stack.undo()
    assert stored(window, SHOPPING_LIST).cost == Decimal(6000)
    assert stored(window, MULTIPACK).stores == 48
    assert stored(window, MULTIPACK).uplift_pct == Decimal(9)
    assert cell(window, MULTIPACK, "cost") == "9,500"


def test_brand_and_cost_kind_are_chosen_from_lists(window, qtbot):
    combo = open_editor(window, qtbot, SHOPPING_LIST, "brand")
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "—",
        "Crunchy XXL",
        "Crunchy Paprykowe Fale",
        "Crunchy Mini 30 g",
        "Crunchy Paluszki",
    ]
    assert combo.currentText() == "Crunchy Mini 30 g"
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    table = window.plan.table
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert stored(window, SHOPPING_LIST).brand == "b4crunchypalu004"
    assert cell(window, SHOPPING_LIST, "brand") == "Crunchy Paluszki"
    window.document.update("b4crunchypalu004", name="Paluszki Crunchy")  # a rename shows at once
    assert cell(window, SHOPPING_LIST, "brand") == "Paluszki Crunchy"
    combo = open_editor(window, qtbot, SHOPPING_LIST, "cost_kind")
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert stored(window, SHOPPING_LIST).cost_kind.value == "labour"


def test_refused_numbers_say_why_and_never_reach_the_file(window, qtbot):
    status = window.statusBar()
    refused = [
        (MULTIPACK, "stores", "12.5", "Type a whole number, for example 48."),
        (MULTIPACK, "margin_pct", "120", "A margin is at most 100%."),
        (MULTIPACK, "unit_cost", "-3", "The number cannot be negative."),
        (MULTIPACK, "baseline_sales", "lots", "Type an amount, for example 1500 or 1500,50."),
    ]
    for opportunity_id, key, text, message in refused:
        type_into(window, qtbot, opportunity_id, key, text)
        assert status.currentMessage() == message
    assert window.stack.count() == 0
    after = stored(window, MULTIPACK)
    assert (after.stores, after.margin_pct, after.unit_cost) == (48, Decimal(30), Decimal("3.5"))
    assert cell(window, MULTIPACK, "margin_pct") == "30%"
    # a cost built up from quantities is worked out, not typed
    index = window.plan.proxy.index(row_of(window, MULTIPACK), COLUMN["cost"])
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    assert open_editor(window, qtbot, MULTIPACK, "cost") is None
    assert not window.plan.proxy.setData(index, "100")
    assert status.currentMessage().startswith("The cost is worked out from the quantities")
    assert stored(window, MULTIPACK).cost is None
    assert window.stack.count() == 0


def test_numbers_sort_as_numbers_with_the_missing_last(window):
    window.document.update(LEAFLET, baseline_sales=None)  # no estimate: no incremental figures
    plan = window.plan
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        plan.table.sortByColumn(COLUMN["incremental_sales"], order)
        values = shown(window, "incremental_sales")
        assert values[-1] == ""
        numbers = [Decimal(v.replace(",", "")) for v in values[:-1]]
        assert numbers == sorted(numbers, reverse=order == Qt.SortOrder.DescendingOrder)
    plan.table.sortByColumn(COLUMN["roi"], Qt.SortOrder.DescendingOrder)
    assert shown(window, "roi")[:3] == ["+494%", "+211%", "+188%"]  # not "+44%" before "+211%"
    assert shown(window, "roi")[-1] == ""


def expected_line(window, opportunities) -> str:
    total = figures.totals(opportunities)
    return (
        f"Total: {total.actions} actions · budget {amount_text(total.cost, 'en')} PLN · "
        f"incremental sales {amount_text(total.incremental_sales, 'en')} PLN · "
        f"incremental margin {amount_text(total.incremental_margin, 'en')} PLN · "
        f"ROI {roi_text(total.roi, 'en')}"
    )


def journey_actions(window):
    journey = window.document.workshop.journeys[0]
    return [o for _s, _p, card in window.document.cards(journey.id) for o in card.opportunities]


def test_the_totals_line_sums_the_rows_the_filter_shows(window, qtbot):
    plan = window.plan
    line = "Total: 15 actions · budget 178,500 PLN · incremental sales 805,200 PLN · "
    line += "incremental margin 257,633 PLN · ROI +44%"
    qtbot.waitUntil(lambda: line in plan.totals.text())
    plan.set_filter("priority", "high")
    high = [o for o in journey_actions(window) if o.priority and o.priority.value == "high"]
    assert 0 < len(high) < 15
    assert expected_line(window, high) in plan.totals.text()
    plan.set_filter("priority", None)
    window.document.update(LEAFLET, baseline_sales=None)
    qtbot.waitUntil(lambda: "incremental sales 567,600 PLN" in plan.totals.text())


def choose_in_combo(qtbot, combo: QComboBox, text: str) -> None:
    """Open the combo's list with a click and click the entry, as a user does."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    # the list takes no release for a double-click's time after it opens (so a slow click opens it)
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    index = combo.model().index(combo.findText(text), 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: not view.isVisible())


def test_the_scenario_switch_narrows_plan_totals_and_card_marks(window, qtbot):
    switch, plan = window.scenario_switch, window.plan
    combo = switch.combo
    assert combo.isVisible() and combo.isEnabled()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All scenarios",
        "Bazowy",
        "Rozszerzony",
        "Bez końcówek regałów",
    ]
    card = window.current_scene().cards[TWO_ACTIONS_CARD]
    assert card.opportunity_count() == 2
    with qtbot.waitSignal(switch.changed) as changed:
        choose_in_combo(qtbot, combo, "Bez końcówek regałów")
    assert changed.args == [NO_END_CAPS] and switch.current() == NO_END_CAPS
    wanted = [o for o in journey_actions(window) if figures.in_scenario(o, NO_END_CAPS)]
    assert plan.proxy.rowCount() == len(wanted) == 7
    assert expected_line(window, wanted) in plan.totals.text()
    assert card.opportunity_count() == 0 and "◆" not in card.toolTip()
    # an action taken out of the scenario leaves the plan and the card's count at once
    window.document.update(LEAFLET, scenarios=[BASE])
    assert plan.proxy.rowCount() == 6
    leaflet_card = window.current_scene().cards[window.document.parent_of(LEAFLET)]
    assert leaflet_card.opportunity_count() == 0
    # a scenario removed (once no action names it) is no longer shown: back to all
    for o in window.document.opportunities_naming(NO_END_CAPS):
        window.document.update(o.id, scenarios=[s for s in o.scenarios if s != NO_END_CAPS])
    with qtbot.waitSignal(switch.changed) as changed:
        window.document.remove(NO_END_CAPS)
    assert changed.args == [None] and combo.currentText() == "All scenarios"
    assert combo.count() == 3
    assert plan.proxy.rowCount() == 15
    assert card.opportunity_count() == 2
    qtbot.waitUntil(lambda: "Total: 15 actions" in plan.totals.text())


def test_the_switch_follows_added_and_renamed_scenarios_and_another_workshop(window, qtbot, tmp_path):
    switch = window.scenario_switch
    choose_in_combo(qtbot, switch.combo, "Bazowy")
    window.document.insert(Kind.SCENARIO, None, 3, Scenario(id="winter", name="Zima"))
    window.document.update(BASE, name="Podstawowy")
    combo = switch.combo
    assert [combo.itemText(i) for i in range(combo.count())][1:] == [
        "Podstawowy",
        "Rozszerzony",
        "Bez końcówek regałów",
        "Zima",
    ]
    assert switch.current() == BASE and combo.currentText() == "Podstawowy"
    other = tmp_path / "other.shoppermap"
    file, _ = make_file(other)
    file.close()
    with qtbot.waitSignal(switch.changed) as changed:
        assert window.open_path(other)
    assert changed.args == [None] and switch.current() is None
    assert combo.count() == 1 and not combo.isEnabled()  # nothing to choose from


def test_a_new_map_counts_the_actions_of_the_scenario_shown(window, qtbot):
    window.scenario_switch.set_current(EXTENDED)
    second = window.document.workshop.journeys[1]
    window.show_journey(second.id)
    scene = window.current_scene()
    assert scene.scenario_id == EXTENDED
    window.scenario_switch.set_current(BASE)
    counts = [item.opportunity_count() for item in scene.cards.values()]
    assert sum(counts) == 3  # of its five actions, two are only in "Rozszerzony"


def test_hidden_columns_are_chosen_from_the_header_and_remembered(window, tmp_path):
    plan = window.plan
    header = plan.table.horizontalHeader()
    assert header.isSectionHidden(COLUMN["stores"]) and not header.isSectionHidden(COLUMN["roi"])
    menu = plan.columns.menu()
    actions = {a.data(): a for a in menu.actions() if a.data()}
    actions["stores"].trigger()
    actions["roi"].trigger()
    assert not header.isSectionHidden(COLUMN["stores"]) and header.isSectionHidden(COLUMN["roi"])
    assert not actions["description"].isEnabled()
    menu.deleteLater()
    again = PlanWidget(settings=window.settings)
    again_header = again.table.horizontalHeader()
    assert not again_header.isSectionHidden(COLUMN["stores"])
    assert again_header.isSectionHidden(COLUMN["roi"])
    plan.columns.reset()
    assert header.isSectionHidden(COLUMN["stores"]) and not header.isSectionHidden(COLUMN["roi"])
    fresh = PlanWidget(settings=QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat))
    assert fresh.table.horizontalHeader().isSectionHidden(COLUMN["stores"])
    for widget in (again, fresh):
        widget.deleteLater()


def test_the_header_menu_opens_on_a_right_click(window, qtbot):
    header = window.plan.table.horizontalHeader()
    point = QPoint(header.sectionViewportPosition(COLUMN["description"]) + 10, header.height() // 2)
    # the event a right click brings (offscreen Qt makes none from the mouse press itself)
    QApplication.sendEvent(
        header.viewport(),
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, header.viewport().mapToGlobal(point)),
    )
    menu = header.findChild(QMenu, "plan-columns-menu")
    qtbot.waitUntil(menu.isVisible)
    stores = next(a for a in menu.actions() if a.data() == "stores")
    assert not stores.isChecked()
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(stores).center())
    assert not header.isSectionHidden(COLUMN["stores"])
    assert window.settings.value("plan/hidden_columns") is not None
