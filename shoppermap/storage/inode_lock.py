"""The second lock of an open workshop, in the user folder, named by the file's device and inode.

A hard link or a second mount reaches one file under another name, whose lock file beside it has
another name too; here both names meet. It is a help, not a condition: when the user folder is
full or read-only the workshop opens all the same, guarded by the lock beside it.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from ..paths import user_data_dir
from .folder_problems import reason_of
from .lock_files import (
    OPEN_FLAGS,
    LockHolder,
    WorkshopLockedError,
    close_unlocked,
    pid_alive,
    read_holder,
    remove_lock_file,
    same_file,
    try_lock,
    write_holder,
)

log = logging.getLogger(__name__)

LOCKS_FOLDER = "locks"
_ATTEMPTS = 20


def inode_lock_file_of(path: Path | str) -> Path | None:
    """The user-folder lock of the file at `path`, named by device and inode (None while it does not exist)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return user_data_dir() / LOCKS_FOLDER / f"{info.st_dev:x}-{info.st_ino:x}.lock"


class InodeLock:
    """The user-folder lock of a file by device and inode: hard links and second mounts meet here."""

    def __init__(self, lock_file: Path, fd: int) -> None:
        self.lock_file = lock_file
        self._fd: int | None = fd

    @classmethod
    def take(cls, path: Path, holder: LockHolder) -> InodeLock | None:
        """Take it, or raise WorkshopLockedError; None when the file is new or the user folder takes nothing."""
        lock_file = inode_lock_file_of(path)
        if lock_file is None:
            return None
        try:
            lock_file.parent.mkdir(parents=True, exist_ok=True)
            fd = _open_inode_lock(path, lock_file)
        except OSError as exc:
            log.warning("no second lock in the user folder for %s (%s)", path, reason_of(exc))
            return None
        try:
            write_holder(fd, holder)
        except OSError as exc:
            log.warning("no second lock in the user folder for %s (%s)", path, reason_of(exc))
            with contextlib.suppress(OSError):
                os.unlink(lock_file)
            close_unlocked(fd)
            return None
        return cls(lock_file, fd)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            remove_lock_file(fd, self.lock_file)


def _open_inode_lock(path: Path, lock_file: Path) -> int:
    """Open the user-folder lock and take its OS lock, or raise WorkshopLockedError."""
    for _attempt in range(_ATTEMPTS):
        fd = os.open(lock_file, OPEN_FLAGS | os.O_CREAT, 0o644)
        try:
            got = try_lock(fd)
            if got is None:  # no OS locks here (some network homes): trust the recorded pid
                holder = read_holder(fd)
                got = holder is None or not pid_alive(holder)
            if not got:
                holder = read_holder(fd)
                raise WorkshopLockedError(_locked_message(path, holder), holder=holder, in_this_process=False)
            if same_file(fd, lock_file):
                return fd
        except BaseException:
            close_unlocked(fd)
            raise
        # the holder released (and removed) it between our open and our lock: start over
        close_unlocked(fd)
    raise WorkshopLockedError(
        f"{path.name}: cannot take the lock (it keeps changing)", holder=None, in_this_process=False
    )


def _locked_message(path: Path, holder: LockHolder | None) -> str:
    if holder is None:
        return f"{path.name} is being opened by another ShopperMap; try again in a moment"
    return f"{path.name} is open in another ShopperMap window ({holder.describe()})"
