"""Undo of a multi-card drag puts every card back in its old order, on the map and in the file."""

from PySide6.QtCore import QPointF, Qt

from .conftest import stored_order
from .mouse import click, drag


def centre(item) -> QPointF:
    return item.sceneBoundingRect().center()


def test_undo_of_a_drag_of_two_cards_out_of_one_column_restores_its_order(window):
    scene, view, path = window.current_scene(), window.view, window.file.path
    journey = window.document.get(window.journey_id)
    first, third = journey.stages[0].phases[0], journey.stages[0].phases[2]
    a, b = first.cards[1].id, first.cards[3].id
    before_first, before_third = stored_order(path, first.id), stored_order(path, third.id)
    view.centerOn(scene.cards[a])
    click(view, centre(scene.cards[a]))
    click(view, centre(scene.cards[b]), modifiers=Qt.KeyboardModifier.ControlModifier)
    end_card = scene.cards[third.cards[-1].id]
    drag(
        view,
        centre(scene.cards[a]),
        QPointF(centre(end_card).x(), end_card.sceneBoundingRect().bottom() + 10),
    )
    assert stored_order(path, third.id) == [*before_third, a, b]
    window.actions_.undo.trigger()
    assert [card.id for card in first.cards] == before_first
    assert stored_order(path, first.id) == before_first
    assert stored_order(path, third.id) == before_third
    window.actions_.redo.trigger()
    assert stored_order(path, third.id) == [*before_third, a, b]
    window.actions_.undo.trigger()
    assert stored_order(path, first.id) == before_first
