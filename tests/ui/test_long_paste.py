"""A pasted long word shows at once: QLineEdit cutting a paste that overflows its limit, and word
wrapping one huge word, took time growing with the square of its length (a million characters
into a card's label: 149 s here; 200,000 into the notes: about 30 s)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from shoppermap.ui.inspector.fields import LineField

from .test_edit_gateway import phases

# a million characters after the label's own text overflow the field's limit; pasted, laid out and
# painted in 0.7-1.0 s on a quiet 2-core machine, so the bound leaves room for a busy one
LIMITS = {"label": (1_000_000, 2.5), "notes": (200_000, 1.0)}


@pytest.mark.parametrize("name", ["label", "notes"])
def test_a_pasted_long_word_shows_at_once(window, name):
    size, seconds = LIMITS[name]
    word = "x" * size
    card = phases(window)[0].cards[0]
    window.current_scene().select_cards([card.id])
    field = getattr(window.inspector.card_form, name)
    field.setFocus()
    QGuiApplication.clipboard().setText(word)
    start = time.perf_counter()
    field.paste()
    QApplication.processEvents()
    window.grab()
    assert time.perf_counter() - start < seconds
    shown = field.text() if name == "label" else field.toPlainText()
    assert word[:-100] in shown
    field.flush()
    assert word[:-100] in (
        window.document.get(card.id).label.en if name == "label" else window.document.get(card.id).notes
    )


def test_a_paste_longer_than_the_field_takes_is_cut_to_its_limit(qtbot):
    field = LineField(max_length=40)  # as the opportunity's cost field
    field.setText("12")
    field.setCursorPosition(2)
    QGuiApplication.clipboard().setText("9" * 200_000)
    start = time.perf_counter()
    field.paste()
    assert time.perf_counter() - start < 1.0
    assert field.text() == "12" + "9" * 38
