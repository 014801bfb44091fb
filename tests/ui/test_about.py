"""Help → About ShopperMap: version, purpose, bundled libraries with run-time versions and licences, log path."""

from __future__ import annotations

import importlib.metadata
import platform
import sqlite3

import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from shoppermap import __version__
from shoppermap.ui.dialogs import about
from shoppermap.ui.dialogs.about import AboutDialog, distribution_version
from shoppermap.ui.errors import log_path

# the licences the issue names, and the version each library reports about itself
EXPECTED = {
    "Qt": (qVersion(), "LGPL-3.0"),
    "PySide6 (Qt for Python)": (importlib.metadata.version("PySide6-Essentials"), "LGPL-3.0"),
    "pydantic": (importlib.metadata.version("pydantic"), "MIT"),
    "sqlite-utils": (importlib.metadata.version("sqlite-utils"), "Apache-2.0"),
    "openpyxl": (importlib.metadata.version("openpyxl"), "MIT"),
    "SQLite": (sqlite3.sqlite_version, "Public domain"),
    "Python": (platform.python_version(), "PSF-2.0"),
}


@pytest.fixture
def about_window(window, monkeypatch):
    """The main window with the About dialog installed; the old message box must never open."""

    def old_box(*args, **kwargs):
        pytest.fail("the window's own QMessageBox.about opened")

    monkeypatch.setattr(QMessageBox, "about", old_box)
    about.install(window)
    return window


def open_about(qtbot, window) -> AboutDialog:
    window.actions_.about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None, "Help → About did not open the About dialog"
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def table_rows(dialog: AboutDialog) -> dict[str, tuple[str, str]]:
    table = dialog.table
    return {
        table.item(row, 0).text(): (table.item(row, 1).text(), table.item(row, 2).text())
        for row in range(table.rowCount())
    }


def test_about_shows_version_description_and_libraries(qtbot, about_window):
    dialog = open_about(qtbot, about_window)

    assert __version__ in dialog.findChild(QLabel, "about-title").text()
    assert "offline" in dialog.findChild(QLabel, "about-description").text()
    rows = table_rows(dialog)
    for name, expected in EXPECTED.items():
        assert rows.get(name) == expected, name
    # every bundled library has a version read from its metadata, not a placeholder
    assert all(version != about.UNKNOWN for version, _ in rows.values()), rows
    assert dialog.table.editTriggers() == dialog.table.EditTrigger.NoEditTriggers


def test_about_names_the_log_file_in_the_private_user_folder(qtbot, about_window):
    dialog = open_about(qtbot, about_window)

    text = dialog.log_label.text()
    assert str(log_path()) in text
    assert "not written yet" in text  # a fresh user folder has no log
    log_path().parent.mkdir(parents=True, exist_ok=True)
    log_path().write_text("x", encoding="utf-8")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: about_window.findChild(AboutDialog) is None)

    again = open_about(qtbot, about_window)
    assert str(log_path()) in again.log_label.text()
    assert "not written yet" not in again.log_label.text()


def test_copy_details_puts_versions_and_log_path_on_the_clipboard(qtbot, about_window):
    dialog = open_about(qtbot, about_window)
    QApplication.clipboard().clear()

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)

    copied = QApplication.clipboard().text()
    assert copied.startswith(f"ShopperMap {__version__}\n")
    assert f"openpyxl {importlib.metadata.version('openpyxl')} (MIT)" in copied
    assert f"Qt {qVersion()} (LGPL-3.0)" in copied
    assert str(log_path()) in copied
    assert dialog.copy_button.text() == "Copied"


def test_close_button_closes_and_about_opens_once(qtbot, about_window):
    about.install(about_window)  # a second install must not connect the action twice
    dialog = open_about(qtbot, about_window)
    about_window.actions_.about.trigger()  # while open: the same dialog comes forward
    assert about_window.findChildren(AboutDialog) == [dialog]

    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close),
        Qt.MouseButton.LeftButton,
    )

    qtbot.waitUntil(lambda: about_window.findChild(AboutDialog) is None)
    assert about_window.about_dialog is None


def test_libraries_brought_along_show_only_when_installed(monkeypatch):
    real = about.distribution_version
    absent = {("six",), ("pydantic",)}
    monkeypatch.setattr(
        about, "distribution_version", lambda *names: about.UNKNOWN if names in absent else real(*names)
    )

    versions = {library.name: library.version for library in about.bundled_libraries()}

    assert "six" not in versions  # python-dateutil 2 brings it, 4 does not
    assert versions["pydantic"] == about.UNKNOWN  # the app's own libraries always have their row
    assert versions["click"] == importlib.metadata.version("click")


def test_distribution_version_tries_each_name_then_gives_a_placeholder():
    assert distribution_version("no-such-distribution", "pydantic") == importlib.metadata.version("pydantic")
    assert distribution_version("no-such-distribution") == about.UNKNOWN


def row_of(dialog: AboutDialog, name: str) -> int:
    return next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == name)


def open_licence(qtbot, dialog: AboutDialog, name: str) -> about.LicenceDialog:
    table = dialog.table
    rect = table.visualItemRect(table.item(row_of(dialog, name), 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.licence_button.isEnabled()
    qtbot.mouseClick(dialog.licence_button, Qt.MouseButton.LeftButton)
    shown = dialog.findChild(about.LicenceDialog)
    assert shown is not None
    qtbot.waitUntil(shown.isVisible)
    return shown


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Qt", ("GNU LESSER GENERAL PUBLIC LICENSE", "Version 3", "GNU GENERAL PUBLIC LICENSE")),
        ("PySide6 (Qt for Python)", ("GNU LESSER GENERAL PUBLIC LICENSE",)),
        ("pydantic", ("Permission is hereby granted",)),
        ("sqlite-utils", ("Apache License",)),
        ("Python", ("PYTHON SOFTWARE FOUNDATION LICENSE",)),
        ("SQLite", ("public domain",)),
    ],
)
def test_show_licence_gives_the_full_text_of_the_selected_library(qtbot, about_window, name, words):
    dialog = open_about(qtbot, about_window)
    assert not dialog.licence_button.isEnabled()  # nothing selected yet
    shown = open_licence(qtbot, dialog, name)
    text = shown.text.toPlainText()
    assert name in shown.windowTitle()
    for word in words:
        assert word in text
    assert shown.text.isReadOnly()


def test_a_licence_text_that_is_missing_is_said_in_one_line(qtbot, about_window, monkeypatch):
    monkeypatch.setattr(about, "_distribution_licences", lambda names: [])
    dialog = open_about(qtbot, about_window)
    shown = open_licence(qtbot, dialog, "openpyxl")
    assert shown.text.toPlainText() == (
        "The licence text of openpyxl is not included in this copy; its licence is MIT."
    )
