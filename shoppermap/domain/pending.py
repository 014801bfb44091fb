"""Writes that have not reached the workshop file yet, kept in order until the file takes them.

When the file cannot be written (a full disk, a write-protected folder, a file moved away), the
document keeps every edit in memory and records here the store calls that would have written
it. `replay` later makes those calls on the file, in order, in one transaction: the file then
holds exactly what memory holds. Each call is recorded with a private copy of what it writes, so
an object changed again later is replayed as it was at that step.
"""

from __future__ import annotations

import contextlib
import copy
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from .changes import Kind

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoreCall:
    """One call of the Store protocol: the method's name and its arguments."""

    method: str
    args: tuple[Any, ...]


class PendingJournal:
    """A Store that records calls instead of writing them; `replay` hands them to the real store.

    `edits` counts the user's edits (outermost transactions) recorded since the journal was last
    emptied, for saying how many changes wait.
    """

    read_only = False

    def __init__(self) -> None:
        self.calls: list[StoreCall] = []
        self.edits = 0
        self._depth = 0

    def __bool__(self) -> bool:
        return bool(self.calls)

    def __len__(self) -> int:
        return len(self.calls)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """What a failed edit recorded is dropped again, as a store's rollback would drop it."""
        mark = len(self.calls)
        self._depth += 1
        try:
            yield
        except BaseException:
            del self.calls[mark:]
            raise
        finally:
            self._depth -= 1
        if self._depth == 0 and len(self.calls) > mark:
            self.edits += 1

    def insert(self, kind: Kind, parent_id: str | None, index: int, obj: BaseModel) -> None:
        self._record("insert", kind, parent_id, index, obj.model_copy(deep=True))

    def delete(self, kind: Kind, obj_id: str) -> None:
        self._record("delete", kind, obj_id)

    def move(self, kind: Kind, obj_id: str, parent_id: str | None, index: int) -> None:
        self._record("move", kind, obj_id, parent_id, index)

    def move_many(self, moves: list[tuple[Kind, str, str | None, int]]) -> None:
        self._record("move_many", list(moves))

    def update(self, kind: Kind, obj_id: str, fields: dict[str, Any]) -> None:
        self._record("update", kind, obj_id, copy.deepcopy(fields))

    def update_workshop(self, fields: dict[str, Any]) -> None:
        self._record("update_workshop", copy.deepcopy(fields))

    def replay(self, store: Any) -> None:
        """Make every recorded call on `store` in one transaction, then forget them.

        When the store fails, its transaction rolls back, the journal keeps every call and the
        error goes on: a later replay starts again from the first call.
        """
        if not self.calls:
            return
        with store.transaction():
            for call in self.calls:
                getattr(store, call.method)(*call.args)
        log.info("wrote %d pending changes (%d store calls) to the file", self.edits, len(self.calls))
        self.clear()

    def clear(self) -> None:
        """Forget every recorded call (they reached the file, or a copy holds them)."""
        self.calls.clear()
        self.edits = 0

    def _record(self, method: str, *args: Any) -> None:
        self.calls.append(StoreCall(method, args))
