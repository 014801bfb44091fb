"""Canvas speed: opening a workshop to a painted window, and one mouse-move of a drag with its repaint.

Each move is followed by a synchronous repaint of the whole viewport: an upper bound of the repaint
the move causes (Qt itself repaints only the regions the move dirtied, and coalesces moves per frame).

Run: python tests/benchmarks/bench_canvas.py   (prints a table for 100, 1,000 and 5,000 cards)
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEvent, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from shoppermap.domain.labels import Label
from shoppermap.domain.library import FrameworkLibrary
from shoppermap.domain.models import Card
from shoppermap.storage import WorkshopFile
from shoppermap.ui.app import build_window, make_application
from shoppermap.workshops import new_workshop

WORDS = [
    "I",
    "read",
    "the",
    "offer",
    "on",
    "the",
    "shelf",
    "stopper",
    "near",
    "the",
    "checkout",
    "and",
    "pick",
    "up",
    "a",
    "leaflet",
]


def workshop_with(library: FrameworkLibrary, cards: int):
    """The shopper journey padded with custom cards to `cards` cards in one journey."""
    workshop = new_workshop(library)
    phases = [p for s in workshop.journeys[0].stages for p in s.phases]
    existing = sum(len(p.cards) for p in phases)
    for i in range(max(0, cards - existing)):
        text = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(4 + i % 6))
        phases[i % len(phases)].cards.append(Card(label=Label.same(f"{text} {i}")))
    if cards < existing:
        kept = 0
        for phase in phases:
            room = max(0, cards - kept)
            phase.cards = phase.cards[:room]
            kept += len(phase.cards)
    return workshop


def mouse(widget, kind, pos, buttons):
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def measure(app, library, cards: int, scratch: Path) -> tuple[float, float, float, float]:
    path = scratch / f"bench-{cards}.shoppermap"
    WorkshopFile.create(path, workshop_with(library, cards)).close()
    settings = QSettings(str(scratch / f"settings-{cards}.ini"), QSettings.Format.IniFormat)
    window = build_window(library, settings=settings)
    window.resize(1600, 1000)
    start = time.perf_counter()
    window.open_path(path)
    window.show()
    window.view.fit()
    window.repaint()
    window.view.viewport().repaint()
    opened = time.perf_counter() - start
    app.processEvents()  # let the window's own deferred fit run before choosing the zoom

    view = window.view
    scene = window.current_scene()
    viewport = view.viewport()
    results = {}
    for zoom_name, zoom in (("100%", 1.0), ("fit", None)):
        if zoom is None:
            view.fit()
        else:
            view.set_zoom(zoom)
        first_phase = scene.phase_order[0]
        card = scene.cards[scene.visible_cards(first_phase)[0]]
        view.centerOn(card)
        app.processEvents()
        start_pos = view.mapFromScene(card.sceneBoundingRect().center())
        mouse(viewport, QEvent.Type.MouseButtonPress, start_pos, Qt.MouseButton.LeftButton)
        times = []
        width = viewport.width()
        for step in range(240):
            # sweep back and forth across the visible columns and up and down
            x = 20 + (step * 37) % max(40, width - 40)
            y = 150 + (step * 23) % max(40, viewport.height() - 200)
            t0 = time.perf_counter()
            mouse(viewport, QEvent.Type.MouseMove, start_pos.__class__(x, y), Qt.MouseButton.LeftButton)
            viewport.repaint()  # paint the whole viewport now: an upper bound of the repaint the move causes
            times.append((time.perf_counter() - t0) * 1000)
        mouse(viewport, QEvent.Type.MouseButtonRelease, start_pos, Qt.MouseButton.NoButton)
        window.editor.undo()  # put the map back for the next zoom (does nothing when the drop moved nothing)
        times.sort()
        results[zoom_name] = (times[int(len(times) * 0.95)], statistics.median(times))
    window.close()
    window.deleteLater()
    app.processEvents()
    return opened, results["100%"], results["fit"]


def main() -> None:
    app = make_application()
    library = FrameworkLibrary.load()
    print(
        f"{'cards':>6} | {'open → painted':>15} | {'drag move p95 @100%':>20} | {'median':>7} | {'drag move p95 @fit':>19} | {'median':>7}"
    )
    with tempfile.TemporaryDirectory() as scratch:
        for cards in (100, 1000, 5000):
            opened, full, fit = measure(app, library, cards, Path(scratch))
            print(
                f"{cards:>6} | {opened * 1000:>12.0f} ms | {full[0]:>17.1f} ms | {full[1]:>4.1f} ms | {fit[0]:>16.1f} ms | {fit[1]:>4.1f} ms"
            )


if __name__ == "__main__":
    main()
