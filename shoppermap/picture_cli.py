"""`shoppermap export FILE -o OUT.png|.pdf [--view map|matrix|calendar]`: the views a picture can show.

Qt is loaded only when a picture is drawn, so the other commands start without it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from .domain.document import Document
from .domain.library import FrameworkLibrary
from .domain.models import Journey

log = logging.getLogger(__name__)


class PictureViewError(Exception):
    """A picture asked for what the workshop does not have: one line, exit code 1."""


def _pos_tools():
    library = FrameworkLibrary.load()
    for problem in library.problems:
        log.warning("skipped %s", problem)
    return library.pos_tools


def export_picture(
    document: Document,
    output: Path,
    *,
    journeys: list[Journey],
    language: str | None,
    view: str = "map",
    **options,
) -> list[Path] | None:
    """Draw a view (the map, the matrix, the calendar) as a PNG or a vector PDF (Qt is loaded only
    when needed), its words (the emotion lane's, the weeks') in the labels' language."""
    from .ui.i18n import install_translator
    from .ui.picture import ensure_application

    install_translator(ensure_application(), language or document.workshop.workshop.language)
    return PICTURE_VIEWS[view](document, output, journeys=journeys, language=language, **options)


def draw_map(
    document: Document, output: Path, *, journeys: list[Journey], language: str | None, **options
) -> list[Path]:
    """The journey map, one journey per PNG (or PNG pages) or PDF pages; returns the files."""
    from .ui.picture import export_picture as draw

    return draw(document, output, journeys=journeys, language=language)


def draw_matrix(
    document: Document, output: Path, *, journeys: list[Journey], language: str | None, **options
) -> None:
    """The value/effort matrix of the POS actions of `journeys` (of one scenario, with `scenario`)."""
    from .ui.matrix.picture import export_matrix

    export_matrix(
        document, output, journey_ids=[j.id for j in journeys], **_view_options(document, language, options)
    )


def draw_calendar(
    document: Document, output: Path, *, journeys: list[Journey], language: str | None, **options
) -> None:
    """The activation calendar of the workshop's actions (of one scenario, with `scenario`)."""
    from .ui.calendar.picture import export_calendar

    export_calendar(document, output, **_view_options(document, language, options))


def _view_options(document: Document, language: str | None, options: dict) -> dict:
    """What the matrix and the calendar are drawn with: the language, the scenario asked for, the tools."""
    return {
        "language": language,
        "scenario": _scenario(document, options.get("scenario")),
        "pos_tools": _pos_tools(),
    }


def _scenario(document: Document, name: str | None):
    from .export.excel_scope import find_scenario

    if name is None or not name.strip():
        return None
    chosen = find_scenario(document.workshop.scenarios, name.strip())
    if chosen is None:
        known = ", ".join(f"'{s.name}'" for s in document.workshop.scenarios) or "none"
        raise PictureViewError(f"no scenario '{name.strip()}' in this workshop (there are: {known})")
    return chosen


# the views a picture can show
PICTURE_VIEWS: dict[str, Callable[..., list[Path] | None]] = {
    "map": draw_map,
    "matrix": draw_matrix,
    "calendar": draw_calendar,
}
