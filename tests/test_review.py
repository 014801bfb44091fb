"""The plan check: a workshop built with known problems yields each of them and nothing more."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from shoppermap.cli import main
from shoppermap.domain.labels import Label
from shoppermap.domain.models import (
    Card,
    Competitor,
    Gap,
    Journey,
    Kpi,
    Opportunity,
    OpportunityStatus,
    Phase,
    Stage,
    Status,
    Threat,
    Workshop,
)
from shoppermap.domain.review import FindingKind, SalesPeriod, review
from shoppermap.workshops import create_workshop_file

from .conftest import run_cli

K = FindingKind
MARCH = dict(start=dt.date(2026, 3, 1), end=dt.date(2026, 3, 31))


def action(oid: str, **fields) -> Opportunity:
    """A complete action (owner, March dates, cost, KPI) unless `fields` say otherwise."""
    values = dict(owner="Anna", cost=Decimal(100), kpi=Kpi.ROTATION, **MARCH)
    values.update(fields)
    return Opportunity(id=oid, **values)


def card(cid: str, *opportunities: Opportunity, **fields) -> Card:
    return Card(
        id=cid, label=Label(en=cid.title(), pl=f"pl-{cid}"), opportunities=list(opportunities), **fields
    )


def stage(sid: str, *cards: Card) -> Stage:
    return Stage(
        id=sid,
        label=Label(en=sid.title(), pl=f"pl-{sid}"),
        phases=[Phase(label=Label.same("p"), cards=list(cards))],
    )


def known_problems() -> Workshop:
    """One journey whose every problem is listed in EXPECTED."""
    prepare = stage(
        "prepare",
        # red and a moment of truth, with a complete action: nothing to say
        card("leaflet", action("o-leaflet"), status=Status.RED, moment_of_truth=True),
        # a moment of truth with no action
        card("app", moment_of_truth=True),
        # hidden cards are off the map: no finding, however red
        card("radio", status=Status.RED, moment_of_truth=True, hidden=True),
        # a green card with nothing is fine
        card("billboard", status=Status.GREEN),
    )
    buy = stage(
        "buy",
        card(
            "shelf",
            action("o-wob1", pos_tool="wobbler", retailer="HyperMax", description="Wobbler\nsecond line"),
            # same tool, same retailer (case and spaces aside), overlapping dates: a duplicate
            action(
                "o-wob2",
                pos_tool="Wobbler ",
                retailer="  hypermax",
                start=dt.date(2026, 3, 20),
                end=dt.date(2026, 4, 10),
            ),
            # another retailer: not a duplicate
            action("o-wob3", pos_tool="wobbler", retailer="Lidl"),
            # no retailer means every retailer: a duplicate of the first HyperMax one
            action("o-wob4", pos_tool="wobbler", retailer=""),
            # the same retailer in May: not a duplicate
            action(
                "o-wob5",
                pos_tool="wobbler",
                retailer="HyperMax",
                start=dt.date(2026, 5, 1),
                end=dt.date(2026, 5, 9),
            ),
            # undated: incomplete, but not compared
            action("o-wob6", pos_tool="wobbler", retailer="HyperMax", start=None, end=None),
            # a dropped twin is no action at all
            action("o-wob7", pos_tool="wobbler", retailer="HyperMax", status=OpportunityStatus.DROPPED),
            status=Status.YELLOW,
        ),
        card(
            "checkout",
            # missing owner and KPI; a zero cost is a cost
            action("o-till", description=" Impulse shelf\nby till 3", owner="  ", kpi=None, cost=Decimal(0)),
            # only a start date: not dated; no cost
            action("o-sep", pos_tool="checkout-divider", end=None, cost=None),
            action("o-gone", status=OpportunityStatus.DROPPED, owner=""),
            gaps=[
                Gap(id="g-open", competitor="brand-x", threat=Threat.HIGH),
                Gap(id="g-answered", threat=Threat.HIGH, opportunity="o-till"),
                Gap(id="g-dropped", threat=Threat.HIGH, opportunity="o-gone"),
                Gap(id="g-medium", threat=Threat.MEDIUM),
            ],
        ),
        # red with only a dropped action: critical (and not also a moment of truth)
        card(
            "stand",
            action("o-stand", status=OpportunityStatus.DROPPED),
            status=Status.RED,
            moment_of_truth=True,
        ),
    )
    # a stage whose only action is dropped or on a hidden card has no action at all
    use = stage(
        "use",
        card("receipt", action("o-receipt", status=OpportunityStatus.DROPPED)),
        card("review", action("o-hidden"), hidden=True),
    )
    journey = Journey(id="j", name="Weekly shop", stages=[prepare, buy, use])
    return Workshop(competitors=[Competitor(id="brand-x", name="Brand X")], journeys=[journey])


EXPECTED = [
    (K.MOMENT_WITHOUT_ACTION, "app", None),
    (K.DUPLICATE_ACTION, "shelf", "o-wob2"),
    (K.DUPLICATE_ACTION, "shelf", "o-wob4"),
    (K.ACTION_INCOMPLETE, "shelf", "o-wob6"),
    (K.GAP_UNANSWERED, "checkout", None),
    (K.GAP_UNANSWERED, "checkout", None),
    (K.ACTION_INCOMPLETE, "checkout", "o-till"),
    (K.ACTION_INCOMPLETE, "checkout", "o-sep"),
    (K.CRITICAL_WITHOUT_ACTION, "stand", None),
    (K.STAGE_WITHOUT_ACTION, None, None),
]

EXPECTED_TEXT = [
    "Prepare › App: moment of truth with no POS action",
    "Buy › Shelf: Wobbler for HyperMax twice in overlapping dates (2026-03-20 – 2026-03-31)",
    "Buy › Shelf: Wobbler for HyperMax twice in overlapping dates (2026-03-01 – 2026-03-31)",
    "Buy › Shelf: action Wobbler has no dates",
    "Buy › Checkout: high-threat gap (Brand X) with no answering action",
    "Buy › Checkout: high-threat gap with no answering action",
    "Buy › Checkout: action 'Impulse shelf' has no owner or KPI",
    "Buy › Checkout: action Checkout belt divider has no dates or cost",
    "Buy › Stand: critical touchpoint with no POS action",
    "Use: no action in this stage",
]


def test_known_problems_are_found_and_nothing_more():
    findings = review(known_problems())
    assert [(f.kind, f.card_id, f.opportunity_id) for f in findings] == EXPECTED
    by_kind = {(f.kind, f.opportunity_id or f.gap_id): f for f in findings}
    assert by_kind[K.ACTION_INCOMPLETE, "o-till"].missing == ("owner", "kpi")
    assert by_kind[K.ACTION_INCOMPLETE, "o-sep"].missing == ("dates", "cost")
    assert by_kind[K.DUPLICATE_ACTION, "o-wob2"].other_opportunity_id == "o-wob1"
    assert by_kind[K.DUPLICATE_ACTION, "o-wob4"].other_opportunity_id == "o-wob1"
    assert [f.gap_id for f in findings if f.kind == K.GAP_UNANSWERED] == ["g-open", "g-dropped"]
    assert findings[-1].stage_id == "use" and findings[-1].card_id is None
    assert by_kind[K.ACTION_INCOMPLETE, "o-till"].action == "Impulse shelf"  # the first line only


def test_a_clean_workshop_has_no_findings():
    workshop = Workshop(
        journeys=[Journey(stages=[stage("buy", card("shelf", action("o1"), status=Status.RED))])]
    )
    assert review(workshop) == []


def test_no_periods_means_no_period_findings():
    assert not [f for f in review(known_problems()) if f.kind == K.PERIOD_EMPTY]


def test_a_sales_period_with_no_action_in_it_is_empty():
    workshop = known_problems()
    shelf = workshop.journeys[0].stages[1].phases[0].cards[0]
    shelf.opportunities.append(action("o-xmas", start=None, end=None, period="xmas"))
    periods = [
        SalesPeriod(
            "easter", "Easter", dt.date(2026, 3, 25), dt.date(2026, 4, 5)
        ),  # overlapped by March actions
        SalesPeriod("xmas", "Christmas", dt.date(2026, 12, 1), dt.date(2026, 12, 24)),  # an action names it
        SalesPeriod("bts", "Back to school", dt.date(2026, 8, 15), dt.date(2026, 9, 10)),
        ("summer", "Summer", dt.date(2026, 6, 20), dt.date(2026, 7, 31)),  # a plain tuple will do
    ]
    findings = review(workshop, periods=periods)
    empty = [(f.period_id, f.period, f.start, f.card_id) for f in findings if f.kind == K.PERIOD_EMPTY]
    # in order of their start
    assert empty == [
        ("summer", "Summer", dt.date(2026, 6, 20), None),
        ("bts", "Back to school", dt.date(2026, 8, 15), None),
    ]
    assert findings[-2:] == [f for f in findings if f.kind == K.PERIOD_EMPTY]
    # the period's dates make an action dated
    assert "o-xmas" not in [f.opportunity_id for f in findings]
    assert "o-xmas" in [f.opportunity_id for f in review(workshop)]  # without the period it is undated


def test_a_period_named_by_its_name_counts_too():
    workshop = known_problems()
    shelf = workshop.journeys[0].stages[1].phases[0].cards[0]
    shelf.opportunities.append(action("o-q4", start=None, end=None, period=" christmas "))
    periods = [SalesPeriod("xmas", "Christmas", dt.date(2026, 12, 1), dt.date(2026, 12, 24))]
    findings = review(workshop, periods=periods)
    assert [f for f in findings if f.kind == K.PERIOD_EMPTY] == []
    assert "o-q4" not in [f.opportunity_id for f in findings]


def test_undated_twins_are_not_duplicates_but_both_undated():
    twins = [action(f"o{i}", pos_tool="wobbler", start=None, end=None) for i in range(2)]
    workshop = Workshop(journeys=[Journey(stages=[stage("buy", card("shelf", *twins))])])
    assert [(f.kind, f.opportunity_id) for f in review(workshop)] == [
        (K.ACTION_INCOMPLETE, "o0"),
        (K.ACTION_INCOMPLETE, "o1"),
    ]


def test_every_journey_is_checked_in_order():
    first = Journey(id="j1", name="Weekly", stages=[stage("a", card("x", action("o1")))])
    second = Journey(id="j2", name="Party", stages=[stage("b", card("y", moment_of_truth=True))])
    findings = review(Workshop(journeys=[first, second]))
    assert [(f.kind, f.journey_id, f.card_id) for f in findings] == [
        (K.STAGE_WITHOUT_ACTION, "j2", None),
        (K.MOMENT_WITHOUT_ACTION, "j2", "y"),
    ]
    assert findings[0].journey == "Party"


# --- the command line ----------------------------------------------------------------------


def known_problems_file(tmp_path):
    workshop = known_problems()
    path = tmp_path / "problems.shoppermap"
    file, _ = create_workshop_file(path, workshop)
    file.close()
    return path


def test_review_json_lists_each_known_problem(tmp_path, capsys):
    path = known_problems_file(tmp_path)
    before = path.read_bytes()
    assert main(["review", str(path), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["kind"], r["card"]) for r in rows] == [(k.value, c) for k, c, _ in EXPECTED]
    assert [r["text"] for r in rows] == EXPECTED_TEXT
    assert set(rows[0]) == {"kind", "card", "text"}
    assert path.read_bytes() == before  # a review writes nothing


def test_review_prints_one_line_per_finding_and_labels_in_polish(tmp_path, capsys):
    path = known_problems_file(tmp_path)
    assert main(["review", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [*EXPECTED_TEXT, "10 finding(s)"]
    assert main(["review", str(path), "--lang", "pl"]) == 0
    assert (
        capsys.readouterr().out.splitlines()[0] == "pl-prepare › pl-app: moment of truth with no POS action"
    )


def test_review_of_a_clean_workshop_says_so(tmp_path, capsys):
    path = tmp_path / "clean.shoppermap"
    workshop = Workshop(journeys=[Journey(stages=[stage("buy", card("shelf", action("o1")))])])
    create_workshop_file(path, workshop)[0].close()
    assert main(["review", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["review", str(path)]) == 0
    assert capsys.readouterr().out == "No findings: the plan check passes\n"


def test_review_of_a_missing_or_bad_file_is_one_line(tmp_path):
    result = run_cli("review", str(tmp_path / "nope.shoppermap"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    bad = tmp_path / "bad.shoppermap"
    bad.write_text("not a database")
    result = run_cli("review", str(bad), "--json")
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith("shoppermap: ") and result.stderr.count("\n") == 1


def test_an_action_in_a_dated_period_runs_on_the_periods_dates_as_in_the_plan():
    from shoppermap.domain.models import Period, PeriodKind

    workshop = known_problems()
    workshop.periods = [
        Period(
            id="march",
            name=Label(en="March leaflet", pl="Gazetka marcowa"),
            kind=PeriodKind.RETAILER,
            **MARCH,
        ),
        Period(
            id="xmas",
            name=Label(en="Christmas", pl="Boże Narodzenie"),
            start=dt.date(2026, 12, 1),
            end=dt.date(2026, 12, 24),
        ),
    ]
    for place in workshop.journeys[0].stages:
        for phase in place.phases:
            for each in phase.cards:
                for opportunity in each.opportunities:
                    opportunity.period = "xmas"  # every action, with its own March dates, moved to Christmas
    empty = [f for f in review(workshop) if f.kind == K.PERIOD_EMPTY]
    assert [(f.period_id, f.period, f.period_label.pl) for f in empty] == [
        ("march", "March leaflet", "Gazetka marcowa")
    ]


def test_a_cost_built_up_from_quantities_counts_and_half_done_quantities_do_not():
    built = action("o1", cost=None, stores=10, units_per_store=2, unit_cost=Decimal("3.50"))
    half = action("o2", cost=Decimal(100), stores=10, units_per_store=2)  # the typed cost no longer counts
    workshop = Workshop(journeys=[Journey(stages=[stage("buy", card("shelf", built), card("aisle", half))])])
    assert [(f.kind, f.missing) for f in review(workshop)] == [(K.ACTION_INCOMPLETE, ("cost",))]
