"""A workshop flattened for merging: every object by id, with its kind, parent and sibling order.

Built from the models' own fields: every field whose name is a child list of the document
(`CHILD_LIST`) holds positioned children, so a new kind of object merges without code here.
"""

from __future__ import annotations

import difflib
import functools
import types
import typing
from typing import Any, NamedTuple

from pydantic import BaseModel

from .changes import Kind
from .document import CHILD_FIELDS, EDITABLE, MODEL_OF
from .models import Workshop, WorkshopInfo

INFO_FIELDS: tuple[str, ...] = tuple(WorkshopInfo.model_fields)


class Node(NamedTuple):
    """One object of a workshop where it stands."""

    kind: Kind
    parent: str | None
    obj: Any


class Tree:
    """A workshop's objects by id, and the ids of each child list in order."""

    def __init__(self, workshop: Workshop) -> None:
        self.workshop = workshop
        self.nodes: dict[str, Node] = {}
        self.children: dict[tuple[str | None, Kind], list[str]] = {}
        self.order: list[str] = []  # every id, parents before children, siblings in order
        self._walk(workshop, None)

    def _walk(self, owner: BaseModel, owner_id: str | None) -> None:
        nodes, order = self.nodes, self.order
        for name, kind in child_lists(owner):
            ids = self.children.setdefault((owner_id, kind), [])
            for child in getattr(owner, name):
                child_id = child.id
                nodes[child_id] = Node(kind, owner_id, child)
                order.append(child_id)
                ids.append(child_id)
                if child_lists(child):
                    self._walk(child, child_id)

    def siblings(self, obj_id: str) -> list[str]:
        """The ids of the list `obj_id` stands in, itself included."""
        node = self.nodes[obj_id]
        return self.children[(node.parent, node.kind)]


def child_lists(obj: BaseModel) -> tuple[tuple[str, Kind], ...]:
    """The child lists of an object: field name and kind of the children."""
    return CHILD_FIELDS[type(obj)]


def value_fields(kind: Kind) -> frozenset[str]:
    """The fields a merge compares one by one (everything but the id and the child lists)."""
    return EDITABLE[kind]


@functools.cache
def reference_fields(kind: Kind) -> tuple[str, ...]:
    """The fields that may name other objects by id: those holding an optional string or a list of strings.

    Free text is a plain `str`; a link to another object (competitor, opportunity, period, brand) is
    `str | None` and links to several (an action's scenarios) are `list[str]`, so a removal can
    check what still names it without reading every note.
    """
    model = MODEL_OF[kind]
    found = []
    for name in value_fields(kind):
        annotation = model.model_fields[name].annotation
        optional = typing.get_origin(annotation) in (typing.Union, types.UnionType) and set(
            typing.get_args(annotation)
        ) == {str, type(None)}
        if optional or annotation == list[str]:
            found.append(name)
    return tuple(found)


def stable_ids(before: list[str], after: list[str]) -> set[str]:
    """The ids that kept their order from `before` to `after` (the rest were moved among them)."""
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    stable: set[str] = set()
    for block in matcher.get_matching_blocks():
        stable.update(before[block.a : block.a + block.size])
    return stable


def moved_ids(base: Tree, other: Tree) -> set[str]:
    """The ids of objects in both trees that `other` put under another parent or in another order."""
    moved: set[str] = set()
    for (parent, kind), base_ids in base.children.items():
        kept = [i for i in base_ids if i in other.nodes and other.nodes[i].parent == parent]
        moved.update(i for i in base_ids if i in other.nodes and other.nodes[i].parent != parent)
        other_ids = [
            i
            for i in other.children.get((parent, kind), ())
            if i in base.nodes and base.nodes[i].parent == parent
        ]
        if kept != other_ids:
            moved.update(set(kept) - stable_ids(kept, other_ids))
    return moved


def describe(obj: Any, language: str = "en") -> str:
    """A short name of an object for reports: its label, name, description or id."""
    label = getattr(obj, "label", None)
    if label is not None and hasattr(label, "text"):
        return label.text(language)
    for name in ("name", "description", "pos_tool", "title"):
        text = " ".join(str(getattr(obj, name, "") or "").split())
        if text:
            return text if len(text) <= 60 else text[:59] + "…"
    return str(getattr(obj, "id", ""))
