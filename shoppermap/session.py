"""One workshop open for a window: its file, its one-editor lock, its backup and its document.

Qt-free, so opening, locking and backing up are tested headless; the window adds the dialogs.
Nothing in the user folder may keep a workshop from opening: a backup that cannot be taken (a
full or read-only user folder) is noted on the session, for the window to say so in one line.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .domain.document import Document
from .domain.models import Workshop
from .storage import NotWritableError, WorkshopFile, inspect_file
from .storage.backups import BackupError, take_backup
from .storage.file_errors import WorkshopBusyError
from .storage.folder_problems import FolderProblem
from .storage.lock import LockHolder, LockUnavailableError, WorkshopLock
from .workshops import create_workshop_file, open_workshop_file

log = logging.getLogger(__name__)


@dataclass
class WorkshopSession:
    """An open workshop. `lock` is None when it is open read-only.

    When an editable open became read-only, `read_only_problem` says why (the workshop's folder
    is read-only or full) and `read_only_reason` says it in one English line. When no backup
    could be taken, `backup_problem` and `backup_reason` do the same.
    """

    file: WorkshopFile
    document: Document
    lock: WorkshopLock | None = None
    read_only_problem: FolderProblem | None = None
    read_only_reason: str = ""
    backup_problem: FolderProblem | None = None
    backup_reason: str = ""

    def __post_init__(self) -> None:
        if self.lock is not None:  # every write first checks the lock is still this window's
            self.file.lock_check = self.lock.check_held

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def read_only(self) -> bool:
        return self.file.read_only

    @classmethod
    def open(
        cls, path: Path, *, read_only: bool = False, take_over: LockHolder | None = None
    ) -> WorkshopSession:
        """Open a workshop; an editable open takes the lock first, then a backup copy.

        Raises WorkshopLockedError when another window or program edits it (the caller may then
        ask for `read_only=True`, or pass the error's holder as `take_over` when it allows that),
        and WorkshopFileError or OSError when it cannot be opened. A file that cannot be written,
        or beside which no lock can be made (read-only media, a full disk), opens read-only.
        """
        path = Path(path)
        inspect_file(path)  # a missing or foreign file says so before any lock is made for it
        lock = None
        problem, reason = None, ""
        if not read_only:
            try:
                lock = WorkshopLock.acquire(path, take_over=take_over)
            except LockUnavailableError as exc:
                log.warning("%s", exc)
                problem, reason = exc.problem, str(exc)
        try:
            try:
                file, document = _open_file(path, read_only=read_only or lock is None)
            except NotWritableError as exc:
                problem, reason = problem or FolderProblem.READ_ONLY, reason or str(exc)
                file, document = _open_file(path, read_only=True)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        if file.read_only and lock is not None:
            lock.release()
            lock = None
        session = cls(file, document, lock, read_only_problem=problem, read_only_reason=reason)
        if lock is not None:
            try:
                take_backup(file)
            except BackupError as exc:
                log.warning("%s", exc)
                session.backup_problem, session.backup_reason = exc.problem, str(exc)
        return session

    @classmethod
    def create(cls, path: Path, workshop: Workshop) -> WorkshopSession:
        """Write a new workshop file and open it for editing (a new file needs no backup)."""
        path = Path(path)
        lock = WorkshopLock.acquire(path)
        try:
            file, document = create_workshop_file(path, workshop)
        except BaseException:
            lock.release()
            raise
        lock.cover_new_file()  # hard links to it may be made while it is open
        return cls(file, document, lock)

    def close(self) -> None:
        """Close the file and give up the lock; every edit is already in the file."""
        self.file.lock_check = None
        self.file.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def _open_file(path: Path, *, read_only: bool) -> tuple[WorkshopFile, Document]:
    """Open the file; SQLite's own "database is locked" means busy elsewhere, never damaged."""
    try:
        return open_workshop_file(path, read_only=read_only)
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
        raise WorkshopBusyError(f"{path.name}: is in use by another program; try again in a moment") from None
