"""Turning workshop models into table rows and back."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from decimal import Decimal
from enum import Enum
from typing import Any

from ..domain.document import CHILD_FIELDS, Kind
from ..domain.labels import Label
from .tables import FLAGS, TABLES

# model field -> column, where they differ
COLUMN_OF = {"competitor": "competitor_id", "opportunity": "opportunity_id"}
FIELD_OF = {column: field for field, column in COLUMN_OF.items()}
# the field held in two columns, <field>_pl and <field>_en, for the kinds that have one
# the fields held as a JSON list in one column
LIST_FIELDS = {Kind.OPPORTUNITY: ("scenarios",)}
LABEL_FIELD = {Kind.STAGE: "label", Kind.PHASE: "label", Kind.CARD: "label", Kind.PERIOD: "name"}


def to_column_value(value: Any) -> Any:
    """A model value as SQLite stores it."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return value


def fields_to_columns(fields: dict[str, Any]) -> dict[str, Any]:
    """Model fields (as given to an update) as column values; a label fills two columns."""
    row: dict[str, Any] = {}
    for name, value in fields.items():
        if isinstance(value, Label):
            row[f"{name}_pl"] = value.pl
            row[f"{name}_en"] = value.en
            row[f"{name}_stale"] = value.stale
        else:
            row[COLUMN_OF.get(name, name)] = to_column_value(value)
    return row


def object_row(obj: Any) -> dict[str, Any]:
    """The row of one object, without its parent and position."""
    children = dict(CHILD_FIELDS[type(obj)])
    fields = {name: getattr(obj, name) for name in type(obj).model_fields if name not in children}
    return fields_to_columns(fields)


def row_fields(kind: Kind, row: dict[str, Any], parent_column: str | None) -> dict[str, Any]:
    """A stored row as model fields (plain values, validated later by the model)."""
    fields: dict[str, Any] = {}
    label: dict[str, Any] = {}
    label_field = LABEL_FIELD.get(kind)
    label_columns = (f"{label_field}_pl", f"{label_field}_en", f"{label_field}_stale") if label_field else ()
    for column, value in row.items():
        if column in ("position", parent_column):
            continue
        if column in label_columns:
            if value is not None:
                label[column.rsplit("_", 1)[1]] = value
            continue
        name = FIELD_OF.get(column, column)
        if value is None:
            continue  # the model's default stands for an empty column
        fields[name] = value
    if label_field:
        fields[label_field] = label
    for flag in FLAGS.get(TABLES[kind].table, ()):
        if flag in fields:
            fields[flag] = bool(fields[flag])
    for name in LIST_FIELDS.get(kind, ()):
        if isinstance(fields.get(name), str):
            with contextlib.suppress(ValueError):  # damaged text stays text, which validation refuses
                fields[name] = json.loads(fields[name])
    return fields
