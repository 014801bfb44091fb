"""Reading a workshop while another program edits it: every read sees one whole commit."""

import contextlib
import io
import json
import os
import subprocess
import sys

from shoppermap import cli
from shoppermap.storage import WorkshopBusyError, WorkshopFile

from .conftest import REPO
from .helpers import make_file

TRIES = 20


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(args))
    return code, out.getvalue(), err.getvalue()


def start_editor(path, seconds):
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.edit_loop_child", str(path), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=env,
    )
    assert child.stdout.readline().strip() == "ready"
    return child


def test_check_and_export_during_edits_never_see_damage_or_lose_cards(tmp_path):
    path = tmp_path / "busy.shoppermap"
    file, document = make_file(path)
    cards = sum(1 for _ in document.cards(document.workshop.journeys[0].id)) + 1  # the child adds one
    file.close()
    child = start_editor(path, 60)
    failures = []
    try:
        for attempt in range(TRIES):
            code, out, err = run("check", str(path))
            if code != 0 or f"cards: {cards} " not in out or "opportunities: 1\ngaps: 1\n" not in out:
                failures.append(f"check {attempt}: {err.strip() or out}")
            target = tmp_path / f"plan{attempt}.json"
            code, out, err = run("export", str(path), "-o", str(target))
            if code != 0:
                failures.append(f"export {attempt}: {err.strip()}")
                continue
            data = json.loads(target.read_text(encoding="utf-8"))
            exported = [c for s in data["journeys"][0]["stages"] for p in s["phases"] for c in p["cards"]]
            if len(exported) != cards:
                failures.append(f"export {attempt}: {len(exported)} cards")
            try:
                opened, _ = WorkshopFile.open(path, read_only=True)
                opened.close()
            except Exception as exc:
                failures.append(f"read-only open {attempt}: {exc}")
    finally:
        child.terminate()
        child.wait(timeout=30)
    assert failures == []


def test_a_file_locked_by_another_program_is_in_use_not_damaged(tmp_path, monkeypatch):
    path = tmp_path / "locked.shoppermap"
    make_file(path)[0].close()
    monkeypatch.setattr("shoppermap.storage.reading.BUSY_TIMEOUT", 0.2)
    import sqlite3

    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        try:
            WorkshopFile.open(path, read_only=True)
        except WorkshopBusyError as exc:
            message = str(exc)
        code, _out, err = run("check", str(path))
    finally:
        holder.rollback()
        holder.close()
    assert "in use by another program" in message and "damaged" not in message
    assert code == 1 and "in use by another program" in err and "damaged" not in err
