"""Test set-up: no display, and a private user folder and settings for every test."""

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path_factory, monkeypatch):
    """Each test gets its own user data folder and documents folder, never the real ones."""
    home = tmp_path_factory.mktemp("user-home")
    monkeypatch.setenv("SHOPPERMAP_HOME", str(home / "data"))
    monkeypatch.setenv("SHOPPERMAP_DOCUMENTS", str(home / "documents"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    (home / "documents").mkdir(parents=True)
    yield


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None):
    """Run `python -m shoppermap` in a subprocess, as a user would from a shell."""
    import subprocess

    full_env = {**os.environ, **(env or {})}
    full_env["PYTHONPATH"] = str(REPO) + os.pathsep + full_env.get("PYTHONPATH", "")
    return subprocess.run(
        [sys.executable, "-m", "shoppermap", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=full_env,
        timeout=120,
    )
