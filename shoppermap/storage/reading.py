"""Reading a workshop file: the checks made before anything could write to it, and the workshop
read in one read transaction (an older format is read as its upgrade, on a copy in memory)."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
import struct
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from ..domain.document import CHILD_KINDS, CHILD_LIST, Kind
from ..domain.models import Workshop
from .check import Problem, find_problems
from .file_errors import DamagedFileError, NotWritableError, WorkshopFileError, one_line, sqlite_message
from .rows import row_fields
from .tables import APPLICATION_ID, COLUMNS, SCHEMA_VERSION, TABLES

if TYPE_CHECKING:
    import sqlite_utils

SQLITE_MAGIC = b"SQLite format 3\x00"
LOAD_ORDER = tuple(Kind)  # parents before children: the order Kind lists them in
# how long a read or an edit waits while another program commits, before saying "in use"
BUSY_TIMEOUT = 10.0
# SQLite's Unix VFS resolves every symlink and refuses a full path (plus "-journal") over 512
# bytes, so neither a relative path, a /proc/self/fd path nor a URI gets round it
MAX_PATH_BYTES = 504


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


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def roll_back_interrupted_commit(path: Path) -> None:
    # A process killed while committing leaves a hot journal beside the file. A read-only
    # connection cannot roll it back and would call the file damaged, so a writable connection
    # does what SQLite does on any open: restore the last commit (a live writer's journal is not hot).
    if not journal_of(path).is_file() or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError:
        pass  # the checks that follow say what is wrong
    finally:
        conn.close()


def connect_read_only(path: Path) -> sqlite3.Connection:
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
                migrate(source)
            try:
                _check_tables(source, name)
                problems = find_problems(source)
                return read_workshop(source, name), problems
            finally:
                if source is not conn:
                    source.close()
    except sqlite3.DatabaseError as exc:
        if journal_of(path).is_file() and "readonly" in str(exc):
            raise NotWritableError(
                f"{name}: was left half-saved by a crash and cannot be repaired here (read-only); "
                f"copy it together with '{journal_of(path).name}' to a writable folder and open it there"
            ) from None
        raise sqlite_message(name, exc, path) from None
    except DamagedFileError:
        raise
    except WorkshopFileError as exc:
        raise DamagedFileError(str(exc), path) from None


def examined(path: Path) -> tuple[sqlite3.Connection, int, Workshop, list[Problem]]:
    """A read-only connection to `path` (the caller closes it), its format, workshop and problems."""
    version = inspect_file(path)
    roll_back_interrupted_commit(path)
    try:
        conn = connect_read_only(path)
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
    conn, version, workshop, problems = examined(path)
    try:
        try:
            with read_transaction(conn):
                report = "\n".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
        except sqlite3.DatabaseError as exc:
            report = str(exc)
    finally:
        conn.close()
    return version, workshop, problems, one_line(report)


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


def utils_database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    # imported here, not at the top: reading a workshop needs only sqlite3 (see tables.py)
    import sqlite_utils

    return sqlite_utils.Database(conn, execute_plugins=False)


def migrate(conn: sqlite3.Connection) -> None:
    from .schema import migrations

    migrations.apply(utils_database(conn))
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
