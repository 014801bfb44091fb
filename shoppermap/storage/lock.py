"""One file, one editor: a lock per open workshop, kept in the user data folder.

Consultants copy workshop folders to USB sticks and shared drives, so nothing is written beside
the workshop. The lock is a small file in `<user data>/locks/`, named after the workshop's
absolute path, holding who has it open (pid, host, since when). While the workshop is open the
process also holds an OS lock on that file (flock on POSIX, msvcrt.locking on Windows); the OS
drops it when the process dies, however it dies, so a lock left by a crash is found and cleared.
Within one process, open paths are tracked too, so a second window is refused as well.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import logging
import os
import socket
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from ..paths import user_data_dir

log = logging.getLogger(__name__)

LOCKS_FOLDER = "locks"
# Windows locks are mandatory, so lock a byte far past the text: the holder stays readable
_WINDOWS_LOCK_OFFSET = 1 << 30

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl


@dataclass(frozen=True)
class LockHolder:
    """Who has a workshop open: process id, computer and local start time."""

    pid: int
    host: str
    since: dt.datetime
    path: str = ""

    def since_text(self) -> str:
        """The local start time: '10:42' today, '2026-11-21 10:42' on another day."""
        when = self.since.astimezone()
        return f"{when:%H:%M}" if when.date() == dt.date.today() else f"{when:%Y-%m-%d %H:%M}"

    def describe(self) -> str:
        """'pid 1234 since 10:42' (naming the computer when it is not this one)."""
        where = "" if self.host == socket.gethostname() else f" on {self.host}"
        return f"pid {self.pid}{where} since {self.since_text()}"


class WorkshopLockedError(Exception):
    """The workshop is open in another window or process; the message is one line for the user.

    `holder` says who has it (None when that cannot be read); `in_this_process` is True when it
    is another window of this very process, which the window may simply bring to the front.
    """

    def __init__(self, message: str, *, holder: LockHolder | None, in_this_process: bool) -> None:
        super().__init__(message)
        self.holder = holder
        self.in_this_process = in_this_process


def normalized_path(path: Path | str) -> str:
    """The absolute path that names a workshop, the same however it was reached."""
    text = os.path.normcase(os.path.realpath(os.path.abspath(path)))
    return text.lower() if sys.platform == "darwin" else text  # macOS disks ignore case by default


def workshop_key(path: Path | str) -> str:
    """A short stable name for a workshop, from its absolute path (for locks and backup folders)."""
    return hashlib.sha256(normalized_path(path).encode("utf-8", "surrogatepass")).hexdigest()[:20]


def lock_file_of(path: Path | str) -> Path:
    """Where the lock of the workshop at `path` lives."""
    return user_data_dir() / LOCKS_FOLDER / f"{workshop_key(path)}.lock"


_held: dict[str, WorkshopLock] = {}
_registry = threading.Lock()


class WorkshopLock:
    """The right to edit one workshop file, held from acquire() until release().

    `cleared` is the holder of a lock left behind by a process that died (None when there was none).
    """

    def __init__(self, path: Path, lock_file: Path, fd: int, holder: LockHolder, cleared: LockHolder | None):
        self.path = path
        self.lock_file = lock_file
        self.holder = holder
        self.cleared = cleared
        self._key = lock_file.stem
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, path: Path | str) -> WorkshopLock:
        """Take the lock for the workshop at `path` (it need not exist yet).

        Raises WorkshopLockedError when another window or process has it.
        """
        path = Path(path)
        lock_file = lock_file_of(path)
        key = lock_file.stem
        with _registry:
            mine = _held.get(key)
            if mine is not None:
                raise WorkshopLockedError(
                    f"{path.name} is already open in another window of this ShopperMap "
                    f"(since {mine.holder.since_text()})",
                    holder=mine.holder,
                    in_this_process=True,
                )
            lock_file.parent.mkdir(parents=True, exist_ok=True)
            fd = _open_locked(path, lock_file)
            try:
                cleared = _read_holder(fd)
                if cleared is not None:
                    log.warning(
                        "cleared the lock on %s left by %s, which is no longer running",
                        path,
                        cleared.describe(),
                    )
                holder = LockHolder(
                    pid=os.getpid(),
                    host=socket.gethostname(),
                    since=dt.datetime.now().astimezone(),
                    path=normalized_path(path),
                )
                _write_holder(fd, holder)
            except BaseException:
                with contextlib.suppress(OSError):
                    _unlock(fd)
                os.close(fd)
                raise
            lock = cls(path, lock_file, fd, holder, cleared)
            _held[key] = lock
            return lock

    @property
    def held(self) -> bool:
        """True until release()."""
        return self._fd is not None

    def release(self) -> None:
        """Give the workshop up (closing the window); calling it again does nothing."""
        with _registry:
            fd, self._fd = self._fd, None
            if fd is None:
                return
            if _held.get(self._key) is self:
                del _held[self._key]
            try:
                # removed while still locked, so whoever opened the old file notices and retries
                os.unlink(self.lock_file)
            except OSError:
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, 0)  # Windows keeps open files: an empty lock holds no one
            with contextlib.suppress(OSError):
                _unlock(fd)
            os.close(fd)

    def __enter__(self) -> WorkshopLock:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()

    def __repr__(self) -> str:
        state = "held" if self.held else "released"
        return f"<WorkshopLock {self.path.name} {state}>"


def _open_locked(path: Path, lock_file: Path) -> int:
    """Open the lock file and take the OS lock, or raise WorkshopLockedError."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
    for _attempt in range(20):
        fd = os.open(lock_file, flags, 0o644)
        try:
            got = _try_lock(fd)
            if got is None:  # no OS locks here (some network homes): trust the recorded pid
                holder = _read_holder(fd)
                got = holder is None or not _pid_alive(holder)
            if not got:
                holder = _read_holder(fd)
                detail = f" ({holder.describe()})" if holder else ""
                raise WorkshopLockedError(
                    f"{path.name} is open in another ShopperMap window{detail}",
                    holder=holder,
                    in_this_process=False,
                )
            if _same_file(fd, lock_file):
                return fd
            # the holder released (and removed) it between our open and our lock: start over
            with contextlib.suppress(OSError):
                _unlock(fd)
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)
    raise WorkshopLockedError(
        f"{path.name}: cannot take the lock (it keeps changing)", holder=None, in_this_process=False
    )


def _try_lock(fd: int) -> bool | None:
    """True when locked, False when another process holds it, None when the OS cannot lock this file."""
    try:
        if sys.platform == "win32":
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK):
            return False
        log.warning("cannot lock %s (%s); relying on process ids", fd, exc)
        return None
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _same_file(fd: int, lock_file: Path) -> bool:
    try:
        on_disk = os.stat(lock_file)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino)


def _read_holder(fd: int) -> LockHolder | None:
    """The holder written in the lock file, or None when it is empty or unreadable."""
    os.lseek(fd, 0, os.SEEK_SET)
    raw = os.read(fd, 4096)
    if not raw.strip():
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
        return LockHolder(
            pid=int(data["pid"]),
            host=str(data["host"]),
            since=dt.datetime.fromisoformat(data["since"]),
            path=str(data.get("path", "")),
        )
    except (ValueError, KeyError, TypeError):
        return None  # half-written by a holder that died while writing it


def _write_holder(fd: int, holder: LockHolder) -> None:
    text = json.dumps(
        {
            "app": "ShopperMap",
            "version": __version__,
            "pid": holder.pid,
            "host": holder.host,
            "since": holder.since.isoformat(timespec="seconds"),
            "path": holder.path,
        },
        ensure_ascii=False,
    )
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, text.encode("utf-8", "surrogatepass") + b"\n")


def _pid_alive(holder: LockHolder) -> bool:
    """Whether the recorded process may still be running (only asked where OS locks fail)."""
    if holder.host != socket.gethostname():
        return True  # cannot tell for another computer: better refused than two editors
    if holder.pid == os.getpid():
        return False  # this process holds no such lock (the in-process table said so)
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel32.OpenProcess(0x1000, False, holder.pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # access denied: it exists
        code = ctypes.c_ulong()
        try:
            return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
