"""Dot votes: the facilitator adds or takes away one vote at a time on cards and POS actions.

The room votes with paper dots or hands; the facilitator enters the tally with + and −. One key
press or click is one undo step for everything selected, and a count never goes below zero.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ..domain.document import Document
from ..domain.models import MAX_VOTES, Card
from .commands import UpdateCommand, quoted
from .editor import Editor

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def vote_commands(document: Document, obj_ids: list[str], delta: int) -> list[UpdateCommand]:
    """One update per card or action whose count moves by `delta` (those at 0 or the cap are left)."""
    commands = []
    for obj_id in obj_ids:
        obj = document.find(obj_id)
        if obj is None or not hasattr(obj, "votes"):
            continue
        votes = max(0, min(MAX_VOTES, obj.votes + delta))
        if votes != obj.votes:
            commands.append(UpdateCommand(document, obj_id, {"votes": votes}, ""))
    return commands


def step_text(document: Document, obj_ids: list[str], delta: int, *, name: str | None = None) -> str:
    """The undo step's name: "Add a vote to 'Leaflet'", "Remove a vote from 3 cards"."""
    if name is None:
        first = document.find(obj_ids[0]) if len(obj_ids) == 1 else None
        if isinstance(first, Card):
            name = quoted(first.label.text(document.workshop.workshop.language))
    if name is None and isinstance(document.find(obj_ids[0]), Card):
        if delta > 0:
            return translate("Votes", "Add a vote to {0} cards").format(len(obj_ids))
        return translate("Votes", "Remove a vote from {0} cards").format(len(obj_ids))
    if name is None:
        if delta > 0:
            return translate("Votes", "Add a vote to {0} actions").format(len(obj_ids))
        return translate("Votes", "Remove a vote from {0} actions").format(len(obj_ids))
    if delta > 0:
        return translate("Votes", "Add a vote to {0}").format(name)
    return translate("Votes", "Remove a vote from {0}").format(name)


def step_votes(
    editor: Editor | None, obj_ids: list[str], delta: int, *, name: str | None = None, origin=None
) -> bool:
    """Add (delta > 0) or take away a vote on every object named, as one undo step."""
    if editor is None or not obj_ids:
        return False
    commands = vote_commands(editor.document, obj_ids, delta)
    if not commands:
        return False
    text = step_text(editor.document, obj_ids, delta, name=name)
    return editor.apply(commands, text=text, origin=origin)


class VoteStepper(QWidget):
    """The count of votes between − and + buttons; `stepped(delta)` asks for one vote more or less."""

    stepped = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minus = QToolButton()
        self.minus.setText("−")
        self.minus.setObjectName("vote-minus")
        self.minus.setToolTip(translate("Votes", "Remove a vote"))
        self.plus = QToolButton()
        self.plus.setText("+")
        self.plus.setObjectName("vote-plus")
        self.plus.setToolTip(translate("Votes", "Add a vote"))
        self.count = QLabel("0")
        self.count.setObjectName("vote-count")
        self.count.setMinimumWidth(36)
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.count.font()
        font.setBold(True)
        self.count.setFont(font)
        for button in (self.minus, self.plus):
            button.setMinimumWidth(28)
            button.setAutoRaise(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.minus)
        row.addWidget(self.count)
        row.addWidget(self.plus)
        row.addStretch(1)
        self.minus.clicked.connect(lambda: self.stepped.emit(-1))
        self.plus.clicked.connect(lambda: self.stepped.emit(1))

    def set_value(self, votes: int) -> None:
        """Show a count; − is off at zero and + at the cap."""
        self.count.setText(str(votes))
        self.minus.setEnabled(votes > 0)
        self.plus.setEnabled(votes < MAX_VOTES)

    def value(self) -> int:
        return int(self.count.text())
