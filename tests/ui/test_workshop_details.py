"""The Workshop details dialog: typed with real keys, written to the file as one undo step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from shoppermap.storage import WorkshopFile
from shoppermap.ui.dialogs.workshop_details import WorkshopDetailsDialog, edit_workshop_details


def stored_info(path):
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return workshop.workshop


def run_dialog(qtbot, window, fill, open_dialog=edit_workshop_details) -> bool:
    """Open the dialog for `window`, let `fill` type into it, and return what the edit did."""
    seen: list[WorkshopDetailsDialog] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        try:
            fill(dialog)
        finally:
            if dialog.isVisible() and not dialog.problem.text():
                dialog.reject()

    QTimer.singleShot(0, drive)
    result = open_dialog(window)
    assert isinstance(seen[0], WorkshopDetailsDialog)
    return result


def press_ok(qtbot, dialog) -> None:
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_details_typed_in_the_dialog_reach_the_file_and_undo_in_one_step(window, qtbot):
    path = window.file.path
    before = stored_info(path)

    def fill(dialog):
        title = dialog.lines["title"]
        title.selectAll()
        qtbot.keyClicks(title, "Chipsy × Carrefour, wiosna 2027")
        qtbot.keyClicks(dialog.lines["client"], "Chrupki Polska")
        qtbot.keyClicks(dialog.lines["retailer"], "Carrefour")
        qtbot.keyClicks(dialog.lines["facilitator"], "Anna Nowak")
        qtbot.keyClicks(dialog.texts["participants"], "KAM")
        qtbot.keyClick(dialog.texts["participants"], Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.texts["participants"], "Trade marketing")
        assert dialog.dated.isChecked()  # a new workshop is dated today
        dialog.date.setDate(dt.date(2027, 3, 4))
        dialog.currency.lineEdit().selectAll()
        qtbot.keyClicks(dialog.currency.lineEdit(), "eur")
        press_ok(qtbot, dialog)

    assert run_dialog(qtbot, window, fill)
    info = stored_info(path)
    assert info.title == "Chipsy × Carrefour, wiosna 2027"
    assert (info.client, info.retailer, info.facilitator) == ("Chrupki Polska", "Carrefour", "Anna Nowak")
    assert info.participants == "KAM\nTrade marketing"
    assert info.date == dt.date(2027, 3, 4)
    assert info.currency == "EUR"
    assert window.stack.undoText().endswith("Change workshop details")

    window.actions_.undo.trigger()
    assert stored_info(path) == before


def test_a_bad_currency_is_refused_next_to_the_field_and_nothing_is_written(window, qtbot):
    path = window.file.path
    before = stored_info(path)
    messages: list[str] = []

    def fill(dialog):
        dialog.currency.lineEdit().selectAll()
        qtbot.keyClicks(dialog.currency.lineEdit(), "zloty")
        press_ok(qtbot, dialog)
        messages.append(dialog.problem.text())
        assert dialog.isVisible()
        dialog.reject()

    assert not run_dialog(qtbot, window, fill)
    assert messages == ["The currency is a three-letter code such as PLN or EUR."]
    assert stored_info(path) == before


def test_ok_without_changes_adds_no_undo_step(window, qtbot):
    count = window.stack.count()
    assert not run_dialog(qtbot, window, lambda dialog: press_ok(qtbot, dialog))
    assert window.stack.count() == count


def test_unticking_the_date_leaves_the_workshop_undated(window, qtbot):
    def fill(dialog):
        dialog.dated.setFocus()
        qtbot.keyClick(dialog.dated, Qt.Key.Key_Space)
        assert not dialog.date.isEnabled()
        press_ok(qtbot, dialog)

    assert run_dialog(qtbot, window, fill)
    assert stored_info(window.file.path).date is None


def test_the_file_menu_opens_the_dialog(window, qtbot):
    def fill(dialog):
        qtbot.keyClicks(dialog.lines["category"], "Salty snacks")
        press_ok(qtbot, dialog)

    run_dialog(qtbot, window, fill, lambda window: window.actions_.workshop_details.trigger())
    assert stored_info(window.file.path).category == "Salty snacks"


def test_a_new_workshop_asks_for_its_details_and_keeps_them(window, qtbot, tmp_path):
    from shoppermap.ui.dialogs.new_workshop import NewWorkshopDialog

    target = tmp_path / "Carrefour spring.shoppermap"
    seen: list[str] = []
    tries = iter(range(200))

    def fill_details() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, WorkshopDetailsDialog):
            if next(tries, None) is not None:
                QTimer.singleShot(10, fill_details)
            return
        seen.append(dialog.lines["title"].text())
        qtbot.keyClicks(dialog.lines["client"], "Chrupki Polska")
        qtbot.keyClicks(dialog.lines["retailer"], "Carrefour")
        press_ok(qtbot, dialog)

    def fill_new() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewWorkshopDialog)
        qtbot.keyClicks(dialog.title_field, "Spring at Carrefour")
        dialog.path_field.setText(str(target))
        QTimer.singleShot(0, fill_details)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_new)
    window.actions_.new.trigger()
    assert window.file.path == target
    assert seen == ["Spring at Carrefour"]  # the details start from what the New dialog was told
    info = stored_info(target)
    assert (info.title, info.client, info.retailer) == ("Spring at Carrefour", "Chrupki Polska", "Carrefour")
