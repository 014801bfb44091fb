"""Journeys as tabs: add from a framework, duplicate, rename, reorder, delete; each one undo step in
the workshop file; the canvas and the title follow the current tab."""

from PySide6.QtWidgets import QMessageBox

from shoppermap.domain.library import journey_from_framework
from shoppermap.storage import WorkshopFile
from shoppermap.ui import journey_tabs

from ..helpers import library


def query(path, sql: str, params=()) -> list[tuple]:
    """Rows from the file as stored (a fresh read-only connection)."""
    file, _workshop = WorkshopFile.open(path, read_only=True)
    try:
        return [tuple(r) for r in file.db.execute(sql, list(params)).fetchall()]
    finally:
        file.close()


def stored_journeys(path) -> list[tuple[str, str, str]]:
    """(id, name, framework) of every journey, in the stored order."""
    return query(path, "SELECT id, name, framework FROM journeys ORDER BY position")


def cards_in(path, journey_id: str) -> int:
    return query(
        path,
        """SELECT count(*) FROM cards JOIN phases ON phases.id = cards.phase_id
           JOIN stages ON stages.id = phases.stage_id WHERE stages.journey_id = ?""",
        [journey_id],
    )[0][0]


def tab_names(window) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


CX_CARDS = sum(len(p.touchpoints) for s in library().get("cx-journey").stages for p in s.phases)


def add_cx_journey(window, name: str = "Online shoppers") -> str:
    journey = journey_from_framework(library().get("cx-journey"), name=name)
    window.tabs.add(journey)
    return journey.id


def test_add_a_journey_from_a_framework_shows_it_and_undo_removes_it(window):
    path = window.file.path
    first = window.journey_id
    new_id = add_cx_journey(window)
    assert [j[0] for j in stored_journeys(path)] == [first, new_id]
    assert stored_journeys(path)[1][1:] == ("Online shoppers", "cx-journey")
    assert cards_in(path, new_id) == CX_CARDS
    assert window.journey_id == new_id
    assert window.view.scene() is window.scenes[new_id]
    assert len(window.current_scene().cards) == CX_CARDS
    assert tab_names(window) == ["Shopper journey (offline)", "Online shoppers"]
    assert window.tabs.currentIndex() == 1
    assert window.stack.count() == 1
    assert window.stack.undoText() == "Add journey 'Online shoppers'"
    window.actions_.undo.trigger()
    assert [j[0] for j in stored_journeys(path)] == [first]
    assert cards_in(path, new_id) == 0
    assert window.journey_id == first
    assert window.view.scene() is window.scenes[first]
    assert tab_names(window) == ["Shopper journey (offline)"]
    window.actions_.redo.trigger()
    assert [j[0] for j in stored_journeys(path)] == [first, new_id]
    assert cards_in(path, new_id) == CX_CARDS


def test_add_journey_dialog_asks_for_framework_and_name(window, monkeypatch):
    path = window.file.path
    asked = {}

    def get_item(_parent, _title, _label, items, _current=0, _editable=True):
        asked["frameworks"] = list(items)
        return "Classic customer journey", True

    def get_text(_parent, _title, _label, text=""):
        asked["suggested"] = text
        return "  Students  ", True

    monkeypatch.setattr(journey_tabs, "ask_item", get_item)
    monkeypatch.setattr(journey_tabs, "ask_text", get_text)
    window.actions_.add_journey.trigger()
    assert len(asked["frameworks"]) >= 2
    assert "Classic customer journey" in asked["frameworks"]
    assert asked["suggested"] == "Classic customer journey"  # offered as the journey's name
    assert stored_journeys(path)[-1][1:] == ("Students", "cx-journey")
    assert window.document.get(window.journey_id).name == "Students"
    assert "Students" in window.windowTitle()


def test_cancelling_the_add_journey_dialog_adds_nothing(window, monkeypatch):
    path = window.file.path
    monkeypatch.setattr(journey_tabs, "ask_item", lambda *a, **k: ("", False))
    window.actions_.add_journey.trigger()
    assert len(stored_journeys(path)) == 1
    assert window.stack.count() == 0


def test_duplicate_a_journey_copies_its_cards_under_new_ids(window):
    path = window.file.path
    first = window.journey_id
    hidden = window.document.get(first).stages[0].phases[0].cards[0]
    window.canvas_edits.delete_cards([hidden.id])
    window.canvas_edits.rename(window.document.get(first).stages[1].phases[0].cards[0].id, "Bus to the mall")
    window.stack.clear()
    window.actions_.duplicate_journey.trigger()
    journeys = stored_journeys(path)
    assert len(journeys) == 2
    copy_id, copy_name, framework = journeys[1]
    assert copy_name == "Shopper journey (offline) (copy)"
    assert framework == "shopper-journey"
    assert window.journey_id == copy_id
    assert cards_in(path, copy_id) == cards_in(path, first)
    original_ids = {c.id for _, _, c in window.document.cards(first)}
    copied = list(window.document.cards(copy_id))
    assert not original_ids & {c.id for _, _, c in copied}
    assert copied[0][2].hidden  # the copy is the journey as the team left it
    assert any(c.label.en == "Bus to the mall" for _, _, c in copied)
    assert window.stack.undoText() == "Add journey 'Shopper journey (offline) (copy)'"
    window.actions_.undo.trigger()
    assert [j[0] for j in stored_journeys(path)] == [first]


def test_rename_a_journey(window, monkeypatch):
    path = window.file.path
    monkeypatch.setattr(journey_tabs, "ask_text", lambda *a, **k: ("Busy parents", True))
    window.actions_.rename_journey.trigger()
    assert stored_journeys(path)[0][1] == "Busy parents"
    assert tab_names(window) == ["Busy parents"]
    assert "Busy parents" in window.windowTitle()
    assert window.stack.undoText() == "Rename journey to 'Busy parents'"
    window.actions_.undo.trigger()
    assert stored_journeys(path)[0][1] == "Shopper journey (offline)"
    assert tab_names(window) == ["Shopper journey (offline)"]
    assert "Shopper journey (offline)" in window.windowTitle()
    window.actions_.redo.trigger()
    assert stored_journeys(path)[0][1] == "Busy parents"


def test_rename_to_nothing_is_ignored(window, monkeypatch):
    path = window.file.path
    monkeypatch.setattr(journey_tabs, "ask_text", lambda *a, **k: ("   ", True))
    window.actions_.rename_journey.trigger()
    assert stored_journeys(path)[0][1] == "Shopper journey (offline)"
    assert window.stack.count() == 0


def test_double_click_on_a_tab_renames_its_journey(window, monkeypatch):
    path = window.file.path
    monkeypatch.setattr(journey_tabs, "ask_text", lambda *a, **k: ("Seniors", True))
    window.tabs.tabBarDoubleClicked.emit(0)
    assert stored_journeys(path)[0][1] == "Seniors"


def test_moving_a_tab_reorders_the_journeys(window):
    path = window.file.path
    first = window.journey_id
    second = add_cx_journey(window)
    third = add_cx_journey(window, "Students")
    window.stack.clear()
    window.tabs.moveTab(0, 2)
    assert [j[0] for j in stored_journeys(path)] == [second, third, first]
    assert tab_names(window) == ["Online shoppers", "Students", "Shopper journey (offline)"]
    assert window.stack.count() == 1
    assert window.stack.undoText() == "Move journey 'Shopper journey (offline)'"
    window.actions_.undo.trigger()
    assert [j[0] for j in stored_journeys(path)] == [first, second, third]
    assert tab_names(window) == ["Shopper journey (offline)", "Online shoppers", "Students"]
    assert [window.tabs.tabData(i) for i in range(3)] == [first, second, third]
    window.actions_.redo.trigger()
    assert [j[0] for j in stored_journeys(path)] == [second, third, first]


def test_delete_a_journey_and_undo_brings_it_back_whole(window):
    path = window.file.path
    first = window.journey_id
    second = add_cx_journey(window)
    window.canvas_edits.rename(window.document.get(second).stages[0].phases[0].cards[0].id, "TV spot")
    window.stack.clear()
    window.actions_.delete_journey.trigger()
    assert [j[0] for j in stored_journeys(path)] == [first]
    assert cards_in(path, second) == 0
    assert window.journey_id == first
    assert window.view.scene() is window.scenes[first]
    assert second not in window.scenes
    assert tab_names(window) == ["Shopper journey (offline)"]
    assert window.stack.undoText() == "Delete journey 'Online shoppers'"
    window.actions_.undo.trigger()
    assert [j[0] for j in stored_journeys(path)] == [first, second]
    assert cards_in(path, second) == CX_CARDS
    assert query(path, "SELECT count(*) FROM cards WHERE label_en = 'TV spot'") == [(1,)]
    assert tab_names(window) == ["Shopper journey (offline)", "Online shoppers"]
    window.tabs.setCurrentIndex(1)
    assert window.current_scene().journey_id == second
    assert len(window.current_scene().cards) == CX_CARDS


def test_the_last_journey_cannot_be_deleted(window, monkeypatch):
    path = window.file.path
    said = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: said.append(text)))
    window.actions_.delete_journey.trigger()
    assert said == ["A workshop keeps at least one journey."]
    assert len(stored_journeys(path)) == 1
    assert window.stack.count() == 0
    assert window.current_scene() is not None


def test_switching_tabs_switches_the_scene_and_the_title(window):
    first = window.journey_id
    second = add_cx_journey(window)
    assert window.windowTitle() == "Test workshop — Online shoppers — ShopperMap"
    window.tabs.setCurrentIndex(0)
    assert window.journey_id == first
    assert window.view.scene() is window.scenes[first]
    assert window.windowTitle() == "Test workshop — Shopper journey (offline) — ShopperMap"
    # the palette follows the journey's framework
    assert window.palette.tree.topLevelItem(0).text(0) == window.document.get(first).stages[0].label.en
    window.tabs.setCurrentIndex(1)
    assert window.view.scene() is window.scenes[second]
    assert window.palette.tree.topLevelItem(0).text(0) == window.document.get(second).stages[0].label.en
    # each journey keeps its own selection
    scene = window.current_scene()
    scene.select_cards([next(iter(scene.cards))])
    window.tabs.setCurrentIndex(0)
    assert window.selected_cards() == []


def test_the_title_shows_workshop_and_journey(window):
    assert window.windowTitle() == "Test workshop — Shopper journey (offline) — ShopperMap"
    assert window.windowFilePath() == str(window.file.path)


def test_a_small_question_is_wide_enough_for_its_polish_title(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication, QInputDialog

    from shoppermap.ui.ask import ask_text

    title = "Zapisz ścieżkę jako szablon użytkownika"
    seen = {}

    def answer():
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible()
        )
        seen["width"] = dialog.width()
        dialog.setTextValue("Moja ścieżka")
        dialog.accept()

    QTimer.singleShot(50, answer)
    assert ask_text(None, title, "Nazwa:", text="") == ("Moja ścieżka", True)
    font = QApplication.font()
    font.setBold(True)
    assert seen["width"] >= QFontMetrics(font).horizontalAdvance(title) + 100
