"""The legend under a picture of the map: what the card colours, the marks and the dots mean.

A printed map travels without the app, so it carries the key the canvas has in its Legend panel,
drawn in the same colours, in one or more rows that fill the width given.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from ..domain.frameworks import Location
from .canvas.items import VOTE_COLOR
from .canvas.style import LOCATION_COLORS, STATUS_COLORS
from .filter_bar import location_name

translate = QCoreApplication.translate
INK = QColor("#1F2328")
MUTED = QColor("#5B6270")
ROW_SPACING = 1.35  # row height in font sizes
GROUP_GAP = 2.2  # extra room between the three groups, in font sizes


@dataclass(frozen=True)
class Entry:
    """One key: a swatch (a card tint, a dot, a badge) or a coloured mark, then its meaning."""

    kind: str  # "card", "dot", "badge", "owner" or "mark"
    color: str
    label: str
    mark: str = ""
    group: int = 0  # entries of a new group start with a wider gap


def legend_entries() -> list[Entry]:
    """The keys in the interface language; the texts are the Legend panel's."""
    card = [
        Entry("card", STATUS_COLORS["green"], translate("Legend", "Works well")),
        Entry("card", STATUS_COLORS["yellow"], translate("Legend", "Needs improvement")),
        Entry("card", STATUS_COLORS["red"], translate("Legend", "Critical")),
        Entry("card", "#C9CDD4", translate("Legend", "Not assessed")),
    ]
    marks = [
        Entry("mark", "#C62828", translate("Legend", "Moment of truth"), "★", 1),
        Entry("mark", "#EF6C00", translate("Legend", "Quick win"), "⚡", 1),
        Entry("mark", "#1565C0", translate("Legend", "POS opportunities"), "◆3", 1),
        Entry("mark", "#6A1B9A", translate("Legend", "Competitor gaps"), "⚑2", 1),
        Entry("badge", VOTE_COLOR, translate("Legend", "Dot votes"), "4", 1),
        Entry("owner", "#37474F", translate("Legend", "Owner initials"), "AK", 1),
    ]
    places = [Entry("dot", LOCATION_COLORS[loc.value], location_name(loc.value), group=2) for loc in Location]
    return card + marks + places


def _font(px: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


class PictureLegend:
    """The legend laid out for one width and type size; `height` is what it takes."""

    def __init__(self, width: float, px: float) -> None:
        self.px = px
        self.entries = legend_entries()
        self.metrics = QFontMetricsF(_font(px))
        self.bold = QFontMetricsF(_font(px, bold=True))
        self.places: list[tuple[Entry, float, float, float]] = []  # entry, x, row top, swatch width
        x, row, previous = 0.0, 0, 0
        for entry in self.entries:
            swatch = self._swatch_width(entry)
            needed = swatch + 0.4 * px + self.metrics.horizontalAdvance(entry.label)
            if x and entry.group != previous:
                x += GROUP_GAP * px
            previous = entry.group
            if x and x + needed > width:
                x, row = 0.0, row + 1
            self.places.append((entry, x, row * ROW_SPACING * px, swatch))
            x += needed + 1.1 * px
        self.height = (row + 1) * ROW_SPACING * px

    def _swatch_width(self, entry: Entry) -> float:
        px = self.px
        if entry.kind == "card":
            return 1.6 * px
        if entry.kind == "dot":
            return 0.8 * px
        if entry.kind in ("badge", "owner"):
            return max(1.1 * px, self.bold.horizontalAdvance(entry.mark) + 0.5 * px)
        return self.bold.horizontalAdvance(entry.mark)

    def paint(self, painter: QPainter, left: float, top: float) -> None:
        """Draw the legend with its top-left corner at (left, top)."""
        px = self.px
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for entry, x, y, swatch in self.places:
            x, y = left + x, top + y
            middle = y + ROW_SPACING * px / 2
            box = QRectF(x, middle - 0.55 * px, swatch, 1.1 * px)
            color = QColor(entry.color)
            if entry.kind == "card":
                # the card's tint with its stripe, as on the canvas
                tint = QColor(color)
                tint.setAlpha(70)
                painter.setPen(QPen(QColor("#C9CDD4"), max(0.5, px / 16)))
                painter.setBrush(tint)
                painter.drawRoundedRect(box, px / 6, px / 6)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawRect(QRectF(box.left(), box.top(), px / 3.5, box.height()))
            elif entry.kind == "dot":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawEllipse(QPointF(box.center().x(), middle), 0.35 * px, 0.35 * px)
            elif entry.kind in ("badge", "owner"):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                radius = box.height() / 2 if entry.kind == "badge" else px / 6
                painter.drawRoundedRect(box, radius, radius)
                painter.setPen(QColor("#FFFFFF"))
                painter.setFont(_font(px * 0.85, bold=True))
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), entry.mark)
            else:
                painter.setPen(color)
                painter.setFont(_font(px, bold=True))
                painter.drawText(QRectF(x, y, swatch + 2, ROW_SPACING * px), _LEFT_MIDDLE, entry.mark)
            painter.setPen(INK)
            painter.setFont(_font(px))
            label = QRectF(
                x + swatch + 0.4 * px, y, self.metrics.horizontalAdvance(entry.label) + 2, ROW_SPACING * px
            )
            painter.drawText(label, _LEFT_MIDDLE, entry.label)
        painter.restore()


_LEFT_MIDDLE = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
