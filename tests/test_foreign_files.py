"""Files another program edited: every row the app cannot trust is named, never silently dropped."""

import sqlite3

import pytest

from shoppermap.domain.document import Kind
from shoppermap.domain.labels import Label
from shoppermap.domain.models import Card
from shoppermap.storage import UntrustedFileError, WorkshopFile
from shoppermap.storage.tables import INDEXES

from .badfiles import snapshot
from .conftest import run_cli
from .helpers import make_file


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "edited.shoppermap"
    file, _ = make_file(p)
    file.close()
    return p


def sql(path, *statements):
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def first_card_with_opportunity(path):
    file, workshop = WorkshopFile.open(path)
    document = file.document(workshop)
    card = document.workshop.journeys[0].stages[0].phases[0].cards[0]
    from shoppermap.domain.models import Opportunity

    document.insert(Kind.OPPORTUNITY, card.id, 0, Opportunity(description="Leaflet week 12"))
    file.close()
    return card.id


# a phase of several cards: ids are random, and a phase of one card has no second to clash with
PHASE_WITH_CARDS = (
    "SELECT phase_id FROM cards GROUP BY phase_id HAVING COUNT(*) > 1 ORDER BY phase_id LIMIT 1"
)
FOREIGN = {
    "orphan card": (
        [f"DELETE FROM phases WHERE id = ({PHASE_WITH_CARDS})"],
        "cards whose phase is not in the file",
    ),
    "orphan opportunity": (
        ["UPDATE opportunities SET card_id = 'gone'"],
        "1 opportunity whose card is not in the file",
    ),
    "duplicate positions": (
        [f"UPDATE cards SET position = 0 WHERE phase_id = ({PHASE_WITH_CARDS})"],
        "sharing a position",
    ),
    "null position": (["UPDATE journeys SET position = NULL"], "1 journey without a whole-number position"),
    "text position": (["UPDATE stages SET position = 'first' WHERE position = 0"], "without a whole-number"),
    "'no' as a flag": (
        ["UPDATE cards SET quick_win = 'no' WHERE position = 1"],
        "'quick_win' that is not yes",
    ),
    "2 as a flag": (["UPDATE cards SET hidden = 2 WHERE position = 1"], "'hidden' that is not yes"),
    "foreign trigger": (
        ["CREATE TRIGGER wipe AFTER UPDATE ON cards BEGIN DELETE FROM opportunities; END"],
        "a trigger 'wipe' on 'cards' that ShopperMap did not make",
    ),
    "foreign view": (["CREATE VIEW v AS SELECT * FROM cards"], "a view 'v' that ShopperMap did not make"),
    "foreign index": (
        ["CREATE UNIQUE INDEX one_per_phase ON cards(phase_id, position)"],
        "index 'one_per_phase' on 'cards'",
    ),
}


@pytest.mark.parametrize("kind", sorted(FOREIGN))
def test_opening_a_file_with_rows_that_cannot_be_trusted_is_refused_in_one_line(path, kind):
    first_card_with_opportunity(path)
    statements, expected = FOREIGN[kind]
    sql(path, *statements)
    before = snapshot(path)
    with pytest.raises(UntrustedFileError) as info:
        WorkshopFile.open(path)
    assert expected in str(info.value)
    assert "\n" not in str(info.value)
    with pytest.raises(UntrustedFileError):
        WorkshopFile.open(path, read_only=True)
    assert snapshot(path) == before


def test_check_names_each_problem_and_fails(path):
    first_card_with_opportunity(path)
    sql(
        path,
        "UPDATE opportunities SET card_id = 'gone'",
        "UPDATE cards SET moment_of_truth = 'no' WHERE id = (SELECT id FROM cards LIMIT 1)",
        "CREATE TRIGGER wipe AFTER UPDATE ON cards BEGIN DELETE FROM opportunities; END",
    )
    result = run_cli("check", str(path))
    assert result.returncode == 1
    problems = [line for line in result.stdout.splitlines() if line.startswith("problem: ")]
    assert problems == [
        "problem: a trigger 'wipe' on 'cards' that ShopperMap did not make",
        "problem: 1 opportunity whose card is not in the file (orphan rows)",
        "problem: 1 card with a 'moment_of_truth' that is not yes (1) or no (0)",
    ]
    assert "Traceback" not in result.stderr


def test_check_of_a_clean_file_reports_no_problem(path):
    result = run_cli("check", str(path))
    assert result.returncode == 0, result.stderr
    assert "problem:" not in result.stdout


def test_positions_with_gaps_are_renumbered_on_an_editable_open_and_edits_keep_the_shown_order(path):
    sql(path, "UPDATE cards SET position = position * 10 + 5", "UPDATE phases SET position = position + 3")
    shown_before, _ = WorkshopFile.open(path, read_only=True)  # read-only: shown as stored, untouched
    shown_before.close()
    assert "not numbered 0, 1, 2" in run_cli("check", str(path)).stdout

    file, workshop = WorkshopFile.open(path)
    document = file.document(workshop)
    phase = document.workshop.journeys[0].stages[0].phases[0]
    ids_before = [c.id for c in phase.cards]
    document.insert(Kind.CARD, phase.id, 2, Card(label=Label.same("Floor sticker")))
    shown = [c.id for c in document.get(phase.id).cards]
    file.close()

    assert shown[:2] + shown[3:] == ids_before
    _, reread = WorkshopFile.open(path, read_only=True)
    saved = next(p for s in reread.journeys[0].stages for p in s.phases if p.id == phase.id)
    assert [c.id for c in saved.cards] == shown
    assert run_cli("check", str(path)).returncode == 0


def test_the_indexes_the_app_makes_are_the_ones_it_trusts(path):
    conn = sqlite3.connect(path)
    made = {
        name
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        if not name.startswith("sqlite_autoindex_")
    }
    conn.close()
    assert made == INDEXES
