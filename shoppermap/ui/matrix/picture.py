"""The value/effort matrix as a picture: a PNG, or one vector PDF page (A3 landscape).

Drawn by an offscreen MatrixScene, the same items as the dock, under a title band like the map's.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

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
from .scene import MatrixScene, tool_namer

PNG_SCALE = 2.0
BAND = 76.0  # scene units of the title band


def export_matrix(
    document: Document,
    output: str | os.PathLike[str],
    *,
    language: str | None = None,
    scenario: Scenario | None = None,
    journey_ids: list[str] | None = None,
    pos_tools=None,
) -> list[Path]:
    """Write the matrix of the workshop's actions (of one scenario, or all; of some journeys, or
    all) to a .png or a .pdf."""
    ensure_application()
    output = Path(output)
    language = language or document.workshop.workshop.language
    if pos_tools is None:
        from ...domain.library import FrameworkLibrary

        pos_tools = FrameworkLibrary.load().pos_tools
    suffix = output.suffix.lower()
    if suffix not in (".png", ".pdf"):
        raise PictureError(f"{output.name}: a picture is a .png or a .pdf file")
    chosen = scenario.id if scenario is not None else None
    scene = MatrixScene(
        document,
        language=language,
        tool_name=tool_namer(pos_tools, language),
        shows=lambda o: in_scenario(o, chosen),
        journey_ids=journey_ids,
    )
    scene.setBackgroundBrush(QColor("white"))
    try:
        lines = title_lines(document, language, scenario)
        if suffix == ".png":
            save_png(render_image(scene, lines), output)
        else:
            write_pdf(scene, output, lines, title=document.workshop.workshop.title)
    finally:
        scene.detach()
        scene.deleteLater()
    return [output]


def title_lines(document: Document, language: str, scenario: Scenario | None) -> tuple[str, str]:
    """(title, detail): the workshop and "Value/effort matrix"; client, retailer, date, scenario."""
    info = document.workshop.workshop
    name = QCoreApplication.translate("Matrix", "Value/effort matrix")
    locale = QLocale("pl_PL" if language == "pl" else "en_GB")
    details = [info.client.strip(), info.retailer.strip()]
    if info.date is not None:
        date = QDate(info.date.year, info.date.month, info.date.day)
        details.append(locale.toString(date, QLocale.FormatType.LongFormat))
    if scenario is not None:
        details.append(QCoreApplication.translate("Matrix", "scenario: {0}").format(scenario.name))
    return " — ".join(each_once(info.title, name)), " · ".join(d for d in details if d)


def _paint_band(painter: QPainter, width: float, lines: tuple[str, str]) -> None:
    paint_title_band(painter, 20.0, width - 40.0, lines)


def render_image(scene: MatrixScene, lines: tuple[str, str]) -> QImage:
    """The matrix at PNG_SCALE under a band with the title."""
    source = scene.sceneRect()
    width, height = round(source.width() * PNG_SCALE), round((source.height() + BAND) * PNG_SCALE)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.scale(PNG_SCALE, PNG_SCALE)
        _paint_band(painter, source.width(), lines)
        painter.resetTransform()
        scene.render(
            painter,
            QRectF(0, BAND * PNG_SCALE, width, height - BAND * PNG_SCALE),
            source,
            Qt.AspectRatioMode.IgnoreAspectRatio,
        )
    finally:
        painter.end()
    return image


def write_pdf(scene: MatrixScene, path: Path, lines: tuple[str, str], *, title: str) -> None:
    """One A3 landscape page: the band, then the matrix scaled to the page."""
    with a3_pdf(path, title or lines[0]) as (_writer, painter, page):
        source = scene.sceneRect()
        scale = min(page.width() / source.width(), page.height() / (source.height() + BAND))
        painter.scale(scale, scale)
        _paint_band(painter, source.width(), lines)
        scene.render(painter, QRectF(0, BAND, source.width(), source.height()), source)
