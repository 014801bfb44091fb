"""Ending without losing what is typed: SIGTERM, SIGHUP, Ctrl+C and the session manager's end of session.

Python runs a signal handler only when the interpreter gets control, which it does not while Qt
waits for events. So the signal's number is written to a socket (signal.set_wakeup_fd) that a
QSocketNotifier watches: Qt wakes up, and the app commits the text being typed in every window,
then closes them, then quits. A workshop whose file refuses the pending edits is saved from
memory to the rescue folder, since no one is there to answer a question.
"""

from __future__ import annotations

import logging
import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

QUIT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)


def main_windows() -> list:
    """The app's open main windows (those that edit a workshop)."""
    return [w for w in QApplication.topLevelWidgets() if hasattr(w, "commit_typing")]


def commit_all_typing() -> None:
    """Commit the text being typed in every window, and try once more to write what waits."""
    for window in main_windows():
        try:
            window.commit_typing()
            window.retry_saving()
        except Exception:
            log.exception("text being typed could not be committed")


def quit_cleanly() -> None:
    """Commit what is typed, close every window without questions, then quit the app."""
    commit_all_typing()
    for window in main_windows():
        window.shutting_down = True
    QApplication.closeAllWindows()
    QApplication.quit()


class ShutdownWatch(QObject):
    """Turns quit signals and the end of the desktop session into a clean quit of the app."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        for number in QUIT_SIGNALS:
            # the handler itself does nothing: the wake-up byte carries the signal to Qt
            signal.signal(number, lambda *_args: None)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        app.commitDataRequest.connect(lambda _manager: commit_all_typing())

    def _woken(self) -> None:
        try:
            numbers = self._reader.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        received = [n for n in numbers if n in QUIT_SIGNALS]
        if received:
            log.info("quitting on signal %s", ", ".join(signal.Signals(n).name for n in received))
            quit_cleanly()


def watch_for_shutdown(app: QApplication) -> ShutdownWatch:
    """Quit cleanly, keeping what is typed, on SIGTERM, SIGHUP, SIGINT and the end of the session."""
    return ShutdownWatch(app)
