"""What the inspector's own choice fields offer, in the user's words (the plan's are in ui/vocabulary.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from ...domain.models import GapKind, Status, Threat
from ..canvas.style import STATUS_COLORS as CANVAS_STATUS_COLORS

# the canvas's traffic-light colours, so a status looks the same in the inspector as on the card
STATUS_COLORS: dict[Status, str] = {status: CANVAS_STATUS_COLORS[status.value] for status in Status}
THREAT_COLORS: dict[Threat, str] = {
    Threat.LOW: "#8fa3b3",
    Threat.MEDIUM: CANVAS_STATUS_COLORS["yellow"],
    Threat.HIGH: CANVAS_STATUS_COLORS["red"],
}


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
