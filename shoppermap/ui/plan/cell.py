"""What one column of the action plan is made of: the cell it reads and how it shows, edits and sorts it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from ...domain.models import Opportunity


@dataclass(slots=True)
class Cell:
    """What a column's functions read: the model, the column, and the row's opportunity and card."""

    model: Any  # the PlanModel: its document and language
    column: Column
    opportunity: Opportunity
    card_id: str
    row: int

    @property
    def value(self) -> Any:
        """The opportunity's field of this column (None for a column that is not one)."""
        return getattr(self.opportunity, self.column.key, None)

    def label(self, object_id: str) -> str:
        """The label of a stage, phase or card in the workshop's language."""
        return self.model.document.get(object_id).label.text(self.model.language)


def one_line(cell: Cell) -> str:
    """The field as one line of text."""
    return " ".join(str(cell.value).split())  # one line in a table cell


def field_text(cell: Cell) -> str:
    """The field as the editor starts with it."""
    return parse_text(cell.value)


def by_display(cell: Cell) -> str:
    """Sorts by what the cell shows, whatever its case."""
    return cell.column.display(cell).casefold()


def raw(cell: Cell) -> Any:
    """The field's raw value (an enum's code)."""
    value = cell.value
    return value.value if hasattr(value, "value") else value


def parse_text(value: Any) -> str:
    """Typed text as a text field takes it."""
    return "" if value is None else str(value)


@dataclass(frozen=True)
class Column:
    """One column of the plan: how it reads, edits, sorts and filters one opportunity.

    `key` is the opportunity field it shows where there is one; only `editable` columns are edited
    in place, with `parse` turning what the delegate gives back into the field's value, and `locked`
    saying why a row's cell cannot be edited now (None when it can). `choices(model)` gives the
    (name, value) pairs of a drop-down column. A `sort` value of None (no figure) sorts last.
    The defaults suit a plain text field; `hint` explains the header.
    """

    key: str
    header: Callable[[], str]
    editable: bool = False
    display: Callable[[Cell], str] = one_line
    edit: Callable[[Cell], Any] = field_text
    sort: Callable[[Cell], Any] = by_display
    filter: Callable[[Cell], Any] = raw  # the raw value the filter bar compares
    parse: Callable[[Any], Any] = parse_text
    tooltip: Callable[[Cell], str | None] | None = None
    alignment: Qt.AlignmentFlag | None = None
    choices: Callable[[Any], list[tuple[str, Any]]] | None = None
    locked: Callable[[Opportunity], str | None] | None = None
    hint: Callable[[], str] | None = None


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter  # numbers line up on their last digit


def choice_name(cell: Cell) -> str:
    """The name of the chosen value among the column's choices."""
    value = cell.value
    if value is None:
        return ""
    return next((text for text, data in cell.column.choices(cell.model) if data == value), str(value))


def choice_code(cell: Cell) -> str:
    """The chosen value as the drop-down stores it ('' for none)."""
    value = cell.value
    if value is None:
        return ""
    return value.value if hasattr(value, "value") else str(value)


def parse_choice(value: Any) -> str | None:
    """What the drop-down gives back, as the field takes it."""
    if value in ("", None):
        return None
    return value.value if hasattr(value, "value") else str(value)


def choice_column(key: str, header: Callable[[], str], choices, **options) -> Column:
    """An editable column picked from `choices(model)`."""
    return Column(
        key,
        header,
        editable=True,
        display=choice_name,
        edit=choice_code,
        parse=parse_choice,
        choices=choices,
        **options,
    )
