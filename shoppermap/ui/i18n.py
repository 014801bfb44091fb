"""The interface language: Polish or English, from the system or the user's choice.

A workshop is written through to its file as it is edited, so switching the language rebuilds
the main window around the same file instead of retranslating every widget in place.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTimer, QTranslator

from .. import paths

log = logging.getLogger(__name__)

LANGUAGES = ("pl", "en")
SYSTEM = "system"
SETTING = "language"
CATALOGUE = "shoppermap"

_translators: list[QTranslator] = []
_installed: str | None = None
# windows made by switch_language belong to nobody else; this keeps them alive until destroyed
_windows: dict[int, object] = {}


def system_language(*, locale: QLocale | None = None) -> str:
    """'pl' when the system (or `locale`) prefers Polish, else 'en'."""
    locale = locale or QLocale.system()
    # uiLanguages follows the display language (LANGUAGE, LC_MESSAGES, Windows display language)
    preferred = locale.uiLanguages()
    if preferred:
        return "pl" if preferred[0].lower().startswith("pl") else "en"
    return "pl" if locale.language() == QLocale.Language.Polish else "en"


def preferred_language(settings: QSettings) -> str:
    """The stored choice: 'system' (the default), 'pl' or 'en'."""
    value = settings.value(SETTING, SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def set_preferred_language(settings: QSettings, preference: str) -> None:
    """Store 'system', 'pl' or 'en' as the user's choice."""
    if preference not in (SYSTEM, *LANGUAGES):
        raise ValueError(f"unknown language {preference!r}: use system, pl or en")
    settings.setValue(SETTING, preference)
    settings.sync()


def resolve(preference: str) -> str:
    """The interface language for a choice: 'system' becomes the system's language."""
    return preference if preference in LANGUAGES else system_language()


def interface_language() -> str:
    """The language of the installed translation; English while none is installed."""
    return _installed or "en"


def locale_for(language: str) -> QLocale:
    """The locale for dates and amounts: the system's when it speaks `language`, else Poland or the UK."""
    wanted = QLocale.Language.Polish if language == "pl" else QLocale.Language.English
    system = QLocale.system()
    if system.language() == wanted:
        return system  # keeps en_US against en_GB dates, for instance
    return QLocale("pl_PL" if language == "pl" else "en_GB")


def translations_dir() -> Path:
    """Where the app's compiled translations (.qm) are shipped."""
    return paths.resources_dir() / "translations"


def _qt_translation_dirs() -> list[Path]:
    # a packaged app may carry qtbase_*.qm beside ours; from source they come with PySide6
    return [translations_dir(), Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]


def remove_translators(app: QCoreApplication | None = None) -> None:
    """Take out every translation installed here: the interface is English again."""
    global _installed
    app = app or QCoreApplication.instance()
    for translator in _translators:
        if app is not None:
            app.removeTranslator(translator)
    _translators.clear()
    _installed = None


def install_translator(app: QCoreApplication, language: str) -> bool:
    """Translate the interface into 'pl' or 'en' from now on; False when the app's catalogue is missing.

    Replaces translations installed before, adds Qt's own (standard buttons and dialogs) when
    PySide6 ships them, and makes dates and amounts follow the language. Widgets built before
    keep their texts: build the window after this.
    """
    global _installed
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}: use pl or en")
    remove_translators(app)
    ours = QTranslator(app)
    loaded = ours.load(f"{CATALOGUE}_{language}", str(translations_dir()))
    if loaded:
        app.installTranslator(ours)
        _translators.append(ours)
    else:
        log.warning("no %s_%s.qm in %s", CATALOGUE, language, translations_dir())
    for folder in _qt_translation_dirs():
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", str(folder)):
            app.installTranslator(qt)
            _translators.append(qt)
            break
    QLocale.setDefault(locale_for(language))
    _installed = language
    return loaded


def start_language(app: QCoreApplication, settings: QSettings) -> str:
    """At start-up: install the user's chosen (or the system's) language; returns 'pl' or 'en'."""
    language = resolve(preferred_language(settings))
    install_translator(app, language)
    return language


def keep_alive(window) -> None:
    """Hold a top-level window nobody else holds, until it is destroyed."""
    key = id(window)
    _windows[key] = window
    window.destroyed.connect(lambda *_args, key=key: _windows.pop(key, None))


def switch_language(window, language: str, *, rebuild: Callable | None = None):
    """Store the choice ('system', 'pl' or 'en') and reopen the window's workshop in that language.

    Returns the window now showing the workshop: `window` itself when the language does not
    change, else a new main window with the same file, journey, layout, zoom and selection;
    the old one is closed and deleted, so drop references to it. Every edit is already in the
    file, so nothing is lost; the undo history starts afresh in the new window.

    `rebuild(window)` makes that new, empty main window once the translation is installed; it
    defaults to the window's own `build_another`, which the code that built it leaves there.
    """
    from PySide6.QtWidgets import QApplication

    rebuild = rebuild or window.build_another
    set_preferred_language(window.settings, language)
    target = resolve(language)
    if target == interface_language():
        return window
    app = QApplication.instance()
    if window.actions_.presentation.isChecked():
        window.actions_.presentation.setChecked(False)
    view = _view_of(window)
    toggles = _toggles(window)
    geometry, state = window.geometry(), window.saveState()
    was_maximized = window.isMaximized()
    path = window.file.path if window.file is not None else None
    read_only = bool(window.file.read_only) if window.file is not None else False

    install_translator(app, target)
    new = rebuild(window)
    new.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    keep_alive(new)
    window.close_workshop()  # lets go of the file (and its lock) for the new window
    opened = path is not None and new.open_path(path, read_only=read_only, quiet=False)
    if opened and view["journey"] in {j.id for j in new.document.workshop.journeys}:
        new.show_journey(view["journey"])
    for name, checked in toggles.items():
        action = getattr(new.actions_, name, None)
        if action is not None and action.isChecked() != checked:
            action.setChecked(checked)
    new.restoreState(state)
    new.setGeometry(geometry)  # exactly where it was, even where restoreGeometry would clamp
    if was_maximized:
        new.showMaximized()
    else:
        new.show()
    # after the window's own deferred fit, so the user sees the map where it was
    QTimer.singleShot(0, lambda: _restore_view(new, view))
    window.close()
    window.deleteLater()
    new.raise_()
    new.activateWindow()  # after the old one is gone: keyboard shortcuts go to the active window
    log.info("interface language switched to %s", target)
    return new


def _toggles(window) -> dict[str, bool]:
    """The window's on/off view options (high contrast, emotion lane, filter bar, history…)."""
    from PySide6.QtGui import QAction

    return {
        name: action.isChecked()
        for name, action in vars(window.actions_).items()
        if isinstance(action, QAction) and action.isCheckable() and name != "presentation"
    }


def _view_of(window) -> dict:
    scene = window.current_scene()
    viewport = window.view.viewport().rect().center()
    return {
        "journey": window.journey_id,
        "zoom": window.view.zoom(),
        "centre": window.view.mapToScene(viewport),
        "selected": scene.selected_card_ids() if scene is not None else [],
    }


def _restore_view(window, view: dict) -> None:
    try:
        scene = window.current_scene()
    except RuntimeError:  # the window was closed before the timer fired
        return
    if scene is None:
        return
    window.view.set_zoom(view["zoom"])
    window.view.centerOn(view["centre"])
    alive = [i for i in view["selected"] if i in scene.cards]
    if alive:
        scene.select_cards(alive)
