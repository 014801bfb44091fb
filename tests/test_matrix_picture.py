"""The value/effort matrix as a picture: `shoppermap export FILE -o matrix.png --view matrix` (and .pdf)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtGui import QImage

from .conftest import REPO, run_cli

SAMPLE = REPO / "resources" / "samples" / "crunchy-snacks-hypermarket.json"


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    path = tmp_path_factory.mktemp("matrix") / "sample.shoppermap"
    created = run_cli("new", str(path), "--from", str(SAMPLE))
    assert created.returncode == 0, created.stderr
    return path


def test_the_matrix_of_the_sample_as_a_png(sample, tmp_path):
    out = tmp_path / "matrix.png"
    done = run_cli("export", str(sample), "-o", str(out), "--view", "matrix", "--lang", "en")
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert image.width() > image.height() > 1000  # landscape, at twice the scene's size
    mapped = run_cli("export", str(sample), "-o", str(tmp_path / "map.png"))
    assert mapped.returncode == 0, mapped.stderr
    assert QImage(str(tmp_path / "map.png")).size() != image.size()  # the default is still the map


def test_the_matrix_of_one_scenario_as_a_pdf(sample, tmp_path):
    out = tmp_path / "matrix.pdf"
    done = run_cli(
        "export", str(sample), "-o", str(out), "--view", "matrix", "--scenario", "Bazowy", "--lang", "en"
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert "Quick wins" in text and "scenario: Bazowy" in text


def test_a_view_is_for_pictures_and_an_unknown_scenario_is_named(sample, tmp_path):
    wrong = run_cli("export", str(sample), "-o", str(tmp_path / "plan.xlsx"), "--view", "matrix")
    assert wrong.returncode != 0
    assert "--view is for pictures" in wrong.stderr
    missing = run_cli(
        "export", str(sample), "-o", str(tmp_path / "m.png"), "--view", "matrix", "--scenario", "Nope"
    )
    assert missing.returncode != 0
    assert "no scenario 'Nope'" in missing.stderr
    assert not (tmp_path / "m.png").exists()


def test_the_matrix_of_one_journey(sample, tmp_path):
    out = tmp_path / "evening.pdf"
    done = run_cli(
        "export",
        str(sample),
        "-o",
        str(out),
        "--view",
        "matrix",
        "--journey",
        "Wieczorne dokupienie na imprezę",
        "--lang",
        "en",
    )
    assert done.returncode == 0, done.stderr
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert "A-frame sign" in text and "Wobbler" not in text
