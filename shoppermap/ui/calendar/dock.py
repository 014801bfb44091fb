"""The calendar dock: the grouping switch, the range, the legend and the view, kept in step with the
window's workshop, selection, filter bar and scenario switch."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...domain import calendar_layout as cal
from ...domain import figures
from ...domain.models import Card, Opportunity
from ..filter_bar import Criteria, card_matches
from ..layouts import nested
from ..vocabulary import opportunity_status_choices
from .plan_sync import plan_selected_ids, select_plan_rows
from .scene import CalendarScene
from .style import STATUS_FILL
from .view import CalendarView

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
SHORTCUT = "Ctrl+Shift+K"  # K: "kalendarz", and free of the standard keys


def action_matches(card: Card, opportunity: Opportunity, criteria: Criteria) -> bool:
    """The filter bar's criteria for one action: the card's flags, and the action's own owner, tool, retailer."""
    on_card = dataclasses.replace(criteria, owner=None, pos_tool=None, retailer=None)
    if on_card.active() and not card_matches(card, on_card):
        return False
    c = criteria
    if (
        c.owner is not None
        and opportunity.owner != c.owner
        and not (not opportunity.owner and card.owner == c.owner)
    ):
        return False
    if c.pos_tool is not None and opportunity.pos_tool != c.pos_tool:
        return False
    return c.retailer is None or opportunity.retailer == c.retailer


class CalendarWidget(QWidget):
    """The activation calendar of the open workshop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = CalendarView()
        self.scene: CalendarScene | None = None
        self.group = QComboBox()
        self.group.setObjectName("calendar-group")
        for text, value in (
            (self.tr("By retailer"), cal.GroupBy.RETAILER),
            (self.tr("By stage"), cal.GroupBy.STAGE),
            (self.tr("By POS tool"), cal.GroupBy.POS_TOOL),
            (self.tr("By owner"), cal.GroupBy.OWNER),
        ):
            self.group.addItem(text, value)
        self.first, self.last = QDateEdit(), QDateEdit()
        for edit, name in ((self.first, "calendar-from"), (self.last, "calendar-to")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        bar = nested(layout, QHBoxLayout())
        bar.setContentsMargins(4, 4, 4, 0)
        bar.addWidget(QLabel(self.tr("Rows:")))
        bar.addWidget(self.group)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("From:")))
        bar.addWidget(self.first)
        bar.addWidget(QLabel(self.tr("To:")))
        bar.addWidget(self.last)
        bar.addSpacing(12)
        self.legend = QLabel(self._legend_text())
        # the legend may be cut rather than widen the window: a narrow laptop still fits the dock
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.group.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.group.setMinimumContentsLength(16)
        bar.addWidget(self.legend, 1)
        layout.addWidget(self.view, 1)
        self.group.currentIndexChanged.connect(self._group_changed)
        self.first.dateChanged.connect(self._range_changed)
        self.last.dateChanged.connect(self._range_changed)

    def _legend_text(self) -> str:
        swatches = [
            f"<span style='color:{STATUS_FILL[value]}'>■</span>&nbsp;{text}"
            for text, value in opportunity_status_choices()
        ]
        return "&nbsp;&nbsp;".join(swatches)

    def show_document(self, document, *, language: str, pos_tools, editor) -> None:
        """Show a workshop's calendar over the twelve months from its date."""
        if self.scene is not None:
            self.scene.detach()
            self.view.set_scene(None)
            self.scene.deleteLater()
            self.scene = None
        self.view.editor = editor
        if document is None:
            return
        first, last = cal.default_range(document.workshop.workshop.date, dt.date.today())
        for edit, day in ((self.first, first), (self.last, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.scene = CalendarScene(
            document,
            language=language,
            pos_tools=pos_tools,
            first=first,
            last=last,
            group_by=self.group.currentData(),
            parent=self,
        )
        self.view.set_scene(self.scene)

    def _group_changed(self) -> None:
        if self.scene is not None:
            self.scene.set_group_by(self.group.currentData())

    def _range_changed(self) -> None:
        first, last = self.first.date().toPython(), self.last.date().toPython()
        if last < first:  # the user is still choosing: wait for a range that makes sense
            return
        if self.scene is not None:
            self.scene.set_range(first, last)


def install(window) -> CalendarWidget:
    """Add the calendar dock (View ▸ Calendar) under the map, beside the action plan, in step with the window."""
    widget = CalendarWidget()
    window.calendar = widget
    dock = window.add_dock("calendar", QCoreApplication.translate("CalendarWidget", "Calendar"), widget)
    dock.toggleViewAction().setShortcut(QKeySequence(SHORTCUT))
    syncing = {"on": False}
    refilter = QTimer(widget)
    refilter.setSingleShot(True)
    refilter.setInterval(0)

    def workshop_opened(document) -> None:
        follow_scenario_switch()
        pos_tools = window.library.pos_tools if window.library is not None else None
        widget.show_document(document, language=window.language, pos_tools=pos_tools, editor=window.editor)
        if widget.scene is not None:
            widget.scene.selectionChanged.connect(bars_selected)
            apply_filter()

    def apply_filter() -> None:
        scene = widget.scene
        if scene is None:
            return
        bar = window.filter_bar
        criteria = bar.criteria() if window.actions_.filter_bar.isChecked() else Criteria()
        switch = getattr(window, "scenario_switch", None)
        scenario = switch.current() if switch is not None else None
        in_scenario = (lambda _c, o: figures.in_scenario(o, scenario)) if scenario is not None else None
        matches = (lambda c, o: action_matches(c, o, criteria)) if criteria.active() else None
        only = bar.mode.currentData() == "only"
        include = _both(in_scenario, matches if only else None)
        scene.set_filter(include, highlight=None if only else matches, retailer=criteria.retailer)

    def bars_selected() -> None:
        scene = widget.scene
        # a scene being destroyed (the window closes) still announces its items leaving
        if syncing["on"] or scene is None or not shiboken6.isValid(scene) or window.document is None:
            return
        card_ids = list(dict.fromkeys(scene.bars[i].card_id for i in scene.selected_ids()))
        if not card_ids:
            return
        journey = window.document.journey_of(card_ids[0])
        if journey.id != window.journey_id:
            syncing["on"] = True
            try:
                window.show_journey(journey.id)
            finally:
                syncing["on"] = False
        map_scene = window.current_scene()
        if map_scene is None:
            return
        ids = [i for i in card_ids if i in map_scene.cards]
        syncing["on"] = True  # the map echoes the selection back; keep the bars as chosen
        try:
            map_scene.select_cards(ids)
        finally:
            syncing["on"] = False
        if ids:
            window.view.ensureVisible(map_scene.cards[ids[0]])
        plan = getattr(window, "plan", None)
        if plan is not None:
            select_plan_rows(plan, scene.selected_ids())

    def rows_selected(*_args) -> None:
        plan, scene = window.plan, widget.scene
        if syncing["on"] or plan._syncing or scene is None:
            return
        ids = [i for i in plan_selected_ids(plan) if i in scene.bars]
        if ids:
            syncing["on"] = True
            try:
                scene.select_ids(ids)
            finally:
                syncing["on"] = False
            widget.view.ensureVisible(scene.bars[ids[0]], 40, 40)

    def selection_changed(card_ids: list[str]) -> None:
        scene = widget.scene
        if syncing["on"] or scene is None:
            return
        wanted = set(card_ids)
        ids = [i for i, item in scene.bars.items() if item.card_id in wanted]
        syncing["on"] = True
        try:
            scene.select_ids(ids)
        finally:
            syncing["on"] = False
        if ids:
            widget.view.ensureVisible(scene.bars[ids[0]], 40, 40)

    refilter.timeout.connect(apply_filter)
    bar = window.filter_bar
    for box in bar.flags.values():
        box.toggled.connect(refilter.start)
    for combo in (*bar.combos.values(), bar.mode):
        combo.currentIndexChanged.connect(refilter.start)
    window.actions_.filter_bar.toggled.connect(refilter.start)
    followed = []

    def follow_scenario_switch() -> None:
        # the switch may be added to the window after the calendar: look for it again when a workshop opens
        switch = getattr(window, "scenario_switch", None)
        if switch is not None and switch not in followed:
            followed.append(switch)
            switch.changed.connect(lambda _scenario: refilter.start())

    follow_scenario_switch()
    if getattr(window, "plan", None) is not None:
        # after the plan's own handler, which selects the whole cards on the map
        window.plan.table.selectionModel().selectionChanged.connect(rows_selected)
    window.workshop_listeners.append(workshop_opened)
    window.selection_listeners.append(selection_changed)
    if window.document is not None:
        workshop_opened(window.document)
    window.calendar_dock = dock
    pictures = getattr(window, "picture_actions", None)
    if pictures is not None:
        pictures.views.append(CalendarPicture(window))
    return widget


class CalendarPicture:
    """File → Export Picture… while the calendar is in front: its weeks, for the scenario shown."""

    def __init__(self, window) -> None:
        self.window = window

    def shown(self) -> bool:
        dock = getattr(self.window, "calendar_dock", None)
        return dock is not None and dock.isVisible() and not dock.visibleRegion().isEmpty()

    def name(self) -> str:
        return QCoreApplication.translate("Calendar", "Activation calendar")

    def write(self, path) -> None:
        from .picture import export_calendar

        w, widget = self.window, self.window.calendar
        switch = getattr(w, "scenario_switch", None)
        current = switch.current() if switch is not None else None
        scenario = next((s for s in w.document.workshop.scenarios if s.id == current), None)
        export_calendar(
            w.document,
            path,
            language=w.language,
            scenario=scenario,
            pos_tools=w.library.pos_tools if w.library is not None else None,
            first=widget.first.date().toPython(),
            last=widget.last.date().toPython(),
        )


def _both(a, b):
    if a is None or b is None:
        return a or b
    return lambda card, opportunity: a(card, opportunity) and b(card, opportunity)
