"""The view of a journey: zoom and pan, keyboard navigation, and dragging cards and headers."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsView, QLineEdit

from ...domain.document import Kind
from ..palette import TOUCHPOINT_MIME
from .editing import CanvasEdits
from .items import CardItem, ColumnItem, HeaderItem, PhaseItem, StageItem
from .scene import JourneyScene

log = logging.getLogger(__name__)
ZOOM_STEP = 1.15
COMPACT_ZOOM = 0.22  # below this, card text is too small to read and columns draw cards as blocks
MIN_ZOOM, MAX_ZOOM = 0.05, 4.0


class InlineEditor(QLineEdit):
    """The in-place label editor: Enter saves, Escape cancels, and neither key travels on to the view."""

    finish = None  # set by the view: finish(save: bool)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            event.accept()
            self.finish(event.key() != Qt.Key.Key_Escape)
            return
        super().keyPressEvent(event)


@dataclass
class CardDrag:
    """An ongoing drag of one or more cards."""

    ids: list[str]
    offsets: list[QPointF]
    sources: set[str]
    target: str | None = None
    anchor: str | None = None
    started: bool = False
    skip: frozenset[str] = field(default_factory=frozenset)


@dataclass
class HeaderDrag:
    """An ongoing drag of a phase or stage header."""

    item: HeaderItem
    kind: Kind
    offset: QPointF
    start: QPointF
    parent: str | None = None
    anchor: str | None = None
    started: bool = False


class JourneyView(QGraphicsView):
    """Shows a JourneyScene and turns mouse and keys into canvas edits."""

    zoom_changed = Signal(float)
    touchpoints_dropped = Signal(list, str, object)  # touchpoint ids, phase id, anchor card id or None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.edits: CanvasEdits | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.setAcceptDrops(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._press: QPointF | None = None
        self._press_item = None
        self._card_drag: CardDrag | None = None
        self._header_drag: HeaderDrag | None = None
        self._pan_from: QPoint | None = None
        self._space = False
        self._inline: QLineEdit | None = None
        self._fit_pending = False
        self.zoom_changed.connect(self._follow_zoom)

    # --- set-up --------------------------------------------------------------------------

    def set_scene(self, scene: JourneyScene, edits: CanvasEdits) -> None:
        """Show a journey's scene, edited through `edits`."""
        self.cancel_inline_edit()
        self.edits = edits
        self.setScene(scene)
        scene.set_compact(self.zoom() < COMPACT_ZOOM)

    def journey_scene(self) -> JourneyScene | None:
        scene = self.scene()
        return scene if isinstance(scene, JourneyScene) else None

    # --- zoom ----------------------------------------------------------------------------

    def zoom(self) -> float:
        """The current scale (1.0 = 100 %)."""
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        """Zoom to `factor`, kept within sensible bounds."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.setTransform(self.transform().fromScale(factor, factor))
        self.zoom_changed.emit(factor)

    def zoom_by(self, steps: float) -> None:
        """Zoom in (positive) or out (negative) by steps of 15 %."""
        self.set_zoom(self.zoom() * ZOOM_STEP**steps)

    def fit(self) -> None:
        """Fit the whole grid into the window."""
        scene = self.scene()
        if scene is None:
            return
        # twice: the first pass may hide the scroll bars, which widens the viewport the second one fits
        self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom_changed.emit(self.zoom())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(event.angleDelta().y() / 120)
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.NativeGesture
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.set_zoom(self.zoom() * (1 + event.value()))
            return True
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                self.set_zoom(self.zoom() * pinch.scaleFactor())
                return True
        return super().viewportEvent(event)

    # --- mouse ---------------------------------------------------------------------------

    def _item_at(self, pos: QPoint):
        found = next((i for i in self.items(pos) if isinstance(i, CardItem | HeaderItem | ColumnItem)), None)
        scene = self.journey_scene()
        if scene is not None and scene.compact and not isinstance(found, CardItem | HeaderItem):
            card = scene.card_at(self.mapToScene(pos))
            if card is not None:
                card.shown = True  # a card picked out of a far-out map draws itself again
                card.setVisible(True)
                scene.columns[scene.document.parent_of(card.card_id)].invalidate()
                return card
        return found

    def _follow_zoom(self, zoom: float) -> None:
        scene = self.journey_scene()
        if scene is not None:
            scene.set_compact(zoom < COMPACT_ZOOM)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.cancel_inline_edit()
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and self._space):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if button != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        item = self._item_at(event.position().toPoint())
        if isinstance(item, CardItem | HeaderItem):
            self.setFocus()
            toggle = event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            )
            if toggle:
                item.setSelected(not item.isSelected())
            elif not item.isSelected():
                self.scene().clearSelection()
                item.setSelected(True)
            self._press = self.mapToScene(event.position().toPoint())
            self._press_item = item
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position().toPoint() - self._pan_from
            self._pan_from = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        if self._press is not None and self._press_item is not None:
            pos = self.mapToScene(event.position().toPoint())
            if self._card_drag is None and self._header_drag is None:
                distance = (self.mapFromScene(pos) - self.mapFromScene(self._press)).manhattanLength()
                if distance < QApplication.startDragDistance():
                    event.accept()
                    return
                self._begin_drag()
            if self._card_drag is not None:
                self._update_card_drag(pos)
            elif self._header_drag is not None:
                self._update_header_drag(pos)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(
                Qt.CursorShape.OpenHandCursor if self._space else Qt.CursorShape.ArrowCursor
            )
            event.accept()
            return
        if self._press is not None:
            pos = self.mapToScene(event.position().toPoint())
            if self._card_drag is not None:
                self._finish_card_drag(pos)
            elif self._header_drag is not None:
                self._finish_header_drag(pos)
            self._press = None
            self._press_item = None
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self._item_at(event.position().toPoint())
        scene = self.journey_scene()
        if isinstance(item, CardItem | HeaderItem):
            self.edit_label(item)
        elif scene is not None:
            pos = self.mapToScene(event.position().toPoint())
            phase_id = scene.phase_at(pos)
            if phase_id is not None and pos.y() > scene.cards_top() - scene.style.card_spacing:
                self.start_new_card(phase_id, scene.anchor_at(phase_id, pos.y()))
        event.accept()

    # --- dragging cards ------------------------------------------------------------------

    def _begin_drag(self) -> None:
        scene = self.journey_scene()
        item = self._press_item
        if isinstance(item, CardItem):
            selected = scene.selected_card_ids()
            ids = selected if item.card_id in selected else [item.card_id]
            offsets, y = [], 0.0
            base = item.pos() - self._press
            for card_id in ids:  # the dragged cards travel as one stack under the pointer
                offsets.append(QPointF(base.x(), base.y() + y))
                y += scene.cards[card_id].height() + scene.style.card_spacing
                scene.cards[card_id].setZValue(100)
                scene.cards[card_id].setOpacity(0.85)
                scene.cards[card_id].shown = True
                scene.cards[card_id].setVisible(True)
                scene.columns[scene.document.parent_of(card_id)].invalidate()
            sources = {scene.document.parent_of(i) for i in ids}
            self._card_drag = CardDrag(ids, offsets, sources, skip=frozenset(ids))
            for phase_id in sources:
                scene.stack(phase_id, skip=self._card_drag.skip)
        elif isinstance(item, PhaseItem | StageItem):
            kind = Kind.PHASE if isinstance(item, PhaseItem) else Kind.STAGE
            self._header_drag = HeaderDrag(item, kind, item.pos() - self._press, item.pos())
            item.setZValue(100)
            item.setOpacity(0.8)

    def _update_card_drag(self, pos: QPointF) -> None:
        scene, drag = self.journey_scene(), self._card_drag
        for card_id, offset in zip(drag.ids, drag.offsets, strict=True):
            scene.cards[card_id].setPos(pos + offset)
        target = scene.phase_at(pos)
        anchor = scene.anchor_at(target, pos.y(), skip=drag.skip) if target else None
        if drag.started and (target, anchor) == (drag.target, drag.anchor):
            return
        drag.started = True
        previous = drag.target
        drag.target, drag.anchor = target, anchor
        if previous is not None and previous != target:
            scene.stack(previous, skip=drag.skip)
        if target is None:
            scene.marker.hide()
            return
        gap = sum(scene.cards[i].height() + scene.style.card_spacing for i in drag.ids)
        y = scene.make_room(target, skip=drag.skip, before=anchor, room=gap)
        x = scene.column_x[target]
        scene.marker.show_at(QRectF(x, y - scene.style.card_spacing / 2 - 2, scene.style.column_width, 4))

    def _finish_card_drag(self, pos: QPointF) -> None:
        scene, drag = self.journey_scene(), self._card_drag
        self._card_drag = None
        scene.marker.hide()
        for card_id in drag.ids:
            scene.cards[card_id].setZValue(0)
            scene.cards[card_id].setOpacity(1.0)
        target = scene.phase_at(pos)
        moved = False
        if target is not None:
            anchor = scene.anchor_at(target, pos.y(), skip=drag.skip)
            moved = self.edits.move_cards(drag.ids, target, anchor)
        if not moved:
            scene.layout()  # dropped outside every column, or in the same place: back where they were

    # --- drops from the palette ----------------------------------------------------------

    def _palette_target(self, event) -> tuple[str | None, str | None]:
        scene = self.journey_scene()
        if scene is None or not event.mimeData().hasFormat(TOUCHPOINT_MIME):
            return None, None
        pos = self.mapToScene(event.position().toPoint())
        phase_id = scene.phase_at(pos)
        return phase_id, (scene.anchor_at(phase_id, pos.y()) if phase_id else None)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(TOUCHPOINT_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        scene = self.journey_scene()
        phase_id, anchor = self._palette_target(event)
        if phase_id is None:
            if scene is not None:
                scene.marker.hide()
            event.ignore()
            return
        y = scene.cards[anchor].pos().y() if anchor else scene.cards_top() + scene.stack(phase_id)
        x = scene.column_x[phase_id]
        scene.marker.show_at(QRectF(x, y - scene.style.card_spacing / 2 - 2, scene.style.column_width, 4))
        event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:
        scene = self.journey_scene()
        if scene is not None:
            scene.marker.hide()

    def dropEvent(self, event) -> None:
        scene = self.journey_scene()
        phase_id, anchor = self._palette_target(event)
        if scene is not None:
            scene.marker.hide()
        if phase_id is None:
            event.ignore()
            return
        ids = json.loads(bytes(event.mimeData().data(TOUCHPOINT_MIME)).decode("utf-8"))
        event.acceptProposedAction()
        self.touchpoints_dropped.emit(ids, phase_id, anchor)

    # --- dragging headers ----------------------------------------------------------------

    def _header_target(self, pos: QPointF) -> tuple[str | None, str | None, float | None]:
        """(parent, anchor, marker x) for a header dropped at `pos`."""
        scene, drag = self.journey_scene(), self._header_drag
        s = scene.style
        dragged = drag.item.model_id
        if drag.kind == Kind.STAGE:
            stages = [st for st in scene.journey.stages if st.id != dragged]
            for stage in stages:
                item = scene.stages[stage.id]
                if pos.x() < item.pos().x() + item.rect.width() / 2:
                    return scene.journey_id, stage.id, item.pos().x() - s.column_gap / 2
            last = scene.stages[stages[-1].id] if stages else None
            return (
                scene.journey_id,
                None,
                (last.pos().x() + last.rect.width() + s.column_gap / 2) if last else None,
            )
        stage_id = scene.stage_at(pos.x())
        if stage_id is None:
            return None, None, None
        phases = [p for p in scene.document.get(stage_id).phases if p.id != dragged]
        for phase in phases:
            x = scene.column_x[phase.id]
            if pos.x() < x + s.column_width / 2:
                return stage_id, phase.id, x - s.column_gap / 2
        stage_item = scene.stages[stage_id]
        return stage_id, None, stage_item.pos().x() + stage_item.rect.width() + s.column_gap / 2

    def _update_header_drag(self, pos: QPointF) -> None:
        scene, drag = self.journey_scene(), self._header_drag
        drag.item.setPos(pos.x() + drag.offset.x(), drag.start.y())
        parent, anchor, x = self._header_target(pos)
        drag.parent, drag.anchor = parent, anchor
        if x is None:
            scene.marker.hide()
        else:
            scene.marker.show_at(QRectF(x - 3, scene.style.margin, 6, scene.grid_bottom - scene.style.margin))

    def _finish_header_drag(self, pos: QPointF) -> None:
        scene, drag = self.journey_scene(), self._header_drag
        parent, anchor, _ = self._header_target(pos)
        self._header_drag = None
        scene.marker.hide()
        drag.item.setZValue(0)
        drag.item.setOpacity(1.0)
        moved = parent is not None and self.edits.move_header(drag.item.model_id, parent, anchor)
        if not moved:
            scene.layout()

    # --- keyboard ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        scene = self.journey_scene()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if scene is None:
            super().keyPressEvent(event)
            return
        arrows = {
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
        }
        if key in arrows:
            dx, dy = arrows[key]
            if mods & Qt.KeyboardModifier.AltModifier:
                self.nudge_selection(dx, dy)
            else:
                self.step_selection(dx, dy)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            ids = scene.selected_card_ids()
            if ids:
                self.edit_label(scene.cards[ids[0]])
            return
        if key == Qt.Key.Key_Insert:
            self.insert_card_here()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            return
        super().keyReleaseEvent(event)

    def _current(self) -> tuple[str | None, int]:
        """(phase, row) of the focused card: the last selected one, else the first column's top."""
        scene = self.journey_scene()
        ids = scene.selected_card_ids()
        if not ids:
            return (scene.phase_order[0] if scene.phase_order else None), -1
        card_id = ids[-1]
        phase_id = scene.document.parent_of(card_id)
        return phase_id, scene.visible_cards(phase_id).index(card_id)

    def step_selection(self, dx: int, dy: int) -> None:
        """Move the selection to the neighbouring card (arrow keys)."""
        scene = self.journey_scene()
        phase_id, row = self._current()
        if phase_id is None:
            return
        if dx:
            order = scene.phase_order
            i = order.index(phase_id) + dx
            while 0 <= i < len(order) and not scene.visible_cards(order[i]):
                i += dx
            if not 0 <= i < len(order):
                return
            phase_id = order[i]
            row = max(row, 0)
        cards = scene.visible_cards(phase_id)
        if not cards:
            return
        row = max(0, min(len(cards) - 1, row + dy if row >= 0 or dy <= 0 else 0))
        scene.select_cards([cards[row]])
        self.ensureVisible(scene.cards[cards[row]], 40, 40)

    def nudge_selection(self, dx: int, dy: int) -> None:
        """Move the selected card(s) one place up/down, or into the neighbouring phase (Alt+arrows)."""
        scene = self.journey_scene()
        ids = scene.selected_card_ids()
        if not ids:
            return
        phase_id = scene.document.parent_of(ids[0])
        visible = [c for c in scene.visible_cards(phase_id) if c not in ids]
        row = scene.visible_cards(phase_id).index(ids[0])
        if dy:
            new_row = row + dy
            if new_row < 0 or new_row > len(visible):
                return
            anchor = visible[new_row] if new_row < len(visible) else None
            target = phase_id
        else:
            order = scene.phase_order
            i = order.index(phase_id) + dx
            if not 0 <= i < len(order):
                return
            target = order[i]
            others = [c for c in scene.visible_cards(target) if c not in ids]
            anchor = others[row] if row < len(others) else None
        self.edits.move_cards(ids, target, anchor)
        scene.select_cards(ids)
        self.ensureVisible(scene.cards[ids[0]], 40, 40)

    # --- inline editing ------------------------------------------------------------------

    def _open_inline(self, rect: QRectF, text: str, commit) -> None:
        self.cancel_inline_edit()
        editor = InlineEditor(self.viewport())
        editor.setText(text)
        editor.selectAll()
        area = self.mapFromScene(rect).boundingRect()
        font = editor.font()
        font.setPixelSize(max(12, round(self.journey_scene().style.card_font_px * self.zoom())))
        editor.setFont(font)
        editor.setGeometry(area.x(), area.y(), max(area.width(), 160), max(editor.sizeHint().height(), 28))
        editor.setFrame(True)
        done = {"closed": False}

        def finish(save: bool) -> None:
            if done["closed"]:
                return
            done["closed"] = True
            value = editor.text()
            editor.deleteLater()
            self._inline = None
            self.setFocus()
            if save:
                commit(value)

        editor.editingFinished.connect(lambda: finish(True))
        editor.finish = finish
        self._inline = editor
        editor.show()
        editor.setFocus()

    def cancel_inline_edit(self) -> None:
        """Close the inline editor without saving."""
        if self._inline is not None:
            self._inline.finish(False)

    def inline_editor(self) -> QLineEdit | None:
        """The open inline editor (tests type into it)."""
        return self._inline

    def edit_label(self, item: CardItem | HeaderItem) -> None:
        """Edit the label of a card or header in place."""
        rect = item.sceneBoundingRect()
        target = item.card_id if isinstance(item, CardItem) else item.model_id
        self._open_inline(rect, item.label(), lambda text: self.edits.rename(target, text))

    def start_new_card(self, phase_id: str, anchor_id: str | None) -> None:
        """Open an editor where a new custom card will go; Enter adds it, Escape cancels."""
        scene = self.journey_scene()
        cards = scene.document.get(phase_id).cards
        index = next((i for i, c in enumerate(cards) if c.id == anchor_id), len(cards))
        y = (
            scene.cards[anchor_id].pos().y()
            if anchor_id in scene.cards
            else scene.cards_top() + scene.stack(phase_id)
        )
        rect = QRectF(scene.column_x[phase_id], y, scene.style.column_width, scene.style.card_min_height)

        def commit(text: str) -> None:
            if text.strip():
                new_id = self.edits.add_card(phase_id, index, text)
                if new_id:
                    scene.select_cards([new_id])

        self._open_inline(rect, "", commit)

    def insert_card_here(self) -> None:
        """Insert: a new card after the selected one, or at the end of the first column."""
        scene = self.journey_scene()
        phase_id, row = self._current()
        if phase_id is None:
            return
        cards = scene.visible_cards(phase_id)
        anchor = cards[row + 1] if row >= 0 and row + 1 < len(cards) else None
        self.start_new_card(phase_id, anchor)
