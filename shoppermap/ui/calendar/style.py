"""The calendar's geometry and colours: where a day is, how tall a row is, what a status looks like."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtGui import QColor

from ...domain.models import OpportunityStatus

S = OpportunityStatus
# from grey (only an idea) through blue to green (done); dropped fades out
STATUS_FILL = {
    S.IDEA: "#9AA5B1",
    S.PLANNED: "#4A90D9",
    S.AGREED: "#2F6FB3",
    S.IN_PROGRESS: "#E8A33D",
    S.DONE: "#2E9E5B",
    S.DROPPED: "#D5D9DE",
}
DARK_TEXT = {S.IN_PROGRESS, S.DROPPED, S.IDEA}  # light fills need dark text
PERIOD_FILL = {"holiday": "#F4D9A6", "retailer": "#C9DDF2", "own": "#DCCFEA"}
WARNING = QColor("#D64541")
TODAY = QColor("#D64541")
GRID = QColor("#E3E6EA")
MONTH_LINE = QColor("#B8BEC6")
HEADER_FILL = QColor("#F6F7F9")
GROUP_FILL = QColor("#EEF1F4")
TEXT = QColor("#1F2933")
MUTED_TEXT = QColor("#5F6B7A")


@dataclass(frozen=True)
class CalendarGeometry:
    """Where the days and rows of one calendar are: the range's first Monday is x = 0."""

    first_monday: dt.date
    week_count: int
    week_width: float = 84.0
    row_height: float = 22.0
    bar_height: float = 16.0
    group_height: float = 22.0
    week_header: float = 36.0
    lane_height: float = 18.0
    lanes: int = 0  # period lanes under the week header
    edge: float = 5.0  # how near a bar's end a press grabs that end

    @property
    def day_width(self) -> float:
        return self.week_width / 7

    @property
    def width(self) -> float:
        return self.week_count * self.week_width

    @property
    def header_height(self) -> float:
        """The week header and the period bands, pinned to the top of the view."""
        return self.week_header + max(1, self.lanes) * self.lane_height + 4

    def x_of(self, day: dt.date) -> float:
        """The left edge of a day."""
        return (day - self.first_monday).days * self.day_width

    def day_at(self, x: float) -> dt.date:
        """The day under an x."""
        return self.first_monday + dt.timedelta(days=int(x // self.day_width))

    def days_in(self, dx: float) -> int:
        """The whole days a horizontal distance comes to (rounded, as a hand drags)."""
        return round(dx / self.day_width)

    def lane_top(self, lane: int) -> float:
        """The top of a period lane, from the top of the header."""
        return self.week_header + lane * self.lane_height

    @property
    def last_day(self) -> dt.date:
        return self.first_monday + dt.timedelta(days=7 * self.week_count - 1)
