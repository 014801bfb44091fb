"""Random multi-object edits in one transaction, nested ones among them: after each commit the file
holds exactly what memory holds, every list numbered 0..n-1; a failed edit leaves both as they were.

The edits are those of the crash test's child and of the window's multi-card commands (a drag of
many cards, its exact undo, a duplicate, a delete), mixed inside one Document transaction, with
savepoints inside it as GroupCommand makes them, some of which fail and roll back.
"""

from __future__ import annotations

import random
import sqlite3

import pytest

from shoppermap.domain.document import Document, Kind
from shoppermap.domain.labels import Label
from shoppermap.domain.models import Card, Competitor, Opportunity
from shoppermap.export.workshop_json import workshop_to_data
from shoppermap.storage import WorkshopFile
from shoppermap.storage.reading import read_workshop

from .helpers import make_file

SEEDS = range(60)


class Refused(Exception):
    """Raised on purpose inside a savepoint, to roll it back."""


def file_rows(file: WorkshopFile) -> dict:
    """The workshop as the file's rows hold it, read on the file's own connection."""
    return workshop_to_data(read_workshop(file.conn))


def unnumbered_lists(file: WorkshopFile) -> list[tuple[str, str | None, list[int]]]:
    """The sibling lists whose positions are not 0, 1, 2, ... in the file."""
    found = []
    for table, parent in (
        ("stages", "journey_id"),
        ("phases", "stage_id"),
        ("cards", "phase_id"),
        ("opportunities", "card_id"),
        ("gaps", "card_id"),
        ("competitors", "NULL"),
    ):
        lists: dict[str | None, list[int]] = {}
        for owner, position in file.conn.execute(f"SELECT {parent}, position FROM {table}"):
            lists.setdefault(owner, []).append(position)
        found += [(table, owner, p) for owner, p in lists.items() if sorted(p) != list(range(len(p)))]
    return found


class Editor:
    """Makes random edits on a document, as a workshop's users and the crash child make them."""

    def __init__(self, doc: Document, rng: random.Random) -> None:
        self.doc, self.rng = doc, rng
        self.made = 0
        self.undos: list[list[tuple[str, str | None, int]]] = []

    def _id(self, prefix: str) -> str:
        self.made += 1
        return f"{prefix}{self.made}"

    def phases(self) -> list:
        return [p for j in self.doc.workshop.journeys for s in j.stages for p in s.phases]

    def cards(self) -> list[Card]:
        return [c for p in self.phases() for c in p.cards]

    def edit(self) -> None:
        """One edit of a random kind."""
        rng, doc = self.rng, self.doc
        phases, cards = self.phases(), self.cards()
        roll = rng.random()
        if roll < 0.25:  # a drag of many cards before a card (or to the end) of one column
            target = rng.choice(phases)
            dragged = [c.id for c in rng.sample(cards, rng.randint(2, min(12, len(cards))))]
            anchors = [c.id for c in target.cards if c.id not in dragged] + [None]
            self.undos.append(doc.move_many(doc.plan_moves_before(dragged, target.id, rng.choice(anchors))))
        elif roll < 0.35:  # moves as the crash child makes them: any index, clamped
            target = rng.choice(phases)
            moves = [(c.id, target.id, rng.randrange(4)) for c in rng.sample(cards, 3)]
            moves.append((rng.choice(cards).id, rng.choice(phases).id, rng.randrange(30)))
            self.undos.append(doc.move_many(moves))
        elif roll < 0.42 and self.undos:  # the exact undo of an earlier drag, when it still applies
            back = self.undos.pop()
            if all(
                doc.find(obj_id) is not None and doc.find(parent) is not None for obj_id, parent, _ in back
            ):
                doc.move_many(back)
        elif roll < 0.52:  # one card moved
            target = rng.choice(phases)
            doc.move(rng.choice(cards).id, target.id, rng.randint(0, len(target.cards)))
        elif roll < 0.62:  # a duplicate of several cards, each copy just after its original
            for original in rng.sample(cards, rng.randint(1, 5)):
                phase = doc.get(doc.parent_of(original.id))
                copy = Card(id=self._id("copy"), label=original.label)
                doc.insert(Kind.CARD, phase.id, doc.index_of(original.id) + 1, copy)
        elif roll < 0.70:  # new cards anywhere
            phase = rng.choice(phases)
            index = rng.choice([0, len(phase.cards), rng.randint(0, len(phase.cards))])
            doc.insert(Kind.CARD, phase.id, index, Card(id=self._id("new"), label=Label.same("New")))
        elif roll < 0.80 and len(cards) > 30:  # a delete of several cards
            for card in rng.sample(cards, rng.randint(1, 5)):
                doc.remove(card.id)
        elif roll < 0.84:  # a column or a stage moved
            journey = doc.workshop.journeys[0]
            if rng.random() < 0.5:
                stage = rng.choice(journey.stages)
                doc.move(rng.choice(self.phases()).id, stage.id, rng.randint(0, len(stage.phases)))
            else:
                doc.move(rng.choice(journey.stages).id, journey.id, rng.randrange(len(journey.stages)))
        elif roll < 0.88:  # opportunities added and reordered on a card
            card = rng.choice(cards)
            for _ in range(rng.randint(1, 3)):
                index = rng.randint(0, len(card.opportunities))
                doc.insert(
                    Kind.OPPORTUNITY, card.id, index, Opportunity(id=self._id("o"), description="Wobbler")
                )
            moves = [(o.id, card.id, rng.randint(0, len(card.opportunities))) for o in card.opportunities]
            doc.move_many(moves)
        elif roll < 0.92:  # competitors, which have no parent column
            doc.insert(Kind.COMPETITOR, None, 99, Competitor(id=self._id("k"), name="Brand"))
            ids = [c.id for c in doc.workshop.competitors]
            doc.move_many(
                [(obj_id, None, rng.randrange(len(ids))) for obj_id in rng.sample(ids, min(3, len(ids)))]
            )
        elif roll < 0.96:
            card = rng.choice(cards)
            doc.update(card.id, notes=f"note {rng.randrange(1000)}")
        else:
            self.group()

    def group(self) -> None:
        """Several edits in a savepoint, as GroupCommand does; some fail and roll back."""
        fails = self.rng.random() < 0.4
        try:
            with self.doc.transaction():
                for _ in range(self.rng.randint(1, 4)):
                    self.edit()
                if fails:
                    raise Refused
        except Refused:
            pass


@pytest.fixture
def workshop(tmp_path):
    path = tmp_path / "w.shoppermap"
    file, doc = make_file(path)
    yield path, file, doc
    file.close()


@pytest.mark.parametrize("seed", SEEDS)
def test_random_edits_in_one_transaction_are_stored_as_memory_holds_them(workshop, seed):
    path, file, doc = workshop
    rng = random.Random(seed)
    editor = Editor(doc, rng)
    for _transaction in range(6):
        before = file_rows(file)
        fails = rng.random() < 0.2
        try:
            with doc.transaction():
                for _ in range(rng.randint(1, 25)):
                    editor.edit()
                if fails:
                    raise Refused
        except Refused:
            assert workshop_to_data(doc.workshop) == before
        assert file_rows(file) == workshop_to_data(doc.workshop)
        assert unnumbered_lists(file) == []
    reopened, workshop = WorkshopFile.open(path, read_only=True)
    reopened.close()
    assert workshop_to_data(workshop) == workshop_to_data(doc.workshop)


@pytest.mark.parametrize("seed", range(10))
def test_a_write_that_fails_inside_a_batch_leaves_the_file_and_memory_as_before(workshop, seed, monkeypatch):
    _path, file, doc = workshop
    rng = random.Random(seed)
    editor = Editor(doc, rng)
    original = file.move_many
    calls = {"n": 0, "fail_at": rng.randint(1, 4)}

    def fails_once(moves):
        calls["n"] += 1
        original(moves)  # written, then refused: the rollback must take it back
        if calls["n"] == calls["fail_at"]:
            raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(file, "move_many", fails_once)
    failed = 0
    for _transaction in range(8):
        before = file_rows(file)
        try:
            with doc.transaction():
                for _ in range(rng.randint(1, 10)):
                    editor.edit()
        except sqlite3.OperationalError:
            failed += 1
            assert workshop_to_data(doc.workshop) == before
        assert file_rows(file) == workshop_to_data(doc.workshop)
        assert unnumbered_lists(file) == []
    assert failed == 1
