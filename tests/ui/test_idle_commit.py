"""A field being typed into commits after a second without a keystroke, so a flat battery costs at
most a second of typing; the whole run of typing stays one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from shoppermap.ui.inspector.fields import IDLE_COMMIT_MS

from .test_edit_gateway import phases
from .test_unsaved_state import labels_in_file


def test_a_pause_in_typing_a_label_commits_it_and_the_run_is_one_undo_step(window, qtbot):
    card = phases(window)[0].cards[0]
    original = card.label.en
    window.current_scene().select_cards([card.id])
    field = window.inspector.card_form.label
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Shelf")
    qtbot.wait(IDLE_COMMIT_MS + 300)
    assert labels_in_file(window.file.path, [card.id]) == ["Shelf"]
    assert field.hasFocus() and field.text() == "Shelf" and field.cursorPosition() == 5
    qtbot.keyClicks(field, " wobbler")
    qtbot.wait(IDLE_COMMIT_MS + 300)
    assert labels_in_file(window.file.path, [card.id]) == ["Shelf wobbler"]
    qtbot.keyClicks(field, " XL")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert labels_in_file(window.file.path, [card.id]) == ["Shelf wobbler XL"]
    assert window.stack.count() == 1
    window.actions_.undo.trigger()
    assert labels_in_file(window.file.path, [card.id]) == [original]


def test_a_pause_in_typing_notes_commits_them(window, qtbot):
    card = phases(window)[0].cards[0]
    window.current_scene().select_cards([card.id])
    notes = window.inspector.card_form.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "Shoppers stop here")
    qtbot.wait(IDLE_COMMIT_MS + 300)
    assert window.document.get(card.id).notes == "Shoppers stop here"
    qtbot.keyClicks(notes, " twice")
    qtbot.wait(IDLE_COMMIT_MS + 300)
    assert window.document.get(card.id).notes == "Shoppers stop here twice"
    assert window.stack.count() == 1


def test_a_new_run_of_typing_is_a_new_undo_step(window, qtbot):
    card = phases(window)[0].cards[0]
    window.current_scene().select_cards([card.id])
    field = window.inspector.card_form.label
    for text in ("First", "Second"):
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.stack.count() == 2
    window.actions_.undo.trigger()
    assert window.document.get(card.id).label.en == "First"


def test_a_pause_in_an_owner_name_commits_nothing_yet(window, qtbot):
    card = phases(window)[0].cards[0]
    window.current_scene().select_cards([card.id])
    owner = window.inspector.card_form.owner
    owner.setFocus()
    qtbot.keyClicks(owner, "An")
    qtbot.wait(IDLE_COMMIT_MS + 300)
    assert (
        window.document.workshop.workshop.owners == [] or "An" not in window.document.workshop.workshop.owners
    )
    assert window.document.get(card.id).owner == ""
