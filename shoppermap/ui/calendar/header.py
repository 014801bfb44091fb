"""What the calendar paints behind and over its bars: the week grid, the pinned header of weeks and
sales-period bands, the group titles at the left edge and the line for today.

The same functions paint the view and `paint_calendar`, which puts a whole calendar on any QPainter
(for a picture or a printout later).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from ..i18n import locale_for
from .style import (
    GRID,
    GROUP_FILL,
    HEADER_FILL,
    MONTH_LINE,
    MUTED_TEXT,
    PERIOD_FILL,
    TEXT,
    TODAY,
    WARNING,
)

translate = QCoreApplication.translate


def draw_grid(painter: QPainter, scene, rect: QRectF) -> None:
    """The white page, the group title rows and a line at each Monday (a darker one at each month)."""
    g = scene.geometry
    painter.fillRect(rect, Qt.GlobalColor.white)
    for row in scene.rows:
        if row.y + g.group_height >= rect.top() and row.y <= rect.bottom():
            painter.fillRect(QRectF(rect.left(), row.y, rect.width(), g.group_height), GROUP_FILL)
    first = max(0, int(rect.left() // g.week_width))
    last = min(g.week_count, int(rect.right() // g.week_width) + 1)
    painter.setPen(QPen(GRID, 1))
    for week in range(first, last + 1):
        x = week * g.week_width
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
    # the first of each month, where the eye looks for "March"
    day = dt.date(g.first_monday.year, g.first_monday.month, 1)
    while day <= g.last_day:
        x = g.x_of(day)
        if rect.left() <= x <= rect.right():
            painter.setPen(QPen(MONTH_LINE, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        day = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def draw_today(painter: QPainter, scene, rect: QRectF) -> None:
    """A red line through the day that is today, when the range holds it."""
    g = scene.geometry
    if g.first_monday <= scene.today <= g.last_day:
        x = g.x_of(scene.today) + g.day_width / 2
        painter.setPen(QPen(TODAY, 2))
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))


def draw_group_titles(painter: QPainter, scene, rect: QRectF, left: float) -> None:
    """Each group's title at the visible left edge, so it stays readable however far one scrolls."""
    g = scene.geometry
    font = QFont(painter.font())
    font.setBold(True)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    for row in scene.rows:
        if row.y + g.group_height < rect.top() or row.y > rect.bottom():
            continue
        box = QRectF(left + 6, row.y, metrics.horizontalAdvance(row.title) + 12, g.group_height)
        painter.fillRect(box, GROUP_FILL)
        painter.setPen(MUTED_TEXT if row.undated else TEXT)
        painter.drawText(box.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, row.title)


def draw_header(
    painter: QPainter, scene, rect: QRectF, top: float, *, drop_period: str | None = None
) -> None:
    """The weeks (ISO number and Monday) and the sales periods as bands, from scene y `top` down."""
    g = scene.geometry
    header = QRectF(rect.left(), top, rect.width(), g.header_height)
    painter.fillRect(header, HEADER_FILL)
    font = QFont(painter.font())
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() - 1))
    locale = locale_for(scene.language)
    first = max(0, int(rect.left() // g.week_width))
    last = min(g.week_count - 1, int(rect.right() // g.week_width) + 1)
    for week in range(first, last + 1):
        monday = g.first_monday + dt.timedelta(weeks=week)
        x = week * g.week_width
        cell = QRectF(x, top, g.week_width, g.week_header)
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(QPointF(x, top), QPointF(x, top + g.week_header))
        painter.setFont(font)
        painter.setPen(TEXT)
        number = monday.isocalendar()[1]
        painter.drawText(
            cell.adjusted(4, 2, 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            translate("Calendar", "W{0}").format(number),
        )
        painter.setFont(small)
        painter.setPen(MUTED_TEXT)
        painter.drawText(
            cell.adjusted(4, 0, 0, -3),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            locale.toString(monday, "d MMM"),
        )
    painter.setFont(small)
    metrics = QFontMetricsF(small)
    for period, lane in scene.periods:
        x0, x1 = g.x_of(max(period.start, g.first_monday)), g.x_of(period.end) + g.day_width
        if x1 < rect.left() or x0 > rect.right():
            continue
        band = QRectF(x0, top + g.lane_top(lane) + 1, max(x1 - x0, 2), g.lane_height - 2)
        empty = period.id in scene.warnings.empty_periods
        painter.setBrush(QColor(PERIOD_FILL.get(period.kind.value, PERIOD_FILL["own"])))
        if period.id == drop_period:
            painter.setPen(QPen(TEXT, 2))
        elif empty:
            painter.setPen(QPen(WARNING, 1.5, Qt.PenStyle.DashLine))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(band, 3, 3)
        name = period.name.text(scene.language)
        text = f"⚠ {name}" if empty else name
        painter.setPen(WARNING if empty else TEXT)
        # a short band keeps its name readable past its end, as far as the next band in the lane
        room = _room_after(scene, period, lane, x0, rect.right())
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room - 6, band.width() - 6))
        painter.drawText(
            band.adjusted(4, 0, 0, 0).united(QRectF(x0 + 4, band.top(), room, band.height())),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            elided,
        )
    painter.setPen(QPen(MONTH_LINE, 1))
    painter.drawLine(
        QPointF(rect.left(), top + g.header_height), QPointF(rect.right(), top + g.header_height)
    )


def _room_after(scene, period, lane: int, x0: float, right: float) -> float:
    g = scene.geometry
    later = [g.x_of(p.start) for p, at in scene.periods if at == lane and p.start > period.end]
    return (min(later) if later else max(right, g.width)) - x0


def empty_period_tip(scene, period) -> str:
    """What an empty period's band says when hovered."""
    if scene.retailer:
        return translate("Calendar", "No action for {0} in this key period.").format(scene.retailer)
    return translate("Calendar", "No action in this key period.")


def paint_calendar(painter: QPainter, scene, target: QRectF) -> None:
    """Paint the whole calendar (header, grid, bars) into `target`, scaled to fit (for later exports)."""
    g = scene.geometry
    source = QRectF(0, -g.header_height, g.width, g.header_height + scene.content_height)
    painter.save()
    scale = min(target.width() / source.width(), target.height() / source.height())
    painter.translate(target.topLeft())
    painter.scale(scale, scale)
    painter.translate(-source.topLeft())
    scene.render(painter, source, source)  # the grid is the scene's background
    draw_today(painter, scene, source)
    draw_group_titles(painter, scene, source, 0)
    draw_header(painter, scene, source, source.top())
    painter.restore()
