"""The framework palette: every touchpoint of the journey's framework, to drag onto the canvas."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.frameworks import Framework

TOUCHPOINT_MIME = "application/x-shoppermap-touchpoint"
TOUCHPOINT_ROLE = Qt.ItemDataRole.UserRole + 1


class PaletteTree(QTreeWidget):
    """The tree of stages, phases and touchpoints; touchpoints can be dragged."""

    def mimeTypes(self) -> list[str]:
        return [TOUCHPOINT_MIME]

    def mimeData(self, items) -> QMimeData:
        data = QMimeData()
        ids = [i.data(0, TOUCHPOINT_ROLE) for i in items if i.data(0, TOUCHPOINT_ROLE)]
        data.setData(TOUCHPOINT_MIME, json.dumps(ids).encode("utf-8"))
        data.setText("\n".join(i.text(0) for i in items))
        return data


class Palette(QWidget):
    """Lists the framework's touchpoints grouped by stage and phase, with a search box."""

    add_custom_requested = Signal()
    touchpoint_activated = Signal(str)  # double-click: put it on the map

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search touchpoints…"))
        self.search.setClearButtonEnabled(True)
        self.tree = PaletteTree()
        self.tree.setHeaderHidden(True)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QTreeWidget.DragDropMode.DragOnly)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.tree.setWordWrap(True)
        self.hint = QLabel(
            self.tr("Drag a touchpoint onto a column of the map. Greyed ones are on the map already.")
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5B6270")
        self.custom = QPushButton(self.tr("New custom touchpoint"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.custom)
        self.search.textChanged.connect(self._filter)
        self.custom.clicked.connect(self.add_custom_requested)
        self.tree.itemDoubleClicked.connect(self._activated)
        self._framework: Framework | None = None

    def show_framework(self, framework: Framework | None, *, on_map: set[str], language: str) -> None:
        """Fill the tree; touchpoints in `on_map` are shown greyed."""
        self._framework = framework
        self.tree.clear()
        if framework is None:
            self.hint.setText(
                self.tr("This journey's framework is not installed; add custom touchpoints instead.")
            )
            return
        for stage in framework.stages:
            stage_item = QTreeWidgetItem([stage.label.text(language)])
            stage_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = stage_item.font(0)
            font.setBold(True)
            stage_item.setFont(0, font)
            self.tree.addTopLevelItem(stage_item)
            for phase in stage.phases:
                phase_item = QTreeWidgetItem([phase.label.text(language)])
                phase_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                stage_item.addChild(phase_item)
                for touchpoint in phase.touchpoints:
                    item = QTreeWidgetItem([touchpoint.label.text(language)])
                    item.setData(0, TOUCHPOINT_ROLE, touchpoint.id)
                    item.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsDragEnabled
                    )
                    phase_item.addChild(item)
        self.mark_on_map(on_map)
        self.tree.expandAll()
        self._filter(self.search.text())

    def mark_on_map(self, on_map: set[str]) -> None:
        """Grey the touchpoints that are on the map (cheap: the tree stays as it is)."""
        muted, normal = QBrush(QColor("#9AA0A6")), QBrush()
        for item in self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            touchpoint_id = item.data(0, TOUCHPOINT_ROLE)
            if not touchpoint_id:
                continue
            there = touchpoint_id in on_map
            item.setForeground(0, muted if there else normal)
            item.setToolTip(
                0, self.tr("On the map") if there else self.tr("Not on the map: drag it onto a column")
            )

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for s in range(self.tree.topLevelItemCount()):
            stage = self.tree.topLevelItem(s)
            stage_visible = False
            for p in range(stage.childCount()):
                phase = stage.child(p)
                phase_match = needle in phase.text(0).lower()
                phase_visible = False
                for t in range(phase.childCount()):
                    item = phase.child(t)
                    visible = not needle or phase_match or needle in item.text(0).lower()
                    item.setHidden(not visible)
                    phase_visible |= visible
                phase.setHidden(not phase_visible)
                stage_visible |= phase_visible
            stage.setHidden(not stage_visible)

    def _activated(self, item: QTreeWidgetItem) -> None:
        touchpoint_id = item.data(0, TOUCHPOINT_ROLE)
        if touchpoint_id:
            self.touchpoint_activated.emit(touchpoint_id)

    def item_for(self, touchpoint_id: str) -> QTreeWidgetItem | None:
        """The tree item of a touchpoint."""
        for item in self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, TOUCHPOINT_ROLE) == touchpoint_id:
                return item
        return None
