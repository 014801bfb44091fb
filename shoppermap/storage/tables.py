"""What a workshop file of the current version holds: its marks, tables and columns.

Plain data, so opening a file needs no sqlite-utils (its import costs every start ~50 ms); the
migrations in schema.py build exactly these tables, which a test checks.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.document import Kind

APPLICATION_ID = 0x53684D70  # "ShMp": marks a SQLite file as a ShopperMap workshop
SCHEMA_VERSION = 7  # the number of migrations in schema.py


@dataclass(frozen=True)
class TableSpec:
    """How one kind of object is stored: its table and the column naming its parent."""

    table: str
    parent_column: str | None


TABLES: dict[Kind, TableSpec] = {
    Kind.COMPETITOR: TableSpec("competitors", None),
    Kind.BRAND: TableSpec("brands", None),
    Kind.SCENARIO: TableSpec("scenarios", None),
    Kind.PARKING_ITEM: TableSpec("parking_lot", None),
    Kind.PERIOD: TableSpec("periods", None),
    Kind.JOURNEY: TableSpec("journeys", None),
    Kind.STAGE: TableSpec("stages", "journey_id"),
    Kind.PHASE: TableSpec("phases", "stage_id"),
    Kind.CARD: TableSpec("cards", "phase_id"),
    Kind.OPPORTUNITY: TableSpec("opportunities", "card_id"),
    Kind.GAP: TableSpec("gaps", "card_id"),
}

# the indexes the migrations make (besides SQLite's own sqlite_autoindex_*); any other index,
# trigger or view was added by another program and is not trusted (see check.py)
INDEXES: frozenset[str] = frozenset(
    {"idx__sqlite_migrations_migration_set_name"}
    | {f"idx_{spec.table}_{spec.parent_column}_position" for spec in TABLES.values() if spec.parent_column}
)
FLAGS: dict[str, tuple[str, ...]] = {
    "cards": ("moment_of_truth", "quick_win", "hidden"),
    "phases": ("walked",),
    "parking_lot": ("done",),
}

COLUMNS: dict[str, frozenset[str]] = {
    table: frozenset(names.split())
    for table, names in {
        "workshop": "id title client retailer category channel date facilitator participants notes "
        "language currency owners",
        "competitors": "id position name",
        "brands": "id position name",
        "scenarios": "id position name",
        "parking_lot": "id position text done",
        "periods": "id position name_pl name_en start end kind name_stale",
        "journeys": "id position name persona framework",
        "stages": "id journey_id position label_pl label_en source color label_stale",
        "phases": "id stage_id position label_pl label_en source walked label_stale",
        "cards": "id phase_id position label_pl label_en touchpoint location status emotion expectations "
        "experience moment_of_truth quick_win owner notes hidden origin_group votes label_stale",
        "opportunities": "id card_id position pos_tool description retailer priority expected_impact cost "
        "owner start end period kpi status notes origin_group brand mechanic stores units_per_store unit_cost "
        "fixed_cost cost_kind baseline_sales uplift_pct margin_pct scenarios votes value effort",
        "gaps": "id card_id position competitor_id kind description threat opportunity_id origin_group",
        "handout": "id group_name base focus",
    }.items()
}
