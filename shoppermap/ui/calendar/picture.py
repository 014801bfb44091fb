"""The activation calendar as a picture: a PNG of the whole range, or vector PDF pages (A3 landscape).

Drawn by an offscreen CalendarScene, the bars and bands of the dock, under a title band like the
map's. On paper a quarter of weeks goes across a page, so the labels stay readable; a page follows
for each further quarter, and for each further pageful of rows, each with the week header again.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from ...domain import calendar_layout as cal
from ...domain.document import Document
from ...domain.figures import in_scenario
from ...domain.labels import each_once
from ...domain.models import Scenario
from ..picture import (
    PictureError,
    a3_pdf,
    ensure_application,
    paint_title_band,
    save_png,
)
from .header import draw_group_titles, draw_header, draw_today
from .scene import CalendarScene

PNG_SCALE = 1.5
BAND = 76.0  # scene units of the title band
WEEKS_PER_PAGE = 13  # a quarter


def export_calendar(
    document: Document,
    output: str | os.PathLike[str],
    *,
    language: str | None = None,
    scenario: Scenario | None = None,
    pos_tools=None,
    first: dt.date | None = None,
    last: dt.date | None = None,
) -> list[Path]:
    """Write the calendar of the workshop's actions (of one scenario, or all) to a .png or a .pdf;
    the range is the calendar's default (12 months from the workshop date) unless given."""
    ensure_application()
    output = Path(output)
    language = language or document.workshop.workshop.language
    suffix = output.suffix.lower()
    if suffix not in (".png", ".pdf"):
        raise PictureError(f"{output.name}: a picture is a .png or a .pdf file")
    if first is None or last is None:
        first, last = cal.default_range(document.workshop.workshop.date, dt.date.today())
    scene = CalendarScene(document, language=language, pos_tools=pos_tools, first=first, last=last)
    try:
        if scenario is not None:
            chosen = scenario.id
            scene.set_filter(lambda _card, o: in_scenario(o, chosen))
        scene.clearSelection()
        lines = title_lines(document, language, scenario, first, last)
        if suffix == ".png":
            save_png(render_image(scene, lines), output)
        else:
            write_pdf(scene, output, lines, title=document.workshop.workshop.title)
    finally:
        scene.detach()
        scene.deleteLater()
    return [output]


def title_lines(
    document: Document, language: str, scenario: Scenario | None, first: dt.date, last: dt.date
) -> tuple[str, str]:
    """(title, detail): the workshop and "Activation calendar"; client, retailer, range, scenario."""
    info = document.workshop.workshop
    name = QCoreApplication.translate("Calendar", "Activation calendar")
    locale = QLocale("pl_PL" if language == "pl" else "en_GB")

    def day(d: dt.date) -> str:
        return locale.toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)

    group = document.workshop.handout.group if document.workshop.handout is not None else ""
    details = [info.client.strip(), info.retailer.strip(), f"{day(first)} – {day(last)}"]
    if scenario is not None:
        details.append(QCoreApplication.translate("Calendar", "scenario: {0}").format(scenario.name))
    return " — ".join(each_once(group, info.title, name)), " · ".join(d for d in details if d)


def _paint_band(painter: QPainter, left: float, width: float, lines: tuple[str, str]) -> None:
    # a quarter of weeks is narrower than a map: a smaller title
    paint_title_band(painter, left + 20, width - 40, lines, title_px=22)


def _paint_part(painter: QPainter, scene: CalendarScene, part: QRectF, top: float) -> None:
    """The weeks and rows of `part` (scene units, below the header), with the header above them,
    drawn so that the header's top is at `top` in the painter's units."""
    g = scene.geometry
    painter.save()
    painter.translate(-part.left(), top + g.header_height - part.top())
    painter.setClipRect(QRectF(part.left(), part.top(), part.width(), part.height()))
    scene.render(painter, part, part)  # the grid is the scene's background
    draw_today(painter, scene, part)
    draw_group_titles(painter, scene, part, part.left())
    painter.setClipping(False)
    draw_header(
        painter, scene, QRectF(part.left(), part.top(), part.width(), 0), part.top() - g.header_height
    )
    painter.restore()


def _content(scene: CalendarScene) -> QRectF:
    g = scene.geometry
    return QRectF(0, 0, g.width, max(scene.content_height, g.row_height))


def render_image(scene: CalendarScene, lines: tuple[str, str]) -> QImage:
    """The whole calendar at PNG_SCALE under a band with the title."""
    g, content = scene.geometry, _content(scene)
    width = round(content.width() * PNG_SCALE)
    height = round((BAND + g.header_height + content.height()) * PNG_SCALE)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.scale(PNG_SCALE, PNG_SCALE)
        _paint_band(painter, 0, content.width(), lines)
        _paint_part(painter, scene, content, BAND)
    finally:
        painter.end()
    return image


def pages(scene: CalendarScene, page_ratio: float) -> list[QRectF]:
    """The parts of the calendar that go on one page each: a quarter of weeks across, as many rows
    down as the page's shape allows (`page_ratio` = height / width), left to right, then down."""
    g, content = scene.geometry, _content(scene)
    across = WEEKS_PER_PAGE * g.week_width
    rows_room = max(g.row_height, across * page_ratio - BAND - g.header_height)
    rows_room = math.floor(rows_room / g.row_height) * g.row_height
    columns = max(1, math.ceil(content.width() / across))
    downs = max(1, math.ceil(content.height() / rows_room))
    return [
        QRectF(c * across, d * rows_room, min(across, content.width() - c * across), rows_room)
        for d in range(downs)
        for c in range(columns)
    ]


def write_pdf(scene: CalendarScene, path: Path, lines: tuple[str, str], *, title: str) -> None:
    """A3 landscape pages of a quarter of weeks each, every page under the band with its number."""
    g = scene.geometry
    # the bars' labels have fonts in points, as on screen: at a screen's resolution they keep their
    # size against the bars (a PDF stays vectors at any resolution)
    with a3_pdf(path, title or lines[0], resolution=96) as (writer, painter, page):
        parts = pages(scene, page.height() / page.width())
        across = WEEKS_PER_PAGE * g.week_width
        scale = page.width() / across
        for number, part in enumerate(parts, start=1):
            if number > 1:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            numbered = (lines[0], f"{lines[1]} · {number} / {len(parts)}" if len(parts) > 1 else lines[1])
            _paint_band(painter, 0, across, numbered)
            _paint_part(painter, scene, part, BAND)
            painter.restore()
