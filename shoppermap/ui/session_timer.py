"""The session's countdown timer, shown large over the canvas, readable from the back of the room.

Set the minutes, start, pause, add a minute; at the end it beeps and flashes. It times the room's
exercise and is no part of the workshop, so nothing of it goes to the file.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QObject,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .layouts import nested

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
FLASHES = 12  # on-off changes of the end signal: about five seconds
BEEPS = 3


class SessionTimer(QObject):
    """A countdown measured on a monotonic clock, so a busy event loop cannot stretch the minutes."""

    SECOND_MS = 1000  # tests make a second shorter
    changed = Signal()  # the time left, or running, changed
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.duration_s = 10 * 60
        self._left_at_start = float(self.duration_s)  # the seconds left when the clock last started
        self._clock = QElapsedTimer()
        self._ticker = QTimer(self)
        self._ticker.timeout.connect(self._tick)
        self.ended = False

    @property
    def running(self) -> bool:
        return self._ticker.isActive()

    def left(self) -> float:
        """Seconds left (0 at the end)."""
        if not self.running:
            return self._left_at_start
        return max(0.0, self._left_at_start - self._clock.elapsed() / self.SECOND_MS)

    def set_minutes(self, minutes: int) -> None:
        """A new countdown of `minutes`, stopped, ready to start."""
        self._ticker.stop()
        self.duration_s = max(1, int(minutes)) * 60
        self._left_at_start = float(self.duration_s)
        self.ended = False
        self.changed.emit()

    def start(self) -> None:
        """Start or go on counting down (from the full time again after an end)."""
        if self.running:
            return
        if self.ended or self._left_at_start <= 0:
            self._left_at_start = float(self.duration_s)
        self.ended = False
        self._clock.start()
        self._ticker.start(max(1, self.SECOND_MS // 4))
        self.changed.emit()

    def pause(self) -> None:
        """Stop the clock, keeping the time left."""
        if self.running:
            self._left_at_start = self.left()
            self._ticker.stop()
            self.changed.emit()

    def toggle(self) -> None:
        """Start when paused, pause when running."""
        self.pause() if self.running else self.start()

    def add_minute(self) -> None:
        """One more minute for the room (after the end, a minute to run)."""
        if self.ended:
            self._left_at_start, self.ended = 0.0, False
        if self.running:
            self._left_at_start = self.left() + 60
            self._clock.start()
        else:
            self._left_at_start += 60
        self.changed.emit()

    def reset(self) -> None:
        """Back to the full time, stopped."""
        self.set_minutes(self.duration_s // 60)

    def _tick(self) -> None:
        if self.left() <= 0:
            self._ticker.stop()
            self._left_at_start = 0.0
            self.ended = True
            self.changed.emit()
            self.finished.emit()
            return
        self.changed.emit()


def clock_text(seconds: float) -> str:
    """'9:05': minutes and seconds, a started second counted whole (0:00 only at the end)."""
    whole = int(-(-seconds // 1))
    return f"{whole // 60}:{whole % 60:02d}"


class TimerOverlay(QFrame):
    """The timer's face over the top right of the canvas: the time left, large, and its buttons."""

    closed = Signal()

    def __init__(self, timer: SessionTimer, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("session-timer")
        self.timer = timer
        self.flashes_left = 0
        self.lit = False  # the end signal's bright phase
        self.time_label = QLabel()
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.end_label = QLabel(self.tr("Time's up"))
        self.end_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.end_label.hide()
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setValue(timer.duration_s // 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setToolTip(self.tr("Minutes to count down"))
        self.start_button = QToolButton()
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("+1 min"))
        self.reset_button = QToolButton()
        self.reset_button.setText(self.tr("Reset"))
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Hide the timer"))
        for button in (self.start_button, self.add_button, self.reset_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the map and the walk
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 10)
        layout.addWidget(self.time_label)
        layout.addWidget(self.end_label)
        controls = nested(layout, QHBoxLayout())
        controls.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.minutes,
            self.start_button,
            self.add_button,
            self.reset_button,
            self.close_button,
        ):
            controls.addWidget(widget)
        self._flasher = QTimer(self)
        self._flasher.setInterval(400)
        self._flasher.timeout.connect(self._flash)
        self.minutes.editingFinished.connect(self._minutes_set)
        self.start_button.clicked.connect(timer.toggle)
        self.add_button.clicked.connect(timer.add_minute)
        self.reset_button.clicked.connect(timer.reset)
        self.close_button.clicked.connect(self.closed)
        timer.changed.connect(self.refresh)
        timer.finished.connect(self.signal_end)
        parent.installEventFilter(self)
        self.set_large(False)
        self.refresh()

    def _minutes_set(self) -> None:
        if self.minutes.value() * 60 != self.timer.duration_s or not self.timer.running:
            self.timer.set_minutes(self.minutes.value())

    def set_large(self, large: bool) -> None:
        """Digits for a laptop, or for the back of the room (presentation mode)."""
        font = QFont(self.font())
        font.setPixelSize(150 if large else 56)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.time_label.setFont(font)
        end = QFont(self.font())
        end.setPixelSize(48 if large else 20)
        end.setBold(True)
        self.end_label.setFont(end)
        controls = QFont(self.font())
        if large:
            controls.setPixelSize(20)
        for widget in (
            self.minutes,
            self.start_button,
            self.add_button,
            self.reset_button,
            self.close_button,
        ):
            widget.setFont(controls)
        self.place()

    def refresh(self) -> None:
        """Show the time left and what the start button will do."""
        self.time_label.setText(clock_text(self.timer.left()))
        if not self.minutes.hasFocus():
            with QSignalBlocker(self.minutes):
                self.minutes.setValue(self.timer.duration_s // 60)
        self.start_button.setText(self.tr("Pause") if self.timer.running else self.tr("Start"))
        if not self.timer.ended and self.flashes_left == 0:
            self.end_label.hide()
            self._colour(ended=False)
        self.place()

    def signal_end(self) -> None:
        """The time is up: beep and flash, so the room notices without looking at the screen."""
        self.end_label.show()
        self.flashes_left = FLASHES
        self.lit = False
        self._flasher.start()
        self._flash()
        self.place()

    def _flash(self) -> None:
        if self.flashes_left <= 0 or not self.timer.ended:
            self._flasher.stop()
            self.flashes_left = 0
            self._colour(ended=self.timer.ended)
            return
        if (FLASHES - self.flashes_left) % 2 == 0 and (FLASHES - self.flashes_left) // 2 < BEEPS:
            QApplication.beep()
        self.flashes_left -= 1
        self.lit = not self.lit
        self._colour(ended=True, lit=self.lit)

    def _colour(self, *, ended: bool, lit: bool = False) -> None:
        if lit:
            face, text = "#C62828", "#FFFFFF"
        elif ended:
            face, text = "#FFFFFF", "#C62828"
        else:
            face, text = "#FFFFFF", "#212121"
        self.setStyleSheet(
            f"#session-timer {{ background: {face}; border: 3px solid #C62828; border-radius: 12px; }}"
            if ended
            else f"#session-timer {{ background: {face}; border: 1px solid #9E9E9E; border-radius: 12px; }}"
        )
        for label in (self.time_label, self.end_label):
            label.setStyleSheet(f"color: {text}; background: transparent;")

    def place(self) -> None:
        """Keep to the top right corner of the canvas."""
        parent = self.parentWidget()
        if parent is None:
            return
        self.adjustSize()
        margin = 16
        bar = parent.verticalScrollBar().width() if parent.verticalScrollBar().isVisible() else 0
        self.move(max(0, parent.width() - self.width() - margin - bar), margin)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.place()
        return False


class TimerActions(QObject):
    """View → Session Timer and its keys; the overlay lives on the window's canvas."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.timer = SessionTimer(self)
        self.overlay = TimerOverlay(self.timer, window.view)
        self.overlay.hide()

        def make(text: str, key: str) -> QAction:
            action = QAction(text, window)
            action.setShortcut(QKeySequence(key))
            window.addAction(action)  # its key works while the menu bar is hidden
            return action

        self.show_action = make(translate("SessionTimer", "Session &Timer"), "Ctrl+T")
        self.show_action.setCheckable(True)
        self.show_action.setStatusTip(
            translate("SessionTimer", "A countdown over the map for the room's exercises")
        )
        self.start_action = make(translate("SessionTimer", "&Start or Pause Timer"), "Ctrl+Shift+T")
        self.add_action = make(translate("SessionTimer", "Add a &Minute"), "Ctrl+Shift+M")
        self.show_action.toggled.connect(self.show_timer)
        self.start_action.triggered.connect(self._start_or_pause)
        self.add_action.triggered.connect(self.timer.add_minute)
        self.overlay.closed.connect(lambda: self.show_action.setChecked(False))
        window.actions_.presentation.toggled.connect(self.overlay.set_large)
        menu = window.actions_.view_menu
        before = window.actions_.presentation
        for action in (self.show_action, self.start_action, self.add_action):
            menu.insertAction(before, action)
        menu.insertSeparator(before)

    def show_timer(self, on: bool) -> None:
        """Show or hide the timer over the canvas (hiding does not stop it)."""
        if self.show_action.isChecked() != on:
            self.show_action.setChecked(on)  # comes back here through toggled
            return
        self.overlay.setVisible(on)
        if on:
            self.overlay.raise_()
            self.overlay.place()

    def _start_or_pause(self) -> None:
        self.show_timer(True)
        self.timer.toggle()


def install(window) -> TimerActions:
    """Add the session timer to the window."""
    actions = TimerActions(window)
    window.session_timer = actions
    return actions
