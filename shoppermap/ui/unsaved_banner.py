"""The banner over the canvas while changes cannot be written to the workshop file."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from .editor import unsaved_message
from .layouts import nested


class UnsavedBanner(QFrame):
    """Says why changes cannot be saved and what to do, how many wait, and offers Retry and Save a Copy As."""

    retry_requested = Signal()
    save_copy_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("unsaved-banner")
        self.setStyleSheet("#unsaved-banner { background: #F8D7DA; border-bottom: 1px solid #C9707A; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.count = QLabel()
        self.retry_button = QPushButton(self.tr("Retry"))
        self.save_copy_button = QPushButton(self.tr("Save a Copy As…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        text = nested(layout, QVBoxLayout(), 1)
        text.setSpacing(2)
        text.addWidget(self.label)
        text.addWidget(self.count)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.save_copy_button)
        self.retry_button.clicked.connect(self.retry_requested)
        self.save_copy_button.clicked.connect(self.save_copy_requested)
        self.hide()

    def show_state(self, error: Exception | None, waiting: int) -> None:
        """Show why `waiting` changes wait for the file (`error`), or hide when none wait."""
        if error is None:
            self.hide()
            return
        self.label.setText(unsaved_message(error))
        self.count.setText(self.tr("Changes kept only in this window: {0}").format(waiting))
        self.show()
