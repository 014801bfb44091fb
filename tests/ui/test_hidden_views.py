"""The calendar and the matrix behind their tabs follow the workshop only once they are looked at:
a drop on a big map no longer pays for laying out two views nobody sees."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from shoppermap.domain import calendar_layout as cal
from shoppermap.domain.document import Document, Kind
from shoppermap.domain.models import Opportunity
from shoppermap.storage import WorkshopFile

from .mouse import drag


def stored_phase(path, card_id: str) -> str:
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return Document(workshop).parent_of(card_id)


def counting(scene, calls: list[str], name: str) -> None:
    rebuild = scene.rebuild

    def counted() -> None:
        calls.append(name)
        rebuild()

    scene.rebuild = counted


def test_a_card_dragged_to_another_stage_is_laid_out_in_hidden_views_when_they_are_shown(window, qtbot):
    journey = window.document.get(window.journey_id)
    source, target = journey.stages[0].phases[0], journey.stages[1].phases[0]
    card = source.cards[0]
    action = Opportunity(
        pos_tool="wobbler", retailer="Auchan", start=dt.date(2026, 3, 2), end=dt.date(2026, 3, 8)
    )
    window.document.insert(Kind.OPPORTUNITY, card.id, 0, action)
    window.calendar.group.setCurrentIndex(window.calendar.group.findData(cal.GroupBy.STAGE))
    calendar, matrix = window.calendar.scene, window.matrix.scene
    assert not window.calendar_dock.isVisible() and not window.matrix_dock.isVisible()
    calls: list[str] = []
    counting(calendar, calls, "calendar")
    counting(matrix, calls, "matrix")

    scene, view = window.current_scene(), window.view
    view.centerOn(scene.cards[card.id])
    anchor = scene.cards[target.cards[0].id].sceneBoundingRect()
    drag(
        view,
        scene.cards[card.id].sceneBoundingRect().center(),
        QPointF(anchor.center().x(), anchor.top() + 4),
    )
    assert stored_phase(window.file.path, card.id) == target.id
    assert calls == []  # neither hidden view laid itself out for the drop
    assert calendar.stale and matrix.stale

    window.calendar_dock.show()
    window.calendar_dock.raise_()
    QApplication.processEvents()
    assert calls == ["calendar"]
    stage_name = journey.stages[1].label.text(window.language)
    assert [row.title for row in calendar.rows] == [stage_name]  # the action now under its new stage
    assert action.id in calendar.bars

    window.matrix_dock.show()
    window.matrix_dock.raise_()
    QApplication.processEvents()
    assert calls == ["calendar", "matrix"]
    assert matrix.chips[action.id].card_id == card.id

    window.actions_.undo.trigger()  # a shown view follows each edit at once, as before
    assert stored_phase(window.file.path, card.id) == source.id
    assert calls[-1] == "matrix"
