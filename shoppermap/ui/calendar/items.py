"""A bar of the calendar: one action over its days, coloured by its status, labelled with tool and touchpoint."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from ...domain.models import OpportunityStatus
from .style import DARK_TEXT, STATUS_FILL, TEXT, WARNING, CalendarGeometry

_FONT: QFont | None = None
_METRICS: QFontMetricsF | None = None


def bar_font() -> tuple[QFont, QFontMetricsF]:
    """One font for every bar, measured once (a calendar has thousands)."""
    global _FONT, _METRICS
    if _FONT is None:
        _FONT = QFont()
        _FONT.setPointSizeF(max(7.0, _FONT.pointSizeF() - 1))
        _METRICS = QFontMetricsF(_FONT)
    return _FONT, _METRICS


class BarItem(QGraphicsItem):
    """An action on the calendar; its position is its first day and its row, its width its days.

    It only presents: the view turns drags into edits, and the scene moves the bar when the
    document says the action's dates changed.
    """

    def __init__(self, opportunity_id: str, card_id: str, geometry: CalendarGeometry) -> None:
        super().__init__()
        self.opportunity_id = opportunity_id
        self.card_id = card_id
        self.geometry = geometry
        self.start: dt.date | None = None
        self.end: dt.date | None = None
        self.width = geometry.week_width
        self.label = ""
        self.tooltip = ""
        self.status = OpportunityStatus.IDEA
        self.clash = False
        self.dimmed = False
        self._text_width = 0.0
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(False)

    # --- what it shows -------------------------------------------------------------------

    def show_action(self, *, label: str, status: OpportunityStatus, tooltip: str, clash: bool) -> None:
        """Take the action's label, status, tooltip and whether it clashes with another."""
        if label != self.label:
            self.prepareGeometryChange()
            self.label = label
            self._text_width = bar_font()[1].horizontalAdvance(label)
        self.status, self.clash = status, clash
        if tooltip != self.tooltip:
            self.tooltip = tooltip
            self.setToolTip(tooltip)
        self.update()

    def set_span(self, start: dt.date, end: dt.date) -> None:
        """Run from `start` to `end` (both included) in its row."""
        g = self.geometry
        self.start, self.end = start, end
        self.set_extent(g.x_of(start), (end - start).days + 1)

    def set_extent(self, x: float, days: int) -> None:
        """Sit at `x`, `days` days wide (an undated chip, or a bar during a drag)."""
        width = max(1, days) * self.geometry.day_width
        if width != self.width:
            self.prepareGeometryChange()
            self.width = width
        self.setPos(x, self.pos().y())

    def set_row(self, y: float) -> None:
        g = self.geometry
        self.setPos(self.pos().x(), y + (g.row_height - g.bar_height) / 2)

    def set_dimmed(self, dimmed: bool) -> None:
        if dimmed != self.dimmed:
            self.dimmed = dimmed
            self.setOpacity(0.25 if dimmed else 1.0)

    def bar_rect(self) -> QRectF:
        """The bar itself, without its label outside it."""
        return QRectF(0, 0, self.width, self.geometry.bar_height)

    def zone_at(self, x: float) -> str:
        """What a press at scene `x` grabs: the bar's 'start', its 'end', or the whole ('move')."""
        local = x - self.pos().x()
        edge = min(self.geometry.edge, self.width / 4)
        if local <= edge:
            return "start"
        if local >= self.width - edge:
            return "end"
        return "move"

    # --- painting ------------------------------------------------------------------------

    def _inside(self) -> bool:
        return self._text_width + 8 <= self.width

    def boundingRect(self) -> QRectF:
        outside = 0.0 if self._inside() else self._text_width + 6
        return QRectF(-2, -2, self.width + outside + 4, self.geometry.bar_height + 4)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        font, metrics = bar_font()
        fill = QColor(STATUS_FILL[self.status])
        rect = self.bar_rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        if self.clash:
            painter.setPen(QPen(WARNING, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
        if self.isSelected():
            painter.setPen(QPen(TEXT, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)
        painter.setFont(font)
        baseline = (rect.height() + metrics.ascent() - metrics.descent()) / 2
        if self._inside():
            dark = self.status in DARK_TEXT
            painter.setPen(TEXT if dark else Qt.GlobalColor.white)
            painter.drawText(QPointF(4, baseline), self.label)
        else:
            painter.setPen(TEXT)
            painter.drawText(QPointF(self.width + 4, baseline), self.label)
        if self.status is OpportunityStatus.DROPPED:
            painter.setPen(QPen(TEXT, 1))
            painter.drawLine(QPointF(2, rect.height() / 2), QPointF(self.width - 2, rect.height() / 2))
