"""Odd inputs get one clear line on stderr and exit 1: never a traceback, never a hang."""

import contextlib
import json
import os
import subprocess
import sys

import pytest

from shoppermap.storage import WorkshopFile, WorkshopFileError

from .conftest import REPO, run_cli
from .helpers import make_file


def one_line_error(result, expected):
    assert result.returncode == 1, result.stdout
    assert result.stderr.count("\n") == 1, result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr


@pytest.fixture
def workshop(tmp_path):
    path = tmp_path / "ok.shoppermap"
    make_file(path)[0].close()
    return path


@pytest.fixture
def workshop_json(tmp_path, workshop):
    out = tmp_path / "ok.json"
    assert run_cli("export", str(workshop), "-o", str(out)).returncode == 0
    return out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("command", ["check", "export", "new-from", "save-framework"])
def test_a_fifo_as_workshop_or_import_is_refused_without_waiting(tmp_path, command):
    fifo = tmp_path / "pipe.shoppermap"
    os.mkfifo(fifo)
    args = {
        "check": ["check", str(fifo)],
        "export": ["export", str(fifo), "-o", str(tmp_path / "out.json")],
        "new-from": ["new", str(tmp_path / "new.shoppermap"), "--from", str(fifo)],
        "save-framework": ["save-framework", str(fifo), "--id", "x", "--name", "X"],
    }[command]
    try:
        env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        command_line = [sys.executable, "-m", "shoppermap", *args]
        result = subprocess.run(command_line, capture_output=True, text=True, env=env, timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("the command waited on the FIFO")
    one_line_error(result, "is not a regular file")


def test_json_nested_thousands_deep_is_one_line(tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text('{"format": "shoppermap-workshop", "journeys": ' + "[" * 5000 + "]" * 5000 + "}")
    one_line_error(run_cli("new", str(tmp_path / "n.shoppermap"), "--from", str(deep)), "nested too deeply")


def test_a_key_given_twice_is_refused(tmp_path, workshop_json):
    text = workshop_json.read_text(encoding="utf-8")
    doubled = text.replace('"journeys": [', '"journeys": [], "journeys": [', 1)
    assert doubled != text
    bad = tmp_path / "twice.json"
    bad.write_text(doubled, encoding="utf-8")
    one_line_error(
        run_cli("new", str(tmp_path / "n.shoppermap"), "--from", str(bad)),
        "the key 'journeys' is given twice",
    )
    assert not (tmp_path / "n.shoppermap").exists()


def test_version_true_is_refused(tmp_path, workshop_json):
    data = json.loads(workshop_json.read_text(encoding="utf-8"))
    data["version"] = True
    bad = tmp_path / "true.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    one_line_error(run_cli("new", str(tmp_path / "n.shoppermap"), "--from", str(bad)), "version True")


@pytest.mark.skipif(os.name == "nt", reason="SQLite's Unix path limit")
def test_a_path_too_long_for_sqlite_is_refused_in_one_line(tmp_path, workshop):
    folder = tmp_path.joinpath(*["f" * 120] * 5)
    folder.mkdir(parents=True)
    target = folder / "deep.shoppermap"
    one_line_error(run_cli("new", str(target)), "the folder path is too long")
    os.replace(workshop, target)
    one_line_error(run_cli("check", str(target)), "the folder path is too long")
    with pytest.raises(WorkshopFileError, match="too long"):
        WorkshopFile.open(target)


@contextlib.contextmanager
def small_disk(tmp_path, free_bytes):
    """A real tmpfs of its own, filled up to leave about `free_bytes` (needs root)."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root on Linux")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        stats = os.statvfs(mount)
        (mount / "filler").write_bytes(b"x" * max(0, stats.f_bavail * stats.f_frsize - free_bytes))
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_disk_full_during_new_is_one_line_and_leaves_nothing(tmp_path):
    with small_disk(tmp_path, 40_000) as disk:
        result = run_cli("new", str(disk / "full.shoppermap"))
        one_line_error(result, "the disk is full")
        assert sorted(p.name for p in disk.iterdir()) == ["filler"]


def test_disk_full_during_an_excel_export_is_one_line_and_leaves_nothing(tmp_path, workshop):
    with small_disk(tmp_path, 4_000) as disk:
        result = run_cli("export", str(workshop), "-o", str(disk / "plan.xlsx"))
        one_line_error(result, "the disk is full")
        assert sorted(p.name for p in disk.iterdir()) == ["filler"]
