"""What the inspector's choice fields offer, in the user's words, and how amounts are read and shown."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from ...domain.models import GapKind, Kpi, OpportunityStatus, Priority, Status, Threat

# traffic-light colours, readable on white and on a projector
STATUS_COLORS: dict[Status, str] = {Status.GREEN: "#2e9e4f", Status.YELLOW: "#e0a800", Status.RED: "#d93a3a"}
THREAT_COLORS: dict[Threat, str] = {Threat.LOW: "#8fa3b3", Threat.MEDIUM: "#e0a800", Threat.HIGH: "#d93a3a"}
MAX_AMOUNT = Decimal("999999999999.99")  # what the file's 14 digits with 2 decimals can hold


def _t(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def status_choices() -> list[tuple[str, Status | None]]:
    """Card status: the traffic light, or not assessed yet."""
    return [
        (_t("Not assessed"), None),
        (_t("Works well"), Status.GREEN),
        (_t("Needs improvement"), Status.YELLOW),
        (_t("Critical"), Status.RED),
    ]


def emotion_choices() -> list[tuple[str, int | None]]:
    """Shopper emotion from -2 to +2, or not assessed."""
    return [
        (_t("Not assessed"), None),
        (_t("−2  very negative"), -2),
        (_t("−1  negative"), -1),
        (_t("0  neutral"), 0),
        (_t("+1  positive"), 1),
        (_t("+2  very positive"), 2),
    ]


def priority_choices() -> list[tuple[str, Priority | None]]:
    """Opportunity priority, or none given."""
    return [
        (_t("—"), None),
        (_t("High"), Priority.HIGH),
        (_t("Medium"), Priority.MEDIUM),
        (_t("Low"), Priority.LOW),
    ]


def kpi_choices() -> list[tuple[str, Kpi | None]]:
    """The indicator an opportunity should move, or none given."""
    return [
        (_t("—"), None),
        (_t("Share of shelf"), Kpi.SHARE_OF_SHELF),
        (_t("Rotation"), Kpi.ROTATION),
        (_t("Promo ROI"), Kpi.PROMO_ROI),
        (_t("Sell-out"), Kpi.SELL_OUT),
        (_t("Visibility"), Kpi.VISIBILITY),
        (_t("Other"), Kpi.OTHER),
    ]


def opportunity_status_choices() -> list[tuple[str, OpportunityStatus]]:
    """Where an opportunity stands."""
    return [
        (_t("Idea"), OpportunityStatus.IDEA),
        (_t("Planned"), OpportunityStatus.PLANNED),
        (_t("Agreed with buyer"), OpportunityStatus.AGREED),
        (_t("In progress"), OpportunityStatus.IN_PROGRESS),
        (_t("Done"), OpportunityStatus.DONE),
        (_t("Dropped"), OpportunityStatus.DROPPED),
    ]


def gap_kind_choices() -> list[tuple[str, GapKind]]:
    """The three kinds of competitor gap."""
    return [
        (_t("Competitor captures attention"), GapKind.COMPETITOR_CAPTURES),
        (_t("White space: nobody uses it"), GapKind.WHITE_SPACE),
        (_t("We are absent, they are present"), GapKind.WE_ARE_ABSENT),
    ]


def gap_kind_tips() -> dict[GapKind, str]:
    """The gap kinds said in full, for tooltips."""
    return {
        GapKind.COMPETITOR_CAPTURES: _t("A competitor captures the shopper's attention at this touchpoint."),
        GapKind.WHITE_SPACE: _t("Nobody uses this touchpoint: white space we could take."),
        GapKind.WE_ARE_ABSENT: _t("We are absent here, but the competitor is present."),
    }


def gap_kind_short(kind: GapKind) -> str:
    """A few words for a gap kind, for one-line list entries."""
    return {
        GapKind.COMPETITOR_CAPTURES: _t("captures attention"),
        GapKind.WHITE_SPACE: _t("white space"),
        GapKind.WE_ARE_ABSENT: _t("we are absent"),
    }[kind]


def threat_choices() -> list[tuple[str, Threat]]:
    """How much a gap threatens sales."""
    return [(_t("Low"), Threat.LOW), (_t("Medium"), Threat.MEDIUM), (_t("High"), Threat.HIGH)]


def sales_periods() -> list[str]:
    """Named sales periods offered for an opportunity; any other text is fine too."""
    return [
        "Q1",
        "Q2",
        "Q3",
        "Q4",
        _t("Christmas"),
        _t("Easter"),
        _t("Back to school"),
        _t("Summer"),
        _t("Black Friday"),
        _t("Valentine's Day"),
        _t("Mother's Day"),
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
        raise AmountError(_t("Type an amount, for example 1500 or 1500,50.")) from None
    if not amount.is_finite():
        raise AmountError(_t("Type an amount, for example 1500 or 1500,50."))
    if amount < 0:
        raise AmountError(_t("The cost cannot be negative."))
    if amount.as_tuple().exponent < -2 and amount != amount.quantize(Decimal("0.01")):
        raise AmountError(_t("Use at most two decimal places."))
    if amount > MAX_AMOUNT:
        raise AmountError(_t("The amount is too large."))
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
