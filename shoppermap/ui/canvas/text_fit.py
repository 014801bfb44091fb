"""Fitting a label into a card or header: break only between words, and shrink the type a step
rather than cut a word that is wider than the line.

A Polish label such as "Otrzymuję rekomendacje od innych" has words about as wide as a card's
line; Qt's wrap-anywhere cut them where the line ended ("rekomendacj|e"). Here the type steps down
until every word fits; a word that fits at no step gets soft hyphens at syllable-like places, so
Qt breaks it there and draws the hyphen.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QTextLayout, QTextOption

from .style import CanvasStyle

STEPS = 3  # the type may shrink by up to this many pixels: 17 px card text down to 14 px
SOFT_HYPHEN = "\u00ad"
ZERO_WIDTH_SPACE = "\u200b"  # a place to break that shows nothing
_VOWELS = frozenset("aąeęioóuyAĄEĘIOÓUYéèáàöüäëïæøå")
# letter pairs that are one sound in Polish (and "ch", "th" in English): never split
_DIGRAPHS = frozenset({"ch", "cz", "dz", "dź", "dż", "rz", "sz", "th", "ph", "sh"})


def wrap_option(alignment: Qt.AlignmentFlag) -> QTextOption:
    """Wrap at word boundaries and soft hyphens; inside a word only when it is wider than the line
    even at the smallest type, which a label of letters never is."""
    option = QTextOption(alignment)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


WRAP_OPTION = wrap_option(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
CENTERED_OPTION = wrap_option(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)


class Fit(NamedTuple):
    """The type size and the text (with any soft hyphens) a label is drawn with."""

    px: int
    text: str


@lru_cache(maxsize=20000)
def fitted(text: str, width: float, font_px: int, bold: bool, family: str) -> Fit:
    """How to draw `text` in lines `width` wide, at most STEPS pixels below `font_px`.

    At full size when every word fits. Otherwise a step smaller; from there on, a word that still
    does not fit is hyphenated where its pieces fit, before the type shrinks another step. A slash
    ("Widzę/czytam/słyszę") is a place to break as well.
    """
    text = text.replace("/", "/" + ZERO_WIDTH_SPACE)
    words = [piece for word in text.split() for piece in word.split(ZERO_WIDTH_SPACE) if piece]
    smallest = max(1, font_px - STEPS)
    for px in range(font_px, smallest - 1, -1):
        too_wide = {word for word in words if _width(word, px, bold, family) > width}
        if not too_wide:
            return Fit(px, text)
        if px == font_px:
            continue  # one step smaller before any hyphen: most words then fit whole
        hyphen = _width("-", px, bold, family)
        pieces = [piece for word in too_wide for piece in hyphenated(word).split(SOFT_HYPHEN)]
        if all(_width(piece, px, bold, family) + hyphen <= width for piece in pieces) or px == smallest:
            return Fit(px, _hyphenate_some(text, too_wide))
    raise AssertionError("unreachable: the smallest size always returns")


@lru_cache(maxsize=50000)
def _width(word: str, px: int, bold: bool, family: str) -> float:
    # labels share most of their words, so a 5,000-card map measures a few hundred of them
    return _metrics(px, bold, family).horizontalAdvance(word)


@lru_cache(maxsize=64)
def _metrics(px: int, bold: bool, family: str) -> QFontMetricsF:
    return QFontMetricsF(CanvasStyle(font_family=family).font(px, bold=bold))


@lru_cache(maxsize=2000)
def fitted_lines(text: str, width: float, font_px: int, bold: bool, family: str, most: int) -> Fit:
    """As `fitted`, and in at most `most` lines where STEPS smaller type allows (a header's box)."""
    smallest = max(1, font_px - STEPS)
    for px in range(font_px, smallest - 1, -1):
        fit = fitted(text, width, px, bold, family)
        if fit.px < smallest or line_count(fit, width, bold, family) <= most:
            return fit
    return fit


def line_count(fit: Fit, width: float, bold: bool, family: str) -> int:
    """How many lines `fit` takes in lines `width` wide."""
    layout = QTextLayout(fit.text, CanvasStyle(font_family=family).font(fit.px, bold=bold))
    layout.setTextOption(WRAP_OPTION)
    layout.beginLayout()
    count = 0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        count += 1
    layout.endLayout()
    return count


def _hyphenate_some(text: str, words: set[str]) -> str:
    return " ".join(
        ZERO_WIDTH_SPACE.join(hyphenated(p) if p in words else p for p in word.split(ZERO_WIDTH_SPACE))
        for word in text.split(" ")
    )


def hyphenated(word: str) -> str:
    """`word` with soft hyphens before each consonant that starts a syllable (a vowel before it,
    one after it), never inside a digraph and never leaving fewer than two letters on a side."""
    out = []
    for i, char in enumerate(word):
        if (
            2 <= i <= len(word) - 2
            and word[i - 1] in _VOWELS
            and char.isalpha()
            and char not in _VOWELS
            and word[i + 1] in _VOWELS
            and (word[i - 1] + char).lower() not in _DIGRAPHS
        ):
            out.append(SOFT_HYPHEN)
        out.append(char)
    return "".join(out)
