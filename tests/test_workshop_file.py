"""The workshop file: identity pragmas, write-through, positions, no side files."""

import sqlite3
import struct

import pytest
import sqlite_utils

from shoppermap.domain.document import EditError, Kind
from shoppermap.domain.labels import Label
from shoppermap.domain.models import Card, Competitor, Gap, Opportunity
from shoppermap.storage import WorkshopFile
from shoppermap.storage.schema import MIGRATION_SET, migrations
from shoppermap.storage.tables import APPLICATION_ID, COLUMNS, SCHEMA_VERSION

from .helpers import make_file


def reopen(path):
    file, workshop = WorkshopFile.open(path)
    doc = file.document(workshop)
    return file, doc


def phase_labels(doc, phase):
    return [c.label.en for c in doc.get(phase.id).cards]


def test_file_is_marked_as_a_shoppermap_workshop(tmp_path):
    path = tmp_path / "w.shoppermap"
    file, _ = make_file(path)
    file.close()
    header = path.read_bytes()[:100]
    user_version, app_id = struct.unpack(">i4xi", header[60:72])
    assert app_id == APPLICATION_ID
    assert user_version == SCHEMA_VERSION


def test_the_migrations_build_exactly_the_tables_an_open_checks_for():
    scratch = sqlite_utils.Database(memory=True)
    migrations.apply(scratch)
    built = {
        table.name: frozenset(column.name for column in table.columns)
        for table in scratch.tables
        if not table.name.startswith("_")
    }
    assert built == COLUMNS
    applied = scratch.execute(
        "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
    ).fetchone()[0]
    assert applied == SCHEMA_VERSION


def test_opening_a_file_leaves_sqlite_utils_unimported_until_the_first_write(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "w.shoppermap"
    make_file(path)[0].close()
    probe = (
        "import sys; from shoppermap.storage import WorkshopFile; "
        f"file, workshop = WorkshopFile.open({str(path)!r}); doc = file.document(workshop); "
        "print('sqlite_utils' in sys.modules); "
        "card = doc.workshop.journeys[0].stages[0].phases[0].cards[0]; "
        "doc.update(card.id, emotion=2); print('sqlite_utils' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "True"]


def test_no_side_files_remain_after_close(tmp_path):
    path = tmp_path / "w.shoppermap"
    file, doc = make_file(path)
    journey = doc.workshop.journeys[0]
    doc.update(journey.id, name="Young mums")
    assert file.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    file.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.shoppermap"]


def test_each_edit_is_on_disk_before_the_next_line_runs(tmp_path):
    path = tmp_path / "w.shoppermap"
    file, doc = make_file(path)
    phase = doc.workshop.journeys[0].stages[0].phases[0]
    card = phase.cards[0]
    doc.update(card.id, status="red", emotion=-2, moment_of_truth=True, owner="Anna K.")
    # a second connection, as another process would see it, with the first still open
    other = sqlite3.connect(path)
    row = other.execute(
        "SELECT status, emotion, moment_of_truth, owner FROM cards WHERE id=?", [card.id]
    ).fetchone()
    other.close()
    assert row == ("red", -2, 1, "Anna K.")
    file.close()


def test_moves_inserts_and_removes_keep_positions_in_the_file(tmp_path):
    path = tmp_path / "w.shoppermap"
    file, doc = make_file(path)
    journey = doc.workshop.journeys[0]
    first, second = journey.stages[0].phases[0], journey.stages[0].phases[1]
    moving = first.cards[0]
    doc.move(moving.id, second.id, 2)
    doc.move(first.cards[3].id, first.id, 0)
    custom = Card(label=Label.same("Sampling at the entrance"))
    doc.insert(Kind.CARD, first.id, 1, custom)
    doc.remove(first.cards[-1].id)
    expected_first, expected_second = phase_labels(doc, first), phase_labels(doc, second)
    file.close()
    file, again = reopen(path)
    assert phase_labels(again, first) == expected_first
    assert phase_labels(again, second) == expected_second
    assert again.get(moving.id).label.en == moving.label.en
    assert again.parent_of(moving.id) == second.id
    positions = [
        r[0]
        for r in file.db.execute("SELECT position FROM cards WHERE phase_id=? ORDER BY position", [first.id])
    ]
    assert positions == list(range(len(expected_first)))
    file.close()


def test_annotations_round_trip_through_the_file(tmp_path):
    path = tmp_path / "w.shoppermap"
    file, doc = make_file(path)
    card = doc.workshop.journeys[0].stages[2].phases[0].cards[5]
    doc.insert(Kind.COMPETITOR, None, 0, Competitor(id="c1", name="Brand X"))
    opportunity = Opportunity(
        id="o1",
        pos_tool="wobbler",
        description="=SUM(A1) 🥨 zażółć",
        cost="1250.50",
        priority="high",
        start="2026-12-01",
        end="2026-12-24",
        kpi="rotation",
        status="agreed",
    )
    doc.insert(Kind.OPPORTUNITY, card.id, 0, opportunity)
    doc.insert(
        Kind.GAP,
        card.id,
        0,
        Gap(id="g1", competitor="c1", kind="we_are_absent", threat="high", opportunity="o1"),
    )
    doc.update_workshop(client="Crunchy Snacks", currency="EUR", owners=["Anna", "KAM team"])
    before = doc.workshop.model_dump()
    file.close()
    file, again = reopen(path)
    assert again.workshop.model_dump() == before
    assert str(again.get("o1").cost) == "1250.50"
    file.close()


def test_invalid_edits_never_reach_the_file(tmp_path):
    path = tmp_path / "w.shoppermap"
    file, doc = make_file(path)
    card = doc.workshop.journeys[0].stages[0].phases[0].cards[0]
    doc.insert(Kind.OPPORTUNITY, card.id, 0, Opportunity(id="o1", start="2026-05-01"))
    with pytest.raises(EditError, match="emotion"):
        doc.update(card.id, emotion=3)
    with pytest.raises(EditError, match="end date is before the start"):
        doc.update("o1", end="2026-04-01")
    with pytest.raises(EditError, match="cost"):
        doc.update("o1", cost=-5)
    with pytest.raises(EditError, match="no field"):
        doc.update(card.id, colour="red")
    with pytest.raises(EditError, match="must be placed in a phase"):
        doc.move(card.id, doc.workshop.journeys[0].id, 0)
    assert doc.get(card.id).emotion is None and doc.get("o1").end is None
    row = file.db.execute("SELECT emotion FROM cards WHERE id=?", [card.id]).fetchone()
    assert row == (None,)
    file.close()


def test_failed_write_leaves_memory_untouched(tmp_path):
    path = tmp_path / "w.shoppermap"
    file, doc = make_file(path)
    card = doc.workshop.journeys[0].stages[0].phases[0].cards[0]
    file.db.execute("DROP TABLE gaps")  # the disk refuses the next write to it
    with pytest.raises(sqlite3.OperationalError):
        doc.insert(Kind.GAP, card.id, 0, Gap())
    assert doc.get(card.id).gaps == []
    file.close()


def test_save_copy_makes_a_complete_independent_file(tmp_path):
    path = tmp_path / "w.shoppermap"
    file, doc = make_file(path)
    doc.update(doc.workshop.journeys[0].id, name="Families")
    file.save_copy(tmp_path / "copy.shoppermap")
    doc.update(doc.workshop.journeys[0].id, name="Students")
    file.close()
    copy, workshop = WorkshopFile.open(tmp_path / "copy.shoppermap")
    assert workshop.journeys[0].name == "Families"
    copy.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.shoppermap", "w.shoppermap"]


def test_plan_moves_before_an_anchor_keeps_the_dragged_order(tmp_path):
    file, doc = make_file(tmp_path / "w.shoppermap")
    first, second = doc.workshop.journeys[0].stages[0].phases[:2]
    a, b, c = first.cards[0].id, first.cards[2].id, second.cards[1].id
    anchor = first.cards[4].id
    doc.move_many(doc.plan_moves_before([a, b, c], first.id, anchor))
    ids = [card.id for card in doc.get(first.id).cards]
    assert ids[ids.index(anchor) - 3 : ids.index(anchor)] == [a, b, c]
    doc.move_many(doc.plan_moves_before([anchor, a], second.id, None))
    assert [card.id for card in doc.get(second.id).cards][-2:] == [anchor, a]
    file.close()


def test_removing_what_a_gap_points_at_is_refused_so_the_file_stays_openable(tmp_path):
    path = tmp_path / "w.shoppermap"
    file, doc = make_file(path)
    first, second = doc.workshop.journeys[0].stages[0].phases[0].cards[:2]
    doc.insert(Kind.COMPETITOR, None, 0, Competitor(id="c1", name="Brand X"))
    doc.insert(Kind.OPPORTUNITY, first.id, 0, Opportunity(id="o1"))
    doc.insert(Kind.GAP, first.id, 0, Gap(id="g1", competitor="c1", opportunity="o1"))
    with pytest.raises(EditError, match="answers a competitor gap"):
        doc.remove("o1")
    with pytest.raises(EditError, match="answers a competitor gap"):
        doc.move("o1", second.id, 0)
    with pytest.raises(EditError, match="named in a competitor gap"):
        doc.remove("c1")
    doc.update("g1", opportunity=None)
    doc.remove("o1")
    file.close()
    file, again = reopen(path)
    assert again.find("o1") is None and again.get("g1").competitor == "c1"
    file.close()
