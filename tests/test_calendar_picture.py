"""The activation calendar as a picture: `shoppermap export FILE -o calendar.pdf --view calendar` (and .png)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtGui import QImage

from .conftest import REPO, run_cli

SAMPLE = REPO / "resources" / "samples" / "crunchy-snacks-hypermarket.json"


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    path = tmp_path_factory.mktemp("calendar") / "sample.shoppermap"
    created = run_cli("new", str(path), "--from", str(SAMPLE))
    assert created.returncode == 0, created.stderr
    return path


def pdf_pages(path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return info.splitlines()


def test_the_calendar_on_a3_landscape_pages_a_quarter_each(sample, tmp_path):
    out = tmp_path / "calendar.pdf"
    done = run_cli("export", str(sample), "-o", str(out), "--view", "calendar", "--lang", "pl")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    if not shutil.which("pdfinfo"):
        pytest.skip("poppler-utils (pdfinfo, pdftotext) not installed")
    info = "\n".join(pdf_pages(out))
    # 12 months from the workshop's date: 53 weeks, four and a bit quarters
    assert "Pages:           5" in info and "1191 x 842 pts (A3)" in info
    first = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(out), "-"], capture_output=True, text=True
    ).stdout
    assert "tydz. 14" in first and "Q2 2026" in first and "Wobbler" in first and "1 / 5" in first
    last = subprocess.run(
        ["pdftotext", "-f", "5", "-l", "5", str(out), "-"], capture_output=True, text=True
    ).stdout
    assert "tydz. 7" not in last  # each page its own weeks


def test_the_calendar_of_one_scenario_as_a_png(sample, tmp_path):
    out = tmp_path / "calendar.png"
    done = run_cli("export", str(sample), "-o", str(out), "--view", "calendar", "--scenario", "Bazowy")
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert image.width() > 3 * image.height()  # a year of weeks across
    all_actions = tmp_path / "all.png"
    assert run_cli("export", str(sample), "-o", str(all_actions), "--view", "calendar").returncode == 0
    assert QImage(str(all_actions)).height() > image.height()  # the scenario leaves actions out


def test_the_calendar_view_names_an_unknown_scenario(sample, tmp_path):
    missing = run_cli(
        "export", str(sample), "-o", str(tmp_path / "c.pdf"), "--view", "calendar", "--scenario", "Nope"
    )
    assert missing.returncode != 0 and "no scenario 'Nope'" in missing.stderr
    assert not (tmp_path / "c.pdf").exists()
