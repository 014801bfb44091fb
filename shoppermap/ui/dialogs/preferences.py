"""Edit → Preferences…: the interface language (system, Polish or English)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QVBoxLayout,
)

from .. import i18n

log = logging.getLogger(__name__)

# language names are written in their own language, so anyone can find theirs
LANGUAGE_NAMES = {"pl": "Polski", "en": "English"}


class PreferencesDialog(QDialog):
    """Choose the interface language; on OK the window reopens in it (see `i18n.switch_language`)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.new_window: QMainWindow | None = None
        self.setObjectName("preferences-dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setObjectName("preferences-language")
        system = LANGUAGE_NAMES[i18n.system_language()]
        self.language.addItem(self.tr("System ({0})").format(system), i18n.SYSTEM)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        current = i18n.preferred_language(window.settings)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        note = QLabel(
            self.tr(
                "Changing the language reopens the workshop in a new window. "
                "All your work is kept; the undo history starts afresh."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def choice(self) -> str:
        """'system', 'pl' or 'en'."""
        return self.language.currentData()

    def accept(self) -> None:
        """Apply the choice: store it and switch the window's language when it changes."""
        choice = self.choice()
        super().accept()
        self.new_window = i18n.switch_language(self.window_, choice)


def show_preferences(window: QMainWindow) -> PreferencesDialog:
    """Open the Preferences dialog over `window` (window-modal, returns at once)."""
    dialog = PreferencesDialog(window)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def edit_menu(window: QMainWindow) -> QMenu:
    """The window's Edit menu: the one holding Undo, else the second menu, else a new one."""
    undo = getattr(getattr(window, "actions_", None), "undo", None)
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    for menu in menus:
        if undo is not None and undo in menu.actions():
            return menu
    if len(menus) > 1:
        return menus[1]
    return window.menuBar().addMenu(QCoreApplication.translate("Preferences", "&Edit"))


def install(window: QMainWindow) -> QAction:
    """Add Edit → Preferences… to the window (once); returns the action."""
    existing: QAction | None = getattr(window, "preferences_action", None)
    if existing is not None:
        return existing
    action = QAction(QCoreApplication.translate("Preferences", "&Preferences…"), window)
    action.setObjectName("action-preferences")
    keys = list(QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences))
    action.setShortcuts(keys or [QKeySequence("Ctrl+,")])  # only macOS names a standard key
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.setStatusTip(QCoreApplication.translate("Preferences", "Interface language"))
    action.triggered.connect(lambda: show_preferences(window))
    menu = edit_menu(window)
    menu.addSeparator()
    menu.addAction(action)
    window.preferences_action = action
    return action
