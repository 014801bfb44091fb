"""The emotion curve under the grid: the average shopper emotion per phase, critical moments marked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from ...domain.models import Status
from .style import STATUS_COLORS, CanvasStyle

LANE_HEIGHT = 150.0


def phase_emotions(phases) -> list[tuple[float | None, bool]]:
    """Per phase: the average emotion of its shown cards that have one (None: no data), and
    whether it holds a critical moment (a moment of truth or a card marked critical)."""
    result = []
    for phase in phases:
        shown = [c for c in phase.cards if not c.hidden]
        values = [c.emotion for c in shown if c.emotion is not None]
        critical = any(c.moment_of_truth or c.status == Status.RED for c in shown)
        result.append((sum(values) / len(values) if values else None, critical))
    return result


class EmotionLaneItem(QGraphicsItem):
    """A lane spanning the grid: a line through the phases' average emotion from -2 to +2."""

    def __init__(self, style: CanvasStyle) -> None:
        super().__init__()
        self.style = style
        self.rect = QRectF()
        self.points: list[tuple[float, float | None, bool]] = []  # (x centre, average, critical)
        self.setZValue(-5)

    def set_data(self, rect: QRectF, points: list[tuple[float, float | None, bool]]) -> None:
        """Place the lane and give it one point per phase; the same again repaints nothing (its
        dashed, antialiased lines span the whole map)."""
        size = QRectF(0, 0, rect.width(), rect.height())
        if size != self.rect:
            self.prepareGeometryChange()
            self.rect = size
        if self.pos() != rect.topLeft():
            self.setPos(rect.topLeft())
        if points != self.points:
            self.points = points
            self.update()

    def boundingRect(self) -> QRectF:
        return self.rect

    def _y(self, value: float) -> float:
        top, bottom = 30.0, self.rect.height() - 14.0
        return bottom - (value + 2) / 4 * (bottom - top)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        s = self.style
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(s.card_border), 1))
        painter.setBrush(QColor(s.card_fill))
        painter.drawRoundedRect(self.rect, 6, 6)
        painter.setFont(s.font(s.phase_font_px, bold=True))
        painter.setPen(QColor(s.text))
        title = QCoreApplication.translate("Canvas", "Shopper emotion (average per phase)")
        painter.drawText(QRectF(10, 4, self.rect.width() - 20, 24), int(Qt.AlignmentFlag.AlignLeft), title)
        painter.setFont(s.font(s.marks_font_px))
        for value, label in ((2, "+2"), (0, "0"), (-2, "−2")):
            y = self._y(value)
            painter.setPen(
                QPen(QColor("#CFD3DA"), 1, Qt.PenStyle.DashLine if value else Qt.PenStyle.SolidLine)
            )
            painter.drawLine(QPointF(36, y), QPointF(self.rect.width() - 8, y))
            painter.setPen(QColor(s.muted))
            painter.drawText(
                QRectF(4, y - 10, 30, 20),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
        path, started = QPainterPath(), False
        for x, value, _critical in self.points:
            if value is None:
                started = False
                continue
            point = QPointF(x, self._y(value))
            if started:
                path.lineTo(point)
            else:
                path.moveTo(point)
                started = True
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#1565C0"), 3))
        painter.drawPath(path)
        for x, value, critical in self.points:
            if value is not None:
                color = QColor(
                    STATUS_COLORS["green"]
                    if value > 0.5
                    else STATUS_COLORS["red"]
                    if value < -0.5
                    else STATUS_COLORS["yellow"]
                )
                painter.setPen(QPen(QColor("#FFFFFF"), 2))
                painter.setBrush(color)
                painter.drawEllipse(QPointF(x, self._y(value)), 7, 7)
            if critical:
                painter.setPen(QColor("#C62828"))
                painter.setFont(s.font(s.marks_font_px + 4, bold=True))
                painter.drawText(QRectF(x - 12, 26, 24, 22), int(Qt.AlignmentFlag.AlignCenter), "★")
