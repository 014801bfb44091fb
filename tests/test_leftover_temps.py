"""Temp files of a killed write are removed: at once on SIGTERM, and by the next write or open."""

import os
import signal
import subprocess
import sys

import pytest

from shoppermap import atomic

from .conftest import REPO, run_cli
from .helpers import make_file

CHILD = """
import sys, time
from shoppermap import atomic, cli
cli.handle_termination()
with atomic.replacing(sys.argv[1]) as temp:
    temp.write_bytes(b"x" * 1_000_000)
    print("writing", flush=True)
    time.sleep(60)
"""


def start_writer(target):
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(target)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout.readline().strip() == "writing"
    return child


def hidden(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
def test_sigterm_during_a_write_removes_its_temp_file(tmp_path):
    child = start_writer(tmp_path / "plan.xlsx")
    assert len(hidden(tmp_path)) == 1
    child.send_signal(signal.SIGTERM)
    child.wait(timeout=30)
    assert hidden(tmp_path) == []


@pytest.mark.skipif(os.name == "nt", reason="POSIX signals")
def test_a_killed_export_leaves_a_temp_that_the_next_export_and_open_remove(tmp_path):
    workshop = tmp_path / "w.shoppermap"
    make_file(workshop)[0].close()
    child = start_writer(tmp_path / "plan.xlsx")
    live = hidden(tmp_path)
    assert atomic.remove_leftovers(tmp_path) == 0  # its writer still runs
    child.kill()
    child.wait(timeout=30)
    assert hidden(tmp_path) == live
    assert run_cli("export", str(workshop), "-o", str(tmp_path / "plan.xlsx")).returncode == 0
    assert hidden(tmp_path) == []

    child = start_writer(tmp_path / "other.json")
    child.kill()
    child.wait(timeout=30)
    from shoppermap.storage import WorkshopFile

    WorkshopFile.open(workshop)[0].close()
    assert hidden(tmp_path) == []
