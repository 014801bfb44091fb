"""Every edit surface goes through one gateway: a failed write is said, the edit is kept in memory
and on screen, marked unsaved, and reaches the file on retry. A multi-card drag is one change-set
and one layout."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLineEdit

from shoppermap.domain.document import Kind
from shoppermap.domain.models import Opportunity
from shoppermap.export.workshop_json import workshop_to_data
from shoppermap.storage import WorkshopFile
from shoppermap.ui import journey_tabs
from shoppermap.ui.commands import InsertCommand, UpdateCommand
from shoppermap.ui.plan import install

from .mouse import click, drag


def centre(item) -> QPointF:
    return item.sceneBoundingRect().center()


def phases(window):
    journey = window.document.get(window.journey_id)
    return [p for s in journey.stages for p in s.phases]


def file_state(path) -> dict:
    """The workshop as a fresh connection reads it from the file."""
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return workshop_to_data(workshop)


def break_writes(monkeypatch, store, method: str, *, after: int = 0) -> None:
    """Let `after` calls of a store method through, then fail as a full disk does."""
    original = getattr(store, method)
    calls = {"n": 0}

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] > after:
            raise sqlite3.OperationalError("database or disk is full")
        return original(*args, **kwargs)

    monkeypatch.setattr(store, method, failing)


def assert_kept_unsaved(window, before: dict, steps: int) -> None:
    """The edit is in memory and on the undo stack, the file is as it was, and the window says so."""
    assert window.unsaved_banner.isVisible()
    assert "disk is full" in window.unsaved_banner.label.text()
    assert window.isWindowModified()
    assert window.stack.count() == steps
    assert file_state(window.file.path) == before
    assert workshop_to_data(window.document.workshop) != before


def assert_written_on_retry(window, monkeypatch) -> None:
    """Once the disk takes writes again, Retry puts memory into the file and the banner goes."""
    monkeypatch.undo()
    window.unsaved_banner.retry_button.click()
    assert not window.unsaved_banner.isVisible()
    assert not window.isWindowModified()
    assert file_state(window.file.path) == workshop_to_data(window.document.workshop)


def test_a_multi_card_drag_the_file_refuses_is_kept_and_written_on_retry(window, monkeypatch):
    scene, view = window.current_scene(), window.view
    first, third = phases(window)[0], phases(window)[2]
    a, b = first.cards[1].id, first.cards[3].id
    view.centerOn(scene.cards[a])
    click(view, centre(scene.cards[a]))
    click(view, centre(scene.cards[b]), modifiers=Qt.KeyboardModifier.ControlModifier)
    before = file_state(window.file.path)
    break_writes(monkeypatch, window.file, "move_many")  # the cards' moves are written in one call
    end_card = scene.cards[third.cards[-1].id]
    drag(
        view,
        centre(scene.cards[a]),
        QPointF(centre(end_card).x(), end_card.sceneBoundingRect().bottom() + 10),
    )
    assert_kept_unsaved(window, before, steps=1)
    # the scene shows the cards where they are now, in the phase they were dropped on
    assert scene.cards[a].pos().x() == scene.column_x[third.id]
    assert scene.cards[b].pos().x() == scene.column_x[third.id]
    assert_written_on_retry(window, monkeypatch)


def test_an_inspector_edit_the_file_refuses_is_kept_and_written_on_retry(window, qtbot, monkeypatch):
    card = phases(window)[0].cards[0]
    window.current_scene().select_cards([card.id])
    form = window.inspector.card_form
    before = file_state(window.file.path)
    break_writes(monkeypatch, window.file, "update")
    form.label.setFocus()
    form.label.selectAll()
    qtbot.keyClicks(form.label, "Shelf wobbler")
    qtbot.keyClick(form.label, Qt.Key.Key_Return)
    assert_kept_unsaved(window, before, steps=1)
    assert window.document.get(card.id).label.en == "Shelf wobbler"
    assert form.label.text() == "Shelf wobbler"
    assert_written_on_retry(window, monkeypatch)


def test_a_plan_table_edit_the_file_refuses_is_kept_and_written_on_retry(window, qtbot, monkeypatch):
    plan = install(window)
    window.plan_dock.raise_()
    window.plan_dock.show()
    card = phases(window)[0].cards[0]
    opportunity = Opportunity(description="Shelf wobbler")
    text = "Add opportunity"
    assert window.editor.apply(
        [InsertCommand(window.document, Kind.OPPORTUNITY, card.id, 0, opportunity, text)], text=text
    )
    before = file_state(window.file.path)
    break_writes(monkeypatch, window.file, "update")
    table = plan.table
    index = plan.current_index(0, "description")
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.viewport().findChild(QLineEdit)
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Floor sticker")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert_kept_unsaved(window, before, steps=2)
    assert plan.proxy.index(0, index.column()).data() == "Floor sticker"
    assert_written_on_retry(window, monkeypatch)


def test_a_journey_rename_the_file_refuses_is_kept_and_written_on_retry(window, monkeypatch):
    before = file_state(window.file.path)
    break_writes(monkeypatch, window.file, "update")
    monkeypatch.setattr(journey_tabs, "ask_text", lambda *a, **k: ("Busy parents", True))
    window.actions_.rename_journey.trigger()
    assert_kept_unsaved(window, before, steps=1)
    assert window.tabs.tabText(0) == "Busy parents"
    assert_written_on_retry(window, monkeypatch)


def test_an_undo_the_file_refuses_is_kept_and_written_on_retry(window, monkeypatch):
    card = phases(window)[0].cards[0]
    assert window.canvas_edits.rename(card.id, "Shelf wobbler")
    after = file_state(window.file.path)
    break_writes(monkeypatch, window.file, "update")
    window.actions_.undo.trigger()
    assert window.stack.index() == 0
    assert window.document.get(card.id).label.en == card.label.en
    assert_kept_unsaved(window, after, steps=1)
    window.actions_.redo.trigger()  # redo while unsaved goes to memory and waits too
    assert window.document.get(card.id).label.en == "Shelf wobbler"
    assert file_state(window.file.path) == after
    window.actions_.undo.trigger()
    assert_written_on_retry(window, monkeypatch)
    assert file_state(window.file.path)["journeys"][0] != after["journeys"][0]


def test_a_refused_edit_leaves_no_step(window):
    card = phases(window)[0].cards[0]
    text = "Set emotion"
    assert not window.editor.apply([UpdateCommand(window.document, card.id, {"emotion": 9}, text)], text=text)
    assert window.stack.count() == 0
    assert "emotion" in window.editor.last_failure


def test_pasting_nothing_or_changing_nothing_leaves_no_step(window):
    card = phases(window)[0].cards[0]
    assert window.canvas_edits.paste_cards(b'{"format": "shoppermap-cards", "cards": []}', card.id, 0) == []
    assert not window.canvas_edits.rename(card.id, card.label.en)
    assert window.stack.count() == 0


@pytest.mark.parametrize("count", [8])
def test_dragging_eight_selected_cards_lays_the_scene_out_once(window, monkeypatch, count):
    scene, view = window.current_scene(), window.view
    source, target = phases(window)[5], phases(window)[7]  # "I enter the store" has 10 cards
    ids = [c.id for c in source.cards[:count]]
    scene.select_cards(ids)
    view.centerOn(scene.cards[ids[0]])
    layouts, rebuilds = [], []
    original_layout = scene.layout
    monkeypatch.setattr(scene, "layout", lambda *columns: (layouts.append(1), original_layout(*columns))[1])
    model = window.plan.model
    original_rebuild = model.beginResetModel
    monkeypatch.setattr(model, "beginResetModel", lambda: (rebuilds.append(1), original_rebuild())[1])
    layouts.clear()
    changes = []
    window.document.changes.connect(changes.append)
    end_card = scene.cards[target.cards[-1].id]
    start = centre(scene.cards[ids[0]])
    drag(view, start, QPointF(centre(end_card).x(), end_card.sceneBoundingRect().bottom() + 10))
    assert [c.id for c in window.document.get(target.id).cards][-count:] == ids
    assert len(changes) == 1 and len(changes[0].moved(Kind.CARD)) == count
    assert len(layouts) == 1
    assert len(rebuilds) <= 1


def test_a_step_the_history_view_undoes_while_the_file_refuses_is_kept(window, qtbot, monkeypatch):
    card = phases(window)[0].cards[0]
    assert window.canvas_edits.rename(card.id, "Shelf wobbler")
    after = file_state(window.file.path)
    break_writes(monkeypatch, window.file, "update")
    window.stack.setIndex(0)  # what a click on "<opened>" in the undo history does
    qtbot.wait(10)
    assert window.stack.index() == 0
    assert window.document.get(card.id).label.en == card.label.en
    assert_kept_unsaved(window, after, steps=1)
    assert_written_on_retry(window, monkeypatch)


def test_an_inspector_edit_refreshes_the_inspector_once(window, qtbot, monkeypatch):
    card = phases(window)[0].cards[0]
    text = "Add opportunity"
    opportunity = Opportunity(description="Shelf wobbler")
    assert window.editor.apply(
        [InsertCommand(window.document, Kind.OPPORTUNITY, card.id, 0, opportunity, text)], text=text
    )
    window.current_scene().select_cards([card.id])
    inspector = window.inspector
    editor = inspector.opportunities.editor
    refreshes, editor_refreshes = [], []
    original, original_editor = inspector.refresh, editor.refresh
    monkeypatch.setattr(inspector, "refresh", lambda: (refreshes.append(1), original())[1])
    monkeypatch.setattr(editor, "refresh", lambda **k: (editor_refreshes.append(1), original_editor(**k))[1])
    editor.owner.setFocus()
    qtbot.keyClicks(editor.owner, "Anna")
    qtbot.keyClick(editor.owner, Qt.Key.Key_Return)
    assert window.document.get(opportunity.id).owner == "Anna"
    assert len(refreshes) == 1
    assert len(editor_refreshes) == 1
