"""The window's actions, menus and toolbar, with Qt's standard key sequences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from .icons import icon

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

        self.new = make(
            QCoreApplication.translate("MainWindow", "&New Workshop…"),
            SK.New,
            tip=QCoreApplication.translate("MainWindow", "Start a workshop from a framework"),
        )
        self.open = make(QCoreApplication.translate("MainWindow", "&Open…"), SK.Open)
        self.save_copy = make(
            QCoreApplication.translate("MainWindow", "Save a &Copy As…"),
            SK.SaveAs,
            tip=QCoreApplication.translate("MainWindow", "Write a complete copy of this workshop"),
        )
        self.workshop_details = make(
            QCoreApplication.translate("MainWindow", "Workshop &Details…"),
            tip=QCoreApplication.translate(
                "MainWindow", "Client, retailer, category, channel, date, facilitator, participants, currency"
            ),
        )
        self.workshop_details.triggered.connect(self._edit_workshop_details)
        self.export_json = make(QCoreApplication.translate("MainWindow", "Export Workshop &JSON…"))
        self.save_framework = make(QCoreApplication.translate("MainWindow", "Save Journey as &Framework…"))
        self.close = make(QCoreApplication.translate("MainWindow", "&Close"), SK.Close)
        self.quit = make(QCoreApplication.translate("MainWindow", "&Quit"), SK.Quit)
        self.undo = make(QCoreApplication.translate("MainWindow", "&Undo"), SK.Undo)
        self.redo = make(
            QCoreApplication.translate("MainWindow", "&Redo"), bindings(SK.Redo, "Ctrl+Shift+Z", "Ctrl+Y")
        )
        self.history = make(QCoreApplication.translate("MainWindow", "Undo &History"), checkable=True)
        self.cut = make(QCoreApplication.translate("MainWindow", "Cu&t Cards"), SK.Cut)
        self.copy = make(QCoreApplication.translate("MainWindow", "&Copy Cards"), SK.Copy)
        self.paste = make(QCoreApplication.translate("MainWindow", "&Paste Cards"), SK.Paste)
        self.delete = make(QCoreApplication.translate("MainWindow", "&Delete"), bindings(SK.Delete, "Del"))
        self.duplicate = make(QCoreApplication.translate("MainWindow", "D&uplicate"), "Ctrl+D")
        self.select_all = make(QCoreApplication.translate("MainWindow", "Select &All"), SK.SelectAll)
        # plain + and − on the map (Ctrl+= and Ctrl+- zoom); the tally of the room's dots or hands
        self.add_vote = make(
            QCoreApplication.translate("MainWindow", "Add a &Vote"),
            "+",
            tip=QCoreApplication.translate("MainWindow", "One more dot vote on the selected cards"),
        )
        self.remove_vote = make(
            QCoreApplication.translate("MainWindow", "Remove a V&ote"),
            "-",
            tip=QCoreApplication.translate("MainWindow", "One dot vote less on the selected cards"),
        )
        self.find = make(QCoreApplication.translate("MainWindow", "&Find…"), SK.Find)
        self.find_next = make(QCoreApplication.translate("MainWindow", "Find &Next"), SK.FindNext)
        self.find_previous = make(QCoreApplication.translate("MainWindow", "Find Pre&vious"), SK.FindPrevious)
        self.add_card = make(QCoreApplication.translate("MainWindow", "Add Custom &Card"), "Ins")
        self.zoom_in = make(QCoreApplication.translate("MainWindow", "Zoom &In"), SK.ZoomIn)
        self.zoom_out = make(QCoreApplication.translate("MainWindow", "Zoom &Out"), SK.ZoomOut)
        self.zoom_reset = make(QCoreApplication.translate("MainWindow", "Actual &Size"), "Ctrl+0")
        self.fit = make(QCoreApplication.translate("MainWindow", "&Fit to Window"), "Ctrl+1")
        self.presentation = make(
            QCoreApplication.translate("MainWindow", "&Presentation Mode"),
            bindings(SK.FullScreen, "F11"),
            checkable=True,
        )
        self.high_contrast = make(QCoreApplication.translate("MainWindow", "&High Contrast"), checkable=True)
        self.filter_bar = make(
            QCoreApplication.translate("MainWindow", "Fi&lter Bar"), "Ctrl+Shift+L", checkable=True
        )
        self.emotion_lane = make(QCoreApplication.translate("MainWindow", "&Emotion Curve"), checkable=True)
        self.emotion_lane.setChecked(True)
        self.reset_layout = make(QCoreApplication.translate("MainWindow", "&Reset Window Layout"))
        self.add_journey = make(QCoreApplication.translate("MainWindow", "&Add Journey…"))
        self.duplicate_journey = make(QCoreApplication.translate("MainWindow", "D&uplicate Journey"))
        self.rename_journey = make(QCoreApplication.translate("MainWindow", "&Rename Journey…"))
        self.delete_journey = make(QCoreApplication.translate("MainWindow", "&Delete Journey"))
        self.add_stage = make(QCoreApplication.translate("MainWindow", "Add &Stage"))
        self.add_phase = make(QCoreApplication.translate("MainWindow", "Add &Phase"))
        self.remove_header = make(QCoreApplication.translate("MainWindow", "Remove Selected Stage or Phase"))
        self.sales_periods = make(
            QCoreApplication.translate("MainWindow", "Sales &Periods…"),
            tip=QCoreApplication.translate(
                "MainWindow", "The workshop's key sales periods, with Polish presets"
            ),
        )
        self.about = make(QCoreApplication.translate("MainWindow", "&About ShopperMap"))
        self.recent_menu = QMenu(QCoreApplication.translate("MainWindow", "Open &Recent"), window)

    def _edit_workshop_details(self) -> None:
        from .dialogs.workshop_details import edit_workshop_details

        edit_workshop_details(self.window)

    def _dress_for_toolbar(self) -> None:
        """Icons and short fixed names: a button keeps its width while the undo text changes.

        The menus keep the full text ("Undo Rename 'Leaflet'"); the button's tooltip follows it.
        """
        short = {
            "new": QCoreApplication.translate("Toolbar", "New"),
            "open": QCoreApplication.translate("Toolbar", "Open"),
            "undo": QCoreApplication.translate("Toolbar", "Undo"),
            "redo": QCoreApplication.translate("Toolbar", "Redo"),
            "add_card": QCoreApplication.translate("Toolbar", "Add card"),
            "delete": QCoreApplication.translate("Toolbar", "Delete"),
            "zoom_out": QCoreApplication.translate("Toolbar", "Zoom out"),
            "zoom_in": QCoreApplication.translate("Toolbar", "Zoom in"),
            "fit": QCoreApplication.translate("Toolbar", "Fit"),
            "presentation": QCoreApplication.translate("Toolbar", "Present"),
        }
        for name, text in short.items():
            action: QAction = getattr(self, name)
            action.setIcon(icon(name))
            action.setIconText(text)

    def build_menus(self, docks_menu_actions: list[QAction]) -> None:
        """Fill the menu bar and the toolbar."""
        w = self.window
        bar = w.menuBar()
        file = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        file.addActions([self.new, self.open])
        file.addMenu(self.recent_menu)
        file.addSeparator()
        file.addAction(self.workshop_details)
        file.addSeparator()
        file.addActions([self.save_copy, self.export_json, self.save_framework])
        file.addSeparator()
        file.addActions([self.close, self.quit])
        edit = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        edit.addActions([self.undo, self.redo, self.history])
        edit.addSeparator()
        edit.addActions([self.cut, self.copy, self.paste, self.duplicate, self.delete])
        edit.addSeparator()
        edit.addActions([self.add_card, self.select_all, self.find, self.find_next, self.find_previous])
        edit.addSeparator()
        edit.addActions([self.add_vote, self.remove_vote])
        journey = bar.addMenu(QCoreApplication.translate("MainWindow", "&Journey"))
        journey.addActions(
            [self.add_journey, self.duplicate_journey, self.rename_journey, self.delete_journey]
        )
        journey.addSeparator()
        journey.addActions([self.add_stage, self.add_phase, self.remove_header])
        journey.addSeparator()
        journey.addAction(self.sales_periods)
        self.journey_menu = journey
        view = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        view.addActions([self.zoom_in, self.zoom_out, self.zoom_reset, self.fit])
        view.addSeparator()
        view.addActions([self.presentation, self.high_contrast, self.filter_bar, self.emotion_lane])
        view.addSeparator()
        view.addActions(docks_menu_actions)
        view.addAction(self.reset_layout)
        help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.addAction(self.about)
        self.view_menu = view

        toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"), w)
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        self._dress_for_toolbar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        toolbar.setIconSize(QSize(24, 24))
        toolbar.addActions([self.new, self.open])
        toolbar.addSeparator()
        toolbar.addActions([self.undo, self.redo])
        toolbar.addSeparator()
        toolbar.addActions([self.add_card, self.delete])
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_out, self.zoom_in, self.fit, self.presentation])
        w.addToolBar(toolbar)
        self.toolbar = toolbar
