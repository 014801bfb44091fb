"""The calendar's layout without Qt: weeks, rows, period bands, edits in time and warnings, with exact dates."""

from __future__ import annotations

import datetime as dt

from shoppermap.domain.calendar_layout import (
    GroupBy,
    Week,
    default_range,
    into_period,
    layout,
    moved,
    period_lanes,
    placed,
    resized,
    warnings,
    weeks,
)
from shoppermap.domain.document import Document
from shoppermap.domain.labels import Label
from shoppermap.domain.models import (
    Card,
    Journey,
    Opportunity,
    OpportunityStatus,
    Period,
    Phase,
    Stage,
    Workshop,
)

D = dt.date
EASTER = Period(id="easter", name=Label.same("Easter"), start=D(2026, 3, 29), end=D(2026, 4, 6))
MAY = Period(id="may", name=Label.same("May"), start=D(2026, 5, 1), end=D(2026, 5, 3))
SUMMER = Period(id="summer", name=Label.same("Summer"), start=D(2026, 4, 1), end=D(2026, 8, 31))
LOOSE = Period(id="loose", name=Label.same("Someday"))


def document(*cards_by_stage: list[Card], periods=(EASTER, MAY, SUMMER, LOOSE)) -> Document:
    stages = [
        Stage(id=f"s{i}", label=Label.same(f"Stage {i}"), phases=[Phase(label=Label.same("p"), cards=cards)])
        for i, cards in enumerate(cards_by_stage)
    ]
    return Document(Workshop(periods=list(periods), journeys=[Journey(name="J", stages=stages)]))


def card(cid: str, *opportunities: Opportunity, hidden: bool = False) -> Card:
    return Card(id=cid, label=Label.same(cid), opportunities=list(opportunities), hidden=hidden)


def test_weeks_are_iso_weeks_from_the_monday_of_the_first_day():
    found = weeks(D(2026, 2, 12), D(2026, 3, 2))
    assert found == [
        Week(2026, 7, D(2026, 2, 9)),
        Week(2026, 8, D(2026, 2, 16)),
        Week(2026, 9, D(2026, 2, 23)),
        Week(2026, 10, D(2026, 3, 2)),
    ]


def test_the_iso_year_of_a_week_at_new_year():
    assert weeks(D(2026, 12, 30), D(2027, 1, 4)) == [
        Week(2026, 53, D(2026, 12, 28)),
        Week(2027, 1, D(2027, 1, 4)),
    ]


def test_the_default_range_is_twelve_months_from_the_workshop_date():
    assert default_range(D(2026, 2, 12), D(2030, 1, 1)) == (D(2026, 2, 12), D(2027, 2, 11))
    assert default_range(None, D(2028, 2, 29)) == (D(2028, 2, 29), D(2029, 2, 28))
    assert len(weeks(*default_range(D(2026, 2, 12), D(2026, 1, 1)))) == 53


def test_an_action_in_a_dated_period_runs_on_its_dates_and_undated_ones_go_apart():
    in_easter = Opportunity(
        id="a", period="easter", start=D(2026, 1, 5), end=D(2026, 1, 9), retailer="Auchan"
    )
    own = Opportunity(id="b", start=D(2026, 6, 1), end=D(2026, 6, 14), retailer="auchan ")
    in_loose = Opportunity(id="c", period="loose")
    nothing = Opportunity(id="d", retailer="Lidl")
    doc = document([card("k", in_easter, own, in_loose, nothing)])
    found = layout(doc, group_by=GroupBy.RETAILER)
    assert [(g.value, [(e.id, e.start, e.end) for e in g.entries]) for g in found.groups] == [
        ("Auchan", [("a", D(2026, 3, 29), D(2026, 4, 6)), ("b", D(2026, 6, 1), D(2026, 6, 14))]),
    ]
    assert [e.id for e in found.undated] == ["c", "d"]


def test_groups_by_text_are_alphabetical_with_none_last_and_stages_in_map_order():
    dates = dict(start=D(2026, 3, 2), end=D(2026, 3, 8))
    doc = document(
        [card("k1", Opportunity(id="a", owner="Zoe", **dates), Opportunity(id="b", **dates))],
        [card("k2", Opportunity(id="c", owner="anna", **dates))],
        [card("k3", Opportunity(id="h", owner="Hidden", **dates), hidden=True)],
    )
    by_owner = layout(doc, group_by=GroupBy.OWNER)
    assert [(g.value, [e.id for e in g.entries]) for g in by_owner.groups] == [
        ("anna", ["c"]),
        ("Zoe", ["a"]),
        ("", ["b"]),
    ]
    by_stage = layout(doc, group_by=GroupBy.STAGE)
    assert [(g.label.en, [e.id for e in g.entries]) for g in by_stage.groups] == [
        ("Stage 0", ["a", "b"]),
        ("Stage 1", ["c"]),
    ]
    only_zoe = layout(doc, group_by=GroupBy.OWNER, include=lambda _card, o: o.owner == "Zoe")
    assert [e.id for e in only_zoe.entries()] == ["a"]


def test_period_bands_share_a_lane_when_they_do_not_overlap():
    lanes = period_lanes([SUMMER, MAY, EASTER, LOOSE], D(2026, 2, 12), D(2027, 2, 11))
    assert [(p.id, lane) for p, lane in lanes] == [("easter", 0), ("summer", 1), ("may", 0)]
    assert period_lanes([EASTER], D(2026, 5, 1), D(2026, 6, 1)) == []


def test_moving_an_action_of_a_period_takes_it_out_onto_the_moved_period_dates():
    a = Opportunity(id="a", period="easter", start=D(2026, 1, 5), end=D(2026, 1, 9))
    b = Opportunity(id="b", period="easter")
    doc = document([card("k", a, b)])
    fields = moved(doc, a, 7)
    assert fields == {"period": None, "start": D(2026, 4, 5), "end": D(2026, 4, 13)}
    doc.update("a", **fields)
    assert doc.opportunity_dates(doc.get("b")) == (D(2026, 3, 29), D(2026, 4, 6))  # b stays


def test_resizing_never_passes_the_other_end():
    a = Opportunity(id="a", start=D(2026, 3, 2), end=D(2026, 3, 8))
    doc = document([card("k", a)])
    assert resized(doc, a, start=D(2026, 2, 23)) == {
        "period": None,
        "start": D(2026, 2, 23),
        "end": D(2026, 3, 8),
    }
    assert resized(doc, a, end=D(2026, 3, 1)) == {
        "period": None,
        "start": D(2026, 3, 2),
        "end": D(2026, 3, 2),
    }
    assert resized(doc, Opportunity(), end=D(2026, 3, 1)) == {}


def test_placing_an_undated_action_and_putting_one_in_a_period():
    assert placed(D(2026, 3, 2)) == {"period": None, "start": D(2026, 3, 2), "end": D(2026, 3, 8)}
    assert into_period(MAY) == {"period": "may"}


def test_warnings_empty_periods_for_a_retailer_and_clashes():
    doc = document(
        [
            card(
                "k",
                Opportunity(id="a", pos_tool="wobbler", retailer="Auchan", period="easter"),
                Opportunity(
                    id="b", pos_tool="Wobbler", retailer="auchan", start=D(2026, 4, 1), end=D(2026, 4, 2)
                ),
                Opportunity(id="c", pos_tool="wobbler", retailer="Lidl", period="may"),
                Opportunity(id="d", retailer="", start=D(2026, 8, 1), end=D(2026, 8, 2)),
                Opportunity(id="x", retailer="Auchan", period="may", status=OpportunityStatus.DROPPED),
            )
        ]
    )
    every = warnings(doc)
    assert every.clashes == {"b": "a"}
    assert every.clashing == {"a", "b"}
    assert every.empty_periods == {"loose"}
    # for Auchan, May holds only Lidl's action and a dropped one; summer has the every-retailer action
    assert warnings(doc, retailer=" AUCHAN").empty_periods == {"may", "loose"}
    assert warnings(doc, retailer="Lidl").empty_periods == {"easter", "loose"}


def test_a_groups_actions_step_down_by_start_date_and_keep_map_order_when_they_start_together():
    from shoppermap.domain.document import Document
    from shoppermap.domain.labels import Label
    from shoppermap.domain.models import Card, Journey, Opportunity, Phase, Stage, Workshop

    d = dt.date
    cards = [
        Card(id="late", label=Label.same("Late"), opportunities=[
            Opportunity(id="o-dec", retailer="X", start=d(2026, 12, 1), end=d(2026, 12, 20))]),
        Card(id="early", label=Label.same("Early"), opportunities=[
            Opportunity(id="o-mar", retailer="X", start=d(2026, 3, 2), end=d(2026, 3, 20)),
            Opportunity(id="o-mar-2", retailer="X", start=d(2026, 3, 2), end=d(2026, 3, 20))]),
    ]  # fmt: skip
    workshop = Workshop(
        journeys=[
            Journey(stages=[Stage(label=Label.same("S"), phases=[Phase(label=Label.same("P"), cards=cards)])])
        ]
    )
    laid = layout(Document(workshop), group_by=GroupBy.RETAILER)
    assert [e.id for e in laid.groups[0].entries] == ["o-mar", "o-mar-2", "o-dec"]
