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
        self.column_x: dict[str, float] = {}
        self.phase_order: list[str] = []
        self.grid_bottom = 0.0
        self._gap_at: float | None = None
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
        s = self.style
        x = s.margin
        top = s.margin
        phase_top = top + s.stage_height + s.card_spacing
        cards_top = phase_top + s.phase_height + s.card_spacing
        self.phase_order = []
        self.column_x = {}
        tallest = 0.0
        for stage in self.journey.stages:
            stage_left = x
            for phase in stage.phases:
                self.phase_order.append(phase.id)
                self.column_x[phase.id] = x
                self.phases[phase.id].set_rect(QRectF(x, phase_top, s.column_width, s.phase_height))
                tallest = max(tallest, self.stack(phase.id))
                x += s.column_width + s.column_gap
            width = max(s.column_width, x - stage_left - s.column_gap)
            self.stages[stage.id].set_rect(QRectF(stage_left, top, width, s.stage_height))
            if not stage.phases:
                x += s.column_width + s.column_gap
        self.grid_bottom = cards_top + tallest + s.column_bottom
        for phase_id, column in self.columns.items():
            column.set_rect(
                QRectF(
                    self.column_x[phase_id] - 4, cards_top - 4, s.column_width + 8, tallest + s.column_bottom
                )
            )
        right = max(x, s.margin + s.column_width) + s.margin
        bottom = self.grid_bottom + s.margin
        self.lane.setVisible(self.lane_visible and bool(self.phase_order))
        if self.lane.isVisible():
            self.lane.set_data(QRectF(s.margin, bottom, right - 2 * s.margin, LANE_HEIGHT), [])
            self.update_lane()
            bottom += LANE_HEIGHT + s.margin
        self.setSceneRect(QRectF(0, 0, right, bottom))
        if self.compact:
            self._fill_columns()
        self.layout_changed.emit()

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
        s = self.style
        x = self.column_x[phase_id]
        y = self.cards_top()
        start = y
        gap_at = None
        for card in self.document.get(phase_id).cards:
            item = self.cards.get(card.id)
            if item is None or card.id in skip or card.id in self.excluded:
                continue
            if gap and card.id == gap_before:
                gap_at = y
                y += gap
            item.setPos(x, y)
            item.x_, item.y_ = x, y
            y += item.height() + s.card_spacing
        if gap and gap_at is None:
            gap_at = y
            y += gap
        self._gap_at = gap_at
        if self.compact:
            self.columns[phase_id].invalidate()
        return y - start

    def insertion_y(self) -> float | None:
        """Where the last `stack` with a gap left it."""
        return self._gap_at

    # --- hit testing ---------------------------------------------------------------------

    def phase_at(self, point: QPointF) -> str | None:
        """The phase column under a scene point, or None outside every column."""
        s = self.style
        if point.y() < s.margin or point.y() > self.grid_bottom + s.margin:
            return None
        for phase_id, x in self.column_x.items():
            if x - s.column_gap / 2 <= point.x() <= x + s.column_width + s.column_gap / 2:
                return phase_id
        return None

    def anchor_at(self, phase_id: str, y: float, *, skip: frozenset[str] = frozenset()) -> str | None:
        """The visible card before which a drop at height `y` lands (None: at the end of the column).

        Measured on the column as it stands without the dragged cards and without the gap, so the
        answer does not flicker while the gap pushes cards down.
        """
        s = self.style
        top = s.margin + s.stage_height + s.phase_height + 2 * s.card_spacing
        for card in self.document.get(phase_id).cards:
            item = self.cards.get(card.id)
            if item is None or card.id in skip or card.id in self.excluded:
                continue
            if y < top + item.height() / 2:
                return card.id
            top += item.height() + s.card_spacing
        return None

    def cards_top(self) -> float:
        """The y where the first card of every column sits."""
        s = self.style
        return s.margin + s.stage_height + s.phase_height + 2 * s.card_spacing

    def stage_at(self, x: float) -> str | None:
        """The stage whose band spans `x`."""
        for stage_id, item in self.stages.items():
            if (
                item.pos().x() - self.style.column_gap
                <= x
                <= item.pos().x() + item.rect.width() + self.style.column_gap
            ):
                return stage_id
        return None

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
