"""Breakout groups in the window: hand out, merge as one undo step, settle conflicts in the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from shoppermap.domain.merge import Side
from shoppermap.domain.models import Status
from shoppermap.storage import WorkshopFile
from shoppermap.ui.breakout_actions import install
from shoppermap.ui.dialogs.merge_conflicts import MergeConflictsDialog
from shoppermap.workshops import open_workshop_file


def first_card(workshop):
    return workshop.journeys[0].stages[0].phases[0].cards[0]


def stored(path):
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return workshop


def edit_copy(path, **fields):
    file, document = open_workshop_file(path)
    document.update(first_card(document.workshop).id, **fields)
    file.close()


def test_the_file_menu_has_both_actions(window):
    actions = install(window)
    texts = [a.text() for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()]
    assert actions.handout_action.text() in texts and actions.merge_action.text() in texts


def test_a_merged_copy_is_one_undo_step_and_the_copy_shows_its_group(window, tmp_path, qtbot):
    actions = install(window)
    folder = tmp_path / "copies"
    folder.mkdir()
    [copy] = actions.hand_out(["Grupa A"], folder)
    edit_copy(copy, status=Status.RED, notes="from A")
    path = window.file.path
    steps = window.editor.stack.count()

    report = actions.merge(copy, choose=lambda conflicts, group: {})

    assert [i.fields for i in report.changed] == [("notes", "status")]
    assert window.editor.stack.count() == steps + 1
    assert (first_card(stored(path)).status, first_card(stored(path)).notes) == (Status.RED, "from A")
    assert window.editor.undo()
    assert (first_card(stored(path)).status, first_card(stored(path)).notes) == (None, "")

    assert window.open_path(copy)
    QApplication.processEvents()
    assert window.windowTitle().startswith("Grupa A — ")


def test_the_conflict_dialog_settles_each_conflict_and_the_merge_follows_it(window, tmp_path, qtbot):
    actions = install(window)
    folder = tmp_path / "copies"
    folder.mkdir()
    [copy] = actions.hand_out(["Grupa A"], folder)
    edit_copy(copy, status=Status.RED, owner="Ania")
    card_id = first_card(window.document.workshop).id
    window.document.update(card_id, status=Status.GREEN, owner="Tomek")
    seen = {}

    def settle(conflicts, group):
        dialog = MergeConflictsDialog(conflicts, group=group, language="en", parent=window)
        qtbot.addWidget(dialog)
        dialog.show()
        rows = {dialog.table.item(r, 1).text(): r for r in range(dialog.table.rowCount())}
        seen["rows"] = {
            name: (dialog.table.item(r, 2).text(), dialog.table.item(r, 3).text()) for name, r in rows.items()
        }
        qtbot.mouseClick(dialog.all_theirs, Qt.MouseButton.LeftButton)
        assert set(dialog.choices().values()) == {Side.THEIRS}
        owner = dialog.choosers[rows["Owner"]]
        owner.setFocus()
        qtbot.keyClick(owner, Qt.Key.Key_Up)  # back to "Ours" for the owner only
        choices = dialog.choices()
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert dialog.result() == QDialog.DialogCode.Accepted
        return choices

    report = actions.merge(copy, choose=settle)

    assert seen["rows"] == {
        "Status": ("Green: works well", "Red: critical"),
        "Owner": ("Tomek", "Ania"),
    }
    assert sorted((c.field, side) for c, side in report.conflicts) == [
        ("owner", Side.OURS),
        ("status", Side.THEIRS),
    ]
    card = first_card(stored(window.file.path))
    assert (card.status, card.owner) == (Status.RED, "Tomek")


def test_keep_all_ours_and_a_cancelled_dialog_write_nothing(window, tmp_path, qtbot):
    actions = install(window)
    folder = tmp_path / "copies"
    folder.mkdir()
    [copy] = actions.hand_out(["Grupa A"], folder)
    edit_copy(copy, status=Status.RED)
    card_id = first_card(window.document.workshop).id
    window.document.update(card_id, status=Status.GREEN)
    steps = window.editor.stack.count()

    def cancel(conflicts, group):
        dialog = MergeConflictsDialog(conflicts, group=group, language="en", parent=window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.all_ours, Qt.MouseButton.LeftButton)
        assert set(dialog.choices().values()) == {Side.OURS}
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton
        )
        return None if dialog.result() == QDialog.DialogCode.Rejected else dialog.choices()

    assert actions.merge(copy, choose=cancel) is None
    assert window.editor.stack.count() == steps
    assert first_card(stored(window.file.path)).status == Status.GREEN


def test_a_plain_workshop_is_refused_with_one_message(window, tmp_path):
    actions = install(window)
    assert actions.merge(window.file.path, choose=lambda c, g: {}) is None
    assert actions.last_message.endswith("is not a group copy: it was never handed out.")


def test_what_a_group_brought_says_so_in_the_inspector_and_its_exports_name_the_group(
    window, tmp_path, qtbot
):
    import openpyxl

    from shoppermap.domain.document import Kind
    from shoppermap.domain.labels import Label
    from shoppermap.domain.models import Card, Opportunity
    from shoppermap.export.excel import export_excel
    from shoppermap.ui.picture import title_lines

    actions = install(window)
    folder = tmp_path / "copies"
    folder.mkdir()
    [copy] = actions.hand_out(["Grupa B"], folder)
    file, document = open_workshop_file(copy)
    phase = document.workshop.journeys[0].stages[0].phases[0]
    document.insert(Kind.CARD, phase.id, 0, Card(id="new-card", label=Label.same("Coupon in the app")))
    document.insert(Kind.OPPORTUNITY, "new-card", 0, Opportunity(id="new-action", description="Push message"))
    # the copy's own exports say whose they are
    assert title_lines(document, document.workshop.journeys[0].id, "en")[0].startswith("Grupa B — ")
    export_excel(document, tmp_path / "b.xlsx", journeys=document.workshop.journeys, internal=True)
    summary = openpyxl.load_workbook(tmp_path / "b.xlsx")["Summary"]
    assert ("Breakout group", "Grupa B") in [(r[0], r[1]) for r in summary.iter_rows(values_only=True)]
    file.close()

    actions.merge(copy, choose=lambda conflicts, group: {})
    window.current_scene().select_cards(["new-card"])
    form = window.inspector.card_form
    qtbot.waitUntil(lambda: form.card_id == "new-card")
    assert form.origin.text() == "Grupa B" and form.origin.isVisibleTo(form)
    ours = window.document.workshop.journeys[0].stages[0].phases[0].cards[1]
    assert ours.origin_group is None
    window.current_scene().select_cards([ours.id])
    qtbot.waitUntil(lambda: form.card_id != "new-card")
    assert not form.origin.isVisibleTo(form)

    # and an internal column of the plan, in the table and in the internal Excel plan only
    from shoppermap.ui.plan.columns import COLUMN

    plan = window.plan
    plan.columns.set_shown("group", True)
    groups = {
        plan.model.rows[r]: plan.model.index(r, COLUMN["group"]).data() for r in range(plan.model.rowCount())
    }
    assert groups["new-action"] == "Grupa B"
    assert {v for k, v in groups.items() if k != "new-action"} <= {""}
    for internal in (True, False):
        path = tmp_path / f"merged-{internal}.xlsx"
        export_excel(window.document, path, journeys=window.document.workshop.journeys, internal=internal)
        rows = list(openpyxl.load_workbook(path)["Action plan"].iter_rows(values_only=True))
        if not internal:
            assert "Brought by" not in rows[0]
            continue
        at, description = rows[0].index("Brought by"), rows[0].index("Description")
        assert [r[at] for r in rows[1:] if r[description] == "Push message"] == ["Grupa B"]


def test_a_group_given_a_stage_finds_its_copy_open_there(window, tmp_path, qtbot):
    from shoppermap.ui.dialogs.handout_focus import HandoutFocusDialog

    actions = install(window)
    stage = window.document.workshop.journeys[0].stages[2]  # Buy
    dialog = HandoutFocusDialog(window.document.workshop, ["Grupa A", "Grupa B"], "en", parent=window)
    combo = dialog.choices["Grupa A"]
    combo.setCurrentIndex(combo.findData(stage.id))
    assert dialog.focus() == {"Grupa A": stage.id}  # Grupa B works on the whole workshop
    folder = tmp_path / "copies"
    folder.mkdir()
    copy_a, copy_b = actions.hand_out(["Grupa A", "Grupa B"], folder, focus=dialog.focus())
    assert stored(copy_a).handout.focus == stage.id and stored(copy_b).handout.focus is None

    assert window.open_path(copy_a)
    scene, view = window.current_scene(), window.view
    band = scene.stages[stage.id].sceneBoundingRect()
    qtbot.waitUntil(lambda: view.mapToScene(view.viewport().rect()).boundingRect().contains(band.center()))
    assert (
        not view.mapToScene(view.viewport().rect())
        .boundingRect()
        .contains(
            scene.stages[window.document.workshop.journeys[0].stages[0].id].sceneBoundingRect().center()
        )
    )
    assert "Grupa A works on Buy" in window.statusBar().currentMessage()
