"""Dot votes: + and − on the map and the inspector's buttons set the tally, one undo step each,
never below zero; every count is read back from the workshop file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyleOptionGraphicsItem

from shoppermap.domain.document import Kind
from shoppermap.domain.models import Opportunity
from shoppermap.export.workshop_json import workshop_to_data
from shoppermap.storage import WorkshopFile
from shoppermap.ui.canvas.items import VOTE_COLOR
from shoppermap.ui.commands import InsertCommand
from shoppermap.ui.votes import VoteStepper

from .test_canvas_keyboard import card_row


def phases(window):
    journey = window.document.get(window.journey_id)
    return [p for s in journey.stages for p in s.phases]


def press(qtbot, window, key) -> None:
    """Press a key on the map, as a facilitator with the map focused would."""
    window.view.setFocus()
    qtbot.keyClick(window.view, key)
    QApplication.processEvents()


def stored_votes(window, card_id: str) -> int:
    return card_row(window.file.path, card_id)["votes"]


def stored_opportunity(path, opportunity_id: str) -> Opportunity:
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    for journey in workshop.journeys:
        for stage in journey.stages:
            for phase in stage.phases:
                for card in phase.cards:
                    for o in card.opportunities:
                        if o.id == opportunity_id:
                            return o
    raise KeyError(opportunity_id)


def test_plus_and_minus_on_the_map_vote_for_every_selected_card(window, qtbot):
    scene = window.current_scene()
    first, second = phases(window)[0].cards[:2]
    scene.select_cards([first.id, second.id])
    press(qtbot, window, Qt.Key.Key_Plus)
    press(qtbot, window, Qt.Key.Key_Plus)
    assert (stored_votes(window, first.id), stored_votes(window, second.id)) == (2, 2)
    assert window.stack.count() == 2  # one step per key press, for both cards
    press(qtbot, window, Qt.Key.Key_Minus)
    assert (stored_votes(window, first.id), stored_votes(window, second.id)) == (1, 1)
    assert "Remove a vote" in window.stack.undoText()
    window.actions_.undo.trigger()
    assert (stored_votes(window, first.id), stored_votes(window, second.id)) == (2, 2)
    file, workshop = WorkshopFile.open(window.file.path, read_only=True)
    file.close()
    data = workshop_to_data(workshop)
    cards = [c for j in data["journeys"] for s in j["stages"] for p in s["phases"] for c in p["cards"]]
    assert {c["id"]: c.get("votes") for c in cards}[first.id] == 2  # the tally is in the workshop JSON


def test_a_count_never_goes_below_zero(window, qtbot):
    scene = window.current_scene()
    first, second = phases(window)[0].cards[:2]
    scene.select_cards([first.id])
    press(qtbot, window, Qt.Key.Key_Plus)
    scene.select_cards([first.id, second.id])
    press(qtbot, window, Qt.Key.Key_Minus)  # the one at 1 goes to 0, the one at 0 stays
    press(qtbot, window, Qt.Key.Key_Minus)  # nothing left to take: no step
    assert (stored_votes(window, first.id), stored_votes(window, second.id)) == (0, 0)
    assert window.stack.count() == 2


def test_the_edit_menu_adds_a_vote(window, qtbot):
    card = phases(window)[1].cards[0]
    window.current_scene().select_cards([card.id])
    window.actions_.add_vote.trigger()
    assert stored_votes(window, card.id) == 1
    assert window.stack.undoText().startswith("Add a vote to")


def test_the_vote_keys_do_not_take_zoom_keys(window, qtbot):
    card = phases(window)[0].cards[0]
    window.current_scene().select_cards([card.id])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert stored_votes(window, card.id) == 0


def badge_pixels(item) -> int:
    """How many pixels of the card are the vote badge's colour."""
    rect = item.boundingRect()
    image = QImage(round(rect.width()), round(rect.height()), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    wanted = QColor(VOTE_COLOR).rgb()
    return sum(1 for x in range(image.width()) for y in range(image.height()) if image.pixel(x, y) == wanted)


def test_the_badge_is_drawn_only_with_votes(window, qtbot):
    scene = window.current_scene()
    card = phases(window)[0].cards[0]
    assert badge_pixels(scene.cards[card.id]) == 0
    scene.select_cards([card.id])
    press(qtbot, window, Qt.Key.Key_Plus)
    assert scene.cards[card.id].card.votes == 1
    assert "Votes: 1" in scene.cards[card.id].toolTip()
    assert badge_pixels(scene.cards[card.id]) > 100


def _stepper(widget) -> VoteStepper:
    return widget.votes


def test_the_card_forms_buttons_step_the_votes(window, qtbot):
    card = phases(window)[0].cards[2]
    window.current_scene().select_cards([card.id])
    QApplication.processEvents()
    stepper = _stepper(window.inspector.card_form)
    qtbot.mouseClick(stepper.plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(stepper.plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(stepper.plus, Qt.MouseButton.LeftButton)
    assert stored_votes(window, card.id) == 3
    assert stepper.count.text() == "3"
    qtbot.mouseClick(stepper.minus, Qt.MouseButton.LeftButton)
    assert stored_votes(window, card.id) == 2
    assert window.stack.count() == 4  # a step per click
    window.actions_.undo.trigger()
    assert stored_votes(window, card.id) == 3
    assert stepper.count.text() == "3"


def test_the_action_editors_buttons_step_the_actions_votes(window, qtbot):
    card = phases(window)[0].cards[0]
    action = Opportunity(pos_tool="wobbler")
    window.editor.apply(
        [InsertCommand(window.document, Kind.OPPORTUNITY, card.id, 0, action, "add")],
        text="add",
    )
    window.current_scene().select_cards([card.id])
    QApplication.processEvents()
    section = window.inspector.opportunities
    section.list.select(action.id)
    stepper = _stepper(section.editor)
    assert not stepper.minus.isEnabled()  # nothing to take away
    qtbot.mouseClick(stepper.plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(stepper.plus, Qt.MouseButton.LeftButton)
    assert stored_opportunity(window.file.path, action.id).votes == 2
    qtbot.mouseClick(stepper.minus, Qt.MouseButton.LeftButton)
    assert stored_opportunity(window.file.path, action.id).votes == 1
    window.actions_.undo.trigger()
    assert stored_opportunity(window.file.path, action.id).votes == 2
