"""The scenario the window shows: a combo in the main toolbar that narrows the map's marks, the plan
and its totals to the actions of one scenario, or shows all of them.

The choice belongs to the window, not the file: it starts at "All scenarios" whenever a workshop
opens, and goes back to it when its scenario is removed. Others read `current()` and listen to
`changed`; the window keeps the switch as `window.scenario_switch`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel

from ..domain.changes import ChangeSet
from ..domain.document import Document, Kind
from ..domain.figures import in_scenario
from ..domain.models import Opportunity

log = logging.getLogger(__name__)


class ScenarioSwitch(QObject):
    """The window's current scenario (None: all), chosen in `combo`; `changed` carries the new id."""

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self._current: str | None = None
        self.label = QLabel(self.tr("Scenario:"))
        self.combo = QComboBox()
        self.combo.setObjectName("scenario-switch")
        self.combo.setToolTip(self.tr("Show only the actions of one scenario, on the map and in the plan"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setMinimumContentsLength(12)
        self.label.setBuddy(self.combo)
        self.combo.currentIndexChanged.connect(self._chosen)
        self._fill()

    def current(self) -> str | None:
        """The id of the scenario shown, or None for all scenarios."""
        return self._current

    def shows(self, opportunity: Opportunity) -> bool:
        """True when the action is part of the scenario shown."""
        return in_scenario(opportunity, self._current)

    def set_current(self, scenario_id: str | None) -> None:
        """Show a scenario of the workshop (None, or one it does not have: all of them)."""
        index = self.combo.findData(scenario_id) if scenario_id is not None else 0
        self.combo.setCurrentIndex(max(0, index))
        self._chosen()  # the combo says nothing when its index stays

    def set_document(self, document: Document | None) -> None:
        """Follow another workshop's scenarios, starting again at all of them."""
        if self.document is not None:
            self.document.changes.disconnect(self._on_changes)
        self.document = document
        if document is not None:
            document.changes.connect(self._on_changes, kinds=(Kind.SCENARIO,))
        self._fill()
        self._chosen()

    def _scenarios(self) -> list[tuple[str, str | None]]:
        listed = self.document.workshop.scenarios if self.document is not None else []
        return [(self.tr("All scenarios"), None), *((s.name, s.id) for s in listed)]

    def _fill(self) -> None:
        """Offer the workshop's scenarios in its order, keeping the one shown while it exists."""
        wanted = self._scenarios()
        present = [(self.combo.itemText(i), self.combo.itemData(i)) for i in range(self.combo.count())]
        if wanted != present:
            self.combo.blockSignals(True)
            try:
                self.combo.clear()
                for text, scenario_id in wanted:
                    self.combo.addItem(text, scenario_id)
                index = self.combo.findData(self._current) if self._current is not None else 0
                self.combo.setCurrentIndex(max(0, index))
            finally:
                self.combo.blockSignals(False)
        # with nothing to choose from the combo only says so
        self.combo.setEnabled(len(wanted) > 1)

    def _on_changes(self, changes: ChangeSet) -> None:
        self._fill()
        self._chosen()  # the scenario shown may be gone

    def _chosen(self, *_args) -> None:
        scenario_id = self.combo.currentData()
        if scenario_id != self._current:
            self._current = scenario_id
            self.changed.emit(scenario_id)


def install(window) -> ScenarioSwitch:
    """Put the switch at the end of the main toolbar and have every map of the window follow it."""
    switch = ScenarioSwitch(window)
    window.scenario_switch = switch
    toolbar = window.actions_.toolbar
    toolbar.addSeparator()
    toolbar.addWidget(switch.label)
    toolbar.addWidget(switch.combo)

    def show_on_maps(scenario_id: str | None) -> None:
        for scene in window.scenes.values():
            scene.set_scenario(scenario_id)

    def journey_shown(_card_ids: list[str]) -> None:
        # showing a journey announces its selection: a map made just now learns the scenario
        # before it is first painted (a no-op for a map that already counts it)
        scene = window.current_scene()
        if scene is not None:
            scene.set_scenario(switch.current())

    switch.changed.connect(show_on_maps)
    window.workshop_listeners.append(switch.set_document)
    window.selection_listeners.append(journey_shown)
    if window.document is not None:
        switch.set_document(window.document)
    return switch
