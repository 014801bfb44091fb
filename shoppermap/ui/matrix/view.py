"""The matrix view: a click on a chip chooses its action, a drag puts it in another cell or back in
the tray. The drop is one undo step, pushed on release; until then only the chip moves."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsView

from ..canvas.keyboard import KEYPAD, SHIFT, VOTE_KEYS
from ..commands import UpdateCommand, quoted
from ..editor import Editor
from ..seen_scene import catch_up_on_show
from ..votes import step_votes
from .layout import Spot
from .scene import ChipItem, MatrixScene

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
MIN_SCALE = 0.55  # below this a chip's words are too small to read: scroll instead


class ChipDrag:
    """A chip held by the mouse: where it was taken, and the offset that keeps it under the cursor."""

    def __init__(self, chip: ChipItem, press: QPointF) -> None:
        self.chip = chip
        self.press = press
        self.offset = chip.pos() - press
        self.moving = False


class MatrixView(QGraphicsView):
    """Shows a MatrixScene; `chip_chosen(opportunity id, card id)` when a chip is clicked."""

    chip_chosen = Signal(str, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.editor: Editor | None = None
        self.editable = True
        self.drag: ChipDrag | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setObjectName("matrix-view")

    def fit(self) -> None:
        """Show the whole matrix when there is room, never larger than life, and readable when not."""
        scene = self.matrix_scene()
        if scene is None:
            return
        rect = scene.sceneRect()
        room = self.viewport().size()
        scale = min(1.0, room.width() / rect.width(), room.height() / rect.height())
        self.resetTransform()
        self.scale(max(MIN_SCALE, scale), max(MIN_SCALE, scale))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        catch_up_on_show(self)
        self.fit()

    def matrix_scene(self) -> MatrixScene | None:
        scene = self.scene()
        return scene if isinstance(scene, MatrixScene) else None

    # --- the mouse -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        scene = self.matrix_scene()
        if scene is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        point = self.mapToScene(event.position().toPoint())
        chip = scene.chip_at(point)
        scene.clearSelection()
        if chip is None:
            event.accept()
            return
        chip.setSelected(True)
        self.drag = ChipDrag(chip, point)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag, scene = self.drag, self.matrix_scene()
        if drag is None or scene is None:
            super().mouseMoveEvent(event)
            return
        point = self.mapToScene(event.position().toPoint())
        if not drag.moving:
            if (point - drag.press).manhattanLength() < QApplication.startDragDistance():
                return
            if not self.editable:
                return
            drag.moving = True
            drag.chip.setZValue(10)
            drag.chip.setCursor(Qt.CursorShape.ClosedHandCursor)
        drag.chip.setPos(point + drag.offset)
        scene.grid.set_target(scene.spot_at(point))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, scene = self.drag, self.matrix_scene()
        self.drag = None
        if drag is None or scene is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        event.accept()
        if not drag.moving:
            self.chip_chosen.emit(drag.chip.opportunity_id, drag.chip.card_id)
            return
        drag.chip.setZValue(0)
        drag.chip.setCursor(Qt.CursorShape.OpenHandCursor)
        scene.grid.set_target(None)
        spot = scene.spot_at(self.mapToScene(event.position().toPoint()))
        if spot is None or spot == drag.chip.spot or not self.rate(drag.chip.opportunity_id, spot):
            scene.lay_out()  # back where it was

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """+ and − vote for the chosen actions, as on the map for cards."""
        scene = self.matrix_scene()
        delta = VOTE_KEYS.get(event.key())
        if scene is None or delta is None or event.modifiers() & ~(SHIFT | KEYPAD):
            super().keyPressEvent(event)
            return
        event.accept()
        chips = scene.selected_chips()
        if not chips or not self.editable:
            return
        name = quoted(chips[0].tool or chips[0].touchpoint) if len(chips) == 1 else None
        step_votes(self.editor, [c.opportunity_id for c in chips], delta, name=name)

    # --- the edit ------------------------------------------------------------------------

    def rate(self, opportunity_id: str, spot: Spot) -> bool:
        """Set an action's value and effort (both None: back to the tray) as one undo step."""
        editor = self.editor
        if editor is None:
            return False
        document = editor.document
        scene = self.matrix_scene()
        chip = scene.chips.get(opportunity_id) if scene is not None else None
        name = quoted(chip.tool or chip.touchpoint) if chip is not None else ""
        if spot.in_tray:
            text = translate("Matrix", "Clear value and effort of {0}").format(name)
        else:
            text = translate("Matrix", "Rate {0}: value {1}, effort {2}").format(
                name, spot.value, spot.effort
            )
        command = UpdateCommand(document, opportunity_id, {"value": spot.value, "effort": spot.effort}, text)
        return editor.apply([command], text=text)
