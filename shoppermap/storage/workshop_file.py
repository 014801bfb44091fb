"""A workshop file: one SQLite database per workshop, every change written through at once."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import struct
from collections import defaultdict
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from .. import atomic
from ..domain.document import CHILD_KINDS, CHILD_LIST, Document, Kind
from ..domain.models import Handout, Workshop, WorkshopInfo
from .rows import fields_to_columns, object_row, row_fields, to_column_value
from .tables import APPLICATION_ID, COLUMNS, SCHEMA_VERSION, TABLES

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".shoppermap"
LOAD_ORDER = (Kind.COMPETITOR, Kind.JOURNEY, Kind.STAGE, Kind.PHASE, Kind.CARD, Kind.OPPORTUNITY, Kind.GAP)


class WorkshopFileError(Exception):
    """A workshop file that cannot be opened or written; the message is one line for the user."""


class NotWritableError(WorkshopFileError):
    """The file is fine but cannot be written here (read-only media, no permission)."""


def inspect_file(path: Path) -> int:
    """Check, by reading bytes only, that `path` is a ShopperMap file this version can open.

    Returns the file's schema version. Raises WorkshopFileError with a one-line reason.
    """
    name = path.name or str(path)
    if not path.exists():
        raise WorkshopFileError(f"{name}: no such file")
    if path.is_dir():
        raise WorkshopFileError(f"{name}: is a folder, not a workshop file")
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError:
        raise WorkshopFileError(f"{name}: cannot be read (no permission)") from None
    except OSError as exc:
        raise WorkshopFileError(f"{name}: cannot be read ({exc.strerror})") from None
    if not header:
        raise WorkshopFileError(f"{name}: the file is empty (0 bytes), not a ShopperMap workshop")
    if not header.startswith(SQLITE_MAGIC):
        raise WorkshopFileError(f"{name}: not a ShopperMap workshop file")
    if len(header) < 100:
        raise WorkshopFileError(f"{name}: the file is truncated or damaged")
    user_version, application_id = struct.unpack(">i4xi", header[60:72])
    if application_id != APPLICATION_ID:
        raise WorkshopFileError(f"{name}: a database of another program, not a ShopperMap workshop")
    if user_version > SCHEMA_VERSION:
        raise WorkshopFileError(
            f"{name}: made by a newer version of ShopperMap (file format {user_version}, "
            f"this version reads up to {SCHEMA_VERSION}); please update ShopperMap"
        )
    if user_version < 1:
        raise WorkshopFileError(f"{name}: the file is incomplete (it has no schema version)")
    return user_version


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _roll_back_interrupted_commit(path: Path) -> None:
    # A process killed while committing leaves a hot journal beside the file. A read-only
    # connection cannot roll it back and would call the file damaged, so a writable connection
    # does what SQLite does on any open: restore the last commit (a live writer's journal is not hot).
    if not _journal(path).is_file() or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return
    conn = sqlite3.connect(str(path))
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError:
        pass  # the checks that follow say what is wrong
    finally:
        conn.close()


def _connect_read_only(path: Path) -> sqlite3.Connection:
    uri = Path(os.path.abspath(path)).as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True)


def _check_tables(conn: sqlite3.Connection, name: str) -> None:
    for table, columns in COLUMNS.items():
        found = {row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")}
        if not found:
            raise WorkshopFileError(f"{name}: the table '{table}' is missing; the file is damaged")
        missing = sorted(columns - found)
        if missing:
            raise WorkshopFileError(
                f"{name}: the table '{table}' lacks the column '{missing[0]}'; the file is damaged"
            )


def _rows(conn: sqlite3.Connection, sql: str) -> Iterator[dict[str, Any]]:
    cursor = conn.execute(sql)
    names = [column[0] for column in cursor.description]
    for values in cursor:
        yield dict(zip(names, values, strict=True))


def read_workshop(conn: sqlite3.Connection, name: str = "workshop") -> Workshop:
    """Build the Workshop model from the tables of an open database."""
    info_rows = list(_rows(conn, "SELECT * FROM [workshop] WHERE id = 1"))
    if not info_rows:
        raise WorkshopFileError(f"{name}: the workshop details are missing; the file is damaged")
    info = {k: v for k, v in info_rows[0].items() if k != "id" and v is not None}
    if "owners" in info:
        try:
            info["owners"] = json.loads(info["owners"])
        except json.JSONDecodeError:
            raise WorkshopFileError(f"{name}: the owner list is damaged") from None
    children: dict[Kind, dict[str | None, list[dict]]] = {}
    for kind in LOAD_ORDER:
        spec = TABLES[kind]
        order = f"{spec.parent_column}, position" if spec.parent_column else "position"
        grouped: dict[str | None, list[dict]] = defaultdict(list)
        for row in _rows(conn, f"SELECT * FROM [{spec.table}] ORDER BY {order}"):
            parent = row.get(spec.parent_column) if spec.parent_column else None
            grouped[parent].append(row_fields(kind, row, spec.parent_column))
        children[kind] = grouped

    def build(kind: Kind, fields: dict) -> dict:
        for child_kind in CHILD_KINDS[kind]:
            fields[CHILD_LIST[child_kind]] = [
                build(child_kind, child) for child in children[child_kind].get(fields["id"], [])
            ]
        return fields

    data = {
        "workshop": info,
        "competitors": children[Kind.COMPETITOR].get(None, []),
        "journeys": [build(Kind.JOURNEY, j) for j in children[Kind.JOURNEY].get(None, [])],
        "handout": _read_handout(conn, name),
    }
    try:
        return Workshop.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise WorkshopFileError(f"{name}: damaged content at {where}: {first['msg']}") from None


def _read_handout(conn: sqlite3.Connection, name: str) -> dict | None:
    rows = list(_rows(conn, "SELECT group_name, base FROM [handout] WHERE id = 1"))
    if not rows:
        return None
    try:
        return {"group": rows[0]["group_name"], "base": json.loads(rows[0]["base"])}
    except (TypeError, json.JSONDecodeError):
        raise WorkshopFileError(f"{name}: the hand-out record is damaged") from None


def handout_row(handout: Handout) -> dict[str, Any]:
    """The row of a group copy's hand-out record."""
    return {"id": 1, "group_name": handout.group, "base": json.dumps(handout.base, ensure_ascii=False)}


class WorkshopFile:
    """An open `.shoppermap` file; it is also the Store that a Document writes through to."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool) -> None:
        self.path = path
        self.conn = conn
        self.read_only = read_only

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the connection, made at the first write (see tables.py for why)."""
        return _utils_database(self.conn)

    # --- opening and creating ------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> tuple[WorkshopFile, Workshop]:
        """Open an existing workshop file, checking it before anything could write to it."""
        path = Path(path)
        name = path.name
        version = inspect_file(path)
        _roll_back_interrupted_commit(path)
        try:
            checker = _connect_read_only(path)
        except sqlite3.Error as exc:
            raise WorkshopFileError(f"{name}: cannot be opened ({exc})") from None
        source = checker
        try:
            result = checker.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise WorkshopFileError(f"{name}: the file is damaged ({result})")
            if version < SCHEMA_VERSION:
                # read what an upgrade would give, on a copy in memory: the file stays untouched
                source = sqlite3.connect(":memory:")
                checker.backup(source)
                _migrate(source)
            _check_tables(source, name)
            workshop = read_workshop(source, name)
        except sqlite3.DatabaseError as exc:
            if _journal(path).is_file() and "readonly" in str(exc):
                raise NotWritableError(
                    f"{name}: was left half-saved by a crash and cannot be repaired here (read-only); "
                    f"copy it together with '{_journal(path).name}' to a writable folder and open it there"
                ) from None
            raise WorkshopFileError(f"{name}: the file is damaged ({exc})") from None
        finally:
            checker.close()
            source.close()
        if read_only:
            conn = _connect_read_only(path)
        else:
            # the rollback journal is created beside the file, so its folder must be writable too
            if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
                raise NotWritableError(f"{name}: cannot be written here (read-only media or no permission)")
            conn = sqlite3.connect(str(path))
        if not read_only:
            _configure(conn)
            if version < SCHEMA_VERSION:
                _migrate(conn)
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
        with atomic.replacing(path) as temp:
            conn = sqlite3.connect(str(temp))
            try:
                _configure(conn)
                _migrate(conn)
                write_workshop(_utils_database(conn), workshop)
            finally:
                conn.close()  # before the temp file is moved, or removed on Windows
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

    # --- the Store protocol --------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction (a savepoint when nested): all of it reaches the disk, or none."""
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
        for index, journey in enumerate(workshop.journeys):
            insert_tree(db, Kind.JOURNEY, None, index, journey)
        if workshop.handout is not None:
            db["handout"].insert(handout_row(workshop.handout))


def _configure(conn: sqlite3.Connection) -> None:
    # A rollback journal (not WAL) leaves no side files once a transaction ends, so a closed
    # workshop is one file to copy; FULL sync makes each committed edit survive a power cut.
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA synchronous=FULL")


def _utils_database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    # imported here, not at the top: reading a workshop needs only sqlite3 (see tables.py)
    import sqlite_utils

    return sqlite_utils.Database(conn, execute_plugins=False)


def _migrate(conn: sqlite3.Connection) -> None:
    from .schema import migrations

    migrations.apply(_utils_database(conn))
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
