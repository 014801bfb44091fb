"""A pasted 200,000-character word shows at once: the field's own length limit and word wrapping
used to take time growing with the square of its length (7.6 s here, a million characters 157 s)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from shoppermap.ui.inspector.fields import LineField

from .test_edit_gateway import phases

WORD = "x" * 200_000


@pytest.mark.parametrize("name", ["label", "notes"])
def test_a_pasted_long_word_shows_within_a_second(window, name):
    card = phases(window)[0].cards[0]
    window.current_scene().select_cards([card.id])
    field = getattr(window.inspector.card_form, name)
    field.setFocus()
    QGuiApplication.clipboard().setText(WORD)
    start = time.perf_counter()
    field.paste()
    QApplication.processEvents()
    window.grab()
    assert time.perf_counter() - start < 1.0
    shown = field.text() if name == "label" else field.toPlainText()
    assert WORD in shown
    field.flush()
    assert WORD in (
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
