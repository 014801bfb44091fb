"""A card's status shows from the back of the room: the whole card is tinted, not a thin stripe."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from shoppermap.domain.labels import Label
from shoppermap.domain.models import Card, Status
from shoppermap.ui.canvas.items import CardItem
from shoppermap.ui.canvas.style import CanvasStyle


def painted(status: Status | None, style: CanvasStyle, scale: float) -> QImage:
    """The card painted at `scale` (0.45: a 92-card map fitted to a 1920 px projector)."""
    item = CardItem(Card(label=Label.same("Patrzę na cenówki"), status=status), style, "pl")
    rect = item.boundingRect()
    image = QImage(int(rect.width() * scale) + 2, int(rect.height() * scale) + 2, QImage.Format.Format_RGB32)
    image.fill(QColor(style.background))
    painter = QPainter(image)
    painter.scale(scale, scale)
    item.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    return image


def share_of(image: QImage, test) -> float:
    pixels = [QColor(image.pixel(x, y)) for x in range(image.width()) for y in range(image.height())]
    return sum(1 for p in pixels if test(p)) / len(pixels)


def most_common(image: QImage) -> QColor:
    counts = Counter(image.pixel(x, y) for x in range(image.width()) for y in range(image.height()))
    return QColor(counts.most_common(1)[0][0])


def reddish(c: QColor) -> bool:
    return c.red() - c.green() > 25 and c.red() - c.blue() > 25


@pytest.mark.parametrize(
    "style", [CanvasStyle(), CanvasStyle().contrasted()], ids=["normal", "high contrast"]
)
@pytest.mark.parametrize("scale", [0.45, 0.2])
def test_a_critical_card_is_red_over_most_of_its_area(qapp, style, scale):
    red = painted(Status.RED, style, scale)
    plain = painted(None, style, scale)
    assert share_of(red, reddish) > 0.6
    assert share_of(plain, reddish) < 0.02


def test_the_three_statuses_stay_apart_and_text_stays_dark_on_them(qapp):
    style = CanvasStyle()
    fills = {s: most_common(painted(s, style, 1.0)) for s in Status}
    assert len({f.name() for f in fills.values()}) == 3
    for fill in fills.values():  # dark text on a light tint: contrast well above WCAG's 4.5:1
        assert fill.lightness() > 180
