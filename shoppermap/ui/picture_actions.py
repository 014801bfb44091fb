"""File → Export Picture… and File → Print…: the current journey as a PNG or PDF, or on paper.

Qt's print support and the page drawing load when first used, not with every start.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QMessageBox

from .. import APP_NAME

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)


def install(window) -> PictureActions:
    """Add Export Picture… and Print… (Ctrl+P) to the File menu of the main window (once)."""
    if getattr(window, "picture_actions", None) is None:
        window.picture_actions = PictureActions(window)
    return window.picture_actions


def make_printer() -> QPrinter:
    """A high-resolution printer set to A3 landscape, the page the map is made for."""
    from PySide6.QtPrintSupport import QPrinter

    from .picture import a3_landscape

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if not printer.setPageLayout(a3_landscape()):
        log.info("the printer refused A3 landscape; keeping its own page")
    return printer


def file_menu(window) -> QMenu | None:
    """The File menu: the menu holding Export Workshop JSON, else the first of the menu bar."""
    anchor = getattr(getattr(window, "actions_", None), "export_json", None)
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    for menu in menus:
        if anchor is not None and anchor in menu.actions():
            return menu
    return menus[0] if menus else None


class PictureView(Protocol):
    """A view other than the map that File → Export Picture… draws while it is in front."""

    def shown(self) -> bool:
        """True when the user sees this view, so the picture should be of it."""

    def name(self) -> str:
        """What the file is called after the workshop: "Value-effort matrix"."""

    def write(self, path: Path) -> None:
        """Write the picture (.png or .pdf by the suffix); raises PictureError or OSError."""


class PictureActions(QObject):
    """The two actions and what they do; the window provides document, journey_id and language.

    Views drawn instead of the map when they are in front (the matrix, later a calendar) add
    themselves to `views`.
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.views: list[PictureView] = []
        self.export_action = QAction(self.tr("Export &Picture…"), window)
        self.export_action.setStatusTip(self.tr("Save the journey map as a PDF for printing or a PNG image"))
        self.print_action = QAction(self.tr("&Print…"), window)
        self.print_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Print) or [QKeySequence("Ctrl+P")]
        )
        self.print_action.setStatusTip(self.tr("Print the journey map (A3 landscape)"))
        self.export_action.triggered.connect(self.export_dialog)
        self.print_action.triggered.connect(self.print_dialog)
        menu = file_menu(window)
        if menu is None:
            window.addActions([self.export_action, self.print_action])  # the shortcut still works
            return
        before = self._insert_before(menu)
        if before is None:
            menu.addActions([self.export_action, self.print_action])
        else:
            menu.insertActions(before, [self.export_action, self.print_action])
        menu.aboutToShow.connect(self._update_enabled)

    def _insert_before(self, menu: QMenu) -> QAction | None:
        """After the export actions: the first separator following Export Workshop JSON."""
        actions = menu.actions()
        anchor = getattr(getattr(self.window, "actions_", None), "export_json", None)
        start = actions.index(anchor) if anchor in actions else 0
        for action in actions[start:]:
            if action.isSeparator():
                return action
        return None

    def _update_enabled(self) -> None:
        ready = self._ready()
        self.export_action.setEnabled(ready)
        self.print_action.setEnabled(ready)

    def _ready(self) -> bool:
        return self.window.document is not None and self.window.journey_id is not None

    # --- export --------------------------------------------------------------------------

    def suggested_path(self) -> Path:
        """The workshop file's name and folder, with the journey's name when there are several."""
        w = self.window
        journeys = w.document.workshop.journeys
        folder = w.file.path.parent if w.file is not None else Path.home()
        stem = w.file.path.stem if w.file is not None else self.tr("Journey map")
        view = self.shown_view()
        if view is not None:
            stem += " - " + view.name()
        elif len(journeys) > 1:
            stem += " - " + w.document.get(w.journey_id).name
        return folder / (re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", stem).strip(" .") + ".pdf")

    def export_dialog(self) -> None:
        """Ask where to save the picture of the current journey, then write it."""
        if not self._ready():
            return
        self.window.flush_edits()
        pdf, png = self.tr("PDF for printing (*.pdf)"), self.tr("PNG image (*.png)")
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export picture"), str(self.suggested_path()), f"{pdf};;{png}"
        )
        if not path:
            return
        path = Path(path)
        if path.suffix.lower() not in (".pdf", ".png"):
            path = path.with_name(path.name + (".png" if chosen == png else ".pdf"))
        self.export_to(path)

    def export_to(self, path: Path) -> bool:
        """Write the current journey to `path`, a PNG or a PDF by its suffix; says how it went."""
        from .picture import PictureError, export_picture

        w = self.window
        view = self.shown_view()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        written = [path]
        try:
            if view is not None:
                view.write(path)
            else:
                written = export_picture(
                    w.document, path, journeys=[w.document.get(w.journey_id)], language=w.language
                )
        except (PictureError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(w, APP_NAME, self.tr("Cannot export the picture.\n\n{0}").format(exc))
            return False
        QApplication.restoreOverrideCursor()
        if len(written) > 1:  # a map too big for one legible picture comes as pages beside it
            message = self.tr("Exported {0} (files: {1})").format(path, len(written))
        else:
            message = self.tr("Exported {0}").format(path)
        w.statusBar().showMessage(message, 8000)
        return True

    def shown_view(self) -> PictureView | None:
        """The view in front that a picture should show instead of the map, if any."""
        return next((v for v in self.views if v.shown()), None)

    # --- printing ------------------------------------------------------------------------

    def print_dialog(self) -> None:
        """Qt's print dialog on an A3 landscape printer, then print the current journey."""
        if not self._ready():
            return
        self.window.flush_edits()
        from PySide6.QtPrintSupport import QPrintDialog

        printer = make_printer()
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print the journey map"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print the current journey on `printer`, drawn as the PDF is; returns the pages (0: failed)."""
        from .picture import PictureError, paint_pages

        w = self.window
        printer.setDocName(w.document.get(w.journey_id).name or APP_NAME)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = paint_pages(printer, w.document, [w.journey_id], language=w.language)
        except PictureError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(w, APP_NAME, self.tr("Cannot print.\n\n{0}").format(exc))
            return 0
        QApplication.restoreOverrideCursor()
        w.statusBar().showMessage(self.tr("Sent {0} page(s) to the printer").format(pages), 8000)
        return pages
