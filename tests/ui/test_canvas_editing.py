"""Editing on the canvas: in-place labels, new cards, duplicate, copy/cut/paste between journeys and
workshops, stages and phases; each edit is one named undo step written to the workshop file."""

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtWidgets import QApplication

from shoppermap.domain.document import Kind
from shoppermap.domain.library import journey_from_framework
from shoppermap.domain.models import Competitor, Gap, Opportunity
from shoppermap.storage import WorkshopFile
from shoppermap.ui.app import build_window
from shoppermap.ui.commands import InsertCommand

from ..helpers import library, make_file
from .conftest import stored_order
from .mouse import click, double_click

CTRL = Qt.KeyboardModifier.ControlModifier


def phases(window, journey_id=None):
    journey = window.document.get(journey_id or window.journey_id)
    return [p for s in journey.stages for p in s.phases]


def query(path, sql: str, params=()) -> list[tuple]:
    """Rows from the file as stored (a fresh read-only connection)."""
    file, _workshop = WorkshopFile.open(path, read_only=True)
    try:
        return [tuple(r) for r in file.db.execute(sql, list(params)).fetchall()]
    finally:
        file.close()


def key(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key on the canvas of `window`."""
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=1000)
    window.view.setFocus()
    qtbot.keyClick(window.view, key, modifiers)


def centre(item) -> QPointF:
    return item.sceneBoundingRect().center()


def annotate(window, card_id: str) -> tuple[str, str, str]:
    """Give a card an opportunity and a gap that answers it, naming a competitor; returns their ids."""
    competitor = Competitor(name="Brand X")
    opportunity = Opportunity(pos_tool="wobbler", description="Wobbler at eye level", retailer="Żabka")
    gap = Gap(competitor=competitor.id, description="Brand X owns the shelf", opportunity=opportunity.id)
    doc = window.document
    window.editor.apply(
        [InsertCommand(doc, Kind.COMPETITOR, None, 0, competitor, "competitor")], text="competitor"
    )
    window.editor.apply(
        [InsertCommand(doc, Kind.OPPORTUNITY, card_id, 0, opportunity, "opportunity")], text="opportunity"
    )
    window.editor.apply([InsertCommand(doc, Kind.GAP, card_id, 0, gap, "gap")], text="gap")
    window.stack.clear()
    return competitor.id, opportunity.id, gap.id


@pytest.fixture
def other_window(qtbot, tmp_path):
    """A second window on a second workshop file (a workshop of another team)."""
    folder = tmp_path / "other"
    folder.mkdir()
    path = folder / "other.shoppermap"
    file, _ = make_file(path, title="Other workshop")
    file.close()
    win = build_window(
        library(), settings=QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(win)
    assert win.open_path(path)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.view.set_zoom(1.0)
    yield win
    win.close()


# --- in place -------------------------------------------------------------------------------


def test_double_click_a_card_edits_its_label_in_place(window, qtbot):
    scene, view, path = window.current_scene(), window.view, window.file.path
    card = phases(window)[0].cards[0]
    old = card.label.en
    view.centerOn(scene.cards[card.id])
    double_click(view, centre(scene.cards[card.id]))
    editor = view.inline_editor()
    assert editor is not None and editor.text() == old
    qtbot.keyClicks(editor, "Friends recommend our brand")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert view.inline_editor() is None  # Enter saves and closes; it does not open another editor
    assert query(path, "SELECT label_en FROM cards WHERE id=?", [card.id]) == [
        ("Friends recommend our brand",)
    ]
    assert window.stack.undoText() == f"Rename '{old}' to 'Friends recommend our brand'"
    window.actions_.undo.trigger()
    assert query(path, "SELECT label_en FROM cards WHERE id=?", [card.id]) == [(old,)]


def test_double_click_below_the_last_card_adds_a_custom_card_there(window, qtbot):
    scene, view, path = window.current_scene(), window.view, window.file.path
    phase = phases(window)[3]  # one card: plenty of empty column under it
    before = stored_order(path, phase.id)
    last = scene.cards[before[-1]]
    spot = QPointF(centre(last).x(), last.sceneBoundingRect().bottom() + 40)
    view.centerOn(spot)
    double_click(view, spot)
    editor = view.inline_editor()
    assert editor is not None and editor.text() == ""
    qtbot.keyClicks(editor, "Store app push message")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert view.inline_editor() is None
    after = stored_order(path, phase.id)
    assert after[:-1] == before and len(after) == len(before) + 1
    assert query(path, "SELECT label_en, touchpoint FROM cards WHERE id=?", [after[-1]]) == [
        ("Store app push message", None)
    ]
    assert window.stack.count() == 1
    assert window.stack.undoText() == "Add 'Store app push message'"
    window.actions_.undo.trigger()
    assert stored_order(path, phase.id) == before


def test_double_click_between_two_cards_adds_the_card_between_them(window, qtbot):
    scene, view, path = window.current_scene(), window.view, window.file.path
    phase = phases(window)[0]
    before = stored_order(path, phase.id)
    upper, lower = scene.cards[before[1]], scene.cards[before[2]]
    spot = QPointF(
        centre(upper).x(), (upper.sceneBoundingRect().bottom() + lower.sceneBoundingRect().top()) / 2
    )
    view.centerOn(spot)
    double_click(view, spot)
    qtbot.keyClicks(view.inline_editor(), "Radio spot")
    qtbot.keyClick(view.inline_editor(), Qt.Key.Key_Return)
    after = stored_order(path, phase.id)
    assert [*before[:2], after[2], *before[2:]] == after
    assert query(path, "SELECT label_en FROM cards WHERE id=?", [after[2]]) == [("Radio spot",)]


def test_double_click_a_phase_header_renames_the_phase(window, qtbot):
    scene, view, path = window.current_scene(), window.view, window.file.path
    phase = phases(window)[1]
    old_en, old_pl = phase.label.en, phase.label.pl
    header = scene.phases[phase.id]
    view.centerOn(header)
    double_click(view, centre(header))
    editor = view.inline_editor()
    assert editor is not None and editor.text() == old_en
    qtbot.keyClicks(editor, "Compares prices")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert view.inline_editor() is None
    assert query(path, "SELECT label_en, label_pl FROM phases WHERE id=?", [phase.id]) == [
        ("Compares prices", old_pl)
    ]
    assert window.stack.undoText() == f"Rename '{old_en}' to 'Compares prices'"
    assert window.current_scene().phases[phase.id].label() == "Compares prices"
    window.actions_.undo.trigger()
    assert query(path, "SELECT label_en FROM phases WHERE id=?", [phase.id]) == [(old_en,)]
    window.actions_.redo.trigger()
    assert query(path, "SELECT label_en FROM phases WHERE id=?", [phase.id]) == [("Compares prices",)]


def test_closing_the_workshop_closes_an_open_inline_editor(window, qtbot):
    scene, path = window.current_scene(), window.file.path
    card = phases(window)[0].cards[0]
    scene.select_cards([card.id])
    key(qtbot, window, Qt.Key.Key_F2)
    qtbot.keyClicks(window.view.inline_editor(), "Typed while closing")
    window.close_workshop()
    # an editor left open would write into the closed file when it loses focus
    assert window.view.inline_editor() is None
    window.close()
    assert query(path, "SELECT label_en FROM cards WHERE id = ?", [card.id])  # the file is intact


def test_undo_that_removes_the_card_being_edited_closes_the_editor(window, qtbot):
    scene, path = window.current_scene(), window.file.path
    phase = phases(window)[0]
    custom = window.canvas_edits.add_card(phase.id, 0, "Our own leaflet")
    window.view.edit_label(window.current_scene().cards[custom])
    editor = window.view.inline_editor()
    qtbot.keyClicks(editor, "Renamed too late")
    window.actions_.undo.trigger()  # the toolbar button takes no focus: the editor is still open
    assert custom not in scene.cards
    assert window.view.inline_editor() is None
    assert query(path, "SELECT count(*) FROM cards WHERE id = ?", [custom]) == [(0,)]


# --- duplicate, copy, cut, paste ------------------------------------------------------------


def test_ctrl_d_duplicates_a_card_with_its_annotations_under_new_ids(window, qtbot):
    scene, path = window.current_scene(), window.file.path
    phase = phases(window)[0]
    card = phase.cards[1]
    competitor, opportunity, gap = annotate(window, card.id)
    before = stored_order(path, phase.id)
    scene.select_cards([card.id])
    key(qtbot, window, Qt.Key.Key_D, CTRL)
    after = stored_order(path, phase.id)
    assert len(after) == len(before) + 1
    copy = after[2]  # just after the original
    assert copy != card.id
    assert window.current_scene().selected_card_ids() == [copy]
    assert query(path, "SELECT label_en, touchpoint FROM cards WHERE id=?", [copy]) == [
        (card.label.en, card.touchpoint)
    ]
    opportunities = query(path, "SELECT id, description FROM opportunities WHERE card_id=?", [copy])
    assert len(opportunities) == 1 and opportunities[0][0] != opportunity
    assert opportunities[0][1] == "Wobbler at eye level"
    gaps = query(path, "SELECT id, opportunity_id, competitor_id FROM gaps WHERE card_id=?", [copy])
    assert len(gaps) == 1 and gaps[0][0] != gap
    assert gaps[0][1] == opportunities[0][0]  # the copied gap is answered by the copied opportunity
    assert gaps[0][2] == competitor
    assert window.stack.count() == 1
    assert window.stack.undoText() == "Duplicate 1 card(s)"
    window.actions_.undo.trigger()
    assert stored_order(path, phase.id) == before
    assert query(path, "SELECT count(*) FROM opportunities WHERE card_id=?", [copy]) == [(0,)]
    assert query(path, "SELECT count(*) FROM gaps") == [(1,)]
    window.actions_.redo.trigger()
    assert stored_order(path, phase.id) == after


def test_copy_and_paste_into_another_journey_of_the_workshop(window, qtbot):
    scene, path = window.current_scene(), window.file.path
    first = phases(window)[0]
    copied = [first.cards[0], first.cards[2]]
    annotate(window, copied[0].id)
    first_journey = window.journey_id
    scene.select_cards([c.id for c in copied])
    key(qtbot, window, Qt.Key.Key_C, CTRL)
    assert window.stack.count() == 0  # copying changes nothing
    window.tabs.add(journey_from_framework(library().get("cx-journey"), name="Online shoppers"))
    second_journey = window.journey_id
    assert second_journey != first_journey
    window.stack.clear()
    target = phases(window)[1]
    before = stored_order(path, target.id)
    window.current_scene().select_cards([before[0]])
    key(qtbot, window, Qt.Key.Key_V, CTRL)
    after = stored_order(path, target.id)
    pasted = after[1:3]
    assert after == [before[0], *pasted, *before[1:]]
    assert [query(path, "SELECT label_en FROM cards WHERE id=?", [i])[0][0] for i in pasted] == [
        c.label.en for c in copied
    ]
    assert not {c.id for c in copied} & set(pasted)
    assert query(path, "SELECT count(*) FROM opportunities WHERE card_id=?", [pasted[0]]) == [(1,)]
    # the same workshop knows the competitor: the gap keeps naming it
    assert query(path, "SELECT competitor_id FROM gaps WHERE card_id=?", [pasted[0]])[0][0] is not None
    assert window.current_scene().selected_card_ids() == pasted
    assert window.stack.count() == 1
    assert window.stack.undoText() == "Paste 2 card(s)"
    # the source journey is untouched
    assert stored_order(path, first.id) == [c.id for c in first.cards]
    window.actions_.undo.trigger()
    assert stored_order(path, target.id) == before
    window.actions_.redo.trigger()
    assert stored_order(path, target.id) == after


def test_copy_in_one_workshop_and_paste_into_another(window, other_window, qtbot):
    card = phases(window)[0].cards[3]
    competitor, _opportunity, _gap = annotate(window, card.id)
    window.current_scene().select_cards([card.id])
    key(qtbot, window, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text() == card.label.en
    other_path = other_window.file.path
    target = phases(other_window)[4]
    before = stored_order(other_path, target.id)
    other_window.current_scene().clearSelection()
    key(qtbot, other_window, Qt.Key.Key_V, CTRL)
    # nothing selected: the cards go to the end of the first column
    first_other = phases(other_window)[0]
    stored = stored_order(other_path, first_other.id)
    pasted = stored[-1]
    assert query(other_path, "SELECT label_en, touchpoint FROM cards WHERE id=?", [pasted]) == [
        (card.label.en, card.touchpoint)
    ]
    assert stored_order(other_path, target.id) == before
    assert query(other_path, "SELECT description FROM opportunities WHERE card_id=?", [pasted]) == [
        ("Wobbler at eye level",)
    ]
    # the other workshop has no such competitor: the gap is kept without naming one
    gaps = query(other_path, "SELECT competitor_id, description FROM gaps WHERE card_id=?", [pasted])
    assert gaps == [(None, "Brand X owns the shelf")]
    assert query(other_path, "SELECT count(*) FROM competitors WHERE id=?", [competitor]) == [(0,)]
    assert other_window.stack.undoText() == "Paste 1 card(s)"
    assert window.stack.count() == 0  # the source window has nothing to undo
    other_window.actions_.undo.trigger()
    assert query(other_path, "SELECT count(*) FROM cards WHERE id=?", [pasted]) == [(0,)]


def test_cut_removes_the_cards_and_paste_puts_them_elsewhere(window, qtbot):
    scene, path = window.current_scene(), window.file.path
    first, third = phases(window)[0], phases(window)[2]
    custom = window.canvas_edits.add_card(first.id, 0, "Our own leaflet")
    window.stack.clear()
    scene.select_cards([custom])
    key(qtbot, window, Qt.Key.Key_X, CTRL)
    assert query(path, "SELECT count(*) FROM cards WHERE id=?", [custom]) == [(0,)]
    assert window.stack.count() == 1
    assert window.stack.undoText() == "Delete 'Our own leaflet'"
    scene.select_cards([third.cards[0].id])
    key(qtbot, window, Qt.Key.Key_V, CTRL)
    order = stored_order(path, third.id)
    assert query(path, "SELECT label_en FROM cards WHERE id=?", [order[1]]) == [("Our own leaflet",)]
    assert window.stack.count() == 2
    window.actions_.undo.trigger()
    window.actions_.undo.trigger()
    assert stored_order(path, first.id)[0] == custom


def test_paste_of_foreign_clipboard_text_does_nothing(window, qtbot):
    path = window.file.path
    before = query(path, "SELECT id FROM cards ORDER BY id")
    QApplication.clipboard().setText("just some text")
    window.current_scene().select_cards([phases(window)[0].cards[0].id])
    key(qtbot, window, Qt.Key.Key_V, CTRL)
    assert query(path, "SELECT id FROM cards ORDER BY id") == before
    assert window.stack.count() == 0


def test_select_all_selects_the_journey_and_delete_hides_it_in_one_step(window, qtbot):
    path = window.file.path
    first_journey = window.journey_id
    all_shown = query(path, "SELECT count(*) FROM cards WHERE hidden = 0")[0][0]
    # a small journey keeps this quick: every hidden card is a write of its own
    window.tabs.add(journey_from_framework(library().get("cx-journey"), name="Online shoppers"))
    window.stack.clear()
    scene = window.current_scene()
    shown = len(scene.cards)
    key(qtbot, window, Qt.Key.Key_A, CTRL)
    assert scene.selected_card_ids() == [c.id for _, _, c in window.document.cards(window.journey_id)]
    key(qtbot, window, Qt.Key.Key_Delete)
    assert not scene.cards
    in_journey = """SELECT count(*) FROM cards JOIN phases ON phases.id = cards.phase_id
        JOIN stages ON stages.id = phases.stage_id WHERE hidden = 0 AND journey_id = ?"""
    assert query(path, in_journey, [window.journey_id]) == [(0,)]
    assert query(path, in_journey, [first_journey]) == [(all_shown,)]  # the other journey is untouched
    assert window.stack.count() == 1
    assert window.stack.undoText() == f"Delete {shown} cards"
    window.actions_.undo.trigger()
    assert query(path, in_journey, [window.journey_id]) == [(shown,)]
    assert len(scene.cards) == shown


# --- stages and phases ----------------------------------------------------------------------


def test_add_stage_adds_a_stage_with_one_phase_at_the_end(window):
    path, journey_id = window.file.path, window.journey_id
    stages_before = query(path, "SELECT id FROM stages WHERE journey_id=? ORDER BY position", [journey_id])
    window.actions_.add_stage.trigger()
    stages = query(path, "SELECT id, label_en FROM stages WHERE journey_id=? ORDER BY position", [journey_id])
    assert [s[0] for s in stages[:-1]] == [s[0] for s in stages_before]
    new_stage = stages[-1][0]
    assert stages[-1][1] == "New stage"
    assert query(path, "SELECT label_en FROM phases WHERE stage_id=?", [new_stage]) == [("New phase",)]
    assert new_stage in window.current_scene().stages
    assert window.stack.undoText() == "Add stage 'New stage'"
    window.actions_.undo.trigger()
    assert query(path, "SELECT count(*) FROM stages WHERE id=?", [new_stage]) == [(0,)]
    assert query(path, "SELECT count(*) FROM phases WHERE stage_id=?", [new_stage]) == [(0,)]
    assert new_stage not in window.current_scene().stages
    window.actions_.redo.trigger()
    assert query(path, "SELECT count(*) FROM stages WHERE id=?", [new_stage]) == [(1,)]


def test_add_phase_after_the_selected_phase_header(window):
    scene, view, path = window.current_scene(), window.view, window.file.path
    stage = window.document.get(window.journey_id).stages[1]
    order = [p.id for p in stage.phases]
    header = scene.phases[order[0]]
    view.centerOn(header)
    click(view, centre(header))
    assert header.isSelected()
    window.actions_.add_phase.trigger()
    stored = query(path, "SELECT id, label_en FROM phases WHERE stage_id=? ORDER BY position", [stage.id])
    assert [p[0] for p in stored] == [order[0], stored[1][0], *order[1:]]
    assert stored[1][1] == "New phase"
    assert window.stack.undoText() == "Add phase 'New phase'"
    # the new column is on the canvas, right of the one it follows
    new_scene = window.current_scene()
    assert new_scene.column_x[stored[1][0]] > new_scene.column_x[order[0]]
    window.actions_.undo.trigger()
    assert [
        p[0] for p in query(path, "SELECT id FROM phases WHERE stage_id=? ORDER BY position", [stage.id])
    ] == order


def test_remove_the_selected_phase_and_undo_brings_its_cards_back(window, qtbot):
    scene, view, path = window.current_scene(), window.view, window.file.path
    stage = window.document.get(window.journey_id).stages[0]
    phase = stage.phases[1]
    cards = stored_order(path, phase.id)
    assert cards
    header = scene.phases[phase.id]
    view.centerOn(header)
    click(view, centre(header))
    window.actions_.remove_header.trigger()
    assert query(path, "SELECT count(*) FROM phases WHERE id=?", [phase.id]) == [(0,)]
    assert query(path, "SELECT count(*) FROM cards WHERE phase_id=?", [phase.id]) == [(0,)]
    assert phase.id not in window.current_scene().phases
    assert window.stack.undoText() == f"Remove '{phase.label.en}'"
    window.actions_.undo.trigger()
    assert query(path, "SELECT position FROM phases WHERE id=?", [phase.id]) == [(1,)]
    assert stored_order(path, phase.id) == cards
    assert set(cards) <= set(window.current_scene().cards)
    window.actions_.redo.trigger()
    assert query(path, "SELECT count(*) FROM cards WHERE phase_id=?", [phase.id]) == [(0,)]


def test_delete_key_on_a_selected_stage_band_removes_the_stage(window, qtbot):
    scene, view, path = window.current_scene(), window.view, window.file.path
    stage = window.document.get(window.journey_id).stages[3]
    band = scene.stages[stage.id]
    view.centerOn(band)
    click(view, QPointF(band.sceneBoundingRect().left() + 20, centre(band).y()))
    key(qtbot, window, Qt.Key.Key_Delete)
    assert query(path, "SELECT count(*) FROM stages WHERE id=?", [stage.id]) == [(0,)]
    assert window.stack.count() == 1
    assert window.statusBar().currentMessage().endswith("— Ctrl+Z brings it back.")
    window.actions_.undo.trigger()
    assert query(path, "SELECT position FROM stages WHERE id=?", [stage.id]) == [(3,)]
    assert len(query(path, "SELECT id FROM phases WHERE stage_id=?", [stage.id])) == len(stage.phases)
