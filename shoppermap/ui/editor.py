"""The one gateway for every user edit: apply, undo and redo, failure and refresh handled one way.

Every edit surface (canvas, inspector, action plan, journey tabs, later features) builds commands
and hands them to `Editor.apply`. The editor applies them inside one document transaction, so
the edit reaches the file and memory whole or not at all, then records one step on the undo
stack. A refused edit is reported through `failed`, in words for the user.

When the file cannot be written (a full disk, a write-protected folder, the file moved away),
the edit is not lost: the gateway does it again in memory only, the document holds its writes
in a pending journal, and `unsaved_changed` tells the window, which says so and offers Retry
and Save a Copy As. Later edits, undo and redo go to memory and the journal the same way; the
next edit, or `retry`, writes the journal to the file first. A held edit is never called saved.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ..domain.document import Document, EditError
from ..storage import WorkshopFileError
from ..storage.file_errors import LockLostError, WorkshopMovedError
from .commands import DocumentCommand, GroupCommand

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class Editor(QObject):
    """Applies commands to one document and keeps its undo stack.

    `failed(message, saved)`: an edit, undo or redo did not happen; `saved` is False when the
    reason is that the workshop file could not be written (rather than the edit being refused).
    `unsaved_changed()`: edits began or stopped waiting in memory for the file, or the reason
    they wait changed (`document.unsaved`, `document.write_error` say which).
    """

    failed = Signal(str, bool)
    unsaved_changed = Signal()

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
        change-set, so that widget can skip refreshing itself from its own echo. When the file
        cannot be written the step is done in memory, kept for the file, and True is returned.
        """
        self.last_failure = None
        if not commands:
            return False
        self.retry()  # edits waiting for the file go first, in order

        def do() -> None:
            for command in commands:
                command.apply()

        try:
            self._run(do, origin=origin)
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
        self.retry()
        try:
            self._run(command.apply_undo if undoing else command.apply_redo)
        except Exception as exc:
            self._report(exc)
            return False
        self.stack.undo() if undoing else self.stack.redo()
        return True

    def _run(self, action: Callable[[], None], *, origin: object | None = None) -> None:
        """Do `action` in one transaction; when the file cannot take it, do it again in memory only."""
        try:
            with self.document.transaction(origin=origin):
                action()
            if self.document.unsaved:
                self.unsaved_changed.emit()  # one more change waits
        except Exception as exc:
            if self.document.unsaved or not is_write_error(exc):
                raise
            # memory is back where it stood; the same edit now goes to memory and the journal
            self.document.hold(exc)
            try:
                with self.document.transaction(origin=origin):
                    action()
            except Exception:
                if not self.document.pending:
                    self.document.forget_pending()
                raise
            log.error("a change could not be written and is kept in memory: %s", exc, exc_info=exc)
            self.unsaved_changed.emit()

    # --- edits waiting for the file --------------------------------------------------------

    def retry(self) -> bool:
        """Write the edits kept in memory to the file, in order; True when none wait any more."""
        if not self.document.unsaved:
            return True
        try:
            self.document.write_pending()
        except Exception as exc:
            if not is_write_error(exc):
                log.exception("the pending changes could not be written")
            self.unsaved_changed.emit()  # the reason may be another one now
            return False
        self.unsaved_changed.emit()
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
        if is_write_error(exc) and not self.document.unsaved:
            # the history view undid or redid a step the file refused: keep it in memory instead
            self.document.hold(exc)
            try:
                with self.document.transaction():
                    command.revert() if undoing else command.do()
            except Exception:
                self.document.forget_pending()
            else:
                self.unsaved_changed.emit()
                return
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


def is_write_error(exc: BaseException) -> bool:
    """True when `exc` says the file could not be written (not that the edit was wrong)."""
    return isinstance(exc, sqlite3.Error | OSError | WorkshopFileError) and not isinstance(exc, EditError)


def _why(exc: BaseException) -> str:
    reason = str(exc).casefold()
    if isinstance(exc, WorkshopMovedError):
        return translate("Editor", "the file was moved, renamed, deleted or replaced by another program")
    if isinstance(exc, LockLostError):
        return translate(
            "Editor",
            "another program removed or took over the workshop's lock, so someone else may be editing it",
        )
    if (isinstance(exc, OSError) and exc.errno == 28) or "full" in reason:
        return translate("Editor", "the disk is full")
    if "readonly" in reason or "read-only" in reason or isinstance(exc, PermissionError):
        return translate("Editor", "the file or its folder cannot be written to")
    if isinstance(exc, sqlite3.Error | OSError | WorkshopFileError):
        return translate("Editor", "the workshop file cannot be written ({0})").format(
            str(exc) or type(exc).__name__
        )
    return translate("Editor", "an unexpected error ({0})").format(str(exc) or type(exc).__name__)


def not_saved_message(exc: BaseException) -> str:
    """One sentence for the user: the change was not saved, and why, as far as it can be told."""
    return translate("Editor", "The change was not saved: {0}.").format(_why(exc))


def unsaved_message(exc: BaseException) -> str:
    """One sentence for the banner: changes cannot be saved, why, and what the user can do."""
    reason = str(exc).casefold()
    if isinstance(exc, WorkshopMovedError | LockLostError):
        todo = translate("Editor", "use Save a Copy As… to keep them")
    elif (isinstance(exc, OSError) and exc.errno == 28) or "full" in reason:
        todo = translate(
            "Editor", "free some disk space and press Retry, or use Save a Copy As… to save them elsewhere"
        )
    elif "readonly" in reason or "read-only" in reason or isinstance(exc, PermissionError):
        todo = translate(
            "Editor",
            "make the folder writable and press Retry, or use Save a Copy As… to save them elsewhere",
        )
    else:
        todo = translate("Editor", "press Retry, or use Save a Copy As… to save them elsewhere")
    return translate(
        "Editor", "Changes can't be saved because {0}; they are kept in this window: {1}."
    ).format(_why(exc), todo)
