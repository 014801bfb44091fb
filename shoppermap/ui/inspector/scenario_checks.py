"""The scenarios an action belongs to, as one check box per scenario of the workshop."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from ...domain.models import Opportunity
from ..commands import UpdateCommand, quoted
from .editing import Editing
from .fields import MessageLabel

log = logging.getLogger(__name__)


class ScenarioChecks(QWidget):
    """Ticks the workshop's scenarios an action is in; each click is one undo step.

    Hidden while the workshop has no scenarios. An action with none ticked is in every scenario,
    and a hint says so, lest an empty list read as "in none".
    """

    def __init__(
        self,
        editing: Editing,
        opportunity: Callable[[], Opportunity | None],
        header: QLabel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editing = editing
        self.opportunity = opportunity
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(2)
        self.column.addWidget(header)
        self.checks: dict[str, QCheckBox] = {}
        self.hint = QLabel(self.tr("While none is ticked, the action is in every scenario."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.column.addWidget(self.hint)
        self.message = MessageLabel()
        self.column.addWidget(self.message)

    def refresh(self, o: Opportunity) -> None:
        """Show the workshop's scenarios, in its order, ticked where the action is in them."""
        scenarios = self.editing.document.workshop.scenarios
        self.setVisible(bool(scenarios))
        ids = [s.id for s in scenarios]
        if list(self.checks) != ids:
            for check in self.checks.values():
                self.column.removeWidget(check)
                check.deleteLater()
            self.checks = {}
            for position, scenario in enumerate(scenarios, start=1):
                check = QCheckBox()
                check.clicked.connect(lambda checked, sid=scenario.id: self._toggle(sid, checked))
                self.column.insertWidget(position, check)
                self.checks[scenario.id] = check
        for scenario in scenarios:
            check = self.checks[scenario.id]
            check.setText(scenario.name)
            with QSignalBlocker(check):
                check.setChecked(scenario.id in o.scenarios)
        self.hint.setVisible(not o.scenarios)

    def _toggle(self, scenario_id: str, checked: bool) -> None:
        o = self.opportunity()
        if o is None:
            return
        scenarios = self.editing.document.workshop.scenarios
        chosen = set(o.scenarios) | {scenario_id} if checked else set(o.scenarios) - {scenario_id}
        ordered = [s.id for s in scenarios if s.id in chosen]
        name = next(s.name for s in scenarios if s.id == scenario_id)
        target = self.editing.opportunity_name(o)
        text = (
            self.tr("Add {target} to scenario {scenario}")
            if checked
            else self.tr("Take {target} out of scenario {scenario}")
        ).format(target=target, scenario=quoted(name))
        command = UpdateCommand(self.editing.document, o.id, {"scenarios": ordered}, text)
        error = self.editing.apply([command], text=text)
        self.message.show_message(error)
        if error is not None:
            self.refresh(self.opportunity())
