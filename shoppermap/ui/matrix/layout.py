"""Where things are in the value/effort matrix: the 5×5 grid, the tray of unrated actions, and the
places of several chips sharing one cell. Geometry only; the scene and the view ask it."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

SCALE = 5  # both scales run 1 (low) to 5 (high)
CELL_W, CELL_H = 210.0, 136.0
AXIS_W = 64.0  # left of the grid: the value axis, its title and numbers
TITLE_H = 34.0  # above and below the grid: the names of the quadrants
NUMBERS_H = 26.0  # under the lower quadrant names: the effort numbers
AXIS_TITLE_H = 30.0
MARGIN = 20.0
TRAY_GAP = 36.0
TRAY_W = 230.0
TRAY_HEADER_H = 34.0
CHIP_H = 38.0  # a chip of two lines: the tool, then the touchpoint
CHIP_MIN_H = 20.0  # one line, when a cell is crowded
CHIP_GAP = 4.0
CELL_PAD = 5.0
LEGEND_H = 84.0

GRID_LEFT = MARGIN + AXIS_W
GRID_TOP = MARGIN + TITLE_H
GRID_W, GRID_H = CELL_W * SCALE, CELL_H * SCALE
TRAY_LEFT = GRID_LEFT + GRID_W + TRAY_GAP


@dataclass(frozen=True)
class Spot:
    """Where a drop lands: a cell of the grid (value, effort), or the tray (both None)."""

    value: int | None
    effort: int | None

    @property
    def in_tray(self) -> bool:
        return self.value is None


TRAY = Spot(None, None)


def grid_rect() -> QRectF:
    return QRectF(GRID_LEFT, GRID_TOP, GRID_W, GRID_H)


def cell_rect(value: int, effort: int) -> QRectF:
    """The cell of a value (5 at the top) and an effort (1 at the left)."""
    return QRectF(GRID_LEFT + (effort - 1) * CELL_W, GRID_TOP + (SCALE - value) * CELL_H, CELL_W, CELL_H)


def tray_rect(count: int) -> QRectF:
    """The tray beside the grid, at least as tall as the grid, longer when many wait in it."""
    needed = TRAY_HEADER_H + count * (CHIP_H + CHIP_GAP) + CELL_PAD
    return QRectF(TRAY_LEFT, GRID_TOP, TRAY_W, max(GRID_H, needed))


def legend_rect(tray_count: int) -> QRectF:
    """Under the tray: what the stripes' colours and the marks mean."""
    tray = tray_rect(tray_count)
    return QRectF(tray.left(), tray.bottom() + 10, tray.width(), LEGEND_H)


def scene_rect(tray_count: int) -> QRectF:
    tray = tray_rect(tray_count)
    bottom = max(GRID_TOP + GRID_H + TITLE_H + NUMBERS_H + AXIS_TITLE_H, legend_rect(tray_count).bottom())
    bottom += MARGIN
    return QRectF(0, 0, tray.right() + MARGIN, bottom)


def spot_at(point: QPointF, tray_count: int) -> Spot | None:
    """The cell or the tray under a scene point; None outside both (a drop there changes nothing)."""
    if grid_rect().contains(point):
        effort = min(SCALE, int((point.x() - GRID_LEFT) // CELL_W) + 1)
        value = SCALE - min(SCALE - 1, int((point.y() - GRID_TOP) // CELL_H))
        return Spot(value, effort)
    if tray_rect(tray_count).contains(point):
        return TRAY
    return None


def chip_rects(cell: QRectF, count: int) -> list[QRectF]:
    """The places of `count` chips in a cell, in reading order, none overlapping.

    One column while the chips keep their two lines, then more columns, then thinner chips.
    """
    if count <= 0:
        return []
    inner = cell.adjusted(CELL_PAD, CELL_PAD, -CELL_PAD, -CELL_PAD)
    for columns in (1, 2, 3):
        rows = math.ceil(count / columns)
        height = (inner.height() + CHIP_GAP) / rows - CHIP_GAP
        if height >= CHIP_MIN_H or columns == 3:
            break
    height = max(2.0, min(CHIP_H, height))  # a cell of hundreds still never overlaps
    width = (inner.width() + CHIP_GAP) / columns - CHIP_GAP
    return [
        QRectF(
            inner.left() + (i % columns) * (width + CHIP_GAP),
            inner.top() + (i // columns) * (height + CHIP_GAP),
            width,
            height,
        )
        for i in range(count)
    ]


def tray_chip_rects(count: int) -> list[QRectF]:
    """The places of the unrated actions, one under another in the tray."""
    tray = tray_rect(count)
    return [
        QRectF(
            tray.left() + CELL_PAD,
            tray.top() + TRAY_HEADER_H + i * (CHIP_H + CHIP_GAP),
            tray.width() - 2 * CELL_PAD,
            CHIP_H,
        )
        for i in range(count)
    ]
