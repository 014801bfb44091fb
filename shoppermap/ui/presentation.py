"""Presentation mode and high contrast: how the map looks on a projector.

Presentation mode shows the canvas full screen with docks and bars hidden and larger type; Escape
leaves it. Every action's shortcut keeps working there (the facilitator drives the session from the
keyboard or a presenter's clicker), and the docks a session needs on screen (the walk panel while
walking) stay. High contrast re-colours the map for washed-out projectors.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

from .canvas.style import CanvasStyle

PRESENTATION_SCALE = 1.25


class Presentation(QObject):
    """Follows the window's Presentation and High Contrast toggles and restyles every open map."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.style_base = CanvasStyle()
        self._before = None  # the dock layout to come back to
        # each returns a dock presentation mode keeps on screen, or None (the walk panel while walking)
        self.kept_docks: list[Callable[[], QDockWidget | None]] = []
        window.actions_.presentation.toggled.connect(self.set_presentation)
        window.actions_.high_contrast.toggled.connect(lambda _on: self.apply_style())

    def style(self) -> CanvasStyle:
        """The canvas style the toggles ask for."""
        actions = self.window.actions_
        style = self.style_base
        if actions.presentation.isChecked():
            style = style.scaled(PRESENTATION_SCALE)
        if actions.high_contrast.isChecked():
            style = style.contrasted()
        return style

    def apply_style(self) -> None:
        """Restyle every open map and fit the shown one to the window again."""
        style = self.style()
        for scene in self.window.scenes.values():
            scene.set_style(style)
        QTimer.singleShot(0, self.window.view.fit)

    def set_presentation(self, on: bool) -> None:
        """Presentation mode: full screen canvas, docks and bars hidden, larger type."""
        w = self.window
        if on:
            self._before = w.saveState()
            keep_shortcuts_alive(w)
            kept = {dock for find in self.kept_docks if (dock := find()) is not None}
            for dock in w.findChildren(QDockWidget):
                if dock not in kept:
                    dock.hide()
            w.actions_.toolbar.hide()
            w.menuBar().hide()
            w.statusBar().hide()
            w.showFullScreen()
        else:
            w.showNormal()
            w.menuBar().show()
            w.statusBar().show()
            w.actions_.toolbar.show()
            if self._before is not None:
                w.restoreState(self._before)
            for find in self.kept_docks:
                dock = find()
                if dock is not None:
                    dock.show()  # a walk begun while presenting goes on after it
        self.apply_style()


def menu_actions(widget: QWidget) -> Iterator[QAction]:
    """Every action of a widget's menus, submenus included."""
    for action in widget.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from menu_actions(menu)
        elif not action.isSeparator():
            yield action


def keep_shortcuts_alive(window) -> None:
    """Give the window itself every menu action, so their shortcuts work while the menu bar is hidden.

    Qt fires a window shortcut only for an action on a visible widget; a hidden menu bar takes its
    actions' keys with it (Ctrl+Z, Delete, F1, Ctrl+F, zoom, even F11 to come back).
    """
    have = set(window.actions())
    window.addActions([a for a in menu_actions(window.menuBar()) if a not in have and a.shortcuts()])
