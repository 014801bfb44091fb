"""The steps of a merge in Document terms, applied in one transaction and taken back as one."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from .changes import Kind
from .document import Document, EditError
from .models import Workshop


@dataclass(frozen=True)
class Insert:
    """Put `obj` (with everything under it) at `index` under `parent_id`."""

    kind: Kind
    parent_id: str | None
    index: int
    obj: BaseModel

    def apply(self, document: Document) -> Operation:
        document.insert(self.kind, self.parent_id, self.index, self.obj)
        return Remove(self.obj.id)


@dataclass(frozen=True)
class Remove:
    """Remove an object and everything under it."""

    obj_id: str

    def apply(self, document: Document) -> Operation:
        kind, parent_id, index, obj = document.remove(self.obj_id)
        return Insert(kind, parent_id, index, obj)


@dataclass(frozen=True)
class Move:
    """Move an object to `index` under `parent_id` (index counted after it left its place)."""

    obj_id: str
    parent_id: str | None
    index: int

    def apply(self, document: Document) -> Operation:
        back = Move(self.obj_id, document.parent_of(self.obj_id), document.index_of(self.obj_id))
        document.move(self.obj_id, self.parent_id, self.index)
        return back


@dataclass(frozen=True)
class Update:
    """Change fields of an object (`obj_id` None: the workshop's details)."""

    obj_id: str | None
    fields: dict[str, Any]

    def apply(self, document: Document) -> Operation:
        if self.obj_id is None:
            return Update(None, document.update_workshop(**self.fields))
        return Update(self.obj_id, document.update(self.obj_id, **self.fields))


Operation = Insert | Remove | Move | Update


def apply_operations(
    document: Document, operations: list[Operation], *, origin: object = None
) -> list[Operation]:
    """Apply `operations` in one transaction; returns the operations that take them back, in order.

    The result is checked as a whole before the transaction commits (references between objects
    that no single edit can see), so a merge that would leave a workshop unopenable writes nothing.
    """
    undo: list[Operation] = []
    with document.transaction(origin=origin):
        for operation in operations:
            undo.append(operation.apply(document))
        check_workshop(document.workshop)
    undo.reverse()
    return undo


def check_workshop(workshop: Workshop) -> None:
    """Run the workshop's own whole-model checks (ids unique, references known); EditError if one fails."""
    for name, decorator in type(workshop).__pydantic_decorators__.model_validators.items():
        if decorator.info.mode != "after":
            continue
        try:
            getattr(type(workshop), name)(workshop)
        except ValueError as exc:
            raise EditError(str(exc)) from None
