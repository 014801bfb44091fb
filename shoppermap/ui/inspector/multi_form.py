"""The fields several selected cards share: status, owner, moment of truth and quick win."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...domain.models import Card, Status
from ..commands import UpdateCommand, quoted
from ..layouts import nested
from ..vocabulary import name_of
from .card_form import compact_form, status_icons
from .choices import status_choices
from .editing import Editing
from .fields import (
    ChoiceField,
    FlagField,
    LineField,
    MessageLabel,
    owner_completer,
    section_header,
    set_completions,
    with_message,
)

log = logging.getLogger(__name__)


def shared(values: list[Any]) -> tuple[bool, Any]:
    """(True, value) when all values are equal, else (False, None)."""
    first = values[0] if values else None
    return all(v == first for v in values), first


class MultiCardForm(QWidget):
    """Edits the fields several cards share; one change applies to all of them in one undo step."""

    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing = editing
        self.card_ids: list[str] = []
        self.messages: dict[str, MessageLabel] = {}

        self.status = ChoiceField()
        self.status.set_choices(status_choices(), status_icons())
        self.owner = LineField()
        self.completer = owner_completer(self.owner)
        self.owner.set_completer_model(self.completer)
        self.moment_of_truth = FlagField(self.tr("Moment of truth"))
        self.quick_win = FlagField(self.tr("Quick win"))
        self.hint = QLabel(self.tr("Changes here apply to every selected card."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(section_header(self.tr("Shared fields")))
        column.addWidget(self.hint)
        column.addSpacing(6)
        form = nested(column, compact_form())
        for label, name, widget in (
            (self.tr("Status"), "status", self.status),
            (self.tr("Owner"), "owner", self.owner),
            ("", "moment_of_truth", self.moment_of_truth),
            ("", "quick_win", self.quick_win),
        ):
            box, self.messages[name] = with_message(widget)
            form.addRow(label, box)

        self.status.committed.connect(self._commit_status)
        self.owner.committed.connect(self._commit_owner)
        self.moment_of_truth.committed.connect(lambda on: self._commit_flag("moment_of_truth", on))
        self.quick_win.committed.connect(lambda on: self._commit_flag("quick_win", on))

    def cards(self) -> list[Card]:
        """The selected cards that still exist."""
        document = self.editing.document
        if document is None:
            return []
        return [card for card in (document.find(i) for i in self.card_ids) if card is not None]

    def set_cards(self, card_ids: list[str]) -> None:
        """Edit another set of cards."""
        self.card_ids = list(card_ids)
        self.refresh(force=True)

    def refresh(self, *, force: bool = False) -> None:
        """Show the shared values, and '— mixed —' where the cards differ."""
        cards = self.cards()
        if not cards:
            return
        if force:
            for message in self.messages.values():
                message.show_message(None)
        set_completions(self.completer, self.editing.owners())
        same, status = shared([c.status for c in cards])
        if same:
            self.status.set_value(status)
        else:
            self.status.set_mixed()
        same, owner = shared([c.owner for c in cards])
        self.owner.setPlaceholderText(self.tr("Person or team") if same else self.tr("— mixed —"))
        if self.owner.set_value(owner if same else "", force=force):
            self.messages["owner"].show_message(None)
        for name in ("moment_of_truth", "quick_win"):
            same, flag = shared([getattr(c, name) for c in cards])
            getattr(self, name).set_value(flag if same else None)

    def flush(self) -> None:
        """Commit a typed owner or a stepped-to status not committed yet."""
        self.status.flush()
        self.owner.flush()

    def _apply(self, name: str, fields: dict, text: str, *, extra: list | None = None) -> bool:
        cards = self.cards()
        commands = [
            *(extra or []),
            *(UpdateCommand(self.editing.document, c.id, fields, text) for c in cards),
        ]
        error = self.editing.apply(commands, text=text)
        self.messages[name].show_message(error)
        if error is not None:
            self.refresh()  # show the stored values again; a done edit comes back through the change-set
        return error is None

    def _commit_status(self, status: Status | None) -> None:
        value = name_of(status_choices(), status).lower()
        text = self.tr("Set status of {count} cards to {value}").format(count=len(self.cards()), value=value)
        self._apply("status", {"status": status}, text)

    def _commit_owner(self, text: str) -> None:
        name = self.editing.known_owner(text)
        count = len(self.cards())
        if name:
            command = self.tr("Set owner of {count} cards to {name}").format(count=count, name=quoted(name))
        else:
            command = self.tr("Clear owner of {count} cards").format(count=count)
        if self._apply("owner", {"owner": name}, command, extra=self.editing.owner_commands(name)):
            self.owner.set_value(name, force=True)

    def _commit_flag(self, name: str, on: bool) -> None:
        count = len(self.cards())
        texts = {
            ("moment_of_truth", True): self.tr("Mark {count} cards as moments of truth"),
            ("moment_of_truth", False): self.tr("Unmark {count} cards as moments of truth"),
            ("quick_win", True): self.tr("Mark {count} cards as quick wins"),
            ("quick_win", False): self.tr("Unmark {count} cards as quick wins"),
        }
        self._apply(name, {name: on}, texts[name, on].format(count=count))
