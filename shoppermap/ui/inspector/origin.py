"""The row that says which breakout group brought a card or an action in a merge."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel


class OriginRow(QLabel):
    """'Grupa B' in a form row that shows only for what a merge brought in."""

    def __init__(self, form: QFormLayout) -> None:
        super().__init__()
        self.form = form
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip(
            QCoreApplication.translate("Inspector", "The breakout group whose copy brought this in a merge")
        )

    def show_group(self, group: str | None) -> None:
        """Show the group, or hide the row when there is none."""
        self.setText(group or "")
        self.form.setRowVisible(self, bool(group))


def origin_row(form: QFormLayout, label: str) -> OriginRow:
    """Add the row to `form`, hidden until a group is shown."""
    row = OriginRow(form)
    form.addRow(label, row)
    form.setRowVisible(row, False)
    return row
