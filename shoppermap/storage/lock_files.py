"""The small files behind the one-editor lock: OS locks on them, and who they say holds them.

A lock file holds one line of JSON naming its holder (user, computer, process, since when, app
version). While a workshop is open its process keeps an OS lock on the file (flock on POSIX,
msvcrt.locking on Windows), which the OS drops when the process dies, however it dies. The
error that names a holder lives here too, so both the lock beside a workshop (lock.py) and the
one in the user folder (inode_lock.py) raise it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import getpass
import json
import logging
import os
import socket
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__

log = logging.getLogger(__name__)

# Windows locks are mandatory, so lock a byte far past the text: the holder stays readable
_WINDOWS_LOCK_OFFSET = 1 << 30
OPEN_FLAGS = os.O_RDWR | getattr(os, "O_BINARY", 0)

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl


def this_host() -> str:
    """This computer's name, as lock files record it."""
    return socket.gethostname()


def this_user() -> str:
    """The signed-in user's name, as lock files record it ('' when the system cannot say)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (a service, a container without passwd)
        return ""


@dataclass(frozen=True)
class LockHolder:
    """Who has a workshop open: user, computer, process, local start time and app version."""

    pid: int
    host: str
    since: dt.datetime
    path: str = ""
    user: str = ""
    version: str = field(default="", compare=False)

    @classmethod
    def me(cls, path: str) -> LockHolder:
        """This process, from now on."""
        return cls(
            pid=os.getpid(),
            host=this_host(),
            since=dt.datetime.now().astimezone(),
            path=path,
            user=this_user(),
            version=__version__,
        )

    @property
    def on_this_host(self) -> bool:
        """True when the holder is (or was) a process on this computer."""
        return self.host == this_host()

    def since_text(self) -> str:
        """The local start time: '10:42' today, '2026-11-21 10:42' on another day."""
        when = self.since.astimezone()
        return f"{when:%H:%M}" if when.date() == dt.date.today() else f"{when:%Y-%m-%d %H:%M}"

    def describe(self) -> str:
        """'anna since 10:42', naming the computer when it is not this one."""
        who = self.user or "someone"
        where = "" if self.on_this_host else f" on {self.host}"
        return f"{who}{where} since {self.since_text()}"


class WorkshopLockedError(Exception):
    """The workshop is open in another window or process; the message is one line for the user.

    `holder` says who has it (None when that cannot be read); `in_this_process` is True when it
    is another window of this very process, which the window may simply bring to the front.
    `can_take_over` is True when the holder is on another computer, so nobody here can know
    whether it still has the file open: the user may take over, knowingly.
    """

    def __init__(
        self, message: str, *, holder: LockHolder | None, in_this_process: bool, can_take_over: bool = False
    ) -> None:
        super().__init__(message)
        self.holder = holder
        self.in_this_process = in_this_process
        self.can_take_over = can_take_over


def try_lock(fd: int) -> bool | None:
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


def unlock(fd: int) -> None:
    """Give up the OS lock taken by try_lock."""
    if sys.platform == "win32":
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)


def close_unlocked(fd: int) -> None:
    """Unlock (where locked) and close, ignoring what the OS says: used on the way out."""
    with contextlib.suppress(OSError):
        unlock(fd)
    with contextlib.suppress(OSError):
        os.close(fd)


def same_file(fd: int, path: os.PathLike | str) -> bool:
    """Whether `path` still names the file open as `fd` (it was not removed or replaced)."""
    try:
        on_disk = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino)


def read_holder(fd: int) -> LockHolder | None:
    """The holder written in a lock file, or None when it is empty or unreadable."""
    os.lseek(fd, 0, os.SEEK_SET)
    raw = os.read(fd, 4096)
    if not raw.strip():
        return None
    try:
        data = json.loads(raw.decode("utf-8", "surrogatepass"))
        return LockHolder(
            pid=int(data["pid"]),
            host=str(data["host"]),
            since=dt.datetime.fromisoformat(data["since"]),
            path=str(data.get("path", "")),
            user=str(data.get("user", "")),
            version=str(data.get("version", "")),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None  # half-written by a holder that died while writing it


def write_holder(fd: int, holder: LockHolder) -> None:
    """Write `holder` into a lock file, replacing what it held."""
    text = json.dumps(
        {
            "app": "ShopperMap",
            "version": holder.version or __version__,
            "user": holder.user,
            "host": holder.host,
            "pid": holder.pid,
            "since": holder.since.isoformat(timespec="seconds"),
            "path": holder.path,
        },
        ensure_ascii=False,
    )
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, text.encode("utf-8", "surrogatepass") + b"\n")
    os.fsync(fd)  # the lock must be on the disk before the workshop is, for whoever looks next


def pid_alive(holder: LockHolder) -> bool:
    """Whether the recorded process may still be running (asked only where OS locks say nothing)."""
    if not holder.on_this_host:
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


def hide(path: os.PathLike | str) -> None:
    """Mark a file hidden on Windows (elsewhere its leading dot already hides it)."""
    if sys.platform != "win32":
        return
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.windll.kernel32.SetFileAttributesW(str(path), 0x2)  # FILE_ATTRIBUTE_HIDDEN


def remove_lock_file(fd: int, lock_file: Path) -> None:
    """Remove our lock file and let go of it, so nobody can take an old file for a live lock."""
    if sys.platform == "win32":
        # an open file cannot be removed here: empty it first (an empty young file holds
        # off others for the moment between closing and removing), then close and remove
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        close_unlocked(fd)
        with contextlib.suppress(OSError):
            os.unlink(lock_file)
        return
    try:
        os.unlink(lock_file)  # removed while still locked: whoever opened it sees it gone
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("cannot remove the lock %s (%s)", lock_file, exc)
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
    close_unlocked(fd)
