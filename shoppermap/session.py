"""One workshop open for a window: its file, its one-editor lock, its backup and its document.

Qt-free, so opening, locking and backing up are tested headless; the window adds the dialogs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from .domain.document import Document
from .domain.models import Workshop
from .storage import NotWritableError, WorkshopFile
from .storage.backups import BackupError, take_backup
from .storage.lock import WorkshopLock
from .workshops import create_workshop_file, open_workshop_file

log = logging.getLogger(__name__)


@dataclass
class WorkshopSession:
    """An open workshop. `lock` is None when it is open read-only."""

    file: WorkshopFile
    document: Document
    lock: WorkshopLock | None = None

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def read_only(self) -> bool:
        return self.file.read_only

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> WorkshopSession:
        """Open a workshop; an editable open takes the lock first, then a backup copy.

        Raises WorkshopLockedError when another window or program edits it (the caller may then
        ask for `read_only=True`), and WorkshopFileError or OSError when it cannot be opened. A file
        that cannot be written (read-only media) opens read-only.
        """
        path = Path(path)
        lock = None if read_only else WorkshopLock.acquire(path)
        try:
            try:
                file, document = open_workshop_file(path, read_only=read_only)
            except NotWritableError:
                file, document = open_workshop_file(path, read_only=True)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        if file.read_only and lock is not None:
            lock.release()
            lock = None
        if lock is not None:
            try:
                take_backup(file)
            except BackupError as exc:
                log.warning("%s", exc)
        return cls(file, document, lock)

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
        return cls(file, document, lock)

    def close(self) -> None:
        """Close the file and give up the lock; every edit is already in the file."""
        self.file.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
