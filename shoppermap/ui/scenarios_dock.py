"""The scenario comparison dock: every scenario's figures side by side, and their difference to a reference.

Rows are "All actions" and each scenario in list order; columns are the figures of
`domain.scenarios`. Under each figure a second, coloured line gives the difference to the scenario
chosen in "Compared with". Edits of actions, cards or scenarios refresh the table once per turn of
the event loop, and not at all while the dock is closed (it catches up when opened).
"""

from __future__ import annotations

import logging
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.changes import WORKSHOP, ChangeSet, Kind
from ..domain.document import Document
from ..domain.scenarios import Difference, ScenarioRow, compare, difference, row_of
from .layouts import nested
from .vocabulary import amount_text, count_text, percent_text, roi_text

log = logging.getLogger(__name__)
ROLE_DIFFERENCE = Qt.ItemDataRole.UserRole + 1  # the second line of a cell: the difference, or ""
ROLE_TONE = Qt.ItemDataRole.UserRole + 2  # "better", "worse" or "" (neutral), which colours it
ROLE_SCENARIO = Qt.ItemDataRole.UserRole + 3  # the scenario id of a row; "" for All actions
TONES = {"better": QColor("#2e7d32"), "worse": QColor("#c62828"), "": QColor("#6b6b6b")}
# what the comparison reads: an action's numbers and scenarios, everything that removes actions,
# and the workshop's currency in the headings
_READ = (Kind.OPPORTUNITY, Kind.SCENARIO, Kind.CARD, Kind.PHASE, Kind.STAGE, Kind.JOURNEY, WORKSHOP)
NAME, ACTIONS, TOUCHPOINTS, STAGES, BUDGET, SALES, MARGIN, ROI = range(8)
ALL = ""  # the reference combo's data for "All actions"

translate = QCoreApplication.translate


def column_titles() -> list[str]:
    """The headings of the comparison, in the interface language."""
    return [
        translate("ScenarioComparison", "Scenario"),
        translate("ScenarioComparison", "Actions"),
        translate("ScenarioComparison", "Touchpoints"),
        translate("ScenarioComparison", "Stages"),
        translate("ScenarioComparison", "Budget"),
        translate("ScenarioComparison", "Incremental sales"),
        translate("ScenarioComparison", "Incremental margin"),
        translate("ScenarioComparison", "ROI"),
    ]


def _sign(value: Decimal | int) -> str:
    return "+" if value > 0 else "\u2212" if value < 0 else "±"


def signed_count(value: int, language: str) -> str:
    """A difference of counts: '+3', '−2', '±0'."""
    return _sign(value) + count_text(abs(value), language)


def signed_amount(value: Decimal | None, language: str) -> str:
    """A difference of money: '+78 500', '−37 000,50'; '' when a side has no figure."""
    return "" if value is None else _sign(value) + amount_text(abs(value), language)


def signed_points(value: Decimal | None, language: str) -> str:
    """A difference of ROI in percentage points: '+3 pp' ('+3 p.p.' in Polish)."""
    if value is None:
        return ""
    whole = (value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    unit = translate("ScenarioComparison", "pp", "percentage points")
    return f"{_sign(whole)}{percent_text(abs(whole), language, sign=False)}\u00a0{unit}"


def _tone(value: Decimal | int | None, *, more_is_better: bool = True) -> str:
    if value is None or value == 0:
        return ""
    return "better" if (value > 0) == more_is_better else "worse"


class TwoLineDelegate(QStyledItemDelegate):
    """Paints a figure with its difference to the reference on a second, smaller, coloured line."""

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        first, second = opt.text, index.data(ROLE_DIFFERENCE) or ""
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = opt.rect.adjusted(6, 3, -6, -3)
        align = Qt.AlignmentFlag.AlignLeft if index.column() == NAME else Qt.AlignmentFlag.AlignRight
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group))
        line = opt.fontMetrics.height()
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), line), align | Qt.AlignmentFlag.AlignVCenter, first
        )
        if second:
            small = QFont(opt.font)
            small.setPointSizeF(max(6.0, opt.font.pointSizeF() * 0.9))
            painter.setFont(small)
            tone = index.data(ROLE_TONE) or ""
            painter.setPen(opt.palette.color(group) if selected else TONES[tone])
            painter.drawText(
                QRect(rect.left(), rect.top() + line, rect.width(), rect.height() - line),
                align | Qt.AlignmentFlag.AlignTop,
                second,
            )
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        metrics = opt.fontMetrics
        second = index.data(ROLE_DIFFERENCE) or ""
        width = max(metrics.horizontalAdvance(opt.text), metrics.horizontalAdvance(second)) + 14
        return QSize(width, metrics.height() * 2 + 8)


class ScenarioComparison(QWidget):
    """The comparison table of the open workshop, with the choice of the reference scenario."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self.language = "en"
        self.rows: list[ScenarioRow] = []
        self.current_scenario: str | None = None  # the scenario the switch shows, highlighted
        self._stale = False
        self.reference = QComboBox()
        self.reference.setObjectName("scenario-reference")
        self.reference.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reference.activated.connect(self._reference_chosen)
        self._reference_kept = False  # the user chose one: keep it, else follow the first scenario
        self.edit_button = QPushButton(self.tr("Edit Scenarios…"))
        self.table = QTableWidget(0, len(column_titles()))
        self.table.setObjectName("scenario-comparison")
        self.table.setHorizontalHeaderLabels(column_titles())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setItemDelegate(TwoLineDelegate(self.table))
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.note = QLabel(
            self.tr(
                "An action in no scenario is in every one. Dropped actions are not counted. "
                "ROI = (incremental margin − budget) / budget."
            )
        )
        self.note.setWordWrap(True)
        self.note.setObjectName("scenario-note")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = nested(layout, QHBoxLayout())
        chosen = QLabel(self.tr("Compared &with:"))
        chosen.setBuddy(self.reference)
        top.addWidget(chosen)
        top.addWidget(self.reference)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        # one edit can announce several change-sets (a removal and its updates): count once
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self.refresh()

    def set_document(self, document: Document | None, *, language: str = "en") -> None:
        """Compare the scenarios of another workshop (None for none) and follow its edits."""
        if self.document is not None:
            self.document.changes.disconnect(self._on_changes)
        self.document, self.language = document, language
        if document is not None:
            document.changes.connect(self._on_changes, kinds=_READ)
        self.reference.clear()
        self._reference_kept = False
        self.refresh()

    def set_current_scenario(self, scenario: object) -> None:
        """Highlight the scenario the window shows (a Scenario, its id, or None for all actions)."""
        self.current_scenario = getattr(scenario, "id", scenario) or None
        self._fill()

    def _on_changes(self, _changes: ChangeSet) -> None:
        self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Work the comparison out again (at once while shown; when next shown otherwise)."""
        self._timer.stop()
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.rows = compare(self.document.workshop) if self.document is not None else []
        self._name_columns()
        self._fill_references()
        self._fill()

    def _name_columns(self) -> None:
        titles = column_titles()
        if self.document is not None:
            currency = self.document.workshop.workshop.currency
            for column in (BUDGET, SALES, MARGIN):
                titles[column] = self.tr("{0} ({1})").format(titles[column], currency)
        self.table.setHorizontalHeaderLabels(titles)
        tips = {
            ACTIONS: self.tr("Actions in the scenario, dropped ones left out"),
            TOUCHPOINTS: self.tr("Cards with at least one action in the scenario, in every journey"),
            STAGES: self.tr("Stages with at least one action in the scenario, each journey's counted apart"),
            BUDGET: self.tr("What the actions cost together"),
            ROI: self.tr("(Incremental margin − budget) ÷ budget; empty without a budget or an estimate"),
        }
        for column, tip in tips.items():
            self.table.horizontalHeaderItem(column).setToolTip(tip)

    def reference_id(self) -> str | None:
        """The scenario compared with: an id, ALL ("") for all actions, or None for no comparison."""
        return self.reference.currentData()

    def choose_reference(self, scenario_id: str | None) -> None:
        """Compare with a scenario (ALL: all actions; None: no comparison), as the combo would."""
        self.reference.setCurrentIndex(max(0, self.reference.findData(scenario_id)))
        self._reference_chosen(self.reference.currentIndex())

    def _reference_chosen(self, _index: int) -> None:
        self._reference_kept = True
        self._fill()

    def _fill_references(self) -> None:
        chosen = self.reference_id() if self._reference_kept else self._default_reference()
        wanted = [(self.tr("Nothing (no differences)"), None), (self.tr("All actions"), ALL)]
        wanted += [(row.name, row.scenario_id) for row in self.rows if not row.is_all]
        current = [
            (self.reference.itemText(i), self.reference.itemData(i)) for i in range(self.reference.count())
        ]
        if current != wanted:
            self.reference.blockSignals(True)
            self.reference.clear()
            for text, data in wanted:
                self.reference.addItem(text, data)
            self.reference.blockSignals(False)
        found = self.reference.findData(chosen) if chosen is not None else 0
        self.reference.setCurrentIndex(
            found if found >= 0 else max(0, self.reference.findData(self._default_reference()))
        )

    def _default_reference(self) -> str | None:
        # the first scenario is usually the base the others are built on
        scenarios = [row for row in self.rows if not row.is_all]
        return scenarios[0].scenario_id if scenarios else None

    def _reference_row(self) -> ScenarioRow | None:
        chosen = self.reference_id()
        if chosen is None:
            return None
        return row_of(self.rows, None if chosen == ALL else chosen)

    def _fill(self) -> None:
        reference = self._reference_row()
        reference_name = self._cells(reference, None)[NAME][0] if reference is not None else ""
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            is_reference = reference is not None and row is reference
            diff = difference(row, reference) if reference is not None and not is_reference else None
            cells = self._cells(row, diff)
            if is_reference:
                cells[NAME] = (cells[NAME][0], self.tr("reference"), "")
            highlighted = (
                row.scenario_id or None
            ) == self.current_scenario and self.current_scenario is not None
            for column, (text, second, tone) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ROLE_DIFFERENCE, second)
                item.setData(ROLE_TONE, tone)
                item.setData(ROLE_SCENARIO, row.scenario_id or ALL)
                item.setTextAlignment(
                    Qt.AlignmentFlag.AlignLeft if column == NAME else Qt.AlignmentFlag.AlignRight
                )
                if second and diff is not None:
                    item.setToolTip(
                        self.tr("{0}: {1} compared with {2}").format(text, second, reference_name)
                    )
                if highlighted or row.is_all:
                    font = item.font()
                    font.setBold(highlighted)
                    font.setItalic(row.is_all)
                    item.setFont(font)
                self.table.setItem(r, column, item)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()

    def _cells(self, row: ScenarioRow, diff: Difference | None) -> list[tuple[str, str, str]]:
        language = self.language
        name = self.tr("All actions") if row.is_all else row.name
        if diff is None:
            vs = ["", "", "", "", "", "", ""]
            tones = ["", "", "", "", "", "", ""]
        else:
            vs = [
                signed_count(diff.actions, language),
                signed_count(diff.touchpoints, language),
                signed_count(diff.stages, language),
                signed_amount(diff.budget, language),
                signed_amount(diff.incremental_sales, language),
                signed_amount(diff.incremental_margin, language),
                signed_points(diff.roi, language),
            ]
            tones = [
                _tone(diff.actions),
                _tone(diff.touchpoints),
                _tone(diff.stages),
                _tone(diff.budget, more_is_better=False),  # a bigger budget costs more
                _tone(diff.incremental_sales),
                _tone(diff.incremental_margin),
                _tone(diff.roi),
            ]
        values = [
            count_text(row.actions, language),
            count_text(row.touchpoints, language),
            count_text(row.stages, language),
            amount_text(row.budget, language),
            amount_text(row.incremental_sales, language) or "—",
            amount_text(row.incremental_margin, language) or "—",
            roi_text(row.roi, language) or "—",
        ]
        return [(name, "", ""), *zip(values, vs, tones, strict=True)]


def install(window) -> ScenarioComparison:
    """Add the comparison dock (under the map, opened from View or Journey → Compare Scenarios)."""
    from .dialogs.brands_scenarios import open_brands_scenarios

    widget = ScenarioComparison()
    window.scenario_comparison = widget
    dock = window.add_dock("scenarios", translate("ScenarioComparison", "Scenarios"), widget)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    window.scenarios_dock = dock
    action = QAction(translate("ScenarioComparison", "&Compare Scenarios"), window)
    action.setStatusTip(
        translate("ScenarioComparison", "Each scenario's actions, budget, effect and ROI, side by side")
    )

    def show_dock() -> None:
        dock.show()
        dock.raise_()

    action.triggered.connect(show_dock)
    window.actions_.journey_menu.addAction(action)
    window.actions_.compare_scenarios = action
    widget.edit_button.clicked.connect(lambda: open_brands_scenarios(window, tab="scenarios"))

    def workshop_opened(document) -> None:
        widget.set_document(document, language=window.language)
        widget.edit_button.setEnabled(document is not None and not document.read_only)

    window.workshop_listeners.append(workshop_opened)
    window.workshop_listeners.append(lambda _document: follow_switch(window, widget))
    if window.document is not None:
        workshop_opened(window.document)
    follow_switch(window, widget)
    return widget


def follow_switch(window, widget: ScenarioComparison) -> None:
    """Highlight the scenario the window's scenario switch shows, once the switch is there."""
    switch = getattr(window, "scenario_switch", None)  # built by another part of the window, maybe later
    if switch is None or getattr(widget, "_switch", None) is switch:
        return
    widget._switch = switch
    switch.changed.connect(widget.set_current_scenario)
    widget.set_current_scenario(switch.current())
