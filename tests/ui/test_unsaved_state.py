"""When the workshop file cannot be written, nothing typed is lost: edits stay in memory and on
screen, marked unsaved, reach the file on retry, or go with Save a Copy As to a new file.

The faults are real where this machine allows: a small tmpfs that fills up or is remounted
read-only (needs root), and the file moved, deleted or replaced under the open window.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from shoppermap.export.workshop_json import workshop_to_data
from shoppermap.storage import WorkshopFile
from shoppermap.storage.lock import lock_file_of
from shoppermap.ui.app import build_window
from shoppermap.ui.main_window import MainWindow

from ..conftest import REPO
from ..helpers import library, make_file
from .test_edit_gateway import break_writes, file_state, phases

LABELS = [f"Typed label {n}" for n in range(6)]


def labels_in_file(path: Path, card_ids: list[str]) -> list[str]:
    """The English labels of these cards as a fresh connection reads them from the file."""
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    cards = {c.id: c for j in workshop.journeys for s in j.stages for p in s.phases for c in p.cards}
    return [cards[i].label.en for i in card_ids]


def type_labels(window, qtbot, labels: list[str]) -> list[str]:
    """Type a new label for the first cards, one after another, in the inspector; their ids."""
    ids = [c.id for c in phases(window)[0].cards[: len(labels)]]
    form = window.inspector.card_form
    for card_id, label in zip(ids, labels, strict=True):
        window.current_scene().select_cards([card_id])
        form.label.setFocus()
        form.label.selectAll()
        qtbot.keyClicks(form.label, label)
        qtbot.keyClick(form.label, Qt.Key.Key_Return)
    return ids


def choose_save_path(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def capture_warnings(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _w, _t, text, *a, **k: said.append(text)))
    return said


ASK = MainWindow.ask_about_unsaved


@pytest.fixture(autouse=True)
def no_question_left_open(monkeypatch):
    """A window closed at the end of a test lets pending edits go instead of waiting for an answer."""
    monkeypatch.setattr(MainWindow, "ask_about_unsaved", lambda self: "discard")


@pytest.fixture
def open_window(qtbot, settings):
    """Build a window showing the workshop at a path; closed at the end, pending edits let go."""
    windows = []

    def make(path: Path):
        win = build_window(library(), settings=settings)
        qtbot.addWidget(win)
        assert win.open_path(path)
        win.resize(1400, 900)
        win.show()
        qtbot.waitExposed(win)
        QApplication.processEvents()
        windows.append(win)
        return win

    yield make
    for win in windows:
        win.close()


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MB tmpfs of its own (root only; skipped where it cannot be mounted)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)], capture_output=True, text=True
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {result.stderr.strip()}")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=False)


def fill(disk: Path) -> Path:
    """Fill the disk to the last byte with one file; returns it (remove it to free the space)."""
    filler = disk / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for size in (65536, 4096, 512, 1):  # big writes first, then down to the last byte
            while True:
                try:
                    os.write(fd, b"\0" * size)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
                    break
    finally:
        os.close(fd)
    return filler


def test_edits_typed_while_the_disk_is_full_are_kept_and_written_in_order_once_space_is_freed(
    small_disk, open_window, qtbot
):
    path = small_disk / "workshop.shoppermap"
    make_file(path)[0].close()
    window = open_window(path)
    before = file_state(path)
    filler = fill(small_disk)
    ids = type_labels(window, qtbot, LABELS)
    # every edit is on screen and in memory; none reached the file; the window says why
    assert [window.document.get(i).label.en for i in ids] == LABELS
    assert [window.current_scene().cards[i].label() for i in ids] == LABELS
    assert file_state(path) == before
    banner = window.unsaved_banner
    assert banner.isVisible() and "disk is full" in banner.label.text(), banner.label.text()
    assert "Retry" in banner.label.text() and "Save a Copy As" in banner.label.text()
    assert banner.count.text().endswith(": 6"), banner.count.text()
    assert window.isWindowModified() and window.windowTitle().startswith("* ")
    assert window.stack.count() == 6  # each edit is an undo step
    filler.unlink()
    window.retry_timer.setInterval(20)  # the window retries by itself; the test need not wait 5 s
    window.retry_timer.start()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=3000)
    assert labels_in_file(path, ids) == LABELS
    assert file_state(path) == workshop_to_data(window.document.workshop)
    assert not window.isWindowModified()


def test_edits_made_while_the_folder_is_write_protected_are_written_on_retry(tmp_path, open_window, qtbot):
    folder = tmp_path / "protected"
    folder.mkdir()
    path = folder / "workshop.shoppermap"
    make_file(path)[0].close()
    window = open_window(path)
    original = phases(window)[0].cards[2].label.en
    # root ignores permissions, but not the immutable flag: no journal can be made beside the file
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available here")
    try:
        ids = type_labels(window, qtbot, LABELS[:3])
        window.actions_.undo.trigger()  # an undo while unsaved is kept too
        assert window.unsaved_banner.isVisible()
        assert [window.document.get(i).label.en for i in ids] == [*LABELS[:2], original]
        window.unsaved_banner.retry_button.click()
        assert window.unsaved_banner.isVisible()  # still protected: nothing is dropped
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    window.unsaved_banner.retry_button.click()
    assert not window.unsaved_banner.isVisible()
    assert file_state(path) == workshop_to_data(window.document.workshop)
    assert labels_in_file(path, ids) == [*LABELS[:2], original]


def test_a_later_edit_writes_the_waiting_ones_first(window, qtbot, monkeypatch):
    break_writes(monkeypatch, window.file, "update")
    ids = type_labels(window, qtbot, LABELS[:2])
    assert window.unsaved_banner.isVisible()
    monkeypatch.undo()
    third = phases(window)[0].cards[2].id
    assert window.canvas_edits.rename(third, LABELS[2])
    assert not window.unsaved_banner.isVisible()
    assert labels_in_file(window.file.path, [*ids, third]) == LABELS[:3]


@pytest.mark.parametrize("fault", ["moved", "deleted", "replaced"])
def test_a_file_taken_away_under_the_window_is_noticed_and_the_edits_go_to_a_copy(
    window, qtbot, monkeypatch, tmp_path, fault
):
    path = window.file.path
    first = phases(window)[0].cards[0].id
    assert window.canvas_edits.rename(first, "Written before")
    elsewhere = tmp_path / "moved.shoppermap"
    if fault == "moved":
        os.rename(path, elsewhere)
    elif fault == "deleted":
        path.unlink()
    else:  # a sync client puts its own version in place
        other = tmp_path / "their.shoppermap"
        make_file(other, title="Their version")[0].close()
        os.replace(other, path)
    ids = type_labels(window, qtbot, LABELS[:3])
    banner = window.unsaved_banner
    assert banner.isVisible() and "moved, renamed, deleted or replaced" in banner.label.text()
    if fault == "moved":  # the edits did not slip into the moved file either
        moved = labels_in_file(elsewhere, ids)
        assert moved[0] == "Written before" and not set(LABELS) & set(moved)
    if fault == "replaced":
        assert file_state(path)["workshop"]["title"] == "Their version"
    copy = tmp_path / "rescued.shoppermap"
    choose_save_path(monkeypatch, copy)
    banner.save_copy_button.click()
    assert labels_in_file(copy, ids) == LABELS[:3]
    assert window.file.path == copy
    assert not banner.isVisible()
    # the window goes on editing the copy
    assert window.canvas_edits.rename(ids[0], "After the copy")
    assert labels_in_file(copy, ids)[0] == "After the copy"


@pytest.mark.parametrize("fault", ["removed", "taken over"])
def test_a_lock_lost_under_the_window_stops_writing_and_the_edits_go_to_a_copy(
    window, qtbot, monkeypatch, tmp_path, fault
):
    path = window.file.path
    lock_file = lock_file_of(path)
    assert lock_file.exists()
    lock_file.unlink()  # a sync client or a tidy user removed the hidden file
    other = None
    if fault == "taken over":  # and a ShopperMap on another laptop (its own user folder) took it
        other = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import sys; from shoppermap.storage.lock import WorkshopLock; "
                "lock = WorkshopLock.acquire(sys.argv[1]); print('held', flush=True); sys.stdin.read()",
                str(path),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO), "SHOPPERMAP_HOME": str(tmp_path / "laptop-2")},
        )
        assert other.stdout.readline().strip() == "held"
    try:
        ids = type_labels(window, qtbot, LABELS[:2])
        banner = window.unsaved_banner
        assert banner.isVisible() and "lock" in banner.label.text() and "\n" not in banner.label.text()
        assert not set(LABELS) & set(labels_in_file(path, ids))  # nothing written behind the new holder
    finally:
        if other is not None:
            other.communicate("", timeout=30)
    copy = tmp_path / "rescued.shoppermap"
    choose_save_path(monkeypatch, copy)
    banner.save_copy_button.click()
    assert labels_in_file(copy, ids) == LABELS[:2]
    assert not banner.isVisible()


def test_save_a_copy_onto_the_open_file_is_refused_and_saving_goes_on(window, monkeypatch):
    said = capture_warnings(monkeypatch)
    choose_save_path(monkeypatch, window.file.path)
    window.actions_.save_copy.trigger()
    assert len(said) == 1 and "open here" in said[0] and "\n" not in said[0]
    card = phases(window)[0].cards[0].id
    assert window.canvas_edits.rename(card, "Still saved")
    assert labels_in_file(window.file.path, [card]) == ["Still saved"]
    assert not window.unsaved_banner.isVisible()


def test_save_a_copy_onto_a_workshop_open_in_another_program_is_refused(window, monkeypatch, tmp_path):
    other = tmp_path / "other.shoppermap"
    make_file(other, title="Other team")[0].close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from shoppermap.storage.lock import WorkshopLock; "
            "lock = WorkshopLock.acquire(sys.argv[1]); print('held', flush=True); sys.stdin.read()",
            str(other),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        said = capture_warnings(monkeypatch)
        choose_save_path(monkeypatch, other)
        window.actions_.save_copy.trigger()
    finally:
        holder.communicate("", timeout=30)
    assert len(said) == 1 and "open in another window or program" in said[0]
    assert file_state(other)["workshop"]["title"] == "Other team"
    card = phases(window)[0].cards[0].id
    assert window.canvas_edits.rename(card, "Still saved")
    assert labels_in_file(window.file.path, [card]) == ["Still saved"]


def test_save_a_copy_while_edits_wait_writes_them_all_to_the_copy(window, qtbot, monkeypatch, tmp_path):
    break_writes(monkeypatch, window.file, "update")
    ids = type_labels(window, qtbot, LABELS[:4])
    original = window.file.path
    copy = tmp_path / "copy.shoppermap"
    choose_save_path(monkeypatch, copy)
    window.actions_.save_copy.trigger()
    assert window.file.path == copy
    assert labels_in_file(copy, ids) == LABELS[:4]
    assert LABELS[0] not in labels_in_file(original, ids)
    assert not window.unsaved_banner.isVisible()


def test_closing_with_edits_waiting_asks_and_cancel_keeps_the_window(window, qtbot, monkeypatch):
    break_writes(monkeypatch, window.file, "update")
    ids = type_labels(window, qtbot, LABELS[:2])
    asked = []
    monkeypatch.setattr(window, "ask_about_unsaved", lambda: asked.append(1) or "cancel")
    window.close()
    assert asked and window.isVisible()
    assert [window.document.get(i).label.en for i in ids] == LABELS[:2]
    monkeypatch.setattr(window, "ask_about_unsaved", lambda: "discard")  # the test may end now


def test_closing_with_edits_waiting_offers_save_a_copy(window, qtbot, monkeypatch, tmp_path):
    break_writes(monkeypatch, window.file, "update")
    ids = type_labels(window, qtbot, LABELS[:2])
    copy = tmp_path / "kept.shoppermap"
    choose_save_path(monkeypatch, copy)
    monkeypatch.setattr(MainWindow, "ask_about_unsaved", ASK)  # the real question, answered by a click

    def press_save_a_copy() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text().startswith("Save a Copy")).click()

    QTimer.singleShot(100, press_save_a_copy)
    window.close()
    assert not window.isVisible()
    assert labels_in_file(copy, ids) == LABELS[:2]


def test_opening_another_workshop_with_edits_waiting_asks_first(window, qtbot, monkeypatch, tmp_path):
    break_writes(monkeypatch, window.file, "update")
    type_labels(window, qtbot, LABELS[:1])
    other = tmp_path / f"{uuid.uuid4().hex}.shoppermap"
    make_file(other)[0].close()
    monkeypatch.setattr(window, "ask_about_unsaved", lambda: "cancel")
    assert not window.open_path(other)
    assert window.document.get(phases(window)[0].cards[0].id).label.en == LABELS[0]
    monkeypatch.setattr(window, "ask_about_unsaved", lambda: "discard")
