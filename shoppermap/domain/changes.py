"""What one edit changed: a change-set announced once after the edit's transaction commits.

Listeners subscribe to the kinds of objects they draw and get one `ChangeSet` per edit, so a
100-card move is one announcement with 100 moves in it, not 100 announcements.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

log = logging.getLogger(__name__)


class Kind(StrEnum):
    """The kinds of objects a workshop holds, each with a parent kind and a list in that parent."""

    COMPETITOR = "competitor"
    BRAND = "brand"
    SCENARIO = "scenario"
    PARKING_ITEM = "parking_item"
    PERIOD = "period"
    JOURNEY = "journey"
    STAGE = "stage"
    PHASE = "phase"
    CARD = "card"
    OPPORTUNITY = "opportunity"
    GAP = "gap"


@dataclass(frozen=True)
class _Placed:
    """An object (with everything under it) at `index` under `parent_id`."""

    kind: Kind
    parent_id: str | None
    index: int
    obj: Any

    @property
    def obj_id(self) -> str:
        return self.obj.id

    @property
    def parents(self) -> frozenset[str | None]:
        """The parents whose children changed."""
        return frozenset({self.parent_id})


class Inserted(_Placed):
    """An object (with everything under it) was put at `index` under `parent_id`."""


class Removed(_Placed):
    """An object (with everything under it) was taken from `index` under `parent_id`."""


@dataclass(frozen=True)
class Moved:
    """An object went from one place to another."""

    kind: Kind
    obj_id: str
    old_parent: str | None
    old_index: int
    new_parent: str | None
    new_index: int

    @property
    def parents(self) -> frozenset[str | None]:
        return frozenset({self.old_parent, self.new_parent})


@dataclass(frozen=True)
class Changed:
    """Fields of an object took new values."""

    kind: Kind
    obj_id: str
    parent_id: str | None
    fields: dict[str, Any]

    @property
    def parents(self) -> frozenset[str | None]:
        return frozenset({self.parent_id})


Change = Inserted | Removed | Moved | Changed


@dataclass
class ChangeSet:
    """Everything one edit did, in the order it was done.

    `origin` is whoever made the edit (a widget passes itself), so it can skip its own echo.
    """

    entries: list[Change] = field(default_factory=list)
    workshop: dict[str, Any] = field(default_factory=dict)  # the workshop details that changed
    origin: object | None = None

    def __bool__(self) -> bool:
        return bool(self.entries or self.workshop)

    @property
    def kinds(self) -> frozenset[Kind]:
        """The kinds of objects this edit touched."""
        return frozenset(entry.kind for entry in self.entries)

    def inserted(self, *kinds: Kind) -> list[Inserted]:
        """The inserts of objects of these kinds (of any kind when none is given)."""
        return self._of(Inserted, kinds)

    def removed(self, *kinds: Kind) -> list[Removed]:
        """The removals of objects of these kinds."""
        return self._of(Removed, kinds)

    def moved(self, *kinds: Kind) -> list[Moved]:
        """The moves of objects of these kinds."""
        return self._of(Moved, kinds)

    def changed(self, *kinds: Kind, field: str | None = None) -> list[Changed]:
        """The field changes of objects of these kinds (only those touching `field`, if given)."""
        found = self._of(Changed, kinds)
        return [c for c in found if field in c.fields] if field is not None else found

    def structural(self, *kinds: Kind) -> bool:
        """True when objects of these kinds came, went or moved."""
        return any(
            isinstance(e, Inserted | Removed | Moved) and (not kinds or e.kind in kinds) for e in self.entries
        )

    def concerns(self, obj_ids: Iterable[str]) -> bool:
        """True when any of these objects, or anything directly under them, changed."""
        wanted = set(obj_ids)
        return any(e.obj_id in wanted or not wanted.isdisjoint(e.parents) for e in self.entries)

    def _of(self, cls: type, kinds: tuple[Kind, ...]) -> list:
        return [e for e in self.entries if isinstance(e, cls) and (not kinds or e.kind in kinds)]


WORKSHOP = "workshop"  # subscribe to this to hear of changes of the workshop's own details


@dataclass
class _Subscription:
    callback: Callable[[ChangeSet], None]
    kinds: frozenset[str] | None


class ChangeEvent:
    """Listeners of change-sets, each called in its own shield so one that fails strands no edit."""

    def __init__(self) -> None:
        self._subscriptions: list[_Subscription] = []

    def connect(self, callback: Callable[[ChangeSet], None], *, kinds: Iterable[str] | None = None) -> None:
        """Call `callback` with each change-set touching one of `kinds` (every one when None).

        `kinds` holds `Kind` values and `WORKSHOP` for the workshop's own details.
        """
        self._subscriptions.append(_Subscription(callback, frozenset(kinds) if kinds is not None else None))

    def disconnect(self, callback: Callable[[ChangeSet], None]) -> None:
        """Stop calling `callback`; unknown callbacks are ignored."""
        self._subscriptions = [s for s in self._subscriptions if s.callback != callback]

    def emit(self, changes: ChangeSet) -> None:
        """Tell each interested listener; a listener that raises is logged and the others still run."""
        touched = set(changes.kinds) | ({WORKSHOP} if changes.workshop else set())
        for subscription in list(self._subscriptions):
            if subscription.kinds is not None and not (subscription.kinds & touched):
                continue
            try:
                subscription.callback(changes)
            except Exception:
                log.exception("a listener failed on a change; the edit itself is saved")

    def __iter__(self) -> Iterator[Callable[[ChangeSet], None]]:
        return (s.callback for s in self._subscriptions)
