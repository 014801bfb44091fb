"""The scene of one journey: mirrors the document's stages, phases and cards and never writes to it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from ...domain.changes import ChangeSet
from ...domain.document import Document, Kind
from .emotion_lane import LANE_HEIGHT, EmotionLaneItem, phase_emotions
from .items import CardItem, ColumnItem, MarkerItem, PhaseItem, StageItem
from .layout import (
    ColumnCards,
    ColumnStack,
    GridLayout,
    StageColumns,
    anchor_at,
    card_marker,
    header_marker,
    insertion_y,
    lay_out_grid,
    phase_at,
    stack_column,
    stage_at,
)
from .layout import cards_top as grid_cards_top
from .style import CanvasStyle

log = logging.getLogger(__name__)
DEFAULT_STAGE_COLOR = "#B0BEC5"


class JourneyScene(QGraphicsScene):
    """A journey as a grid: stage bands, phase headers, and a column of cards under each phase."""

    layout_changed = Signal()

    def __init__(self, document: Document, journey_id: str, *, style: CanvasStyle, language: str) -> None:
        super().__init__()
        self.document = document
        self.journey_id = journey_id
        self.style = style
        self.language = language
        self.cards: dict[str, CardItem] = {}
        self.phases: dict[str, PhaseItem] = {}
        self.stages: dict[str, StageItem] = {}
        self.columns: dict[str, ColumnItem] = {}
        self.grid = GridLayout()  # where the last full layout put everything
        self.excluded: frozenset[str] = frozenset()  # cards a "show only" filter leaves out
        self.matching: set[str] | None = None  # cards a filter matches (None: no filter)
        self.filter_mode = "highlight"
        self.compact = False  # zoomed so far out that columns draw their cards as blocks
        self.lane = EmotionLaneItem(style)
        self.lane_visible = True
        self.addItem(self.lane)
        self.marker = MarkerItem(style)
        self.addItem(self.marker)
        self.setBackgroundBrush(QColor(style.background))
        self._connect()
        self.rebuild()

    # --- building ------------------------------------------------------------------------

    @property
    def journey(self):
        return self.document.get(self.journey_id)

    def rebuild(self) -> None:
        """Create every item anew from the document (after structural changes of stages and phases)."""
        for group in (self.cards, self.phases, self.stages, self.columns):
            for item in group.values():
                self.removeItem(item)
            group.clear()
        for stage in self.journey.stages:
            color = stage.color or DEFAULT_STAGE_COLOR
            stage_item = StageItem(stage, self.style, self.language, color)
            self.stages[stage.id] = stage_item
            self.addItem(stage_item)
            for phase in stage.phases:
                phase_item = PhaseItem(phase, self.style, self.language, color)
                self.phases[phase.id] = phase_item
                self.addItem(phase_item)
                column = ColumnItem(phase, self.style)
                self.columns[phase.id] = column
                self.addItem(column)
                for card in phase.cards:
                    if not card.hidden:
                        self._add_card_item(card)
        self.layout()

    def _add_card_item(self, card) -> CardItem:
        item = CardItem(card, self.style, self.language)
        self.cards[card.id] = item
        self.addItem(item)
        self._apply_filter_to(item)
        return item

    def set_style(self, style: CanvasStyle) -> None:
        """Switch style (presentation type size, high contrast) and lay out again."""
        self.style = style
        self.marker.style = style
        self.lane.style = style
        self.setBackgroundBrush(QColor(style.background))
        self.rebuild()

    def set_language(self, language: str) -> None:
        """Show labels in another language."""
        self.language = language
        self.rebuild()

    # --- layout --------------------------------------------------------------------------

    def layout(self) -> None:
        """Place headers, columns and cards; every column gets the height of the tallest."""
        lane = LANE_HEIGHT if self.lane_visible else None
        grid = self.grid = lay_out_grid(self._stage_columns(), self.style, lane_height=lane)
        for stage_id, rect in grid.stage_rects.items():
            self.stages[stage_id].set_rect(QRectF(*rect))
        for phase_id, rect in grid.phase_rects.items():
            self.phases[phase_id].set_rect(QRectF(*rect))
            self._place(phase_id, grid.stacks[phase_id])
        for phase_id, column in self.columns.items():
            column.set_rect(QRectF(*grid.column_rects[phase_id]))
        self.lane.setVisible(grid.lane_rect is not None)
        if grid.lane_rect is not None:
            self.lane.set_data(QRectF(*grid.lane_rect), [])
            self.update_lane()
        self.setSceneRect(QRectF(*grid.scene_rect))
        if self.compact:
            self._fill_columns()
        self.layout_changed.emit()

    @property
    def column_x(self) -> dict[str, float]:
        """The left x of every phase column."""
        return self.grid.column_x

    @property
    def phase_order(self) -> tuple[str, ...]:
        """The phases of the journey, left to right."""
        return self.grid.phase_order

    @property
    def grid_bottom(self) -> float:
        """The y of the bottom of the columns."""
        return self.grid.grid_bottom

    def _stage_columns(self) -> list[StageColumns]:
        return [
            StageColumns(stage.id, tuple(ColumnCards(p.id, self._column_cards(p.id)) for p in stage.phases))
            for stage in self.journey.stages
        ]

    def _column_cards(
        self, phase_id: str, skip: frozenset[str] = frozenset()
    ) -> tuple[tuple[str, float], ...]:
        """(id, height) of the cards a column shows, top to bottom, leaving out `skip`."""
        cards = []
        for card in self.document.get(phase_id).cards:
            item = self.cards.get(card.id)
            if item is not None and card.id not in skip and card.id not in self.excluded:
                cards.append((card.id, item.height()))
        return tuple(cards)

    def _place(self, phase_id: str, stack: ColumnStack) -> None:
        x = self.grid.column_x[phase_id]
        for card_id, y in stack.tops:
            item = self.cards[card_id]
            item.setPos(x, y)
            item.x_, item.y_ = x, y
        if self.compact:
            self.columns[phase_id].invalidate()

    def set_compact(self, compact: bool) -> None:
        """Far out, let each column draw its cards as blocks in one go instead of item by item."""
        if compact == self.compact:
            return
        self.compact = compact
        for item in self.cards.values():
            item.shown = not item.excluded and (not compact or item.isSelected())
            item.setVisible(item.shown)
        self._fill_columns()

    def _fill_columns(self) -> None:
        for phase_id, column in self.columns.items():
            cards = self.document.get(phase_id).cards
            column.compact_cards = (
                [self.cards[c.id] for c in cards if c.id in self.cards] if self.compact else []
            )
            column.update()

    def card_at(self, point: QPointF) -> CardItem | None:
        """The card under a scene point, found by geometry (blocks drawn by columns are no items)."""
        phase_id = self.phase_at(point)
        if phase_id is None:
            return None
        for card_id in self.visible_cards(phase_id):
            item = self.cards[card_id]
            if item.pos().y() <= point.y() <= item.pos().y() + item.height():
                return item
        return None

    def update_lane(self) -> None:
        """Recompute the emotion curve from the document."""
        if not self.lane.isVisible():
            return
        phases = [self.document.get(phase_id) for phase_id in self.phase_order]
        lane_x = self.lane.pos().x()
        points = [
            (self.column_x[p.id] + self.style.column_width / 2 - lane_x, value, critical)
            for p, (value, critical) in zip(phases, phase_emotions(phases), strict=True)
        ]
        self.lane.set_data(QRectF(self.lane.pos(), self.lane.rect.size()), points)

    def set_lane_visible(self, visible: bool) -> None:
        """Show or hide the emotion curve under the grid."""
        self.lane_visible = visible
        self.layout()

    # --- filtering -----------------------------------------------------------------------

    def set_filter(self, matching: set[str] | None, *, mode: str = "highlight") -> None:
        """Highlight the cards in `matching` (others dimmed) or show only them; None clears it."""
        self.matching, self.filter_mode = matching, mode
        self.excluded = frozenset(
            card_id
            for card_id in self.cards
            if matching is not None and mode == "only" and card_id not in matching
        )
        for item in self.cards.values():
            self._apply_filter_to(item)
        self.layout()

    def _apply_filter_to(self, item: CardItem) -> None:
        card_id = item.card_id
        if self.matching is not None and self.filter_mode == "only" and card_id not in self.matching:
            self.excluded = self.excluded | {card_id}
        item.excluded = card_id in self.excluded
        item.shown = not item.excluded and not self.compact
        item.setVisible(item.shown)
        item.dimmed = (
            self.matching is not None and self.filter_mode == "highlight" and card_id not in self.matching
        )
        item.setOpacity(0.22 if item.dimmed else 1.0)

    def stack(
        self,
        phase_id: str,
        *,
        skip: frozenset[str] = frozenset(),
        gap_before: str | None = None,
        gap: float = 0.0,
    ) -> float:
        """Stack the cards of one column; leave `gap` before `gap_before` (None: at the end). Returns the height."""
        return self._restack(phase_id, skip=skip, gap_before=gap_before, gap=gap).height

    def make_room(self, phase_id: str, *, skip: frozenset[str], before: str | None, room: float) -> float:
        """Stack a column without `skip`, with `room` before `before` (None: at the end); returns the
        y of the room, where the dragged cards would land."""
        return self._restack(phase_id, skip=skip, gap_before=before, gap=room).gap_y

    def _restack(
        self, phase_id: str, *, skip: frozenset[str], gap_before: str | None, gap: float
    ) -> ColumnStack:
        stack = stack_column(self._column_cards(phase_id, skip), self.style, gap_before=gap_before, gap=gap)
        self._place(phase_id, stack)
        return stack

    def insertion_y(self, phase_id: str, anchor_id: str | None) -> float:
        """Where a card put before `anchor_id` (None: at the end) of a column goes, as the column stands."""
        return insertion_y(self._column_cards(phase_id), self.style, anchor_id)

    def reveal_card(self, card_id: str) -> None:
        """Let a card draw itself even when far out (picked or dragged) instead of as its column's block."""
        item = self.cards[card_id]
        item.shown = True
        item.setVisible(True)
        self.columns[self.document.parent_of(card_id)].invalidate()

    def show_card_marker(self, phase_id: str, y: float) -> None:
        """Show the insertion marker of a card drop at `y` in a column."""
        self.marker.show_at(QRectF(*card_marker(self.style, self.column_x[phase_id], y)))

    def show_header_marker(self, x: float) -> None:
        """Show the insertion marker of a header drop at `x`."""
        self.marker.show_at(QRectF(*header_marker(self.grid, self.style, x)))

    # --- hit testing ---------------------------------------------------------------------

    def phase_at(self, point: QPointF) -> str | None:
        """The phase column under a scene point, or None outside every column."""
        return phase_at(self.grid, self.style, point.x(), point.y())

    def anchor_at(self, phase_id: str, y: float, *, skip: frozenset[str] = frozenset()) -> str | None:
        """The visible card before which a drop at height `y` lands (None: at the end of the column).

        Measured on the column as it stands without the dragged cards and without the gap, so the
        answer does not flicker while the gap pushes cards down.
        """
        return anchor_at(self._column_cards(phase_id, skip), self.style, y)

    def cards_top(self) -> float:
        """The y where the first card of every column sits."""
        return grid_cards_top(self.style)

    def stage_at(self, x: float) -> str | None:
        """The stage whose band spans `x`."""
        return stage_at(self.grid, self.style, x)

    def visible_cards(self, phase_id: str) -> list[str]:
        """Ids of the shown cards of a column, top to bottom."""
        return [
            c.id
            for c in self.document.get(phase_id).cards
            if c.id in self.cards and c.id not in self.excluded
        ]

    def selected_card_ids(self) -> list[str]:
        """Selected cards in map order (stage, phase, position)."""
        chosen = {item.card_id for item in self.selectedItems() if isinstance(item, CardItem)}
        return [card.id for _, _, card in self.document.cards(self.journey_id) if card.id in chosen]

    def select_cards(self, card_ids: list[str]) -> None:
        """Select exactly these cards."""
        self.clearSelection()
        for card_id in card_ids:
            item = self.cards.get(card_id)
            if item is not None:
                item.setSelected(True)

    def set_highlight(self, card_ids: set[str], current: str | None = None) -> None:
        """Mark find or filter hits; `current` is the hit stepped to."""
        for card_id, item in self.cards.items():
            hit, now = card_id in card_ids, card_id == current
            if item.highlighted != hit or item.current != now:
                item.highlighted, item.current = hit, now
                item.update()

    # --- following the document ----------------------------------------------------------

    def _connect(self) -> None:
        self.document.changes.connect(self._on_changes, kinds=_DRAWN)

    def detach(self) -> None:
        """Stop following the document (the scene is being thrown away)."""
        self.document.changes.disconnect(self._on_changes)

    def _on_changes(self, changes: ChangeSet) -> None:
        """Bring the items in line with one edit, laying out at most once."""
        if self._structure_changed(changes):
            self.rebuild()
            return
        relayout = False
        for entry in changes.inserted(Kind.CARD):
            if entry.parent_id in self.columns and not entry.obj.hidden:
                self._add_card_item(self.document.get(entry.obj.id))
                relayout = True
        for entry in changes.removed(Kind.CARD):
            item = self.cards.pop(entry.obj.id, None)
            if item is not None:
                self.removeItem(item)
                relayout = True
        relayout |= any(m.parents & self.columns.keys() for m in changes.moved(Kind.CARD))
        relayout |= self._refresh_cards(changes)
        if relayout:
            self.layout()
        elif any(
            c.fields.keys() & _LANE_FIELDS for c in changes.changed(Kind.CARD) if c.obj_id in self.cards
        ):
            self.update_lane()

    def _structure_changed(self, changes: ChangeSet) -> bool:
        """True when a stage or phase of this journey came, went, moved or was renamed or recoloured."""
        mine = {self.journey_id, *self.stages, *self.phases}
        for entry in changes.entries:
            if entry.kind in (Kind.STAGE, Kind.PHASE) and (entry.obj_id in mine or entry.parents & mine):
                return True
        return False

    def _refresh_cards(self, changes: ChangeSet) -> bool:
        """Redraw cards whose fields or annotations changed; True when the layout must follow."""
        relayout = False
        for change in changes.changed(Kind.CARD):
            if change.parent_id not in self.columns:
                continue
            card = self.document.get(change.obj_id)
            item = self.cards.get(change.obj_id)
            if "hidden" in change.fields:
                if card.hidden and item is not None:
                    self.removeItem(self.cards.pop(change.obj_id))
                elif not card.hidden and item is None:
                    self._add_card_item(card)
                relayout = True
            elif item is not None:
                if self.compact:
                    self.columns[change.parent_id].invalidate()
                before = item.height()
                item.refresh()
                relayout |= item.height() != before
        annotated = {p for e in changes.entries if e.kind in (Kind.OPPORTUNITY, Kind.GAP) for p in e.parents}
        for card_id in annotated:
            item = self.cards.get(card_id)
            if item is not None:
                item.refresh()
        return relayout


_DRAWN = (Kind.STAGE, Kind.PHASE, Kind.CARD, Kind.OPPORTUNITY, Kind.GAP)
_LANE_FIELDS = frozenset({"emotion", "moment_of_truth", "status"})
