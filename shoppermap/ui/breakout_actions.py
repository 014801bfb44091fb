"""File → Hand Out Group Copies… and File → Merge Group Copy…: breakout groups in the window.

A merge is one undoable step through the edit gateway; a group copy shows its group's name in
the title bar.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from .. import APP_NAME
from ..breakout_files import SUFFIX, copy_path, hand_out_files
from ..domain.document import Document
from ..domain.handout import HandoutError, focus_choices, group_names
from ..domain.merge import MergeError, MergePlan, MergeReport, Side, analyse
from ..domain.merge_operations import Operation, apply_operations
from ..storage import WorkshopFile, WorkshopFileError
from .ask import ask_text
from .commands import DocumentCommand
from .dialogs.handout_focus import HandoutFocusDialog
from .dialogs.merge_conflicts import MergeConflictsDialog, field_names
from .picture_actions import file_menu

log = logging.getLogger(__name__)


def install(window) -> BreakoutActions:
    """Add the two actions to the File menu and the group's name to the title bar (once)."""
    if getattr(window, "breakout_actions", None) is None:
        window.breakout_actions = BreakoutActions(window)
    return window.breakout_actions


class MergeCommand(DocumentCommand):
    """A whole merge of one group copy as one undo step: the plan's operations, and their inverse."""

    def __init__(self, document: Document, plan: MergePlan, text: str) -> None:
        super().__init__(document, text)
        self.operations = list(plan.operations)
        self.back: list[Operation] = []

    def do(self) -> None:
        self.back = apply_operations(self.document, self.operations)

    def revert(self) -> None:
        apply_operations(self.document, self.back)

    def is_noop(self) -> bool:
        return not self.operations


class BreakoutActions(QObject):
    """The hand-out and merge actions of one window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.handout_action = QAction(self.tr("&Hand Out Group Copies…"), window)
        self.handout_action.setStatusTip(self.tr("Write a copy of this workshop for each breakout group"))
        self.merge_action = QAction(self.tr("&Merge Group Copy…"), window)
        self.merge_action.setStatusTip(self.tr("Bring the work of breakout groups back into this workshop"))
        self.handout_action.triggered.connect(self.hand_out_dialog)
        self.merge_action.triggered.connect(self.merge_dialog)
        menu = file_menu(window)
        if menu is not None:
            anchor = getattr(getattr(window, "actions_", None), "workshop_details", None)
            actions = menu.actions()
            after = actions.index(anchor) + 1 if anchor in actions else len(actions)
            before = actions[after] if after < len(actions) else None
            if before is None:
                menu.addActions([self.handout_action, self.merge_action])
            else:
                menu.insertActions(before, [self.handout_action, self.merge_action])
            menu.aboutToShow.connect(self._update_enabled)
        window.windowTitleChanged.connect(self._show_group)
        window.workshop_listeners.append(lambda _document: self._show_group(window.windowTitle()))
        # two turns of the event loop: after the window's own fit of a workshop just opened
        window.workshop_listeners.append(
            lambda _document: QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._show_focus))
        )

    def _update_enabled(self) -> None:
        document = self.window.document
        self.handout_action.setEnabled(document is not None and self.window.file is not None)
        self.merge_action.setEnabled(document is not None and not document.read_only)

    def _show_group(self, title: str) -> None:
        document = self.window.document
        handout = document.workshop.handout if document is not None else None
        if handout is None:
            return
        prefix = f"{handout.group} — "
        if not title.startswith(prefix):
            self.window.setWindowTitle(prefix + title)

    def _show_focus(self) -> None:
        """A group copy opens at the stage or journey the group was given."""
        w = self.window
        handout = w.document.workshop.handout if w.document is not None else None
        if handout is None or handout.focus is None:
            return
        found = focus_choices(w.document.workshop).get(handout.focus)
        if found is None:
            return  # the group removed it
        journey, stage = found
        if w.journey_id != journey.id:
            w.show_journey(journey.id)
        scene = w.current_scene()
        if stage is not None and scene is not None and stage.id in scene.stages:
            band, port = scene.stages[stage.id].sceneBoundingRect(), w.view.viewport().rect()
            # the stage's width across the view, its top cards under the band
            w.view.show_rect(
                QRectF(band.left(), band.top(), band.width(), band.width() * port.height() / port.width())
            )
        name = stage.label.text(w.language) if stage is not None else journey.name
        w.statusBar().showMessage(
            self.tr("{group} works on {focus}.").format(group=handout.group, focus=name), 10000
        )

    # --- hand out ------------------------------------------------------------------------

    def hand_out_dialog(self) -> None:
        """Ask for the group names and a folder, then write one copy per group."""
        w = self.window
        if w.document is None or w.file is None:
            return
        w.flush_edits()
        text, ok = ask_text(
            w,
            self.tr("Hand out group copies"),
            self.tr("Names of the groups, separated by commas:"),
            text=self.tr("Group A, Group B, Group C"),
        )
        if not ok:
            return
        try:
            groups = group_names(text)
        except HandoutError:
            self._tell(self.tr("Give every group a name, each once, separated by commas."))
            return
        chooser = HandoutFocusDialog(w.document.workshop, groups, w.language, parent=w)
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return
        folder = QFileDialog.getExistingDirectory(
            w, self.tr("Folder for the group copies"), str(w.file.path.parent)
        )
        if not folder:
            return
        self.hand_out(groups, Path(folder), focus=chooser.focus())

    def hand_out(self, groups: list[str], folder: Path, *, focus: dict[str, str] | None = None) -> list[Path]:
        """Write the copies into `folder`; none when one exists already."""
        source = self.window.file.path
        taken = [p for p in (copy_path(folder, source, g) for g in groups) if p.exists()]
        if taken:
            self._tell(self.tr("{0} already exists; choose another folder.").format(taken[0].name))
            return []
        try:
            paths = hand_out_files(source, folder, groups, focus=focus)
        except Exception as exc:
            log.warning("hand-out failed: %s", exc)
            self._tell(self.tr("The group copies could not be written: {0}").format(exc))
            return []
        names = "\n".join(p.name for p in paths)
        self._tell(self.tr("Wrote a copy for each group into {0}:\n{1}").format(folder, names), warn=False)
        return paths

    # --- merge ---------------------------------------------------------------------------

    def merge_dialog(self) -> None:
        """Ask for the group copies, then merge each, settling its conflicts, and report."""
        w = self.window
        if w.document is None:
            return
        w.flush_edits()
        paths, _ = QFileDialog.getOpenFileNames(
            w,
            self.tr("Merge group copies"),
            str(w.file.path.parent) if w.file is not None else "",
            self.tr("ShopperMap workshops (*{0})").format(SUFFIX),
        )
        for path in paths:
            report = self.merge(Path(path), choose=self.ask_conflicts)
            if report is None:
                return
            self.show_report(report)

    def ask_conflicts(self, conflicts, group: str):
        """The facilitator's choice for each conflict, or None when the merge is cancelled."""
        dialog = MergeConflictsDialog(
            conflicts, group=group, language=self.window.language, parent=self.window
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choices()

    def merge(self, path: Path, *, choose) -> MergeReport | None:
        """Merge one copy as one undo step; None when it was refused or cancelled (nothing written).

        `choose(conflicts, group)` returns a mapping of choices, or None to cancel.
        """
        w = self.window
        try:
            file, copy = WorkshopFile.open(path, read_only=True)
            file.close()
        except WorkshopFileError:
            self._tell(self.tr("{0} cannot be read; it may be damaged.").format(path.name))
            return None
        if copy.handout is None:
            self._tell(self.tr("{0} is not a group copy: it was never handed out.").format(path.name))
            return None
        try:
            analysis = analyse(w.document.workshop, copy, language=w.language)
        except MergeError:
            self._tell(self.tr("{0} was not handed out from this workshop.").format(path.name))
            return None
        choices: dict = {}
        if analysis.conflicts:
            chosen = choose(analysis.conflicts, analysis.group)
            if chosen is None:
                return None
            choices = chosen
        plan = analysis.plan({k: Side(v) for k, v in choices.items()})
        if plan.operations:
            command = MergeCommand(w.document, plan, "")
            text = self.tr("Merge {0}").format(analysis.group)
            if not w.editor.apply([command], text=text):
                return None
        return plan.report

    def show_report(self, report: MergeReport) -> None:
        """What the merge did, counted, with the changes that did not land and each conflict's outcome."""
        lines = [
            self.tr("Added: {0}").format(len(report.added)),
            self.tr("Changed: {0}").format(len(report.changed)),
            self.tr("Moved: {0}").format(len(report.moved)),
            self.tr("Removed: {0}").format(len(report.removed)),
            self.tr("Conflicts: {0}").format(len(report.conflicts)),
        ]
        details = [self.tr("Kept or left as it was here: {0}").format(item.name) for item in report.left]
        for conflict, side in report.conflicts:
            name = conflict.name or self.tr("Workshop details")
            kept = self.tr("the group's value") if side == Side.THEIRS else self.tr("our value")
            field = field_names().get(conflict.field, conflict.field) if conflict.field else "—"
            details.append(self.tr("Conflict: {0} ({1}): kept {2}").format(name, field, kept))
        box = QMessageBox(self.window)
        box.setWindowTitle(APP_NAME)
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(self.tr("Merged the copy of {0}.").format(report.group))
        box.setInformativeText("\n".join(lines))
        if details:
            box.setDetailedText("\n".join(details))
        self.last_report_box = box
        box.open()

    def _tell(self, message: str, *, warn: bool = True) -> None:
        box = QMessageBox(self.window)
        box.setWindowTitle(APP_NAME)
        box.setIcon(QMessageBox.Icon.Warning if warn else QMessageBox.Icon.Information)
        box.setText(message)
        self.last_message = message
        box.open()
