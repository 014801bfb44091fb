"""Nothing typed is lost on the way out: closing, quitting, opening another workshop, a signal from
the system (logout, shutdown, Ctrl+C) or the end of the desktop session all keep what is typed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest
from PySide6.QtTest import QTest

from shoppermap.storage import WorkshopFile
from shoppermap.ui.shutdown import commit_all_typing

from ..conftest import REPO
from ..helpers import make_file
from .shutdown_child import TYPED
from .test_edit_gateway import phases
from .test_unsaved_state import labels_in_file


def type_in_place(window, text: str) -> str:
    """Open the canvas label editor on the first card and type `text` (no Enter); the card's id."""
    card = phases(window)[0].cards[0]
    window.view.edit_label(window.current_scene().cards[card.id])
    editor = window.view.inline_editor()
    editor.selectAll()
    QTest.keyClicks(editor, text)
    return card.id


def test_closing_the_window_keeps_the_label_being_typed_in_place(window):
    path = window.file.path
    card = type_in_place(window, "Typed before closing")
    window.close()
    assert labels_in_file(path, [card]) == ["Typed before closing"]


def test_quit_keeps_the_label_being_typed_in_place(window):
    path = window.file.path
    card = type_in_place(window, "Typed before quitting")
    window.actions_.quit.trigger()
    assert labels_in_file(path, [card]) == ["Typed before quitting"]


def test_opening_another_workshop_keeps_the_label_being_typed_in_place(window, tmp_path):
    path = window.file.path
    card = type_in_place(window, "Typed before opening another")
    other = tmp_path / "other.shoppermap"
    make_file(other)[0].close()
    assert window.open_path(other)
    assert labels_in_file(path, [card]) == ["Typed before opening another"]


def test_the_end_of_the_desktop_session_commits_the_text_being_typed(window):
    card = type_in_place(window, "Typed at logout")
    commit_all_typing()  # what QGuiApplication.commitDataRequest runs
    assert labels_in_file(window.file.path, [card]) == ["Typed at logout"]
    assert window.isVisible()


def run_child(tmp_path, mode: str):
    path = tmp_path / "workshop.shoppermap"
    make_file(path)[0].close()
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "SHOPPERMAP_HOME": str(tmp_path / "home"),
    }
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.shutdown_child", str(path), str(tmp_path / "s.ini"), mode],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = child.stdout.readline().strip()
    if line != "ready":
        child.kill()
        pytest.fail(f"the child did not start: {line} {child.stderr.read()}")
    return child, path


SIGNALS = [s for s in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, s)]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("name", SIGNALS)
@pytest.mark.parametrize("mode", ["inline", "field"])
def test_a_quit_signal_commits_the_text_being_typed_and_quits_cleanly(tmp_path, name, mode):
    child, path = run_child(tmp_path, mode)
    child.send_signal(getattr(signal, name))
    _out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err

    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    assert workshop.journeys[0].stages[0].phases[0].cards[0].label.en == TYPED


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_quit_signal_with_edits_the_file_refused_saves_them_to_the_rescue_folder(tmp_path):
    child, _path = run_child(tmp_path, "pending")
    child.send_signal(signal.SIGTERM)
    _out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    rescued = list((tmp_path / "home" / "rescued").glob("*.shoppermap"))
    assert len(rescued) == 1
    from shoppermap.storage import WorkshopFile

    file, workshop = WorkshopFile.open(rescued[0], read_only=True)
    file.close()
    assert workshop.journeys[0].stages[0].phases[0].cards[0].label.en == TYPED
