"""Journey → Sales Periods…, driven with real key and mouse events; every value is read back from the file."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shoppermap.domain.document import Kind
from shoppermap.domain.labels import Label
from shoppermap.domain.models import Opportunity, Period
from shoppermap.domain.sales_periods import PRESET, PRESETS
from shoppermap.storage import WorkshopFile
from shoppermap.ui.plan.columns import COLUMN

from ..helpers import make_file
from .test_inspector import replace_text, type_date

LEFT = Qt.MouseButton.LeftButton


def stored(window):
    file, workshop = WorkshopFile.open(window.session.file.path, read_only=True)
    file.close()
    return workshop


def open_dialog(qtbot, window):
    window.actions_.sales_periods.trigger()
    dialog = window.sales_periods_dialog
    qtbot.waitExposed(dialog)
    return dialog


def click_row(qtbot, dialog, row: int) -> None:
    table = dialog.table
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())


def test_presets_for_a_year_are_added_in_one_click_and_one_undo_step(qtbot, window):
    dialog = open_dialog(qtbot, window)
    assert window.actions_.sales_periods in window.actions_.journey_menu.actions()
    replace_text(qtbot, dialog.year, "2027")
    assert dialog.presets.text() == "Add Polish Presets for 2027"
    qtbot.mouseClick(
        dialog.presets, LEFT, pos=dialog.presets.rect().topLeft() + dialog.presets.rect().center() / 2
    )
    periods = stored(window).periods
    assert len(periods) == len(PRESETS) == dialog.table.rowCount()
    easter = next(p for p in periods if p.name.en == "Easter")
    assert (easter.start, easter.end, easter.kind) == (dt.date(2027, 3, 28), dt.date(2027, 3, 29), "holiday")
    assert "computus" in dialog.table.item([p.id for p in periods].index(easter.id), 0).toolTip()
    steps = window.stack.count()

    qtbot.mouseClick(dialog.presets, LEFT, pos=dialog.presets.rect().center() / 2)  # again: nothing new
    assert "already in the list" in dialog.message.text()
    assert window.stack.count() == steps and len(stored(window).periods) == len(PRESETS)

    assert window.editor.undo()
    assert stored(window).periods == [] and dialog.table.rowCount() == 0
    assert window.editor.redo()
    assert len(stored(window).periods) == len(PRESETS)


def test_a_period_is_added_named_dated_and_given_a_kind(qtbot, window):
    dialog = open_dialog(qtbot, window)
    qtbot.mouseClick(dialog.add, LEFT)
    assert dialog.table.rowCount() == 1
    replace_text(qtbot, dialog.name_pl, "Gazetka HiperMax 19/2026")
    replace_text(qtbot, dialog.name_en, "HiperMax leaflet 19/2026")
    qtbot.mouseClick(dialog.dated, LEFT)
    type_date(qtbot, dialog.start, "20260505")
    type_date(qtbot, dialog.end, "20260511")
    dialog.kind.setFocus()
    qtbot.keyClicks(dialog.kind, "Ret")
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Return)

    [period] = stored(window).periods
    assert period.name == Label(pl="Gazetka HiperMax 19/2026", en="HiperMax leaflet 19/2026")
    assert (period.start, period.end, period.kind) == (dt.date(2026, 5, 5), dt.date(2026, 5, 11), "retailer")
    assert dialog.table.item(0, 2).text() == "2026-05-05"

    type_date(qtbot, dialog.start, "20260601")  # a start after the end moves the end along
    period = stored(window).periods[0]
    assert (period.start, period.end) == (dt.date(2026, 6, 1), dt.date(2026, 6, 1))
    type_date(qtbot, dialog.end, "20260520")
    assert "before the start date" in dialog.message.text()
    assert stored(window).periods[0].end == dt.date(2026, 6, 1)

    replace_text(qtbot, dialog.name_pl, "")
    replace_text(qtbot, dialog.name_en, "  ")
    assert "at least one language" in dialog.message.text()
    assert stored(window).periods[0].name == Label(pl=None, en="HiperMax leaflet 19/2026")


def test_removing_a_period_keeps_its_opportunities_running_on_its_dates(qtbot, window):
    doc = window.document
    card = next(card for _, _, card in doc.cards(doc.workshop.journeys[0].id))
    period = PRESET["christmas"].period(2026)
    doc.insert(Kind.PERIOD, None, 0, period)
    doc.insert(Kind.OPPORTUNITY, card.id, 0, Opportunity(id="o1", period=period.id, description="End-cap"))
    dialog = open_dialog(qtbot, window)
    click_row(qtbot, dialog, 0)
    assert dialog.name_en.text() == "Christmas"
    qtbot.mouseClick(dialog.remove, LEFT)

    workshop = stored(window)
    assert workshop.periods == []
    o = workshop.journeys[0].stages[0].phases[0].cards[0].opportunities[0]
    assert (o.period, o.start, o.end) == (None, dt.date(2026, 12, 24), dt.date(2026, 12, 26))
    assert window.stack.undoText() == "Remove sales period 'Christmas'"
    assert window.editor.undo()
    o = stored(window).journeys[0].stages[0].phases[0].cards[0].opportunities[0]
    assert (o.period, o.start) == (period.id, None)


def test_the_plan_shows_the_period_name_and_its_dates(qtbot, window):
    doc = window.document
    card = next(card for _, _, card in doc.cards(doc.workshop.journeys[0].id))
    doc.insert(Kind.PERIOD, None, 0, Period(id="p", name=Label(pl="Majówka", en="May weekend")))
    doc.insert(
        Kind.OPPORTUNITY,
        card.id,
        0,
        Opportunity(id="o1", period="p", start=dt.date(2026, 4, 1), end=dt.date(2026, 4, 2)),
    )
    window.plan_dock.show()
    plan = _plan_model(window)
    QApplication.processEvents()
    cell = plan.index(0, COLUMN["period"])
    assert plan.data(cell) == "May weekend"
    assert plan.data(plan.index(0, COLUMN["start"])) == "2026-04-01"
    dialog = open_dialog(qtbot, window)
    click_row(qtbot, dialog, 0)
    qtbot.mouseClick(dialog.dated, LEFT)
    type_date(qtbot, dialog.start, "20260501")
    type_date(qtbot, dialog.end, "20260503")
    assert plan.data(plan.index(0, COLUMN["start"])) == "2026-05-01"
    assert plan.data(plan.index(0, COLUMN["end"])) == "2026-05-03"


def _plan_model(window):
    from shoppermap.ui.plan.model import PlanModel

    return next(m for m in window.findChildren(PlanModel))


def test_opening_another_workshop_discards_the_dialog_of_the_first(qtbot, window, tmp_path):
    first = open_dialog(qtbot, window)
    other = tmp_path / "other.shoppermap"
    file, _ = make_file(other)
    file.close()
    assert window.open_path(other)
    assert window.sales_periods_dialog is None and not first.isVisible()
    second = open_dialog(qtbot, window)
    assert second is not first and second.document is window.document
    qtbot.mouseClick(second.add, LEFT)
    assert len(stored(window).periods) == 1
    first_file, first_workshop = WorkshopFile.open(tmp_path / "workshop.shoppermap", read_only=True)
    first_file.close()
    assert first_workshop.periods == []


def test_cards_pasted_from_another_workshop_drop_periods_this_one_lacks(qtbot, window):
    doc = window.document
    phase = doc.workshop.journeys[0].stages[0].phases[0]
    card = phase.cards[0].model_dump(mode="json")
    card["opportunities"] = [
        Opportunity(period="elsewhere", start=dt.date(2026, 3, 1), end=dt.date(2026, 3, 8)).model_dump(
            mode="json"
        )
    ]
    payload = json.dumps({"format": "shoppermap-cards", "cards": [card]}).encode("utf-8")
    [pasted] = window.canvas_edits.paste_cards(payload, phase.id, 0)
    o = next(c for c in stored(window).journeys[0].stages[0].phases[0].cards if c.id == pasted).opportunities[
        0
    ]
    assert (o.period, o.start, o.end) == (None, dt.date(2026, 3, 1), dt.date(2026, 3, 8))
