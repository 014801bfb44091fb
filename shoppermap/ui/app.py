"""Starting the window: choose the workshop, show it, or render it to a PNG and exit."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from .. import paths
from ..domain.library import FrameworkLibrary
from ..session import WorkshopSession
from ..storage import WorkshopFile, WorkshopFileError
from ..workshops import SUFFIX, create_workshop_file, new_workshop, untitled_path
from .application import make_application

log = logging.getLogger(__name__)
SCREENSHOT_SIZE = (1600, 1000)


def build_window(library: FrameworkLibrary, *, settings=None):
    """The main window with every dock added."""
    from .main_window import MainWindow
    from .window_docks import add_docks

    window = MainWindow(library, settings=settings)
    # the language switch makes the window anew through this, so i18n need not import this module
    window.build_another = build_another
    add_docks(window)
    window.finish_setup()
    return window


def build_another(window):
    """A new main window like `window`: the same framework library and settings, every dock added."""
    return build_window(window.library, settings=window.settings)


def starting_workshop(window, file: Path | None, *, read_only: bool) -> bool:
    """Open FILE, else the last workshop, else a new one from the shopper journey in Documents."""
    if file is not None:
        return window.open_path(file, read_only=read_only, quiet=False)
    for recent in window.file_actions.recent_files():
        if Path(recent).is_file() and window.open_path(Path(recent), quiet=True):
            return True
    directory = paths.documents_dir()
    directory.mkdir(parents=True, exist_ok=True)
    return window.create_workshop(untitled_path(directory, "Shopper journey"))


def run(*, file: Path | None = None, screenshot: Path | None = None, read_only: bool = False) -> int:
    """Run the app; with `screenshot`, render the window offscreen at 1600×1000 and exit."""
    app = make_application(offscreen=screenshot is not None)
    library = FrameworkLibrary.load()
    for problem in library.problems:
        log.warning("framework skipped: %s", problem)
    if screenshot is not None:
        return _screenshot(app, library, file, screenshot, read_only=read_only)
    from PySide6.QtCore import QSettings

    from .dialogs.welcome import maybe_show_welcome, welcome_pending
    from .errors import install_exception_hook
    from .i18n import start_language

    start_language(app, QSettings())
    install_exception_hook(app)
    from .shutdown import watch_for_shutdown

    shutdown_watch = watch_for_shutdown(app)  # noqa: F841 - kept alive while the app runs
    window = build_window(library)
    if file is None and welcome_pending(window.settings):
        # the first start asks how to begin before any file is made
        window.show_at_start()
        maybe_show_welcome(window)
    try:
        opened = window.document is not None or starting_workshop(window, file, read_only=read_only)
    except (WorkshopFileError, OSError) as exc:
        print(f"shoppermap: {exc}", file=sys.stderr)
        opened = False
    if not opened and file is not None:
        return 1
    from .warm_up import after_first_paint, warm_up_after_first_paint

    warm_up_after_first_paint(window)
    if os.environ.get("SHOPPERMAP_QUIT_AFTER_PAINT"):
        # start-up benchmarks: stamp the time once the window's first paint is done, then leave
        import time

        def painted() -> None:
            print(f"painted {time.perf_counter():.6f}", flush=True)
            app.quit()

        after_first_paint(window, painted)
    window.show_at_start()
    return app.exec()


def _screenshot(app, library, file: Path | None, out: Path, *, read_only: bool) -> int:
    import tempfile

    from PySide6.QtCore import QSettings

    if out.suffix.lower() != ".png":
        print(f"shoppermap: {out.name}: the screenshot must be a .png file", file=sys.stderr)
        return 2
    if not (out.parent if str(out.parent) else Path(".")).is_dir():
        print(f"shoppermap: {out}: the folder does not exist", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="shoppermap-shot-") as scratch:
        # the default layout, and nothing of this user's settings or recent files touched
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        from .i18n import start_language

        start_language(app, settings)
        window = build_window(library, settings=settings)
        if file is None:
            path = Path(scratch) / f"Shopper journey{SUFFIX}"
            # no lock: nobody else can know of a scratch file, and the user folder stays untouched
            window.adopt(WorkshopSession(*create_workshop_file(path, new_workshop(library))))
        else:
            # render a copy, so the user's file is never written and the picture shows the normal,
            # editable window (no read-only banner) unless --read-only asks for it
            try:
                handle, _workshop = WorkshopFile.open(file, read_only=True)
            except (WorkshopFileError, OSError) as exc:
                print(f"shoppermap: {exc}", file=sys.stderr)
                return 1
            copy = Path(scratch) / Path(file).name
            handle.save_copy(copy)
            handle.close()
            os.environ["SHOPPERMAP_HOME"] = str(Path(scratch) / "user")  # its lock and backup stay in scratch
            if not window.open_path(copy, read_only=read_only, quiet=True):
                return 1
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        for _ in range(5):
            app.processEvents()
        window.view.fit()
        app.processEvents()
        ok = window.grab().save(str(out))
        window.close()
    if not ok:
        print(f"shoppermap: {out.name}: cannot be written", file=sys.stderr)
        return 1
    print(f"Saved {out}")
    return 0
