"""Selection and find on the canvas at every zoom, announced once per user action."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from .mouse import NONE, click, send

FAR_OUT = 0.1  # below the zoom where columns draw their cards as blocks


def phases(window):
    return [p for s in window.document.get(window.journey_id).stages for p in s.phases]


def map_order(window) -> list[str]:
    return [c.id for _, _, c in window.document.cards(window.journey_id) if not c.hidden]


def pixel_at(view, scene_point: QPointF) -> QColor:
    """The colour the viewport shows at a scene point, painted afresh."""
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    return image.pixelColor(view.mapFromScene(scene_point))


def block_centre(scene, card_id: str) -> QPointF:
    """The middle of a card's block, right of its status stripe."""
    item = scene.cards[card_id]
    return QPointF(item.x_ + scene.style.column_width * 0.6, item.y_ + item.height() / 2)


def test_select_all_far_out_selects_every_card_and_the_columns_show_it(window, qtbot):
    scene, view = window.current_scene(), window.view
    view.set_zoom(FAR_OUT)
    assert scene.compact
    window.actions_.select_all.trigger()
    assert scene.selected_card_ids() == map_order(window)
    first = phases(window)[0].cards[0].id
    view.centerOn(QPointF(block_centre(scene, first)))
    assert pixel_at(view, block_centre(scene, first)) == QColor(scene.style.selection)
    # back at 100 %, the cards draw themselves, still selected
    view.set_zoom(1.0)
    assert scene.cards[first].isVisible() and scene.cards[first].isSelected()
    assert scene.selected_card_ids() == map_order(window)


def test_a_click_on_the_background_far_out_clears_a_select_all(window):
    scene, view = window.current_scene(), window.view
    view.set_zoom(FAR_OUT)
    window.actions_.select_all.trigger()
    corner = QPoint(view.viewport().width() - 5, view.viewport().height() - 5)
    assert scene.card_at(view.mapToScene(corner)) is None
    send(view.viewport(), QEvent.Type.MouseButtonPress, corner)
    send(view.viewport(), QEvent.Type.MouseButtonRelease, corner, buttons=NONE)
    assert scene.selected_card_ids() == []


def test_select_all_tells_the_inspector_once_and_it_shows_the_count(window):
    calls = []
    window.selection_listeners.append(calls.append)
    window.actions_.select_all.trigger()
    everything = map_order(window)
    assert calls == [everything]
    assert window.inspector.title.text() == f"{len(everything)} cards selected"


def test_a_delete_of_many_cards_tells_the_inspector_once(window):
    scene = window.current_scene()
    ids = [c.id for c in phases(window)[0].cards[:3]]
    scene.select_cards(ids)
    calls = []
    window.selection_listeners.append(calls.append)
    window.actions_.delete.trigger()
    assert calls == [[]]
    assert not any(card_id in scene.cards for card_id in ids)


def test_ctrl_click_far_out_adds_to_a_selection_of_blocks(window):
    scene, view = window.current_scene(), window.view
    first, second = phases(window)[:2]
    view.set_zoom(FAR_OUT)
    scene.select_cards([first.cards[0].id])
    click(view, block_centre(scene, second.cards[0].id), modifiers=Qt.KeyboardModifier.ControlModifier)
    assert scene.selected_card_ids() == [first.cards[0].id, second.cards[0].id]


def test_find_highlights_its_hits_far_out(window, qtbot):
    scene, view = window.current_scene(), window.view
    card = phases(window)[0].cards[0]
    view.set_zoom(FAR_OUT)
    view.centerOn(block_centre(scene, card.id))
    before = pixel_at(view, block_centre(scene, card.id))
    window.find_bar.open()
    qtbot.keyClicks(window.find_bar.field, card.label.en)
    assert card.id in window.find_bar.hits
    assert before != QColor(scene.style.highlight)
    assert pixel_at(view, block_centre(scene, card.id)) == QColor(scene.style.highlight)


def test_moving_a_card_repaints_its_column_and_not_the_rest_of_the_map(window, qtbot):
    scene = window.current_scene()
    first, last = phases(window)[0], phases(window)[-1]
    moving = first.cards[0].id
    scene.select_cards([moving])
    QApplication.processEvents()
    repainted = []
    scene.changed.connect(repainted.extend)
    qtbot.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()
    assert [c.id for c in first.cards][1] == moving
    elsewhere = scene.columns[last.id].sceneBoundingRect() | scene.phases[last.id].sceneBoundingRect()
    assert repainted
    assert not any(rect.intersects(elsewhere) for rect in repainted)


def test_so_far_out_that_gaps_vanish_a_column_draws_runs_of_blocks_and_still_shows_a_hit(window, qtbot):
    from shoppermap.ui.canvas.view import MIN_ZOOM

    scene, view = window.current_scene(), window.view
    phase = max(phases(window), key=lambda p: len(p.cards))
    column = scene.columns[phase.id]
    view.set_zoom(MIN_ZOOM)  # 5 %: the 8-unit gaps between cards are under half a pixel
    assert scene.compact
    one_by_one = column._batches_at(1.0)[0]
    runs = column._batches_at(MIN_ZOOM)[0]
    assert len(one_by_one) == len(phase.cards) > 3 and len(runs) == 1  # one run spans the column
    assert (runs[0].top(), runs[0].bottom()) == (one_by_one[0].top(), one_by_one[-1].bottom())
    # a find hit among them is its own run, drawn in the highlight colour over the others
    card = phase.cards[len(phase.cards) // 2]
    view.centerOn(block_centre(scene, card.id))
    window.find_bar.open()
    qtbot.keyClicks(window.find_bar.field, card.label.en)
    assert card.id in window.find_bar.hits
    boxes, _dimmed, _stripes, hits, _chosen = column._batches_at(MIN_ZOOM)
    assert len(hits) == 1 and len(boxes) <= 2
    assert pixel_at(view, block_centre(scene, card.id)) == QColor(scene.style.highlight)
