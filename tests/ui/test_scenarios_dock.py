"""The scenario comparison dock and Journey → Brands and Scenarios…, driven with real mouse and key events.

Every edit is checked in the workshop file, read back with a fresh connection.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from shoppermap.cli import main
from shoppermap.storage import WorkshopFile
from shoppermap.ui.app import build_window
from shoppermap.ui.commands import UpdateCommand, UpdateWorkshopCommand
from shoppermap.ui.scenarios_dock import (
    ACTIONS,
    BUDGET,
    MARGIN,
    NAME,
    ROI,
    ROLE_DIFFERENCE,
    ROLE_TONE,
    STAGES,
    follow_switch,
)

from ..conftest import REPO
from ..helpers import library
from .test_inspector import pick, replace_text, type_text

LEFT = Qt.MouseButton.LeftButton
SAMPLE = REPO / "resources" / "samples" / "crunchy-snacks-hypermarket.json"
BASE, STRETCH, NO_END_CAP = "s1bazowy00000001", "s2rozszerzony002", "s3bezkoncowek003"


@pytest.fixture
def window(qtbot, tmp_path, settings):
    """The main window on a copy of the sample workshop (4 brands, 3 scenarios, 20 actions)."""
    path = tmp_path / "sample.shoppermap"
    assert main(["new", str(path), "--from", str(SAMPLE)]) == 0
    win = build_window(library(), settings=settings)
    qtbot.addWidget(win)
    assert win.open_path(path)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    QApplication.processEvents()
    yield win
    win.close()


def stored(window):
    file, workshop = WorkshopFile.open(window.session.file.path, read_only=True)
    file.close()
    return workshop


def opportunities(workshop):
    return [
        o
        for j in workshop.journeys
        for s in j.stages
        for p in s.phases
        for c in p.cards
        for o in c.opportunities
    ]


def open_comparison(qtbot, window):
    assert window.actions_.compare_scenarios in window.actions_.journey_menu.actions()
    window.actions_.compare_scenarios.trigger()
    widget = window.scenario_comparison
    qtbot.waitUntil(widget.isVisible)
    return widget


def cell(widget, row: int, column: int) -> tuple[str, str]:
    item = widget.table.item(row, column)
    return item.text(), item.data(ROLE_DIFFERENCE)


def test_the_dock_compares_with_the_chosen_reference(qtbot, window):
    widget = open_comparison(qtbot, window)
    names = [widget.table.item(r, NAME).text() for r in range(widget.table.rowCount())]
    assert names == ["All actions", "Bazowy", "Rozszerzony", "Bez końcówek regałów"]
    assert widget.table.horizontalHeaderItem(BUDGET).text() == "Budget (PLN)"
    # the first scenario is the reference until another is chosen
    assert widget.reference.currentText() == "Bazowy"
    assert cell(widget, 1, NAME) == ("Bazowy", "reference")
    assert cell(widget, 3, ACTIONS) == ("10", "−3")
    assert cell(widget, 3, BUDGET) == ("89,000", "−37,000")
    assert widget.table.item(3, BUDGET).data(ROLE_TONE) == "better"  # it costs less
    assert cell(widget, 3, MARGIN) == ("169,408.50", "−66,759")
    assert widget.table.item(3, MARGIN).data(ROLE_TONE) == "worse"
    assert cell(widget, 3, ROI) == ("+90%", "+3\u00a0pp")
    assert cell(widget, 3, STAGES) == ("5", "±0")
    assert widget.table.item(3, BUDGET).toolTip() == "89,000: −37,000 compared with Bazowy"

    pick(qtbot, widget.reference, "All")
    assert widget.reference_id() == ""
    assert cell(widget, 0, NAME) == ("All actions", "reference")
    assert cell(widget, 1, ACTIONS) == ("13", "−7")
    assert cell(widget, 2, BUDGET) == ("204,500", "±0")
    pick(qtbot, widget.reference, "Noth")
    assert all(cell(widget, r, c)[1] == "" for r in range(4) for c in range(8))


def test_the_dock_follows_edits_of_actions_and_scenarios(qtbot, window):
    widget = open_comparison(qtbot, window)
    document = window.document
    leaflet = next(o for o in document.all_opportunities() if o.fixed_cost == Decimal("25000"))
    text = "Set fixed cost"
    window.editor.apply(
        [UpdateCommand(document, leaflet.id, {"fixed_cost": Decimal("30000")}, text)], text=text
    )
    qtbot.waitUntil(lambda: widget.table.item(3, BUDGET).text() == "94,000")
    assert cell(widget, 0, BUDGET) == ("209,500", "+78,500")
    window.editor.apply([UpdateCommand(document, NO_END_CAP, {"name": "Lean"}, "Rename")], text="Rename")
    qtbot.waitUntil(lambda: widget.table.item(3, NAME).text() == "Lean")
    assert widget.reference.findText("Lean") >= 0


class FakeSwitch(QObject):
    """Stands in for the window's scenario switch, which another part of the window builds."""

    changed = Signal(object)

    def __init__(self, current) -> None:
        super().__init__()
        self._current = current

    def current(self):
        return self._current


def test_the_scenario_the_switch_shows_is_in_bold(qtbot, window):
    widget = open_comparison(qtbot, window)
    window.scenario_switch = FakeSwitch(STRETCH)
    follow_switch(window, widget)
    assert widget.table.item(2, NAME).font().bold() and not widget.table.item(1, NAME).font().bold()
    window.scenario_switch.changed.emit(window.document.find(NO_END_CAP))  # a Scenario will do too
    assert widget.table.item(3, BUDGET).font().bold() and not widget.table.item(2, NAME).font().bold()
    window.scenario_switch.changed.emit(None)
    assert not any(widget.table.item(r, NAME).font().bold() for r in range(4))


def test_the_currency_heads_the_money_columns(qtbot, window):
    widget = open_comparison(qtbot, window)
    text = "Currency"
    window.editor.apply([UpdateWorkshopCommand(window.document, {"currency": "EUR"}, text)], text=text)
    qtbot.waitUntil(lambda: widget.table.horizontalHeaderItem(MARGIN).text() == "Incremental margin (EUR)")


def open_dialog(qtbot, window, tab: int):
    window.actions_.brands_scenarios.trigger()
    dialog = window.brands_scenarios_dialog
    qtbot.waitExposed(dialog)
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(tab).center())
    assert dialog.tabs.currentIndex() == tab
    return dialog.tabs.currentWidget()


def click_row(qtbot, page, row: int) -> None:
    rect = page.list.visualItemRect(page.list.item(row))
    qtbot.mouseClick(page.list.viewport(), LEFT, pos=rect.center())


def answer_remove(qtbot) -> None:
    """Click Remove in the question that is about to open."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "confirm-remove"
        (remove,) = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole]
        qtbot.mouseClick(remove, LEFT)

    QTimer.singleShot(0, click)


def test_a_scenario_is_added_and_renamed_with_the_keyboard(qtbot, window):
    comparison = open_comparison(qtbot, window)
    page = open_dialog(qtbot, window, 1)
    qtbot.mouseClick(page.add, LEFT)
    qtbot.waitUntil(page.name.hasFocus)
    assert page.name.selectedText() == "New scenario"
    type_text(qtbot, page.name, "Promocja świąteczna")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert [s.name for s in stored(window).scenarios] == [
        "Bazowy",
        "Rozszerzony",
        "Bez końcówek regałów",
        "Promocja świąteczna",
    ]
    qtbot.waitUntil(lambda: comparison.table.rowCount() == 5)
    # the new scenario holds the actions that name no scenario: none in the sample
    assert cell(comparison, 4, ACTIONS) == ("0", "−13")

    click_row(qtbot, page, 1)
    replace_text(qtbot, page.name, "  Rozszerzony   plus ")
    assert stored(window).scenarios[1].name == "Rozszerzony plus"
    replace_text(qtbot, page.name, "bazowy")
    assert "already a scenario named 'bazowy'" in page.message.text()
    replace_text(qtbot, page.name, "")
    assert page.message.text() == "A scenario needs a name."
    assert page.name.text() == "Rozszerzony plus"
    assert stored(window).scenarios[1].name == "Rozszerzony plus"

    qtbot.mouseClick(page.up, LEFT)
    assert [s.name for s in stored(window).scenarios][:2] == ["Rozszerzony plus", "Bazowy"]
    assert page.list.currentItem().text() == "Rozszerzony plus"
    assert window.stack.undoText() == "Move scenario 'Rozszerzony plus'"
    assert window.editor.undo()
    assert [s.name for s in stored(window).scenarios][:2] == ["Bazowy", "Rozszerzony plus"]


def test_removing_a_scenario_in_use_asks_once_and_undoes_in_one_step(qtbot, window):
    comparison = open_comparison(qtbot, window)
    before = {o.id: o.scenarios for o in opportunities(stored(window))}
    page = open_dialog(qtbot, window, 1)
    click_row(qtbot, page, 2)
    assert page.name.text() == "Bez końcówek regałów"
    steps = window.stack.count()
    answer_remove(qtbot)
    qtbot.mouseClick(page.remove, LEFT)

    workshop = stored(window)
    assert [s.id for s in workshop.scenarios] == [BASE, STRETCH]
    assert all(NO_END_CAP not in o.scenarios for o in opportunities(workshop))
    assert window.stack.count() == steps + 1
    assert window.stack.undoText() == "Remove scenario 'Bez końcówek regałów'"
    qtbot.waitUntil(lambda: comparison.table.rowCount() == 3)
    assert page.list.currentItem().text() == "Rozszerzony"  # the neighbour is selected

    assert window.editor.undo()
    workshop = stored(window)
    assert [s.id for s in workshop.scenarios] == [BASE, STRETCH, NO_END_CAP]
    assert {o.id: o.scenarios for o in opportunities(workshop)} == before
    qtbot.waitUntil(lambda: comparison.table.rowCount() == 4)


def test_removing_a_scenario_can_be_cancelled(qtbot, window):
    page = open_dialog(qtbot, window, 1)
    click_row(qtbot, page, 0)
    steps = window.stack.count()

    def cancel() -> None:
        box = QApplication.activeModalWidget()
        assert "13 action(s) belong to scenario 'Bazowy'" in box.text()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)

    QTimer.singleShot(0, cancel)
    qtbot.mouseClick(page.remove, LEFT)
    assert window.stack.count() == steps
    assert len(stored(window).scenarios) == 3


def test_duplicating_a_scenario_copies_its_actions_in_one_step(qtbot, window):
    page = open_dialog(qtbot, window, 1)
    click_row(qtbot, page, 2)
    qtbot.mouseClick(page.duplicate, LEFT)
    workshop = stored(window)
    copy = workshop.scenarios[3]
    assert copy.name == "Bez końcówek regałów (copy)"
    members = {o.id for o in opportunities(workshop) if NO_END_CAP in o.scenarios}
    assert {o.id for o in opportunities(workshop) if copy.id in o.scenarios} == members
    assert len(members) == 10
    assert page.list.currentItem().text() == "Bez końcówek regałów (copy)"
    assert window.editor.undo()
    workshop = stored(window)
    assert len(workshop.scenarios) == 3
    assert all(copy.id not in o.scenarios for o in opportunities(workshop))


def test_removing_a_brand_in_use_empties_the_actions_brand_in_one_step(qtbot, window):
    page = open_dialog(qtbot, window, 0)
    click_row(qtbot, page, 0)
    brand = stored(window).brands[0]
    users = {o.id for o in opportunities(stored(window)) if o.brand == brand.id}
    assert users and page.name.text() == brand.name
    assert not page.duplicate.isVisible()
    answer_remove(qtbot)
    qtbot.mouseClick(page.remove, LEFT)
    workshop = stored(window)
    assert brand.id not in [b.id for b in workshop.brands]
    assert all(o.brand is None for o in opportunities(workshop) if o.id in users)
    assert window.editor.undo()
    workshop = stored(window)
    assert workshop.brands[0] == brand
    assert {o.id for o in opportunities(workshop) if o.brand == brand.id} == users


def test_a_brand_is_added_and_moved_down(qtbot, window):
    page = open_dialog(qtbot, window, 0)
    qtbot.mouseClick(page.add, LEFT)
    qtbot.keyClicks(page.name, "Crunchy Bio")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert stored(window).brands[-1].name == "Crunchy Bio"
    assert not page.down.isEnabled()
    click_row(qtbot, page, 0)
    qtbot.mouseClick(page.down, LEFT)
    assert [b.name for b in stored(window).brands][:2] == ["Crunchy Paprykowe Fale", "Crunchy XXL"]


def test_a_read_only_workshop_shows_the_lists_but_offers_no_edits(qtbot, tmp_path, settings):
    path = tmp_path / "sample.shoppermap"
    assert main(["new", str(path), "--from", str(SAMPLE)]) == 0
    win = build_window(library(), settings=settings)
    qtbot.addWidget(win)
    assert win.open_path(path, read_only=True)
    win.show()
    qtbot.waitExposed(win)
    comparison = open_comparison(qtbot, win)
    assert comparison.table.rowCount() == 4 and not comparison.edit_button.isEnabled()
    page = open_dialog(qtbot, win, 1)
    assert page.list.count() == 3
    assert not any(
        b.isEnabled() for b in (page.add, page.duplicate, page.up, page.down, page.remove, page.name)
    )
    win.close()
