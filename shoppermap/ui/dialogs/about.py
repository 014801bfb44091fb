"""Help → About ShopperMap: the version, what the app is for, the bundled libraries and their licences.

The versions are read when the dialog opens (importlib.metadata, Qt and SQLite themselves), so the
dialog tells the truth about the copy in front of the user, whether it runs from source or from the
packaged folder (build.spec copies the libraries' metadata in). Show Licence gives each library's full
licence text: the GNU texts ship in resources/licences, the others come with each library's metadata,
Python's is the interpreter's own (build.spec copies it into the packaged app). The log file's path is
there because it is the first thing support asks for.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import platform
import sqlite3
import sys
import sysconfig
import warnings
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME, __version__, paths
from ..errors import log_path

UNKNOWN = "?"
PYTHON_LICENCE = "Python-PSF-2.0.txt"  # the name build.spec gives the interpreter's licence in the app
GNU_LICENCES = ("LGPL-3.0.txt", "GPL-3.0.txt")  # the LGPL is the GPL plus its extra permissions


@dataclass(frozen=True)
class BundledLibrary:
    """A library shipped with the app: its name, version (read at run time) and licence."""

    name: str
    version: str
    licence: str
    distributions: tuple[str, ...] = ()


# (shown name, distributions to ask importlib.metadata, licence): the libraries the app is built on.
# build.spec copies the metadata of every distribution named here and in ALSO_BUNDLED into the app.
LIBRARIES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("PySide6 (Qt for Python)", ("PySide6-Essentials", "PySide6"), "LGPL-3.0"),
    ("shiboken6", ("shiboken6",), "LGPL-3.0"),
    ("pydantic", ("pydantic",), "MIT"),
    ("pydantic-core", ("pydantic-core",), "MIT"),
    ("sqlite-utils", ("sqlite-utils",), "Apache-2.0"),
    ("openpyxl", ("openpyxl",), "MIT"),
    ("lxml (with libxml2 and libxslt)", ("lxml",), "BSD-3-Clause; libxml2, libxslt: MIT"),
)

# The libraries those bring along, which ship in the packaged app too and whose licences (MIT, BSD)
# also ask for their notice. Which of them are installed depends on the versions, so a row shows only
# when its library is there.
ALSO_BUNDLED: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("et-xmlfile", ("et-xmlfile",), "MIT"),
    ("click", ("click",), "BSD-3-Clause"),
    ("python-dateutil", ("python-dateutil",), "Apache-2.0 / BSD-3-Clause"),
    ("pluggy", ("pluggy",), "MIT"),
    ("sqlite-fts4", ("sqlite-fts4",), "Apache-2.0"),
    ("six", ("six",), "MIT"),
    ("typing-extensions", ("typing-extensions",), "PSF-2.0"),
    ("annotated-types", ("annotated-types",), "MIT"),
    ("typing-inspection", ("typing-inspection",), "MIT"),
)


def distribution_version(*names: str) -> str:
    """The installed version of the first of `names` that is installed, else '?'."""
    for name in names:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return UNKNOWN


def bundled_libraries() -> list[BundledLibrary]:
    """Qt, the Python libraries, SQLite and Python, each with the version running now."""
    rows = [BundledLibrary("Qt", qVersion(), "LGPL-3.0")]
    rows += [
        BundledLibrary(name, distribution_version(*dists), licence, dists)
        for name, dists, licence in LIBRARIES
    ]
    for name, dists, licence in ALSO_BUNDLED:
        version = distribution_version(*dists)
        if version != UNKNOWN:
            rows.append(BundledLibrary(name, version, licence, dists))
    rows.append(BundledLibrary("SQLite", sqlite3.sqlite_version, "Public domain"))
    rows.append(BundledLibrary("Python", platform.python_version(), "PSF-2.0"))
    return rows


def python_licence_file() -> Path:
    """The licence of the Python running the app: the packaged app's copy, else the interpreter's own."""
    shipped = paths.resources_dir() / "licences" / PYTHON_LICENCE
    if shipped.is_file():
        return shipped
    if sys.platform == "win32":
        return Path(sys.base_prefix) / "LICENSE.txt"
    return Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def _distribution_licences(names: tuple[str, ...]) -> list[str]:
    for name in names:
        try:
            distribution = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        texts = [
            file.read_text()
            for file in distribution.files or []
            if "licen" in file.name.lower() or "copying" in file.name.lower()
        ]
        return [text for text in texts if text]
    return []


def licence_text(library: BundledLibrary) -> str | None:
    """The full licence text(s) of `library` as shipped with this copy of the app; None when none is found."""
    if library.licence == "LGPL-3.0":
        texts = [_read(paths.resources_dir() / "licences" / name) for name in GNU_LICENCES]
    elif library.name == "Python":
        texts = [_read(python_licence_file())]
    elif library.name == "SQLite":
        texts = [
            "SQLite is in the public domain: its authors have dedicated the code to the public domain "
            "(https://sqlite.org/copyright.html)."
        ]
    else:
        texts = _distribution_licences(library.distributions)
    found = [text.strip("\n") for text in texts if text]
    return ("\n\n" + "=" * 72 + "\n\n").join(found) if found else None


class LicenceDialog(QDialog):
    """One library's licence text, read-only and selectable."""

    def __init__(self, library: BundledLibrary, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("licence-dialog")
        self.setWindowTitle(self.tr("Licence of {0}").format(library.name))
        self.text = QPlainTextEdit(text)
        self.text.setObjectName("licence-text")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(660, 600)


class AboutDialog(QDialog):
    """The About box: version and purpose, the libraries table, the log file, Copy Details and Close."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about-dialog")
        self.setWindowTitle(self.tr("About ShopperMap"))
        self.libraries = bundled_libraries()

        icon = QLabel()
        icon_file = paths.resources_dir() / "icons" / "shoppermap.svg"
        if icon_file.is_file():
            icon.setPixmap(QIcon(str(icon_file)).pixmap(64, 64))
        title = QLabel(self.tr("<b>ShopperMap {0}</b>").format(__version__))
        title.setObjectName("about-title")
        title.setTextFormat(Qt.TextFormat.RichText)
        description = QLabel(
            self.tr(
                "Shopper-journey workshops for trade-marketing and sales teams: map the journey from "
                "leaflet to review, mark POS opportunities and competitor gaps, and take an action plan "
                "in Excel to the retail buyer. Works offline: nothing leaves this computer."
            )
        )
        description.setObjectName("about-description")
        description.setWordWrap(True)
        heading = QHBoxLayout()
        heading.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(description)
        heading.addLayout(text, 1)

        libraries_label = QLabel(self.tr("Libraries included in ShopperMap and their licences:"))
        self.table = self._libraries_table()
        libraries_label.setBuddy(self.table)
        lgpl = QLabel(
            self.tr(
                "Qt and PySide6 are used under the GNU LGPL version 3: they are separate files in the "
                "app's folder and may be replaced with other builds of the same version."
            )
        )
        lgpl.setWordWrap(True)

        self.log_label = QLabel(self._log_text())
        self.log_label.setObjectName("about-log")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy Details"))
        self.copy_button.setObjectName("about-copy")
        self.copy_button.setToolTip(self.tr("Copy the version, libraries and log file path, for support"))
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.licence_button = QPushButton(self.tr("Show &Licence"))
        self.licence_button.setObjectName("about-licence")
        self.licence_button.setToolTip(self.tr("The full licence text of the library selected above"))
        self.buttons.addButton(self.licence_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.licence_button.clicked.connect(self.show_licence)
        self.licence_button.setEnabled(False)
        self.table.itemSelectionChanged.connect(
            lambda: self.licence_button.setEnabled(bool(self.table.selectedItems()))
        )
        self.table.itemActivated.connect(lambda _item: self.show_licence())
        self.buttons.rejected.connect(self.reject)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()  # Enter or Esc closes it; the table is for reading and copying

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(libraries_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(lgpl)
        layout.addWidget(self.log_label)
        layout.addWidget(self.buttons)
        self.resize(560, 560)

    def _libraries_table(self) -> QTableWidget:
        table = QTableWidget(len(self.libraries), 3)
        table.setObjectName("about-libraries")
        table.setHorizontalHeaderLabels([self.tr("Library"), self.tr("Version"), self.tr("Licence")])
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        for row, library in enumerate(self.libraries):
            for column, text in enumerate((library.name, library.version, library.licence)):
                table.setItem(row, column, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _log_text(self) -> str:
        path = log_path()
        if path.exists():
            return self.tr("Log file: {0}").format(path)
        return self.tr("Log file: {0} (not written yet: nothing has gone wrong)").format(path)

    def details(self) -> str:
        """Plain text for a support e-mail: app and system, every library, the log file."""
        lines = [
            f"{APP_NAME} {__version__}",
            f"{platform.system()} {platform.release()} ({platform.machine()}), "
            f"{'packaged' if getattr(sys, 'frozen', False) else 'from source'}",
            "",
        ]
        lines += [f"{lib.name} {lib.version} ({lib.licence})" for lib in self.libraries]
        lines += ["", str(log_path())]
        return "\n".join(lines) + "\n"

    def show_licence(self) -> LicenceDialog | None:
        """Open the licence text of the selected library (double-click or Enter on a row does too)."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows:
            return None
        library = self.libraries[min(rows)]
        text = licence_text(library) or self.tr(
            "The licence text of {0} is not included in this copy; its licence is {1}."
        ).format(library.name, library.licence)
        dialog = LicenceDialog(library, text, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.licence_dialog = dialog
        dialog.open()
        return dialog

    def copy_details(self) -> None:
        """Put details() on the clipboard."""
        QGuiApplication.clipboard().setText(self.details())
        self.copy_button.setText(self.tr("Copied"))


def show_about(window: QWidget) -> AboutDialog:
    """Open the About dialog over `window` (one at a time) and return it."""
    existing = getattr(window, "about_dialog", None)
    if isinstance(existing, AboutDialog) and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = AboutDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.destroyed.connect(lambda *_: setattr(window, "about_dialog", None))
    window.about_dialog = dialog
    dialog.open()
    return dialog


def install(window: QMainWindow) -> None:
    """Make Help → About ShopperMap (window.actions_.about) open AboutDialog instead of a message box."""
    if getattr(window, "about_installed", False):
        return
    action = window.actions_.about
    own_slot = getattr(window, "about", None)
    if own_slot is not None:
        with warnings.catch_warnings():
            # the window's slot may be connected no more (a second install): nothing to undo then
            warnings.simplefilter("ignore", RuntimeWarning)
            with contextlib.suppress(RuntimeError, TypeError):
                action.triggered.disconnect(own_slot)
    action.triggered.connect(lambda: show_about(window))
    window.about_installed = True
