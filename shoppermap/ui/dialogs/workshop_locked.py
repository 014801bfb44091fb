"""Opening a workshop someone else edits: who has it, and read-only, a copy, or taking it over.

The holder is shown by name, computer and time in the user's language (no process ids: they
mean nothing to a consultant). Taking over is offered only when nobody here can know whether
the holder still has the file open (it is on another computer), and only after a confirmation
that says what goes wrong if it does. After opening, the window is told in one line what could
not be done: no backup (a full or read-only user folder), or no editing (a read-only folder).
"""

from __future__ import annotations

import datetime as dt
import logging
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QTime
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ... import APP_NAME
from ...paths import documents_dir
from ...session import WorkshopSession
from ...storage import WorkshopFile, WorkshopFileError
from ...storage.folder_problems import FolderProblem
from ...storage.lock import LockHolder, WorkshopLock, WorkshopLockedError
from ...workshops import SUFFIX, untitled_path
from ..i18n import interface_language, locale_for

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
NOTICE_MS = 30_000


class Choice(Enum):
    """What the user chose in the lock dialog."""

    CANCEL = "cancel"
    READ_ONLY = "read-only"
    COPY = "copy"
    TAKE_OVER = "take-over"


def when_text(since: dt.datetime, *, today: dt.date | None = None) -> str:
    """'today at 10:42' or the local date and time, in the interface's language."""
    locale = locale_for(interface_language())
    local = since.astimezone()
    time_text = locale.toString(QTime(local.hour, local.minute), locale.FormatType.ShortFormat)
    if local.date() == (today or dt.date.today()):
        return translate("WorkshopLockedDialog", "today at {0}").format(time_text)
    moment = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    return locale.toString(moment, locale.FormatType.ShortFormat)


class WorkshopLockedDialog(QMessageBox):
    """Says who edits the workshop and offers read-only, a copy, or (when unknowable) taking over."""

    def __init__(self, path: Path, error: WorkshopLockedError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setIcon(QMessageBox.Icon.Information)
        self.setText(self.holder_text(path.name, error))
        if error.can_take_over:
            self.setInformativeText(
                self.tr(
                    "ShopperMap cannot tell from here whether the workshop is still open on that computer. "
                    "If ShopperMap stopped there without closing it, you can take it over."
                )
            )
        else:
            self.setInformativeText(self.tr("You can open it read-only, or open a copy of it to edit."))
        self.read_only_button = self.addButton(self.tr("Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole)
        self.copy_button = self.addButton(self.tr("Open a &Copy…"), QMessageBox.ButtonRole.ActionRole)
        self.take_over_button = None
        if error.can_take_over:
            self.take_over_button = self.addButton(
                self.tr("&Take Over…"), QMessageBox.ButtonRole.DestructiveRole
            )
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.read_only_button)

    def holder_text(self, name: str, error: WorkshopLockedError) -> str:
        """The first sentence: whose the workshop is, where and since when."""
        holder = error.holder
        if error.in_this_process:
            return self.tr("“{0}” is already open in another ShopperMap window.").format(name)
        if holder is None:
            return self.tr("“{0}” is being opened by another ShopperMap right now.").format(name)
        when = when_text(holder.since)
        if holder.user:
            return self.tr("“{0}” is being edited by {1} on the computer “{2}” since {3}.").format(
                name, holder.user, holder.host, when
            )
        return self.tr("“{0}” is being edited on the computer “{1}” since {2}.").format(
            name, holder.host, when
        )

    def choose(self) -> Choice:
        """Show the dialog and return the choice."""
        self.exec()
        clicked = self.clickedButton()
        if clicked is self.read_only_button:
            return Choice.READ_ONLY
        if clicked is self.copy_button:
            return Choice.COPY
        if clicked is not None and clicked is self.take_over_button:
            return Choice.TAKE_OVER
        return Choice.CANCEL


def confirm_take_over(parent: QWidget | None, name: str, holder: LockHolder) -> bool:
    """Ask once more, saying what happens if the holder still edits the workshop."""
    box = QMessageBox(parent)
    box.setWindowTitle(APP_NAME)
    box.setIcon(QMessageBox.Icon.Warning)
    if holder.user:
        question = translate("WorkshopLockedDialog", "Take over “{0}” from {1} on “{2}”?").format(
            name, holder.user, holder.host
        )
    else:
        question = translate("WorkshopLockedDialog", "Take over “{0}” on “{1}”?").format(name, holder.host)
    box.setText(question)
    box.setInformativeText(
        translate(
            "WorkshopLockedDialog",
            "Do this only if ShopperMap no longer runs there. If it still does, you would both change "
            "the same file, and one of you would overwrite the other's work.",
        )
    )
    take = box.addButton(
        translate("WorkshopLockedDialog", "&Take Over"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    confirmed = box.clickedButton() is take
    box.deleteLater()
    return confirmed


def open_session(
    window: QWidget, path: Path, *, read_only: bool = False, quiet: bool = False
) -> WorkshopSession | None:
    """Open a workshop for `window`, asking what to do when someone else edits it.

    Returns None when the user (or `quiet`) declines. Raises WorkshopFileError or OSError when
    the file cannot be opened at all.
    """
    take_over = None
    while True:
        try:
            return WorkshopSession.open(path, read_only=read_only, take_over=take_over)
        except WorkshopLockedError as exc:
            if quiet:
                return None
            dialog = WorkshopLockedDialog(path, exc, window)
            choice = dialog.choose()
            dialog.deleteLater()
            if choice is Choice.READ_ONLY:
                return WorkshopSession.open(path, read_only=True)
            if choice is Choice.COPY:
                return _open_copy(window, path)
            if choice is Choice.TAKE_OVER and confirm_take_over(window, path.name, exc.holder):
                take_over = exc.holder  # asks again should the lock have changed meanwhile
                continue
            return None


def _open_copy(window: QWidget, path: Path) -> WorkshopSession | None:
    """Copy the workshop (read, never written) to a place the user picks, and open the copy."""
    stem = f"{path.stem} ({translate('WorkshopLockedDialog', 'copy')})"
    suggestion = untitled_path(documents_dir(), stem)
    chosen, _ = QFileDialog.getSaveFileName(
        window,
        translate("WorkshopLockedDialog", "Open a copy"),
        str(suggestion),
        translate("MainWindow", "ShopperMap workshops (*{0})").format(SUFFIX),
    )
    if not chosen:
        return None
    copy = Path(chosen)
    if copy.suffix.lower() != SUFFIX:
        copy = copy.with_name(copy.name + SUFFIX)
    source, _workshop = WorkshopFile.open(path, read_only=True)
    try:
        with WorkshopLock.acquire(copy):  # never replace a workshop that is open somewhere
            source.save_copy(copy)
    except WorkshopLockedError as exc:
        raise WorkshopFileError(str(exc)) from None
    finally:
        source.close()
    return WorkshopSession.open(copy)


def session_notice(session: WorkshopSession) -> str:
    """One line on what opening could not do (no backup, no editing), or ''."""
    if session.read_only_problem is FolderProblem.FULL:
        return translate("WorkshopLockedDialog", "Opened read-only: the disk holding this workshop is full.")
    if session.read_only_problem is FolderProblem.READ_ONLY:
        return translate(
            "WorkshopLockedDialog",
            "Opened read-only: this workshop's folder cannot be written (read-only or no permission).",
        )
    if session.read_only_problem is FolderProblem.OTHER:
        return translate("WorkshopLockedDialog", "Opened read-only: {0}").format(session.read_only_reason)
    if session.backup_problem is FolderProblem.FULL:
        return translate(
            "WorkshopLockedDialog",
            "No backup copy could be made: the disk holding ShopperMap's user folder is full.",
        )
    if session.backup_problem is FolderProblem.READ_ONLY:
        return translate(
            "WorkshopLockedDialog",
            "No backup copy could be made: ShopperMap's user folder cannot be written.",
        )
    if session.backup_problem is FolderProblem.OTHER:
        return translate("WorkshopLockedDialog", "No backup copy could be made: {0}").format(
            session.backup_reason
        )
    return ""


def tell_about_session(window, session: WorkshopSession) -> None:
    """Say in the status bar, in one line, what opening could not do."""
    notice = session_notice(session)
    if notice:
        window.statusBar().showMessage(notice, NOTICE_MS)
