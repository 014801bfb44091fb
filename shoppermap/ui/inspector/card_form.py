"""The fields of one card: label, status, emotion, owner, flags, the shopper's view and notes."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ...domain.labels import Label
from ...domain.models import Card, Status
from ..commands import UpdateCommand, quoted
from ..layouts import nested
from ..vocabulary import name_of
from ..votes import VoteStepper, step_text, vote_commands
from .choices import STATUS_COLORS, emotion_choices, status_choices, swatch
from .editing import Editing
from .fields import (
    ChoiceField,
    FlagField,
    LineField,
    MessageLabel,
    PlainField,
    owner_completer,
    section_header,
    set_completions,
    with_message,
)
from .origin import origin_row

log = logging.getLogger(__name__)


def compact_form() -> QFormLayout:
    """A form layout that stays readable in a narrow dock."""
    form = QFormLayout()
    form.setContentsMargins(0, 0, 0, 0)
    form.setHorizontalSpacing(8)
    form.setVerticalSpacing(6)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def align_labels(*forms: QFormLayout) -> None:
    """Give the label columns of several forms one width, so their fields line up."""
    labels = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                labels.append(item.widget())
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


def status_icons() -> dict:
    """A colour square for each status, and an outline for 'not assessed'."""
    return {None: swatch(None), **{status: swatch(color) for status, color in STATUS_COLORS.items()}}


class CardForm(QWidget):
    """Edits one card; every change is one undo step, written through at once."""

    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing = editing
        self.card_id: str | None = None
        self.messages: dict[str, MessageLabel] = {}

        self.label = LineField()
        self.label.setPlaceholderText(self.tr("Name of the touchpoint"))
        # the label in the other language: the team's text is both, unless translated separately
        self.other_label = LineField()
        self.other_label.setPlaceholderText(self.tr("Same as the label"))
        self.not_translated = QLabel(self.tr("Not translated: still the name before the last rename."))
        self.not_translated.setWordWrap(True)
        self.not_translated.setStyleSheet("color: #8A5A00; font-style: italic;")
        self.not_translated.hide()
        self.status = ChoiceField()
        self.status.set_choices(status_choices(), status_icons())
        self.emotion = ChoiceField()
        self.emotion.set_choices(emotion_choices())
        self.owner = LineField()
        self.owner.setPlaceholderText(self.tr("Person or team"))
        self.completer = owner_completer(self.owner)
        self.owner.set_completer_model(self.completer)
        self.moment_of_truth = FlagField(self.tr("Moment of truth"))
        self.moment_of_truth.setToolTip(self.tr("A critical moment that decides the purchase"))
        self.quick_win = FlagField(self.tr("Quick win"))
        self.quick_win.setToolTip(self.tr("Small cost, visible effect"))
        self.votes = VoteStepper()
        self.votes.setToolTip(self.tr("The room's dot votes on this touchpoint (+ and − on the map)"))
        self.expectations = PlainField(lines=3)
        self.expectations.setPlaceholderText(self.tr("What the shopper expects here"))
        self.experience = PlainField(lines=3)
        self.experience.setPlaceholderText(self.tr("What the shopper actually gets"))
        self.notes = PlainField(lines=4)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(section_header(self.tr("Touchpoint")))
        form = nested(column, compact_form())
        self._row(form, self.tr("Label"), "label", self.label)
        other = QWidget()
        other_column = QVBoxLayout(other)
        other_column.setContentsMargins(0, 0, 0, 0)
        other_column.setSpacing(1)
        other_column.addWidget(self.other_label)
        other_column.addWidget(self.not_translated)
        self.other_label_title = QLabel()
        box, self.messages["other_label"] = with_message(other)
        form.addRow(self.other_label_title, box)
        self._row(form, self.tr("Status"), "status", self.status)
        self._row(form, self.tr("Emotion"), "emotion", self.emotion)
        self._row(form, self.tr("Owner"), "owner", self.owner)
        flags = QWidget()
        # one above the other: side by side, the Polish marks made the inspector wider than its dock
        flag_column = QVBoxLayout(flags)
        flag_column.setContentsMargins(0, 0, 0, 0)
        flag_column.setSpacing(2)
        flag_column.addWidget(self.moment_of_truth)
        flag_column.addWidget(self.quick_win)
        self._row(form, self.tr("Marks"), "flags", flags)
        self._row(form, self.tr("Votes"), "votes", self.votes)
        self.origin = origin_row(form, self.tr("Brought by"))
        column.addWidget(section_header(self.tr("Shopper")))
        self.forms = [form]
        form = nested(column, compact_form())
        self.forms.append(form)
        self._row(form, self.tr("Expectations"), "expectations", self.expectations)
        self._row(form, self.tr("Experience"), "experience", self.experience)
        self._row(form, self.tr("Notes"), "notes", self.notes)

        self.label.committed.connect(self._commit_label)
        self.other_label.committed.connect(self._commit_other_label)
        self.status.committed.connect(self._commit_status)
        self.emotion.committed.connect(self._commit_emotion)
        self.owner.committed.connect(self._commit_owner)
        self.moment_of_truth.committed.connect(self._commit_moment_of_truth)
        self.quick_win.committed.connect(self._commit_quick_win)
        self.votes.stepped.connect(self._step_votes)
        for name in ("expectations", "experience", "notes"):
            field: PlainField = getattr(self, name)
            field.committed.connect(lambda text, name=name: self._commit_text(name, text))

    def _row(self, form: QFormLayout, label: str, name: str, widget: QWidget) -> None:
        box, self.messages[name] = with_message(widget)
        form.addRow(label, box)

    # --- showing -------------------------------------------------------------------------

    def card(self) -> Card | None:
        """The card being edited, if it still exists."""
        if self.card_id is None or self.editing.document is None:
            return None
        return self.editing.document.find(self.card_id)

    def set_card(self, card_id: str | None) -> None:
        """Edit another card: every field shows it afresh."""
        self.card_id = card_id
        self.refresh(force=True)

    def refresh(self, *, force: bool = False) -> None:
        """Show the card's values; fields whose value did not change keep what the user is typing."""
        card = self.card()
        if card is None:
            return
        if force:
            for message in self.messages.values():
                message.show_message(None)
        set_completions(self.completer, self.editing.owners())
        language = self.editing.language
        self._sync("label", self.label.set_value(card.label.text(language), force=force))
        other = "en" if language == "pl" else "pl"
        self.other_label_title.setText(self.tr("In English") if other == "en" else self.tr("In Polish"))
        self._sync("other_label", self.other_label.set_value(getattr(card.label, other) or "", force=force))
        self.not_translated.setVisible(card.label.left_behind(other))
        self.status.set_value(card.status)
        self.emotion.set_value(card.emotion)
        self._sync("owner", self.owner.set_value(card.owner, force=force))
        self.origin.show_group(card.origin_group)
        self.moment_of_truth.set_value(card.moment_of_truth)
        self.quick_win.set_value(card.quick_win)
        self.votes.set_value(card.votes)
        for name in ("expectations", "experience", "notes"):
            field: PlainField = getattr(self, name)
            self._sync(name, field.set_value(getattr(card, name), force=force))

    def _sync(self, name: str, changed: bool) -> None:
        if changed:  # the document's value replaced the user's, and with it the complaint about it
            self.messages[name].show_message(None)

    def flush(self) -> None:
        """Commit whatever the user typed but has not committed yet (before the card changes)."""
        for field in (
            self.label,
            self.other_label,
            self.status,
            self.emotion,
            self.owner,
            self.expectations,
            self.experience,
            self.notes,
        ):
            field.flush()

    # --- committing ----------------------------------------------------------------------

    def _update(self, name: str, fields: dict, text: str, *, extra: list | None = None) -> bool:
        card = self.card()
        if card is None:
            return False
        commands = [*(extra or []), UpdateCommand(self.editing.document, card.id, fields, text)]
        error = self.editing.apply(commands, text=text)
        self.messages[name].show_message(error)
        return error is None

    def _commit_label(self, text: str) -> None:
        card = self.card()
        if card is None:
            return
        if not text.strip():
            self.messages["label"].show_message(self.tr("A card needs a label."))
            return
        command = self.tr("Rename card {card} to {name}").format(
            card=self.editing.card_name(card), name=quoted(text)
        )
        if self._update("label", {"label": card.label.renamed(self.editing.language, text)}, command):
            self.refresh(force=True)

    def _commit_other_label(self, text: str) -> None:
        """The label written in the other language: a translation of the team's own."""
        card = self.card()
        if card is None:
            return
        other = "en" if self.editing.language == "pl" else "pl"
        text = " ".join(text.split())
        label = (
            card.label.with_text(other, text)
            if text
            else Label(**{self.editing.language: card.label.text(self.editing.language)})
        )
        if label == card.label:
            self.refresh(force=True)
            return
        command = self.tr("Translate card {card} as {name}").format(
            card=self.editing.card_name(card), name=quoted(text or card.label.text(self.editing.language))
        )
        if self._update("other_label", {"label": label}, command):
            self.refresh(force=True)

    def _commit_status(self, status: Status | None) -> None:
        card = self.card()
        if card is None:
            return
        value = name_of(status_choices(), status).lower()
        command = self.tr("Set status of {card} to {value}").format(
            card=self.editing.card_name(card), value=value
        )
        self._update("status", {"status": status}, command)
        self.status.set_value(self.card().status)

    def _commit_emotion(self, emotion: int | None) -> None:
        card = self.card()
        if card is None:
            return
        value = name_of(emotion_choices(), emotion).lower()
        command = self.tr("Set emotion at {card} to {value}").format(
            card=self.editing.card_name(card), value=value
        )
        self._update("emotion", {"emotion": emotion}, command)
        self.emotion.set_value(self.card().emotion)

    def _commit_owner(self, text: str) -> None:
        card = self.card()
        if card is None:
            return
        name = self.editing.known_owner(text)
        if name:
            command = self.tr("Set owner of {card} to {name}").format(
                card=self.editing.card_name(card), name=quoted(name)
            )
        else:
            command = self.tr("Clear owner of {card}").format(card=self.editing.card_name(card))
        if self._update("owner", {"owner": name}, command, extra=self.editing.owner_commands(name)):
            self.owner.set_value(self.card().owner, force=True)

    def _commit_moment_of_truth(self, checked: bool) -> None:
        card = self.card()
        if card is None:
            return
        template = (
            self.tr("Mark {card} as a moment of truth")
            if checked
            else self.tr("Unmark {card} as a moment of truth")
        )
        self._update(
            "flags", {"moment_of_truth": checked}, template.format(card=self.editing.card_name(card))
        )
        self.moment_of_truth.set_value(self.card().moment_of_truth)

    def _commit_quick_win(self, checked: bool) -> None:
        card = self.card()
        if card is None:
            return
        template = (
            self.tr("Mark {card} as a quick win") if checked else self.tr("Unmark {card} as a quick win")
        )
        self._update("flags", {"quick_win": checked}, template.format(card=self.editing.card_name(card)))
        self.quick_win.set_value(self.card().quick_win)

    def _step_votes(self, delta: int) -> None:
        card = self.card()
        if card is None:
            return
        commands = vote_commands(self.editing.document, [card.id], delta)
        text = step_text(self.editing.document, [card.id], delta, name=self.editing.card_name(card))
        self.messages["votes"].show_message(self.editing.apply(commands, text=text))

    def _commit_text(self, name: str, text: str) -> None:
        card = self.card()
        if card is None:
            return
        templates = {
            "expectations": self.tr("Edit expectations at {card}"),
            "experience": self.tr("Edit experience at {card}"),
            "notes": self.tr("Edit notes of {card}"),
        }
        command = templates[name].format(card=self.editing.card_name(card))
        if self._update(name, {name: text}, command):
            getattr(self, name).set_value(getattr(self.card(), name), force=True)
