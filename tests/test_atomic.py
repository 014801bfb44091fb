"""Every output is written through one temp file and one rename: whole or not at all, same mode."""

from __future__ import annotations

import errno
import logging
import os
import stat

import pytest

from shoppermap import atomic
from shoppermap.export.excel import export_excel
from shoppermap.export.workshop_json import workshop_to_data, write_json

from .helpers import make_file

posix_modes = pytest.mark.skipif(os.name == "nt", reason="Windows has no POSIX file modes")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_target_appears_whole_with_its_content(tmp_path):
    target = tmp_path / "notes.json"
    atomic.write_text(target, "zażółć gęślą jaźń\n")
    assert target.read_text(encoding="utf-8") == "zażółć gęślą jaźń\n"
    with atomic.replacing(target) as temp:
        assert temp.parent == tmp_path and temp.name.startswith(".notes.json.")
        assert temp.is_file() and not temp.stat().st_size  # there for a writer that wants a filename
        temp.write_bytes(b"second")
    assert target.read_bytes() == b"second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.json"]


@pytest.mark.parametrize("error", [RuntimeError, KeyboardInterrupt])
def test_a_failure_mid_write_keeps_the_old_content_and_leaves_no_temp_file(tmp_path, error):
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"the plan sent last week")
    with pytest.raises(error), atomic.replacing(target) as temp:
        temp.write_bytes(b"half a pl")
        raise error
    assert target.read_bytes() == b"the plan sent last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.xlsx"]


def test_a_failed_rename_keeps_the_old_content_and_the_error(tmp_path, monkeypatch):
    target = tmp_path / "w.json"
    target.write_text("old", encoding="utf-8")

    def locked(source, destination):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(PermissionError):
        atomic.write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.json"]


def test_a_missing_folder_is_the_usual_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        atomic.write_text(tmp_path / "gone" / "w.json", "text")


@posix_modes
def test_every_new_output_gets_the_mode_open_would_give(tmp_path):
    expected = 0o666 & ~_umask()
    file, doc = make_file(tmp_path / "w.shoppermap")
    write_json(tmp_path / "w.json", workshop_to_data(doc.workshop))
    export_excel(doc, tmp_path / "plan.xlsx", journeys=doc.workshop.journeys)
    modes = {name: _mode(tmp_path / name) for name in ("w.shoppermap", "w.json", "plan.xlsx")}
    file.close()
    assert modes == dict.fromkeys(modes, expected)


@posix_modes
def test_a_replaced_file_keeps_its_mode(tmp_path):
    target = tmp_path / "w.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    atomic.write_text(target, "new")
    assert _mode(target) == 0o640


def test_the_folder_sync_does_not_fail(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger=atomic.__name__):
        atomic.write_text(tmp_path / "w.json", "text")
    assert caplog.records == []


@pytest.mark.skipif(
    os.name == "nt", reason="atomic never syncs a folder on Windows (a folder cannot be opened there)"
)
def test_a_folder_that_cannot_be_synced_is_logged_and_the_file_kept(tmp_path, monkeypatch, caplog):
    real_fsync = os.fsync

    def no_folder_sync(fd):
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "Invalid argument")
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", no_folder_sync)
    with caplog.at_level(logging.WARNING, logger=atomic.__name__):
        atomic.write_text(tmp_path / "w.json", "text")
    assert (tmp_path / "w.json").read_text(encoding="utf-8") == "text"
    assert "could not sync the folder" in caplog.text
