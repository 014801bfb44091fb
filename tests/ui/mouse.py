"""Real mouse events on a view's viewport (QTest.mouseMove sends no pressed button)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.MouseButton.NoButton


def send(
    widget,
    kind: QEvent.Type,
    pos: QPoint,
    button=LEFT,
    buttons=LEFT,
    modifiers=Qt.KeyboardModifier.NoModifier,
):
    """Deliver one mouse event at `pos` (widget coordinates)."""
    local = QPointF(pos)
    event = QMouseEvent(kind, local, QPointF(widget.mapToGlobal(pos)), button, buttons, modifiers)
    QApplication.sendEvent(widget, event)


def drag(
    view,
    start_scene: QPointF,
    end_scene: QPointF,
    *,
    steps: int = 8,
    release: bool = True,
    modifiers=Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press at a scene point, move in steps with the button held, release at another scene point."""
    viewport = view.viewport()
    start = view.mapFromScene(start_scene)
    end = view.mapFromScene(end_scene)
    send(viewport, QEvent.Type.MouseButtonPress, start, modifiers=modifiers)
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        send(viewport, QEvent.Type.MouseMove, point, button=NONE, buttons=LEFT, modifiers=modifiers)
    if release:
        send(viewport, QEvent.Type.MouseButtonRelease, end, buttons=NONE, modifiers=modifiers)


def click(view, scene_point: QPointF, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A left click at a scene point."""
    pos = view.mapFromScene(scene_point)
    send(view.viewport(), QEvent.Type.MouseButtonPress, pos, modifiers=modifiers)
    send(view.viewport(), QEvent.Type.MouseButtonRelease, pos, buttons=NONE, modifiers=modifiers)


def double_click(view, scene_point: QPointF) -> None:
    """A left double-click at a scene point."""
    pos = view.mapFromScene(scene_point)
    send(view.viewport(), QEvent.Type.MouseButtonPress, pos)
    send(view.viewport(), QEvent.Type.MouseButtonRelease, pos, buttons=NONE)
    send(view.viewport(), QEvent.Type.MouseButtonDblClick, pos)
    send(view.viewport(), QEvent.Type.MouseButtonRelease, pos, buttons=NONE)
