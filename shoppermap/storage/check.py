"""What a workshop file can hold that ShopperMap never writes, found before anything trusts it.

A file edited by another program (a script, a database browser) can be valid SQLite and still
break the app's promises: a card whose phase is gone would vanish from view and from exports; two
cards at the same position have no order to show, so the next edit would save a different one;
'no' in a yes/no column reads as yes; a trigger runs on our edits and can delete what the user
typed. Each problem is one line; opening refuses a file with any problem that cannot be repaired
without guessing (`Problem.repairable` is False), and `shoppermap check` lists them all.

The one repair: positions that are distinct whole numbers but not 0..n-1 (a row deleted by hand)
keep an unambiguous order, so an editable open renumbers them in one transaction (`renumber`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from ..domain.document import PARENT_KIND, Kind
from .tables import FLAGS, INDEXES, TABLES


@dataclass(frozen=True)
class Problem:
    """One way a file differs from what ShopperMap writes; `text` is one line for the user."""

    text: str
    repairable: bool = False


def _count(conn: sqlite3.Connection, sql: str, params: tuple = ()) -> int:
    return conn.execute(sql, params).fetchone()[0]


def _noun(table: str, count: int) -> str:
    singular = {"opportunities": "opportunity"}.get(table, table.removesuffix("s"))
    return f"{count} {singular if count == 1 else table}"


def find_problems(conn: sqlite3.Connection) -> list[Problem]:
    """Every problem of an open workshop database whose tables and columns are all there."""
    problems = _foreign_objects(conn)
    for kind, spec in TABLES.items():
        problems += _orphans(conn, kind)
        problems += _positions(conn, spec.table, spec.parent_column)
    for table, flags in FLAGS.items():
        for flag in flags:
            bad = _count(
                conn,
                f"SELECT count(*) FROM [{table}] WHERE [{flag}] IS NOT NULL "
                f"AND NOT (typeof([{flag}]) = 'integer' AND [{flag}] IN (0, 1))",
            )
            if bad:
                problems.append(Problem(f"{_noun(table, bad)} with a '{flag}' that is not yes (1) or no (0)"))
    return problems


def _foreign_objects(conn: sqlite3.Connection) -> list[Problem]:
    problems = []
    for kind, name, table in conn.execute(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('trigger', 'view', 'index') ORDER BY name"
    ):
        if kind == "index" and (name in INDEXES or name.startswith("sqlite_autoindex_")):
            continue
        where = f" on '{table}'" if kind != "view" else ""
        problems.append(Problem(f"a {kind} '{name}'{where} that ShopperMap did not make"))
    return problems


def _orphans(conn: sqlite3.Connection, kind: Kind) -> list[Problem]:
    parent = PARENT_KIND[kind]
    spec = TABLES[kind]
    if parent is None or spec.parent_column is None:
        return []
    parent_table = TABLES[parent].table
    column = spec.parent_column
    lost = _count(
        conn,
        f"SELECT count(*) FROM [{spec.table}] WHERE [{column}] IS NULL "
        f"OR [{column}] NOT IN (SELECT id FROM [{parent_table}] WHERE id IS NOT NULL)",
    )
    if not lost:
        return []
    return [Problem(f"{_noun(spec.table, lost)} whose {parent.value} is not in the file (orphan rows)")]


def _positions(conn: sqlite3.Connection, table: str, parent_column: str | None) -> list[Problem]:
    group = f"[{parent_column}]" if parent_column else "'all'"  # a string: GROUP BY 1 would mean column 1
    unusable = _count(conn, f"SELECT count(*) FROM [{table}] WHERE typeof(position) != 'integer'")
    if unusable:
        return [Problem(f"{_noun(table, unusable)} without a whole-number position")]
    shared = _count(
        conn,
        f"SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM [{table}] "
        f"GROUP BY {group}, position HAVING count(*) > 1)",
    )
    if shared:
        return [Problem(f"{_noun(table, shared)} sharing a position, so their order is unknown")]
    gapped = _count(
        conn,
        f"SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM [{table}] GROUP BY {group} "
        "HAVING min(position) != 0 OR max(position) != count(*) - 1)",
    )
    if gapped:
        text = f"{_noun(table, gapped)} with positions not numbered 0, 1, 2…"
        return [Problem(f"{text} (renumbered in the same order when opened for editing)", repairable=True)]
    return []


def renumber(conn: sqlite3.Connection) -> int:
    """Number the positions of every table 0..n-1 in their present order; returns rows changed.

    Only for a file whose problems are all repairable: the positions are distinct whole numbers.
    Runs in the caller's transaction.
    """
    changed = 0
    for spec in TABLES.values():
        partition = f"PARTITION BY [{spec.parent_column}] " if spec.parent_column else ""
        cursor = conn.execute(
            f"UPDATE [{spec.table}] SET position = ranked.n FROM "
            f"(SELECT id, row_number() OVER ({partition}ORDER BY position) - 1 AS n FROM [{spec.table}]) "
            f"AS ranked WHERE ranked.id = [{spec.table}].id AND [{spec.table}].position != ranked.n"
        )
        changed += cursor.rowcount
    return changed
