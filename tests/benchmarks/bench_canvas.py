"""Canvas speed: each canvas operation on a big map, next to a bare QGraphicsScene of as many plain items.

Every operation ends with a synchronous repaint of the whole viewport, an upper bound of the repaint
it causes. The bare scene does the least Qt itself needs for the same visible effect (move the items,
select them, hide them), so the ratio says what ShopperMap adds; the machine is shared and noisy, so
compare ratios from one run rather than absolute times across runs. Medians of 5 (p95 of many for
mouse moves and drops), in milliseconds.

Run: PYTHONPATH=. python -m tests.benchmarks.bench_canvas [--cards 5000,20000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent, QPainter, QPainterPath
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsRectItem, QGraphicsScene, QGraphicsView

from shoppermap.domain.labels import Label
from shoppermap.domain.library import FrameworkLibrary
from shoppermap.domain.models import Card, Status
from shoppermap.storage import WorkshopFile
from shoppermap.ui.app import build_window, make_application
from shoppermap.ui.canvas.style import CanvasStyle
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
WINDOW = (1600, 1000)
MOVED = 100  # cards moved, duplicated and deleted at once
HAND_STEP = QPoint(3, 2)  # a mouse-move as a hand makes it: a few pixels
NEEDLE = "stopper"  # the find bar's search, on about a quarter of the cards
Timer = Callable[[], None]


def workshop_with(library: FrameworkLibrary, cards: int):
    """The shopper journey padded with custom cards to `cards` cards in one journey; every 7th is critical."""
    workshop = new_workshop(library)
    phases = [p for s in workshop.journeys[0].stages for p in s.phases]
    existing = sum(len(p.cards) for p in phases)
    for i in range(max(0, cards - existing)):
        text = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(4 + i % 6))
        status = Status.RED if i % 7 == 0 else None
        phases[i % len(phases)].cards.append(Card(label=Label.same(f"{text} {i}"), status=status))
    return workshop


def mouse(widget, kind: QEvent.Type, pos: QPoint, *, held: bool) -> None:
    """Send a real mouse event with the left button (held during moves, as a drag has it)."""
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    buttons = Qt.MouseButton.LeftButton if held else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def timed(action: Timer, viewport) -> float:
    """Milliseconds of `action` followed by a repaint of the whole viewport."""
    start = time.perf_counter()
    action()
    viewport.repaint()
    return (time.perf_counter() - start) * 1000


def median_of(
    repeat: int, action: Timer, viewport, *, before: Timer | None = None, after: Timer | None = None
):
    times = []
    for _ in range(repeat):
        if before:
            before()
        times.append(timed(action, viewport))
        if after:
            after()
    return statistics.median(times)


def p95(times: list[float]) -> float:
    return sorted(times)[int(len(times) * 0.95)]


def rss_mb() -> float:
    """The resident memory of this process (Linux), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


# --- the bare scene ----------------------------------------------------------------------


class BareMap:
    """A plain QGraphicsScene of rect items in 18 columns, as ShopperMap would lay them out."""

    def __init__(self, cards: int, style: CanvasStyle) -> None:
        self.style = style
        self.scene = QGraphicsScene()
        self.view = QGraphicsView(self.scene)
        self.view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.view.resize(*WINDOW)
        self.selected = 0
        self.scene.selectionChanged.connect(self._count)  # a listener, as the inspector is
        self.columns: list[list[QGraphicsRectItem]] = [[] for _ in range(18)]
        for i in range(cards):
            self.add(i % 18)
        self.view.show()
        QApplication.processEvents()  # exposed, so that a repaint paints
        self.view.viewport().repaint()

    def _count(self) -> None:
        self.selected = len(self.scene.selectedItems())

    def place(self, column: int, row: int) -> QPointF:
        s = self.style
        return QPointF(s.margin + column * (s.column_width + s.column_gap), 150 + row * (60 + s.card_spacing))

    def add(self, column: int) -> QGraphicsRectItem:
        item = QGraphicsRectItem(0, 0, self.style.column_width, 60)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        item.setPos(self.place(column, len(self.columns[column])))
        self.columns[column].append(item)
        self.scene.addItem(item)
        return item

    @property
    def viewport(self):
        return self.view.viewport()

    def select_all(self) -> None:
        path = QPainterPath()
        path.addRect(self.scene.itemsBoundingRect())
        self.scene.setSelectionArea(path)

    def move(self, to_column: int) -> None:
        items = self.columns[0][:MOVED]
        for row, item in enumerate(items):
            item.setPos(self.place(to_column, len(self.columns[to_column]) + row))

    def duplicate(self) -> None:
        self.copies = [self.add(0) for _ in range(MOVED)]

    def delete(self) -> None:
        for item in self.copies:
            self.scene.removeItem(item)
            self.columns[0].remove(item)

    def filter(self, on: bool) -> None:
        for i, item in enumerate(self.scene.items()):
            if i % 7:
                item.setVisible(not on)

    def find(self, on: bool) -> None:
        for i, item in enumerate(self.scene.items()):
            if i % 4 == 0:
                item.setBrush(Qt.GlobalColor.yellow if on else Qt.GlobalColor.white)


def measure_bare(cards: int, repeat: int, style: CanvasStyle) -> dict[str, float]:
    before = rss_mb()
    start = time.perf_counter()
    bare = BareMap(cards, style)
    results = {"open → painted": (time.perf_counter() - start) * 1000, "RSS (MB)": rss_mb() - before}
    view, vp = bare.view, bare.viewport
    results["zoom fit + 100 %"] = median_of(
        repeat, lambda: (view.fitInView(bare.scene.sceneRect()), vp.repaint(), view.resetTransform()), vp
    )
    item = bare.columns[0][0]
    for zoom in ("100 %", "fit"):
        if zoom == "fit":
            view.fitInView(bare.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        origin = item.pos()
        times = []
        for step in range(240):
            at = origin + QPointF(step * 3, step * 2)
            times.append(timed(lambda at=at: item.setPos(at), vp))
        item.setPos(origin)
        results[f"drag mouse-move p95 @{zoom}"] = p95(times)
    view.resetTransform()
    drops = [timed(lambda: item.setPos(bare.place(1, 3)), vp) for _ in range(20)]
    results["drop one card p95"] = p95(drops)
    for zoom in ("100 %", "far out"):
        if zoom == "far out":
            view.fitInView(bare.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        results[f"Select All @{zoom}"] = median_of(
            repeat, bare.select_all, vp, after=bare.scene.clearSelection
        )
    view.resetTransform()
    results[f"move {MOVED} cards"] = median_of(repeat, lambda: bare.move(1), vp)
    results[f"undo the move of {MOVED}"] = median_of(repeat, lambda: bare.move(0), vp)
    results[f"duplicate {MOVED} cards"] = median_of(repeat, bare.duplicate, vp, after=bare.delete)
    bare.duplicate()
    results[f"delete {MOVED} cards"] = median_of(repeat, bare.delete, vp, after=bare.duplicate)
    bare.delete()
    results["show-only filter on + off"] = median_of(
        repeat, lambda: (bare.filter(True), vp.repaint(), bare.filter(False)), vp
    )
    results["find (highlight hits)"] = median_of(
        repeat, lambda: bare.find(True), vp, after=lambda: bare.find(False)
    )
    view.close()
    return results


# --- ShopperMap ----------------------------------------------------------------------------


def measure_map(app, library, cards: int, repeat: int, scratch: Path) -> dict[str, float]:
    path = scratch / f"bench-{cards}.shoppermap"
    WorkshopFile.create(path, workshop_with(library, cards)).close()
    settings = QSettings(str(scratch / f"settings-{cards}.ini"), QSettings.Format.IniFormat)
    window = build_window(library, settings=settings)
    window.resize(*WINDOW)
    before = rss_mb()
    start = time.perf_counter()
    window.open_path(path)
    window.show()
    window.view.fit()
    window.repaint()
    window.view.viewport().repaint()
    results = {"open → painted": (time.perf_counter() - start) * 1000}
    app.processEvents()  # let the window's own deferred fit run before choosing the zoom
    results["RSS (MB)"] = rss_mb() - before
    view, scene, vp = window.view, window.current_scene(), window.view.viewport()
    edits, editor = window.canvas_edits, window.editor
    first, second = scene.phase_order[0], scene.phase_order[1]
    scene.select_cards(scene.visible_cards(first)[:2])  # the inspector builds its forms once, on first use
    scene.select_cards(scene.visible_cards(first)[:1])
    scene.select_cards([])
    results["zoom fit + 100 %"] = median_of(
        repeat, lambda: (view.fit(), vp.repaint(), view.set_zoom(1.0)), vp
    )

    def card_point(card_id: str) -> QPoint:
        return view.mapFromScene(scene.cards[card_id].sceneBoundingRect().center())

    for zoom in ("100 %", "fit"):
        view.set_zoom(1.0) if zoom == "100 %" else view.fit()
        card_id = scene.visible_cards(first)[0]
        view.centerOn(scene.cards[card_id])
        app.processEvents()
        at = card_point(card_id)
        done = editor.stack.index()
        mouse(vp, QEvent.Type.MouseButtonPress, at, held=True)
        times = []
        for step in range(240):
            at += HAND_STEP if step < 120 else -HAND_STEP  # there and back, across the columns
            times.append(timed(lambda at=at: mouse(vp, QEvent.Type.MouseMove, at, held=True), vp))
        mouse(vp, QEvent.Type.MouseButtonRelease, at, held=False)
        results[f"drag mouse-move p95 @{zoom}"] = p95(times)
        if editor.stack.index() > done:
            editor.undo()  # put the map back for the next zoom

    view.set_zoom(1.0)
    view.centerOn(scene.cards[scene.visible_cards(first)[0]])
    app.processEvents()
    drops = []
    for _ in range(20):  # the top card of the first column, into the second, a hand's drag away
        card_id = scene.visible_cards(first)[0]
        at = card_point(card_id)
        mouse(vp, QEvent.Type.MouseButtonPress, at, held=True)
        target = view.mapFromScene(QPointF(scene.column_x[second] + 40, scene.cards_top() + 200))
        steps = 12
        for k in range(1, steps + 1):
            mouse(vp, QEvent.Type.MouseMove, at + (target - at) * k / steps, held=True)
        vp.repaint()
        drops.append(timed(lambda at=target: mouse(vp, QEvent.Type.MouseButtonRelease, at, held=False), vp))
    results["drop one card p95"] = p95(drops)

    select_all = window.actions_.select_all
    for zoom in ("100 %", "far out"):
        view.set_zoom(1.0) if zoom == "100 %" else view.fit()
        app.processEvents()
        results[f"Select All @{zoom}"] = median_of(
            repeat, select_all.trigger, vp, after=lambda: scene.select_cards([])
        )
        select_all.trigger()
        selected = len(scene.selected_card_ids())
        if selected != len(scene.cards):
            print(f"  Select All @{zoom} selected {selected} of {len(scene.cards)} cards", file=sys.stderr)
        scene.select_cards([])
    view.set_zoom(1.0)
    app.processEvents()

    ids = scene.visible_cards(first)[:MOVED]
    scene.select_cards(ids)
    results[f"move {MOVED} cards"] = median_of(
        repeat, lambda: edits.move_cards(ids, second, None), vp, after=editor.undo
    )
    edits.move_cards(ids, second, None)
    results[f"undo the move of {MOVED}"] = median_of(
        repeat, editor.undo, vp, after=lambda: edits.move_cards(ids, second, None)
    )
    editor.undo()
    actions = window.actions_
    results[f"duplicate {MOVED} cards"] = median_of(
        repeat, actions.duplicate.trigger, vp, before=lambda: scene.select_cards(ids), after=editor.undo
    )
    results[f"delete {MOVED} cards"] = median_of(
        repeat, actions.delete.trigger, vp, before=lambda: scene.select_cards(ids), after=editor.undo
    )
    scene.select_cards([])

    bar = window.filter_bar
    actions.filter_bar.setChecked(True)
    bar.mode.setCurrentIndex(bar.mode.findData("only"))
    critical = bar.flags["critical"]
    results["show-only filter on + off"] = median_of(
        repeat, lambda: (critical.setChecked(True), vp.repaint(), critical.setChecked(False)), vp
    )
    actions.filter_bar.setChecked(False)
    find = window.find_bar
    find.open()
    results["find (highlight hits)"] = median_of(
        repeat, lambda: find.field.setText(NEEDLE), vp, after=lambda: find.field.setText("")
    )
    find.close_bar()
    window.close()
    window.deleteLater()
    app.processEvents()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", default="5000,20000", help="map sizes, comma-separated")
    parser.add_argument("--repeat", type=int, default=5, help="runs per operation (the median is shown)")
    options = parser.parse_args()
    app = make_application()
    library = FrameworkLibrary.load()
    style = CanvasStyle()
    print(f"{'operation':<28} | {'cards':>6} | {'ShopperMap':>10} | {'bare scene':>10} | {'ratio':>6}")
    with tempfile.TemporaryDirectory() as scratch:
        for cards in (int(c) for c in options.cards.split(",")):
            # the bare scene first: measured after the map, its memory growth was nil, the map's
            # freed memory being reused
            bare = measure_bare(cards, options.repeat, style)
            ours = measure_map(app, library, cards, options.repeat, Path(scratch))
            for name, value in ours.items():
                ratio = value / bare[name] if bare.get(name) else float("nan")
                print(f"{name:<28} | {cards:>6} | {value:>10.1f} | {bare[name]:>10.1f} | {ratio:>6.1f}")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
