"""Field widgets of the inspector: each shows a value and says when the user has committed a new one.

A field keeps the value it last showed from the document. `set_value` replaces what is shown only
when the document's value really changed, so a refresh never wipes out what the user is typing,
and it never emits `committed`: only the user's own edits do.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QFont, QIcon, QKeyEvent, QTextOption, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..commands import typing_run
from ..layouts import nested

QLINE_EDIT_LIMIT = 2**31 - 1  # Qt's own limit is lifted: limit_length enforces ours, quickly
LONG_WORD = re.compile(r"\S{500}")  # a word this long is wrapped anywhere: word wrapping it is quadratic
IDLE_COMMIT_MS = 1000  # a pause this long in typing commits the text (a flat battery costs at most this)
DATE_FORMAT = "yyyy-MM-dd"  # unambiguous for Polish and English readers alike
_MIXED = object()  # what a field holds while the selected cards disagree
_NOTHING = object()  # no choice waiting to be committed


class MessageLabel(QLabel):
    """A red one-line message under a field saying what is wrong; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet("color: #c62828;")
        self.setAccessibleName(self.tr("Problem"))
        self.hide()

    def show_message(self, text: str | None) -> None:
        """Show `text`, or hide the label when it is empty or None."""
        self.setText(text or "")
        self.setVisible(bool(text))


def with_message(widget: QWidget, *extras: QWidget) -> tuple[QWidget, MessageLabel]:
    """A box with `widget` (and `extras` beside it) above its message label, for one form row."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if extras:
        row = box.extras_row = nested(column, QHBoxLayout())
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(widget, 1)
        for extra in extras:
            row.addWidget(extra)
    else:
        column.addWidget(widget)
    message = MessageLabel()
    column.addWidget(message)
    return box, message


def section_header(text: str) -> QLabel:
    """A bold header that opens a section of the inspector."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.08)
    label.setFont(font)
    label.setContentsMargins(0, 10, 0, 2)
    return label


class TypingRun:
    """Commits a text field while the user pauses, each run of typing one undo step.

    The run starts at the first keystroke and ends when the field commits for good (Return,
    focus leaving); the commits in between are merged into the run's first undo step.
    """

    def __init__(self, field: QWidget, flush, text) -> None:
        self.enabled = True
        self._flush = flush
        self._text = text
        self._token = object()
        self._timer = QTimer(field)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_COMMIT_MS)
        self._timer.timeout.connect(self._paused)

    def typed(self) -> None:
        """The user changed the text: commit once they pause."""
        if self.enabled:
            self._timer.start()

    def commit(self, *, final: bool) -> None:
        """Commit through `flush` as part of this run; a final commit ends the run."""
        self._timer.stop()
        with typing_run(self._token):
            self._flush()
        if final:
            self._token = object()

    def _paused(self) -> None:
        if self._text().strip():  # a field emptied on the way to new text is not committed mid-way
            self.commit(final=False)


def limit_length(edit: QLineEdit, limit: int) -> None:
    """Keep `edit` to `limit` characters, cutting a longer paste in one step.

    QLineEdit's own maxLength cuts a paste that overflows it in time that grows with the square of
    its length: 200,000 characters froze the window for seconds, a million for minutes.
    """
    edit.setMaxLength(QLINE_EDIT_LIMIT)

    def cut(text: str) -> None:
        if len(text) > limit:
            cursor = min(edit.cursorPosition(), limit)
            edit.setText(text[:limit])
            edit.setCursorPosition(cursor)

    edit.textChanged.connect(cut)


def owner_completer(parent: QWidget) -> QCompleter:
    """A completer offering names that contain what was typed, in any case."""
    completer = QCompleter(QStringListModel(parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer


def set_completions(completer: QCompleter, names: list[str]) -> None:
    """Replace the names a completer offers."""
    model = completer.model()
    if isinstance(model, QStringListModel) and model.stringList() != names:
        model.setStringList(names)


class LineField(QLineEdit):
    """A one-line text field committed on Return or when focus leaves it."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, max_length: int = 1_000_000) -> None:
        super().__init__(parent)
        limit_length(self, max_length)
        self._value = ""
        self.typing = TypingRun(self, self._commit_typed, self.text)
        self.textEdited.connect(lambda _text: self.typing.typed())
        self.editingFinished.connect(self.flush)

    def set_value(self, text: str, *, force: bool = False) -> bool:
        """Show `text` if the document's value changed (or `force`); True when the display changed."""
        if text == self._value and not force:
            return False
        self._value = text
        if self.text() != text:  # what the user just committed stays, and so does the cursor
            with QSignalBlocker(self):
                self.setText(text)
                self.setCursorPosition(0)
        return True

    def flush(self) -> None:
        """Commit what the user typed, if it differs from what the document holds; the typing run ends."""
        self.typing.commit(final=True)

    def _commit_typed(self) -> None:
        if self.text() != self._value:
            self.committed.emit(self.text())

    def set_completer_model(self, completer: QCompleter) -> None:
        """Offer completions; picking one commits it."""
        # a name with suggestions is committed whole: a pause must not add 'An' to the owners
        self.typing.enabled = False
        self.setCompleter(completer)
        completer.activated.connect(lambda _text: QTimer.singleShot(0, self.flush))


class PlainField(QPlainTextEdit):
    """A multi-line plain-text field (markup stays literal) committed when focus leaves it."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on through the form, as in every other field
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._value = ""
        self.typing = TypingRun(self, self._commit_typed, self.toPlainText)
        self.textChanged.connect(self.typing.typed)  # set_value blocks it: only the user's edits count
        self.textChanged.connect(lambda: self._fit_wrapping(self.toPlainText()))
        margins = self.contentsMargins()
        height = self.fontMetrics().lineSpacing() * lines + 2 * self.document().documentMargin()
        self.setFixedHeight(int(height + margins.top() + margins.bottom() + 4))

    def set_value(self, text: str, *, force: bool = False) -> bool:
        """Show `text` if the document's value changed (or `force`); True when the display changed."""
        if text == self._value and not force:
            return False
        self._value = text
        if self.toPlainText() != text:
            self._fit_wrapping(text)
            with QSignalBlocker(self):
                self.setPlainText(text)
        return True

    def insertFromMimeData(self, source) -> None:
        if source.hasText():
            self._fit_wrapping(source.text())  # before the paste is laid out, not after
        super().insertFromMimeData(source)

    def _fit_wrapping(self, text: str) -> None:
        long_word = LONG_WORD.search(text) is not None
        mode = QTextOption.WrapMode.WrapAnywhere if long_word else QTextOption.WrapMode.WordWrap
        if self.wordWrapMode() != mode:
            self.setWordWrapMode(mode)

    def flush(self) -> None:
        """Commit what the user typed, if it differs from what the document holds; the typing run ends."""
        self.typing.commit(final=True)

    def _commit_typed(self) -> None:
        if self.toPlainText() != self._value:
            self.committed.emit(self.toPlainText())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # the context menu is not leaving
            self.flush()


class ChoiceField(QComboBox):
    """A fixed list of choices that can also show '— mixed —'.

    A pick from the list is committed at once. Stepping through the choices with the arrow keys,
    the wheel or type-to-find is committed when the user pauses or leaves the field, so reaching
    '+2' by way of '+1' is still one undo step.
    """

    committed = Signal(object)
    PAUSE_MS = 700

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self._mixed = False
        self._stepping = False
        self._pending: Any = _NOTHING
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.timeout.connect(self.flush)
        self.activated.connect(self._picked)

    def set_choices(
        self,
        choices: list[tuple[str, Any]],
        icons: dict[Any, QIcon] | None = None,
        *,
        tips: dict[Any, str] | None = None,
    ) -> None:
        """Replace the choices (text, value), keeping the current value when it is still offered."""
        current = self.value()
        with QSignalBlocker(self):
            self.clear()
            self._mixed = False
            for text, data in choices:
                icon = (icons or {}).get(data)
                if icon is not None:
                    self.addItem(icon, text, data)
                else:
                    self.addItem(text, data)
                if tips and data in tips:
                    self.setItemData(self.count() - 1, tips[data], Qt.ItemDataRole.ToolTipRole)
            self._select(current)

    def value(self) -> Any:
        """The value shown (the mixed marker counts as no value)."""
        return None if self._mixed else self.currentData()

    def set_value(self, value: Any) -> None:
        """Show the document's `value` (a choice still being stepped through is dropped)."""
        self._cancel()
        with QSignalBlocker(self):
            if self._mixed:
                self.removeItem(0)
                self._mixed = False
            self._select(value)

    def set_mixed(self) -> None:
        """Show that the selected cards hold different values."""
        self._cancel()
        with QSignalBlocker(self):
            if not self._mixed:
                self.insertItem(0, self.tr("— mixed —"), _MIXED)
                self._mixed = True
            self.setCurrentIndex(0)

    def flush(self) -> None:
        """Commit a choice reached with keys or the wheel and not committed yet."""
        pending, self._pending = self._pending, _NOTHING
        self._pause.stop()
        if pending is not _NOTHING:
            self.committed.emit(pending)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._stepping = True
        try:
            super().keyPressEvent(event)
        finally:
            self._stepping = False

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._stepping = True
        try:
            super().wheelEvent(event)
        finally:
            self._stepping = False

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.flush()

    def _cancel(self) -> None:
        self._pending = _NOTHING
        self._pause.stop()

    def _select(self, value: Any) -> None:
        for i in range(self.count()):
            if self.itemData(i) == value and self.itemData(i) is not _MIXED:
                self.setCurrentIndex(i)
                return

    def _picked(self, index: int) -> None:
        data = self.itemData(index)
        if data is _MIXED:
            return
        self._pending = data
        if self._stepping:
            self._pause.start(self.PAUSE_MS)
        else:
            self.flush()


class ComboTextField(QComboBox):
    """Free text with suggestions (an editable combo); committed on Return, focus-out or a pick."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # typed text is a value, not a new choice
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        limit_length(self.lineEdit(), 1_000_000)
        completer = self.completer()
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._value = ""
        self.lineEdit().editingFinished.connect(self.flush)
        self.activated.connect(lambda _index: self.flush())

    def set_suggestions(self, texts: list[str], *, data: list[Any] | None = None) -> None:
        """Replace the suggestions, leaving the typed text alone."""
        if [self.itemText(i) for i in range(self.count())] == texts:
            return
        shown = self.currentText()
        with QSignalBlocker(self), QSignalBlocker(self.lineEdit()):
            self.clear()
            for i, text in enumerate(texts):
                self.addItem(text, None if data is None else data[i])
            self.setCurrentIndex(-1)
            self.setEditText(shown)

    def text(self) -> str:
        """The text shown."""
        return self.currentText()

    def set_value(self, text: str, *, force: bool = False) -> bool:
        """Show `text` if the document's value changed (or `force`); True when the display changed."""
        if text == self._value and not force:
            return False
        self._value = text
        if self.currentText() != text:
            with QSignalBlocker(self), QSignalBlocker(self.lineEdit()):
                self.setCurrentIndex(self.findText(text, Qt.MatchFlag.MatchExactly))
                self.setEditText(text)
                self.lineEdit().setCursorPosition(0)
        return True

    def flush(self) -> None:
        """Commit what the user typed or picked, if it differs from what the document holds."""
        if self.currentText() != self._value:
            self.committed.emit(self.currentText())


class FlagField(QCheckBox):
    """A yes/no flag committed on click; with several cards it can show 'mixed' (partly checked)."""

    committed = Signal(bool)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.clicked.connect(lambda: self.committed.emit(self.isChecked()))

    def set_value(self, value: bool | None) -> None:
        """Show True, False, or None for 'the selected cards differ'."""
        with QSignalBlocker(self):
            self.setTristate(value is None)
            if value is None:
                self.setCheckState(Qt.CheckState.PartiallyChecked)
            else:
                self.setChecked(value)

    def nextCheckState(self) -> None:
        # a click on 'mixed' sets the flag on every card; it never goes back to 'mixed'
        if self.checkState() == Qt.CheckState.PartiallyChecked:
            self.setTristate(False)
            self.setCheckState(Qt.CheckState.Checked)
        else:
            self.setChecked(not self.isChecked())


class DateField(QWidget):
    """An optional date: a check box says whether there is one, the date edit says which."""

    committed = Signal(object)  # a datetime.date, or None for no date

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.check.setToolTip(self.tr("Uncheck when there is no date"))
        self.check.setAccessibleName(name)
        self.check.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.edit = QDateEdit()
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setCalendarPopup(True)
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.edit.setAccessibleName(name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)
        self._value: dt.date | None = None
        self.check.clicked.connect(self._toggled)
        self.edit.editingFinished.connect(self.flush)
        self.edit.calendarWidget().clicked.connect(lambda _date: QTimer.singleShot(0, self.flush))

    def value(self) -> dt.date | None:
        """The date shown, or None when the box is unchecked."""
        return self.edit.date().toPython() if self.check.isChecked() else None

    def set_value(
        self, value: dt.date | None, *, force: bool = False, default: dt.date | None = None
    ) -> bool:
        """Show the document's date (None: no date; the edit then offers `default`)."""
        if value == self._value and not force:
            if value is None and default is not None and not self.check.isChecked():
                with QSignalBlocker(self.edit):  # checking the box will offer the other date
                    self.edit.setDate(QDate(default.year, default.month, default.day))
            return False
        self._value = value
        with QSignalBlocker(self.check), QSignalBlocker(self.edit):
            self.check.setChecked(value is not None)
            self.edit.setEnabled(value is not None)
            shown = value or default or dt.date.today()
            self.edit.setDate(QDate(shown.year, shown.month, shown.day))
        return True

    def flush(self) -> None:
        """Commit the date shown, if it differs from the document's."""
        if self.value() != self._value:
            self.committed.emit(self.value())

    def _toggled(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        self.flush()
