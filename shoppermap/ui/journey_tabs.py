"""The journeys of a workshop as tabs: add, copy, rename, reorder and delete, each undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QTabBar

from ..domain.document import Document, Kind
from ..domain.library import copy_journey, journey_from_framework
from .ask import ask_item, ask_text
from .commands import InsertCommand, MoveCommand, RemoveCommand, UpdateCommand, quoted


class JourneyTabs(QTabBar):
    """One tab per journey (shopper segment or persona)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.document: Document | None = None
        self.setMovable(True)
        self.setExpanding(False)
        self.setDocumentMode(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.currentChanged.connect(self._current_changed)
        self.tabMoved.connect(self._moved)
        self.tabBarDoubleClicked.connect(lambda _i: self.rename_current())
        self._refreshing = False

    def set_document(self, document: Document) -> None:
        self.document = document
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the tabs from the document."""
        self._refreshing = True
        try:
            while self.count():
                self.removeTab(0)
            if self.document is None:
                return
            for journey in self.document.workshop.journeys:
                index = self.addTab(journey.name or self.tr("Journey"))
                self.setTabData(index, journey.id)
                self.setTabToolTip(index, journey.persona or journey.name)
            self.select(self.window_.journey_id)
        finally:
            self._refreshing = False

    def select(self, journey_id: str | None) -> None:
        for i in range(self.count()):
            if self.tabData(i) == journey_id:
                if self.currentIndex() != i:
                    blocked = self.blockSignals(True)
                    self.setCurrentIndex(i)
                    self.blockSignals(blocked)
                return

    def _current_changed(self, index: int) -> None:
        if not self._refreshing and index >= 0:
            self.window_.show_journey(self.tabData(index))

    def _push(self, command) -> bool:
        return self.window_.editor.apply([command], text=command.text())

    def _moved(self, _from: int, to: int) -> None:
        if self.document is None:
            return
        journey_id = self.tabData(to)
        ids = [self.tabData(i) for i in range(self.count())]
        anchor = ids[to + 1] if to + 1 < len(ids) else None
        moves = self.document.plan_moves_before([journey_id], None, anchor)
        name = self.document.get(journey_id).name
        if not self._push(
            MoveCommand(self.document, moves, self.tr("Move journey {0}").format(quoted(name)))
        ):
            self.refresh()

    def _current_journey(self):
        if self.document is None or self.window_.journey_id is None:
            return None
        return self.document.get(self.window_.journey_id)

    def add_journey_dialog(self) -> None:
        """Add a journey from a framework."""
        if self.document is None:
            return
        library = self.window_.library
        lang = self.window_.language
        names = {entry.framework.name.text(lang): fid for fid, entry in sorted(library.frameworks.items())}
        choice, ok = ask_item(
            self, self.tr("Add journey"), self.tr("Start the new journey from:"), list(names)
        )
        if not ok:
            return
        name, ok = ask_text(
            self,
            self.tr("Add journey"),
            self.tr("Name of the journey (e.g. a shopper segment):"),
            text=choice,
        )
        if not ok:
            return
        journey = journey_from_framework(
            library.get(names[choice]), name=name.strip() or choice, language=lang
        )
        self.add(journey)

    def add(self, journey) -> None:
        """Add a journey at the end and show it."""
        index = len(self.document.workshop.journeys)
        if self._push(
            InsertCommand(
                self.document,
                Kind.JOURNEY,
                None,
                index,
                journey,
                self.tr("Add journey {0}").format(quoted(journey.name)),
            )
        ):
            self.window_.show_journey(journey.id)

    def duplicate_current(self) -> None:
        journey = self._current_journey()
        if journey is not None:
            self.add(copy_journey(journey, name=self.tr("{0} (copy)").format(journey.name)))

    def rename_current(self) -> None:
        journey = self._current_journey()
        if journey is None or self.window_.file.read_only:
            return
        name, ok = ask_text(self, self.tr("Rename journey"), self.tr("Name:"), text=journey.name)
        if ok and name.strip():
            self._push(
                UpdateCommand(
                    self.document,
                    journey.id,
                    {"name": name.strip()},
                    self.tr("Rename journey to {0}").format(quoted(name)),
                )
            )

    def delete_current(self) -> None:
        journey = self._current_journey()
        if journey is None:
            return
        if len(self.document.workshop.journeys) == 1:
            QMessageBox.information(
                self, self.tr("Delete journey"), self.tr("A workshop keeps at least one journey.")
            )
            return
        self._push(
            RemoveCommand(
                self.document, journey.id, self.tr("Delete journey {0}").format(quoted(journey.name))
            )
        )

    def _menu(self, pos) -> None:
        index = self.tabAt(pos)
        if index >= 0:
            self.setCurrentIndex(index)
        a = self.window_.actions_
        menu = QMenu(self)
        menu.addActions([a.add_journey, a.duplicate_journey, a.rename_journey, a.delete_journey])
        menu.exec(self.mapToGlobal(pos))
