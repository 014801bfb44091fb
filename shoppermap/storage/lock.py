"""One file, one editor: a lock file beside the workshop, honoured by every ShopperMap.

The lock is `.~lock.<file name>#` in the workshop's own folder (LibreOffice's naming, so people
who know office suites recognise the leftover after a crash, and it is hidden on every system).
Being beside the file, it is seen by every user and every computer that reaches the file: two
laptops on a shared drive, two accounts on one machine. It is made with O_CREAT|O_EXCL, so of two
openers exactly one gets it; it holds one line of JSON naming the holder (user, computer, process,
since when, app version); the holder keeps an OS lock on it while the workshop is open, and it is
removed on close. Only a crash leaves it behind, and then:

- on the same computer, the holder is provably gone when the OS lock on the file is free (the OS
  drops it when a process dies; a lock file copied along with its folder is free too) or, where
  the OS cannot lock, when its process no longer runs. Such a lock is cleared and logged;
- from another computer nothing can be known (OS locks do not reliably cross file servers), so
  the opener is refused with the holder and time, and may take over only by asking for it.

A hard link or a second mount reaches one file under another name, whose lock beside it has
another name too. So the process ALSO holds a lock in the user folder, `<user data>/locks/`, named
after the file's device and inode. That one is chosen over an OS lock on the SQLite file itself:
SQLite locks byte ranges of that file with POSIX locks, which a process loses when it closes any
handle on the file, which NFS and SMB clients turn whole-file locks into (blocking every reader,
and `shoppermap check` must keep reading), and whose Windows byte range is where msvcrt would lock.
The user-folder lock is a help, not a condition: a full or read-only user folder only loses it.

SQLite's own locking stays the last line for what no lock file sees (another program, a hard
link reached from another computer): its "database is locked" means "busy, try again".
Within one process, open workshops are tracked by device and inode, so a second window is refused.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import sys
import threading
import time
from enum import Enum
from pathlib import Path

from .file_errors import LockLostError, NotWritableError, WorkshopFileError
from .folder_problems import FolderProblem, folder_problem, reason_of
from .inode_lock import InodeLock, inode_lock_file_of
from .lock_files import (
    OPEN_FLAGS,
    LockHolder,
    WorkshopLockedError,
    close_unlocked,
    hide,
    pid_alive,
    read_holder,
    remove_lock_file,
    same_file,
    try_lock,
    write_holder,
)

__all__ = [
    "LockHolder",
    "LockUnavailableError",
    "WorkshopLock",
    "WorkshopLockedError",
    "inode_lock_file_of",
    "lock_file_of",
]

log = logging.getLogger(__name__)

LOCK_PREFIX = ".~lock."
LOCK_SUFFIX = "#"
# an empty lock file this young is being written by its maker right now, not left by a crash
_BEING_MADE_SECONDS = 10.0
_ATTEMPTS = 20


class LockUnavailableError(NotWritableError):
    """No lock file can be made beside the workshop (read-only folder, full disk): open it read-only.

    `problem` says which, for a message in the user's language.
    """

    def __init__(self, message: str, *, problem: FolderProblem) -> None:
        super().__init__(message)
        self.problem = problem


def normalized_path(path: Path | str) -> str:
    """The absolute path that names a workshop, the same however it was reached."""
    text = os.path.normcase(os.path.realpath(os.path.abspath(path)))
    return text.lower() if sys.platform == "darwin" else text  # macOS disks ignore case by default


def workshop_key(path: Path | str) -> str:
    """A short stable name for a workshop, from its absolute path (for backup folders)."""
    return hashlib.sha256(normalized_path(path).encode("utf-8", "surrogatepass")).hexdigest()[:20]


def lock_file_of(path: Path | str) -> Path:
    """The lock file beside the workshop at `path` (beside the real file, when `path` is a symlink)."""
    real = Path(os.path.realpath(os.path.abspath(path)))
    return real.with_name(f"{LOCK_PREFIX}{real.name}{LOCK_SUFFIX}")


def _identity(path: Path | str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


class _State(Enum):
    GONE = "gone"  # removed while we looked: try again
    LIVE = "live"
    STALE = "stale"
    UNKNOWABLE = "unknowable"


_held: list[WorkshopLock] = []
_registry = threading.Lock()


class WorkshopLock:
    """The right to edit one workshop file, held from acquire() until release().

    `cleared` is the holder of a lock left behind by a process that died, or taken over from
    another computer (None when there was none).
    """

    def __init__(
        self,
        path: Path,
        lock_file: Path,
        fd: int,
        holder: LockHolder,
        cleared: LockHolder | None,
        inode_lock: InodeLock | None = None,
    ) -> None:
        self.path = path
        self.lock_file = lock_file
        self.holder = holder
        self.cleared = cleared
        self.inode_lock = inode_lock
        self._name = normalized_path(path)
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, path: Path | str, *, take_over: LockHolder | None = None) -> WorkshopLock:
        """Take the lock for the workshop at `path` (it need not exist yet).

        Raises WorkshopLockedError when another window or process has it, and LockUnavailableError
        when no lock file can be made beside it. `take_over` replaces a lock that this computer
        cannot judge (WorkshopLockedError.can_take_over), and only while it still names that holder.
        """
        path = Path(path)
        with _registry:
            mine = _held_lock_of(path)
            if mine is not None:
                raise WorkshopLockedError(
                    f"{path.name} is already open in another window of this ShopperMap "
                    f"(since {mine.holder.since_text()})",
                    holder=mine.holder,
                    in_this_process=True,
                )
            lock_file = lock_file_of(path)
            fd, cleared = _take_lock_file(path, lock_file, take_over)
            try:
                holder = LockHolder.me(normalized_path(path))
                write_holder(fd, holder)
                inode_lock = InodeLock.take(path, holder)
            except BaseException as exc:
                with contextlib.suppress(OSError):
                    os.unlink(lock_file)
                close_unlocked(fd)
                if isinstance(exc, OSError):
                    raise _unavailable(path, exc) from None
                raise
            lock = cls(path, lock_file, fd, holder, cleared, inode_lock)
            _held.append(lock)
            return lock

    def cover_new_file(self) -> None:
        """Take the user-folder lock by device and inode too, once the file this lock was taken for exists.

        A help, like that lock itself: whatever goes wrong is logged, and the lock beside stays.
        """
        with _registry:
            if not self.held or self.inode_lock is not None:
                return
            try:
                self.inode_lock = InodeLock.take(self.path, self.holder)
            except WorkshopLockedError as exc:  # a reused inode whose old holder still runs
                log.warning("no second lock in the user folder for %s (%s)", self.path, exc)

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
            if self in _held:
                _held.remove(self)
            if self.inode_lock is not None:
                self.inode_lock.release()
            remove_lock_file(fd, self.lock_file)

    def check_held(self) -> None:
        """Raise LockLostError unless the lock file beside the workshop is still this lock's own.

        A sync client, a user tidying hidden files or another ShopperMap taking over what it judged
        a stale lock removes or replaces it; from then on another editor may write the workshop.
        Two stats, cheap enough to run before every edit.
        """
        fd = self._fd
        if fd is not None and same_file(fd, self.lock_file):
            return
        raise LockLostError(
            f"{self.path.name}: its lock file was removed or taken over by another program since it was opened"
        )

    def is_for(self, path: Path | str) -> bool:
        """Whether this lock covers the file at `path`, by whatever name or link it is reached."""
        if normalized_path(path) == self._name:
            return True
        identity = _identity(path)
        return identity is not None and identity == _identity(self.path)

    def __enter__(self) -> WorkshopLock:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()

    def __repr__(self) -> str:
        state = "held" if self.held else "released"
        return f"<WorkshopLock {self.path.name} {state}>"


def _held_lock_of(path: Path) -> WorkshopLock | None:
    return next((lock for lock in _held if lock.is_for(path)), None)


def _locked_message(path: Path, holder: LockHolder | None, state: _State) -> str:
    if holder is None:
        return f"{path.name} is being opened by another ShopperMap; try again in a moment"
    text = f"{path.name} is open in another ShopperMap window ({holder.describe()})"
    if state is _State.UNKNOWABLE:
        text += "; if ShopperMap stopped there without closing it, it can be taken over"
    return text


def _unavailable(path: Path, exc: OSError) -> LockUnavailableError:
    problem = folder_problem(exc)
    return LockUnavailableError(
        f"{path.name}: no lock file can be made beside it ({reason_of(exc)}), so it opens read-only",
        problem=problem,
    )


def _take_lock_file(
    path: Path, lock_file: Path, take_over: LockHolder | None
) -> tuple[int, LockHolder | None]:
    """Make the lock file (O_EXCL) and lock it; clear a stale one on the way. Returns (fd, cleared)."""
    cleared = None
    for _attempt in range(_ATTEMPTS):
        try:
            fd = os.open(lock_file, OPEN_FLAGS | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            pass
        except OSError as exc:
            if exc.errno == errno.ENOENT and not lock_file.parent.is_dir():
                raise WorkshopFileError(
                    f"{path.name}: the folder {lock_file.parent} does not exist"
                ) from None
            raise _unavailable(path, exc) from None
        else:
            _lock_new_file(fd)
            hide(lock_file)
            return fd, cleared
        state, holder, identity = _judge(lock_file)
        if state is _State.GONE:
            continue
        taking_over = state is _State.UNKNOWABLE and take_over is not None and holder == take_over
        if state is _State.STALE or taking_over:
            if taking_over:
                log.warning("took over %s from %s at the user's request", path, holder.describe())
            elif holder is not None:
                log.warning(
                    "cleared the lock on %s left by %s, which is no longer running", path, holder.describe()
                )
            else:
                log.warning("cleared a damaged lock file beside %s", path)
            _remove_judged(lock_file, identity, path)
            cleared = holder or cleared
            continue
        raise WorkshopLockedError(
            _locked_message(path, holder, state),
            holder=holder,
            in_this_process=False,
            can_take_over=state is _State.UNKNOWABLE,
        )
    raise WorkshopLockedError(
        f"{path.name}: cannot take the lock (it keeps changing)", holder=None, in_this_process=False
    )


def _lock_new_file(fd: int) -> None:
    # someone judging the file may hold its OS lock for a moment: wait that out
    for _attempt in range(50):
        if try_lock(fd) is not False:
            return
        time.sleep(0.01)


def _judge(lock_file: Path) -> tuple[_State, LockHolder | None, tuple[int, int] | None]:
    """Whether an existing lock file still holds someone: (state, its holder, its dev and inode)."""
    try:
        fd = os.open(lock_file, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return _State.GONE, None, None
    except OSError as exc:
        log.warning("cannot read the lock %s (%s)", lock_file, exc)
        return _State.LIVE, None, None
    try:
        holder = read_holder(fd)
        got = try_lock(fd)  # only ever held for this look, then dropped with the handle
        info = os.fstat(fd)
        identity = (info.st_dev, info.st_ino)
        if info.st_nlink == 0 or not same_file(fd, lock_file):
            return _State.GONE, None, None  # its holder closed it while we looked
    finally:
        close_unlocked(fd)
    if got is False:
        return _State.LIVE, holder, identity
    if holder is None:  # empty or half-written: being made right now, or left by a crash
        young = time.time() - info.st_mtime < _BEING_MADE_SECONDS
        return (_State.LIVE if young else _State.STALE), None, identity
    if holder.on_this_host:
        if got is True or not pid_alive(holder):
            return _State.STALE, holder, identity
        return _State.LIVE, holder, identity
    return _State.UNKNOWABLE, holder, identity


def _remove_judged(lock_file: Path, identity: tuple[int, int] | None, path: Path) -> None:
    """Remove a stale lock file, unless it was replaced by a new one since it was judged."""
    if identity is None or _identity(lock_file) != identity:
        return
    try:
        os.unlink(lock_file)
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise _unavailable(path, exc) from None
