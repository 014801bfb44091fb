"""The shipped sample workshop: valid, realistic, and it imports and checks from the command line."""

from __future__ import annotations

import json
from decimal import Decimal

from openpyxl import load_workbook

from shoppermap.domain import figures
from shoppermap.domain.frameworks import Location
from shoppermap.domain.models import CostKind, PeriodKind, Status
from shoppermap.domain.sales_periods import preset_periods
from shoppermap.export.workshop_json import read_workshop_json, workshop_to_data

from .conftest import REPO, run_cli
from .helpers import library

SAMPLE = REPO / "resources" / "samples" / "crunchy-snacks-hypermarket.json"


def all_cards(workshop):
    return [c for j in workshop.journeys for s in j.stages for p in s.phases for c in p.cards]


def test_sample_is_the_canonical_workshop_json():
    workshop = read_workshop_json(SAMPLE)
    # written exactly as the JSON export writes it, so an export of an untouched copy matches the file
    assert workshop_to_data(workshop) == json.loads(SAMPLE.read_text(encoding="utf-8"))


def test_sample_describes_a_hypermarket_workshop():
    info = read_workshop_json(SAMPLE).workshop
    assert info.retailer == "HiperMax"
    assert info.channel == "Hipermarket"
    assert "Przekąski słone" in info.category
    assert info.facilitator and info.participants.count(",") >= 3
    assert info.currency == "PLN"
    assert info.language == "pl"


def test_sample_journeys_come_from_the_shopper_journey_framework():
    workshop = read_workshop_json(SAMPLE)
    framework = library().get("shopper-journey")
    known = {t.id for t in framework.touchpoints()}
    assert [j.name for j in workshop.journeys] == [
        "Rodzinne zakupy tygodniowe",
        "Wieczorne dokupienie na imprezę",
    ]
    for journey in workshop.journeys:
        assert journey.framework == "shopper-journey"
        assert journey.persona
        assert [s.source for s in journey.stages] == [s.id for s in framework.stages]
        cards = [c for s in journey.stages for p in s.phases for c in p.cards]
        framework_cards = [c.touchpoint for c in cards if c.touchpoint]
        assert set(framework_cards) == known  # adapted by hiding, never by losing touchpoints
        custom = [c for c in cards if c.touchpoint is None]
        assert len(custom) == 1
        assert custom[0].label.pl and custom[0].label.en and custom[0].label.pl != custom[0].label.en
        assert any(c.hidden for c in cards)


def test_sample_annotations_are_realistic():
    workshop = read_workshop_json(SAMPLE)
    info = workshop.workshop
    cards = all_cards(workshop)
    annotated = [
        c for c in cards if c.status or c.opportunities or c.gaps or c.moment_of_truth or c.quick_win
    ]
    opportunities = [o for c in cards for o in c.opportunities]
    gaps = [g for c in cards for g in c.gaps]
    tools = {t.id for t in library().pos_tools.tools}

    assert 22 <= len(annotated) <= 30
    assert {c.status for c in annotated} >= {Status.GREEN, Status.YELLOW, Status.RED}
    assert {c.location for c in cards if c.moment_of_truth} == {Location.AISLE, Location.CHECKOUT}
    assert sum(c.quick_win for c in cards) >= 3
    assert all(c.owner in info.owners for c in annotated)

    assert len(opportunities) == 20
    assert all(o.pos_tool in tools for o in opportunities)
    assert {"wobbler", "end-cap", "checkout-display", "retailer-leaflet", "sampling"} <= {
        o.pos_tool for o in opportunities
    }
    assert all(o.retailer == "HiperMax" for o in opportunities)
    assert all(Decimal(0) < figures.cost(o) <= Decimal(50000) for o in opportunities)
    # most costs are built up from quantities; a few are typed, with no quantities
    built = [o for o in opportunities if figures.has_quantities(o)]
    assert 15 <= len(built) < len(opportunities)
    assert all(o.cost is None for o in built) and all(o.cost for o in opportunities if o not in built)
    assert sum(figures.total_units(o) is not None for o in opportunities) >= 12
    assert {o.cost_kind for o in opportunities} == set(CostKind)
    brands = {b.id for b in workshop.brands}
    assert len(brands) >= 3 and all(o.brand in brands and o.mechanic for o in opportunities)
    assert all(o.baseline_sales and o.uplift_pct and o.margin_pct for o in opportunities)
    rois = [figures.figures(o).roi for o in opportunities]
    assert any(r > 0 for r in rois) and any(r < 0 for r in rois)  # a plan with winners and losers
    scenarios = [s.id for s in workshop.scenarios]
    assert len(scenarios) == 3
    assert all(o.scenarios for o in opportunities)
    assert len({tuple(o.scenarios) for o in opportunities}) >= 3  # the scenarios differ
    assert all(o.owner in info.owners and o.kpi and o.priority and o.description for o in opportunities)
    periods = {p.id: p for p in workshop.periods}
    assert all(p.start and p.end and p.name.pl and p.name.en for p in periods.values())
    assert {p.kind for p in periods.values()} == {PeriodKind.HOLIDAY, PeriodKind.RETAILER, PeriodKind.OWN}
    in_periods = [o for o in opportunities if o.period]
    assert 14 <= len(in_periods) < len(opportunities)  # most run in a period, some on their own dates
    assert {periods[o.period].name.pl for o in in_periods} >= {
        "Zakupy świąteczne",
        "Powrót do szkoły",
        "Q2 2026",
    }
    assert all(o.start is None and o.end is None for o in in_periods)  # their dates are the period's
    assert all(o.start and o.end and o.start.year == 2026 for o in opportunities if not o.period)
    # the presets in the sample have the dates the presets compute for 2026
    for preset, period in preset_periods(2026):
        for mine in periods.values():
            if mine.name == period.name:
                assert (mine.start, mine.end, mine.kind) == (period.start, period.end, period.kind), (
                    preset.key
                )
    assert len({o.status for o in opportunities}) >= 3

    assert 2 <= len(workshop.competitors) <= 3
    with_competitor = [g for g in gaps if g.competitor]
    assert len(with_competitor) >= 6
    assert {g.competitor for g in with_competitor} == {c.id for c in workshop.competitors}
    assert sum(1 for g in gaps if g.opportunity) >= 4


def test_sample_imports_checks_and_exports_from_the_command_line(tmp_path):
    path = tmp_path / "sample.shoppermap"
    created = run_cli("new", str(path), "--from", str(SAMPLE))
    assert created.returncode == 0, created.stderr
    assert "2 journey(s), 186 cards" in created.stdout

    checked = run_cli("check", str(path))
    assert checked.returncode == 0, checked.stderr
    assert "opportunities: 20" in checked.stdout
    assert "competitors: 3" in checked.stdout
    assert "integrity: ok" in checked.stdout

    plan = tmp_path / "plan.xlsx"
    exported = run_cli("export", str(path), "-o", str(plan), "--retailer", "HiperMax", "--lang", "en")
    assert exported.returncode == 0, exported.stderr
    sheet = load_workbook(plan, read_only=True).worksheets[0]
    rows = [r for r in sheet.iter_rows(values_only=True) if any(v is not None for v in r)]
    assert sum(1 for r in rows if "HiperMax" in r) == 20  # one row per opportunity


def test_the_helps_roi_example_is_the_samples_wobbler():
    workshop = read_workshop_json(SAMPLE)
    wobbler = next(
        o
        for j in workshop.journeys
        for s in j.stages
        for p in s.phases
        for c in p.cards
        for o in c.opportunities
        if o.pos_tool == "wobbler"
    )
    f = figures.figures(wobbler)
    assert (f.total_units, f.cost, f.incremental_sales, f.incremental_margin) == (
        1200,
        Decimal("1800.00"),
        Decimal("32400.00"),
        Decimal("10692.00"),
    )
    assert round(f.roi * 100) == 494
    help_dir = SAMPLE.parents[1] / "help"
    english = (help_dir / "en" / "plan.html").read_text(encoding="utf-8")
    polish = (help_dir / "pl" / "plan.html").read_text(encoding="utf-8")
    assert all(n in english for n in ("1,200 units", "1,800.00", "32,400.00", "10,692.00", "+494%"))
    assert all(n in polish for n in ("1 200 sztuk", "1 800,00 zł", "32 400,00 zł", "10 692,00 zł", "+494%"))
