"""Folders that refuse writes: read-only, or full, for real where the system allows it.

Root ignores file permissions, so as root these are tiny tmpfs mounts (read-only or filled to the
last byte); as another user a read-only folder is a chmod, and a full one needs root (skipped).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

IS_ROOT = sys.platform != "win32" and os.geteuid() == 0


def _mount(folder: Path, options: str) -> bool:
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True, timeout=30
    )
    return result.returncode == 0


def _unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=30)


@contextlib.contextmanager
def read_only_folder(folder: Path, *, holding: list[Path] = ()) -> Iterator[Path]:
    """`folder` made read-only, holding copies of the files in `holding` (yields it)."""
    folder.mkdir(parents=True, exist_ok=True)
    if IS_ROOT:
        if not _mount(folder, "size=4m,mode=0755"):
            pytest.skip("cannot mount a tmpfs here")
        try:
            for source in holding:
                shutil.copy2(source, folder / source.name)
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, timeout=30)
            yield folder
        finally:
            _unmount(folder)
        return
    for source in holding:
        shutil.copy2(source, folder / source.name)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        yield folder
    finally:
        folder.chmod(stat.S_IRWXU)


@contextlib.contextmanager
def full_folder(folder: Path) -> Iterator[Path]:
    """`folder` on a 64 KiB file system with not one byte left (needs root; skipped otherwise)."""
    if not IS_ROOT:
        pytest.skip("a full folder needs a tiny tmpfs, which needs root")
    folder.mkdir(parents=True, exist_ok=True)
    if not _mount(folder, "size=64k,mode=0755"):
        pytest.skip("cannot mount a tmpfs here")
    try:
        (folder / "locks").mkdir()  # what the app would make on first use, made before it fills
        with contextlib.suppress(OSError), open(folder / "filler", "wb") as filler:
            while True:
                filler.write(b"\0" * 4096)
                filler.flush()
        yield folder
    finally:
        _unmount(folder)
