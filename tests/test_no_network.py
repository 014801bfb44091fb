"""ShopperMap opens no network connection, ever: the main flows run with sockets blocked.

Each flow is one function registered with @flow; it gets `tmp_path` and pytest's `request` (a GUI
flow takes `qtbot` from it with request.getfixturevalue("qtbot")). The same flows also run in a
fresh process whose sockets are blocked before shoppermap is imported, by monkeypatching and by
an audit hook, which sees even sockets made through `_socket` directly. Qt's C++ code is out of
their sight, so there the GUI flow also checks that PySide6.QtNetwork was never imported and that
the kernel lists no socket of the process other than local (Unix) ones.
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


@contextlib.contextmanager
def _replaced(owner: object, name: str, value: object):
    """Swap an attribute for the length of a block (pytest's monkeypatch is not there in a subprocess)."""
    old = owner.__dict__[name]
    setattr(owner, name, value)
    try:
        yield
    finally:
        setattr(owner, name, old)


def _network_sockets() -> list[str]:
    """Sockets this process holds open other than local (Unix) ones, as the kernel sees them (Linux).

    Counting file descriptors catches sockets made by Qt's C++ code too, which no Python patch sees.
    """
    inodes = set()
    for fd in Path("/proc/self/fd").iterdir():
        with contextlib.suppress(OSError):
            target = os.readlink(fd)
            if target.startswith("socket:["):
                inodes.add(target.removeprefix("socket:[").removesuffix("]"))
    lines = Path("/proc/self/net/unix").read_text().splitlines()[1:]
    local = {fields[6] for fields in map(str.split, lines) if len(fields) > 6}
    return sorted(inodes - local)


@flow
def gui_start_open_edit_export_backup(tmp_path: Path, request: pytest.FixtureRequest | None) -> None:
    """The window: start on a new workshop, open another, edit on the canvas and through commands,
    export JSON (File menu) and the Excel action plan (its dialog), take a backup and open it as a
    copy (the Restore from Backup dialog)."""
    from openpyxl import load_workbook
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication, QFileDialog

    from shoppermap.domain.document import Kind
    from shoppermap.domain.library import FrameworkLibrary
    from shoppermap.domain.models import Opportunity
    from shoppermap.storage import WorkshopFile
    from shoppermap.storage.backups import list_backups, take_backup
    from shoppermap.ui.app import build_window, make_application, starting_workshop
    from shoppermap.ui.commands import InsertCommand, UpdateCommand
    from shoppermap.ui.dialogs.restore_backup import RestoreBackupDialog
    from shoppermap.ui.export_dialog import ExportDialog
    from shoppermap.workshops import create_workshop_file, new_workshop

    if request is not None:
        request.getfixturevalue("qapp")
    else:
        make_application(offscreen=True)  # as `shoppermap` starts, in the fresh process
    QStandardPaths.setTestModeEnabled(True)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    library = FrameworkLibrary.load()
    window = build_window(library, settings=settings)
    if request is not None:
        request.getfixturevalue("qtbot").addWidget(window)
    try:
        assert starting_workshop(window, None, read_only=False)  # a first start: a new workshop
        window.show()
        QApplication.processEvents()
        path = tmp_path / "gui.shoppermap"
        create_workshop_file(path, new_workshop(library, title="Offline GUI"))[0].close()
        assert window.open_path(path)
        QApplication.processEvents()

        doc = window.document
        phases = [p for s in doc.workshop.journeys[0].stages for p in s.phases]
        card_id = window.canvas_edits.add_card(phases[0].id, 0, "Shelf wobbler")
        assert card_id and window.canvas_edits.rename(card_id, "Shelf wobbler XL")
        assert window.canvas_edits.move_cards([card_id], phases[1].id, None)
        window.stack.undo()
        window.stack.redo()
        opportunity = Opportunity(
            id="o1", description="Wobbler at the chiller", retailer="Żabka", cost="99.90"
        )
        assert window.editor.apply(
            [InsertCommand(doc, Kind.OPPORTUNITY, card_id, 0, opportunity, "Add")], text="Add"
        )
        assert window.editor.apply(
            [UpdateCommand(doc, card_id, {"status": "red", "emotion": 2}, "Status")], text="Status"
        )

        exported = tmp_path / "gui.json"
        answer = staticmethod(lambda *args, **kwargs: (str(exported), ""))
        with _replaced(QFileDialog, "getSaveFileName", answer):
            window.actions_.export_json.trigger()
        cards = [
            c
            for j in json.loads(exported.read_text(encoding="utf-8"))["journeys"]
            for s in j["stages"]
            for p in s["phases"]
            for c in p["cards"]
        ]
        assert next(c for c in cards if c["id"] == card_id)["opportunities"][0]["retailer"] == "Żabka"
        plan = tmp_path / "gui.xlsx"
        export = ExportDialog(
            doc, workshop_path=path, journey_id=window.journey_id, pos_tools=library.pos_tools, parent=window
        )
        export.path_edit.setText(str(plan))
        assert export.run(export.output_path(), export.chosen_journeys())  # with its progress dialog
        export.deleteLater()
        values = {
            str(v) for sheet in load_workbook(plan) for row in sheet.iter_rows(values_only=True) for v in row
        }
        assert "Wobbler at the chiller" in values

        take_backup(window.file)
        newest = list_backups(path)[0]
        assert newest.opportunities == 1
        dialog = RestoreBackupDialog(path, window)
        assert dialog.selected_backup() == newest and dialog.restore_selected()
        assert window.open_path(dialog.restored_path())
        assert window.document.get(card_id).label.en == "Shelf wobbler XL"
        dialog.deleteLater()
    finally:
        window.close()
    file, workshop = WorkshopFile.open(path, read_only=True)
    try:
        assert file.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert any(
            c.id == card_id and c.status == "red"
            for s in workshop.journeys[0].stages
            for p in s.phases
            for c in p.cards
        )
    finally:
        file.close()
    if request is None:  # a fresh process: nothing imported Qt's network module or opened a socket
        assert "PySide6.QtNetwork" not in sys.modules
        if sys.platform.startswith("linux"):
            assert _network_sockets() == []


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


def test_the_app_starts_and_renders_in_a_process_without_network(tmp_path):
    """`shoppermap --screenshot`: the real start-up (application, window, docks, open) offscreen."""
    workshop, shot = tmp_path / "w.shoppermap", tmp_path / "w.png"
    assert _run_blocked("shoppermap", "new", str(workshop), cwd=tmp_path).returncode == 0
    result = _run_blocked("shoppermap", "--screenshot", str(shot), str(workshop), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr.endswith(NO_ATTEMPTS), result.stderr
    assert shot.read_bytes().startswith(b"\x89PNG")


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
