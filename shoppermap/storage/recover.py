"""Salvaging a damaged workshop: every row that can still be read, into a new, valid workshop.

The broken file is read from a copy in memory, so nothing here can write to it. Each table is
walked in rowid order; where SQLite hits a damaged page the walk jumps ahead (doubling the step)
until rows read again, so one bad page costs only the rows on it. Rows are then rebuilt bottom-up
the way the app would have written them: orphans, rows whose values cannot be made valid and
ids used twice are lost, and counted; a value that is merely wrong (a yes/no column holding
'no', a gap naming a missing competitor) falls back to its default.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ..domain.document import CHILD_KINDS, CHILD_LIST, MODEL_OF, Kind
from ..domain.models import Workshop, WorkshopInfo
from .backups import BackupInfo, list_backups
from .file_errors import WorkshopFileError
from .reading import inspect_file
from .rows import row_fields
from .tables import FLAGS, TABLES
from .workshop_file import WorkshopFile

log = logging.getLogger(__name__)

MAX_JUMPS = 64  # a walk that keeps failing is given up after this many jumps
COUNTED = (Kind.CARD, Kind.OPPORTUNITY, Kind.GAP)
# the workshop's own lists, which cards and plans name
_WORKSHOP_LISTS = (Kind.COMPETITOR, Kind.PERIOD, Kind.BRAND, Kind.SCENARIO, Kind.PARKING_ITEM)
_TRUE = {"1", "yes", "true", "y", "tak"}
_FALSE = {"0", "no", "false", "n", "nie", ""}


@dataclass
class Salvage:
    """What a recovery brought back: per kind, rows recovered and rows lost."""

    recovered: dict[Kind, int] = field(default_factory=lambda: defaultdict(int))
    lost: dict[Kind, int] = field(default_factory=lambda: defaultdict(int))
    unreadable: bool = False  # some rows could not be read at all, and how many is unknown
    unread: dict[str, int] = field(default_factory=lambda: defaultdict(int))  # table -> rows on bad pages

    def summary(self) -> str:
        """One line: what came back and what was lost."""

        def counts(numbers: dict[Kind, int]) -> str:
            return ", ".join(f"{numbers[kind]} {_plural(kind, numbers[kind])}" for kind in COUNTED)

        text = f"recovered {counts(self.recovered)}; lost {counts(self.lost)}"
        if self.unreadable:
            text += " (and rows on damaged pages that could not be counted)"
        return text


def _plural(kind: Kind, n: int) -> str:
    return kind.value if n == 1 else {"opportunity": "opportunities"}.get(kind.value, kind.value + "s")


def recover(broken: Path | str, destination: Path | str) -> Salvage:
    """Write what can be read of `broken` into the new workshop `destination`; returns the tally.

    Raises WorkshopFileError when `broken` is no workshop at all, nothing could be read, or
    `destination` exists or cannot be written. `broken` is never written.
    """
    broken, destination = Path(broken), Path(destination)
    if destination.exists():
        raise WorkshopFileError(f"{destination.name}: already exists; choose another name")
    inspect_file(broken)
    try:
        data = broken.read_bytes()
    except OSError as exc:
        raise WorkshopFileError(f"{broken.name}: cannot be read ({exc.strerror})") from None
    conn = sqlite3.connect(":memory:")
    try:
        conn.deserialize(data)
        salvage = Salvage()
        tables = {kind: _read_table(conn, spec.table, salvage) for kind, spec in TABLES.items()}
        info_rows = _read_table(conn, "workshop", salvage)
    finally:
        conn.close()
    if not any(tables.values()) and not info_rows:
        raise WorkshopFileError(f"{broken.name}: nothing in the file could be read; try its latest backup")
    workshop = _rebuild(tables, info_rows, salvage)
    WorkshopFile.create(destination, workshop).close()
    log.info("recovered %s into %s: %s", broken, destination, salvage.summary())
    return salvage


def latest_good_backup(path: Path | str) -> BackupInfo | None:
    """The newest backup of the workshop at `path` that opens cleanly, or None."""
    for backup in list_backups(path):
        try:
            file, _workshop = WorkshopFile.open(backup.path, read_only=True)
        except WorkshopFileError as exc:
            log.warning("skipped the backup %s: %s", backup.path, exc)
            continue
        file.close()
        return backup
    return None


# --- reading ---------------------------------------------------------------------------------


def _read_table(conn: sqlite3.Connection, table: str, salvage: Salvage) -> list[dict[str, Any]]:
    """Every readable row of `table` (with its rowid), in rowid order.

    Rows on a damaged page are counted from the rowids missing between the last row read before
    it and the first one after (the app's rowids run on without holes, bar deleted rows); a
    damaged end of the table cannot be counted and sets `salvage.unreadable`.
    """
    rows: list[dict[str, Any]] = []
    after, step, jumps, damaged_since = -(2**63), 1, 0, None
    while jumps <= MAX_JUMPS:
        try:
            cursor = conn.execute(
                f"SELECT rowid AS _rowid, * FROM [{table}] WHERE rowid > ? ORDER BY rowid", (after,)
            )
            names = [column[0] for column in cursor.description]
            for values in cursor:
                row = dict(zip(names, values, strict=True))
                if damaged_since is not None:
                    salvage.unread[table] += max(0, row["_rowid"] - damaged_since - 1)
                    damaged_since = None
                rows.append(row)
                after, step = row["_rowid"], 1
            if damaged_since is not None:
                salvage.unreadable = True
            return rows
        except sqlite3.DatabaseError as exc:
            if "no such table" in str(exc):
                return rows
            if damaged_since is None:
                damaged_since = after
            jumps += 1
            after += step
            step *= 2
    salvage.unreadable = True
    log.warning("gave up reading %s after %d damaged places", table, MAX_JUMPS)
    return rows


# --- rebuilding ------------------------------------------------------------------------------


def _rebuild(tables: dict[Kind, list[dict]], info_rows: list[dict], salvage: Salvage) -> Workshop:
    info = _valid(WorkshopInfo, _info_fields(info_rows)) or WorkshopInfo()
    seen: set[str] = set()
    by_parent: dict[Kind, dict[str | None, list[dict]]] = {}
    for kind, rows in tables.items():
        spec = TABLES[kind]
        grouped: dict[str | None, list[dict]] = defaultdict(list)
        for row in sorted(rows, key=_order):
            grouped[row.get(spec.parent_column) if spec.parent_column else None].append(row)
        by_parent[kind] = grouped
    lists = {
        kind: [o for o in (_object(kind, r, seen) for r in _top(by_parent, kind)) if o]
        for kind in _WORKSHOP_LISTS
    }
    known = {kind: {o.id for o in objs} for kind, objs in lists.items()}

    def build(kind: Kind, row: dict) -> BaseModel | None:
        model = _object(kind, row, seen)
        if model is None:
            _lose_tree(kind, row, by_parent, salvage)
            return None
        for child_kind in CHILD_KINDS[kind]:
            children = [build(child_kind, child) for child in by_parent[child_kind].pop(model.id, [])]
            setattr(model, CHILD_LIST[child_kind], [c for c in children if c is not None])
        if kind is Kind.OPPORTUNITY:  # what it names must have come back too
            if model.period is not None and model.period not in known[Kind.PERIOD]:
                model.period = None
            if model.brand is not None and model.brand not in known[Kind.BRAND]:
                model.brand = None
            model.scenarios = [s for s in model.scenarios if s in known[Kind.SCENARIO]]
        if kind is Kind.CARD:
            opportunity_ids = {o.id for o in model.opportunities}
            for gap in model.gaps:
                if gap.competitor is not None and gap.competitor not in known[Kind.COMPETITOR]:
                    gap.competitor = None
                if gap.opportunity is not None and gap.opportunity not in opportunity_ids:
                    gap.opportunity = None
        if kind in COUNTED:
            salvage.recovered[kind] += 1
        return model

    journeys = [j for j in (build(Kind.JOURNEY, r) for r in _top(by_parent, Kind.JOURNEY)) if j]
    for kind in COUNTED:  # whatever is left has no parent that came back: orphans
        salvage.lost[kind] += sum(len(rows) for rows in by_parent[kind].values())
        salvage.lost[kind] += salvage.unread[TABLES[kind].table]
    return Workshop(workshop=info, journeys=journeys, **{CHILD_LIST[k]: objs for k, objs in lists.items()})


def _top(by_parent: dict[Kind, dict[str | None, list[dict]]], kind: Kind) -> list[dict]:
    return [row for rows in by_parent[kind].values() for row in rows]


def _order(row: dict) -> tuple:
    position = row.get("position")
    return (0, position, row["_rowid"]) if type(position) is int else (1, 0, row["_rowid"])


def _lose_tree(
    kind: Kind, row: dict, by_parent: dict[Kind, dict[str | None, list[dict]]], salvage: Salvage
) -> None:
    if kind in COUNTED:
        salvage.lost[kind] += 1
    for child_kind in CHILD_KINDS[kind]:
        for child in by_parent[child_kind].pop(row.get("id"), []):
            _lose_tree(child_kind, child, by_parent, salvage)


def _object(kind: Kind, row: dict, seen: set[str]) -> BaseModel | None:
    spec = TABLES[kind]
    row = {k: v for k, v in row.items() if k != "_rowid"}
    for flag in FLAGS.get(spec.table, ()):
        row[flag] = _flag(row.get(flag))
    if not isinstance(row.get("id"), str) or not row["id"] or row["id"] in seen:
        return None  # an id used twice would make the whole workshop invalid
    fields = row_fields(kind, row, spec.parent_column)
    model = _valid(MODEL_OF[kind], fields)
    if model is not None:
        seen.add(model.id)
    return model


def _flag(value: Any) -> int | None:
    if value is None or (type(value) is int and value in (0, 1)):
        return value
    text = str(value).strip().lower()
    return 1 if text in _TRUE else 0 if text in _FALSE else None


def _info_fields(info_rows: list[dict]) -> dict[str, Any]:
    row = next((r for r in info_rows if r.get("id") == 1), None) or {}
    fields = {k: v for k, v in row.items() if k not in ("id", "_rowid") and v is not None}
    if "owners" in fields:
        try:
            fields["owners"] = json.loads(fields["owners"])
        except (TypeError, ValueError):
            del fields["owners"]
    return fields


def _valid(model: type[BaseModel], fields: dict[str, Any]) -> Any:
    """The model of `fields`, leaving out fields that are wrong; None when it cannot be made valid."""
    fields = dict(fields)
    for _ in range(len(fields) + 1):
        try:
            return model.model_validate(fields)
        except ValidationError as exc:
            wrong = {error["loc"][0] for error in exc.errors() if error["loc"]}
            if not wrong & set(fields) or wrong & {"id", "label"}:
                return None
            for name in wrong:
                fields.pop(name, None)
    return None
