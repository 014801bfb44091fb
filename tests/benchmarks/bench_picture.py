"""Map pictures of a big journey: the A3 PDF and the PNG pages, next to a bare render of the same pages.

The bare render is a plain QGraphicsScene holding, for every card, a rect item and a simple text
item with the card's words (broken into lines as the card breaks them), at the card's place on the
map, painted by QGraphicsScene.render onto a QPdfWriter (and onto A3 images for the PNG figure)
page by page, the same page rects as ShopperMap's. It has no headers, marks, legend or title, so the
ratio says what ShopperMap's pictures add over Qt painting as much text. A second PDF row compares
with the rects alone, no text: a floor no picture with words can reach; the budget is for the first. Times include building the
scene and writing the file; medians of several runs, in seconds.

Run: PYTHONPATH=. python -m tests.benchmarks.bench_picture [--cards 5000] [--repeat 3] [--png]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPdfWriter
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem

from shoppermap.domain.document import Document
from shoppermap.domain.library import FrameworkLibrary
from shoppermap.ui import picture
from shoppermap.ui.picture_pages import plan_pages

from .bench_canvas import workshop_with

BUDGET_RATIO = 3.0


Page = tuple[float, float, list[QRectF]]  # scale, scene x of the page's left edge, its column parts


def page_rects(document: Document) -> tuple[list[Page], list[tuple[float, float, str]]]:
    """(every page's scale, left edge and column parts; each card's x, y and lines), untimed."""
    journey_id = document.workshop.journeys[0].id
    with picture._scenes(document, [journey_id], language="en", style=None) as scenes:
        scene = scenes[0]
        layout = picture.a3_landscape()
        inner = layout.paintRectPoints()
        body = QRectF(0, 0, inner.width(), inner.height() - picture.HEADER_PT - 3 * picture.FOOTER_PT)
        parts = [(sheet.scale, sheet.left, sheet.slices) for sheet in plan_pages(scene, body.size())]
        cards = [
            (item.pos().x(), item.pos().y(), "\n".join(item.shown_label().split(" ", 3)))
            for item in scene.cards.values()
        ]
    return parts, cards


def bare_scene(cards: list[tuple[float, float, str]], *, text: bool = True) -> QGraphicsScene:
    scene = QGraphicsScene()
    font = QFont()
    font.setPixelSize(13)
    for x, y, words in cards:
        rect = QGraphicsRectItem(0, 0, 240, 80)
        rect.setPos(x, y)
        rect.setBrush(QColor("#FFF4CC"))
        scene.addItem(rect)
        if text:
            label = QGraphicsSimpleTextItem(words, rect)
            label.setFont(font)
            label.setPos(8, 6)
    return scene


def bare_pdf(cards, parts, path: Path, *, text: bool = True) -> None:
    scene = bare_scene(cards, text=text)
    writer = QPdfWriter(str(path))
    writer.setResolution(1200)
    writer.setPageLayout(picture.a3_landscape())
    dots = writer.logicalDpiX() / 72
    painter = QPainter(writer)
    for number, (scale, left, slices) in enumerate(parts):
        if number:
            writer.newPage()
        for part in slices:
            x, size = (part.left() - left) * scale * dots, part.size() * scale * dots
            target = QRectF(x, 30 * dots, size.width(), size.height())
            scene.render(painter, target, part, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    del writer


def bare_png_pages(cards, parts, folder: Path) -> None:
    scene = bare_scene(cards)
    dots = picture.PNG_PAGE_DPI / 72
    for number, (scale, left, slices) in enumerate(parts):
        image = QImage(2382, 1684, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        for part in slices:
            x, size = (28 + (part.left() - left) * scale) * dots, part.size() * scale * dots
            target = QRectF(x, 58 * dots, size.width(), size.height())
            scene.render(painter, target, part, Qt.AspectRatioMode.IgnoreAspectRatio)
        painter.end()
        image.save(str(folder / f"bare-{number}.png"), "PNG")


def median_seconds(repeat: int, action) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cards", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--png", action="store_true", help="also the PNG pages (slower: PNG encoding)")
    args = parser.parse_args()
    picture.ensure_application()
    document = Document(workshop_with(FrameworkLibrary.load(), args.cards))
    journeys = document.workshop.journeys[:1]
    parts, cards = page_rects(document)
    rows = []
    with tempfile.TemporaryDirectory(prefix="shoppermap-bench-picture-") as scratch_name:
        scratch = Path(scratch_name)
        pdf = scratch / "map.pdf"
        app_pdf = median_seconds(
            args.repeat, lambda: picture.export_picture(document, pdf, journeys=journeys, language="en")
        )
        bare = median_seconds(args.repeat, lambda: bare_pdf(cards, parts, scratch / "bare.pdf"))
        rows.append(("PDF, A3 pages", app_pdf, bare))
        # the same pages with the rects alone: what painting no text at all costs
        bare = median_seconds(args.repeat, lambda: bare_pdf(cards, parts, scratch / "rects.pdf", text=False))
        rows.append(("PDF vs bare rects only", app_pdf, bare))
        if args.png:
            png = scratch / "map.png"
            app_png = median_seconds(
                args.repeat, lambda: picture.export_picture(document, png, journeys=journeys, language="en")
            )
            bare = median_seconds(args.repeat, lambda: bare_png_pages(cards, parts, scratch))
            rows.append(("PNG pages (144 dpi)", app_png, bare))
    print(f"{args.cards} cards on {len(parts)} A3 pages, medians of {args.repeat}, seconds")
    print(f"{'picture':<22} | ShopperMap |  bare | ratio")
    worst = 0.0
    for label, app_s, bare_s in rows:
        ratio = app_s / bare_s
        if "rects only" not in label:
            worst = max(worst, ratio)
        print(f"{label:<22} | {app_s:10.2f} | {bare_s:5.2f} | {ratio:5.1f}")
    print(
        f"budget: within {BUDGET_RATIO:.0f}× the bare render" + (" — ABOVE" if worst > BUDGET_RATIO else "")
    )
    return 1 if worst > BUDGET_RATIO else 0


if __name__ == "__main__":
    sys.exit(main())
