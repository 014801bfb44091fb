"""Backups: taken with SQLite's backup API into the user folder, the last ten kept, restored as copies."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time

import pytest

from shoppermap.domain.document import Kind
from shoppermap.domain.models import Gap, Opportunity
from shoppermap.paths import user_data_dir
from shoppermap.storage import WorkshopFile, WorkshopFileError, backups
from shoppermap.storage.backups import (
    BackupError,
    backup_folder,
    list_backups,
    restore_backup,
    suggested_restore_path,
    take_backup,
)
from shoppermap.storage.lock import WorkshopLock, WorkshopLockedError

from .helpers import make_file


def _rename_journey(path, name: str) -> None:
    file, workshop = WorkshopFile.open(path)
    file.document(workshop).update(workshop.journeys[0].id, name=name)
    file.close()


def _state(path) -> tuple[bytes, int]:
    return path.read_bytes(), os.stat(path).st_mtime_ns


def test_a_backup_is_a_complete_workshop_in_the_user_folder(tmp_path):
    path = tmp_path / "Snacks × Hyper.shoppermap"
    file, doc = make_file(path)
    card = doc.workshop.journeys[0].stages[0].phases[0].cards[0]
    doc.insert(Kind.OPPORTUNITY, card.id, 0, Opportunity(id="o1", cost="99.90"))
    doc.insert(Kind.GAP, card.id, 0, Gap(id="g1", opportunity="o1"))
    backup = take_backup(file)
    file.close()
    assert backup.parent == backup_folder(path)
    assert backup.parent.parent == user_data_dir() / "backups"
    assert backup.parent.name.startswith("Snacks _ Hyper-")
    copy, workshop = WorkshopFile.open(backup, read_only=True)
    assert copy.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()
    assert workshop.model_dump() == doc.workshop.model_dump()
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # nothing beside the workshop


def test_taking_a_backup_never_changes_the_original(tmp_path):
    path = tmp_path / "w.shoppermap"
    make_file(path)[0].close()
    before = _state(path)
    take_backup(path)
    assert _state(path) == before
    file, _ = WorkshopFile.open(path)
    before = _state(path)
    take_backup(file)
    assert _state(path) == before
    file.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.shoppermap"]


def test_temp_copies_abandoned_over_an_hour_ago_are_removed(tmp_path):
    path = tmp_path / "w.shoppermap"
    make_file(path)[0].close()
    folder = backup_folder(path)
    folder.mkdir(parents=True)
    abandoned = folder / ".2020-01-01_00-00-00-000000Z.shoppermap.k2j3h4g5.tmp"
    older_style = folder / ".~k2j3h4g5.shoppermap"
    in_the_making = folder / ".2020-01-02_00-00-00-000000Z.shoppermap.a1b2c3d4.tmp"
    for temp in (abandoned, older_style, in_the_making):
        temp.write_bytes(b"half a copy")
    two_hours_ago = time.time() - 2 * 3600
    for temp in (abandoned, older_style):
        os.utime(temp, (two_hours_ago, two_hours_ago))
    take_backup(path)
    assert not abandoned.exists() and not older_style.exists()
    assert in_the_making.exists()


def test_the_last_ten_distinct_backups_are_kept_newest_first(tmp_path):
    path = tmp_path / "w.shoppermap"
    make_file(path)[0].close()
    taken = []
    for n in range(13):
        _rename_journey(path, f"Journey {n}")
        taken.append(take_backup(path))
    backups = list_backups(path)
    assert [b.path for b in backups] == taken[::-1][:10]
    assert len(list(backup_folder(path).iterdir())) == 10
    assert [b.taken_at for b in backups] == sorted((b.taken_at for b in backups), reverse=True)
    newest = WorkshopFile.open(backups[0].path, read_only=True)
    assert newest[1].journeys[0].name == "Journey 12"
    newest[0].close()


def test_reopening_an_unchanged_workshop_keeps_older_backups(tmp_path):
    path = tmp_path / "w.shoppermap"
    make_file(path)[0].close()
    first = take_backup(path)
    _rename_journey(path, "Changed")
    second = take_backup(path)
    for _ in range(12):  # opened again and again without an edit
        file, _ = WorkshopFile.open(path)
        assert take_backup(file) == second
        file.close()
    assert [b.path for b in list_backups(path)] == [second, first]


def test_keep_limits_the_count(tmp_path):
    path = tmp_path / "w.shoppermap"
    make_file(path)[0].close()
    for n in range(4):
        _rename_journey(path, f"J{n}")
        take_backup(path, keep=2)
    assert len(list_backups(path)) == 2


def test_list_backups_gives_date_title_and_counts(tmp_path):
    path = tmp_path / "w.shoppermap"
    file, doc = make_file(path, title="Chipsy w Biedronce 🥔")
    card = doc.workshop.journeys[0].stages[1].phases[0].cards[0]
    doc.insert(Kind.OPPORTUNITY, card.id, 0, Opportunity(id="o1"))
    doc.insert(Kind.OPPORTUNITY, card.id, 1, Opportunity(id="o2"))
    doc.insert(Kind.GAP, card.id, 0, Gap(id="g1"))
    cards = sum(1 for _ in doc.cards(doc.workshop.journeys[0].id))
    before = dt.datetime.now().astimezone()
    take_backup(file)
    file.close()
    [info] = list_backups(path)
    assert info.title == "Chipsy w Biedronce 🥔"
    assert (info.journeys, info.cards, info.opportunities, info.gaps) == (1, cards, 2, 1)
    assert before - dt.timedelta(seconds=1) <= info.taken_at <= dt.datetime.now().astimezone()
    assert info.size == info.path.stat().st_size


def test_list_backups_of_a_workshop_without_any_is_empty(tmp_path):
    assert list_backups(tmp_path / "never-opened.shoppermap") == []


def test_a_damaged_backup_is_left_out_of_the_list(tmp_path):
    path = tmp_path / "w.shoppermap"
    make_file(path)[0].close()
    good = take_backup(path)
    _rename_journey(path, "Changed")
    bad = take_backup(path)
    bad.write_bytes(b"garbage")
    assert [b.path for b in list_backups(path)] == [good]


def test_backups_of_different_workshops_are_kept_apart(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one, two = tmp_path / "a" / "Workshop.shoppermap", tmp_path / "b" / "Workshop.shoppermap"
    make_file(one)[0].close()
    make_file(two)[0].close()
    take_backup(one)
    assert backup_folder(one) != backup_folder(two)
    assert list_backups(two) == []


def test_a_backup_of_a_file_that_is_no_workshop_is_refused(tmp_path):
    path = tmp_path / "notes.shoppermap"
    path.write_text("not a workshop", encoding="utf-8")
    with pytest.raises(WorkshopFileError, match="not a ShopperMap workshop"):
        take_backup(path)
    assert not (user_data_dir() / "backups").exists()


def test_a_backup_that_cannot_be_written_gives_one_line(tmp_path, monkeypatch):
    path = tmp_path / "w.shoppermap"
    make_file(path)[0].close()
    blocker = tmp_path / "data-is-a-file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("SHOPPERMAP_HOME", str(blocker))
    with pytest.raises(BackupError) as info:
        take_backup(path)
    assert str(info.value).startswith("w.shoppermap: cannot take a backup (")
    assert "\n" not in str(info.value)


def test_restore_writes_a_new_copy_and_leaves_the_workshop_alone(tmp_path):
    path = tmp_path / "w.shoppermap"
    make_file(path)[0].close()
    _rename_journey(path, "Before the accident")
    take_backup(path)
    _rename_journey(path, "After the accident")
    original = _state(path)
    [info] = [b for b in list_backups(path) if b.journeys == 1][:1]
    target = suggested_restore_path(path, info)
    assert target.parent == tmp_path and target.name.startswith("w (backup ")
    assert restore_backup(info.path, target) == target
    assert _state(path) == original
    file, workshop = WorkshopFile.open(target)
    assert workshop.journeys[0].name == "Before the accident"
    assert file.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    file.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, target.name])  # no temp left


def test_restore_refuses_to_overwrite_unless_asked_and_never_an_open_workshop(tmp_path):
    path = tmp_path / "w.shoppermap"
    make_file(path)[0].close()
    backup = take_backup(path)
    other = tmp_path / "other.shoppermap"
    other.write_bytes(b"keep me")
    with pytest.raises(WorkshopFileError, match="already exists"):
        restore_backup(backup, other)
    assert other.read_bytes() == b"keep me"
    with WorkshopLock.acquire(other), pytest.raises(WorkshopLockedError):
        restore_backup(backup, other, overwrite=True)
    assert other.read_bytes() == b"keep me"
    restore_backup(backup, other, overwrite=True)
    WorkshopFile.open(other)[0].close()


def test_restore_refuses_a_damaged_backup_and_writes_nothing(tmp_path):
    path = tmp_path / "w.shoppermap"
    make_file(path)[0].close()
    backup = take_backup(path)
    data = bytearray(backup.read_bytes())
    data[4096 * 2 : 4096 * 4] = bytes(4096 * 2)
    backup.write_bytes(bytes(data))
    with pytest.raises(WorkshopFileError, match="damaged"):
        restore_backup(backup, tmp_path / "restored.shoppermap")
    assert not (tmp_path / "restored.shoppermap").exists()


def test_a_restore_cut_short_leaves_no_file(tmp_path, monkeypatch):
    path = tmp_path / "w.shoppermap"
    make_file(path)[0].close()
    backup = take_backup(path)
    real_connect = backups.connect_read_only

    class FailingSource:
        """A source whose copy dies half-way, as on a full disk."""

        def __init__(self, path):
            self.conn = real_connect(path)

        def backup(self, target):
            self.conn.backup(target, pages=1)
            raise sqlite3.OperationalError("database or disk is full")

        def close(self):
            self.conn.close()

    monkeypatch.setattr(backups, "connect_read_only", FailingSource)
    with pytest.raises(WorkshopFileError) as info:
        restore_backup(backup, tmp_path / "restored.shoppermap")
    assert str(info.value) == "restored.shoppermap: cannot be written (database or disk is full)"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.shoppermap"]
