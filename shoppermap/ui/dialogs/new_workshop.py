"""The New Workshop dialog: a framework, a title and where the file goes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...domain.library import DEFAULT_FRAMEWORK, FrameworkLibrary
from ...workshops import SUFFIX, untitled_path


class NewWorkshopDialog(QDialog):
    """Asks for the framework, the title and the file of a new workshop."""

    def __init__(self, library: FrameworkLibrary, language: str, directory: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        self.framework = QComboBox()
        for framework_id, entry in sorted(
            library.frameworks.items(), key=lambda kv: kv[0] != DEFAULT_FRAMEWORK
        ):
            self.framework.addItem(entry.framework.name.text(language), framework_id)
        self.title_field = QLineEdit()
        self.title_field.setPlaceholderText(self.tr("e.g. Crunchy snacks × hypermarket, spring 2027"))
        self.path_field = QLineEdit(str(untitled_path(Path(directory))))
        browse = QPushButton(self.tr("Browse…"))
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.path_field, 1)
        row_layout.addWidget(browse)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #B71C1C")
        form = QFormLayout(self)
        form.addRow(self.tr("Framework:"), self.framework)
        form.addRow(self.tr("Title:"), self.title_field)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form.addRow(buttons)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        browse.clicked.connect(self._browse)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New workshop file"), self.path_field.text(), f"*{SUFFIX}"
        )
        if path:
            self.path_field.setText(path)

    def _accept(self) -> None:
        path = self.path()
        if path.exists():
            self.problem.setText(self.tr("That file exists already; choose another name."))
        elif not path.parent.is_dir():
            self.problem.setText(self.tr("That folder does not exist."))
        else:
            self.accept()

    def path(self) -> Path:
        text = self.path_field.text().strip()
        return Path(text if text.endswith(SUFFIX) else text + SUFFIX)

    def framework_id(self) -> str:
        return self.framework.currentData()

    def title(self) -> str:
        return self.title_field.text().strip()
