"""The calendar view: scrolls the weeks under a pinned header and turns drags of bars into edits.

A press on a bar grabs its start, its end or the whole bar; the bar follows the mouse day by day,
and the release makes one undoable edit through the gateway: new dates (out of any sales period),
or, dropped on a period's band in the header, that period. Alt+Left/Right moves the selected bars
by a week.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView

from ...domain import calendar_layout as cal
from ..commands import UpdateCommand, quoted
from ..seen_scene import catch_up_on_show
from .header import draw_group_titles, draw_header, draw_today, empty_period_tip
from .items import BarItem
from .scene import UNDATED_DAYS

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
EDGE_SCROLL, EDGE_STEP = 24, 12  # how near the edge a drag scrolls, and by how many pixels a move


@dataclass
class BarDrag:
    """A bar being dragged: which end (or all of it), where the press was and where the bar was."""

    item: BarItem
    zone: str  # "move", "start" or "end"
    press_x: float
    x: float
    width_days: int
    days: int = 0  # how far it has gone, in days
    moved: bool = False


class CalendarView(QGraphicsView):
    """Shows a CalendarScene; `editor` (the window's edit gateway) takes the edits a drag makes."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.editor = None
        self.drag: BarDrag | None = None
        self.drop_period: str | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("calendar-view")
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self._fresh = False  # a new scene is shown from its start once the view has its size

    def set_scene(self, scene) -> None:
        self.drag = None
        self.setScene(scene)
        if scene is not None:
            scene.laid_out.connect(self.viewport().update)
            self._fresh = True
            if self.isVisible():
                self.scroll_to_start()

    def scroll_to_start(self) -> None:
        """Show the first week and the first row."""
        self._fresh = False
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        catch_up_on_show(self)
        if self._fresh:
            self.scroll_to_start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fresh and self.isVisible():
            self.scroll_to_start()

    # --- painting ------------------------------------------------------------------------

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.viewport().update()  # the header and the group titles are pinned: not scrolled pixels

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        scene = self.scene()
        if scene is None:
            return
        corner = self.mapToScene(0, 0)
        draw_today(painter, scene, rect)
        draw_group_titles(painter, scene, rect, corner.x())
        top = corner.y()
        if rect.top() <= top + scene.geometry.header_height:
            draw_header(painter, scene, rect, top, drop_period=self.drop_period)

    # --- where things are ----------------------------------------------------------------

    def in_header(self, pos) -> bool:
        scene = self.scene()
        return scene is not None and pos.y() < scene.geometry.header_height

    def period_under(self, pos):
        """The sales period whose band is under a viewport point, if any."""
        scene = self.scene()
        if scene is None or not self.in_header(pos):
            return None
        g = scene.geometry
        lane = int((pos.y() - g.week_header) // g.lane_height)
        if lane < 0:
            return None
        return scene.period_at(g.day_at(self.mapToScene(pos).x()), lane)

    def bar_under(self, pos) -> BarItem | None:
        scene = self.scene()
        if scene is None or self.in_header(pos):
            return None
        return scene.bar_at(self.mapToScene(pos))

    # --- the mouse -----------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.scene() is None:
            super().mousePressEvent(event)
            return
        pos = event.position().toPoint()
        item = self.bar_under(pos)
        if item is None:
            if not self.in_header(pos):
                self.scene().select_ids([])
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            ids = set(self.scene().selected_ids()) ^ {item.opportunity_id}
            self.scene().select_ids(ids)
            return
        if not item.isSelected():
            self.scene().select_ids([item.opportunity_id])
        x = self.mapToScene(pos).x()
        zone = item.zone_at(x) if item.start is not None else "move"
        days = round(item.width / item.geometry.day_width)
        self.drag = BarDrag(item, zone, x, item.pos().x(), days)
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        pos = event.position().toPoint()
        drag = self.drag
        if drag is None:
            if not event.buttons():
                self._hover(pos)
            super().mouseMoveEvent(event)
            return
        item, g = drag.item, drag.item.geometry
        self._scroll_near_edge(pos)
        days = g.days_in(self.mapToScene(pos).x() - drag.press_x)
        if days != drag.days:
            drag.days, drag.moved = days, True
            if drag.zone == "move":
                item.set_extent(drag.x + days * g.day_width, drag.width_days)
            elif drag.zone == "start":
                days = min(days, drag.width_days - 1)
                item.set_extent(drag.x + days * g.day_width, drag.width_days - days)
            else:
                item.set_extent(drag.x, max(1, drag.width_days + days))
        period = self.period_under(pos)
        wanted = period.id if period is not None else None
        if wanted != self.drop_period:
            self.drop_period = wanted
            self.viewport().update(0, 0, self.viewport().width(), int(item.geometry.header_height) + 1)
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        drag, self.drag = self.drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        period = self.period_under(event.position().toPoint())
        if self.drop_period is not None:
            self.drop_period = None
            self.viewport().update()
        done = False
        if period is not None:
            done = self._edit(drag.item, cal.into_period(period), self._period_text(drag.item, period))
        elif drag.moved and drag.days:
            done = self._edit(drag.item, *self._dragged(drag))
        if not done:
            self._put_back(drag.item)
        event.accept()

    def _scroll_near_edge(self, pos) -> None:
        """A bar dragged to the view's left or right edge scrolls the weeks on, a step per mouse-move."""
        bar, width = self.horizontalScrollBar(), self.viewport().width()
        if pos.x() < EDGE_SCROLL:
            bar.setValue(bar.value() - EDGE_STEP)
        elif pos.x() > width - EDGE_SCROLL:
            bar.setValue(bar.value() + EDGE_STEP)

    def _hover(self, pos) -> None:
        item = self.bar_under(pos)
        if item is not None and item.start is not None and item.zone_at(self.mapToScene(pos).x()) != "move":
            self.viewport().setCursor(Qt.CursorShape.SizeHorCursor)
        elif item is not None:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().unsetCursor()
            self.viewport().setToolTip(self._period_tip(self.period_under(pos)))

    def _period_tip(self, period) -> str:
        if period is None:
            return ""
        scene = self.scene()
        lines = [period.name.text(scene.language), f"{period.start.isoformat()} – {period.end.isoformat()}"]
        if period.id in scene.warnings.empty_periods:
            lines.append(empty_period_tip(scene, period))
        return "\n".join(lines)

    # --- edits ---------------------------------------------------------------------------

    def _dragged(self, drag: BarDrag) -> tuple[dict, str]:
        scene, item = self.scene(), drag.item
        opportunity = scene.document.get(item.opportunity_id)
        name = quoted(item.label)
        if item.start is None:  # an undated chip: it gets its own dates where it was dropped
            monday = cal.monday_of(item.geometry.day_at(item.pos().x() + item.geometry.day_width / 2))
            return cal.placed(monday), translate("Calendar", "Give {0} dates").format(name)
        delta = dt.timedelta(days=drag.days)
        if drag.zone == "start":
            fields = cal.resized(scene.document, opportunity, start=item.start + delta)
            return fields, translate("Calendar", "Change the start of {0}").format(name)
        if drag.zone == "end":
            fields = cal.resized(scene.document, opportunity, end=item.end + delta)
            return fields, translate("Calendar", "Change the end of {0}").format(name)
        return cal.moved(scene.document, opportunity, drag.days), translate(
            "Calendar", "Move {0} in time"
        ).format(name)

    def _period_text(self, item: BarItem, period) -> str:
        return translate("Calendar", "Put {0} in {1}").format(
            quoted(item.label), quoted(period.name.text(self.scene().language))
        )

    def _edit(self, item: BarItem, fields: dict, text: str) -> bool:
        if self.editor is None or not fields:
            return False
        command = UpdateCommand(self.scene().document, item.opportunity_id, fields, text)
        return self.editor.apply([command], text=text)

    def _put_back(self, item: BarItem) -> None:
        if item.start is not None:
            item.set_span(item.start, item.end)
        else:
            item.set_extent(0, UNDATED_DAYS)

    def move_selected(self, weeks: int) -> bool:
        """Move the selected dated bars by whole weeks, as one undoable edit."""
        scene = self.scene()
        if scene is None or self.editor is None:
            return False
        commands = []
        for opportunity_id in scene.selected_ids():
            opportunity = scene.document.get(opportunity_id)
            fields = cal.moved(scene.document, opportunity, 7 * weeks)
            if fields:
                commands.append(UpdateCommand(scene.document, opportunity_id, fields, ""))
        if not commands:
            return False
        if len(commands) == 1:
            label = quoted(scene.bars[commands[0].obj_id].label)
            text = translate("Calendar", "Move {0} in time").format(label)
        else:
            text = translate("Calendar", "Move {0} actions in time").format(len(commands))
        return self.editor.apply(commands, text=text)

    def keyPressEvent(self, event) -> None:
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.move_selected(-1 if event.key() == Qt.Key.Key_Left else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def scene_point_of_day(self, item: BarItem, day: dt.date) -> QPointF:
        """The scene point in the middle of a day in a bar's row (for tests)."""
        g = item.geometry
        return QPointF(g.x_of(day) + g.day_width / 2, item.pos().y() + g.bar_height / 2)
