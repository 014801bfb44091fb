"""The value/effort matrix, driven with real mouse events on its viewport: a drag from the tray to a
cell, between cells and back sets value and effort in one undo step; the file holds each drop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from shoppermap.domain.document import Kind
from shoppermap.domain.models import Opportunity, Scenario
from shoppermap.ui.commands import InsertCommand, UpdateCommand
from shoppermap.ui.matrix import layout

from .mouse import click, drag
from .test_votes import phases, stored_opportunity


@pytest.fixture
def matrix(window, qtbot):
    """The window with two actions (one rated 2/4, one not) and the matrix dock in front."""
    cards = phases(window)[0].cards
    rated = Opportunity(pos_tool="wobbler", value=2, effort=4)
    unrated = Opportunity(pos_tool="floor-sticker")
    doc = window.document
    window.editor.apply(
        [
            InsertCommand(doc, Kind.OPPORTUNITY, cards[0].id, 0, rated, "add"),
            InsertCommand(doc, Kind.OPPORTUNITY, cards[1].id, 0, unrated, "add"),
        ],
        text="add",
    )
    window.stack.clear()
    window.matrix_dock.show()
    window.matrix_dock.raise_()
    window.resizeDocks([window.matrix_dock], [620], Qt.Orientation.Vertical)
    QApplication.processEvents()
    window.matrix.view.fit()
    return window, rated.id, unrated.id, cards


def centre(window, opportunity_id: str) -> QPointF:
    chip = window.matrix.scene.chips[opportunity_id]
    return chip.sceneBoundingRect().center()


def stored_rating(window, opportunity_id: str) -> tuple[int | None, int | None]:
    o = stored_opportunity(window.file.path, opportunity_id)
    return o.value, o.effort


def test_the_tray_holds_the_unrated_and_the_grid_the_rated(matrix):
    window, rated, unrated, _cards = matrix
    scene = window.matrix.scene
    assert scene.chips[unrated].spot.in_tray
    assert layout.cell_rect(2, 4).contains(centre(window, rated))
    assert layout.tray_rect(1).contains(centre(window, unrated))


def test_dragging_from_the_tray_to_a_cell_rates_the_action_in_one_undo_step(matrix):
    window, _rated, unrated, _cards = matrix
    view = window.matrix.view
    drag(view, centre(window, unrated), layout.cell_rect(5, 1).center())
    assert stored_rating(window, unrated) == (5, 1)
    assert window.stack.count() == 1
    assert layout.cell_rect(5, 1).contains(centre(window, unrated))  # the new chip sits in the cell
    window.actions_.undo.trigger()
    assert stored_rating(window, unrated) == (None, None)
    assert window.matrix.scene.chips[unrated].spot.in_tray
    window.actions_.redo.trigger()
    assert stored_rating(window, unrated) == (5, 1)


def test_dragging_between_cells_and_back_to_the_tray(matrix):
    window, rated, _unrated, _cards = matrix
    view = window.matrix.view
    drag(view, centre(window, rated), layout.cell_rect(4, 2).center())
    assert stored_rating(window, rated) == (4, 2)
    drag(view, centre(window, rated), layout.tray_rect(1).center())
    assert stored_rating(window, rated) == (None, None)
    assert window.stack.count() == 2
    window.actions_.undo.trigger()
    assert stored_rating(window, rated) == (4, 2)


def test_a_drop_outside_the_grid_or_on_its_own_cell_changes_nothing(matrix):
    window, rated, _unrated, _cards = matrix
    view = window.matrix.view
    before = centre(window, rated)
    drag(view, before, QPointF(5, 5))
    drag(view, before, before + QPointF(30, 10))
    assert stored_rating(window, rated) == (2, 4)
    assert window.stack.count() == 0
    assert centre(window, rated) == before


def test_a_click_on_a_chip_selects_its_card_on_the_map(matrix):
    window, rated, _unrated, cards = matrix
    click(window.matrix.view, centre(window, rated))
    assert window.current_scene().selected_card_ids() == [cards[0].id]


def test_the_matrix_follows_the_inspector_and_the_scenario_switch(matrix):
    window, rated, unrated, _cards = matrix
    doc = window.document
    scenario = Scenario(name="Base")
    window.editor.apply([InsertCommand(doc, Kind.SCENARIO, None, 0, scenario, "add")], text="add")
    window.editor.apply([UpdateCommand(doc, rated, {"scenarios": [scenario.id]}, "x")], text="x")
    window.editor.apply([UpdateCommand(doc, unrated, {"value": 3, "effort": 3}, "x")], text="x")
    assert layout.cell_rect(3, 3).contains(centre(window, unrated))
    other = Scenario(name="Other")
    window.editor.apply([InsertCommand(doc, Kind.SCENARIO, None, 1, other, "add")], text="add")
    window.scenario_switch.set_current(other.id)
    assert set(window.matrix.scene.chips) == {unrated}  # in no scenario: in every one
    window.scenario_switch.set_current(None)
    assert set(window.matrix.scene.chips) == {rated, unrated}


def test_export_picture_draws_the_matrix_while_it_is_in_front(matrix, tmp_path):
    window, _rated, _unrated, _cards = matrix
    pictures = window.picture_actions
    assert pictures.shown_view() is not None
    assert "matrix" in pictures.suggested_path().name
    assert pictures.export_to(tmp_path / "front.png")
    matrix_size = QImage(str(tmp_path / "front.png")).size()
    window.matrix_dock.hide()
    QApplication.processEvents()
    assert pictures.shown_view() is None
    assert pictures.export_to(tmp_path / "map.png")
    assert QImage(str(tmp_path / "map.png")).size() != matrix_size


def test_the_matrix_follows_the_filter_bar(matrix, qtbot):
    window, rated, unrated, cards = matrix
    doc = window.document
    window.editor.apply([UpdateCommand(doc, cards[0].id, {"moment_of_truth": True}, "x")], text="x")
    window.actions_.filter_bar.setChecked(True)
    bar = window.filter_bar
    qtbot.mouseClick(bar.flags["moment_of_truth"], Qt.MouseButton.LeftButton)
    chips = window.matrix.scene.chips
    assert chips[rated].opacity() == 1.0 and chips[unrated].opacity() < 1.0  # highlighted, as on the map
    bar.mode.setCurrentIndex(bar.mode.findData("only"))
    assert set(window.matrix.scene.chips) == {rated}
    window.actions_.filter_bar.setChecked(False)
    assert set(window.matrix.scene.chips) == {rated, unrated}
    assert window.matrix.scene.chips[unrated].opacity() == 1.0


def test_plus_and_minus_on_the_matrix_vote_for_the_chosen_action(matrix, qtbot):
    window, rated, _unrated, cards = matrix
    view = window.matrix.view
    click(view, centre(window, rated))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert stored_opportunity(window.file.path, rated).votes == 1
    assert window.stack.count() == 3
    assert window.document.get(cards[0].id).votes == 0  # the action's votes, not its card's
    assert window.matrix.scene.chips[rated].isSelected()  # still chosen after each redraw


def test_a_read_only_workshop_cannot_be_rated_by_dragging(matrix, qtbot):
    window, rated, _unrated, cards = matrix
    path = window.file.path
    assert window.open_path(path, read_only=True, quiet=True)
    window.matrix_dock.show()
    QApplication.processEvents()
    window.matrix.view.fit()
    drag(window.matrix.view, centre(window, rated), layout.cell_rect(5, 5).center())
    assert stored_rating(window, rated) == (2, 4)
    assert layout.cell_rect(2, 4).contains(centre(window, rated))
    window.current_scene().select_cards([cards[0].id])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Plus)
    assert window.document.get(cards[0].id).votes == 0
