"""Undoable edits: each user edit is one QUndoCommand whose redo and undo call Document methods only.

The edit gateway (`ui/editor.py`) does every change itself, inside one document transaction,
and only then lets the stack record it: Qt's redo() on push, and its undo()/redo() after the
gateway undid or redid a step, are skipped once. A step redone or undone by Qt alone (the
history view) runs in its own transaction and tells `on_failure` when it could not be done.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from typing import Any

from pydantic import BaseModel
from PySide6.QtGui import QUndoCommand

from ..domain.document import Document, Kind

log = logging.getLogger(__name__)
TYPING_MERGE_ID = 0x5459  # QUndoCommand.id() of field updates made during one typing run
_typing_run: object | None = None


@contextlib.contextmanager
def typing_run(token: object) -> Iterator[None]:
    """Field updates built inside belong to the typing run `token`: one undo step for the whole run.

    A field that commits while the user pauses (so a flat battery costs a second of typing, not a
    paragraph) builds its commands here; the stack then merges each into the run's first step.
    """
    global _typing_run
    outer, _typing_run = _typing_run, token
    try:
        yield
    finally:
        _typing_run = outer


class DocumentCommand(QUndoCommand):
    """Base of commands: `do` makes the edit, `revert` takes it back; both call Document methods only."""

    def __init__(self, document: Document, text: str) -> None:
        super().__init__(text)
        self.document = document
        self._skip_redo = False
        self._skip_undo = False
        # set by the gateway: called with (command, error, undoing) when Qt alone could not redo/undo
        self.on_failure: Callable[[DocumentCommand, Exception, bool], None] | None = None

    def apply(self) -> None:
        """Do the edit for the first time; may raise, and then the caller's transaction rolls back."""
        self.do()
        self._skip_redo = True

    def apply_undo(self) -> None:
        """Undo the edit ahead of the stack (which then only moves its index)."""
        self.revert()
        self._skip_undo = True

    def apply_redo(self) -> None:
        """Redo the edit ahead of the stack."""
        self.do()
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
        else:
            self._guarded(self.do, undoing=False)

    def undo(self) -> None:
        if self._skip_undo:
            self._skip_undo = False
        else:
            self._guarded(self.revert, undoing=True)

    def _guarded(self, step: Callable[[], None], *, undoing: bool) -> None:
        try:
            with self.document.transaction():
                step()
        except Exception as exc:
            if self.on_failure is None:
                raise
            self.on_failure(self, exc, undoing)

    def do(self) -> None:  # pragma: no cover - every command defines it
        raise NotImplementedError

    def revert(self) -> None:  # pragma: no cover - every command defines it
        raise NotImplementedError

    def is_noop(self) -> bool:
        """True when applying changed nothing (such commands are not pushed)."""
        return False


class GroupCommand(DocumentCommand):
    """Several commands as one undo step, done and undone in one transaction and one change-set."""

    def __init__(self, document: Document, commands: list[DocumentCommand], text: str) -> None:
        super().__init__(document, text)
        self.commands = list(commands)

    def do(self) -> None:
        for command in self.commands:
            command.do()

    def revert(self) -> None:
        for command in reversed(self.commands):
            command.revert()

    def id(self) -> int:
        typed = all(isinstance(c, UpdateCommand) and c.run is not None for c in self.commands)
        return TYPING_MERGE_ID if typed and self.commands else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Take in the next multi-card update of the same typing run (the same cards, the same field)."""
        if not isinstance(other, GroupCommand) or len(other.commands) != len(self.commands):
            return False
        if not all(a.continued_by(b) for a, b in zip(self.commands, other.commands, strict=True)):
            return False
        for mine, theirs in zip(self.commands, other.commands, strict=True):
            mine.new = dict(theirs.new)
        return True


class UpdateCommand(DocumentCommand):
    """Change fields of one object."""

    def __init__(self, document: Document, obj_id: str, fields: dict[str, Any], text: str) -> None:
        super().__init__(document, text)
        self.obj_id = obj_id
        self.new = dict(fields)
        self.old: dict[str, Any] = {}
        self.run = _typing_run

    def do(self) -> None:
        old = self.document.update(self.obj_id, **self.new)
        if not self.old:
            self.old = old

    def revert(self) -> None:
        self.document.update(self.obj_id, **self.old)

    def is_noop(self) -> bool:
        return not self.old

    def id(self) -> int:
        return TYPING_MERGE_ID if self.run is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Take in the next update of the same typing run: undo then goes back to before the run."""
        if not self.continued_by(other):
            return False
        self.new = dict(other.new)
        return True

    def continued_by(self, other: QUndoCommand) -> bool:
        """True when `other` is the same field of the same object, typed on in the same run."""
        return (
            isinstance(other, UpdateCommand)
            and self.run is not None
            and other.run is self.run
            and other.obj_id == self.obj_id
            and set(other.new) == set(self.new)
        )


class UpdateWorkshopCommand(DocumentCommand):
    """Change the workshop's details."""

    def __init__(self, document: Document, fields: dict[str, Any], text: str) -> None:
        super().__init__(document, text)
        self.new = dict(fields)
        self.old: dict[str, Any] = {}

    def do(self) -> None:
        old = self.document.update_workshop(**self.new)
        if not self.old:
            self.old = old

    def revert(self) -> None:
        self.document.update_workshop(**self.old)

    def is_noop(self) -> bool:
        return not self.old


class InsertCommand(DocumentCommand):
    """Insert an object (with its children) at an index."""

    def __init__(
        self, document: Document, kind: Kind, parent_id: str | None, index: int, obj: BaseModel, text: str
    ):
        super().__init__(document, text)
        self.kind, self.parent_id, self.index = kind, parent_id, index
        self.obj = obj.model_copy(deep=True)

    def do(self) -> None:
        self.document.insert(self.kind, self.parent_id, self.index, self.obj)
        self.index = self.document.index_of(self.obj.id)

    def revert(self) -> None:
        self.document.remove(self.obj.id)


class RemoveCommand(DocumentCommand):
    """Remove an object; undo puts it back where it was, children and all."""

    def __init__(self, document: Document, obj_id: str, text: str) -> None:
        super().__init__(document, text)
        self.obj_id = obj_id
        self.kind: Kind | None = None
        self.parent_id: str | None = None
        self.index = 0
        self.obj: BaseModel | None = None

    def do(self) -> None:
        self.kind, self.parent_id, self.index, self.obj = self.document.remove(self.obj_id)

    def revert(self) -> None:
        self.document.insert(self.kind, self.parent_id, self.index, self.obj)


class MoveCommand(DocumentCommand):
    """Move one or more objects, as one step (a drag of a multi-selection)."""

    def __init__(self, document: Document, moves: list[tuple[str, str | None, int]], text: str) -> None:
        super().__init__(document, text)
        self.moves = list(moves)
        self.back: list[tuple[str, str | None, int]] = []

    def do(self) -> None:
        back = [
            (obj_id, self.document.parent_of(obj_id), self.document.index_of(obj_id))
            for obj_id, _, _ in self.moves
        ]
        before = [(m[1], m[2]) for m in back]
        # each step undone, last first: sending every card to its index before the whole drag
        # puts them back wrong when several left one column
        self.back = self.document.move_many(self.moves)
        self._changed = before != [
            (self.document.parent_of(i), self.document.index_of(i)) for i, _, _ in self.moves
        ]

    def revert(self) -> None:
        self.document.move_many(self.back)

    def is_noop(self) -> bool:
        return not self._changed


def quoted(text: str, limit: int = 40) -> str:
    """A label for a command name: 'Wobbler', shortened when long."""
    text = " ".join(text.split())
    return f"'{text[: limit - 1]}…'" if len(text) > limit else f"'{text}'"
