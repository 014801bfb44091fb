"""A short list of a card's annotations, one line each, with buttons to add, copy, remove and reorder."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..layouts import nested
from .fields import MessageLabel

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Line:
    """One entry of the list."""

    id: str
    text: str
    tooltip: str = ""
    icon: QIcon | None = None


class ItemList(QWidget):
    """The list and its buttons; it only reports what the user asked for, the section does the edit."""

    current_changed = Signal(object)  # the id of the selected entry, or None
    add_requested = Signal()
    duplicate_requested = Signal(str)
    remove_requested = Signal(str)
    move_requested = Signal(str, int)  # id, -1 (up) or +1 (down)

    def __init__(self, *, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QListWidget()
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setUniformItemSizes(True)
        self.view.setIconSize(QSize(12, 12))
        self.view.setAlternatingRowColors(True)
        self.empty_text = empty_text
        self._last: str | None = None
        style = self.style()
        self.add = self._button(self.tr("Add"), self.tr("Add a new entry below the selected one"))
        self.duplicate = self._button(self.tr("Duplicate"), self.tr("Add a copy of the selected entry"))
        self.remove = self._button(self.tr("Remove"), self.tr("Remove the selected entry"))
        self.up = self._button("", self.tr("Move up"), style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.down = self._button(
            "", self.tr("Move down"), style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        )
        self.message = MessageLabel()

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.view)
        buttons = nested(column, QHBoxLayout())
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(4)
        for button in (self.add, self.duplicate, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        column.addWidget(self.message)

        self.view.currentItemChanged.connect(lambda *_: self._current_changed())
        self.add.clicked.connect(self.add_requested)
        self.duplicate.clicked.connect(lambda: self._request(self.duplicate_requested))
        self.remove.clicked.connect(lambda: self._request(self.remove_requested))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(+1))
        self.set_lines([])

    def _button(self, text: str, tip: str, icon: QIcon | None = None) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text if text else tip)
        if icon is not None:
            button.setIcon(icon)
        button.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonIconOnly
            if icon is not None
            else Qt.ToolButtonStyle.ToolButtonTextOnly
        )
        return button

    # --- contents ------------------------------------------------------------------------

    def current_id(self) -> str | None:
        """The id of the selected entry."""
        item = self.view.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def ids(self) -> list[str]:
        """The ids in list order."""
        ids = (self.view.item(i).data(ID_ROLE) for i in range(self.view.count()))
        return [i for i in ids if i is not None]  # the 'nothing yet' line has no id

    def set_lines(self, lines: list[Line], *, current: str | None = None) -> None:
        """Show `lines`, selecting `current` (or keeping the selection); no signal unless it changed."""
        before = self.current_id()
        # the entry asked for, else the one selected, else the last one selected (back after a redo)
        offered = {line.id for line in lines}
        wanted = next((i for i in (current, before, self._last) if i is not None and i in offered), None)
        if wanted is None and lines:
            wanted = lines[0].id
        with QSignalBlocker(self.view):
            self.view.clear()
            for line in lines:
                item = QListWidgetItem(line.text)
                item.setData(ID_ROLE, line.id)
                item.setToolTip(line.tooltip or line.text)
                if line.icon is not None:
                    item.setIcon(line.icon)
                self.view.addItem(item)
            if not lines:
                placeholder = QListWidgetItem(self.empty_text)
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                self.view.addItem(placeholder)
            for i in range(self.view.count()):
                if wanted is not None and self.view.item(i).data(ID_ROLE) == wanted:
                    self.view.setCurrentRow(i)
                    break
        self._fit_height(max(1, len(lines)))
        self._update_buttons()
        if self.current_id() is not None:
            self._last = self.current_id()
        if self.current_id() != before:
            self.current_changed.emit(self.current_id())

    def select(self, item_id: str | None) -> None:
        """Select the entry with this id (None: no selection)."""
        for i in range(self.view.count()):
            if self.view.item(i).data(ID_ROLE) == item_id and item_id is not None:
                self.view.setCurrentRow(i)
                return
        self.view.setCurrentRow(-1)

    def _fit_height(self, rows: int) -> None:
        # tall enough for every entry up to eight, so short lists need no scrolling
        row = self.view.sizeHintForRow(0) if self.view.count() else self.view.fontMetrics().height() + 6
        frame = 2 * self.view.frameWidth()
        self.view.setFixedHeight(frame + row * min(max(rows, 1), 8) + 2)

    def _update_buttons(self) -> None:
        ids = self.ids()
        current = self.current_id()
        index = ids.index(current) if current in ids else -1
        self.duplicate.setEnabled(index >= 0)
        self.remove.setEnabled(index >= 0)
        self.up.setEnabled(index > 0)
        self.down.setEnabled(0 <= index < len(ids) - 1)

    def _current_changed(self) -> None:
        if self.current_id() is not None:
            self._last = self.current_id()
        self._update_buttons()
        self.current_changed.emit(self.current_id())

    def _request(self, signal: Signal) -> None:
        current = self.current_id()
        if current is not None:
            signal.emit(current)

    def _move(self, step: int) -> None:
        current = self.current_id()
        if current is not None:
            self.move_requested.emit(current, step)
