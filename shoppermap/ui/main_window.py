"""The main window: one workshop, its journeys as tabs, the canvas in the centre and docks around it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..domain.changes import WORKSHOP, ChangeSet
from ..domain.document import Document, Kind
from ..domain.labels import each_once
from ..domain.library import FrameworkLibrary
from ..domain.models import Workshop
from ..session import WorkshopSession
from ..storage import DamagedFileError, WorkshopFile, WorkshopFileError
from ..storage.lock import WorkshopLockedError
from ..workshops import new_workshop
from .actions import Actions
from .canvas.actions import CanvasActions
from .canvas.editing import CanvasEdits
from .canvas.scene import JourneyScene
from .canvas.view import JourneyView
from .dialogs.workshop_locked import open_session, tell_about_session
from .editor import Editor
from .errors import offer_recovery
from .file_actions import FileActions
from .filter_bar import FilterBar
from .find_bar import FindBar
from .i18n import interface_language
from .journey_tabs import JourneyTabs
from .palette import Palette
from .presentation import Presentation
from .read_only_banner import ReadOnlyBanner
from .unsaved_banner import UnsavedBanner

log = logging.getLogger(__name__)
MAX_RECENT = 10
RETRY_MS = 5000  # how often edits kept in memory try to reach the file again


class MainWindow(QMainWindow):
    """Edits one workshop file; every edit is written through as it is made."""

    def __init__(self, library: FrameworkLibrary, *, settings: QSettings | None = None) -> None:
        super().__init__()
        self.library = library
        self.settings = settings or QSettings()
        self.session: WorkshopSession | None = None
        self.stack = QUndoStack(self)
        self.language = interface_language()
        self.scenes: dict[str, JourneyScene] = {}
        self.journey_id: str | None = None
        self.editor: Editor | None = None  # the gateway every edit of the open workshop goes through
        self.canvas_edits: CanvasEdits | None = None
        self.setObjectName("main-window")
        self.setWindowTitle(APP_NAME)
        self.setDockNestingEnabled(True)

        self.view = JourneyView()
        self.tabs = JourneyTabs(self)
        self.find_bar = FindBar(self)
        self.filter_bar = FilterBar(self)
        self.banner = ReadOnlyBanner(self)
        self.unsaved_banner = UnsavedBanner(self)
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_MS)
        self.shutting_down = False  # the session ends or a signal asked to quit: no question may wait
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.unsaved_banner)
        layout.addWidget(self.tabs)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)

        self.palette = Palette()
        self.palette_dock = self._dock("palette", self.tr("Framework"), self.palette)
        self.history_view = QUndoView(self.stack)
        self.history_view.setEmptyLabel(self.tr("<opened>"))
        self.history_dock = self._dock("history", self.tr("Undo history"), self.history_view)
        self.extra_docks: list[QDockWidget] = []
        # docks added later (inspector, action plan) follow the open workshop and the card selection
        self.workshop_listeners: list = []
        self.selection_listeners: list = []
        # called before the workshop closes, a copy is saved or an export runs: commit what is typed
        self.flush_listeners: list = []
        self.actions_ = Actions(self)
        self.canvas_actions = CanvasActions(self)
        self.file_actions = FileActions(self)
        self.presentation = Presentation(self)
        self._default_state = QByteArray()
        # (dock, pixels high) of the docks under the map at first start; set once the window has its
        # size, since a maximised window lays its docks out anew
        self.dock_heights: list = []
        self.zoom_label = QLabel()
        self.statusBar().addPermanentWidget(self.zoom_label)
        self._wire()

    # --- building ------------------------------------------------------------------------

    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(widget)
        dock.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
        return dock

    def add_dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        """Add a dock on the right, tabbed with the others (inspector, action plan)."""
        dock = self._dock(name, title, widget)
        self.extra_docks.append(dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.tabifyDockWidget(self.palette_dock, dock)
        self.actions_.view_menu.insertAction(self.actions_.reset_layout, dock.toggleViewAction())
        return dock

    def _wire(self) -> None:
        a = self.actions_
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.palette_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        a.build_menus([self.palette_dock.toggleViewAction()])
        self.canvas_actions.connect_to(a, self.view, self.palette)
        self.file_actions.connect_to(a)
        a.history.toggled.connect(self.history_dock.setVisible)
        self.history_dock.visibilityChanged.connect(a.history.setChecked)
        # an undo or redo may remove what the inline editor is editing
        self.stack.indexChanged.connect(lambda _i: self.view.cancel_inline_edit())
        a.undo.triggered.connect(lambda: self.editor is not None and self.editor.undo())
        a.redo.triggered.connect(lambda: self.editor is not None and self.editor.redo())
        self.stack.canUndoChanged.connect(a.undo.setEnabled)
        self.stack.canRedoChanged.connect(a.redo.setEnabled)
        self.stack.undoTextChanged.connect(
            lambda t: a.undo.setText(self.tr("&Undo {0}").format(t) if t else self.tr("&Undo"))
        )
        self.stack.redoTextChanged.connect(
            lambda t: a.redo.setText(self.tr("&Redo {0}").format(t) if t else self.tr("&Redo"))
        )
        a.undo.setEnabled(False)
        a.redo.setEnabled(False)
        a.close.triggered.connect(self.close)
        a.quit.triggered.connect(QApplication.closeAllWindows)
        a.add_card.triggered.connect(lambda: self.view.insert_card_here())
        a.find.triggered.connect(self.find_bar.open)
        a.find_next.triggered.connect(lambda: self.find_bar.step(1))
        a.find_previous.triggered.connect(lambda: self.find_bar.step(-1))
        a.zoom_in.triggered.connect(lambda: self.view.zoom_by(1))
        a.zoom_out.triggered.connect(lambda: self.view.zoom_by(-1))
        a.zoom_reset.triggered.connect(lambda: self.view.set_zoom(1.0))
        a.fit.triggered.connect(self.view.fit)
        a.reset_layout.triggered.connect(self.reset_layout)
        a.filter_bar.toggled.connect(self._toggle_filter_bar)
        a.emotion_lane.toggled.connect(self._toggle_emotion_lane)
        a.add_journey.triggered.connect(self.tabs.add_journey_dialog)
        a.duplicate_journey.triggered.connect(self.tabs.duplicate_current)
        a.rename_journey.triggered.connect(self.tabs.rename_current)
        a.delete_journey.triggered.connect(self.tabs.delete_current)
        self.view.zoom_changed.connect(lambda z: self.zoom_label.setText(f"{z * 100:.0f} %"))
        self.palette.add_custom_requested.connect(self.view.insert_card_here)
        self.banner.save_copy_requested.connect(self.file_actions.save_copy_dialog)
        self.unsaved_banner.save_copy_requested.connect(self.file_actions.save_copy_dialog)
        self.unsaved_banner.retry_requested.connect(self.retry_saving)
        self.retry_timer.timeout.connect(self.retry_saving)

    def finish_setup(self) -> None:
        """Remember the default layout, then restore the user's (called once docks are all added)."""
        self.palette_dock.raise_()
        self._default_state = self.saveState()
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        self.geometry_remembered = isinstance(geometry, QByteArray | bytes) and bool(geometry)
        if self.geometry_remembered:
            self.restoreGeometry(geometry)
        else:
            self.resize(1600, 1000)  # the size it comes back to when un-maximised
        self.state_remembered = isinstance(state, QByteArray | bytes) and bool(state)
        if self.state_remembered:
            self.restoreState(state)

    def show_at_start(self) -> None:
        """Show the window as the app starts: where it was left, or, the first time, maximised on a
        screen up to 1920×1200 (a laptop, a projector), where a smaller window wastes the room the
        map needs."""
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        small = screen is None or (screen.width() <= 1920 and screen.height() <= 1200)
        if not self.geometry_remembered and small:
            self.showMaximized()
        else:
            self.show()
        if not self.state_remembered:
            QTimer.singleShot(0, self._size_docks)

    def reset_layout(self) -> None:
        """Put every dock back where it was at first start."""
        self.restoreState(self._default_state)
        for dock in [self.palette_dock, *self.extra_docks]:
            dock.show()
        self._size_docks()

    def _size_docks(self) -> None:
        if self.dock_heights:
            docks, heights = zip(*self.dock_heights, strict=True)
            self.resizeDocks(list(docks), list(heights), Qt.Orientation.Vertical)

    # --- opening and closing -------------------------------------------------------------

    @property
    def file(self) -> WorkshopFile | None:
        """The open workshop file (None when none is open)."""
        return self.session.file if self.session is not None else None

    @property
    def document(self) -> Document | None:
        """The open workshop (None when none is open)."""
        return self.session.document if self.session is not None else None

    def open_path(self, path: Path, *, read_only: bool = False, quiet: bool = False) -> bool:
        """Open a workshop file in this window; on failure say why and keep the current one.

        An editable open takes the one-editor lock and a backup copy; for a workshop open
        elsewhere the lock dialog offers read-only, a copy, or taking over.
        """
        path = Path(path)
        if not self.confirm_leaving():
            return False
        try:
            session = open_session(self, Path(path), read_only=read_only, quiet=quiet)
        except DamagedFileError as exc:
            target = None if quiet else offer_recovery(self, path, str(exc))
            return target is not None and self.open_path(target, read_only=read_only)
        except (WorkshopFileError, OSError) as exc:
            if not quiet:
                QMessageBox.warning(self, APP_NAME, self.tr("Cannot open the workshop.\n\n{0}").format(exc))
            return False
        if session is None:
            return False
        self.adopt(session)
        tell_about_session(self, session)
        self.file_actions.remember_recent(session.path)
        return True

    def create_workshop(
        self,
        path: Path,
        *,
        framework_id: str = "shopper-journey",
        title: str = "",
        workshop: Workshop | None = None,
    ) -> bool:
        """Create a new workshop file (from a framework, or a given workshop) and open it here."""
        if not self.confirm_leaving():
            return False
        try:
            workshop = workshop or new_workshop(
                self.library, framework_id=framework_id, title=title, language=self.language
            )
            session = WorkshopSession.create(Path(path), workshop)
        except (WorkshopFileError, WorkshopLockedError, OSError, KeyError) as exc:
            QMessageBox.warning(self, APP_NAME, self.tr("Cannot create the workshop.\n\n{0}").format(exc))
            return False
        self.adopt(session)
        self.file_actions.remember_recent(Path(path))
        return True

    def adopt(self, session: WorkshopSession) -> None:
        """Show and edit an open workshop (closing the one shown before)."""
        self.close_workshop()
        self.session = session
        file, document = session.file, session.document
        self.language = interface_language()  # framework and POS labels follow the interface
        self.editor = Editor(document, self.stack, self)
        self.editor.failed.connect(self.show_problem)
        self.editor.unsaved_changed.connect(self._unsaved_changed)
        self.canvas_edits = CanvasEdits(self.editor, self.language)
        document.changes.connect(self._on_changes, kinds=(Kind.JOURNEY, Kind.CARD, WORKSHOP))
        self.banner.set_read_only(file.read_only)
        for action in self._edit_actions():
            action.setEnabled(not file.read_only)
        self.tabs.set_document(document)
        self.filter_bar.set_document(document)
        first = document.workshop.journeys[0].id if document.workshop.journeys else None
        self.show_journey(first)
        for callback in self.workshop_listeners:
            callback(document)
        self._unsaved_changed()
        QTimer.singleShot(0, self.view.fit)

    def flush_edits(self) -> None:
        """Commit text still being typed in a dock, so a copy or an export holds it."""
        for callback in self.flush_listeners:
            callback()

    def commit_typing(self) -> None:
        """Commit every text still being typed: the label editor on the canvas and the docks' fields."""
        if self.document is None:
            return
        self.view.inline.commit()
        self.flush_edits()

    def close_workshop(self) -> None:
        """Close the current file; every edit is already in it, or the user chose to let it go."""
        self.commit_typing()  # before the file closes: what is typed is kept, never dropped
        self.view.cancel_inline_edit()
        self.retry_timer.stop()
        self.view.setScene(None)  # the view must not paint a scene that is being deleted
        for scene in self.scenes.values():
            scene.detach()
            scene.deleteLater()
        self.scenes.clear()
        self.stack.clear()
        if self.session is not None:
            self.session.close()
        self.session = None
        if self.editor is not None:
            # a child of the window: left alone it would hold the closed workshop in memory
            self.editor.deleteLater()
        self.editor = self.canvas_edits = None
        self.journey_id = None

    def _edit_actions(self):
        a = self.actions_
        return [
            a.cut,
            a.paste,
            a.delete,
            a.duplicate,
            a.add_card,
            a.add_journey,
            a.duplicate_journey,
            a.rename_journey,
            a.delete_journey,
            a.add_stage,
            a.add_phase,
            a.remove_header,
            a.add_vote,
            a.remove_vote,
        ]

    # --- journeys ------------------------------------------------------------------------

    def show_journey(self, journey_id: str | None) -> None:
        """Show a journey's map on the canvas."""
        self.journey_id = journey_id
        if journey_id is None or self.document is None:
            self.view.setScene(None)
            self._update_title()
            return
        scene = self.scenes.get(journey_id)
        if scene is None:
            scene = JourneyScene(
                self.document, journey_id, style=self.presentation.style(), language=self.language
            )
            scene.set_lane_visible(self.actions_.emotion_lane.isChecked())
            scene.selectionChanged.connect(self._selection_changed)
            self.scenes[journey_id] = scene
        self.view.set_scene(scene, self.canvas_edits)
        self.filter_bar.apply()
        self.tabs.select(journey_id)
        self._refresh_palette()
        self._update_title()
        self._selection_changed()

    def current_scene(self) -> JourneyScene | None:
        return self.scenes.get(self.journey_id) if self.journey_id else None

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.structural(Kind.JOURNEY):
            journeys = self.document.workshop.journeys
            alive = {j.id for j in journeys}
            for gone in [i for i in self.scenes if i not in alive]:
                self.scenes.pop(gone).detach()
            if self.journey_id not in alive:
                self.show_journey(journeys[0].id if journeys else None)
        if changes.structural(Kind.JOURNEY) or changes.changed(Kind.JOURNEY):
            self.tabs.refresh()
        if changes.changed(Kind.JOURNEY) or changes.workshop:
            self._update_title()
        # a moved card changes nothing the palette shows
        if (
            changes.inserted(Kind.CARD)
            or changes.removed(Kind.CARD)
            or changes.changed(Kind.CARD, field="hidden")
        ):
            self._mark_palette()

    def _on_map(self) -> set[str]:
        return {
            c.touchpoint for _, _, c in self.document.cards(self.journey_id) if c.touchpoint and not c.hidden
        }

    def _mark_palette(self) -> None:
        """A card came, went or was hidden: only the greying changes, not the tree."""
        if self.document is not None and self.journey_id is not None:
            self.palette.mark_on_map(self._on_map())

    def _refresh_palette(self) -> None:
        if self.document is None or self.journey_id is None:
            self.palette.show_framework(None, on_map=set(), language=self.language)
            return
        journey = self.document.get(self.journey_id)
        entry = self.library.frameworks.get(journey.framework or "")
        self.palette.show_framework(
            entry.framework if entry else None, on_map=self._on_map(), language=self.language
        )

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle(APP_NAME)
            return
        title = self.document.workshop.workshop.title or self.tr("Untitled workshop")
        journey = self.document.get(self.journey_id).name if self.journey_id else ""
        name = " — ".join(each_once(title, journey, APP_NAME))
        if self.document.unsaved:
            name = "* " + name  # changes kept only in this window
        if self.file is not None and self.file.read_only:
            name += " " + self.tr("[read-only]")
        self.setWindowTitle(name)
        if self.file is not None:
            self.setWindowFilePath(str(self.file.path))

    # --- canvas edits --------------------------------------------------------------------

    def _selection_changed(self) -> None:
        scene = self.current_scene()
        ids = scene.selected_card_ids() if scene is not None else []
        for callback in self.selection_listeners:
            callback(ids)

    def selected_cards(self) -> list[str]:
        scene = self.current_scene()
        return scene.selected_card_ids() if scene else []

    # --- edits the file could not take ---------------------------------------------------

    def retry_saving(self) -> bool:
        """Try again to write the edits kept in memory; True when the file holds them all."""
        return self.editor is None or self.editor.retry()

    def _unsaved_changed(self) -> None:
        document = self.document
        unsaved = document is not None and document.unsaved
        self.unsaved_banner.show_state(
            document.write_error if unsaved else None, document.pending.edits if unsaved else 0
        )
        if unsaved and not self.retry_timer.isActive():
            self.retry_timer.start()
        elif not unsaved and self.retry_timer.isActive():
            self.retry_timer.stop()
            self.statusBar().showMessage(self.tr("Every change is saved in the file again."), 8000)
        self.setWindowModified(unsaved)
        self._update_title()

    def confirm_leaving(self) -> bool:
        """May the open workshop close? Edits the file has not taken are saved, kept, or let go by choice."""
        if self.document is None or not self.document.unsaved:
            return True
        self.commit_typing()
        while not self.retry_saving():
            if self.shutting_down:
                self.file_actions.save_rescue_copy()
                return True
            choice = self.ask_about_unsaved()
            if choice == "copy":
                if self.file_actions.save_copy_dialog():
                    return True
            elif choice == "discard":
                self.document.forget_pending()
                return True
            elif choice != "retry":
                return False
        return True

    def ask_about_unsaved(self) -> str:
        """Ask what to do with edits the file cannot take: 'copy', 'retry', 'discard' or 'cancel'."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(APP_NAME)
        box.setText(self.unsaved_banner.label.text())
        box.setInformativeText(self.tr("Closing now would lose the changes not saved yet."))
        copy = box.addButton(self.tr("Save a Copy As…"), QMessageBox.ButtonRole.AcceptRole)
        retry = box.addButton(self.tr("Retry"), QMessageBox.ButtonRole.ActionRole)
        discard = box.addButton(self.tr("Discard Changes"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(copy)
        box.exec()
        clicked = box.clickedButton()
        for button, choice in ((copy, "copy"), (retry, "retry"), (discard, "discard")):
            if clicked is button:
                return choice
        return "cancel"

    def show_problem(self, message: str, saved: bool = True) -> None:
        """Say in the status bar why an edit was refused; a change that was not saved stays said."""
        self.statusBar().showMessage(message, 8000 if saved else 0)

    def _toggle_filter_bar(self, on: bool) -> None:
        self.filter_bar.setVisible(on)
        if on:
            self.filter_bar.refill()
        else:
            self.filter_bar.apply()

    def _toggle_emotion_lane(self, on: bool) -> None:
        for scene in self.scenes.values():
            scene.set_lane_visible(on)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.actions_.presentation.isChecked():
            self.actions_.presentation.setChecked(False)
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.actions_.presentation.isChecked():
            self.actions_.presentation.setChecked(False)
        self.commit_typing()
        if not self.confirm_leaving():
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.close_workshop()
        super().closeEvent(event)
