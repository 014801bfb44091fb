"""Unexpected exceptions in the GUI: logged with the traceback, shown once, and the work goes on."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from shoppermap.storage import WorkshopFile
from shoppermap.ui.errors import install_exception_hook, log_path, uninstall_exception_hook

# pytest-qt would otherwise take the exceptions raised in slots for itself and fail the test
pytestmark = pytest.mark.qt_no_exception_capture

SAFE = "Something went wrong, but your work is safe: every change is already saved in the workshop file."


@pytest.fixture
def hook(window):
    installed = install_exception_hook(window)
    yield installed
    uninstall_exception_hook()


@pytest.fixture
def dialogs(monkeypatch):
    """Message boxes the hook opens, recorded instead of shown."""
    opened: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: opened.append(box))
    return opened


def add_button(window, text: str, slot) -> QPushButton:
    button = QPushButton(text)
    window.statusBar().addWidget(button)
    button.clicked.connect(slot)
    return button


def first_card(window):
    return window.document.workshop.journeys[0].stages[0].phases[0].cards[0]


def stored_label(path, card_id: str) -> str:
    """A card's English label and the integrity check, read with a fresh connection."""
    file, workshop = WorkshopFile.open(path, read_only=True)
    try:
        assert file.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        cards = [c for j in workshop.journeys for s in j.stages for p in s.phases for c in p.cards]
        return next(c.label.en for c in cards if c.id == card_id)
    finally:
        file.close()


def test_an_exception_in_a_slot_is_logged_and_shown_and_the_work_goes_on(window, hook, dialogs, qtbot):
    card = first_card(window)

    def rename_then_fail():
        window.canvas_edits.rename(card.id, "Shelf wobbler")
        raise RuntimeError("broken slot 🥨")

    button = add_button(window, "Break", rename_then_fail)
    assert not log_path().exists()  # the log appears only when there is something in it
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialogs) == 1)

    logged = log_path().read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "in rename_then_fail" in logged and "RuntimeError: broken slot 🥨" in logged
    box = dialogs[0]
    assert box.text() == SAFE
    assert box.icon() == QMessageBox.Icon.Warning
    assert "RuntimeError: broken slot 🥨" in box.detailedText() and "rename_then_fail" in box.detailedText()
    assert str(log_path()) in box.informativeText()
    assert box.parent() is window

    # the window lives on, edits and undoes, and the file holds every edit made
    assert window.isVisible() and window.file is not None
    assert window.canvas_edits.rename(card.id, "Shelf wobbler XL")
    window.stack.undo()
    assert stored_label(window.file.path, card.id) == "Shelf wobbler"
    window.stack.redo()
    assert stored_label(window.file.path, card.id) == "Shelf wobbler XL"


def test_the_real_dialog_shows_the_details_and_closes(window, hook, qtbot):
    button = add_button(window, "Break", lambda: {}["missing key"])
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    box = window.findChild(QMessageBox, "unexpected-error")
    assert box is hook.dialog and box.text() == SAFE
    assert box.windowModality() == Qt.WindowModality.WindowModal  # a sheet over the window, no nested loop
    assert "KeyError: 'missing key'" in box.detailedText()
    details = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole)
    assert details.text().startswith("Show Details")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hook.dialog is None)
    assert window.isVisible() and hook.shown == 1


def test_a_flood_gives_one_dialog_and_every_traceback_in_the_log(window, hook, dialogs, qtbot):
    def fail():
        raise ValueError("again and again")

    button = add_button(window, "Break", fail)
    other = add_button(window, "Other", lambda: 1 / 0)
    for _ in range(5):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton)  # a different problem, while the dialog is open
    qtbot.waitUntil(lambda: hook.logged_only == 5)
    assert len(dialogs) == 1 and "ValueError" in dialogs[0].detailedText()
    logged = log_path().read_text(encoding="utf-8")
    assert logged.count("ValueError: again and again") == 2 * 5  # the summary line and the traceback
    assert "ZeroDivisionError" in logged

    # once closed, a new problem gets a dialog; the same one again only a status-bar line
    dialogs[0].done(0)
    assert hook.dialog is None
    third = add_button(window, "Third", lambda: int("twelve"))
    qtbot.mouseClick(third, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialogs) == 2)
    assert "invalid literal for int()" in dialogs[1].detailedText()
    dialogs[1].done(0)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hook.logged_only == 6)
    assert len(dialogs) == 2
    assert "happened again" in window.statusBar().currentMessage()


def test_an_exception_in_a_paint_override_shows_one_dialog_not_one_per_repaint(window, hook, dialogs, qtbot):
    class Broken(QWidget):
        def paintEvent(self, event):
            raise RuntimeError("cannot paint")

    broken = Broken()
    broken.setMinimumSize(24, 16)
    window.statusBar().addWidget(broken)
    for _ in range(4):
        broken.update()
        qtbot.wait(20)
    qtbot.waitUntil(lambda: log_path().exists() and "cannot paint" in log_path().read_text(encoding="utf-8"))
    qtbot.waitUntil(lambda: len(dialogs) == 1)
    dialogs[0].done(0)
    broken.update()
    qtbot.wait(50)
    assert len(dialogs) == 1  # the same line failing again is not shown again
    assert window.isVisible()


def test_an_exception_inside_the_dialog_does_not_loop(window, hook, monkeypatch, qtbot):
    attempts = []

    def broken_open(box):
        attempts.append(box)
        raise RuntimeError("the dialog itself fails")

    monkeypatch.setattr(QMessageBox, "open", broken_open)
    button = add_button(window, "Break", lambda: [][1])
    other = add_button(window, "Other", lambda: {}["x"])
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot show the error dialog" in log_path().read_text(encoding="utf-8"))
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton)  # a new problem: logged, no second try
    qtbot.waitUntil(lambda: hook.logged_only == 1)
    logged = log_path().read_text(encoding="utf-8")
    assert "the dialog itself fails" in logged and "IndexError: list index out of range" in logged
    assert "KeyError: 'x'" in logged
    assert len(attempts) == 1 and hook.dialog is None
    assert window.isVisible()


def test_an_exception_in_another_thread_is_shown_from_the_gui_thread(window, hook, monkeypatch, qtbot):
    opened_in = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: opened_in.append(QThread.currentThread()))

    def work():
        raise OSError("disk unplugged")

    worker = threading.Thread(target=work, name="exporter")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(opened_in) == 1)
    assert opened_in == [QCoreApplication.instance().thread()]
    logged = log_path().read_text(encoding="utf-8")
    assert "unexpected error in thread exporter: OSError: disk unplugged" in logged and "in work" in logged


def test_the_log_takes_package_warnings_too_and_rotates(window, hook):
    assert log_path().parent.name == "logs" and log_path().name == "shoppermap.log"
    logging.getLogger("shoppermap.storage.lock").warning("cleared a lock left by pid 4242")
    hook.handler.flush()
    assert "cleared a lock left by pid 4242" in log_path().read_text(encoding="utf-8")
    assert hook.handler.maxBytes == 1_000_000 and hook.handler.backupCount == 3


def test_an_unwritable_log_still_shows_the_dialog(window, dialogs, qtbot, monkeypatch, tmp_path, capfd):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the user data folder should be")
    monkeypatch.setenv("SHOPPERMAP_HOME", str(blocker / "data"))
    hook = install_exception_hook(QApplication.instance())
    try:
        button = add_button(window, "Break", lambda: 1 / 0)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(dialogs) == 1)
        assert hook.handler.failed
        assert "cannot write the log" in capfd.readouterr().err
    finally:
        uninstall_exception_hook()


def test_uninstall_restores_the_previous_hooks(window):
    before, before_thread = sys.excepthook, threading.excepthook
    hook = install_exception_hook(window)
    assert sys.excepthook == hook.handle and threading.excepthook == hook.handle_thread
    uninstall_exception_hook()
    assert sys.excepthook is before and threading.excepthook is before_thread
    assert hook.handler not in logging.getLogger("shoppermap").handlers


def test_an_exception_while_reporting_falls_back_to_python_printing(
    window, hook, dialogs, monkeypatch, qtbot
):
    printed = []
    monkeypatch.setattr(sys, "__excepthook__", lambda t, v, tb: printed.append(t))

    class Reentering(logging.Handler):
        """A log handler that fails in a way that calls the hook again, as a broken widget might."""

        def emit(self, record):
            if record.exc_info and record.exc_info[0] is RuntimeError:
                try:
                    raise LookupError("while reporting")
                except LookupError:
                    sys.excepthook(*sys.exc_info())

    reentering = Reentering()
    logging.getLogger("shoppermap").addHandler(reentering)
    try:
        hook.handle(RuntimeError, RuntimeError("first"), None)
    finally:
        logging.getLogger("shoppermap").removeHandler(reentering)
    qtbot.waitUntil(lambda: len(dialogs) == 1)
    assert printed == [LookupError]
    assert "RuntimeError: first" in dialogs[0].detailedText()
