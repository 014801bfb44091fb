"""The parking lot: ideas and questions that belong to no touchpoint yet, each open or done.

A thin adapter over the workshop's `parking_lot`: typing adds an item, the check box marks it
done, a double-click edits it, and dragging it onto a card turns it into the card's note or a POS
action there, one undo step that also takes it off the lot. Every edit goes through the gateway.
"""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.document import Kind
from ..domain.models import Opportunity, ParkingItem
from .commands import InsertCommand, RemoveCommand, UpdateCommand, quoted
from .layouts import nested

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
PARKING_MIME = "application/x-shoppermap-parking-item"
ID_ROLE = Qt.ItemDataRole.UserRole


class ParkingList(QListWidget):
    """The parked items; each drags out as its id, and Delete removes the chosen one."""

    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setWordWrap(True)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )

    def mimeTypes(self) -> list[str]:
        return [PARKING_MIME]

    def mimeData(self, items) -> QMimeData:
        data = QMimeData()
        ids = [item.data(ID_ROLE) for item in items]
        data.setData(PARKING_MIME, json.dumps(ids).encode("utf-8"))
        data.setText("\n".join(item.text() for item in items))
        return data

    def event(self, event) -> bool:
        # the window's Delete removes cards from the map; here it removes the parked item
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


class ParkingLot(QWidget):
    """The parking-lot dock's widget, on the open workshop."""

    count_changed = Signal(int)  # items still open

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = None
        self.editor = None
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("Park an idea or a question…"))
        self.entry.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("Park"))
        self.list = ParkingList()
        self.problem = QLabel()
        self.problem.setObjectName("parking-problem")
        self.problem.setStyleSheet("color: #C62828;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.hint = QLabel(self.tr("Drag an item onto a card to make it a note or a POS action there."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #616161;")
        self.remove_button = QPushButton(self.tr("Remove"))
        layout = QVBoxLayout(self)
        row = nested(layout, QHBoxLayout())
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        layout.addWidget(self.problem)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        bottom = nested(layout, QHBoxLayout())
        bottom.addStretch(1)
        bottom.addWidget(self.remove_button)
        self.entry.returnPressed.connect(self.add_typed)
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button.clicked.connect(self.remove_current)
        self.list.remove_requested.connect(self.remove_current)
        self.list.itemChanged.connect(self._item_changed)
        self.set_document(None, None)

    def set_document(self, document, editor) -> None:
        """Show the parking lot of `document`, edited through `editor` (None: no workshop)."""
        if self.document is not None:
            self.document.changes.disconnect(self._on_changes)
        self.document, self.editor = document, editor
        if document is not None:
            document.changes.connect(self._on_changes, kinds=(Kind.PARKING_ITEM,))
        editable = document is not None and not document.read_only
        for widget in (self.entry, self.add_button, self.remove_button):
            widget.setEnabled(editable)
        self.list.setDragEnabled(editable)
        self.refill()

    def _on_changes(self, _changes) -> None:
        self.refill()

    def refill(self) -> None:
        """Show the document's items (under a blocker: filling the list is no edit)."""
        items = self.document.workshop.parking_lot if self.document is not None else []
        editable = self.document is not None and not self.document.read_only
        current = self.list.currentItem().data(ID_ROLE) if self.list.currentItem() else None
        with QSignalBlocker(self.list):
            self.list.clear()
            for parked in items:
                item = QListWidgetItem(parked.text)
                item.setData(ID_ROLE, parked.id)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if editable:
                    flags |= (
                        Qt.ItemFlag.ItemIsUserCheckable
                        | Qt.ItemFlag.ItemIsEditable
                        | Qt.ItemFlag.ItemIsDragEnabled
                    )
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Checked if parked.done else Qt.CheckState.Unchecked)
                if parked.done:
                    font = item.font()
                    font.setStrikeOut(True)
                    item.setFont(font)
                    item.setForeground(Qt.GlobalColor.gray)
                self.list.addItem(item)
                if parked.id == current:
                    self.list.setCurrentItem(item)
        self.count_changed.emit(sum(1 for parked in items if not parked.done))

    def item_for(self, item_id: str) -> QListWidgetItem | None:
        """The list row of a parked item (tests drag it)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == item_id:
                return self.list.item(row)
        return None

    # --- edits -------------------------------------------------------------------------------

    def say(self, message: str) -> None:
        """Show why an edit was refused next to the field, or clear the message."""
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def add_typed(self) -> None:
        """Park what is typed in the entry field, at the end of the lot."""
        text = self.entry.text().strip()
        if self.editor is None:
            return
        if not text:
            self.say(self.tr("Type the idea or question first."))
            return
        item = ParkingItem(text=text)
        name = translate("ParkingLot", "Park {0}").format(quoted(text))
        command = InsertCommand(
            self.document, Kind.PARKING_ITEM, None, len(self.document.workshop.parking_lot), item, name
        )
        if self.editor.apply([command], text=name, origin=self):
            self.entry.clear()
            self.say("")
        else:
            self.say(self.editor.last_failure or "")

    def _item_changed(self, item: QListWidgetItem) -> None:
        item_id = item.data(ID_ROLE)
        parked = self.document.find(item_id) if self.document is not None else None
        if parked is None or self.editor is None:
            return
        done = item.checkState() == Qt.CheckState.Checked
        text = " ".join(item.text().split())
        if not text:
            self.say(self.tr("A parked item needs some text; it was left as it was."))
            self.refill()
            return
        fields = {}
        if done != parked.done:
            fields["done"] = done
        if text != parked.text:
            fields["text"] = text
        if not fields:
            return
        if "text" in fields:
            name = translate("ParkingLot", "Edit Parked {0}").format(quoted(text))
        elif done:
            name = translate("ParkingLot", "Mark {0} Done").format(quoted(text))
        else:
            name = translate("ParkingLot", "Reopen {0}").format(quoted(text))
        ok = self.editor.apply([UpdateCommand(self.document, item_id, fields, name)], text=name)
        self.say("" if ok else self.editor.last_failure or "")
        self.refill()

    def remove_current(self) -> None:
        """Take the chosen item off the lot (undo brings it back)."""
        item = self.list.currentItem()
        if item is None or self.editor is None or self.document.read_only:
            return
        name = translate("ParkingLot", "Remove Parked {0}").format(quoted(item.text()))
        self.editor.apply([RemoveCommand(self.document, item.data(ID_ROLE), name)], text=name)


def move_to_card(window, item_id: str, card_id: str, *, as_action: bool) -> bool:
    """Turn a parked item into a note or a POS action of a card, and take it off the lot: one step."""
    document, editor = window.document, window.editor
    parked = document.find(item_id) if document is not None else None
    card = document.find(card_id) if document is not None else None
    if parked is None or card is None or editor is None:
        return False
    card_name = quoted(card.label.text(window.language))
    if as_action:
        name = translate("ParkingLot", "Make {0} an Action of {1}").format(quoted(parked.text), card_name)
        place = InsertCommand(
            document,
            Kind.OPPORTUNITY,
            card_id,
            len(card.opportunities),
            Opportunity(description=parked.text),
            name,
        )
    else:
        name = translate("ParkingLot", "Make {0} a Note of {1}").format(quoted(parked.text), card_name)
        notes = f"{card.notes.rstrip()}\n{parked.text}" if card.notes.strip() else parked.text
        place = UpdateCommand(document, card_id, {"notes": notes}, name)
    return editor.apply([place, RemoveCommand(document, item_id, name)], text=name)


def ask_and_move(window, item_id: str, card_id: str, where: QPoint) -> None:
    """A parked item was dropped on a card: ask whether it becomes a note or a POS action there."""
    menu = QMenu(window)
    note = menu.addAction(translate("ParkingLot", "As a &Note"))
    action = menu.addAction(translate("ParkingLot", "As a &POS Action"))
    menu.addSeparator()
    menu.addAction(translate("ParkingLot", "Cancel"))
    chosen = menu.exec(where)
    menu.deleteLater()
    if chosen not in (note, action):
        return
    if move_to_card(window, item_id, card_id, as_action=chosen is action):
        scene = window.current_scene()
        if scene is not None:
            scene.select_cards([card_id])  # the inspector shows where it went


def install(window) -> ParkingLot:
    """Add the parking-lot dock (right, tabbed with the framework) and its drop onto cards."""
    widget = ParkingLot()
    window.parking_lot = widget
    title = translate("ParkingLot", "Parking lot")
    dock = window.add_dock("parking-lot", title, widget)
    dock.hide()
    window.parking_lot_dock = dock

    def count_changed(count: int) -> None:
        dock.setWindowTitle(translate("ParkingLot", "Parking lot ({0})").format(count) if count else title)

    widget.count_changed.connect(count_changed)
    window.view.parking_item_dropped.connect(
        lambda item_id, card_id, where: ask_and_move(window, item_id, card_id, where)
    )
    window.workshop_listeners.append(lambda document: widget.set_document(document, window.editor))
    if window.document is not None:
        widget.set_document(window.document, window.editor)
    return widget
