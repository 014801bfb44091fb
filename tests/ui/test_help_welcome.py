"""The built-in guide (F1, local pages only) and the first-run welcome with its four ways to start."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from shoppermap import paths
from shoppermap.storage import WorkshopFile
from shoppermap.ui import help as guide
from shoppermap.ui.dialogs import welcome
from shoppermap.ui.dialogs.welcome import WelcomeChoice, WelcomeDialog

from ..helpers import make_file

HELP = Path(__file__).resolve().parents[2] / "resources" / "help"
SAMPLE_TITLE = "Crunchy × HiperMax: ścieżka shoppera w przekąskach słonych"


@pytest.fixture
def app_window(window):
    """The main window with the guide and the welcome installed, as the app wires them."""
    guide.install(window)
    welcome.install(window)
    window.activateWindow()
    return window


@pytest.fixture(autouse=True)
def no_desktop_urls(monkeypatch):
    """Nothing here may hand a URL to the desktop (a web browser, a mail program)."""

    def refuse(url, *args):
        pytest.fail(f"QDesktopServices.openUrl was called with {url.toString()}")

    monkeypatch.setattr(QDesktopServices, "openUrl", refuse)


def press_f1(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_window = getattr(window, "help_window", None)
    assert help_window is not None, "F1 did not open the guide"
    qtbot.addWidget(help_window)
    qtbot.waitUntil(help_window.isVisible)
    return help_window


def anchor_point(browser, href: str) -> QPoint:
    """The viewport point in the middle of the first link to `href`, scrolled into view."""
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(browser.document())
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                QApplication.processEvents()
                return browser.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href} on {browser.source().toString()}")


def click_link(qtbot, browser, href: str) -> None:
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=anchor_point(browser, href))


# --- the guide ---------------------------------------------------------------------------


def test_f1_opens_the_guide_in_english(qtbot, app_window):
    assert app_window.language == "en"
    help_window = press_f1(qtbot, app_window)
    browser = help_window.browser
    assert browser.source().toLocalFile().endswith("help/en/index.html")
    assert browser.documentTitle() == "ShopperMap Guide"
    assert help_window.windowTitle() == "ShopperMap Guide"
    text = browser.toPlainText()
    assert text.startswith("ShopperMap Guide")
    assert "A workshop in seven steps" in text


def test_f1_opens_the_guide_in_the_interface_language(qtbot, app_window):
    app_window.language = "pl"
    help_window = press_f1(qtbot, app_window)
    assert help_window.browser.documentTitle() == "Przewodnik ShopperMap"
    assert "Warsztat w siedmiu krokach" in help_window.browser.toPlainText()

    help_window.close()
    app_window.activateWindow()
    app_window.language = "en"
    assert press_f1(qtbot, app_window) is help_window  # one guide window, now in English
    assert help_window.browser.documentTitle() == "ShopperMap Guide"


def test_an_unknown_language_falls_back_to_english(qtbot, app_window):
    app_window.language = "de"
    assert press_f1(qtbot, app_window).browser.documentTitle() == "ShopperMap Guide"


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    ],
)
def test_escape_and_ctrl_w_close_the_guide(qtbot, app_window, key, modifiers):
    help_window = press_f1(qtbot, app_window)
    help_window.activateWindow()
    qtbot.waitUntil(help_window.isActiveWindow)
    qtbot.keyClick(help_window.browser, key, modifiers)
    qtbot.waitUntil(lambda: not help_window.isVisible())
    assert app_window.isVisible()  # the main window stays


def test_help_menu_holds_the_guide_and_the_welcome(app_window):
    menu = guide.help_menu(app_window)
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert texts[:2] == ["ShopperMap Guide", "Welcome…"]
    assert app_window.actions_.about in menu.actions()
    assert app_window.help_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    # installing twice (the window installs them, this fixture again) adds nothing: F1 stays unambiguous
    assert guide.install(app_window) is app_window.help_action
    assert welcome.install(app_window) is app_window.welcome_action
    f1 = QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert [a for a in app_window.findChildren(QAction) if f1 in a.shortcuts()] == [app_window.help_action]
    assert [a.text() for a in menu.actions()].count(app_window.welcome_action.text()) == 1


def test_links_between_pages_work_with_the_mouse(qtbot, app_window):
    help_window = press_f1(qtbot, app_window)
    browser = help_window.browser
    help_window.resize(860, 900)

    click_link(qtbot, browser, "annotate.html")
    assert browser.source().toLocalFile().endswith("help/en/annotate.html")
    assert browser.documentTitle() == "Annotate the touchpoints – ShopperMap Guide"
    assert "POS opportunities" in browser.toPlainText()

    click_link(qtbot, browser, "plan.html")  # the "Next" link
    assert browser.documentTitle().startswith("The action plan and the Excel file")

    click_link(qtbot, browser, "index.html")  # "Contents"
    assert browser.source().toLocalFile().endswith("help/en/index.html")

    help_window.back.trigger()
    assert browser.source().toLocalFile().endswith("help/en/plan.html")
    help_window.back.trigger()
    assert browser.source().toLocalFile().endswith("help/en/annotate.html")
    assert help_window.forward.isEnabled()
    help_window.contents.trigger()
    assert browser.documentTitle() == "ShopperMap Guide"


def test_links_outside_the_guide_are_not_followed(qtbot, app_window):
    help_window = press_f1(qtbot, app_window)
    browser = help_window.browser
    assert not browser.openExternalLinks()
    assert not browser.openLinks()
    start = browser.source()
    browser.setHtml(
        '<p><a href="https://example.com/">web</a> <a href="mailto:kam@example.com">mail</a> '
        '<a href="file:///etc/hostname">file</a> <a href="../../samples/crunchy-snacks-hypermarket.json">up</a></p>'
    )
    for href in (
        "https://example.com/",
        "mailto:kam@example.com",
        "file:///etc/hostname",
        "../../samples/crunchy-snacks-hypermarket.json",
    ):
        with qtbot.waitSignal(browser.refused) as refused:
            click_link(qtbot, browser, href)
        assert refused.args[0].toString().endswith(href.replace("../../", "/resources/"))
        assert browser.source() == start
    assert "not opened" in help_window.message.text()


def test_the_guide_loads_nothing_from_outside_its_folder(app_window):
    browser = guide.HelpBrowser(HELP)
    browser.setSource(guide.page_url("en", root=HELP))
    assert browser.loadResource(2, QUrl("https://example.com/logo.png")) is None
    assert (
        browser.loadResource(1, QUrl.fromLocalFile(str(HELP.parent / "samples" / welcome.SAMPLE_FILE)))
        is None
    )
    assert browser.loadResource(1, QUrl("shortcuts.html"))  # a page beside the current one
    assert browser.loadResource(2, QUrl("../img/en/map.png")) is not None


def test_shortcuts_page_lists_the_window_keys(qtbot, app_window):
    help_window = press_f1(qtbot, app_window)
    help_window.show_page("shortcuts.html")
    text = help_window.browser.toPlainText()
    undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText)
    assert re.search(rf"^Undo\n{re.escape(undo)}$", text, re.MULTILINE)
    assert re.search(r"^ShopperMap Guide\nF1$", text, re.MULTILINE)
    assert "<!--" not in text


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.images: list[str] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("a", "link") and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "img":
            self.images.append(attrs["src"])
        self._in_title = tag == "title"

    def handle_data(self, data):
        if self._in_title:
            self.title += data

    def handle_endtag(self, tag):
        self._in_title = False


@pytest.mark.parametrize("language", ["en", "pl"])
def test_every_page_links_only_to_pages_and_images_of_the_guide(language):
    pages = sorted(p.name for p in (HELP / language).glob("*.html"))
    assert pages == sorted(p.name for p in (HELP / "en").glob("*.html"))
    assert len(pages) >= 8
    reached = {"index.html"}
    for name in pages:
        parser = _Links()
        parser.feed((HELP / language / name).read_text(encoding="utf-8"))
        assert parser.title.strip(), name
        for target in parser.links + parser.images:
            assert "://" not in target and not target.startswith(("mailto:", "/", "//")), (name, target)
            path = (HELP / language / target.split("#")[0]).resolve()
            assert path.is_file() and path.is_relative_to(HELP), (name, target)
            if path.suffix == ".html":
                reached.add(path.name)
        for image in parser.images:
            path = (HELP / language / image).resolve()
            assert path.suffix == ".png" and path.stat().st_size <= 400_000, image
            assert path.parent.name == language  # screenshots in the page's language
    assert reached == set(pages)  # no page is an orphan


# --- the welcome -------------------------------------------------------------------------


def answer_welcome(qtbot, choice: WelcomeChoice | None, seen: list) -> None:
    """When the welcome dialog is up, press one of its buttons (or Close) with the mouse."""

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, WelcomeDialog):
            QTimer.singleShot(20, press)
            return
        seen.append(dialog)
        if choice is None:
            dialog.reject()
        else:
            qtbot.mouseClick(dialog.buttons[choice], Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press)


def reopened(path: Path):
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    return workshop


def test_welcome_shows_once_at_first_start(qtbot, app_window):
    seen: list = []
    assert welcome.welcome_pending(app_window.settings)
    answer_welcome(qtbot, None, seen)
    assert welcome.maybe_show_welcome(app_window) is None
    assert len(seen) == 1
    assert not welcome.welcome_pending(app_window.settings)
    assert welcome.maybe_show_welcome(app_window) is None  # would hang if a dialog came up again
    assert len(seen) == 1


def test_welcome_from_the_help_menu(qtbot, app_window):
    seen: list = []
    answer_welcome(qtbot, None, seen)
    app_window.welcome_action.trigger()
    assert len(seen) == 1
    assert seen[0].windowTitle() == "Welcome to ShopperMap"


@pytest.mark.parametrize(
    ("choice", "framework", "cards", "stem"),
    [
        (WelcomeChoice.SHOPPER_JOURNEY, "shopper-journey", 92, "Shopper journey (offline)"),
        (WelcomeChoice.CX_JOURNEY, "cx-journey", 31, "Classic customer journey"),
    ],
)
def test_welcome_starts_from_a_framework(qtbot, app_window, choice, framework, cards, stem):
    before = app_window.file.path
    answer_welcome(qtbot, choice, [])
    assert welcome.maybe_show_welcome(app_window) is choice
    path = app_window.file.path
    assert path != before
    assert path.parent == paths.documents_dir()
    assert path.name == f"{stem}.shoppermap"
    journey = app_window.document.workshop.journeys[0]
    assert journey.framework == framework
    stored = reopened(path)
    assert stored.journeys[0].framework == framework
    assert sum(len(p.cards) for s in stored.journeys[0].stages for p in s.phases) == cards
    assert stored.workshop.title == stem


def test_welcome_opens_an_existing_workshop(qtbot, app_window, tmp_path, monkeypatch):
    path = tmp_path / "usb" / "Existing.shoppermap"
    path.parent.mkdir()
    make_file(path, title="Drogeria, jesień")[0].close()
    asked: list = []

    def choose(*args, **kwargs):
        asked.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    answer_welcome(qtbot, WelcomeChoice.OPEN, [])
    assert welcome.show_welcome(app_window) is WelcomeChoice.OPEN
    assert asked
    assert app_window.file.path == path
    assert app_window.document.workshop.workshop.title == "Drogeria, jesień"


def test_welcome_open_cancelled_keeps_the_workshop(qtbot, app_window, monkeypatch):
    current = app_window.file.path
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    answer_welcome(qtbot, WelcomeChoice.OPEN, [])
    welcome.show_welcome(app_window)
    assert app_window.file.path == current
    assert not welcome.apply_choice(app_window, WelcomeChoice.OPEN)


def test_welcome_opens_a_copy_of_the_sample_with_its_annotations(qtbot, app_window):
    answer_welcome(qtbot, WelcomeChoice.SAMPLE, [])
    assert welcome.show_welcome(app_window) is WelcomeChoice.SAMPLE
    path = app_window.file.path
    assert path.parent == paths.documents_dir()
    assert path.suffix == ".shoppermap"
    assert not app_window.file.read_only

    document = app_window.document
    assert document.workshop.workshop.title == SAMPLE_TITLE
    assert document.workshop.workshop.language == "en"  # the copy follows the interface
    assert [j.name for j in document.workshop.journeys] == [
        "Rodzinne zakupy tygodniowe",
        "Wieczorne dokupienie na imprezę",
    ]
    cards = [c for j in document.workshop.journeys for _, _, c in document.cards(j.id)]
    assert sum(len(c.opportunities) for c in cards) == 20
    assert sum(len(c.gaps) for c in cards) == 8

    # on the canvas: the price-tag card of the first journey carries its marks and counters
    scene = app_window.current_scene()
    price_tags = next(c for c in cards if c.touchpoint == "buy.browse.price-tags")
    tip = scene.cards[price_tags.id].toolTip()
    assert "I look at the price tags" in tip
    assert "Moment of truth" in tip and "1 POS opportunities" in tip and "1 competitor gaps" in tip

    stored = reopened(path)
    stored_cards = [c for j in stored.journeys for s in j.stages for p in s.phases for c in p.cards]
    assert sum(len(c.opportunities) for c in stored_cards) == 20
    assert {c.name for c in stored.competitors} == {"Chrupex", "Złoty Kłos", "HiperMax marka własna"}


def test_the_sample_copy_never_overwrites_an_earlier_one(qtbot, app_window):
    first = welcome.open_sample(app_window)
    second = welcome.open_sample(app_window)
    assert first != second and first.is_file() and second.is_file()
    assert second.parent == first.parent


def test_a_broken_sample_is_one_message(qtbot, app_window, monkeypatch, tmp_path):
    broken = tmp_path / "sample.json"
    broken.write_text("{ not json", encoding="utf-8")
    monkeypatch.setattr(welcome, "sample_path", lambda: broken)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text: warnings.append(text))
    )
    current = app_window.file.path
    assert welcome.open_sample(app_window) is None
    assert app_window.file.path == current
    assert len(warnings) == 1 and "sample.json: not valid JSON" in warnings[0]


def test_missing_sample_and_framework_disable_their_buttons(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(welcome, "sample_path", lambda: tmp_path / "missing.json")
    dialog = WelcomeDialog(framework_names={"shopper-journey": "Shopper journey"})
    qtbot.addWidget(dialog)
    assert dialog.buttons[WelcomeChoice.SHOPPER_JOURNEY].isEnabled()
    assert not dialog.buttons[WelcomeChoice.CX_JOURNEY].isEnabled()
    assert not dialog.buttons[WelcomeChoice.SAMPLE].isEnabled()
    assert dialog.buttons[WelcomeChoice.OPEN].isEnabled()
