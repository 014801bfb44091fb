"""The window's actions, menus and toolbar, with Qt's standard key sequences."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

SK = QKeySequence.StandardKey


def bindings(standard: QKeySequence.StandardKey, *extra: str) -> list[QKeySequence]:
    """The platform's keys for a standard action, plus extra ones users expect everywhere."""
    keys = list(QKeySequence.keyBindings(standard))
    for key in extra:
        if QKeySequence(key) not in keys:
            keys.append(QKeySequence(key))
    return keys


class Actions:
    """Creates every action of the main window and lays them out in menus and a toolbar."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        tr = window.tr

        def make(text: str, shortcut=None, *, checkable: bool = False, tip: str = "") -> QAction:
            action = QAction(text, window)
            if shortcut is not None:
                if isinstance(shortcut, list):
                    action.setShortcuts(shortcut)
                else:
                    action.setShortcut(QKeySequence(shortcut))
            action.setCheckable(checkable)
            if tip:
                action.setStatusTip(tip)
            return action

        self.new = make(tr("&New Workshop…"), SK.New, tip=tr("Start a workshop from a framework"))
        self.open = make(tr("&Open…"), SK.Open)
        self.save_copy = make(
            tr("Save a &Copy As…"), SK.SaveAs, tip=tr("Write a complete copy of this workshop")
        )
        self.export_json = make(tr("Export Workshop &JSON…"))
        self.save_framework = make(tr("Save Journey as &Framework…"))
        self.close = make(tr("&Close"), SK.Close)
        self.quit = make(tr("&Quit"), SK.Quit)
        self.undo = make(tr("&Undo"), SK.Undo)
        self.redo = make(tr("&Redo"), bindings(SK.Redo, "Ctrl+Shift+Z", "Ctrl+Y"))
        self.history = make(tr("Undo &History"), checkable=True)
        self.cut = make(tr("Cu&t Cards"), SK.Cut)
        self.copy = make(tr("&Copy Cards"), SK.Copy)
        self.paste = make(tr("&Paste Cards"), SK.Paste)
        self.delete = make(tr("&Delete"), bindings(SK.Delete, "Del"))
        self.duplicate = make(tr("D&uplicate"), "Ctrl+D")
        self.select_all = make(tr("Select &All"), SK.SelectAll)
        self.find = make(tr("&Find…"), SK.Find)
        self.find_next = make(tr("Find &Next"), SK.FindNext)
        self.find_previous = make(tr("Find Pre&vious"), SK.FindPrevious)
        self.add_card = make(tr("Add Custom &Card"), "Ins")
        self.zoom_in = make(tr("Zoom &In"), SK.ZoomIn)
        self.zoom_out = make(tr("Zoom &Out"), SK.ZoomOut)
        self.zoom_reset = make(tr("Actual &Size"), "Ctrl+0")
        self.fit = make(tr("&Fit to Window"), "Ctrl+1")
        self.presentation = make(tr("&Presentation Mode"), bindings(SK.FullScreen, "F11"), checkable=True)
        self.high_contrast = make(tr("&High Contrast"), checkable=True)
        self.filter_bar = make(tr("Fi&lter Bar"), "Ctrl+Shift+L", checkable=True)
        self.emotion_lane = make(tr("&Emotion Curve"), checkable=True)
        self.emotion_lane.setChecked(True)
        self.reset_layout = make(tr("&Reset Window Layout"))
        self.add_journey = make(tr("&Add Journey…"))
        self.duplicate_journey = make(tr("D&uplicate Journey"))
        self.rename_journey = make(tr("&Rename Journey…"))
        self.delete_journey = make(tr("&Delete Journey"))
        self.add_stage = make(tr("Add &Stage"))
        self.add_phase = make(tr("Add &Phase"))
        self.remove_header = make(tr("Remove Selected Stage or Phase"))
        self.about = make(tr("&About ShopperMap"))
        self.recent_menu = QMenu(tr("Open &Recent"), window)

    def build_menus(self, docks_menu_actions: list[QAction]) -> None:
        """Fill the menu bar and the toolbar."""
        w, tr = self.window, self.window.tr
        bar = w.menuBar()
        file = bar.addMenu(tr("&File"))
        file.addActions([self.new, self.open])
        file.addMenu(self.recent_menu)
        file.addSeparator()
        file.addActions([self.save_copy, self.export_json, self.save_framework])
        file.addSeparator()
        file.addActions([self.close, self.quit])
        edit = bar.addMenu(tr("&Edit"))
        edit.addActions([self.undo, self.redo, self.history])
        edit.addSeparator()
        edit.addActions([self.cut, self.copy, self.paste, self.duplicate, self.delete])
        edit.addSeparator()
        edit.addActions([self.add_card, self.select_all, self.find, self.find_next, self.find_previous])
        journey = bar.addMenu(tr("&Journey"))
        journey.addActions(
            [self.add_journey, self.duplicate_journey, self.rename_journey, self.delete_journey]
        )
        journey.addSeparator()
        journey.addActions([self.add_stage, self.add_phase, self.remove_header])
        view = bar.addMenu(tr("&View"))
        view.addActions([self.zoom_in, self.zoom_out, self.zoom_reset, self.fit])
        view.addSeparator()
        view.addActions([self.presentation, self.high_contrast, self.filter_bar, self.emotion_lane])
        view.addSeparator()
        view.addActions(docks_menu_actions)
        view.addAction(self.reset_layout)
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self.about)
        self.view_menu = view

        toolbar = QToolBar(tr("Main toolbar"), w)
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.addActions([self.new, self.open])
        toolbar.addSeparator()
        toolbar.addActions([self.undo, self.redo])
        toolbar.addSeparator()
        toolbar.addActions([self.add_card, self.delete])
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_out, self.zoom_in, self.fit, self.presentation])
        w.addToolBar(toolbar)
        self.toolbar = toolbar
