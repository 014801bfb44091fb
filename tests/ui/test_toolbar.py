"""The toolbar: drawn icons and short fixed names, so its buttons stay put whatever the undo text says."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QToolButton

from shoppermap.ui.icons import GLYPHS, icon

from .mouse import double_click
from .test_canvas_editing import centre, phases


def button_geometries(window) -> dict[str, tuple[int, int]]:
    return {
        button.defaultAction().iconText(): (button.x(), button.width())
        for button in window.actions_.toolbar.findChildren(QToolButton)
        if button.defaultAction() is not None and button.isVisible()
    }


def test_a_long_undo_text_moves_no_toolbar_button(window, qtbot):
    before = button_geometries(window)
    assert {"Undo", "Delete", "Add card"} <= set(before)
    scene, view = window.current_scene(), window.view
    card = phases(window)[0].cards[0]
    view.centerOn(scene.cards[card.id])
    double_click(view, centre(scene.cards[card.id]))
    editor = view.inline_editor()
    qtbot.keyClicks(editor, "Friends and family recommend our brand at every weekend barbecue")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    undo = window.actions_.undo
    assert undo.isEnabled()
    assert "Friends and family recommend" in undo.toolTip()  # the full text is in the tooltip
    assert undo.iconText() == "Undo"
    qtbot.wait(10)
    assert button_geometries(window) == before


def test_every_toolbar_action_has_a_drawn_icon_in_both_states():
    for name in GLYPHS:
        for mode in (icon(name).Mode.Normal, icon(name).Mode.Disabled):
            image = (
                icon(name).pixmap(QSize(24, 24), mode).toImage().convertToFormat(QImage.Format.Format_ARGB32)
            )
            inked = sum(
                1
                for y in range(image.height())
                for x in range(image.width())
                if image.pixelColor(x, y).alpha() > 0
            )
            assert 30 < inked < 400, (name, mode, inked)  # a glyph of strokes, not blank, not a filled square


def test_the_polish_toolbar_speaks_polish(qtbot, tmp_path, settings):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from shoppermap.ui import i18n
    from shoppermap.ui.app import build_window

    from ..helpers import library

    locale = QLocale()
    i18n.install_translator(QApplication.instance(), "pl")
    try:
        win = build_window(library(), settings=settings)
        qtbot.addWidget(win)
        toolbar = win.actions_.toolbar
        # the scenario switch is a combo of its own, not a button
        names = [a.iconText() for a in toolbar.actions() if not a.isSeparator() and a.iconText()]
        assert win.scenario_switch.label.text() == "Scenariusz:"
    finally:
        i18n.remove_translators()
        QLocale.setDefault(locale)
    assert names == [
        "Nowy",
        "Otwórz",
        "Cofnij",
        "Ponów",
        "Dodaj kartę",
        "Usuń",
        "Pomniejsz",
        "Powiększ",
        "Dopasuj",
        "Prezentacja",
    ]
