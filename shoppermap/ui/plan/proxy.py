"""Sorting and filtering of the action plan, and the totals of what the filter lets through."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ...domain import figures
from .columns import COLUMN, COLUMNS
from .model import ROLE_CARD, ROLE_COST, ROLE_FILTER, ROLE_SORT, ROLE_STAGE

Index = QModelIndex | QPersistentModelIndex

# the filter bar's combos; each compares the model's ROLE_FILTER value of its column
FILTER_KEYS = ("stage", "retailer", "owner", "status", "priority")
NONE = "\x00none"  # the filter value that picks rows where the field is empty


@dataclass
class Totals:
    """Number of actions and their cost, per stage (in map order), and the figures over them all."""

    count: int = 0
    cost: Decimal = Decimal(0)
    stages: dict[str, tuple[int, Decimal]] = field(default_factory=dict)
    overall: figures.Totals = field(default_factory=lambda: figures.totals([]))


class PlanFilter(QSortFilterProxyModel):
    """Keeps the rows of the scenario shown that match every chosen value and the text typed; sorts
    with the model's sort role, rows without the figure last."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, str | None] = {}
        self.text = ""
        self.scenario: str | None = None  # the scenario shown (None: all)
        self.setSortRole(ROLE_SORT)
        self.setDynamicSortFilter(True)

    def set_value(self, key: str, value: str | None) -> None:
        """Keep only rows whose `key` is `value` (NONE for empty); None lifts that filter."""
        if key not in FILTER_KEYS:
            raise KeyError(key)
        if self.values.get(key) != value:
            self._begin_change()
            self.values[key] = value
            self._end_change()

    def set_text(self, text: str) -> None:
        """Keep only rows where some cell holds `text` (any case)."""
        text = text.strip().casefold()
        if text != self.text:
            self._begin_change()
            self.text = text
            self._end_change()

    def set_scenario(self, scenario_id: str | None) -> None:
        """Keep only the actions of a scenario (None: of every scenario)."""
        if scenario_id != self.scenario:
            self._begin_change()
            self.scenario = scenario_id
            self._end_change()

    def clear(self) -> None:
        """Show every row again."""
        self._begin_change()
        self.values.clear()
        self.text = ""
        self._end_change()

    # Qt 6.9 brought begin/endFilterChange; 6.8 only knows invalidateFilter
    def _begin_change(self) -> None:
        if hasattr(QSortFilterProxyModel, "beginFilterChange"):
            super().beginFilterChange()

    def _end_change(self) -> None:
        if hasattr(QSortFilterProxyModel, "endFilterChange"):
            super().endFilterChange()
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if self.scenario is not None:
            opportunity = model.opportunity(source_row)
            if opportunity is not None and not figures.in_scenario(opportunity, self.scenario):
                return False
        for key, wanted in self.values.items():
            if wanted is None:
                continue
            value = model.index(source_row, COLUMN[key], source_parent).data(ROLE_FILTER)
            if key in ("retailer", "owner"):
                value = " ".join((value or "").split()).casefold()
                wanted_key = "" if wanted == NONE else " ".join(wanted.split()).casefold()
                if value != wanted_key:
                    return False
            elif (value if value not in (None, "") else NONE) != wanted:
                return False
        if self.text:
            for column in range(len(COLUMNS)):
                cell = model.index(source_row, column, source_parent).data(Qt.ItemDataRole.DisplayRole)
                if cell and self.text in str(cell).casefold():
                    return True
            return False
        return True

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(ROLE_SORT), right.data(ROLE_SORT)
        if a is None or b is None:
            # a missing figure sorts after every figure, whichever way the column is sorted
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return a is None and b is not None if descending else b is None and a is not None
        return super().lessThan(left, right)

    def totals(self) -> Totals:
        """Actions and cost of the rows shown, per stage in the order they first appear, and the
        figures over all of them."""
        totals = Totals()
        model = self.sourceModel()
        if model is None:
            return totals
        # walk source rows in map order, so stages come out in map order whatever the sorting
        stages: dict[str, list] = {}
        shown = []
        for row in range(model.rowCount()):
            if not self.filterAcceptsRow(row, QModelIndex()):
                continue
            index = model.index(row, COLUMN["stage"])
            if index.data(ROLE_CARD) is None:
                continue  # a row on its way out
            name = index.data(Qt.ItemDataRole.DisplayRole)
            key = index.data(ROLE_STAGE)
            cost = index.data(ROLE_COST) or Decimal(0)
            entry = stages.setdefault(key, [name, 0, Decimal(0)])
            entry[1] += 1
            entry[2] += cost
            totals.count += 1
            totals.cost += cost
            shown.append(model.opportunity(row))
        totals.stages = {name: (count, cost) for name, count, cost in stages.values()}
        totals.overall = figures.totals(o for o in shown if o is not None)
        return totals
