"""The plan check's findings in English sentences, for the command line (the window words its own)."""

from __future__ import annotations

from collections.abc import Callable

from .review import COST, DATES, KPI, OWNER, Finding, FindingKind

MISSING_WORDS = {OWNER: "owner", DATES: "dates", COST: "cost", KPI: "KPI"}


def describe(
    finding: Finding,
    *,
    language: str = "en",
    tool_name: Callable[[str], str] | None = None,
    with_journey: bool = False,
) -> str:
    """One line saying what is missing and where; labels in `language`, POS tools named by `tool_name`."""
    stage = finding.stage.text(language) if finding.stage is not None else ""
    where = f"{stage} › {finding.card.text(language)}" if finding.card is not None else stage
    if with_journey and finding.journey:
        where = f"{finding.journey} › {where}"
    tool = (tool_name or str)(finding.pos_tool) if finding.pos_tool else ""
    action = f"'{finding.action}'" if finding.action else tool or "an untitled action"
    kind = finding.kind
    if kind == FindingKind.CRITICAL_WITHOUT_ACTION:
        return f"{where}: critical touchpoint with no POS action"
    if kind == FindingKind.MOMENT_WITHOUT_ACTION:
        return f"{where}: moment of truth with no POS action"
    if kind == FindingKind.GAP_UNANSWERED:
        against = f" ({finding.competitor})" if finding.competitor else ""
        return f"{where}: high-threat gap{against} with no answering action"
    if kind == FindingKind.ACTION_INCOMPLETE:
        return f"{where}: action {action} has no {_listed([MISSING_WORDS[m] for m in finding.missing])}"
    if kind == FindingKind.DUPLICATE_ACTION:
        retailer = finding.retailer or "every retailer"
        return (
            f"{where}: {tool} for {retailer} twice in overlapping dates "
            f"({finding.start.isoformat()} – {finding.end.isoformat()})"
        )
    if kind == FindingKind.STAGE_WITHOUT_ACTION:
        return f"{where}: no action in this stage"
    dates = f" ({_day(finding.start)} – {_day(finding.end)})" if finding.start or finding.end else ""
    return f"Sales period '{finding.period}'{dates} has no activity"


def _listed(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def _day(day) -> str:
    return day.isoformat() if day is not None else "…"
