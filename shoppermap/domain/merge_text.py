"""A merge report in plain English lines, for the command line (the window words its own)."""

from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import BaseModel

from .labels import Label
from .merge import Conflict, Item, MergeReport, Reason, Side
from .merge_tree import describe

REASONS = {
    Reason.CHANGED_HERE: "kept: the group removed it, but it was changed here since the hand-out",
    Reason.STILL_USED: "kept: the group removed it, but something that stays still names it",
    Reason.MOVED_HERE: "not moved: the group moved it, but it was moved here too",
    Reason.PLACE_GONE: "not placed: where the group put it was removed here",
}


def value_text(value: Any, language: str = "en") -> str:
    """A field's value as a reader would say it."""
    if value is None or value == "" or value == []:
        return "(empty)"
    if isinstance(value, Label):
        return f"'{value.text(language)}'"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, BaseModel):
        return f"'{describe(value, language)}'"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    text = " ".join(str(value).split())
    return f"'{text[:59]}…'" if len(text) > 60 else f"'{text}'"


def item_text(item: Item) -> str:
    """'card 'Wobbler'', or 'workshop details'."""
    return f"{item.kind.value} '{item.name}'" if item.kind is not None else "workshop details"


def conflict_text(conflict: Conflict, side: Side, language: str = "en") -> str:
    """One line: what both sides did and which one was kept."""
    what = f"{conflict.kind.value} '{conflict.name}'" if conflict.kind is not None else "workshop details"
    if conflict.field is None:
        outcome = "restored from the group" if side == Side.THEIRS else "kept removed"
        return f"conflict: {what} was removed here and changed by the group: {outcome}"
    ours, theirs = value_text(conflict.ours, language), value_text(conflict.theirs, language)
    kept = "the group's" if side == Side.THEIRS else "ours"
    return f"conflict: {what}, {conflict.field}: ours {ours}, the group's {theirs}: kept {kept}"


def report_lines(report: MergeReport, *, language: str = "en") -> list[str]:
    """The counts, then one line per change that did not land and one per conflict."""
    counts = (
        f"{len(report.added)} added, {len(report.changed)} changed, {len(report.moved)} moved, "
        f"{len(report.removed)} removed, {len(report.conflicts)} conflict(s)"
    )
    lines = [counts]
    lines += [f"{REASONS.get(item.reason, item.reason)}: {item_text(item)}" for item in report.left]
    lines += [conflict_text(conflict, side, language) for conflict, side in report.conflicts]
    return lines
