"""The activation calendar, laid out without Qt: the weeks of a range, each action's days, the rows
grouped by retailer, stage, POS tool or owner, the period bands, and the warnings a planner wants.

An action in a dated sales period runs on the period's dates. Moving or resizing it in time takes it
out of the period onto its own dates, in one edit: the other actions of the period stay where they are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from . import review
from .document import Document
from .labels import Label
from .models import Card, Journey, Opportunity, Period, Stage

ONE_DAY = dt.timedelta(days=1)
ONE_WEEK = dt.timedelta(days=7)


class GroupBy(StrEnum):
    """What the calendar's rows are grouped by (the switch above it)."""

    RETAILER = "retailer"
    STAGE = "stage"
    POS_TOOL = "pos_tool"
    OWNER = "owner"


@dataclass(frozen=True)
class Week:
    """One column of the calendar: an ISO week and its Monday."""

    year: int  # the ISO year, which near New Year may differ from the Monday's
    number: int
    monday: dt.date


def monday_of(day: dt.date) -> dt.date:
    """The Monday of the ISO week a day is in."""
    return day - dt.timedelta(days=day.weekday())


def weeks(first: dt.date, last: dt.date) -> list[Week]:
    """The ISO weeks from the one holding `first` to the one holding `last`."""
    monday, weeks_ = monday_of(first), []
    while monday <= last:
        year, number, _ = monday.isocalendar()
        weeks_.append(Week(year, number, monday))
        monday += ONE_WEEK
    return weeks_


def default_range(workshop_date: dt.date | None, today: dt.date) -> tuple[dt.date, dt.date]:
    """The next twelve months from the workshop's date (today when it has none)."""
    start = workshop_date or today
    try:
        after = start.replace(year=start.year + 1)
    except ValueError:  # 29 February: a year later there is none
        after = dt.date(start.year + 1, 3, 1)
    return start, after - ONE_DAY


@dataclass
class Entry:
    """One action on the calendar: where it sits on the map and the days it runs (None: undated)."""

    opportunity: Opportunity
    card: Card
    stage: Stage
    journey: Journey
    start: dt.date | None
    end: dt.date | None

    @property
    def id(self) -> str:
        return self.opportunity.id

    @property
    def dated(self) -> bool:
        return self.start is not None and self.end is not None


@dataclass
class Group:
    """Rows of the calendar that share a retailer, stage, POS tool or owner; one row per action."""

    key: str  # the folded value ("" for none), or the stage id
    value: str  # the value as typed, or the stage's id
    label: Label | None = None  # the stage's label, when grouped by stage
    journey: str = ""  # the stage's journey's name
    entries: list[Entry] = field(default_factory=list)


@dataclass
class Layout:
    """The calendar's rows: the groups of dated actions in order, then the undated actions."""

    groups: list[Group]
    undated: list[Entry]

    def entries(self) -> Iterable[Entry]:
        for group in self.groups:
            yield from group.entries
        yield from self.undated


Include = Callable[[Card, Opportunity], bool]


def layout(document: Document, *, group_by: GroupBy, include: Include | None = None) -> Layout:
    """Every action of the visible cards (hidden ones are off the map) in its group, by start date.

    Within a group the earliest action comes first, so the bars step down through the year; actions
    that start and end together keep their map order. Groups of text values are in alphabetical order
    with "none" last; stages are in map order. The undated actions are in map order.
    """
    group_by = GroupBy(group_by)
    groups: dict[str, Group] = {}
    undated: list[Entry] = []
    for journey in document.workshop.journeys:
        for stage, _phase, card in document.cards(journey.id):
            if card.hidden:
                continue
            for opportunity in card.opportunities:
                if include is not None and not include(card, opportunity):
                    continue
                start, end = document.opportunity_dates(opportunity)
                entry = Entry(opportunity, card, stage, journey, start, end)
                if not entry.dated:
                    undated.append(entry)
                    continue
                key, value = _group_key(group_by, entry)
                group = groups.get(key)
                if group is None:
                    group = groups[key] = Group(key, value)
                    if group_by is GroupBy.STAGE:
                        group.label, group.journey = stage.label, journey.name
                group.entries.append(entry)
    ordered = list(groups.values())
    for group in ordered:  # earliest first, as a Gantt chart reads; map order where they start together
        group.entries.sort(key=lambda e: (e.start, e.end))
    if group_by is not GroupBy.STAGE:
        ordered.sort(key=lambda g: (g.key == "", g.key))
    return Layout(ordered, undated)


def _group_key(group_by: GroupBy, entry: Entry) -> tuple[str, str]:
    if group_by is GroupBy.STAGE:
        return entry.stage.id, entry.stage.id
    value = " ".join(getattr(entry.opportunity, group_by.value).split())
    return value.casefold(), value


def period_lanes(periods: Iterable[Period], first: dt.date, last: dt.date) -> list[tuple[Period, int]]:
    """The dated periods that touch the range, each in the first lane where it overlaps no other."""
    shown = sorted(
        (p for p in periods if p.dated and p.start <= last and p.end >= first),
        key=lambda p: (p.start, p.end),
    )
    lane_ends: list[dt.date] = []
    placed = []
    for period in shown:
        lane = next((i for i, end in enumerate(lane_ends) if end < period.start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(period.end)
        else:
            lane_ends[lane] = period.end
        placed.append((period, lane))
    return placed


# --- edits in time -----------------------------------------------------------------------


def moved(document: Document, opportunity: Opportunity, days: int) -> dict:
    """The fields that move a dated action by `days`, on its own dates, out of any period."""
    start, end = document.opportunity_dates(opportunity)
    if start is None or end is None:
        return {}
    return {"period": None, "start": start + dt.timedelta(days=days), "end": end + dt.timedelta(days=days)}


def resized(
    document: Document, opportunity: Opportunity, *, start: dt.date | None = None, end: dt.date | None = None
) -> dict:
    """The fields that give a dated action a new start or end (never past its other end), out of any period."""
    old_start, old_end = document.opportunity_dates(opportunity)
    if old_start is None or old_end is None:
        return {}
    new_start = min(start, old_end) if start is not None else old_start
    new_end = max(end, old_start) if end is not None else old_end
    return {"period": None, "start": new_start, "end": new_end}


def placed(monday: dt.date, *, days: int = 7) -> dict:
    """The fields that give an undated action its own dates: `days` days from `monday`, out of any period."""
    return {"period": None, "start": monday, "end": monday + dt.timedelta(days=days - 1)}


def into_period(period: Period) -> dict:
    """The fields that put an action in a period; its own dates are kept for when it leaves again."""
    return {"period": period.id}


# --- warnings ----------------------------------------------------------------------------


@dataclass
class Warnings:
    """What the calendar marks: periods with nothing for the chosen retailer, clashing actions."""

    empty_periods: set[str] = field(default_factory=set)  # period ids
    clashes: dict[str, str] = field(default_factory=dict)  # action id -> the earlier action it repeats
    clashing: set[str] = field(default_factory=set)  # both sides of every clash


def warnings(document: Document, *, retailer: str | None = None) -> Warnings:
    """The plan check's findings the calendar shows, for one retailer (None: any retailer).

    A period counts as empty for a retailer when no live action for that retailer, or for every
    retailer (an empty retailer), is in it; the rules are the plan check's own (domain/review.py).
    """
    workshop = document.workshop
    found = Warnings()
    for finding in review.review(workshop):
        if finding.kind is review.FindingKind.DUPLICATE_ACTION:
            found.clashes[finding.opportunity_id] = finding.other_opportunity_id
            found.clashing.update((finding.opportunity_id, finding.other_opportunity_id))
        elif finding.kind is review.FindingKind.PERIOD_EMPTY and retailer is None:
            found.empty_periods.add(finding.period_id)
    if retailer is not None:
        wanted = review.folded(retailer)
        actions = [
            o
            for journey in workshop.journeys
            for _stage, _phase, card in document.cards(journey.id)
            if not card.hidden
            for o in card.opportunities
            if not o.retailer.strip() or review.folded(o.retailer) == wanted
        ]
        found.empty_periods = {f.period_id for f in review.empty_periods(workshop.periods, actions)}
    return found
