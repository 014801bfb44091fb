"""The banner over the canvas of a workshop opened read-only."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton


class ReadOnlyBanner(QFrame):
    """Says the workshop cannot be changed here and offers to save an editable copy."""

    save_copy_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("read-only-banner")
        self.setStyleSheet("#read-only-banner { background: #FFF3CD; border-bottom: 1px solid #E0C36A; }")
        self.label = QLabel(
            self.tr(
                "This workshop is open read-only (read-only media, no permission, or open elsewhere). Nothing will be written to it."
            )
        )
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Save a copy to edit…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.save_copy_requested)
        self.hide()

    def set_read_only(self, read_only: bool) -> None:
        """Show the banner for a read-only workshop."""
        self.setVisible(read_only)
