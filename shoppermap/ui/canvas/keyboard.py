"""The canvas's keys: arrows step the selection, Alt+arrows move cards, Enter/F2 edit, Insert adds,
and Space held turns the left button into a hand that pans."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

if TYPE_CHECKING:
    from .scene import JourneyScene

ARROWS = {
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
}
# + and − add and take away a dot vote (Shift gives + on many keyboards, the keypad has both)
VOTE_KEYS = {Qt.Key.Key_Plus: 1, Qt.Key.Key_Minus: -1}
SHIFT, KEYPAD = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.KeypadModifier
EDIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)
VISIBLE_MARGIN = 40  # room kept around a card scrolled into view


def focused_place(scene: JourneyScene) -> tuple[str | None, int]:
    """(phase, row) of the focused card: the last selected one, else the first column's top (row -1)."""
    ids = scene.selected_card_ids()
    if not ids:
        return (scene.phase_order[0] if scene.phase_order else None), -1
    card_id = ids[-1]
    phase_id = scene.document.parent_of(card_id)
    return phase_id, scene.visible_cards(phase_id).index(card_id)


class KeyboardNavigation:
    """Turns the view's key presses into selection steps, card moves and edits."""

    def __init__(self, view) -> None:
        self.view = view
        self.space_held = False  # the hand tool: a left drag pans

    def key_press(self, event: QKeyEvent) -> bool:
        """Handle a key press; False leaves it to the view's default handling."""
        view, key = self.view, event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space_held = True
            view.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return True
        scene = view.journey_scene()
        if scene is None:
            return False
        if key in ARROWS:
            dx, dy = ARROWS[key]
            if event.modifiers() & Qt.KeyboardModifier.AltModifier:
                self.nudge_selection(dx, dy)
            else:
                self.step_selection(dx, dy)
            return True
        if key in EDIT_KEYS:
            ids = scene.selected_card_ids()
            if ids:
                view.edit_label(scene.cards[ids[0]])
            return True
        if key in VOTE_KEYS and not event.modifiers() & ~(SHIFT | KEYPAD):
            view.vote_requested.emit(VOTE_KEYS[key])
            return True
        if key == Qt.Key.Key_Insert:
            view.insert_card_here()
            return True
        return False

    def key_release(self, event: QKeyEvent) -> bool:
        """Handle a key release; False leaves it to the view's default handling."""
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.space_held = False
            self.view.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            return True
        return False

    def step_selection(self, dx: int, dy: int) -> None:
        """Move the selection to the neighbouring card (arrow keys); empty columns are stepped over."""
        scene = self.view.journey_scene()
        phase_id, row = focused_place(scene)
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
        self.view.ensureVisible(scene.cards[cards[row]], VISIBLE_MARGIN, VISIBLE_MARGIN)

    def nudge_selection(self, dx: int, dy: int) -> None:
        """Move the selected card(s) one place up/down, or into the neighbouring phase (Alt+arrows)."""
        view = self.view
        scene = view.journey_scene()
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
        view.edits.move_cards(ids, target, anchor)
        scene.select_cards(ids)
        view.ensureVisible(scene.cards[ids[0]], VISIBLE_MARGIN, VISIBLE_MARGIN)
