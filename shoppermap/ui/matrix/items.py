"""The items of the value/effort matrix: the grid with its quadrants, axes, tray and legend drawn as
one, and a chip per POS action. Items only present; the view turns drags into edits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyle

from ...domain.models import Card, Opportunity, OpportunityStatus
from ..canvas.items import VOTE_COLOR
from ..vocabulary import opportunity_status_choices
from . import layout
from .layout import SCALE, TRAY, Spot

translate = QCoreApplication.translate

STATUS_COLORS = {
    OpportunityStatus.IDEA: "#90A4AE",
    OpportunityStatus.PLANNED: "#1E88E5",
    OpportunityStatus.AGREED: "#8E24AA",
    OpportunityStatus.IN_PROGRESS: "#FB8C00",
    OpportunityStatus.DONE: "#43A047",
    OpportunityStatus.DROPPED: "#BDBDBD",
}
# (tint, name colour) of the quadrants: quick wins top-left, big bets top-right,
# fill-ins bottom-left, money pits bottom-right
QUADRANT_TINTS = {"quick": "#E8F5E9", "big": "#E3F2FD", "fill": "#F5F5F5", "pit": "#FDECEA"}
QUADRANT_INK = {"quick": "#2E7D32", "big": "#1565C0", "fill": "#616161", "pit": "#C62828"}
INK, MUTED, LINE = QColor("#1F2328"), QColor("#5B6270"), QColor("#C5CAD3")
NARROW = 130.0  # a chip narrower than this shows its name and votes only
MARK_COLORS = {"★": "#C62828", "⚡": "#EF6C00"}  # as on the cards
CHIP_TYPE = QGraphicsItem.UserType + 21


def font(px: float, *, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(max(1, round(px)))
    f.setBold(bold)
    return f


def quadrant_names() -> dict[str, tuple[str, str]]:
    """(name, what it means) of each quadrant, in the interface language."""
    return {
        "quick": (
            translate("Matrix", "Quick wins"),
            translate("Matrix", "high value, low effort: start now"),
        ),
        "big": (translate("Matrix", "Big bets"), translate("Matrix", "high value, high effort: plan them")),
        "fill": (
            translate("Matrix", "Fill-ins"),
            translate("Matrix", "low value, low effort: if time allows"),
        ),
        "pit": (translate("Matrix", "Money pits"), translate("Matrix", "low value, high effort: drop them")),
    }


def tool_namer(pos_tools, language: str):
    """A POS tool's label in `language`, or a custom tool's own name."""

    def name(pos_tool: str) -> str:
        tool = pos_tools.tool(pos_tool) if pos_tools is not None and pos_tool else None
        return tool.label.text(language) if tool is not None else pos_tool

    return name


def spot_of(o: Opportunity) -> Spot:
    """Where an action sits: its cell when both scales are set, else the tray."""
    return Spot(o.value, o.effort) if o.value is not None and o.effort is not None else TRAY


class GridItem(QGraphicsItem):
    """The quadrants, the grid, the axes and the tray's frame, drawn as one item behind the chips."""

    def __init__(self) -> None:
        super().__init__()
        self.rect = QRectF()
        self.tray_count = 0
        self.target: Spot | None = None  # the cell or tray a dragged chip would land in
        self.setZValue(-10)

    def set_tray_count(self, count: int, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self.tray_count, self.rect = count, QRectF(rect)
        self.update()

    def set_target(self, spot: Spot | None) -> None:
        if spot != self.target:
            self.target = spot
            self.update()

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        grid = layout.grid_rect()
        half_w, half_h = grid.width() / 2, grid.height() / 2
        quadrants = {
            "quick": QRectF(grid.left(), grid.top(), half_w, half_h),
            "big": QRectF(grid.center().x(), grid.top(), half_w, half_h),
            "fill": QRectF(grid.left(), grid.center().y(), half_w, half_h),
            "pit": QRectF(grid.center().x(), grid.center().y(), half_w, half_h),
        }
        for key, rect in quadrants.items():
            painter.fillRect(rect, QColor(QUADRANT_TINTS[key]))
        if self.target is not None and not self.target.in_tray:
            painter.fillRect(
                layout.cell_rect(self.target.value, self.target.effort), QColor(255, 213, 79, 110)
            )
        painter.setPen(QPen(LINE, 1))
        for i in range(1, SCALE):
            x = grid.left() + i * layout.CELL_W
            y = grid.top() + i * layout.CELL_H
            painter.drawLine(QPointF(x, grid.top()), QPointF(x, grid.bottom()))
            painter.drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y))
        painter.setPen(QPen(QColor("#78838F"), 2.5))
        painter.drawLine(QPointF(grid.center().x(), grid.top()), QPointF(grid.center().x(), grid.bottom()))
        painter.drawLine(QPointF(grid.left(), grid.center().y()), QPointF(grid.right(), grid.center().y()))
        painter.setPen(QPen(QColor("#78838F"), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(grid)
        self._paint_quadrant_names(painter, grid, quadrants)
        self._paint_axes(painter, grid)
        self._paint_tray(painter)
        self._paint_legend(painter)

    def _paint_quadrant_names(self, painter: QPainter, grid: QRectF, quadrants: dict[str, QRectF]) -> None:
        names = quadrant_names()
        for key, rect in quadrants.items():
            top = key in ("quick", "big")
            band = QRectF(
                rect.left() + 4,
                grid.top() - layout.TITLE_H if top else grid.bottom(),
                rect.width() - 8,
                layout.TITLE_H,
            )
            name, meaning = names[key]
            painter.setFont(font(17, bold=True))
            metrics = QFontMetricsF(painter.font())
            align = Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignLeft if key in ("quick", "fill") else Qt.AlignmentFlag.AlignRight
            )
            painter.setPen(QColor(QUADRANT_INK[key]))
            painter.drawText(band, int(align), name)
            painter.setFont(font(12))
            painter.setPen(MUTED)
            rest = QRectF(band)
            if key in ("quick", "fill"):
                rest.setLeft(band.left() + metrics.horizontalAdvance(name) + 10)
            else:
                rest.setRight(band.right() - metrics.horizontalAdvance(name) - 10)
            shown = QFontMetricsF(painter.font()).elidedText(
                meaning, Qt.TextElideMode.ElideRight, rest.width()
            )
            painter.drawText(rest, int(align), shown)

    def _paint_axes(self, painter: QPainter, grid: QRectF) -> None:
        painter.setPen(INK)
        painter.setFont(font(14, bold=True))
        for n in range(1, SCALE + 1):
            column = layout.cell_rect(1, n)
            numbers = QRectF(column.left(), grid.bottom() + layout.TITLE_H, column.width(), layout.NUMBERS_H)
            painter.drawText(numbers, int(Qt.AlignmentFlag.AlignCenter), str(n))
            row = layout.cell_rect(n, 1)
            painter.drawText(
                QRectF(grid.left() - 26, row.top(), 22, row.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(n),
            )
        painter.setFont(font(14, bold=True))
        painter.setPen(MUTED)
        below = QRectF(grid.left(), grid.bottom() + layout.TITLE_H + layout.NUMBERS_H, grid.width(), 26)
        painter.drawText(
            below,
            int(Qt.AlignmentFlag.AlignCenter),
            translate("Matrix", "Effort or cost  →  (1 low, 5 high)"),
        )
        painter.save()
        painter.translate(grid.left() - 40, grid.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-grid.height() / 2, -13, grid.height(), 26),
            int(Qt.AlignmentFlag.AlignCenter),
            translate("Matrix", "Expected value  →  (1 low, 5 high)"),
        )
        painter.restore()

    def _paint_tray(self, painter: QPainter) -> None:
        tray = layout.tray_rect(self.tray_count)
        target = self.target is not None and self.target.in_tray
        painter.setPen(QPen(QColor("#F9A825") if target else LINE, 2 if target else 1, Qt.PenStyle.DashLine))
        painter.setBrush(QColor("#FFFDE7") if target else QColor("#FAFBFC"))
        painter.drawRoundedRect(tray, 8, 8)
        painter.setPen(INK)
        painter.setFont(font(14, bold=True))
        header = QRectF(tray.left() + 10, tray.top(), tray.width() - 20, layout.TRAY_HEADER_H)
        painter.drawText(
            header,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            translate("Matrix", "Not rated yet ({0})").format(self.tray_count),
        )
        if not self.tray_count:
            painter.setPen(MUTED)
            painter.setFont(font(12))
            painter.drawText(
                tray.adjusted(10, layout.TRAY_HEADER_H, -10, -10),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                translate("Matrix", "Drag an action here to clear its value and effort."),
            )

    def _paint_legend(self, painter: QPainter) -> None:
        box = layout.legend_rect(self.tray_count)
        painter.setFont(font(11))
        row_h = 15.0
        half = box.width() / 2
        for i, (name, status) in enumerate(opportunity_status_choices()):
            x = box.left() + (i % 2) * half
            y = box.top() + (i // 2) * row_h
            painter.fillRect(QRectF(x, y + 3, 5, row_h - 6), QColor(STATUS_COLORS[status]))
            painter.setPen(MUTED)
            painter.drawText(QRectF(x + 9, y, half - 10, row_h), int(Qt.AlignmentFlag.AlignVCenter), name)
        y = box.top() + 3 * row_h + 6
        marks = [
            ("★", "#C62828", translate("Card", "Moment of truth")),
            ("⚡", "#EF6C00", translate("Card", "Quick win")),
            ("●", VOTE_COLOR, translate("PlanModel", "Votes")),
        ]
        x = box.left()
        metrics = QFontMetricsF(painter.font())
        for mark, colour, name in marks:
            painter.setPen(QColor(colour))
            painter.drawText(QRectF(x, y, 14, row_h), int(Qt.AlignmentFlag.AlignVCenter), mark)
            painter.setPen(MUTED)
            width = metrics.horizontalAdvance(name)
            painter.drawText(QRectF(x + 14, y, width + 2, row_h), int(Qt.AlignmentFlag.AlignVCenter), name)
            x += 14 + width + 10
            if x > box.right() - 40:
                x, y = box.left(), y + row_h


class ChipItem(QGraphicsItem):
    """One POS action: its tool and touchpoint, coloured by status, with its card's marks and its votes."""

    def __init__(self, opportunity: Opportunity, card: Card, *, tool: str, touchpoint: str) -> None:
        super().__init__()
        self.opportunity_id = opportunity.id
        self.card_id = card.id
        self.spot = spot_of(opportunity)
        self.status = opportunity.status
        self.votes = opportunity.votes
        self.tool, self.touchpoint = tool, touchpoint
        self.marks = [m for m, on in (("★", card.moment_of_truth), ("⚡", card.quick_win)) if on]
        self.rect = QRectF(0, 0, 100, layout.CHIP_H)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        tip = [f"{tool} — {touchpoint}" if tool else touchpoint]
        if card.moment_of_truth:
            tip.append("★ " + translate("Card", "Moment of truth"))
        if card.quick_win:
            tip.append("⚡ " + translate("Card", "Quick win"))
        if opportunity.votes:
            tip.append(translate("Card", "Votes: {0}").format(opportunity.votes))
        self.setToolTip("\n".join(tip))

    def type(self) -> int:
        return CHIP_TYPE

    def place(self, rect: QRectF) -> None:
        """Put the chip at a scene rectangle."""
        if rect.size() != self.rect.size():
            self.prepareGeometryChange()
            self.rect = QRectF(0, 0, rect.width(), rect.height())
        self.setPos(rect.topLeft())

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        rect = self.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(STATUS_COLORS[self.status])
        path = QPainterPath()
        path.addRoundedRect(rect, 5, 5)
        fill = QColor("#FFFFFF")
        if self.status == OpportunityStatus.DROPPED:
            fill = QColor("#F2F2F2")
        painter.fillPath(path, fill)
        painter.save()
        painter.setClipPath(path)
        painter.fillRect(QRectF(0, 0, 6, rect.height()), colour)
        painter.restore()
        painter.setPen(QPen(QColor("#1565C0") if selected else QColor("#AEB6C1"), 2.5 if selected else 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        right = rect.right() - 4
        two_lines = rect.height() >= layout.CHIP_H - 4
        line_h = rect.height() / 2 if two_lines else rect.height()
        if self.votes:
            painter.setFont(font(11, bold=True))
            tag = str(self.votes) if self.votes < 1000 else "999+"
            h = min(16.0, line_h - 2)
            w = max(h, QFontMetricsF(painter.font()).horizontalAdvance(tag) + 6)
            badge = QRectF(right - w, (line_h - h) / 2 + (1 if two_lines else 0), w, h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(VOTE_COLOR))
            painter.drawRoundedRect(badge, h / 2, h / 2)
            painter.setPen(QColor("#FFFFFF"))
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), tag)
            right = badge.left() - 3
        painter.setFont(font(12, bold=True))
        metrics = QFontMetricsF(painter.font())
        # in a crowded cell the name matters more than the card's marks (the tooltip keeps them)
        for mark in reversed(self.marks if rect.width() >= NARROW else []):
            width = metrics.horizontalAdvance(mark) + 1
            painter.setPen(QColor(MARK_COLORS[mark]))
            painter.drawText(
                QRectF(right - width, 0, width, line_h),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                mark,
            )
            right -= width + 1
        left = 11.0
        ink = MUTED if self.status == OpportunityStatus.DROPPED else INK
        if two_lines:
            self._text(
                painter, QRectF(left, 1, right - left, line_h), self.tool or self.touchpoint, 12.5, ink, True
            )
            self._text(
                painter,
                QRectF(left, line_h - 1, rect.right() - 4 - left, line_h),
                self.touchpoint,
                11.5,
                MUTED,
            )
        else:
            text = " · ".join(t for t in (self.tool, self.touchpoint) if t)
            self._text(
                painter, QRectF(left, 0, right - left, line_h), text, min(12.0, line_h * 0.62), ink, True
            )

    @staticmethod
    def _text(painter, box: QRectF, text: str, px: float, ink: QColor, bold: bool = False) -> None:
        if box.width() <= 4:
            return
        painter.setFont(font(px, bold=bold))
        painter.setPen(ink)
        shown = QFontMetricsF(painter.font()).elidedText(
            " ".join(text.split()), Qt.TextElideMode.ElideRight, box.width()
        )
        painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
