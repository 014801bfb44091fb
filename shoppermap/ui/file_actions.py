"""The File menu's dialogs: new, open, open recent, save a copy, export JSON, save a journey as framework.

Texts keep the `MainWindow` translation context they had when the window held these dialogs.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from .. import APP_NAME
from ..export.workshop_json import WorkshopJsonError, workshop_to_data, write_json
from ..paths import user_data_dir
from ..session import WorkshopSession
from ..storage import WorkshopFile, WorkshopFileError
from ..storage.lock import WorkshopLock, WorkshopLockedError, normalized_path
from ..storage.workshop_file import file_identity
from ..workshops import SUFFIX

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
MAX_RECENT = 10
RESCUE_FOLDER = "rescued"  # in the user data folder: workshops saved from memory as the app had to end


class CopyRefused(Exception):
    """A place a copy must not go; the message is one line for the user."""


def copy_target_lock(path: Path, session) -> WorkshopLock:
    """The lock of `path`, where a copy of the open workshop is to go; CopyRefused when it must not.

    The open file itself is refused (replacing it would leave this window writing to a file no
    longer there), and so is a workshop another window or program has open.
    """
    current = session.file
    if os.path.exists(path) and file_identity(path) == current.identity:
        raise CopyRefused(
            translate("MainWindow", "Cannot save the copy over the workshop open here; choose another name.")
        )
    if session.lock is not None and normalized_path(path) == normalized_path(current.path):
        # the open file is gone from its path: the copy may take its place, under this window's lock
        session.lock.release()
    try:
        return WorkshopLock.acquire(path)
    except WorkshopLockedError:
        raise CopyRefused(
            translate(
                "MainWindow", "Cannot save the copy there: {0} is open in another window or program."
            ).format(path.name)
        ) from None


class FileActions(QObject):
    """The window's file dialogs and its list of recent workshops (kept in the window's settings)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def connect_to(self, actions) -> None:
        """Trigger these from the window's File menu."""
        actions.new.triggered.connect(self.new_workshop_dialog)
        actions.open.triggered.connect(self.open_dialog)
        actions.save_copy.triggered.connect(self.save_copy_dialog)
        actions.export_json.triggered.connect(self.export_json_dialog)
        actions.save_framework.triggered.connect(self.save_framework_dialog)
        actions.recent_menu.aboutToShow.connect(self.fill_recent_menu)

    def _filter(self) -> str:
        return translate("MainWindow", "ShopperMap workshops (*{0})").format(SUFFIX)

    def _start_dir(self) -> str:
        if self.window.file is not None:
            return str(self.window.file.path.parent)
        from ..paths import documents_dir

        return str(documents_dir())

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, translate("MainWindow", "Open workshop"), self._start_dir(), self._filter()
        )
        if path:
            self.window.open_path(Path(path))

    def new_workshop_dialog(self) -> None:
        from .dialogs.new_workshop import NewWorkshopDialog

        w = self.window
        dialog = NewWorkshopDialog(w.library, w.language, self._start_dir(), w)
        if not dialog.exec():
            return
        if w.create_workshop(dialog.path(), framework_id=dialog.framework_id(), title=dialog.title()):
            # the Excel summary and the pictures name client, retailer and date: ask while they are at hand
            from .dialogs.workshop_details import edit_workshop_details

            edit_workshop_details(w)

    def save_copy_dialog(self) -> bool:
        """Ask where, then save a copy of the workshop there; True when the copy was written."""
        w = self.window
        if w.file is None:
            return False
        w.commit_typing()
        stem = w.file.path.stem + " " + translate("MainWindow", "copy")
        suggestion = str(w.file.path.with_name(stem + SUFFIX))
        path, _ = QFileDialog.getSaveFileName(
            w, translate("MainWindow", "Save a copy"), suggestion, self._filter()
        )
        if not path:
            return False
        return self.save_copy_to(Path(path if path.endswith(SUFFIX) else path + SUFFIX))

    def save_copy_to(self, path: Path) -> bool:
        """Save a copy of the workshop at `path`; True when written.

        While edits wait in memory the copy is written from memory, holding them all, and the
        window goes on editing the copy. A copy onto the open file, or onto a workshop open in
        another window or program, is refused: it would pull the file from under its editor.
        """
        w = self.window
        held = w.document.unsaved
        try:
            lock = copy_target_lock(path, w.session)
        except CopyRefused as exc:
            QMessageBox.warning(w, APP_NAME, str(exc))
            return False
        try:
            if held:
                workshop = w.document.workshop.model_copy(deep=True)
                file = WorkshopFile.create(path, workshop, overwrite=True)
            else:
                w.file.save_copy(path)
        except (OSError, WorkshopFileError) as exc:
            lock.release()
            QMessageBox.warning(
                w, APP_NAME, translate("MainWindow", "Cannot save the copy.\n\n{0}").format(exc)
            )
            return False
        if held:
            w.adopt(WorkshopSession(file, file.document(workshop), lock))
            self.remember_recent(path)
            w.statusBar().showMessage(
                translate("MainWindow", "Saved every change to {0}; editing goes on there").format(path), 0
            )
            return True
        lock.release()
        if w.file.read_only:
            w.open_path(path)
        w.statusBar().showMessage(translate("MainWindow", "Saved a copy to {0}").format(path), 8000)
        return True

    def save_rescue_copy(self) -> Path | None:
        """Write the workshop from memory to the rescue folder, when the app must end and the file refuses."""
        w = self.window
        folder = user_data_dir() / RESCUE_FOLDER
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H%M%S")
        path = folder / f"{w.file.path.stem} {stamp}{SUFFIX}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            WorkshopFile.create(path, w.document.workshop, overwrite=True).close()
        except (OSError, WorkshopFileError):
            log.exception("the changes not saved in %s could not be rescued either", w.file.path)
            return None
        log.warning("changes the file %s did not take were saved to %s", w.file.path, path)
        return path

    def export_json_dialog(self) -> None:
        w = self.window
        if w.document is None:
            return
        w.flush_edits()
        suggestion = str(w.file.path.with_suffix(".json"))
        path, _ = QFileDialog.getSaveFileName(
            w,
            translate("MainWindow", "Export workshop JSON"),
            suggestion,
            translate("MainWindow", "Workshop JSON (*.json)"),
        )
        if path:
            try:
                write_json(Path(path), workshop_to_data(w.document.workshop))
            except (OSError, WorkshopJsonError) as exc:
                QMessageBox.warning(w, APP_NAME, translate("MainWindow", "Cannot export.\n\n{0}").format(exc))

    def save_framework_dialog(self) -> None:
        from .dialogs.save_framework import save_journey_as_framework

        w = self.window
        if w.document is not None and w.journey_id is not None:
            save_journey_as_framework(w, w.document.get(w.journey_id), w.library)

    # --- recent files --------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        """The workshops opened last, newest first."""
        value = self.window.settings.value("recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def remember_recent(self, path: Path) -> None:
        """Put a workshop at the top of the recent list."""
        entry = str(Path(path).resolve())
        recent = [entry] + [p for p in self.recent_files() if p != entry]
        self.window.settings.setValue("recent", recent[:MAX_RECENT])

    def fill_recent_menu(self) -> None:
        menu = self.window.actions_.recent_menu
        menu.clear()
        for entry in self.recent_files():
            action = menu.addAction(Path(entry).name)
            action.setStatusTip(entry)
            action.setEnabled(Path(entry).is_file())
            action.triggered.connect(lambda _checked=False, p=entry: self.window.open_path(Path(p)))
        if not menu.actions():
            menu.addAction(translate("MainWindow", "No recent workshops")).setEnabled(False)
