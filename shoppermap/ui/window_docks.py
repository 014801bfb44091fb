"""The docks and extra actions around the canvas, wired to the window's workshop and selection."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from . import (
    breakout_actions,
    export_dialog,
    help,
    parking_lot_dock,
    picture_actions,
    plan,
    review_dock,
    scenario_switch,
    scenarios_dock,
    session_timer,
    walk,
)
from .calendar import dock as calendar
from .dialogs import about, brands_scenarios, preferences, restore_backup, sales_periods, welcome
from .inspector import Inspector
from .legend import Legend
from .matrix import dock as matrix_dock

PLAN_HEIGHT = 300  # pixels: the filters, a header, six or seven rows and the totals


def add_docks(window) -> None:
    """Add the inspector (and the other docks) to a new main window."""
    inspector = Inspector()
    window.inspector = inspector
    dock = window.add_dock("inspector", QCoreApplication.translate("MainWindow", "Inspector"), inspector)
    dock.setMinimumWidth(340)

    def workshop_opened(document) -> None:
        inspector.set_context(document, window.editor, window.library.pos_tools, window.language)

    def selection_changed(card_ids: list[str]) -> None:
        inspector.show_cards(card_ids)
        if card_ids and not dock.isHidden():
            dock.raise_()

    window.add_dock("legend", QCoreApplication.translate("MainWindow", "Legend"), Legend())
    scenario_switch.install(window)  # before the plan, which follows the scenario shown
    for module in (
        export_dialog,
        picture_actions,
        breakout_actions,
        restore_backup,
        plan,
        calendar,
        review_dock,
        preferences,
        help,
        welcome,
        about,
        sales_periods,
        brands_scenarios,
        scenarios_dock,
        walk,
        session_timer,
        parking_lot_dock,
    ):
        module.install(window)
    # the plan is the deliverable: shown from the start, under the map, where a wide table fits,
    # low enough that the map keeps most of the height
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.plan_dock)
    window.resizeDocks([window.plan_dock], [PLAN_HEIGHT], Qt.Orientation.Vertical)
    window.dock_heights.append((window.plan_dock, PLAN_HEIGHT))
    # the calendar is as wide as the plan and is read with it: a tab beside it under the map
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.calendar_dock)
    window.tabifyDockWidget(window.plan_dock, window.calendar_dock)
    window.calendar_dock.hide()
    matrix_dock.install(window)  # tabbed with the plan under the map
    window.workshop_listeners.append(workshop_opened)
    window.flush_listeners.append(inspector.flush)
    window.selection_listeners.append(selection_changed)
