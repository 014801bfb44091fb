"""Votes, value and effort in the action plan of the sample: sorted as numbers, typed into a cell with
real keys and kept in the file; and the Excel plan's columns for them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shoppermap.export.workshop_json import read_workshop_json
from shoppermap.ui.app import build_window
from shoppermap.ui.dialogs.welcome import sample_path
from shoppermap.ui.plan.columns import COLUMN, DEFAULT_HIDDEN

from ..helpers import library
from .test_plan_numbers import LEAFLET, cell, shown, stored, type_into


@pytest.fixture
def window(qtbot, tmp_path, settings):
    """A main window on a copy of the sample workshop, with the action plan shown."""
    win = build_window(library(), settings=settings)
    qtbot.addWidget(win)
    workshop = read_workshop_json(sample_path())
    workshop.workshop.language = "en"
    assert win.create_workshop(tmp_path / "sample.shoppermap", workshop=workshop)
    win.resize(1920, 1080)
    win.show()
    qtbot.waitExposed(win)
    win.plan_dock.show()
    win.plan_dock.raise_()
    QApplication.processEvents()
    yield win
    win.close()


def test_votes_sort_as_numbers(window):
    plan = window.plan
    plan.table.sortByColumn(COLUMN["votes"], Qt.SortOrder.DescendingOrder)
    votes = [int(v or 0) for v in shown(window, "votes")]
    assert votes == sorted(votes, reverse=True)
    assert votes[0] == 8  # the wobbler and the checkout display have the most dots
    assert "votes" not in DEFAULT_HIDDEN and {"value", "effort"} <= DEFAULT_HIDDEN


def test_a_vote_count_typed_into_the_plan_reaches_the_file(window, qtbot):
    type_into(window, qtbot, LEAFLET, "votes", "12")
    assert stored(window, LEAFLET).votes == 12
    assert cell(window, LEAFLET, "votes") == "12"


def test_value_and_effort_show_and_sort(window):
    plan = window.plan
    plan.columns.set_shown("value", True)
    assert cell(window, LEAFLET, "value") == "5 (high)"
    plan.table.sortByColumn(COLUMN["effort"], Qt.SortOrder.AscendingOrder)
    efforts = [window.plan.proxy.index(r, COLUMN["effort"]).data() for r in range(plan.proxy.rowCount())]
    assert efforts[0] == "1 (low)" and efforts[-1] == "5 (high)"
