"""The conflicts of a merge, both values side by side, for the facilitator to settle one by one."""

from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.labels import Label
from ...domain.merge import Conflict, Side
from ...domain.merge_tree import describe

translate = QCoreApplication.translate


def field_names() -> dict[str, str]:
    """The names people see for the fields a conflict can be about."""
    return {
        "label": translate("MergeConflicts", "Name"),
        "status": translate("MergeConflicts", "Status"),
        "emotion": translate("MergeConflicts", "Emotion"),
        "expectations": translate("MergeConflicts", "Expectations"),
        "experience": translate("MergeConflicts", "Experience"),
        "moment_of_truth": translate("MergeConflicts", "Moment of truth"),
        "quick_win": translate("MergeConflicts", "Quick win"),
        "owner": translate("MergeConflicts", "Owner"),
        "notes": translate("MergeConflicts", "Notes"),
        "hidden": translate("MergeConflicts", "Hidden"),
        "description": translate("MergeConflicts", "Description"),
        "retailer": translate("MergeConflicts", "Retailer"),
        "priority": translate("MergeConflicts", "Priority"),
        "expected_impact": translate("MergeConflicts", "Expected impact"),
        "cost": translate("MergeConflicts", "Cost"),
        "brand": translate("MergeConflicts", "Brand"),
        "mechanic": translate("MergeConflicts", "Mechanic"),
        "stores": translate("MergeConflicts", "Stores"),
        "units_per_store": translate("MergeConflicts", "Units per store"),
        "unit_cost": translate("MergeConflicts", "Unit cost"),
        "fixed_cost": translate("MergeConflicts", "Fixed cost"),
        "cost_kind": translate("MergeConflicts", "Kind of cost"),
        "baseline_sales": translate("MergeConflicts", "Baseline sales"),
        "uplift_pct": translate("MergeConflicts", "Uplift %"),
        "margin_pct": translate("MergeConflicts", "Gross margin %"),
        "scenarios": translate("MergeConflicts", "Scenarios"),
        "start": translate("MergeConflicts", "Start"),
        "end": translate("MergeConflicts", "End"),
        "period": translate("MergeConflicts", "Period"),
        "kpi": translate("MergeConflicts", "KPI"),
        "pos_tool": translate("MergeConflicts", "POS tool"),
        "kind": translate("MergeConflicts", "Kind"),
        "threat": translate("MergeConflicts", "Threat"),
        "competitor": translate("MergeConflicts", "Competitor"),
        "name": translate("MergeConflicts", "Name"),
        "persona": translate("MergeConflicts", "Persona"),
        "color": translate("MergeConflicts", "Colour"),
        "title": translate("MergeConflicts", "Title"),
        "client": translate("MergeConflicts", "Client"),
        "category": translate("MergeConflicts", "Category"),
        "channel": translate("MergeConflicts", "Channel"),
        "date": translate("MergeConflicts", "Date"),
        "facilitator": translate("MergeConflicts", "Facilitator"),
        "participants": translate("MergeConflicts", "Participants"),
        "currency": translate("MergeConflicts", "Currency"),
    }


def value_words() -> dict[str, str]:
    """The names people see for the values of choice fields."""
    return {
        "green": translate("MergeConflicts", "Green: works well"),
        "yellow": translate("MergeConflicts", "Yellow: needs improvement"),
        "red": translate("MergeConflicts", "Red: critical"),
        "high": translate("MergeConflicts", "High"),
        "medium": translate("MergeConflicts", "Medium"),
        "low": translate("MergeConflicts", "Low"),
        "idea": translate("MergeConflicts", "Idea"),
        "planned": translate("MergeConflicts", "Planned"),
        "agreed": translate("MergeConflicts", "Agreed with buyer"),
        "in_progress": translate("MergeConflicts", "In progress"),
        "done": translate("MergeConflicts", "Done"),
        "dropped": translate("MergeConflicts", "Dropped"),
        "production": translate("MergeConflicts", "Production"),
        "retailer_fee": translate("MergeConflicts", "Retailer fee"),
        "labour": translate("MergeConflicts", "Labour"),
        "media": translate("MergeConflicts", "Media"),
    }


def kind_names() -> dict[str, str]:
    """The names of the kinds of objects."""
    return {
        "competitor": translate("MergeConflicts", "Competitor"),
        "brand": translate("MergeConflicts", "Brand"),
        "scenario": translate("MergeConflicts", "Scenario"),
        "period": translate("MergeConflicts", "Sales period"),
        "journey": translate("MergeConflicts", "Journey"),
        "stage": translate("MergeConflicts", "Stage"),
        "phase": translate("MergeConflicts", "Phase"),
        "card": translate("MergeConflicts", "Card"),
        "opportunity": translate("MergeConflicts", "Opportunity"),
        "gap": translate("MergeConflicts", "Competitor gap"),
    }


def value_text(value: Any, language: str) -> str:
    """A value as the facilitator reads it, in the interface language."""
    if value is None or value == "" or value == []:
        return translate("MergeConflicts", "(empty)")
    if isinstance(value, bool):
        return translate("MergeConflicts", "yes") if value else translate("MergeConflicts", "no")
    if isinstance(value, Enum):
        return value_words().get(str(value.value), str(value.value))
    if isinstance(value, Label):
        return value.text(language)
    if isinstance(value, BaseModel):
        return describe(value, language)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def object_text(conflict: Conflict) -> str:
    """'Card: Wobbler', or 'Workshop details'."""
    if conflict.kind is None:
        return translate("MergeConflicts", "Workshop details")
    return f"{kind_names().get(conflict.kind.value, conflict.kind.value)}: {conflict.name}"


class MergeConflictsDialog(QDialog):
    """Every conflict of one copy's merge in a row: the object, the field, ours, the group's, the choice."""

    COLUMNS = 5

    def __init__(
        self, conflicts: list[Conflict], *, group: str, language: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.conflicts = list(conflicts)
        self.setWindowTitle(self.tr("Conflicts with {0}").format(group))
        intro = QLabel(
            self.tr(
                "The group and this workshop changed the same things differently since the hand-out. "
                "Choose which value to keep for each."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.conflicts), self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Object"),
                self.tr("Field"),
                self.tr("Here"),
                group,
                self.tr("Keep"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.choosers: list[QComboBox] = []
        names = field_names()
        for row, conflict in enumerate(self.conflicts):
            if conflict.field is None:
                field = self.tr("(whole object)")
                ours = self.tr("removed here")
                theirs = self.tr("changed by the group")
            else:
                field = names.get(conflict.field, conflict.field)
                ours, theirs = value_text(conflict.ours, language), value_text(conflict.theirs, language)
            for column, text in enumerate((object_text(conflict), field, ours, theirs)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            chooser = QComboBox()
            chooser.addItem(self.tr("Ours"), Side.OURS)
            chooser.addItem(self.tr("The group's"), Side.THEIRS)
            self.table.setCellWidget(row, 4, chooser)
            self.choosers.append(chooser)
        self.all_theirs = QPushButton(self.tr("All from the Group"))
        self.all_ours = QPushButton(self.tr("Keep All Ours"))
        self.all_theirs.clicked.connect(lambda: self.choose_all(Side.THEIRS))
        self.all_ours.clicked.connect(lambda: self.choose_all(Side.OURS))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        row = QHBoxLayout()
        row.addWidget(self.all_theirs)
        row.addWidget(self.all_ours)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.resize(900, 420)

    def choose_all(self, side: Side) -> None:
        """Set every row to one side."""
        for chooser in self.choosers:
            chooser.setCurrentIndex(chooser.findData(side))

    def choices(self) -> dict[tuple[str | None, str | None], Side]:
        """The side chosen for each conflict, by its key."""
        return {
            conflict.key: Side(chooser.currentData())
            for conflict, chooser in zip(self.conflicts, self.choosers, strict=True)
        }
