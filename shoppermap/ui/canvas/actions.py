"""What the Edit and Journey menus do to the map: clipboard, delete, duplicate, touchpoints, stages, phases.

The window owns the menus; this module turns their triggers into canvas edits on the journey shown.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from ...domain.library import phase_for_touchpoint
from ..commands import quoted
from ..votes import step_votes
from .editing import CARDS_MIME

log = logging.getLogger(__name__)
# the texts keep the context they were translated under when the window held these actions
translate = QCoreApplication.translate


class CanvasActions(QObject):
    """The map's menu actions, working on the window's current journey and selection."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def connect_to(self, actions, view, palette) -> None:
        """Trigger these from the window's menu actions, the view's drops and the palette."""
        actions.cut.triggered.connect(self.cut_cards)
        actions.copy.triggered.connect(self.copy_cards)
        actions.paste.triggered.connect(self.paste_cards)
        actions.delete.triggered.connect(self.delete_selection)
        actions.duplicate.triggered.connect(self.duplicate_cards)
        actions.select_all.triggered.connect(self.select_all)
        actions.add_stage.triggered.connect(self.add_stage)
        actions.add_phase.triggered.connect(self.add_phase)
        actions.remove_header.triggered.connect(self.remove_selected_header)
        actions.add_vote.triggered.connect(lambda: self.vote(1))
        actions.remove_vote.triggered.connect(lambda: self.vote(-1))
        # + and − belong to the map: typed in the plan or a field they are text, not votes
        for action in (actions.add_vote, actions.remove_vote):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            view.addAction(action)
        view.vote_requested.connect(self.vote)
        view.touchpoints_dropped.connect(self.drop_touchpoints)
        palette.touchpoint_activated.connect(lambda t: self.drop_touchpoints([t], None, None))

    def _context(self):
        """(scene, edits) of the journey shown, or (None, None) when no workshop is open."""
        w = self.window
        scene = w.current_scene()
        if scene is None or w.canvas_edits is None:
            return None, None
        return scene, w.canvas_edits

    def delete_selection(self) -> None:
        """Delete: hide framework cards, remove custom ones, or remove a selected stage/phase."""
        scene, edits = self._context()
        if scene is None:
            return
        ids = scene.selected_card_ids()
        if ids:
            if edits.delete_cards(ids):
                self._say_undoable()
        else:
            self.remove_selected_header()

    def _say_undoable(self) -> None:
        """Nothing is asked before a delete (undo is the safety net), so say what went and how back."""
        keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Canvas", "{0} — {1} brings it back.").format(
                self.window.stack.undoText(), keys
            ),
            10000,
        )

    def duplicate_cards(self) -> None:
        scene, edits = self._context()
        if scene is not None and (ids := scene.selected_card_ids()):
            scene.select_cards(edits.duplicate_cards(ids))

    def vote(self, delta: int) -> None:
        """One dot vote more (delta 1) or less (-1) on every selected card: one undo step."""
        scene, edits = self._context()
        if scene is None or self.window.file is None or self.window.file.read_only:
            return
        ids = scene.selected_card_ids()
        if not ids:
            return
        name = (
            quoted(self.window.document.get(ids[0]).label.text(self.window.language))
            if len(ids) == 1
            else None
        )
        step_votes(edits.editor, ids, delta, name=name)

    def copy_cards(self) -> None:
        scene, edits = self._context()
        ids = scene.selected_card_ids() if scene is not None else []
        if not ids:
            return
        document, language = self.window.document, self.window.language
        data = QMimeData()
        data.setData(CARDS_MIME, edits.copy_payload(ids))
        data.setText("\n".join(document.get(i).label.text(language) for i in ids))
        QApplication.clipboard().setMimeData(data)

    def cut_cards(self) -> None:
        scene, edits = self._context()
        if scene is not None and (ids := scene.selected_card_ids()):
            self.copy_cards()
            edits.delete_cards(ids)

    def paste_cards(self) -> None:
        """Paste after the last selected card, else at the end of the first phase."""
        scene, edits = self._context()
        data = QApplication.clipboard().mimeData()
        if scene is None or data is None or not data.hasFormat(CARDS_MIME):
            return
        document = self.window.document
        ids = scene.selected_card_ids()
        if ids:
            phase_id, index = document.parent_of(ids[-1]), document.index_of(ids[-1]) + 1
        elif scene.phase_order:
            phase_id = scene.phase_order[0]
            index = len(document.get(phase_id).cards)
        else:
            return
        scene.select_cards(edits.paste_cards(bytes(data.data(CARDS_MIME)), phase_id, index))

    def select_all(self) -> None:
        scene, _edits = self._context()
        if scene is not None:
            scene.select_all()

    def drop_touchpoints(
        self, touchpoint_ids: list[str], phase_id: str | None, anchor_id: str | None
    ) -> None:
        """Put framework touchpoints on the map (dropped from the palette, or double-clicked there)."""
        scene, edits = self._context()
        if scene is None:
            return
        journey = self.window.document.get(scene.journey_id)
        entry = self.window.library.frameworks.get(journey.framework or "")
        if entry is None:
            return
        framework = entry.framework
        for touchpoint_id in touchpoint_ids:
            touchpoint = framework.touchpoint(touchpoint_id)
            target = phase_id or phase_for_touchpoint(journey, framework, touchpoint_id)
            if touchpoint is None or target is None:
                continue
            new_id = edits.show_touchpoint(
                touchpoint_id, target, anchor_id, label=touchpoint.label, location=touchpoint.location
            )
            if new_id:
                scene.select_cards([new_id])

    def add_stage(self) -> None:
        scene, edits = self._context()
        if scene is not None:
            journey = self.window.document.get(scene.journey_id)
            edits.add_stage(journey.id, len(journey.stages))

    def add_phase(self) -> None:
        """Add a phase after the selected phase (or card), else at the end of the last stage."""
        scene, edits = self._context()
        if scene is None:
            return
        document = self.window.document
        phase_id = next(
            (i.model_id for i in scene.selectedItems() if getattr(i, "model_id", None) in scene.phases), None
        )
        if phase_id is None and (ids := scene.selected_card_ids()):
            phase_id = document.parent_of(ids[-1])
        if phase_id is not None:
            stage_id, index = document.parent_of(phase_id), document.index_of(phase_id) + 1
        elif stages := document.get(scene.journey_id).stages:
            stage_id, index = stages[-1].id, len(stages[-1].phases)
        else:
            return
        edits.add_phase(stage_id, index)

    def remove_selected_header(self) -> None:
        scene, edits = self._context()
        if scene is None:
            return
        for item in scene.selectedItems():
            model_id = getattr(item, "model_id", None)
            if model_id is not None:
                if edits.remove(model_id):
                    self._say_undoable()
                return
