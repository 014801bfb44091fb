"""The scenario comparison: the sample's numbers worked out by hand, differences, the command line."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from shoppermap.cli import main
from shoppermap.domain.labels import Label
from shoppermap.domain.models import (
    Card,
    Journey,
    Opportunity,
    OpportunityStatus,
    Phase,
    Scenario,
    Stage,
    Workshop,
)
from shoppermap.domain.scenarios import compare, difference, row_of
from shoppermap.export.workshop_json import read_workshop_json

from .conftest import REPO

SAMPLE = REPO / "resources" / "samples" / "crunchy-snacks-hypermarket.json"
BASE, STRETCH, NO_END_CAP = "s1bazowy00000001", "s2rozszerzony002", "s3bezkoncowek003"


def small_workshop(*opportunities_per_card: list[Opportunity], scenarios=()) -> Workshop:
    """One journey, one stage per card, each card holding the given actions."""
    stages = [
        Stage(label=Label(en=f"Stage {i}"), phases=[Phase(label=Label(en="P"), cards=[Card(label=Label(en="C"), opportunities=opps)])])
        for i, opps in enumerate(opportunities_per_card)
    ]  # fmt: skip
    return Workshop(scenarios=list(scenarios), journeys=[Journey(name="J", stages=stages)])


@pytest.fixture
def sample_file(tmp_path):
    path = tmp_path / "sample.shoppermap"
    assert main(["new", str(path), "--from", str(SAMPLE)]) == 0
    return path


def test_sample_without_the_end_caps_by_hand():
    rows = compare(read_workshop_json(SAMPLE))
    assert [r.name for r in rows] == ["All", "Bazowy", "Rozszerzony", "Bez końcówek regałów"]
    row = row_of(rows, NO_END_CAP)
    # the ten actions in "Bez końcówek regałów", their costs, sales and margins from the sample:
    # leaflet, cart ad, floor sticker, shelf message, price tag, secondary placement, add-on display,
    # offer at the entrance, chiller, snack aisle
    costs = [25000, 9500, 3200, 1800, 4500, 11000, 18000, 2500, 6500, 7000]
    sales = [237600, 23400, 9000, 32400, 14400, 114000, 49000, 8400, 19200, 22550]
    margins = ["76032", "7020", "2790", "10692", "4608", "34200", "17150", "2688", "6336", "7892.50"]
    assert row.actions == 10
    assert row.touchpoints == 10
    assert row.stages == 5
    assert row.budget == Decimal(sum(costs)) == Decimal("89000")
    assert row.incremental_sales == Decimal(sum(sales)) == Decimal("529950")
    assert row.incremental_margin == sum(Decimal(m) for m in margins) == Decimal("169408.50")
    assert row.roi == (Decimal("169408.50") - 89000) / 89000


def test_sample_all_and_the_stretch_are_every_action():
    rows = compare(read_workshop_json(SAMPLE))
    everything, stretch = row_of(rows, None), row_of(rows, STRETCH)
    assert (everything.actions, everything.budget) == (20, Decimal("204500"))
    assert stretch == type(stretch)(**{**everything.__dict__, "scenario_id": STRETCH, "name": "Rozszerzony"})
    assert row_of(rows, BASE).actions == 13


def test_difference_to_a_reference_row():
    rows = compare(read_workshop_json(SAMPLE))
    diff = difference(row_of(rows, NO_END_CAP), row_of(rows, BASE))
    assert (diff.actions, diff.touchpoints, diff.stages) == (-3, -2, 0)
    assert diff.budget == Decimal("89000") - Decimal("126000")
    assert diff.incremental_margin == Decimal("169408.50") - Decimal("236167.50")
    assert diff.roi == row_of(rows, NO_END_CAP).roi - row_of(rows, BASE).roi
    assert difference(row_of(rows, BASE), row_of(rows, BASE)).is_zero


def test_no_scenarios_gives_only_all():
    workshop = small_workshop([Opportunity(cost=Decimal("100"))])
    (row,) = compare(workshop)
    assert (row.name, row.scenario_id, row.actions, row.touchpoints, row.stages) == ("All", None, 1, 1, 1)


def test_an_action_in_no_scenario_is_in_every_one_and_dropped_ones_in_none():
    a, b = Scenario(name="A"), Scenario(name="B")
    workshop = small_workshop(
        [Opportunity(cost=Decimal("10"))],  # in every scenario
        [Opportunity(cost=Decimal("20"), scenarios=[a.id])],
        [Opportunity(cost=Decimal("40"), scenarios=[a.id, b.id], status=OpportunityStatus.DROPPED)],
        scenarios=[a, b],
    )
    rows = compare(workshop)
    assert [(r.name, r.actions, r.stages, r.budget) for r in rows] == [
        ("All", 2, 2, Decimal("30")),
        ("A", 2, 2, Decimal("30")),
        ("B", 1, 1, Decimal("10")),
    ]


def test_roi_undefined_without_budget_and_sums_none_without_estimates():
    s = Scenario(name="Free")
    workshop = small_workshop(
        [Opportunity(baseline_sales=Decimal("1000"), uplift_pct=Decimal("10"))], scenarios=[s]
    )
    row = row_of(compare(workshop), s.id)
    assert row.budget == 0 and row.incremental_sales == Decimal("100.00")
    assert row.incremental_margin is None and row.roi is None
    empty = row_of(compare(small_workshop([], scenarios=[s])), s.id)
    assert (empty.actions, empty.touchpoints, empty.stages, empty.incremental_sales) == (0, 0, 0, None)
    assert difference(row, empty).incremental_sales is None


# --- the command line ------------------------------------------------------------------


def test_cli_json_shape_and_numbers(sample_file, capsys):
    before = sample_file.read_bytes()
    assert main(["scenarios", str(sample_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["name"] for d in data] == ["All", "Bazowy", "Rozszerzony", "Bez końcówek regałów"]
    keys = [
        "name",
        "actions",
        "touchpoints",
        "stages",
        "budget",
        "incremental_sales",
        "incremental_margin",
        "roi",
    ]
    assert all(list(d) == keys for d in data)
    assert data[3] == {
        "name": "Bez końcówek regałów",
        "actions": 10,
        "touchpoints": 10,
        "stages": 5,
        "budget": 89000.0,
        "incremental_sales": 529950.0,
        "incremental_margin": 169408.5,
        "roi": 0.9035,
    }
    assert all(type(d["actions"]) is int and type(d["budget"]) is float for d in data)
    assert sample_file.read_bytes() == before  # read-only: never written


def test_cli_json_roi_null_when_budget_zero(tmp_path, capsys):
    workshop = small_workshop(
        [Opportunity(baseline_sales=Decimal("1000"), uplift_pct=Decimal("10"), margin_pct=Decimal("30"))]
    )
    source = tmp_path / "w.json"
    source.write_text(workshop.model_dump_json(), encoding="utf-8")
    path = tmp_path / "w.shoppermap"
    assert main(["new", str(path), "--from", str(source)]) == 0
    capsys.readouterr()
    assert main(["scenarios", str(path), "--json"]) == 0
    (only,) = json.loads(capsys.readouterr().out)
    assert only["name"] == "All" and only["budget"] == 0.0 and only["roi"] is None
    assert only["incremental_margin"] == 30.0


def test_cli_table_in_the_workshops_language_and_with_differences(sample_file, capsys):
    assert main(["scenarios", str(sample_file)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:4] == ["Scenario", "Actions", "Touchpoints", "Stages"]
    assert lines[4].startswith("Bez końcówek regałów") and "  89 000  " in lines[4]
    assert "169 408,50" in lines[4] and lines[4].endswith("+90 %")
    assert main(["scenarios", str(sample_file), "--compare", "bazowy", "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "169,408.50" in lines[-2] and lines[-2].endswith("+90%")
    assert lines[-1].split() == [
        "vs",
        "Bazowy",
        "-3",
        "-2",
        "±0",
        "-37,000",
        "-204,100",
        "-66,759",
        "+3",
        "pp",
    ]


def test_cli_compare_json_adds_the_difference(sample_file, capsys):
    assert main(["scenarios", str(sample_file), "--json", "--compare", "All"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["difference"]["actions"] == 0
    assert data[1]["difference"]["budget"] == -78500.0


def test_cli_bad_file_and_unknown_reference_one_line_exit_1(tmp_path, sample_file, capsys):
    assert main(["scenarios", str(tmp_path / "missing.shoppermap")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("shoppermap: ")
    junk = tmp_path / "junk.shoppermap"
    junk.write_bytes(b"not a workshop at all")
    assert main(["scenarios", str(junk)]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["scenarios", str(sample_file), "--compare", "Nope"]) == 1
    assert "no scenario 'Nope'" in capsys.readouterr().err
