"""What can go wrong with a workshop file, each said in one line for the user."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path


class WorkshopFileError(Exception):
    """A workshop file that cannot be opened or written; the message is one line for the user."""


class NotWritableError(WorkshopFileError):
    """The file is fine but cannot be written here (read-only media, no permission)."""


class WorkshopBusyError(WorkshopFileError):
    """Another program holds the file's lock longer than BUSY_TIMEOUT: nothing wrong, try again."""


class DamagedFileError(WorkshopFileError):
    """SQLite reports the file itself damaged: offer a backup, or `shoppermap recover`."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class UntrustedFileError(DamagedFileError):
    """Valid SQLite, but holding what ShopperMap never writes (check.py): refused, not guessed at."""


def sqlite_message(name: str, exc: sqlite3.Error, path: Path) -> WorkshopFileError:
    """The one-line error for a failed SQLite call on the workshop `path`."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if "locked" in text or "busy" in text:
        return WorkshopBusyError(f"{name}: is in use by another program right now; try again in a moment")
    if "disk is full" in text or "disk I/O" in text:
        return WorkshopFileError(f"{name}: cannot be written; the disk is full or failing ({text})")
    return DamagedFileError(f"{name}: the file is damaged ({text})", path)


class WorkshopMovedError(WorkshopFileError):
    """The open file is no longer at its path: moved, renamed, deleted or replaced by another program."""


class LockLostError(WorkshopFileError):
    """The lock beside the open file was removed or replaced: another editor may be writing it now."""


def write_failure(name: str, exc: BaseException) -> str:
    """One line for a write that failed: the disk full, read-only, no permission, or SQLite's reason."""
    text = (exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)) or type(exc).__name__
    if (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or "disk is full" in text:
        return f"{name}: cannot be written; the disk is full"
    if isinstance(exc, OSError) and exc.errno == errno.EROFS:
        return f"{name}: cannot be written; the disk is read-only"
    if isinstance(exc, PermissionError):
        return f"{name}: cannot be written; no permission"
    return f"{name}: cannot be written ({text.splitlines()[0]})"


def one_line(report: str) -> str:
    """The first problem of SQLite's integrity report (many lines) and how many followed it."""
    lines = [line.strip() for line in report.splitlines() if line.strip() and not line.startswith("***")]
    if not lines:
        return report.strip()
    return lines[0] + (f" (and {len(lines) - 1} more problems)" if len(lines) > 1 else "")
