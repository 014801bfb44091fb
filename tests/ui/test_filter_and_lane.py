"""The filter bar and the emotion curve follow the cards' annotations."""

from PySide6.QtCore import Qt

from shoppermap.domain.document import Kind
from shoppermap.domain.models import Competitor, Gap, Opportunity
from shoppermap.ui.canvas.emotion_lane import phase_emotions


def annotate(window):
    doc = window.document
    phases = [p for s in doc.get(window.journey_id).stages for p in s.phases]
    a, b, c = phases[0].cards[0], phases[1].cards[0], phases[2].cards[0]
    doc.insert(Kind.COMPETITOR, None, 0, Competitor(id="c1", name="SnackCo"))
    doc.insert(Kind.OPPORTUNITY, a.id, 0, Opportunity(pos_tool="wobbler", retailer="HiperMax", owner="Ola"))
    doc.insert(Kind.GAP, b.id, 0, Gap(competitor="c1"))
    doc.update(c.id, status="red", quick_win=True)
    return a, b, c


def test_filter_highlights_then_shows_only_matching_cards(window, qtbot):
    a, b, c = annotate(window)
    scene = window.current_scene()
    window.actions_.filter_bar.setChecked(True)
    bar = window.filter_bar
    qtbot.mouseClick(bar.flags["opportunities"], Qt.MouseButton.LeftButton)
    assert scene.matching == {a.id}
    assert scene.cards[b.id].opacity() < 0.5 and scene.cards[a.id].opacity() == 1.0
    bar.mode.setCurrentIndex(bar.mode.findData("only"))
    assert scene.visible_cards(scene.phase_order[0]) == [a.id]
    assert not scene.cards[b.id].isVisible()
    bar.clear()
    bar.combos["competitor"].setCurrentIndex(bar.combos["competitor"].findData("c1"))
    assert scene.matching == {b.id}
    bar.clear()
    qtbot.mouseClick(bar.flags["critical"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.flags["quick_win"], Qt.MouseButton.LeftButton)
    assert scene.matching == {c.id}
    bar.clear()
    bar.combos["retailer"].setCurrentIndex(bar.combos["retailer"].findData("HiperMax"))
    assert scene.matching == {a.id}
    window.actions_.filter_bar.setChecked(False)
    assert scene.matching is None and scene.cards[b.id].isVisible() and scene.cards[b.id].opacity() == 1.0


def test_emotion_curve_averages_each_phase_and_marks_critical_moments(window):
    doc = window.document
    phase = doc.get(window.journey_id).stages[0].phases[0]
    doc.update(phase.cards[0].id, emotion=2)
    doc.update(phase.cards[1].id, emotion=-1)
    doc.update(phase.cards[2].id, moment_of_truth=True)
    scene = window.current_scene()
    _x, value, critical = scene.lane.points[0]
    assert value == 0.5 and critical
    assert scene.lane.points[1][1] is None  # no emotions there yet
    assert phase_emotions([phase])[0] == (0.5, True)
    window.actions_.emotion_lane.setChecked(False)
    assert not scene.lane.isVisible()
    assert scene.sceneRect().bottom() < scene.lane.pos().y() + 1


def test_a_huge_strange_label_is_stored_whole_and_shown_short(window):
    card = window.document.get(window.journey_id).stages[0].phases[0].cards[0]
    text = ("Zażółć gęślą jaźń 🥨 مرحبا <b>x</b> =SUM(A1)\x07 " * 3000)[:100_000]
    window.canvas_edits.rename(card.id, text)
    item = window.current_scene().cards[card.id]
    assert len(item.shown_label()) <= 140 and item.shown_label().endswith("…")
    assert item.height() < 400
    stored = window.file.db.execute("SELECT label_en FROM cards WHERE id=?", [card.id]).fetchone()[0]
    assert stored == " ".join(text.split())


def test_the_breakout_group_filter_appears_after_a_merge_and_finds_what_the_group_brought(window, qtbot):
    doc = window.document
    phases = [p for s in doc.get(window.journey_id).stages for p in s.phases]
    window.actions_.filter_bar.setChecked(True)
    bar = window.filter_bar
    assert not bar.combos["group"].isVisibleTo(bar)  # no merge yet: nothing to choose
    card, other = phases[0].cards[0], phases[1].cards[0]
    doc.update(card.id, origin_group="Grupa B")
    doc.insert(Kind.OPPORTUNITY, other.id, 0, Opportunity(origin_group="Grupa A"))
    combo = bar.combos["group"]
    assert combo.isVisibleTo(bar)
    assert [combo.itemText(i) for i in range(combo.count())] == ["All breakout groups", "Grupa A", "Grupa B"]
    combo.setCurrentIndex(combo.findData("Grupa B"))
    assert window.current_scene().matching == {card.id}
    combo.setCurrentIndex(combo.findData("Grupa A"))
    assert window.current_scene().matching == {other.id}  # an action the group added to our card
