"""The inspector: a scrolling panel that edits the cards selected on the map."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ...domain.changes import ChangeSet, Moved
from ...domain.document import Document, Kind
from ...domain.frameworks import PosToolCatalogue
from ..editor import Editor
from .editing import Editing, first_line

if TYPE_CHECKING:
    from .card_form import CardForm
    from .gap_list import GapSection
    from .multi_form import MultiCardForm
    from .opportunity_list import OpportunitySection

log = logging.getLogger(__name__)

_CARD_PARTS = (Kind.OPPORTUNITY, Kind.GAP)
_CARD_LEVEL = frozenset({Kind.CARD, Kind.OPPORTUNITY, Kind.GAP, Kind.COMPETITOR})


class Inspector(QWidget):
    """Edits the selected card (all its fields, opportunities and gaps) or the fields several cards share.

    Every change is one undo step on the given stack, written through to the file at once. The
    inspector follows the document's events, so an undo or an edit elsewhere shows up here; such a
    refresh never creates a command.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing = Editing(origin=self)
        self.card_ids: list[str] = []
        self._shown: list[str] = []  # the requested cards that exist, as last laid out
        self._refreshing = False
        self.setMinimumWidth(320)

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.path = QLabel()
        self.path.setTextFormat(Qt.TextFormat.PlainText)
        self.path.setWordWrap(True)
        self.path.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.path.setStyleSheet("color: palette(placeholder-text);")
        self.read_only_note = QLabel(self.tr("This workshop is open read-only: save a copy to edit it."))
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet("color: #8a5a00;")
        self.empty = QLabel(
            self.tr(
                "Select a card on the map to see and edit its details.\n\n"
                "Select several cards to set their status, owner or marks all at once."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 24px 8px;")
        self._forms: tuple[CardForm, OpportunitySection, GapSection, MultiCardForm] | None = None

        content = QWidget()
        self.column = QVBoxLayout(content)
        self.column.setContentsMargins(10, 8, 10, 12)
        self.column.setSpacing(4)
        for widget in (self.title, self.path, self.read_only_note, self.empty):
            self.column.addWidget(widget)
        self.column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self._lay_out()

    # --- the forms, made when a card is first selected -------------------------------------
    # (about a hundred widgets and their modules: made up front they would cost every start ~40 ms)

    def _built_forms(self) -> tuple[CardForm, OpportunitySection, GapSection, MultiCardForm]:
        if self._forms is None:
            from .card_form import CardForm, align_labels
            from .gap_list import GapSection
            from .multi_form import MultiCardForm
            from .opportunity_list import OpportunitySection

            forms = (
                CardForm(self.editing),
                OpportunitySection(self.editing),
                GapSection(self.editing),
                MultiCardForm(self.editing),
            )
            card_form, opportunities, gaps, _multi = forms
            align_labels(*card_form.forms, opportunities.editor.layout(), gaps.editor.layout())
            for position, widget in enumerate(forms, start=self.column.count() - 1):
                widget.hide()
                self.column.insertWidget(position, widget)
            self._forms = forms
        return self._forms

    @property
    def card_form(self) -> CardForm:
        return self._built_forms()[0]

    @property
    def opportunities(self) -> OpportunitySection:
        return self._built_forms()[1]

    @property
    def gaps(self) -> GapSection:
        return self._built_forms()[2]

    @property
    def multi_form(self) -> MultiCardForm:
        return self._built_forms()[3]

    # --- the API the main window uses ----------------------------------------------------

    def set_context(
        self,
        document: Document | None,
        editor: Editor | None,
        pos_tools: PosToolCatalogue | None,
        language: str,
    ) -> None:
        """Edit `document` through the gateway `editor`; forgets the selection and the previous document."""
        self.flush()
        if self.editing.document is not None:
            self._follow(self.editing.document, connect=False)
        self.editing.document = document
        self.editing.editor = editor
        self.editing.pos_tools = pos_tools
        self.editing.language = language
        if document is not None:
            self._follow(document, connect=True)
        self.card_ids = []
        self._lay_out()

    def show_cards(self, card_ids: list[str]) -> None:
        """Show the cards selected on the map; [] shows what to do instead."""
        self.flush()
        self.card_ids = list(dict.fromkeys(card_ids))
        self._lay_out()

    def set_language(self, language: str) -> None:
        """Show labels of cards and POS tools in 'pl' or 'en'."""
        self.flush()
        self.editing.language = language
        self._lay_out()

    def flush(self) -> None:
        """Commit what the user typed but has not committed yet (before the selection changes)."""
        if self.editing.document is None or self._refreshing:
            return
        if len(self._shown) == 1:
            self.card_form.flush()
            self.opportunities.flush()
            self.gaps.flush()
        elif len(self._shown) > 1:
            self.multi_form.flush()

    # --- showing -------------------------------------------------------------------------

    def _existing(self) -> list[str]:
        document = self.editing.document
        if document is None:
            return []
        return [i for i in self.card_ids if document.find(i) is not None and document.kind_of(i) == Kind.CARD]

    @contextlib.contextmanager
    def _refresh(self) -> Iterator[None]:
        # while the fields are brought up to date, nothing they report may become a command
        before = self._refreshing, self.editing.paused
        self._refreshing, self.editing.paused = True, True
        try:
            yield
        finally:
            self._refreshing, self.editing.paused = before

    def _lay_out(self) -> None:
        """Choose the page for the selection and show it from scratch."""
        with self._refresh():
            self._shown = self._existing()
            one, many = len(self._shown) == 1, len(self._shown) > 1
            document = self.editing.document
            self.empty.setVisible(not self._shown)
            self.title.setVisible(bool(self._shown))
            self.path.setVisible(bool(self._shown))
            self.read_only_note.setVisible(document is not None and document.read_only)
            if self._shown or self._forms is not None:
                for widget in self._built_forms():
                    widget.setVisible(many if widget is self.multi_form else one)
                    widget.setEnabled(document is not None and not document.read_only)
            if one:
                self.card_form.set_card(self._shown[0])
                self.opportunities.set_card(self._shown[0])
                self.gaps.set_card(self._shown[0])
            elif many:
                self.multi_form.set_cards(self._shown)
            self._update_title()

    def refresh(self) -> None:
        """Show the document's current values, keeping what the user is typing in unchanged fields."""
        if self._existing() != self._shown:
            self._lay_out()
            return
        with self._refresh():
            if len(self._shown) == 1:
                self.card_form.refresh()
                self.opportunities.refresh()
                self.gaps.refresh()
            elif self._shown:
                self.multi_form.refresh()
            self._update_title()

    def _update_title(self) -> None:
        document, language = self.editing.document, self.editing.language
        if not self._shown or document is None:
            return
        cards = [document.get(i) for i in self._shown]
        if len(cards) == 1:
            card = cards[0]
            phase = document.get(document.parent_of(card.id))
            stage = document.get(document.parent_of(phase.id))
            self.title.setText(first_line(card.label.text(language), 90))
            self.path.setText(
                f"{first_line(stage.label.text(language))} › {first_line(phase.label.text(language))}"
            )
        else:
            self.title.setText(self.tr("{count} cards selected").format(count=len(cards)))
            names = [first_line(c.label.text(language), 40) for c in cards[:5]]
            more = len(cards) - len(names)
            self.path.setText(
                ", ".join(names) + (self.tr(" and {count} more").format(count=more) if more else "")
            )

    # --- following the document ----------------------------------------------------------

    def _follow(self, document: Document, *, connect: bool) -> None:
        if connect:
            document.changes.connect(self._on_changes)
        else:
            document.changes.disconnect(self._on_changes)

    def _on_changes(self, changes: ChangeSet) -> None:
        # the inspector's own edits come back this way too: this is the one refresh they get
        if not self._shown:
            return
        if _only_moves(changes):
            # cards and columns moved: only the title's stage and phase can have changed
            with self._refresh():
                self._update_title()
            return
        if (
            changes.workshop
            or changes.kinds - _CARD_LEVEL  # the title names the stage and phase
            or Kind.COMPETITOR in changes.kinds
            or changes.concerns(self._shown)
        ):
            self.refresh()


def _only_moves(changes: ChangeSet) -> bool:
    """True when an edit only moved cards, phases or stages (not opportunities or gaps within a card)."""
    return not changes.workshop and all(
        isinstance(e, Moved) and e.kind in (Kind.CARD, Kind.PHASE, Kind.STAGE) for e in changes.entries
    )
