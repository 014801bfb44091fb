"""Pictures of the map: a PNG of one journey, a vector PDF (A3 landscape, paged) and printing.

Everything is drawn by an offscreen JourneyScene, the same items as the canvas, so the picture
looks like the map on the projector. The PDF and the printer share one code path, `paint_pages`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtWidgets import QGraphicsItem

from .. import atomic
from ..domain.document import Document
from ..domain.labels import each_once
from ..domain.models import Journey
from ..export.excel_errors import ExportError
from .canvas.scene import JourneyScene
from .canvas.style import CanvasStyle
from .picture_legend import PictureLegend
from .picture_pages import Sheet, plan_pages

PNG_SCALE = 2.0  # image pixels per scene unit: cards twice their size at 100 % zoom
PNG_MAX_SIDE = 12_000
PNG_MAX_PIXELS = 80_000_000  # about 320 MB of image memory
# Below this the cards' text would be smaller than on the screen at 100 %: such a map is written as
# PNG pages instead, the PDF's A3 pages at PNG_PAGE_DPI, so every page can be read.
PNG_LEGIBLE_SCALE = 1.0
PNG_PAGE_DPI = 144  # A3 landscape: 2,381 × 1,684 pixels; the cards' text at 14 px or more
PAGE_MARGIN_MM = 10.0
HEADER_PT = 30.0
FOOTER_PT = 18.0  # the page number, and the legend beside it in rows of LEGEND_PT type
LEGEND_PT = 8.0
LEGEND_PX = 15.0  # the PNG's legend type, in scene units: the size of the marks on the cards
INK = QColor("#1F2328")
MUTED = QColor("#5B6270")
LEFT_BOTTOM = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
LEFT_TOP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
RIGHT_BOTTOM = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)


class PictureError(ExportError):
    """A picture that could not be written; the message is one line for the user."""


def ensure_application():
    """The running QApplication, or a new one (offscreen when there is no display, as in a shell)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        return app
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # xcb would abort the process without a display
    from .application import make_application

    return make_application()


# --- the command line and the menu ---------------------------------------------------------


def export_picture(
    document: Document,
    output: str | os.PathLike[str],
    *,
    journeys: list[Journey],
    language: str | None = None,
    style: CanvasStyle | None = None,
    **options,
) -> list[Path]:
    """Write a picture of `journeys` to `output`; its suffix (.png or .pdf) picks the format.

    A PDF holds every journey, each starting on a new page. A PNG shows one journey: the first
    goes to `output`, the others beside it with -2, -3… before the suffix (map.png, map-2.png). A
    journey too big to read in one PNG is written as pages (map.png, map-page-2.png, …).
    Returns the files written. Other exporters' options (retailer, notes) do not apply.
    """
    ensure_application()
    output = Path(output)
    language = language or document.workshop.workshop.language
    ids = [j.id for j in journeys] or [j.id for j in document.workshop.journeys]
    if not ids:
        raise PictureError(f"{output.name}: the workshop has no journey to draw")
    suffix = output.suffix.lower()
    if suffix == ".pdf":
        write_pdf(document, output, journey_ids=ids, language=language, style=style)
        return [output]
    if suffix == ".png":
        paths = [output] + [
            output.with_name(f"{output.stem}-{n}{output.suffix}") for n in range(2, len(ids) + 1)
        ]
        written = []
        for path, journey_id in zip(paths, ids, strict=True):
            written += write_png(document, path, journey_id=journey_id, language=language, style=style)
        return written
    raise PictureError(f"{output.name}: a picture is a .png or a .pdf file")


# --- PNG -----------------------------------------------------------------------------------


def write_png(
    document: Document, path: Path, *, journey_id: str, language: str, style: CanvasStyle | None = None
) -> list[Path]:
    """Write one journey as a PNG with a title band, or as PNG pages when one picture of it would be
    too small to read (`path`, then `-page-2`, `-page-3`… before the suffix); returns the files."""
    with _scenes(document, [journey_id], language=language, style=style) as scenes:
        if png_scale(scenes[0]) >= PNG_LEGIBLE_SCALE:
            save_png(render_image(scenes[0], title_lines(document, journey_id, language)), path)
            return [path]
        pages = page_painters_at_png_size(document, scenes, language=language)
        paths = [path] + [
            path.with_name(f"{path.stem}-page-{n}{path.suffix}") for n in range(2, len(pages) + 1)
        ]
        for paint, target in zip(pages, paths, strict=True):
            save_png(render_page_image(paint), target)  # one page in memory at a time: 16 MB each
    return paths


def save_png(image: QImage, path: Path) -> None:
    """Write `image` over `path` as a PNG, all or nothing."""
    with replacing(path) as temp:
        if not image.save(str(temp), "PNG"):
            raise PictureError(f"{path.name}: cannot be written")


def page_painters_at_png_size(
    document: Document, scenes: list[JourneyScene], *, language: str
) -> list[Callable[[QPainter], None]]:
    """The PDF's A3 landscape pages of `scenes`, each a function painting it (in points)."""
    inner = a3_landscape().paintRectPoints()
    return _page_painters(document, scenes, QRectF(0, 0, inner.width(), inner.height()), language=language)


def render_page_image(paint: Callable[[QPainter], None]) -> QImage:
    """One A3 landscape page at PNG_PAGE_DPI, white margins included."""
    layout = a3_landscape()
    full, inner = layout.fullRectPoints(), layout.paintRectPoints()
    dots = PNG_PAGE_DPI / 72
    image = QImage(round(full.width() * dots), round(full.height() * dots), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(PNG_PAGE_DPI / 0.0254))
    image.setDotsPerMeterY(round(PNG_PAGE_DPI / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.scale(dots, dots)
        painter.translate(inner.left(), inner.top())
        paint(painter)
    finally:
        painter.end()
    return image


def paint_title_band(
    painter: QPainter, left: float, width: float, lines: tuple[str, str], *, title_px: int = 26
) -> None:
    """The title and the detail line above a picture, each cut short with … to `width`; the band
    every picture (map, matrix, calendar) has, 76 scene units high."""
    title, detail = lines
    painter.setPen(INK)
    painter.setFont(_font(title_px, bold=True))
    box = QRectF(left, 12, width, 38)
    painter.drawText(box, LEFT_BOTTOM, _elided(painter, title, box.width()))
    painter.setPen(MUTED)
    painter.setFont(_font(17))
    box = QRectF(left, 52, width, 24)
    painter.drawText(box, LEFT_TOP, _elided(painter, detail, box.width()))


def _png_frame(scene: JourneyScene) -> tuple[float, PictureLegend, float]:
    """(title band, legend, whole height) of a one-picture PNG, in scene units."""
    source = scene.sceneRect()
    band = 76.0
    margin = scene.style.margin
    legend = PictureLegend(source.width() - 2 * margin, LEGEND_PX)
    return band, legend, source.height() + band + legend.height + margin


def png_scale(scene: JourneyScene) -> float:
    """Image pixels per scene unit of the whole scene in one PNG: PNG_SCALE, less for huge maps."""
    width, tall = scene.sceneRect().width(), _png_frame(scene)[2]
    scale = min(PNG_SCALE, PNG_MAX_SIDE / width, PNG_MAX_SIDE / tall)
    return min(scale, (PNG_MAX_PIXELS / (width * tall)) ** 0.5)


def render_image(scene: JourneyScene, lines: tuple[str, str]) -> QImage:
    """The scene at PNG_SCALE (less for huge maps), white, under a band with the title and date."""
    source = scene.sceneRect()
    band, legend, tall = _png_frame(scene)
    scale = png_scale(scene)
    margin = scene.style.margin
    width, height = round(source.width() * scale), round(tall * scale)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        paint_title_band(painter, margin, source.width() - 2 * margin, lines)
        legend.paint(painter, margin, band + source.height())
        painter.resetTransform()
        scene.render(
            painter,
            QRectF(0, band * scale, width, source.height() * scale),
            source,
            Qt.AspectRatioMode.IgnoreAspectRatio,
        )
    finally:
        painter.end()
    return image


# --- PDF and printing ----------------------------------------------------------------------


def write_pdf(
    document: Document,
    path: Path,
    *,
    journey_ids: list[str],
    language: str,
    style: CanvasStyle | None = None,
) -> int:
    """Write the journeys as vectors on A3 landscape pages; returns the number of pages."""
    with replacing(path) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(1200)
        writer.setCreator("ShopperMap")
        writer.setTitle(document.workshop.workshop.title or document.get(journey_ids[0]).name)
        writer.setPageLayout(a3_landscape())
        try:
            pages = paint_pages(writer, document, journey_ids, language=language, style=style)
        except PictureError:
            raise PictureError(f"{path.name}: cannot be written") from None
        del writer  # the file is complete only when the writer is gone
    return pages


def a3_landscape() -> QPageLayout:
    """The page of the map: A3 landscape with narrow margins."""
    margins = QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM)
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A3),
        QPageLayout.Orientation.Landscape,
        margins,
        QPageLayout.Unit.Millimeter,
    )


@contextmanager
def a3_pdf(
    path: Path, title: str, *, resolution: int = 1200
) -> Iterator[tuple[QPdfWriter, QPainter, QRectF]]:
    """A PDF writer on A3 landscape, an antialiased painter begun on it and its page (device pixels,
    at 0, 0); the file replaces `path` only when the block completes."""
    with replacing(path) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(resolution)
        writer.setCreator("ShopperMap")
        writer.setTitle(title)
        writer.setPageLayout(a3_landscape())
        painter = QPainter()
        if not painter.begin(writer):
            raise PictureError(f"{path.name}: cannot be written")
        try:
            painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
            page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
            page.moveTo(0, 0)
            yield writer, painter, page
        finally:
            painter.end()
        del writer  # the file is complete only when the writer is gone


def paint_pages(
    device: QPagedPaintDevice,
    document: Document,
    journey_ids: list[str],
    *,
    language: str,
    style: CanvasStyle | None = None,
) -> int:
    """Paint the journeys on a PDF writer or a printer, paged; returns the number of pages.

    Each page has the workshop's title, the journey and the date on top and "n / N" below. A map
    too large for one legible page is split by whole stages (or phase columns) across, then
    down its columns, and every page repeats the stage and phase headers.
    """
    ensure_application()
    # work in points, whatever the resolution of the printer
    dots_x, dots_y = device.logicalDpiX() / 72, device.logicalDpiY() / 72
    page = QRectF(0, 0, device.width() / dots_x, device.height() / dots_y)
    with _scenes(document, journey_ids, language=language, style=style) as scenes:
        pages = _page_painters(document, scenes, page, language=language)
        painter = QPainter()
        if not painter.begin(device):
            raise PictureError(
                QCoreApplication.translate("Picture", "The printer or the PDF file cannot be opened.")
            )
        try:
            for number, paint in enumerate(pages):
                if number:
                    device.newPage()
                painter.save()
                painter.scale(dots_x, dots_y)
                paint(painter)
                painter.restore()
        finally:
            painter.end()
    return len(pages)


def _page_painters(
    document: Document, scenes: list[JourneyScene], page: QRectF, *, language: str
) -> list[Callable[[QPainter], None]]:
    """One function per page of `scenes` on a `page` (points) that paints it, frame and all."""
    # a printed map travels without the app: every page carries the key, in as many rows as it takes
    legend = PictureLegend(page.width() - 60, LEGEND_PT)
    body = page.adjusted(0, HEADER_PT, 0, -max(FOOTER_PT, legend.height + 6))
    plans = [(scene, plan_pages(scene, body.size())) for scene in scenes]
    total = sum(len(sheets) for _, sheets in plans)
    painters = []
    for scene, sheets in plans:
        lines = title_lines(document, scene.journey_id, language)
        for sheet in sheets:
            number = f"{len(painters) + 1} / {total}"

            def paint(painter: QPainter, scene=scene, sheet=sheet, lines=lines, number=number) -> None:
                _paint_frame(painter, page, lines, number)
                legend.paint(painter, page.left(), page.bottom() - legend.height)
                _paint_sheet(painter, scene, sheet, body)

            painters.append(paint)
    return painters


def _paint_sheet(painter: QPainter, scene: JourneyScene, sheet: Sheet, body: QRectF) -> None:
    scale = sheet.scale
    x0 = body.left() + max(0.0, (body.width() - (sheet.right - sheet.left) * scale) / 2)
    y0 = body.top()
    header_height = sheet.header.height() * scale
    target = QRectF(x0, y0, sheet.header.width() * scale, header_height)
    with _stages_within(scene, sheet.left + 4, sheet.right - 4):
        scene.render(painter, target, sheet.header, Qt.AspectRatioMode.IgnoreAspectRatio)
    for part in sheet.slices:
        target = QRectF(
            x0 + (part.left() - sheet.left) * scale,
            y0 + header_height,
            part.width() * scale,
            part.height() * scale,
        )
        scene.render(painter, target, part, Qt.AspectRatioMode.IgnoreAspectRatio)
    if sheet.lane is not None:
        tallest = max((part.height() for part in sheet.slices), default=0.0)
        lane = sheet.lane
        target = QRectF(x0, y0 + header_height + tallest * scale, lane.width() * scale, lane.height() * scale)
        scene.render(painter, target, lane, Qt.AspectRatioMode.IgnoreAspectRatio)


def _paint_frame(painter: QPainter, page: QRectF, lines: tuple[str, str], number: str) -> None:
    title, detail = lines
    painter.setPen(INK)
    painter.setFont(_font(14, bold=True))
    head = QRectF(page.left(), page.top(), page.width() * 0.62, HEADER_PT - 10)
    painter.drawText(head, LEFT_BOTTOM, _elided(painter, title, head.width()))
    painter.setPen(MUTED)
    painter.setFont(_font(11))
    side = QRectF(head.right(), page.top(), page.width() - head.width(), HEADER_PT - 10)
    painter.drawText(
        side,
        RIGHT_BOTTOM,
        _elided(painter, detail, side.width()),
    )
    painter.setPen(QPen(QColor("#C9CDD4"), 0.75))
    painter.drawLine(page.left(), page.top() + HEADER_PT - 6, page.right(), page.top() + HEADER_PT - 6)
    painter.setPen(MUTED)
    painter.setFont(_font(9))
    foot = QRectF(page.left(), page.bottom() - FOOTER_PT + 4, page.width(), FOOTER_PT - 4)
    painter.drawText(foot, RIGHT_BOTTOM, number)


# --- shared pieces -------------------------------------------------------------------------


def title_lines(document: Document, journey_id: str, language: str) -> tuple[str, str]:
    """(title, detail): the workshop's title and journey name; the client, retailer and date."""
    from PySide6.QtCore import QDate, QLocale

    info = document.workshop.workshop
    journey = document.get(journey_id).name
    group = document.workshop.handout.group if document.workshop.handout is not None else ""
    title = " — ".join(each_once(group, info.title, journey))  # a group copy's picture says whose
    locale = QLocale("pl_PL" if language == "pl" else "en_GB")
    details = [info.client.strip(), info.retailer.strip()]
    if info.date is not None:
        date = QDate(info.date.year, info.date.month, info.date.day)
        details.append(locale.toString(date, QLocale.FormatType.LongFormat))
    return title or QCoreApplication.translate("Picture", "Shopper journey"), " · ".join(
        d for d in details if d
    )


def _font(px: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def _elided(painter: QPainter, text: str, width: float) -> str:
    return painter.fontMetrics().elidedText(" ".join(text.split()), Qt.TextElideMode.ElideRight, round(width))


@contextmanager
def _scenes(
    document: Document, journey_ids: list[str], *, language: str, style: CanvasStyle | None
) -> Iterator[list[JourneyScene]]:
    scenes = []
    try:
        for journey_id in journey_ids:
            scene = JourneyScene(document, journey_id, style=style or CanvasStyle(), language=language)
            scenes.append(scene)
            scene.setBackgroundBrush(QColor("white"))
            for item in scene.items():
                # a cached card is painted as a pixmap, and the PDF must hold vectors
                item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        yield scenes
    finally:
        for scene in scenes:
            scene.detach()
            scene.deleteLater()


@contextmanager
def _stages_within(scene: JourneyScene, left: float, right: float) -> Iterator[None]:
    """Narrow the stage bands to the page's columns for a moment, so a split stage keeps its name."""
    saved = []
    for item in scene.stages.values():
        rect = QRectF(item.pos(), item.rect.size())
        saved.append((item, rect))
        clipped = QRectF(
            max(rect.left(), left),
            rect.top(),
            min(rect.right(), right) - max(rect.left(), left),
            rect.height(),
        )
        if clipped.width() > 0 and clipped != rect:
            item.set_rect(clipped)
    try:
        yield
    finally:
        for item, rect in saved:
            item.set_rect(rect)


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temp file beside `path`, moved over it only when the block completes (shoppermap.atomic)."""
    name = path.name
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise PictureError(f"{name}: is a folder")
    if not folder.is_dir():
        raise PictureError(f"{name}: cannot be written; the folder {folder} does not exist")
    written = False
    try:
        with atomic.replacing(path) as temp:
            yield temp
            if temp.stat().st_size == 0:
                raise PictureError(f"{name}: cannot be written")
            written = True  # what fails from here on is the move over the old file
    except PermissionError:
        if written:
            # on Windows a file open in a viewer is locked and cannot be replaced
            raise PictureError(f"{name}: cannot be written; is it open in another program?") from None
        raise PictureError(f"{name}: cannot be written; no permission to write in {folder}") from None
    except OSError as exc:
        raise PictureError(f"{name}: cannot be written ({exc.strerror or exc})") from None
