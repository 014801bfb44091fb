"""Which columns of the action plan are shown: a menu on the table's header, remembered in the settings."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QMenu

from .columns import COLUMN, COLUMNS, DEFAULT_HIDDEN

log = logging.getLogger(__name__)
SETTINGS_KEY = "plan/hidden_columns"
ALWAYS_SHOWN = frozenset({"description"})  # a row needs something to say what the action is


class ColumnChooser(QObject):
    """Right-click on the plan's header to show or hide a column; the choice is kept by column key,
    so it survives new columns in a later version."""

    def __init__(self, header: QHeaderView, settings: QSettings | None) -> None:
        super().__init__(header)
        self.header = header
        self.settings = settings
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._open_menu)
        self.hidden: set[str] = self._stored()
        self._menu: QMenu | None = None
        self._apply()

    def _stored(self) -> set[str]:
        if self.settings is None or not self.settings.contains(SETTINGS_KEY):
            return set(DEFAULT_HIDDEN)
        value = self.settings.value(SETTINGS_KEY)
        keys = [value] if isinstance(value, str) else list(value or [])
        return {k for k in keys if k in COLUMN and k not in ALWAYS_SHOWN}

    def _apply(self) -> None:
        for key, column in COLUMN.items():
            self.header.setSectionHidden(column, key in self.hidden)

    def is_shown(self, key: str) -> bool:
        """True when the column of `key` is shown."""
        return key not in self.hidden

    def set_shown(self, key: str, shown: bool) -> None:
        """Show or hide a column and remember it."""
        if key in ALWAYS_SHOWN:
            return
        (self.hidden.discard if shown else self.hidden.add)(key)
        self.header.setSectionHidden(COLUMN[key], not shown)
        if shown and self.header.sectionSize(COLUMN[key]) < 30:
            self.header.resizeSection(COLUMN[key], self.header.defaultSectionSize())
        if self.settings is not None:
            # an empty list would read back as no value at all: store a marker that is no column
            self.settings.setValue(SETTINGS_KEY, sorted(self.hidden) or ["-"])

    def reset(self) -> None:
        """Back to the columns shown at first start."""
        self.hidden = set(DEFAULT_HIDDEN)
        self._apply()
        if self.settings is not None:
            self.settings.remove(SETTINGS_KEY)

    def menu(self) -> QMenu:
        """A menu with a check for each column, and a way back to the first-start columns."""
        menu = QMenu(self.header)
        menu.setObjectName("plan-columns-menu")
        for column in COLUMNS:
            action = menu.addAction(column.header())
            action.setCheckable(True)
            action.setChecked(self.is_shown(column.key))
            action.setEnabled(column.key not in ALWAYS_SHOWN)
            action.setData(column.key)
            action.toggled.connect(lambda on, key=column.key: self.set_shown(key, on))
        menu.addSeparator()
        reset = menu.addAction(QCoreApplication.translate("ColumnChooser", "Show the usual columns"))
        reset.triggered.connect(self.reset)
        return menu

    def _open_menu(self, point: QPoint) -> None:
        if self._menu is not None:
            self._menu.deleteLater()
        self._menu = self.menu()  # kept: a popup nobody holds would be collected while open
        self._menu.popup(self.header.mapToGlobal(point))
