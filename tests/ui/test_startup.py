"""What start-up leaves for later: the inspector's forms, and sqlite-utils loaded after the first paint."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

from PySide6.QtWidgets import QMainWindow

from shoppermap.ui import warm_up
from shoppermap.ui.inspector.card_form import CardForm

from ..conftest import REPO
from .mouse import click


def test_the_warm_up_runs_in_the_background_only_after_the_window_painted(qtbot, monkeypatch):
    calls: list[tuple[str, bool]] = []
    done = threading.Event()
    window = QMainWindow()
    qtbot.addWidget(window)
    painted: list[bool] = []
    window.paintEvent = lambda event: painted.append(True)

    def record() -> None:
        calls.append((threading.current_thread().name, bool(painted)))
        done.set()

    monkeypatch.setattr(warm_up, "_import_modules", record)
    warm_up.warm_up_after_first_paint(window)
    qtbot.wait(50)
    assert calls == []  # nothing before the window is shown and painted
    window.show()
    qtbot.waitUntil(done.is_set, timeout=5000)
    assert calls == [("warm-up", True)]


def test_the_first_paint_stamp_comes_after_the_paint_pass_not_before_it(qtbot):
    # the start-up benchmark's quit switch stamps through after_first_paint; a zero timer set at
    # show() would fire before the window had painted at all
    window = QMainWindow()
    qtbot.addWidget(window)
    painted: list[bool] = []
    window.paintEvent = lambda event: painted.append(True)
    stamps: list[int] = []
    warm_up.after_first_paint(window, lambda: stamps.append(len(painted)))
    qtbot.wait(20)
    assert stamps == []
    window.show()
    qtbot.waitUntil(lambda: bool(stamps), timeout=5000)
    window.update()
    qtbot.wait(50)
    assert stamps[0] >= 1 and len(stamps) == 1  # after a paint, and only once


def test_the_inspector_builds_its_forms_when_a_card_is_first_selected(window, qtbot):
    inspector = window.inspector
    assert not inspector.findChildren(CardForm)
    assert inspector.empty.isVisibleTo(inspector)
    card = window.document.workshop.journeys[0].stages[0].phases[0].cards[0]
    item = window.view.journey_scene().cards[card.id]
    click(window.view, item.sceneBoundingRect().center())
    assert len(inspector.findChildren(CardForm)) == 1
    assert inspector.card_form.isVisibleTo(inspector)
    assert inspector.title.text() == card.label.text(window.language)


WINDOW_ONLY_ITS_WARM_UP_HOLDS = """
import os, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMainWindow
from shoppermap.ui import warm_up
app = QApplication([])
started = []
warm_up._import_modules = lambda: started.append(True)

def show_and_forget():
    window = QMainWindow()
    warm_up.warm_up_after_first_paint(window)
    window.show()
    deadline = time.monotonic() + 10
    while not started and time.monotonic() < deadline:
        app.processEvents()

show_and_forget()
QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
app.processEvents()
print("alive" if started else "never started")
"""


def test_the_warm_up_never_destroys_its_window_from_inside_its_own_destructor():
    # the warm-up deletes its watcher after starting; if the watcher held the window's last
    # reference, the window went down inside the watcher's destructor and deleted it twice
    result = subprocess.run(
        [sys.executable, "-c", WINDOW_ONLY_ITS_WARM_UP_HOLDS],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert (result.returncode, result.stdout.strip()) == (0, "alive"), result.stderr[-2000:]
