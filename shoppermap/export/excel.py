"""The Excel action plan for a buyer meeting: plan, journey map, competitor gaps and summary sheets."""

from __future__ import annotations

import errno
import io
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

from .. import atomic
from ..domain.document import Document
from ..domain.frameworks import PosToolCatalogue
from ..domain.library import FrameworkLibrary
from ..domain.models import Journey
from .excel_calendar import write_calendar_sheet
from .excel_cells import base_styles, clean_text, date_format
from .excel_errors import ExportError
from .excel_map import write_map_sheet
from .excel_materials import write_materials_sheet
from .excel_plan import write_gaps_sheet, write_plan_sheet
from .excel_scope import ExportScope, find_scenario
from .excel_summary import write_summary_sheet
from .excel_words import text

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
LANGUAGES = ("en", "pl")
__all__ = ["ExportError", "build_workbook", "export_excel"]


def export_excel(
    document: Document,
    path: str | os.PathLike[str],
    *,
    journeys: list[Journey],
    language: str | None = "en",
    retailer: str | None = None,
    include_notes: bool = False,
    progress: Progress | None = None,
    pos_tools: PosToolCatalogue | None = None,
    internal: bool = False,
    with_gaps: bool = False,
    with_owners: bool = False,
    scenario: str | None = None,
) -> None:
    """Write the action-plan workbook of `journeys` to `path`.

    `language` ('en' or 'pl'; None for the workshop's own) sets sheet names, headers, words and
    framework labels. With `retailer`, only that retailer's opportunities are exported (a plan per
    buyer meeting); with `scenario` (a scenario's name or id), only that scenario's actions.
    By default the file is the buyer's version: no margins, baselines, incremental margin, ROI,
    internal notes or dropped actions, and the competitor gaps and owners only `with_gaps` and
    `with_owners`; internal notes alone are added by `include_notes`. `internal` exports everything.
    `progress(done, total)` is called now and then for a progress bar. `pos_tools` defaults to the
    shipped catalogue.
    The file is written beside `path` and moved into place only when complete; on failure any
    existing file is left as it was and ExportError says why in one line.
    """
    started = time.perf_counter()
    path = Path(path)
    if language is None:
        language = document.workshop.workshop.language
    if language not in LANGUAGES:
        raise ExportError(f"{path.name}: unknown language '{language}' (use en or pl)")
    chosen = None
    if scenario is not None and scenario.strip():
        scenarios = document.workshop.scenarios
        chosen = find_scenario(scenarios, scenario.strip())
        if chosen is None:
            known = ", ".join(f"'{s.name}'" for s in scenarios)
            there = f" (there are: {known})" if known else " (it has none)"
            raise ExportError(f"{path.name}: no scenario '{scenario.strip()}' in this workshop{there}")
    if pos_tools is None:
        pos_tools = FrameworkLibrary.load().pos_tools
    scope = ExportScope(
        document,
        list(journeys),
        language,
        retailer=retailer.strip() if retailer and retailer.strip() else None,
        include_notes=include_notes,
        pos_tools=pos_tools,
        internal=internal,
        with_gaps=with_gaps,
        with_owners=with_owners,
        scenario=chosen,
    )
    if scope.retailer and not scope.rows:
        # most likely a typo; an empty plan for a buyer meeting helps nobody
        everyone = [o for j in scope.journeys for o in _opportunities(j)]
        theirs = [o for o in everyone if _same_retailer(o.retailer, scope.retailer)]
        if theirs:
            # the retailer is there, but none of its actions is in this version or scenario
            what = f"scenario '{chosen.name}'" if chosen is not None else "the buyer's version"
            raise ExportError(
                f"{path.name}: no opportunities for retailer '{theirs[0].retailer.strip()}' in {what}"
                + ("" if internal else "; dropped actions are only in the internal version")
            )
        known = sorted({o.retailer.strip() for o in everyone if o.retailer.strip()})
        there = f" (there are: {', '.join(known)})" if known else ""
        raise ExportError(f"{path.name}: no opportunities for retailer '{scope.retailer}'{there}")
    tracker = _Tracker(progress, scope)
    workbook = build_workbook(scope, tick=tracker.tick)
    _save_atomically(workbook, path)
    tracker.finish()
    log.info(
        "exported %d opportunities to %s in %.2f s", len(scope.rows), path, time.perf_counter() - started
    )


def build_workbook(scope: ExportScope, *, tick: Callable[[int], None] = lambda n: None) -> Workbook:
    """The workbook of an export, not yet saved."""
    language = scope.language
    info = scope.document.workshop.workshop
    styles = base_styles(currency=info.currency, date_format=date_format(language))
    workbook = Workbook()
    plan = workbook.active
    plan.title = text("sheet.plan", language)
    layout = write_plan_sheet(plan, scope, styles, tick)
    write_calendar_sheet(workbook.create_sheet(text("sheet.calendar", language)), scope, styles, tick)
    write_materials_sheet(workbook.create_sheet(text("sheet.materials", language)), scope, styles, tick)
    write_map_sheet(workbook.create_sheet(text("sheet.map", language)), scope, styles, tick)
    if scope.with_gaps:
        write_gaps_sheet(workbook.create_sheet(text("sheet.gaps", language)), scope, styles, tick)
    write_summary_sheet(workbook.create_sheet(text("sheet.summary", language)), scope, styles, layout)
    workbook.active = 0
    workbook.properties.creator = "ShopperMap"
    workbook.properties.title = clean_text(info.title)[:255] or None
    workbook.properties.language = language
    return workbook


class _Tracker:
    """Turns the sheets' ticks into progress(done, total) calls, the save counted as a share."""

    def __init__(self, progress: Progress | None, scope: ExportScope) -> None:
        self.progress = progress
        cards = sum(1 for j in scope.journeys for _ in scope.cards(j))
        gaps = len(scope.gap_rows) if scope.with_gaps else 0
        # the plan and the calendar tick per action; the POS materials (at most one row per
        # action) tick in one piece
        work = 3 * len(scope.rows) + gaps + cards
        # saving takes about as long as building the sheets
        self.total = 2 * work + 1
        self.done = 0
        self._report()

    def tick(self, amount: int) -> None:
        self.done = min(self.done + amount, self.total - 1)
        self._report()

    def finish(self) -> None:
        self.done = self.total
        self._report()

    def _report(self) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total)


def _save_atomically(workbook: Workbook, path: Path) -> None:
    """Save to a temp file in the target folder, then replace the target in one step."""
    name = path.name
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ExportError(f"{name}: is a folder")
    saved = False
    # zipped in memory first: a ZipFile that fails on a full disk tries to write again when it
    # is collected and prints "Exception ignored" after our message; the bytes then go in one write
    buffer = io.BytesIO()
    try:
        workbook.save(buffer)
        with atomic.replacing(path) as temp:
            temp.write_bytes(buffer.getvalue())
            saved = True  # what fails from here on is the move over the old file
    except OSError as exc:
        raise ExportError(_save_message(name, folder, exc, saved=saved)) from None


def _save_message(name: str, folder: Path, exc: OSError, *, saved: bool) -> str:
    if isinstance(exc, PermissionError) and saved:
        # on Windows a workbook open in Excel is locked and cannot be replaced
        return f"{name}: cannot be written; is it open in Excel?"
    if isinstance(exc, PermissionError):
        return f"{name}: cannot be written; no permission to write in {folder}"
    if isinstance(exc, FileNotFoundError) and not saved:
        return f"{name}: cannot be written; the folder {folder} does not exist"
    return _os_message(name, exc)


def _opportunities(journey: Journey):
    for stage in journey.stages:
        for phase in stage.phases:
            for card in phase.cards:
                if not card.hidden:
                    yield from card.opportunities


def _same_retailer(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _os_message(name: str, exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return f"{name}: cannot be written; the disk is full"
    if exc.errno == errno.EROFS:
        return f"{name}: cannot be written; the disk is read-only"
    return f"{name}: cannot be written ({exc.strerror or exc})"
