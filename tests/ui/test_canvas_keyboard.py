"""The canvas by keyboard: arrows move the selection, Alt+arrows move cards, Enter edits, Insert and
Delete add and remove; every edit lands in the workshop file and undoes in one step."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from shoppermap.storage import WorkshopFile

from .conftest import stored_order

ALT = Qt.KeyboardModifier.AltModifier
MUTED = QColor("#9AA0A6")


def phases(window):
    journey = window.document.get(window.journey_id)
    return [p for s in journey.stages for p in s.phases]


def card_row(path, card_id: str) -> dict | None:
    """A card's row as stored in the file (fresh connection), or None when it is not there."""
    file, _workshop = WorkshopFile.open(path, read_only=True)
    try:
        cursor = file.db.execute("SELECT * FROM cards WHERE id = ?", [card_id])
        names = [d[0] for d in cursor.description]
        row = cursor.fetchone()
        return dict(zip(names, row, strict=True)) if row else None
    finally:
        file.close()


def key(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key on the canvas, as a user with the canvas focused would."""
    window.view.setFocus()
    qtbot.keyClick(window.view, key, modifiers)


def selected(window) -> list[str]:
    return window.current_scene().selected_card_ids()


def test_arrow_keys_move_the_selection_within_and_across_columns(window, qtbot):
    scene = window.current_scene()
    first, second, third = phases(window)[:3]
    scene.select_cards([first.cards[1].id])
    key(qtbot, window, Qt.Key.Key_Down)
    assert selected(window) == [first.cards[2].id]
    key(qtbot, window, Qt.Key.Key_Up)
    key(qtbot, window, Qt.Key.Key_Up)
    assert selected(window) == [first.cards[0].id]
    key(qtbot, window, Qt.Key.Key_Up)  # the top stays the top
    assert selected(window) == [first.cards[0].id]
    scene.select_cards([first.cards[3].id])
    key(qtbot, window, Qt.Key.Key_Right)  # same row in the next column
    assert selected(window) == [second.cards[3].id]
    key(qtbot, window, Qt.Key.Key_Right)
    assert selected(window) == [third.cards[3].id]
    key(qtbot, window, Qt.Key.Key_Left)
    key(qtbot, window, Qt.Key.Key_Left)
    assert selected(window) == [first.cards[3].id]
    key(qtbot, window, Qt.Key.Key_Left)  # nothing left of the first column
    assert selected(window) == [first.cards[3].id]
    assert window.stack.count() == 0  # moving the selection is no edit


def test_down_skips_hidden_cards_and_stops_at_the_bottom(window, qtbot):
    scene = window.current_scene()
    phase = phases(window)[0]
    ids = [c.id for c in phase.cards]
    scene.select_cards([ids[1]])
    key(qtbot, window, Qt.Key.Key_Delete)  # hide the second card
    scene.select_cards([ids[0]])
    key(qtbot, window, Qt.Key.Key_Down)
    assert selected(window) == [ids[2]]
    for _ in range(len(ids) + 2):
        key(qtbot, window, Qt.Key.Key_Down)
    assert selected(window) == [ids[-1]]


def test_alt_up_and_down_reorder_a_card_in_its_phase(window, qtbot):
    scene, path = window.current_scene(), window.file.path
    phase = phases(window)[0]
    ids = stored_order(path, phase.id)
    moving = ids[2]
    scene.select_cards([moving])
    key(qtbot, window, Qt.Key.Key_Up, ALT)
    assert stored_order(path, phase.id) == [ids[0], ids[2], ids[1], *ids[3:]]
    assert window.stack.undoText() == f"Move 'I walk past the store' to '{phase.label.en}'"
    assert selected(window) == [moving]  # the card stays selected for the next press
    key(qtbot, window, Qt.Key.Key_Down, ALT)
    key(qtbot, window, Qt.Key.Key_Down, ALT)
    assert stored_order(path, phase.id) == [ids[0], ids[1], ids[3], ids[2], *ids[4:]]
    assert window.stack.count() == 3
    window.actions_.undo.trigger()
    assert stored_order(path, phase.id) == ids
    window.actions_.redo.trigger()
    assert stored_order(path, phase.id) == [ids[0], ids[1], ids[3], ids[2], *ids[4:]]
    # the scene follows the file
    ys = [scene.cards[i].pos().y() for i in stored_order(path, phase.id)]
    assert ys == sorted(ys)


def test_alt_up_on_the_top_card_changes_nothing(window, qtbot):
    scene, path = window.current_scene(), window.file.path
    phase = phases(window)[0]
    before = stored_order(path, phase.id)
    scene.select_cards([before[0]])
    key(qtbot, window, Qt.Key.Key_Up, ALT)
    assert stored_order(path, phase.id) == before
    assert window.stack.count() == 0


def test_alt_right_moves_a_card_to_the_next_phase_at_the_same_row(window, qtbot):
    scene, path = window.current_scene(), window.file.path
    first, second = phases(window)[:2]
    before_first, before_second = stored_order(path, first.id), stored_order(path, second.id)
    moving = before_first[2]
    scene.select_cards([moving])
    key(qtbot, window, Qt.Key.Key_Right, ALT)
    after_second = [*before_second[:2], moving, *before_second[2:]]
    assert stored_order(path, second.id) == after_second
    assert stored_order(path, first.id) == [i for i in before_first if i != moving]
    assert card_row(path, moving)["phase_id"] == second.id
    assert window.stack.undoText().startswith("Move 'I walk past the store' to ")
    assert scene.cards[moving].pos().x() == scene.column_x[second.id]
    window.actions_.undo.trigger()
    assert stored_order(path, first.id) == before_first
    assert stored_order(path, second.id) == before_second
    assert scene.cards[moving].pos().x() == scene.column_x[first.id]
    window.actions_.redo.trigger()
    assert stored_order(path, second.id) == after_second


def test_alt_left_in_the_first_phase_changes_nothing(window, qtbot):
    scene, path = window.current_scene(), window.file.path
    first = phases(window)[0]
    before = stored_order(path, first.id)
    scene.select_cards([before[1]])
    key(qtbot, window, Qt.Key.Key_Left, ALT)
    assert stored_order(path, first.id) == before
    assert window.stack.count() == 0


def test_enter_opens_the_inline_editor_and_typing_renames_the_card(window, qtbot):
    scene, path = window.current_scene(), window.file.path
    card = phases(window)[0].cards[1]
    old_en, old_pl = card.label.en, card.label.pl
    scene.select_cards([card.id])
    key(qtbot, window, Qt.Key.Key_Return)
    editor = window.view.inline_editor()
    assert editor is not None and editor.isVisible()
    assert editor.text() == old_en
    qtbot.keyClicks(editor, "Wobbler  at the shelf ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.view.inline_editor() is None
    row = card_row(path, card.id)
    assert row["label_en"] == "Wobbler at the shelf"  # spaces tidied
    assert row["label_pl"] == old_pl  # the other language keeps its text
    assert window.stack.undoText() == f"Rename '{old_en}' to 'Wobbler at the shelf'"
    assert scene.cards[card.id].label() == "Wobbler at the shelf"
    window.actions_.undo.trigger()
    assert card_row(path, card.id)["label_en"] == old_en
    assert scene.cards[card.id].label() == old_en
    window.actions_.redo.trigger()
    assert card_row(path, card.id)["label_en"] == "Wobbler at the shelf"


def test_f2_edits_too_and_escape_cancels(window, qtbot):
    scene, path = window.current_scene(), window.file.path
    card = phases(window)[1].cards[0]
    scene.select_cards([card.id])
    key(qtbot, window, Qt.Key.Key_F2)
    editor = window.view.inline_editor()
    assert editor is not None
    qtbot.keyClicks(editor, "Never saved")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert window.view.inline_editor() is None
    assert card_row(path, card.id)["label_en"] == card.label.en
    assert window.stack.count() == 0
    assert window.view.hasFocus()  # back on the canvas, ready for the next key


def test_an_empty_label_is_refused_with_a_message(window, qtbot):
    scene, path = window.current_scene(), window.file.path
    card = phases(window)[1].cards[0]
    scene.select_cards([card.id])
    key(qtbot, window, Qt.Key.Key_Return)
    editor = window.view.inline_editor()
    editor.clear()
    qtbot.keyClicks(editor, "   ")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert card_row(path, card.id)["label_en"] == card.label.en
    assert window.stack.count() == 0
    assert window.statusBar().currentMessage() == "A label cannot be empty."


def test_insert_adds_a_custom_card_after_the_selected_one(window, qtbot):
    scene, path = window.current_scene(), window.file.path
    phase = phases(window)[2]
    before = stored_order(path, phase.id)
    scene.select_cards([before[1]])
    key(qtbot, window, Qt.Key.Key_Insert)
    editor = window.view.inline_editor()
    assert editor is not None and editor.text() == ""
    qtbot.keyClicks(editor, "Shelf talker by the bread")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    after = stored_order(path, phase.id)
    assert len(after) == len(before) + 1
    new_id = after[2]
    assert [*before[:2], new_id, *before[2:]] == after
    row = card_row(path, new_id)
    assert row["label_en"] == "Shelf talker by the bread"
    assert row["touchpoint"] is None
    assert row["hidden"] == 0
    assert selected(window) == [new_id]
    assert window.stack.count() == 1
    assert window.stack.undoText() == "Add 'Shelf talker by the bread'"
    window.actions_.undo.trigger()
    assert stored_order(path, phase.id) == before
    assert new_id not in scene.cards
    window.actions_.redo.trigger()
    assert stored_order(path, phase.id) == after
    assert new_id in scene.cards


def test_insert_then_escape_adds_nothing(window, qtbot):
    scene, path = window.current_scene(), window.file.path
    phase = phases(window)[0]
    before = stored_order(path, phase.id)
    scene.select_cards([before[0]])
    key(qtbot, window, Qt.Key.Key_Insert)
    qtbot.keyClicks(window.view.inline_editor(), "Forget me")
    qtbot.keyClick(window.view.inline_editor(), Qt.Key.Key_Escape)
    assert stored_order(path, phase.id) == before
    assert window.stack.count() == 0


def test_delete_hides_a_framework_card_and_undo_brings_it_back(window, qtbot):
    scene, path = window.current_scene(), window.file.path
    phase = phases(window)[0]
    card = phase.cards[2]
    item = window.palette.item_for(card.touchpoint)
    assert item.foreground(0).color() == MUTED  # greyed: it is on the map
    before = stored_order(path, phase.id)
    scene.select_cards([card.id])
    key(qtbot, window, Qt.Key.Key_Delete)
    row = card_row(path, card.id)
    assert row["hidden"] == 1
    assert stored_order(path, phase.id) == before  # hidden, not removed: it keeps its place
    assert card.id not in scene.cards
    assert window.palette.item_for(card.touchpoint).foreground(0).color() != MUTED
    assert window.stack.undoText() == f"Delete '{card.label.en}'"
    window.actions_.undo.trigger()
    assert card_row(path, card.id)["hidden"] == 0
    assert card.id in scene.cards
    assert window.palette.item_for(card.touchpoint).foreground(0).color() == MUTED
    window.actions_.redo.trigger()
    assert card_row(path, card.id)["hidden"] == 1
    assert card.id not in scene.cards


def test_delete_removes_a_custom_card_and_undo_puts_it_back_in_place(window, qtbot):
    scene, path = window.current_scene(), window.file.path
    phase = phases(window)[0]
    scene.select_cards([phase.cards[0].id])
    key(qtbot, window, Qt.Key.Key_Insert)
    qtbot.keyClicks(window.view.inline_editor(), "Our own idea")
    qtbot.keyClick(window.view.inline_editor(), Qt.Key.Key_Return)
    with_custom = stored_order(path, phase.id)
    custom = with_custom[1]
    assert selected(window) == [custom]
    key(qtbot, window, Qt.Key.Key_Delete)
    assert card_row(path, custom) is None
    assert custom not in scene.cards
    assert window.stack.undoText() == "Delete 'Our own idea'"
    window.actions_.undo.trigger()
    assert stored_order(path, phase.id) == with_custom
    assert card_row(path, custom)["label_en"] == "Our own idea"


def test_delete_of_a_mixed_selection_is_one_step(window, qtbot):
    scene, path = window.current_scene(), window.file.path
    phase = phases(window)[1]
    framework_card = phase.cards[0].id
    custom = window.canvas_edits.add_card(phase.id, 1, "Price tag in red")
    window.stack.clear()
    scene.select_cards([framework_card, custom])
    key(qtbot, window, Qt.Key.Key_Delete)
    assert card_row(path, framework_card)["hidden"] == 1
    assert card_row(path, custom) is None
    assert window.stack.count() == 1
    assert window.stack.undoText() == "Delete 2 cards"
    # nothing was asked: the status bar says what went and how to get it back
    assert window.statusBar().currentMessage() == "Delete 2 cards — Ctrl+Z brings it back."
    window.actions_.undo.trigger()
    assert card_row(path, framework_card)["hidden"] == 0
    assert stored_order(path, phase.id)[1] == custom
