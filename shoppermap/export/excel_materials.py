"""The "POS materials" sheet: what to print or build, per tool, brand, retailer and period, for a supplier."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.figures import cost, total_units
from ..domain.models import Opportunity, OpportunityStatus
from .excel_cells import Styles, print_setup, write_note
from .excel_scope import ExportScope
from .excel_table import Column, TableLayout, write_table, write_totals_row
from .excel_words import text

MATERIAL_COLUMNS = (
    Column("pos_tool", "wrap", 16, 28),
    Column("brand", "wrap", 10, 20),
    Column("retailer", "wrap", 10, 20),
    Column("period", "wrap", 12, 22),
    Column("actions", "count", 8, 10),
    Column("stores", "count", 8, 10),
    Column("units_per_store", "count", 8, 10),
    Column("total_units", "count", 8, 12),
    Column("unit_cost", "money", 12, 16),
    Column("fixed_cost", "money", 12, 18),
    Column("total_cost", "money", 12, 18),
)
# the totals row adds these up; stores over different tools would count the same store twice
SUMMED_KEYS = ("total_units", "fixed_cost", "total_cost")


@dataclass
class MaterialRow:
    """The actions that need one POS tool for one brand, retailer and sales period."""

    pos_tool: str
    brand: str
    retailer: str
    period: str
    actions: list[Opportunity] = field(default_factory=list)

    def values(self) -> dict[str, Any]:
        """The row's cells: sums where the actions add up, shared values only when they agree."""
        return {
            "pos_tool": self.pos_tool,
            "brand": self.brand,
            "retailer": self.retailer,
            "period": self.period,
            "actions": len(self.actions),
            "stores": _sum(o.stores for o in self.actions),
            "units_per_store": _shared(o.units_per_store for o in self.actions),
            "total_units": _sum(total_units(o) for o in self.actions),
            "unit_cost": _shared(o.unit_cost for o in self.actions),
            "fixed_cost": _sum_known(o.fixed_cost for o in self.actions),
            "total_cost": _sum(cost(o) for o in self.actions),
        }


def material_rows(scope: ExportScope) -> list[MaterialRow]:
    """The actions with quantities grouped by tool, brand, retailer and period, sorted that way."""
    groups: dict[tuple[str, str, str, str], MaterialRow] = {}
    for row in scope.rows:
        o = row.opportunity
        if o.status == OpportunityStatus.DROPPED or (o.stores is None and o.units_per_store is None):
            continue  # nothing to make for an action without quantities (a fee, a leaflet) or given up
        period = scope.document.period_of(o)
        names = (
            scope.pos_tool(o).strip(),
            scope.brand(o).strip(),
            " ".join(o.retailer.split()),
            period.name.text(scope.language) if period is not None else "",
        )
        key = tuple(n.casefold() for n in names)
        group = groups.get(key)
        if group is None:
            group = groups[key] = MaterialRow(*names)
        group.actions.append(o)
    # a supplier reads it tool by tool; rows without a name go after the named ones
    return [groups[k] for k in sorted(groups, key=lambda k: [(not v, v) for v in k])]


def write_materials_sheet(
    ws: Worksheet, scope: ExportScope, styles: Styles, tick: Callable[[int], None]
) -> None:
    """One row per POS tool x brand x retailer x period with quantities and costs, a totals row and a note."""
    language = scope.language
    rows = material_rows(scope)
    last = write_table(ws, MATERIAL_COLUMNS, (r.values() for r in rows), styles, language, lambda n: None)
    letters = {c.key: get_column_letter(i) for i, c in enumerate(MATERIAL_COLUMNS, start=1)}
    layout = TableLayout(ws.title, letters, first=2, last=1 + len(rows))
    write_totals_row(ws, MATERIAL_COLUMNS, layout, last + 1, styles, language, summed_keys=SUMMED_KEYS)
    write_note(ws, styles, last + 2, text("materials.note", language), columns=len(MATERIAL_COLUMNS))
    info = scope.document.workshop.workshop
    title = " — ".join(p for p in (text("sheet.materials", language), info.title, scope.retailer or "") if p)
    print_setup(ws, title=title, language=language, repeat_rows="1:1", gridlines=True)
    tick(len(scope.rows))  # every action was looked at once


def _sum(values) -> Any:
    """The sum, or None when any value is unknown: a short count would be ordered as if complete."""
    total = 0
    for value in values:
        if value is None:
            return None
        total += value
    return total


def _sum_known(values) -> Any:
    """The sum of the values given, or None when none is: a missing fixed cost is no fixed cost."""
    known = [v for v in values if v is not None]
    return sum(known, Decimal(0)) if known else None


def _shared(values) -> Any:
    """The one value all share, or None when they differ or one is unknown."""
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else None
