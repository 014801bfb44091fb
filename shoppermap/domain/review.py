"""The plan check: the sales gaps a workshop still leaves open, found in one pass over its journeys.

A finding names what it is about (ids) and carries the parts its sentence is made of (labels,
names, missing fields), so the window words it in its own language and the command line in English.

Rules, as the workshop method asks (step 6, "find sales gaps and add supporting actions"):
- a live action is one not dropped; hidden cards are off the map and neither need nor give actions;
- a red touchpoint or a moment of truth with no live action; a red one is reported once, as critical;
- a high-threat gap whose answering action (the gap's link) is missing or dropped;
- a live action missing its owner, its dates (start and end, or a sales period that has them), its cost
  (typed, or built up from complete quantities; zero is a cost) or its KPI;
- a sales period no live action is in (by its period or by dates that overlap it);
- the same POS tool twice on one card for the same retailer (an empty retailer means every retailer)
  in overlapping dates; undated actions are not compared, they are reported as undated instead;
- a stage with no live action on any of its cards.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple

from . import figures
from .labels import Label
from .models import Card, Journey, Opportunity, OpportunityStatus, Stage, Status, Threat, Workshop

log = logging.getLogger(__name__)


class FindingKind(StrEnum):
    """What a finding says is missing; the values are the command line's JSON kinds."""

    CRITICAL_WITHOUT_ACTION = "critical_without_action"
    MOMENT_WITHOUT_ACTION = "moment_without_action"
    GAP_UNANSWERED = "gap_unanswered"
    ACTION_INCOMPLETE = "action_incomplete"
    PERIOD_EMPTY = "period_empty"
    DUPLICATE_ACTION = "duplicate_action"
    STAGE_WITHOUT_ACTION = "stage_without_action"


class Severity(StrEnum):
    """How much a finding threatens the plan: the colour the window shows it in."""

    CRITICAL = "critical"
    WARNING = "warning"
    NOTE = "note"


SEVERITY: dict[FindingKind, Severity] = {
    FindingKind.CRITICAL_WITHOUT_ACTION: Severity.CRITICAL,
    FindingKind.GAP_UNANSWERED: Severity.CRITICAL,
    FindingKind.MOMENT_WITHOUT_ACTION: Severity.WARNING,
    FindingKind.PERIOD_EMPTY: Severity.WARNING,
    FindingKind.DUPLICATE_ACTION: Severity.WARNING,
    FindingKind.STAGE_WITHOUT_ACTION: Severity.WARNING,
    FindingKind.ACTION_INCOMPLETE: Severity.NOTE,
}

# the parts of an action a plan needs, in the order they are named
OWNER, DATES, COST, KPI = "owner", "dates", "cost", "kpi"


class SalesPeriod(NamedTuple):
    """A key sales period as the check needs it; any object with these attributes will do."""

    id: str
    name: str
    start: dt.date | None
    end: dt.date | None


@dataclass(slots=True)
class Finding:
    """One thing the plan check found, with the ids it is about and the parts of its sentence.

    A value: compared field by field, never changed once made (not frozen only because a frozen
    dataclass is three times slower to make, and a big workshop has thousands of findings).
    """

    kind: FindingKind
    journey_id: str | None = None
    stage_id: str | None = None
    card_id: str | None = None
    opportunity_id: str | None = None
    other_opportunity_id: str | None = None  # a duplicate: the earlier action it repeats
    gap_id: str | None = None
    period_id: str | None = None
    journey: str = ""  # the journey's name
    stage: Label | None = None
    card: Label | None = None
    action: str = ""  # the action's description (its first line)
    pos_tool: str = ""  # a catalogue id or a custom tool's name
    retailer: str = ""
    competitor: str = ""
    missing: tuple[str, ...] = ()  # OWNER, DATES, COST, KPI
    period: str = ""  # the period's name in English (the command line's)
    period_label: Label | None = None  # both names, for the window's language
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def severity(self) -> Severity:
        """How the window colours it."""
        return SEVERITY[self.kind]


DROPPED = OpportunityStatus.DROPPED  # validated models hold the member itself: `is` compares it
Place = tuple[Journey, Stage]
Span = tuple[dt.date, dt.date]


def review(workshop: Workshop, *, periods: Iterable[Any] | None = None) -> list[Finding]:
    """Every finding of the workshop, in journey and stage order, then the sales periods.

    `periods` are (id, name, start, end) tuples or objects with those attributes; None means the
    workshop's own, when it has them.
    """
    given = getattr(workshop, "periods", ()) if periods is None else periods
    spans = [SalesPeriod(*p) if isinstance(p, tuple) else p for p in given]
    by_key = _period_lookup(spans)
    competitors = {c.id: c.name for c in workshop.competitors}
    findings: list[Finding] = []
    active: list[tuple[Opportunity, Span | None]] | None = [] if spans else None
    # the check runs after every edit of a workshop of thousands of cards: one pass, few calls
    for journey in workshop.journeys:
        for stage in journey.stages:
            stage_findings: list[Finding] = []
            place = (journey, stage)
            stage_has_action = False
            for phase in stage.phases:
                for card in phase.cards:
                    if card.hidden:
                        continue
                    live = (
                        [o for o in card.opportunities if o.status is not DROPPED]
                        if card.opportunities
                        else ()
                    )
                    if not live:
                        if card.status == Status.RED:
                            stage_findings.append(_finding(FindingKind.CRITICAL_WITHOUT_ACTION, place, card))
                        elif card.moment_of_truth:
                            stage_findings.append(_finding(FindingKind.MOMENT_WITHOUT_ACTION, place, card))
                    if card.gaps:
                        _check_gaps(stage_findings, place, card, live, competitors)
                    if live:
                        stage_has_action = True
                        dated = _check_actions(stage_findings, place, card, live, by_key)
                        if active is not None:
                            active.extend(dated)
            if not stage_has_action:
                findings.append(_finding(FindingKind.STAGE_WITHOUT_ACTION, place))
            findings.extend(stage_findings)
    findings.extend(_empty_periods(spans, active or []))
    return findings


def _check_gaps(
    findings: list[Finding], place: Place, card: Card, live: list[Opportunity], competitors: dict[str, str]
) -> None:
    for gap in card.gaps:
        if gap.threat == Threat.HIGH and not any(o.id == gap.opportunity for o in live):
            competitor = competitors.get(gap.competitor or "", "")
            findings.append(
                _finding(FindingKind.GAP_UNANSWERED, place, card, gap_id=gap.id, competitor=competitor)
            )


def _check_actions(
    findings: list[Finding], place: Place, card: Card, live: list[Opportunity], periods: dict[str, Any]
) -> list[tuple[Opportunity, Span | None]]:
    """Report the card's incomplete and repeated actions; returns each with the days it runs."""
    # the model keeps end >= start, so two dates are a span as they are
    dated = [(o, _dates(o, periods)) for o in live]
    twins = _twins(place, card, dated) if len(dated) > 1 else None
    for opportunity, span in dated:
        owner, cost, kpi = opportunity.owner, figures.cost(opportunity), opportunity.kpi
        if span is None or cost is None or kpi is None or not owner or owner.isspace():
            missing = tuple(
                part
                for part, absent in (
                    (OWNER, not owner or owner.isspace()),
                    (DATES, span is None),
                    (COST, cost is None),
                    (KPI, kpi is None),
                )
                if absent
            )
            findings.append(
                _finding(FindingKind.ACTION_INCOMPLETE, place, card, opportunity, missing=missing)
            )
        if twins and opportunity.id in twins:
            findings.append(twins[opportunity.id])
    return dated


def _twins(place: Place, card: Card, dated: list[tuple[Opportunity, Span | None]]) -> dict[str, Finding]:
    """Each dated action that repeats an earlier one on the card, by id: one finding, naming the first twin."""
    tools = [_folded(o.pos_tool) for o, span in dated if span is not None and o.pos_tool]
    if len(set(tools)) == len(tools):
        return {}  # no tool twice: the usual case, decided without comparing pairs
    found: dict[str, Finding] = {}
    seen: list[tuple[str, str, Span, Opportunity]] = []
    for opportunity, span in dated:
        tool = _folded(opportunity.pos_tool) if span is not None else ""
        if not tool:
            continue  # undated actions are reported as such; an action with no tool repeats none
        retailer = _folded(opportunity.retailer)
        for other_tool, other_retailer, other_span, other in seen:
            if (
                other_tool == tool
                and (not retailer or not other_retailer or retailer == other_retailer)
                and span[0] <= other_span[1]
                and other_span[0] <= span[1]
            ):
                found[opportunity.id] = _finding(
                    FindingKind.DUPLICATE_ACTION,
                    place,
                    card,
                    opportunity,
                    other_opportunity_id=other.id,
                    # the retailer both are for: an action for every retailer clashes at the other's
                    retailer=" ".join((other.retailer or opportunity.retailer).split()),
                    start=max(span[0], other_span[0]),
                    end=min(span[1], other_span[1]),
                )
                break
        seen.append((tool, retailer, span, opportunity))
    return found


def _empty_periods(
    spans: list[Any], active: list[tuple[Opportunity, tuple[dt.date, dt.date] | None]]
) -> list[Finding]:
    findings = []
    for period in sorted(spans, key=lambda p: (p.start or dt.date.max, _name(p.name).casefold())):
        keys = {period.id, _folded(_name(period.name))}
        busy = any(
            (o.period and (o.period in keys or _folded(o.period) in keys))
            or (
                span is not None
                and period.start is not None
                and period.end is not None
                and span[0] <= period.end
                and period.start <= span[1]
            )
            for o, span in active
        )
        if not busy:
            findings.append(
                Finding(
                    FindingKind.PERIOD_EMPTY,
                    period_id=period.id,
                    period=_name(period.name),
                    period_label=period.name if isinstance(period.name, Label) else None,
                    start=period.start,
                    end=period.end,
                )
            )
    return findings


def empty_periods(periods: Iterable[Any], actions: Iterable[Opportunity]) -> list[Finding]:
    """The periods none of the live `actions` is in (by its period or by overlapping dates).

    The same rule as the whole check's, for a chosen part of the plan (the calendar's retailer).
    """
    spans = [SalesPeriod(*p) if isinstance(p, tuple) else p for p in periods]
    lookup = _period_lookup(spans)
    return _empty_periods(spans, [(o, _dates(o, lookup)) for o in actions if o.status is not DROPPED])


def folded(text: str) -> str:
    """A name as the check compares it: spaces collapsed, case folded."""
    return _folded(text)


def _period_lookup(spans: list[Any]) -> dict[str, Any]:
    """The periods by id and by folded name: an action's period may still be a typed name."""
    lookup: dict[str, Any] = {}
    for period in spans:
        lookup.setdefault(_folded(_name(period.name)), period)
    for period in spans:
        lookup[period.id] = period
    return lookup


def _dates(opportunity: Opportunity, periods: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    """The days an action runs: its dated sales period's (as everywhere else), otherwise its own."""
    start, end = opportunity.start, opportunity.end
    if opportunity.period:
        period = periods.get(opportunity.period) or periods.get(_folded(opportunity.period))
        if period is not None and period.start is not None and period.end is not None:
            start, end = period.start, period.end
    if start is None or end is None or end < start:
        return None
    return start, end


def _finding(
    kind: FindingKind,
    place: Place,
    card: Card | None = None,
    opportunity: Opportunity | None = None,
    **parts: Any,
) -> Finding:
    journey, stage = place
    if opportunity is not None:
        parts.setdefault("retailer", " ".join(opportunity.retailer.split()))
        return Finding(
            kind,
            journey.id,
            stage.id,
            card.id,
            opportunity.id,
            journey=journey.name,
            stage=stage.label,
            card=card.label,
            action=opportunity.description.strip().partition("\n")[0].strip(),
            pos_tool=opportunity.pos_tool.strip(),
            **parts,
        )
    if card is not None:
        return Finding(
            kind,
            journey.id,
            stage.id,
            card.id,
            journey=journey.name,
            stage=stage.label,
            card=card.label,
            **parts,
        )
    return Finding(kind, journey.id, stage.id, journey=journey.name, stage=stage.label, **parts)


@functools.lru_cache(maxsize=8192)  # the same few tool and retailer names, folded after every edit
def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _name(name: Any) -> str:
    return name.text("en") if isinstance(name, Label) else str(name or "")
