"""The numbered migrations that build the tables of a workshop file (listed in tables.py)."""

from __future__ import annotations

import sqlite_utils

from ..domain.sales_periods import migrated_period_id
from .tables import TABLES

MIGRATION_SET = "shoppermap"

migrations = sqlite_utils.Migrations(MIGRATION_SET)


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


@migrations()
def m002_sales_periods(db: sqlite_utils.Database) -> None:
    """Sales periods of the workshop; the free-text periods typed so far become periods without dates.

    Every distinct text (trimmed) becomes one period named by it, in map order of first use, and
    the opportunities that carried it now name that period: nothing typed is lost.
    """
    db["periods"].create(
        {
            "id": str,
            "position": int,
            "name_pl": str,
            "name_en": str,
            "start": str,
            "end": str,
            "kind": str,
        },
        pk="id",
        not_null={"position", "kind"},
    )
    # left joins: an opportunity whose card is gone (a damaged file) still keeps its text
    typed = db.execute(
        "SELECT o.id, o.period FROM opportunities o "
        "LEFT JOIN cards c ON c.id = o.card_id LEFT JOIN phases p ON p.id = c.phase_id "
        "LEFT JOIN stages s ON s.id = p.stage_id LEFT JOIN journeys j ON j.id = s.journey_id "
        "ORDER BY j.position, s.position, p.position, c.position, o.position, o.rowid"
    ).fetchall()
    period_of: dict[str, str] = {}
    for opportunity_id, text in typed:
        text = (text or "").strip()
        if not text:
            db.execute("UPDATE opportunities SET period = NULL WHERE id = ?", [opportunity_id])
            continue
        if text not in period_of:
            period_of[text] = migrated_period_id(text)
            db["periods"].insert(
                {
                    "id": period_of[text],
                    "position": len(period_of) - 1,
                    "name_pl": text,
                    "name_en": text,
                    "kind": "own",
                }
            )
        db.execute("UPDATE opportunities SET period = ? WHERE id = ?", [period_of[text], opportunity_id])


@migrations()
def m003_breakout_groups(db: sqlite_utils.Database) -> None:
    """Breakout groups: a copy's hand-out record, and which group brought a card, opportunity or gap."""
    db["handout"].create(
        {"id": int, "group_name": str, "base": str}, pk="id", not_null={"group_name", "base"}
    )
    for table in ("cards", "opportunities", "gaps"):
        db[table].add_column("origin_group", str)


@migrations()
def m004_action_numbers(db: sqlite_utils.Database) -> None:
    """The producer's brands, the plan's scenarios, and an action's quantities, cost build-up and effect.

    Amounts and percentages are decimals as text, as the cost is, so they stay exact.
    """
    for table in ("brands", "scenarios"):
        db[table].create({"id": str, "position": int, "name": str}, pk="id", not_null={"position", "name"})
    for column, kind in (
        ("brand", str),
        ("mechanic", str),
        ("stores", int),
        ("units_per_store", int),
        ("unit_cost", str),
        ("fixed_cost", str),
        ("cost_kind", str),
        ("baseline_sales", str),
        ("uplift_pct", str),
        ("margin_pct", str),
        ("scenarios", str),  # a JSON list of scenario ids
    ):
        db["opportunities"].add_column(column, kind)


@migrations()
def m005_facilitation(db: sqlite_utils.Database) -> None:
    """What the facilitator records in the room: walked phases, dot votes, value and effort, the parking lot."""
    db["phases"].add_column("walked", int)
    db["cards"].add_column("votes", int)
    for column in ("votes", "value", "effort"):
        db["opportunities"].add_column(column, int)
    db["parking_lot"].create(
        {"id": str, "position": int, "text": str, "done": int}, pk="id", not_null={"position", "text"}
    )


@migrations()
def m006_labels_left_behind(db: sqlite_utils.Database) -> None:
    """Which language of a label a rename in the other left behind (see Label.stale)."""
    for table in ("stages", "phases", "cards"):
        db[table].add_column("label_stale", str)
    db["periods"].add_column("name_stale", str)


@migrations()
def m007_handout_focus(db: sqlite_utils.Database) -> None:
    """The stage or journey a breakout group was given to work on."""
    db["handout"].add_column("focus", str)
