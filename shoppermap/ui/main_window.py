"""The main window: one workshop, its journeys as tabs, the canvas in the centre and docks around it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
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
from ..domain.library import FrameworkLibrary
from ..export.workshop_json import WorkshopJsonError, workshop_to_data, write_json
from ..storage import NotWritableError, WorkshopFile, WorkshopFileError
from ..storage.backups import BackupError, take_backup
from ..storage.lock import WorkshopLock, WorkshopLockedError
from ..workshops import SUFFIX, new_workshop, open_workshop_file
from .actions import Actions
from .canvas.editing import CARDS_MIME, CanvasEdits
from .canvas.scene import JourneyScene
from .canvas.style import CanvasStyle
from .canvas.view import JourneyView
from .editor import Editor
from .filter_bar import FilterBar
from .find_bar import FindBar
from .i18n import interface_language
from .journey_tabs import JourneyTabs
from .palette import Palette
from .read_only_banner import ReadOnlyBanner

log = logging.getLogger(__name__)
MAX_RECENT = 10
PRESENTATION_SCALE = 1.25


class MainWindow(QMainWindow):
    """Edits one workshop file; every edit is written through as it is made."""

    def __init__(self, library: FrameworkLibrary, *, settings: QSettings | None = None) -> None:
        super().__init__()
        self.library = library
        self.settings = settings or QSettings()
        self.file: WorkshopFile | None = None
        self.lock: WorkshopLock | None = None
        self.document: Document | None = None
        self.stack = QUndoStack(self)
        self.language = interface_language()
        self.style_base = CanvasStyle()
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
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
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
        self._default_state = QByteArray()
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
        a.new.triggered.connect(self.new_workshop_dialog)
        a.open.triggered.connect(self.open_dialog)
        a.save_copy.triggered.connect(self.save_copy_dialog)
        a.export_json.triggered.connect(self.export_json_dialog)
        a.save_framework.triggered.connect(self.save_framework_dialog)
        a.close.triggered.connect(self.close)
        a.quit.triggered.connect(QApplication.closeAllWindows)
        a.cut.triggered.connect(self.cut_cards)
        a.copy.triggered.connect(self.copy_cards)
        a.paste.triggered.connect(self.paste_cards)
        a.delete.triggered.connect(self.delete_selection)
        a.duplicate.triggered.connect(self.duplicate_cards)
        a.select_all.triggered.connect(self.select_all)
        a.add_card.triggered.connect(lambda: self.view.insert_card_here())
        a.find.triggered.connect(self.find_bar.open)
        a.find_next.triggered.connect(lambda: self.find_bar.step(1))
        a.find_previous.triggered.connect(lambda: self.find_bar.step(-1))
        a.zoom_in.triggered.connect(lambda: self.view.zoom_by(1))
        a.zoom_out.triggered.connect(lambda: self.view.zoom_by(-1))
        a.zoom_reset.triggered.connect(lambda: self.view.set_zoom(1.0))
        a.fit.triggered.connect(self.view.fit)
        a.presentation.toggled.connect(self.set_presentation)
        a.high_contrast.toggled.connect(lambda _on: self._apply_style())
        a.reset_layout.triggered.connect(self.reset_layout)
        a.filter_bar.toggled.connect(self._toggle_filter_bar)
        a.emotion_lane.toggled.connect(self._toggle_emotion_lane)
        a.add_journey.triggered.connect(self.tabs.add_journey_dialog)
        a.duplicate_journey.triggered.connect(self.tabs.duplicate_current)
        a.rename_journey.triggered.connect(self.tabs.rename_current)
        a.delete_journey.triggered.connect(self.tabs.delete_current)
        a.add_stage.triggered.connect(self.add_stage)
        a.add_phase.triggered.connect(self.add_phase)
        a.remove_header.triggered.connect(self.remove_selected_header)
        a.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.view.zoom_changed.connect(lambda z: self.zoom_label.setText(f"{z * 100:.0f} %"))
        self.view.touchpoints_dropped.connect(self.drop_touchpoints)
        self.palette.touchpoint_activated.connect(lambda t: self.drop_touchpoints([t], None, None))
        self.palette.add_custom_requested.connect(self.view.insert_card_here)
        self.banner.save_copy_requested.connect(self.save_copy_dialog)

    def finish_setup(self) -> None:
        """Remember the default layout, then restore the user's (called once docks are all added)."""
        self.palette_dock.raise_()
        self._default_state = self.saveState()
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1600, 1000)
        if isinstance(state, QByteArray | bytes) and state:
            self.restoreState(state)

    def reset_layout(self) -> None:
        """Put every dock back where it was at first start."""
        self.restoreState(self._default_state)
        for dock in [self.palette_dock, *self.extra_docks]:
            dock.show()

    # --- opening and closing -------------------------------------------------------------

    def open_path(self, path: Path, *, read_only: bool = False, quiet: bool = False) -> bool:
        """Open a workshop file in this window; on failure say why and keep the current one.

        An editable open takes the one-editor lock and a backup copy; a workshop open elsewhere
        can be opened read-only instead.
        """
        path = Path(path)
        lock = None
        if not read_only:
            try:
                lock = WorkshopLock.acquire(path)
            except WorkshopLockedError as exc:
                if quiet or not self._ask_read_only(str(exc)):
                    return False
                read_only = True
        try:
            try:
                file, document = open_workshop_file(path, read_only=read_only)
            except NotWritableError:
                file, document = open_workshop_file(path, read_only=True)
        except (WorkshopFileError, OSError) as exc:
            if lock is not None:
                lock.release()
            if not quiet:
                QMessageBox.warning(self, APP_NAME, self.tr("Cannot open the workshop.\n\n{0}").format(exc))
            return False
        if file.read_only and lock is not None:
            lock.release()
            lock = None
        if lock is not None:
            try:
                take_backup(file)
            except BackupError as exc:
                log.warning("%s", exc)
        self._adopt(file, document, lock=lock)
        self._remember_recent(path)
        return True

    def _ask_read_only(self, reason: str) -> bool:
        answer = QMessageBox.question(
            self,
            APP_NAME,
            self.tr("{0}\n\nOpen it read-only here?").format(reason),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Open

    def create_workshop(self, path: Path, *, framework_id: str = "shopper-journey", title: str = "") -> bool:
        """Create a new workshop file from a framework and open it here."""
        try:
            workshop = new_workshop(
                self.library, framework_id=framework_id, title=title, language=self.language
            )
            WorkshopFile.create(Path(path), workshop).close()
        except (WorkshopFileError, OSError, KeyError) as exc:
            QMessageBox.warning(self, APP_NAME, self.tr("Cannot create the workshop.\n\n{0}").format(exc))
            return False
        return self.open_path(Path(path))

    def _adopt(self, file: WorkshopFile, document: Document, *, lock: WorkshopLock | None = None) -> None:
        self.close_workshop()
        self.file, self.document, self.lock = file, document, lock
        self.language = interface_language()  # framework and POS labels follow the interface
        self.editor = Editor(document, self.stack, self)
        self.editor.failed.connect(self.show_problem)
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
        QTimer.singleShot(0, self.view.fit)

    def flush_edits(self) -> None:
        """Commit text still being typed in a dock, so a copy or an export holds it."""
        for callback in self.flush_listeners:
            callback()

    def close_workshop(self) -> None:
        """Close the current file; there is nothing to save, every edit is already in it."""
        self.view.cancel_inline_edit()  # it would otherwise write into the closed file
        if self.document is not None:
            self.flush_edits()
        self.view.setScene(None)  # the view must not paint a scene that is being deleted
        for scene in self.scenes.values():
            scene.detach()
            scene.deleteLater()
        self.scenes.clear()
        self.stack.clear()
        if self.file is not None:
            self.file.close()
        if self.lock is not None:
            self.lock.release()
        self.file = self.document = self.lock = None
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
            scene = JourneyScene(self.document, journey_id, style=self._style(), language=self.language)
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
        parts = [title]
        if self.journey_id:
            parts.append(self.document.get(self.journey_id).name)
        name = " — ".join(parts) + f" — {APP_NAME}"
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

    def delete_selection(self) -> None:
        """Delete: hide framework cards, remove custom ones, or remove a selected stage/phase."""
        if self.canvas_edits is None:
            return
        ids = self.selected_cards()
        if ids:
            self.canvas_edits.delete_cards(ids)
        else:
            self.remove_selected_header()

    def duplicate_cards(self) -> None:
        if self.canvas_edits is not None and (ids := self.selected_cards()):
            new_ids = self.canvas_edits.duplicate_cards(ids)
            self.current_scene().select_cards(new_ids)

    def copy_cards(self) -> None:
        ids = self.selected_cards()
        if self.canvas_edits is None or not ids:
            return
        from PySide6.QtCore import QMimeData

        data = QMimeData()
        data.setData(CARDS_MIME, self.canvas_edits.copy_payload(ids))
        data.setText("\n".join(self.document.get(i).label.text(self.language) for i in ids))
        QApplication.clipboard().setMimeData(data)

    def cut_cards(self) -> None:
        ids = self.selected_cards()
        if ids:
            self.copy_cards()
            self.canvas_edits.delete_cards(ids)

    def paste_cards(self) -> None:
        scene = self.current_scene()
        data = QApplication.clipboard().mimeData()
        if scene is None or self.canvas_edits is None or data is None or not data.hasFormat(CARDS_MIME):
            return
        ids = scene.selected_card_ids()
        if ids:
            phase_id = self.document.parent_of(ids[-1])
            index = self.document.index_of(ids[-1]) + 1
        elif scene.phase_order:
            phase_id = scene.phase_order[0]
            index = len(self.document.get(phase_id).cards)
        else:
            return
        new_ids = self.canvas_edits.paste_cards(bytes(data.data(CARDS_MIME)), phase_id, index)
        scene.select_cards(new_ids)

    def select_all(self) -> None:
        scene = self.current_scene()
        if scene is not None:
            scene.select_cards(list(scene.cards))

    def drop_touchpoints(
        self, touchpoint_ids: list[str], phase_id: str | None, anchor_id: str | None
    ) -> None:
        """Put framework touchpoints on the map (dropped from the palette, or double-clicked there)."""
        if self.document is None or self.canvas_edits is None or self.journey_id is None:
            return
        journey = self.document.get(self.journey_id)
        entry = self.library.frameworks.get(journey.framework or "")
        if entry is None:
            return
        framework = entry.framework
        for touchpoint_id in touchpoint_ids:
            touchpoint = framework.touchpoint(touchpoint_id)
            if touchpoint is None:
                continue
            target = phase_id or self._phase_for_touchpoint(framework, touchpoint_id)
            if target is None:
                continue
            new_id = self.canvas_edits.show_touchpoint(
                touchpoint_id, target, anchor_id, label=touchpoint.label, location=touchpoint.location
            )
            if new_id:
                self.current_scene().select_cards([new_id])

    def _phase_for_touchpoint(self, framework, touchpoint_id: str) -> str | None:
        """The journey's phase copied from the framework phase that holds the touchpoint."""
        source = next(
            (
                p.id
                for s in framework.stages
                for p in s.phases
                if any(t.id == touchpoint_id for t in p.touchpoints)
            ),
            None,
        )
        journey = self.document.get(self.journey_id)
        phases = [p for s in journey.stages for p in s.phases]
        match = next((p.id for p in phases if p.source == source), None)
        return match or (phases[0].id if phases else None)

    def add_stage(self) -> None:
        if self.canvas_edits is None or self.journey_id is None:
            return
        journey = self.document.get(self.journey_id)
        self.canvas_edits.add_stage(self.journey_id, len(journey.stages), self.tr("New stage"))

    def add_phase(self) -> None:
        """Add a phase after the selected phase (or card), else at the end of the last stage."""
        scene = self.current_scene()
        if self.canvas_edits is None or scene is None:
            return
        phase_id = next(
            (
                i.model_id
                for i in scene.selectedItems()
                if hasattr(i, "model_id") and i.model_id in scene.phases
            ),
            None,
        )
        if phase_id is None and (ids := scene.selected_card_ids()):
            phase_id = self.document.parent_of(ids[-1])
        if phase_id is not None:
            stage_id, index = self.document.parent_of(phase_id), self.document.index_of(phase_id) + 1
        elif self.document.get(self.journey_id).stages:
            stage = self.document.get(self.journey_id).stages[-1]
            stage_id, index = stage.id, len(stage.phases)
        else:
            return
        self.canvas_edits.add_phase(stage_id, index, self.tr("New phase"))

    def remove_selected_header(self) -> None:
        scene = self.current_scene()
        if self.canvas_edits is None or scene is None:
            return
        for item in scene.selectedItems():
            model_id = getattr(item, "model_id", None)
            if model_id is not None:
                self.canvas_edits.remove(model_id)
                return

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

    # --- presentation --------------------------------------------------------------------

    def _style(self) -> CanvasStyle:
        style = self.style_base
        if self.actions_.presentation.isChecked():
            style = style.scaled(PRESENTATION_SCALE)
        if self.actions_.high_contrast.isChecked():
            style = style.contrasted()
        return style

    def _apply_style(self) -> None:
        style = self._style()
        for scene in self.scenes.values():
            scene.set_style(style)
        QTimer.singleShot(0, self.view.fit)

    def set_presentation(self, on: bool) -> None:
        """Presentation mode: full screen canvas, docks and bars hidden, larger type."""
        if on:
            self._pre_presentation = self.saveState()
            for dock in self.findChildren(QDockWidget):
                dock.hide()
            self.actions_.toolbar.hide()
            self.menuBar().hide()
            self.statusBar().hide()
            self.showFullScreen()
        else:
            self.showNormal()
            self.menuBar().show()
            self.statusBar().show()
            self.actions_.toolbar.show()
            if getattr(self, "_pre_presentation", None) is not None:
                self.restoreState(self._pre_presentation)
        self._apply_style()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.actions_.presentation.isChecked():
            self.actions_.presentation.setChecked(False)
            return
        super().keyPressEvent(event)

    # --- dialogs -------------------------------------------------------------------------

    def _filter(self) -> str:
        return self.tr("ShopperMap workshops (*{0})").format(SUFFIX)

    def _start_dir(self) -> str:
        if self.file is not None:
            return str(self.file.path.parent)
        from ..paths import documents_dir

        return str(documents_dir())

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open workshop"), self._start_dir(), self._filter()
        )
        if path:
            self.open_path(Path(path))

    def new_workshop_dialog(self) -> None:
        from .dialogs.new_workshop import NewWorkshopDialog

        dialog = NewWorkshopDialog(self.library, self.language, self._start_dir(), self)
        if dialog.exec():
            self.create_workshop(dialog.path(), framework_id=dialog.framework_id(), title=dialog.title())

    def save_copy_dialog(self) -> None:
        if self.file is None:
            return
        self.flush_edits()
        suggestion = str(self.file.path.with_name(self.file.path.stem + " " + self.tr("copy") + SUFFIX))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), suggestion, self._filter())
        if not path:
            return
        path = Path(path if path.endswith(SUFFIX) else path + SUFFIX)
        try:
            self.file.save_copy(path)
        except (OSError, WorkshopFileError) as exc:
            QMessageBox.warning(self, APP_NAME, self.tr("Cannot save the copy.\n\n{0}").format(exc))
            return
        if self.file.read_only:
            self.open_path(path)
        self.statusBar().showMessage(self.tr("Saved a copy to {0}").format(path), 8000)

    def export_json_dialog(self) -> None:
        if self.document is None:
            return
        self.flush_edits()
        suggestion = str(self.file.path.with_suffix(".json"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export workshop JSON"), suggestion, self.tr("Workshop JSON (*.json)")
        )
        if path:
            try:
                write_json(Path(path), workshop_to_data(self.document.workshop))
            except (OSError, WorkshopJsonError) as exc:
                QMessageBox.warning(self, APP_NAME, self.tr("Cannot export.\n\n{0}").format(exc))

    def save_framework_dialog(self) -> None:
        from .dialogs.save_framework import save_journey_as_framework

        if self.document is not None and self.journey_id is not None:
            save_journey_as_framework(self, self.document.get(self.journey_id), self.library)

    # --- recent files and settings -------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _remember_recent(self, path: Path) -> None:
        entry = str(Path(path).resolve())
        recent = [entry] + [p for p in self.recent_files() if p != entry]
        self.settings.setValue("recent", recent[:MAX_RECENT])

    def _fill_recent_menu(self) -> None:
        menu = self.actions_.recent_menu
        menu.clear()
        for entry in self.recent_files():
            action = menu.addAction(Path(entry).name)
            action.setStatusTip(entry)
            action.setEnabled(Path(entry).is_file())
            action.triggered.connect(lambda _checked=False, p=entry: self.open_path(Path(p)))
        if not menu.actions():
            menu.addAction(self.tr("No recent workshops")).setEnabled(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.actions_.presentation.isChecked():
            self.actions_.presentation.setChecked(False)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.close_workshop()
        super().closeEvent(event)
