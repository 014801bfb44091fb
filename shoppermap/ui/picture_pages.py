"""How a journey is cut into PDF or printer pages: runs of columns, each column split between cards.

Pure arithmetic over a laid-out scene's geometry; drawing the pages is `picture.paint_pages`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSizeF

from .canvas.scene import JourneyScene
from .canvas.style import CanvasStyle

MIN_SCALE = 7 / CanvasStyle().card_font_px  # PDF points per scene unit: card text at 7 pt
MAX_SCALE = 1.0  # a small map is not blown up beyond its screen size


@dataclass
class Sheet:
    """One page of a journey: a run of columns and, for each, the slice of it on this page."""

    scale: float  # points per scene unit
    left: float  # scene x of the run's left edge
    right: float
    header: QRectF  # scene rect of the stage and phase headers
    slices: list[QRectF] = field(default_factory=list)  # scene rects of column parts
    lane: QRectF | None = None  # scene rect of the emotion curve under the run, on its last page


def plan_pages(scene: JourneyScene, body: QSizeF) -> list[Sheet]:
    """Split a journey into pages of `body` size (points), with card text at 7 pt or more.

    One page if the map fits; else the fewest pages possible at 7 pt, at the largest scale that
    still needs no more pages.
    """
    grid = _Grid(scene)
    fit = min(body.width() / grid.width, body.height() / grid.height, MAX_SCALE)
    if fit >= MIN_SCALE:
        return _sheets(scene, grid, body, fit)
    fewest = len(_sheets(scene, grid, body, MIN_SCALE))
    low, high = MIN_SCALE, MAX_SCALE
    for _ in range(12):
        middle = (low + high) / 2
        if len(_sheets(scene, grid, body, middle)) <= fewest:
            low = middle
        else:
            high = middle
    return _sheets(scene, grid, body, low)


class _Grid:
    """Where the headers and the phase columns of a laid-out scene are, in scene units."""

    pad = 4.0  # the column background reaches 4 units beyond the cards

    def __init__(self, scene: JourneyScene) -> None:
        s = scene.style
        self.phases: list[str | None] = list(scene.phase_order)
        self.columns = [(scene.column_x[p], scene.column_x[p] + s.column_width) for p in self.phases]
        top = s.margin - self.pad
        self.header = QRectF(0, top, 0, scene.cards_top() - s.card_spacing + self.pad - top)
        self.bottom = scene.grid_bottom
        if not self.columns:  # stages without phases: only the bands
            rect = scene.sceneRect()
            self.phases, self.columns = [None], [(rect.left() + s.margin, rect.right() - s.margin)]
            self.bottom = self.header.bottom()
        # the emotion curve, when shown, goes under the columns on the last page of each run
        self.lane = 0.0
        if scene.lane.isVisible() and scene.grid.lane_rect is not None and self.phases != [None]:
            lane = scene.grid.lane_rect
            self.lane = lane.y + lane.height - self.bottom + s.margin / 2
        self.width = self.columns[-1][1] - self.columns[0][0] + 2 * self.pad
        self.height = self.bottom - top + self.lane
        # each column's cards, top and bottom, read once: the page count is searched for
        self.cards: list[list[tuple[float, float]]] = []
        for phase_id in self.phases:
            spans = []
            for card_id in scene.visible_cards(phase_id) if phase_id else []:
                item = scene.cards[card_id]
                y = item.pos().y()
                spans.append((y, y + item.height()))
            self.cards.append(spans)


def _sheets(scene: JourneyScene, grid: _Grid, body: QSizeF, scale: float) -> list[Sheet]:
    # scene units of cards under the headers, above the emotion curve
    room = body.height() / scale - grid.header.height() - grid.lane
    sheets = []
    for run in _runs(scene, grid.columns, body.width() / scale - 2 * grid.pad):
        left, right = grid.columns[run[0]][0] - grid.pad, grid.columns[run[-1]][1] + grid.pad
        header = QRectF(left, grid.header.top(), right - left, grid.header.height())
        parts = [_column_parts(scene, grid, i, room) for i in run]
        count = max(len(p) for p in parts)
        for k in range(count):
            sheets.append(Sheet(scale, left, right, header, [p[k] for p in parts if k < len(p)]))
        if grid.lane:
            sheets[-1].lane = QRectF(left, grid.bottom, right - left, grid.lane)
    return sheets


def _runs(scene: JourneyScene, columns: list[tuple[float, float]], room: float) -> list[list[int]]:
    """Column indexes grouped into runs that fit `room` across, breaking between stages if possible."""
    groups, index = [], 0
    for stage in scene.journey.stages:
        if stage.phases:
            groups.append(list(range(index, index + len(stage.phases))))
        index += len(stage.phases)
    if not groups:
        groups = [list(range(len(columns)))]

    def fits(first: int, last: int) -> bool:
        return columns[last][1] - columns[first][0] <= room

    runs: list[list[int]] = [[]]
    for group in groups:
        if runs[-1] and not fits(runs[-1][0], group[-1]) and fits(group[0], group[-1]):
            runs.append([])
        for i in group:
            if runs[-1] and not fits(runs[-1][0], i):
                runs.append([])
            runs[-1].append(i)
    return runs


def _column_parts(scene: JourneyScene, grid: _Grid, index: int, room: float) -> list[QRectF]:
    """The scene rects of one column, page by page, each ending between two cards."""
    column = grid.columns[index]
    left, width = column[0] - grid.pad, column[1] - column[0] + 2 * grid.pad
    half = scene.style.card_spacing / 2
    parts: list[QRectF] = []
    start = end = grid.header.bottom()
    for card_top, card_bottom in grid.cards[index]:
        if card_bottom + half - start > room and end > start:
            parts.append(QRectF(left, start, width, end - start))
            start = card_top - half
        end = card_bottom + half
    parts.append(QRectF(left, start, width, max(end, min(grid.bottom, start + room)) - start))
    return parts
