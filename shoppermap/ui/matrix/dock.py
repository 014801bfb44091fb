"""The matrix dock: the value/effort matrix of the open workshop, under the map beside the plan.

It follows the document, the scenario switch and the read-only state; a click on a chip selects
its card on the map (and its row in the plan when the plan is open).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...domain.document import Document
from .scene import MatrixScene, tool_namer
from .view import MatrixView

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class MatrixPanel(QWidget):
    """A one-line hint over the matrix view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel(
            translate(
                "Matrix",
                "Drag an action into a cell to set its value and effort, or back to “Not rated yet” to "
                "clear them. A click shows its card on the map.",
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5B6270; padding: 2px 4px;")
        self.view = MatrixView()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.hint)
        column.addWidget(self.view, 1)
        self.scene: MatrixScene | None = None

    def show_document(self, document: Document | None, *, window) -> None:
        """Show another workshop's actions (None: nothing)."""
        if self.scene is not None:
            self.view.setScene(None)
            self.scene.detach()
            self.scene.deleteLater()
            self.scene = None
        if document is None:
            return
        switch = getattr(window, "scenario_switch", None)
        self.scene = MatrixScene(
            document,
            language=window.language,
            tool_name=tool_namer(window.library.pos_tools if window.library else None, window.language),
            shows=switch.shows if switch is not None else None,
            parent=self,
        )
        self.view.setScene(self.scene)
        self.view.editor = window.editor
        self.view.editable = window.file is None or not window.file.read_only
        self.view.fit()


def show_card(window, card_id: str, opportunity_id: str) -> None:
    """Select an action's card on the map (its journey shown) and its row in an open plan."""
    document = window.document
    if document is None or document.find(card_id) is None:
        return
    journey = document.journey_of(document.parent_of(card_id))
    if journey.id != window.journey_id:
        window.show_journey(journey.id)
    scene = window.current_scene()
    if scene is None or card_id not in scene.cards:
        return
    scene.select_cards([card_id])
    window.view.ensureVisible(scene.cards[card_id], 60, 60)
    plan = getattr(window, "plan", None)
    if plan is not None and window.plan_dock.isVisible():
        from ..review_dock import select_plan_row

        select_plan_row(plan, opportunity_id)


def install(window) -> MatrixPanel:
    """Add the matrix dock (under the map, tabbed with the plan, opened from View)."""
    panel = MatrixPanel()
    window.matrix = panel
    dock = window.add_dock("matrix", translate("Matrix", "Value/effort matrix"), panel)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    plan_dock = getattr(window, "plan_dock", None)
    if plan_dock is not None:
        window.tabifyDockWidget(plan_dock, dock)
    dock.hide()
    window.matrix_dock = dock

    def workshop_opened(document) -> None:
        panel.show_document(document, window=window)

    def scenario_changed(_scenario_id) -> None:
        if panel.scene is not None:
            panel.scene.rebuild_when_seen()

    def filter_applied() -> None:
        if panel.scene is not None:
            matches, mode = window.filter_bar.card_filter()
            if matches is None and panel.scene.card_matches is None:
                return  # no filter before or now: nothing to lay out again on every edit
            panel.scene.set_card_filter(matches, mode=mode)

    switch = getattr(window, "scenario_switch", None)
    if switch is not None:
        switch.changed.connect(scenario_changed)
    filter_bar = getattr(window, "filter_bar", None)
    if filter_bar is not None:
        filter_bar.applied.append(filter_applied)
    panel.view.chip_chosen.connect(lambda o, c: show_card(window, c, o))
    window.workshop_listeners.append(workshop_opened)
    if window.document is not None:
        workshop_opened(window.document)
    pictures = getattr(window, "picture_actions", None)
    if pictures is not None:
        pictures.views.append(MatrixPicture(window))
    return panel


class MatrixPicture:
    """File → Export Picture… while the matrix is in front: the matrix of the scenario shown."""

    def __init__(self, window) -> None:
        self.window = window

    def shown(self) -> bool:
        return matrix_shown(self.window)

    def name(self) -> str:
        return translate("Matrix", "Value-effort matrix")

    def write(self, path) -> None:
        from .picture import export_matrix

        w = self.window
        switch = getattr(w, "scenario_switch", None)
        current = switch.current() if switch is not None else None
        scenario = next((s for s in w.document.workshop.scenarios if s.id == current), None)
        pos_tools = w.library.pos_tools if w.library is not None else None
        export_matrix(w.document, path, language=w.language, scenario=scenario, pos_tools=pos_tools)


def matrix_shown(window) -> bool:
    """True when the matrix is in front where the user can see it (so a picture should be of it)."""
    dock = getattr(window, "matrix_dock", None)
    return dock is not None and dock.isVisible() and not dock.visibleRegion().isEmpty()
