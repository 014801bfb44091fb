"""Journey → Brands and Scenarios…: the workshop's two name lists, edited one undoable command at a time.

Each tab lists its names; the field under the list renames the selected one. Adding, renaming,
moving, duplicating (scenarios) and removing are each one undo step. A brand or scenario that
actions still name is removed only after the user agrees, and in the same step the actions let go
of it: their brand becomes empty, or the scenario leaves their list. An action left in no scenario
is then in every one, which the question says beforehand.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import ChangeSet, Kind
from ...domain.models import Brand, Scenario
from ..commands import DocumentCommand, InsertCommand, MoveCommand, RemoveCommand, UpdateCommand, quoted

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def words(kind: Kind) -> dict[str, str]:
    """What the page of `kind` says, in the interface language (every text literal, for lupdate)."""
    if kind == Kind.BRAND:
        return {
            "tab": translate("BrandsScenarios", "&Brands"),
            "add": translate("BrandsScenarios", "&Add Brand"),
            "new": translate("BrandsScenarios", "New brand"),
            "add_step": translate("BrandsScenarios", "Add brand"),
            "rename_step": translate("BrandsScenarios", "Rename brand {name}"),
            "move_step": translate("BrandsScenarios", "Move brand {name}"),
            "remove_step": translate("BrandsScenarios", "Remove brand {name}"),
            "no_name": translate("BrandsScenarios", "A brand needs a name."),
            "taken": translate("BrandsScenarios", "There is already a brand named {name}."),
            "used": translate(
                "BrandsScenarios",
                "{count} action(s) promote brand {name}. Remove it, leaving their brand empty?",
            ),
            "hint": translate("BrandsScenarios", "The producer's brands an action can promote."),
        }
    return {
        "tab": translate("BrandsScenarios", "&Scenarios"),
        "add": translate("BrandsScenarios", "&Add Scenario"),
        "new": translate("BrandsScenarios", "New scenario"),
        "add_step": translate("BrandsScenarios", "Add scenario"),
        "rename_step": translate("BrandsScenarios", "Rename scenario {name}"),
        "move_step": translate("BrandsScenarios", "Move scenario {name}"),
        "remove_step": translate("BrandsScenarios", "Remove scenario {name}"),
        "no_name": translate("BrandsScenarios", "A scenario needs a name."),
        "taken": translate("BrandsScenarios", "There is already a scenario named {name}."),
        "used": translate(
            "BrandsScenarios",
            "{count} action(s) belong to scenario {name}. Take it out of them and remove it?",
        ),
        "hint": translate(
            "BrandsScenarios", "Named versions of the plan; an action in no scenario is in every one."
        ),
    }


class NamesPage(QWidget):
    """One tab: the brands or the scenarios, with a name field and the buttons that edit the list."""

    def __init__(self, dialog: BrandsScenariosDialog, kind: Kind) -> None:
        super().__init__()
        self.dialog, self.kind, self.document = dialog, kind, dialog.document
        self.words = words(kind)
        self.selected_id: str | None = None
        self._row = 0  # the row of the selected one, kept for when it is removed
        self.list = QListWidget()
        self.list.setObjectName(f"{kind.value}-list")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.name = QLineEdit()
        self.name.setObjectName(f"{kind.value}-name")
        self.name.setAccessibleName(self.tr("Name"))
        self.add = QPushButton(self.words["add"])
        self.duplicate = QPushButton(self.tr("&Duplicate"))
        self.duplicate.setToolTip(self.tr("A new scenario with every action of this one"))
        self.duplicate.setVisible(kind == Kind.SCENARIO)
        self.up = QPushButton(self.tr("Move &Up"))
        self.down = QPushButton(self.tr("Move Do&wn"))
        self.remove = QPushButton(self.tr("&Remove"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("message")
        hint = QLabel(self.words["hint"])
        hint.setWordWrap(True)
        buttons = QVBoxLayout()
        for button in (self.add, self.duplicate, self.up, self.down, self.remove):
            # Return commits the name being typed; it must not also press a button
            button.setAutoDefault(False)
            button.setDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        name_row = QHBoxLayout()
        label = QLabel(self.tr("&Name:"))
        label.setBuddy(self.name)
        name_row.addWidget(label)
        name_row.addWidget(self.name, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(row, 1)
        layout.addLayout(name_row)
        layout.addWidget(self.message)

        self.list.itemSelectionChanged.connect(self._selected)
        self.name.editingFinished.connect(self.rename)
        self.add.clicked.connect(self.add_one)
        self.duplicate.clicked.connect(self.duplicate_one)
        self.up.clicked.connect(lambda: self.move_by(-1))
        self.down.clicked.connect(lambda: self.move_by(1))
        self.remove.clicked.connect(self.remove_one)
        self.fill()
        if self.list.count():
            self.list.setCurrentRow(0)
        self._show_selected()

    # --- showing -------------------------------------------------------------------------

    def items(self) -> list[Brand] | list[Scenario]:
        """The workshop's brands or scenarios, in list order (the live list)."""
        return self.document.workshop.brands if self.kind == Kind.BRAND else self.document.workshop.scenarios

    def selected(self) -> Brand | Scenario | None:
        """The selected brand or scenario, if it still exists."""
        return self.document.find(self.selected_id) if self.selected_id else None

    def fill(self) -> None:
        """Show the list as the workshop holds it, keeping the selection."""
        with QSignalBlocker(self.list):
            self.list.clear()
            for obj in self.items():
                item = QListWidgetItem(obj.name)
                item.setData(Qt.ItemDataRole.UserRole, obj.id)
                self.list.addItem(item)
            ids = [o.id for o in self.items()]
            if self.selected_id in ids:
                self._row = ids.index(self.selected_id)
            elif ids:  # the selected one was removed: its neighbour takes its place
                self._row = min(self._row, len(ids) - 1)
                self.selected_id = ids[self._row]
            else:
                self.selected_id = None
            if self.selected_id is not None:
                self.list.setCurrentRow(self._row)
        self._show_selected()

    def select_id(self, obj_id: str) -> None:
        """Select a brand or scenario by id."""
        ids = [o.id for o in self.items()]
        if obj_id in ids:
            self.list.setCurrentRow(ids.index(obj_id))

    def _selected(self) -> None:
        item = self.list.currentItem()
        self.selected_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self._row = max(0, self.list.currentRow())
        self._show_selected()

    def _show_selected(self) -> None:
        obj = self.selected()
        editable = not self.document.read_only
        index = self.document.index_of(obj.id) if obj is not None else -1
        self.add.setEnabled(editable)
        for widget in (self.name, self.remove, self.duplicate):
            widget.setEnabled(editable and obj is not None)
        self.up.setEnabled(editable and index > 0)
        self.down.setEnabled(editable and 0 <= index < len(self.items()) - 1)
        with QSignalBlocker(self.name):
            self.name.setText(obj.name if obj is not None else "")

    # --- editing -------------------------------------------------------------------------

    def _apply(self, commands: list[DocumentCommand], text: str) -> bool:
        done = self.dialog.apply(commands, text)
        self.message.setText(self.dialog.editor.last_failure or "")
        return done

    def _taken(self, name: str, *, but: str | None = None) -> bool:
        return any(o.name.casefold() == name.casefold() and o.id != but for o in self.items())

    def _fresh_name(self, base: str) -> str:
        name, n = base, 2
        while self._taken(name):
            name, n = f"{base} {n}", n + 1
        return name

    def add_one(self) -> None:
        """Add a brand or scenario at the end of the list, select it, and offer its name to type over."""
        model = Brand if self.kind == Kind.BRAND else Scenario
        obj = model(name=self._fresh_name(self.words["new"]))
        text = self.words["add_step"]
        if self._apply([InsertCommand(self.document, self.kind, None, len(self.items()), obj, text)], text):
            self.select_id(obj.id)
            self.name.setFocus()
            self.name.selectAll()

    def rename(self) -> None:
        """Give the selected one the name typed in the field (refused when empty or taken)."""
        obj = self.selected()
        if obj is None:
            return
        typed = " ".join(self.name.text().split())
        if typed == obj.name:
            self.name.setText(typed)
            return
        if not typed or self._taken(typed, but=obj.id):
            problem = self.words["no_name"] if not typed else self.words["taken"].format(name=quoted(typed))
            self._show_selected()
            self.message.setText(problem)
            return
        text = self.words["rename_step"].format(name=quoted(obj.name))
        self._apply([UpdateCommand(self.document, obj.id, {"name": typed}, text)], text)

    def move_by(self, step: int) -> None:
        """Move the selected one up (-1) or down (+1) the list."""
        obj = self.selected()
        if obj is None:
            return
        index = self.document.index_of(obj.id) + step
        if not 0 <= index < len(self.items()):
            return
        text = self.words["move_step"].format(name=quoted(obj.name))
        self._apply([MoveCommand(self.document, [(obj.id, None, index)], text)], text)

    def remove_one(self) -> None:
        """Remove the selected one; when actions name it, ask once, then let them go of it in the same step."""
        obj = self.selected()
        if obj is None:
            return
        text = self.words["remove_step"].format(name=quoted(obj.name))
        users = self.document.opportunities_naming(obj.id)
        commands: list[DocumentCommand] = []
        if users:
            question = self.words["used"].format(count=len(users), name=quoted(obj.name))
            alone = sum(1 for o in users if o.scenarios == [obj.id])
            if self.kind == Kind.SCENARIO and alone:
                question += " " + self.tr(
                    "{count} of them are in no other scenario and will then count in every scenario."
                ).format(count=alone)
            if not self.dialog.confirm(question):
                return
            for o in users:
                if self.kind == Kind.BRAND:
                    fields = {"brand": None}
                else:
                    fields = {"scenarios": [s for s in o.scenarios if s != obj.id]}
                commands.append(UpdateCommand(self.document, o.id, fields, text))
        commands.append(RemoveCommand(self.document, obj.id, text))
        self._apply(commands, text)

    def duplicate_one(self) -> None:
        """Copy the selected scenario: a new one just under it, holding every action the original holds."""
        obj = self.selected()
        if obj is None or self.kind != Kind.SCENARIO:
            return
        copy = Scenario(name=self._fresh_name(self.tr("{name} (copy)").format(name=obj.name)))
        text = self.tr("Duplicate scenario {name}").format(name=quoted(obj.name))
        index = self.document.index_of(obj.id) + 1
        commands: list[DocumentCommand] = [
            InsertCommand(self.document, Kind.SCENARIO, None, index, copy, text)
        ]
        # actions in no scenario are in the copy already; the others name it beside the original
        for o in self.document.all_opportunities():
            if obj.id in o.scenarios:
                commands.append(
                    UpdateCommand(self.document, o.id, {"scenarios": [*o.scenarios, copy.id]}, text)
                )
        if self._apply(commands, text):
            self.select_id(copy.id)
            self.name.setFocus()
            self.name.selectAll()


class BrandsScenariosDialog(QDialog):
    """Edits the brands and the scenarios of the window's workshop through its edit gateway."""

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("brands-scenarios")
        self.setWindowTitle(self.tr("Brands and Scenarios"))
        self.window_ = window
        self.document = window.document
        self.editor = window.editor
        self.tabs = QTabWidget()
        self.brands = NamesPage(self, Kind.BRAND)
        self.scenarios = NamesPage(self, Kind.SCENARIO)
        self.tabs.addTab(self.brands, self.brands.words["tab"])
        self.tabs.addTab(self.scenarios, self.scenarios.words["tab"])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.resize(520, 420)
        self.document.changes.connect(self._on_changes, kinds=(Kind.BRAND, Kind.SCENARIO))

    def page(self, tab: str) -> NamesPage:
        """The page of "brands" or "scenarios"."""
        return self.brands if tab == "brands" else self.scenarios

    def stop_following(self) -> None:
        """Stop listening to the document (its workshop was closed or replaced)."""
        self.document.changes.disconnect(self._on_changes)

    def _on_changes(self, changes: ChangeSet) -> None:
        if Kind.BRAND in changes.kinds:
            self.brands.fill()
        if Kind.SCENARIO in changes.kinds:
            self.scenarios.fill()

    def apply(self, commands: list[DocumentCommand], text: str) -> bool:
        """Hand the commands to the window's gateway as one undo step."""
        if self.window_.document is not self.document:  # the workshop was closed under the dialog
            self.close()
            return False
        return self.editor.apply(commands, text=text, origin=self)

    def confirm(self, question: str) -> bool:
        """Ask before removing what actions still name; True when the user agrees."""
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), question, parent=self)
        box.setObjectName("confirm-remove")
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is remove


def open_brands_scenarios(window, *, tab: str = "brands") -> BrandsScenariosDialog | None:
    """Show the dialog for the window's workshop (one at a time) on a tab, without blocking the window."""
    if window.document is None or window.editor is None:
        return None
    dialog: BrandsScenariosDialog | None = window.brands_scenarios_dialog
    if dialog is not None and dialog.document is not window.document:
        _discard(window)
        dialog = None
    if dialog is None:
        dialog = window.brands_scenarios_dialog = BrandsScenariosDialog(window)
    dialog.tabs.setCurrentWidget(dialog.page(tab))
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def _discard(window) -> None:
    # a dialog of a workshop no longer open: it must not edit, nor listen to, that document
    dialog, window.brands_scenarios_dialog = window.brands_scenarios_dialog, None
    if dialog is not None:
        dialog.stop_following()
        dialog.hide()
        dialog.deleteLater()


def install(window) -> QAction:
    """Add Journey → Brands and Scenarios… to the main window; returns the action."""
    action = QAction(translate("BrandsScenarios", "&Brands and Scenarios…"), window)
    action.setStatusTip(
        translate("BrandsScenarios", "The producer's brands and the named versions of the plan")
    )
    action.triggered.connect(lambda: open_brands_scenarios(window))
    menu = window.actions_.journey_menu
    menu.addAction(action)
    menu.aboutToShow.connect(lambda: action.setEnabled(window.document is not None))
    window.actions_.brands_scenarios = action
    window.brands_scenarios_dialog = None
    window.workshop_listeners.append(lambda _document: _discard(window))
    return action
