"""The tables of a workshop file and the numbered migrations that build them."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import sqlite_utils

from ..domain.document import Kind

APPLICATION_ID = 0x53684D70  # "ShMp": marks a SQLite file as a ShopperMap workshop
MIGRATION_SET = "shoppermap"

migrations = sqlite_utils.Migrations(MIGRATION_SET)


@dataclass(frozen=True)
class TableSpec:
    """How one kind of object is stored: its table and the column naming its parent."""

    table: str
    parent_column: str | None


TABLES: dict[Kind, TableSpec] = {
    Kind.COMPETITOR: TableSpec("competitors", None),
    Kind.JOURNEY: TableSpec("journeys", None),
    Kind.STAGE: TableSpec("stages", "journey_id"),
    Kind.PHASE: TableSpec("phases", "stage_id"),
    Kind.CARD: TableSpec("cards", "phase_id"),
    Kind.OPPORTUNITY: TableSpec("opportunities", "card_id"),
    Kind.GAP: TableSpec("gaps", "card_id"),
}


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    """The whole schema of version 1, designed up front for cards, annotations and the plan."""
    db["workshop"].create(
        {
            "id": int,
            "title": str,
            "client": str,
            "retailer": str,
            "category": str,
            "channel": str,
            "date": str,
            "facilitator": str,
            "participants": str,
            "notes": str,
            "language": str,
            "currency": str,
            "owners": str,  # JSON list of names offered for owner fields
        },
        pk="id",
        not_null={"language", "currency"},
    )
    db["competitors"].create({"id": str, "position": int, "name": str}, pk="id", not_null={"name"})
    db["journeys"].create(
        {"id": str, "position": int, "name": str, "persona": str, "framework": str},
        pk="id",
    )
    db["stages"].create(
        {
            "id": str,
            "journey_id": str,
            "position": int,
            "label_pl": str,
            "label_en": str,
            "source": str,
            "color": str,
        },
        pk="id",
        foreign_keys=[("journey_id", "journeys", "id")],
        not_null={"journey_id", "position"},
    )
    db["phases"].create(
        {"id": str, "stage_id": str, "position": int, "label_pl": str, "label_en": str, "source": str},
        pk="id",
        foreign_keys=[("stage_id", "stages", "id")],
        not_null={"stage_id", "position"},
    )
    db["cards"].create(
        {
            "id": str,
            "phase_id": str,
            "position": int,
            "label_pl": str,
            "label_en": str,
            "touchpoint": str,
            "location": str,
            "status": str,
            "emotion": int,
            "expectations": str,
            "experience": str,
            "moment_of_truth": int,
            "quick_win": int,
            "owner": str,
            "notes": str,
            "hidden": int,
        },
        pk="id",
        foreign_keys=[("phase_id", "phases", "id")],
        not_null={"phase_id", "position"},
    )
    db["opportunities"].create(
        {
            "id": str,
            "card_id": str,
            "position": int,
            "pos_tool": str,
            "description": str,
            "retailer": str,
            "priority": str,
            "expected_impact": str,
            "cost": str,  # a decimal as text, so amounts stay exact
            "owner": str,
            "start": str,
            "end": str,
            "period": str,
            "kpi": str,
            "status": str,
            "notes": str,
        },
        pk="id",
        foreign_keys=[("card_id", "cards", "id")],
        not_null={"card_id", "position"},
    )
    db["gaps"].create(
        {
            "id": str,
            "card_id": str,
            "position": int,
            "competitor_id": str,
            "kind": str,
            "description": str,
            "threat": str,
            "opportunity_id": str,
        },
        pk="id",
        foreign_keys=[("card_id", "cards", "id")],
        not_null={"card_id", "position"},
    )
    for spec in TABLES.values():
        if spec.parent_column:
            db[spec.table].create_index([spec.parent_column, "position"])


SCHEMA_VERSION = len(migrations._migrations)


@functools.cache
def expected_columns() -> dict[str, frozenset[str]]:
    """The tables and columns the current schema defines, read from a scratch database."""
    scratch = sqlite_utils.Database(memory=True)
    migrations.apply(scratch)
    return {
        table.name: frozenset(column.name for column in table.columns)
        for table in scratch.tables
        if not table.name.startswith("_")
    }
