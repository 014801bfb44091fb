"""A workshop file: one SQLite database per workshop, every change written through at once."""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import sqlite3
import stat
import struct
from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from .. import atomic
from ..domain.document import CHILD_KINDS, CHILD_LIST, Document, Kind
from ..domain.models import Handout, Workshop, WorkshopInfo
from .check import Problem, find_problems, renumber
from .moves import write_moves
from .rows import fields_to_columns, object_row, row_fields, to_column_value
from .tables import APPLICATION_ID, COLUMNS, SCHEMA_VERSION, TABLES

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".shoppermap"
LOAD_ORDER = tuple(Kind)  # parents before children: the order Kind lists them in
# how long a read or an edit waits while another program commits, before saying "in use"
BUSY_TIMEOUT = 10.0
# SQLite's Unix VFS resolves every symlink and refuses a full path (plus "-journal") over 512
# bytes, so neither a relative path, a /proc/self/fd path nor a URI gets round it
MAX_PATH_BYTES = 504


class WorkshopFileError(Exception):
    """A workshop file that cannot be opened or written; the message is one line for the user."""


class NotWritableError(WorkshopFileError):
    """The file is fine but cannot be written here (read-only media, no permission)."""


class WorkshopBusyError(WorkshopFileError):
    """Another program holds the file's lock longer than BUSY_TIMEOUT: nothing wrong, try again."""


class DamagedFileError(WorkshopFileError):
    """SQLite reports the file itself damaged: offer a backup, or `shoppermap recover`."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class UntrustedFileError(DamagedFileError):
    """Valid SQLite, but holding what ShopperMap never writes (check.py): refused, not guessed at."""


def _sqlite_message(name: str, exc: sqlite3.Error, path: Path) -> WorkshopFileError:
    """The one-line error for a failed SQLite call on the workshop `path`."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if "locked" in text or "busy" in text:
        return WorkshopBusyError(f"{name}: is in use by another program right now; try again in a moment")
    if "disk is full" in text or "disk I/O" in text:
        return WorkshopFileError(f"{name}: cannot be written; the disk is full or failing ({text})")
    return DamagedFileError(f"{name}: the file is damaged ({text})", path)


class WorkshopMovedError(WorkshopFileError):
    """The open file is no longer at its path: moved, renamed, deleted or replaced by another program."""


class LockLostError(WorkshopFileError):
    """The lock beside the open file was removed or replaced: another editor may be writing it now."""


def file_identity(path: Path) -> tuple[int, int] | None:
    """The device and inode of the file at `path` (None when there is none)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def inspect_file(path: Path) -> int:
    """Check, by reading bytes only, that `path` is a ShopperMap file this version can open.

    Returns the file's schema version. Raises WorkshopFileError with a one-line reason.
    """
    name = path.name or str(path)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise WorkshopFileError(f"{name}: no such file") from None
    except OSError as exc:
        raise WorkshopFileError(f"{name}: cannot be read ({exc.strerror})") from None
    if stat.S_ISDIR(mode):
        raise WorkshopFileError(f"{name}: is a folder, not a workshop file")
    if not stat.S_ISREG(mode):
        # reading a FIFO would wait for a writer forever
        raise WorkshopFileError(f"{name}: is not a regular file (a pipe or a device), not a workshop file")
    check_path_length(path)
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


def check_path_length(path: Path) -> None:
    """Refuse, in one line, a path too long for SQLite to open or create."""
    full = os.fsencode(os.path.realpath(path))
    if os.name != "nt" and len(full) > MAX_PATH_BYTES:
        raise WorkshopFileError(
            f"{path.name}: the folder path is too long for a workshop file ({len(full)} bytes, "
            f"at most {MAX_PATH_BYTES}); move it to a folder with a shorter path"
        )


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _roll_back_interrupted_commit(path: Path) -> None:
    # A process killed while committing leaves a hot journal beside the file. A read-only
    # connection cannot roll it back and would call the file damaged, so a writable connection
    # does what SQLite does on any open: restore the last commit (a live writer's journal is not hot).
    if not _journal(path).is_file() or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError:
        pass  # the checks that follow say what is wrong
    finally:
        conn.close()


def _connect_read_only(path: Path) -> sqlite3.Connection:
    uri = Path(os.path.abspath(path)).as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT)


@contextlib.contextmanager
def read_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction around many queries, so they all see the same commit.

    In rollback-journal mode the shared lock it holds keeps a writer from committing in between;
    the writer waits (its busy timeout) and a reader that meets a commit in progress waits too.
    Inside a transaction already begun, it only runs the block.
    """
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("ROLLBACK")  # nothing was written; this only lets go of the lock


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
    """Build the Workshop model from the tables of an open database, all in one read transaction."""
    with read_transaction(conn):
        return _read_workshop(conn, name)


def _read_workshop(conn: sqlite3.Connection, name: str) -> Workshop:
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
        "periods": children[Kind.PERIOD].get(None, []),
        "brands": children[Kind.BRAND].get(None, []),
        "scenarios": children[Kind.SCENARIO].get(None, []),
        "parking_lot": children[Kind.PARKING_ITEM].get(None, []),
        "journeys": [build(Kind.JOURNEY, j) for j in children[Kind.JOURNEY].get(None, [])],
        "handout": _read_handout(conn, name),
    }
    try:
        return Workshop.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise WorkshopFileError(f"{name}: damaged content at {where}: {first['msg']}") from None


def examine(conn: sqlite3.Connection, path: Path, version: int) -> tuple[Workshop, list[Problem]]:
    """Check and read the workshop of `conn` (a read-only connection to `path`) in one read transaction.

    Returns the workshop and the problems check.py finds; raises DamagedFileError (with one
    line) when SQLite reports damage or the content cannot be read, WorkshopBusyError when
    another program holds the file too long.
    """
    name = path.name
    try:
        with read_transaction(conn):
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise DamagedFileError(f"{name}: the file is damaged ({one_line(result)})", path)
            source = conn
            if version < SCHEMA_VERSION:
                # read what an upgrade would give, on a copy in memory: the file stays untouched
                source = sqlite3.connect(":memory:")
                conn.backup(source)
                _migrate(source)
            try:
                _check_tables(source, name)
                problems = find_problems(source)
                return read_workshop(source, name), problems
            finally:
                if source is not conn:
                    source.close()
    except sqlite3.DatabaseError as exc:
        if _journal(path).is_file() and "readonly" in str(exc):
            raise NotWritableError(
                f"{name}: was left half-saved by a crash and cannot be repaired here (read-only); "
                f"copy it together with '{_journal(path).name}' to a writable folder and open it there"
            ) from None
        raise _sqlite_message(name, exc, path) from None
    except DamagedFileError:
        raise
    except WorkshopFileError as exc:
        raise DamagedFileError(str(exc), path) from None


def _examined(path: Path) -> tuple[sqlite3.Connection, int, Workshop, list[Problem]]:
    """A read-only connection to `path` (the caller closes it), its format, workshop and problems."""
    version = inspect_file(path)
    _roll_back_interrupted_commit(path)
    try:
        conn = _connect_read_only(path)
    except sqlite3.Error as exc:
        raise WorkshopFileError(f"{path.name}: cannot be opened ({exc})") from None
    try:
        workshop, problems = examine(conn, path, version)
    except BaseException:
        conn.close()
        raise
    return conn, version, workshop, problems


def check_file(path: Path) -> tuple[int, Workshop, list[Problem], str]:
    """What `shoppermap check` reports: format version, workshop, problems, integrity (one line).

    Unlike open, problems are returned, not refused; damage SQLite reports still raises.
    """
    conn, version, workshop, problems = _examined(path)
    try:
        try:
            with read_transaction(conn):
                report = "\n".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
        except sqlite3.DatabaseError as exc:
            report = str(exc)
    finally:
        conn.close()
    return version, workshop, problems, one_line(report)


def write_failure(name: str, exc: BaseException) -> str:
    """One line for a write that failed: the disk full, read-only, no permission, or SQLite's reason."""
    text = (exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)) or type(exc).__name__
    if (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or "disk is full" in text:
        return f"{name}: cannot be written; the disk is full"
    if isinstance(exc, OSError) and exc.errno == errno.EROFS:
        return f"{name}: cannot be written; the disk is read-only"
    if isinstance(exc, PermissionError):
        return f"{name}: cannot be written; no permission"
    return f"{name}: cannot be written ({text.splitlines()[0]})"


def one_line(report: str) -> str:
    """The first problem of SQLite's integrity report (many lines) and how many followed it."""
    lines = [line.strip() for line in report.splitlines() if line.strip() and not line.startswith("***")]
    if not lines:
        return report.strip()
    return lines[0] + (f" (and {len(lines) - 1} more problems)" if len(lines) > 1 else "")


def _read_handout(conn: sqlite3.Connection, name: str) -> dict | None:
    rows = list(_rows(conn, "SELECT group_name, base, focus FROM [handout] WHERE id = 1"))
    if not rows:
        return None
    try:
        return {
            "group": rows[0]["group_name"],
            "base": json.loads(rows[0]["base"]),
            "focus": rows[0]["focus"],
        }
    except (TypeError, json.JSONDecodeError):
        raise WorkshopFileError(f"{name}: the hand-out record is damaged") from None


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
        return _utils_database(self.conn)

    # --- opening and creating ------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> tuple[WorkshopFile, Workshop]:
        """Open an existing workshop file, checking it before anything could write to it."""
        path = Path(path)
        name = path.name
        checker, version, workshop, problems = _examined(path)
        checker.close()
        refused = [problem for problem in problems if not problem.repairable]
        if refused:
            more = f" (and {len(refused) - 1} more problems)" if len(refused) > 1 else ""
            raise UntrustedFileError(f"{name}: {refused[0].text}{more}; it cannot be opened safely", path)
        if read_only:
            conn = _connect_read_only(path)
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
                    _migrate(conn)
                if problems:  # all repairable: what the window shows is then what is saved
                    with conn:
                        changed = renumber(conn)
                    log.warning("%s: renumbered the positions of %d rows", path, changed)
        except sqlite3.Error as exc:
            conn.close()
            raise _sqlite_message(name, exc, path) from None
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
                temp_journal = _journal(temp)
                conn = sqlite3.connect(str(temp))
                try:
                    _configure(conn)
                    _migrate(conn)
                    write_workshop(_utils_database(conn), workshop)
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


def _utils_database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    # imported here, not at the top: reading a workshop needs only sqlite3 (see tables.py)
    import sqlite_utils

    return sqlite_utils.Database(conn, execute_plugins=False)


def _migrate(conn: sqlite3.Connection) -> None:
    from .schema import migrations

    migrations.apply(_utils_database(conn))
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
