"""The first-run welcome: start from a framework, open a workshop, or open the sample workshop."""

from __future__ import annotations

import logging
import re
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME, paths
from ...export.workshop_json import WorkshopJsonError, read_workshop_json
from ...workshops import untitled_path

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

SHOWN_KEY = "welcome/shown"
SAMPLE_FILE = "crunchy-snacks-hypermarket.json"
SHOPPER_JOURNEY = "shopper-journey"
CX_JOURNEY = "cx-journey"


class WelcomeChoice(StrEnum):
    """What the user picked in the welcome dialog."""

    SHOPPER_JOURNEY = "shopper-journey"
    CX_JOURNEY = "cx-journey"
    OPEN = "open"
    SAMPLE = "sample"


def sample_path() -> Path:
    """The shipped sample workshop (workshop JSON)."""
    return paths.resources_dir() / "samples" / SAMPLE_FILE


class WelcomeDialog(QDialog):
    """Four big buttons; `choice()` tells which one was pressed (None when the dialog was closed)."""

    def __init__(self, *, framework_names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome-dialog")
        self.setWindowTitle(self.tr("Welcome to ShopperMap"))
        self._choice: WelcomeChoice | None = None
        heading = QLabel(self.windowTitle())
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "Map where shoppers meet your brand, mark the opportunities and the places where "
                "competitors win, and take an action plan to the buyer. How would you like to start?",
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        self.buttons: dict[WelcomeChoice, QCommandLinkButton] = {}
        for choice, title, description in (
            (
                WelcomeChoice.SHOPPER_JOURNEY,
                self.tr("Start from the shopper-journey framework"),
                self.tr(
                    "Four stages from the leaflet at home to the review after the visit, 92 touchpoints.",
                ),
            ),
            (
                WelcomeChoice.CX_JOURNEY,
                self.tr("Start from the customer journey"),
                self.tr("The classic map: awareness, consideration, decision, purchase, loyalty."),
            ),
            (
                WelcomeChoice.OPEN,
                self.tr("Open an existing workshop…"),
                self.tr("A .shoppermap file from this computer, a shared drive or a USB stick."),
            ),
            (
                WelcomeChoice.SAMPLE,
                self.tr("Open the sample workshop"),
                self.tr(
                    "A snack brand in a hypermarket chain, fully annotated; a copy goes to your documents.",
                ),
            ),
        ):
            button = QCommandLinkButton(title, description)
            button.setObjectName(f"welcome-{choice.value}")
            button.clicked.connect(lambda _checked=False, c=choice: self._pick(c))
            layout.addWidget(button)
            self.buttons[choice] = button
        for choice, framework_id in (
            (WelcomeChoice.SHOPPER_JOURNEY, SHOPPER_JOURNEY),
            (WelcomeChoice.CX_JOURNEY, CX_JOURNEY),
        ):
            name = framework_names.get(framework_id)
            if name is None:
                self.buttons[choice].setEnabled(False)
                self.buttons[choice].setDescription(self.tr("This framework is not installed."))
        if not sample_path().is_file():
            self.buttons[WelcomeChoice.SAMPLE].setEnabled(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.setMinimumWidth(520)

    def _pick(self, choice: WelcomeChoice) -> None:
        self._choice = choice
        self.accept()

    def choice(self) -> WelcomeChoice | None:
        """The button pressed, or None."""
        return self._choice


def _file_stem(text: str) -> str:
    """A file name stem from a title: characters that no file system takes are dropped."""
    stem = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", text).strip(" .")
    return re.sub(r"\s+", " ", stem) or "Workshop"


def _documents() -> Path:
    directory = paths.documents_dir()
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def start_from_framework(window, framework_id: str) -> bool:
    """Create a workshop from a framework in the documents folder and open it in `window`."""
    entry = window.library.frameworks.get(framework_id)
    if entry is None:
        return False
    name = entry.framework.name.text(window.language)
    path = untitled_path(_documents(), _file_stem(name))
    if not window.create_workshop(path, framework_id=framework_id, title=name):
        return False
    window.statusBar().showMessage(translate("Welcome", "New workshop saved as {0}").format(path), 10000)
    return True


def open_sample(window) -> Path | None:
    """Copy the sample workshop into the documents folder and open the copy; None if that failed."""
    try:
        workshop = read_workshop_json(sample_path())
    except (WorkshopJsonError, OSError) as exc:
        QMessageBox.warning(
            window, APP_NAME, translate("Welcome", "Cannot open the sample workshop.\n\n{0}").format(exc)
        )
        return None
    # the copy follows the interface's language, so the framework's labels read naturally
    workshop.workshop.language = window.language if window.language in ("pl", "en") else "en"
    path = untitled_path(_documents(), _file_stem(translate("Welcome", "Sample workshop - Crunchy")))
    if not window.create_workshop(path, workshop=workshop):
        return None
    window.statusBar().showMessage(
        translate("Welcome", "The sample workshop was copied to {0}").format(path), 10000
    )
    return path


def apply_choice(window, choice: WelcomeChoice | None) -> bool:
    """Do what the user picked; True when a workshop was opened."""
    before = window.document
    if choice is WelcomeChoice.SHOPPER_JOURNEY:
        return start_from_framework(window, SHOPPER_JOURNEY)
    if choice is WelcomeChoice.CX_JOURNEY:
        return start_from_framework(window, CX_JOURNEY)
    if choice is WelcomeChoice.OPEN:
        window.file_actions.open_dialog()
        return window.document is not None and window.document is not before
    if choice is WelcomeChoice.SAMPLE:
        return open_sample(window) is not None
    return False


def show_welcome(window) -> WelcomeChoice | None:
    """Show the welcome dialog over `window` and do what the user picks; returns the choice."""
    names = {
        framework_id: entry.framework.name.text(window.language)
        for framework_id, entry in window.library.frameworks.items()
    }
    dialog = WelcomeDialog(framework_names=names, parent=window)
    window.settings.setValue(SHOWN_KEY, True)
    dialog.exec()
    choice = dialog.choice()
    dialog.deleteLater()
    apply_choice(window, choice)
    return choice


def welcome_pending(settings) -> bool:
    """True until the welcome has been shown once."""
    value = settings.value(SHOWN_KEY, False)
    return str(value).lower() not in ("true", "1")


def maybe_show_welcome(window) -> WelcomeChoice | None:
    """At start-up: show the welcome the first time ShopperMap runs, else do nothing."""
    if not welcome_pending(window.settings):
        return None
    return show_welcome(window)


def install(window: QMainWindow) -> QAction:
    """Add Help → Welcome… to the window (after the guide when it is installed); returns the action."""
    existing = getattr(window, "welcome_action", None)
    if existing is not None:
        return existing
    from ..help import help_menu

    action = QAction(translate("Welcome", "&Welcome…"), window)
    action.setObjectName("action-welcome")
    action.setStatusTip(
        translate("Welcome", "Start a workshop from a framework, open one, or open the sample workshop")
    )
    action.triggered.connect(lambda: show_welcome(window))
    menu = help_menu(window)
    actions = menu.actions()
    guide = getattr(window, "help_action", None)
    after = actions.index(guide) + 1 if guide in actions else 0
    if after < len(actions):
        menu.insertAction(actions[after], action)
    else:
        menu.addAction(action)
    window.welcome_action = action
    return action
