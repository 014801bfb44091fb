"""One file, one editor: a second window gets the file read-only; opening takes a backup."""

from PySide6.QtWidgets import QMessageBox

from shoppermap.storage.backups import list_backups
from shoppermap.ui.app import build_window

from ..helpers import library


def test_a_second_window_is_offered_read_only_and_writes_nothing(window, qtbot, settings, monkeypatch):
    path = window.file.path
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kw: asked.append(args[2]) or QMessageBox.StandardButton.Open
    )
    second = build_window(library(), settings=settings)
    qtbot.addWidget(second)
    assert second.open_path(path)
    assert asked and "already open in another window" in asked[0]
    assert second.file.read_only and second.banner.isVisibleTo(second)
    assert not second.actions_.delete.isEnabled()
    second.close()
    # the first window still edits, and after it closes the file can be opened for editing again
    card = window.document.workshop.journeys[0].stages[0].phases[0].cards[0]
    window.current_scene().select_cards([card.id])
    window.actions_.delete.trigger()
    assert window.document.get(card.id).hidden
    window.close_workshop()
    third = build_window(library(), settings=settings)
    qtbot.addWidget(third)
    assert third.open_path(path) and not third.file.read_only
    third.close()


def test_a_second_window_that_declines_keeps_its_own_workshop(window, qtbot, settings, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    second = build_window(library(), settings=settings)
    qtbot.addWidget(second)
    assert not second.open_path(window.file.path)
    assert second.file is None
    second.close()


def test_opening_for_editing_takes_a_backup(window):
    backups = list_backups(window.file.path)
    assert len(backups) == 1
    assert backups[0].cards == 92
