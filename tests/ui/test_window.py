"""The main window: zoom, presentation mode, high contrast, find, recent files, docks and their
layout, reopening, read-only workshops, and `shoppermap --screenshot`."""

import hashlib
import os
import stat

from PySide6.QtCore import QByteArray, QEvent, QPoint, QPointF, QSettings, QSize, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from shoppermap.domain.library import journey_from_framework
from shoppermap.ui.app import build_window

from ..conftest import run_cli
from ..helpers import library, make_file

CTRL = Qt.KeyboardModifier.ControlModifier


def phases(window):
    journey = window.document.get(window.journey_id)
    return [p for s in journey.stages for p in s.phases]


def key(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key on the canvas."""
    window.view.setFocus()
    qtbot.keyClick(window.view, key, modifiers)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def wheel(view, steps: int, modifiers) -> None:
    """Turn the mouse wheel over the middle of the canvas."""
    centre = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        centre,
        QPointF(view.viewport().mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def at_100_percent(window) -> None:
    """Let the fit-to-window queued on opening happen first, then zoom to 100 %."""
    QApplication.processEvents()
    window.view.set_zoom(1.0)


def new_window(qtbot, settings):
    win = build_window(library(), settings=settings)
    qtbot.addWidget(win)
    return win


# --- zoom -----------------------------------------------------------------------------------


def test_zoom_actions_change_the_zoom(window):
    view, a = window.view, window.actions_
    at_100_percent(window)
    assert view.zoom() == 1.0
    a.zoom_in.trigger()
    assert abs(view.zoom() - 1.15) < 1e-9
    assert window.zoom_label.text() == "115 %"
    a.zoom_out.trigger()
    a.zoom_out.trigger()
    assert abs(view.zoom() - 1 / 1.15) < 1e-9
    a.zoom_reset.trigger()
    assert view.zoom() == 1.0
    a.fit.trigger()
    shown = view.mapFromScene(view.sceneRect()).boundingRect()
    assert view.viewport().rect().adjusted(-2, -2, 2, 2).contains(shown)  # the whole grid is in view
    assert view.zoom() < 1.0
    # ... and it fills the window in one direction
    assert shown.width() >= view.viewport().width() - 20 or shown.height() >= view.viewport().height() - 20


def test_zoom_stays_within_bounds(window):
    at_100_percent(window)
    for _ in range(60):
        window.actions_.zoom_in.trigger()
    assert window.view.zoom() == 4.0
    for _ in range(120):
        window.actions_.zoom_out.trigger()
    assert window.view.zoom() == 0.05


def test_ctrl_wheel_zooms_and_plain_wheel_scrolls(window):
    view = window.view
    at_100_percent(window)
    wheel(view, 1, CTRL)
    assert abs(view.zoom() - 1.15) < 1e-9
    wheel(view, -2, CTRL)
    assert abs(view.zoom() - 1 / 1.15) < 1e-9
    view.set_zoom(1.0)
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(0)
    wheel(view, -1, Qt.KeyboardModifier.NoModifier)
    assert view.zoom() == 1.0
    assert bar.value() > 0


def test_zoom_keys(window, qtbot):
    at_100_percent(window)
    key(qtbot, window, Qt.Key.Key_Plus, CTRL)
    assert abs(window.view.zoom() - 1.15) < 1e-9
    key(qtbot, window, Qt.Key.Key_Minus, CTRL)
    assert abs(window.view.zoom() - 1.0) < 1e-9


# --- presentation and contrast --------------------------------------------------------------


def test_presentation_mode_hides_the_docks_and_enlarges_the_type(window, qtbot):
    a = window.actions_
    normal = window.current_scene().style.card_font_px
    assert window.palette_dock.isVisible() and window.menuBar().isVisible()
    a.presentation.setChecked(True)
    assert not window.palette_dock.isVisible()
    assert not window.menuBar().isVisible()
    assert not a.toolbar.isVisible()
    assert not window.statusBar().isVisible()
    assert window.isFullScreen()
    scene = window.current_scene()
    assert scene.style.card_font_px > normal
    assert scene.style.column_width > window.presentation.style_base.column_width
    a.presentation.setChecked(False)
    assert window.palette_dock.isVisible()
    assert window.menuBar().isVisible() and a.toolbar.isVisible()
    assert not window.isFullScreen()
    assert window.current_scene().style.card_font_px == normal


def test_escape_leaves_presentation_mode(window, qtbot):
    window.actions_.presentation.setChecked(True)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert not window.actions_.presentation.isChecked()
    assert window.palette_dock.isVisible()


def test_presentation_style_applies_to_journeys_opened_later(window):
    window.actions_.presentation.setChecked(True)
    window.tabs.add(journey_from_framework(library().get("cx-journey"), name="Online"))
    assert window.current_scene().style.card_font_px > window.presentation.style_base.card_font_px


def test_high_contrast_theme(window):
    scene = window.current_scene()
    assert not scene.style.high_contrast
    window.actions_.high_contrast.setChecked(True)
    scene = window.current_scene()
    assert scene.style.high_contrast
    assert scene.backgroundBrush().color() == QColor("#FFFFFF")
    assert scene.style.text == "#000000"
    window.actions_.high_contrast.setChecked(False)
    assert not window.current_scene().style.high_contrast
    assert window.current_scene().backgroundBrush().color() == QColor(
        window.presentation.style_base.background
    )


# --- find -----------------------------------------------------------------------------------


def test_find_highlights_hits_and_enter_steps_through_them(window, qtbot):
    scene = window.current_scene()
    key(qtbot, window, Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    assert bar.isVisible()
    assert bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "leaflet")
    hits = [c.id for _, _, c in window.document.cards(window.journey_id) if "leaflet" in c.label.en.lower()]
    assert len(hits) >= 3
    assert bar.hits == hits
    assert {i for i, item in scene.cards.items() if item.highlighted} == set(hits)
    assert bar.count.text() == f"{len(hits)} hits"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert scene.selected_card_ids() == [hits[0]]
    assert scene.cards[hits[0]].current
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert scene.selected_card_ids() == [hits[1]]
    assert bar.count.text() == f"2 of {len(hits)}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert not any(item.highlighted for item in scene.cards.values())
    assert window.stack.count() == 0


def test_shift_enter_steps_back_to_the_previous_hit(window, qtbot):
    scene = window.current_scene()
    key(qtbot, window, Qt.Key.Key_F, CTRL)
    bar = window.find_bar
    qtbot.keyClicks(bar.field, "leaflet")
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert scene.selected_card_ids() == [bar.hits[1]]
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert scene.selected_card_ids() == [bar.hits[0]]
    assert bar.count.text() == f"1 of {len(bar.hits)}"


def test_find_searches_annotations_and_says_when_nothing_is_found(window, qtbot):
    card = phases(window)[3].cards[0]
    window.document.update(card.id, notes="Ask the store manager about a gondola end")
    key(qtbot, window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.find_bar.field, "gondola")
    assert window.find_bar.hits == [card.id]
    window.find_bar.field.clear()
    qtbot.keyClicks(window.find_bar.field, "zeppelin")
    assert window.find_bar.hits == []
    assert window.find_bar.count.text() == "no hits"


# --- recent files ---------------------------------------------------------------------------


def test_open_recent_lists_opened_workshops_and_opens_them(window, tmp_path):
    first = window.file.path
    other = tmp_path / "second.shoppermap"
    file, _ = make_file(other, title="Second workshop")
    file.close()
    assert window.open_path(other)
    assert window.file_actions.recent_files()[:2] == [str(other.resolve()), str(first.resolve())]
    menu = window.actions_.recent_menu
    menu.aboutToShow.emit()
    entries = [(a.text(), a.statusTip()) for a in menu.actions()]
    assert entries[:2] == [
        ("second.shoppermap", str(other.resolve())),
        ("workshop.shoppermap", str(first.resolve())),
    ]
    menu.actions()[1].trigger()
    assert window.file.path.resolve() == first.resolve()
    assert window.windowTitle().startswith("Test workshop — ")
    assert window.file_actions.recent_files()[0] == str(first.resolve())


def test_recent_files_survive_in_the_settings_file(window, qtbot, settings):
    window.settings.sync()
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    win = new_window(qtbot, again)
    assert win.file_actions.recent_files()[0] == str(window.file.path.resolve())


def test_missing_recent_files_are_greyed(window, tmp_path):
    gone = tmp_path / "gone.shoppermap"
    file, _ = make_file(gone)
    file.close()
    window.open_path(gone)
    gone.unlink()
    menu = window.actions_.recent_menu
    menu.aboutToShow.emit()
    by_name = {a.text(): a.isEnabled() for a in menu.actions()}
    assert by_name == {"gone.shoppermap": False, "workshop.shoppermap": True}


# --- docks and layout -----------------------------------------------------------------------


def test_docks_can_be_closed_and_restored(window):
    dock = window.palette_dock
    toggle = dock.toggleViewAction()
    assert dock.isVisible() and toggle.isChecked()
    dock.close()
    assert not dock.isVisible() and not toggle.isChecked()
    toggle.trigger()
    assert dock.isVisible()
    window.actions_.history.setChecked(True)
    assert window.history_dock.isVisible()
    window.history_dock.close()
    assert not window.actions_.history.isChecked()
    dock.close()
    window.actions_.reset_layout.trigger()
    assert dock.isVisible()


def test_window_state_and_geometry_are_saved_and_restored(window, qtbot, settings):
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.palette_dock)
    window.actions_.history.setChecked(True)
    window.plan_dock.hide()  # the offscreen screen (800×800) has no room for the plan beside both side areas
    window.resize(712, 600)
    window.close()
    assert isinstance(settings.value("window/state"), QByteArray | bytes)
    settings.sync()
    win = new_window(qtbot, QSettings(settings.fileName(), QSettings.Format.IniFormat))
    win.show()
    qtbot.waitExposed(win)
    assert win.dockWidgetArea(win.palette_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert win.history_dock.isVisible()
    assert win.actions_.history.isChecked()
    assert win.plan_dock.isHidden()
    assert win.size() == QSize(712, 600)
    win.close()


def test_first_start_has_the_default_layout(qtbot, tmp_path):
    win = new_window(qtbot, QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat))
    win.show()
    qtbot.waitExposed(win)
    assert win.dockWidgetArea(win.palette_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert win.palette_dock.isVisible()
    assert not win.history_dock.isVisible()
    win.close()


def test_reopening_a_workshop_shows_exactly_the_layout_it_was_closed_with(window, qtbot, settings):
    path = window.file.path
    editor = window.canvas_edits
    journey = window.document.get(window.journey_id)
    p = phases(window)
    editor.move_cards([p[0].cards[0].id, p[1].cards[2].id], p[4].id, p[4].cards[1].id)
    editor.delete_cards([p[2].cards[1].id])
    editor.add_card(p[3].id, 0, "A very long custom label that wraps over several lines on its card")
    editor.add_phase(journey.stages[1].id, 1, "Car park")
    editor.move_header(journey.stages[3].id, journey.id, journey.stages[0].id)
    editor.rename(journey.stages[2].id, "Shop")
    scene = window.current_scene()

    def layout(s):
        return (
            {i: (item.pos(), item.height()) for i, item in s.cards.items()},
            {i: item.pos() for i, item in s.phases.items()},
            {i: (item.pos(), item.label()) for i, item in s.stages.items()},
            s.sceneRect(),
        )

    before = layout(scene)
    data_before = window.document.workshop.model_dump()
    window.close()
    win = new_window(qtbot, settings)
    assert win.open_path(path)
    assert win.document.workshop.model_dump() == data_before
    assert layout(win.current_scene()) == before
    win.close()


# --- read-only ------------------------------------------------------------------------------


def test_a_read_only_workshop_shows_the_banner_and_writes_nothing(window, qtbot, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "locked.shoppermap"
    file, _ = make_file(path, title="Locked workshop")
    file.close()
    before = digest(path)
    as_root = os.geteuid() == 0
    if not as_root:
        path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
    try:
        assert window.open_path(path, read_only=as_root)
        assert window.file.read_only
        assert window.banner.isVisible()
        assert window.windowTitle().endswith("[read-only]")
        a = window.actions_
        for action in (a.cut, a.paste, a.delete, a.duplicate, a.add_card, a.add_stage, a.add_phase):
            assert not action.isEnabled(), action.text()
        for action in (a.add_journey, a.duplicate_journey, a.rename_journey, a.delete_journey):
            assert not action.isEnabled(), action.text()
        assert a.copy.isEnabled() and a.find.isEnabled() and a.zoom_in.isEnabled()
        scene = window.current_scene()
        card = phases(window)[0].cards[1]
        scene.select_cards([card.id])
        key(qtbot, window, Qt.Key.Key_Delete)
        key(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        key(qtbot, window, Qt.Key.Key_D, CTRL)
        assert window.statusBar().currentMessage()  # the refused move says why
        assert window.stack.count() == 0
        assert card.id in scene.cards
        assert window.document.get(phases(window)[0].id).cards[1].id == card.id
        window.close_workshop()
        assert digest(path) == before
        assert not (folder / "locked.shoppermap-journal").exists()
    finally:
        folder.chmod(stat.S_IRWXU)
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_read_only_workshop_refuses_in_place_edits_and_palette_drops(window, qtbot, tmp_path):
    path = tmp_path / "ro.shoppermap"
    file, _ = make_file(path)
    file.close()
    before = digest(path)
    assert window.open_path(path, read_only=True)
    scene, view = window.current_scene(), window.view
    card = phases(window)[0].cards[0]
    scene.select_cards([card.id])
    key(qtbot, window, Qt.Key.Key_Insert)
    if view.inline_editor() is not None:  # offering an editor is allowed; saving from it is not
        qtbot.keyClicks(view.inline_editor(), "Not saved")
        qtbot.keyClick(view.inline_editor(), Qt.Key.Key_Return)
    target = scene.cards[phases(window)[2].cards[0].id]
    spot = target.sceneBoundingRect().center()
    view.centerOn(spot)
    data = window.palette.tree.mimeData([window.palette.item_for(phases(window)[1].cards[0].touchpoint)])
    pos = view.mapFromScene(spot)
    copy, left, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(view.viewport(), QDragEnterEvent(pos, copy, data, left, none))
    QApplication.sendEvent(view.viewport(), QDragMoveEvent(pos, copy, data, left, none))
    QApplication.sendEvent(
        view.viewport(), QDropEvent(QPointF(pos), copy, data, left, none, QEvent.Type.Drop)
    )
    assert window.stack.count() == 0  # not even an empty step
    assert not window.actions_.undo.isEnabled()
    window.close_workshop()
    assert digest(path) == before


# --- screenshot -----------------------------------------------------------------------------


def test_screenshot_of_the_default_workshop(tmp_path):
    out = tmp_path / "shot.png"
    result = run_cli("--screenshot", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.size() == QSize(1600, 1000)
    # not a blank image: the grid is drawn in several colours
    colours = {image.pixel(x, y) for x in range(0, 1600, 37) for y in range(0, 1000, 23)}
    assert len(colours) > 8


def test_screenshot_of_a_file_leaves_it_unchanged(tmp_path):
    path = tmp_path / "client.shoppermap"
    file, _document = make_file(path, title="Client workshop")
    file.close()
    before = digest(path)
    out = tmp_path / "client.png"
    result = run_cli("--screenshot", str(out), str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).size() == QSize(1600, 1000)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["client.png", "client.shoppermap"]


def test_screenshot_of_a_bad_file_says_why_in_one_line(tmp_path):
    bad = tmp_path / "notes.shoppermap"
    bad.write_text("these are not the droids you are looking for")
    out = tmp_path / "bad.png"
    result = run_cli("--screenshot", str(out), str(bad), cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("shoppermap: notes.shoppermap")
    assert "Traceback" not in result.stderr
    assert not out.exists()
    assert bad.read_text() == "these are not the droids you are looking for"


def test_the_map_stays_fitted_as_the_window_grows_until_the_user_zooms(window, qtbot):
    view = window.view
    window.resize(1200, 800)
    view.fit()
    qtbot.wait(10)
    small = view.zoom()
    window.resize(1800, 1050)
    qtbot.waitUntil(lambda: view.zoom() > small * 1.1, timeout=3000)  # maximised: fitted again
    view.zoom_by(1)  # the user zooms: from now on the zoom is theirs
    chosen = view.zoom()
    window.resize(1300, 850)
    qtbot.wait(50)
    assert view.zoom() == chosen
    window.actions_.fit.trigger()  # Fit follows the window again
    fitted = view.zoom()
    window.resize(1800, 1050)
    qtbot.waitUntil(lambda: view.zoom() > fitted * 1.1, timeout=3000)


def test_the_first_start_opens_maximised_on_a_laptop_or_projector_screen(qtbot, settings):
    from shoppermap.ui.app import build_window

    from ..helpers import library

    win = build_window(library(), settings=settings)  # nothing remembered in these settings
    qtbot.addWidget(win)
    assert win.screen().availableGeometry().width() <= 1920
    win.show_at_start()
    assert win.windowState() & Qt.WindowState.WindowMaximized
    # the plan under the map gets its height once the window has its size: rows, not just chrome
    from shoppermap.ui.window_docks import PLAN_HEIGHT

    qtbot.waitUntil(lambda: abs(win.plan_dock.height() - PLAN_HEIGHT) <= 2)
    rows = win.plan.table.viewport().height() / win.plan.table.verticalHeader().defaultSectionSize()
    assert rows >= 6
    # wide under the map, the search and the filters share one row; docked narrow, they take two
    plan = win.plan
    win.showNormal()
    win.resize(1800, 1000)
    qtbot.waitUntil(lambda: plan.width() > 1500)
    row_of = plan.search.geometry().center().y
    qtbot.waitUntil(lambda: abs(row_of() - plan.combos["stage"].geometry().center().y()) < 4)
    win.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, win.plan_dock)
    win.resizeDocks([win.plan_dock], [500], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: plan.width() < 900)
    qtbot.waitUntil(lambda: row_of() < plan.combos["stage"].geometry().center().y() - 10)
    win.resize(1300, 800)
    win.close()  # the size is remembered now: the next start shows the window as it was left
    again = build_window(library(), settings=settings)
    qtbot.addWidget(again)
    again.show_at_start()
    assert again.geometry_remembered and not again.windowState() & Qt.WindowState.WindowMaximized


def test_the_title_bar_says_each_thing_once(window, qtbot, tmp_path):
    journey = window.document.get(window.journey_id)
    window.document.update_workshop(title=journey.name)  # a workshop named as its journey
    window._update_title()
    assert window.windowTitle() == f"{journey.name} — ShopperMap"
    path = window.file.path
    viewer = build_window(library(), settings=window.settings)
    qtbot.addWidget(viewer)
    assert viewer.open_path(path, read_only=True)
    assert viewer.windowTitle().count("ShopperMap") == 1 and viewer.windowTitle().count(journey.name) == 1


def test_a_workshop_closed_by_opening_another_leaves_memory(window, tmp_path):
    import gc
    import weakref

    from PySide6.QtCore import QCoreApplication

    closed = weakref.ref(window.document)
    editor = weakref.ref(window.editor)
    other = tmp_path / "second.shoppermap"
    file, _ = make_file(other, title="Second workshop")
    file.close()
    assert window.open_path(other)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.collect()
    # a day of workshops in one window must not keep every map opened that day
    assert editor() is None
    assert closed() is None
    assert window.document is not None and window.editor is not None


def test_the_window_keeps_no_python_wrapper_of_a_layout_item(window, qtbot):
    # PySide keeps a wrapper of each item of a filled layout nested into another; once Qt deleted
    # such an item (its widget moved or deleted), the next object at its address came back to
    # Python with the wrong type: "'QWidgetItem' object has no attribute 'grabGesture'", or a crash
    import gc

    import shiboken6

    card = window.document.workshop.journeys[0].stages[0].phases[0].cards[0]
    window.current_scene().select_cards([card.id])  # the inspector builds its forms
    for dock in (window.calendar_dock, window.matrix_dock, window.plan_dock):
        dock.show()
        dock.raise_()
        QApplication.processEvents()
    window.actions_.filter_bar.setChecked(True)
    for width in (1900, 900, 1900):  # the plan's search and filters change rows at 1,100 px
        window.plan_dock.setFloating(True)
        window.plan_dock.resize(width, 300)
        QApplication.processEvents()
    gc.collect()
    kept = [w for w in shiboken6.getAllValidWrappers() if type(w).__name__ in ("QWidgetItem", "QSpacerItem")]
    assert kept == []
