"""The legend of the canvas: status colours, marks and the colours of places."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..domain.frameworks import Location
from .canvas.style import LOCATION_COLORS, STATUS_COLORS
from .filter_bar import location_name


def swatch(color: str, text: str, *, round_: bool = False) -> str:
    radius = "border-radius:6px;" if round_ else ""
    return (
        f"<tr><td><div style='background:{color};{radius}'>&nbsp;&nbsp;&nbsp;&nbsp;</div></td>"
        f"<td>&nbsp;{text}</td></tr>"
    )


class Legend(QScrollArea):
    """What the colours and marks on the cards mean; it scrolls, so it never makes the window taller
    than a small laptop's screen."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # lupdate does not read inside f-strings, so the texts are looked up first
        status = self.tr("Status (the card's colour)")
        marks = self.tr("Marks")
        moment = self.tr("Moment of truth")
        quick_win = self.tr("Quick win")
        opportunities = self.tr("POS opportunities")
        gaps = self.tr("Competitor gaps")
        owner = self.tr("Owner initials")
        place = self.tr("Where it happens (dot)")
        rows = [
            f"<b>{status}</b>",
            "<table>",
            swatch(STATUS_COLORS["green"], self.tr("Works well")),
            swatch(STATUS_COLORS["yellow"], self.tr("Needs improvement")),
            swatch(STATUS_COLORS["red"], self.tr("Critical")),
            swatch("#C9CDD4", self.tr("Not assessed")),
            "</table><br>",
            f"<b>{marks}</b><table>",
            f"<tr><td style='color:#C62828'><b>★</b></td><td>&nbsp;{moment}</td></tr>",
            f"<tr><td style='color:#EF6C00'><b>⚡</b></td><td>&nbsp;{quick_win}</td></tr>",
            f"<tr><td style='color:#1565C0'><b>◆3</b></td><td>&nbsp;{opportunities}</td></tr>",
            f"<tr><td style='color:#6A1B9A'><b>⚑2</b></td><td>&nbsp;{gaps}</td></tr>",
            f"<tr><td style='background:#37474F;color:white'><b>AK</b></td><td>&nbsp;{owner}</td></tr>",
            "</table><br>",
            f"<b>{place}</b><table>",
            *(swatch(LOCATION_COLORS[loc.value], location_name(loc.value), round_=True) for loc in Location),
            "</table>",
        ]
        label = QLabel("".join(rows))
        label.setWordWrap(True)
        inside = QWidget()
        layout = QVBoxLayout(inside)
        layout.addWidget(label)
        layout.addStretch(1)
        self.setWidget(inside)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
