"""The toolbar's icons, drawn by the app itself in the colours of the current palette.

Nothing is loaded from files or from the desktop's icon theme: the packaged app carries no SVG
plugin and a workshop laptop may have no theme at all. Each glyph is drawn on a 24-unit grid with
round strokes, so it stays crisp at any size and on a projector; the colour is read from the
application palette at paint time, so a palette change (a dark or high-contrast desktop) follows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)

Glyph = Callable[[QPainter], None]


def _plus(p: QPainter, cx: float, cy: float, r: float) -> None:
    p.drawLine(QPointF(cx - r, cy), QPointF(cx + r, cy))
    p.drawLine(QPointF(cx, cy - r), QPointF(cx, cy + r))


def _new(p: QPainter) -> None:
    page = QPainterPath(QPointF(5, 3))
    for x, y in ((14, 3), (19, 8), (19, 21), (5, 21)):
        page.lineTo(x, y)
    page.closeSubpath()
    p.drawPath(page)
    p.drawPolyline([QPointF(14, 3), QPointF(14, 8), QPointF(19, 8)])
    _plus(p, 12, 14.5, 3.5)


def _open(p: QPainter) -> None:
    folder = QPainterPath(QPointF(3, 19))
    for x, y in ((3, 5), (9, 5), (11, 7), (19, 7), (19, 10)):
        folder.lineTo(x, y)
    p.drawPath(folder)
    front = QPainterPath(QPointF(3, 19))
    for x, y in ((7, 10), (22, 10), (18, 19)):
        front.lineTo(x, y)
    front.closeSubpath()
    p.drawPath(front)


def _undo(p: QPainter) -> None:
    arc = QPainterPath(QPointF(6, 10))
    arc.lineTo(14, 10)
    arc.cubicTo(QPointF(22, 10), QPointF(22, 20), QPointF(14, 20))
    arc.lineTo(9, 20)
    p.drawPath(arc)
    p.drawPolyline([QPointF(10, 5), QPointF(5, 10), QPointF(10, 15)])


def _redo(p: QPainter) -> None:
    p.translate(24, 0)
    p.scale(-1, 1)
    _undo(p)


def _add_card(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(3, 5, 18, 14), 2.5, 2.5)
    _plus(p, 12, 12, 4)


def _delete(p: QPainter) -> None:
    p.drawLine(QPointF(4, 6), QPointF(20, 6))
    p.drawPolyline([QPointF(9, 6), QPointF(9, 3), QPointF(15, 3), QPointF(15, 6)])
    body = QPainterPath(QPointF(6, 6))
    for x, y in ((7, 21), (17, 21), (18, 6)):
        body.lineTo(x, y)
    p.drawPath(body)
    p.drawLine(QPointF(10, 10), QPointF(10, 17))
    p.drawLine(QPointF(14, 10), QPointF(14, 17))


def _magnifier(p: QPainter) -> None:
    p.drawEllipse(QPointF(10, 10), 6.5, 6.5)
    p.drawLine(QPointF(15, 15), QPointF(21, 21))


def _zoom_in(p: QPainter) -> None:
    _magnifier(p)
    _plus(p, 10, 10, 3)


def _zoom_out(p: QPainter) -> None:
    _magnifier(p)
    p.drawLine(QPointF(7, 10), QPointF(13, 10))


def _fit(p: QPainter) -> None:
    corners = ((3, 3, 1, 1), (21, 3, -1, 1), (21, 21, -1, -1), (3, 21, 1, -1))  # x, y and inward
    for x, y, dx, dy in corners:
        p.drawPolyline([QPointF(x, y + 5 * dy), QPointF(x, y), QPointF(x + 5 * dx, y)])
    p.drawRect(QRectF(8, 8, 8, 8))


def _presentation(p: QPainter) -> None:
    p.drawRect(QRectF(3, 4, 18, 12))
    p.drawLine(QPointF(12, 16), QPointF(12, 20))
    p.drawLine(QPointF(8, 21), QPointF(16, 21))


GLYPHS: dict[str, Glyph] = {
    "new": _new,
    "open": _open,
    "undo": _undo,
    "redo": _redo,
    "add_card": _add_card,
    "delete": _delete,
    "zoom_in": _zoom_in,
    "zoom_out": _zoom_out,
    "fit": _fit,
    "presentation": _presentation,
}


class GlyphEngine(QIconEngine):
    """Paints one glyph in the palette's text colour (greyed when the action is disabled)."""

    def __init__(self, glyph: Glyph) -> None:
        super().__init__()
        self.glyph = glyph

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        palette = QGuiApplication.palette()
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
        colour = palette.color(group, QPalette.ColorRole.ButtonText)
        side = min(rect.width(), rect.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2)
        painter.scale(side / 24, side / 24)
        pen = QPen(colour, 2.0 if side >= 20 else 2.4)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        self.glyph(painter)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphEngine(self.glyph)


def icon(name: str) -> QIcon:
    """The app's own icon for a toolbar action."""
    return QIcon(GlyphEngine(GLYPHS[name]))
