"""The action plan as a table: one row per POS opportunity, a thin adapter over the document."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ...domain import figures
from ...domain.amounts import AmountError
from ...domain.changes import Changed, ChangeSet, Inserted, Moved, Removed
from ...domain.document import Document, Kind
from ...domain.frameworks import PosToolCatalogue
from ..commands import UpdateCommand, quoted
from ..editor import Editor
from ..vocabulary import amount_error_text
from .columns import COLUMNS, Cell, stage_id_of

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the table's only parent
ROLE_CARD = Qt.ItemDataRole.UserRole + 1  # the card id of a row
ROLE_STAGE = Qt.ItemDataRole.UserRole + 2  # the stage id of a row
ROLE_SORT = Qt.ItemDataRole.UserRole + 3  # a value that sorts as people expect
ROLE_FILTER = Qt.ItemDataRole.UserRole + 4  # the raw value the filter bar compares
ROLE_COST = Qt.ItemDataRole.UserRole + 5  # the cost (`figures.cost`) as a Decimal, None when unknown


class PlanModel(QAbstractTableModel):
    """Every POS opportunity of the current journey (or of all journeys), in map order.

    Each edit's change-set becomes one row insert or removal when that is all it did, a reset when
    the rows changed otherwise (stages, phases, cards moved or hidden), or one `dataChanged`.
    Edits go through the edit gateway, which reports those not done.
    """

    failed = Signal(str)  # a typed value that could not be read, in words for the user

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self.editor: Editor | None = None
        self.pos_tools: PosToolCatalogue | None = None
        self.language = "en"
        self.journey_id: str | None = None
        self.all_journeys = False
        self.rows: list[str] = []  # opportunity ids

    # --- context -------------------------------------------------------------------------

    def set_document(
        self,
        document: Document | None,
        editor: Editor | None,
        *,
        journey_id: str | None = None,
        language: str = "en",
        pos_tools: PosToolCatalogue | None = None,
    ) -> None:
        """Show another workshop (None for none), edited through `editor`, and follow its changes."""
        if self.document is not None:
            self.document.changes.disconnect(self._on_changes)
        self.document, self.editor = document, editor
        self.language, self.pos_tools = language, pos_tools
        self.journey_id = journey_id
        if document is not None:
            document.changes.connect(self._on_changes, kinds=_SHOWN)
        self.rebuild()

    def set_journey(self, journey_id: str | None) -> None:
        """Follow another journey (rebuilds only when it shows something else)."""
        if journey_id != self.journey_id:
            self.journey_id = journey_id
            if not self.all_journeys:
                self.rebuild()

    def set_all_journeys(self, on: bool) -> None:
        """Show the opportunities of every journey, or of the current one only."""
        if on != self.all_journeys:
            self.all_journeys = on
            self.rebuild()

    def rebuild(self) -> None:
        """Read the rows afresh from the document."""
        self.beginResetModel()
        self.rows = self._wanted_rows()
        self.endResetModel()

    def _wanted_rows(self) -> list[str]:
        doc = self.document
        if doc is None:
            return []
        if self.all_journeys:
            journeys = [j.id for j in doc.workshop.journeys]
        else:
            journeys = [self.journey_id] if self.journey_id and doc.find(self.journey_id) else []
        return [
            o.id
            for journey_id in journeys
            for _s, _p, card in doc.cards(journey_id)
            if not card.hidden  # hiding is how a team takes a touchpoint off its map
            for o in card.opportunities
        ]

    # --- reading -------------------------------------------------------------------------

    def opportunity_id(self, row: int) -> str:
        """The opportunity shown in a row."""
        return self.rows[row]

    def opportunity(self, row: int):
        """The opportunity shown in a row (None for a row on its way out)."""
        return self.document.find(self.rows[row]) if self.document is not None else None

    def card_id(self, row: int) -> str:
        """The card holding the opportunity of a row."""
        return self.document.parent_of(self.rows[row])

    def rows_of_cards(self, card_ids) -> list[int]:
        """The rows whose opportunities sit on these cards."""
        wanted = set(card_ids)
        # rows may lag the document by one event-loop turn: skip opportunities already gone
        return [
            r
            for r, o in enumerate(self.rows)
            if self.document.find(o) is not None and self.document.parent_of(o) in wanted
        ]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].header()
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section].hint is not None:
            return COLUMNS[section].hint()
        return None

    def _headers(self) -> list[str]:
        return [c.header() for c in COLUMNS]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = COLUMNS[index.column()]
        writable = self.document is not None and not self.document.read_only
        if column.editable and writable and not self._locked(column, index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _locked(self, column, row: int) -> str | None:
        """Why this row's cell of `column` cannot be edited now, or None."""
        opportunity = self.opportunity(row) if 0 <= row < len(self.rows) else None
        return column.locked(opportunity) if opportunity is not None and column.locked else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        doc = self.document
        opportunity = doc.find(self.rows[index.row()])
        if opportunity is None:
            # the document announces a removal after making it; views may ask before the row goes
            return None
        card_id = doc.parent_of(opportunity.id)
        if role == ROLE_CARD:
            return card_id
        if role == ROLE_COST:
            return figures.cost(opportunity)
        cell = Cell(self, COLUMNS[index.column()], opportunity, card_id, index.row())
        if role == ROLE_STAGE:
            return stage_id_of(cell)
        if role == ROLE_FILTER:
            return cell.column.filter(cell)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.column.display(cell)
        if role == Qt.ItemDataRole.EditRole:
            return cell.column.edit(cell)
        if role == ROLE_SORT:
            return cell.column.sort(cell)
        if role == Qt.ItemDataRole.ToolTipRole and cell.column.tooltip is not None:
            return cell.column.tooltip(cell)
        if role == Qt.ItemDataRole.TextAlignmentRole and cell.column.alignment is not None:
            return int(cell.column.alignment)
        return None

    # --- editing -------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Change a field of an opportunity as one undo step; False (and `failed`) when refused."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.document is None:
            return False
        column = COLUMNS[index.column()]
        if not column.editable:
            return False
        opportunity_id = self.rows[index.row()]
        locked = self._locked(column, index.row())
        if locked:
            self.failed.emit(locked)
            return False
        try:
            new = column.parse(value)
        except AmountError as exc:
            self.failed.emit(amount_error_text(exc))
            return False
        if self.editor is None:
            return False
        name = quoted(self.document.get(opportunity_id).description or self._headers()[index.column()])
        text = self.tr("Edit {0}").format(name)
        command = UpdateCommand(self.document, opportunity_id, {column.key: new}, text)
        return self.editor.apply([command], text=text, origin=self) or self.editor.last_failure is None

    # --- following the document ----------------------------------------------------------

    def _on_changes(self, changes: ChangeSet) -> None:
        journey = changes.removed(Kind.JOURNEY)
        if any(r.obj.id == self.journey_id for r in journey):
            self.journey_id = None
        if not self._rows_may_change(changes):
            self._changed_rows(changes)
            return
        wanted = self._wanted_rows()
        if wanted == self.rows:
            self._changed_rows(changes)
        elif len(wanted) == len(self.rows) + 1 and _without_one(wanted, self.rows) is not None:
            row = _without_one(wanted, self.rows)
            self.beginInsertRows(ROOT, row, row)
            self.rows = wanted
            self.endInsertRows()
        elif len(wanted) + 1 == len(self.rows) and _without_one(self.rows, wanted) is not None:
            row = _without_one(self.rows, wanted)
            self.beginRemoveRows(ROOT, row, row)
            self.rows = wanted
            self.endRemoveRows()
        else:
            self.beginResetModel()
            self.rows = wanted
            self.endResetModel()

    def _rows_may_change(self, changes: ChangeSet) -> bool:
        """False when the edit cannot have changed which opportunities are rows or their order: it
        only changed fields, or moved, added or removed cards without opportunities."""
        for entry in changes.entries:
            if isinstance(entry, Changed):
                if entry.kind == Kind.CARD and "hidden" in entry.fields:
                    return True
            elif entry.kind != Kind.CARD or self._card_has_rows(entry):
                return True
        return False

    def _card_has_rows(self, entry: Inserted | Removed | Moved) -> bool:
        card = entry.obj if isinstance(entry, Inserted | Removed) else self.document.find(entry.obj_id)
        return card is None or bool(card.opportunities)

    def _changed_rows(self, changes: ChangeSet) -> None:
        """Same rows: tell the views which of them show something new."""
        if not self.rows:
            return
        last = len(COLUMNS) - 1
        moved_rows = any(self._card_has_rows(m) for m in changes.moved(Kind.CARD))
        if (
            moved_rows
            or changes.structural(Kind.STAGE, Kind.PHASE)
            or changes.changed(Kind.STAGE, Kind.PHASE, Kind.PERIOD)
            or changes.removed(Kind.PERIOD)
            or changes.structural(Kind.BRAND, Kind.SCENARIO)
            or changes.changed(Kind.BRAND, Kind.SCENARIO)
        ):
            # the same opportunities, but their stage or phase (or its name, or the name of a sales
            # period, brand or scenario they show) may have changed
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, last))
            return
        touched = {c.obj_id for c in changes.changed(Kind.OPPORTUNITY)}
        cards = {c.obj_id for c in changes.changed(Kind.CARD)}
        rows = [
            r
            for r, o in enumerate(self.rows)
            if o in touched or (cards and self.document.parent_of(o) in cards)
        ]
        if rows:
            self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], last))


# periods: the plan shows each opportunity's period name, and its dates when the period is dated;
# brands and scenarios: it shows their names
_SHOWN = (
    Kind.JOURNEY,
    Kind.STAGE,
    Kind.PHASE,
    Kind.CARD,
    Kind.OPPORTUNITY,
    Kind.PERIOD,
    Kind.BRAND,
    Kind.SCENARIO,
)


def _without_one(longer: list[str], shorter: list[str]) -> int | None:
    """The index of the one entry `longer` has beyond `shorter`, when that is the only difference."""
    row = next((i for i, (a, b) in enumerate(zip(longer, shorter, strict=False)) if a != b), len(shorter))
    return row if longer[:row] + longer[row + 1 :] == shorter else None
