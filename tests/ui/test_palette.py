"""The framework palette: search, drag a touchpoint onto a column, double-click, custom touchpoints;
what lands in the workshop file, and undo and redo."""

from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from shoppermap.storage import WorkshopFile
from shoppermap.ui.commands import RemoveCommand, quoted

from .conftest import stored_order
from .mouse import send

MUTED = QColor("#9AA0A6")
COPY = Qt.DropAction.CopyAction
LEFT = Qt.MouseButton.LeftButton
NO_MODS = Qt.KeyboardModifier.NoModifier


def phases(window):
    journey = window.document.get(window.journey_id)
    return [p for s in journey.stages for p in s.phases]


def card_row(path, card_id: str) -> tuple | None:
    """(phase_id, position, hidden, touchpoint, label_en) of a card as stored, or None."""
    file, _workshop = WorkshopFile.open(path, read_only=True)
    try:
        return file.db.execute(
            "SELECT phase_id, position, hidden, touchpoint, label_en FROM cards WHERE id = ?", [card_id]
        ).fetchone()
    finally:
        file.close()


def cards_with_touchpoint(path, touchpoint: str) -> list[tuple]:
    file, _workshop = WorkshopFile.open(path, read_only=True)
    try:
        return file.db.execute(
            "SELECT id, phase_id, hidden FROM cards WHERE touchpoint = ?", [touchpoint]
        ).fetchall()
    finally:
        file.close()


def drag_over(window, touchpoint: str, scene_point: QPointF) -> tuple[bool, bool]:
    """Drag a palette touchpoint onto the viewport at a scene point (enter and move, no drop)."""
    view = window.view
    item = window.palette.item_for(touchpoint)
    data = window.palette.tree.mimeData([item])
    pos = view.mapFromScene(scene_point)
    enter = QDragEnterEvent(pos, COPY, data, LEFT, NO_MODS)
    QApplication.sendEvent(view.viewport(), enter)
    move = QDragMoveEvent(pos, COPY, data, LEFT, NO_MODS)
    QApplication.sendEvent(view.viewport(), move)
    window._drag_data = data  # the drop must carry the same data
    return enter.isAccepted(), move.isAccepted()


def drop_at(window, scene_point: QPointF) -> bool:
    """Release the dragged palette touchpoint at a scene point."""
    view = window.view
    pos = view.mapFromScene(scene_point)
    event = QDropEvent(QPointF(pos), COPY, window._drag_data, LEFT, NO_MODS, QEvent.Type.Drop)
    QApplication.sendEvent(view.viewport(), event)
    return event.isAccepted()


def just_above(item) -> QPointF:
    """A scene point in the upper part of a card: a drop there lands before it."""
    rect = item.sceneBoundingRect()
    return QPointF(rect.center().x(), rect.top() + 4)


def visible_touchpoints(palette) -> list[str]:
    shown = []
    for s in range(palette.tree.topLevelItemCount()):
        stage = palette.tree.topLevelItem(s)
        for p in range(stage.childCount()):
            phase = stage.child(p)
            for t in range(phase.childCount()):
                item = phase.child(t)
                if not (item.isHidden() or phase.isHidden() or stage.isHidden()):
                    shown.append(item.text(0))
    return shown


# --- search ---------------------------------------------------------------------------------


def test_search_filters_the_touchpoints(window, qtbot):
    palette = window.palette
    everything = visible_touchpoints(palette)
    assert len(everything) == sum(len(p.cards) for p in phases(window))
    qtbot.keyClicks(palette.search, "Wobbler")
    assert visible_touchpoints(palette) == ["I read the message on a wobbler"]
    palette.search.clear()
    qtbot.keyClicks(palette.search, "queue")  # the name of a phase: all of its touchpoints
    shown = visible_touchpoints(palette)
    assert len(shown) == 8
    assert "I put my items on the belt" in shown
    palette.search.clear()
    qtbot.keyClicks(palette.search, "no such touchpoint")
    assert visible_touchpoints(palette) == []
    assert all(palette.tree.topLevelItem(i).isHidden() for i in range(palette.tree.topLevelItemCount()))
    palette.search.clear()
    assert visible_touchpoints(palette) == everything


def test_search_survives_a_refresh_of_the_palette(window, qtbot):
    qtbot.keyClicks(window.palette.search, "wobbler")
    card = phases(window)[0].cards[0]
    window.canvas_edits.delete_cards([card.id])  # any change of the map refreshes the palette
    assert visible_touchpoints(window.palette) == ["I read the message on a wobbler"]


def test_touchpoints_on_the_map_are_greyed(window):
    card = phases(window)[0].cards[0]
    assert window.palette.item_for(card.touchpoint).foreground(0).color() == MUTED
    window.canvas_edits.delete_cards([card.id])
    assert window.palette.item_for(card.touchpoint).foreground(0).color() != MUTED


# --- dropping -------------------------------------------------------------------------------


def test_drop_a_hidden_touchpoint_brings_it_back_where_it_is_dropped(window):
    scene, view, path = window.current_scene(), window.view, window.file.path
    source, target = phases(window)[0], phases(window)[2]
    card = source.cards[2]
    window.canvas_edits.delete_cards([card.id])
    window.stack.clear()
    assert card_row(path, card.id)[2] == 1
    before_source, before_target = stored_order(path, source.id), stored_order(path, target.id)
    spot = just_above(scene.cards[before_target[1]])
    view.centerOn(spot)
    assert drag_over(window, card.touchpoint, spot) == (True, True)
    drop_at(window, spot)
    assert card_row(path, card.id)[:3] == (target.id, 1, 0)
    assert stored_order(path, target.id) == [before_target[0], card.id, *before_target[1:]]
    assert card.id in scene.cards
    assert scene.cards[card.id].pos().x() == scene.column_x[target.id]
    assert scene.selected_card_ids() == [card.id]
    assert len(cards_with_touchpoint(path, card.touchpoint)) == 1  # the same card, not a second one
    assert window.palette.item_for(card.touchpoint).foreground(0).color() == MUTED
    assert window.stack.count() == 1
    assert window.stack.undoText() == f"Add {quoted(card.label.en)}"
    window.actions_.undo.trigger()
    assert card_row(path, card.id)[2] == 1
    assert stored_order(path, source.id) == before_source
    assert stored_order(path, target.id) == before_target
    assert card.id not in scene.cards
    window.actions_.redo.trigger()
    assert card_row(path, card.id)[:3] == (target.id, 1, 0)


def test_drop_a_touchpoint_that_is_not_in_the_journey_adds_a_new_card(window):
    scene, view, path = window.current_scene(), window.view, window.file.path
    source, target = phases(window)[1], phases(window)[5]
    card = source.cards[0]
    touchpoint, label = card.touchpoint, card.label.en
    window.editor.apply([RemoveCommand(window.document, card.id, "remove for good")], text="remove")
    window.stack.clear()
    assert cards_with_touchpoint(path, touchpoint) == []
    assert window.palette.item_for(touchpoint).foreground(0).color() != MUTED
    before = stored_order(path, target.id)
    last = scene.cards[before[-1]]
    spot = QPointF(last.sceneBoundingRect().center().x(), last.sceneBoundingRect().bottom() + 30)
    view.centerOn(spot)
    drag_over(window, touchpoint, spot)
    drop_at(window, spot)
    rows = cards_with_touchpoint(path, touchpoint)
    assert len(rows) == 1
    new_id = rows[0][0]
    assert new_id != card.id
    assert card_row(path, new_id) == (target.id, len(before), 0, touchpoint, label)
    assert stored_order(path, target.id) == [*before, new_id]
    assert window.stack.undoText() == f"Add {quoted(label)}"
    window.actions_.undo.trigger()
    assert cards_with_touchpoint(path, touchpoint) == []
    assert new_id not in scene.cards
    window.actions_.redo.trigger()
    assert card_row(path, new_id)[:3] == (target.id, len(before), 0)
    assert new_id in scene.cards


def test_drop_a_touchpoint_already_on_the_map_moves_its_card(window):
    scene, view, path = window.current_scene(), window.view, window.file.path
    source, target = phases(window)[0], phases(window)[3]
    card = source.cards[0]
    spot = just_above(scene.cards[target.cards[0].id])
    view.centerOn(spot)
    drag_over(window, card.touchpoint, spot)
    drop_at(window, spot)
    assert cards_with_touchpoint(path, card.touchpoint) == [(card.id, target.id, 0)]
    assert stored_order(path, target.id)[0] == card.id
    assert window.stack.count() == 1
    window.actions_.undo.trigger()
    assert stored_order(path, source.id)[0] == card.id


def test_the_insertion_marker_shows_while_dragging_over_a_column(window):
    scene, view = window.current_scene(), window.view
    target = phases(window)[2]
    anchor = scene.cards[target.cards[2].id]
    spot = just_above(anchor)
    view.centerOn(spot)
    hidden_card = phases(window)[0].cards[0]
    window.canvas_edits.delete_cards([hidden_card.id])
    assert not scene.marker.isVisible()
    drag_over(window, hidden_card.touchpoint, spot)
    assert scene.marker.isVisible()
    marker = scene.marker.pos()
    assert marker.x() == scene.column_x[target.id]
    assert anchor.pos().y() - scene.style.card_spacing < marker.y() < anchor.pos().y()  # just above it
    # leaving the canvas takes the marker away, nothing is dropped
    QApplication.sendEvent(view.viewport(), QDragLeaveEvent())
    assert not scene.marker.isVisible()
    assert window.stack.count() == 1  # only the hiding


def test_drop_outside_every_column_changes_nothing(window):
    scene, view, path = window.current_scene(), window.view, window.file.path
    card = phases(window)[0].cards[1]
    window.canvas_edits.delete_cards([card.id])
    window.stack.clear()
    spot = QPointF(scene.column_x[phases(window)[0].id] + 20, scene.style.margin / 2)  # above the grid
    view.centerOn(spot)
    _enter, move = drag_over(window, card.touchpoint, spot)
    assert not move
    assert not scene.marker.isVisible()
    assert not drop_at(window, spot)
    assert card_row(path, card.id)[2] == 1
    assert window.stack.count() == 0


def test_foreign_drags_are_refused(window):
    view = window.view
    data = QMimeData()
    data.setText("some text from another app")
    event = QDragEnterEvent(view.viewport().rect().center(), COPY, data, LEFT, NO_MODS)
    QApplication.sendEvent(view.viewport(), event)
    assert not event.isAccepted()


# --- double-click and custom touchpoints ----------------------------------------------------


def double_click_item(palette, touchpoint: str) -> None:
    """Press, release, double-click, release on a palette item (as the window system sends them)."""
    item = palette.item_for(touchpoint)
    palette.tree.scrollToItem(item)
    point = palette.tree.visualItemRect(item).center()
    viewport = palette.tree.viewport()
    send(viewport, QEvent.Type.MouseButtonPress, point)
    send(viewport, QEvent.Type.MouseButtonRelease, point, buttons=Qt.MouseButton.NoButton)
    send(viewport, QEvent.Type.MouseButtonDblClick, point)
    send(viewport, QEvent.Type.MouseButtonRelease, point, buttons=Qt.MouseButton.NoButton)


def test_double_click_a_palette_item_puts_it_back_in_its_own_phase(window, qtbot):
    path = window.file.path
    own, elsewhere = phases(window)[1], phases(window)[6]
    card = own.cards[2]
    window.canvas_edits.move_cards([card.id], elsewhere.id, None)
    window.canvas_edits.delete_cards([card.id])
    window.stack.clear()
    assert window.palette_dock.isVisible()
    double_click_item(window.palette, card.touchpoint)
    row = card_row(path, card.id)
    assert (row[0], row[2]) == (own.id, 0)
    assert stored_order(path, own.id)[-1] == card.id
    assert card.id in window.current_scene().cards
    assert window.stack.count() == 1
    window.actions_.undo.trigger()
    row = card_row(path, card.id)
    assert (row[0], row[2]) == (elsewhere.id, 1)


def test_double_click_a_removed_touchpoint_adds_it_to_its_own_phase(window, qtbot):
    path = window.file.path
    own = phases(window)[4]
    card = own.cards[3]
    touchpoint = card.touchpoint
    window.editor.apply([RemoveCommand(window.document, card.id, "remove for good")], text="remove")
    window.stack.clear()
    double_click_item(window.palette, touchpoint)
    rows = cards_with_touchpoint(path, touchpoint)
    assert [(r[1], r[2]) for r in rows] == [(own.id, 0)]
    assert stored_order(path, own.id)[-1] == rows[0][0]
    window.actions_.undo.trigger()
    assert cards_with_touchpoint(path, touchpoint) == []


def test_new_custom_touchpoint_button_adds_a_custom_card(window, qtbot):
    scene, path = window.current_scene(), window.file.path
    phase = phases(window)[2]
    before = stored_order(path, phase.id)
    scene.select_cards([before[0]])
    qtbot.mouseClick(window.palette.custom, LEFT)
    editor = window.view.inline_editor()
    assert editor is not None
    qtbot.keyClicks(editor, "Store loyalty app reminder")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    after = stored_order(path, phase.id)
    assert after == [before[0], after[1], *before[1:]]
    assert card_row(path, after[1])[2:] == (0, None, "Store loyalty app reminder")
    window.actions_.undo.trigger()
    assert stored_order(path, phase.id) == before


def test_new_custom_touchpoint_with_nothing_selected_goes_to_the_first_column(window, qtbot):
    scene, path = window.current_scene(), window.file.path
    first = phases(window)[0]
    before = stored_order(path, first.id)
    scene.clearSelection()
    qtbot.mouseClick(window.palette.custom, LEFT)
    qtbot.keyClicks(window.view.inline_editor(), "Neighbour's advice")
    qtbot.keyClick(window.view.inline_editor(), Qt.Key.Key_Return)
    after = stored_order(path, first.id)
    assert after[:-1] == before
    assert card_row(path, after[-1])[4] == "Neighbour's advice"
