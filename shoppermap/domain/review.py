"""The plan check: the sales gaps a workshop still leaves open, found in one pass over its journeys.

A finding names what it is about (ids) and carries the parts its sentence is made of (labels,
names, missing fields), so the window words it in its own language and the command line in English.

Rules, as the workshop method asks (step 6, "find sales gaps and add supporting actions"):
- a live action is one not dropped; hidden cards are off the map and neither need nor give actions;
- a red touchpoint or a moment of truth with no live action; a red one is reported once, as critical;
- a high-threat gap whose answering action (the gap's link) is missing or dropped;
- a live action missing its owner, its dates (start and end, or a sales period that has them), its cost
  (zero is a cost) or its KPI;
- a sales period no live action is in (by its period or by dates that overlap it);
- the same POS tool twice on one card for the same retailer (an empty retailer means every retailer)
  in overlapping dates; undated actions are not compared, they are reported as undated instead;
- a stage with no live action on any of its cards.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple

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


@dataclass(frozen=True)
class Finding:
    """One thing the plan check found, with the ids it is about and the parts of its sentence."""

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
    period: str = ""
    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def severity(self) -> Severity:
        """How the window colours it."""
        return SEVERITY[self.kind]


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
    active: list[tuple[Opportunity, tuple[dt.date, dt.date] | None]] = []
    for journey in workshop.journeys:
        for stage in journey.stages:
            stage_findings: list[Finding] = []
            stage_has_action = False
            for phase in stage.phases:
                for card in phase.cards:
                    if card.hidden:
                        continue
                    live = [o for o in card.opportunities if o.status != OpportunityStatus.DROPPED]
                    stage_has_action = stage_has_action or bool(live)
                    dated = [(o, _dates(o, by_key)) for o in live]
                    active.extend(dated)
                    _check_card(stage_findings, journey, stage, card, live, dated, competitors)
            if not stage_has_action:
                findings.append(_finding(FindingKind.STAGE_WITHOUT_ACTION, journey, stage))
            findings.extend(stage_findings)
    findings.extend(_empty_periods(spans, active))
    return findings


def _check_card(
    findings: list[Finding],
    journey: Journey,
    stage: Stage,
    card: Card,
    live: list[Opportunity],
    dated: list[tuple[Opportunity, tuple[dt.date, dt.date] | None]],
    competitors: dict[str, str],
) -> None:
    if not live:
        if card.status == Status.RED:
            findings.append(_finding(FindingKind.CRITICAL_WITHOUT_ACTION, journey, stage, card))
        elif card.moment_of_truth:
            findings.append(_finding(FindingKind.MOMENT_WITHOUT_ACTION, journey, stage, card))
    live_ids = {o.id for o in live}
    for gap in card.gaps:
        if gap.threat == Threat.HIGH and gap.opportunity not in live_ids:
            findings.append(
                _finding(
                    FindingKind.GAP_UNANSWERED,
                    journey,
                    stage,
                    card,
                    gap_id=gap.id,
                    competitor=competitors.get(gap.competitor or "", ""),
                )
            )
    for index, (opportunity, span) in enumerate(dated):
        missing = tuple(
            part
            for part, absent in (
                (OWNER, not opportunity.owner.strip()),
                (DATES, span is None),
                (COST, opportunity.cost is None),
                (KPI, opportunity.kpi is None),
            )
            if absent
        )
        if missing:
            findings.append(
                _finding(FindingKind.ACTION_INCOMPLETE, journey, stage, card, opportunity, missing=missing)
            )
        earlier = _earlier_twin(opportunity, span, dated[:index])
        if earlier is not None:
            overlap = (max(span[0], earlier[1][0]), min(span[1], earlier[1][1]))
            findings.append(
                _finding(
                    FindingKind.DUPLICATE_ACTION,
                    journey,
                    stage,
                    card,
                    opportunity,
                    other_opportunity_id=earlier[0].id,
                    # the retailer both are for: an action for every retailer clashes at the other's
                    retailer=" ".join((earlier[0].retailer or opportunity.retailer).split()),
                    start=overlap[0],
                    end=overlap[1],
                )
            )


def _earlier_twin(
    opportunity: Opportunity,
    span: tuple[dt.date, dt.date] | None,
    earlier: list[tuple[Opportunity, tuple[dt.date, dt.date] | None]],
) -> tuple[Opportunity, tuple[dt.date, dt.date]] | None:
    """The first earlier action on the card with the same tool, an overlapping retailer and dates."""
    tool = _folded(opportunity.pos_tool)
    if not tool or span is None:
        return None
    retailer = _folded(opportunity.retailer)
    for other, other_span in earlier:
        if other_span is None or _folded(other.pos_tool) != tool:
            continue
        other_retailer = _folded(other.retailer)
        if retailer and other_retailer and retailer != other_retailer:
            continue
        if span[0] <= other_span[1] and other_span[0] <= span[1]:
            return other, other_span
    return None


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
                    start=period.start,
                    end=period.end,
                )
            )
    return findings


def _period_lookup(spans: list[Any]) -> dict[str, Any]:
    """The periods by id and by folded name: an action's period may still be a typed name."""
    lookup: dict[str, Any] = {}
    for period in spans:
        lookup.setdefault(_folded(_name(period.name)), period)
    for period in spans:
        lookup[period.id] = period
    return lookup


def _dates(opportunity: Opportunity, periods: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    """The days an action runs: its own dates, or its sales period's where it leaves them out."""
    start, end = opportunity.start, opportunity.end
    if (start is None or end is None) and opportunity.period:
        period = periods.get(opportunity.period) or periods.get(_folded(opportunity.period))
        if period is not None:
            start, end = start or period.start, end or period.end
    if start is None or end is None or end < start:
        return None
    return start, end


def _finding(
    kind: FindingKind,
    journey: Journey,
    stage: Stage,
    card: Card | None = None,
    opportunity: Opportunity | None = None,
    **parts: Any,
) -> Finding:
    if opportunity is not None:
        parts = {
            "opportunity_id": opportunity.id,
            "action": opportunity.description.strip().split("\n", 1)[0].strip(),
            "pos_tool": opportunity.pos_tool.strip(),
            "retailer": " ".join(opportunity.retailer.split()),
            **parts,
        }
    return Finding(
        kind,
        journey_id=journey.id,
        stage_id=stage.id,
        journey=journey.name,
        card_id=card.id if card is not None else None,
        stage=stage.label,
        card=card.label if card is not None else None,
        **parts,
    )


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _name(name: Any) -> str:
    return name.text("en") if isinstance(name, Label) else str(name or "")
