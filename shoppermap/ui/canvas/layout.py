"""Where everything of a journey's grid goes, from the document's order, the style's sizes and the
cards' heights.

Plain numbers in, plain numbers out: nothing here draws, holds items or writes to the document. The
scene applies the results to its items; the view and its drags ask the same functions where a drop
lands, so both always agree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .style import CanvasStyle

COLUMN_PAD = 4.0  # the column background reaches this far beyond its cards
MARKER_THICKNESS = 4.0
HEADER_MARKER_WIDTH = 6.0

Cards = Sequence[tuple[str, float]]  # (card id, height) of a column's shown cards, top to bottom


class Rect(NamedTuple):
    """A rectangle in scene units; `QRectF(*rect)` makes the Qt one."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        """The x of the right edge."""
        return self.x + self.width


NO_RECT = Rect(0.0, 0.0, 0.0, 0.0)


@dataclass(frozen=True)
class ColumnCards:
    """A phase column as the layout needs it: its id and its shown cards with their heights."""

    phase_id: str
    cards: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class StageColumns:
    """A stage as the layout needs it: its id and its phase columns in order."""

    stage_id: str
    phases: tuple[ColumnCards, ...] = ()


@dataclass(frozen=True)
class ColumnStack:
    """One column stacked: each card's y, the height of the stack, and the y of the room left for
    dragged cards (None when no room was asked for)."""

    tops: tuple[tuple[str, float], ...]
    height: float
    gap_y: float | None = None


@dataclass(frozen=True)
class GridLayout:
    """The whole grid laid out: columns, headers, stacks, the lane under the grid and the scene's size."""

    phase_order: tuple[str, ...] = ()
    stage_order: tuple[str, ...] = ()
    stage_phases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    column_x: dict[str, float] = field(default_factory=dict)
    phase_rects: dict[str, Rect] = field(default_factory=dict)
    stage_rects: dict[str, Rect] = field(default_factory=dict)
    column_rects: dict[str, Rect] = field(default_factory=dict)
    stacks: dict[str, ColumnStack] = field(default_factory=dict)
    grid_bottom: float = 0.0
    lane_rect: Rect | None = None
    scene_rect: Rect = NO_RECT


def phase_top(style: CanvasStyle) -> float:
    """The y of the phase headers, under the stage bands."""
    return style.margin + style.stage_height + style.card_spacing


def cards_top(style: CanvasStyle) -> float:
    """The y where the first card of every column sits."""
    return style.margin + style.stage_height + style.phase_height + 2 * style.card_spacing


def stack_column(
    cards: Cards, style: CanvasStyle, *, gap_before: str | None = None, gap: float = 0.0
) -> ColumnStack:
    """Stack `cards` from the top of the column, leaving `gap` before `gap_before` (None: at the end)."""
    y = start = cards_top(style)
    gap_at = None
    tops = []
    for card_id, height in cards:
        if gap and card_id == gap_before:
            gap_at = y
            y += gap
        tops.append((card_id, y))
        y += height + style.card_spacing
    if gap and gap_at is None:
        gap_at = y
        y += gap
    return ColumnStack(tuple(tops), y - start, gap_at)


def lay_out_grid(
    stages: Sequence[StageColumns],
    style: CanvasStyle,
    *,
    lane_height: float | None = None,
    stacks: Mapping[str, ColumnStack] | None = None,
) -> GridLayout:
    """Lay out stage bands, phase headers and columns left to right; every column gets the height of
    the tallest. `lane_height` (None: no lane) is the room of the emotion lane under the grid.

    `stacks` holds columns already stacked, by phase id: they are used as given instead of stacking
    their cards again, so a change restacks only the columns it touched.
    """
    stacked = stacks or {}
    s = style
    x = top = s.margin
    header_y, first_card_y = phase_top(s), cards_top(s)
    phase_order, column_x, phase_rects, stacks = [], {}, {}, {}
    stage_rects, stage_phases = {}, {}
    tallest = 0.0
    for stage in stages:
        stage_left = x
        for column in stage.phases:
            phase_order.append(column.phase_id)
            column_x[column.phase_id] = x
            phase_rects[column.phase_id] = Rect(x, header_y, s.column_width, s.phase_height)
            stack = stacked.get(column.phase_id)
            stacks[column.phase_id] = stack if stack is not None else stack_column(column.cards, s)
            tallest = max(tallest, stacks[column.phase_id].height)
            x += s.column_width + s.column_gap
        width = max(s.column_width, x - stage_left - s.column_gap)
        stage_rects[stage.stage_id] = Rect(stage_left, top, width, s.stage_height)
        stage_phases[stage.stage_id] = tuple(c.phase_id for c in stage.phases)
        if not stage.phases:  # an empty stage still shows a band one column wide
            x += s.column_width + s.column_gap
    grid_bottom = first_card_y + tallest + s.column_bottom
    column_rects = {
        phase_id: Rect(
            column_x[phase_id] - COLUMN_PAD,
            first_card_y - COLUMN_PAD,
            s.column_width + 2 * COLUMN_PAD,
            tallest + s.column_bottom,
        )
        for phase_id in phase_order
    }
    right = max(x, s.margin + s.column_width) + s.margin
    bottom = grid_bottom + s.margin
    lane_rect = None
    if lane_height is not None and phase_order:
        lane_rect = Rect(s.margin, bottom, right - 2 * s.margin, lane_height)
        bottom += lane_height + s.margin
    return GridLayout(
        phase_order=tuple(phase_order),
        stage_order=tuple(stage.stage_id for stage in stages),
        stage_phases=stage_phases,
        column_x=column_x,
        phase_rects=phase_rects,
        stage_rects=stage_rects,
        column_rects=column_rects,
        stacks=stacks,
        grid_bottom=grid_bottom,
        lane_rect=lane_rect,
        scene_rect=Rect(0.0, 0.0, right, bottom),
    )


# --- where things are --------------------------------------------------------------------


def phase_at(grid: GridLayout, style: CanvasStyle, x: float, y: float) -> str | None:
    """The phase column under a point (half a gap either side counts), or None outside every column."""
    if y < style.margin or y > grid.grid_bottom + style.margin:
        return None
    for phase_id, left in grid.column_x.items():
        if left - style.column_gap / 2 <= x <= left + style.column_width + style.column_gap / 2:
            return phase_id
    return None


def anchor_at(cards: Cards, style: CanvasStyle, y: float) -> str | None:
    """The card before which a drop at height `y` lands (None: at the end of the column).

    Measured on the column as given (callers leave out the dragged cards) and without any gap, so
    the answer does not flicker while the gap pushes cards down.
    """
    top = cards_top(style)
    for card_id, height in cards:
        if y < top + height / 2:
            return card_id
        top += height + style.card_spacing
    return None


def stage_at(grid: GridLayout, style: CanvasStyle, x: float) -> str | None:
    """The stage whose band, widened by a gap either side, spans `x` (the first one where two do)."""
    for stage_id in grid.stage_order:
        rect = grid.stage_rects[stage_id]
        if rect.x - style.column_gap <= x <= rect.right + style.column_gap:
            return stage_id
    return None


def insertion_y(cards: Cards, style: CanvasStyle, anchor: str | None) -> float:
    """The y where a card put before `anchor` (None: at the end) goes in a column of `cards`."""
    stack = stack_column(cards, style)
    for card_id, y in stack.tops:
        if card_id == anchor:
            return y
    return cards_top(style) + stack.height


def carried_stack(heights: Sequence[float], style: CanvasStyle) -> tuple[list[float], float]:
    """Dragged cards travel as one stack: each card's y offset in it, and the room the stack needs."""
    offsets, y = [], 0.0
    for height in heights:
        offsets.append(y)
        y += height + style.card_spacing
    return offsets, y


def stage_drop(
    grid: GridLayout, style: CanvasStyle, x: float, dragged: str
) -> tuple[str | None, float | None]:
    """(anchor stage, marker x) for a stage band dropped at `x`: before the first other band whose
    middle is right of `x`, else at the end (no marker when there is no other band)."""
    others = [stage_id for stage_id in grid.stage_order if stage_id != dragged]
    for stage_id in others:
        rect = grid.stage_rects[stage_id]
        if x < rect.x + rect.width / 2:
            return stage_id, rect.x - style.column_gap / 2
    if not others:
        return None, None
    return None, grid.stage_rects[others[-1]].right + style.column_gap / 2


def phase_drop(
    grid: GridLayout, style: CanvasStyle, x: float, dragged: str
) -> tuple[str | None, str | None, float | None]:
    """(stage, anchor phase, marker x) for a phase header dropped at `x`; all None outside every stage."""
    stage_id = stage_at(grid, style, x)
    if stage_id is None:
        return None, None, None
    for phase_id in grid.stage_phases[stage_id]:
        if phase_id == dragged:
            continue
        left = grid.column_x[phase_id]
        if x < left + style.column_width / 2:
            return stage_id, phase_id, left - style.column_gap / 2
    return stage_id, None, grid.stage_rects[stage_id].right + style.column_gap / 2


def card_marker(style: CanvasStyle, x: float, y: float) -> Rect:
    """The insertion marker of a card drop at `y` in the column at `x`: a bar in the spacing above."""
    thickness = MARKER_THICKNESS
    return Rect(x, y - style.card_spacing / 2 - thickness / 2, style.column_width, thickness)


def header_marker(grid: GridLayout, style: CanvasStyle, x: float) -> Rect:
    """The insertion marker of a header drop: a bar at `x` from the top of the grid to its bottom."""
    width = HEADER_MARKER_WIDTH
    return Rect(x - width / 2, style.margin, width, grid.grid_bottom - style.margin)
