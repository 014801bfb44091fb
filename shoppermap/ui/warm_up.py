"""Once the window has painted, load in the background what the first edit will need.

Opening a workshop reads it with plain sqlite3; sqlite-utils, which writes every edit, is imported
here while the team looks at the map, so it is neither on the way to the first paint nor a pause
at the first drag. An import that the first edit asks for meanwhile simply waits for this one.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from .background import run_in_background

log = logging.getLogger(__name__)
MODULES = ("sqlite_utils",)


def _import_modules() -> None:
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # the edit that needs it will report the failure where it happens
            log.exception("could not load %s ahead of use", name)


class _AfterFirstPaint(QObject):
    # No Python reference to the window is kept: when this child's deleteLater runs, that
    # reference could be the window's last, and the window would then be destroyed from
    # inside its child's destructor, deleting the child a second time (a crash).
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.parent():
            watched.removeEventFilter(self)
            # a zero timer set from the paint event runs once the whole paint pass is done
            QTimer.singleShot(0, self._start)
        return False

    def _start(self) -> None:
        then, self._then = self._then, None
        self.deleteLater()
        then()


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Call `then` once `window` has painted for the first time and that paint pass is over."""
    _AfterFirstPaint(window, then)


def warm_up_after_first_paint(window: QWidget) -> None:
    """Start loading MODULES in a background thread right after `window` first paints."""
    after_first_paint(window, lambda: run_in_background(_import_modules, name="warm-up"))
