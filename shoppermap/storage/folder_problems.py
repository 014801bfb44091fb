"""Why a folder would not take a file, in the few kinds the user is told about."""

from __future__ import annotations

import errno
from enum import StrEnum


class FolderProblem(StrEnum):
    """Why a file could not be written into a folder."""

    FULL = "full"  # no space left, or over a disk quota
    READ_ONLY = "read-only"  # read-only media or folder, no permission
    OTHER = "other"


_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), getattr(errno, "EFBIG", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def folder_problem(exc: BaseException) -> FolderProblem:
    """The kind of `exc`, raised while writing into a folder."""
    code = getattr(exc, "errno", None)
    if code in _FULL:
        return FolderProblem.FULL
    if code in _READ_ONLY or isinstance(exc, PermissionError):
        return FolderProblem.READ_ONLY
    text = str(exc).lower()  # SQLite reports the same conditions in words, without an errno
    if "disk is full" in text or "database or disk is full" in text:
        return FolderProblem.FULL
    if "readonly" in text or "read-only" in text:
        return FolderProblem.READ_ONLY
    return FolderProblem.OTHER


def reason_of(exc: BaseException) -> str:
    """The OS's or SQLite's words for `exc`, for a one-line message."""
    return (exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)) or type(exc).__name__
