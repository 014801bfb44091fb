"""The fields of one POS opportunity, under the card's list of opportunities."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtWidgets import QWidget

from ...domain.models import Opportunity
from ..commands import UpdateCommand, quoted
from ..vocabulary import (
    kpi_choices,
    name_of,
    opportunity_status_choices,
    priority_choices,
    scale_choices,
)
from ..votes import VoteStepper, step_text, vote_commands
from .action_numbers import ActionNumbers
from .card_form import compact_form
from .editing import Editing
from .fields import (
    ChoiceField,
    ComboTextField,
    DateField,
    LineField,
    MessageLabel,
    PlainField,
    owner_completer,
    set_completions,
    with_message,
)
from .origin import origin_row

log = logging.getLogger(__name__)


class OpportunityEditor(QWidget):
    """Edits the opportunity selected in the list; every change is one undo step."""

    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing = editing
        self.opportunity_id: str | None = None
        self.messages: dict[str, MessageLabel] = {}

        self.pos_tool = ComboTextField()
        self.pos_tool.lineEdit().setPlaceholderText(self.tr("Pick a tool or type your own"))
        self.description = PlainField(lines=2)
        self.retailer = ComboTextField()
        self.retailer.lineEdit().setPlaceholderText(self.tr("Retailer or channel"))
        self.priority = ChoiceField()
        self.priority.set_choices(priority_choices())
        self.expected_impact = LineField()
        self.expected_impact.setPlaceholderText(self.tr("e.g. +15% rotation"))
        self.numbers = ActionNumbers(self.editing, self.opportunity, self.messages, self)
        self.cost = self.numbers.fields["cost"]
        self.owner = LineField()
        self.owner.setPlaceholderText(self.tr("Person or team"))
        self.completer = owner_completer(self.owner)
        self.owner.set_completer_model(self.completer)
        self.start = DateField(self.tr("Start date"))
        self.end = DateField(self.tr("End date"))
        self.period = ChoiceField()
        self.period.setToolTip(
            self.tr("In a sales period with dates, the opportunity runs on the period's dates")
        )
        self.kpi = ChoiceField()
        self.kpi.set_choices(kpi_choices())
        self.status = ChoiceField()
        self.status.set_choices(opportunity_status_choices())
        self.notes = PlainField(lines=2)
        self.value = ChoiceField()
        self.value.set_choices(scale_choices())
        self.value.setToolTip(self.tr("Expected value for the business, 1 (low) to 5 (high)"))
        self.effort = ChoiceField()
        self.effort.set_choices(scale_choices())
        self.effort.setToolTip(self.tr("Effort or cost to make it happen, 1 (low) to 5 (high)"))
        self.votes = VoteStepper()
        self.votes.setToolTip(self.tr("The room's dot votes on this action"))

        form = compact_form()
        self.setLayout(form)
        rows: list[tuple[str, str, QWidget, tuple[QWidget, ...]]] = [
            (self.tr("POS tool"), "pos_tool", self.pos_tool, ()),
            *self.numbers.identity_rows(),
            (self.tr("Description"), "description", self.description, ()),
            (self.tr("Retailer"), "retailer", self.retailer, ()),
            (self.tr("Priority"), "priority", self.priority, ()),
            (self.tr("Impact"), "expected_impact", self.expected_impact, ()),
            (self.tr("Owner"), "owner", self.owner, ()),
            (self.tr("Start"), "start", self.start, ()),
            (self.tr("End"), "end", self.end, ()),
            (self.tr("Sales period"), "period", self.period, ()),
            (self.tr("KPI"), "kpi", self.kpi, ()),
            (self.tr("Status"), "status", self.status, ()),
            (self.tr("Votes"), "votes", self.votes, ()),
            (self.tr("Value"), "value", self.value, ()),
            (self.tr("Effort"), "effort", self.effort, ()),
            (self.tr("Notes"), "notes", self.notes, ()),
        ]
        for label, name, widget, extras in rows:
            box, self.messages[name] = with_message(widget, *extras)
            form.addRow(label, box)
        self.numbers.add_rows(form)
        self.origin = origin_row(form, self.tr("Brought by"))
        self.expected_impact.setToolTip(self.tr("Expected impact, in words or numbers"))
        self.cost.setToolTip(self.tr("Estimated cost; leave empty when not estimated"))

        self.pos_tool.committed.connect(self._commit_tool)
        self.retailer.committed.connect(lambda text: self._commit("retailer", text.strip()))
        self.period.committed.connect(lambda value: self._commit("period", value))
        self.expected_impact.committed.connect(lambda text: self._commit("expected_impact", text))
        self.description.committed.connect(lambda text: self._commit("description", text))
        self.notes.committed.connect(lambda text: self._commit("notes", text))
        self.priority.committed.connect(lambda value: self._commit("priority", value))
        self.kpi.committed.connect(lambda value: self._commit("kpi", value))
        self.status.committed.connect(lambda value: self._commit("status", value))
        self.owner.committed.connect(self._commit_owner)
        self.votes.stepped.connect(self._step_votes)
        self.value.committed.connect(lambda value: self._commit("value", value))
        self.effort.committed.connect(lambda value: self._commit("effort", value))
        self.start.committed.connect(lambda date: self._commit_date("start", date))
        self.end.committed.connect(lambda date: self._commit_date("end", date))

    # --- showing -------------------------------------------------------------------------

    def opportunity(self) -> Opportunity | None:
        """The opportunity being edited, if it still exists."""
        if self.opportunity_id is None or self.editing.document is None:
            return None
        return self.editing.document.find(self.opportunity_id)

    def set_opportunity(self, opportunity_id: str | None) -> None:
        """Edit another opportunity: every field shows it afresh."""
        self.opportunity_id = opportunity_id
        self.refresh(force=True)

    def item(self):
        """The item being edited (what an AnnotationSection asks for)."""
        return self.opportunity()

    def set_item(self, item_id: str | None) -> None:
        """Edit another item (what an AnnotationSection asks for)."""
        self.set_opportunity(item_id)

    def refresh(self, *, force: bool = False) -> None:
        """Show the opportunity's values; unchanged fields keep what the user is typing."""
        opportunity = self.opportunity()
        if opportunity is None:
            return
        if force:
            for message in self.messages.values():
                message.show_message(None)
        editing = self.editing
        tools = editing.pos_tools.tools if editing.pos_tools is not None else []
        self.pos_tool.set_suggestions(
            [t.label.text(editing.language) for t in tools], data=[t.id for t in tools]
        )
        self.retailer.set_suggestions(editing.retailers())
        self.period.set_choices(self._period_choices())
        set_completions(self.completer, editing.owners())
        o = opportunity
        self._sync("pos_tool", self.pos_tool.set_value(editing.tool_name(o.pos_tool), force=force))
        self._sync("description", self.description.set_value(o.description, force=force))
        self._sync("retailer", self.retailer.set_value(o.retailer, force=force))
        self._sync("expected_impact", self.expected_impact.set_value(o.expected_impact, force=force))
        self._sync("owner", self.owner.set_value(o.owner, force=force))
        period = editing.document.period_of(o)
        follows = period is not None and period.dated  # the dates are the period's, shown but not edited
        start, end = editing.document.opportunity_dates(o)
        self._sync("start", self.start.set_value(start, force=force, default=end))
        self._sync("end", self.end.set_value(end, force=force, default=start))
        for field in (self.start, self.end):
            field.setEnabled(not follows)
            field.setToolTip(
                self.tr("The dates of the sales period {name}").format(
                    name=quoted(period.name.text(editing.language))
                )
                if follows
                else ""
            )
        self.period.set_value(o.period)
        self._sync("notes", self.notes.set_value(o.notes, force=force))
        self.priority.set_value(o.priority)
        self.kpi.set_value(o.kpi)
        self.status.set_value(o.status)
        self.votes.set_value(o.votes)
        self.value.set_value(o.value)
        self.effort.set_value(o.effort)
        self.numbers.refresh(o, force=force)
        self.origin.show_group(o.origin_group)

    def _period_choices(self) -> list[tuple[str, str | None]]:
        language = self.editing.language
        choices: list[tuple[str, str | None]] = [(self.tr("Own dates"), None)]
        for period in self.editing.document.workshop.periods:
            name = period.name.text(language)
            if period.dated:
                name = f"{name} ({period.start.isoformat()} – {period.end.isoformat()})"
            choices.append((name, period.id))
        return choices

    def _sync(self, name: str, changed: bool) -> None:
        if changed:
            self.messages[name].show_message(None)

    def flush(self) -> None:
        """Commit whatever the user typed but has not committed yet."""
        for field in (
            self.pos_tool,
            self.description,
            self.retailer,
            self.priority,
            self.expected_impact,
        ):
            field.flush()
        for field in (self.owner, self.start, self.end, self.period, self.kpi, self.status, self.notes):
            field.flush()
        for field in (self.value, self.effort):
            field.flush()
        self.numbers.flush()

    # --- committing ----------------------------------------------------------------------

    def _command_text(self, name: str, opportunity: Opportunity, value: Any) -> str:
        target = self.editing.opportunity_name(opportunity)
        shown = {
            "priority": lambda v: name_of(priority_choices(), v).lower(),
            "kpi": lambda v: name_of(kpi_choices(), v).lower(),
            "status": lambda v: name_of(opportunity_status_choices(), v).lower(),
        }
        templates = {
            "pos_tool": self.tr("Set POS tool of {target} to {value}"),
            "description": self.tr("Edit description of {target}"),
            "retailer": self.tr("Set retailer of {target} to {value}"),
            "priority": self.tr("Set priority of {target} to {value}"),
            "expected_impact": self.tr("Edit expected impact of {target}"),
            "owner": self.tr("Set owner of {target} to {value}"),
            "start": self.tr("Set start of {target} to {value}"),
            "end": self.tr("Set end of {target} to {value}"),
            "period": self.tr("Set sales period of {target} to {value}"),
            "kpi": self.tr("Set KPI of {target} to {value}"),
            "status": self.tr("Set status of {target} to {value}"),
            "value": self.tr("Set value of {target} to {value}"),
            "effort": self.tr("Set effort of {target} to {value}"),
            "notes": self.tr("Edit notes of {target}"),
        }
        if name in shown:
            value_text = shown[name](value)
        elif name == "period" and value is not None:
            value_text = quoted(self.editing.document.get(value).name.text(self.editing.language))
        elif value in (None, ""):
            value_text = self.tr("none")
        else:
            value_text = quoted(str(value)) if isinstance(value, str) else str(value)
        return templates[name].format(target=target, value=value_text)

    def _commit(self, name: str, value: Any, *, extra: list | None = None) -> bool:
        opportunity = self.opportunity()
        if opportunity is None:
            return False
        text = self._command_text(name, opportunity, value)
        commands = [*(extra or []), UpdateCommand(self.editing.document, opportunity.id, {name: value}, text)]
        error = self.editing.apply(commands, text=text)
        self.messages[name].show_message(error)  # a done edit reaches this form through the change-set
        return error is None

    def _step_votes(self, delta: int) -> None:
        opportunity = self.opportunity()
        if opportunity is None:
            return
        document = self.editing.document
        name = self.editing.opportunity_name(opportunity)
        text = step_text(document, [opportunity.id], delta, name=name)
        self.messages["votes"].show_message(
            self.editing.apply(vote_commands(document, [opportunity.id], delta), text=text)
        )

    def _commit_tool(self, text: str) -> None:
        value = self.editing.tool_value(text)
        if self._commit("pos_tool", value):
            self.pos_tool.set_value(self.editing.tool_name(value), force=True)

    def _commit_owner(self, text: str) -> None:
        name = self.editing.known_owner(text)
        if self._commit("owner", name, extra=self.editing.owner_commands(name)):
            self.owner.set_value(self.opportunity().owner, force=True)

    def _commit_date(self, name: str, date: dt.date | None) -> None:
        opportunity = self.opportunity()
        if opportunity is None:
            return
        start = date if name == "start" else opportunity.start
        end = date if name == "end" else opportunity.end
        if start and end and end < start:
            if name == "end":
                message = self.tr("The end date is before the start date ({date}).").format(
                    date=start.isoformat()
                )
            else:
                message = self.tr("The start date is after the end date ({date}).").format(
                    date=end.isoformat()
                )
            self.messages[name].show_message(message)
            return
        self._commit(name, date)
