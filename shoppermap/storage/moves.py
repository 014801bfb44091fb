"""Several moves of one kind written at once: each touched sibling list read once, changed rows rewritten.

A 100-card drag moved card by card costs two column shifts per card, each rewriting every row
below the card. Here the lists the moves take from and put into are read once, the moves are made
on them in memory, step by step as `WorkshopFile.move` would make them, and then only the rows
whose parent or position differs are written, in one executemany. Every list read is written back
numbered 0..n-1, so the result does not depend on how the file numbered it before.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator

from ..domain.document import Kind
from .tables import TABLES

# the host parameters one statement may hold stay well under SQLite's limit (999 before 3.32)
CHUNK = 500


def write_moves(conn: sqlite3.Connection, kind: Kind, moves: list[tuple[str, str | None, int]]) -> None:
    """Make the moves (id, parent, index) of objects of `kind` in order; index counts after leaving."""
    spec = TABLES[kind]
    stored = sibling_rows(conn, kind, moves)
    lists: dict[str | None, list[str]] = defaultdict(list)
    for obj_id, (parent, _position) in stored.items():  # in list order: see sibling_rows
        lists[parent].append(obj_id)
    where = {obj_id: parent for obj_id, (parent, _position) in stored.items()}
    for obj_id, parent_id, index in moves:
        if obj_id not in where:
            raise KeyError(f"no {kind.value} '{obj_id}' in the file")
        lists[where[obj_id]].remove(obj_id)
        lists[parent_id].insert(index, obj_id)
        where[obj_id] = parent_id
    changed = [
        (parent, position, obj_id)
        for parent, ids in lists.items()
        for position, obj_id in enumerate(ids)
        if stored[obj_id] != (parent, position)
    ]
    if spec.parent_column:
        sql = f"UPDATE [{spec.table}] SET [{spec.parent_column}] = ?, position = ? WHERE id = ?"
        conn.executemany(sql, changed)
    else:
        sql = f"UPDATE [{spec.table}] SET position = ? WHERE id = ?"
        conn.executemany(sql, [(position, obj_id) for _parent, position, obj_id in changed])


def sibling_rows(
    conn: sqlite3.Connection, kind: Kind, moves: list[tuple[str, str | None, int]]
) -> dict[str, tuple[str | None, int]]:
    """id -> (parent, position) of every row in the lists the moves take from or put into.

    In the order of the lists: by parent, then position.
    """
    spec = TABLES[kind]
    column = spec.parent_column
    if column is None:
        rows = conn.execute(f"SELECT id, NULL, position FROM [{spec.table}] ORDER BY position")
        return {obj_id: (parent, position) for obj_id, parent, position in rows}
    parents = {parent for _obj_id, parent, _index in moves}
    for chunk in _chunks(list(dict.fromkeys(obj_id for obj_id, _parent, _index in moves))):
        sql = f"SELECT [{column}] FROM [{spec.table}] WHERE id IN ({_marks(chunk)})"
        parents.update(row[0] for row in conn.execute(sql, chunk))
    found: dict[str, tuple[str | None, int]] = {}
    for chunk in _chunks(sorted(parents, key=str)):
        sql = (
            f"SELECT id, [{column}], position FROM [{spec.table}] "
            f"WHERE [{column}] IN ({_marks(chunk)}) ORDER BY [{column}], position"
        )
        found.update((obj_id, (parent, position)) for obj_id, parent, position in conn.execute(sql, chunk))
    return found


def _chunks(values: list) -> Iterator[list]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def _marks(values: list) -> str:
    return ", ".join("?" * len(values))
