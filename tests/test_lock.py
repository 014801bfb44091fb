"""One file, one editor: the workshop lock across windows, processes and crashes."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys

import pytest

from shoppermap.paths import user_data_dir
from shoppermap.storage import lock as lock_module
from shoppermap.storage.lock import LockHolder, WorkshopLock, WorkshopLockedError, lock_file_of

from .conftest import REPO

HOLD = """
import sys, time
from shoppermap.storage.lock import WorkshopLock
lock = WorkshopLock.acquire(sys.argv[1])
print("locked", flush=True)
time.sleep(60)
"""


@pytest.fixture
def holder_process(tmp_path):
    """Start another process that holds the lock of a workshop; yields (process, workshop path)."""
    workshop = tmp_path / "Workshop.shoppermap"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(workshop)], env=env, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout.readline() == "locked\n"
    yield process, workshop
    if process.poll() is None:
        process.kill()
    process.wait()


def test_the_lock_lives_in_the_user_folder_and_names_its_holder(tmp_path):
    workshop = tmp_path / "Workshop.shoppermap"
    workshop.write_bytes(b"")
    lock = WorkshopLock.acquire(workshop)
    assert lock.lock_file.parent == user_data_dir() / "locks"
    data = json.loads(lock.lock_file.read_text(encoding="utf-8"))
    assert data["pid"] == os.getpid()
    assert data["host"] == socket.gethostname()
    assert dt.datetime.fromisoformat(data["since"]).date() == dt.date.today()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Workshop.shoppermap"]  # nothing beside it
    lock.release()
    assert not lock.lock_file.exists()


def test_a_second_window_in_the_same_process_is_refused(tmp_path):
    workshop = tmp_path / "Workshop.shoppermap"
    with WorkshopLock.acquire(workshop):
        with pytest.raises(WorkshopLockedError) as info:
            WorkshopLock.acquire(workshop)
        assert info.value.in_this_process
        assert str(info.value).startswith("Workshop.shoppermap is already open in another window")
        assert info.value.holder.pid == os.getpid()
    with WorkshopLock.acquire(workshop) as again:  # released on leaving the block
        assert again.held


def test_one_file_reached_by_different_paths_has_one_lock(tmp_path, monkeypatch):
    (tmp_path / "sub").mkdir()
    workshop = tmp_path / "Workshop.shoppermap"
    link = tmp_path / "sub" / "link.shoppermap"
    workshop.write_bytes(b"")
    link.symlink_to(workshop)
    monkeypatch.chdir(tmp_path / "sub")
    with WorkshopLock.acquire(workshop):
        for other in ("../Workshop.shoppermap", tmp_path / "sub" / ".." / "Workshop.shoppermap", link):
            with pytest.raises(WorkshopLockedError):
                WorkshopLock.acquire(other)
    assert lock_file_of(tmp_path / "other.shoppermap") != lock_file_of(workshop)


def test_release_twice_is_harmless(tmp_path):
    lock = WorkshopLock.acquire(tmp_path / "w.shoppermap")
    lock.release()
    lock.release()
    assert not lock.held


def test_another_process_is_refused_with_its_pid_and_start_time(holder_process):
    process, workshop = holder_process
    with pytest.raises(WorkshopLockedError) as info:
        WorkshopLock.acquire(workshop)
    message = str(info.value)
    assert message.startswith("Workshop.shoppermap is open in another ShopperMap window (pid ")
    since = info.value.holder.since
    assert dt.datetime.now().astimezone() - since < dt.timedelta(minutes=1)
    assert message.endswith(f"(pid {process.pid} since {since.astimezone():%H:%M})")
    assert "\n" not in message
    assert not info.value.in_this_process
    assert info.value.holder.pid == process.pid


def test_a_second_app_instance_is_refused(holder_process):
    _process, workshop = holder_process
    code = (
        "import sys\n"
        "from shoppermap.storage.lock import WorkshopLock, WorkshopLockedError\n"
        "try:\n"
        "    WorkshopLock.acquire(sys.argv[1])\n"
        "except WorkshopLockedError as exc:\n"
        "    print(exc); sys.exit(3)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    second = subprocess.run(
        [sys.executable, "-c", code, str(workshop)], env=env, capture_output=True, text=True, timeout=60
    )
    assert second.returncode == 3, second.stderr
    assert "is open in another ShopperMap window" in second.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_lock_left_by_a_killed_process_is_cleared(holder_process, caplog):
    process, workshop = holder_process
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert lock_file_of(workshop).exists()  # the dead process could not tidy up
    lock = WorkshopLock.acquire(workshop)
    assert lock.cleared is not None and lock.cleared.pid == process.pid
    assert lock.holder.pid == os.getpid()
    assert "no longer running" in caplog.text
    lock.release()


def test_a_damaged_lock_file_is_cleared(tmp_path):
    workshop = tmp_path / "w.shoppermap"
    stale = lock_file_of(workshop)
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b'{"pid": 12')  # a holder that died while writing it
    with WorkshopLock.acquire(workshop) as lock:
        assert lock.cleared is None
        assert json.loads(stale.read_text(encoding="utf-8"))["pid"] == os.getpid()


def _write_holder(workshop, pid: int) -> None:
    path = lock_file_of(workshop)
    path.parent.mkdir(parents=True, exist_ok=True)
    since = dt.datetime.now().astimezone().isoformat()
    path.write_text(json.dumps({"pid": pid, "host": socket.gethostname(), "since": since}), encoding="utf-8")


def test_without_os_locks_a_live_pid_refuses_and_a_dead_pid_is_cleared(tmp_path, monkeypatch):
    monkeypatch.setattr(lock_module, "_try_lock", lambda fd: None)  # as on a home without OS locks
    workshop = tmp_path / "w.shoppermap"
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        _write_holder(workshop, sleeper.pid)
        with pytest.raises(WorkshopLockedError, match=f"pid {sleeper.pid} since"):
            WorkshopLock.acquire(workshop)
    finally:
        sleeper.kill()
        sleeper.wait()
    with WorkshopLock.acquire(workshop) as lock:
        assert lock.cleared.pid == sleeper.pid


def test_a_holder_on_another_day_and_computer_is_described_so():
    holder = LockHolder(pid=42, host="laptop-of-anna", since=dt.datetime(2026, 3, 1, 9, 5).astimezone())
    assert holder.describe() == "pid 42 on laptop-of-anna since 2026-03-01 09:05"
