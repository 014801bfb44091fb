"""Find in the map: labels, notes and annotations; step through the hits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from ..domain.document import Document
from ..domain.models import Card


def card_text(document: Document, card: Card) -> str:
    """Everything typed on a card, lower-cased, for searching."""
    parts = [
        card.label.pl or "",
        card.label.en or "",
        card.notes,
        card.expectations,
        card.experience,
        card.owner,
    ]
    for o in card.opportunities:
        parts += [o.pos_tool, o.description, o.retailer, o.owner, o.expected_impact, o.notes]
        period = document.period_of(o)
        if period is not None:
            parts += [period.name.pl or "", period.name.en or ""]
    for g in card.gaps:
        parts += [g.description, document.competitor_name(g.competitor)]
    return "\n".join(parts).lower()


class FindField(QLineEdit):
    """The search field: Enter steps forward, Shift+Enter back, Escape closes; the keys stop here."""

    def __init__(self, bar: FindBar) -> None:
        super().__init__()
        self.bar = bar

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.bar.step(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.bar.close_bar()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    """A bar above the canvas; Enter steps to the next hit, Shift+Enter to the previous one."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.field = FindField(self)
        self.field.setPlaceholderText(self.tr("Find in labels, notes and annotations"))
        self.field.setClearButtonEnabled(True)
        self.count = QLabel()
        previous, following, close = QToolButton(), QToolButton(), QToolButton()
        previous.setText("▲")
        following.setText("▼")
        close.setText("✕")
        previous.setToolTip(self.tr("Previous hit"))
        following.setToolTip(self.tr("Next hit"))
        close.setToolTip(self.tr("Close"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(QLabel(self.tr("Find:")))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self.field.textChanged.connect(self.search)
        previous.clicked.connect(lambda: self.step(-1))
        following.clicked.connect(lambda: self.step(1))
        close.clicked.connect(self.close_bar)
        self.hits: list[str] = []
        self.position = -1
        self.hide()

    def open(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self.search(self.field.text())

    def close_bar(self) -> None:
        self.hide()
        scene = self.window_.current_scene()
        if scene is not None:
            scene.set_highlight(set())
        self.window_.view.setFocus()

    def search(self, text: str) -> None:
        """Find every shown card whose text holds `text`."""
        scene = self.window_.current_scene()
        document = self.window_.document
        needle = text.strip().lower()
        self.hits = []
        if scene is not None and document is not None and needle:
            self.hits = [
                card.id
                for _, _, card in document.cards(scene.journey_id)
                if card.id in scene.cards and needle in card_text(document, card)
            ]
        self.position = -1
        if scene is not None:
            scene.set_highlight(set(self.hits))
        self._show_count()

    def step(self, delta: int) -> None:
        """Select and show the next (or previous) hit."""
        if not self.isVisible():
            self.open()
        if not self.hits:
            return
        self.position = (self.position + delta) % len(self.hits)
        scene = self.window_.current_scene()
        card_id = self.hits[self.position]
        scene.set_highlight(set(self.hits), current=card_id)
        scene.select_cards([card_id])
        self.window_.view.ensureVisible(scene.cards[card_id], 60, 60)
        self._show_count()

    def _show_count(self) -> None:
        if not self.field.text().strip():
            self.count.setText("")
        elif not self.hits:
            self.count.setText(self.tr("no hits"))
        elif self.position < 0:
            self.count.setText(self.tr("{0} hits").format(len(self.hits)))
        else:
            self.count.setText(self.tr("{0} of {1}").format(self.position + 1, len(self.hits)))
