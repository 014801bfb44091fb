"""The action-plan dock: rows follow the document, edits are one undo step in the file, filters, totals, selection."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QLineEdit

from shoppermap.domain.document import Kind
from shoppermap.domain.models import Journey, Opportunity, OpportunityStatus, Priority
from shoppermap.storage import WorkshopFile
from shoppermap.ui.editor import Editor
from shoppermap.ui.plan import PlanModel, install
from shoppermap.ui.plan.columns import COLUMN

from ..helpers import make_file


def stored_opportunity(path, opportunity_id: str) -> Opportunity:
    """The opportunity as the file holds it, read with a fresh connection."""
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return next(
        o
        for j in workshop.journeys
        for s in j.stages
        for p in s.phases
        for c in p.cards
        for o in c.opportunities
        if o.id == opportunity_id
    )


@pytest.fixture
def plan(window):
    """The window with the plan dock installed and three opportunities on two stages."""
    widget = install(window)
    window.plan_dock.raise_()
    doc = window.document
    journey = doc.workshop.journeys[0]
    first = journey.stages[0].phases[0].cards[0]
    later = journey.stages[2].phases[0].cards[1]
    doc.insert(
        Kind.OPPORTUNITY,
        first.id,
        0,
        Opportunity(
            id="o1", description="Shelf wobbler", retailer="HyperMax", owner="Anna", cost=Decimal(1500)
        ),
    )
    doc.insert(
        Kind.OPPORTUNITY,
        later.id,
        0,
        Opportunity(
            id="o2", description="Floor sticker", retailer="Żabka", priority=Priority.HIGH, cost=Decimal(200)
        ),
    )
    doc.insert(
        Kind.OPPORTUNITY,
        later.id,
        1,
        Opportunity(
            id="o3", description="Tasting", retailer="hypermax", owner="Piotr", cost=Decimal("99.50")
        ),
    )
    widget.cards = {"first": first.id, "later": later.id}
    widget.stages = (journey.stages[0], journey.stages[2])
    return widget


def column(widget, key: str) -> list[str]:
    proxy = widget.proxy
    return [proxy.index(r, COLUMN[key]).data() for r in range(proxy.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester, tmp_path):
    _file, doc = make_file(tmp_path / "w.shoppermap")
    card = doc.workshop.journeys[0].stages[0].phases[0].cards[0]
    doc.insert(Kind.OPPORTUNITY, card.id, 0, Opportunity(description="A", cost=Decimal(5)))
    model = PlanModel()
    model.set_document(doc, Editor(doc, QUndoStack(model), model), journey_id=doc.workshop.journeys[0].id)
    qtmodeltester.check(model)
    doc.insert(Kind.OPPORTUNITY, card.id, 0, Opportunity(description="B"))
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_rows_follow_the_document(plan, qtbot):
    doc = plan.model.document
    assert column(plan, "description") == ["Shelf wobbler", "Floor sticker", "Tasting"]
    assert column(plan, "stage")[0] == plan.stages[0].label.text("en")
    assert column(plan, "cost") == ["1,500", "200", "99.50"]
    with qtbot.waitSignal(plan.model.rowsInserted):
        doc.insert(Kind.OPPORTUNITY, plan.cards["first"], 1, Opportunity(description="Leaflet"))
    assert column(plan, "description") == ["Shelf wobbler", "Leaflet", "Floor sticker", "Tasting"]
    with qtbot.waitSignal(plan.model.rowsRemoved):
        doc.remove("o2")
    assert column(plan, "description") == ["Shelf wobbler", "Leaflet", "Tasting"]
    doc.update(plan.cards["later"], moment_of_truth=True)
    assert column(plan, "moment_of_truth") == ["", "", "✓"]
    doc.update(plan.cards["later"], hidden=True)  # a hidden card is off the map and off the plan
    assert column(plan, "description") == ["Shelf wobbler", "Leaflet"]


def test_all_journeys_toggle_and_journey_switch(plan, window):
    doc = window.document
    other = Journey(name="Online")
    doc.insert(Kind.JOURNEY, None, 1, other)
    assert plan.model.rowCount() == 3
    plan.all_journeys.setChecked(True)
    assert plan.model.rowCount() == 3  # the new journey has no opportunities yet
    window.show_journey(other.id)
    plan.all_journeys.setChecked(False)
    assert plan.model.rowCount() == 0
    window.show_journey(doc.workshop.journeys[0].id)
    assert plan.model.rowCount() == 3


def test_edit_through_the_delegate_is_one_undo_step_in_the_file(plan, window, qtbot):
    table = plan.table
    index = plan.current_index(0, "description")
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "=Wobbler XL")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits a Return on the next turn of the event loop
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert stored_opportunity(window.file.path, "o1").description == "=Wobbler XL"
    assert window.stack.count() == 1
    assert column(plan, "description")[0] == "=Wobbler XL"
    window.stack.undo()
    assert stored_opportunity(window.file.path, "o1").description == "Shelf wobbler"
    assert column(plan, "description")[0] == "Shelf wobbler"


def test_choice_and_cost_edits(plan, window):
    table = plan.table
    index = plan.current_index(0, "status")
    table.edit(index)
    editor = table.viewport().findChild(QComboBox)
    assert editor is not None
    editor.setCurrentIndex(editor.findData("agreed"))
    table.commitData(editor)
    assert stored_opportunity(window.file.path, "o1").status == OpportunityStatus.AGREED
    model = plan.proxy
    assert model.setData(plan.current_index(0, "cost"), "2 500,50")
    assert stored_opportunity(window.file.path, "o1").cost == Decimal("2500.50")
    assert model.setData(plan.current_index(0, "priority"), "low")
    assert stored_opportunity(window.file.path, "o1").priority == Priority.LOW
    assert window.stack.count() == 3
    # refused edits: nothing stored, nothing on the stack, one line in the status bar
    assert not model.setData(plan.current_index(0, "cost"), "a lot")
    assert window.statusBar().currentMessage() == "Type an amount, for example 1500 or 1500,50."
    assert not model.setData(plan.current_index(0, "priority"), "urgent")
    assert "priority" in window.statusBar().currentMessage()
    assert window.stack.count() == 3
    assert stored_opportunity(window.file.path, "o1").cost == Decimal("2500.50")
    assert not model.setData(plan.current_index(0, "stage"), "Elsewhere")  # not editable


def test_filters_reduce_rows_and_totals(plan, qtbot):
    # the totals follow the document's changes on the next turn of the event loop
    qtbot.waitUntil(lambda: "Total: 3 actions · budget 1,799.50 PLN" in plan.totals.text())
    plan.set_filter("retailer", "HyperMax")  # any case of the name
    assert column(plan, "description") == ["Shelf wobbler", "Tasting"]
    assert "Total: 2 actions · budget 1,599.50 PLN" in plan.totals.text()
    stage0, stage2 = (s.label.text("en") for s in plan.stages)
    assert f"{stage0}: 1 (1,500)" in plan.totals.text()
    assert f"{stage2}: 1 (99.50)" in plan.totals.text()
    plan.set_filter("owner", "Piotr")
    assert column(plan, "description") == ["Tasting"]
    plan.set_filter("retailer", None)
    plan.set_filter("owner", None)
    plan.set_filter("priority", "high")
    assert column(plan, "description") == ["Floor sticker"]
    plan.set_filter("priority", None)
    plan.set_filter("stage", plan.stages[0].id)
    assert column(plan, "description") == ["Shelf wobbler"]
    plan.set_filter("stage", None)
    plan.set_filter("status", "idea")
    assert plan.proxy.rowCount() == 3
    plan.set_filter("status", None)
    qtbot.keyClicks(plan.search, "WOBBLER")
    assert column(plan, "description") == ["Shelf wobbler"]
    assert "Total: 1 actions · budget 1,500 PLN" in plan.totals.text()
    plan.search.clear()
    qtbot.keyClicks(plan.search, "floor sticker")  # the touchpoint's name finds both its actions
    assert column(plan, "description") == ["Floor sticker", "Tasting"]
    plan.search.clear()
    assert plan.proxy.rowCount() == 3


def test_sorting_by_cost_and_back_to_map_order(plan):
    plan.table.sortByColumn(COLUMN["cost"], Qt.SortOrder.DescendingOrder)
    assert column(plan, "description") == ["Shelf wobbler", "Floor sticker", "Tasting"]
    plan.table.sortByColumn(COLUMN["cost"], Qt.SortOrder.AscendingOrder)
    assert column(plan, "description") == ["Tasting", "Floor sticker", "Shelf wobbler"]
    plan.table.sortByColumn(COLUMN["priority"], Qt.SortOrder.AscendingOrder)
    assert column(plan, "description")[0] == "Floor sticker"


def test_row_selects_its_card_and_card_selects_its_rows(plan, window):
    scene = window.current_scene()
    selection = plan.table.selectionModel()
    selection.select(
        plan.current_index(1, "description"),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert scene.selected_card_ids() == [plan.cards["later"]]
    # the row chosen stays the only one, though its card holds two
    assert [i.row() for i in selection.selectedRows()] == [1]
    scene.select_cards([plan.cards["first"]])
    assert [i.data() for i in selection.selectedRows(COLUMN["description"])] == ["Shelf wobbler"]
    scene.select_cards([plan.cards["later"]])
    assert sorted(i.data() for i in selection.selectedRows(COLUMN["description"])) == [
        "Floor sticker",
        "Tasting",
    ]
    scene.clearSelection()
    assert selection.selectedRows() == []


def test_polish_costs_are_shown_and_typed_the_polish_way(plan, window, qtbot):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from shoppermap.ui import i18n

    locale = QLocale()
    i18n.install_translator(QApplication.instance(), "pl")
    try:
        plan.model.layoutChanged.emit()
        assert column(plan, "cost") == ["1\u00a0500", "200", "99,50"]
        table = plan.table
        index = plan.current_index(0, "cost")
        table.setCurrentIndex(index)
        table.edit(index)
        editor = table.viewport().findChild(QLineEdit)
        assert editor.text() == "1500"
        editor.setFocus()
        editor.selectAll()
        qtbot.keyClicks(editor, "2.500")  # a Polish thousands dot
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
        assert stored_opportunity(window.file.path, "o1").cost == Decimal(2500)
        assert column(plan, "cost")[0] == "2\u00a0500"
    finally:
        i18n.remove_translators()
        QLocale.setDefault(locale)
