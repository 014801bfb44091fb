"""The one gateway for every user edit: apply, undo and redo, failure and refresh handled one way.

Every edit surface (canvas, inspector, action plan, journey tabs, later features) builds commands
and hands them to `Editor.apply`. The editor applies them inside one document transaction, so
the edit reaches the file and memory whole or not at all, then records one step on the undo
stack. A refused edit or a failed write is reported through `failed`, in words for the user; a
failed write is never passed off as saved.
"""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ..domain.document import Document, EditError
from .commands import DocumentCommand, GroupCommand

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class Editor(QObject):
    """Applies commands to one document and keeps its undo stack.

    `failed(message, saved)`: an edit, undo or redo did not happen; `saved` is False when the
    reason is that the workshop file could not be written (rather than the edit being refused).
    """

    failed = Signal(str, bool)

    def __init__(self, document: Document, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.stack = stack
        self.last_failure: str | None = None  # why the last apply, undo or redo did not happen

    # --- editing -------------------------------------------------------------------------

    def apply(self, commands: list[DocumentCommand], *, text: str, origin: object | None = None) -> bool:
        """Apply `commands` as one undo step named `text`; False (and `failed`) when not done.

        All of them or none: a refused or failed command rolls back those before it. A step that
        changed nothing is not pushed. `origin` (the widget making the edit) is handed to the
        change-set, so that widget can skip refreshing itself from its own echo.
        """
        self.last_failure = None
        if not commands:
            return False
        try:
            with self.document.transaction(origin=origin):
                for command in commands:
                    command.apply()
        except Exception as exc:
            self._report(exc)
            return False
        effective = [c for c in commands if not c.is_noop()]
        if not effective:
            return False
        step = effective[0] if len(effective) == 1 else self._group(effective, text)
        step.setText(text)  # the step is named for the whole edit, even when one part of it did anything
        step.on_failure = self._stack_step_failed
        self.stack.push(step)
        return True

    def _group(self, commands: list[DocumentCommand], text: str) -> GroupCommand:
        group = GroupCommand(self.document, commands, text)
        group._skip_redo = True  # its commands are already applied
        return group

    def undo(self) -> bool:
        """Undo the last step; False (and `failed`) when it could not be undone."""
        index = self.stack.index()
        if index == 0:
            return False
        return self._step(self.stack.command(index - 1), undoing=True)

    def redo(self) -> bool:
        """Redo the next step; False (and `failed`) when it could not be redone."""
        index = self.stack.index()
        if index >= self.stack.count():
            return False
        return self._step(self.stack.command(index), undoing=False)

    def _step(self, command: DocumentCommand, *, undoing: bool) -> bool:
        self.last_failure = None
        try:
            with self.document.transaction():
                command.apply_undo() if undoing else command.apply_redo()
        except Exception as exc:
            self._report(exc)
            return False
        self.stack.undo() if undoing else self.stack.redo()
        return True

    # --- failure -------------------------------------------------------------------------

    def refuse(self, message: str) -> None:
        """Report an edit a surface refused before building commands (an empty label)."""
        self.last_failure = message
        self.failed.emit(message, True)

    def _report(self, exc: Exception) -> None:
        if isinstance(exc, EditError):
            self.refuse(str(exc))
            return
        log.error("a change could not be written: %s", exc, exc_info=exc)
        self.last_failure = not_saved_message(exc)
        self.failed.emit(self.last_failure, False)

    def _stack_step_failed(self, command: DocumentCommand, exc: Exception, undoing: bool) -> None:
        # Qt has already moved the stack's index past a step that did not happen: move it back
        # without doing the step again, once Qt has finished its own bookkeeping.
        self._report(exc)

        def restore() -> None:
            if undoing:
                command._skip_redo = True
                self.stack.redo()
            else:
                command._skip_undo = True
                self.stack.undo()

        QTimer.singleShot(0, restore)


def not_saved_message(exc: BaseException) -> str:
    """One sentence for the user: the change was not saved, and why, as far as it can be told."""
    reason = str(exc).casefold()
    if (isinstance(exc, OSError) and exc.errno == 28) or "full" in reason:
        why = translate("Editor", "the disk is full")
    elif "readonly" in reason or "read-only" in reason or isinstance(exc, PermissionError):
        why = translate("Editor", "the file or its folder cannot be written to")
    elif isinstance(exc, sqlite3.Error | OSError):
        why = translate("Editor", "the workshop file cannot be written ({0})").format(
            str(exc) or type(exc).__name__
        )
    else:
        why = translate("Editor", "an unexpected error ({0})").format(str(exc) or type(exc).__name__)
    return translate("Editor", "The change was not saved: {0}.").format(why)
