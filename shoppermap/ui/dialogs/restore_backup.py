"""File → Restore from Backup: the backups of the open workshop, one of them opened as a copy.

A restore never touches the workshop itself: the backup is written as a new workshop beside it
(or in the Documents folder when that place is gone or cannot be written), which the window then
opens. The consultant compares, copies back what was lost, and keeps both.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...paths import documents_dir
from ...storage.backups import BackupError, BackupInfo, list_backups, restore_backup, suggested_restore_path
from ...storage.file_errors import WorkshopFileError
from ...storage.lock import WorkshopLockedError

log = logging.getLogger(__name__)

COLUMNS = ("taken", "title", "journeys", "cards", "opportunities", "gaps", "size")
_NUMBERS = range(2, len(COLUMNS))  # right-aligned


# outside the class, in the class's context; literal calls, so that lupdate finds them
translate = QCoreApplication.translate


def one_line(exc: BaseException) -> str:
    """An error's message on one line."""
    return " ".join(str(exc).split()) or type(exc).__name__


def format_taken_at(when: dt.datetime, locale: QLocale | None = None) -> str:
    """A backup's local date and time in the locale's short format, with seconds.

    Seconds matter: a workshop opened twice within a minute has two backups.
    """
    locale = locale or QLocale()
    stamp = QDateTime.fromMSecsSinceEpoch(round(when.timestamp() * 1000))
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if "ss" not in time_format:
        time_format = time_format.replace("mm", "mm:ss", 1)
    date_text = locale.toString(stamp.date(), QLocale.FormatType.ShortFormat)
    return f"{date_text} {locale.toString(stamp.time(), time_format)}"


def restore_destination(workshop_path: Path, backup: BackupInfo) -> Path:
    """Where a restored copy goes: beside the workshop, else (folder gone or read-only) in Documents."""
    folder = workshop_path.parent
    if folder.is_dir() and os.access(folder, os.W_OK):
        return suggested_restore_path(workshop_path, backup)
    return suggested_restore_path(documents_dir() / workshop_path.name, backup)


class RestoreBackupDialog(QDialog):
    """Lists the backups of the workshop at `path`; "Open as a Copy" restores the chosen one.

    After it is accepted, restored_path() is the new workshop for the window to open.
    """

    def __init__(self, path: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore-backup")
        self.workshop_path = Path(path)
        self._restored: Path | None = None
        self.setWindowTitle(self.tr("Restore from Backup"))

        intro = QLabel(
            self.tr(
                "ShopperMap takes a backup of {0} each time it is opened for editing and keeps the "
                "last ten. The chosen backup opens as a new workshop; {0} itself is not changed."
            ).format(self.workshop_path.name)
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [
                self.tr("Taken"),
                self.tr("Title"),
                self.tr("Journeys"),
                self.tr("Cards"),
                self.tr("Opportunities"),
                self.tr("Gaps"),
                self.tr("Size"),
            ]
        )
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            self.tr(
                "There are no backups of this workshop yet. One is taken each time a workshop is "
                "opened for editing."
            )
        )
        self.empty.setObjectName("empty")
        self.empty.setWordWrap(True)
        self.destination = QLabel()
        self.destination.setObjectName("destination")
        self.destination.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #B71C1C")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.addButton(
            self.tr("Open as a Copy"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.destination)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda _item, _column: self.restore_selected())
        self.backups: list[BackupInfo] = []
        self.reload()
        self.resize(760, 420)

    def reload(self) -> None:
        """Read the backups again (newest first) and select the newest."""
        self.list.clear()
        try:
            self.backups = list_backups(self.workshop_path)
        except OSError as exc:
            self.backups = []
            self.show_problem(self.tr("Cannot read the backups: {0}").format(one_line(exc)))
        locale = QLocale()
        for info in self.backups:
            item = QTreeWidgetItem(
                [
                    format_taken_at(info.taken_at, locale),
                    info.title or self.tr("(untitled)"),
                    locale.toString(info.journeys),
                    locale.toString(info.cards),
                    locale.toString(info.opportunities),
                    locale.toString(info.gaps),
                    locale.formattedDataSize(info.size, 0, QLocale.DataSizeFormat.DataSizeTraditionalFormat),
                ]
            )
            item.setToolTip(0, str(info.path))
            item.setToolTip(1, info.title)
            for column in _NUMBERS:
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        has_any = bool(self.backups)
        self.list.setVisible(has_any)
        self.empty.setVisible(not has_any)
        if has_any:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._selection_changed()

    def selected_backup(self) -> BackupInfo | None:
        """The chosen backup (None when nothing is selected)."""
        items = self.list.selectedItems()
        return self.backups[self.list.indexOfTopLevelItem(items[0])] if items else None

    def restored_path(self) -> Path | None:
        """The workshop written by the last successful restore."""
        return self._restored

    def restore_selected(self) -> bool:
        """Write the chosen backup as a new workshop and accept; on failure say why in one line."""
        info = self.selected_backup()
        if info is None:
            self.show_problem(self.tr("Choose a backup first."))
            return False
        destination = restore_destination(self.workshop_path, info)
        try:
            restore_backup(info.path, destination)
        except (WorkshopFileError, WorkshopLockedError, BackupError, OSError) as exc:
            log.warning("restoring %s to %s failed: %s", info.path, destination, exc)
            # the backup's own file name is a time stamp that means nothing to the user
            reason = one_line(exc).removeprefix(f"{info.path.name}: ")
            self.show_problem(self.tr("Cannot restore this backup: {0}").format(reason))
            return False
        log.info("restored %s to %s", info.path, destination)
        self._restored = destination
        self.accept()
        return True

    def show_problem(self, message: str) -> None:
        """Say what went wrong under the list (one line)."""
        self.problem.setText(message)
        self.problem.setToolTip(message)
        self.problem.setVisible(bool(message))

    def _selection_changed(self) -> None:
        info = self.selected_backup()
        self.open_button.setEnabled(info is not None)
        self.show_problem("")
        if info is None:
            self.destination.clear()
            return
        target = restore_destination(self.workshop_path, info)
        self.destination.setText(self.tr("Opens as {0} in {1}").format(target.name, target.parent))


def open_restore_dialog(window) -> RestoreBackupDialog | None:
    """Show the dialog for the window's workshop; a restored copy is then opened in the window."""
    if window.file is None:
        return None
    dialog = RestoreBackupDialog(window.file.path, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(result: int) -> None:
        path = dialog.restored_path()
        if result == QDialog.DialogCode.Accepted and path is not None and window.open_path(path):
            window.statusBar().showMessage(
                translate("RestoreBackupDialog", "Opened the backup as {0}").format(path.name), 8000
            )

    dialog.finished.connect(finished)
    dialog.open()  # window-modal, without a nested event loop
    return dialog


def install(window) -> QAction:
    """Add File → Restore from Backup… just after Save a Copy As; returns the action."""
    action = QAction(translate("RestoreBackupDialog", "Restore from &Backup…"), window)
    action.setObjectName("restore-backup")
    action.setStatusTip(translate("RestoreBackupDialog", "Open an earlier state of this workshop as a copy"))
    action.triggered.connect(lambda _checked=False: open_restore_dialog(window))
    anchor = window.actions_.save_copy
    file_menu = next(
        (a.menu() for a in window.menuBar().actions() if a.menu() and anchor in a.menu().actions()),
        None,
    )
    if file_menu is None:  # no File menu with Save a Copy: still reachable by its action
        window.addAction(action)
    else:
        actions = file_menu.actions()
        after = actions.index(anchor) + 1
        if after < len(actions):
            file_menu.insertAction(actions[after], action)
        else:
            file_menu.addAction(action)
        file_menu.aboutToShow.connect(lambda: action.setEnabled(window.file is not None))
    window.workshop_listeners.append(lambda _document: action.setEnabled(True))
    action.setEnabled(window.file is not None)
    return action
