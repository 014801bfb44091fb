"""Edits held in memory while the file refuses writes reach it later, in order, exactly as memory has them."""

from __future__ import annotations

import sqlite3

import pytest

from shoppermap.domain.document import Kind
from shoppermap.domain.labels import Label
from shoppermap.domain.models import Card, Opportunity
from shoppermap.domain.pending import PendingJournal
from shoppermap.export.workshop_json import workshop_to_data
from shoppermap.storage import WorkshopFile
from shoppermap.storage.file_errors import WorkshopMovedError

from .helpers import make_file


def in_file(path) -> dict:
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return workshop_to_data(workshop)


@pytest.fixture
def held(tmp_path):
    """A document over a real file, holding its edits as after a failed write."""
    path = tmp_path / "w.shoppermap"
    file, document = make_file(path)
    document.hold(sqlite3.OperationalError("database or disk is full"))
    yield path, file, document
    file.close()


def test_held_edits_stay_out_of_the_file_until_written(held):
    path, _file, document = held
    before = in_file(path)
    phase = document.workshop.journeys[0].stages[0].phases[0]
    first = phase.cards[0]
    document.update(first.id, label=Label.same("Wobbler"))
    document.move(first.id, phase.id, 2)
    document.remove(phase.cards[0].id)
    assert in_file(path) == before
    assert document.pending.edits == 3
    document.write_pending()
    assert not document.unsaved and not document.pending
    assert in_file(path) == workshop_to_data(document.workshop)


def test_an_object_changed_after_it_was_inserted_is_replayed_as_it_was_then(held):
    path, _file, document = held
    phase = document.workshop.journeys[0].stages[0].phases[0]
    card = Card(label=Label.same("New"))
    document.insert(Kind.CARD, phase.id, 0, card)
    document.update(card.id, label=Label.same("Renamed"))
    opportunity = Opportunity(description="Floor sticker")
    document.insert(Kind.OPPORTUNITY, card.id, 0, opportunity)
    document.write_pending()  # an insert replayed with its later children would clash on their ids
    assert in_file(path) == workshop_to_data(document.workshop)


def test_a_failed_write_of_the_pending_edits_keeps_them_all(held, monkeypatch):
    path, file, document = held
    card = document.workshop.journeys[0].stages[0].phases[0].cards[0]
    document.update(card.id, label=Label.same("One"))
    document.update(card.id, owner="Anna")
    before = in_file(path)
    calls = {"n": 0}
    original = file.update

    def second_fails(*args):
        calls["n"] += 1
        if calls["n"] == 2:
            raise sqlite3.OperationalError("database or disk is full")
        return original(*args)

    monkeypatch.setattr(file, "update", second_fails)
    with pytest.raises(sqlite3.OperationalError):
        document.write_pending()
    assert in_file(path) == before  # the first replayed call was rolled back with the second
    assert len(document.pending) == 2 and document.unsaved
    monkeypatch.undo()
    document.write_pending()
    assert in_file(path) == workshop_to_data(document.workshop)


def test_a_refused_edit_records_nothing():
    journal = PendingJournal()
    with pytest.raises(ValueError), journal.transaction():
        journal.update("card", "c1", {"owner": "Anna"})
        raise ValueError("refused")
    assert not journal and journal.edits == 0


def test_a_file_moved_away_from_its_path_is_not_written(tmp_path):
    path = tmp_path / "w.shoppermap"
    file, document = make_file(path)
    path.rename(tmp_path / "elsewhere.shoppermap")
    card = document.workshop.journeys[0].stages[0].phases[0].cards[0]
    with pytest.raises(WorkshopMovedError):
        document.update(card.id, owner="Anna")
    assert document.get(card.id).owner == ""
    file.close()
