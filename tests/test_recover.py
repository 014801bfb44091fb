"""A damaged workshop: one line, the offer of its backup, and `shoppermap recover` salvaging the rest."""

import sqlite3

import pytest

from shoppermap.domain.document import Kind
from shoppermap.domain.models import Competitor, Gap, Opportunity
from shoppermap.storage import DamagedFileError, WorkshopFile
from shoppermap.storage.backups import take_backup
from shoppermap.storage.recover import latest_good_backup, recover

from .badfiles import snapshot
from .conftest import run_cli
from .helpers import make_file

PAGE = 4096


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "Workshop.shoppermap"
    file, document = make_file(path)
    card = document.workshop.journeys[0].stages[0].phases[0].cards[0]
    document.insert(Kind.COMPETITOR, None, 0, Competitor(id="c1", name="Brand X"))
    document.insert(Kind.OPPORTUNITY, card.id, 0, Opportunity(id="o1", description="Wobbler at the shelf"))
    document.insert(
        Kind.GAP, card.id, 0, Gap(description="X owns the end-cap", competitor="c1", opportunity="o1")
    )
    file.close()
    return path


def trample_card_page(path, index=1):
    conn = sqlite3.connect(path)
    pages = [
        n for (n,) in conn.execute("SELECT pageno FROM dbstat WHERE name = 'cards' AND pagetype = 'leaf'")
    ]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (pages[index] - 1) * PAGE
    data[start : start + PAGE] = bytes((b * 7 + 13) % 256 for b in data[start : start + PAGE])
    path.write_bytes(bytes(data))


def test_a_damaged_file_is_one_line_naming_its_latest_good_backup_and_recover(good):
    backup = take_backup(good)
    trample_card_page(good)
    with pytest.raises(DamagedFileError):
        WorkshopFile.open(good)
    assert latest_good_backup(good).path == backup
    result = run_cli("check", str(good))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert (
        "damaged" in result.stderr and str(backup) in result.stderr and "shoppermap recover" in result.stderr
    )


def test_recover_salvages_every_readable_row_and_counts_the_loss(good, tmp_path):
    trample_card_page(good)
    before = snapshot(good)
    new = tmp_path / "Recovered.shoppermap"
    result = run_cli("recover", str(good), "-o", str(new))
    assert result.returncode == 0, result.stderr
    assert snapshot(good) == before
    line = result.stdout.strip()
    assert line.startswith("Recovered Workshop.shoppermap into ") and "1 opportunity, 1 gap" in line
    file, workshop = WorkshopFile.open(new)
    file.close()
    cards = [c for s in workshop.journeys[0].stages for p in s.phases for c in p.cards]
    assert 40 < len(cards) < 92
    assert f"recovered {len(cards)} cards" in line and f"lost {92 - len(cards)} cards" in line
    assert workshop.workshop.title == "Test workshop"
    assert workshop.competitors[0].name == "Brand X"
    gap = next(g for c in cards for g in c.gaps)
    assert (gap.competitor, gap.opportunity) == ("c1", "o1")
    assert run_cli("check", str(new)).returncode == 0


def test_recover_of_a_file_with_orphans_and_bad_flags_keeps_the_rest(good, tmp_path):
    conn = sqlite3.connect(good)
    conn.execute("UPDATE cards SET phase_id = 'gone' WHERE id = (SELECT id FROM cards ORDER BY id LIMIT 1)")
    conn.execute(
        "UPDATE cards SET quick_win = 'yes' WHERE id = (SELECT id FROM cards ORDER BY id DESC LIMIT 1)"
    )
    conn.commit()
    conn.close()
    salvage = recover(good, tmp_path / "new.shoppermap")
    assert (salvage.recovered[Kind.CARD], salvage.lost[Kind.CARD]) == (91, 1)
    _, workshop = WorkshopFile.open(tmp_path / "new.shoppermap", read_only=True)
    assert sum(c.quick_win for s in workshop.journeys[0].stages for p in s.phases for c in p.cards) == 1


def test_recover_never_replaces_an_existing_file(good, tmp_path):
    existing = tmp_path / "taken.shoppermap"
    existing.write_bytes(b"mine")
    result = run_cli("recover", str(good), "-o", str(existing))
    assert result.returncode == 1 and "already exists" in result.stderr
    assert existing.read_bytes() == b"mine"
