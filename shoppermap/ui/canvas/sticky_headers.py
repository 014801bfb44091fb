"""Headers that stay in sight: phase headers pinned to the top of the view while the cards scroll
under them, and a stage's name centred in the part of its band that is on screen.

Drawn in the view's foreground over the scene, so the layout and the header items themselves stay
where they are (the file, drags and hit-testing know nothing of this); the view repaints the top
strip as it scrolls, since Qt's scroll copies pixels, the pinned ones too.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QPainter


def header_strip(view) -> QRectF | None:
    """The scene rect the headers take in their own place (stage bands to phase headers' bottom)."""
    scene = view.journey_scene()
    items = [*scene.stages.values(), *scene.phases.values()] if scene is not None else []
    if not items:
        return None
    rect = QRectF()
    for item in items:
        rect = rect.united(item.sceneBoundingRect())
    return rect


def paint_pinned_headers(view, painter: QPainter, exposed: QRectF) -> None:
    """Paint what `view` pins over its scene, within `exposed` (scene units)."""
    strip = header_strip(view)
    if strip is None:
        return
    scene = view.journey_scene()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    drop = max(0.0, visible.top() - strip.top())  # how far the headers have scrolled out of sight
    if drop:  # the cards pass under a solid strip, not through the gaps between the headers
        under = QRectF(
            visible.left(), visible.top(), visible.width(), strip.bottom() + drop - visible.top() + 4
        )
        painter.fillRect(under, QColor(scene.style.background))
    for item in scene.stages.values():
        band = item.sceneBoundingRect()
        shown = QRectF(band).intersected(QRectF(visible.left(), band.top(), visible.width(), band.height()))
        if shown.isEmpty() or (drop == 0 and shown == band):
            continue  # off screen, or whole where it is: the item itself is enough
        target = shown.translated(0, drop)
        if target.intersects(exposed):
            _paint(item, painter, target)
    if drop == 0:
        return
    for item in scene.phases.values():
        target = item.sceneBoundingRect().translated(0, drop)
        if target.intersects(exposed) and target.intersects(visible):
            _paint(item, painter, target)


def _paint(item, painter: QPainter, rect: QRectF) -> None:
    painter.save()
    item.paint_pinned(painter, rect)
    painter.restore()


def strip_to_repaint(view, dy: int) -> QRect | None:
    """The viewport pixels to repaint after a scroll by `dy`: the pinned strip, and where Qt's
    scroll copied its old pixels."""
    strip = header_strip(view)
    if strip is None:
        return None
    height = round(strip.height() * view.zoom()) + abs(dy) + 2
    return QRect(0, 0, view.viewport().width(), height)
