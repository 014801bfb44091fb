"""The scene of one journey: mirrors the document's stages, phases and cards and never writes to it."""

from __future__ import annotations

import contextlib
import logging
import math
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneHelpEvent, QToolTip

from ...domain.changes import ChangeSet
from ...domain.document import Document, Kind
from ...domain.figures import in_scenario
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
        self.grid = GridLayout()  # where the last layout put everything
        self.excluded: set[str] = set()  # cards a "show only" filter leaves out
        # the selected cards: Qt's selection holds only the cards drawn as items, and far out most are
        # blocks of their columns, which Qt cannot select
        self.selected_ids: set[str] = set()
        self._announcing = False
        # per column, kept between layouts so that a change restacks only the columns it touched:
        self._shown: dict[str, tuple[tuple[str, float], ...]] = {}  # the shown cards (id, height)
        self._stacks: dict[str, ColumnStack] = {}
        self._emotions: dict[str, tuple[float | None, bool]] = {}  # the lane's point of each phase
        self._placed_x: dict[str, float] = {}  # the x its cards were last placed at
        self._rows: dict[str, int] = {}  # each card's position in its column, for map order
        self.matching: set[str] | None = None  # cards a filter matches (None: no filter)
        self.filter_mode = "highlight"
        self.compact = False  # zoomed so far out that columns draw their cards as blocks
        self.scenario_id: str | None = None  # the scenario whose actions the cards count (None: all)
        self._opportunity_filter = None
        self.lane = EmotionLaneItem(style)
        self.lane_visible = True
        self.addItem(self.lane)
        self.marker = MarkerItem(style)
        self.addItem(self.marker)
        self.setBackgroundBrush(QColor(style.background))
        self.selectionChanged.connect(self._take_selection)
        self._connect()
        self.rebuild()

    # --- building ------------------------------------------------------------------------

    @property
    def journey(self):
        return self.document.get(self.journey_id)

    def rebuild(self) -> None:
        """Create every item anew from the document (after structural changes of stages and phases)."""
        with self._one_selection_change():
            self.clearSelection()
            self.selected_ids = set()
            for group in (self.cards, self.phases, self.stages, self.columns):
                for item in group.values():
                    self.removeItem(item)
                group.clear()
        for cache in (self._shown, self._stacks, self._emotions, self._placed_x, self._rows):
            cache.clear()
        self.excluded = set()
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
        if self._opportunity_filter is not None:
            item.set_opportunity_filter(self._opportunity_filter)
        self.cards[card.id] = item
        self.addItem(item)
        if self.matching is not None and self.filter_mode == "only" and card.id not in self.matching:
            self.excluded.add(card.id)
        self._apply_filter_to(item)
        return item

    def _remove_card_items(self, card_ids: Iterable[str]) -> None:
        """Take cards off the map; the selection they leave is announced once, not once per card."""
        items = [self.cards.pop(card_id) for card_id in card_ids if card_id in self.cards]
        if not items:
            return
        with self._one_selection_change():
            for item in items:
                item.setSelected(False)
                self.selected_ids.discard(item.card_id)
        for item in items:
            self.removeItem(item)
            self.excluded.discard(item.card_id)
            self._rows.pop(item.card_id, None)

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

    def set_scenario(self, scenario_id: str | None) -> None:
        """Count on each card only the actions of a scenario (None: all); repaints the cards with actions."""
        if scenario_id == self.scenario_id:
            return
        self.scenario_id = scenario_id
        self._opportunity_filter = (
            None if scenario_id is None else lambda o, wanted=scenario_id: in_scenario(o, wanted)
        )
        for item in self.cards.values():
            item.set_opportunity_filter(self._opportunity_filter)

    # --- layout --------------------------------------------------------------------------

    def layout(self, phase_ids: Iterable[str] | None = None) -> None:
        """Lay out after a change, restacking only the columns in `phase_ids` (None: every column).

        Every column gets the height of the tallest. Headers, columns, the lane and cards that stay
        where they were are left alone, so a change repaints only what it moved.
        """
        dirty = set(self.columns) if phase_ids is None else {p for p in phase_ids if p in self.columns}
        dirty |= self.columns.keys() - self._stacks.keys()
        for phase_id in dirty:
            self._restack_cached(phase_id)
        lane = LANE_HEIGHT if self.lane_visible else None
        stages = [
            StageColumns(stage.id, tuple(ColumnCards(p.id) for p in stage.phases))
            for stage in self.journey.stages
        ]
        grid = self.grid = lay_out_grid(stages, self.style, lane_height=lane, stacks=self._stacks)
        for stage_id, rect in grid.stage_rects.items():
            self.stages[stage_id].set_rect(QRectF(*rect))
        for phase_id, rect in grid.phase_rects.items():
            self.phases[phase_id].set_rect(QRectF(*rect))
            if phase_id in dirty or self._placed_x.get(phase_id) != grid.column_x[phase_id]:
                self._place(phase_id, grid.stacks[phase_id])
        for phase_id, column in self.columns.items():
            column.set_rect(QRectF(*grid.column_rects[phase_id]))
        self.lane.setVisible(grid.lane_rect is not None)
        self.update_lane()
        scene_rect = QRectF(*grid.scene_rect)
        if self.sceneRect() != scene_rect:
            self.setSceneRect(scene_rect)
        if self.compact:
            self._fill_columns(dirty)
        self.layout_changed.emit()

    def _restack_cached(self, phase_id: str) -> None:
        """Read a column's shown cards from the document again and stack them."""
        shown = []
        rows, items, excluded = self._rows, self.cards, self.excluded
        for row, card in enumerate(self.document.get(phase_id).cards):
            card_id = card.id
            rows[card_id] = row
            item = items.get(card_id)
            if item is not None and card_id not in excluded:
                shown.append((card_id, item.height()))
        self._shown[phase_id] = tuple(shown)
        self._stacks[phase_id] = stack_column(self._shown[phase_id], self.style)
        self._emotions.pop(phase_id, None)

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

    def _column_cards(
        self, phase_id: str, skip: frozenset[str] = frozenset()
    ) -> tuple[tuple[str, float], ...]:
        """(id, height) of the cards a column shows, top to bottom, leaving out `skip`.

        As the last layout found them: every change to a column lays it out again.
        """
        cards = self._shown.get(phase_id)
        if cards is None:
            self._restack_cached(phase_id)
            cards = self._shown[phase_id]
        return tuple(c for c in cards if c[0] not in skip) if skip else cards

    def _place(self, phase_id: str, stack: ColumnStack) -> None:
        """Put a column's cards at their places; cards already there are not touched."""
        x = self.grid.column_x[phase_id]
        moved = False
        for card_id, y in stack.tops:
            item = self.cards[card_id]
            if item.y_ != y or item.x_ != x:
                item.setPos(x, y)
                item.x_, item.y_ = x, y
                moved = True
        self._placed_x[phase_id] = x
        if moved and self.compact:
            self.columns[phase_id].invalidate()

    def carry(self, card_id: str, pos: QPointF) -> None:
        """Put a dragged card at `pos`, off its column's stack until the next layout places it again."""
        item = self.cards[card_id]
        item.setPos(pos)
        item.x_ = item.y_ = math.nan  # unequal to every place, so the next layout of its column moves it

    def set_compact(self, compact: bool) -> None:
        """Far out, let each column draw its cards as blocks in one go instead of item by item."""
        if compact == self.compact:
            return
        self.compact = compact
        with self._one_selection_change():
            for item in self.cards.values():
                self._show(item, not item.excluded and not compact)
        self._fill_columns(self.columns)

    def _show(self, item: CardItem, shown: bool) -> None:
        """Let a card draw itself, or not (far out its column draws it; filtered out, nobody does).

        Call it within `_one_selection_change`: Qt deselects an item it hides, and the scene's own
        selection is what keeps a hidden card selected.
        """
        if shown != item.shown:
            item.shown = shown
            item.setVisible(shown)
        if shown and item.card_id in self.selected_ids and not item.isSelected():
            item.setSelected(True)

    def _fill_columns(self, phase_ids: Iterable[str]) -> None:
        for phase_id in phase_ids:
            column = self.columns[phase_id]
            cards = self.document.get(phase_id).cards
            column.compact_cards = (
                [self.cards[c.id] for c in cards if c.id in self.cards] if self.compact else []
            )
            column.invalidate()

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        # a card's tooltip is written when it is asked for, not for every card as the map opens
        item = self.card_at(event.scenePos())
        if item is None:
            super().helpEvent(event)
            return
        QToolTip.showText(event.screenPos(), item.toolTip(), event.widget())
        event.setAccepted(True)

    def card_at(self, point: QPointF) -> CardItem | None:
        """The card under a scene point, found by geometry (blocks drawn by columns are no items)."""
        phase_id = self.phase_at(point)
        if phase_id is None:
            return None
        for card_id, height in self._column_cards(phase_id):
            item = self.cards[card_id]
            if item.pos().y() <= point.y() <= item.pos().y() + height:
                return item
        return None

    def update_lane(self) -> None:
        """Bring the emotion curve up to date; only the phases whose cards changed are averaged again."""
        rect = self.grid.lane_rect
        if rect is None or not self.lane.isVisible():
            return
        points = []
        for phase_id in self.phase_order:
            if phase_id not in self._emotions:
                self._emotions[phase_id] = phase_emotions([self.document.get(phase_id)])[0]
            value, critical = self._emotions[phase_id]
            points.append((self.column_x[phase_id] + self.style.column_width / 2 - rect.x, value, critical))
        self.lane.set_data(QRectF(*rect), points)

    def set_lane_visible(self, visible: bool) -> None:
        """Show or hide the emotion curve under the grid."""
        self.lane_visible = visible
        self.layout(())

    # --- filtering -----------------------------------------------------------------------

    def set_filter(self, matching: set[str] | None, *, mode: str = "highlight") -> None:
        """Highlight the cards in `matching` (others dimmed) or show only them; None clears it."""
        self.matching, self.filter_mode = matching, mode
        excluded = set(self.cards) - matching if matching is not None and mode == "only" else set()
        came_or_went = excluded ^ self.excluded
        self.excluded = excluded
        with self._one_selection_change():
            self.selected_ids -= excluded  # what the map does not show, a Delete must not reach
            apply = self._apply_filter_to
            redrawn = [item.card_id for item in self.cards.values() if apply(item)]
        parent_of = self.document.parent_of
        if self.compact:
            for phase_id in {parent_of(card_id) for card_id in redrawn}:
                self.columns[phase_id].invalidate()
        self.layout({parent_of(card_id) for card_id in came_or_went})

    def _apply_filter_to(self, item: CardItem) -> bool:
        """Show, hide or dim a card as the filter asks; True when that changed anything."""
        card_id = item.card_id
        excluded = card_id in self.excluded
        dimmed = (
            self.matching is not None and self.filter_mode == "highlight" and card_id not in self.matching
        )
        shown = not excluded and (not self.compact or item.zValue() != 0)  # a dragged card stays up
        if excluded == item.excluded and dimmed == item.dimmed and shown == item.shown:
            return False
        item.excluded, item.dimmed = excluded, dimmed
        self._show(item, shown)
        item.setOpacity(0.22 if dimmed else 1.0)
        return True

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
        with self._one_selection_change():
            self._show(item, True)
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
        return [card_id for card_id, _height in self._column_cards(phase_id)]

    # --- selection -----------------------------------------------------------------------

    def selected_card_ids(self) -> list[str]:
        """Selected cards in map order (stage, phase, position)."""
        column = {phase_id: i for i, phase_id in enumerate(self.phase_order)}
        parent, rows = self.document.parent_of, self._rows
        return sorted(self.selected_ids, key=lambda c: (column.get(parent(c), -1), rows.get(c, 0)))

    def select_cards(self, card_ids: Iterable[str]) -> None:
        """Select exactly these cards, at any zoom: one selection change, however many cards."""
        self.select_items([self.cards[card_id] for card_id in card_ids if card_id in self.cards])

    def select_items(self, items: Iterable[QGraphicsItem]) -> None:
        """Select exactly these cards and headers: one selection change."""
        with self._one_selection_change():
            self.clearSelection()
            self.selected_ids = set()
            for item in items:
                if not isinstance(item, CardItem):
                    item.setSelected(True)
                elif not item.excluded:
                    self.selected_ids.add(item.card_id)
                    if item.shown:
                        item.setSelected(True)

    def toggle_selected(self, item: QGraphicsItem) -> None:
        """Add a card or header to the selection, or take it out (Ctrl/Shift+click)."""
        with self._one_selection_change():
            selected = item.card_id in self.selected_ids if isinstance(item, CardItem) else item.isSelected()
            if isinstance(item, CardItem):
                (self.selected_ids.discard if selected else self.selected_ids.add)(item.card_id)
            item.setSelected(not selected)

    def select_all(self) -> None:
        """Select every card the map shows, at any zoom."""
        self.select_cards(list(self.cards))

    @contextlib.contextmanager
    def _one_selection_change(self) -> Iterator[None]:
        """Select and deselect item by item with Qt's signal held back; announce the outcome once.

        Qt emits `selectionChanged` for every item, and each emission lays the inspector out again.
        """
        blocked = self.blockSignals(True)
        before = set(self.selected_ids)
        try:
            yield
        finally:
            self.blockSignals(blocked)
        if blocked or self.selected_ids == before:
            return
        self._redraw_blocks(before ^ self.selected_ids)
        self._announcing = True
        try:
            self.selectionChanged.emit()
        finally:
            self._announcing = False

    def _take_selection(self) -> None:
        """Follow a selection Qt made (a rubber band, a click on the background): it is the new one."""
        if self._announcing:
            return
        now = {item.card_id for item in self.selectedItems() if isinstance(item, CardItem)}
        if now != self.selected_ids:
            self._redraw_blocks(now ^ self.selected_ids)
            self.selected_ids = now

    def _redraw_blocks(self, card_ids: set[str]) -> None:
        """Far out, columns draw the selection of their blocks: redraw those whose cards it changed."""
        if self.compact:
            for phase_id in {
                self.document.parent_of(card_id) for card_id in card_ids if card_id in self.cards
            }:
                self.columns[phase_id].invalidate()

    def set_highlight(self, card_ids: set[str], current: str | None = None) -> None:
        """Mark find or filter hits; `current` is the hit stepped to. Far out, the columns show them."""
        for card_id, item in self.cards.items():
            hit, now = card_id in card_ids, card_id == current
            if item.highlighted != hit or item.current != now:
                item.highlighted, item.current = hit, now
                item.update()
                if self.compact:
                    self.columns[self.document.parent_of(card_id)].invalidate()

    # --- following the document ----------------------------------------------------------

    def _connect(self) -> None:
        self.document.changes.connect(self._on_changes, kinds=_DRAWN)

    def detach(self) -> None:
        """Stop following the document (the scene is being thrown away)."""
        self.document.changes.disconnect(self._on_changes)
        # Qt announces the selection its items take along while it deletes them: nobody may listen
        self.selectionChanged.disconnect(self._take_selection)
        self.blockSignals(True)

    def _on_changes(self, changes: ChangeSet) -> None:
        """Bring the items in line with one edit: one layout of the columns it touched."""
        if self._structure_changed(changes):
            self.rebuild()
            return
        dirty: set[str] = set()
        with self._one_selection_change():  # cards taken off the map leave the selection once
            for entry in changes.inserted(Kind.CARD):
                if entry.parent_id in self.columns and not entry.obj.hidden:
                    self._add_card_item(self.document.get(entry.obj.id))
                    dirty.add(entry.parent_id)
            removed = [entry for entry in changes.removed(Kind.CARD) if entry.obj.id in self.cards]
            self._remove_card_items(entry.obj.id for entry in removed)
            dirty.update(entry.parent_id for entry in removed)
            dirty |= self._refresh_cards(changes)
        for move in changes.moved(Kind.CARD):
            dirty |= move.parents & self.columns.keys()
        for change in changes.changed(Kind.CARD):
            if change.fields.keys() & _LANE_FIELDS:
                self._emotions.pop(change.parent_id, None)
        if dirty:
            self.layout(dirty)
        else:
            self.update_lane()

    def _structure_changed(self, changes: ChangeSet) -> bool:
        """True when a stage or phase of this journey came, went, moved or was renamed or recoloured."""
        mine = {self.journey_id, *self.stages, *self.phases}
        for entry in changes.entries:
            if entry.kind in (Kind.STAGE, Kind.PHASE) and (entry.obj_id in mine or entry.parents & mine):
                return True
        return False

    def _refresh_cards(self, changes: ChangeSet) -> set[str]:
        """Redraw cards whose fields or annotations changed; returns the columns to lay out again."""
        dirty = set()
        for change in changes.changed(Kind.CARD):
            if change.parent_id not in self.columns:
                continue
            card = self.document.get(change.obj_id)
            item = self.cards.get(change.obj_id)
            if "hidden" in change.fields:
                if card.hidden and item is not None:
                    self._remove_card_items([change.obj_id])
                elif not card.hidden and item is None:
                    self._add_card_item(card)
                dirty.add(change.parent_id)
            elif item is not None:
                if self.compact:
                    self.columns[change.parent_id].invalidate()
                before = item.height()
                item.refresh()
                if item.height() != before:
                    dirty.add(change.parent_id)
        annotated = {p for e in changes.entries if e.kind in (Kind.OPPORTUNITY, Kind.GAP) for p in e.parents}
        for card_id in annotated:
            item = self.cards.get(card_id)
            if item is not None:
                item.refresh()
        return dirty


_DRAWN = (Kind.STAGE, Kind.PHASE, Kind.CARD, Kind.OPPORTUNITY, Kind.GAP)
_LANE_FIELDS = frozenset({"emotion", "moment_of_truth", "status"})
