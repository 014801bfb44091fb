"""Handing out group copies of a workshop, for breakout groups to work on and merge back."""

from __future__ import annotations

from .labels import drop_unset_stale
from .models import Handout, Workshop

MAX_GROUPS = 50


class HandoutError(Exception):
    """Group names that cannot be used; the message is one line for the user."""


def group_names(text: str | list[str]) -> list[str]:
    """The group names of a comma-separated list (or a list), checked: none empty, none twice."""
    names = [n.strip() for n in (text.split(",") if isinstance(text, str) else text)]
    names = [" ".join(n.split()) for n in names]
    if not names or any(not n for n in names):
        raise HandoutError("every group needs a name (separate the names with commas)")
    if len(names) > MAX_GROUPS:
        raise HandoutError(f"at most {MAX_GROUPS} groups")
    seen: set[str] = set()
    for name in names:
        if name.casefold() in seen:
            raise HandoutError(f"the group '{name}' is named twice")
        seen.add(name.casefold())
    return names


def hand_out(workshop: Workshop, *, group: str) -> Workshop:
    """A copy of `workshop` for `group` that remembers the workshop as it is now (its base).

    The base leaves out the workshop's own hand-out record: a copy of a copy merges back into the
    copy it came from, and the records do not nest.
    """
    base = workshop.model_dump(mode="json", exclude={"handout"})
    drop_unset_stale(base)  # as the workshop JSON writes it
    copy = Workshop.model_validate(base)
    copy.handout = Handout(group=group, base=base)
    return copy


def group_of(workshop: Workshop) -> str | None:
    """The group a workshop was handed out to, or None when it is no group copy."""
    return workshop.handout.group if workshop.handout is not None else None
