"""An action's numbers in the inspector, typed with real keys in English and Polish and read back from the file."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from shoppermap.domain.amounts import AmountError, AmountProblem
from shoppermap.domain.document import Document, Kind
from shoppermap.domain.models import CostKind, Opportunity, Workshop
from shoppermap.export.workshop_json import read_workshop_json
from shoppermap.paths import resources_dir
from shoppermap.storage import WorkshopFile
from shoppermap.ui import i18n
from shoppermap.ui.editor import Editor
from shoppermap.ui.inspector import Inspector
from shoppermap.ui.vocabulary import amount_error_text
from shoppermap.workshops import create_workshop_file

from ..helpers import library, make_file
from .test_inspector import pick, replace_text

DOCK_WIDTH = 340  # the inspector dock's width at its narrowest (window_docks.py)
SAMPLE = "crunchy-snacks-hypermarket.json"


@dataclass
class Numbers:
    """An inspector on the sample workshop, showing the card of its first action."""

    path: Path
    file: WorkshopFile
    doc: Document
    stack: QUndoStack
    inspector: Inspector
    language: str

    @property
    def editor(self):
        return self.inspector.opportunities.editor

    @property
    def numbers(self):
        return self.editor.numbers

    def stored(self) -> Workshop:
        """The workshop as the file holds it, read with a fresh connection."""
        file, workshop = WorkshopFile.open(self.path, read_only=True)
        file.close()
        return workshop

    def stored_action(self, opportunity_id: str | None = None) -> Opportunity:
        """The edited action as the file holds it."""
        opportunity_id = opportunity_id or self.editor.opportunity_id
        return next(
            o
            for j in self.stored().journeys
            for s in j.stages
            for p in s.phases
            for c in p.cards
            for o in c.opportunities
            if o.id == opportunity_id
        )

    def blank_action(self) -> str:
        """A new action without numbers on the shown card, selected in the inspector."""
        card_id = self.inspector.card_ids[0]
        action = Opportunity(pos_tool="wobbler")
        self.doc.insert(Kind.OPPORTUNITY, card_id, 0, action)
        self.inspector.show_cards([card_id])
        self.inspector.opportunities.list.select(action.id)
        assert self.editor.opportunity_id == action.id
        return action.id


def _open(qtbot, tmp_path, language: str, workshop: Workshop) -> Numbers:
    i18n.install_translator(QApplication.instance(), language)  # before the widgets: they keep their texts
    path = tmp_path / "workshop.shoppermap"
    file, doc = create_workshop_file(path, workshop)
    inspector = Inspector()
    qtbot.addWidget(inspector)
    stack = QUndoStack(inspector)  # owned by a widget: a stack left to the GC crashes PySide
    inspector.set_context(doc, Editor(doc, stack, inspector), library().pos_tools, language)
    card = next(c for j in doc.workshop.journeys for _, _, c in doc.cards(j.id) if c.opportunities)
    inspector.show_cards([card.id])
    inspector.resize(DOCK_WIDTH, 900)
    inspector.show()
    qtbot.waitExposed(inspector)
    inspector.activateWindow()
    return Numbers(path, file, doc, stack, inspector, language)


@pytest.fixture(params=["en", "pl"])
def ins(request, qtbot, tmp_path):
    locale = QLocale()
    interval = QApplication.keyboardInputInterval()
    QApplication.setKeyboardInputInterval(120)
    setup = _open(qtbot, tmp_path, request.param, read_workshop_json(resources_dir() / "samples" / SAMPLE))
    yield setup
    setup.file.close()
    QApplication.setKeyboardInputInterval(interval)
    i18n.remove_translators()
    QLocale.setDefault(locale)


def _plain(text: str) -> str:
    """Text with the locale's group marks as plain spaces, for literal expectations."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _shown(ins: Numbers, name: str) -> str:
    return _plain(getattr(ins.numbers, name).text())


def test_quantities_and_effect_typed_with_keys_reach_the_file(qtbot, ins):
    ins.blank_action()
    fields = ins.numbers.fields
    pl = ins.language == "pl"
    typed = {
        "stores": ("48", 48),
        "units_per_store": ("25", 25),
        "unit_cost": ("0,90" if pl else "0.90", Decimal("0.90")),
        "fixed_cost": ("720", Decimal(720)),
        "baseline_sales": ("10 000" if pl else "10,000", Decimal(10_000)),
        "uplift_pct": ("12,5" if pl else "12.5", Decimal("12.5")),
        "margin_pct": ("30", Decimal(30)),
    }
    before = ins.stack.count()
    for step, (name, (text, _stored)) in enumerate(typed.items(), start=1):
        replace_text(qtbot, fields[name], text)
        assert not ins.editor.messages[name].isVisible(), ins.editor.messages[name].text()
        assert ins.stack.count() == before + step, name  # each field is one undo step

    stored = ins.stored_action()
    for name, (_text, value) in typed.items():
        assert getattr(stored, name) == value, name
        assert type(getattr(stored, name)) is type(value), name

    # worked out and shown: 48 x 25 x 0.90 + 720 = 1 800,00; 10 000 x 12.5 % = 1 250; x 30 % = 375
    assert _shown(ins, "total_units") == ("1 200" if pl else "1,200")
    assert _shown(ins, "built_cost") == ("= 1 800,00" if pl else "= 1,800.00")
    assert not fields["cost"].isVisible()  # the typed cost is not used while there are quantities
    tip = _plain(ins.numbers.built_cost.toolTip())
    assert tip.endswith("1 200 × 0,90 + 720,00 = 1 800,00" if pl else "1,200 × 0.90 + 720.00 = 1,800.00")
    assert _shown(ins, "incremental_sales") == ("1 250,00 PLN" if pl else "1,250.00 PLN")
    assert _shown(ins, "incremental_margin") == ("375,00 PLN" if pl else "375.00 PLN")
    assert _shown(ins, "roi") == ("\u221279 %" if pl else "\u221279%")  # (375 - 1800) / 1800
    assert fields["unit_cost"].text() == ("0,90" if pl else "0.90")
    line = _plain(ins.inspector.opportunities.list.view.item(0).text())
    assert line.endswith("1 800 PLN" if pl else "1,800 PLN")  # the list names the built-up cost

    # each step undone alone, newest first, and redone
    names = list(typed)
    for name in reversed(names):
        ins.stack.undo()
        assert getattr(ins.stored_action(), name) is None, name
    assert _shown(ins, "total_units") == "" and _shown(ins, "roi") == ""
    for name in names:
        ins.stack.redo()
        assert getattr(ins.stored_action(), name) == typed[name][1], name
    assert _shown(ins, "built_cost") == ("= 1 800,00" if pl else "= 1,800.00")


def test_figures_follow_the_keys_before_anything_is_committed(qtbot, ins):
    ins.blank_action()
    fields = ins.numbers.fields
    for name, text in (("stores", "4"), ("units_per_store", "10")):
        fields[name].setFocus()
        qtbot.waitUntil(fields[name].hasFocus)
        qtbot.keyClicks(fields[name], text)
    assert _shown(ins, "total_units") == "40"
    assert _shown(ins, "built_cost") == (
        "uzupełnij ilości" if ins.language == "pl" else "complete the quantities"
    )
    qtbot.keyClicks(fields["units_per_store"], "x")  # not a number: the figure is unknown, not stale
    assert _shown(ins, "total_units") == ""


@pytest.mark.parametrize(
    ("name", "typed", "problem"),
    [
        ("unit_cost", "-5", AmountProblem.NEGATIVE),
        ("stores", "1,5", AmountProblem.NOT_WHOLE),
        ("units_per_store", "-2", AmountProblem.NEGATIVE),
        ("margin_pct", "120", AmountProblem.OVER_100),
        ("baseline_sales", "12abc", AmountProblem.NOT_A_NUMBER),
        ("fixed_cost", "-1", AmountProblem.NEGATIVE),
        ("uplift_pct", "-3", AmountProblem.NEGATIVE),
    ],
)
def test_a_refused_number_says_why_beside_its_field_and_writes_nothing(qtbot, ins, name, typed, problem):
    if ins.language == "en" and typed == "1,5":
        typed = "1.5"
    before = ins.stored_action()
    steps = ins.stack.count()
    replace_text(qtbot, ins.numbers.fields[name], typed)
    message = ins.editor.messages[name]
    assert message.isVisible()
    assert message.text() == amount_error_text(AmountError(problem))  # in the interface's language
    assert ins.stored_action() == before
    assert ins.stack.count() == steps
    assert message.geometry().right() <= message.parentWidget().width()

    replace_text(qtbot, ins.numbers.fields[name], "7")
    assert not message.isVisible()
    assert getattr(ins.stored_action(), name) == 7


def test_polish_messages_are_polish(qtbot, ins):
    if ins.language != "pl":
        pytest.skip("the Polish catalogue")
    replace_text(qtbot, ins.numbers.fields["margin_pct"], "120")
    assert ins.editor.messages["margin_pct"].text() == "Marża może wynosić najwyżej 100%."
    replace_text(qtbot, ins.numbers.fields["stores"], "1,5")
    assert "całkowit" in ins.editor.messages["stores"].text()


def test_a_typed_cost_stands_until_there_are_quantities(qtbot, ins):
    ins.blank_action()
    fields = ins.numbers.fields
    assert fields["cost"].isVisible() and not ins.numbers.built_cost.isVisible()
    replace_text(qtbot, fields["cost"], "1 500,50" if ins.language == "pl" else "1500.50")
    assert ins.stored_action().cost == Decimal("1500.50")
    replace_text(qtbot, fields["fixed_cost"], "300")
    assert not fields["cost"].isVisible() and ins.numbers.built_cost.isVisible()
    assert _shown(ins, "built_cost") == ("= 300,00" if ins.language == "pl" else "= 300.00")
    assert ins.stored_action().cost == Decimal("1500.50")  # kept for when the quantities go
    replace_text(qtbot, fields["fixed_cost"], "")
    assert fields["cost"].isVisible()
    assert fields["cost"].text() == ("1500,50" if ins.language == "pl" else "1500.50")


def test_kind_of_cost_and_mechanic(qtbot, ins):
    numbers = ins.numbers
    pick(qtbot, numbers.cost_kind, "Med")
    assert ins.stored_action().cost_kind == CostKind.MEDIA
    completions = numbers.mechanic_completer.model().stringList()
    assert "2+1" in completions
    assert ("degustacja" if ins.language == "pl" else "tasting") in completions
    used = {o.mechanic for o in ins.doc.all_opportunities() if o.mechanic}
    assert used <= set(completions)  # and the mechanics the workshop already uses
    replace_text(qtbot, numbers.mechanic, "  3   za 2 ")
    assert ins.stored_action().mechanic == "3 za 2"
    ins.stack.undo()
    assert ins.stored_action().mechanic == "2+1"
    ins.stack.undo()
    assert ins.stored_action().cost_kind == CostKind.RETAILER_FEE


def test_a_new_brand_joins_the_workshop_in_the_same_undo_step(qtbot, ins):
    brand = ins.numbers.brand
    brands_before = [b.name for b in ins.stored().brands]
    steps = ins.stack.count()
    replace_text(qtbot, brand.lineEdit(), "Crunchy Żurawina")
    assert ins.stack.count() == steps + 1
    workshop = ins.stored()
    assert [b.name for b in workshop.brands] == [*brands_before, "Crunchy Żurawina"]
    assert ins.stored_action().brand == workshop.brands[-1].id
    assert brand.findText("Crunchy Żurawina") >= 0

    # an existing brand typed in another case is reused; an empty field means no brand
    replace_text(qtbot, brand.lineEdit(), "crunchy mini 30 g")
    assert ins.stored_action().brand == next(b.id for b in workshop.brands if b.name == "Crunchy Mini 30 g")
    assert brand.currentText() == "Crunchy Mini 30 g"
    replace_text(qtbot, brand.lineEdit(), "")
    assert ins.stored_action().brand is None
    assert len(ins.stored().brands) == len(brands_before) + 1

    ins.stack.undo()
    ins.stack.undo()
    ins.stack.undo()  # the new brand and its use go in one step
    assert [b.name for b in ins.stored().brands] == brands_before
    assert ins.stored_action().brand == "b1crunchyxxl0001"
    assert brand.currentText() == "Crunchy XXL"
    ins.stack.redo()
    assert ins.stored().brands[-1].name == "Crunchy Żurawina"
    assert brand.currentText() == "Crunchy Żurawina"


def test_scenario_ticks_are_stored_in_the_workshops_order(qtbot, ins):
    scenarios = ins.numbers.scenarios
    ids = [s.id for s in ins.doc.workshop.scenarios]
    assert ins.stored_action().scenarios == ids
    assert not scenarios.hint.isVisible()

    def click(scenario_id: str) -> None:
        check = scenarios.checks[scenario_id]
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))

    for scenario_id in ids:
        click(scenario_id)
    assert ins.stored_action().scenarios == []
    assert scenarios.hint.isVisible()  # in no scenario ticked: in every one
    click(ids[2])
    click(ids[0])
    assert ins.stored_action().scenarios == [ids[0], ids[2]]
    assert [scenarios.checks[i].isChecked() for i in ids] == [True, False, True]
    ins.stack.undo()
    assert ins.stored_action().scenarios == [ids[2]]
    assert [scenarios.checks[i].isChecked() for i in ids] == [False, False, True]
    ins.stack.redo()
    assert ins.stored_action().scenarios == [ids[0], ids[2]]


def test_without_scenarios_the_list_is_not_shown(qtbot, tmp_path):
    seed, doc = make_file(tmp_path / "seed.shoppermap")
    workshop = doc.workshop.model_copy(deep=True)
    seed.close()
    assert workshop.scenarios == []
    card = workshop.journeys[0].stages[0].phases[0].cards[0]
    card.opportunities.append(Opportunity(pos_tool="wobbler"))
    setup = _open(qtbot, tmp_path, "en", workshop)
    try:
        assert setup.editor.opportunity_id == card.opportunities[0].id
        assert not setup.numbers.scenarios.isVisible()
        assert setup.numbers.fields["stores"].isVisible()
    finally:
        setup.file.close()


def _fields(widget: QWidget) -> list[QWidget]:
    kinds = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractButton, QLabel)
    return [w for w in widget.findChildren(QWidget) if isinstance(w, kinds) and w.isVisibleTo(widget)]


def test_every_field_fits_the_dock_in_either_language(qtbot, ins):
    content = ins.inspector.scroll.widget()
    viewport = ins.inspector.scroll.viewport()
    qtbot.waitUntil(lambda: content.width() > 0)
    assert content.width() <= viewport.width()
    outside = []
    for widget in _fields(content):
        right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
        if right > viewport.width():
            outside.append((type(widget).__name__, getattr(widget, "text", lambda: "")(), right))
    assert outside == [], f"wider than the {viewport.width()} px dock: {outside}"
    assert ins.numbers.fields["margin_pct"].isVisible()  # the new fields are among those checked
