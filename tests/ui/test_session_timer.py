"""The session timer: set with the mouse and keys, run to its end (with short seconds), beep and flash."""

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shoppermap.ui.session_timer import SessionTimer, clock_text

LEFT = Qt.MouseButton.LeftButton
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def fast_seconds(monkeypatch):
    monkeypatch.setattr(SessionTimer, "SECOND_MS", 4)  # a minute in a quarter of a second


@pytest.fixture
def beeps(monkeypatch):
    calls = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: calls.append(1)))
    return calls


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def key(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, key, modifiers)


def test_clock_text_counts_a_started_second_whole():
    assert clock_text(600) == "10:00"
    assert clock_text(65.2) == "1:06"
    assert clock_text(0.1) == "0:01"
    assert clock_text(0) == "0:00"


def test_run_the_timer_to_its_end_in_presentation_mode(window, qtbot, fast_seconds, beeps):
    path = window.file.path
    before = digest(path)
    key(qtbot, window, Qt.Key.Key_F11)
    key(qtbot, window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    overlay = window.session_timer.overlay
    overlay._flasher.setInterval(20)
    assert overlay.isVisible()
    assert overlay.time_label.font().pixelSize() >= 120  # read from the back of the room
    spin = overlay.minutes
    qtbot.mouseClick(spin.lineEdit(), LEFT)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "2")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert overlay.time_label.text() == "2:00"
    qtbot.mouseClick(overlay.start_button, LEFT)
    assert window.session_timer.timer.running
    assert overlay.start_button.text() == "Pause"
    qtbot.mouseClick(overlay.add_button, LEFT)  # three minutes now
    with qtbot.waitSignal(window.session_timer.timer.finished, timeout=5000):
        pass
    assert overlay.time_label.text() == "0:00"
    assert overlay.end_label.isVisible()
    assert beeps
    qtbot.waitUntil(lambda: overlay.flashes_left == 0, timeout=10000)
    assert len(beeps) == 3
    assert overlay.start_button.text() == "Start"
    assert digest(path) == before  # the timer is no part of the workshop


def test_keys_start_pause_and_add_a_minute(window, qtbot):
    timer = window.session_timer.timer
    key(qtbot, window, Qt.Key.Key_T, CTRL_SHIFT)
    assert window.session_timer.overlay.isVisible() and timer.running
    key(qtbot, window, Qt.Key.Key_T, CTRL_SHIFT)
    assert not timer.running
    left = timer.left()
    key(qtbot, window, Qt.Key.Key_M, CTRL_SHIFT)
    assert timer.left() == pytest.approx(left + 60)
    qtbot.mouseClick(window.session_timer.overlay.close_button, LEFT)
    assert not window.session_timer.overlay.isVisible()
    assert not window.session_timer.show_action.isChecked()
