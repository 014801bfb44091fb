"""Calendar speed: 2,000 dated actions over 52 weeks, scrolled and dragged, next to a bare QGraphicsScene
of as many plain rect items in the same run.

Each mouse-move or scroll step is timed with a synchronous repaint of the whole viewport, an upper
bound of what it causes. The bare scene moves its rect the same way, so the ratio says what ShopperMap
adds; the machine is shared and noisy, so compare ratios from one run rather than absolute times.
The budget is 16 ms at the 95th percentile for each mouse-move during a drag. Medians of `--repeat`
for builds; p95 of many steps for moves, scrolls and drops; milliseconds.

Run: PYTHONPATH=. python -m tests.benchmarks.bench_calendar [--actions 2000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QDate, QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene, QGraphicsView

from shoppermap.domain.library import FrameworkLibrary
from shoppermap.domain.models import Opportunity, OpportunityStatus
from shoppermap.domain.sales_periods import preset_periods
from shoppermap.storage import WorkshopFile
from shoppermap.ui.app import build_window, make_application
from shoppermap.ui.calendar.style import CalendarGeometry
from shoppermap.workshops import new_workshop

FIRST, LAST = dt.date(2026, 1, 5), dt.date(2027, 1, 3)  # 52 ISO weeks, Monday to Sunday
WINDOW = (1600, 900)
HAND_STEP = QPoint(3, 0)
SCROLL_STEP = 40
BUDGET_MS = 16.0
TOOLS = ["wobbler", "leaflet", "floor-sticker", "end-cap", "tasting", "stopper", "display-stand"]
RETAILERS = ["HiperMax", "Auchan", "Lidl", "Biedronka", "Carrefour"]
STATUSES = list(OpportunityStatus)


def workshop_with(library: FrameworkLibrary, actions: int):
    """The shopper journey with `actions` dated actions spread over its cards and the year, and 2026's periods."""
    workshop = new_workshop(library)
    workshop.periods = [period for _, period in preset_periods(2026)]
    cards = [c for s in workshop.journeys[0].stages for p in s.phases for c in p.cards]
    for i in range(actions):
        start = FIRST + dt.timedelta(days=(i * 37) % 350)
        cards[i % len(cards)].opportunities.append(
            Opportunity(
                pos_tool=TOOLS[i % len(TOOLS)],
                retailer=RETAILERS[i % len(RETAILERS)],
                owner=f"Owner {i % 9}",
                status=STATUSES[i % len(STATUSES)],
                start=start,
                end=start + dt.timedelta(days=6 + i % 20),
            )
        )
    return workshop


def mouse(widget, kind: QEvent.Type, pos: QPoint, *, held: bool) -> None:
    """Send a real mouse event with the left button (held during moves, as a drag has it)."""
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    buttons = Qt.MouseButton.LeftButton if held else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def timed(action, viewport) -> float:
    """Milliseconds of `action` followed by a repaint of the whole viewport."""
    start = time.perf_counter()
    action()
    viewport.repaint()
    return (time.perf_counter() - start) * 1000


def p95(times: list[float]) -> float:
    return sorted(times)[int(len(times) * 0.95)]


def scroll_times(view, steps: int = 200) -> list[float]:
    """Scroll down and up again, a wheel's step at a time."""
    bar, times = view.verticalScrollBar(), []
    for step in range(steps):
        delta = SCROLL_STEP if step < steps // 2 else -SCROLL_STEP
        times.append(timed(lambda d=delta: bar.setValue(bar.value() + d), view.viewport()))
    return times


# --- the bare scene ----------------------------------------------------------------------


def measure_bare(actions: int, repeat: int) -> dict[str, float]:
    g = CalendarGeometry(FIRST, 52)
    builds, results = [], {}
    for _ in range(repeat):
        start = time.perf_counter()
        scene = QGraphicsScene()
        items = []
        for i in range(actions):
            day = (i * 37) % 350
            item = QGraphicsRectItem(0, 0, (7 + i % 20) * g.day_width, g.bar_height)
            item.setPos(day * g.day_width, i * g.row_height)
            scene.addItem(item)
            items.append(item)
        builds.append((time.perf_counter() - start) * 1000)
    results["lay out"] = statistics.median(builds)
    view = QGraphicsView(scene)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.resize(*WINDOW)
    view.show()
    QApplication.processEvents()
    vp = view.viewport()
    results["scroll step p95"] = p95(scroll_times(view))
    item = items[3]
    origin, times = item.pos(), []
    for step in range(240):
        at = origin + QPointF((step if step < 120 else 240 - step) * 3, 0)
        times.append(timed(lambda at=at: item.setPos(at), vp))
    results["drag mouse-move p95"] = p95(times)
    times = []
    for step in range(240):
        width = (7 + 3 % 20) * g.day_width + (step if step < 120 else 240 - step) * 3
        times.append(timed(lambda w=width: item.setRect(0, 0, w, g.bar_height), vp))
    results["resize mouse-move p95"] = p95(times)
    results["drop p95"] = p95([timed(lambda: item.setPos(origin), vp) for _ in range(20)])
    view.close()
    return results


# --- ShopperMap ----------------------------------------------------------------------------


def measure_calendar(app, library, actions: int, repeat: int, scratch: Path) -> dict[str, float]:
    path = scratch / f"bench-{actions}.shoppermap"
    WorkshopFile.create(path, workshop_with(library, actions)).close()
    window = build_window(
        library, settings=QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    )
    window.resize(*WINDOW)
    window.open_path(path)
    widget = window.calendar
    dock = window.calendar_dock
    dock.setFloating(True)
    dock.show()
    dock.resize(*WINDOW)
    widget.first.setDate(QDate(FIRST.year, FIRST.month, FIRST.day))
    widget.last.setDate(QDate(LAST.year, LAST.month, LAST.day))
    app.processEvents()
    scene, view = widget.scene, widget.view
    vp = view.viewport()
    view.scroll_to_start()
    results = {"lay out": statistics.median(timed(scene.rebuild, vp) for _ in range(repeat))}
    if len(scene.bars) != actions or scene.geometry.week_count != 52:
        print(
            f"  the calendar shows {len(scene.bars)} bars over {scene.geometry.week_count} weeks",
            file=sys.stderr,
        )
    results["scroll step p95"] = p95(scroll_times(view))
    view.scroll_to_start()
    app.processEvents()
    g = scene.geometry
    # a bar near the top of the view, not under the pinned header
    item = min(
        (b for b in scene.bars.values() if b.pos().y() > 4 * g.row_height and b.width > 10 * g.day_width),
        key=lambda b: b.pos().y(),
    )
    for name, grab in (("drag", item.bar_rect().center().x()), ("resize", item.width - 2)):
        at = view.mapFromScene(item.mapToScene(QPointF(grab, g.bar_height / 2)))
        done = window.stack.index()
        mouse(vp, QEvent.Type.MouseButtonPress, at, held=True)
        times = []
        for step in range(240):
            at += HAND_STEP if step < 120 else -HAND_STEP  # there and back
            times.append(timed(lambda at=at: mouse(vp, QEvent.Type.MouseMove, at, held=True), vp))
        mouse(vp, QEvent.Type.MouseButtonRelease, at, held=False)
        results[f"{name} mouse-move p95"] = p95(times)
        if window.stack.index() > done:
            window.editor.undo()
    drops = []
    for _ in range(20):  # a week later, then undone, each a write-through edit
        at = view.mapFromScene(item.mapToScene(item.bar_rect().center()))
        mouse(vp, QEvent.Type.MouseButtonPress, at, held=True)
        target = at + QPoint(int(7 * g.day_width), 0)
        for k in range(1, 9):
            mouse(vp, QEvent.Type.MouseMove, at + (target - at) * k / 8, held=True)
        done = window.stack.index()
        drops.append(timed(lambda t=target: mouse(vp, QEvent.Type.MouseButtonRelease, t, held=False), vp))
        if window.stack.index() != done + 1:
            print("  a drop made no edit", file=sys.stderr)
        window.editor.undo()
    results["drop p95"] = p95(drops)
    window.close()
    window.deleteLater()
    app.processEvents()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=2000, help="dated actions on the calendar")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each build (the median is shown)")
    options = parser.parse_args()
    app = make_application()
    library = FrameworkLibrary.load()
    with tempfile.TemporaryDirectory() as scratch:
        ours = measure_calendar(app, library, options.actions, options.repeat, Path(scratch))
        bare = measure_bare(options.actions, options.repeat)
    print(f"{'operation':<24} | {'actions':>7} | {'ShopperMap':>10} | {'bare scene':>10} | {'ratio':>6}")
    for name, value in ours.items():
        ratio = value / bare[name] if bare.get(name) else float("nan")
        print(f"{name:<24} | {options.actions:>7} | {value:>10.1f} | {bare[name]:>10.1f} | {ratio:>6.1f}")
    worst = max(ours["drag mouse-move p95"], ours["resize mouse-move p95"], ours["scroll step p95"])
    verdict = "within" if worst <= BUDGET_MS else "OVER"
    print(f"mouse-move and scroll p95 {worst:.1f} ms: {verdict} the {BUDGET_MS:.0f} ms budget")


if __name__ == "__main__":
    main()
