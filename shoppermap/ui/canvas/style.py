"""Sizes, fonts and colours of the canvas, in scene units; tuned for a projector at fit-to-window."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QColor, QFont

STATUS_COLORS = {"green": "#2E9E5B", "yellow": "#E8B425", "red": "#D64541"}
LOCATION_COLORS = {
    "at_home": "#7E57C2",
    "on_the_way": "#1E88E5",
    "store_entrance": "#00897B",
    "aisle": "#F4511E",
    "checkout": "#C2185B",
    "after_visit": "#6D4C41",
    "online": "#546E7A",
}


@dataclass(frozen=True)
class CanvasStyle:
    """Everything the canvas needs to draw; `scaled` makes the larger type of presentation mode."""

    column_width: float = 132.0
    column_gap: float = 8.0
    margin: float = 12.0
    card_padding: float = 7.0
    card_spacing: float = 7.0
    card_min_height: float = 64.0
    stripe_width: float = 9.0
    marks_height: float = 22.0
    stage_height: float = 40.0
    phase_height: float = 76.0
    column_bottom: float = 60.0  # room under the last card to drop or double-click
    card_font_px: int = 17
    phase_font_px: int = 15
    stage_font_px: int = 21
    marks_font_px: int = 16
    font_family: str = ""
    background: str = "#F4F5F7"
    column_fill: str = "#E9EBEF"
    card_fill: str = "#FFFFFF"
    card_border: str = "#C9CDD4"
    text: str = "#1F2328"
    muted: str = "#5B6270"
    selection: str = "#1565C0"
    marker: str = "#1565C0"
    highlight: str = "#FFD54F"
    high_contrast: bool = False

    def font(self, px: float, *, bold: bool = False) -> QFont:
        """A font of `px` scene pixels (pixel sizes keep the layout identical on every screen)."""
        font = QFont(self.font_family) if self.font_family else QFont()
        font.setPixelSize(max(1, round(px)))
        font.setBold(bold)
        return font

    def color(self, value: str) -> QColor:
        """A QColor from a hex string."""
        return QColor(value)

    def scaled(self, factor: float) -> CanvasStyle:
        """The same style with type and cards larger by `factor` (presentation mode)."""
        return replace(
            self,
            column_width=self.column_width * factor,
            card_font_px=round(self.card_font_px * factor),
            phase_font_px=round(self.phase_font_px * factor),
            stage_font_px=round(self.stage_font_px * factor),
            marks_font_px=round(self.marks_font_px * factor),
            card_min_height=self.card_min_height * factor,
            marks_height=self.marks_height * factor,
            stage_height=self.stage_height * factor,
            phase_height=self.phase_height * factor,
        )

    def contrasted(self) -> CanvasStyle:
        """The high-contrast theme: black on white, strong borders, for washed-out projectors."""
        return replace(
            self,
            background="#FFFFFF",
            column_fill="#FFFFFF",
            card_fill="#FFFFFF",
            card_border="#000000",
            text="#000000",
            muted="#000000",
            selection="#0033CC",
            marker="#0033CC",
            stripe_width=self.stripe_width * 1.5,
            high_contrast=True,
        )
