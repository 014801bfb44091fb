"""File → Export Action Plan to Excel…: the options of a buyer-meeting export, progress, and what next."""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..domain.document import Document
from ..export.excel_errors import ExportError
from ..export.excel_words import text as export_text
from .i18n import interface_language

log = logging.getLogger(__name__)
LANGUAGES = (("pl", "Polski"), ("en", "English"))
# characters Windows refuses in a file name, and control characters
NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
MAX_NAME_PART = 60  # keeps the whole name well inside any file system's limit


def default_export_path(
    workshop_path: Path,
    *,
    title: str = "",
    retailer: str | None = None,
    language: str = "en",
    today: dt.date | None = None,
) -> Path:
    """Where an export goes unless the user says otherwise: beside the workshop, as
    'Plan – <workshop> – <retailer> – <date>.xlsx', so plans for different buyers do not collide.

    The workshop is its title, or the file's name without one; without a retailer the name says
    "all retailers" in the export's `language`.
    """
    workshop_path = Path(workshop_path)
    today = today or dt.date.today()
    parts = [
        "Plan",
        _name_part(title) or _name_part(workshop_path.stem),
        _name_part(retailer or "") or export_text("file.all_retailers", language),
        today.isoformat(),
    ]
    return workshop_path.with_name(" – ".join(p for p in parts if p) + ".xlsx")


def _name_part(text: str) -> str:
    """`text` safe inside a file name on every system: no forbidden characters, not too long."""
    cleaned = " ".join(NOT_IN_FILE_NAMES.sub(" ", text).split())
    return cleaned[:MAX_NAME_PART].strip(" .")


def retailers_of(document: Document) -> list[str]:
    """The retailers named in the workshop's opportunities, sorted, each once (case-insensitive)."""
    seen: dict[str, str] = {}
    for journey in document.workshop.journeys:
        for _stage, _phase, card in document.cards(journey.id):
            for opportunity in card.opportunities:
                name = opportunity.retailer.strip()
                if name:
                    seen.setdefault(name.casefold(), name)
    return sorted(seen.values(), key=str.casefold)


class ExportDialog(QDialog):
    """The options of an Excel export; `run()` writes the file after the user says OK."""

    def __init__(
        self,
        document: Document,
        *,
        workshop_path: Path,
        journey_id: str | None = None,
        pos_tools=None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.pos_tools = pos_tools
        self.workshop_path = Path(workshop_path)
        self.exported_path: Path | None = None
        self._confirmed: Path | None = None  # a path the save dialog already asked about replacing
        self.setWindowTitle(self.tr("Export Action Plan to Excel"))

        self.journeys = QListWidget()
        for journey in document.workshop.journeys:
            item = QListWidgetItem(journey.name or self.tr("(unnamed journey)"))
            item.setData(Qt.ItemDataRole.UserRole, journey.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            current = journey.id == journey_id or (
                journey_id is None and len(document.workshop.journeys) == 1
            )
            item.setCheckState(Qt.CheckState.Checked if current else Qt.CheckState.Unchecked)
            self.journeys.addItem(item)
        self.journeys.setMaximumHeight(120)

        self.retailer = QComboBox()
        self.retailer.addItem(self.tr("All retailers"), None)
        for name in retailers_of(document):
            self.retailer.addItem(name, name)

        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        # the file speaks the language the team sees on the screen unless told otherwise
        self.language.setCurrentIndex(max(0, self.language.findData(interface_language())))

        self.include_notes = QCheckBox(self.tr("Include internal notes"))
        hint = QLabel(self.tr("Leave this off when the file goes to a retail buyer."))
        hint.setWordWrap(True)
        hint.setEnabled(False)

        self._proposed = self.proposed_path()
        self.path_edit = QLineEdit(str(self._proposed))
        self.retailer.currentIndexChanged.connect(self._propose_again)
        self.language.currentIndexChanged.connect(self._propose_again)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Journeys:"), self.journeys)
        form.addRow(self.tr("Retailer:"), self.retailer)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self.include_notes)
        form.addRow("", hint)
        form.addRow(self.tr("Save to:"), path_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    # --- options -------------------------------------------------------------------------

    def chosen_journeys(self) -> list:
        """The journeys ticked in the list, in workshop order."""
        ids = {
            self.journeys.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.journeys.count())
            if self.journeys.item(i).checkState() == Qt.CheckState.Checked
        }
        return [j for j in self.document.workshop.journeys if j.id in ids]

    def output_path(self) -> Path | None:
        """The file to write, with .xlsx added when the name has no suffix; None when empty."""
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def proposed_path(self) -> Path:
        """The file name the dialog proposes for the chosen retailer and language."""
        return default_export_path(
            self.workshop_path,
            title=self.document.workshop.workshop.title,
            retailer=self.retailer.currentData(),
            language=self.language.currentData(),
        )

    def _propose_again(self) -> None:
        # a name the user typed or browsed to is theirs; only the dialog's own proposal follows
        if Path(self.path_edit.text().strip()) != self._proposed:
            return
        self._proposed = self.proposed_path()
        self.path_edit.setText(str(self._proposed))

    def browse(self) -> None:
        """Choose the output file with the platform's save dialog (which asks before replacing)."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export action plan"), self.path_edit.text(), self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.path_edit.setText(path)
            self._confirmed = self.output_path()

    def may_write(self, path: Path) -> bool:
        """True unless `path` is an existing file the user does not want replaced."""
        if not path.is_file() or path == self._confirmed:
            return True
        answer = QMessageBox.question(
            self,
            APP_NAME,
            self.tr("{0} already exists in {1}.\nReplace it with the new plan?").format(
                path.name, path.parent
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- running -------------------------------------------------------------------------

    def accept(self) -> None:
        """Export with the chosen options; the dialog stays open when there is nothing to export."""
        journeys = self.chosen_journeys()
        path = self.output_path()
        if not journeys:
            QMessageBox.warning(self, APP_NAME, self.tr("Tick at least one journey to export."))
            return
        if path is None:
            QMessageBox.warning(self, APP_NAME, self.tr("Choose where to save the Excel file."))
            return
        if not self.may_write(path):
            return  # the dialog stays open for another name
        if self.run(path, journeys):
            super().accept()
            self.offer_to_open(path)

    def run(self, path: Path, journeys: list) -> bool:
        """Write the workbook with a progress dialog; on failure say why in one line and return False."""
        progress = QProgressDialog(self.tr("Writing the action plan…"), "", 0, 100, self)
        progress.setCancelButton(None)  # the export replaces the file in one step; no half-way stop
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setWindowTitle(APP_NAME)

        def report(done: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, max(total, 1)))
            # keep the window painted while the workbook is built
            QApplication.processEvents()

        # openpyxl loads only when a plan is exported: it would cost every start-up ~100 ms
        from ..export.excel import export_excel

        try:
            export_excel(
                self.document,
                path,
                journeys=journeys,
                language=self.language.currentData(),
                retailer=self.retailer.currentData(),
                include_notes=self.include_notes.isChecked(),
                progress=report,
                pos_tools=self.pos_tools,
            )
        except ExportError as exc:
            progress.close()
            QMessageBox.warning(self, APP_NAME, self.tr("Cannot export: {0}").format(exc))
            return False
        progress.close()
        self.exported_path = path
        return True

    def offer_to_open(self, path: Path) -> None:
        """Say where the file went and offer to open it or the folder that holds it."""
        box = QMessageBox(self.parentWidget() or self)
        box.setWindowTitle(APP_NAME)
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(self.tr("The action plan was saved to {0}").format(path))
        open_file = box.addButton(self.tr("Open file"), QMessageBox.ButtonRole.ActionRole)
        open_folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif clicked is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def open_export_dialog(window) -> ExportDialog | None:
    """Show the export dialog for the window's workshop (nothing happens without one)."""
    if window.document is None or window.file is None:
        return None
    flush = getattr(window, "flush_edits", None)
    if flush is not None:
        flush()  # text still being typed in the inspector belongs in the export
    library = getattr(window, "library", None)
    dialog = ExportDialog(
        window.document,
        workshop_path=window.file.path,
        journey_id=window.journey_id,
        pos_tools=library.pos_tools if library is not None else None,
        parent=window,
    )
    dialog.exec()
    return dialog


def _file_menu(window):
    anchor = window.actions_.save_framework
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None and anchor in menu.actions():
            return menu
    return None


def install(window) -> QAction:
    """Add File → Export Action Plan to Excel… (Ctrl+E) to the main window; returns the action."""
    existing = getattr(window, "export_excel_action", None)
    if existing is not None:
        return existing
    action = QAction(QCoreApplication.translate("ExportDialog", "Export Action Plan to &Excel…"), window)
    action.setObjectName("export-excel")
    action.setShortcut(QKeySequence("Ctrl+E"))
    action.setStatusTip(
        QCoreApplication.translate(
            "ExportDialog", "Write the action plan as an Excel workbook for a buyer meeting"
        )
    )
    action.triggered.connect(lambda: open_export_dialog(window))
    menu = _file_menu(window)
    if menu is None:
        window.addAction(action)  # the shortcut still works
    else:
        menu.insertAction(window.actions_.save_framework, action)
        menu.aboutToShow.connect(lambda: action.setEnabled(window.document is not None))
    window.export_excel_action = action
    return action
