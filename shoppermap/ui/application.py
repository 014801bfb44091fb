"""The QApplication with the app's name, icon and caches, for the window and for pictures alike."""

from __future__ import annotations

import os
import sys

from .. import APP_NAME, ORGANIZATION, paths


def make_application(argv: list[str] | None = None, *, offscreen: bool = False):
    """The QApplication, created once."""
    if offscreen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
    from PySide6.QtGui import QPixmapCache

    # cards are device-cached pixmaps; the default 10 MB holds too few of them for a big map
    QPixmapCache.setCacheLimit(256 * 1024)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationDisplayName(APP_NAME)
    from PySide6.QtGui import QIcon

    icon = paths.resources_dir() / "icons" / "shoppermap.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app
