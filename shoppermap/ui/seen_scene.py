"""Scenes behind a closed or covered dock (the calendar, the matrix) catch up when they are seen.

Each follows every change-set of the workshop, and rebuilding one costs tens of milliseconds on a big
map: paid on every drop while nobody looks at it, that is most of the drop. A change while every view
of the scene is hidden only marks it stale; the first view shown rebuilds it. A scene with no view at
all (a picture being drawn, a test) rebuilds at once, as before.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsScene, QGraphicsView


class SeenScene(QGraphicsScene):
    """A scene whose `rebuild` (each subclass lays itself out there) may wait until one of its views
    is on screen."""

    stale = False

    def seen(self) -> bool:
        """True when a view shows the scene, or when it has no view to wait for."""
        views = self.views()
        return not views or any(view.isVisible() for view in views)

    def rebuild_when_seen(self) -> bool:
        """Rebuild now if the scene is seen (True), else remember to when it is (False)."""
        if self.seen():
            self.stale = False
            self.rebuild()
            return True
        self.stale = True
        return False

    def catch_up(self) -> None:
        """Rebuild if changes came while no view was shown."""
        if self.stale:
            self.stale = False
            self.rebuild()


def catch_up_on_show(view: QGraphicsView) -> None:
    """Called from a view's showEvent: bring its scene up to date before it paints."""
    scene = view.scene()
    if isinstance(scene, SeenScene):
        scene.catch_up()
