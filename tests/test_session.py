"""The workshop session, headless: lock, backup, read-only fallback, one way to create a file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from shoppermap.domain.library import phase_for_touchpoint
from shoppermap.session import WorkshopSession
from shoppermap.storage import WorkshopFileError
from shoppermap.storage.backups import list_backups
from shoppermap.storage.file_errors import WorkshopBusyError
from shoppermap.storage.folder_problems import FolderProblem
from shoppermap.storage.lock import WorkshopLockedError, inode_lock_file_of, lock_file_of
from shoppermap.workshops import new_workshop

from .conftest import REPO, run_cli
from .folders import full_folder, read_only_folder
from .helpers import library


def test_create_then_open_takes_the_lock_and_a_backup(tmp_path):
    path = tmp_path / "w.shoppermap"
    session = WorkshopSession.create(path, new_workshop(library(), title="Snacks"))
    assert session.lock is not None and not session.read_only
    assert list_backups(path) == []  # a new file has nothing to lose yet
    with pytest.raises(WorkshopLockedError):
        WorkshopSession.open(path)
    session.close()
    again = WorkshopSession.open(path)
    try:
        assert again.document.workshop.workshop.title == "Snacks"
        assert len(list_backups(path)) == 1
    finally:
        again.close()


def test_read_only_needs_no_lock_and_leaves_it_to_the_editor(tmp_path):
    path = tmp_path / "w.shoppermap"
    editor = WorkshopSession.create(path, new_workshop(library()))
    viewer = WorkshopSession.open(path, read_only=True)
    try:
        assert viewer.read_only and viewer.lock is None
        assert viewer.document.read_only
    finally:
        viewer.close()
        editor.close()


def test_a_file_that_cannot_be_opened_releases_the_lock(tmp_path):
    path = tmp_path / "broken.shoppermap"
    path.write_bytes(b"not a workshop")
    with pytest.raises(WorkshopFileError):
        WorkshopSession.open(path)
    path.unlink()
    WorkshopSession.create(path, new_workshop(library())).close()  # the lock was given back


def test_a_touchpoint_lands_in_the_phase_copied_from_its_framework_phase():
    framework = library().get("shopper-journey")
    journey = new_workshop(library()).journeys[0]
    framework_phase = framework.stages[2].phases[1]
    touchpoint = framework_phase.touchpoints[0]
    phase_id = phase_for_touchpoint(journey, framework, touchpoint.id)
    assert next(p for s in journey.stages for p in s.phases if p.id == phase_id).source == framework_phase.id
    assert phase_for_touchpoint(journey, framework, "no-such-touchpoint") == journey.stages[0].phases[0].id


HOLD_SESSION = """
import sys, time
from pathlib import Path
from shoppermap.session import WorkshopSession
session = WorkshopSession.open(Path(sys.argv[1]))
print("open", flush=True)
time.sleep(60)
"""


@pytest.fixture
def workshop(tmp_path):
    """A workshop file, closed."""
    path = tmp_path / "Workshop.shoppermap"
    WorkshopSession.create(path, new_workshop(library(), title="Snacks")).close()
    return path


@pytest.fixture
def other_editor(workshop):
    """Another ShopperMap process with the workshop open for editing; yields the process."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_SESSION, str(workshop)], env=env, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout.readline() == "open\n"
    yield process
    process.kill()
    process.wait()


def test_a_workshop_open_in_another_process_is_refused_but_can_be_read(workshop, other_editor):
    assert lock_file_of(workshop).exists()
    with pytest.raises(WorkshopLockedError) as info:
        WorkshopSession.open(workshop)
    assert info.value.holder.pid == other_editor.pid
    viewer = WorkshopSession.open(workshop, read_only=True)
    try:
        assert viewer.read_only and viewer.document.workshop.workshop.title == "Snacks"
    finally:
        viewer.close()


def test_check_and_export_work_while_another_process_edits(workshop, other_editor, tmp_path):
    checked = run_cli("check", str(workshop))
    assert checked.returncode == 0, checked.stderr
    assert "integrity: ok" in checked.stdout
    exported = run_cli("export", str(workshop), "-o", str(tmp_path / "plan.xlsx"))
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "plan.xlsx").stat().st_size > 0


def test_a_read_only_folder_opens_the_workshop_read_only_with_the_reason(workshop, tmp_path):
    with read_only_folder(tmp_path / "media", holding=[workshop]) as media:
        session = WorkshopSession.open(media / workshop.name)
        try:
            assert session.read_only and session.lock is None
            assert session.read_only_problem is FolderProblem.READ_ONLY
            assert session.read_only_reason.startswith("Workshop.shoppermap: ")
            assert sorted(p.name for p in media.iterdir()) == ["Workshop.shoppermap"]
        finally:
            session.close()


def test_a_full_user_folder_never_blocks_opening_and_says_no_backup_was_made(workshop, tmp_path, monkeypatch):
    with full_folder(tmp_path / "home") as home:
        monkeypatch.setenv("SHOPPERMAP_HOME", str(home))
        session = WorkshopSession.open(workshop)
        try:
            assert not session.read_only and session.lock is not None
            assert session.backup_problem is FolderProblem.FULL
            assert (
                session.backup_reason
                == "Workshop.shoppermap: cannot take a backup (database or disk is full)"
            )
            with pytest.raises(WorkshopLockedError):  # still one editor
                WorkshopSession.open(workshop)
        finally:
            session.close()


def test_a_read_only_user_folder_never_blocks_opening(workshop, tmp_path, monkeypatch):
    with read_only_folder(tmp_path / "home") as home:
        monkeypatch.setenv("SHOPPERMAP_HOME", str(home))
        session = WorkshopSession.open(workshop)
        try:
            assert not session.read_only
            assert session.backup_problem is FolderProblem.READ_ONLY
        finally:
            session.close()
    assert not lock_file_of(workshop).exists()


def test_sqlite_busy_means_in_use_never_damaged(workshop):
    other_program = sqlite3.connect(str(workshop), timeout=0)
    other_program.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(WorkshopBusyError) as info:
            WorkshopSession.open(workshop)
        assert (
            str(info.value)
            == "Workshop.shoppermap: is in use by another program right now; try again in a moment"
        )
        assert "damaged" not in str(info.value)
    finally:
        other_program.rollback()
        other_program.close()
    assert not lock_file_of(workshop).exists()  # the refused open gave the lock back
    WorkshopSession.open(workshop).close()


def test_a_new_workshop_is_covered_by_the_lock_by_device_and_inode(tmp_path):
    path = tmp_path / "New.shoppermap"
    session = WorkshopSession.create(path, new_workshop(library()))
    try:
        hard_link = tmp_path / "Same file.shoppermap"
        os.link(path, hard_link)
        assert session.lock.inode_lock is not None
        assert inode_lock_file_of(hard_link).exists()
    finally:
        session.close()
    assert not inode_lock_file_of(path).exists()
