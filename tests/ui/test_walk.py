"""Journey → Walk the Journey: keys and buttons move through the phases, and the file keeps the marks."""

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from shoppermap.domain.walk import walk_progress
from shoppermap.storage import WorkshopFile

LEFT = Qt.MouseButton.LeftButton


def key(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, key, modifiers)


def stored_walked(path) -> list[bool]:
    """Each phase's walked mark, in map order, as the file holds it."""
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return [p.walked for j in workshop.journeys[:1] for s in j.stages for p in s.phases]


def phase_ids(window) -> list[str]:
    journey = window.document.get(window.journey_id)
    return [p.id for s in journey.stages for p in s.phases]


def test_walk_the_journey_to_the_end_in_presentation_mode(window, qtbot):
    path, walk = window.file.path, window.walk
    ids = phase_ids(window)
    key(qtbot, window, Qt.Key.Key_F11)
    walk.walk_action.trigger()
    assert walk.active and walk.dock.isVisible()
    assert walk.current_phase_id() == ids[0]
    assert "Phase 1 of 18" in walk.panel.step_label.text()
    assert "competitor" in walk.panel.questions.text()
    # the map is zoomed onto the first column: its top in view, about a third of the view wide
    column = window.current_scene().columns[ids[0]].sceneBoundingRect()
    shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert shown.contains(QPointF(column.center().x(), column.top() + 10))
    assert shown.left() <= column.left() and column.right() <= shown.right()
    assert window.view.spotlight.contains(column)  # the phase is outlined on the map
    assert not window.palette_dock.isVisible()  # presentation keeps only the walk panel
    key(qtbot, window, Qt.Key.Key_PageDown)
    assert walk.current_phase_id() == ids[1]
    assert stored_walked(path)[:2] == [True, False]
    key(qtbot, window, Qt.Key.Key_PageUp)
    assert walk.current_phase_id() == ids[0]
    qtbot.mouseClick(walk.panel.walked, LEFT)  # unmark the first phase
    assert stored_walked(path)[0] is False
    assert walk.panel.progress.text() == "0 of 18 phases walked"
    qtbot.mouseClick(walk.panel.next, LEFT)
    for _ in range(16):
        key(qtbot, window, Qt.Key.Key_PageDown)
    assert walk.current_phase_id() == ids[-1]
    assert walk.panel.next.text().startswith("Finish")
    key(qtbot, window, Qt.Key.Key_PageDown)
    assert not walk.active and not walk.dock.isVisible()
    assert window.view.spotlight is None
    assert stored_walked(path) == [True] * 18
    assert walk_progress(window.document.get(window.journey_id)) == (18, 18)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.statusBar().isVisible()
    assert walk.status.text() == "18 of 18 phases walked"


def test_a_walk_resumes_at_the_first_phase_not_walked_and_undo_takes_a_mark_back(window, qtbot):
    path, walk = window.file.path, window.walk
    ids = phase_ids(window)
    walk.walk_action.trigger()
    key(qtbot, window, Qt.Key.Key_PageDown)
    key(qtbot, window, Qt.Key.Key_PageDown)
    qtbot.mouseClick(walk.panel.stop, LEFT)
    assert not walk.active
    assert walk.status.text() == "2 of 18 phases walked"
    walk.walk_action.trigger()
    assert walk.current_phase_id() == ids[2]
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_walked(path)[:3] == [True, False, False]
    assert walk.panel.progress.text() == "1 of 18 phases walked"
    QApplication.processEvents()


def test_next_and_previous_keys_leave_the_canvas_alone_when_no_walk_runs(window, qtbot):
    assert not window.walk.next_action.isEnabled()
    key(qtbot, window, Qt.Key.Key_PageDown)
    assert stored_walked(window.file.path) == [False] * 18


def test_a_read_only_workshop_is_walked_without_marks(window, qtbot, tmp_path):
    path = window.file.path
    window.close_workshop()
    assert window.open_path(path, read_only=True)
    walk = window.walk
    walk.walk_action.trigger()
    assert walk.active and not walk.panel.walked.isEnabled()
    key(qtbot, window, Qt.Key.Key_PageDown)
    assert walk.index == 1
    assert stored_walked(path) == [False] * 18


def test_closing_the_walk_panel_ends_the_walk(window, qtbot):
    walk = window.walk
    walk.walk_action.trigger()
    assert walk.active
    walk.dock.close()
    qtbot.waitUntil(lambda: not walk.active, timeout=2000)
    assert not walk.walk_action.isChecked()
    assert window.view.auto_fit  # the whole map again
