"""Journey → Sales Periods…: the workshop's sales periods, edited one undoable command at a time.

The list shows every period; the form under it edits the selected one. Polish retail presets
for a year are added in one click (those already there by name and dates are skipped), or one
by one from the button's menu, where each preset's tooltip says how its dates are reckoned.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import ChangeSet, Kind
from ...domain.labels import Label
from ...domain.models import Period, PeriodKind
from ...domain.sales_periods import FIRST_YEAR, LAST_YEAR, PRESETS, Preset, missing_presets, preset_named
from ..commands import DocumentCommand, InsertCommand, RemoveCommand, UpdateCommand, quoted

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
DATE_FORMAT = "yyyy-MM-dd"
NAME, NAME_EN, START, END, KIND = range(5)


def kind_choices() -> list[tuple[str, PeriodKind]]:
    """The kinds of sales period, in the user's words."""
    return [
        (translate("SalesPeriods", "Holiday or season"), PeriodKind.HOLIDAY),
        (translate("SalesPeriods", "Retailer leaflet or campaign"), PeriodKind.RETAILER),
        (translate("SalesPeriods", "Our own"), PeriodKind.OWN),
    ]


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class SalesPeriodsDialog(QDialog):
    """Edits the sales periods of the window's workshop through its edit gateway."""

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("sales-periods")
        self.setWindowTitle(self.tr("Sales Periods"))
        self.window_ = window
        self.document = window.document
        self.editor = window.editor
        self.language = window.language
        self.period_id: str | None = None

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name (Polish)"),
                self.tr("Name (English)"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("Kind"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.add = QPushButton(self.tr("&Add Period"))
        self.remove = QPushButton(self.tr("&Remove"))
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        info_date = self.document.workshop.workshop.date
        self.year.setValue((info_date or dt.date.today()).year)
        self.year.setAccessibleName(self.tr("Year of the presets"))
        self.presets = QToolButton()
        self.presets.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.presets.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.preset_menu = QMenu(self.presets)
        self.preset_menu.setToolTipsVisible(True)
        self.presets.setMenu(self.preset_menu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        buttons.addWidget(self.presets)
        buttons.addWidget(self.year)

        self.name_pl = QLineEdit()
        self.name_en = QLineEdit()
        self.dated = QCheckBox(self.tr("Has dates"))
        self.dated.setToolTip(self.tr("Periods brought over from older workshops have no dates yet"))
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit, name in ((self.start, self.tr("Start date")), (self.end, self.tr("End date"))):
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
        self.kind = QComboBox()
        for text, value in kind_choices():
            self.kind.addItem(text, value)
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.addRow(self.tr("Name (Polish)"), self.name_pl)
        form.addRow(self.tr("Name (English)"), self.name_en)
        dates = QHBoxLayout()
        dates.addWidget(self.dated)
        dates.addWidget(self.start, 1)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.end, 1)
        form.addRow(self.tr("Dates"), dates)
        form.addRow(self.tr("Kind"), self.kind)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("message")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        # Return commits a field being typed in; it must not also add a period or close the dialog
        for button in (self.add, self.remove, close.button(QDialogButtonBox.StandardButton.Close)):
            button.setAutoDefault(False)
            button.setDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(760, 520)

        self.table.itemSelectionChanged.connect(self._selected)
        self.add.clicked.connect(self.add_period)
        self.remove.clicked.connect(self.remove_period)
        self.presets.clicked.connect(lambda: self.add_presets(None))
        self.preset_menu.aboutToShow.connect(self._fill_preset_menu)
        self.year.valueChanged.connect(self._name_preset_button)
        self.name_pl.editingFinished.connect(lambda: self._commit_name("pl", self.name_pl.text()))
        self.name_en.editingFinished.connect(lambda: self._commit_name("en", self.name_en.text()))
        self.dated.clicked.connect(self._commit_dated)
        self.start.editingFinished.connect(self._commit_start)
        self.end.editingFinished.connect(self._commit_end)
        self.kind.activated.connect(
            lambda _i: self._commit({"kind": self.kind.currentData()}, self.tr("Set kind of {name}"))
        )
        self.document.changes.connect(self._on_changes, kinds=(Kind.PERIOD,))

        self._name_preset_button()
        self._fill_table()
        if self.table.rowCount():
            self.table.selectRow(0)
        self._show_form()
        if self.document.read_only:
            for widget in (self.add, self.remove, self.presets, self.year, self.form):
                widget.setEnabled(False)

    def stop_following(self) -> None:
        """Stop listening to the document (its workshop was closed or replaced)."""
        self.document.changes.disconnect(self._on_changes)

    # --- showing -------------------------------------------------------------------------

    def periods(self) -> list[Period]:
        """The workshop's periods, in list order."""
        return self.document.workshop.periods

    def period(self) -> Period | None:
        """The selected period, if it still exists."""
        return self.document.find(self.period_id) if self.period_id else None

    def _fill_table(self) -> None:
        kinds = dict((value, text) for text, value in kind_choices())
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(self.periods()))
            for row, period in enumerate(self.periods()):
                preset = preset_named(period.name)
                tip = preset.reckoning.text(self.language) if preset is not None else ""
                values = [
                    period.name.pl or "",
                    period.name.en or "",
                    period.start.isoformat() if period.start else "",
                    period.end.isoformat() if period.end else "",
                    kinds[period.kind],
                ]
                for column, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    item.setData(Qt.ItemDataRole.UserRole, period.id)
                    item.setToolTip(tip)
                    self.table.setItem(row, column, item)
            ids = [p.id for p in self.periods()]
            if self.period_id in ids:
                self.table.selectRow(ids.index(self.period_id))
            else:
                self.table.clearSelection()

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.period_id = self.periods()[rows[0].row()].id if rows else None
        self._show_form()

    def _show_form(self) -> None:
        period = self.period()
        self.form.setEnabled(period is not None and not self.document.read_only)
        self.remove.setEnabled(period is not None and not self.document.read_only)
        if period is None:
            return
        blockers = [
            QSignalBlocker(w)
            for w in (self.name_pl, self.name_en, self.dated, self.start, self.end, self.kind)
        ]
        self.name_pl.setText(period.name.pl or "")
        self.name_en.setText(period.name.en or "")
        self.dated.setChecked(period.dated)
        for edit, day in ((self.start, period.start), (self.end, period.end)):
            edit.setEnabled(period.dated)
            edit.setDate(_qdate(day or dt.date.today()))
        self.kind.setCurrentIndex(self.kind.findData(period.kind))
        del blockers

    def _on_changes(self, changes: ChangeSet) -> None:
        self._fill_table()
        self._show_form()

    def _name_preset_button(self) -> None:
        self.presets.setText(self.tr("Add Polish Presets for {year}").format(year=self.year.value()))
        self.presets.setToolTip(
            self.tr(
                "Adds the Polish retail periods of the year with their dates; those already listed are skipped"
            )
        )

    def _fill_preset_menu(self) -> None:
        self.preset_menu.clear()
        year = self.year.value()
        for preset in PRESETS:
            start, end = preset.dates(year)
            action = QAction(
                f"{preset.name.text(self.language)}  ({start.isoformat()} – {end.isoformat()})",
                self.preset_menu,
            )
            action.setToolTip(preset.reckoning.text(self.language))
            action.triggered.connect(lambda _checked=False, p=preset: self.add_presets(p))
            self.preset_menu.addAction(action)

    # --- editing -------------------------------------------------------------------------

    def _apply(self, commands: list[DocumentCommand], text: str) -> bool:
        if self.window_.document is not self.document:  # the workshop was closed under the dialog
            self.close()
            return False
        done = self.editor.apply(commands, text=text, origin=self)
        self.message.setText(self.editor.last_failure or "")
        return done

    def _name(self, period: Period) -> str:
        return quoted(period.name.text(self.language))

    def _commit(self, fields: dict, template: str) -> bool:
        period = self.period()
        if period is None:
            return False
        text = template.format(name=self._name(period))
        return self._apply([UpdateCommand(self.document, period.id, fields, text)], text)

    def _commit_name(self, language: str, typed: str) -> None:
        period = self.period()
        if period is None:
            return
        typed = " ".join(typed.split()) or None
        other = period.name.en if language == "pl" else period.name.pl
        if typed is None and not other:
            self.message.setText(self.tr("A sales period needs a name in at least one language."))
            self._show_form()
            return
        name = Label(pl=typed, en=other) if language == "pl" else Label(pl=other, en=typed)
        if name != period.name:
            self._commit({"name": name}, self.tr("Rename sales period {name}"))

    def _commit_dated(self, checked: bool) -> None:
        period = self.period()
        if period is None:
            return
        if checked:
            start = self.start.date().toPython()
            self._commit(
                {"start": start, "end": max(start, self.end.date().toPython())},
                self.tr("Date sales period {name}"),
            )
        else:
            self._commit({"start": None, "end": None}, self.tr("Remove dates of sales period {name}"))
        self._show_form()

    def _commit_start(self) -> None:
        period = self.period()
        start = self.start.date().toPython()
        if period is None or not period.dated or start == period.start:
            return
        # a start after the end takes the end along, so the period stays whole
        self._commit(
            {"start": start, "end": max(start, period.end)}, self.tr("Move start of sales period {name}")
        )

    def _commit_end(self) -> None:
        period = self.period()
        end = self.end.date().toPython()
        if period is None or not period.dated or end == period.end:
            return
        if end < period.start:
            self.message.setText(
                self.tr("The end date is before the start date ({date}).").format(
                    date=period.start.isoformat()
                )
            )
            return
        self._commit({"end": end}, self.tr("Move end of sales period {name}"))

    def add_period(self) -> None:
        """Add a new period without dates at the end of the list and select it."""
        period = Period(name=Label(pl="Nowy okres", en="New period"), kind=PeriodKind.OWN)
        text = self.tr("Add sales period")
        if self._apply(
            [InsertCommand(self.document, Kind.PERIOD, None, len(self.periods()), period, text)], text
        ):
            self._select_id(period.id)
            field = self.name_pl if self.language == "pl" else self.name_en
            field.setFocus()
            field.selectAll()

    def remove_period(self) -> None:
        """Remove the selected period; its opportunities keep running on its dates, on their own."""
        period = self.period()
        if period is None:
            return
        text = self.tr("Remove sales period {name}").format(name=self._name(period))
        dates = {"start": period.start, "end": period.end} if period.dated else {}
        commands: list[DocumentCommand] = [
            UpdateCommand(self.document, o.id, {"period": None, **dates}, text)
            for o in self.document.opportunities_in(period.id)
        ]
        commands.append(RemoveCommand(self.document, period.id, text))
        self._apply(commands, text)

    def add_presets(self, preset: Preset | None) -> None:
        """Add the Polish presets of the chosen year (or one of them) that are not listed yet."""
        year = self.year.value()
        missing = missing_presets(self.periods(), year)
        if preset is not None:
            missing = [p for p in missing if p.name == preset.name]
        if not missing:
            self.message.setText(
                self.tr("These presets for {year} are already in the list.").format(year=year)
            )
            return
        if preset is not None:
            text = self.tr("Add sales period {name}").format(name=quoted(preset.name.text(self.language)))
        else:
            text = self.tr("Add {count} Polish sales periods for {year}").format(
                count=len(missing), year=year
            )
        start = len(self.periods())
        commands = [
            InsertCommand(self.document, Kind.PERIOD, None, start + i, period, text)
            for i, period in enumerate(missing)
        ]
        if self._apply(commands, text):
            self._select_id(missing[0].id)

    def _select_id(self, period_id: str) -> None:
        ids = [p.id for p in self.periods()]
        if period_id in ids:
            self.table.selectRow(ids.index(period_id))


def open_sales_periods(window) -> SalesPeriodsDialog | None:
    """Show the dialog for the window's workshop (one at a time), without blocking the window."""
    if window.document is None or window.editor is None:
        return None
    dialog: SalesPeriodsDialog | None = window.sales_periods_dialog
    if dialog is not None and dialog.document is not window.document:
        _discard(window)
        dialog = None
    if dialog is None:
        dialog = window.sales_periods_dialog = SalesPeriodsDialog(window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def _discard(window) -> None:
    # a dialog of a workshop no longer open: it must not edit, nor listen to, that document
    dialog, window.sales_periods_dialog = window.sales_periods_dialog, None
    if dialog is not None:
        dialog.stop_following()
        dialog.hide()
        dialog.deleteLater()


def install(window) -> QAction:
    """Wire Journey → Sales Periods… of the main window; returns the action."""
    action = window.actions_.sales_periods
    action.triggered.connect(lambda: open_sales_periods(window))
    window.actions_.journey_menu.aboutToShow.connect(lambda: action.setEnabled(window.document is not None))
    window.sales_periods_dialog = None
    window.workshop_listeners.append(lambda _document: _discard(window))
    return action
