"""The action-plan dock: a filter bar, the table, and the totals of what the filter shows."""

from __future__ import annotations

import logging
from decimal import Decimal

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..i18n import interface_language
from ..layouts import nested
from ..vocabulary import amount_text, roi_text
from .column_chooser import ColumnChooser
from .columns import CHOICES, COLUMN, COLUMNS
from .model import ROLE_CARD, ROLE_STAGE, PlanModel
from .proxy import FILTER_KEYS, NONE, PlanFilter

log = logging.getLogger(__name__)
ONE_ROW_WIDTH = 1100  # pixels of dock that hold the search and the five filters in one row
# numbers and marks need less room than words: the plan fits a 1920 px projector
NARROW = {
    "cost": 90,
    "incremental_sales": 105,
    "incremental_margin": 105,
    "roi": 60,
    "stores": 60,
    "units_per_store": 70,
    "total_units": 70,
    "uplift_pct": 60,
    "margin_pct": 60,
    "moment_of_truth": 40,
    "quick_win": 40,
}


class PlanDelegate(QStyledItemDelegate):
    """Edits the choice columns (priority, brand, status...) with a list of their choices, everything
    else as text."""

    def createEditor(self, parent, option, index):
        key = COLUMNS[index.column()].key
        if key not in CHOICES:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for text, value in CHOICES[key](index.model().sourceModel()):
            combo.addItem(text, "" if value is None else getattr(value, "value", value))
        return combo

    def setEditorData(self, editor, index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class PlanWidget(QWidget):
    """The action plan of the open workshop; `cards_selected` says which cards the chosen rows sit on."""

    cards_selected = Signal(list)

    def __init__(self, parent: QWidget | None = None, *, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.model = PlanModel(self)
        self.proxy = PlanFilter(self)
        self.proxy.setSourceModel(self.model)
        self._syncing = False

        self.all_journeys = QCheckBox(self.tr("All journeys"))
        self.all_journeys.toggled.connect(self.model.set_all_journeys)
        self.combos: dict[str, QComboBox] = {}
        names = {
            "stage": self.tr("Stage"),
            "retailer": self.tr("Retailer"),
            "owner": self.tr("Owner"),
            "status": self.tr("Status"),
            "priority": self.tr("Priority"),
        }
        # one row of search and filters under the map, where the dock is wide, so the table keeps the
        # height for its rows; two rows keep it usable when it is docked narrow at a side
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        # _arrange moves widgets between these rows: nested empty, so no wrapper outlives an item
        top = self._top = nested(layout, QHBoxLayout())
        bar = self._bar = nested(layout, QHBoxLayout())
        self._one_row = False
        top.addWidget(self.all_journeys)
        for key in FILTER_KEYS:
            combo = QComboBox()
            combo.setObjectName(f"plan-filter-{key}")
            combo.setToolTip(names[key])
            # combos that may shrink keep the dock usable in a narrow side area
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(3)
            combo.currentIndexChanged.connect(lambda _i, k=key: self._combo_changed(k))
            self.combos[key] = combo
            bar.addWidget(combo, 1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the plan"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._text_changed)
        top.addWidget(self.search, 1)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(PlanDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # map order until a header is clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(COLUMN["description"], 260)
        for key, width in NARROW.items():
            header.resizeSection(COLUMN[key], width)
        self.columns = ColumnChooser(header, settings)
        self.table.selectionModel().selectionChanged.connect(self._rows_selected)

        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        self._arrange()

        # refilling the combos reads every row: once per turn of the event loop is enough
        self._refill_timer = QTimer(self)
        self._refill_timer.setSingleShot(True)
        self._refill_timer.setInterval(0)
        self._refill_timer.timeout.connect(self._model_changed)
        for signal in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.dataChanged,
        ):
            signal.connect(self._refill_timer.start)
        # the proxy announces a filter change row range by row range: count once, when it is done
        self._totals_timer = QTimer(self)
        self._totals_timer.setSingleShot(True)
        self._totals_timer.setInterval(0)
        self._totals_timer.timeout.connect(self.update_totals)
        for signal in (
            self.proxy.modelReset,
            self.proxy.layoutChanged,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
        ):
            signal.connect(self._totals_timer.start)
        self._model_changed()

    # --- filter bar ----------------------------------------------------------------------

    def _model_changed(self, *_args) -> None:
        """Offer in each combo the values the plan holds now, keeping what was chosen."""
        self._refill_timer.stop()
        model = self.model
        values: dict[str, dict[str, str]] = {key: {} for key in FILTER_KEYS}
        for row in range(model.rowCount()):
            values["stage"].setdefault(
                model.index(row, 0).data(ROLE_STAGE), model.index(row, 0).data(Qt.ItemDataRole.DisplayRole)
            )
            for key in ("retailer", "owner"):
                text = " ".join(model.index(row, COLUMN[key]).data(Qt.ItemDataRole.DisplayRole).split())
                values[key].setdefault(text.casefold() if text else NONE, text or self.tr("(none)"))
        for key in ("status", "priority"):
            values[key] = {
                "" if value is None else value.value: text
                for text, value in CHOICES[key](self.model)
                if value is not None
            }
            if key == "priority":
                values[key][NONE] = self.tr("(no priority)")
        for key, combo in self.combos.items():
            chosen = combo.currentData()
            entries = list(values[key].items())
            if key in ("retailer", "owner"):
                # the proxy compares the text itself, whatever its case
                entries = sorted(((NONE if k == NONE else v), v) for k, v in entries)
            wanted = [(None, self._all_text(key)), *entries]
            current = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
            if current == wanted:
                continue
            combo.blockSignals(True)
            combo.clear()
            for data, text in wanted:
                combo.addItem(text, data)
            found = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(0, found))
            combo.blockSignals(False)
            if found < 0:
                self._combo_changed(key)  # what was chosen is gone from the plan
        self.update_totals()

    def _all_text(self, key: str) -> str:
        return {
            "stage": self.tr("All stages"),
            "retailer": self.tr("All retailers"),
            "owner": self.tr("All owners"),
            "status": self.tr("Any status"),
            "priority": self.tr("Any priority"),
        }[key]

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Search and filters in one row when the dock is wide enough for both, else in two."""
        one_row = self.width() >= ONE_ROW_WIDTH
        if one_row == self._one_row:
            return
        self._one_row = one_row
        row = self._bar if one_row else self._top
        row.insertWidget(0, self.all_journeys)
        row.insertWidget(1, self.search, 2 if one_row else 1)

    def _combo_changed(self, key: str) -> None:
        self.proxy.set_value(key, self.combos[key].currentData())
        self.update_totals()

    def _text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self.update_totals()

    def set_filter(self, key: str, value: str | None) -> None:
        """Choose a filter value as the combo would (None for all); the value must be offered."""
        if self._refill_timer.isActive():
            self._model_changed()
        combo = self.combos[key]
        combo.setCurrentIndex(combo.findData(value) if value is not None else 0)

    def set_scenario(self, scenario_id: str | None) -> None:
        """Show only the actions of a scenario (None: of every one), and their totals."""
        self.proxy.set_scenario(scenario_id)
        self.update_totals()

    def update_totals(self, *_args) -> None:
        """Say how many actions the filter shows and what they cost per stage, then the budget, the
        incremental sales and margin and the ROI of them all."""
        self._totals_timer.stop()
        totals = self.proxy.totals()
        language = interface_language()
        parts = [
            self.tr("{0}: {1} ({2})").format(name, count, amount_text(cost, language))
            for name, (count, cost) in totals.stages.items()
        ]
        overall = totals.overall
        line = self.tr(
            "Total: {0} actions · budget {1} · incremental sales {2} · incremental margin {3} · ROI {4}"
        ).format(
            overall.actions,
            self._money(overall.cost),
            self._money(overall.incremental_sales),
            self._money(overall.incremental_margin),
            roi_text(overall.roi, language) or "—",
        )
        self.totals.setText("  ·  ".join(parts) + "\n" + line if parts else line)

    def _money(self, amount: Decimal | None) -> str:
        """An amount with the workshop's currency; a dash for a figure no action gives."""
        if amount is None:
            return "—"
        document = self.model.document
        currency = document.workshop.workshop.currency if document is not None else ""
        return f"{amount_text(amount, interface_language())} {currency}".strip()

    # --- selection -----------------------------------------------------------------------

    def _rows_selected(self, *_args) -> None:
        if self._syncing:
            return
        ids: list[str] = []
        for index in self.table.selectionModel().selectedRows():
            card_id = index.data(ROLE_CARD)
            if card_id not in ids:
                ids.append(card_id)
        self.cards_selected.emit(ids)

    def select_cards(self, card_ids: list[str]) -> None:
        """Select the rows of these cards without announcing it (the canvas already knows)."""
        selection = QItemSelection()
        for row in self.model.rows_of_cards(card_ids):
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(index, index.siblingAtColumn(len(COLUMNS) - 1))
        self._syncing = True
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().select(selection, flags)
            if not selection.isEmpty():
                self.table.scrollTo(selection.indexes()[0])
        finally:
            self._syncing = False

    def selected_card_ids(self) -> list[str]:
        """The cards of the selected rows."""
        return list(dict.fromkeys(i.data(ROLE_CARD) for i in self.table.selectionModel().selectedRows()))

    def current_index(self, row: int, column: str) -> QModelIndex:
        """The view's index of a shown row and a column key (for tests and keyboard navigation)."""
        return self.proxy.index(row, COLUMN[column])


def install(window) -> PlanWidget:
    """Add the action-plan dock to the main window and keep it in step with workshop, journey and selection."""
    widget = PlanWidget(settings=window.settings)
    window.plan = widget
    dock = window.add_dock("plan", QCoreApplication.translate("PlanWidget", "Action plan"), widget)
    widget.model.failed.connect(lambda message: window.statusBar().showMessage(message, 8000))

    def workshop_opened(document) -> None:
        widget.model.set_document(
            document,
            window.editor,
            journey_id=window.journey_id,
            language=window.language,
            pos_tools=window.library.pos_tools if window.library is not None else None,
        )

    def selection_changed(card_ids: list[str]) -> None:
        # the window calls this also when another journey is shown
        widget.model.set_journey(window.journey_id)
        if not widget._syncing:
            widget.select_cards(card_ids)

    def rows_selected(card_ids: list[str]) -> None:
        if not card_ids or window.document is None:
            return
        journey = window.document.journey_of(card_ids[0])
        if journey.id != window.journey_id:
            window.show_journey(journey.id)
        scene = window.current_scene()
        if scene is None:
            return
        ids = [i for i in card_ids if i in scene.cards]
        widget._syncing = True  # the canvas echoes the selection back; keep the rows as chosen
        try:
            scene.select_cards(ids)
        finally:
            widget._syncing = False
        if ids:
            window.view.ensureVisible(scene.cards[ids[0]])

    widget.cards_selected.connect(rows_selected)
    window.workshop_listeners.append(workshop_opened)
    window.selection_listeners.append(selection_changed)
    switch = getattr(window, "scenario_switch", None)
    if switch is not None:
        switch.changed.connect(widget.set_scenario)
        widget.set_scenario(switch.current())
    if window.document is not None:
        workshop_opened(window.document)
    window.plan_dock = dock
    return widget
