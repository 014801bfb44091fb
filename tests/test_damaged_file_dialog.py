"""Opening a damaged workshop in the window offers to recover it or to open its latest backup."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from shoppermap.storage import WorkshopFile
from shoppermap.storage.backups import take_backup

from .test_recover import trample_card_page
from .ui.conftest import (
    settings,  # noqa: F401 - the fixture the window needs
    window,  # noqa: F401
)


def click_in_box(monkeypatch, text):
    offered = []

    def exec_box(box):
        offered.extend(b.text() for b in box.buttons())
        next(b for b in box.buttons() if b.text() == text).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: offered.append(a[2])))
    return offered


@pytest.fixture
def damaged(tmp_path):
    from .helpers import make_file

    path = tmp_path / "Damaged.shoppermap"
    make_file(path)[0].close()
    take_backup(path)
    trample_card_page(path)
    return path


def test_recover_into_a_new_workshop_opens_what_came_back(window, damaged, monkeypatch, tmp_path):  # noqa: F811
    target = tmp_path / "Saved"
    offered = click_in_box(monkeypatch, "Recover into a new workshop…")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    assert window.open_path(damaged)
    assert "Open the latest backup" in offered
    assert window.file.path == Path(str(target) + ".shoppermap")
    cards = sum(1 for _ in window.document.cards(window.document.workshop.journeys[0].id))
    assert 40 < cards < 92
    assert any(f"{cards} cards" in text and "were lost" in text for text in offered if isinstance(text, str))


def test_open_the_latest_backup_opens_a_restored_copy(window, damaged, monkeypatch):  # noqa: F811
    click_in_box(monkeypatch, "Open the latest backup")
    before = damaged.read_bytes()
    assert window.open_path(damaged)
    assert window.file.path.parent == damaged.parent and "(backup " in window.file.path.name
    assert sum(1 for _ in window.document.cards(window.document.workshop.journeys[0].id)) == 92
    assert damaged.read_bytes() == before
    WorkshopFile.open(window.file.path, read_only=True)[0].close()
