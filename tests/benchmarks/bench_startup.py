"""Start-up speed: from process start to the main window painted with the default workshop.

Measured next to a bare PySide6 program that only shows an empty 1600×1000 QMainWindow, in the same
run, alternating the two, several times each; the figures are medians. The target is a ratio of at
most 2.5. Both programs are stamped the same way: once the window's first Paint event has been
delivered, a zero timer set from it runs when that paint pass is over, prints
`painted <time.perf_counter()>` and quits. The app does this itself under
SHOPPERMAP_QUIT_AFTER_PAINT=1 (ui/app.py, through the same first-paint watcher the warm-up uses), so
the packaged app is measured exactly like the source. perf_counter is the system-wide monotonic clock
on Linux, macOS and (since Python 3.10) Windows, so the parent's and the child's stamps compare.

Two figures per program: to first paint (the stamp minus the parent's time just before starting the
child), and to exit, which also counts closing down (settings, the workshop file, Python's clean-up).

Every run uses a private user folder, Documents folder and settings (XDG_CONFIG_HOME; on Windows and
macOS Qt keeps settings in the registry and in ~/Library, so there the user's own are used) in which
the welcome has been seen. A first, untimed run creates the default workshop (the shopper journey in
Documents), which the timed runs reopen as the last workshop, as every start after the first does.

Run:
    python -m tests.benchmarks.bench_startup                  # from source
    python -m tests.benchmarks.bench_startup --packaged       # dist/ShopperMap too (a bare program is
                                                              # frozen alongside, once, in build/)
    python -m tests.benchmarks.bench_startup --profile        # also: where the app's start-up goes
Options: --runs N (default 7), --app PATH (another packaged executable).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TARGET = 2.5
HOOK_VARIABLE = "SHOPPERMAP_QUIT_AFTER_PAINT"
PAINTED = re.compile(r"^painted (\d+\.\d+)$", re.M)

# The first-paint probe, shared word for word by the bare program and the source driver.
PROBE = textwrap.dedent(
    """
    import time

    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer


    class QuitAfterFirstPaint(QObject):
        def __init__(self, window):
            super().__init__(window)
            self.window = window
            window.installEventFilter(self)

        def eventFilter(self, watched, event):
            if watched is self.window and event.type() == QEvent.Type.Paint:
                self.window.removeEventFilter(self)
                QTimer.singleShot(0, self.done)
            return False

        def done(self):
            print(f"painted {time.perf_counter():.6f}", flush=True)
            QCoreApplication.quit()
    """
)

BARE = PROBE + textwrap.dedent(
    """
    import sys

    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1600, 1000)
    probe = QuitAfterFirstPaint(window)
    window.show()
    sys.exit(app.exec())
    """
)

# The real start from source, with the probe on the window build_window() makes (for --profile).
DRIVER = PROBE + textwrap.dedent(
    """
    import sys

    from shoppermap.ui import app as app_module

    _build_window = app_module.build_window


    def build_window(*args, **kwargs):
        window = _build_window(*args, **kwargs)
        window._quit_after_first_paint = QuitAfterFirstPaint(window)
        return window


    app_module.build_window = build_window
    from shoppermap.cli import main

    sys.exit(main([]))
    """
)


def private_environment(scratch: Path, *, quit_switch: bool) -> dict[str, str]:
    """A user who has seen the welcome, with no recent workshops and an empty Documents folder."""
    env = dict(os.environ)
    for name in ("home", "documents", "config"):
        (scratch / name).mkdir(parents=True, exist_ok=True)
    env["SHOPPERMAP_HOME"] = str(scratch / "home")
    env["SHOPPERMAP_DOCUMENTS"] = str(scratch / "documents")
    env["XDG_CONFIG_HOME"] = str(scratch / "config")
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop(HOOK_VARIABLE, None)
    # an installed app starts from compiled bytecode (pip and PyInstaller write it); let the untimed
    # first run write it for a source checkout too
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if quit_switch:
        env[HOOK_VARIABLE] = "1"
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")) and sys.platform.startswith("linux"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    settings = scratch / "config" / "ShopperMap" / "ShopperMap.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[welcome]\nshown=true\n", encoding="utf-8")
    return env


def run_once(command: list[str], env: dict[str, str], *, timeout: float = 120) -> tuple[float | None, float]:
    """(seconds to the `painted` stamp or None when none was printed, seconds to exit) of one start."""
    started = time.perf_counter()
    try:
        result = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"{Path(command[0]).name}: still running after {timeout:.0f} s") from None
    ended = time.perf_counter()
    if result.returncode != 0:
        raise RuntimeError(
            f"{Path(command[0]).name}: exit {result.returncode}\n{result.stdout[-2000:]}{result.stderr[-2000:]}"
        )
    found = PAINTED.search(result.stdout)
    return (float(found[1]) - started if found else None), ended - started


def measure(
    app: list[str], bare: list[str], env: dict[str, str], runs: int
) -> dict[str, tuple[float, float]]:
    """Median seconds of the app and of the bare program, alternating: {"paint": …, "exit": …}."""
    run_once(app, env, timeout=60)  # untimed: creates the default workshop, warms the disk cache
    run_once(bare, env, timeout=60)
    times: dict[str, list[list[float]]] = {"paint": [[], []], "exit": [[], []]}
    for _ in range(runs):
        for which, command in enumerate((app, bare)):
            painted, exited = run_once(command, env)
            if painted is None:
                raise RuntimeError(f"{Path(command[0]).name}: printed no paint stamp")
            times["paint"][which].append(painted)
            times["exit"][which].append(exited)
    return {
        key: (statistics.median(app_times), statistics.median(bare_times))
        for key, (app_times, bare_times) in times.items()
    }


def report(label: str, app_s: float, bare_s: float) -> float:
    """Print one line of figures; returns the ratio."""
    ratio = app_s / bare_s
    verdict = "ok" if ratio <= TARGET else f"ABOVE the {TARGET}× target"
    print(f"{label:<40} app {app_s * 1000:6.0f} ms   bare {bare_s * 1000:5.0f} ms   {ratio:4.2f}×  {verdict}")
    return ratio


def frozen_bare(build_dir: Path) -> Path:
    """The bare program frozen with PyInstaller (built once into build/bench_startup/)."""
    exe = build_dir / "dist" / "bare" / ("bare.exe" if sys.platform == "win32" else "bare")
    script = build_dir / "bare.py"
    if exe.is_file() and script.is_file() and script.read_text(encoding="utf-8") == BARE:
        return exe
    build_dir.mkdir(parents=True, exist_ok=True)
    script.write_text(BARE, encoding="utf-8")
    print("freezing the bare program (once) …", flush=True)
    result = subprocess.run(
        [
            *(sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir", "--log-level", "WARN"),
            *("--distpath", str(build_dir / "dist"), "--workpath", str(build_dir / "work")),
            *("--specpath", str(build_dir), str(script)),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"cannot freeze the bare program (is PyInstaller installed?)\n{result.stderr[-2000:]}"
        )
    return exe


def profile(env: dict[str, str], scratch: Path) -> None:
    """Where the app's start-up goes: the slowest imports (-X importtime), then cProfile's top functions."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", DRIVER],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    rows = []
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if match:
            rows.append((int(match[2]), len(match[3]) // 2, match[4]))
    print("\nslowest imports (cumulative ms, two levels deep):")
    for cumulative, depth, name in sorted(rows, reverse=True)[:60]:
        if depth <= 2:
            print(f"  {cumulative / 1000:7.1f}  {'  ' * depth}{name}")
    stats = scratch / "startup.prof"
    subprocess.run(
        [sys.executable, "-c", f"import cProfile; cProfile.run({DRIVER!r}, {str(stats)!r})"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if stats.is_file():
        import pstats

        print("cProfile of the start, by cumulative time (top 30):")
        pstats.Stats(str(stats)).sort_stats("cumulative").print_stats(30)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; exit status 1 when a ratio is above the target."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each program (default 7)")
    parser.add_argument("--packaged", action="store_true", help="also measure dist/ShopperMap")
    parser.add_argument("--app", type=Path, default=None, help="the packaged executable to measure")
    parser.add_argument("--profile", action="store_true", help="show where the app's start-up goes")
    args = parser.parse_args(argv)

    ratios = []
    with tempfile.TemporaryDirectory(prefix="shoppermap-startup-") as scratch_name:
        scratch = Path(scratch_name)
        bare = [sys.executable, "-c", BARE]
        env = private_environment(scratch / "source", quit_switch=True)
        print(f"Qt platform: {env.get('QT_QPA_PLATFORM') or 'native'}; {args.runs} runs each, medians")
        figures = measure([sys.executable, "-m", "shoppermap"], bare, env, args.runs)
        ratios.append(report("from source, to first paint", *figures["paint"]))
        report("from source, to exit", *figures["exit"])

        if args.packaged or args.app:
            exe = args.app or REPO / "dist" / "ShopperMap" / (
                "ShopperMap.exe" if sys.platform == "win32" else "ShopperMap"
            )
            if not exe.is_file():
                print(f"no packaged app at {exe}: run 'pyinstaller build.spec' first")
                return 2
            frozen = [str(frozen_bare(REPO / "build" / "bench_startup"))]
            env = private_environment(scratch / "packaged", quit_switch=True)
            figures = measure([str(exe)], frozen, env, args.runs)
            ratios.append(report("packaged, to first paint", *figures["paint"]))
            report("packaged, to exit", *figures["exit"])
            source_bare = statistics.median(run_once(bare, env)[0] for _ in range(args.runs))
            report("packaged app vs bare from source", figures["paint"][0], source_bare)

        if args.profile or any(r > TARGET for r in ratios):
            profile(private_environment(scratch / "profile", quit_switch=False), scratch)
    return 1 if any(r > TARGET for r in ratios) else 0


if __name__ == "__main__":
    sys.exit(main())
