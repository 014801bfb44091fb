"""Workshop details: who the workshop is for, where, when and with whom — the Excel summary's header.

The dialog edits a copy; OK applies every changed detail as one undoable step through the editor.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...domain.models import WorkshopInfo
from ..commands import UpdateWorkshopCommand
from ..editor import Editor

# the currencies a Polish producer's plans are usually in; any other ISO code can be typed
CURRENCIES = ("PLN", "EUR", "USD", "GBP", "CZK", "HUF", "RON", "CHF", "SEK", "NOK", "DKK", "UAH")
LINE_FIELDS = ("title", "client", "retailer", "category", "channel", "facilitator")
TEXT_FIELDS = ("participants", "notes")


class WorkshopDetailsDialog(QDialog):
    """Title, client, retailer, category, channel, date, facilitator, participants, currency, notes."""

    def __init__(self, info: WorkshopInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workshop details"))
        self.info = info
        self.lines: dict[str, QLineEdit] = {}
        for name in LINE_FIELDS:
            field = QLineEdit(getattr(info, name))
            field.setObjectName(name)
            field.setMaxLength(2000 if name == "title" else 500)
            self.lines[name] = field
        self.lines["title"].setPlaceholderText(self.tr("e.g. Crunchy snacks × hypermarket, spring 2027"))
        self.lines["client"].setPlaceholderText(self.tr("the producer, e.g. Chrupki Polska"))
        self.lines["retailer"].setPlaceholderText(self.tr("e.g. Carrefour, Żabka"))
        self.texts: dict[str, QPlainTextEdit] = {}
        for name in TEXT_FIELDS:
            field = QPlainTextEdit(getattr(info, name))
            field.setObjectName(name)
            field.setTabChangesFocus(True)
            field.setFixedHeight(field.fontMetrics().lineSpacing() * 4)
            self.texts[name] = field
        self.texts["participants"].setPlaceholderText(self.tr("names or teams, one per line"))
        self.dated = QCheckBox(self.tr("Held on"))
        self.dated.setChecked(info.date is not None)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        day = info.date or dt.date.today()
        self.date.setDate(QDate(day.year, day.month, day.day))
        self.date.setEnabled(self.dated.isChecked())
        self.dated.toggled.connect(self.date.setEnabled)
        date_row = QWidget()
        row = QHBoxLayout(date_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.dated)
        row.addWidget(self.date, 1)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setCurrentText(info.currency)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #B71C1C")
        self.problem.setWordWrap(True)

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Title:"), self.lines["title"])
        form.addRow(self.tr("Client:"), self.lines["client"])
        form.addRow(self.tr("Retailer:"), self.lines["retailer"])
        form.addRow(self.tr("Category:"), self.lines["category"])
        form.addRow(self.tr("Channel:"), self.lines["channel"])
        form.addRow(self.tr("Date:"), date_row)
        form.addRow(self.tr("Facilitator:"), self.lines["facilitator"])
        form.addRow(self.tr("Participants:"), self.texts["participants"])
        form.addRow(self.tr("Currency:"), self.currency)
        form.addRow(self.tr("Notes:"), self.texts["notes"])
        form.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        """Every detail as the dialog shows it now."""
        values: dict[str, Any] = {name: field.text().strip() for name, field in self.lines.items()}
        values.update({name: field.toPlainText().strip() for name, field in self.texts.items()})
        values["date"] = self.date.date().toPython() if self.dated.isChecked() else None
        values["currency"] = self.currency.currentText().strip().upper()
        return values

    def changes(self) -> dict[str, Any]:
        """The details that differ from the workshop's."""
        return {name: value for name, value in self.values().items() if getattr(self.info, name) != value}

    def _accept(self) -> None:
        if not re.fullmatch(r"[A-Z]{3}", self.values()["currency"]):
            self.problem.setText(self.tr("The currency is a three-letter code such as PLN or EUR."))
            self.currency.setFocus()
            return
        self.accept()


def edit_workshop_details(window) -> bool:
    """Show the dialog for the window's workshop; OK writes every change as one undo step."""
    document = window.document
    editor: Editor | None = getattr(window, "editor", None)
    if document is None or editor is None or window.file.read_only:
        return False
    dialog = WorkshopDetailsDialog(document.workshop.workshop, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    changes = dialog.changes()
    if not changes:
        return False
    text = QCoreApplication.translate("WorkshopDetailsDialog", "Change workshop details")
    return editor.apply([UpdateWorkshopCommand(document, changes, text)], text=text)
