"""What the inspector's choice fields offer, in the user's words, and how amounts are read and shown."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from ...domain.models import GapKind, Kpi, OpportunityStatus, Priority, Status, Threat
from ..canvas.style import STATUS_COLORS as CANVAS_STATUS_COLORS

# the canvas's traffic-light colours, so a status looks the same in the inspector as on the card
STATUS_COLORS: dict[Status, str] = {status: CANVAS_STATUS_COLORS[status.value] for status in Status}
THREAT_COLORS: dict[Threat, str] = {
    Threat.LOW: "#8fa3b3",
    Threat.MEDIUM: CANVAS_STATUS_COLORS["yellow"],
    Threat.HIGH: CANVAS_STATUS_COLORS["red"],
}
MAX_AMOUNT = Decimal("999999999999.99")  # what the file's 14 digits with 2 decimals can hold


translate = QCoreApplication.translate


def status_choices() -> list[tuple[str, Status | None]]:
    """Card status: the traffic light, or not assessed yet."""
    return [
        (translate("Inspector", "Not assessed"), None),
        (translate("Inspector", "Works well"), Status.GREEN),
        (translate("Inspector", "Needs improvement"), Status.YELLOW),
        (translate("Inspector", "Critical"), Status.RED),
    ]


def emotion_choices() -> list[tuple[str, int | None]]:
    """Shopper emotion from -2 to +2, or not assessed."""
    return [
        (translate("Inspector", "Not assessed"), None),
        (translate("Inspector", "−2  very negative"), -2),
        (translate("Inspector", "−1  negative"), -1),
        (translate("Inspector", "0  neutral"), 0),
        (translate("Inspector", "+1  positive"), 1),
        (translate("Inspector", "+2  very positive"), 2),
    ]


def priority_choices() -> list[tuple[str, Priority | None]]:
    """Opportunity priority, or none given."""
    return [
        (translate("Inspector", "—"), None),
        (translate("Inspector", "High"), Priority.HIGH),
        (translate("Inspector", "Medium"), Priority.MEDIUM),
        (translate("Inspector", "Low"), Priority.LOW),
    ]


def kpi_choices() -> list[tuple[str, Kpi | None]]:
    """The indicator an opportunity should move, or none given."""
    return [
        (translate("Inspector", "—"), None),
        (translate("Inspector", "Share of shelf"), Kpi.SHARE_OF_SHELF),
        (translate("Inspector", "Rotation"), Kpi.ROTATION),
        (translate("Inspector", "Promo ROI"), Kpi.PROMO_ROI),
        (translate("Inspector", "Sell-out"), Kpi.SELL_OUT),
        (translate("Inspector", "Visibility"), Kpi.VISIBILITY),
        (translate("Inspector", "Other"), Kpi.OTHER),
    ]


def opportunity_status_choices() -> list[tuple[str, OpportunityStatus]]:
    """Where an opportunity stands."""
    return [
        (translate("Inspector", "Idea"), OpportunityStatus.IDEA),
        (translate("Inspector", "Planned"), OpportunityStatus.PLANNED),
        (translate("Inspector", "Agreed with buyer"), OpportunityStatus.AGREED),
        (translate("Inspector", "In progress"), OpportunityStatus.IN_PROGRESS),
        (translate("Inspector", "Done"), OpportunityStatus.DONE),
        (translate("Inspector", "Dropped"), OpportunityStatus.DROPPED),
    ]


def gap_kind_choices() -> list[tuple[str, GapKind]]:
    """The three kinds of competitor gap."""
    return [
        (translate("Inspector", "Competitor captures attention"), GapKind.COMPETITOR_CAPTURES),
        (translate("Inspector", "White space: nobody uses it"), GapKind.WHITE_SPACE),
        (translate("Inspector", "We are absent, they are present"), GapKind.WE_ARE_ABSENT),
    ]


def gap_kind_tips() -> dict[GapKind, str]:
    """The gap kinds said in full, for tooltips."""
    return {
        GapKind.COMPETITOR_CAPTURES: translate(
            "Inspector", "A competitor captures the shopper's attention at this touchpoint."
        ),
        GapKind.WHITE_SPACE: translate(
            "Inspector", "Nobody uses this touchpoint: white space we could take."
        ),
        GapKind.WE_ARE_ABSENT: translate("Inspector", "We are absent here, but the competitor is present."),
    }


def gap_kind_short(kind: GapKind) -> str:
    """A few words for a gap kind, for one-line list entries."""
    return {
        GapKind.COMPETITOR_CAPTURES: translate("Inspector", "captures attention"),
        GapKind.WHITE_SPACE: translate("Inspector", "white space"),
        GapKind.WE_ARE_ABSENT: translate("Inspector", "we are absent"),
    }[kind]


def threat_choices() -> list[tuple[str, Threat]]:
    """How much a gap threatens sales."""
    return [
        (translate("Inspector", "Low"), Threat.LOW),
        (translate("Inspector", "Medium"), Threat.MEDIUM),
        (translate("Inspector", "High"), Threat.HIGH),
    ]


def sales_periods() -> list[str]:
    """Named sales periods offered for an opportunity; any other text is fine too."""
    return [
        "Q1",
        "Q2",
        "Q3",
        "Q4",
        translate("Inspector", "Christmas"),
        translate("Inspector", "Easter"),
        translate("Inspector", "Back to school"),
        translate("Inspector", "Summer"),
        translate("Inspector", "Black Friday"),
        translate("Inspector", "Valentine's Day"),
        translate("Inspector", "Mother's Day"),
    ]


def name_of(choices: list[tuple[str, object]], value: object) -> str:
    """The display name of `value` among `choices`."""
    return next((text for text, data in choices if data == value), str(value))


def swatch(color: str | None, *, size: int = 12) -> QIcon:
    """A small filled square in `color`; an outlined one for 'none'."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#7a7a7a") if color is None else QColor(color).darker(130))
    painter.setBrush(Qt.BrushStyle.NoBrush if color is None else QColor(color))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 2, 2)
    painter.end()
    return QIcon(pixmap)


class AmountError(ValueError):
    """Text that is not an acceptable amount; the message is for the user."""


_SPACES = re.compile(r"[\s\u00a0\u202f']")
_CURRENCY = re.compile(r"^(?:[A-Z]{3}|zł|€|\$|£)|(?:[A-Z]{3}|zł|€|\$|£)$")


def parse_amount(text: str) -> Decimal | None:
    """Read an amount as people type it: '1500', '1 500,50', '1,500.50', '2500 PLN'; '' is no amount."""
    s = _SPACES.sub("", text).strip()
    s = _CURRENCY.sub("", s)  # a currency written before or after the number
    if not s:
        return None
    if "," in s and "." in s:
        decimal_mark = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if decimal_mark == "," else ",", "").replace(decimal_mark, ".")
    elif s.count(",") == 1:
        s = s.replace(",", ".")
    elif s.count(",") > 1 or s.count(".") > 1:
        s = s.replace(",", "").replace(".", "")
    try:
        amount = Decimal(s)
    except InvalidOperation:
        raise AmountError(translate("Inspector", "Type an amount, for example 1500 or 1500,50.")) from None
    if not amount.is_finite():
        raise AmountError(translate("Inspector", "Type an amount, for example 1500 or 1500,50."))
    if amount < 0:
        raise AmountError(translate("Inspector", "The cost cannot be negative."))
    if amount.as_tuple().exponent < -2 and amount != amount.quantize(Decimal("0.01")):
        raise AmountError(translate("Inspector", "Use at most two decimal places."))
    if amount > MAX_AMOUNT:
        raise AmountError(translate("Inspector", "The amount is too large."))
    whole = amount == amount.to_integral_value()
    return abs(amount.quantize(Decimal("1") if whole else Decimal("0.01")))


def format_amount(amount: Decimal | None, *, grouped: bool = False) -> str:
    """An amount as shown to people: '1500' or '1500.50'; with `grouped`, '1 500.50'."""
    if amount is None:
        return ""
    whole = amount == amount.to_integral_value()
    pattern = "{:,.0f}" if whole else "{:,.2f}"
    text = pattern.format(amount)
    return text.replace(",", "\u202f") if grouped else text.replace(",", "")
