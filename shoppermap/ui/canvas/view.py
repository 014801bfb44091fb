"""The view of a journey: zoom and pan, and the dispatcher of mouse, keys and drops to the canvas's
interactions, keyboard navigation and inline editor."""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPen, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QLineEdit

from ..palette import TOUCHPOINT_MIME
from ..parking_lot_dock import PARKING_MIME
from .auto_scroll import EdgeScroller
from .editing import CanvasEdits
from .inline_edit import InlineEditing
from .interactions import Interaction, Pan, item_drag
from .items import CardItem, ColumnItem, HeaderItem
from .keyboard import KeyboardNavigation
from .scene import JourneyScene
from .sticky_headers import paint_pinned_headers, strip_to_repaint

log = logging.getLogger(__name__)
ZOOM_STEP = 1.15
COMPACT_ZOOM = 0.22  # below this, card text is too small to read and columns draw cards as blocks
MIN_ZOOM, MAX_ZOOM = 0.05, 4.0


class JourneyView(QGraphicsView):
    """Shows a JourneyScene and hands mouse, keys and drops to the objects that turn them into edits."""

    zoom_changed = Signal(float)
    touchpoints_dropped = Signal(list, str, object)  # touchpoint ids, phase id, anchor card id or None
    parking_item_dropped = Signal(str, str, QPoint)  # parking-lot item id, card id, global drop point
    vote_requested = Signal(int)  # + or − pressed on the map: one vote more or less on the selection

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
        self.keys = KeyboardNavigation(self)
        self.inline = InlineEditing(self)
        self.edge_scroller = EdgeScroller(self)
        # fitted to the window until the user zooms: a resize (maximising, a dock shown) fits again
        self.auto_fit = True
        self.spotlight: QRectF | None = None  # the phase the guided walk stands at, outlined
        self._interaction: Interaction | None = None
        self.zoom_changed.connect(self._follow_zoom)

    # --- set-up --------------------------------------------------------------------------

    def set_scene(self, scene: JourneyScene, edits: CanvasEdits) -> None:
        """Show a journey's scene, edited through `edits`."""
        self.cancel_inline_edit()
        if self._interaction is not None:
            self._interaction.cancel()
            self._interaction = None
        self.edits = edits
        self.setScene(scene)
        scene.set_compact(self.zoom() < COMPACT_ZOOM)

    def journey_scene(self) -> JourneyScene | None:
        """The journey scene shown, or None."""
        scene = self.scene()
        return scene if isinstance(scene, JourneyScene) else None

    # --- zoom ----------------------------------------------------------------------------

    def zoom(self) -> float:
        """The current scale (1.0 = 100 %)."""
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        """Zoom to `factor`, kept within sensible bounds; the view stops following resizes."""
        self.auto_fit = False
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.setTransform(self.transform().fromScale(factor, factor))
        self.zoom_changed.emit(factor)

    def zoom_by(self, steps: float) -> None:
        """Zoom in (positive) or out (negative) by steps of 15 %."""
        self.set_zoom(self.zoom() * ZOOM_STEP**steps)

    def fit(self) -> None:
        """Fit the whole grid into the window, and keep it fitted as the window is resized."""
        self.auto_fit = True
        scene = self.scene()
        if scene is None:
            return
        # twice: the first pass may hide the scroll bars, which widens the viewport the second one fits
        self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom_changed.emit(self.zoom())

    def show_rect(self, rect: QRectF, *, least_share: float = 0.3) -> None:
        """Zoom onto `rect` (a phase column in the guided walk); the view stops following resizes.

        A column taller than the window is not shrunk below `least_share` of the window's width,
        where cards stop being readable; its top is shown instead.
        """
        port = self.viewport().rect()
        if rect.isEmpty() or port.isEmpty():
            return
        scale = min(port.width() / rect.width(), port.height() / rect.height())
        scale = max(scale, least_share * port.width() / rect.width())
        self.set_zoom(scale)
        scale = self.zoom()
        centre = rect.center()
        if rect.height() * scale > port.height():
            centre.setY(rect.top() + port.height() / scale / 2)
        self.centerOn(centre)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.auto_fit and self.scene() is not None:
            self.fit()

    def drawForeground(self, painter: QPainter, rect) -> None:
        super().drawForeground(painter, rect)
        paint_pinned_headers(self, painter, rect)
        if self.spotlight is not None and self.spotlight.intersects(rect):
            pen = QPen(QColor("#F9A825"), 5)
            pen.setCosmetic(True)  # as thick at any zoom
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.spotlight, 8, 8)

    def set_spotlight(self, rect: QRectF | None) -> None:
        """Outline `rect` over the map (None: no outline)."""
        if rect != self.spotlight:
            self.spotlight = rect
            self.viewport().update()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        strip = strip_to_repaint(self, dy)
        if strip is not None:
            self.viewport().update(strip)

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
                scene.reveal_card(card.card_id)  # a card picked out of a far-out map draws itself again
                return card
        return found

    def _follow_zoom(self, zoom: float) -> None:
        scene = self.journey_scene()
        if scene is not None:
            scene.set_compact(zoom < COMPACT_ZOOM)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.cancel_inline_edit()
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and self.keys.space_held
        ):
            self._start(Pan(self), event)
            return
        if button == Qt.MouseButton.LeftButton:
            item = self._item_at(event.position().toPoint())
            if isinstance(item, CardItem | HeaderItem):
                self._start(item_drag(self, item), event)
                return
        scene = self.journey_scene()
        if scene is not None and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            scene.select_cards([])  # Qt would clear only the cards it can select, not the far-out blocks
        super().mousePressEvent(event)  # elsewhere: Qt's rubber band, or the other buttons

    def _start(self, interaction: Interaction, event: QMouseEvent) -> None:
        if self._interaction is not None:
            self._interaction.cancel()  # a second button pressed during a gesture
        self._interaction = interaction
        interaction.begin(event)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._interaction is None:
            super().mouseMoveEvent(event)
            return
        self._interaction.update(event)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        interaction, self._interaction = self._interaction, None
        if interaction is None:
            super().mouseReleaseEvent(event)
            return
        interaction.finish(event)
        event.accept()

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

    # --- drops from the palette and the parking lot ---------------------------------------

    def _palette_target(self, event) -> tuple[str | None, str | None]:
        scene = self.journey_scene()
        if scene is None or not event.mimeData().hasFormat(TOUCHPOINT_MIME):
            return None, None
        pos = self.mapToScene(event.position().toPoint())
        phase_id = scene.phase_at(pos)
        return phase_id, (scene.anchor_at(phase_id, pos.y()) if phase_id else None)

    def _parking_target(self, event) -> CardItem | None:
        """The card a parked item is dragged over (it lands on a card, not between cards)."""
        scene = self.journey_scene()
        if scene is None or not event.mimeData().hasFormat(PARKING_MIME):
            return None
        return scene.card_at(self.mapToScene(event.position().toPoint()))

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(TOUCHPOINT_MIME) or event.mimeData().hasFormat(PARKING_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        scene = self.journey_scene()
        if event.mimeData().hasFormat(PARKING_MIME):
            card = self._parking_target(event)
            if card is not None:
                scene.select_cards([card.card_id])  # the card it would land on
                event.acceptProposedAction()
            else:
                event.ignore()
            return
        phase_id, anchor = self._palette_target(event)
        if phase_id is None:
            if scene is not None:
                scene.marker.hide()
            event.ignore()
            return
        scene.show_card_marker(phase_id, scene.insertion_y(phase_id, anchor))
        event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:
        scene = self.journey_scene()
        if scene is not None:
            scene.marker.hide()

    def dropEvent(self, event) -> None:
        scene = self.journey_scene()
        if event.mimeData().hasFormat(PARKING_MIME):
            card = self._parking_target(event)
            if card is None:
                event.ignore()
                return
            ids = json.loads(bytes(event.mimeData().data(PARKING_MIME)).decode("utf-8"))
            event.acceptProposedAction()
            where = self.viewport().mapToGlobal(event.position().toPoint())
            self.parking_item_dropped.emit(ids[0], card.card_id, where)
            return
        phase_id, anchor = self._palette_target(event)
        if scene is not None:
            scene.marker.hide()
        if phase_id is None:
            event.ignore()
            return
        ids = json.loads(bytes(event.mimeData().data(TOUCHPOINT_MIME)).decode("utf-8"))
        event.acceptProposedAction()
        self.touchpoints_dropped.emit(ids, phase_id, anchor)

    # --- keyboard ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.keys.key_press(event):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if not self.keys.key_release(event):
            super().keyReleaseEvent(event)

    # --- inline editing ------------------------------------------------------------------

    def cancel_inline_edit(self) -> None:
        """Close the inline editor without saving."""
        self.inline.cancel()

    def inline_editor(self) -> QLineEdit | None:
        """The open inline editor (tests type into it)."""
        return self.inline.editor

    def edit_label(self, item: CardItem | HeaderItem) -> None:
        """Edit the label of a card or header in place."""
        self.inline.edit_label(item)

    def start_new_card(self, phase_id: str, anchor_id: str | None) -> None:
        """Open an editor where a new custom card will go; Enter adds it, Escape cancels."""
        self.inline.start_new_card(phase_id, anchor_id)

    def insert_card_here(self) -> None:
        """Insert: a new card after the selected one, or at the end of the first column."""
        self.inline.insert_card_here()
