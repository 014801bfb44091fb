"""An action's numbers: quantities, cost build-up, effect and ROI, in the domain, the file and the JSON."""

from __future__ import annotations

from decimal import Decimal

import pytest

from shoppermap.domain import figures
from shoppermap.domain.changes import Kind
from shoppermap.domain.document import Document, EditError
from shoppermap.domain.models import Brand, CostKind, Opportunity, Scenario, Workshop
from shoppermap.export.workshop_json import WorkshopJsonError, workshop_from_data, workshop_to_data
from shoppermap.storage.workshop_file import WorkshopFile

D = Decimal


def o(**fields) -> Opportunity:
    return Opportunity(**fields)


def test_cost_is_units_times_unit_cost_plus_fixed_cost_in_exact_decimals():
    action = o(stores=48, units_per_store=25, unit_cost=D("0.90"), fixed_cost=D("720"))
    assert figures.total_units(action) == 1200
    assert figures.cost(action) == D("1800.00")
    # 3 x 0.10 is 0.30 exactly, where floats give 0.30000000000000004
    assert figures.cost(o(stores=3, units_per_store=1, unit_cost=D("0.10"))) == D("0.30")


def test_the_typed_cost_counts_only_without_quantities():
    assert figures.cost(o(cost=D("6000"))) == D("6000.00")
    assert figures.cost(o(cost=D("6000"), fixed_cost=D("500"))) == D("500.00")
    assert figures.cost(o(cost=D("6000"), stores=10)) is None  # quantities begun: the cost is not known yet
    assert figures.cost(o()) is None


def test_quantities_given_in_part_give_no_cost_rather_than_too_small_a_one():
    assert figures.cost(o(stores=10, units_per_store=2, fixed_cost=D("100"))) is None
    assert figures.total_units(o(stores=10)) is None
    assert figures.cost(o(fixed_cost=D("250.5"))) == D("250.50")


def test_incremental_sales_margin_and_roi():
    action = o(cost=D("1000"), baseline_sales=D("20000"), uplift_pct=D("12.5"), margin_pct=D("30"))
    f = figures.figures(action)
    assert f.incremental_sales == D("2500.00")
    assert f.incremental_margin == D("750.00")
    assert f.roi == D("-0.25")


def test_money_rounds_half_up_to_two_places():
    # 333.33 x 1.5 % = 4.99995 -> 5.00; 0.005 rounds up, not to even
    action = o(baseline_sales=D("333.33"), uplift_pct=D("1.5"), margin_pct=D("50"))
    assert figures.incremental_sales(action) == D("5.00")
    assert figures.incremental_margin(action) == D("2.50")
    assert figures.money(D("0.125")) == D("0.13") and figures.money(D("0.135")) == D("0.14")


@pytest.mark.parametrize(
    "fields",
    [
        {"cost": D("0"), "baseline_sales": D("100"), "uplift_pct": D("10"), "margin_pct": D("10")},
        {"cost": D("100"), "uplift_pct": D("10"), "margin_pct": D("10")},
        {"cost": D("100"), "baseline_sales": D("100"), "margin_pct": D("10")},
        {"cost": D("100"), "baseline_sales": D("100"), "uplift_pct": D("10")},
        {"baseline_sales": D("100"), "uplift_pct": D("10"), "margin_pct": D("10")},
    ],
)
def test_roi_is_empty_when_the_cost_is_zero_or_a_figure_is_missing(fields):
    assert figures.figures(o(**fields)).roi is None


def test_totals_leave_out_what_is_missing_and_say_none_when_nothing_is_estimated():
    plan = [
        o(cost=D("1000"), baseline_sales=D("10000"), uplift_pct=D("20"), margin_pct=D("50")),
        o(stores=2, units_per_store=3, unit_cost=D("100")),
    ]
    t = figures.totals(plan)
    assert (t.actions, t.cost, t.incremental_sales, t.incremental_margin) == (
        2,
        D("1600.00"),
        D("2000.00"),
        D("1000.00"),
    )
    assert t.roi == D("-0.375")
    empty = figures.totals([o(cost=D("10"))])
    assert empty.incremental_margin is None and empty.roi is None
    assert figures.totals([]).roi is None


@pytest.mark.parametrize(
    "fields",
    [
        {"stores": -1},
        {"units_per_store": -5},
        {"unit_cost": D("-0.01")},
        {"fixed_cost": D("1.001")},
        {"baseline_sales": D("-1")},
        {"uplift_pct": D("-3")},
        {"margin_pct": D("100.5")},
        {"stores": 10**9},
    ],
)
def test_no_negative_or_impossible_numbers(fields):
    with pytest.raises(ValueError):
        Opportunity(**fields)


def workshop_with_lists() -> Workshop:
    return workshop_from_data(
        {
            "format": "shoppermap-workshop",
            "version": 3,
            "brands": [{"id": "b1", "name": "Crunchy XXL"}],
            "scenarios": [{"id": "s1", "name": "Base"}, {"id": "s2", "name": "Stretch"}],
            "journeys": [
                {
                    "id": "j",
                    "stages": [
                        {
                            "id": "st",
                            "label": {"en": "Buy"},
                            "phases": [
                                {
                                    "id": "ph",
                                    "label": {"en": "Shelf"},
                                    "cards": [
                                        {
                                            "id": "c",
                                            "label": {"en": "Wobbler"},
                                            "opportunities": [
                                                {
                                                    "id": "o1",
                                                    "brand": "b1",
                                                    "mechanic": "2+1",
                                                    "stores": 48,
                                                    "units_per_store": 25,
                                                    "unit_cost": 0.9,
                                                    "fixed_cost": 720,
                                                    "cost_kind": "production",
                                                    "baseline_sales": 45000,
                                                    "uplift_pct": 12.5,
                                                    "margin_pct": 33,
                                                    "scenarios": ["s2"],
                                                }
                                            ],
                                        }
                                    ],
                                }
                            ],
                        }
                    ],
                }
            ],
        }
    )


def test_the_numbers_go_through_the_workshop_file_unchanged(tmp_path):
    workshop = workshop_with_lists()
    path = tmp_path / "w.shoppermap"
    WorkshopFile.create(path, workshop).close()
    wf, back = WorkshopFile.open(path)
    wf.close()
    assert workshop_to_data(back) == workshop_to_data(workshop)
    action = back.journeys[0].stages[0].phases[0].cards[0].opportunities[0]
    assert (
        action.unit_cost == D("0.9")
        and action.cost_kind is CostKind.PRODUCTION
        and action.scenarios == ["s2"]
    )
    assert figures.cost(action) == D("1800.00")


def test_json_names_what_it_does_not_know():
    data = workshop_to_data(workshop_with_lists())
    data["journeys"][0]["stages"][0]["phases"][0]["cards"][0]["opportunities"][0]["brand"] = "nope"
    with pytest.raises(WorkshopJsonError, match="brand 'nope', which is not in the brand list"):
        workshop_from_data(data)
    data = workshop_to_data(workshop_with_lists())
    data["journeys"][0]["stages"][0]["phases"][0]["cards"][0]["opportunities"][0]["scenarios"] = ["s1", "x"]
    with pytest.raises(WorkshopJsonError, match="scenario 'x', which is not in the scenario list"):
        workshop_from_data(data)
    data["journeys"][0]["stages"][0]["phases"][0]["cards"][0]["opportunities"][0]["scenarios"] = ["s1", "s1"]
    with pytest.raises(WorkshopJsonError, match="a scenario is named twice"):
        workshop_from_data(data)


def test_version_2_json_still_imports_without_numbers():
    workshop = workshop_from_data({"format": "shoppermap-workshop", "version": 2})
    assert workshop.version == 3 and workshop.brands == [] and workshop.scenarios == []


def test_the_document_keeps_names_valid():
    document = Document(workshop_with_lists())
    with pytest.raises(EditError, match="no brand 'zz'"):
        document.update("o1", brand="zz")
    with pytest.raises(EditError, match="no scenario 'zz'"):
        document.update("o1", scenarios=["s1", "zz"])
    with pytest.raises(EditError, match="named by 1 opportunity"):
        document.remove("b1")
    with pytest.raises(EditError, match="named by 1 opportunity"):
        document.remove("s2")
    document.remove("s1")  # unused: it goes
    document.update("o1", brand=None, scenarios=[])
    document.remove("b1")
    document.insert(Kind.BRAND, None, 0, Brand(id="b2", name="Crunchy Mini"))
    document.insert(Kind.SCENARIO, None, 0, Scenario(id="s3", name="Lean"))
    document.update("o1", brand="b2", scenarios=["s3"])
    assert [b.name for b in document.workshop.brands] == ["Crunchy Mini"]
