"""A main window on a fresh workshop file, with private settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from shoppermap.storage import WorkshopFile
from shoppermap.ui.app import build_window

from ..helpers import library, make_file


@pytest.fixture
def settings(tmp_path):
    QStandardPaths.setTestModeEnabled(True)
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, tmp_path, settings):
    """The main window showing a new shopper-journey workshop, at 100 % zoom."""
    path = tmp_path / "workshop.shoppermap"
    file, _ = make_file(path)
    file.close()
    win = build_window(library(), settings=settings)
    qtbot.addWidget(win)
    assert win.open_path(path)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    QApplication.processEvents()  # the window's own deferred fit runs first
    win.view.set_zoom(1.0)
    yield win
    win.close()


def stored_order(path, phase_id: str) -> list[str]:
    """Card ids of a phase, in the order stored in the file (read with a fresh connection)."""
    file, _workshop = WorkshopFile.open(path, read_only=True)
    try:
        rows = file.db.execute(
            "SELECT id FROM cards WHERE phase_id = ? ORDER BY position", [phase_id]
        ).fetchall()
        return [r[0] for r in rows]
    finally:
        file.close()
