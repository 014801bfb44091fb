"""The document on a MemoryStore: one change-set per edit, a failed write rolls memory back, listeners shielded."""

from __future__ import annotations

import logging

import pytest

from shoppermap.domain.changes import WORKSHOP, Changed, Inserted, Moved, Removed
from shoppermap.domain.document import Document, EditError, Kind, MemoryStore
from shoppermap.domain.labels import Label
from shoppermap.domain.models import Card, Journey, Opportunity, Phase, Stage, Workshop, WorkshopInfo


def small_workshop() -> Workshop:
    cards = [[Card(id=f"c{p}{i}", label=Label.same(f"Card {p}{i}")) for i in range(3)] for p in range(2)]
    phases = [Phase(id=f"p{p}", label=Label.same(f"Phase {p}"), cards=cards[p]) for p in range(2)]
    stage = Stage(id="s0", label=Label.same("Stage"), phases=phases)
    journey = Journey(id="j0", name="Journey", stages=[stage])
    return Workshop(workshop=WorkshopInfo(title="T"), journeys=[journey])


class FailingStore(MemoryStore):
    """Lets `after` writes through, then fails like a full disk."""

    def __init__(self, after: int) -> None:
        self.after = after

    def _write(self) -> None:
        if self.after <= 0:
            raise OSError(28, "No space left on device")
        self.after -= 1

    def move(self, kind, obj_id, parent_id, index) -> None:
        self._write()

    def update(self, kind, obj_id, fields) -> None:
        self._write()

    def insert(self, kind, parent_id, index, obj) -> None:
        self._write()


def order(doc: Document, phase_id: str) -> list[str]:
    return [c.id for c in doc.get(phase_id).cards]


def test_a_multi_card_move_is_one_change_set_with_every_move():
    doc = Document(small_workshop())
    heard = []
    doc.changes.connect(heard.append)
    doc.move_many(doc.plan_moves_before(["c00", "c02"], "p1", "c11"))
    assert order(doc, "p1") == ["c10", "c00", "c02", "c11", "c12"]
    assert len(heard) == 1
    assert heard[0].moved(Kind.CARD) == [
        Moved(Kind.CARD, "c00", "p0", 0, "p1", 1),
        Moved(Kind.CARD, "c02", "p0", 1, "p1", 2),
    ]
    assert doc.parent_of("c00") == "p1"


def test_edits_grouped_in_a_transaction_are_announced_once_after_it():
    doc = Document(small_workshop())
    heard = []
    doc.changes.connect(heard.append)
    marker = object()
    with doc.transaction(origin=marker):
        doc.update("c00", notes="first")
        doc.insert(Kind.OPPORTUNITY, "c00", 0, Opportunity(id="o1", description="Wobbler"))
        doc.update_workshop(title="New")
        assert heard == []
    assert len(heard) == 1
    changes = heard[0]
    assert changes.origin is marker
    assert changes.changed(Kind.CARD) == [Changed(Kind.CARD, "c00", "p0", {"notes": "first"})]
    assert [type(e) for e in changes.entries] == [Changed, Inserted]
    assert changes.workshop == {"title": "New"}


def test_a_failed_write_in_the_middle_of_a_move_leaves_memory_as_it_was():
    doc = Document(small_workshop(), FailingStore(after=1))
    heard = []
    doc.changes.connect(heard.append)
    with pytest.raises(OSError):
        doc.move_many(doc.plan_moves_before(["c00", "c01"], "p1", None))
    assert order(doc, "p0") == ["c00", "c01", "c02"]
    assert order(doc, "p1") == ["c10", "c11", "c12"]
    assert doc.parent_of("c00") == "p0"
    assert heard == []


def test_a_failed_edit_inside_a_transaction_rolls_back_the_edits_before_it():
    doc = Document(small_workshop(), FailingStore(after=2))
    with pytest.raises(OSError), doc.transaction():
        doc.update("c00", notes="kept?")
        doc.insert(Kind.CARD, "p0", 0, Card(id="new", label=Label.same("New")))
        doc.update("c01", notes="fails")
    assert doc.get("c00").notes == ""
    assert doc.find("new") is None
    assert order(doc, "p0") == ["c00", "c01", "c02"]


def test_a_removal_rolled_back_puts_the_object_back_indexed():
    doc = Document(small_workshop(), FailingStore(after=0))
    with pytest.raises(OSError), doc.transaction():
        doc.remove("c01")  # MemoryStore.delete never fails
        doc.update("c00", notes="fails")
    assert order(doc, "p0") == ["c00", "c01", "c02"]
    assert doc.parent_of("c01") == "p0" and doc.kind_of("c01") == Kind.CARD


def test_a_listener_that_raises_strands_no_edit_and_the_others_still_hear(caplog):
    doc = Document(small_workshop())
    heard = []

    def broken(_changes):
        raise RuntimeError("listener bug")

    doc.changes.connect(broken)
    doc.changes.connect(heard.append)
    with caplog.at_level(logging.ERROR):
        doc.update("c00", notes="saved")
    assert doc.get("c00").notes == "saved"
    assert len(heard) == 1
    assert "listener" in caplog.text


def test_listeners_hear_only_the_kinds_they_subscribe_to():
    doc = Document(small_workshop())
    cards, workshop = [], []
    doc.changes.connect(cards.append, kinds=[Kind.CARD])
    doc.changes.connect(workshop.append, kinds=[WORKSHOP])
    doc.update("p0", label=Label.same("Renamed"))
    doc.update_workshop(title="Other")
    doc.remove("c12")
    assert len(workshop) == 1 and workshop[0].workshop == {"title": "Other"}
    assert [type(e) for c in cards for e in c.entries] == [Removed]


def test_a_refused_edit_changes_nothing_and_says_why():
    doc = Document(small_workshop())
    heard = []
    doc.changes.connect(heard.append)
    with pytest.raises(EditError):
        doc.update("c00", emotion=9)
    with pytest.raises(EditError):
        doc.insert(Kind.CARD, "s0", 0, Card(label=Label.same("In a stage")))
    assert heard == [] and doc.get("c00").emotion is None


def test_an_edit_that_changes_nothing_is_not_announced():
    doc = Document(small_workshop())
    heard = []
    doc.changes.connect(heard.append)
    assert doc.update("c00", notes="") == {}
    assert heard == []


def test_the_moves_a_batch_move_returns_take_every_object_back_to_its_place():
    doc = Document(small_workshop())
    # the whole first column: sending each card back to its index before the batch would clamp
    back = doc.move_many(doc.plan_moves_before(["c00", "c01", "c02"], "p1", "c11"))
    assert order(doc, "p0") == []
    doc.move_many(back)
    assert order(doc, "p0") == ["c00", "c01", "c02"]
    assert order(doc, "p1") == ["c10", "c11", "c12"]
