"""Polish retail sales periods for any year, computed (Easter by the Gregorian computus), not typed in.

Each preset says in words, in both languages, how its dates are reckoned; the dialog shows that
as the preset's tooltip and `shoppermap periods --year` prints the dates.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .labels import Label
from .models import Opportunity, Period, PeriodKind

FIRST_YEAR, LAST_YEAR = 1583, 9998  # the Gregorian calendar, and a year whose next January exists
ONE_DAY = dt.timedelta(days=1)
MONDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = 0, 3, 4, 5, 6

Span = tuple[dt.date, dt.date]


def easter(year: int) -> dt.date:
    """Easter Sunday of a Gregorian year (the anonymous algorithm of Meeus, Jones and Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    epact = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * epact) // 451
    month, day = divmod(h + epact - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th `weekday` (0 = Monday) of a month."""
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def weekday_on_or_before(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` that is not after `day`."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def weekday_after(day: dt.date, weekday: int) -> dt.date:
    """The first `weekday` strictly after `day`."""
    return day + dt.timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)


def black_friday(year: int) -> dt.date:
    """The day after US Thanksgiving, the fourth Thursday of November."""
    return nth_weekday(year, 11, THURSDAY, 4) + ONE_DAY


def corpus_christi(year: int) -> dt.date:
    """Corpus Christi (Boże Ciało), a Polish public holiday: the Thursday 60 days after Easter."""
    return easter(year) + dt.timedelta(days=60)


def last_school_day(year: int) -> dt.date:
    """The last day of classes in Polish schools (regulation on the school year organisation of 2017).

    The first Friday after 20 June; when the Thursday before it is a public holiday (Corpus
    Christi), the Wednesday before that Thursday.
    """
    friday = weekday_after(dt.date(year, 6, 20), FRIDAY)
    if corpus_christi(year) == friday - ONE_DAY:
        return friday - 2 * ONE_DAY
    return friday


def first_school_day(year: int) -> dt.date:
    """The first day of classes: the first weekday of September, or the Monday after 1 September
    when 1 September falls on a Friday or Saturday (so on Friday to Sunday: the next Monday)."""
    first = dt.date(year, 9, 1)
    if first.weekday() in (FRIDAY, SATURDAY, SUNDAY):
        return weekday_after(first, MONDAY)
    return first


def first_advent_sunday(year: int) -> dt.date:
    """The first Sunday of Advent: the fourth Sunday before Christmas Day."""
    return weekday_on_or_before(dt.date(year, 12, 24), SUNDAY) - dt.timedelta(weeks=3)


def _week_up_to(month: int, day: int) -> Callable[[int], Span]:
    def span(year: int) -> Span:
        end = dt.date(year, month, day)
        return end - dt.timedelta(days=6), end

    return span


def _days(month: int, first: int, last: int, *, last_month: int | None = None) -> Callable[[int], Span]:
    return lambda year: (dt.date(year, month, first), dt.date(year, last_month or month, last))


def _easter_offsets(first: int, last: int) -> Callable[[int], Span]:
    def span(year: int) -> Span:
        sunday = easter(year)
        return sunday + dt.timedelta(days=first), sunday + dt.timedelta(days=last)

    return span


def _majowka(year: int) -> Span:
    start, end = dt.date(year, 5, 1), dt.date(year, 5, 3)
    if start.weekday() in (SUNDAY, MONDAY, 1):  # Tuesday: Monday 30 April is the bridge day
        start = weekday_on_or_before(start, SATURDAY)
    if end.weekday() in (THURSDAY, FRIDAY, SATURDAY):
        end = weekday_after(end, SUNDAY)
    return start, end


def _summer_holidays(year: int) -> Span:
    return last_school_day(year) + ONE_DAY, dt.date(year, 8, 31)


def _back_to_school(year: int) -> Span:
    first = first_school_day(year)
    return first - dt.timedelta(days=21), first


def _black_week(year: int) -> Span:
    friday = black_friday(year)
    return friday - dt.timedelta(days=4), friday + dt.timedelta(days=3)


def _christmas_shopping(year: int) -> Span:
    return first_advent_sunday(year), dt.date(year, 12, 23)


@dataclass(frozen=True)
class Preset:
    """A Polish retail sales period whose dates are computed for any year."""

    key: str
    name: Label
    kind: PeriodKind
    reckoning: Label  # how the dates are reckoned, said to the user
    span: Callable[[int], Span]

    def dates(self, year: int) -> Span:
        """The first and last day of the period in `year`."""
        check_year(year)
        return self.span(year)

    def period(self, year: int) -> Period:
        """The preset as a new sales period of `year`."""
        start, end = self.dates(year)
        return Period(name=self.name, start=start, end=end, kind=self.kind)


def _preset(key: str, pl: str, en: str, kind: PeriodKind, how_pl: str, how_en: str, span) -> Preset:
    return Preset(key, Label(pl=pl, en=en), kind, Label(pl=how_pl, en=how_en), span)


H, R = PeriodKind.HOLIDAY, PeriodKind.RETAILER
WEEK_PL, WEEK_EN = "Tydzień zakupów do {day} włącznie.", "The shopping week up to {day}, that day included."

PRESETS: tuple[Preset, ...] = (
    _preset(
        "new-year",
        "Nowy Rok",
        "New Year",
        H,
        "Od 1 stycznia (Nowy Rok) do 6 stycznia (Trzech Króli); oba dni są ustawowo wolne.",
        "From 1 January (New Year's Day) to 6 January (Epiphany); both are public holidays in Poland.",
        _days(1, 1, 6),
    ),
    _preset(
        "grandparents-day",
        "Dzień Babci i Dziadka",
        "Grandparents' Day",
        H,
        WEEK_PL.format(day="22 stycznia (Dzień Babci 21 stycznia, Dzień Dziadka 22 stycznia)"),
        WEEK_EN.format(day="22 January (Grandmother's Day is 21 January, Grandfather's Day 22 January)"),
        _week_up_to(1, 22),
    ),
    _preset(
        "fat-thursday",
        "Tłusty czwartek",
        "Fat Thursday",
        H,
        "Czwartek przed Środą Popielcową, czyli 52 dni przed Wielkanocą (liczoną gregoriańskim computusem).",
        "The Thursday before Ash Wednesday: 52 days before Easter Sunday (by the Gregorian computus).",
        _easter_offsets(-52, -52),
    ),
    _preset(
        "valentines-day",
        "Walentynki",
        "Valentine's Day",
        H,
        WEEK_PL.format(day="14 lutego"),
        WEEK_EN.format(day="14 February"),
        _week_up_to(2, 14),
    ),
    _preset(
        "womens-day",
        "Dzień Kobiet",
        "Women's Day",
        H,
        WEEK_PL.format(day="8 marca"),
        WEEK_EN.format(day="8 March"),
        _week_up_to(3, 8),
    ),
    _preset(
        "easter-week",
        "Wielki Tydzień (zakupy przed Wielkanocą)",
        "Easter shopping week (Holy Week)",
        H,
        "Od Niedzieli Palmowej (handlowej) do Wielkiej Soboty: 7 do 1 dnia przed Wielkanocą.",
        "From Palm Sunday (a trading Sunday) to Holy Saturday: 7 to 1 days before Easter Sunday.",
        _easter_offsets(-7, -1),
    ),
    _preset(
        "easter",
        "Wielkanoc",
        "Easter",
        H,
        "Niedziela i Poniedziałek Wielkanocny; Wielkanoc liczona gregoriańskim computusem "
        "(pierwsza niedziela po pierwszej pełni od 21 marca).",
        "Easter Sunday and Easter Monday, by the Gregorian computus "
        "(the first Sunday after the ecclesiastical full moon on or after 21 March).",
        _easter_offsets(0, 1),
    ),
    _preset(
        "majowka",
        "Majówka",
        "May long weekend (majówka)",
        H,
        "1–3 maja (Święto Pracy, Święto Konstytucji) poszerzone o sąsiedni weekend: od soboty, "
        "gdy 1 maja wypada w niedzielę, poniedziałek lub wtorek; do niedzieli, gdy 3 maja wypada "
        "w czwartek, piątek lub sobotę.",
        "1–3 May (Labour Day, Constitution Day) widened to the weekend next to them: from the "
        "Saturday before when 1 May falls on a Sunday, Monday or Tuesday; to the Sunday after when "
        "3 May falls on a Thursday, Friday or Saturday.",
        _majowka,
    ),
    _preset(
        "mothers-day",
        "Dzień Matki",
        "Mother's Day",
        H,
        WEEK_PL.format(day="26 maja (w Polsce zawsze 26 maja)"),
        WEEK_EN.format(day="26 May (fixed in Poland)"),
        _week_up_to(5, 26),
    ),
    _preset(
        "childrens-day",
        "Dzień Dziecka",
        "Children's Day",
        H,
        WEEK_PL.format(day="1 czerwca"),
        WEEK_EN.format(day="1 June"),
        _week_up_to(6, 1),
    ),
    _preset(
        "fathers-day",
        "Dzień Ojca",
        "Father's Day",
        H,
        WEEK_PL.format(day="23 czerwca (w Polsce zawsze 23 czerwca)"),
        WEEK_EN.format(day="23 June (fixed in Poland)"),
        _week_up_to(6, 23),
    ),
    _preset(
        "summer-holidays",
        "Wakacje",
        "Summer holidays",
        H,
        "Od dnia po zakończeniu zajęć szkolnych (najbliższy piątek po 20 czerwca, a gdy czwartek "
        "przed nim to Boże Ciało — środa) do 31 sierpnia.",
        "From the day after the last school day (the first Friday after 20 June, or the Wednesday "
        "before it when that Thursday is Corpus Christi) to 31 August.",
        _summer_holidays,
    ),
    _preset(
        "back-to-school",
        "Powrót do szkoły",
        "Back to school",
        H,
        "Trzy tygodnie przed pierwszym dniem zajęć i ten dzień: 1 września, a gdy 1 września "
        "wypada w piątek, sobotę lub niedzielę — najbliższy poniedziałek.",
        "The three weeks before the first school day, and that day: 1 September, or the Monday "
        "after it when 1 September falls on a Friday, Saturday or Sunday.",
        _back_to_school,
    ),
    _preset(
        "all-saints",
        "Wszystkich Świętych",
        "All Saints' Day",
        H,
        "Od 25 października do 2 listopada: tydzień przed 1 listopada (Wszystkich Świętych) "
        "i Dzień Zaduszny.",
        "From 25 October to 2 November: the week before 1 November (All Saints' Day) and All Souls' Day.",
        _days(10, 25, 2, last_month=11),
    ),
    _preset(
        "black-friday",
        "Black Friday",
        "Black Friday",
        R,
        "Dzień po amerykańskim Święcie Dziękczynienia (czwarty czwartek listopada).",
        "The day after US Thanksgiving (the fourth Thursday of November).",
        lambda year: (black_friday(year), black_friday(year)),
    ),
    _preset(
        "black-week",
        "Black Week",
        "Black Week",
        R,
        "Od poniedziałku tygodnia Black Friday do Cyber Monday (poniedziałku po Black Friday).",
        "From the Monday of Black Friday's week to Cyber Monday, the Monday after Black Friday.",
        _black_week,
    ),
    _preset(
        "st-nicholas",
        "Mikołajki",
        "St Nicholas Day",
        H,
        WEEK_PL.format(day="6 grudnia"),
        WEEK_EN.format(day="6 December"),
        _week_up_to(12, 6),
    ),
    _preset(
        "christmas-shopping",
        "Zakupy świąteczne",
        "Christmas shopping weeks",
        H,
        "Od pierwszej niedzieli Adwentu (czwarta niedziela przed Bożym Narodzeniem) do 23 grudnia, "
        "ostatniego dnia zakupów: Wigilia jest od 2025 r. dniem wolnym od pracy.",
        "From the first Sunday of Advent (the fourth Sunday before Christmas Day) to 23 December, "
        "the last shopping day: Christmas Eve is a public holiday in Poland from 2025.",
        _christmas_shopping,
    ),
    _preset(
        "christmas",
        "Boże Narodzenie",
        "Christmas",
        H,
        "Od Wigilii (24 grudnia) do drugiego dnia świąt (26 grudnia).",
        "From Christmas Eve (24 December) to St Stephen's Day (26 December).",
        _days(12, 24, 26),
    ),
    _preset(
        "new-years-eve",
        "Sylwester",
        "New Year's Eve",
        H,
        "Od 27 do 31 grudnia: zakupy między świętami a Sylwestrem.",
        "From 27 to 31 December: the shopping between Christmas and New Year's Eve.",
        _days(12, 27, 31),
    ),
)
PRESET = {preset.key: preset for preset in PRESETS}


class YearError(ValueError):
    """A year the presets cannot be computed for."""


def check_year(year: int) -> None:
    """Refuse a year outside the Gregorian calendar's range that the presets support."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise YearError(f"the year must be between {FIRST_YEAR} and {LAST_YEAR}")


def preset_periods(year: int) -> list[tuple[Preset, Period]]:
    """Every preset with its period for `year`, in calendar order of the start."""
    check_year(year)
    pairs = [(preset, preset.period(year)) for preset in PRESETS]
    return sorted(pairs, key=lambda pair: pair[1].start)


def preset_named(name: Label) -> Preset | None:
    """The preset a period was made from, known by its name (its dates may have been moved since)."""
    return next((preset for preset in PRESETS if preset.name == name), None)


def same_period(a: Period, b: Period) -> bool:
    """True when two periods have the same name and dates (a preset added twice)."""
    return (a.name.pl, a.name.en, a.start, a.end) == (b.name.pl, b.name.en, b.start, b.end)


def missing_presets(existing: Iterable[Period], year: int) -> list[Period]:
    """The presets of `year` not yet among `existing` (by name and dates), in calendar order."""
    existing = list(existing)
    return [p for _, p in preset_periods(year) if not any(same_period(p, e) for e in existing)]


def opportunity_dates(
    opportunity: Opportunity, period: Period | None
) -> tuple[dt.date | None, dt.date | None]:
    """When an opportunity runs: its dated period's dates, otherwise its own start and end."""
    if period is not None and period.dated:
        return period.start, period.end
    return opportunity.start, opportunity.end


def migrated_period_id(text: str) -> str:
    """The id of the period made from a free-text period of an older file or workshop JSON.

    Derived from the text, so the same text always gives the same id: a file upgraded on a copy in
    memory (to read it) and then on disk holds the same ids, and so does its workshop JSON.
    """
    return "p" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:15]


def migrated_period(text: str) -> Period:
    """A period without dates named by a team's free text (the same text in both languages)."""
    return Period(id=migrated_period_id(text), name=Label.same(text), kind=PeriodKind.OWN)
