"""Handing out group copies of a workshop, for breakout groups to work on and merge back."""

from __future__ import annotations

from .labels import drop_unset_stale
from .models import Handout, Journey, Stage, Workshop

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


def hand_out(workshop: Workshop, *, group: str, focus: str | None = None) -> Workshop:
    """A copy of `workshop` for `group` that remembers the workshop as it is now (its base).

    The base leaves out the workshop's own hand-out record: a copy of a copy merges back into the
    copy it came from, and the records do not nest. `focus` is the id of a stage or a journey the
    group is to work on (its copy opens there); HandoutError when the workshop has no such one.
    """
    if focus is not None and focus not in focus_choices(workshop):
        raise HandoutError(f"there is no stage or journey '{focus}' in this workshop")
    base = workshop.model_dump(mode="json", exclude={"handout"})
    drop_unset_stale(base)  # as the workshop JSON writes it
    copy = Workshop.model_validate(base)
    copy.handout = Handout(group=group, base=base, focus=focus)
    return copy


def focus_choices(workshop: Workshop) -> dict[str, tuple[Journey, Stage | None]]:
    """What a group can be given to work on, by id: each journey, and each stage of each journey."""
    choices: dict[str, tuple[Journey, Stage | None]] = {}
    for journey in workshop.journeys:
        choices[journey.id] = (journey, None)
        for stage in journey.stages:
            choices[stage.id] = (journey, stage)
    return choices


def find_focus(workshop: Workshop, name: str) -> str:
    """The id of the stage or journey called `name` (either language, any case); "Journey/Stage" names
    a stage of one journey. HandoutError when there is none, or the name fits several."""
    journey_part, _, stage_part = name.rpartition("/") if "/" in name else ("", "", name)
    wanted, in_journey = _folded(stage_part), _folded(journey_part)
    found = []
    for obj_id, (journey, stage) in focus_choices(workshop).items():
        if in_journey and _folded(journey.name) != in_journey:
            continue
        names = (
            {_folded(journey.name)} if stage is None else {_folded(stage.label.pl), _folded(stage.label.en)}
        )
        if wanted in names and not (in_journey and stage is None):
            found.append(obj_id)
    if not found:
        raise HandoutError(f"there is no stage or journey '{name}' in this workshop")
    if len(found) > 1:
        raise HandoutError(f"'{name}' fits several journeys' stages; give it as 'Journey/Stage'")
    return found[0]


def _folded(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def group_of(workshop: Workshop) -> str | None:
    """The group a workshop was handed out to, or None when it is no group copy."""
    return workshop.handout.group if workshop.handout is not None else None
