"""Properties of the merge on random workshops (hypothesis): no-op copies and disjoint edits."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from shoppermap.domain.document import Document, Kind
from shoppermap.domain.handout import hand_out
from shoppermap.domain.labels import Label
from shoppermap.domain.merge import analyse, merge_copy
from shoppermap.domain.models import Card, Status
from shoppermap.export.workshop_json import workshop_to_data

from . import test_roundtrip_property as roundtrip

GROUPS = ("A", "B")


def without_origin(node):
    """Workshop data without the record of which group brought what (only a merge writes it)."""
    if isinstance(node, dict):
        return {k: without_origin(v) for k, v in node.items() if k != "origin_group"}
    if isinstance(node, list):
        return [without_origin(v) for v in node]
    return node


def all_cards(document: Document) -> list[str]:
    return [c.id for j in document.workshop.journeys for _s, _p, c in document.cards(j.id)]


def all_phases(document: Document) -> list[str]:
    return [p.id for j in document.workshop.journeys for s in j.stages for p in s.phases]


@st.composite
def edits(draw, document: Document):
    """Edits of the two groups, on objects no other edit touches: (group, action, id, value)."""
    found = []
    for card_id in all_cards(document):
        what = draw(st.sampled_from(["none", "notes", "status", "remove"]))
        if what != "none":
            value = draw(roundtrip.texts()) if what == "notes" else draw(st.sampled_from(Status))
            found.append((draw(st.sampled_from(GROUPS)), what, card_id, value))
    for phase_id in all_phases(document):
        if draw(st.booleans()):
            found.append(
                (draw(st.sampled_from(GROUPS)), "add", phase_id, draw(roundtrip.texts(30, min_size=1)))
            )
    return found


def do(document: Document, action: str, obj_id: str, value, group: str) -> None:
    if action == "remove":
        document.remove(obj_id)
    elif action == "add":
        card = Card(id=f"new-{group}-{obj_id}", label=Label.same(value))
        document.insert(Kind.CARD, obj_id, len(document.get(obj_id).cards), card)
    else:
        document.update(obj_id, **{action: value})


@roundtrip.SETTINGS
@given(workshop=roundtrip.workshops(), data=st.data())
def test_merging_an_unchanged_copy_changes_nothing(workshop, data):
    ours = Document(workshop.model_copy(deep=True))
    copy = hand_out(workshop, group="A")
    for _group, action, obj_id, value in data.draw(edits(ours)):
        do(ours, action, obj_id, value, "here")  # the facilitator went on editing meanwhile
    before = workshop_to_data(ours.workshop)

    plan = analyse(ours.workshop, copy).plan()

    assert plan.operations == [] and plan.report.conflicts == []
    merge_copy(ours, copy)
    assert workshop_to_data(ours.workshop) == before


@roundtrip.SETTINGS
@given(workshop=roundtrip.workshops(), data=st.data())
def test_merging_copies_with_edits_on_different_objects_equals_making_both_sets_of_edits(workshop, data):
    reference = Document(workshop.model_copy(deep=True))
    copies = {group: Document(hand_out(workshop, group=group)) for group in GROUPS}
    planned = data.draw(edits(reference))
    for group in GROUPS:
        for edit_group, action, obj_id, value in planned:
            if edit_group == group:
                do(copies[group], action, obj_id, value, group)
                do(reference, action, obj_id, value, group)
    ours = Document(workshop.model_copy(deep=True))

    reports = [merge_copy(ours, copies[group].workshop) for group in GROUPS]

    assert all(r.conflicts == [] and r.left == [] for r in reports)
    assert without_origin(workshop_to_data(ours.workshop)) == without_origin(
        workshop_to_data(reference.workshop)
    )
