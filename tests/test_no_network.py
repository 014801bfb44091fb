"""ShopperMap opens no network connection, ever: the main flows run with sockets blocked.

Each flow is one function registered with @flow; it gets `tmp_path` and pytest's `request` (a GUI
flow takes `qtbot` from it with request.getfixturevalue("qtbot")). The same flows also run in a
fresh process whose sockets are blocked before shoppermap is imported, by monkeypatching and by
an audit hook, which sees even sockets made through `_socket` directly.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import textwrap
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import REPO

FLOWS: dict[str, Callable[[Path, pytest.FixtureRequest], None]] = {}


def flow(function: Callable | None = None, *, in_subprocess: bool = True) -> Callable:
    """Register a flow that must run without the network; `@flow` or `@flow(in_subprocess=False)`.

    A flow also runs in a fresh, blocked process unless `in_subprocess` is False (a GUI flow that
    needs qtbot); there `request` is None.
    """

    def register(function: Callable) -> Callable:
        function.in_subprocess = in_subprocess
        FLOWS[function.__name__] = function
        return function

    return register(function) if function is not None else register


class NetworkBlocked(OSError):
    """Raised instead of opening a socket."""


@pytest.fixture
def no_network(monkeypatch):
    """Refuse every socket and name lookup in this process; the test fails if anything tried."""
    attempts: list[str] = []

    def refuse(what: str):
        def blocked(*args, **kwargs):
            attempts.append(what)
            raise NetworkBlocked(f"network blocked: {what}")

        return blocked

    class BlockedSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            refuse("socket.socket")()

    monkeypatch.setattr(socket, "socket", BlockedSocket)
    for name in ("create_connection", "socketpair", "getaddrinfo", "gethostbyname", "gethostbyaddr"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    yield attempts
    assert attempts == [], f"tried to use the network: {attempts}"


# --- the flows ----------------------------------------------------------------------------------


@flow
def cli_new_export_check(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """The command line: new, export JSON, new from JSON, check, frameworks, schema."""
    from shoppermap.cli import main

    first, second, exported = tmp_path / "a.shoppermap", tmp_path / "b.shoppermap", tmp_path / "a.json"
    assert main(["new", str(first), "--title", "Offline 🥨"]) == 0
    assert main(["export", str(first), "-o", str(exported)]) == 0
    assert json.loads(exported.read_text(encoding="utf-8"))["workshop"]["title"] == "Offline 🥨"
    assert main(["new", str(second), "--from", str(exported)]) == 0
    assert main(["check", str(second)]) == 0
    assert main(["frameworks"]) == 0
    assert main(["schema"]) == 0


@flow
def open_edit_backup_reopen(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Opening as the window does (lock, open, backup), editing through Document, restoring a backup."""
    from shoppermap.domain.document import Kind
    from shoppermap.domain.library import FrameworkLibrary
    from shoppermap.domain.models import Competitor, Gap, Opportunity
    from shoppermap.storage.backups import list_backups, restore_backup, take_backup
    from shoppermap.storage.lock import WorkshopLock
    from shoppermap.workshops import create_workshop_file, new_workshop, open_workshop_file

    path = tmp_path / "w.shoppermap"
    create_workshop_file(path, new_workshop(FrameworkLibrary.load(), title="Offline"))[0].close()
    lock = WorkshopLock.acquire(path)
    file, doc = open_workshop_file(path)
    take_backup(file)
    card = doc.workshop.journeys[0].stages[0].phases[0].cards[0]
    doc.update(card.id, status="red", emotion=-2, notes="zażółć 🥨")
    doc.insert(Kind.COMPETITOR, None, 0, Competitor(id="k1", name="Brand X"))
    doc.insert(Kind.OPPORTUNITY, card.id, 0, Opportunity(id="o1", cost="12.50"))
    doc.insert(Kind.GAP, card.id, 0, Gap(id="g1", competitor="k1", opportunity="o1"))
    doc.move(card.id, doc.workshop.journeys[0].stages[1].phases[0].id, 0)
    file.close()
    lock.release()
    file, again = open_workshop_file(path, read_only=True)
    file.close()
    assert again.get(card.id).notes == "zażółć 🥨"
    [backup] = list_backups(path)
    restore_backup(backup.path, tmp_path / "restored.shoppermap")


# --- running them -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(FLOWS))
def test_flow_runs_with_sockets_blocked(name, tmp_path, request, no_network):
    FLOWS[name](tmp_path, request)


def test_the_blocker_really_blocks(no_network):
    with pytest.raises(OSError):
        urllib.request.urlopen("http://192.0.2.1/", timeout=1)
    assert no_network  # the attempt was seen ...
    no_network.clear()  # ... and is forgiven, so the fixture's own check passes


# Runs before shoppermap is imported: refuses sockets by patching and by an audit hook, counts
# attempts (even those the code under test swallows) and reports them when the process ends.
BLOCKER = textwrap.dedent(
    """
    import atexit, runpy, socket, sys

    attempts = []
    EVENTS = {
        "socket.__new__", "socket.connect", "socket.bind", "socket.sendto", "socket.getaddrinfo",
        "socket.gethostbyname", "socket.gethostbyaddr", "urllib.Request", "http.client.connect",
    }

    def refuse(what):
        attempts.append(what)
        raise OSError(f"network blocked: {what}")

    def audit(event, args):
        if event in EVENTS:
            refuse(event)

    def blocked(name):
        return lambda *args, **kwargs: refuse(name)

    class BlockedSocket(socket.socket):  # a class still, as ssl subclasses it on import
        def __init__(self, *args, **kwargs):
            refuse("socket.socket")

    socket.socket = BlockedSocket
    for name in ("create_connection", "socketpair", "getaddrinfo", "gethostbyname"):
        setattr(socket, name, blocked(name))
    sys.addaudithook(audit)
    atexit.register(lambda: sys.stderr.write(f"network attempts: {attempts}\\n"))
    sys.argv = sys.argv[1:]  # the module to run, then its arguments
    runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
    """
)
NO_ATTEMPTS = "network attempts: []\n"


def _run_blocked(module: str, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run `python -m module args` in a fresh process with the network blocked from the start."""
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run(
        [sys.executable, "-c", BLOCKER, module, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_command_line_runs_in_a_process_without_network(tmp_path):
    result = _run_blocked("shoppermap", "new", str(tmp_path / "w.shoppermap"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr.endswith(NO_ATTEMPTS)
    result = _run_blocked("shoppermap", "check", str(tmp_path / "w.shoppermap"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "integrity: ok" in result.stdout and result.stderr.endswith(NO_ATTEMPTS)


@pytest.mark.parametrize("name", sorted(name for name, f in FLOWS.items() if f.in_subprocess))
def test_flow_runs_in_a_process_without_network(name, tmp_path):
    result = _run_blocked("tests.test_no_network", name, str(tmp_path), cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stderr.endswith(NO_ATTEMPTS), result.stderr


def test_the_process_blocker_sees_even_swallowed_attempts(tmp_path):
    result = _run_blocked("tests.test_no_network", "probe", str(tmp_path), cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "network attempts: ['socket.__new__', 'urllib.Request']\n"


def _probe(tmp_path: Path, request: object) -> None:
    """Try the network behind the patches' back and swallow the failures, as careless code would."""
    import _socket

    with contextlib.suppress(OSError):
        _socket.socket()
    with contextlib.suppress(OSError):
        urllib.request.urlopen("http://192.0.2.1/", timeout=1)


if __name__ == "__main__":  # run by _run_blocked: one flow, in a fresh process
    flow_name, folder = sys.argv[1], Path(sys.argv[2])
    (_probe if flow_name == "probe" else FLOWS[flow_name])(folder, None)
