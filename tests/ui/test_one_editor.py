"""One file, one editor: who has the workshop, and read-only, a copy or taking over; opening takes a backup."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from shoppermap.storage import WorkshopFile
from shoppermap.storage.backups import list_backups
from shoppermap.storage.lock import lock_file_of
from shoppermap.storage.lock_files import this_user
from shoppermap.ui import i18n
from shoppermap.ui.app import build_window

from ..conftest import REPO, run_cli
from ..folders import full_folder, read_only_folder
from ..helpers import library, make_file

HOLD_SESSION = """
import sys, time
from pathlib import Path
from shoppermap.session import WorkshopSession
session = WorkshopSession.open(Path(sys.argv[1]))
print("open", flush=True)
time.sleep(60)
"""


class Answers:
    """Clicks buttons of the modal dialogs to come, by their text, and keeps what each dialog said."""

    def __init__(self, *buttons: str) -> None:
        self.buttons = list(buttons)
        self.seen: list[dict] = []
        QTimer.singleShot(0, self._press)

    def _press(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QMessageBox):
            QTimer.singleShot(10, self._press)
            return
        labels = [b.text() for b in dialog.buttons()]
        self.seen.append({"text": dialog.text(), "info": dialog.informativeText(), "buttons": labels})
        wanted = self.buttons.pop(0)
        (button,) = [b for b in dialog.buttons() if b.text().replace("&", "") == wanted]
        button.click()
        if self.buttons:
            QTimer.singleShot(0, self._press)


@pytest.fixture
def second_window(qtbot, settings):
    window = build_window(library(), settings=settings)
    qtbot.addWidget(window)
    yield window
    window.close()


@pytest.fixture
def workshop(tmp_path):
    path = tmp_path / "Workshop.shoppermap"
    file, _ = make_file(path)
    file.close()
    return path


@pytest.fixture
def other_editor(workshop):
    """Another ShopperMap process with the workshop open for editing."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_SESSION, str(workshop)], env=env, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout.readline() == "open\n"
    yield process
    process.kill()
    process.wait()


def lock_from_another_computer(workshop) -> None:
    """The lock file a ShopperMap on Anna's laptop left beside the workshop (on a shared drive)."""
    since = dt.datetime(2026, 3, 1, 9, 5).astimezone().isoformat()
    data = {
        "app": "ShopperMap",
        "version": "1.0",
        "user": "anna",
        "host": "laptop-anny",
        "pid": 77,
        "since": since,
    }
    lock_file_of(workshop).write_text(json.dumps(data), encoding="utf-8")


def hidden_cards(path) -> list[str]:
    """The ids of the hidden cards, read from the file with a fresh connection."""
    file, _workshop = WorkshopFile.open(path, read_only=True)
    try:
        return [row[0] for row in file.conn.execute("SELECT id FROM cards WHERE hidden")]
    finally:
        file.close()


def test_a_second_window_is_offered_read_only_and_writes_nothing(window, qtbot, second_window):
    path = window.file.path
    answers = Answers("Open Read-Only")
    assert second_window.open_path(path)
    (said,) = answers.seen
    assert said["text"] == "“workshop.shoppermap” is already open in another ShopperMap window."
    assert "Take Over…" not in [b.replace("&", "") for b in said["buttons"]]
    assert second_window.file.read_only and second_window.banner.isVisibleTo(second_window)
    assert not second_window.actions_.delete.isEnabled()
    second_window.close_workshop()
    # the first window still edits, and after it closes the file can be opened for editing again
    card = window.document.workshop.journeys[0].stages[0].phases[0].cards[0]
    window.current_scene().select_cards([card.id])
    window.actions_.delete.trigger()
    assert window.document.get(card.id).hidden
    window.close_workshop()
    assert second_window.open_path(path) and not second_window.file.read_only


def test_a_second_window_that_declines_keeps_its_own_workshop(window, second_window):
    Answers("Cancel")
    assert not second_window.open_path(window.file.path)
    assert second_window.file is None


def test_another_process_is_named_by_user_computer_and_time_without_a_pid(
    workshop, other_editor, second_window, monkeypatch, tmp_path
):
    copy = tmp_path / "copies" / "My copy.shoppermap"
    copy.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(copy), "")))
    answers = Answers("Open a Copy…")
    assert second_window.open_path(workshop)
    (said,) = answers.seen
    assert said["text"].startswith(
        f"“Workshop.shoppermap” is being edited by {this_user()} on the computer “{socket.gethostname()}” since today at "
    )
    assert str(other_editor.pid) not in said["text"] + said["info"]
    assert sorted(b.replace("&", "") for b in said["buttons"]) == ["Cancel", "Open Read-Only", "Open a Copy…"]
    # the copy is a workshop of its own, edited here; the original is only read
    assert second_window.file.path == copy and not second_window.file.read_only
    card = second_window.document.workshop.journeys[0].stages[0].phases[0].cards[0]
    second_window.current_scene().select_cards([card.id])
    second_window.actions_.delete.trigger()
    assert hidden_cards(copy) == [card.id]
    assert hidden_cards(workshop) == []
    assert json.loads(lock_file_of(workshop).read_text(encoding="utf-8"))["pid"] == other_editor.pid


def test_a_lock_from_another_computer_can_be_taken_over_after_a_confirmation(workshop, second_window):
    lock_from_another_computer(workshop)
    answers = Answers("Take Over…", "Cancel")
    assert not second_window.open_path(workshop)
    first, confirmation = answers.seen
    assert first["text"].startswith(
        "“Workshop.shoppermap” is being edited by anna on the computer “laptop-anny” since "
    )
    assert "cannot tell" in first["info"]
    assert confirmation["text"] == "Take over “Workshop.shoppermap” from anna on “laptop-anny”?"
    assert (
        json.loads(lock_file_of(workshop).read_text(encoding="utf-8"))["host"] == "laptop-anny"
    )  # untouched

    Answers("Take Over…", "Take Over")
    assert second_window.open_path(workshop)
    assert not second_window.file.read_only
    assert json.loads(lock_file_of(workshop).read_text(encoding="utf-8"))["host"] == socket.gethostname()


@pytest.fixture
def polish():
    app = QApplication.instance()
    locale = QLocale()
    i18n.install_translator(app, "pl")
    yield
    i18n.remove_translators(app)
    QLocale.setDefault(locale)


def test_the_lock_dialog_speaks_polish(workshop, polish, qtbot, settings):
    lock_from_another_computer(workshop)
    window = build_window(library(), settings=settings)
    qtbot.addWidget(window)
    answers = Answers("Anuluj")
    assert not window.open_path(workshop)
    (said,) = answers.seen
    assert (
        said["text"]
        == "Plik „Workshop.shoppermap” edytuje anna na komputerze „laptop-anny” od 1.03.2026 09:05."
    )
    assert "ShopperMap nie może" in said["info"]
    assert sorted(b.replace("&", "") for b in said["buttons"]) == [
        "Anuluj",
        "Otwórz kopię…",
        "Otwórz tylko do odczytu",
        "Przejmij…",
    ]
    window.close()


def test_a_full_user_folder_still_opens_for_editing_and_says_no_backup_was_made(
    workshop, second_window, tmp_path, monkeypatch
):
    with full_folder(tmp_path / "home") as home:
        monkeypatch.setenv("SHOPPERMAP_HOME", str(home))
        assert second_window.open_path(workshop)
        assert not second_window.file.read_only
        assert second_window.statusBar().currentMessage() == (
            "No backup copy could be made: the disk holding ShopperMap's user folder is full."
        )
        second_window.close_workshop()


def test_a_read_only_folder_opens_read_only_and_says_why(workshop, second_window, tmp_path):
    with read_only_folder(tmp_path / "media", holding=[workshop]) as media:
        assert second_window.open_path(media / workshop.name)
        assert second_window.file.read_only and second_window.banner.isVisibleTo(second_window)
        assert second_window.statusBar().currentMessage() == (
            "Opened read-only: this workshop's folder cannot be written (read-only or no permission)."
        )
        second_window.close_workshop()


def test_the_app_and_the_command_line_work_with_a_full_user_folder(workshop, tmp_path):
    with full_folder(tmp_path / "home") as home:
        env = {"SHOPPERMAP_HOME": str(home), "SHOPPERMAP_QUIT_AFTER_PAINT": "1"}
        started = run_cli(str(workshop), env=env)
        assert started.returncode == 0, started.stderr
        assert "painted" in started.stdout
        assert "cannot take a backup" in started.stderr
        checked = run_cli("check", str(workshop), env=env)
        assert checked.returncode == 0 and "integrity: ok" in checked.stdout
        exported = run_cli("export", str(workshop), "-o", str(tmp_path / "map.json"), env=env)
        assert exported.returncode == 0, exported.stderr
    assert not lock_file_of(workshop).exists()  # the app removed its lock on quitting


def test_opening_for_editing_takes_a_backup(window):
    backups = list_backups(window.file.path)
    assert len(backups) == 1
    assert backups[0].cards == 92
