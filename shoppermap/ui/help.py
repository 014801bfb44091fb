"""The built-in guide: local HTML pages in the interface's language, opened with F1, never the network."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QStyle, QTextBrowser, QToolBar, QWidget

from .. import paths

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

INDEX = "index.html"
LANGUAGES = ("en", "pl")
# where a page asks for the window's real shortcuts, which differ between platforms
SHORTCUTS_MARKER = "<!-- shortcuts -->"


def help_root() -> Path:
    """The folder of the shipped guide (one sub-folder per language, images in img/)."""
    return paths.resources_dir() / "help"


def guide_language(language: str | None, *, root: Path | None = None) -> str:
    """The guide's language for an interface language: that one if the guide has it, else English."""
    root = root or help_root()
    if language in LANGUAGES and (root / language / INDEX).is_file():
        return language
    return "en"


def page_url(language: str, page: str = INDEX, *, root: Path | None = None) -> QUrl:
    """The file URL of a page of the guide."""
    return QUrl.fromLocalFile(str((root or help_root()) / language / page))


class HelpBrowser(QTextBrowser):
    """Shows the guide's pages; loads only files inside the guide's folder and never opens a link elsewhere."""

    refused = Signal(QUrl)  # a link that leads outside the guide was clicked and not followed

    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root.resolve()
        self.shortcut_rows: list[tuple[str, str]] = []
        self.setObjectName("help-browser")
        self.setOpenExternalLinks(False)
        self.document().setDocumentMargin(14)
        # links are followed here, after checking them, rather than by QTextBrowser
        self.setOpenLinks(False)
        self.anchorClicked.connect(self.follow)

    def local_path(self, url: QUrl) -> Path | None:
        """The file inside the guide's folder that `url` names (fragment aside), or None for anything else."""
        if url.isRelative() and self.source().isValid():
            url = self.source().resolved(url)
        if not url.isLocalFile():
            return None
        path = Path(url.toLocalFile()).resolve()
        if not path.is_file() or not path.is_relative_to(self.root):
            return None
        return path

    def follow(self, url: QUrl) -> None:
        """Follow a clicked link if it is a page of the guide or an anchor on this page."""
        if not url.scheme() and not url.path() and url.hasFragment():
            self.scrollToAnchor(url.fragment())
            return
        if self.local_path(url) is None:
            log.info("help: not following %s", url.toString())
            self.refused.emit(url)
            return
        self.setSource(self.source().resolved(url) if url.isRelative() else url)

    def loadResource(self, kind: int, url: QUrl):
        """Pages, images and style sheets of the guide only; anything else loads as nothing."""
        # an exception escaping this override would take the whole application down
        try:
            path = self.local_path(url)
            if path is None:
                log.info("help: not loading %s", url.toString())
                return None
            if kind == QTextDocument.ResourceType.ImageResource:
                return QImage(str(path))
            text = path.read_text(encoding="utf-8")
        except Exception:
            log.exception("help: cannot load %s", url.toString())
            return None
        if kind == QTextDocument.ResourceType.HtmlResource and SHORTCUTS_MARKER in text:
            text = text.replace(SHORTCUTS_MARKER, shortcuts_table(self.shortcut_rows))
        return text


def shortcuts_table(rows: list[tuple[str, str]]) -> str:
    """An HTML table of (command, keys) rows."""
    if not rows:
        return ""
    cells = "".join(
        f"<tr><td>{html.escape(name)}</td><td><b>{html.escape(keys)}</b></td></tr>" for name, keys in rows
    )
    return f'<table class="keys" cellspacing="0" cellpadding="4">{cells}</table>'


def typeable(keys: QKeySequence) -> bool:
    """False for a lone dedicated key (Help, Redo, Copy…) that most keyboards lack."""
    if keys.isEmpty():
        return False
    combination = keys[0]
    return bool(combination.keyboardModifiers()) or combination.key().value < Qt.Key.Key_Help.value


def window_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """The window's menu commands that have keys, with the keys as this platform writes them."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()

    def visit(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                visit(action.menu())
                continue
            keys = [
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if typeable(k)
            ]
            name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")
            if keys and name and name not in seen:
                seen.add(name)
                rows.append((name, ", ".join(k for k in keys if k)))

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.menu() is not None:
                visit(action.menu())
    return rows


class HelpWindow(QMainWindow):
    """A window beside the main one with the guide, its own Back, Forward and Contents buttons."""

    def __init__(self, *, language: str = "en", root: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("help-window")
        self.root = root or help_root()
        self.language = guide_language(language, root=self.root)
        self.browser = HelpBrowser(self.root, self)
        self.setCentralWidget(self.browser)
        toolbar = QToolBar(self.tr("Guide"), self)
        toolbar.setObjectName("help-toolbar")
        toolbar.setMovable(False)
        icons = self.style()
        self.back = toolbar.addAction(
            icons.standardIcon(QStyle.StandardPixmap.SP_ArrowBack),
            self.tr("Back"),
            self.browser.backward,
        )
        self.back.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Back))
        self.forward = toolbar.addAction(
            icons.standardIcon(QStyle.StandardPixmap.SP_ArrowForward),
            self.tr("Forward"),
            self.browser.forward,
        )
        self.forward.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Forward))
        self.contents = toolbar.addAction(
            icons.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon),
            self.tr("Contents"),
            self.show_index,
        )
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(toolbar)
        # a reader expects the keys that close any document window, not only the title bar's button
        self.close_action = QAction(self.tr("Close"), self)
        self.close_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Escape), *QKeySequence.keyBindings(QKeySequence.StandardKey.Close)]
        )
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)
        self.back.setEnabled(False)
        self.forward.setEnabled(False)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.browser.forwardAvailable.connect(self.forward.setEnabled)
        self.browser.sourceChanged.connect(lambda _url: self._update_title())
        self.message = QLabel()
        self.statusBar().addWidget(self.message, 1)
        self.browser.refused.connect(self._say_refused)
        self.browser.highlighted.connect(lambda url: self.message.setText(self._describe(url)))
        self.resize(860, 900)

    def show_index(self) -> None:
        """Show the guide's contents page."""
        self.show_page(INDEX)

    def show_page(self, page: str = INDEX, *, language: str | None = None) -> None:
        """Show a page of the guide, e.g. 'shortcuts.html', in `language` or the current one."""
        if language is not None:
            self.language = guide_language(language, root=self.root)
        self.message.clear()
        self.browser.setSource(page_url(self.language, page, root=self.root))

    def _update_title(self) -> None:
        title = self.browser.documentTitle() or self.tr("ShopperMap Guide")
        self.setWindowTitle(title)

    def _describe(self, url: QUrl) -> str:
        if url.isEmpty() or self.browser.local_path(url):
            return ""
        return self.tr("Outside the guide: {0}").format(url.toString())

    def _say_refused(self, url: QUrl) -> None:
        self.message.setText(
            self.tr("This link leads outside the guide and was not opened: ShopperMap works offline.")
        )


def show_help(window: QWidget, page: str = INDEX) -> HelpWindow:
    """Open (or bring forward) the guide for `window`, in the language of its interface."""
    language = getattr(window, "language", "en")
    help_window: HelpWindow | None = getattr(window, "help_window", None)
    if help_window is None:
        help_window = HelpWindow(language=language, parent=window)
        window.help_window = help_window
    help_window.browser.shortcut_rows = window_shortcuts(window)
    if page != INDEX or guide_language(language, root=help_window.root) != help_window.language:
        help_window.show_page(page, language=language)
    elif not help_window.browser.source().isValid():
        help_window.show_page(INDEX, language=language)
    help_window.show()
    help_window.raise_()
    help_window.activateWindow()
    return help_window


def help_menu(window: QMainWindow) -> QMenu:
    """The window's Help menu: the one holding About, or a new one at the end of the menu bar."""
    about = getattr(getattr(window, "actions_", None), "about", None)
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None and about is not None and about in menu.actions():
            return menu
    return window.menuBar().addMenu(translate("Help", "&Help"))


def install(window: QMainWindow) -> QAction:
    """Add Help → ShopperMap Guide (F1) to the window; returns the action."""
    existing = getattr(window, "help_action", None)
    if existing is not None:  # a second F1 action would make the key ambiguous and dead
        return existing
    action = QAction(translate("Help", "ShopperMap &Guide"), window)
    action.setObjectName("action-help-guide")
    action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents))
    action.setStatusTip(
        translate("Help", "How to run a workshop with ShopperMap, from framework to buyer-ready Excel")
    )
    action.triggered.connect(lambda: show_help(window))
    menu = help_menu(window)
    actions = menu.actions()
    if actions:
        menu.insertAction(actions[0], action)
        menu.insertSeparator(actions[0])
    else:
        menu.addAction(action)
    window.help_action = action
    return action
