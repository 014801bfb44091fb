"""The workshop session, headless: lock, backup, read-only fallback, one way to create a file."""

from __future__ import annotations

import pytest

from shoppermap.domain.library import phase_for_touchpoint
from shoppermap.session import WorkshopSession
from shoppermap.storage import WorkshopFileError
from shoppermap.storage.backups import list_backups
from shoppermap.storage.lock import WorkshopLockedError
from shoppermap.workshops import new_workshop

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
