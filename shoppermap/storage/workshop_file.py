"""A workshop file: one SQLite database per workshop, every change written through at once."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from .. import atomic
from ..domain.document import CHILD_KINDS, CHILD_LIST, Document, Kind
from ..domain.models import Handout, Workshop, WorkshopInfo
from .check import renumber
from .file_errors import (
    NotWritableError,
    UntrustedFileError,
    WorkshopFileError,
    WorkshopMovedError,
    sqlite_message,
    write_failure,
)
from .moves import write_moves
from .reading import (
    BUSY_TIMEOUT,
    check_path_length,
    connect_read_only,
    examined,
    journal_of,
    migrate,
    utils_database,
)
from .rows import fields_to_columns, object_row, to_column_value
from .tables import SCHEMA_VERSION, TABLES

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

SUFFIX = ".shoppermap"


def file_identity(path: Path) -> tuple[int, int] | None:
    """The device and inode of the file at `path` (None when there is none)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def handout_row(handout: Handout) -> dict[str, Any]:
    """The row of a group copy's hand-out record."""
    return {
        "id": 1,
        "group_name": handout.group,
        "base": json.dumps(handout.base, ensure_ascii=False),
        "focus": handout.focus,
    }


class WorkshopFile:
    """An open `.shoppermap` file; it is also the Store that a Document writes through to."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool) -> None:
        self.path = path
        self.conn = conn
        self.read_only = read_only
        # edits must go to the file at `path`, not to one a sync client moved away or replaced
        self.identity = file_identity(path)
        # checks, before each write, that this window still holds the workshop's lock (set by the
        # session that took it); raises LockLostError when it does not
        self.lock_check: Callable[[], None] | None = None

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the connection, made at the first write (see tables.py for why)."""
        return utils_database(self.conn)

    # --- opening and creating ------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> tuple[WorkshopFile, Workshop]:
        """Open an existing workshop file, checking it before anything could write to it."""
        path = Path(path)
        name = path.name
        checker, version, workshop, problems = examined(path)
        checker.close()
        refused = [problem for problem in problems if not problem.repairable]
        if refused:
            more = f" (and {len(refused) - 1} more problems)" if len(refused) > 1 else ""
            raise UntrustedFileError(f"{name}: {refused[0].text}{more}; it cannot be opened safely", path)
        if read_only:
            conn = connect_read_only(path)
        else:
            # the rollback journal is created beside the file, so its folder must be writable too
            if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
                raise NotWritableError(f"{name}: cannot be written here (read-only media or no permission)")
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT)
        if not read_only:
            atomic.remove_leftovers(path.parent)  # exports and copies beside it that were killed
        try:
            if not read_only:
                _configure(conn)
                if version < SCHEMA_VERSION:
                    migrate(conn)
                if problems:  # all repairable: what the window shows is then what is saved
                    with conn:
                        changed = renumber(conn)
                    log.warning("%s: renumbered the positions of %d rows", path, changed)
        except sqlite3.Error as exc:
            conn.close()
            raise sqlite_message(name, exc, path) from None
        return cls(path, conn, read_only=read_only), workshop

    @classmethod
    def create(cls, path: Path | str, workshop: Workshop, *, overwrite: bool = False) -> WorkshopFile:
        """Write a new workshop file in one go; the file appears complete or not at all."""
        path = Path(path)
        if path.exists() and not overwrite:
            raise WorkshopFileError(f"{path.name}: already exists")
        if path.is_dir():
            raise WorkshopFileError(f"{path.name}: is a folder")
        directory = path.parent if str(path.parent) else Path(".")
        if not directory.is_dir():
            raise WorkshopFileError(f"{path.name}: the folder {directory} does not exist")
        check_path_length(path)
        temp_journal: Path | None = None
        try:
            with atomic.replacing(path) as temp:
                temp_journal = journal_of(temp)
                conn = sqlite3.connect(str(temp))
                try:
                    _configure(conn)
                    migrate(conn)
                    write_workshop(utils_database(conn), workshop)
                finally:
                    conn.close()  # before the temp file is moved, or removed on Windows
        except (sqlite3.Error, OSError) as exc:
            if temp_journal is not None:
                with contextlib.suppress(OSError):
                    temp_journal.unlink(missing_ok=True)
            raise WorkshopFileError(write_failure(path.name, exc)) from None
        opened, _ = cls.open(path)
        return opened

    def document(self, workshop: Workshop) -> Document:
        """A Document over `workshop` that writes through to this file."""
        return Document(workshop, self)

    def close(self) -> None:
        """Close the connection; with the rollback journal nothing is left beside the file."""
        self.conn.close()

    def save_copy(self, destination: Path | str) -> None:
        """Copy the workshop with SQLite's backup API; the copy appears whole or not at all."""
        with atomic.replacing(destination) as temp:
            target = sqlite3.connect(str(temp))
            try:
                self.conn.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()

    def check_in_place(self) -> None:
        """Raise WorkshopMovedError when the path no longer names the file this connection writes."""
        if file_identity(self.path) != self.identity:
            raise WorkshopMovedError(
                f"{self.path.name}: was moved, renamed, deleted or replaced by another program "
                "since it was opened"
            )
        if self.lock_check is not None:
            self.lock_check()

    # --- the Store protocol --------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction (a savepoint when nested): all of it reaches the disk, or none."""
        if not self.conn.in_transaction:
            self.check_in_place()
        with self.db.atomic():
            yield

    def insert(self, kind: Kind, parent_id: str | None, index: int, obj: BaseModel) -> None:
        """Store an object and everything under it at `index` among its siblings."""
        self._shift(kind, parent_id, index, +1)
        self._insert_tree(kind, parent_id, index, obj)

    def delete(self, kind: Kind, obj_id: str) -> None:
        """Delete an object and everything under it, closing the gap it leaves."""
        spec = TABLES[kind]
        row = self.db[spec.table].get(obj_id)
        parent_id = row[spec.parent_column] if spec.parent_column else None
        self._delete_tree(kind, obj_id)
        self._shift(kind, parent_id, row["position"] + 1, -1)

    def move(self, kind: Kind, obj_id: str, parent_id: str | None, index: int) -> None:
        """Move an object to `index` under `parent_id` (index counted after it left its place)."""
        spec = TABLES[kind]
        row = self.db[spec.table].get(obj_id)
        old_parent = row[spec.parent_column] if spec.parent_column else None
        self._shift(kind, old_parent, row["position"] + 1, -1)
        self._shift(kind, parent_id, index, +1)
        update = {"position": index}
        if spec.parent_column:
            update[spec.parent_column] = parent_id
        self.db[spec.table].update(obj_id, update)

    def move_many(self, moves: list[tuple[Kind, str, str | None, int]]) -> None:
        """Make the moves (kind, id, parent, index) in order, as `move` would one after another.

        Each sibling list they touch is read once and only the rows whose parent or position
        changed are written (see moves.py): a 100-card drag costs the columns it touches once,
        not two column shifts per card.
        """
        by_kind: dict[Kind, list[tuple[str, str | None, int]]] = defaultdict(list)
        for kind, obj_id, parent_id, index in moves:
            by_kind[kind].append((obj_id, parent_id, index))
        # kinds live in tables of their own: the moves of one never touch the rows of another
        for kind, kind_moves in by_kind.items():
            write_moves(self.conn, kind, kind_moves)

    def update(self, kind: Kind, obj_id: str, fields: dict[str, Any]) -> None:
        """Change columns of one object."""
        self.db[TABLES[kind].table].update(obj_id, fields_to_columns(fields))

    def update_workshop(self, fields: dict[str, Any]) -> None:
        """Change the workshop's details."""
        self.db["workshop"].update(1, {k: to_column_value(v) for k, v in fields.items()})

    # --- internals -----------------------------------------------------------------------

    def _shift(self, kind: Kind, parent_id: str | None, from_position: int, delta: int) -> None:
        spec = TABLES[kind]
        if spec.parent_column:
            self.db.execute(
                f"UPDATE [{spec.table}] SET position = position + ? "
                f"WHERE [{spec.parent_column}] = ? AND position >= ?",
                [delta, parent_id, from_position],
            )
        else:
            self.db.execute(
                f"UPDATE [{spec.table}] SET position = position + ? WHERE position >= ?",
                [delta, from_position],
            )

    def _insert_tree(self, kind: Kind, parent_id: str | None, index: int, obj: BaseModel) -> None:
        insert_tree(self.db, kind, parent_id, index, obj)

    def _delete_tree(self, kind: Kind, obj_id: str) -> None:
        for child_kind in CHILD_KINDS[kind]:
            spec = TABLES[child_kind]
            child_ids = [
                r[0]
                for r in self.db.execute(
                    f"SELECT id FROM [{spec.table}] WHERE [{spec.parent_column}] = ?", [obj_id]
                ).fetchall()
            ]
            for child_id in child_ids:
                self._delete_tree(child_kind, child_id)
        self.db.execute(f"DELETE FROM [{TABLES[kind].table}] WHERE id = ?", [obj_id])


def insert_tree(db: sqlite_utils.Database, kind: Kind, parent_id: str | None, index: int, obj: Any) -> None:
    """Insert the row of `obj` at `index` and, recursively, the rows of its children."""
    spec = TABLES[kind]
    row = object_row(obj)
    row["position"] = index
    if spec.parent_column:
        row[spec.parent_column] = parent_id
    db[spec.table].insert(row)
    for child_kind in CHILD_KINDS[kind]:
        for child_index, child in enumerate(getattr(obj, CHILD_LIST[child_kind])):
            insert_tree(db, child_kind, obj.id, child_index, child)


def write_workshop(db: sqlite_utils.Database, workshop: Workshop) -> None:
    """Write a whole workshop into freshly migrated, empty tables, in one transaction."""
    with db.atomic():
        info = {name: getattr(workshop.workshop, name) for name in WorkshopInfo.model_fields}
        db["workshop"].insert({"id": 1, **{k: to_column_value(v) for k, v in info.items()}})
        for index, competitor in enumerate(workshop.competitors):
            insert_tree(db, Kind.COMPETITOR, None, index, competitor)
        for kind in (Kind.PERIOD, Kind.BRAND, Kind.SCENARIO, Kind.PARKING_ITEM):
            for index, obj in enumerate(getattr(workshop, CHILD_LIST[kind])):
                insert_tree(db, kind, None, index, obj)
        for index, journey in enumerate(workshop.journeys):
            insert_tree(db, Kind.JOURNEY, None, index, journey)
        if workshop.handout is not None:
            db["handout"].insert(handout_row(workshop.handout))


def _configure(conn: sqlite3.Connection) -> None:
    # A rollback journal (not WAL) leaves no side files once a transaction ends, so a closed
    # workshop is one file to copy; FULL sync makes each committed edit survive a power cut.
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA synchronous=FULL")
