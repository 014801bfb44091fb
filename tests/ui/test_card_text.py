"""Card and header labels break only between words, at a slash or at a hyphen, in both languages."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QTextLayout

from shoppermap.ui.canvas.style import CanvasStyle
from shoppermap.ui.canvas.text_fit import (
    CENTERED_OPTION,
    SOFT_HYPHEN,
    WRAP_OPTION,
    ZERO_WIDTH_SPACE,
    fitted,
    fitted_lines,
    hyphenated,
)

from ..helpers import library


def lines(text: str, width: float, px: int, bold: bool, option) -> list[str]:
    layout = QTextLayout(text, CanvasStyle().font(px, bold=bold))
    layout.setTextOption(option)
    layout.beginLayout()
    found = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        found.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return found


def broken_words(text: str, width: float, px: int, bold: bool, option) -> list[str]:
    """The line ends that cut a word where there was no space, slash or soft hyphen."""
    shown = lines(text, width, px, bold, option)
    return [
        line
        for line in shown[:-1]
        if not (line.endswith((" ", ZERO_WIDTH_SPACE, SOFT_HYPHEN)) or line.rstrip().endswith("-"))
    ]


def framework_labels():
    framework = library().get("shopper-journey")
    for stage in framework.stages:
        yield "phase", stage.label
        for phase in stage.phases:
            yield "phase", phase.label
            for touchpoint in phase.touchpoints:
                yield "card", touchpoint.label


@pytest.mark.parametrize("language", ["pl", "en"])
def test_no_framework_label_breaks_inside_a_word(qapp, language):
    s = CanvasStyle()
    card_width = s.column_width - 2 * s.card_padding - s.stripe_width
    header_width = s.column_width - 12
    cut = []
    for where, label in framework_labels():
        text = " ".join(label.text(language).split())
        if where == "card":
            fit = fitted(text, card_width, s.card_font_px, False, s.font_family)
            cut += broken_words(fit.text, card_width, fit.px, False, WRAP_OPTION)
            assert fit.px >= s.card_font_px - 3
        else:
            fit = fitted_lines(text, header_width, s.phase_font_px, True, s.font_family, 3)
            shown = lines(fit.text, header_width, fit.px, True, CENTERED_OPTION)
            cut += broken_words(fit.text, header_width, fit.px, True, CENTERED_OPTION)
            assert len(shown) <= 3, shown  # a phase header holds three lines
    assert cut == []


def test_a_word_that_fits_keeps_the_full_size_and_a_long_one_steps_down_or_hyphenates(qapp):
    s = CanvasStyle()
    width = s.column_width - 2 * s.card_padding - s.stripe_width
    assert fitted("Jadę autobusem", width, 17, False, "").px == 17
    fit = fitted("Otrzymuję rekomendacje od innych", width, 17, False, "")
    assert 14 <= fit.px < 17
    very_long = fitted("Konstantynopolitańczykowianeczka", width, 17, False, "")
    assert very_long.px >= 14 and SOFT_HYPHEN in very_long.text  # hyphenated before it shrinks further


def test_hyphens_go_between_syllables_and_never_split_a_digraph():
    assert hyphenated("rekomendacje").split(SOFT_HYPHEN) == ["re", "ko", "mendacje"]
    assert hyphenated("samodzielnego").split(SOFT_HYPHEN) == ["sa", "modzielne", "go"]
    for word in ("przemieszczam", "przechodzę", "rzeczywistość", "szczęście", "recommended"):
        pieces = hyphenated(word).split(SOFT_HYPHEN)
        assert "".join(pieces) == word
        assert all(len(p) >= 2 for p in pieces)
        assert all(
            (a[-1] + b[0]).lower() not in {"cz", "sz", "rz", "dz", "ch"}
            for a, b in itertools.pairwise(pieces)
        )


def test_hovering_a_card_shows_its_summary_written_when_asked(window, qtbot):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    scene, view = window.current_scene(), window.view
    card = window.document.get(window.journey_id).stages[0].phases[0].cards[0]
    item = scene.cards[card.id]
    view.centerOn(item)
    at = view.mapFromScene(item.sceneBoundingRect().center())
    QApplication.sendEvent(
        view.viewport(), QHelpEvent(QEvent.Type.ToolTip, at, view.viewport().mapToGlobal(at))
    )
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert QToolTip.text() == item.toolTip()
    assert QToolTip.text().startswith(card.label.text(window.language))
    # off the cards, the tooltip goes
    blank = view.mapFromScene(scene.sceneRect().bottomRight()) - QPoint(2, 2)
    QApplication.sendEvent(
        view.viewport(), QHelpEvent(QEvent.Type.ToolTip, blank, view.viewport().mapToGlobal(blank))
    )
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)
