"""The editable workshop: every edit goes through here, is written through to the store, then announced."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from typing import Any, Protocol

from pydantic import BaseModel, ValidationError

from .changes import Changed, ChangeEvent, ChangeSet, Inserted, Kind, Moved, Removed
from .models import (
    Brand,
    Card,
    Competitor,
    Gap,
    Journey,
    Opportunity,
    ParkingItem,
    Period,
    Phase,
    Scenario,
    Stage,
    Workshop,
    WorkshopInfo,
)
from .pending import PendingJournal
from .sales_periods import opportunity_dates

log = logging.getLogger(__name__)


MODEL_OF: dict[Kind, type[BaseModel]] = {
    Kind.COMPETITOR: Competitor,
    Kind.BRAND: Brand,
    Kind.SCENARIO: Scenario,
    Kind.PARKING_ITEM: ParkingItem,
    Kind.PERIOD: Period,
    Kind.JOURNEY: Journey,
    Kind.STAGE: Stage,
    Kind.PHASE: Phase,
    Kind.CARD: Card,
    Kind.OPPORTUNITY: Opportunity,
    Kind.GAP: Gap,
}
# the attribute of the parent that lists the children, and the children's own child lists
CHILD_LIST: dict[Kind, str] = {
    Kind.COMPETITOR: "competitors",
    Kind.BRAND: "brands",
    Kind.SCENARIO: "scenarios",
    Kind.PARKING_ITEM: "parking_lot",
    Kind.PERIOD: "periods",
    Kind.JOURNEY: "journeys",
    Kind.STAGE: "stages",
    Kind.PHASE: "phases",
    Kind.CARD: "cards",
    Kind.OPPORTUNITY: "opportunities",
    Kind.GAP: "gaps",
}
CHILD_KINDS: dict[Kind, tuple[Kind, ...]] = {
    Kind.COMPETITOR: (),
    Kind.BRAND: (),
    Kind.SCENARIO: (),
    Kind.PARKING_ITEM: (),
    Kind.PERIOD: (),
    Kind.JOURNEY: (Kind.STAGE,),
    Kind.STAGE: (Kind.PHASE,),
    Kind.PHASE: (Kind.CARD,),
    Kind.CARD: (Kind.OPPORTUNITY, Kind.GAP),
    Kind.OPPORTUNITY: (),
    Kind.GAP: (),
}
PARENT_KIND: dict[Kind, Kind | None] = {
    Kind.COMPETITOR: None,
    Kind.BRAND: None,
    Kind.SCENARIO: None,
    Kind.PARKING_ITEM: None,
    Kind.PERIOD: None,
    Kind.JOURNEY: None,
    Kind.STAGE: Kind.JOURNEY,
    Kind.PHASE: Kind.STAGE,
    Kind.CARD: Kind.PHASE,
    Kind.OPPORTUNITY: Kind.CARD,
    Kind.GAP: Kind.CARD,
}
# the child lists of each model, as (field name, kind of the children); the workshop holds the
# kinds that have no parent. Per model, because an opportunity's `scenarios` is no child list.
CHILD_FIELDS: dict[type[BaseModel], tuple[tuple[str, Kind], ...]] = {
    Workshop: tuple((CHILD_LIST[kind], kind) for kind, parent in PARENT_KIND.items() if parent is None),
    **{MODEL_OF[kind]: tuple((CHILD_LIST[child], child) for child in CHILD_KINDS[kind]) for kind in Kind},
}
# fields edited with update(); child lists and ids change only through insert/remove/move
EDITABLE: dict[Kind, frozenset[str]] = {
    kind: frozenset(
        name for name in model.model_fields if name != "id" and name not in dict(CHILD_FIELDS[model])
    )
    for kind, model in MODEL_OF.items()
}


class EditError(Exception):
    """An edit that cannot be applied; the message is meant for the user."""


class ReadOnlyError(EditError):
    """The workshop is open read-only."""


class Store(Protocol):
    """Where the document writes each change through (the workshop file)."""

    read_only: bool

    def transaction(self) -> contextlib.AbstractContextManager[Any]: ...
    def insert(self, kind: Kind, parent_id: str | None, index: int, obj: BaseModel) -> None: ...
    def delete(self, kind: Kind, obj_id: str) -> None: ...
    def move(self, kind: Kind, obj_id: str, parent_id: str | None, index: int) -> None: ...
    def move_many(self, moves: list[tuple[Kind, str, str | None, int]]) -> None: ...
    def update(self, kind: Kind, obj_id: str, fields: dict[str, Any]) -> None: ...
    def update_workshop(self, fields: dict[str, Any]) -> None: ...


class MemoryStore:
    """A store that keeps nothing: for documents that live only in memory (tests, previews)."""

    read_only = False

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        yield

    def insert(self, kind, parent_id, index, obj) -> None:
        pass

    def delete(self, kind, obj_id) -> None:
        pass

    def move(self, kind, obj_id, parent_id, index) -> None:
        pass

    def move_many(self, moves) -> None:
        for kind, obj_id, parent_id, index in moves:
            self.move(kind, obj_id, parent_id, index)

    def update(self, kind, obj_id, fields) -> None:
        pass

    def update_workshop(self, fields) -> None:
        pass


class Document:
    """A workshop being edited.

    Each edit validates first, then writes through to the store and changes the in-memory model
    inside one transaction. A failed write rolls both back, so memory always equals the file
    and what it holds; after `hold`, edits change memory only and their writes wait in `pending`.
    When the outermost transaction commits, `changes` announces what it did as one `ChangeSet`.
    """

    def __init__(self, workshop: Workshop, store: Store | None = None) -> None:
        self.workshop = workshop
        self.store: Store = store if store is not None else MemoryStore()
        self.changes = ChangeEvent()
        self._objects: dict[str, BaseModel] = {}
        self._kinds: dict[str, Kind] = {}
        self._parents: dict[str, str | None] = {}
        self._pending: ChangeSet | None = None  # what the open transaction did so far
        self._undo_memory: list[Callable[[], None]] = []  # how to take it back out of memory
        # while the file cannot be written, edits are kept in memory and their writes wait here
        self.pending = PendingJournal()
        self.write_error: Exception | None = None  # why the file cannot be written now
        for competitor in workshop.competitors:
            self._index(Kind.COMPETITOR, competitor, None)
        for period in workshop.periods:
            self._index(Kind.PERIOD, period, None)
        for brand in workshop.brands:
            self._index(Kind.BRAND, brand, None)
        for scenario in workshop.scenarios:
            self._index(Kind.SCENARIO, scenario, None)
        for item in workshop.parking_lot:
            self._index(Kind.PARKING_ITEM, item, None)
        for journey in workshop.journeys:
            self._index(Kind.JOURNEY, journey, None)

    # --- reading -------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        """True when the store refuses writes."""
        return self.store.read_only

    @property
    def unsaved(self) -> bool:
        """True while edits are held in memory because the file could not be written."""
        return self.write_error is not None

    @property
    def _writes(self) -> Store:
        return self.pending if self.write_error is not None else self.store

    def get(self, obj_id: str) -> Any:
        """The object with this id; KeyError when there is none."""
        return self._objects[obj_id]

    def find(self, obj_id: str) -> Any | None:
        """The object with this id, or None."""
        return self._objects.get(obj_id)

    def kind_of(self, obj_id: str) -> Kind:
        """The kind of the object with this id."""
        return self._kinds[obj_id]

    def parent_of(self, obj_id: str) -> str | None:
        """The id of the object's parent (None for journeys and competitors)."""
        return self._parents[obj_id]

    def siblings(self, kind: Kind, parent_id: str | None) -> list[Any]:
        """The list holding objects of `kind` under `parent_id` (the live list: do not mutate)."""
        owner = self.workshop if parent_id is None else self._objects[parent_id]
        return getattr(owner, CHILD_LIST[kind])

    def index_of(self, obj_id: str) -> int:
        """The position of the object among its siblings."""
        kind = self._kinds[obj_id]
        siblings = self.siblings(kind, self._parents[obj_id])
        for i, sibling in enumerate(siblings):
            if sibling.id == obj_id:
                return i
        raise KeyError(obj_id)

    def journey_of(self, obj_id: str) -> Journey:
        """The journey an object belongs to."""
        while self._kinds[obj_id] != Kind.JOURNEY:
            obj_id = self._parents[obj_id]
        return self._objects[obj_id]

    def cards(self, journey_id: str) -> Iterator[tuple[Stage, Phase, Card]]:
        """Every card of a journey with its stage and phase, in map order."""
        journey = self._objects[journey_id]
        for stage in journey.stages:
            for phase in stage.phases:
                for card in phase.cards:
                    yield stage, phase, card

    def competitor_name(self, competitor_id: str | None) -> str:
        """The name of a competitor, or '' when there is none."""
        competitor = self._objects.get(competitor_id) if competitor_id else None
        return competitor.name if competitor is not None else ""

    def period_of(self, opportunity: Opportunity) -> Period | None:
        """The sales period an opportunity runs in, or None when it runs on its own dates."""
        return self._objects.get(opportunity.period) if opportunity.period else None

    def opportunity_dates(self, opportunity: Opportunity) -> tuple[Any, Any]:
        """When an opportunity runs (start, end): its dated period's dates, else its own."""
        return opportunity_dates(opportunity, self.period_of(opportunity))

    def opportunities_in(self, period_id: str) -> list[Opportunity]:
        """The opportunities that run in a sales period, in map order."""
        return [
            o
            for journey in self.workshop.journeys
            for _, _, card in self.cards(journey.id)
            for o in card.opportunities
            if o.period == period_id
        ]

    def opportunities_naming(self, obj_id: str) -> list[Opportunity]:
        """The opportunities whose brand is `obj_id` or that belong to scenario `obj_id`, in map order."""
        return [
            o
            for journey in self.workshop.journeys
            for _, _, card in self.cards(journey.id)
            for o in card.opportunities
            if o.brand == obj_id or obj_id in o.scenarios
        ]

    def all_opportunities(self) -> Iterator[Opportunity]:
        """Every opportunity of the workshop, in map order."""
        for journey in self.workshop.journeys:
            for _, _, card in self.cards(journey.id):
                yield from card.opportunities

    # --- editing -------------------------------------------------------------------------

    def insert(self, kind: Kind, parent_id: str | None, index: int, obj: BaseModel) -> None:
        """Insert `obj` (with everything under it) at `index` among its siblings."""
        self._check_writable()
        self._check_parent(kind, parent_id)
        obj = MODEL_OF[kind].model_validate(obj.model_dump())  # a private copy, validated
        clash = next((i for i in _ids_in(kind, obj) if i in self._objects), None)
        if clash is not None:
            raise EditError(f"id '{clash}' is already used in this workshop")
        for opportunity in _objects_of(kind, obj, Kind.OPPORTUNITY):
            self._check_named(opportunity.model_dump(include=set(_NAMED)))
        siblings = self.siblings(kind, parent_id)
        index = max(0, min(index, len(siblings)))
        with self.transaction():
            self._writes.insert(kind, parent_id, index, obj)
            siblings.insert(index, obj)
            self._index(kind, obj, parent_id)
            self._did(Inserted(kind, parent_id, index, obj), lambda: self._take_out(kind, siblings, index))

    def remove(self, obj_id: str) -> tuple[Kind, str | None, int, BaseModel]:
        """Remove an object and everything under it; returns what undo needs to put it back."""
        self._check_writable()
        kind = self._kinds[obj_id]
        parent_id = self._parents[obj_id]
        self._check_unreferenced(kind, obj_id, parent_id)
        index = self.index_of(obj_id)
        siblings = self.siblings(kind, parent_id)
        with self.transaction():
            self._writes.delete(kind, obj_id)
            obj = self._take_out(kind, siblings, index)
            self._did(
                Removed(kind, parent_id, index, obj),
                lambda: self._put_in(kind, parent_id, siblings, index, obj),
            )
        return kind, parent_id, index, obj

    def move(self, obj_id: str, parent_id: str | None, index: int) -> None:
        """Move an object to `index` under `parent_id`; index counts after it has left its place."""
        self.move_many([(obj_id, parent_id, index)])

    def move_many(self, moves: list[tuple[str, str | None, int]]) -> list[tuple[str, str | None, int]]:
        """Apply several moves, in order, as one transaction and one change-set (a multi-card drag).

        Returns the moves that take them back exactly: each step undone, last first. (Sending every
        object back to the place it held before the whole batch is not the same: with several taken
        out of one column, the early ones land past the end of what is left and are clamped.)
        """
        self._check_writable()
        plan = []
        for obj_id, parent_id, _index in moves:
            kind = self._kinds[obj_id]
            self._check_parent(kind, parent_id)
            if kind == Kind.OPPORTUNITY and parent_id != self._parents[obj_id]:
                self._check_unreferenced(kind, obj_id, self._parents[obj_id])
            plan.append(kind)
        with self.transaction():
            # memory first, step by step, then the file in one write; a failed write rolls the
            # steps back with the transaction
            writes, back = [], []
            for (obj_id, parent_id, index), kind in zip(moves, plan, strict=True):
                old_parent = self._parents[obj_id]
                old_index = self.index_of(obj_id)
                target = self.siblings(kind, parent_id)
                limit = len(target) - (1 if old_parent == parent_id else 0)
                index = max(0, min(index, limit))
                self._relocate(kind, obj_id, parent_id, index, at=old_index)
                self._did(
                    Moved(kind, obj_id, old_parent, old_index, parent_id, index),
                    lambda k=kind, o=obj_id, p=old_parent, i=old_index: self._relocate(k, o, p, i),
                )
                writes.append((kind, obj_id, parent_id, index))
                back.append((obj_id, old_parent, old_index))
            if len(writes) == 1:
                self._writes.move(*writes[0])
            elif writes:
                self._writes.move_many(writes)
        return back[::-1]

    def plan_moves_before(
        self, obj_ids: list[str], parent_id: str | None, anchor_id: str | None
    ) -> list[tuple[str, str | None, int]]:
        """The moves that put `obj_ids`, in this order, just before `anchor_id` under `parent_id`.

        `anchor_id` None means at the end. The indexes are those move_many expects, step by step.
        """
        lists: dict[str | None, list[str]] = {}

        def ids_under(parent: str | None, kind: Kind) -> list[str]:
            if parent not in lists:
                lists[parent] = [o.id for o in self.siblings(kind, parent)]
            return lists[parent]

        where = {obj_id: self._parents[obj_id] for obj_id in obj_ids}
        moves = []
        for obj_id in obj_ids:
            kind = self._kinds[obj_id]
            ids_under(where[obj_id], kind).remove(obj_id)
            target = ids_under(parent_id, kind)
            index = target.index(anchor_id) if anchor_id in target else len(target)
            target.insert(index, obj_id)
            where[obj_id] = parent_id
            moves.append((obj_id, parent_id, index))
        return moves

    def update(self, obj_id: str, **fields: Any) -> dict[str, Any]:
        """Change fields of an object; returns their old values (for undo). Only real changes count."""
        self._check_writable()
        kind = self._kinds[obj_id]
        unknown = set(fields) - EDITABLE[kind]
        if unknown:
            raise EditError(f"a {kind.value} has no field '{sorted(unknown)[0]}'")
        obj = self._objects[obj_id]
        new, old = _real_changes(obj, fields)
        if kind == Kind.OPPORTUNITY:
            self._check_named(new)
        if new:
            with self.transaction():
                self._writes.update(kind, obj_id, new)
                _assign(obj, new)
                self._did(Changed(kind, obj_id, self._parents[obj_id], new), lambda: _assign(obj, old))
        return old

    def update_workshop(self, **fields: Any) -> dict[str, Any]:
        """Change the workshop's details; returns the old values of what really changed."""
        self._check_writable()
        info = self.workshop.workshop
        unknown = set(fields) - set(WorkshopInfo.model_fields)
        if unknown:
            raise EditError(f"the workshop has no field '{sorted(unknown)[0]}'")
        new, old = _real_changes(info, fields)
        if new:
            with self.transaction():
                self._writes.update_workshop(new)
                _assign(info, new)
                self._pending.workshop.update(new)
                self._undo_memory.append(lambda: _assign(info, old))
        return old

    # --- when the file cannot be written -------------------------------------------------

    def hold(self, error: Exception) -> None:
        """The file could not be written (`error`): from now on edits stay in memory and wait.

        Every later edit, undo and redo changes memory as usual and records its writes in
        `pending`, until `write_pending` gets them into the file.
        """
        if self._pending is not None:
            raise RuntimeError("hold() inside a transaction")
        if self.write_error is None:
            log.warning("the workshop file cannot be written; edits are kept in memory: %s", error)
        self.write_error = error

    def write_pending(self) -> None:
        """Write the edits held in memory to the file, in order, in one transaction.

        On success the document writes through again. On failure the error goes on, `write_error`
        becomes it, and every pending edit stays for the next try.
        """
        if self.write_error is None:
            return
        if self._pending is not None:
            raise RuntimeError("write_pending() inside a transaction")
        try:
            self.pending.replay(self.store)
        except Exception as exc:
            self.write_error = exc
            raise
        self.write_error = None

    def forget_pending(self) -> None:
        """Drop what waits for the file (a copy holds it, or the user chose to discard it)."""
        self.pending.clear()
        self.write_error = None

    @contextlib.contextmanager
    def transaction(self, *, origin: object | None = None) -> Iterator[None]:
        """Group edits into one transaction of the store and one change-set.

        Nested transactions are savepoints. When one fails, memory goes back to where it stood at
        its start, as the store does, and the exception goes on. When the outermost one commits,
        `changes` announces the change-set (`origin` marks who made it).
        """
        outermost = self._pending is None
        if outermost:
            self._pending = ChangeSet(origin=origin)
        pending = self._pending
        mark, entries, workshop = len(self._undo_memory), len(pending.entries), dict(pending.workshop)
        try:
            with self._writes.transaction():
                yield
        except BaseException:
            while len(self._undo_memory) > mark:
                self._undo_memory.pop()()
            del pending.entries[entries:]
            pending.workshop = workshop
            if outermost:
                self._pending, self._undo_memory = None, []
            raise
        if outermost:
            self._pending, self._undo_memory = None, []
            if pending:
                self.changes.emit(pending)

    # --- internals -----------------------------------------------------------------------

    def _check_writable(self) -> None:
        if self.store.read_only:
            raise ReadOnlyError("this workshop is open read-only; save a copy to edit it")

    def _check_unreferenced(self, kind: Kind, obj_id: str, parent_id: str | None) -> None:
        # a gap must never point at an opportunity or competitor that is gone: the file would not open
        if kind == Kind.OPPORTUNITY:
            if any(gap.opportunity == obj_id for gap in self._objects[parent_id].gaps):
                raise EditError("this opportunity answers a competitor gap; unlink it from the gap first")
        elif kind == Kind.PERIOD:
            used = len(self.opportunities_in(obj_id))
            if used:
                raise EditError(
                    f"this sales period is used by {used} opportunity(ies); take them out of it first"
                )
        elif kind in (Kind.BRAND, Kind.SCENARIO):
            used = len(self.opportunities_naming(obj_id))
            if used:
                what = "brand" if kind == Kind.BRAND else "scenario"
                raise EditError(f"this {what} is named by {used} opportunity(ies); change them first")
        elif kind == Kind.COMPETITOR:
            for obj in self._objects.values():
                if isinstance(obj, Gap) and obj.competitor == obj_id:
                    raise EditError("this competitor is named in a competitor gap; change that gap first")

    def _check_named(self, fields: dict[str, Any]) -> None:
        # an opportunity must never name a period, brand or scenario that is not in the workshop's
        # lists: the file would not open
        for name, (kind, what) in _NAMED.items():
            if name not in fields:
                continue
            value = fields[name]
            for named in value if isinstance(value, list) else [value]:
                if named is not None and self._kinds.get(named) != kind:
                    raise EditError(f"there is no {what} '{named}' in this workshop")

    def _check_parent(self, kind: Kind, parent_id: str | None) -> None:
        expected = PARENT_KIND[kind]
        if expected is None:
            if parent_id is not None:
                raise EditError(f"a {kind.value} has no parent")
            return
        if parent_id is None or self._kinds.get(parent_id) != expected:
            raise EditError(f"a {kind.value} must be placed in a {expected.value}")

    def _did(self, change, undo: Callable[[], None]) -> None:
        self._pending.entries.append(change)
        self._undo_memory.append(undo)

    def _take_out(self, kind: Kind, siblings: list, index: int) -> BaseModel:
        obj = siblings.pop(index)
        self._unindex(kind, obj)
        return obj

    def _put_in(self, kind: Kind, parent_id: str | None, siblings: list, index: int, obj: BaseModel) -> None:
        siblings.insert(index, obj)
        self._index(kind, obj, parent_id)

    def _relocate(
        self, kind: Kind, obj_id: str, parent_id: str | None, index: int, *, at: int | None = None
    ) -> None:
        # `at`: where the object stands now, when the caller knows it (saves a scan of its siblings)
        old = self.siblings(kind, self._parents[obj_id])
        obj = old.pop(self.index_of(obj_id) if at is None else at)
        self.siblings(kind, parent_id).insert(index, obj)
        self._parents[obj_id] = parent_id

    def _index(self, kind: Kind, obj: BaseModel, parent_id: str | None) -> None:
        self._objects[obj.id] = obj
        self._kinds[obj.id] = kind
        self._parents[obj.id] = parent_id
        for child_kind in CHILD_KINDS[kind]:
            for child in getattr(obj, CHILD_LIST[child_kind]):
                self._index(child_kind, child, obj.id)

    def _unindex(self, kind: Kind, obj: BaseModel) -> None:
        del self._objects[obj.id]
        del self._kinds[obj.id]
        del self._parents[obj.id]
        for child_kind in CHILD_KINDS[kind]:
            for child in getattr(obj, CHILD_LIST[child_kind]):
                self._unindex(child_kind, child)


# the opportunity fields that name other objects of the workshop, and what they name
_NAMED: dict[str, tuple[Kind, str]] = {
    "period": (Kind.PERIOD, "sales period"),
    "brand": (Kind.BRAND, "brand"),
    "scenarios": (Kind.SCENARIO, "scenario"),
}


def _ids_in(kind: Kind, obj: BaseModel) -> Iterator[str]:
    yield obj.id
    for child_kind in CHILD_KINDS[kind]:
        for child in getattr(obj, CHILD_LIST[child_kind]):
            yield from _ids_in(child_kind, child)


def _objects_of(kind: Kind, obj: BaseModel, wanted: Kind) -> Iterator[Any]:
    if kind == wanted:
        yield obj
    for child_kind in CHILD_KINDS[kind]:
        for child in getattr(obj, CHILD_LIST[child_kind]):
            yield from _objects_of(child_kind, child, wanted)


def _real_changes(obj: BaseModel, fields: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The validated new values that differ from `obj`'s, and the old values they replace.

    The fields are checked together, so a period moved later by both dates at once is not
    refused halfway for ending before it starts.
    """
    values = {name: getattr(obj, name) for name in type(obj).model_fields}
    values.update(fields)
    try:
        probe = type(obj).model_validate(values)
    except ValidationError as exc:
        raise EditError(_first_problem(exc)) from None
    new = {name: getattr(probe, name) for name in fields if getattr(probe, name) != getattr(obj, name)}
    return new, {name: getattr(obj, name) for name in new}


def _assign(obj: BaseModel, values: dict[str, Any]) -> None:
    for name, value in values.items():
        object.__setattr__(obj, name, value)  # already validated on a probe


def _first_problem(error: ValidationError) -> str:
    first = error.errors()[0]
    field = ".".join(str(p) for p in first["loc"])
    message = first["msg"].removeprefix("Value error, ")
    return f"{field}: {message}" if field else message
