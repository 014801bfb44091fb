"""The items of the canvas. Items only present the model; edits go through commands."""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QTextLayout
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyle, QStyleOptionGraphicsItem, QWidget

from ...domain.models import Card, Opportunity, Phase, Stage
from .style import LOCATION_COLORS, STATUS_COLORS, CanvasStyle
from .text_fit import CENTERED_OPTION, WRAP_OPTION, Fit, fitted, fitted_lines

CARD_TYPE = QGraphicsItem.UserType + 1
MAX_SHOWN = 140  # characters of a label a card shows
PHASE_TYPE = QGraphicsItem.UserType + 2
STAGE_TYPE = QGraphicsItem.UserType + 3
COLUMN_TYPE = QGraphicsItem.UserType + 4
VOTE_COLOR = "#AD1457"  # the colour of the paper dots the room sticks on the wall


@lru_cache(maxsize=20000)
def text_height(text: str, width: float, font_px: int, bold: bool, family: str) -> float:
    """Height of wrapped text; cached because layout asks for it for every card on every change."""
    font = _font(font_px, bold, family)
    layout = QTextLayout(text, font)
    layout.setTextOption(WRAP_OPTION)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        height += line.height()
    layout.endLayout()
    return max(height, _line_height(font_px, bold, family))


@lru_cache(maxsize=64)
def _font(px: int, bold: bool, family: str) -> QFont:
    # a map opening measures every card's label: one font per size, not one per card
    return CanvasStyle(font_family=family).font(px, bold=bold)


@lru_cache(maxsize=64)
def _line_height(px: int, bold: bool, family: str) -> float:
    return QFontMetricsF(_font(px, bold, family)).height()


def initials(name: str) -> str:
    """'Anna Kowalska' → 'AK'; 'KAM team' → 'KT'."""
    parts = [p for p in name.replace("-", " ").split() if p[:1].isalnum()]
    return "".join(p[0] for p in parts[:2]).upper()


def _tint(color: QColor, amount: float) -> QColor:
    """A lighter tint of a colour (amount 0 = same, 1 = white)."""
    return QColor(
        round(color.red() + (255 - color.red()) * amount),
        round(color.green() + (255 - color.green()) * amount),
        round(color.blue() + (255 - color.blue()) * amount),
    )


MERGE_PX = 0.5  # far out, blocks closer than this (in pixels) on screen are drawn as one


def _merged_runs(rects: list[QRectF], tolerance: float) -> list[QRectF]:
    """Rects of one column (top to bottom, same left and width) with those less than `tolerance`
    apart joined into one."""
    runs: list[QRectF] = []
    for rect in rects:
        last = runs[-1] if runs else None
        if last is not None and rect.top() - last.bottom() <= tolerance and rect.left() == last.left():
            last.setBottom(max(last.bottom(), rect.bottom()))
        else:
            runs.append(QRectF(rect))
    return runs


def set_item_rect(item, rect: QRectF) -> None:
    """Give an item with a `rect` of its own a new place and size, and leave it alone when both are
    unchanged: a geometry change repaints everything the item covers, a whole column or band."""
    size = QRectF(0, 0, rect.width(), rect.height())
    if size == item.rect and item.pos() == rect.topLeft():
        return
    if size != item.rect:
        item.prepareGeometryChange()
        item.rect = size
    item.setPos(rect.topLeft())


# how much of the status colour tints a card: a critical card must show from the back of the room
# at fit-to-window, a working one need not shout (0 is the full colour, 1 is white)
_STATUS_TINT = {"red": 0.72, "yellow": 0.78, "green": 0.88}
_CONTRAST_TINT = {"red": 0.55, "yellow": 0.6, "green": 0.75}


@lru_cache(maxsize=16)
def _status_fill(status: str | None, card_fill: str, high_contrast: bool) -> QColor:
    if status is None:
        return QColor(card_fill)
    return _tint(QColor(STATUS_COLORS[status]), (_CONTRAST_TINT if high_contrast else _STATUS_TINT)[status])


def status_fill(status: str | None, style: CanvasStyle) -> QColor:
    """The fill of a card of this status: a tint of the status colour, plain without a status."""
    return _status_fill(status, style.card_fill, style.high_contrast)


class CardItem(QGraphicsRectItem):
    """A touchpoint card: status stripe, wrapped label, and a row of annotation marks.

    A rect item, so that Qt answers boundingRect in C++, and device-cached, so that a drag only
    blits pixmaps: both keep a drag smooth with thousands of cards.
    """

    def __init__(self, card: Card, style: CanvasStyle, language: str) -> None:
        super().__init__()
        self.setPen(Qt.PenStyle.NoPen)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.card = card
        self.card_id = card.id  # a plain attribute: filters and layouts read it for every card
        self.style = style
        self.language = language
        self.highlighted = False  # a find or filter hit
        self.excluded = False  # left out by a "show only" filter
        self.dimmed = False  # not matching a "highlight" filter
        self.shown = True  # drawn by itself (else, far out, its column draws it)
        self.x_ = self.y_ = 0.0  # its position, kept in Python for the column's fast drawing
        self.current = False  # the hit the find bar stepped to
        # the actions the "◆N" mark counts: those of the scenario shown (None: all of them)
        self.opportunity_filter: Callable[[Opportunity], bool] | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(False)
        self._height = style.card_min_height
        self._rect = QRectF(0, 0, style.column_width, self._height)
        self.setRect(self._rect)
        self.refresh()

    def type(self) -> int:
        return CARD_TYPE

    def label(self) -> str:
        """The label in the canvas language."""
        return self.card.label.text(self.language)

    def shown_label(self) -> str:
        """The label as the card shows it: a pasted essay is cut short (the inspector has all of it)."""
        text = " ".join(self.label().split())
        return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"

    def refresh(self) -> None:
        """Recompute size and tooltip after the card changed."""
        s = self.style
        fit = self._fit()
        height = text_height(fit.text, self._text_width(), fit.px, False, s.font_family)
        new = max(s.card_min_height, height + 2 * s.card_padding + s.marks_height)
        if new != self._height:
            self._height = new
            self._rect = QRectF(0, 0, s.column_width, new)
            self.setRect(self._rect)
        self.update()

    def height(self) -> float:
        """The card's height in scene units."""
        return self._height

    def opportunity_count(self) -> int:
        """How many of the card's actions its mark counts: those the opportunity filter lets through."""
        shown, opportunities = self.opportunity_filter, self.card.opportunities
        return len(opportunities) if shown is None else sum(1 for o in opportunities if shown(o))

    def set_opportunity_filter(self, shown: Callable[[Opportunity], bool] | None) -> None:
        """Count only the actions `shown` accepts (None: all); repaints a card that has actions."""
        self.opportunity_filter = shown
        if self.card.opportunities:
            self.update()

    def _text_width(self) -> float:
        s = self.style
        return s.column_width - 2 * s.card_padding - s.stripe_width

    def _fit(self) -> Fit:
        s = self.style
        return fitted(self.shown_label(), self._text_width(), s.card_font_px, False, s.font_family)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        s = self.style
        rect = self.boundingRect()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        status = self.card.status.value if self.card.status else None
        stripe = QColor(STATUS_COLORS[status]) if status else QColor(s.card_border)
        fill = status_fill(status, s)
        if lod < 0.22:  # too small to read: a plain block keeps huge maps smooth
            painter.fillRect(rect, fill)
            painter.fillRect(QRectF(0, 0, s.stripe_width * 2, rect.height()), stripe)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, lod > 0.5)
        path = QPainterPath()
        path.addRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.fillPath(path, fill)
        painter.save()
        painter.setClipPath(path)
        painter.fillRect(QRectF(0, 0, s.stripe_width, rect.height()), stripe)
        painter.restore()
        painter.setBrush(Qt.BrushStyle.NoBrush)  # the view does not save painter state between items
        if self.highlighted:
            painter.setPen(QPen(QColor(s.highlight), 5))
            painter.drawPath(path)
        border = QPen(QColor(s.selection if selected else s.card_border), 3 if selected else 1)
        if self.current:
            border = QPen(QColor("#E65100"), 4)
        painter.setPen(border)
        painter.drawPath(path)
        left = s.stripe_width + s.card_padding
        text_rect = QRectF(left, s.card_padding, self._text_width(), rect.height())
        fit = self._fit()
        painter.setPen(QColor(s.text))
        painter.setFont(s.font(fit.px))
        painter.drawText(text_rect, fit.text, WRAP_OPTION)
        self._paint_marks(painter, rect)

    def _paint_marks(self, painter: QPainter, rect: QRectF) -> None:
        s, card = self.style, self.card
        y = rect.height() - s.marks_height - 3
        x = s.stripe_width + s.card_padding
        painter.setFont(s.font(s.marks_font_px, bold=True))
        marks: list[tuple[str, str]] = []
        if card.moment_of_truth:
            marks.append(("★", "#C62828"))
        if card.quick_win:
            marks.append(("⚡", "#EF6C00"))
        count = self.opportunity_count() if card.opportunities else 0
        if count:
            marks.append((f"◆{count}", "#1565C0"))
        if card.gaps:
            marks.append((f"⚑{len(card.gaps)}", "#6A1B9A"))
        metrics = QFontMetricsF(painter.font())
        gap = 4
        needed = sum(metrics.horizontalAdvance(text) for text, _ in marks) + gap * len(marks)
        right = rect.width() - s.card_padding
        if card.owner:
            tag = initials(card.owner)
            width = metrics.horizontalAdvance(tag) + 8
            box = QRectF(right - width, y + 1, width, s.marks_height - 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#37474F"))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(QColor("#FFFFFF"))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), tag)
            right -= width + 4
        if card.votes > 0:
            right = self._paint_votes(painter, metrics, right, y) - 4
        d = s.marks_height * 0.45
        # the place dot is the least important mark: it gives way when the annotations need the room
        if card.location is not None and x + needed <= right - d - gap:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(LOCATION_COLORS[card.location.value]))
            painter.drawEllipse(QRectF(right - d, y + (s.marks_height - d) / 2, d, d))
        for text, color in marks:
            width = metrics.horizontalAdvance(text)
            if x + width > right:
                break
            painter.setPen(QColor(s.text if s.high_contrast else color))
            painter.drawText(
                QRectF(x, y, width + 2, s.marks_height), int(Qt.AlignmentFlag.AlignVCenter), text
            )
            x += width + gap

    def _paint_votes(self, painter: QPainter, metrics: QFontMetricsF, right: float, y: float) -> float:
        """The dot-vote badge: a filled dot (a pill from 10 on) with the count, ending at `right`;
        returns its left edge."""
        s = self.style
        tag = str(self.card.votes) if self.card.votes < 1000 else "999+"
        height = s.marks_height - 2
        width = max(height, metrics.horizontalAdvance(tag) + 8)
        box = QRectF(right - width, y + 1, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(VOTE_COLOR))
        painter.drawRoundedRect(box, height / 2, height / 2)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), tag)
        return box.left()

    def toolTip(self) -> str:
        """What the card says when hovered, written when it is asked for (JourneyScene.helpEvent):
        writing it for every card as a big map opens was a tenth of the time to open a 20,000-card map."""
        return self._summary()

    def _summary(self) -> str:
        card = self.card
        lines = [self.label()[:300]]
        status_names = {
            "green": QCoreApplication.translate("Card", "works well"),
            "yellow": QCoreApplication.translate("Card", "needs improvement"),
            "red": QCoreApplication.translate("Card", "critical"),
        }
        if card.status:
            lines.append(
                QCoreApplication.translate("Card", "Status: {0}").format(status_names[card.status.value])
            )
        if card.emotion is not None:
            lines.append(QCoreApplication.translate("Card", "Emotion: {0:+d}").format(card.emotion))
        if card.moment_of_truth:
            lines.append("★ " + QCoreApplication.translate("Card", "Moment of truth"))
        if card.quick_win:
            lines.append("⚡ " + QCoreApplication.translate("Card", "Quick win"))
        if card.owner:
            lines.append(QCoreApplication.translate("Card", "Owner: {0}").format(card.owner))
        count = self.opportunity_count() if card.opportunities else 0
        if count:
            lines.append("◆ " + QCoreApplication.translate("Card", "{0} POS opportunities").format(count))
        if card.gaps:
            lines.append(
                "⚑ " + QCoreApplication.translate("Card", "{0} competitor gaps").format(len(card.gaps))
            )
        if card.votes:
            lines.append("● " + QCoreApplication.translate("Card", "Votes: {0}").format(card.votes))
        if card.touchpoint is None:
            lines.append(QCoreApplication.translate("Card", "Custom touchpoint"))
        return "\n".join(line[:300] for line in lines)


class HeaderItem(QGraphicsItem):
    """Base of the stage band and phase header: a coloured box with a centred, wrapped label."""

    def __init__(self, model: Stage | Phase, style: CanvasStyle, language: str, color: str) -> None:
        super().__init__()
        self.model = model
        self.style = style
        self.language = language
        self.color = QColor(color)
        self.rect = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)

    @property
    def model_id(self) -> str:
        return self.model.id

    def label(self) -> str:
        """The label in the canvas language."""
        return self.model.label.text(self.language)

    def set_rect(self, rect: QRectF) -> None:
        """Place and size the header; the same place and size again repaints nothing."""
        set_item_rect(self, rect)

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint_pinned(self, painter: QPainter, rect: QRectF) -> None:
        """Paint the header into `rect` (scene units): pinned at the top of the view, or the part of
        a stage band that is on screen, its name centred in that part."""
        option = QStyleOptionGraphicsItem()
        if self.isSelected():
            option.state |= QStyle.StateFlag.State_Selected
        self._paint_box(painter, option, self.fill(), self.font_px(), rect)

    def fill(self) -> QColor:
        """The colour of the box."""
        raise NotImplementedError

    def font_px(self) -> int:
        """The size of the label."""
        raise NotImplementedError

    def paint(self, painter, option, widget=None) -> None:
        self._paint_box(painter, option, self.fill(), self.font_px(), self.rect)

    def _paint_box(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, fill: QColor, font_px: int, rect: QRectF
    ) -> None:
        s = self.style
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(rect.adjusted(1, 1, -1, -1), 6, 6)
        painter.fillPath(path, fill)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if selected or s.high_contrast:
            painter.setPen(QPen(QColor(s.selection if selected else "#000000"), 3 if selected else 1.5))
            painter.drawPath(path)
        box = rect.adjusted(6, 2, -6, -2)
        px, text = fitted_lines(" ".join(self.label().split()), box.width(), font_px, True, s.font_family, 3)
        painter.setPen(QColor(s.text))
        painter.setFont(s.font(px, bold=True))
        painter.drawText(box, text, CENTERED_OPTION)


class StageItem(HeaderItem):
    """The coloured band of a stage, spanning its phases."""

    def type(self) -> int:
        return STAGE_TYPE

    def fill(self) -> QColor:
        return QColor("#FFFFFF") if self.style.high_contrast else self.color

    def font_px(self) -> int:
        return self.style.stage_font_px


class PhaseItem(HeaderItem):
    """The header of a phase column."""

    def type(self) -> int:
        return PHASE_TYPE

    def fill(self) -> QColor:
        return QColor("#FFFFFF") if self.style.high_contrast else _tint(self.color, 0.55)

    def font_px(self) -> int:
        return self.style.phase_font_px


class ColumnItem(QGraphicsItem):
    """The background of a phase column: where cards are dropped and double-clicks add cards."""

    def __init__(self, phase: Phase, style: CanvasStyle) -> None:
        super().__init__()
        self.phase = phase
        self.style = style
        self.rect = QRectF()
        self.setZValue(-10)
        self.compact_cards: list[CardItem] = []  # drawn here, as blocks, when the map is zoomed far out
        self._batches = None  # the rectangles of those blocks, kept until the column changes
        self._merged: dict[int, tuple] = {}  # the same, neighbours merged, by how far out the map is

    def invalidate(self) -> None:
        """The cards of the column moved or changed: rebuild the blocks at the next paint."""
        self._batches = None
        self._merged = {}
        self.update()

    def type(self) -> int:
        return COLUMN_TYPE

    @property
    def phase_id(self) -> str:
        return self.phase.id

    def set_rect(self, rect: QRectF) -> None:
        """Place and size the column; the same place and size again repaints nothing."""
        set_item_rect(self, rect)

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter, option, widget=None) -> None:
        painter.setPen(QPen(QColor("#BDBDBD"), 1) if self.style.high_contrast else Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.style.column_fill))
        painter.drawRoundedRect(self.rect, 6, 6)
        if not self.compact_cards:
            return
        # thousands of cards at a glance: a few batched calls per column instead of one per card
        s = self.style
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        boxes, dimmed, stripes, hits, chosen = self._batches_at(lod)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(s.card_fill))
        painter.drawRects(boxes)
        # find hits and selected cards far out: the whole block in their colour, so they stand out
        for rects, color in ((hits, s.highlight), (chosen, s.selection)):
            if rects:
                painter.setBrush(QColor(color))
                painter.drawRects(rects)
        for status, rects in stripes.items():
            painter.setBrush(QColor(STATUS_COLORS[status]) if status else QColor(s.card_border))
            painter.drawRects(rects)
        if dimmed:
            painter.setBrush(QColor(s.column_fill))
            painter.setOpacity(0.7)
            painter.drawRects(dimmed)
            painter.setOpacity(1.0)

    def _batches_at(self, lod: float) -> tuple:
        """The blocks to draw at `lod` pixels per scene unit. So far out that the gaps between cards
        are under a pixel, neighbours in one batch are drawn as one rectangle: a 20,000-card map at
        fit is a few hundred rectangles a column shorter, and a pixel shows what it showed before."""
        if self._batches is None:
            self._batches = self._build_batches()
            self._merged = {}
        gap = MERGE_PX / max(lod, 1e-9)  # scene units that make less than MERGE_PX on screen
        if gap < self.style.card_spacing:
            return self._batches
        key = math.ceil(math.log2(gap))  # one merged set per doubling of the zoom
        merged = self._merged.get(key)
        if merged is None:
            boxes, dimmed, stripes, hits, chosen = self._batches
            tolerance = 2.0**key
            merged = self._merged[key] = (
                _merged_runs(boxes, tolerance),
                _merged_runs(dimmed, tolerance),
                {status: _merged_runs(rects, tolerance) for status, rects in stripes.items()},
                _merged_runs(hits, tolerance),
                _merged_runs(chosen, tolerance),
            )
        return merged

    def _build_batches(self):
        s, left, top = self.style, self.pos().x(), self.pos().y()
        boxes, dimmed, stripes, hits, chosen = [], [], {}, [], []
        selected = getattr(self.scene(), "selected_ids", ())
        for item in self.compact_cards:
            if item.shown or item.excluded:
                continue  # drawn by itself (picked or dragged), or filtered out
            box = QRectF(item.x_ - left, item.y_ - top, s.column_width, item.height())
            if item.card.id in selected:
                chosen.append(box)
            else:
                (hits if item.highlighted else dimmed if item.dimmed else boxes).append(box)
            stripe = QRectF(box.x(), box.y(), s.stripe_width * 3, box.height())
            stripes.setdefault(item.card.status.value if item.card.status else None, []).append(stripe)
        return boxes, dimmed, stripes, hits, chosen


class MarkerItem(QGraphicsItem):
    """The live insertion marker shown while dragging."""

    def __init__(self, style: CanvasStyle) -> None:
        super().__init__()
        self.style = style
        self.rect = QRectF()
        self.setZValue(50)
        self.hide()

    def show_at(self, rect: QRectF) -> None:
        """Show the marker over `rect` (scene coordinates)."""
        self.prepareGeometryChange()
        self.rect = QRectF(0, 0, rect.width(), rect.height())
        self.setPos(rect.topLeft())
        self.show()

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-4, -4, 4, 4)

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.style.marker))
        painter.drawRoundedRect(self.rect, 3, 3)
