"""Polish and English interface: follows the system, switches in Preferences without losing work."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from shoppermap.export.workshop_json import workshop_to_data
from shoppermap.storage import WorkshopFile
from shoppermap.ui import i18n
from shoppermap.ui.app import build_window
from shoppermap.ui.dialogs.preferences import PreferencesDialog
from shoppermap.ui.dialogs.preferences import install as install_preferences

from ..conftest import REPO
from ..helpers import library, make_file

ENGLISH_MENUS = ["&File", "&Edit", "&Journey", "&View", "&Help"]
POLISH_MENUS = ["&Plik", "&Edycja", "Ścież&ka", "&Widok", "Pomo&c"]
RECOMMENDATIONS = "prepare.aware.recommendations"
TRANSLATIONS = REPO / "resources" / "translations"


@pytest.fixture(autouse=True)
def english_afterwards():
    """Every test here leaves the process as it found it: no translation, the same default locale."""
    locale = QLocale()
    yield
    i18n.remove_translators()
    QLocale.setDefault(locale)


@pytest.fixture
def workshop(tmp_path):
    """A new shopper-journey workshop file (English, as `make_file` writes it)."""
    path = tmp_path / "workshop.shoppermap"
    file, _ = make_file(path)
    file.close()
    return path


def open_window(qtbot, settings, path, *, read_only: bool = False):
    """A main window on `path`, as the app builds it, with Edit → Preferences… added."""
    window = build_window(library(), settings=settings)
    install_preferences(window)
    assert window.open_path(path, read_only=read_only)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def card_label(window, touchpoint: str) -> str:
    """What the canvas shows on the card of a framework touchpoint."""
    scene = window.current_scene()
    (item,) = [i for i in scene.cards.values() if i.card.touchpoint == touchpoint]
    return item.label()


def stored_json(path) -> str:
    """The workshop as its JSON export, read from the file with a fresh connection."""
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return json.dumps(workshop_to_data(workshop), ensure_ascii=False, sort_keys=True)


def edit_before_switching(qtbot, window) -> tuple[str, str]:
    """Hide a framework card and add a custom one, by keyboard; returns (hidden id, new label)."""
    scene = window.current_scene()
    phase = window.document.get(window.journey_id).stages[0].phases[0]
    hidden = phase.cards[1].id
    scene.select_cards([hidden])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    scene.select_cards([phase.cards[0].id])
    qtbot.keyClick(window.view, Qt.Key.Key_Insert)
    qtbot.keyClicks(window.view.inline_editor(), "Gazetka sieci z kuponem")
    qtbot.keyClick(window.view.inline_editor(), Qt.Key.Key_Return)
    assert window.stack.count() == 2
    return hidden, "Gazetka sieci z kuponem"


def test_switching_to_polish_and_back_changes_the_menus_and_keeps_the_work(qtbot, settings, workshop):
    window = open_window(qtbot, settings, workshop)
    assert menu_titles(window) == ENGLISH_MENUS
    hidden, typed = edit_before_switching(qtbot, window)
    window.actions_.high_contrast.setChecked(True)
    window.view.set_zoom(0.8)
    before = stored_json(workshop)
    journey, geometry = window.journey_id, window.geometry()
    selected = [window.document.get(journey).stages[1].phases[0].cards[2].id]
    window.current_scene().select_cards(selected)

    polish = i18n.switch_language(window, "pl")
    del window  # closed and deleted by the switch
    qtbot.waitUntil(polish.isActiveWindow)
    assert menu_titles(polish) == POLISH_MENUS
    edit_menu = polish.menuBar().actions()[1].menu()
    assert "&Cofnij" in [a.text() for a in edit_menu.actions()]
    assert polish.palette_dock.windowTitle() == "Szablon"
    assert settings.value("language") == "pl"
    assert stored_json(workshop) == before  # switching writes nothing
    assert polish.file.path == workshop and not polish.file.read_only
    assert polish.journey_id == journey
    assert polish.geometry().size() == geometry.size()
    scene = polish.current_scene()
    assert polish.document.get(hidden).hidden
    assert typed in [item.label() for item in scene.cards.values()]
    # the user sees the map as they left it
    qtbot.waitUntil(lambda: scene.selected_card_ids() == selected)
    assert polish.view.zoom() == pytest.approx(0.8)
    assert polish.actions_.high_contrast.isChecked()

    english = i18n.switch_language(polish, "en")
    del polish
    qtbot.waitUntil(english.isActiveWindow)
    assert menu_titles(english) == ENGLISH_MENUS
    assert settings.value("language") == "en"
    assert stored_json(workshop) == before
    assert typed in [item.label() for item in english.current_scene().cards.values()]
    # the new window edits the same file, one undo step at a time
    first = english.document.get(journey).stages[0].phases[0].cards[0].id
    english.current_scene().select_cards([first])
    english.view.setFocus()
    qtbot.keyClick(english.view, Qt.Key.Key_Delete)
    assert english.stack.count() == 1
    assert stored_json(workshop) != before
    english.actions_.undo.trigger()
    assert stored_json(workshop) == before
    english.close()


def test_card_labels_follow_the_interface_language(qtbot, settings, workshop):
    window = open_window(qtbot, settings, workshop)
    assert card_label(window, RECOMMENDATIONS) == "I get recommendations from others"
    polish = i18n.switch_language(window, "pl")
    del window
    assert polish.language == "pl"
    assert card_label(polish, RECOMMENDATIONS) == "Otrzymuję rekomendacje od innych"
    english = i18n.switch_language(polish, "en")
    del polish
    assert english.language == "en"
    assert card_label(english, RECOMMENDATIONS) == "I get recommendations from others"
    english.close()


def test_preferences_dialog_switches_the_window_to_polish(qtbot, settings, workshop):
    window = open_window(qtbot, settings, workshop)
    edit_menu = window.menuBar().actions()[1].menu()
    assert window.preferences_action in edit_menu.actions()
    window.preferences_action.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.language.currentText() == "System (English)"  # the test system speaks English
    qtbot.keyClicks(dialog.language, "Polski")
    assert dialog.choice() == "pl"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    polish = dialog.new_window
    del window, dialog
    assert polish is not None
    qtbot.waitUntil(polish.isActiveWindow)
    assert menu_titles(polish) == POLISH_MENUS
    assert settings.value("language") == "pl"
    assert i18n.preferred_language(settings) == "pl"
    polish.close()


def test_cancelled_preferences_change_nothing(qtbot, settings, workshop):
    window = open_window(qtbot, settings, workshop)
    qtbot.addWidget(window)
    window.preferences_action.trigger()
    dialog = window.findChild(PreferencesDialog)
    qtbot.keyClicks(dialog.language, "Polski")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.new_window is None
    assert settings.value("language") is None
    assert menu_titles(window) == ENGLISH_MENUS and window.isVisible()


def test_a_read_only_workshop_stays_read_only_after_switching(qtbot, settings, workshop):
    window = open_window(qtbot, settings, workshop, read_only=True)
    polish = i18n.switch_language(window, "pl")
    del window
    assert polish.file.read_only
    assert polish.banner.isVisible()
    polish.close()


def test_choosing_the_language_already_shown_keeps_the_window(qtbot, settings, workshop):
    window = open_window(qtbot, settings, workshop)
    qtbot.addWidget(window)
    assert i18n.switch_language(window, "en") is window
    assert settings.value("language") == "en"
    assert i18n.switch_language(window, "system") is window  # the test system speaks English
    assert settings.value("language") == "system"


def test_start_up_language_comes_from_the_settings(settings):
    app = QApplication.instance()
    assert i18n.preferred_language(settings) == "system"
    assert i18n.start_language(app, settings) == "en"
    settings.setValue("language", "pl")
    assert i18n.start_language(app, settings) == "pl"
    assert i18n.interface_language() == "pl"
    assert QApplication.translate("MainWindow", "&File") == "&Plik"
    # dates and amounts follow the language
    assert QLocale().language() == QLocale.Language.Polish
    assert QLocale().toString(1500.5, "f", 2) == "1500,50"
    settings.setValue("language", "klingon")  # a hand-edited settings file
    assert i18n.preferred_language(settings) == "system"
    with pytest.raises(ValueError):
        i18n.install_translator(app, "de")


def test_qt_standard_buttons_are_translated_too():
    if not any((folder / "qtbase_pl.qm").is_file() for folder in i18n._qt_translation_dirs()):
        pytest.skip("this PySide6 ships no qtbase_pl.qm")
    i18n.install_translator(QApplication.instance(), "pl")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Anuluj"


def test_the_file_dialog_speaks_polish_in_every_label(qtbot):
    from PySide6.QtWidgets import QFileDialog, QLabel

    if not any((folder / "qtbase_pl.qm").is_file() for folder in i18n._qt_translation_dirs()):
        pytest.skip("this PySide6 ships no qtbase_pl.qm")
    i18n.install_translator(QApplication.instance(), "pl")
    try:
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        labels = sorted(label.text() for label in dialog.findChildren(QLabel) if label.text())
    finally:
        i18n.remove_translators()
    assert labels == ["&Szukaj w:", "Nazwa &pliku:", "Pliki &typu:"]


def test_system_language_is_polish_for_polish_locales_only():
    assert i18n.system_language(locale=QLocale("pl_PL")) == "pl"
    assert i18n.system_language(locale=QLocale("de_DE")) == "en"
    assert i18n.system_language(locale=QLocale("en_US")) == "en"


@pytest.mark.parametrize(("lang", "expected"), [("pl_PL.UTF-8", "pl"), ("de_DE.UTF-8", "en")])
def test_system_language_follows_the_environment(lang, expected):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE"))}
    env.update(LANG=lang, PYTHONPATH=str(REPO))
    result = subprocess.run(
        [sys.executable, "-c", "from shoppermap.ui.i18n import system_language; print(system_language())"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected


def messages(ts) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in a .ts file (name or path)."""
    root = ET.parse(TRANSLATIONS / ts).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_polish_message_is_translated_with_its_placeholders_and_shortcut_letter():
    found = messages("shoppermap_pl.ts")
    assert len(found) > 300
    for context, source, translation in found:
        text = translation.text or ""
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), (context, source)
        assert text.strip(), (context, source)
        assert sorted(re.findall(r"\{[^}]*\}", text)) == sorted(re.findall(r"\{[^}]*\}", source)), source
        assert text.count("&") == source.count("&"), (source, text)
        assert text.endswith("…") == source.endswith("…"), (source, text)


def test_english_needs_only_plural_forms():
    """The source texts are English; the English catalogue holds plural forms only (lupdate -pluralonly)."""
    assert all(
        translation.find("numerusform") is not None for *_, translation in messages("shoppermap_en.ts")
    )


def test_polish_menus_give_each_entry_its_own_shortcut_letter(qtbot, settings, workshop):
    i18n.install_translator(QApplication.instance(), "pl")
    window = open_window(qtbot, settings, workshop)
    qtbot.addWidget(window)
    menus = [window.menuBar(), *[a.menu() for a in window.menuBar().actions()]]
    for menu in menus:
        letters = [
            m.group(1).lower() for a in menu.actions() if (m := re.search(r"&(\w)", a.text())) is not None
        ]
        assert len(letters) == len(set(letters)), [a.text() for a in menu.actions()]


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="Qt's lrelease is not installed")
@pytest.mark.parametrize("language", ["pl", "en"])
def test_the_committed_qm_files_are_compiled_from_the_ts_sources(tmp_path, language):
    out = tmp_path / f"shoppermap_{language}.qm"
    subprocess.run(
        ["pyside6-lrelease", str(TRANSLATIONS / f"shoppermap_{language}.ts"), "-qm", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == (TRANSLATIONS / f"shoppermap_{language}.qm").read_bytes()


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="Qt's lupdate is not installed")
def test_lupdate_finds_every_text_of_the_code_translated(tmp_path):
    ts = tmp_path / "shoppermap_pl.ts"
    shutil.copy(TRANSLATIONS / "shoppermap_pl.ts", ts)
    subprocess.run(
        ["pyside6-lupdate", "-extensions", "py", str(REPO / "shoppermap" / "ui"), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    stale = [
        (context, source, translation.get("type"))
        for context, source, translation in messages(ts)
        if translation.get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert stale == []
