"""The calendar dock with real mouse events on its viewport: move, resize both ends, drop on a period,
undo and redo, and the dates read back from the workshop file."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from shoppermap.domain.document import Kind
from shoppermap.domain.labels import Label
from shoppermap.domain.models import Opportunity, OpportunityStatus, Period, PeriodKind, Scenario
from shoppermap.storage import WorkshopFile
from shoppermap.ui.calendar.header import paint_calendar
from shoppermap.ui.calendar.plan_sync import plan_selected_ids
from shoppermap.ui.commands import UpdateCommand

from .mouse import NONE, click, drag, send

D = dt.date
EASTER = Period(
    id="easter", name=Label.same("Easter"), start=D(2026, 3, 30), end=D(2026, 4, 5), kind=PeriodKind.HOLIDAY
)
MAY = Period(id="may", name=Label.same("May weekend"), start=D(2026, 5, 1), end=D(2026, 5, 3))


def stored(path, opportunity_id: str) -> tuple:
    """(period, start, end) of an action as the file holds it, read with a fresh connection."""
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    for journey in workshop.journeys:
        for stage in journey.stages:
            for phase in stage.phases:
                for card in phase.cards:
                    for o in card.opportunities:
                        if o.id == opportunity_id:
                            return o.period, o.start, o.end
    raise KeyError(opportunity_id)


@pytest.fixture
def calendar(window):
    """The calendar of a workshop with two periods and three actions on the first card, over 2026."""
    doc = window.document
    for index, period in enumerate((EASTER, MAY)):
        doc.insert(Kind.PERIOD, None, index, period)
    card = window.document.workshop.journeys[0].stages[0].phases[0].cards[0]
    actions = [
        Opportunity(id="own", pos_tool="wobbler", retailer="Auchan", start=D(2026, 3, 2), end=D(2026, 3, 15)),
        Opportunity(id="in-easter", pos_tool="leaflet", retailer="Auchan", period="easter"),
        Opportunity(id="also-easter", pos_tool="stopper", retailer="Lidl", period="easter"),
        Opportunity(id="undated", pos_tool="floor-sticker", retailer="Lidl"),
    ]
    for index, action in enumerate(actions):
        doc.insert(Kind.OPPORTUNITY, card.id, index, action)
    widget = window.calendar
    widget.first.setDate(QDate(2026, 1, 1))
    widget.last.setDate(QDate(2026, 12, 31))
    dock = window.calendar_dock
    dock.setFloating(True)
    dock.show()
    dock.resize(1300, 560)
    QApplication.processEvents()
    widget.view.scroll_to_start()
    return widget


def bar(calendar, opportunity_id):
    return calendar.scene.bars[opportunity_id]


def middle(item) -> QPointF:
    return item.mapToScene(item.bar_rect().center())


def day_x(calendar, day: dt.date) -> float:
    g = calendar.scene.geometry
    return g.x_of(day) + g.day_width / 2


def test_drag_a_bar_a_week_later_then_undo_and_redo(window, calendar, monkeypatch):
    path, item = window.file.path, bar(calendar, "own")
    start = middle(item)
    layouts = []
    monkeypatch.setattr(calendar.scene, "rebuild", lambda: layouts.append(1))
    drag(calendar.view, start, start + QPointF(7 * calendar.scene.geometry.day_width, 0))
    assert stored(path, "own") == (None, D(2026, 3, 9), D(2026, 3, 22))
    assert layouts == []  # new dates move the bar; no row changed, so nothing is laid out again
    assert window.stack.undoText().startswith("Move 'Wobbler")
    assert item.pos().x() == calendar.scene.geometry.x_of(D(2026, 3, 9))
    window.actions_.undo.trigger()
    assert stored(path, "own") == (None, D(2026, 3, 2), D(2026, 3, 15))
    assert item.pos().x() == calendar.scene.geometry.x_of(D(2026, 3, 2))
    window.actions_.redo.trigger()
    assert stored(path, "own") == (None, D(2026, 3, 9), D(2026, 3, 22))


def test_drag_the_start_and_the_end(window, calendar):
    path, item = window.file.path, bar(calendar, "own")
    y = middle(item).y()
    drag(calendar.view, QPointF(item.pos().x() + 2, y), QPointF(day_x(calendar, D(2026, 2, 26)), y))
    assert stored(path, "own") == (None, D(2026, 2, 26), D(2026, 3, 15))
    right = item.pos().x() + item.width - 2
    drag(calendar.view, QPointF(right, y), QPointF(day_x(calendar, D(2026, 3, 20)), y))
    assert stored(path, "own") == (None, D(2026, 2, 26), D(2026, 3, 20))
    assert window.stack.undoText().startswith("Change the end of")
    window.actions_.undo.trigger()
    window.actions_.undo.trigger()
    assert stored(path, "own") == (None, D(2026, 3, 2), D(2026, 3, 15))
    window.actions_.redo.trigger()
    assert stored(path, "own") == (None, D(2026, 2, 26), D(2026, 3, 15))


def test_moving_an_action_of_a_period_takes_it_out_and_leaves_the_others(window, calendar):
    path, item = window.file.path, bar(calendar, "in-easter")
    start = middle(item)
    drag(calendar.view, start, start + QPointF(3 * calendar.scene.geometry.day_width, 0))
    assert stored(path, "in-easter") == (None, D(2026, 4, 2), D(2026, 4, 8))
    assert stored(path, "also-easter")[0] == "easter"
    assert window.stack.count() == 1
    window.actions_.undo.trigger()
    assert stored(path, "in-easter") == ("easter", None, None)


def test_drop_a_bar_on_a_period_band_puts_it_in_that_period(window, calendar):
    path, view, item = window.file.path, calendar.view, bar(calendar, "own")
    g = calendar.scene.geometry
    view.horizontalScrollBar().setValue(600)  # March and May both in sight, away from the edges
    lane = next(lane for period, lane in calendar.scene.periods if period.id == "may")
    band = view.mapToScene(0, int(g.lane_top(lane) + g.lane_height / 2))
    drag(view, middle(item), QPointF(day_x(calendar, D(2026, 5, 2)), band.y()))
    assert stored(path, "own") == ("may", D(2026, 3, 2), D(2026, 3, 15))
    assert window.stack.undoText().startswith("Put 'Wobbler · I get")
    assert window.stack.undoText().endswith("' in 'May weekend'")
    assert item.pos().x() == g.x_of(D(2026, 5, 1))  # it runs on the period's dates now
    window.actions_.undo.trigger()
    assert stored(path, "own") == (None, D(2026, 3, 2), D(2026, 3, 15))
    window.actions_.redo.trigger()
    assert stored(path, "own")[0] == "may"


def test_an_undated_action_waits_in_its_row_and_gets_dates_where_it_is_dropped(window, calendar):
    path, item = window.file.path, bar(calendar, "undated")
    assert item.start is None and calendar.scene.rows[-1].undated
    start = middle(item)
    drag(calendar.view, start, QPointF(day_x(calendar, D(2026, 2, 18)), start.y()))
    period, first, last = stored(path, "undated")
    assert period is None and first.weekday() == 0 and (last - first).days == 6
    assert calendar.scene.bars["undated"].start == first


def test_alt_arrows_move_the_selection_by_a_week(window, calendar, qtbot):
    path, view = window.file.path, calendar.view
    click(view, middle(bar(calendar, "own")))
    assert calendar.scene.selected_ids() == ["own"]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert stored(path, "own") == (None, D(2026, 3, 9), D(2026, 3, 22))
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert stored(path, "own") == (None, D(2026, 2, 23), D(2026, 3, 8))


def test_selecting_a_bar_selects_its_card_and_the_other_way_round(window, calendar):
    card_id = bar(calendar, "own").card_id
    click(calendar.view, middle(bar(calendar, "own")))
    assert window.current_scene().selected_card_ids() == [card_id]
    assert calendar.scene.selected_ids() == ["own"]  # the map's echo leaves the bar as chosen
    other = window.document.workshop.journeys[0].stages[0].phases[0].cards[1].id
    window.current_scene().select_cards([other])
    assert calendar.scene.selected_ids() == []
    window.current_scene().select_cards([card_id])
    assert set(calendar.scene.selected_ids()) == {"own", "in-easter", "also-easter", "undated"}


def test_the_filter_bar_filters_the_calendar_and_names_the_retailer_of_the_warnings(window, calendar):
    window.actions_.filter_bar.setChecked(True)
    bar_ = window.filter_bar
    bar_.mode.setCurrentIndex(bar_.mode.findData("only"))
    bar_.combos["retailer"].setCurrentIndex(bar_.combos["retailer"].findData("Lidl"))
    QApplication.processEvents()
    assert set(calendar.scene.bars) == {"also-easter", "undated"}
    assert calendar.scene.warnings.empty_periods == {"may"}
    bar_.mode.setCurrentIndex(bar_.mode.findData("highlight"))
    QApplication.processEvents()
    assert len(calendar.scene.bars) == 4 and bar(calendar, "own").dimmed
    assert not bar(calendar, "also-easter").dimmed


def test_a_status_change_repaints_the_bar_and_a_clash_is_marked(window, calendar):
    doc = window.document
    item = bar(calendar, "own")
    window.editor.apply(
        [UpdateCommand(doc, "own", {"status": OpportunityStatus.DONE}, "status")], text="status"
    )
    assert bar(calendar, "own") is item and item.status is OpportunityStatus.DONE
    card = doc.parent_of("own")
    doc.insert(
        Kind.OPPORTUNITY,
        card,
        9,
        Opportunity(id="twin", pos_tool="wobbler", start=D(2026, 3, 10), end=D(2026, 3, 11)),
    )
    assert bar(calendar, "twin").clash and bar(calendar, "own").clash
    assert not bar(calendar, "in-easter").clash
    later = {"start": D(2026, 6, 1), "end": D(2026, 6, 2)}
    window.editor.apply([UpdateCommand(doc, "twin", later, "later")], text="later")
    QApplication.processEvents()  # the plan check runs once the edit is painted
    assert not bar(calendar, "twin").clash and not bar(calendar, "own").clash


def test_the_grouping_switch_and_the_view_menu_entry(window, calendar):
    calendar.group.setCurrentIndex(calendar.group.findData("owner"))
    assert [r.title for r in calendar.scene.rows] == ["(no owner)", "Undated"]
    calendar.group.setCurrentIndex(calendar.group.findData("retailer"))
    assert [r.title for r in calendar.scene.rows] == ["Auchan", "Lidl", "Undated"]
    toggle = window.calendar_dock.toggleViewAction()
    assert toggle in window.actions_.view_menu.actions()
    assert toggle.shortcut().toString() == "Ctrl+Shift+K"


def test_a_bar_selects_its_row_in_the_plan_and_a_row_its_bar(window, calendar):
    plan = window.plan
    plan.all_journeys.setChecked(True)
    QApplication.processEvents()
    click(calendar.view, middle(bar(calendar, "in-easter")))
    assert plan_selected_ids(plan) == ["in-easter"]
    row = plan.model.rows.index("own")
    plan.table.selectRow(plan.proxy.mapFromSource(plan.model.index(row, 0)).row())
    assert calendar.scene.selected_ids() == ["own"]
    assert window.current_scene().selected_card_ids() == [bar(calendar, "own").card_id]


def test_the_calendar_paints_onto_any_painter(calendar):
    image = QImage(1200, 400, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    paint_calendar(painter, calendar.scene, QRectF(0, 0, 1200, 400))
    painter.end()
    assert image.pixelColor(600, 10).alpha() == 255  # the page is painted, not left transparent


def test_an_empty_period_band_says_so_when_hovered(window, calendar):
    view, g = calendar.view, calendar.scene.geometry
    assert calendar.scene.warnings.empty_periods == {"may"}
    lane = next(lane for period, lane in calendar.scene.periods if period.id == "may")
    x = int(view.mapFromScene(QPointF(day_x(calendar, D(2026, 5, 2)), 0)).x())
    send(
        view.viewport(),
        QEvent.Type.MouseMove,
        QPoint(x, int(g.lane_top(lane) + 4)),
        button=NONE,
        buttons=NONE,
    )
    assert view.viewport().toolTip().splitlines() == [
        "May weekend",
        "2026-05-01 – 2026-05-03",
        "No action in this key period.",
    ]


def test_the_scenario_switch_filters_the_calendar(window, calendar, qtbot):
    doc = window.document
    for index, scenario in enumerate((Scenario(id="base", name="Base"), Scenario(id="wide", name="Wide"))):
        doc.insert(Kind.SCENARIO, None, index, scenario)
    doc.update("own", scenarios=["base"])
    doc.update("in-easter", scenarios=["wide"])
    calendar.first.setDate(QDate(2026, 1, 1))
    calendar.last.setDate(QDate(2026, 12, 31))
    assert len(calendar.scene.bars) == 4
    window.scenario_switch.set_current("base")
    qtbot.waitUntil(lambda: set(calendar.scene.bars) == {"own", "also-easter", "undated"})
    window.scenario_switch.set_current(None)
    qtbot.waitUntil(lambda: len(calendar.scene.bars) == 4)


def test_a_bar_dragged_to_the_edge_scrolls_the_weeks_on(window, calendar):
    view, item = calendar.view, bar(calendar, "own")
    bar_ = view.horizontalScrollBar()
    before = bar_.value()
    start = middle(item)
    edge = view.mapToScene(view.viewport().width() - 5, view.mapFromScene(start).y())
    drag(view, start, edge, steps=20)
    assert bar_.value() > before
    period, first, _last = stored(window.file.path, "own")
    assert period is None and first > D(2026, 3, 2)


def test_export_picture_draws_the_calendar_while_it_is_in_front(window, calendar, tmp_path):
    from PySide6.QtGui import QImage

    pictures = window.picture_actions
    window.calendar_dock.show()
    window.calendar_dock.raise_()
    QApplication.processEvents()
    assert pictures.shown_view() is not None
    assert pictures.export_to(tmp_path / "front.png")
    image = QImage(str(tmp_path / "front.png"))
    assert image.width() > 3 * image.height()  # weeks across, as the calendar is
    window.calendar_dock.hide()
    QApplication.processEvents()
    assert pictures.shown_view() is None
