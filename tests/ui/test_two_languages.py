"""A label the team types is the team's text in both languages, unless the other was translated
separately: then that one is marked as left behind, shown as not translated, and the inspector
edits both."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from shoppermap.domain.labels import Label

from .mouse import double_click


def stored_label(path, table: str, obj_id: str) -> tuple:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            f"SELECT label_pl, label_en, label_stale FROM {table} WHERE id = ?", [obj_id]
        ).fetchone()
    finally:
        conn.close()


def first_phase(window):
    return window.document.get(window.journey_id).stages[0].phases[0]


def test_renaming_a_framework_card_in_english_leaves_polish_marked_untranslated(window, qtbot):
    scene, view, path = window.current_scene(), window.view, window.file.path
    card = first_phase(window).cards[0]
    polish = card.label.pl
    assert polish and polish != card.label.en  # a framework card, translated separately
    view.centerOn(scene.cards[card.id])
    double_click(view, scene.cards[card.id].sceneBoundingRect().center())
    editor = view.inline_editor()
    editor.selectAll()
    qtbot.keyClicks(editor, "Friends recommend the brand")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert stored_label(path, "cards", card.id) == (polish, "Friends recommend the brand", "pl")

    form = window.inspector.card_form
    scene.select_cards([card.id])
    qtbot.waitUntil(lambda: form.card_id == card.id)
    assert form.other_label_title.text() == "In Polish"
    assert form.other_label.text() == polish
    assert form.not_translated.isVisibleTo(form)

    # the facilitator writes the Polish: one undo step, the mark goes
    form.other_label.setFocus()
    form.other_label.selectAll()
    qtbot.keyClicks(form.other_label, "Polecenie od znajomych")  # QTest types Latin-1 only
    qtbot.keyClick(form.other_label, Qt.Key.Key_Return)
    assert stored_label(path, "cards", card.id) == (
        "Polecenie od znajomych",
        "Friends recommend the brand",
        None,
    )
    assert not form.not_translated.isVisibleTo(form)
    window.actions_.undo.trigger()
    assert stored_label(path, "cards", card.id) == (polish, "Friends recommend the brand", "pl")


def test_a_card_the_team_typed_is_renamed_in_both_languages(window, qtbot):
    path = window.file.path
    phase = first_phase(window)
    card_id = window.canvas_edits.add_card(phase.id, 0, "Coupon in the app")
    assert stored_label(path, "cards", card_id) == ("Coupon in the app", "Coupon in the app", None)
    assert window.canvas_edits.rename(card_id, "Coupon in the HiperMax app")
    assert stored_label(path, "cards", card_id) == (
        "Coupon in the HiperMax app",
        "Coupon in the HiperMax app",
        None,
    )


def test_a_phase_added_in_either_language_has_its_name_in_both(window):
    path = window.file.path
    stage = window.document.get(window.journey_id).stages[0]
    phase_id = window.canvas_edits.add_phase(stage.id, 1)
    assert stored_label(path, "phases", phase_id) == ("Nowa faza", "New phase", None)


def test_rename_rules():
    framework = Label(pl="Jadę samochodem", en="I drive")
    assert framework.renamed("pl", "Jadę autem") == Label(pl="Jadę autem", en="I drive", stale="en")
    assert framework.renamed("pl", "I drive") == Label.same("I drive")  # in step again
    assert framework.renamed("en", "I drive") is framework  # the same name: nothing left behind
    assert Label.same("Kupon").renamed("en", "Coupon") == Label.same("Coupon")
    assert Label(pl="Tylko polski").renamed("en", "English") == Label.same("English")
    behind = Label(pl="Jadę autem", en="I drive", stale="en")
    assert behind.renamed("pl", "Jadę busem") == Label(pl="Jadę busem", en="I drive", stale="en")
    assert behind.with_text("en", "I take the car") == Label(pl="Jadę autem", en="I take the car")
