"""File → Export Action Plan to Excel…: the dialog's options, the workbook it writes, failures, and what next."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMessageBox

from shoppermap.domain.document import Kind
from shoppermap.domain.models import Journey, Opportunity, Priority, Scenario
from shoppermap.ui import export_dialog
from shoppermap.ui.export_dialog import ExportDialog, default_export_path, install


@pytest.fixture
def annotated(window):
    """The window's workshop with opportunities for two retailers, one carrying an internal note."""
    doc = window.document
    journey = doc.workshop.journeys[0]
    first = journey.stages[0].phases[0].cards[0]
    later = journey.stages[2].phases[0].cards[1]
    doc.insert(
        Kind.OPPORTUNITY,
        first.id,
        0,
        Opportunity(description="Shelf wobbler", retailer="HyperMax", priority=Priority.HIGH, notes="secret"),
    )
    doc.insert(Kind.OPPORTUNITY, later.id, 0, Opportunity(description="Floor sticker", retailer="Żabka"))
    doc.insert(Kind.OPPORTUNITY, later.id, 1, Opportunity(description="=SUM(A1)", retailer="hypermax"))
    return window


@pytest.fixture
def dialogs(monkeypatch):
    """Message boxes that never block: warnings are recorded, the final box clicks `answer`."""
    seen = {"warnings": [], "opened": [], "answer": "Close", "infos": [], "questions": [], "replace": True}

    def warning(_parent, _title, text, *args, **kwargs):
        seen["warnings"].append(text)
        return QMessageBox.StandardButton.Ok

    def exec_box(box):
        seen["infos"].append(box.text())
        for button in box.buttons():
            if button.text() == seen["answer"] or box.standardButton(button).name == seen["answer"]:
                button.click()
                return 0
        raise AssertionError(f"no button {seen['answer']}")

    def question(_parent, _title, text, *args, **kwargs):
        seen["questions"].append(text)
        return QMessageBox.StandardButton.Yes if seen["replace"] else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: seen["opened"].append(url)))
    return seen


def make_dialog(window, qtbot) -> ExportDialog:
    dialog = ExportDialog(
        window.document,
        workshop_path=window.file.path,
        journey_id=window.journey_id,
        pos_tools=window.library.pos_tools,
        parent=window,
    )
    qtbot.addWidget(dialog)
    return dialog


def plan_rows(path: Path) -> tuple[list, list[list]]:
    """(header row, data rows) of the first sheet of the workbook."""
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    return book.sheetnames, rows


def test_menu_action_with_ctrl_e(annotated):
    action = install(annotated)
    assert install(annotated) is action  # installing twice adds nothing
    assert action.shortcut() == QKeySequence("Ctrl+E")
    file_menu = next(
        a.menu() for a in annotated.menuBar().actions() if a.menu() and action in a.menu().actions()
    )
    actions = file_menu.actions()
    assert actions.index(action) == actions.index(annotated.actions_.save_framework) - 1


def test_defaults(annotated, qtbot):
    dialog = make_dialog(annotated, qtbot)
    path = annotated.file.path
    today = dt.date.today().isoformat()
    title = annotated.document.workshop.workshop.title
    assert dialog.output_path() == path.with_name(
        f"Plan – {title} – all retailers – {today} – buyer plan.xlsx"
    )
    assert [j.id for j in dialog.chosen_journeys()] == [annotated.journey_id]
    assert dialog.for_buyer.isChecked() and not dialog.is_internal()
    assert not dialog.with_gaps.isChecked() and not dialog.with_owners.isChecked()
    assert dialog.scenario.isHidden()  # the workshop has no scenarios
    assert dialog.language.currentData() == "en"  # the interface's language
    # one entry per retailer whatever its case, after "All retailers"
    assert [dialog.retailer.itemText(i) for i in range(dialog.retailer.count())] == [
        "All retailers",
        "HyperMax",
        "Żabka",
    ]


def test_export_for_one_retailer_in_polish(annotated, qtbot, dialogs):
    dialog = make_dialog(annotated, qtbot)
    dialog.retailer.setCurrentIndex(dialog.retailer.findText("HyperMax"))
    dialog.language.setCurrentIndex(dialog.language.findText("Polski"))
    target = Path(dialog.output_path())
    dialogs["answer"] = "Open folder"
    dialog.accept()
    assert dialogs["warnings"] == []
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    names, rows = plan_rows(target)
    assert names[0] == "Plan działań"
    descriptions = [r[6] for r in rows[1:-1] if r[6]]
    assert descriptions == ["Shelf wobbler", "=SUM(A1)"]
    assert "secret" not in {str(v) for r in rows for v in r}
    assert [u.toLocalFile() for u in dialogs["opened"]] == [str(target.parent)]
    assert str(target) in dialogs["infos"][0]


def test_export_all_with_notes_and_open_file(annotated, qtbot, dialogs, tmp_path):
    dialog = make_dialog(annotated, qtbot)
    dialog.internal.setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findText("English"))
    dialog.path_edit.setText(str(tmp_path / "buyer plan"))  # no suffix: .xlsx is added
    dialogs["answer"] = "Open file"
    dialog.accept()
    target = tmp_path / "buyer plan.xlsx"
    names, rows = plan_rows(target)
    assert names[0] == "Action plan"
    assert rows[0][:3] == ["Stage", "Phase", "Touchpoint"]
    assert [r[6] for r in rows[1:-1] if r[6]] == ["Shelf wobbler", "Floor sticker", "=SUM(A1)"]
    assert "secret" in {str(v) for r in rows for v in r}
    assert [u.toLocalFile() for u in dialogs["opened"]] == [str(target)]


def test_journey_choice(annotated, qtbot, dialogs, tmp_path):
    doc = annotated.document
    doc.insert(Kind.JOURNEY, None, 1, Journey(name="Online shopper"))
    dialog = make_dialog(annotated, qtbot)
    assert dialog.journeys.count() == 2
    dialog.journeys.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    assert dialogs["warnings"] == ["Tick at least one journey to export."]
    assert dialog.result() != ExportDialog.DialogCode.Accepted
    assert not dialog.output_path().exists()
    dialog.journeys.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.accept()  # the empty journey exports an empty plan
    _, rows = plan_rows(dialog.output_path())
    assert [r[6] for r in rows[1:-1] if r and r[6]] == []


def test_target_is_a_folder(annotated, qtbot, dialogs, tmp_path):
    folder = tmp_path / "plan.xlsx"
    folder.mkdir()
    dialog = make_dialog(annotated, qtbot)
    dialog.path_edit.setText(str(folder))
    dialog.accept()
    assert dialogs["warnings"] == ["Cannot export: plan.xlsx: is a folder"]
    assert dialog.result() != ExportDialog.DialogCode.Accepted
    assert dialogs["opened"] == [] and dialogs["infos"] == []


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions")
def test_read_only_folder_leaves_the_old_file(annotated, qtbot, dialogs, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    old = folder / "plan.xlsx"
    old.write_bytes(b"the plan sent last week")
    folder.chmod(0o555)
    try:
        dialog = make_dialog(annotated, qtbot)
        dialog.path_edit.setText(str(old))
        dialog.accept()
    finally:
        folder.chmod(0o755)
    assert len(dialogs["warnings"]) == 1
    assert dialogs["warnings"][0].startswith("Cannot export: plan.xlsx: cannot be written")
    assert "\n" not in dialogs["warnings"][0]
    assert old.read_bytes() == b"the plan sent last week"
    assert sorted(p.name for p in folder.iterdir()) == ["plan.xlsx"]


def test_menu_opens_the_dialog(annotated, qtbot, dialogs, monkeypatch):
    shown = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: shown.append(self.output_path()) or 0)
    install(annotated).trigger()
    title = annotated.document.workshop.workshop.title
    assert shown == [export_dialog.default_export_path(annotated.file.path, title=title)]


def test_proposed_name_says_workshop_retailer_and_date():
    day = dt.date(2026, 12, 2)
    name = default_export_path(
        Path("/x/w.shoppermap"), title="Snacks: HyperMax / 2026?", retailer="Żabka", language="pl", today=day
    )
    # no : / ? in names
    assert name == Path("/x/Plan – Snacks HyperMax 2026 – Żabka – 2026-12-02 – plan dla kupca.xlsx")
    assert default_export_path(Path("/x/w.shoppermap"), language="pl", today=day, internal=True).name == (
        "Plan – w – wszystkie sieci – 2026-12-02 – plan wewnętrzny.xlsx"
    )
    assert default_export_path(Path("/x/w.shoppermap"), scenario="Base", internal=True, today=day).name == (
        "Plan – w – all retailers – Base – 2026-12-02 – internal plan.xlsx"
    )


def test_proposed_name_follows_retailer_and_language_until_the_user_names_the_file(annotated, qtbot):
    annotated.document.update_workshop(title="Snacks 2026")
    dialog = make_dialog(annotated, qtbot)
    folder, today = annotated.file.path.parent, dt.date.today().isoformat()
    assert dialog.output_path() == folder / f"Plan – Snacks 2026 – all retailers – {today} – buyer plan.xlsx"
    dialog.retailer.setCurrentIndex(dialog.retailer.findText("Żabka"))
    assert dialog.output_path() == folder / f"Plan – Snacks 2026 – Żabka – {today} – buyer plan.xlsx"
    dialog.retailer.setCurrentIndex(0)
    dialog.language.setCurrentIndex(dialog.language.findText("Polski"))
    assert (
        dialog.output_path()
        == folder / f"Plan – Snacks 2026 – wszystkie sieci – {today} – plan dla kupca.xlsx"
    )
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(folder / "for Anna.xlsx"))
    dialog.retailer.setCurrentIndex(dialog.retailer.findText("HyperMax"))
    assert dialog.output_path() == folder / "for Anna.xlsx"


def test_export_language_follows_the_interface(annotated, qtbot, monkeypatch):
    annotated.document.update_workshop(language="en")
    monkeypatch.setattr("shoppermap.ui.i18n._installed", "pl")
    dialog = make_dialog(annotated, qtbot)
    assert dialog.language.currentData() == "pl"
    assert "wszystkie sieci" in dialog.output_path().name


def test_asks_before_replacing_a_file(annotated, qtbot, dialogs, tmp_path):
    old = tmp_path / "plan.xlsx"
    old.write_bytes(b"the plan sent last week")
    dialog = make_dialog(annotated, qtbot)
    dialog.path_edit.setText(str(old))
    dialogs["replace"] = False
    dialog.accept()
    assert len(dialogs["questions"]) == 1 and "plan.xlsx" in dialogs["questions"][0]
    assert old.read_bytes() == b"the plan sent last week"
    assert dialog.result() != ExportDialog.DialogCode.Accepted and dialogs["infos"] == []
    dialogs["replace"] = True
    dialog.accept()
    assert len(dialogs["questions"]) == 2
    assert plan_rows(old)[0][0] == "Action plan"
    assert dialog.result() == ExportDialog.DialogCode.Accepted


def test_a_new_file_or_one_chosen_in_the_save_dialog_is_not_asked_about(
    annotated, qtbot, dialogs, tmp_path, monkeypatch
):
    old = tmp_path / "chosen.xlsx"
    old.write_bytes(b"old")
    # the platform's save dialog has already asked whether to replace it
    monkeypatch.setattr(
        export_dialog.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(old), ""))
    )
    dialog = make_dialog(annotated, qtbot)
    dialog.browse()
    dialog.accept()
    assert dialogs["questions"] == []
    assert plan_rows(old)[0][0] == "Action plan"


def test_file_open_in_excel_leaves_the_old_file(annotated, qtbot, dialogs, tmp_path, monkeypatch):
    old = tmp_path / "plan.xlsx"
    old.write_bytes(b"the plan sent last week")

    def locked(_src, _dst):
        raise PermissionError(13, "Permission denied")

    # Windows refuses to replace a workbook Excel holds open
    monkeypatch.setattr("shoppermap.atomic.os.replace", locked)
    dialog = make_dialog(annotated, qtbot)
    dialog.path_edit.setText(str(old))
    dialog.accept()
    assert dialogs["warnings"] == ["Cannot export: plan.xlsx: cannot be written; is it open in Excel?"]
    assert old.read_bytes() == b"the plan sent last week"
    assert sorted(p.name for p in tmp_path.iterdir() if "plan.xlsx" in p.name) == [
        "plan.xlsx"
    ]  # no temp left


def test_progress_is_shown_up_to_the_end(annotated, qtbot, dialogs, monkeypatch):
    values = []
    original = export_dialog.QProgressDialog.setValue
    monkeypatch.setattr(
        export_dialog.QProgressDialog,
        "setValue",
        lambda self, v: values.append((v, self.maximum())) or original(self, v),
    )
    dialog = make_dialog(annotated, qtbot)
    dialog.accept()
    assert len(values) > 2
    assert values[-1][0] == values[-1][1] > 1  # finished: the bar is full
    assert [v for v, _ in values] == sorted(v for v, _ in values)


def click_box(qtbot, box):
    """Click a check box or radio button on its box, where a person clicks (the widget may be wider)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_buyer_or_internal_version_by_clicks_and_the_name_says_which(annotated, qtbot, dialogs):
    doc = annotated.document
    doc.insert(Kind.SCENARIO, None, 0, Scenario(id="base", name="Base"))
    doc.insert(Kind.SCENARIO, None, 1, Scenario(id="wide", name="Wide"))
    wobbler = next(o for o in doc.all_opportunities() if o.description == "Shelf wobbler")
    doc.update(wobbler.id, scenarios=["wide"], owner="Anna K.")
    dialog = make_dialog(annotated, qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    folder, today = annotated.file.path.parent, dt.date.today().isoformat()
    title = doc.workshop.workshop.title
    assert not dialog.scenario.isHidden()
    click_box(qtbot, dialog.with_gaps)
    assert dialog.with_gaps.isChecked()
    click_box(qtbot, dialog.internal)
    assert dialog.is_internal()
    assert dialog.output_path() == folder / f"Plan – {title} – all retailers – {today} – internal plan.xlsx"
    # the internal version has everything: the boxes are ticked and cannot be unticked
    assert dialog.with_owners.isChecked() and not dialog.with_owners.isEnabled()
    click_box(qtbot, dialog.for_buyer)
    assert dialog.output_path().name.endswith(f"{today} – buyer plan.xlsx")
    assert dialog.with_gaps.isChecked() and not dialog.with_owners.isChecked()  # the buyer's choices back
    dialog.scenario.setFocus()
    qtbot.keyClicks(dialog.scenario, "Wide")
    assert dialog.chosen_scenario() == "wide"
    assert dialog.output_path().name == f"Plan – {title} – all retailers – Wide – {today} – buyer plan.xlsx"
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialogs["warnings"] == []
    book = openpyxl.load_workbook(dialog.output_path())
    assert "Competitor gaps" in book.sheetnames
    headers = [c.value for c in book.worksheets[0][1]]
    assert "ROI" not in headers and "Notes" not in headers and "Owner" not in headers
    values = {str(v) for r in book.worksheets[0].iter_rows(values_only=True) for v in r}
    assert "Shelf wobbler" in values and "secret" not in values


def test_the_internal_version_by_clicks_has_the_margins_and_notes(annotated, qtbot, dialogs):
    dialog = make_dialog(annotated, qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    click_box(qtbot, dialog.internal)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    path = dialog.output_path()
    assert path.name.endswith("internal plan.xlsx") and path.exists()
    book = openpyxl.load_workbook(path)
    headers = [c.value for c in book.worksheets[0][1]]
    for column in ("Baseline sales", "Gross margin", "Incremental margin", "ROI", "Owner", "Notes"):
        assert column in headers
    assert "secret" in {str(v) for r in book.worksheets[0].iter_rows(values_only=True) for v in r}
    assert "Competitor gaps" in book.sheetnames
