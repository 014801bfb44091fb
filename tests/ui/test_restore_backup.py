"""File → Restore from Backup: lists the backups with date and counts and opens one as a copy."""

from __future__ import annotations

import hashlib
import time

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog

from shoppermap.domain.document import Kind
from shoppermap.domain.labels import Label
from shoppermap.domain.models import Opportunity
from shoppermap.export.workshop_json import workshop_to_data
from shoppermap.paths import documents_dir
from shoppermap.storage import WorkshopFile
from shoppermap.storage.backups import list_backups, take_backup
from shoppermap.ui.dialogs.restore_backup import (
    RestoreBackupDialog,
    format_taken_at,
    install,
)

from ..helpers import make_file


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stored(path) -> dict:
    """The workshop JSON of a file, read with a fresh connection."""
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return workshop_to_data(workshop)


def three_backups(path):
    """A workshop edited in three steps with a backup after each; returns the three states, oldest first."""
    file, doc = make_file(path, title="Spring plan")
    card = doc.workshop.journeys[0].stages[0].phases[0].cards[0]
    states = []
    doc.update(card.id, label=Label.same("Shelf wobbler"), status="red")
    take_backup(file)
    states.append(workshop_to_data(doc.workshop))
    doc.insert(Kind.OPPORTUNITY, card.id, 0, Opportunity(id="o1", cost="12.50"))
    doc.update_workshop(title="Spring plan v2")
    time.sleep(0.002)  # backups are named by the time they were taken
    take_backup(file)
    states.append(workshop_to_data(doc.workshop))
    doc.remove(card.id)
    take_backup(file)
    states.append(workshop_to_data(doc.workshop))
    file.close()
    return states


def click_row(qtbot, dialog: RestoreBackupDialog, row: int) -> None:
    item = dialog.list.topLevelItem(row)
    rect = dialog.list.visualItemRect(item)
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def show(qtbot, dialog: RestoreBackupDialog) -> RestoreBackupDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_lists_the_backups_newest_first_with_date_title_counts_and_size(qtbot, tmp_path):
    path = tmp_path / "plan.shoppermap"
    three_backups(path)
    dialog = show(qtbot, RestoreBackupDialog(path))
    backups = list_backups(path)
    assert dialog.list.topLevelItemCount() == 3 and dialog.list.isVisible() and not dialog.empty.isVisible()
    rows = [[dialog.list.topLevelItem(r).text(c) for c in range(7)] for r in range(3)]
    assert [r[1] for r in rows] == ["Spring plan v2", "Spring plan v2", "Spring plan"]
    assert [r[3] for r in rows] == ["91", "92", "92"]  # the newest lost a card
    assert [r[4] for r in rows] == ["0", "1", "0"]  # its opportunity went with it
    assert [r[2] for r in rows] == ["1", "1", "1"] and [r[5] for r in rows] == ["0", "0", "0"]
    assert rows[0][0] == format_taken_at(backups[0].taken_at)
    assert rows[0][6].endswith("kB") and rows[0][6][0].isdigit()
    # the newest is chosen, and where its copy goes is said before anything is written
    assert dialog.selected_backup() == backups[0]
    assert "plan (backup " in dialog.destination.text() and str(tmp_path) in dialog.destination.text()


def test_the_date_is_local_time_in_the_locale_format_with_seconds():
    import datetime as dt

    when = dt.datetime(2026, 11, 22, 9, 5, 7, tzinfo=dt.UTC)
    local = when.astimezone()
    assert format_taken_at(when, QLocale("pl_PL")) == f"{local.day}.{local:%m.%Y %H:%M:%S}"
    assert format_taken_at(when, QLocale("de_DE")) == f"{local:%d.%m.%y %H:%M:%S}"
    us = format_taken_at(when, QLocale("en_US"))
    assert f"{local:%I:%M:%S}".lstrip("0") in us and us.endswith(f"{local:%p}")


def test_restoring_the_oldest_opens_a_copy_of_the_old_state_and_leaves_the_workshop_alone(qtbot, tmp_path):
    path = tmp_path / "plan.shoppermap"
    states = three_backups(path)
    before = digest(path)
    dialog = show(qtbot, RestoreBackupDialog(path))
    click_row(qtbot, dialog, 2)
    assert dialog.selected_backup() == list_backups(path)[2]
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    restored = dialog.restored_path()
    assert restored.parent == tmp_path and restored.name.startswith("plan (backup ")
    assert stored(restored) == states[0]
    assert digest(path) == before and stored(path) == states[2]
    assert len(list_backups(path)) == 3  # restoring takes no backup of the original


def test_no_backups_says_so_and_offers_nothing_to_open(qtbot, tmp_path):
    path = tmp_path / "fresh.shoppermap"
    make_file(path)[0].close()
    dialog = show(qtbot, RestoreBackupDialog(path))
    assert dialog.empty.isVisible() and "no backups" in dialog.empty.text()
    assert not dialog.list.isVisible() and not dialog.open_button.isEnabled()
    assert not dialog.restore_selected() and dialog.problem.text() == "Choose a backup first."
    assert dialog.restored_path() is None


def test_a_damaged_backup_gives_one_line_in_the_dialog_and_writes_nothing(qtbot, tmp_path):
    path = tmp_path / "plan.shoppermap"
    three_backups(path)
    dialog = show(qtbot, RestoreBackupDialog(path))
    dialog.selected_backup().path.write_bytes(b"\x00 not a database \x00" * 64)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.restored_path() is None
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == "Cannot restore this backup: not a ShopperMap workshop file"
    assert "\n" not in dialog.problem.text() and "Traceback" not in dialog.problem.text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.shoppermap"]
    # another backup still restores, and the message goes once the choice changes
    click_row(qtbot, dialog, 1)
    assert not dialog.problem.isVisible()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.restored_path() is not None and dialog.restored_path().is_file()


def test_a_workshop_whose_folder_is_gone_restores_into_documents(qtbot, tmp_path):
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    path = stick / "plan.shoppermap"
    states = three_backups(path)
    path.unlink()
    stick.rmdir()  # the stick was unplugged; its backups are still in the user data folder
    dialog = show(qtbot, RestoreBackupDialog(path))
    assert dialog.list.topLevelItemCount() == 3
    dialog.list.itemDoubleClicked.emit(dialog.list.topLevelItem(0), 0)
    assert dialog.restored_path().parent == documents_dir()
    assert stored(dialog.restored_path()) == states[2]


def test_file_menu_restores_a_backup_and_opens_the_copy(window, qtbot):
    install_once(window)
    original = window.file.path
    card = window.document.workshop.journeys[0].stages[0].phases[0].cards[0]
    old_label = card.label.en
    assert window.canvas_edits.rename(card.id, "Gondola end")
    take_backup(window.file)

    file_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and a.text() == "&File")
    actions = file_menu.actions()
    restore = next(a for a in actions if a.objectName() == "restore-backup")
    assert actions.index(restore) == actions.index(window.actions_.save_copy) + 1
    assert restore.text() == "Restore from &Backup…"
    file_menu.aboutToShow.emit()
    assert restore.isEnabled()

    restore.trigger()
    dialog = window.findChild(RestoreBackupDialog)
    qtbot.waitExposed(dialog)
    assert dialog.isModal() and dialog.list.topLevelItemCount() == 2
    click_row(qtbot, dialog, 1)  # the backup taken when the window opened it
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.file is not None and window.file.path != original)

    copy = window.file.path
    assert copy.parent == original.parent and copy.name.startswith("workshop (backup ")
    assert window.document.get(card.id).label.en == old_label
    assert not window.file.read_only and "Opened the backup" in window.statusBar().currentMessage()
    # the copy is the window's workshop now: edits go there, the original keeps its rename
    assert window.canvas_edits.rename(card.id, "Shelf talker")
    assert (
        next(
            c["label"]["en"]
            for j in stored(original)["journeys"]
            for s in j["stages"]
            for p in s["phases"]
            for c in p["cards"]
            if c["id"] == card.id
        )
        == "Gondola end"
    )

    window.close_workshop()
    file_menu.aboutToShow.emit()
    assert not restore.isEnabled()


def install_once(window):
    """The window fixture is built without the wiring; add it the way the window will."""
    if window.findChild(type(window.actions_.save_copy), "restore-backup") is None:
        install(window)
