"""Journey → Walk the Journey: phase by phase, the map zooms to the phase and the panel asks the
method's questions; each phase left with Next is marked as walked in the file.

Next and Previous answer Page Down and Page Up, the keys a presenter's clicker sends, and work in
presentation mode, where the walk panel is the one dock left on screen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel

from ..domain.document import Kind
from ..domain.walk import first_unwalked, walk_phases, walk_progress
from .commands import UpdateCommand, quoted
from .walk_panel import WalkPanel, WalkStep, progress_text

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class Walk(QObject):
    """The guided walk of the shown journey: where it stands, the panel, the actions and the marks."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.journey_id: str | None = None  # the journey being walked; None: no walk
        self.index = 0
        self._document = None
        self.panel = WalkPanel()
        # no View menu entry and no part in Reset Window Layout: the panel shows while walking only
        self.dock = QDockWidget(translate("Walk", "Journey walk"), window)
        self.dock.setObjectName("dock-walk")
        self.dock.setWidget(self.panel)
        # beside the map, where the room reads it; the right holds the inspector and the framework
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.hide()
        self.status = QLabel()
        window.statusBar().addPermanentWidget(self.status)
        self._make_actions()
        self.panel.next_requested.connect(self.next)
        self.panel.previous_requested.connect(self.previous)
        self.panel.walked_toggled.connect(self.mark)
        self.panel.stop_requested.connect(self.stop)
        self.dock.visibilityChanged.connect(self._dock_visibility)
        window.presentation.kept_docks.append(lambda: self.dock if self.active else None)
        window.actions_.presentation.toggled.connect(self.panel.set_large)
        window.view.installEventFilter(self)
        window.workshop_listeners.append(self._workshop_opened)
        window.selection_listeners.append(lambda _ids: self._journey_maybe_changed())

    def _make_actions(self) -> None:
        w = self.window

        def make(text: str, keys: list[str]) -> QAction:
            action = QAction(text, w)
            action.setShortcuts([QKeySequence(k) for k in keys])
            w.addAction(action)  # its keys work while the menu bar is hidden
            return action

        self.walk_action = make(translate("Walk", "&Walk the Journey"), [])
        self.walk_action.setCheckable(True)
        self.walk_action.setStatusTip(
            translate("Walk", "Phase by phase, ask the method's questions at every touchpoint")
        )
        self.next_action = make(translate("Walk", "Ne&xt Phase"), ["PgDown", "Alt+Right"])
        self.previous_action = make(translate("Walk", "Pre&vious Phase"), ["PgUp", "Alt+Left"])
        self.mark_action = make(translate("Walk", "Mar&k Phase as Walked"), ["Ctrl+Return"])
        self.mark_action.setCheckable(True)
        self.walk_action.toggled.connect(lambda on: self.start() if on else self.stop())
        self.next_action.triggered.connect(self.next)
        self.previous_action.triggered.connect(self.previous)
        self.mark_action.triggered.connect(self.mark)
        menu = w.actions_.journey_menu
        menu.addSeparator()
        menu.addActions([self.walk_action, self.next_action, self.previous_action, self.mark_action])
        self._enable()

    # --- where the walk stands ----------------------------------------------------------

    @property
    def active(self) -> bool:
        """True while a journey is being walked."""
        return self.journey_id is not None

    def _phases(self):
        document = self.window.document
        if document is None or self.journey_id is None:
            return []
        return walk_phases(document.get(self.journey_id))

    def current_phase_id(self) -> str | None:
        """The phase in front of the room, or None when no walk runs."""
        phases = self._phases()
        return phases[self.index].id if phases else None

    # --- moving ----------------------------------------------------------------------------

    def start(self) -> None:
        """Walk the shown journey, from the first phase not walked yet."""
        w = self.window
        if w.document is None or w.journey_id is None or not walk_phases(w.document.get(w.journey_id)):
            self._set_checked(False)
            return
        self.journey_id = w.journey_id
        self.index = first_unwalked(w.document.get(self.journey_id))
        self._set_checked(True)
        self.dock.show()
        self.dock.raise_()
        self._enable()
        self.refresh(zoom=True)

    def stop(self) -> None:
        """End the walk; the map is fitted to the window again."""
        if not self.active:
            return
        self.journey_id = None
        self._set_checked(False)
        self.dock.hide()
        self._enable()
        self._show_status()
        self.window.view.set_spotlight(None)
        self.window.view.fit()

    def next(self) -> None:
        """Mark the phase walked and go on; after the last phase the walk ends."""
        phases = self._phases()
        if not phases:
            return
        self.mark(True)
        if self.index + 1 < len(phases):
            self.index += 1
            self.refresh(zoom=True)
        else:
            walked, total = walk_progress(self.window.document.get(self.journey_id))
            self.stop()
            self.window.statusBar().showMessage(
                translate("Walk", "The walk is over: {0}.").format(progress_text(walked, total)), 8000
            )

    def previous(self) -> None:
        """Go back one phase."""
        if self.active and self.index > 0:
            self.index -= 1
            self.refresh(zoom=True)

    def mark(self, walked: bool) -> None:
        """Mark the current phase walked, or not, as one undo step written to the file."""
        w = self.window
        phase_id = self.current_phase_id()
        if phase_id is None or w.editor is None or w.file is None or w.file.read_only:
            self.refresh()
            return
        phase = w.document.get(phase_id)
        if phase.walked != bool(walked):
            name = quoted(phase.label.text(w.language))
            text = (
                translate("Walk", "Mark {0} Walked").format(name)
                if walked
                else translate("Walk", "Unmark {0} Walked").format(name)
            )
            w.editor.apply([UpdateCommand(w.document, phase_id, {"walked": bool(walked)}, text)], text=text)
        self.refresh()

    # --- showing ---------------------------------------------------------------------------

    def refresh(self, *, zoom: bool = False) -> None:
        """Show the current phase in the panel (and zoom the map onto it)."""
        self._show_status()
        phases = self._phases()
        if not self.active:
            return
        if not phases:
            self.stop()
            return
        self.index = min(self.index, len(phases) - 1)
        document, language = self.window.document, self.window.language
        phase = phases[self.index]
        stage = document.get(document.parent_of(phase.id))
        cards = []
        for card in phase.cards:
            if card.hidden:
                continue
            label = card.label.text(language)
            if card.opportunities:
                label += "  · " + translate("Walk", "POS actions: {0}").format(len(card.opportunities))
            cards.append(label)
        self.panel.show_step(
            WalkStep(
                number=self.index + 1,
                count=len(phases),
                stage=stage.label.text(language),
                phase=phase.label.text(language),
                cards=cards,
                walked=phase.walked,
                progress=walk_progress(document.get(self.journey_id)),
            )
        )
        self.mark_action.setChecked(phase.walked)
        writable = self.window.file is not None and not self.window.file.read_only
        self.mark_action.setEnabled(writable)  # a read-only workshop is walked without marks
        self.panel.walked.setEnabled(writable)
        self.previous_action.setEnabled(self.index > 0)
        self.window.view.set_spotlight(self._phase_rect())
        if zoom:
            self.zoom_to_phase()

    def _phase_rect(self) -> QRectF | None:
        """The current phase's header and column on the map (None when not shown)."""
        scene = self.window.current_scene()
        phase_id = self.current_phase_id()
        if scene is None or phase_id not in scene.phases or self.window.journey_id != self.journey_id:
            return None
        rect = scene.phases[phase_id].sceneBoundingRect() | scene.columns[phase_id].sceneBoundingRect()
        return rect.adjusted(-4, -4, 4, 4)

    def zoom_to_phase(self) -> None:
        """Zoom the map onto the current phase's column, its stage band above it."""
        rect = self._phase_rect()
        if rect is None:
            return
        self.window.view.set_spotlight(rect)  # the layout may have changed with the style
        stage = self.window.current_scene().stages.get(
            self.window.document.parent_of(self.current_phase_id())
        )
        if stage is not None:
            rect.setTop(stage.sceneBoundingRect().top())
        margin = rect.width() * 0.15
        self.window.view.show_rect(rect.adjusted(-margin, -8, margin, 8))

    def _show_status(self) -> None:
        w = self.window
        journey_id = self.journey_id or w.journey_id
        if w.document is None or journey_id is None or w.document.find(journey_id) is None:
            self.status.setText("")
            return
        self.status.setText(progress_text(*walk_progress(w.document.get(journey_id))))

    def _enable(self) -> None:
        for action in (self.next_action, self.previous_action, self.mark_action):
            action.setEnabled(self.active)

    def _set_checked(self, on: bool) -> None:
        blocked = self.walk_action.blockSignals(True)
        self.walk_action.setChecked(on)
        self.walk_action.blockSignals(blocked)

    # --- following the window ----------------------------------------------------------------

    def _workshop_opened(self, document) -> None:
        if self._document is not None:
            self._document.changes.disconnect(self._on_changes)
        self._document = document
        self.journey_id = None
        self.window.view.set_spotlight(None)
        self._set_checked(False)
        self.dock.hide()
        self._enable()
        document.changes.connect(self._on_changes, kinds=(Kind.JOURNEY, Kind.STAGE, Kind.PHASE, Kind.CARD))
        self._show_status()

    def _on_changes(self, _changes) -> None:
        if self.journey_id is not None and self.window.document.find(self.journey_id) is None:
            self.stop()
        self.refresh()

    def _journey_maybe_changed(self) -> None:
        if self.active and self.window.journey_id != self.journey_id:
            self.stop()  # another tab is shown: its walk starts from Journey → Walk the Journey
        self._show_status()

    def _dock_visibility(self, visible: bool) -> None:
        # the dock's close button ends the walk (a dock tabbed behind another is not closed)
        if not visible and self.active:
            QTimer.singleShot(0, self._stop_if_closed)

    def _stop_if_closed(self) -> None:
        if self.active and self.dock.isHidden() and not self.window.isHidden():
            self.stop()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window.view and event.type() == QEvent.Type.Resize and self.active:
            QTimer.singleShot(0, self.zoom_to_phase)  # full screen, a dock shown: the phase stays framed
        return False


def install(window) -> Walk:
    """Add Journey → Walk the Journey, its keys, the walk panel and the status bar's progress."""
    walk = Walk(window)
    window.walk = walk
    return walk
