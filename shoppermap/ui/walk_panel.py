"""The guided walk's panel: the phase in front of the room, the method's questions and its cards."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .layouts import nested


def walk_questions() -> list[str]:
    """The method's four questions, asked at every touchpoint of the walk."""
    return [
        QCoreApplication.translate("Walk", "How can this touchpoint build our sales?"),
        QCoreApplication.translate("Walk", "Where do we miss the shopper here?"),
        QCoreApplication.translate("Walk", "Where does a competitor take the shopper's attention?"),
        QCoreApplication.translate("Walk", "What can we start now?"),
    ]


def progress_text(walked: int, total: int) -> str:
    """'12 of 18 phases walked'."""
    return QCoreApplication.translate("Walk", "{0} of {1} phases walked").format(walked, total)


@dataclass(frozen=True)
class WalkStep:
    """What the panel shows of one phase."""

    number: int  # 1-based
    count: int
    stage: str
    phase: str
    cards: list[str]
    walked: bool
    progress: tuple[int, int]


class WalkPanel(QWidget):
    """Shows one phase of the walk; its buttons ask the walk to move on, back, mark or stop."""

    previous_requested = Signal()
    next_requested = Signal()
    walked_toggled = Signal(bool)
    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walk-panel")
        self.step_label = QLabel()
        self.stage_label = QLabel()
        self.phase_label = QLabel()
        self.phase_label.setWordWrap(True)
        self.questions = QLabel()
        self.questions.setWordWrap(True)
        self.questions.setTextFormat(Qt.TextFormat.RichText)
        self.cards_title = QLabel()
        self.cards = QListWidget()
        self.cards.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys belong to the walk, not the list
        self.walked = QCheckBox(self.tr("Walked"))
        self.progress = QLabel()
        self.previous = QPushButton(self.tr("◀ Previous"))
        self.next = QPushButton(self.tr("Next ▶"))
        self.stop = QPushButton(self.tr("End Walk"))
        for button in (self.previous, self.next, self.stop, self.walked):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        for widget in (self.step_label, self.stage_label, self.phase_label, self.questions, self.cards_title):
            layout.addWidget(widget)
        layout.addWidget(self.cards, 1)
        row = nested(layout, QHBoxLayout())
        row.addWidget(self.walked)
        row.addStretch(1)
        row.addWidget(self.progress)
        buttons = nested(layout, QHBoxLayout())
        buttons.addWidget(self.previous)
        buttons.addWidget(self.next)
        buttons.addStretch(1)
        buttons.addWidget(self.stop)
        self.previous.clicked.connect(self.previous_requested)
        self.next.clicked.connect(self.next_requested)
        self.stop.clicked.connect(self.stop_requested)
        self.walked.clicked.connect(self.walked_toggled)
        self.set_large(False)

    def set_large(self, large: bool) -> None:
        """Type for a laptop, or for the back of the room (presentation mode)."""
        base = 22 if large else 13
        self.setMinimumWidth(480 if large else 300)  # the questions read in a few lines, not a column

        def sized(widget: QWidget, px: int, *, bold: bool = False) -> None:
            font = QFont(self.font())
            font.setPixelSize(px)
            font.setBold(bold)
            widget.setFont(font)

        sized(self.step_label, base)
        sized(self.stage_label, base, bold=True)
        sized(self.phase_label, round(base * 1.7), bold=True)
        sized(self.questions, round(base * 1.15))
        sized(self.cards_title, base, bold=True)
        sized(self.cards, base)
        for widget in (self.walked, self.progress, self.previous, self.next, self.stop):
            sized(widget, base)
        box = round(base * 1.1)
        self.walked.setStyleSheet(f"QCheckBox::indicator {{ width: {box}px; height: {box}px; }}")

    def show_step(self, step: WalkStep) -> None:
        """Show one phase of the walk."""
        self.step_label.setText(self.tr("Phase {0} of {1}").format(step.number, step.count))
        self.stage_label.setText(step.stage)
        self.phase_label.setText(step.phase)
        items = "".join(f"<li>{question}</li>" for question in walk_questions())
        self.questions.setText(f"<ol style='margin-left:0px; -qt-list-indent:1'>{items}</ol>")
        self.cards_title.setText(self.tr("Touchpoints ({0})").format(len(step.cards)))
        self.cards.clear()
        self.cards.addItems(step.cards)
        self.walked.setChecked(step.walked)
        self.progress.setText(progress_text(*step.progress))
        self.previous.setEnabled(step.number > 1)
        self.next.setText(self.tr("Next ▶") if step.number < step.count else self.tr("Finish ✔"))
