"""Backups of workshops, taken each time one is opened and kept in the user data folder.

Each workshop gets its own folder, `<user data>/backups/<file stem>-<hash of its absolute path>/`,
holding complete copies named by the UTC time they were taken, made with SQLite's backup API so
a copy is consistent even while the workshop is open. The last ten distinct copies are kept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from .. import atomic
from ..paths import user_data_dir
from .file_errors import WorkshopFileError
from .folder_problems import FolderProblem, folder_problem, reason_of
from .lock import WorkshopLock, workshop_key
from .reading import connect_read_only, inspect_file
from .workshop_file import SUFFIX, WorkshopFile

log = logging.getLogger(__name__)

BACKUPS_FOLDER = "backups"
KEEP = 10
_STAMP = "%Y-%m-%d_%H-%M-%S-%fZ"
_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}-\d{6}Z" + re.escape(SUFFIX) + "$")
# temp files of copies in the making; `.~*` is the name older versions gave them
_TEMP_PATTERNS = (f".*{SUFFIX}.*{atomic.TEMP_SUFFIX}", f".~*{SUFFIX}")
_STALE_TEMP_SECONDS = 3600
# header bytes SQLite rewrites on every copy (change counter, version-valid-for, library version)
_VOLATILE_HEADER = ((24, 28), (92, 100))


class BackupError(Exception):
    """A backup that could not be taken or read; the message is one line for the user.

    `problem` says why, in the kinds the window words in the user's language (a full user folder).
    """

    def __init__(self, message: str, *, problem: FolderProblem = FolderProblem.OTHER) -> None:
        super().__init__(message)
        self.problem = problem


class _Unchanged(Exception):
    """Raised inside the write of a backup to drop a copy the newest backup already holds."""

    def __init__(self, backup: Path) -> None:
        super().__init__(backup)
        self.backup = backup


@dataclass(frozen=True)
class BackupInfo:
    """One backup of a workshop, with what a restore dialog shows about it."""

    path: Path
    taken_at: dt.datetime  # local time, aware
    title: str
    journeys: int
    cards: int
    opportunities: int
    gaps: int
    size: int  # bytes


def backups_root() -> Path:
    """The folder holding every workshop's backup folder."""
    return user_data_dir() / BACKUPS_FOLDER


def backup_folder(path: Path | str) -> Path:
    """The backup folder of the workshop at `path`: readable stem plus a hash of the absolute path."""
    path = Path(path)
    stem = re.sub(r"[^\w\- ]+", "_", path.stem, flags=re.UNICODE).strip(" ._")[:40] or "workshop"
    return backups_root() / f"{stem}-{workshop_key(path)[:10]}"


def take_backup(file: WorkshopFile | Path | str, *, keep: int = KEEP) -> Path:
    """Copy a workshop (an open WorkshopFile, or a path) into its backup folder; returns the copy.

    The original is only read. When the newest backup already holds the same content, no new
    copy is made and that backup is returned, so reopening an unchanged workshop never pushes
    older, different backups out. Then only the newest `keep` backups are kept.
    Raises BackupError (or WorkshopFileError for a path that is no workshop).
    """
    if keep < 1:
        raise ValueError("keep at least one backup")
    if isinstance(file, WorkshopFile):
        path, source, own_source = file.path, file.conn, False
    else:
        path = Path(file)
        inspect_file(path)
        path, source, own_source = path, connect_read_only(path), True
    folder = backup_folder(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        result = _free_name(folder, dt.datetime.now(dt.UTC))
        with atomic.replacing(result) as temp:
            _copy_database(source, temp)
            existing = _backup_files(folder)
            if existing and _same_content(temp, existing[0]):
                raise _Unchanged(existing[0])  # leaving the block this way drops the temp file
    except _Unchanged as unchanged:
        result = unchanged.backup
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(
            f"{path.name}: cannot take a backup ({reason_of(exc)})", problem=folder_problem(exc)
        ) from None
    finally:
        if own_source:
            source.close()
    _prune(folder, keep)
    log.info("backup of %s: %s", path, result)
    return result


def list_backups(path: Path | str) -> list[BackupInfo]:
    """The backups of the workshop at `path` (it need not exist any more), newest first.

    A backup that cannot be read is left out (and logged).
    """
    found = []
    for backup in _backup_files(backup_folder(path)):
        try:
            found.append(_describe(backup))
        except (sqlite3.Error, OSError) as exc:
            log.warning("skipped the unreadable backup %s: %s", backup, exc)
    return found


def restore_backup(backup_path: Path | str, destination: Path | str, *, overwrite: bool = False) -> Path:
    """Write a backup to `destination` as a workshop of its own; the file appears whole or not at all.

    Refuses to replace a workshop that is open (WorkshopLockedError) or, unless `overwrite`,
    any existing file. Raises WorkshopFileError when the backup is damaged or the place is wrong.
    """
    backup_path, destination = Path(backup_path), Path(destination)
    checked, _workshop = WorkshopFile.open(backup_path, read_only=True)  # refuse a damaged backup
    checked.close()
    if destination.is_dir():
        raise WorkshopFileError(f"{destination.name}: is a folder")
    if destination.exists() and not overwrite:
        raise WorkshopFileError(f"{destination.name}: already exists; choose another name")
    directory = destination.parent if str(destination.parent) else Path(".")
    if not directory.is_dir():
        raise WorkshopFileError(f"{destination.name}: the folder {directory} does not exist")
    with WorkshopLock.acquire(destination):  # never swap a file out from under an open window
        source = connect_read_only(backup_path)
        try:
            with atomic.replacing(destination) as temp:
                _copy_database(source, temp)
        except (OSError, sqlite3.Error) as exc:
            raise WorkshopFileError(f"{destination.name}: cannot be written ({reason_of(exc)})") from None
        finally:
            source.close()
    return destination


def suggested_restore_path(workshop_path: Path | str, backup: BackupInfo) -> Path:
    """A free name beside the workshop for a restored copy: 'Name (backup 2026-11-22 10.42).shoppermap'."""
    workshop_path = Path(workshop_path)
    stamp = f"{backup.taken_at:%Y-%m-%d %H.%M}"
    candidate = workshop_path.with_name(f"{workshop_path.stem} (backup {stamp}){SUFFIX}")
    n = 2
    while candidate.exists():
        candidate = workshop_path.with_name(f"{workshop_path.stem} (backup {stamp}) {n}{SUFFIX}")
        n += 1
    return candidate


# --- internals -------------------------------------------------------------------------------


def _copy_database(source: sqlite3.Connection, temp: Path) -> None:
    """A complete copy of `source` in `temp` (inside atomic.replacing, which moves it into place)."""
    target = sqlite3.connect(str(temp))
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()


def _backup_files(folder: Path) -> list[Path]:
    """The backups in a folder, newest first (their names sort by time)."""
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if _NAME.match(p.name)), key=lambda p: p.name, reverse=True)


def _same_content(a: Path, b: Path) -> bool:
    first, second = bytearray(a.read_bytes()), bytearray(b.read_bytes())
    if len(first) != len(second):
        return False
    for start, end in _VOLATILE_HEADER:
        first[start:end] = second[start:end] = bytes(end - start)
    return first == second


def _free_name(folder: Path, when: dt.datetime) -> Path:
    while True:
        candidate = folder / f"{when:{_STAMP}}{SUFFIX}"
        if not candidate.exists():
            return candidate
        when += dt.timedelta(microseconds=1)  # a coarse clock: keep names unique and in order


def _prune(folder: Path, keep: int) -> None:
    for old in _backup_files(folder)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
    # copies abandoned by a process that died while writing them
    limit = time.time() - _STALE_TEMP_SECONDS
    for pattern in _TEMP_PATTERNS:
        for temp in folder.glob(pattern):
            with contextlib.suppress(OSError):
                if temp.stat().st_mtime < limit:
                    temp.unlink()


def _describe(backup: Path) -> BackupInfo:
    stamp = backup.name.removesuffix(SUFFIX)
    taken_at = dt.datetime.strptime(stamp, _STAMP).replace(tzinfo=dt.UTC).astimezone()
    conn = connect_read_only(backup)
    try:

        def count(table: str) -> int:
            return conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]

        row = conn.execute("SELECT title FROM workshop WHERE id = 1").fetchone()
        return BackupInfo(
            path=backup,
            taken_at=taken_at,
            title=(row[0] or "") if row else "",
            journeys=count("journeys"),
            cards=count("cards"),
            opportunities=count("opportunities"),
            gaps=count("gaps"),
            size=backup.stat().st_size,
        )
    finally:
        conn.close()
