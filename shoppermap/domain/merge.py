"""Three-way merge of a breakout group's copy back into the workshop it was handed out from.

The copy carries its base (the workshop at hand-out). Comparing base, the group's copy
("theirs") and the current workshop ("ours") object by object, by id:

- what the group added is added after the same neighbour, when that neighbour is still there;
- a field the group changed and we did not is taken over, field by field;
- what the group moved moves, unless it moved here too;
- what the group removed is removed, unless it changed here since the hand-out or is still used;
- a field both changed differently, or an object we removed that the group changed, is a
  conflict, settled per conflict by a `Side`.

`analyse` finds all this; `MergeAnalysis.plan(choose)` turns it into `Operation`s in Document
terms (indexes computed step by step) and a report. Merging the same copy twice changes nothing
the second time: what the copy brought is already here, so its copy is its base.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import json
import logging
import operator
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ValidationError

from .changes import Kind
from .document import Document, EditError
from .merge_operations import Insert, Move, Operation, Remove, Update, apply_operations
from .merge_tree import INFO_FIELDS, Tree, child_lists, describe, moved_ids, reference_fields, value_fields
from .models import Workshop

log = logging.getLogger(__name__)

ORIGIN_FIELD = "origin_group"  # models with this field remember which group brought them


class MergeError(Exception):
    """A copy that cannot be merged into this workshop; the message is one line for the user."""


class Side(StrEnum):
    """Which value a conflict keeps."""

    OURS = "ours"
    THEIRS = "theirs"


@dataclass(frozen=True)
class Conflict:
    """Both sides changed the same thing differently since the hand-out.

    `field` None: we removed the object and the group changed it (`ours` is None, `theirs` the
    group's object). `kind` None: a field of the workshop's details.
    """

    kind: Kind | None
    obj_id: str | None
    name: str  # what the object is called, for the user
    field: str | None
    base: Any
    ours: Any
    theirs: Any

    @property
    def key(self) -> tuple[str | None, str | None]:
        """What identifies the conflict in a mapping of choices."""
        return (self.obj_id, self.field)


@dataclass(frozen=True)
class Item:
    """One object a report speaks of, with what happened to its fields or why."""

    kind: Kind | None
    obj_id: str | None
    name: str
    fields: tuple[str, ...] = ()
    reason: str = ""


class Reason(StrEnum):
    """Why a change of the group did not land."""

    CHANGED_HERE = "changed_here"  # removed by the group, changed here since the hand-out
    STILL_USED = "still_used"  # removed by the group, still named by something that stays
    MOVED_HERE = "moved_here"  # moved by the group, moved here too
    PLACE_GONE = "place_gone"  # its place (parent) was removed here


@dataclass
class MergeReport:
    """What a merge did: added, changed, moved, removed, what it left and each conflict's outcome."""

    group: str
    added: list[Item] = field(default_factory=list)
    changed: list[Item] = field(default_factory=list)
    moved: list[Item] = field(default_factory=list)
    removed: list[Item] = field(default_factory=list)
    left: list[Item] = field(default_factory=list)  # group changes that did not land, with a Reason
    conflicts: list[tuple[Conflict, Side]] = field(default_factory=list)

    @property
    def changes_anything(self) -> bool:
        """True when the merge changes the workshop."""
        settled_theirs = any(side == Side.THEIRS for _, side in self.conflicts)
        return bool(self.added or self.changed or self.moved or self.removed or settled_theirs)


@dataclass
class MergePlan:
    """The operations of one merge, in order, and its report."""

    operations: list[Operation]
    report: MergeReport


Chooser = Callable[[Conflict], Side] | Mapping[tuple[str | None, str | None], Side] | Side | None


def analyse(ours: Workshop, copy: Workshop, *, language: str = "en") -> MergeAnalysis:
    """Compare a group's copy with its base and the current workshop; MergeError if it cannot merge."""
    if copy.handout is None:
        raise MergeError("not a group copy (it was never handed out)")
    with _no_cycle_collection():
        return MergeAnalysis(base_of(copy), copy, ours, group=copy.handout.group, language=language)


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    # the analysis builds trees of tens of thousands of small objects and frees none on the way:
    # the cycle collector's passes over the growing heap cost a third of a 5,000-card merge
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_BASES: dict[str, Tree] = {}  # the last bases read: copies handed out together share one


def base_of(copy: Workshop) -> Tree:
    """The workshop a copy was handed out from, read (and checked) once for copies that share it."""
    key = hashlib.sha256(json.dumps(copy.handout.base).encode()).hexdigest()
    tree = _BASES.get(key)
    if tree is None:
        try:
            tree = Tree(Workshop.model_validate(copy.handout.base))
        except ValidationError:
            raise MergeError("the copy's hand-out record is damaged") from None
        _BASES.clear()
        _BASES[key] = tree
    return tree


class MergeAnalysis:
    """What a copy changed against its base, set against what changed here."""

    def __init__(self, base: Tree, theirs: Workshop, ours: Workshop, *, group: str, language: str) -> None:
        self.group = group
        self.language = language
        self.base, self.theirs, self.ours = base, Tree(theirs), Tree(ours)
        if self.base.nodes and self.base.nodes.keys().isdisjoint(self.ours.nodes):
            raise MergeError("the copy was handed out from another workshop")
        self.conflicts: list[Conflict] = []
        self.updates: dict[str | None, dict[str, Any]] = {}  # obj_id (None: details) -> new values
        self.additions: list[str] = []  # topmost new objects of the group, in map order
        self.moves: list[str] = []
        self.removals: list[str] = []  # topmost objects the group removed
        self.left: list[Item] = []
        self._find_field_changes()
        self._find_additions()
        self._find_moves()
        self._find_removals()
        self._find_removed_here()

    # --- finding -------------------------------------------------------------------------

    def _base_obj(self, obj_id: str) -> Any:
        # an object the group added and an earlier merge brought here: its copy is its base
        node = self.base.nodes.get(obj_id) or self.theirs.nodes[obj_id]
        return node.obj

    def _find_field_changes(self) -> None:
        info = (self.base.workshop.workshop, self.theirs.workshop.workshop, self.ours.workshop.workshop)
        self._merge_fields(None, None, *info, INFO_FIELDS)
        for obj_id in self.theirs.order:
            ours = self.ours.nodes.get(obj_id)
            theirs = self.theirs.nodes[obj_id]
            if ours is None or ours.kind != theirs.kind:
                continue
            base = self._base_obj(obj_id)
            self._merge_fields(theirs.kind, obj_id, base, theirs.obj, ours.obj, value_fields(theirs.kind))

    def _merge_fields(self, kind, obj_id, base, theirs, ours, names) -> None:
        # the models' own dicts: reading attributes one by one costs a merge of 5,000 cards dearly
        bd, td, od = base.__dict__, theirs.__dict__, ours.__dict__
        values = _values_of(names)
        if values(td) == values(bd):
            return  # what most objects of a copy are: the group left them as they were
        for name in names:
            b, t, o = bd.get(name), td.get(name), od.get(name)
            if t == b or o == t:
                continue
            if o == b:
                self.updates.setdefault(obj_id, {})[name] = t
            else:
                label = describe(ours, self.language) if kind is not None else ""
                self.conflicts.append(Conflict(kind, obj_id, label, name, b, o, t))

    def _find_additions(self) -> None:
        for obj_id in self.theirs.order:
            if obj_id in self.base.nodes or obj_id in self.ours.nodes:
                continue
            parent = self.theirs.nodes[obj_id].parent
            if parent is None or parent in self.ours.nodes:
                self.additions.append(obj_id)
            # under a new object it comes with its parent; under one removed here, see _find_removed_here

    def _find_moves(self) -> None:
        theirs_moved = moved_ids(self.base, self.theirs)
        ours_moved = moved_ids(self.base, self.ours)
        for obj_id in self.theirs.order:
            if obj_id not in theirs_moved or obj_id not in self.ours.nodes:
                continue
            if obj_id in ours_moved:
                self.left.append(self._item(obj_id, reason=Reason.MOVED_HERE))
            else:
                self.moves.append(obj_id)

    def _find_removals(self) -> None:
        for obj_id in self.base.order:
            if obj_id in self.theirs.nodes or obj_id not in self.ours.nodes:
                continue
            parent = self.base.nodes[obj_id].parent
            if parent is not None and parent not in self.theirs.nodes:
                continue  # goes with its parent
            if self.ours.nodes[obj_id].obj != self.base.nodes[obj_id].obj:
                self.left.append(self._item(obj_id, reason=Reason.CHANGED_HERE))
            else:
                self.removals.append(obj_id)

    def _find_removed_here(self) -> None:
        for obj_id in self.base.order:
            if obj_id in self.ours.nodes or obj_id not in self.theirs.nodes:
                continue
            parent = self.base.nodes[obj_id].parent
            if parent is not None and parent not in self.ours.nodes:
                continue  # its parent was removed here: that is the conflict, if any
            theirs = self.theirs.nodes[obj_id]
            if theirs.obj == self.base.nodes[obj_id].obj and theirs.parent == parent:
                continue  # the group left it as it was: our removal stands
            name = describe(theirs.obj, self.language)
            self.conflicts.append(
                Conflict(theirs.kind, obj_id, name, None, self.base.nodes[obj_id].obj, None, theirs.obj)
            )

    def _item(self, obj_id: str, *, fields: tuple[str, ...] = (), reason: str = "") -> Item:
        node = self.ours.nodes.get(obj_id) or self.theirs.nodes[obj_id]
        return Item(node.kind, obj_id, describe(node.obj, self.language), fields, reason)

    # --- planning ------------------------------------------------------------------------

    def plan(self, choose: Chooser = None) -> MergePlan:
        """The operations and report of this merge, each conflict settled by `choose`.

        `choose` is a Side for every conflict, a mapping from `Conflict.key` to a Side, or a
        function of the conflict; a conflict it does not settle keeps our value.
        """
        report = MergeReport(self.group, left=list(self.left))
        updates = {obj_id: dict(fields) for obj_id, fields in self.updates.items()}
        restored: list[str] = []
        for conflict in self.conflicts:
            side = _choice(choose, conflict)
            report.conflicts.append((conflict, side))
            if side != Side.THEIRS:
                continue
            if conflict.field is None:
                restored.append(conflict.obj_id)
            else:
                updates.setdefault(conflict.obj_id, {})[conflict.field] = conflict.theirs
        state = _Simulation(self.ours)
        operations: list[Operation] = []
        for obj_id in self.additions:
            operations.append(self._insert(state, obj_id, new=True))
            report.added.append(self._item(obj_id))
        for obj_id in restored:
            operation = self._insert(state, obj_id, new=False)
            if operation is None:
                report.left.append(self._item(obj_id, reason=Reason.PLACE_GONE))
            else:
                operations.append(operation)
        for obj_id in self.moves:
            operation = self._move(state, obj_id)
            if operation is None:
                report.left.append(self._item(obj_id, reason=Reason.PLACE_GONE))
            else:
                operations.append(operation)
                report.moved.append(self._item(obj_id))
        for obj_id, fields in updates.items():
            if obj_id is not None and obj_id not in state.parent:
                continue
            operations.append(Update(obj_id, fields))
            conflicting = {
                c.field for c, side in report.conflicts if c.obj_id == obj_id and side == Side.THEIRS
            }
            if set(fields) - conflicting:
                report.changed.append(
                    Item(None, None, "", tuple(sorted(set(fields) - conflicting)))
                    if obj_id is None
                    else self._item(obj_id, fields=tuple(sorted(set(fields) - conflicting)))
                )
        for obj_id in self._removable(state, updates, report):
            operations.append(Remove(obj_id))
            state.remove(obj_id)
            report.removed.append(self._item(obj_id))
        return MergePlan(operations, report)

    def _insert(self, state: _Simulation, obj_id: str, *, new: bool) -> Insert | None:
        node = self.theirs.nodes[obj_id]
        parent = node.parent
        if parent is not None and parent not in state.parent:
            parent = self.base.nodes[obj_id].parent if obj_id in self.base.nodes else None
            if parent is None or parent not in state.parent:
                return None
        obj = self._new_part(node.obj, state, mark=new)
        index = state.place(obj_id, node.kind, parent, self.theirs.siblings(obj_id))
        state.add(obj_id, node.kind, parent, index)
        state.add_tree(obj, node.kind)
        return Insert(node.kind, parent, index, obj)

    def _new_part(self, obj: BaseModel, state: _Simulation, *, mark: bool) -> BaseModel:
        # what of a group's object is not here yet: objects here already (moved elsewhere) stay out
        changes: dict[str, Any] = {}
        for name, _kind in child_lists(obj):
            changes[name] = [
                self._new_part(child, state, mark=mark)
                for child in getattr(obj, name)
                if child.id not in state.parent
            ]
        if mark and ORIGIN_FIELD in type(obj).model_fields and getattr(obj, ORIGIN_FIELD) is None:
            changes[ORIGIN_FIELD] = self.group
        return obj.model_copy(update=changes)

    def _move(self, state: _Simulation, obj_id: str) -> Move | None:
        node = self.theirs.nodes[obj_id]
        if node.parent is not None and node.parent not in state.parent:
            return None
        state.remove(obj_id, keep=True)
        index = state.place(obj_id, node.kind, node.parent, self.theirs.siblings(obj_id))
        state.add(obj_id, node.kind, node.parent, index)
        return Move(obj_id, node.parent, index)

    def _removable(
        self, state: _Simulation, updates: dict[str | None, dict[str, Any]], report: MergeReport
    ) -> list[str]:
        """The group's removals that can go: none whose id something that stays still names."""
        removals = [i for i in self.removals if i in state.parent]
        while True:
            going = {i for obj_id in removals for i in state.subtree(obj_id)}
            named = self._named_ids(state, going, updates)
            still_used = [i for i in removals if not named.isdisjoint(state.subtree(i))]
            if not still_used:
                return removals
            for obj_id in still_used:
                removals.remove(obj_id)
                report.left.append(self._item(obj_id, reason=Reason.STILL_USED))

    @staticmethod
    def _named_ids(
        state: _Simulation, going: set[str], updates: dict[str | None, dict[str, Any]]
    ) -> set[str]:
        named: set[str] = set()
        for obj_id, (obj, kind) in state.objects.items():
            if obj_id in going:
                continue
            new = updates.get(obj_id, {})
            values = obj.__dict__
            for name in reference_fields(kind):
                value = new[name] if name in new else values.get(name)
                if isinstance(value, list):
                    named.update(value)
                elif value:
                    named.add(value)
        return named


@functools.cache
def _values_of(names: frozenset[str] | tuple[str, ...]) -> Callable[[dict], tuple]:
    """A function giving a model dict's values of `names` as one tuple, compared in one go."""
    getter = operator.itemgetter(*names)
    return getter if len(names) > 1 else (lambda d: (getter(d),))


def _choice(choose: Chooser, conflict: Conflict) -> Side:
    if choose is None:
        return Side.OURS
    if isinstance(choose, Side):
        return choose
    if isinstance(choose, Mapping):
        return Side(choose.get(conflict.key, Side.OURS))
    return Side(choose(conflict))


class _Simulation:
    """The workshop's child lists as ids, kept in step with the planned operations (for indexes)."""

    def __init__(self, ours: Tree) -> None:
        self.tree = ours
        self.lists: dict[tuple[str | None, Kind], list[str]] = {}
        self.parent: dict[str, str | None] = {i: n.parent for i, n in ours.nodes.items()}
        self.objects: dict[str, tuple[Any, Kind]] = {i: (n.obj, n.kind) for i, n in ours.nodes.items()}
        self.kinds: dict[str, Kind] = {i: n.kind for i, n in ours.nodes.items()}

    def ids(self, parent: str | None, kind: Kind) -> list[str]:
        key = (parent, kind)
        if key not in self.lists:
            self.lists[key] = list(self.tree.children.get(key, ()))
        return self.lists[key]

    def place(self, obj_id: str, kind: Kind, parent: str | None, their_siblings: list[str]) -> int:
        """Where `obj_id` goes under `parent`: after its nearest preceding neighbour in the copy that is here."""
        ids = self.ids(parent, kind)
        position = their_siblings.index(obj_id)
        present = set(ids)
        for neighbour in reversed(their_siblings[:position]):
            if neighbour in present:
                return ids.index(neighbour) + 1
        return 0

    def add(self, obj_id: str, kind: Kind, parent: str | None, index: int) -> None:
        self.ids(parent, kind).insert(index, obj_id)
        self.parent[obj_id] = parent

    def add_tree(self, obj: BaseModel, kind: Kind) -> None:
        """Know `obj` and everything under it (its own place is set by add())."""
        self.objects[obj.id] = (obj, kind)
        self.kinds[obj.id] = kind
        for name, child_kind in child_lists(obj):
            for child in getattr(obj, name):
                self.add(child.id, child_kind, obj.id, len(self.ids(obj.id, child_kind)))
                self.add_tree(child, child_kind)

    def remove(self, obj_id: str, *, keep: bool = False) -> None:
        """Take `obj_id` out of its list (and, unless `keep`, forget it and everything under it)."""
        parent = self.parent[obj_id]
        self.ids(parent, self.kinds[obj_id]).remove(obj_id)
        if keep:
            return
        for gone in self.subtree(obj_id):
            self.parent.pop(gone, None)
            self.objects.pop(gone, None)

    def subtree(self, obj_id: str) -> list[str]:
        found = [obj_id]
        obj, _kind = self.objects[obj_id]
        for _name, kind in child_lists(obj):
            for child_id in self.ids(obj_id, kind):
                found.extend(self.subtree(child_id))
        return found


def merge_copy(
    document: Document, copy: Workshop, *, choose: Chooser = None, dry_run: bool = False, language: str = "en"
) -> MergeReport:
    """Merge a group's copy into `document` in one transaction; with `dry_run`, into a scratch copy.

    MergeError when the copy cannot be merged; then nothing is written.
    """
    plan = analyse(document.workshop, copy, language=language).plan(choose)
    target = Document(document.workshop.model_copy(deep=True)) if dry_run else document
    try:
        apply_operations(target, plan.operations)
    except EditError as exc:
        raise MergeError(f"the copy cannot be merged: {exc}") from None
    return plan.report
