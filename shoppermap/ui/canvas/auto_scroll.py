"""Scrolling the map while a dragged card or header is held near the view's edge.

At 100 % zoom a column off screen could not be reached by dragging: the view only scrolls on the
wheel or the scroll bars. Held within EDGE pixels of an edge, the view scrolls that way, faster
the closer the pointer is, and the drag follows the pointer over the content moving under it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, QTimer

EDGE = 48  # pixels from the viewport's edge where scrolling starts
MAX_STEP = 28  # pixels per tick with the pointer at the very edge (or beyond it)
TICK_MS = 16


class EdgeScroller(QObject):
    """Scrolls a QAbstractScrollArea while `track` is given a position near its viewport's edge."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.pos = QPoint()
        self.follow: Callable[[QPoint], None] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def track(self, pos: QPoint, follow: Callable[[QPoint], None]) -> None:
        """The pointer is at `pos` (viewport pixels) in a drag; `follow` is told where after a scroll."""
        self.pos, self.follow = QPoint(pos), follow
        if self.step() != (0, 0):
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    def stop(self) -> None:
        """The drag ended."""
        self.timer.stop()
        self.follow = None

    def step(self) -> tuple[int, int]:
        """How far one tick scrolls, (dx, dy), for the pointer where it is now."""
        viewport = self.view.viewport()
        return (
            _speed(self.pos.x(), viewport.width()),
            _speed(self.pos.y(), viewport.height()),
        )

    def _tick(self) -> None:
        dx, dy = self.step()
        bars = (self.view.horizontalScrollBar(), self.view.verticalScrollBar())
        before = [bar.value() for bar in bars]
        for bar, delta in zip(bars, (dx, dy), strict=True):
            if delta:
                bar.setValue(bar.value() + delta)
        if [bar.value() for bar in bars] == before:
            self.timer.stop()  # at the end of the map: nothing more to scroll
            return
        if self.follow is not None:
            self.follow(self.pos)


def _speed(at: int, length: int) -> int:
    """Scroll speed along one axis: negative near the start, positive near the end, 0 in between."""
    if length <= 3 * EDGE:  # a tiny view: scrolling would leave no room to aim
        return 0
    if at < EDGE:
        return -max(1, round(MAX_STEP * min(1.0, (EDGE - at) / EDGE)))
    if at > length - EDGE:
        return max(1, round(MAX_STEP * min(1.0, (at - (length - EDGE)) / EDGE)))
    return 0
