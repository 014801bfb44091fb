"""The inspector, driven with real key and mouse events; every value is read back from the file and its JSON."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QWidget

from shoppermap.domain.document import Document, Kind
from shoppermap.domain.labels import Label
from shoppermap.domain.models import Competitor, Gap, Opportunity, Period, Status, Workshop
from shoppermap.export.workshop_json import workshop_to_data
from shoppermap.storage import WorkshopFile
from shoppermap.ui.editor import Editor
from shoppermap.ui.inspector import Inspector

from ..helpers import library, make_file

TRICKY = {
    "emoji": "Promo 😀🛒👍🏽 at the till",
    "polish": "Zażółć gęślą jaźń — ŻÓŁĆ",
    "rtl": "שלום עולם مرحبا",
    "formula": "=SUM(A1)",
    "markup": "<b>x</b> &amp; <i>y</i>",
}
LONG = ("Zażółć gęślą jaźń 😀 שלום =SUM(A1) <b>x</b> " * 300)[:10_000]


@dataclass
class Setup:
    """An inspector on a fresh workshop file, showing one card."""

    path: Path
    file: WorkshopFile
    doc: Document
    stack: QUndoStack
    inspector: Inspector
    card_id: str

    def stored(self) -> Workshop:
        """The workshop as the file holds it, read with a fresh connection."""
        file, workshop = WorkshopFile.open(self.path, read_only=True)
        file.close()
        return workshop

    def stored_card(self, card_id: str | None = None):
        """(card model from the file, card dict from the file's workshop JSON)."""
        card_id = card_id or self.card_id
        workshop = self.stored()
        card = next(
            c
            for j in workshop.journeys
            for s in j.stages
            for p in s.phases
            for c in p.cards
            if c.id == card_id
        )
        data = workshop_to_data(workshop)
        entry = next(
            c
            for j in data["journeys"]
            for s in j["stages"]
            for p in s["phases"]
            for c in p["cards"]
            if c["id"] == card_id
        )
        return card, entry


@pytest.fixture
def ins(qtbot, tmp_path):
    path = tmp_path / "workshop.shoppermap"
    file, doc = make_file(path)
    inspector = Inspector()
    qtbot.addWidget(inspector)
    # owned by a widget, as the window owns its stack: a stack with commands must go down with Qt's
    # objects, never be left to Python's cycle collector, which crashes PySide in QUndoStack::clear
    stack = QUndoStack(inspector)
    inspector.set_context(doc, Editor(doc, stack, inspector), library().pos_tools, "en")
    card_ids = [card.id for _, _, card in doc.cards(doc.workshop.journeys[0].id)]
    inspector.show_cards([card_ids[0]])
    inspector.resize(400, 900)
    inspector.show()
    qtbot.waitExposed(inspector)
    inspector.activateWindow()
    interval = QApplication.keyboardInputInterval()
    QApplication.setKeyboardInputInterval(120)  # a combo's type-to-pick search, kept short for speed
    yield Setup(path, file, doc, stack, inspector, card_ids[0])
    QApplication.setKeyboardInputInterval(interval)
    file.close()


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type `text` with key events; characters beyond ASCII arrive as an input method sends them."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def replace_text(qtbot, widget: QWidget, text: str, *, finish=Qt.Key.Key_Return) -> None:
    """Focus a field, select all, type `text`, then press Return (or Tab to leave it)."""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)
    qtbot.keyClick(widget, finish)


def paste_text(qtbot, widget: QWidget, text: str, *, finish=Qt.Key.Key_Tab) -> None:
    """Replace a field's text by pasting it with Ctrl+V (10,000 keystrokes would take seconds)."""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    QApplication.clipboard().setText(text)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, finish)


def pick(qtbot, combo: QWidget, text: str) -> None:
    """Choose a combo entry by typing its first letters, as a keyboard user does."""
    qtbot.wait(QApplication.keyboardInputInterval() + 30)  # start a fresh search
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClicks(combo, text)
    qtbot.keyClick(combo, Qt.Key.Key_Tab)  # leaving the field commits the choice


def test_empty_selection_shows_what_to_do(ins):
    ins.inspector.show_cards([])
    assert ins.inspector.empty.isVisible()
    assert not ins.inspector.card_form.isVisible()
    ins.inspector.show_cards([ins.card_id])
    assert ins.inspector.card_form.isVisible()
    assert not ins.inspector.empty.isVisible()


@pytest.mark.parametrize("kind", sorted(TRICKY))
def test_card_texts_of_every_kind_survive_in_file_and_json(qtbot, ins, kind):
    text = TRICKY[kind]
    form = ins.inspector.card_form
    original = ins.doc.get(ins.card_id).label

    replace_text(qtbot, form.label, text)
    replace_text(qtbot, form.expectations, text, finish=Qt.Key.Key_Tab)  # committed when focus leaves

    card, entry = ins.stored_card()
    assert card.label.en == text
    assert card.label.pl == original.pl  # only the current language's text changes
    assert card.expectations == text
    assert entry["label"]["en"] == text
    assert entry["expectations"] == text
    assert ins.stack.count() == 2
    assert ins.inspector.title.text() == text  # plain text: markup is shown literally

    ins.stack.undo()
    ins.stack.undo()
    card, entry = ins.stored_card()
    assert card.label == original
    assert entry["expectations"] == ""
    assert form.label.text() == original.en
    assert form.expectations.toPlainText() == ""

    ins.stack.redo()
    ins.stack.redo()
    card, entry = ins.stored_card()
    assert (card.label.en, entry["expectations"]) == (text, text)
    assert form.label.text() == text


def test_ten_thousand_characters_survive_in_text_fields(qtbot, ins):
    form = ins.inspector.card_form
    paste_text(qtbot, form.notes, LONG)
    paste_text(qtbot, form.label, LONG, finish=Qt.Key.Key_Return)
    card, entry = ins.stored_card()
    assert len(LONG) == 10_000
    assert card.notes == LONG
    assert entry["notes"] == LONG
    assert card.label.en == LONG
    ins.stack.undo()
    ins.stack.undo()
    assert ins.stored_card()[0].notes == ""
    assert form.notes.toPlainText() == ""


def test_status_emotion_and_flags(qtbot, ins):
    form = ins.inspector.card_form
    pick(qtbot, form.status, "Crit")
    pick(qtbot, form.emotion, "+2")
    qtbot.mouseClick(form.moment_of_truth, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.quick_win, Qt.MouseButton.LeftButton)

    card, entry = ins.stored_card()
    assert (card.status, card.emotion, card.moment_of_truth, card.quick_win) == (Status.RED, 2, True, True)
    assert (entry["status"], entry["emotion"], entry["moment_of_truth"], entry["quick_win"]) == (
        "red",
        2,
        True,
        True,
    )
    assert ins.stack.count() == 4
    name = ins.doc.get(ins.card_id).label.en
    assert ins.stack.text(0) == f"Set status of '{name}' to critical"

    for _ in range(4):
        ins.stack.undo()
    card, _ = ins.stored_card()
    assert (card.status, card.emotion, card.moment_of_truth, card.quick_win) == (None, None, False, False)
    assert form.status.currentText() == "Not assessed"
    assert not form.moment_of_truth.isChecked()
    ins.stack.redo()
    assert ins.stored_card()[0].status == Status.RED
    assert form.status.currentText() == "Critical"


def test_new_owner_joins_the_workshop_list_in_the_same_undo_step(qtbot, ins):
    form = ins.inspector.card_form
    replace_text(qtbot, form.owner, "Łucja Żak 👩")
    card, entry = ins.stored_card()
    assert card.owner == entry["owner"] == "Łucja Żak 👩"
    assert ins.stored().workshop.owners == ["Łucja Żak 👩"]
    assert ins.stack.count() == 1

    ins.stack.undo()
    assert ins.stored_card()[0].owner == ""
    assert ins.stored().workshop.owners == []
    assert form.owner.text() == ""

    # a known owner typed in another case is spelt as the list has it, and not added twice
    ins.stack.redo()
    ins.inspector.show_cards([_card(ins, 1)])
    replace_text(qtbot, form.owner, "łucja żak 👩")
    assert ins.stored_card(_card(ins, 1))[0].owner == "Łucja Żak 👩"
    assert ins.stored().workshop.owners == ["Łucja Żak 👩"]
    assert "Łucja Żak 👩" in form.completer.model().stringList()


def _card(ins: Setup, index: int) -> str:
    return [card.id for _, _, card in ins.doc.cards(ins.doc.workshop.journeys[0].id)][index]


def test_opportunity_fields_with_keys_and_mouse(qtbot, ins):
    ins.doc.insert(Kind.PERIOD, None, 0, Period(id="xmas", name=Label(pl="Święta", en="Christmas")))
    section = ins.inspector.opportunities
    editor = section.editor
    qtbot.mouseClick(section.list.add, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    opportunity_id = section.list.current_id()

    replace_text(qtbot, editor.pos_tool.lineEdit(), "Wobbler")  # a catalogue tool: its id is stored
    replace_text(qtbot, editor.description, TRICKY["emoji"], finish=Qt.Key.Key_Tab)
    replace_text(qtbot, editor.retailer.lineEdit(), "Żabka")
    pick(qtbot, editor.priority, "High")
    replace_text(qtbot, editor.expected_impact, "+15% rotation")
    replace_text(qtbot, editor.cost, "1 500,50")
    replace_text(qtbot, editor.owner, "Trade marketing")
    qtbot.mouseClick(editor.start.check, Qt.MouseButton.LeftButton)
    type_date(qtbot, editor.start.edit, "20251101")
    qtbot.mouseClick(editor.end.check, Qt.MouseButton.LeftButton)
    type_date(qtbot, editor.end.edit, "20251224")
    pick(qtbot, editor.period, "Chr")  # an undated period: the opportunity keeps its own dates
    pick(qtbot, editor.kpi, "Rot")
    pick(qtbot, editor.status, "Agr")
    replace_text(qtbot, editor.notes, TRICKY["rtl"], finish=Qt.Key.Key_Tab)

    card, entry = ins.stored_card()
    stored = card.opportunities[0]
    assert stored.id == opportunity_id
    assert stored.pos_tool == "wobbler"
    assert stored.description == TRICKY["emoji"]
    assert stored.retailer == "Żabka"
    assert stored.priority == "high"
    assert stored.expected_impact == "+15% rotation"
    assert stored.cost == Decimal("1500.50")
    assert stored.owner == "Trade marketing"
    assert (stored.start, stored.end) == (dt.date(2025, 11, 1), dt.date(2025, 12, 24))
    assert (stored.period, stored.kpi, stored.status) == ("xmas", "rotation", "agreed")
    assert stored.notes == TRICKY["rtl"]
    json_opportunity = entry["opportunities"][0]
    assert json_opportunity["cost"] == 1500.5
    assert (json_opportunity["start"], json_opportunity["end"]) == ("2025-11-01", "2025-12-24")
    assert json_opportunity["pos_tool"] == "wobbler"
    assert ins.stored().workshop.owners == ["Trade marketing"]
    assert "Wobbler — " in section.list.view.item(0).text()
    assert "1,500.50 PLN" in section.list.view.item(0).text()  # the English way

    # a custom tool is kept as typed
    replace_text(qtbot, editor.pos_tool.lineEdit(), "Potykacz XXL")
    assert ins.stored_card()[0].opportunities[0].pos_tool == "Potykacz XXL"
    ins.stack.undo()
    assert ins.stored_card()[0].opportunities[0].pos_tool == "wobbler"
    assert editor.pos_tool.currentText() == "Wobbler"

    # undo everything, one step at a time, down to the card without opportunities
    while ins.stack.canUndo():
        ins.stack.undo()
    assert ins.stored_card()[0].opportunities == []
    assert not editor.isVisible()
    while ins.stack.canRedo():
        ins.stack.redo()
    assert ins.stored_card()[0].opportunities[0].pos_tool == "Potykacz XXL"  # the last step, redone
    assert ins.stored_card()[0].opportunities[0].cost == Decimal("1500.50")
    assert editor.pos_tool.currentText() == "Potykacz XXL"


def type_date(qtbot, edit: QDateTimeEdit, digits: str) -> None:
    """Type a date section by section (year, month, day), then leave the field with Tab."""
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(edit, digits)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def _with_opportunity(ins: Setup, **fields) -> str:
    opportunity = Opportunity(**fields)
    ins.doc.insert(Kind.OPPORTUNITY, ins.card_id, len(ins.doc.get(ins.card_id).opportunities), opportunity)
    return opportunity.id


def test_negative_cost_and_end_before_start_are_refused_in_place(qtbot, ins):
    _with_opportunity(ins, cost=Decimal(200), start=dt.date(2025, 3, 1), end=dt.date(2025, 3, 31))
    ins.inspector.show_cards([ins.card_id])
    editor = ins.inspector.opportunities.editor
    before = ins.stored_card()[0].opportunities[0]

    replace_text(qtbot, editor.cost, "-5")
    assert editor.messages["cost"].isVisible()
    assert "negative" in editor.messages["cost"].text()
    replace_text(qtbot, editor.cost, "12abc")
    assert "amount" in editor.messages["cost"].text()
    type_date(qtbot, editor.end.edit, "20250201")
    assert editor.messages["end"].isVisible()
    assert "before the start" in editor.messages["end"].text()

    assert ins.stored_card()[0].opportunities[0] == before
    assert ins.stack.count() == 0

    # putting it right clears the message and reaches the file
    replace_text(qtbot, editor.cost, "250")
    assert not editor.messages["cost"].isVisible()
    assert ins.stored_card()[0].opportunities[0].cost == Decimal(250)


def test_refused_edit_shows_the_documents_message_and_writes_nothing(qtbot, ins):
    form = ins.inspector.card_form
    ins.file.read_only = True  # the store now refuses every write, as for a file opened read-only
    replace_text(qtbot, form.notes, "never stored", finish=Qt.Key.Key_Tab)
    assert form.messages["notes"].isVisible()
    assert "read-only" in form.messages["notes"].text()
    ins.file.read_only = False
    assert ins.stored_card()[0].notes == ""
    assert ins.stack.count() == 0


def test_duplicate_remove_and_reorder_are_one_step_each(qtbot, ins):
    first = _with_opportunity(ins, pos_tool="wobbler", description="first")
    second = _with_opportunity(ins, pos_tool="end-cap", description="second")
    ins.inspector.show_cards([ins.card_id])
    buttons = ins.inspector.opportunities.list

    def order():
        return [o.description for o in ins.stored_card()[0].opportunities]

    assert buttons.current_id() == first
    qtbot.mouseClick(buttons.down, Qt.MouseButton.LeftButton)
    assert order() == ["second", "first"]
    qtbot.mouseClick(buttons.duplicate, Qt.MouseButton.LeftButton)
    assert order() == ["second", "first", "first"]
    copy = buttons.current_id()
    assert copy not in (first, second)
    qtbot.mouseClick(buttons.up, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons.up, Qt.MouseButton.LeftButton)
    assert [o.id for o in ins.stored_card()[0].opportunities] == [copy, second, first]
    qtbot.mouseClick(buttons.remove, Qt.MouseButton.LeftButton)
    assert [o.id for o in ins.stored_card()[0].opportunities] == [second, first]
    assert buttons.current_id() == second
    assert ins.stack.count() == 5

    ins.stack.undo()
    assert [o.id for o in ins.stored_card()[0].opportunities] == [copy, second, first]
    for _ in range(4):
        ins.stack.undo()
    assert order() == ["first", "second"]
    assert buttons.ids() == [first, second]


def test_removing_an_opportunity_unlinks_its_gap_in_one_step(qtbot, ins):
    answer = _with_opportunity(ins, pos_tool="wobbler")
    competitor = Competitor(name="Brand X")
    ins.doc.insert(Kind.COMPETITOR, None, 0, competitor)
    gap = Gap(competitor=competitor.id, opportunity=answer)
    ins.doc.insert(Kind.GAP, ins.card_id, 0, gap)
    ins.inspector.show_cards([ins.card_id])

    qtbot.mouseClick(ins.inspector.opportunities.list.remove, Qt.MouseButton.LeftButton)
    card, entry = ins.stored_card()
    assert card.opportunities == []
    assert card.gaps[0].opportunity is None
    assert entry["gaps"][0]["opportunity"] is None
    assert ins.stack.count() == 1
    ins.stack.undo()
    card, _ = ins.stored_card()
    assert card.gaps[0].opportunity == answer
    assert ins.inspector.gaps.editor.answer.currentData() == answer


def test_gap_fields_and_a_new_competitor_in_one_step(qtbot, ins):
    answer = _with_opportunity(ins, pos_tool="wobbler", description="Wobbler at eye level")
    ins.inspector.show_cards([ins.card_id])
    section = ins.inspector.gaps
    editor = section.editor
    qtbot.mouseClick(section.list.add, Qt.MouseButton.LeftButton)
    assert ins.stack.count() == 1

    replace_text(qtbot, editor.competitor.lineEdit(), "Marka Żółw")
    assert ins.stack.count() == 2  # the competitor and the gap's link: one step
    assert [c.name for c in ins.stored().competitors] == ["Marka Żółw"]
    pick(qtbot, editor.kind, "Whi")
    pick(qtbot, editor.threat, "H")
    pick(qtbot, editor.answer, "Wob")
    replace_text(qtbot, editor.description, TRICKY["markup"], finish=Qt.Key.Key_Tab)

    card, entry = ins.stored_card()
    gap = card.gaps[0]
    workshop = ins.stored()
    assert workshop.competitors[0].id == gap.competitor
    assert (gap.kind, gap.threat, gap.opportunity) == ("white_space", "high", answer)
    assert gap.description == TRICKY["markup"]
    assert entry["gaps"][0]["competitor"] == workshop.competitors[0].id
    assert entry["gaps"][0]["description"] == TRICKY["markup"]
    assert section.list.view.item(0).text().startswith("Marka Żółw — white space")

    # an existing competitor, typed in another case, is reused
    qtbot.mouseClick(section.list.duplicate, Qt.MouseButton.LeftButton)
    replace_text(qtbot, editor.competitor.lineEdit(), "marka żółw")
    assert len(ins.stored().competitors) == 1

    while ins.stack.canUndo():
        ins.stack.undo()
    assert ins.stored_card()[0].gaps == []
    assert ins.stored().competitors == []
    while ins.stack.canRedo():
        ins.stack.redo()
    assert len(ins.stored_card()[0].gaps) == 2
    assert ins.stored_card()[0].gaps[0].description == TRICKY["markup"]


def test_several_cards_share_one_undo_step(qtbot, ins):
    ids = [_card(ins, i) for i in range(3)]
    ins.doc.update(ids[0], status=Status.GREEN, owner="Anna", moment_of_truth=True)
    ins.doc.update(ids[1], status=Status.YELLOW, owner="Anna")
    ins.inspector.show_cards(ids)
    form = ins.inspector.multi_form
    assert form.isVisible()
    assert form.status.currentText() == "— mixed —"
    assert form.moment_of_truth.checkState() == Qt.CheckState.PartiallyChecked
    assert form.owner.text() == "" and form.owner.placeholderText() == "— mixed —"

    pick(qtbot, form.status, "Crit")
    assert ins.stack.count() == 1
    assert ins.stack.text(0) == "Set status of 3 cards to critical"
    assert [ins.stored_card(i)[0].status for i in ids] == [Status.RED] * 3
    assert form.status.currentText() == "Critical"

    qtbot.mouseClick(form.moment_of_truth, Qt.MouseButton.LeftButton)  # mixed → on for all
    assert [ins.stored_card(i)[1]["moment_of_truth"] for i in ids] == [True] * 3
    replace_text(qtbot, form.owner, "Key account team")
    assert [ins.stored_card(i)[0].owner for i in ids] == ["Key account team"] * 3
    assert ins.stored().workshop.owners == ["Key account team"]
    assert ins.stack.count() == 3

    ins.stack.undo()
    ins.stack.undo()
    ins.stack.undo()
    assert [ins.stored_card(i)[0].status for i in ids] == [Status.GREEN, Status.YELLOW, None]
    assert [ins.stored_card(i)[0].moment_of_truth for i in ids] == [True, False, False]
    assert [ins.stored_card(i)[0].owner for i in ids] == ["Anna", "Anna", ""]
    assert form.status.currentText() == "— mixed —"
    assert form.moment_of_truth.checkState() == Qt.CheckState.PartiallyChecked


def test_changes_from_elsewhere_refresh_without_commands(qtbot, ins):
    opportunity = _with_opportunity(ins, description="before")
    ins.inspector.show_cards([ins.card_id])
    form, editor = ins.inspector.card_form, ins.inspector.opportunities.editor
    replace_text(qtbot, form.notes, "mine", finish=Qt.Key.Key_Tab)
    assert ins.stack.count() == 1

    ins.stack.undo()  # an undo from the Edit menu
    assert form.notes.toPlainText() == ""
    ins.doc.update(ins.card_id, status=Status.RED, owner="Olek", notes="from the canvas")
    ins.doc.update(opportunity, description="after", cost=Decimal(99))
    assert form.status.currentText() == "Critical"
    assert form.owner.text() == "Olek"
    assert form.notes.toPlainText() == "from the canvas"
    assert editor.description.toPlainText() == "after"
    assert editor.cost.text() == "99"
    assert "after — 99 PLN" in ins.inspector.opportunities.list.view.item(0).text()
    assert ins.stack.count() == 1 and ins.stack.index() == 0  # nothing pushed by the refresh

    ins.doc.remove(ins.card_id)  # deleted on the canvas
    assert ins.inspector.empty.isVisible()
    assert ins.stack.count() == 1


def test_switching_cards_commits_what_was_typed(qtbot, ins):
    form = ins.inspector.card_form
    form.experience.setFocus()
    qtbot.waitUntil(form.experience.hasFocus)
    type_text(qtbot, form.experience, "half-typed")
    ins.inspector.show_cards([_card(ins, 1)])  # the canvas changes the selection
    assert ins.stored_card()[0].experience == "half-typed"
    assert form.experience.toPlainText() == ""


def test_new_context_stops_following_the_old_document(qtbot, ins, tmp_path):
    other_file, other_doc = make_file(tmp_path / "other.shoppermap")
    try:
        ins.inspector.set_context(
            other_doc, Editor(other_doc, QUndoStack(ins.inspector), ins.inspector), library().pos_tools, "pl"
        )
        assert ins.inspector.empty.isVisible()
        ins.doc.update(ins.card_id, notes="old document")  # must not reach the inspector
        card_id = next(c.id for _, _, c in other_doc.cards(other_doc.workshop.journeys[0].id))
        ins.inspector.show_cards([card_id])
        assert ins.inspector.card_form.label.text() == other_doc.get(card_id).label.pl
    finally:
        other_file.close()


def test_language_switch_relabels_card_and_tools(qtbot, ins):
    _with_opportunity(ins, pos_tool="wobbler")
    ins.inspector.show_cards([ins.card_id])
    label = ins.doc.get(ins.card_id).label
    ins.inspector.set_language("pl")
    assert ins.inspector.card_form.label.text() == label.pl
    tool = library().pos_tools.tool("end-cap")
    assert ins.inspector.opportunities.editor.pos_tool.findText(tool.label.pl) >= 0
    ins.inspector.set_language("en")
    assert ins.inspector.card_form.label.text() == label.en
    assert ins.stack.count() == 0


def test_an_empty_label_is_refused_with_a_message(qtbot, ins):
    form = ins.inspector.card_form
    original = ins.doc.get(ins.card_id).label
    replace_text(qtbot, form.label, "   ")
    assert form.messages["label"].isVisible()
    assert ins.stored_card()[0].label == original
    assert ins.stack.count() == 0
    replace_text(qtbot, form.label, "Wobbler przy półce")
    assert not form.messages["label"].isVisible()
    assert ins.stored_card()[0].label.en == "Wobbler przy półce"


def test_list_buttons_commit_what_was_typed_first(qtbot, ins):
    _with_opportunity(ins, description="old")
    ins.inspector.show_cards([ins.card_id])
    section = ins.inspector.opportunities
    section.editor.description.setFocus()
    qtbot.waitUntil(section.editor.description.hasFocus)
    qtbot.keyClick(section.editor.description, Qt.Key.Key_End)
    type_text(qtbot, section.editor.description, " and new")
    qtbot.mouseClick(section.list.duplicate, Qt.MouseButton.LeftButton)  # a tool button takes no focus
    assert [o.description for o in ins.stored_card()[0].opportunities] == ["old and new", "old and new"]
    assert ins.stack.count() == 2


def test_read_only_workshop_shows_but_does_not_edit(qtbot, ins):
    ins.file.close()
    file, workshop = WorkshopFile.open(ins.path, read_only=True)
    try:
        doc = file.document(workshop)
        ins.inspector.set_context(
            doc, Editor(doc, QUndoStack(ins.inspector), ins.inspector), library().pos_tools, "en"
        )
        ins.inspector.show_cards([ins.card_id])
        assert ins.inspector.read_only_note.isVisible()
        assert ins.inspector.card_form.label.text() == doc.get(ins.card_id).label.en
        assert not ins.inspector.card_form.isEnabled()
        assert not ins.inspector.opportunities.list.add.isEnabled()
    finally:
        file.close()
        ins.file, _ = WorkshopFile.open(ins.path)  # the fixture closes it at the end


def test_an_opportunity_in_a_dated_period_runs_on_its_dates(qtbot, ins):
    ins.doc.insert(
        Kind.PERIOD,
        None,
        0,
        Period(
            id="bts",
            name=Label(pl="Powrót do szkoły", en="Back to school"),
            start=dt.date(2026, 8, 11),
            end=dt.date(2026, 9, 1),
        ),
    )
    opportunity_id = _with_opportunity(ins, start=dt.date(2026, 5, 1), end=dt.date(2026, 5, 9))
    section = ins.inspector.opportunities
    section.list.select(opportunity_id)
    editor = section.editor
    assert editor.start.isEnabled() and editor.start.value() == dt.date(2026, 5, 1)
    pick(qtbot, editor.period, "Back")
    card, entry = ins.stored_card()
    assert card.opportunities[0].period == "bts"
    assert entry["opportunities"][0]["start"] == "2026-05-01"  # its own dates are kept for later
    assert not editor.start.isEnabled() and not editor.end.isEnabled()
    assert (editor.start.value(), editor.end.value()) == (dt.date(2026, 8, 11), dt.date(2026, 9, 1))
    assert "Back to school" in editor.start.toolTip()
    ins.doc.update("bts", start=dt.date(2026, 8, 17), end=dt.date(2026, 9, 13))  # the period moves
    assert (editor.start.value(), editor.end.value()) == (dt.date(2026, 8, 17), dt.date(2026, 9, 13))
    pick(qtbot, editor.period, "Own")
    assert ins.stored_card()[0].opportunities[0].period is None
    assert editor.start.isEnabled() and editor.start.value() == dt.date(2026, 5, 1)
    assert ins.stack.count() == 2


@pytest.mark.parametrize(
    ("language", "typed", "stored", "shown"),
    [
        ("pl", "1.500", Decimal(1500), "1500"),  # the Polish thousands dot
        ("pl", "14 500,50", Decimal("14500.50"), "14500,50"),
        ("en", "1,500", Decimal(1500), "1500"),  # the English thousands comma
        ("en", "1,500.50", Decimal("1500.50"), "1500.50"),
    ],
)
def test_costs_are_read_by_the_interface_languages_rules(qtbot, ins, language, typed, stored, shown):
    _with_opportunity(ins)
    ins.inspector.set_context(
        ins.doc, Editor(ins.doc, ins.stack, ins.inspector), library().pos_tools, language
    )
    ins.inspector.show_cards([ins.card_id])
    editor = ins.inspector.opportunities.editor
    replace_text(qtbot, editor.cost, typed)
    assert ins.stored_card()[0].opportunities[0].cost == stored
    assert editor.cost.text() == shown


def test_a_cost_that_could_be_thousands_or_decimals_is_refused_not_read_small(qtbot, ins):
    _with_opportunity(ins, cost=Decimal(200))
    ins.inspector.set_context(ins.doc, Editor(ins.doc, ins.stack, ins.inspector), library().pos_tools, "pl")
    ins.inspector.show_cards([ins.card_id])
    editor = ins.inspector.opportunities.editor
    replace_text(qtbot, editor.cost, "1,500")  # in Polish a decimal comma: 1.5, or a careless 1500?
    assert editor.messages["cost"].isVisible()
    assert "1500" in editor.messages["cost"].text()
    assert ins.stored_card()[0].opportunities[0].cost == Decimal(200)
    replace_text(qtbot, editor.cost, "1,50")
    assert not editor.messages["cost"].isVisible()
    assert ins.stored_card()[0].opportunities[0].cost == Decimal("1.50")
