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
    QButtonGroup,
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
    QRadioButton,
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
    scenario: str | None = None,
    internal: bool = False,
) -> Path:
    """Where an export goes unless the user says otherwise: beside the workshop, as
    'Plan – <workshop> – <retailer> – [<scenario> – ]<date> – buyer plan.xlsx', so plans for
    different buyers, scenarios and readers do not collide.

    The workshop is its title, or the file's name without one; without a retailer the name says
    "all retailers" in the export's `language`. The last part says whether the file may go to the
    buyer or is the internal one, so nobody attaches the wrong one to an e-mail.
    """
    workshop_path = Path(workshop_path)
    today = today or dt.date.today()
    parts = [
        "Plan",
        _name_part(title) or _name_part(workshop_path.stem),
        _name_part(retailer or "") or export_text("file.all_retailers", language),
        _name_part(scenario or ""),
        today.isoformat(),
        export_text("file.internal" if internal else "file.buyer", language),
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

        self.scenario = QComboBox()
        self.scenario.addItem(self.tr("All scenarios"), None)
        for scenario in document.workshop.scenarios:
            self.scenario.addItem(scenario.name, scenario.id)

        # who reads the file decides what is in it: a buyer never sees margins or ROI
        self.for_buyer = QRadioButton(self.tr("For the retail buyer"))
        self.internal = QRadioButton(self.tr("Internal: with margins, ROI, notes and dropped actions"))
        self.for_buyer.setChecked(True)
        self.version = QButtonGroup(self)
        self.version.addButton(self.for_buyer)
        self.version.addButton(self.internal)
        self.with_gaps = QCheckBox(self.tr("Include the competitor gaps"))
        self.with_owners = QCheckBox(self.tr("Include the owners"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        versions = QVBoxLayout()
        versions.addWidget(self.for_buyer)
        buyer_options = QVBoxLayout()
        buyer_options.setContentsMargins(20, 0, 0, 0)
        buyer_options.addWidget(self.with_gaps)
        buyer_options.addWidget(self.with_owners)
        versions.addLayout(buyer_options)
        versions.addWidget(self.internal)
        versions.addWidget(self.hint)
        self._show_version()

        self._proposed = self.proposed_path()
        self.path_edit = QLineEdit(str(self._proposed))
        self.retailer.currentIndexChanged.connect(self._propose_again)
        self.language.currentIndexChanged.connect(self._propose_again)
        self.scenario.currentIndexChanged.connect(self._propose_again)
        self.internal.toggled.connect(self._show_version)
        self.internal.toggled.connect(self._propose_again)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Journeys:"), self.journeys)
        form.addRow(self.tr("Retailer:"), self.retailer)
        if document.workshop.scenarios:
            form.addRow(self.tr("Scenario:"), self.scenario)
        else:
            self.scenario.hide()  # a workshop without scenarios has only the one plan
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Version:"), versions)
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

    def is_internal(self) -> bool:
        """True when the internal version is chosen."""
        return self.internal.isChecked()

    def chosen_scenario(self) -> str | None:
        """The id of the scenario chosen, or None for all of them."""
        return self.scenario.currentData()

    def _show_version(self) -> None:
        internal = self.is_internal()
        boxes = (self.with_gaps, self.with_owners)
        # the internal version has everything; the boxes say so rather than vanish, and get the
        # buyer's choices back when the buyer's version is chosen again
        if internal:
            self._buyer_choices = [b.isChecked() for b in boxes]
        for box, chosen in zip(boxes, getattr(self, "_buyer_choices", [False, False]), strict=True):
            box.setEnabled(not internal)
            box.setChecked(True if internal else chosen)
        if internal:
            self.hint.setText(self.tr("Keep this file in the company: it shows what the buyer must not see."))
        else:
            self.hint.setText(
                self.tr("Leaves out margins, baseline sales, ROI, internal notes and dropped actions.")
            )

    def proposed_path(self) -> Path:
        """The file name the dialog proposes for the chosen retailer, scenario, language and version."""
        return default_export_path(
            self.workshop_path,
            title=self.document.workshop.workshop.title,
            retailer=self.retailer.currentData(),
            language=self.language.currentData(),
            scenario=self.scenario.currentText() if self.chosen_scenario() else None,
            internal=self.is_internal(),
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
                progress=report,
                pos_tools=self.pos_tools,
                internal=self.is_internal(),
                with_gaps=self.with_gaps.isChecked(),
                with_owners=self.with_owners.isChecked(),
                scenario=self.chosen_scenario(),
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
