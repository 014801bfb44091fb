"""A process killed with SIGKILL in a burst of edits loses no edit it reported, and the file stays sound."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time

import pytest

from shoppermap.cli import main
from shoppermap.domain.document import Document, Kind
from shoppermap.domain.models import Competitor
from shoppermap.export.workshop_json import workshop_to_data
from shoppermap.storage import NotWritableError, WorkshopFile

from .conftest import REPO
from .crash_child import apply_edit, next_edit
from .helpers import make_file

SEEDS = (11, 23, 37, 41, 59, 73)


def _prepare(path) -> None:
    file, doc = make_file(path)
    for index, name in enumerate(("Brand X", "Marka Y 🥨")):
        doc.insert(Kind.COMPETITOR, None, index, Competitor(id=f"comp{index}", name=name))
    file.close()


def _run_and_kill(path, seed: int, kill_after: int, pause: float) -> tuple[list[str], int]:
    """Start the child, kill it with SIGKILL after `kill_after` reported edits; return every report."""
    command = [sys.executable, "-m", "tests.crash_child", str(path), str(seed)]
    reports, returncode = _kill_after_lines(command, kill_after, pause)
    assert all(" refused" not in line for line in reports), "the generator made an invalid edit"
    return reports, returncode


def _kill_after_lines(command: list[str], kill_after: int, pause: float) -> tuple[list[str], int]:
    """Run `command`, SIGKILL it `pause` seconds after its `kill_after`-th line past "ready".

    Returns every whole line it printed after "ready", up to its death, and its return code.
    """
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    child = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout.readline() == "ready\n", child.stderr.read()
        reports = []
        while len(reports) < kill_after:
            line = child.stdout.readline()
            assert line, f"the child stopped on its own: {child.stderr.read()}"
            reports.append(line)
        time.sleep(pause)  # land the kill anywhere inside the next edit, commit included
        child.kill()  # SIGKILL on POSIX: no cleanup, no atexit, no flush
        # read through child.stdout, not communicate(): communicate reads the pipe's descriptor
        # and drops the lines readline() already buffered, edits that were reported and committed
        rest = child.stdout.read()
        child.stderr.read()
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    # the pipe keeps whatever the child wrote before it died; a cut-off last line was never reported
    reports += rest.splitlines(keepends=True)
    return [line for line in reports if line.endswith("\n")], child.returncode


LINES_AT_ONCE = """
import sys, time
sys.stdout.write("ready\\n" + "".join(f"{i} update ok\\n" for i in range(40)))
sys.stdout.flush()
time.sleep(60)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_every_line_the_child_printed_before_the_kill_is_counted():
    # the lines arrive in one write, so the first readline() buffers them all: the count must
    # still hold every one, or a committed edit looks lost (what once failed seed 73)
    reports, returncode = _kill_after_lines([sys.executable, "-c", LINES_AT_ONCE], 1, 0.0)
    assert returncode == -9
    assert reports == [f"{i} update ok\n" for i in range(40)]


def _expected_states(workshop, seed: int, reported: int) -> list[dict]:
    """The workshop JSON after the reported edits, and after one more (which may have committed)."""
    replica = Document(workshop)  # in memory, the same editing code as the child
    rng = random.Random(seed)
    for _ in range(reported):
        apply_edit(replica, next_edit(replica, rng))
    after_reported = workshop_to_data(replica.workshop)
    apply_edit(replica, next_edit(replica, rng))
    return [after_reported, workshop_to_data(replica.workshop)]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX; the Windows kill is not tested")
@pytest.mark.parametrize("seed", SEEDS)
def test_killed_child_loses_no_reported_edit(tmp_path, seed):
    path = tmp_path / "workshop.shoppermap"
    _prepare(path)
    file, initial = WorkshopFile.open(path, read_only=True)
    file.close()
    chooser = random.Random(seed * 7919)
    kill_after = chooser.randrange(5, 300)

    reports, returncode = _run_and_kill(path, seed, kill_after, pause=chooser.uniform(0, 0.004))

    assert returncode == -9
    assert len(reports) >= kill_after
    # the app's own open must cope with whatever the kill left, a hot journal included
    file, workshop = WorkshopFile.open(path)
    assert file.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    file.close()
    actual = workshop_to_data(workshop)
    after_reported, after_next = _expected_states(initial, seed, len(reports))
    assert actual in (after_reported, after_next), _first_difference(actual, after_reported)


def _first_difference(actual, expected, where="") -> str:
    if isinstance(actual, dict) and isinstance(expected, dict):
        for key in sorted(set(actual) | set(expected)):
            if actual.get(key) != expected.get(key):
                return _first_difference(actual.get(key), expected.get(key), f"{where}.{key}")
    if isinstance(actual, list) and isinstance(expected, list) and len(actual) == len(expected):
        for index, (a, e) in enumerate(zip(actual, expected, strict=True)):
            if a != e:
                return _first_difference(a, e, f"{where}[{index}]")
    return f"first difference at {where or 'top'}: file has {str(actual)[:200]!r}, expected {str(expected)[:200]!r}"


HALF_COMMITTED = """
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA cache_size=1")  # spill changed pages into the file before the commit
conn.execute("BEGIN")
conn.execute("UPDATE cards SET notes = ?", ["half-saved " * 500])
conn.execute("UPDATE journeys SET name = 'never committed'")
os.kill(os.getpid(), signal.SIGKILL)
"""


def _killed_mid_transaction(tmp_path):
    """A workshop whose writer died with changed pages in the file and a hot journal beside it."""
    path = tmp_path / "workshop.shoppermap"
    file, doc = make_file(path)
    doc.update(doc.workshop.journeys[0].id, name="Committed")
    expected = workshop_to_data(doc.workshop)
    file.close()
    child = subprocess.run([sys.executable, "-c", HALF_COMMITTED, str(path)], capture_output=True, timeout=60)
    assert child.returncode == -9, child.stderr
    journal = tmp_path / "workshop.shoppermap-journal"
    assert journal.stat().st_size > 0
    return path, journal, expected


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_opening_after_a_crash_mid_commit_rolls_back_to_the_last_commit(tmp_path):
    path, journal, expected = _killed_mid_transaction(tmp_path)
    file, workshop = WorkshopFile.open(path)
    assert file.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    file.close()
    assert workshop_to_data(workshop) == expected
    assert workshop.journeys[0].name == "Committed"
    assert not journal.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_check_after_a_crash_mid_commit_reports_a_sound_file(tmp_path, capsys):
    path, _journal, _expected = _killed_mid_transaction(tmp_path)
    assert main(["check", str(path)]) == 0
    assert "integrity: ok" in capsys.readouterr().out


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_crashed_workshop_on_read_only_media_says_how_to_repair_it(tmp_path, monkeypatch):
    path, journal, _expected = _killed_mid_transaction(tmp_path)
    before = path.read_bytes(), journal.read_bytes()
    monkeypatch.setattr(os, "access", lambda *args, **kwargs: False)  # as on a locked USB stick
    with pytest.raises(NotWritableError) as info:
        WorkshopFile.open(path, read_only=True)
    assert str(info.value) == (
        "workshop.shoppermap: was left half-saved by a crash and cannot be repaired here (read-only); "
        "copy it together with 'workshop.shoppermap-journal' to a writable folder and open it there"
    )
    assert (path.read_bytes(), journal.read_bytes()) == before
