"""A section of a card's annotations (opportunities or gaps): a list, its buttons, and an editor below."""

from __future__ import annotations

import logging
from typing import Any, Protocol

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ...domain.document import CHILD_LIST, Kind
from ...domain.models import Card, new_id
from ..commands import DocumentCommand, InsertCommand, MoveCommand, RemoveCommand
from .editing import Editing
from .fields import section_header
from .item_list import ItemList, Line

log = logging.getLogger(__name__)


class ItemEditor(Protocol):
    """What a section needs of the editor under its list."""

    def item(self) -> Any | None: ...
    def set_item(self, item_id: str | None) -> None: ...
    def refresh(self, *, force: bool = False) -> None: ...
    def flush(self) -> None: ...


class AnnotationSection(QWidget):
    """Lists one kind of a card's annotations and edits the selected one; each button is one undo step.

    Subclasses say how an entry reads, what a new one holds, and what else a removal must change.
    """

    kind: Kind

    def __init__(self, editing: Editing, editor: QWidget, *, empty_text: str, hint: str) -> None:
        super().__init__()
        self.editing = editing
        self.card_id: str | None = None
        self.editor = editor
        self.header = section_header(self.title(0))
        self.list = ItemList(empty_text=empty_text)
        self.hint = QLabel(hint)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.hint.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.header)
        column.addWidget(self.list)
        column.addWidget(self.hint)
        # a bar down the left ties the editor to the entry selected above it
        self.frame = QFrame()
        self.frame.setObjectName("annotationEditor")
        self.frame.setStyleSheet(
            "QFrame#annotationEditor { border: none; border-left: 3px solid palette(highlight); }"
        )
        inner = QVBoxLayout(self.frame)
        inner.setContentsMargins(8, 2, 0, 2)
        inner.addWidget(self.editor)
        column.addSpacing(2)
        column.addWidget(self.frame)

        self.list.current_changed.connect(self._selected)
        self.list.add_requested.connect(self.add)
        self.list.duplicate_requested.connect(self.duplicate)
        self.list.remove_requested.connect(self.remove)
        self.list.move_requested.connect(self.move)

    # --- what subclasses say -------------------------------------------------------------

    def title(self, count: int) -> str:  # pragma: no cover - every section defines it
        """The section header for `count` entries."""
        raise NotImplementedError

    def line(self, item: Any) -> Line:  # pragma: no cover
        """The list entry of one item."""
        raise NotImplementedError

    def new_item(self) -> Any:  # pragma: no cover
        """A fresh item for Add."""
        raise NotImplementedError

    def name(self, item: Any) -> str:  # pragma: no cover
        """The item named for a command, quoted."""
        raise NotImplementedError

    def texts(self) -> dict[str, str]:  # pragma: no cover
        """Command names with {target} and {card}: add, duplicate, remove, up, down."""
        raise NotImplementedError

    def removal_commands(self, card: Card, item_id: str, text: str) -> list[DocumentCommand]:
        """Other changes a removal needs (in the same undo step), applied before it."""
        return []

    # --- showing -------------------------------------------------------------------------

    def card(self) -> Card | None:
        """The card whose items are shown."""
        if self.card_id is None or self.editing.document is None:
            return None
        return self.editing.document.find(self.card_id)

    def items(self, card: Card) -> list[Any]:
        """The card's items of this section's kind."""
        return getattr(card, CHILD_LIST[self.kind])

    def set_card(self, card_id: str | None) -> None:
        """Show another card's items, selecting the first."""
        self.card_id = card_id
        self.list.message.show_message(None)
        card = self.card()
        items = self.items(card) if card is not None else []
        self.refresh(select=items[0].id if items else None)
        self.editor.set_item(self.list.current_id())
        self._show_editor()

    def refresh(self, *, select: str | None = None) -> None:
        """Show the list as the document holds it, and the selected item's values."""
        card = self.card()
        if card is None:
            return
        items = self.items(card)
        self.header.setText(self.title(len(items)))
        self.list.set_lines([self.line(item) for item in items], current=select)
        self.editor.refresh()

    def flush(self) -> None:
        """Commit what the user typed in the editor."""
        self.editor.flush()

    def _selected(self, item_id: str | None) -> None:
        self.editor.flush()
        self.editor.set_item(item_id)
        self._show_editor()

    def _show_editor(self) -> None:
        has = self.editor.item() is not None
        self.editor.setVisible(has)
        self.frame.setVisible(has)
        card = self.card()
        self.hint.setVisible(not has and card is not None and bool(self.items(card)))

    # --- list edits ----------------------------------------------------------------------

    def _apply(self, commands: list[DocumentCommand], text: str, *, select: str | None) -> None:
        error = self.editing.apply(commands, text=text)
        self.list.message.show_message(error)
        if error is None:
            self.refresh(select=select)
            self.list.select(select)

    def _text(self, key: str, item: Any, card: Card) -> str:
        return self.texts()[key].format(target=self.name(item), card=self.editing.card_name(card))

    def add(self) -> None:
        """Add a new item below the selected one and select it."""
        self.editor.flush()  # the buttons take no focus, so what was typed is committed first
        card = self.card()
        if card is None:
            return
        ids = [i.id for i in self.items(card)]
        current = self.list.current_id()
        index = ids.index(current) + 1 if current in ids else len(ids)
        item = self.new_item()
        text = self._text("add", item, card)
        command = InsertCommand(self.editing.document, self.kind, card.id, index, item, text)
        self._apply([command], text, select=item.id)

    def duplicate(self, item_id: str) -> None:
        """Add a copy of an item right below it."""
        self.editor.flush()  # the buttons take no focus, so what was typed is committed first
        card = self.card()
        original = self.editing.document.find(item_id)
        if card is None or original is None:
            return
        copy = original.model_copy(deep=True, update={"id": new_id()})
        text = self._text("duplicate", original, card)
        index = self.editing.document.index_of(item_id) + 1
        command = InsertCommand(self.editing.document, self.kind, card.id, index, copy, text)
        self._apply([command], text, select=copy.id)

    def remove(self, item_id: str) -> None:
        """Remove an item, with whatever else that needs, as one undo step."""
        self.editor.flush()  # the buttons take no focus, so what was typed is committed first
        card = self.card()
        item = self.editing.document.find(item_id)
        if card is None or item is None:
            return
        text = self._text("remove", item, card)
        commands = [
            *self.removal_commands(card, item_id, text),
            RemoveCommand(self.editing.document, item_id, text),
        ]
        self._apply(commands, text, select=_neighbour([i.id for i in self.items(card)], item_id))

    def move(self, item_id: str, step: int) -> None:
        """Move an item one place up (-1) or down (+1)."""
        self.editor.flush()  # the buttons take no focus, so what was typed is committed first
        card = self.card()
        item = self.editing.document.find(item_id)
        if card is None or item is None:
            return
        index = self.editing.document.index_of(item_id) + step
        if not 0 <= index < len(self.items(card)):
            return
        text = self._text("up" if step < 0 else "down", item, card)
        command = MoveCommand(self.editing.document, [(item_id, card.id, index)], text)
        self._apply([command], text, select=item_id)


def _neighbour(ids: list[str], leaving: str) -> str | None:
    """The entry to select once `leaving` is gone: the next one, or the last."""
    position = ids.index(leaving)
    rest = ids[:position] + ids[position + 1 :]
    return rest[min(position, len(rest) - 1)] if rest else None
