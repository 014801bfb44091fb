"""Writing a file so it appears whole or not at all: a temp file beside it, then one rename.

Every output of the app goes through here, so all of them are equally safe and get the same
file mode. Standard library only, without Qt, so every layer (domain included) can use it.

The temp file is `.<target name>.<random>.tmp` in the target's own folder: the rename stays on
one file system (so it is atomic), and a crash leaves a hidden file that is plainly a leftover.

`replacing` hands the block a path rather than an open file: the writers here (SQLite's backup,
openpyxl, QImage, QPdfWriter) each want a filename, and the rest write one string (`write_text`).
"""

from __future__ import annotations

import logging
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)

TEMP_SUFFIX = ".tmp"
# `.<target name>.<pid>-<random>.tmp`, and the journal SQLite may leave beside one
_LEFTOVER = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)-[^.]+\.tmp(-journal)?$")
_ABANDONED_AFTER = 24 * 3600  # seconds; on Windows, where a process cannot be asked after, 1 hour


def _read_umask() -> int:
    # the umask can only be read by setting it, and it is process-wide: for that moment a file
    # another thread creates would get no umask. Reading it once, at import, before the app
    # starts any threads, makes that moment harmless; a lock per call would only guard our calls.
    mask = os.umask(0)
    os.umask(mask)
    return mask


NEW_FILE_MODE = 0o666 & ~_read_umask()


@contextmanager
def replacing(target: Path | str) -> Iterator[Path]:
    """A temp file beside `target` for the block to write; moved over `target` when the block ends.

    The temp file exists (empty) when the block starts, so a writer that wants a filename
    (SQLite, openpyxl, Qt) can use it, and so can Path.write_text. When the block completes,
    the data is fsync'ed, the file gets its mode, replaces `target` with os.replace, and the
    folder is fsync'ed so the rename itself survives a power cut.

    The mode: a new file gets 0o666 & ~umask, like one made with open(), not the private 0600
    of a temp file; a file that replaces another keeps that file's mode, so a plan a user made
    group-writable stays so.

    On any failure, an interrupt included, the temp file is removed, `target` is left as it
    was, and the exception propagates unchanged (OSError from making the temp file or from the
    rename, or whatever the block raised).
    """
    target = Path(target)
    remove_leftovers(target.parent, target_name=target.name)  # of an earlier write that was killed
    # keep the temp name within the usual 255-byte limit for long target names; the pid tells a
    # later sweep whether the writer is still alive
    handle, name = tempfile.mkstemp(
        prefix=f".{target.name[:100]}.{os.getpid()}-", suffix=TEMP_SUFFIX, dir=target.parent
    )
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        _fsync_file(temp)
        os.chmod(temp, stat.S_IMODE(target.stat().st_mode) if target.exists() else NEW_FILE_MODE)
        os.replace(temp, target)
    except BaseException:
        try:
            temp.unlink(missing_ok=True)
        except OSError as exc:
            # e.g. on Windows while a writer still holds it; the original error matters more
            log.warning("could not remove the temp file %s: %s", temp, exc)
        raise
    _fsync_folder(target.parent)


def remove_leftovers(folder: Path | str, *, target_name: str | None = None) -> int:
    """Remove temp files in `folder` whose writer was killed (of `target_name` only, if given).

    A temp file names its writer's process; it is left alone while that process runs (on
    Windows, for an hour) and removed once it is gone, or a day old. Returns how many went.
    """
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        match = _LEFTOVER.match(entry.name)
        if match is None or (target_name is not None and match["name"] != target_name[:100]):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and _abandoned(int(match["pid"]), entry.stat().st_mtime):
                os.unlink(entry.path)
                removed += 1
                log.info("removed the leftover %s", entry.path)
        except OSError as exc:
            log.debug("left %s: %s", entry.path, exc)
    return removed


def _abandoned(pid: int, modified: float) -> bool:
    age = time.time() - modified
    if age > _ABANDONED_AFTER:
        return True
    if os.name == "nt":
        return age > 3600  # os.kill would end the process there, not ask after it
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError):
        return False  # another user's process, or no such pid on this system
    return False


def write_text(target: Path | str, text: str, *, encoding: str = "utf-8") -> None:
    """Write `text` to `target` through `replacing`: the file appears whole or not at all."""
    with replacing(target) as temp:
        temp.write_text(text, encoding=encoding)


def _fsync_file(path: Path) -> None:
    # the writer has closed the file; a new handle flushes the same data (Windows needs write access)
    with open(path, "rb+") as file:
        os.fsync(file.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return  # os.open cannot open a folder on Windows, so there is nothing to sync
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        # the file is already in place; some file systems refuse to sync a folder, and
        # reporting a failure now would tell the user a saved file was not saved
        log.warning("could not sync the folder %s: %s", folder, exc)
