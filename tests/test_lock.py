"""One file, one editor: the lock beside the workshop, across windows, processes, users and computers."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

from shoppermap import __version__
from shoppermap.storage import lock as lock_module
from shoppermap.storage import lock_files
from shoppermap.storage.folder_problems import FolderProblem
from shoppermap.storage.lock import (
    LockHolder,
    LockUnavailableError,
    WorkshopLock,
    WorkshopLockedError,
    inode_lock_file_of,
    lock_file_of,
)

from .conftest import REPO
from .folders import full_folder, read_only_folder

HOLD = """
import sys, time
from shoppermap.storage.lock import WorkshopLock
lock = WorkshopLock.acquire(sys.argv[1])
print("locked", flush=True)
time.sleep(60)
"""


def start_holder(workshop, *, home=None) -> subprocess.Popen:
    """Another process holding the lock of `workshop` (with its own user folder when `home` is given)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    if home is not None:
        env["SHOPPERMAP_HOME"] = str(home)
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(workshop)], env=env, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout.readline() == "locked\n"
    return process


@pytest.fixture
def holder_process(tmp_path):
    """Start another process that holds the lock of a workshop; yields (process, workshop path)."""
    workshop = tmp_path / "Workshop.shoppermap"
    workshop.write_bytes(b"")
    process = start_holder(workshop)
    yield process, workshop
    if process.poll() is None:
        process.kill()
    process.wait()


def write_lock_file(workshop, **fields) -> None:
    """A lock file beside `workshop` as another ShopperMap would write it."""
    data = {"app": "ShopperMap", "version": "0.9", "user": "anna", "host": socket.gethostname(), "pid": 1}
    data["since"] = dt.datetime(2026, 3, 1, 9, 5).astimezone().isoformat()
    data.update(fields)
    lock_file_of(workshop).write_text(json.dumps(data), encoding="utf-8")


def test_the_lock_lives_beside_the_workshop_and_names_its_holder(tmp_path):
    workshop = tmp_path / "Workshop.shoppermap"
    workshop.write_bytes(b"")
    lock = WorkshopLock.acquire(workshop)
    assert lock.lock_file == tmp_path / ".~lock.Workshop.shoppermap#"
    data = json.loads(lock.lock_file.read_text(encoding="utf-8"))
    assert data["pid"] == os.getpid()
    assert data["host"] == socket.gethostname()
    assert data["user"] == lock_files.this_user() != ""
    assert data["version"] == __version__
    assert dt.datetime.fromisoformat(data["since"]).date() == dt.date.today()
    lock.release()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Workshop.shoppermap"]  # removed on close


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
    assert lock_file_of(link) == lock_file_of(workshop)  # a symlink's lock is beside the real file
    assert lock_file_of(tmp_path / "other.shoppermap") != lock_file_of(workshop)


def test_a_hard_link_in_this_process_is_the_same_workshop(tmp_path):
    workshop = tmp_path / "Workshop.shoppermap"
    workshop.write_bytes(b"")
    (tmp_path / "elsewhere").mkdir()
    hard_link = tmp_path / "elsewhere" / "Other name.shoppermap"
    os.link(workshop, hard_link)
    with WorkshopLock.acquire(workshop):
        with pytest.raises(WorkshopLockedError) as info:
            WorkshopLock.acquire(hard_link)
        assert info.value.in_this_process


def test_a_hard_link_opened_by_another_process_is_refused(holder_process, tmp_path):
    _process, workshop = holder_process
    hard_link = tmp_path / "Other name.shoppermap"
    os.link(workshop, hard_link)
    assert lock_file_of(hard_link) != lock_file_of(workshop)  # the file beside cannot see it…
    assert inode_lock_file_of(hard_link).exists()  # …the lock by device and inode does
    with pytest.raises(WorkshopLockedError) as info:
        WorkshopLock.acquire(hard_link)
    assert not info.value.in_this_process and not info.value.can_take_over
    assert not lock_file_of(hard_link).exists()  # the refused opener left nothing behind


def test_another_process_is_refused_with_its_user_and_start_time(holder_process):
    process, workshop = holder_process
    with pytest.raises(WorkshopLockedError) as info:
        WorkshopLock.acquire(workshop)
    message = str(info.value)
    since = info.value.holder.since
    assert dt.datetime.now().astimezone() - since < dt.timedelta(minutes=1)
    assert message == (
        f"Workshop.shoppermap is open in another ShopperMap window "
        f"({lock_files.this_user()} since {since.astimezone():%H:%M})"
    )
    assert not info.value.in_this_process and not info.value.can_take_over
    assert info.value.holder.pid == process.pid
    assert info.value.holder.user == lock_files.this_user()


def test_another_user_with_another_user_folder_is_refused(tmp_path):
    # two OS accounts share the workshop's folder but not their user folders
    workshop = tmp_path / "Workshop.shoppermap"
    workshop.write_bytes(b"")
    process = start_holder(workshop, home=tmp_path / "other-user-home")
    try:
        with pytest.raises(WorkshopLockedError) as info:
            WorkshopLock.acquire(workshop)
        assert info.value.holder.pid == process.pid
    finally:
        process.kill()
        process.wait()


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
    assert not lock_file_of(workshop).exists()


def test_a_lock_file_copied_with_its_folder_holds_nobody(tmp_path):
    # this computer, a running process, but no OS lock on the file: a copy of a live lock
    workshop = tmp_path / "Workshop.shoppermap"
    workshop.write_bytes(b"")
    write_lock_file(workshop, pid=os.getppid())
    with WorkshopLock.acquire(workshop) as lock:
        assert lock.cleared.user == "anna"
        assert json.loads(lock.lock_file.read_text(encoding="utf-8"))["pid"] == os.getpid()


def test_a_lock_from_another_computer_is_refused_and_taken_over_only_on_request(tmp_path, caplog):
    workshop = tmp_path / "Workshop.shoppermap"
    workshop.write_bytes(b"")
    write_lock_file(workshop, host="laptop-of-anna", pid=4242)
    with pytest.raises(WorkshopLockedError) as info:
        WorkshopLock.acquire(workshop)
    assert info.value.can_take_over and not info.value.in_this_process
    holder = info.value.holder
    assert (holder.user, holder.host, holder.version) == ("anna", "laptop-of-anna", "0.9")
    assert "(anna on laptop-of-anna since 2026-03-01 09:05)" in str(info.value)
    assert json.loads(lock_file_of(workshop).read_text(encoding="utf-8"))["host"] == "laptop-of-anna"

    someone_else = LockHolder(pid=4242, host="laptop-of-anna", since=holder.since, user="piotr")
    with pytest.raises(WorkshopLockedError):
        WorkshopLock.acquire(workshop, take_over=someone_else)  # not the holder the user was shown

    with WorkshopLock.acquire(workshop, take_over=holder) as lock:
        assert lock.cleared == holder
        assert json.loads(lock.lock_file.read_text(encoding="utf-8"))["host"] == socket.gethostname()
    assert "took over" in caplog.text and "anna on laptop-of-anna" in caplog.text


def test_take_over_never_applies_to_a_live_lock(holder_process):
    _process, workshop = holder_process
    with pytest.raises(WorkshopLockedError) as info:
        WorkshopLock.acquire(workshop)
    with pytest.raises(WorkshopLockedError):
        WorkshopLock.acquire(workshop, take_over=info.value.holder)


def test_a_damaged_lock_file_is_cleared_once_it_is_old(tmp_path):
    workshop = tmp_path / "w.shoppermap"
    stale = lock_file_of(workshop)
    stale.write_bytes(b'{"pid": 12')  # a holder that died while writing it, or one writing it now
    with pytest.raises(WorkshopLockedError, match="being opened by another ShopperMap"):
        WorkshopLock.acquire(workshop)
    an_hour_ago = time.time() - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    with WorkshopLock.acquire(workshop) as lock:
        assert lock.cleared is None
        assert json.loads(stale.read_text(encoding="utf-8"))["pid"] == os.getpid()


def test_without_os_locks_a_live_pid_refuses_and_a_dead_pid_is_cleared(tmp_path, monkeypatch):
    monkeypatch.setattr(lock_module, "try_lock", lambda fd: None)  # as on a share without OS locks
    workshop = tmp_path / "w.shoppermap"
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        write_lock_file(workshop, pid=sleeper.pid)
        with pytest.raises(WorkshopLockedError, match="anna since"):
            WorkshopLock.acquire(workshop)
    finally:
        sleeper.kill()
        sleeper.wait()
    with WorkshopLock.acquire(workshop) as lock:
        assert lock.cleared.pid == sleeper.pid


def test_a_read_only_folder_takes_no_lock_and_says_why(tmp_path):
    workshop = tmp_path / "source" / "Workshop.shoppermap"
    workshop.parent.mkdir()
    workshop.write_bytes(b"")
    with (
        read_only_folder(tmp_path / "media", holding=[workshop]) as media,
        pytest.raises(LockUnavailableError) as info,
    ):
        WorkshopLock.acquire(media / "Workshop.shoppermap")
    assert info.value.problem is FolderProblem.READ_ONLY
    assert str(info.value).startswith("Workshop.shoppermap: no lock file can be made beside it (")


def test_a_full_folder_takes_no_lock_and_leaves_no_empty_lock_file(tmp_path):
    with full_folder(tmp_path / "stick") as stick:
        workshop = stick / "Workshop.shoppermap"
        with pytest.raises(LockUnavailableError) as info:
            WorkshopLock.acquire(workshop)
        assert info.value.problem is FolderProblem.FULL
        assert not lock_file_of(workshop).exists()


def test_a_lock_file_that_cannot_be_written_is_removed_again(tmp_path, monkeypatch):
    def full(fd, holder):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lock_module, "write_holder", full)
    workshop = tmp_path / "w.shoppermap"
    with pytest.raises(LockUnavailableError) as info:
        WorkshopLock.acquire(workshop)
    assert info.value.problem is FolderProblem.FULL
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_or_full_user_folder_costs_only_the_second_lock(tmp_path, monkeypatch, caplog):
    workshop = tmp_path / "work" / "Workshop.shoppermap"
    workshop.parent.mkdir()
    workshop.write_bytes(b"")
    for broken in (read_only_folder(tmp_path / "ro-home"), full_folder(tmp_path / "full-home")):
        with broken as home:
            monkeypatch.setenv("SHOPPERMAP_HOME", str(home))
            with WorkshopLock.acquire(workshop) as lock:
                assert lock.inode_lock is None and lock_file_of(workshop).exists()
    assert "no second lock in the user folder" in caplog.text


def test_release_removes_both_locks_and_twice_is_harmless(tmp_path):
    workshop = tmp_path / "w.shoppermap"
    workshop.write_bytes(b"")
    lock = WorkshopLock.acquire(workshop)
    inode_lock = inode_lock_file_of(workshop)
    assert inode_lock.exists()
    lock.release()
    lock.release()
    assert not lock.held
    assert not inode_lock.exists() and not lock_file_of(workshop).exists()


def test_a_holder_on_another_day_and_computer_is_described_so():
    holder = LockHolder(
        pid=42, host="laptop-of-anna", since=dt.datetime(2026, 3, 1, 9, 5).astimezone(), user="anna"
    )
    assert holder.describe() == "anna on laptop-of-anna since 2026-03-01 09:05"
