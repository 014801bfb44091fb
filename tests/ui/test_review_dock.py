"""The plan-check dock: findings under their stages, a click shows the card or the action, edits update it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit

from shoppermap.domain.document import Kind
from shoppermap.domain.labels import Label
from shoppermap.domain.models import Journey, Kpi, Opportunity, Stage, Status
from shoppermap.domain.review import FindingKind
from shoppermap.ui import i18n, review_dock
from shoppermap.ui.app import build_window
from shoppermap.ui.commands import InsertCommand, UpdateCommand
from shoppermap.ui.plan.model import ROLE_CARD

from ..helpers import library, make_file
from .test_plan import stored_opportunity


def complete(oid: str, **fields) -> Opportunity:
    values = dict(
        description=f"Action {oid}",
        owner="Anna",
        cost=Decimal(100),
        kpi=Kpi.ROTATION,
        start=dt.date(2026, 3, 1),
        end=dt.date(2026, 3, 31),
    )
    values.update(fields)
    return Opportunity(id=oid, **values)


@pytest.fixture
def check(window):
    """The window with the plan check open on four known findings (set up directly in the document)."""
    doc = window.document
    stages = doc.workshop.journeys[0].stages
    cards = [[c for p in s.phases for c in p.cards] for s in stages]
    doc.insert(Kind.OPPORTUNITY, cards[0][0].id, 0, complete("o-ok"))
    doc.update(cards[1][0].id, moment_of_truth=True)
    doc.insert(Kind.OPPORTUNITY, cards[1][1].id, 0, complete("o-half", description="Floor sticker", owner=""))
    doc.update(cards[2][0].id, status=Status.RED)
    doc.insert(Kind.OPPORTUNITY, cards[3][0].id, 0, complete("o-use"))
    window.review_dock.show()
    widget = window.review
    widget.cards = {"moment": cards[1][0], "half": cards[1][1], "red": cards[2][0]}
    widget.stages = stages
    return widget


def lines(widget) -> list[tuple[str, list[str]]]:
    tree = widget.tree
    return [
        (
            tree.topLevelItem(g).text(0),
            [tree.topLevelItem(g).child(r).text(0) for r in range(tree.topLevelItem(g).childCount())],
        )
        for g in range(tree.topLevelItemCount())
    ]


def click_line(qtbot, widget, kind: FindingKind) -> None:
    """A real left click in the middle of the first line of a kind."""
    finding = next(f for f in widget.findings if f.kind == kind)
    item = widget.item_of(finding)
    widget.tree.scrollToItem(item)
    rect = widget.tree.visualItemRect(item)
    qtbot.mouseClick(widget.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_findings_are_listed_under_their_stages_with_a_count(check, window):
    label = {k: c.label.text("en") for k, c in check.cards.items()}
    stage = [s.label.text("en") for s in check.stages]
    assert lines(check) == [
        (
            stage[1],
            [
                f"{label['moment']}: moment of truth with no POS action",
                f"{label['half']}: action “Floor sticker” has no owner",
            ],
        ),
        (stage[2], ["No action in this stage", f"{label['red']}: critical touchpoint with no POS action"]),
    ]
    assert window.review_dock.windowTitle() == "Plan check (4)"
    toggle = window.review_dock.toggleViewAction()
    assert toggle in window.actions_.view_menu.actions() and toggle.text() == "Plan check (4)"
    toggle.trigger()
    assert window.review_dock.isHidden()


def test_clicking_a_finding_selects_its_card_on_the_map(check, window, qtbot):
    scene = window.current_scene()
    assert scene.selected_card_ids() == []
    click_line(qtbot, check, FindingKind.MOMENT_WITHOUT_ACTION)
    assert scene.selected_card_ids() == [check.cards["moment"].id]
    # the arrow keys walk the list and the map follows
    qtbot.keyClick(check.tree, Qt.Key.Key_Down)
    assert scene.selected_card_ids() == [check.cards["half"].id]
    click_line(qtbot, check, FindingKind.CRITICAL_WITHOUT_ACTION)
    assert scene.selected_card_ids() == [check.cards["red"].id]
    # the inspector opens on the card, beside the list, not over it
    assert window.inspector.isVisible() and check.isVisible()
    click_line(qtbot, check, FindingKind.STAGE_WITHOUT_ACTION)
    assert scene.selected_card_ids() == []


def test_clicking_an_action_finding_selects_its_row_in_the_plan_and_a_typed_fix_removes_it(
    check, window, qtbot
):
    plan = window.plan
    window.plan_dock.hide()  # the team closed the plan: a finding about an action opens it again
    assert window.plan_dock.isHidden()
    click_line(qtbot, check, FindingKind.ACTION_INCOMPLETE)
    assert window.plan_dock.isVisible()
    rows = plan.table.selectionModel().selectedRows()
    assert [plan.model.opportunity_id(plan.proxy.mapToSource(i).row()) for i in rows] == ["o-half"]
    assert [i.data(ROLE_CARD) for i in rows] == [check.cards["half"].id]
    assert window.current_scene().selected_card_ids() == [check.cards["half"].id]

    # the team types the owner into the plan: the finding goes as the edit lands
    row = plan.table.currentIndex().row()
    plan.table.setCurrentIndex(plan.current_index(row, "owner"))
    plan.table.setFocus()
    qtbot.keyClick(plan.table, Qt.Key.Key_F2)
    editor = plan.table.viewport().findChild(QLineEdit)
    qtbot.keyClicks(editor, "Piotr")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.review_dock.windowTitle() == "Plan check (3)")
    assert stored_opportunity(window.file.path, "o-half").owner == "Piotr"
    assert FindingKind.ACTION_INCOMPLETE not in [f.kind for f in check.findings]
    assert all("Floor sticker" not in text for _, texts in lines(check) for text in texts)

    window.actions_.undo.trigger()  # undone, the finding is back
    assert stored_opportunity(window.file.path, "o-half").owner == ""
    assert window.review_dock.windowTitle() == "Plan check (4)"


def test_fixing_the_map_removes_findings_and_breaking_it_adds_them(check, window):
    editor, doc = window.editor, window.document
    red = check.cards["red"].id
    # an action on the red card answers it and gives its stage an action
    opportunity = complete("o-new")
    assert editor.apply([InsertCommand(doc, Kind.OPPORTUNITY, red, 0, opportunity, "Add")], text="Add")
    assert [f.kind for f in check.findings] == [
        FindingKind.MOMENT_WITHOUT_ACTION,
        FindingKind.ACTION_INCOMPLETE,
    ]
    assert window.review_dock.windowTitle() == "Plan check (2)"
    # dropping it brings both back
    assert editor.apply([UpdateCommand(doc, "o-new", {"status": "dropped"}, "Drop")], text="Drop")
    assert window.review_dock.windowTitle() == "Plan check (4)"


def test_the_check_runs_once_per_edit_not_once_per_field(check, window, monkeypatch):
    calls = []
    real = review_dock.review
    monkeypatch.setattr(review_dock, "review", lambda workshop: calls.append(1) or real(workshop))
    doc = window.document
    commands = [
        UpdateCommand(doc, "o-half", {"owner": "Piotr", "cost": Decimal(5)}, "Edit"),
        UpdateCommand(doc, check.cards["red"].id, {"status": Status.YELLOW, "notes": "x"}, "Edit"),
    ]
    assert window.editor.apply(commands, text="Edit")
    assert calls == [1]
    assert [f.kind for f in check.findings] == [
        FindingKind.MOMENT_WITHOUT_ACTION,
        FindingKind.STAGE_WITHOUT_ACTION,
    ]


def test_a_finding_in_another_journey_shows_that_journey(check, window, qtbot):
    first = window.document.workshop.journeys[0]
    party = Journey(id="party", name="Party", stages=[Stage(id="party-stage", label=Label.same("Evening"))])
    window.document.insert(Kind.JOURNEY, None, 1, party)
    headings = [heading for heading, _ in lines(check)]
    assert headings[0] == f"{first.name} › {check.stages[1].label.text('en')}"
    assert headings[-1] == "Party › Evening"
    assert window.journey_id == first.id
    click_line(qtbot, check, FindingKind.STAGE_WITHOUT_ACTION)  # the first one is the first journey's
    assert window.journey_id == first.id
    item = check.item_of(check.findings[-1])
    check.tree.scrollToItem(item)
    qtbot.mouseClick(
        check.tree.viewport(), Qt.MouseButton.LeftButton, pos=check.tree.visualItemRect(item).center()
    )
    assert window.journey_id == "party"


def test_a_clean_workshop_says_so(window):
    window.review_dock.show()
    doc = window.document
    for stage in doc.workshop.journeys[0].stages:
        doc.insert(Kind.OPPORTUNITY, stage.phases[0].cards[0].id, 0, complete(f"o-{stage.id}"))
    assert window.review.findings == []
    assert window.review.empty.isVisible() and not window.review.tree.isVisible()
    assert window.review_dock.windowTitle() == "Plan check"


def test_the_findings_speak_polish_after_a_switch(qtbot, settings, tmp_path):
    path = tmp_path / "polish.shoppermap"
    file, doc = make_file(path)
    card = doc.workshop.journeys[0].stages[1].phases[0].cards[0]
    doc.insert(Kind.OPPORTUNITY, card.id, 0, complete("o-half", description="Floor sticker", owner=""))
    file.close()
    window = build_window(library(), settings=settings)
    assert window.open_path(path)
    window.show()
    qtbot.waitExposed(window)
    locale = QLocale()
    try:
        polish = i18n.switch_language(window, "pl")
        del window  # closed and deleted by the switch
        qtbot.waitUntil(polish.isActiveWindow)
        texts = [text for _, group in lines(polish.review) for text in group]
        assert f"{card.label.text('pl')}: działanie “Floor sticker” nie ma osoby odpowiedzialnej" in texts
        assert "Brak działań na tym etapie" in texts
        assert polish.review_dock.toggleViewAction().text() == "Kontrola planu (4)"
        polish.close()
    finally:
        i18n.remove_translators()
        QLocale.setDefault(locale)


def test_a_closed_dock_checks_again_when_it_opens(check, window, monkeypatch):
    calls = []
    real = review_dock.review
    monkeypatch.setattr(review_dock, "review", lambda workshop: calls.append(1) or real(workshop))
    window.review_dock.toggleViewAction().trigger()  # closed from the View menu
    assert window.review_dock.isHidden()
    editor, doc = window.editor, window.document
    assert editor.apply([UpdateCommand(doc, "o-half", {"owner": "Piotr"}, "Owner")], text="Owner")
    assert editor.apply(
        [UpdateCommand(doc, check.cards["moment"].id, {"moment_of_truth": False}, "Mot")], text="Mot"
    )
    assert calls == []
    assert window.review_dock.windowTitle() == "Plan check"  # no count it does not know
    window.review_dock.toggleViewAction().trigger()
    assert calls == [1]
    assert [f.kind for f in check.findings] == [
        FindingKind.STAGE_WITHOUT_ACTION,
        FindingKind.CRITICAL_WITHOUT_ACTION,
    ]
    assert window.review_dock.windowTitle() == "Plan check (2)"


def test_a_long_finding_wraps_in_a_narrow_dock_instead_of_being_cut(qtbot):
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

    from shoppermap.ui.wrapping_delegate import WrappingDelegate

    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setHeaderHidden(True)
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    tree.setItemDelegate(WrappingDelegate(tree))
    text = "Patrzę na cenówki: luka o wysokim zagrożeniu (HiperMax marka własna) bez działania"
    item = QTreeWidgetItem(tree, [text])
    tree.resize(260, 300)
    tree.show()
    qtbot.waitExposed(tree)
    row = tree.visualItemRect(item)
    needed = tree.fontMetrics().boundingRect(
        QRect(0, 0, row.width() - 12, 10000), Qt.TextFlag.TextWordWrap, text
    )
    assert needed.height() > 2 * tree.fontMetrics().height()  # the sentence needs several lines here
    assert row.height() >= needed.height()
