"""The mouse gestures of the canvas, one object each from press to release.

The view creates the interaction a press starts and forwards the following moves and the release
to it: `begin` on the press, `update` on every move, `finish` on the release, `cancel` when the
gesture is abandoned (the view shows another scene). Rubber-band selection stays Qt's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from ...domain.document import Kind
from .items import CardItem, HeaderItem, PhaseItem
from .layout import carried_stack, phase_drop, stage_drop

if TYPE_CHECKING:
    from .scene import JourneyScene

LIFTED_Z = 100
CARD_LIFTED_OPACITY = 0.85
HEADER_LIFTED_OPACITY = 0.8


def _point(event: QMouseEvent) -> QPoint:
    return event.position().toPoint()


class Interaction:
    """One mouse gesture on the view, from the press that starts it to the release that ends it."""

    def __init__(self, view) -> None:
        self.view = view

    def begin(self, event: QMouseEvent) -> None:
        """The press that starts the gesture."""

    def update(self, event: QMouseEvent) -> None:
        """A move while the gesture lasts."""

    def finish(self, event: QMouseEvent) -> None:
        """The release that ends the gesture."""

    def cancel(self) -> None:
        """Abandon the gesture and put back whatever it changed."""


class Pan(Interaction):
    """The middle button, or the left one with Space held, drags the map around."""

    def begin(self, event: QMouseEvent) -> None:
        self._from = _point(event)
        self.view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def update(self, event: QMouseEvent) -> None:
        view = self.view
        delta = _point(event) - self._from
        self._from = _point(event)
        view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() - delta.x())
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() - delta.y())

    def finish(self, event: QMouseEvent) -> None:
        self.cancel()

    def cancel(self) -> None:
        held = self.view.keys.space_held
        self.view.viewport().setCursor(Qt.CursorShape.OpenHandCursor if held else Qt.CursorShape.ArrowCursor)


class ItemDrag(Interaction):
    """A press on a card or header: it selects, and once the pointer travels far enough, drags.

    Subclasses lift the item(s) when the drag starts, follow the pointer, and drop or put back.
    """

    def __init__(self, view, item: CardItem | HeaderItem) -> None:
        super().__init__(view)
        self.item = item
        self.scene: JourneyScene = view.journey_scene()
        self.press = QPointF()
        self.lifted = False

    def begin(self, event: QMouseEvent) -> None:
        view, item = self.view, self.item
        view.setFocus()
        toggle = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        if toggle:
            self.scene.toggle_selected(item)
        elif not item.isSelected():
            self.scene.select_items([item])
        self.press = view.mapToScene(_point(event))

    def update(self, event: QMouseEvent) -> None:
        view = self.view
        pos = view.mapToScene(_point(event))
        if not self.lifted:
            distance = (view.mapFromScene(pos) - view.mapFromScene(self.press)).manhattanLength()
            if distance < QApplication.startDragDistance():
                return  # still a click
            self.lifted = True
            self.lift()
        self.follow(pos)
        view.edge_scroller.track(_point(event), lambda at: self.follow(view.mapToScene(at)))

    def finish(self, event: QMouseEvent) -> None:
        self.view.edge_scroller.stop()
        if self.lifted:
            self.drop(self.view.mapToScene(_point(event)))

    def cancel(self) -> None:
        self.view.edge_scroller.stop()
        if self.lifted:
            self.put_back()

    def lift(self) -> None:
        """The drag starts: pick the item(s) up."""

    def follow(self, pos: QPointF) -> None:
        """The pointer moved to `pos` (scene units)."""

    def drop(self, pos: QPointF) -> None:
        """The button was released at `pos` (scene units)."""

    def put_back(self) -> None:
        """Set the item(s) down where they were."""


class CardDrag(ItemDrag):
    """Dragging a card, or the selected cards as one stack; the target column opens a gap for them."""

    def lift(self) -> None:
        scene, item = self.scene, self.item
        selected = scene.selected_card_ids()
        self.ids = selected if item.card_id in selected else [item.card_id]
        tops, self.room = carried_stack([scene.cards[i].height() for i in self.ids], scene.style)
        base = item.pos() - self.press
        self.offsets = [QPointF(base.x(), base.y() + top) for top in tops]
        for card_id in self.ids:
            scene.cards[card_id].setZValue(LIFTED_Z)
            scene.cards[card_id].setOpacity(CARD_LIFTED_OPACITY)
            scene.reveal_card(card_id)
        self.skip = frozenset(self.ids)
        self.target: str | None = None
        self.anchor: str | None = None
        self.aimed = False  # the first move always shows where the cards would go
        self.sources = {scene.document.parent_of(i) for i in self.ids}
        for phase_id in self.sources:
            scene.stack(phase_id, skip=self.skip)  # the cards left behind close up

    def follow(self, pos: QPointF) -> None:
        scene = self.scene
        for card_id, offset in zip(self.ids, self.offsets, strict=True):
            scene.carry(card_id, pos + offset)
        target = scene.phase_at(pos)
        anchor = scene.anchor_at(target, pos.y(), skip=self.skip) if target else None
        if self.aimed and (target, anchor) == (self.target, self.anchor):
            return  # restacking is the costly part: only when the drop place changes
        self.aimed = True
        previous = self.target
        self.target, self.anchor = target, anchor
        if previous is not None and previous != target:
            scene.stack(previous, skip=self.skip)
        if target is None:
            scene.marker.hide()
            return
        y = scene.make_room(target, skip=self.skip, before=anchor, room=self.room)
        scene.show_card_marker(target, y)

    def drop(self, pos: QPointF) -> None:
        scene = self.scene
        self._set_down()
        target = scene.phase_at(pos)
        moved = False
        if target is not None:
            anchor = scene.anchor_at(target, pos.y(), skip=self.skip)
            moved = self.view.edits.move_cards(self.ids, target, anchor)
        if not moved:
            self._restore()  # dropped outside every column, or in the same place: back where they were

    def put_back(self) -> None:
        self._set_down()
        self._restore()

    def _restore(self) -> None:
        """Lay out the columns the drag opened or closed up, as the document has them."""
        self.scene.layout(self.sources | ({self.target} if self.target else set()))

    def _set_down(self) -> None:
        self.scene.marker.hide()
        for card_id in self.ids:
            self.scene.cards[card_id].setZValue(0)
            self.scene.cards[card_id].setOpacity(1.0)


class HeaderDrag(ItemDrag):
    """Dragging a phase header along its row or a stage band along the bands; a bar marks the drop."""

    def lift(self) -> None:
        item = self.item
        self.kind = Kind.PHASE if isinstance(item, PhaseItem) else Kind.STAGE
        self.offset = item.pos() - self.press
        self.start = item.pos()
        item.setZValue(LIFTED_Z)
        item.setOpacity(HEADER_LIFTED_OPACITY)

    def target(self, pos: QPointF) -> tuple[str | None, str | None, float | None]:
        """(parent, anchor, marker x) for the header dropped at `pos`."""
        scene, dragged = self.scene, self.item.model_id
        if self.kind == Kind.STAGE:
            anchor, x = stage_drop(scene.grid, scene.style, pos.x(), dragged)
            return scene.journey_id, anchor, x
        return phase_drop(scene.grid, scene.style, pos.x(), dragged)

    def follow(self, pos: QPointF) -> None:
        self.item.setPos(pos.x() + self.offset.x(), self.start.y())
        _parent, _anchor, x = self.target(pos)
        if x is None:
            self.scene.marker.hide()
        else:
            self.scene.show_header_marker(x)

    def drop(self, pos: QPointF) -> None:
        parent, anchor, _ = self.target(pos)
        self._set_down()
        moved = parent is not None and self.view.edits.move_header(self.item.model_id, parent, anchor)
        if not moved:
            self.scene.layout(())  # the header goes back to its place; no column changed

    def put_back(self) -> None:
        self._set_down()
        self.scene.layout(())

    def _set_down(self) -> None:
        self.scene.marker.hide()
        self.item.setZValue(0)
        self.item.setOpacity(1.0)


def item_drag(view, item: CardItem | HeaderItem) -> ItemDrag:
    """The drag a press on `item` may start."""
    return CardDrag(view, item) if isinstance(item, CardItem) else HeaderDrag(view, item)
