"""The calendar scene: a bar per action in rows grouped by the switch, following the document's change-sets.

The scene mirrors the document and never writes to it. A change of an action's dates, status or
label moves or repaints its bar only; a change that may move rows (a card hidden, a period's dates,
an action's retailer) lays the calendar out again.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QRectF, QTimer, Signal

from ...domain import calendar_layout as cal
from ...domain.changes import Changed, ChangeSet, Kind
from ...domain.document import Document
from ...domain.models import Card, Opportunity, Period
from ..seen_scene import SeenScene
from ..vocabulary import name_of, opportunity_status_choices
from .header import draw_grid
from .items import BarItem
from .style import CalendarGeometry

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

# the action's fields the rows depend on (its group, or whether the filter lets it in)
ROW_FIELDS = frozenset({"retailer", "owner", "pos_tool", "scenarios"})
FOLLOWED = (Kind.OPPORTUNITY, Kind.CARD, Kind.PERIOD, Kind.STAGE, Kind.PHASE, Kind.JOURNEY)
UNDATED_DAYS = 14  # how wide an undated action's chip is, to be dragged into the weeks


class Row:
    """A heading row of the calendar: a group's title, or the undated actions'."""

    def __init__(self, y: float, title: str, *, undated: bool = False) -> None:
        self.y, self.title, self.undated = y, title, undated


class CalendarScene(SeenScene):
    """Every action of the workshop over the chosen weeks; `bars` maps action ids to their bars.

    `laid_out` is emitted after each full layout (the view pins its header to the new geometry).
    """

    laid_out = Signal()

    def __init__(
        self,
        document: Document,
        *,
        language: str,
        pos_tools=None,
        first: dt.date,
        last: dt.date,
        group_by: cal.GroupBy = cal.GroupBy.RETAILER,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.language = language
        self.tool_names = {t.id: t.label.text(language) for t in pos_tools.tools} if pos_tools else {}
        self.first, self.last = first, last
        self.group_by = cal.GroupBy(group_by)
        self.include: cal.Include | None = None  # which actions the calendar shows at all
        self.highlight: cal.Include | None = None  # the others are dimmed (the filter's highlight mode)
        self.retailer: str | None = None  # the retailer whose empty periods are warned of
        self.bars: dict[str, BarItem] = {}
        self.rows: list[Row] = []
        self.periods: list[tuple[Period, int]] = []
        self.warnings = cal.Warnings()
        self.geometry = self._geometry(0)
        self.today = dt.date.today()
        self._warnings_timer = QTimer(self)
        self._warnings_timer.setSingleShot(True)
        self._warnings_timer.setInterval(0)
        self._warnings_timer.timeout.connect(self.update_warnings)
        self.rebuild()
        document.changes.connect(self._on_changes, kinds=FOLLOWED)

    def detach(self) -> None:
        """Stop following the document (the calendar closes or shows another workshop)."""
        self.document.changes.disconnect(self._on_changes)

    # --- choices -------------------------------------------------------------------------

    def set_range(self, first: dt.date, last: dt.date) -> None:
        if (first, last) != (self.first, self.last):
            self.first, self.last = first, last
            self.rebuild()

    def set_group_by(self, group_by: cal.GroupBy) -> None:
        if group_by != self.group_by:
            self.group_by = cal.GroupBy(group_by)
            self.rebuild()

    def set_filter(
        self,
        include: cal.Include | None,
        *,
        highlight: cal.Include | None = None,
        retailer: str | None = None,
    ) -> None:
        """Show only what `include` lets in, dim what `highlight` leaves out, warn for `retailer`."""
        self.include, self.highlight, self.retailer = include, highlight, retailer
        self.rebuild_when_seen()

    # --- layout --------------------------------------------------------------------------

    def _geometry(self, lanes: int) -> CalendarGeometry:
        monday = cal.monday_of(self.first)
        return CalendarGeometry(monday, len(cal.weeks(self.first, self.last)), lanes=lanes)

    def rebuild(self) -> None:
        """Lay the whole calendar out again from the document."""
        selected = set(self.selected_ids())
        laid = cal.layout(self.document, group_by=self.group_by, include=self.include)
        self.periods = cal.period_lanes(self.document.workshop.periods, self.first, self.last)
        lanes = max((lane for _, lane in self.periods), default=-1) + 1
        self.geometry = g = self._geometry(lanes)
        self._warnings_timer.stop()
        self.warnings = cal.warnings(self.document, retailer=self.retailer)
        old = self.bars
        self.bars, self.rows = {}, []
        y = 0.0
        blocked = self.blockSignals(True)  # one selection announcement, if any, after the layout
        try:
            for group in laid.groups:
                self.rows.append(Row(y, self._group_title(group)))
                y += g.group_height
                for entry in group.entries:
                    self._place(old.pop(entry.id, None), entry, y)
                    y += g.row_height
            if laid.undated:
                self.rows.append(Row(y, translate("Calendar", "Undated"), undated=True))
                y += g.group_height
                for entry in laid.undated:
                    self._place(old.pop(entry.id, None), entry, y)
                    y += g.row_height
            for item in old.values():
                self.removeItem(item)
            for opportunity_id, item in self.bars.items():
                item.setSelected(opportunity_id in selected)
        finally:
            self.blockSignals(blocked)
        self.content_height = y
        self.setSceneRect(QRectF(0, -g.header_height, g.width, g.header_height + max(y, g.row_height) + 8))
        if selected != set(self.selected_ids()):
            self.selectionChanged.emit()
        self.laid_out.emit()
        self.update()

    def _place(self, item: BarItem | None, entry: cal.Entry, y: float) -> None:
        if item is None:
            item = BarItem(entry.id, entry.card.id, self.geometry)
            self.addItem(item)
        elif item.geometry is not self.geometry:
            item.prepareGeometryChange()
            item.geometry = self.geometry
        self.bars[entry.id] = item
        item.card_id = entry.card.id
        self._present(item, entry.opportunity, entry.card)
        if entry.dated:
            item.set_span(entry.start, entry.end)
        else:
            item.start = item.end = None
            item.set_extent(0, UNDATED_DAYS)
        item.set_row(y)
        highlight = self.highlight
        item.set_dimmed(highlight is not None and not highlight(entry.card, entry.opportunity))

    def _present(self, item: BarItem, opportunity: Opportunity, card: Card) -> None:
        tool = self.tool_names.get(opportunity.pos_tool, opportunity.pos_tool)
        touchpoint = card.label.text(self.language)
        label = f"{tool} · {touchpoint}" if tool else touchpoint
        item.show_action(
            label=label,
            status=opportunity.status,
            tooltip=self._tooltip(opportunity, label),
            clash=opportunity.id in self.warnings.clashing,
        )

    def _tooltip(self, opportunity: Opportunity, label: str) -> str:
        lines = [label]
        description = opportunity.description.strip().partition("\n")[0]
        if description:
            lines.append(description)
        start, end = self.document.opportunity_dates(opportunity)
        if start and end:
            lines.append(f"{start.isoformat()} – {end.isoformat()}")
        period = self.document.period_of(opportunity)
        if period is not None:
            lines.append(translate("Calendar", "Sales period: {0}").format(period.name.text(self.language)))
        lines.append(name_of(opportunity_status_choices(), opportunity.status))
        other = self.warnings.clashes.get(opportunity.id) or next(
            (a for a, b in self.warnings.clashes.items() if b == opportunity.id), None
        )
        if other is not None:
            lines.append(
                translate("Calendar", "⚠ The same POS tool at this touchpoint and retailer overlaps in time.")
            )
        return "\n".join(lines)

    def _group_title(self, group: cal.Group) -> str:
        if group.label is not None:
            stage = group.label.text(self.language)
            many = len(self.document.workshop.journeys) > 1
            return f"{group.journey} · {stage}" if many and group.journey else stage
        if group.value:
            if self.group_by is cal.GroupBy.POS_TOOL:
                return self.tool_names.get(group.value, group.value)
            return group.value
        return {
            cal.GroupBy.RETAILER: translate("Calendar", "(no retailer)"),
            cal.GroupBy.OWNER: translate("Calendar", "(no owner)"),
            cal.GroupBy.POS_TOOL: translate("Calendar", "(no POS tool)"),
        }[self.group_by]

    # --- following the document ----------------------------------------------------------

    def _on_changes(self, changes: ChangeSet) -> None:
        if self.stale or not self.seen():
            self.stale = True  # laid out again, whole, when the calendar is shown
            return
        if not self._bars_only(changes):
            self.rebuild()
            return
        touched = {e.obj_id for e in changes.entries if e.kind == Kind.OPPORTUNITY}
        touched |= {
            o.id
            for e in changes.entries
            if e.kind == Kind.CARD
            for o in self.document.get(e.obj_id).opportunities
        }
        self._refresh_bars(touched)
        # the plan check reads the whole workshop: after the drop is painted, once per turn of the loop
        self._warnings_timer.start()

    def _refresh_bars(self, opportunity_ids: Iterable[str]) -> None:
        for opportunity_id in opportunity_ids:
            item = self.bars.get(opportunity_id)
            opportunity = self.document.find(opportunity_id)
            if item is None or opportunity is None:
                continue
            self._present(item, opportunity, self.document.get(item.card_id))
            start, end = self.document.opportunity_dates(opportunity)
            if start is not None and end is not None:
                item.set_span(start, end)

    def update_warnings(self) -> None:
        """Check the plan again and mark the bars and bands whose warnings changed."""
        self._warnings_timer.stop()
        before = self.warnings
        self.warnings = cal.warnings(self.document, retailer=self.retailer)
        self._refresh_bars(before.clashing ^ self.warnings.clashing)
        if before.empty_periods != self.warnings.empty_periods:
            g = self.geometry
            self.update(QRectF(0, -g.header_height, g.width, g.header_height))

    def _bars_only(self, changes: ChangeSet) -> bool:
        """True when the edit changed what bars show or where they run, but no row."""
        for entry in changes.entries:
            if not isinstance(entry, Changed):
                return False
            if entry.kind == Kind.CARD:
                if set(entry.fields) - {"label", "notes", "expectations", "experience", "status", "emotion"}:
                    return False
                continue
            if entry.kind != Kind.OPPORTUNITY or ROW_FIELDS & set(entry.fields):
                return False
            item = self.bars.get(entry.obj_id)
            opportunity = self.document.find(entry.obj_id)
            if item is None or opportunity is None:
                return False
            dated = None not in self.document.opportunity_dates(opportunity)
            if dated != (item.start is not None):
                return False  # it goes to or from the undated rows
        return True

    def drawBackground(self, painter, rect) -> None:
        draw_grid(painter, self, rect)

    # --- reading -------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """The selected actions' ids."""
        return [i.opportunity_id for i in self.selectedItems() if isinstance(i, BarItem)]

    def select_ids(self, opportunity_ids: Iterable[str]) -> None:
        """Select these actions' bars (only these), announcing it once."""
        wanted = set(opportunity_ids)
        blocked = self.blockSignals(True)
        try:
            for opportunity_id, item in self.bars.items():
                item.setSelected(opportunity_id in wanted)
        finally:
            self.blockSignals(blocked)
        self.selectionChanged.emit()

    def bar_at(self, point, *, skip: BarItem | None = None) -> BarItem | None:
        """The bar under a scene point (its label outside it does not count)."""
        for item in self.items(point):
            if (
                isinstance(item, BarItem)
                and item is not skip
                and item.bar_rect().contains(item.mapFromScene(point))
            ):
                return item
        return None

    def period_at(self, day: dt.date, lane: int) -> Period | None:
        """The period band of a lane that holds a day."""
        return next((p for p, at in self.periods if at == lane and p.start <= day <= p.end), None)

    def entries_matching(self, test: Callable[[Card, Opportunity], bool]) -> list[str]:
        """The ids of the shown actions that pass a test (for tests and the plan)."""
        doc = self.document
        return [i for i, item in self.bars.items() if test(doc.get(item.card_id), doc.get(i))]
