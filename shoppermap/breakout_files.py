"""Group copies as files: where each goes and writing them, for the command line and the window."""

from __future__ import annotations

import re
from pathlib import Path

from .domain.handout import hand_out
from .storage import WorkshopFile

SUFFIX = ".shoppermap"
UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class HandoutFileError(Exception):
    """Copies that cannot be written; the message is one line for the user."""


def copy_path(folder: Path, source: Path, group: str) -> Path:
    """Where a group's copy goes: 'Workshop - Grupa A.shoppermap' in `folder`."""
    stem = UNSAFE_IN_NAMES.sub("_", f"{source.stem} - {group}").strip(" .")
    return folder / f"{stem}{SUFFIX}"


def hand_out_files(
    source: Path, folder: Path, groups: list[str], *, focus: dict[str, str] | None = None
) -> list[Path]:
    """Write one copy of the workshop file per group into `folder`; none when one would overwrite a file.

    `focus` maps a group to the id of the stage or journey it works on.
    """
    if not folder.is_dir():
        raise HandoutFileError(f"{folder}: no such folder")
    file, workshop = WorkshopFile.open(source, read_only=True)
    file.close()
    paths = [copy_path(folder, source, group) for group in groups]
    existing = next((p for p in paths if p.exists()), None)
    if existing is not None:
        raise HandoutFileError(f"{existing.name}: already exists; choose another folder")
    if len({p.name.casefold() for p in paths}) < len(paths):
        raise HandoutFileError("two groups would get the same file name; name them apart")
    copies = [hand_out(workshop, group=g, focus=(focus or {}).get(g)) for g in groups]  # all checked first
    for copy, path in zip(copies, paths, strict=True):
        WorkshopFile.create(path, copy).close()
    return paths
