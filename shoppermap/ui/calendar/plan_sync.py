"""The calendar and the action plan select the same actions: a bar its row, a row its bar.

The map already passes card selections between them; these two go one step finer, to the action.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel


def select_plan_rows(plan, opportunity_ids) -> None:
    """Select the plan's rows of these actions (only these), without the plan telling the map again."""
    model, proxy = plan.model, plan.proxy
    wanted = set(opportunity_ids)
    selection = QItemSelection()
    for row, opportunity_id in enumerate(model.rows):
        if opportunity_id in wanted:
            index = proxy.mapFromSource(model.index(row, 0))
            if index.isValid():
                selection.select(index, index.siblingAtColumn(proxy.columnCount() - 1))
    if selection.isEmpty():
        return
    plan._syncing = True  # the plan's own guard: the map already shows these cards
    try:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        plan.table.selectionModel().select(selection, flags)
        plan.table.scrollTo(selection.indexes()[0])
    finally:
        plan._syncing = False


def plan_selected_ids(plan) -> list[str]:
    """The actions of the plan's selected rows."""
    model, proxy = plan.model, plan.proxy
    rows = (proxy.mapToSource(index).row() for index in plan.table.selectionModel().selectedRows())
    return [model.opportunity_id(row) for row in rows if 0 <= row < len(model.rows)]
