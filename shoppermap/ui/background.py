"""Work run off the GUI thread, with Python's cycle collector kept out of it.

The collector runs in whichever thread trips its allocation threshold. In a background thread it
finalizes whatever Qt objects sit in reference cycles at that moment, and a widget or timer
destroyed outside the GUI thread corrupts Qt's state: the crash comes later, anywhere in the event
loop. So while any background job runs, automatic collection is off, and it is switched back on
(and the garbage collected) from the GUI thread when the last job has finished.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

log = logging.getLogger(__name__)


class _Jobs(QObject):
    finished = Signal()

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.running = 0
        self.collector_was_enabled = True
        # emitted from the job's thread, delivered in the GUI thread, where this object lives
        self.finished.connect(self._one_finished)

    def start(self, target: Callable[[], None], name: str) -> threading.Thread:
        if self.running == 0:
            self.collector_was_enabled = gc.isenabled()
            gc.disable()
        self.running += 1
        # not a daemon: Python's exit waits for it, rather than tearing down Qt beneath a running job
        thread = threading.Thread(target=self._run, args=(target,), name=name)
        thread.start()
        return thread

    def _run(self, target: Callable[[], None]) -> None:
        try:
            target()
        except Exception:  # a job reports its own failures; this keeps the count right
            log.exception("background job failed")
        finally:
            with contextlib.suppress(RuntimeError):  # the application is gone: no one to tell
                self.finished.emit()

    def _one_finished(self) -> None:
        self.running -= 1
        if self.running == 0 and self.collector_was_enabled:
            gc.enable()
            gc.collect()


def run_in_background(target: Callable[[], None], *, name: str) -> threading.Thread:
    """Run `target` in a new thread; call from the GUI thread, with the application made."""
    app = QCoreApplication.instance()
    jobs = app.findChild(_Jobs) or _Jobs(app)
    return jobs.start(target, name)


def jobs_running() -> int:
    """How many background jobs have not finished yet (0 without an application)."""
    app = QCoreApplication.instance()
    jobs = app.findChild(_Jobs) if app is not None else None
    return jobs.running if jobs is not None else 0
