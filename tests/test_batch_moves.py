"""A multi-object move is written in one batch: the file then holds exactly the order the map shows."""

from __future__ import annotations

import random
import sqlite3

import pytest

from shoppermap.domain.document import Kind
from shoppermap.domain.labels import Label
from shoppermap.domain.models import Card, Competitor
from shoppermap.export.workshop_json import workshop_to_data
from shoppermap.storage import WorkshopFile, workshop_file

from .helpers import make_file


def in_file(path) -> dict:
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return workshop_to_data(workshop)


def positions_are_dense(file: WorkshopFile) -> bool:
    """Every sibling list in the file is numbered 0, 1, 2, ... with no gap or repeat."""
    for table, parent in (("stages", "journey_id"), ("phases", "stage_id"), ("cards", "phase_id")):
        lists: dict[str, list[int]] = {}
        for owner, position in file.conn.execute(f"SELECT {parent}, position FROM {table}"):
            lists.setdefault(owner, []).append(position)
        if any(sorted(found) != list(range(len(found))) for found in lists.values()):
            return False
    return True


@pytest.fixture
def workshop(tmp_path):
    path = tmp_path / "w.shoppermap"
    file, doc = make_file(path)
    yield path, file, doc
    file.close()


def test_a_drag_within_a_column_and_across_columns_is_stored_as_shown(workshop):
    path, file, doc = workshop
    first, second, third = doc.workshop.journeys[0].stages[0].phases[:3]
    original = in_file(path)
    # two cards of the first column, one of the second and one of the third, dropped inside the first
    dragged = [first.cards[3].id, first.cards[0].id, second.cards[1].id, third.cards[0].id]
    anchor = first.cards[1].id
    moves = doc.plan_moves_before(dragged, first.id, anchor)
    back = doc.move_many(moves)
    assert [card.id for card in doc.get(first.id).cards][: len(dragged) + 1] == [*dragged, anchor]
    assert in_file(path) == workshop_to_data(doc.workshop)
    assert positions_are_dense(file)
    doc.move_many(back)  # undo
    assert workshop_to_data(doc.workshop) == original
    assert in_file(path) == original
    assert positions_are_dense(file)


def test_a_move_within_one_column_only_rewrites_that_column(workshop):
    path, file, doc = workshop
    first, second = doc.workshop.journeys[0].stages[0].phases[:2]
    before = list(file.conn.execute("SELECT id, position FROM cards WHERE phase_id = ?", [second.id]))
    doc.move_many([(first.cards[0].id, first.id, 3), (first.cards[-1].id, first.id, 0)])
    assert in_file(path) == workshop_to_data(doc.workshop)
    assert list(file.conn.execute("SELECT id, position FROM cards WHERE phase_id = ?", [second.id])) == before


@pytest.mark.parametrize("seed", range(8))
def test_random_batch_moves_of_cards_phases_and_stages_are_stored_as_shown(workshop, seed):
    path, file, doc = workshop
    rng = random.Random(seed)
    journey = doc.workshop.journeys[0]
    original = in_file(path)
    for _ in range(4):
        phases = [phase for stage in journey.stages for phase in stage.phases]
        cards = [card.id for phase in phases for card in phase.cards]
        moves = []
        for card_id in rng.sample(cards, rng.randint(2, 12)):
            target = rng.choice(phases)
            moves.append((card_id, target.id, rng.randint(0, len(target.cards))))
        stage = rng.choice(journey.stages)
        moves.append((rng.choice(stage.phases).id, rng.choice(journey.stages).id, rng.randint(0, 3)))
        moves.append((rng.choice(journey.stages).id, journey.id, rng.randint(0, len(journey.stages))))
        rng.shuffle(moves)
        doc.move_many(moves)
        assert in_file(path) == workshop_to_data(doc.workshop)
        assert positions_are_dense(file)
    shown = workshop_to_data(doc.workshop)
    moves = [(card.id, journey.stages[0].phases[0].id, 0) for card in journey.stages[-1].phases[-1].cards]
    doc.move_many(doc.move_many(moves))  # and undo
    assert workshop_to_data(doc.workshop) == shown
    assert in_file(path) == shown
    assert original != shown


def test_a_batch_move_that_fails_half_written_leaves_the_file_and_the_map_as_they_were(workshop, monkeypatch):
    path, _file, doc = workshop
    journey = doc.workshop.journeys[0]
    first, second = journey.stages[0].phases[:2]
    before = in_file(path)
    original = workshop_file.write_moves
    calls = {"n": 0}

    def second_kind_fails(conn, kind, moves):
        calls["n"] += 1
        if calls["n"] == 2:
            raise sqlite3.OperationalError("database or disk is full")
        original(conn, kind, moves)

    monkeypatch.setattr(workshop_file, "write_moves", second_kind_fails)
    moves = [(first.cards[0].id, second.id, 0), (journey.stages[1].id, journey.id, 0)]
    with pytest.raises(sqlite3.OperationalError):
        doc.move_many(moves)
    assert calls["n"] == 2  # the cards were written before the stages failed, and rolled back
    assert in_file(path) == before
    assert workshop_to_data(doc.workshop) == before


def test_a_held_batch_move_waits_as_one_call_and_is_written_as_shown(workshop):
    path, file, doc = workshop
    first, second = doc.workshop.journeys[0].stages[0].phases[:2]
    before = in_file(path)
    doc.hold(sqlite3.OperationalError("database or disk is full"))
    moves = doc.plan_moves_before([first.cards[0].id, second.cards[2].id], second.id, second.cards[0].id)
    doc.move_many(moves)
    doc.move_many([(first.cards[0].id, first.id, 2), (second.cards[0].id, first.id, 0)])
    assert [call.method for call in doc.pending.calls] == ["move_many", "move_many"]
    assert in_file(path) == before
    doc.write_pending()
    assert not doc.unsaved
    assert in_file(path) == workshop_to_data(doc.workshop)
    assert positions_are_dense(file)


def test_moves_of_competitors_which_have_no_parent_column_are_stored_as_shown(workshop):
    path, _file, doc = workshop
    for index, name in enumerate(["Lidl", "Biedronka", "Aldi"]):
        doc.insert(Kind.COMPETITOR, None, index, Competitor(id=name.lower(), name=name))
    doc.move_many([("aldi", None, 0), ("lidl", None, 1), ("aldi", None, 2)])
    assert [c.id for c in doc.workshop.competitors] == ["lidl", "biedronka", "aldi"]
    assert in_file(path) == workshop_to_data(doc.workshop)


def test_many_deletes_in_one_edit_leave_every_list_numbered_without_gaps(workshop):
    path, file, doc = workshop
    first, second = doc.workshop.journeys[0].stages[0].phases[:2]
    with doc.transaction():
        for card in [first.cards[0], first.cards[2], second.cards[1]]:
            doc.remove(card.id)
        doc.insert(Kind.CARD, first.id, 1, Card(id="new", label=Label.same("Shelf wobbler")))
        doc.remove(first.cards[-1].id)
        doc.move_many([(second.cards[0].id, first.id, 0), (first.cards[3].id, second.id, 0)])
        doc.remove(second.cards[-1].id)
    assert in_file(path) == workshop_to_data(doc.workshop)
    assert positions_are_dense(file)


def test_a_failed_part_of_an_edit_rolls_back_with_the_gaps_it_closed(workshop):
    path, file, doc = workshop
    first = doc.workshop.journeys[0].stages[0].phases[0]
    with doc.transaction():
        doc.remove(first.cards[0].id)
        with pytest.raises(sqlite3.OperationalError), doc.transaction():
            doc.insert(Kind.CARD, first.id, 1, Card(id="new", label=Label.same("Shelf wobbler")))
            raise sqlite3.OperationalError("database or disk is full")
    assert in_file(path) == workshop_to_data(doc.workshop)
    assert positions_are_dense(file)


@pytest.mark.parametrize("seed", range(10))
def test_random_inserts_deletes_and_moves_in_one_edit_are_stored_as_shown(workshop, seed):
    path, file, doc = workshop
    rng = random.Random(seed)
    phases = [phase for stage in doc.workshop.journeys[0].stages for phase in stage.phases][:3]
    with doc.transaction():
        for step in range(60):
            phase = rng.choice(phases)
            what = rng.random()
            if what < 0.5 or not phase.cards:
                # often next to the previous insert, as a duplicate of many cards does
                index = rng.choice([0, len(phase.cards), rng.randint(0, len(phase.cards))])
                doc.insert(Kind.CARD, phase.id, index, Card(id=f"new{step}", label=Label.same(f"New {step}")))
            elif what < 0.8:
                doc.remove(rng.choice(phase.cards).id)
            else:
                target = rng.choice(phases)
                doc.move_many([(rng.choice(phase.cards).id, target.id, rng.randint(0, len(target.cards)))])
    assert in_file(path) == workshop_to_data(doc.workshop)
    assert positions_are_dense(file)


def test_a_duplicate_of_many_cards_then_its_undo_are_stored_as_shown(workshop):
    path, file, doc = workshop
    first = doc.workshop.journeys[0].stages[0].phases[0]
    original = in_file(path)
    sources = [card.id for card in first.cards[:4]]
    with doc.transaction():
        for k, card_id in enumerate(sources):
            doc.insert(Kind.CARD, first.id, 4 + k, Card(id=f"copy{k}", label=doc.get(card_id).label))
    assert [card.id for card in first.cards][:8] == [*sources, "copy0", "copy1", "copy2", "copy3"]
    assert in_file(path) == workshop_to_data(doc.workshop)
    with doc.transaction():
        for k in reversed(range(4)):
            doc.remove(f"copy{k}")
    assert in_file(path) == original
    assert positions_are_dense(file)


def test_copies_inserted_each_after_its_original_are_stored_as_shown(workshop):
    path, file, doc = workshop
    first = doc.workshop.journeys[0].stages[0].phases[0]
    sources = [card.id for card in first.cards[1:6:2]]
    with doc.transaction():
        for k, card_id in enumerate(sources):
            index = doc.index_of(card_id) + 1
            doc.insert(Kind.CARD, first.id, index, Card(id=f"copy{k}", label=doc.get(card_id).label))
        doc.insert(Kind.CARD, first.id, 0, Card(id="at-the-top", label=Label.same("Top")))
    ids = [card.id for card in first.cards]
    assert [ids[ids.index(card_id) + 1] for card_id in sources] == ["copy0", "copy1", "copy2"]
    assert in_file(path) == workshop_to_data(doc.workshop)
    assert positions_are_dense(file)
