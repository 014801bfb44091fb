"""Presentation mode and high contrast: how the map looks on a projector.

Presentation mode shows the canvas full screen with docks and bars hidden and larger type; Escape
leaves it. High contrast re-colours the map for washed-out projectors.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDockWidget

from .canvas.style import CanvasStyle

PRESENTATION_SCALE = 1.25


class Presentation(QObject):
    """Follows the window's Presentation and High Contrast toggles and restyles every open map."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.style_base = CanvasStyle()
        self._before = None  # the dock layout to come back to
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
            for dock in w.findChildren(QDockWidget):
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
        self.apply_style()
