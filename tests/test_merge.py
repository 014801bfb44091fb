"""Merging breakout groups' copies back: the three-way merge, checked field by field in the file."""

from __future__ import annotations

import json

import pytest

from shoppermap.domain.document import Document, Kind
from shoppermap.domain.handout import HandoutError, group_names, hand_out
from shoppermap.domain.labels import Label
from shoppermap.domain.merge import MergeError, Reason, Side, analyse, merge_copy
from shoppermap.domain.merge_operations import apply_operations
from shoppermap.domain.models import Card, Competitor, Gap, Opportunity, Status, Workshop
from shoppermap.export.workshop_json import workshop_from_data, workshop_to_data
from shoppermap.storage import WorkshopFile

from .helpers import make_file


@pytest.fixture
def main(tmp_path):
    """The facilitator's workshop file (the shopper journey), open for editing."""
    file, document = make_file(tmp_path / "main.shoppermap")
    yield document
    file.close()


def copy_for(document: Document, group: str) -> Document:
    """A group's copy, edited in memory as the group's laptop would."""
    return Document(hand_out(document.workshop, group=group))


def reopened(document: Document) -> Workshop:
    """What the workshop file holds now."""
    file, workshop = WorkshopFile.open(document.store.path, read_only=True)
    file.close()
    return workshop


def phases(document: Document):
    return [p for s in document.workshop.journeys[0].stages for p in s.phases]


def card_ids(document: Document, phase_id: str) -> list[str]:
    return [c.id for c in document.get(phase_id).cards]


def test_additions_and_edits_of_two_groups_to_the_same_card_both_land(main):
    card = phases(main)[0].cards[0]
    a, b = copy_for(main, "Grupa A"), copy_for(main, "Grupa B")
    a.update(card.id, status=Status.RED)
    a.insert(Kind.OPPORTUNITY, card.id, 0, Opportunity(id="opp-a", description="Wobbler at the shelf"))
    b.update(card.id, notes="Shoppers miss it")
    b.insert(Kind.GAP, card.id, 0, Gap(id="gap-b", description="Competitor owns the end-cap"))

    report_a = merge_copy(main, a.workshop)
    report_b = merge_copy(main, b.workshop)

    merged = reopened(main)
    stored = next(c for p in merged.journeys[0].stages[0].phases for c in p.cards if c.id == card.id)
    assert (stored.status, stored.notes) == (Status.RED, "Shoppers miss it")
    assert [(o.id, o.origin_group) for o in stored.opportunities] == [("opp-a", "Grupa A")]
    assert [(g.id, g.origin_group) for g in stored.gaps] == [("gap-b", "Grupa B")]
    assert [i.obj_id for i in report_a.added] == ["opp-a"]
    assert [i.fields for i in report_a.changed] == [("status",)]
    assert [i.fields for i in report_b.changed] == [("notes",)]
    assert report_a.conflicts == report_b.conflicts == []


def test_a_group_card_goes_after_the_same_neighbour_even_when_cards_were_added_here(main):
    phase = phases(main)[1]
    first, second = phase.cards[0].id, phase.cards[1].id
    a = copy_for(main, "Grupa A")
    a.insert(Kind.CARD, phase.id, 1, Card(id="from-a", label=Label.same("Floor sticker")))
    main.insert(Kind.CARD, phase.id, 0, Card(id="ours", label=Label.same("Ours")))

    merge_copy(main, a.workshop)

    assert card_ids(main, phase.id)[:4] == ["ours", first, "from-a", second]
    assert [c.id for c in reopened(main).journeys[0].stages[0].phases[1].cards][:4] == [
        "ours",
        first,
        "from-a",
        second,
    ]


def test_a_move_and_an_edit_by_the_group_land_with_an_edit_made_here(main):
    source, target = phases(main)[0], phases(main)[2]
    card = source.cards[0].id
    a = copy_for(main, "Grupa A")
    a.move(card, target.id, 1)
    a.update(card, notes="moved by A")
    main.update(card, owner="Anna")

    report = merge_copy(main, a.workshop)

    assert main.parent_of(card) == target.id and main.index_of(card) == 1
    assert (main.get(card).notes, main.get(card).owner) == ("moved by A", "Anna")
    assert [i.obj_id for i in report.moved] == [card]
    stored = {
        c.id: (p.id, c.notes, c.owner)
        for s in reopened(main).journeys[0].stages
        for p in s.phases
        for c in p.cards
    }
    assert stored[card] == (target.id, "moved by A", "Anna")


def test_a_card_moved_here_too_stays_where_it_was_put_here(main):
    card = phases(main)[0].cards[0].id
    a = copy_for(main, "Grupa A")
    a.move(card, phases(main)[2].id, 0)
    main.move(card, phases(main)[3].id, 0)

    report = merge_copy(main, a.workshop)

    assert main.parent_of(card) == phases(main)[3].id
    assert [(i.obj_id, i.reason) for i in report.left] == [(card, Reason.MOVED_HERE)]


def test_a_removal_by_the_group_stays_out_only_when_nothing_changed_here(main):
    edited, untouched = phases(main)[0].cards[0].id, phases(main)[0].cards[1].id
    a = copy_for(main, "Grupa A")
    a.remove(edited)
    a.remove(untouched)
    main.update(edited, notes="we still need this")

    report = merge_copy(main, a.workshop)

    assert main.find(untouched) is None
    assert main.get(edited).notes == "we still need this"
    assert [i.obj_id for i in report.removed] == [untouched]
    assert [(i.obj_id, i.reason) for i in report.left] == [(edited, Reason.CHANGED_HERE)]
    assert untouched not in {c.id for p in reopened(main).journeys[0].stages[0].phases for c in p.cards}


def test_a_competitor_still_named_here_is_not_removed(main):
    main.insert(Kind.COMPETITOR, None, 0, Competitor(id="rival", name="Rival"))
    a = copy_for(main, "Grupa A")
    a.remove("rival")
    card = phases(main)[0].cards[0].id
    main.insert(Kind.GAP, card, 0, Gap(id="g", competitor="rival"))

    report = merge_copy(main, a.workshop)

    assert main.find("rival") is not None
    assert [(i.obj_id, i.reason) for i in report.left] == [("rival", Reason.STILL_USED)]


@pytest.mark.parametrize(
    ("choose", "expected"), [(None, Status.GREEN), (Side.OURS, Status.GREEN), (Side.THEIRS, Status.RED)]
)
def test_a_field_both_changed_is_a_conflict_settled_either_way(main, choose, expected):
    card = phases(main)[0].cards[0].id
    a = copy_for(main, "Grupa A")
    a.update(card, status=Status.RED, notes="A's notes")
    main.update(card, status=Status.GREEN)

    report = merge_copy(main, a.workshop, choose=choose)

    assert main.get(card).status == expected and main.get(card).notes == "A's notes"
    [(conflict, side)] = report.conflicts
    assert (conflict.obj_id, conflict.field, conflict.base, conflict.ours, conflict.theirs) == (
        card,
        "status",
        None,
        Status.GREEN,
        Status.RED,
    )
    assert side == (choose or Side.OURS)


def test_conflicts_are_settled_one_by_one_with_a_mapping(main):
    card = phases(main)[0].cards[0].id
    a = copy_for(main, "Grupa A")
    a.update(card, status=Status.RED, owner="A")
    a.update_workshop(client="Client A")
    main.update(card, status=Status.GREEN, owner="ours")
    main.update_workshop(client="Client ours")

    analysis = analyse(main.workshop, a.workshop)
    assert {c.key for c in analysis.conflicts} == {(card, "status"), (card, "owner"), (None, "client")}
    plan = analysis.plan({(card, "owner"): Side.THEIRS, (None, "client"): Side.THEIRS})
    apply_operations(main, plan.operations)

    assert (main.get(card).status, main.get(card).owner) == (Status.GREEN, "A")
    assert reopened(main).workshop.client == "Client A"


def test_a_card_removed_here_and_changed_by_the_group_is_a_conflict(main):
    phase = phases(main)[0]
    card = phase.cards[1].id
    a = copy_for(main, "Grupa A")
    a.update(card, notes="A worked on it")
    main.remove(card)

    kept_out = merge_copy(main, a.workshop)
    assert main.find(card) is None
    [(conflict, side)] = kept_out.conflicts
    assert (conflict.obj_id, conflict.field, conflict.ours, side) == (card, None, None, Side.OURS)

    merge_copy(main, a.workshop, choose=Side.THEIRS)
    assert main.get(card).notes == "A worked on it" and main.index_of(card) == 1


def test_merging_the_same_copy_twice_changes_nothing_the_second_time(main):
    phase = phases(main)[0]
    a = copy_for(main, "Grupa A")
    a.insert(Kind.CARD, phase.id, 0, Card(id="new", label=Label.same("New")))
    a.update(phase.cards[0].id, status=Status.YELLOW)
    a.move(phase.cards[1].id, phases(main)[1].id, 0)
    a.remove(phase.cards[2].id)
    merge_copy(main, a.workshop)
    after_first = workshop_to_data(main.workshop)

    again = analyse(main.workshop, a.workshop).plan()

    assert again.operations == [] and not again.report.changes_anything
    assert workshop_to_data(reopened(main)) == after_first


def test_the_whole_merge_is_undone_as_one(main):
    before = workshop_to_data(main.workshop)
    phase = phases(main)[0]
    a = copy_for(main, "Grupa A")
    a.insert(Kind.CARD, phase.id, 0, Card(id="new", label=Label.same("New")))
    a.update(phase.cards[0].id, status=Status.YELLOW)
    a.move(phase.cards[1].id, phases(main)[1].id, 0)
    a.remove(phase.cards[2].id)
    plan = analyse(main.workshop, a.workshop).plan()
    heard = []
    main.changes.connect(heard.append)

    undo = apply_operations(main, plan.operations)
    apply_operations(main, undo)

    assert len(heard) == 2  # one change-set each way
    assert workshop_to_data(main.workshop) == before
    assert workshop_to_data(reopened(main)) == before


def test_a_merge_that_cannot_apply_writes_nothing(main):
    main.insert(Kind.COMPETITOR, None, 0, Competitor(id="rival", name="Rival"))
    a = copy_for(main, "Grupa A")
    card = phases(main)[0].cards[0].id
    a.insert(Kind.GAP, card, 0, Gap(id="g", competitor="rival"))
    a.update(card, notes="A")
    main.remove("rival")
    before = workshop_to_data(main.workshop)

    with pytest.raises(MergeError, match=r"cannot be merged.*competitor"):
        merge_copy(main, a.workshop)

    assert workshop_to_data(main.workshop) == before
    assert workshop_to_data(reopened(main)) == before


def test_a_dry_run_reports_and_changes_nothing(main):
    a = copy_for(main, "Grupa A")
    a.update(phases(main)[0].cards[0].id, notes="A")
    before = workshop_to_data(main.workshop)

    report = merge_copy(main, a.workshop, dry_run=True)

    assert [i.fields for i in report.changed] == [("notes",)]
    assert workshop_to_data(main.workshop) == before == workshop_to_data(reopened(main))


def test_a_copy_of_another_workshop_or_no_copy_at_all_is_refused(main, tmp_path):
    other_file, other = make_file(tmp_path / "other.shoppermap")
    other_file.close()
    with pytest.raises(MergeError, match=r"^not a group copy"):
        analyse(main.workshop, other.workshop)
    with pytest.raises(MergeError, match="another workshop"):
        analyse(main.workshop, hand_out(other.workshop, group="A"))
    damaged = hand_out(main.workshop, group="A")
    damaged.handout.base = {"journeys": "not a list"}
    with pytest.raises(MergeError, match="damaged"):
        analyse(main.workshop, damaged)


def test_the_handout_record_survives_the_file_and_the_workshop_json(main, tmp_path):
    copy = hand_out(main.workshop, group="Grupa A")
    WorkshopFile.create(tmp_path / "a.shoppermap", copy).close()
    file, stored = WorkshopFile.open(tmp_path / "a.shoppermap")
    file.close()
    assert stored.handout.group == "Grupa A"
    expected_base = workshop_to_data(main.workshop)
    del expected_base["handout"]
    assert stored.handout.base == expected_base

    data = json.loads(json.dumps(workshop_to_data(stored)))
    assert data["handout"]["group"] == "Grupa A"
    assert workshop_to_data(main.workshop)["handout"] is None
    again = Document(workshop_from_data(data))
    again.update(phases(main)[0].cards[0].id, notes="via JSON")
    merge_copy(main, again.workshop)
    assert main.get(phases(main)[0].cards[0].id).notes == "via JSON"


def test_a_copy_of_a_copy_merges_into_the_copy_it_came_from(main):
    a = copy_for(main, "Grupa A")
    a1 = Document(hand_out(a.workshop, group="Grupa A1"))
    assert "handout" not in a1.workshop.handout.base
    a1.update(phases(main)[0].cards[0].id, notes="A1")
    merge_copy(a, a1.workshop)
    assert a.workshop.handout.group == "Grupa A"  # the copy stays a copy of the main workshop
    merge_copy(main, a.workshop)
    assert main.get(phases(main)[0].cards[0].id).notes == "A1"


def test_group_names_are_checked():
    assert group_names(" Grupa A,Grupa  B ") == ["Grupa A", "Grupa B"]
    with pytest.raises(HandoutError, match="twice"):
        group_names("A, a")
    with pytest.raises(HandoutError, match="needs a name"):
        group_names("A,,B")


def test_a_groups_brands_scenarios_and_numbers_merge_back(main):
    from decimal import Decimal

    from shoppermap.domain.models import Brand, Scenario

    card = phases(main)[0].cards[0]
    main.insert(Kind.SCENARIO, None, 0, Scenario(id="base", name="Base"))
    main.insert(Kind.OPPORTUNITY, card.id, 0, Opportunity(id="ours", scenarios=["base"]))
    a = copy_for(main, "Grupa A")
    a.insert(Kind.BRAND, None, 0, Brand(id="xxl", name="Crunchy XXL"))
    a.insert(Kind.SCENARIO, None, 1, Scenario(id="lean", name="Lean"))
    a.insert(
        Kind.OPPORTUNITY,
        card.id,
        1,
        Opportunity(
            id="theirs",
            brand="xxl",
            stores=48,
            units_per_store=2,
            unit_cost=Decimal("3.5"),
            scenarios=["lean"],
        ),
    )
    a.update("ours", scenarios=["base", "lean"], uplift_pct=Decimal("12.5"))

    report = merge_copy(main, a.workshop)

    merged = reopened(main)
    assert [b.name for b in merged.brands] == ["Crunchy XXL"]
    assert [s.id for s in merged.scenarios] == ["base", "lean"]
    stored = {o.id: o for p in merged.journeys[0].stages[0].phases for c in p.cards for o in c.opportunities}
    assert (stored["theirs"].brand, stored["theirs"].scenarios, stored["theirs"].unit_cost) == (
        "xxl",
        ["lean"],
        Decimal("3.5"),
    )
    assert (stored["ours"].scenarios, stored["ours"].uplift_pct) == (["base", "lean"], Decimal("12.5"))
    assert report.conflicts == []


def test_a_scenario_the_group_removed_stays_while_an_action_here_belongs_to_it(main):
    from shoppermap.domain.models import Scenario

    card = phases(main)[0].cards[0]
    main.insert(Kind.SCENARIO, None, 0, Scenario(id="lean", name="Lean"))
    a = copy_for(main, "Grupa A")
    a.remove("lean")
    main.insert(Kind.OPPORTUNITY, card.id, 0, Opportunity(id="ours", scenarios=["lean"]))

    report = merge_copy(main, a.workshop)

    assert [s.id for s in reopened(main).scenarios] == ["lean"]
    assert [i.reason for i in report.left] == [Reason.STILL_USED]


def test_a_hand_out_focus_names_a_stage_or_journey_of_the_workshop(main):
    from shoppermap.domain.handout import find_focus

    journey = main.workshop.journeys[0]
    buy = journey.stages[2]
    assert hand_out(main.workshop, group="A", focus=buy.id).handout.focus == buy.id
    with pytest.raises(HandoutError, match="no stage or journey"):
        hand_out(main.workshop, group="A", focus="nope")
    assert find_focus(main.workshop, "buy") == buy.id
    assert find_focus(main.workshop, buy.label.pl.upper()) == buy.id
    assert find_focus(main.workshop, journey.name) == journey.id
    assert find_focus(main.workshop, f"{journey.name}/Buy") == buy.id
    with pytest.raises(HandoutError, match="no stage or journey 'Checkout'"):
        find_focus(main.workshop, "Checkout")
