"""The parking lot: park by typing, mark done, and drag an item onto a card as a note or an action."""

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from shoppermap.storage import WorkshopFile

COPY = Qt.DropAction.CopyAction
LEFT = Qt.MouseButton.LeftButton
NO_MODS = Qt.KeyboardModifier.NoModifier


def stored(path):
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return workshop


def stored_card(path, card_id):
    workshop = stored(path)
    return next(
        c for j in workshop.journeys for s in j.stages for p in s.phases for c in p.cards if c.id == card_id
    )


def park(qtbot, window, text: str) -> None:
    lot = window.parking_lot
    qtbot.mouseClick(lot.entry, LEFT)
    qtbot.keyClicks(lot.entry, text)
    qtbot.keyClick(lot.entry, Qt.Key.Key_Return)


def drop_on_card(window, item_id: str, card_id: str, choose: str) -> bool:
    """Drag a parked item onto a card and pick `choose` (a mnemonic letter) in the menu at the drop."""
    view, lot = window.view, window.parking_lot
    data = lot.list.mimeData([lot.item_for(item_id)])
    point = window.current_scene().cards[card_id].sceneBoundingRect().center()
    pos = QPointF(view.mapFromScene(point))
    enter = QDragEnterEvent(pos.toPoint(), COPY, data, LEFT, NO_MODS)
    QApplication.sendEvent(view.viewport(), enter)
    move = QDragMoveEvent(pos.toPoint(), COPY, data, LEFT, NO_MODS)
    QApplication.sendEvent(view.viewport(), move)

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(20, pick)
            return
        from PySide6.QtTest import QTest

        QTest.keyClick(menu, choose)

    QTimer.singleShot(0, pick)
    drop = QDropEvent(pos, COPY, data, LEFT, NO_MODS, QEvent.Type.Drop)
    QApplication.sendEvent(view.viewport(), drop)
    return move.isAccepted() and drop.isAccepted()


def show_lot(window) -> None:
    window.parking_lot_dock.show()
    window.parking_lot_dock.raise_()
    QApplication.processEvents()


def test_park_items_by_typing_and_mark_one_done(window, qtbot):
    path = window.file.path
    show_lot(window)
    park(qtbot, window, "Ask the buyer about the end-cap fee")
    park(qtbot, window, "Shelf strip for the new flavour?")
    assert [i.text for i in stored(path).parking_lot] == [
        "Ask the buyer about the end-cap fee",
        "Shelf strip for the new flavour?",
    ]
    lot = window.parking_lot
    assert lot.entry.text() == ""
    first = stored(path).parking_lot[0].id
    lot.list.setFocus()
    qtbot.mouseClick(lot.list.viewport(), LEFT, pos=lot.list.visualItemRect(lot.item_for(first)).center())
    qtbot.keyClick(lot.list, Qt.Key.Key_Space)
    assert [i.done for i in stored(path).parking_lot] == [True, False]
    assert window.parking_lot_dock.windowTitle() == "Parking lot (1)"
    qtbot.keyClick(lot.list, Qt.Key.Key_Delete)
    assert [i.text for i in stored(path).parking_lot] == ["Shelf strip for the new flavour?"]
    window.actions_.undo.trigger()
    assert [i.done for i in stored(path).parking_lot] == [True, False]


def test_an_empty_entry_says_why_next_to_the_field(window, qtbot):
    show_lot(window)
    qtbot.mouseClick(window.parking_lot.add_button, LEFT)
    assert window.parking_lot.problem.isVisible()
    assert "Type" in window.parking_lot.problem.text()
    assert stored(window.file.path).parking_lot == []


def test_drag_a_parked_item_onto_a_card_as_a_note_then_as_an_action(window, qtbot):
    path = window.file.path
    show_lot(window)
    park(qtbot, window, "Tasting with the brand ambassador")
    park(qtbot, window, "Second placement near the beer")
    note_id, action_id = (i.id for i in stored(path).parking_lot)
    scene = window.current_scene()
    window.view.set_zoom(0.6)
    card_id = next(iter(scene.cards))
    assert drop_on_card(window, note_id, card_id, "n")
    card = stored_card(path, card_id)
    assert card.notes == "Tasting with the brand ambassador"
    assert [i.id for i in stored(path).parking_lot] == [action_id]
    assert window.stack.undoText().startswith("Make 'Tasting with the brand ambassador' a Note of")
    assert drop_on_card(window, action_id, card_id, "p")
    card = stored_card(path, card_id)
    assert [o.description for o in card.opportunities] == ["Second placement near the beer"]
    assert card.notes == "Tasting with the brand ambassador"
    assert stored(path).parking_lot == []
    assert window.selected_cards() == [card_id]
    window.actions_.undo.trigger()  # one step: the action goes, the item comes back
    assert stored_card(path, card_id).opportunities == []
    assert [i.text for i in stored(path).parking_lot] == ["Second placement near the beer"]
