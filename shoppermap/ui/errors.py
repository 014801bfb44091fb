"""Unexpected exceptions in the GUI: written to a log file and shown in a dialog; the work goes on.

PySide hands an exception raised in a slot or a Qt override to `sys.excepthook` and carries on
with the event loop, so a hook that only reports keeps the window alive. Every edit is already in
the workshop file, so the message can honestly say nothing was lost.

The log is `<user data>/logs/shoppermap.log`, rotated at 1 MB, and also takes the package's
warnings (a cleared lock, a failed backup), which is what support asks for next. The file and its
folder appear only when there is something to write.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMessageBox, QWidget

from .. import APP_NAME
from ..domain.document import Kind
from ..paths import user_data_dir
from ..storage import WorkshopFileError
from ..storage.workshop_file import SUFFIX

log = logging.getLogger(__name__)

LOGS_FOLDER = "logs"
LOG_NAME = "shoppermap.log"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
PACKAGE_LOGGER = "shoppermap"


# lupdate reads these literal calls; a helper taking the text as a variable would hide them
translate = QCoreApplication.translate


def log_path() -> Path:
    """The log file (it exists only once something has gone wrong or been warned about)."""
    return user_data_dir() / LOGS_FOLDER / LOG_NAME


class LogFileHandler(RotatingFileHandler):
    """A rotating UTF-8 log that creates its folder on the first record.

    When the file cannot be written (a read-only home), it says so once on stderr and stops
    trying, so a broken log never turns one problem into a stream of them.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True)
        self.setLevel(logging.WARNING)
        self.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s [pid %(process)d]: %(message)s")
        )
        self.failed = False

    def _open(self):
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def emit(self, record: logging.LogRecord) -> None:
        if not self.failed:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        self.failed = True
        with contextlib.suppress(Exception):
            sys.stderr.write(f"shoppermap: cannot write the log {self.baseFilename}\n")


class ExceptionHook(QObject):
    """The installed hook: logs every unexpected exception and shows at most one dialog at a time.

    `shown` counts dialogs opened; `logged_only` counts exceptions that were logged without a
    dialog (one was already open, or the same problem had been shown before).
    """

    _report = Signal(str, str)  # where it happened (to spot repeats), the traceback

    def __init__(self, target: QObject | None) -> None:
        super().__init__()
        self.target = target
        self.handler = LogFileHandler(log_path())
        self.shown = 0
        self.logged_only = 0
        self.dialog: QMessageBox | None = None
        self._seen: set[str] = set()
        self._dialogs_broken = False
        self._inside = threading.local()
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        # queued even from the GUI thread: the dialog never opens inside the slot that failed
        self._report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Become sys.excepthook and threading.excepthook, and start the log file."""
        logging.getLogger(PACKAGE_LOGGER).addHandler(self.handler)
        sys.excepthook = self.handle
        threading.excepthook = self.handle_thread

    def uninstall(self) -> None:
        """Put the previous hooks back and close the log file."""
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.handle_thread:
            threading.excepthook = self._previous_thread_hook
        logging.getLogger(PACKAGE_LOGGER).removeHandler(self.handler)
        self.handler.close()

    # --- receiving -----------------------------------------------------------------------

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
        *,
        thread_name: str | None = None,
    ) -> None:
        """Log an exception and ask for the dialog; never raises."""
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            self._previous_hook(exc_type, exc, tb)  # Ctrl+C in a terminal keeps its usual meaning
            return
        if getattr(self._inside, "active", False):
            # the hook itself failed while reporting: Python's own printing is all that is safe
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._inside.active = True
        try:
            where = f" in thread {thread_name}" if thread_name else ""
            log.error("unexpected error%s: %s", where, _summary(exc_type, exc), exc_info=(exc_type, exc, tb))
            details = "".join(traceback.format_exception(exc_type, exc, tb))
            self._report.emit(_signature(exc_type, tb), details)
        except Exception:
            with contextlib.suppress(Exception):
                sys.__excepthook__(exc_type, exc, tb)
        finally:
            self._inside.active = False

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        """threading.excepthook: the same, naming the thread; the dialog opens in the GUI thread."""
        if args.exc_type is SystemExit:
            return  # how a thread quietly ends, as Python's own hook treats it
        name = args.thread.name if args.thread is not None else "?"
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, thread_name=name)

    # --- showing -------------------------------------------------------------------------

    def _show(self, signature: str, details: str) -> None:
        if self.dialog is not None or self._dialogs_broken:
            self.logged_only += 1  # a flood: the first dialog is enough, the rest is in the log
            return
        if signature in self._seen:
            self.logged_only += 1
            self._say_again()
            return
        self._seen.add(signature)
        try:
            self.dialog = self._make_dialog(details)
            self.dialog.finished.connect(self._closed)
            self.shown += 1
            self.dialog.open()
        except Exception:
            # an exception inside the dialog must not call this hook back in a loop
            self._dialogs_broken = True
            self.dialog = None
            log.exception("cannot show the error dialog; later errors go to the log only")

    def _make_dialog(self, details: str) -> QMessageBox:
        box = QMessageBox(self._parent())
        box.setObjectName("unexpected-error")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(APP_NAME)
        box.setText(
            translate(
                "Errors",
                "Something went wrong, but your work is safe: every change is already saved in the workshop file.",
            )
        )
        box.setInformativeText(
            translate("Errors", "You can carry on working. The details were written to {0}").format(
                log_path()
            )
        )
        box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return box

    def _closed(self, _result: int = 0) -> None:
        self.dialog = None

    def _parent(self) -> QWidget | None:
        target = self.target
        if isinstance(target, QWidget) and shiboken6.isValid(target) and target.isVisible():
            return target
        return QApplication.activeWindow()

    def _say_again(self) -> None:
        window = self._parent()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                translate("Errors", "The same problem happened again; it is in the log."), 8000
            )


def offer_recovery(parent: QWidget | None, path: Path, message: str) -> Path | None:
    """The dialog for a workshop that failed to open as damaged; returns a workshop to open instead.

    It offers to recover what can be read into a new workshop, and, when one opens cleanly, to
    restore this workshop's latest good backup as a copy beside it (the backup itself stays as
    it is). None when the user closes the dialog or the offer fails (which it says).
    """
    from ..storage.backups import BackupError, restore_backup, suggested_restore_path
    from ..storage.lock import WorkshopLockedError
    from ..storage.recover import latest_good_backup, recover

    backup = latest_good_backup(path)
    box = QMessageBox(parent)
    box.setObjectName("damaged-workshop")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setText(translate("Errors", "Cannot open the workshop: the file is damaged."))
    box.setInformativeText(message)
    recover_button = box.addButton(
        translate("Errors", "Recover into a new workshop…"), QMessageBox.ButtonRole.ActionRole
    )
    backup_button = None
    if backup is not None:
        backup_button = box.addButton(
            translate("Errors", "Open the latest backup"), QMessageBox.ButtonRole.ActionRole
        )
        backup_button.setToolTip(
            translate("Errors", "The backup of {0}, restored as a new workshop beside this one").format(
                backup.taken_at.strftime("%Y-%m-%d %H:%M")
            )
        )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    clicked = box.clickedButton()
    try:
        if clicked is recover_button:
            return _recover_into_new(parent, path, recover)
        if backup is not None and clicked is backup_button:
            return restore_backup(backup.path, suggested_restore_path(path, backup))
    except (WorkshopFileError, WorkshopLockedError, BackupError, OSError) as exc:
        QMessageBox.warning(parent, APP_NAME, translate("Errors", "Cannot do that.\n\n{0}").format(exc))
    return None


def _recover_into_new(parent: QWidget | None, path: Path, recover) -> Path | None:
    suggestion = path.with_name(path.stem + " " + translate("Errors", "(recovered)") + SUFFIX)
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Errors", "Recover into a new workshop"),
        str(suggestion),
        translate("Errors", "ShopperMap workshops (*.shoppermap)"),
    )
    if not chosen:
        return None
    target = Path(chosen if chosen.endswith(SUFFIX) else chosen + SUFFIX)
    salvage = recover(path, target)
    back, lost = salvage.recovered, salvage.lost
    text = translate(
        "Errors",
        "Recovered into {0}: {1} cards, {2} opportunities and {3} gaps came back; "
        "{4} cards, {5} opportunities and {6} gaps were lost.",
    ).format(
        target.name,
        back[Kind.CARD],
        back[Kind.OPPORTUNITY],
        back[Kind.GAP],
        lost[Kind.CARD],
        lost[Kind.OPPORTUNITY],
        lost[Kind.GAP],
    )
    if salvage.unreadable:
        text += " " + translate("Errors", "Some rows on damaged pages could not be counted.")
    QMessageBox.information(parent, APP_NAME, text)
    return target


def _summary(exc_type: type[BaseException], exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{exc_type.__name__}: {text}" if text else exc_type.__name__


def _signature(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """The kind of error and the line that raised it: the same bug in a paint loop repeats this."""
    frames = traceback.extract_tb(tb) if tb is not None else []
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""
    return f"{exc_type.__module__}.{exc_type.__qualname__}@{where}"


_installed: ExceptionHook | None = None


def install_exception_hook(app_or_window: QObject | None = None) -> ExceptionHook:
    """Report unexpected exceptions (GUI and other threads) in a dialog over `app_or_window`.

    With an application (or None) the dialog opens over the active window. Installing again
    replaces the earlier hook. Returns the hook (its uninstall() undoes this).
    """
    global _installed
    if _installed is not None:
        _installed.uninstall()
    _installed = ExceptionHook(app_or_window)
    _installed.install()
    return _installed


def uninstall_exception_hook() -> None:
    """Remove the hook installed by install_exception_hook (nothing happens when there is none)."""
    global _installed
    if _installed is not None:
        _installed.uninstall()
        _installed = None


def install(window: QWidget) -> ExceptionHook:
    """Wire the exception hook to the main window (called once by app.run, not by tests' windows)."""
    return install_exception_hook(window)
