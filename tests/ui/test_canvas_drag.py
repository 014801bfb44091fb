"""Dragging cards and headers with real mouse events; the order lands in the file; undo and redo."""

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt

from shoppermap.storage import WorkshopFile

from .conftest import stored_order
from .mouse import NONE, click, drag, send


def centre(item) -> QPointF:
    return item.sceneBoundingRect().center()


def phases(window):
    journey = window.document.get(window.journey_id)
    return [p for s in journey.stages for p in s.phases]


def test_drag_a_card_into_another_phase_then_undo_and_redo(window, qtbot):
    scene, view, path = window.current_scene(), window.view, window.file.path
    first, second = phases(window)[0], phases(window)[1]
    card = first.cards[0]
    target_anchor = second.cards[2]
    view.centerOn(scene.cards[card.id])
    before_first, before_second = stored_order(path, first.id), stored_order(path, second.id)
    end = QPointF(
        centre(scene.cards[target_anchor.id]).x(), scene.cards[target_anchor.id].sceneBoundingRect().top() + 4
    )
    drag(view, centre(scene.cards[card.id]), end)
    expected_second = [*before_second[:2], card.id, *before_second[2:]]
    assert stored_order(path, second.id) == expected_second
    assert stored_order(path, first.id) == before_first[1:]
    assert window.stack.undoText().startswith(
        "Move 'I get recommendations from others' to 'I know about the offers'"
    )
    window.actions_.undo.trigger()
    assert stored_order(path, first.id) == before_first
    assert stored_order(path, second.id) == before_second
    window.actions_.redo.trigger()
    assert stored_order(path, second.id) == expected_second
    # the card sits where the file says, in the scene too
    assert scene.cards[card.id].pos().x() == scene.column_x[second.id]


def test_drag_within_a_phase_and_reopen_shows_the_same_order(window, qtbot, settings):
    scene, view, path = window.current_scene(), window.view, window.file.path
    phase = phases(window)[5]  # "I enter the store": 10 cards
    ids = stored_order(path, phase.id)
    moving = scene.cards[ids[0]]
    below = scene.cards[ids[3]]
    view.centerOn(moving)
    # once the card is lifted the cards below it move up by its height: aim just under card 3 as seen then
    lifted = scene.cards[ids[1]].pos().y() - moving.pos().y()
    drag(
        view,
        centre(moving),
        QPointF(centre(below).x(), below.sceneBoundingRect().bottom() - lifted + 2),
        steps=12,
    )
    expected = [ids[1], ids[2], ids[3], ids[0], *ids[4:]]
    assert stored_order(path, phase.id) == expected
    window.close_workshop()
    assert window.open_path(path)
    again = window.current_scene()
    ys = [again.cards[i].pos().y() for i in expected]
    assert ys == sorted(ys)


def test_drop_outside_every_column_puts_the_card_back(window):
    scene, view, path = window.current_scene(), window.view, window.file.path
    phase = phases(window)[0]
    card = scene.cards[phase.cards[1].id]
    home = card.pos()
    before = stored_order(path, phase.id)
    view.centerOn(card)
    drag(view, centre(card), QPointF(centre(card).x(), scene.style.margin / 2), steps=6)  # above the grid
    assert stored_order(path, phase.id) == before
    assert card.pos() == home
    assert window.stack.count() == 0


def test_live_marker_and_room_while_dragging(window):
    scene, view = window.current_scene(), window.view
    first, second = phases(window)[:2]
    card = scene.cards[first.cards[0].id]
    target = scene.cards[second.cards[0].id]
    top_before = target.pos().y()
    view.centerOn(card)
    drag(view, centre(card), QPointF(centre(target).x(), target.sceneBoundingRect().top() + 3), release=False)
    assert scene.marker.isVisible()
    assert target.pos().y() > top_before  # the other cards made room
    drag(
        view,
        QPointF(centre(target).x(), target.sceneBoundingRect().top() + 3),
        QPointF(centre(target).x(), target.sceneBoundingRect().top() + 3),
        steps=1,
    )
    assert not scene.marker.isVisible()


def test_drag_a_multi_selection_keeps_their_order(window):
    scene, view, path = window.current_scene(), window.view, window.file.path
    first, third = phases(window)[0], phases(window)[2]
    a, b = first.cards[1].id, first.cards[3].id
    view.centerOn(scene.cards[a])
    click(view, centre(scene.cards[a]))
    click(view, centre(scene.cards[b]), modifiers=Qt.KeyboardModifier.ControlModifier)
    assert set(scene.selected_card_ids()) == {a, b}
    end_card = scene.cards[third.cards[-1].id]
    drag(
        view,
        centre(scene.cards[a]),
        QPointF(centre(end_card).x(), end_card.sceneBoundingRect().bottom() + 10),
    )
    assert stored_order(path, third.id)[-2:] == [a, b]
    window.actions_.undo.trigger()
    assert a in stored_order(path, first.id) and b in stored_order(path, first.id)


def test_drag_a_phase_header_to_another_place(window):
    scene, view, path = window.current_scene(), window.view, window.file.path
    journey = window.document.get(window.journey_id)
    prepare = journey.stages[0]
    order = [p.id for p in prepare.phases]
    header = scene.phases[order[0]]
    last = scene.phases[order[2]]
    view.centerOn(header)
    drag(view, centre(header), QPointF(last.sceneBoundingRect().right() - 5, centre(last).y()))
    expected = [order[1], order[2], order[0], order[3]]
    file, _workshop = WorkshopFile.open(path, read_only=True)
    stored = [
        r[0]
        for r in file.db.execute("SELECT id FROM phases WHERE stage_id=? ORDER BY position", [prepare.id])
    ]
    file.close()
    assert stored == expected
    window.actions_.undo.trigger()
    assert [p.id for p in window.document.get(prepare.id).phases] == order


def test_drag_a_stage_band(window):
    scene, view = window.current_scene(), window.view
    journey = window.document.get(window.journey_id)
    ids = [s.id for s in journey.stages]
    band = scene.stages[ids[0]]
    target = scene.stages[ids[1]]
    view.centerOn(target)
    view.horizontalScrollBar().setValue(0)
    drag(
        view,
        QPointF(band.sceneBoundingRect().left() + 20, centre(band).y()),
        QPointF(target.sceneBoundingRect().right() - 5, centre(target).y()),
    )
    assert [s.id for s in window.document.get(window.journey_id).stages] == [ids[1], ids[0], ids[2], ids[3]]


def test_far_out_the_columns_draw_the_cards_and_a_drag_still_works(window):
    scene, view, path = window.current_scene(), window.view, window.file.path
    first, second = phases(window)[:2]
    card_id = first.cards[0].id
    view.set_zoom(0.15)
    assert scene.compact and not scene.cards[card_id].isVisible()
    assert scene.columns[first.id].compact_cards
    target = scene.cards[second.cards[-1].id]
    drag(
        view,
        centre(scene.cards[card_id]),
        QPointF(centre(target).x(), target.sceneBoundingRect().bottom() + 20),
    )
    assert stored_order(path, second.id)[-1] == card_id
    view.set_zoom(1.0)
    assert not scene.compact and scene.cards[second.cards[0].id].isVisible()


def test_showing_the_scene_anew_during_a_drag_puts_the_cards_back(window):
    scene, view, path = window.current_scene(), window.view, window.file.path
    first, second = phases(window)[:2]
    card = scene.cards[first.cards[0].id]
    home = card.pos()
    target = scene.cards[second.cards[0].id]
    view.centerOn(card)
    drop = QPointF(centre(target).x(), target.sceneBoundingRect().top() + 3)
    drag(view, centre(card), drop, release=False)
    assert scene.marker.isVisible() and card.pos() != home
    view.set_scene(scene, window.canvas_edits)  # as switching journeys does
    assert not scene.marker.isVisible()
    assert card.pos() == home and card.opacity() == 1.0 and card.zValue() == 0
    send(view.viewport(), QEvent.Type.MouseButtonRelease, view.mapFromScene(drop), buttons=NONE)
    assert stored_order(path, first.id)[0] == card.card_id
    assert window.stack.count() == 0


def test_the_middle_button_pans_the_map(window):
    view = window.view
    view.set_zoom(2.0)
    bar = view.horizontalScrollBar()
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    viewport, middle = view.viewport(), Qt.MouseButton.MiddleButton
    start = QPoint(400, 300)
    send(viewport, QEvent.Type.MouseButtonPress, start, button=middle, buttons=middle)
    send(viewport, QEvent.Type.MouseMove, start + QPoint(-120, 0), button=NONE, buttons=middle)
    send(viewport, QEvent.Type.MouseButtonRelease, start + QPoint(-120, 0), button=middle, buttons=NONE)
    assert bar.value() == before + 120
    assert window.stack.count() == 0


def test_a_card_held_at_the_edge_scrolls_the_map_and_lands_in_an_offscreen_column(window, qtbot):
    scene, view, path = window.current_scene(), window.view, window.file.path
    view.set_zoom(1.0)
    first, last = phases(window)[0], phases(window)[-1]
    card = first.cards[0]
    bar = view.horizontalScrollBar()
    bar.setValue(0)
    assert (
        not view.mapToScene(view.viewport().rect())
        .boundingRect()
        .intersects(scene.cards[last.cards[0].id].sceneBoundingRect())
    )  # the last column is off screen
    viewport = view.viewport()
    start = view.mapFromScene(centre(scene.cards[card.id]))
    edge = QPoint(viewport.width() - 4, start.y())
    send(viewport, QEvent.Type.MouseButtonPress, start)
    for i in range(1, 9):
        send(viewport, QEvent.Type.MouseMove, start + (edge - start) * (i / 8), button=NONE)
    qtbot.waitUntil(lambda: bar.value() == bar.maximum(), timeout=15000)  # held there: it scrolls
    # back off the edge over the last column, then drop on its first card
    target = view.mapFromScene(centre(scene.cards[last.cards[0].id]))
    assert 0 < target.x() < viewport.width()
    send(viewport, QEvent.Type.MouseMove, target, button=NONE)
    value = bar.value()
    qtbot.wait(100)
    assert bar.value() == value  # away from the edge it stops
    send(viewport, QEvent.Type.MouseButtonRelease, target, buttons=NONE)
    assert card.id in stored_order(path, last.id)
    assert card.id not in stored_order(path, first.id)


def test_phase_headers_stay_in_sight_while_the_cards_scroll_under_them(window, qtbot):
    from PySide6.QtGui import QColor

    scene, view = window.current_scene(), window.view
    view.set_zoom(1.0)
    phase = phases(window)[1]
    header = scene.phases[phase.id]
    view.horizontalScrollBar().setValue(0)
    bar = view.verticalScrollBar()
    assert bar.maximum() > 300
    bar.setValue(bar.maximum())
    qtbot.wait(20)
    image = view.viewport().grab().toImage()
    # where the header would be drawn pinned: its own offset under the top of the view
    visible_top = view.mapToScene(0, 0).y()
    strip_top = min(i.sceneBoundingRect().top() for i in scene.stages.values())
    pinned = header.sceneBoundingRect().translated(0, visible_top - strip_top)
    assert not header.sceneBoundingRect().intersects(view.mapToScene(view.viewport().rect()).boundingRect())
    point = view.mapFromScene(pinned.left() + 6, pinned.center().y())
    assert QColor(image.pixel(point)).name() == header.fill().name()
    bar.setValue(0)  # scrolled back: the headers are where they belong and nothing is pinned twice
    qtbot.wait(20)
    image = view.viewport().grab().toImage()
    point = view.mapFromScene(header.sceneBoundingRect().left() + 6, header.sceneBoundingRect().center().y())
    assert QColor(image.pixel(point)).name() == header.fill().name()
