"""The File menu's dialogs: new, open, open recent, save a copy, export JSON, save a journey as framework.

Texts keep the `MainWindow` translation context they had when the window held these dialogs.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from .. import APP_NAME
from ..export.workshop_json import WorkshopJsonError, workshop_to_data, write_json
from ..storage import WorkshopFileError
from ..workshops import SUFFIX

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
MAX_RECENT = 10


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
        if dialog.exec():
            w.create_workshop(dialog.path(), framework_id=dialog.framework_id(), title=dialog.title())

    def save_copy_dialog(self) -> None:
        w = self.window
        if w.file is None:
            return
        w.flush_edits()
        stem = w.file.path.stem + " " + translate("MainWindow", "copy")
        suggestion = str(w.file.path.with_name(stem + SUFFIX))
        path, _ = QFileDialog.getSaveFileName(
            w, translate("MainWindow", "Save a copy"), suggestion, self._filter()
        )
        if not path:
            return
        path = Path(path if path.endswith(SUFFIX) else path + SUFFIX)
        try:
            w.file.save_copy(path)
        except (OSError, WorkshopFileError) as exc:
            QMessageBox.warning(
                w, APP_NAME, translate("MainWindow", "Cannot save the copy.\n\n{0}").format(exc)
            )
            return
        if w.file.read_only:
            w.open_path(path)
        w.statusBar().showMessage(translate("MainWindow", "Saved a copy to {0}").format(path), 8000)

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
