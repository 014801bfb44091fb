"""Editing labels in place on the canvas, and typing a new card where it will go."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from .items import CardItem, HeaderItem
from .keyboard import focused_place

MIN_EDITOR_WIDTH = 160
MIN_EDITOR_HEIGHT = 28
MIN_FONT_PX = 12


class InlineEditor(QLineEdit):
    """The in-place label editor: Enter saves, Escape cancels, and neither key travels on to the view."""

    finish = None  # set when opened: finish(save: bool)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            event.accept()
            self.finish(event.key() != Qt.Key.Key_Escape)
            return
        super().keyPressEvent(event)


class InlineEditing:
    """The view's one inline editor at a time: opens it over an item or a spot, and saves or drops it."""

    def __init__(self, view) -> None:
        self.view = view
        self.editor: InlineEditor | None = None

    def open(self, rect: QRectF, text: str, commit) -> None:
        """Open an editor over `rect` (scene units) holding `text`; saving calls `commit(new text)`."""
        view = self.view
        self.cancel()
        editor = InlineEditor(view.viewport())
        editor.setText(text)
        editor.selectAll()
        area = view.mapFromScene(rect).boundingRect()
        font = editor.font()
        font.setPixelSize(max(MIN_FONT_PX, round(view.journey_scene().style.card_font_px * view.zoom())))
        editor.setFont(font)
        editor.setGeometry(
            area.x(),
            area.y(),
            max(area.width(), MIN_EDITOR_WIDTH),
            max(editor.sizeHint().height(), MIN_EDITOR_HEIGHT),
        )
        editor.setFrame(True)
        done = {"closed": False}

        def finish(save: bool) -> None:
            # Enter both finishes and, as the editor loses focus, emits editingFinished: save once
            if done["closed"]:
                return
            done["closed"] = True
            value = editor.text()
            editor.deleteLater()
            self.editor = None
            view.setFocus()
            if save:
                commit(value)

        editor.editingFinished.connect(lambda: finish(True))
        editor.finish = finish
        self.editor = editor
        editor.show()
        editor.setFocus()

    def commit(self) -> None:
        """Close the open editor, if any, saving what it holds (the window closes, the app quits)."""
        if self.editor is not None:
            self.editor.finish(True)

    def cancel(self) -> None:
        """Close the open editor, if any, without saving."""
        if self.editor is not None:
            self.editor.finish(False)

    def edit_label(self, item: CardItem | HeaderItem) -> None:
        """Edit the label of a card or header in place."""
        target = item.card_id if isinstance(item, CardItem) else item.model_id
        self.open(item.sceneBoundingRect(), item.label(), lambda text: self.view.edits.rename(target, text))

    def start_new_card(self, phase_id: str, anchor_id: str | None) -> None:
        """Open an editor where a new custom card will go; Enter adds it, Escape cancels."""
        view = self.view
        scene = view.journey_scene()
        cards = scene.document.get(phase_id).cards
        index = next((i for i, c in enumerate(cards) if c.id == anchor_id), len(cards))
        y = scene.insertion_y(phase_id, anchor_id if anchor_id in scene.cards else None)
        rect = QRectF(scene.column_x[phase_id], y, scene.style.column_width, scene.style.card_min_height)

        def commit(text: str) -> None:
            if text.strip():
                new_id = view.edits.add_card(phase_id, index, text)
                if new_id:
                    scene.select_cards([new_id])

        self.open(rect, "", commit)

    def insert_card_here(self) -> None:
        """A new card after the selected one, or at the end of the first column."""
        scene = self.view.journey_scene()
        phase_id, row = focused_place(scene)
        if phase_id is None:
            return
        cards = scene.visible_cards(phase_id)
        anchor = cards[row + 1] if row >= 0 and row + 1 < len(cards) else None
        self.start_new_card(phase_id, anchor)
