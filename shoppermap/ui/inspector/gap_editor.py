"""The fields of one competitor gap, under the card's list of gaps."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QWidget

from ...domain.models import Gap, GapKind, Threat
from ..commands import UpdateCommand, quoted
from ..vocabulary import name_of
from .card_form import compact_form
from .choices import THREAT_COLORS, gap_kind_choices, gap_kind_tips, swatch, threat_choices
from .editing import Editing
from .fields import ChoiceField, ComboTextField, MessageLabel, PlainField, with_message

log = logging.getLogger(__name__)


class GapEditor(QWidget):
    """Edits the gap selected in the list; a new competitor name joins the workshop in the same undo step."""

    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing = editing
        self.gap_id: str | None = None
        self.messages: dict[str, MessageLabel] = {}

        self.competitor = ComboTextField()
        self.competitor.lineEdit().setPlaceholderText(self.tr("Pick or type a competitor"))
        self.kind = ChoiceField()
        self.kind.set_choices(gap_kind_choices(), tips=gap_kind_tips())
        self.description = PlainField(lines=2)
        self.threat = ChoiceField()
        self.threat.set_choices(threat_choices(), {t: swatch(c) for t, c in THREAT_COLORS.items()})
        self.answer = ChoiceField()
        self.answer.setToolTip(self.tr("The opportunity on this card that answers the gap"))

        form = compact_form()
        self.setLayout(form)
        for label, name, widget in (
            (self.tr("Competitor"), "competitor", self.competitor),
            (self.tr("Kind"), "kind", self.kind),
            (self.tr("Description"), "description", self.description),
            (self.tr("Threat"), "threat", self.threat),
            (self.tr("Answered by"), "opportunity", self.answer),
        ):
            box, self.messages[name] = with_message(widget)
            form.addRow(label, box)

        self.competitor.committed.connect(self._commit_competitor)
        self.kind.committed.connect(lambda value: self._commit("kind", value))
        self.description.committed.connect(lambda text: self._commit("description", text))
        self.threat.committed.connect(lambda value: self._commit("threat", value))
        self.answer.committed.connect(lambda value: self._commit("opportunity", value))

    def gap(self) -> Gap | None:
        """The gap being edited, if it still exists."""
        if self.gap_id is None or self.editing.document is None:
            return None
        return self.editing.document.find(self.gap_id)

    def set_gap(self, gap_id: str | None) -> None:
        """Edit another gap: every field shows it afresh."""
        self.gap_id = gap_id
        self.refresh(force=True)

    def item(self):
        """The item being edited (what an AnnotationSection asks for)."""
        return self.gap()

    def set_item(self, item_id: str | None) -> None:
        """Edit another item (what an AnnotationSection asks for)."""
        self.set_gap(item_id)

    def refresh(self, *, force: bool = False) -> None:
        """Show the gap's values; unchanged fields keep what the user is typing."""
        gap = self.gap()
        if gap is None:
            return
        if force:
            for message in self.messages.values():
                message.show_message(None)
        document = self.editing.document
        card = document.get(document.parent_of(gap.id))
        self.competitor.set_suggestions(self.editing.competitor_names())
        if self.competitor.set_value(document.competitor_name(gap.competitor), force=force):
            self.messages["competitor"].show_message(None)
        if self.description.set_value(gap.description, force=force):
            self.messages["description"].show_message(None)
        self.kind.set_value(gap.kind)
        self.kind.setToolTip(gap_kind_tips()[gap.kind])
        self.threat.set_value(gap.threat)
        answers = [(self.tr("— none —"), None)]
        answers += [(self.editing.opportunity_line(o), o.id) for o in card.opportunities]
        self.answer.set_choices(answers)
        self.answer.set_value(gap.opportunity)

    def flush(self) -> None:
        """Commit whatever the user typed but has not committed yet."""
        for field in (self.competitor, self.kind, self.description, self.threat, self.answer):
            field.flush()

    def _command_text(self, name: str, gap: Gap, value: Any) -> str:
        document = self.editing.document
        target = quoted(document.competitor_name(gap.competitor)) if gap.competitor else self.tr("the gap")
        if name == "kind":
            return self.tr("Set kind of gap {target} to {value}").format(
                target=target, value=name_of(gap_kind_choices(), GapKind(value)).lower()
            )
        if name == "threat":
            return self.tr("Set threat of {target} to {value}").format(
                target=target, value=name_of(threat_choices(), Threat(value)).lower()
            )
        if name == "opportunity":
            if value is None:
                return self.tr("Clear the answer to {target}").format(target=target)
            answer = self.editing.opportunity_name(document.get(value))
            return self.tr("Answer {target} with {answer}").format(target=target, answer=answer)
        return self.tr("Edit description of {target}").format(target=target)

    def _commit(self, name: str, value: Any, *, text: str | None = None, extra: list | None = None) -> bool:
        gap = self.gap()
        if gap is None:
            return False
        text = text or self._command_text(name, gap, value)
        commands = [*(extra or []), UpdateCommand(self.editing.document, gap.id, {name: value}, text)]
        error = self.editing.apply(commands, text=text)
        self.messages[name].show_message(error)  # a done edit reaches this form through the change-set
        return error is None

    def _commit_competitor(self, text: str) -> None:
        gap = self.gap()
        if gap is None:
            return
        competitor_id, extra = self.editing.competitor_for(text)
        if competitor_id is None:
            command = self.tr("Clear the competitor of a gap")
        else:
            name = " ".join(text.split())
            command = self.tr("Set competitor of a gap to {name}").format(name=quoted(name))
        if self._commit("competitor", competitor_id, text=command, extra=extra):
            self.competitor.set_value(
                self.editing.document.competitor_name(self.gap().competitor), force=True
            )
