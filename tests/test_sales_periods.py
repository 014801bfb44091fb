"""The Polish retail presets, checked against dates looked up in calendars and the school-year regulation."""

from __future__ import annotations

import datetime as dt

import pytest

from shoppermap.domain.labels import Label
from shoppermap.domain.models import Opportunity, Period, PeriodKind
from shoppermap.domain.sales_periods import (
    PRESET,
    PRESETS,
    YearError,
    black_friday,
    easter,
    first_advent_sunday,
    first_school_day,
    last_school_day,
    migrated_period_id,
    missing_presets,
    opportunity_dates,
    preset_periods,
)

D = dt.date


@pytest.mark.parametrize(
    ("year", "sunday"),
    [
        (2019, D(2019, 4, 21)),
        (2024, D(2024, 3, 31)),
        (2025, D(2025, 4, 20)),
        (2026, D(2026, 4, 5)),
        (2027, D(2027, 3, 28)),
        (2028, D(2028, 4, 16)),
        (2030, D(2030, 4, 21)),
        (2038, D(2038, 4, 25)),  # the latest possible date
        (2285, D(2285, 3, 22)),  # the earliest possible date
    ],
)
def test_easter_by_the_gregorian_computus(year, sunday):
    assert easter(year) == sunday
    assert PRESET["easter"].dates(year) == (sunday, sunday + dt.timedelta(days=1))


@pytest.mark.parametrize(
    ("year", "thursday"),
    [(2021, D(2021, 2, 11)), (2024, D(2024, 2, 8)), (2025, D(2025, 2, 27)), (2026, D(2026, 2, 12))],
)
def test_fat_thursday_is_the_thursday_before_ash_wednesday(year, thursday):
    assert PRESET["fat-thursday"].dates(year) == (thursday, thursday)
    assert thursday.weekday() == 3 and easter(year) - thursday == dt.timedelta(days=52)


def test_easter_week_runs_from_palm_sunday_to_holy_saturday():
    assert PRESET["easter-week"].dates(2026) == (D(2026, 3, 29), D(2026, 4, 4))


@pytest.mark.parametrize(
    ("year", "last_day"),
    [
        (2019, D(2019, 6, 19)),  # Corpus Christi on Thursday 20 June: classes ended on the Wednesday
        (2020, D(2020, 6, 26)),
        (2023, D(2023, 6, 23)),
        (2024, D(2024, 6, 21)),
        (2025, D(2025, 6, 27)),
        (2026, D(2026, 6, 26)),
        (2030, D(2030, 6, 19)),  # Corpus Christi falls on 20 June again
    ],
)
def test_the_school_year_ends_on_the_first_friday_after_20_june(year, last_day):
    assert last_school_day(year) == last_day
    assert PRESET["summer-holidays"].dates(year) == (last_day + dt.timedelta(days=1), D(year, 8, 31))


@pytest.mark.parametrize(
    ("year", "first_day"),
    [
        (2023, D(2023, 9, 4)),  # 1 September on a Friday
        (2024, D(2024, 9, 2)),  # on a Sunday
        (2025, D(2025, 9, 1)),  # on a Monday
        (2026, D(2026, 9, 1)),  # on a Tuesday
        (2028, D(2028, 9, 4)),  # on a Friday
        (2029, D(2029, 9, 3)),  # on a Saturday
    ],
)
def test_the_school_year_starts_on_1_september_or_the_next_monday(year, first_day):
    assert first_school_day(year) == first_day
    assert PRESET["back-to-school"].dates(year) == (first_day - dt.timedelta(days=21), first_day)


@pytest.mark.parametrize(
    ("year", "friday"),
    [(2024, D(2024, 11, 29)), (2025, D(2025, 11, 28)), (2026, D(2026, 11, 27)), (2027, D(2027, 11, 26))],
)
def test_black_friday_follows_the_fourth_thursday_of_november(year, friday):
    assert black_friday(year) == friday
    assert PRESET["black-friday"].dates(year) == (friday, friday)
    monday, cyber_monday = PRESET["black-week"].dates(year)
    assert (monday.weekday(), cyber_monday.weekday()) == (0, 0)
    assert monday < friday < cyber_monday and (cyber_monday - monday).days == 7


@pytest.mark.parametrize(
    ("year", "sunday"), [(2023, D(2023, 12, 3)), (2024, D(2024, 12, 1)), (2025, D(2025, 11, 30))]
)
def test_christmas_shopping_runs_from_advent_to_23_december(year, sunday):
    assert first_advent_sunday(year) == sunday
    assert PRESET["christmas-shopping"].dates(year) == (sunday, D(year, 12, 23))
    assert PRESET["christmas"].dates(year) == (D(year, 12, 24), D(year, 12, 26))


@pytest.mark.parametrize(
    ("year", "span"),
    [
        (2025, (D(2025, 5, 1), D(2025, 5, 4))),  # Thursday to the Sunday after
        (2026, (D(2026, 5, 1), D(2026, 5, 3))),  # Friday to Sunday
        (2027, (D(2027, 5, 1), D(2027, 5, 3))),  # Saturday to Monday
        (2028, (D(2028, 4, 29), D(2028, 5, 3))),  # Monday: from the Saturday before
        (2029, (D(2029, 4, 28), D(2029, 5, 6))),  # Tuesday: nine days with two bridge days
    ],
)
def test_majowka_takes_the_weekend_next_to_1_3_may(year, span):
    assert PRESET["majowka"].dates(year) == span


def test_fixed_days():
    assert PRESET["mothers-day"].dates(2027) == (D(2027, 5, 20), D(2027, 5, 26))
    assert PRESET["childrens-day"].dates(2027)[1] == D(2027, 6, 1)
    assert PRESET["valentines-day"].dates(2027)[1] == D(2027, 2, 14)
    assert PRESET["womens-day"].dates(2027)[1] == D(2027, 3, 8)
    assert PRESET["new-year"].dates(2027) == (D(2027, 1, 1), D(2027, 1, 6))
    assert PRESET["all-saints"].dates(2027) == (D(2027, 10, 25), D(2027, 11, 2))
    assert PRESET["new-years-eve"].dates(2027) == (D(2027, 12, 27), D(2027, 12, 31))


@pytest.mark.parametrize("year", [1583, 1900, 2026, 2100, 9998])
def test_every_preset_is_a_valid_period_of_its_year_in_calendar_order(year):
    pairs = preset_periods(year)
    assert len(pairs) == len(PRESETS) >= 15
    starts = [period.start for _, period in pairs]
    assert starts == sorted(starts)
    for preset, period in pairs:
        assert period.start.year == period.end.year == year and period.start <= period.end
        assert preset.name.pl and preset.name.en and preset.reckoning.pl and preset.reckoning.en


@pytest.mark.parametrize("year", [0, 1582, 9999, -5])
def test_a_year_out_of_range_is_refused(year):
    with pytest.raises(YearError, match="between 1583 and 9998"):
        preset_periods(year)


def test_missing_presets_skips_those_present_by_name_and_dates():
    existing = [PRESET["easter"].period(2026), PRESET["christmas"].period(2025)]
    missing = missing_presets(existing, 2026)
    names = [p.name.en for p in missing]
    assert "Easter" not in names and "Christmas" in names  # Christmas 2025 is another period
    assert len(missing) == len(PRESETS) - 1
    assert missing_presets([*existing, *missing], 2026) == []


def test_an_opportunity_runs_on_its_dated_periods_dates_else_its_own():
    own = Opportunity(start=D(2026, 12, 1), end=D(2026, 12, 10))
    dated = Period(name=Label.same("Christmas"), start=D(2026, 12, 24), end=D(2026, 12, 26))
    undated = Period(name=Label.same("Christmas"))
    assert opportunity_dates(own, dated) == (D(2026, 12, 24), D(2026, 12, 26))
    assert opportunity_dates(own, undated) == (D(2026, 12, 1), D(2026, 12, 10))
    assert opportunity_dates(own, None) == (D(2026, 12, 1), D(2026, 12, 10))


def test_a_period_has_both_dates_or_neither_and_ends_after_it_starts():
    with pytest.raises(ValueError, match="both a start and an end"):
        Period(name=Label.same("X"), start=D(2026, 1, 1))
    with pytest.raises(ValueError, match="end date is before"):
        Period(name=Label.same("X"), start=D(2026, 1, 2), end=D(2026, 1, 1))
    assert Period(name=Label.same("X")).kind == PeriodKind.OWN


def test_migrated_ids_depend_only_on_the_text():
    assert migrated_period_id("Q4") == migrated_period_id("Q4") != migrated_period_id("Q3")
    assert len(migrated_period_id("Boże Narodzenie")) == 16
