"""Presentation mode hides the menus but not their shortcuts: the facilitator drives it by keys."""

from PySide6.QtCore import Qt

from shoppermap.storage import WorkshopFile

CTRL = Qt.KeyboardModifier.ControlModifier


def key(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, key, modifiers)


def stored_card_ids(path) -> set[str]:
    """The cards on the map in the file (Delete hides a framework card)."""
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return {
        c.id for j in workshop.journeys for s in j.stages for p in s.phases for c in p.cards if not c.hidden
    }


def present(qtbot, window) -> None:
    key(qtbot, window, Qt.Key.Key_F11)
    assert window.actions_.presentation.isChecked()
    assert not window.menuBar().isVisible()


def test_delete_and_undo_work_in_presentation_mode(window, qtbot):
    path = window.file.path
    scene = window.current_scene()
    card_id = next(iter(scene.cards))
    present(qtbot, window)
    scene.select_cards([card_id])
    key(qtbot, window, Qt.Key.Key_Delete)
    assert card_id not in stored_card_ids(path)
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert card_id in stored_card_ids(path)


def test_zoom_find_help_and_f11_work_in_presentation_mode(window, qtbot):
    present(qtbot, window)
    zoom = window.view.zoom()
    key(qtbot, window, Qt.Key.Key_Plus, CTRL)
    assert window.view.zoom() > zoom
    key(qtbot, window, Qt.Key.Key_F, CTRL)
    assert window.find_bar.isVisible()
    key(qtbot, window, Qt.Key.Key_F11)
    assert not window.actions_.presentation.isChecked()
    assert window.menuBar().isVisible()
    present(qtbot, window)
    key(qtbot, window, Qt.Key.Key_F1)
    assert window.help_window.isVisible()
    window.help_window.close()
