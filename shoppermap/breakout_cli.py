"""The command line of breakout groups: `shoppermap handout` and `shoppermap merge`."""

from __future__ import annotations

import argparse
from pathlib import Path

from .breakout_files import HandoutFileError, hand_out_files
from .domain.document import Document, EditError
from .domain.handout import HandoutError, find_focus, focus_choices, group_names
from .domain.merge import MergeError, Side, analyse
from .domain.merge_operations import apply_operations
from .domain.merge_text import report_lines
from .session import WorkshopSession
from .storage import WorkshopFile, WorkshopFileError
from .storage.lock import WorkshopLockedError


class BreakoutError(Exception):
    """A user's mistake with a breakout command: one line, exit code 1."""


ERRORS = (BreakoutError, HandoutFileError, HandoutError, MergeError, WorkshopLockedError)


def cmd_handout(args: argparse.Namespace) -> int:
    """`shoppermap handout FILE --groups "Grupa A,Grupa B" -o DIR`."""
    groups = group_names(args.groups)
    focus = _focus(args.file, groups, args.focus)
    for group, path in zip(groups, hand_out_files(args.file, args.output, groups, focus=focus), strict=True):
        print(f"Handed out {path} ({group}{_focus_note(path, focus.get(group))})")
    return 0


def _focus(path: Path, groups: list[str], given: list[str]) -> dict[str, str]:
    """The `--focus GROUP=STAGE` options as ids, each for one of the groups named."""
    if not given:
        return {}
    try:
        file, workshop = WorkshopFile.open(path, read_only=True)
    except WorkshopFileError as exc:
        raise BreakoutError(f"{exc}") from None
    file.close()
    focus: dict[str, str] = {}
    for option in given:
        group, sep, name = (part.strip() for part in option.partition("="))
        if not sep or not group or not name:
            raise BreakoutError(f'--focus {option!r}: give it as GROUP=STAGE, e.g. "Grupa A=Kupuję"')
        if group not in groups:
            raise BreakoutError(f"--focus {option!r}: '{group}' is not one of the groups")
        focus[group] = find_focus(workshop, name)
    return focus


def _focus_note(path: Path, focus: str | None) -> str:
    if focus is None:
        return ""
    file, workshop = WorkshopFile.open(path, read_only=True)
    file.close()
    journey, stage = focus_choices(workshop)[focus]
    return f", focus: {stage.label.text('en') if stage else journey.name}"


def read_copy(path: Path):
    """A group's copy, read-only; its problems are named after it."""
    try:
        file, workshop = WorkshopFile.open(path, read_only=True)
    except WorkshopFileError as exc:
        raise BreakoutError(f"{exc}") from None
    file.close()
    if workshop.handout is None:
        raise BreakoutError(f"{path.name}: not a group copy (it was never handed out)")
    return workshop


def cmd_merge(args: argparse.Namespace) -> int:
    """`shoppermap merge FILE COPY... [--prefer ours|theirs] [--dry-run]`: all copies, or none."""
    copies = [(path, read_copy(path)) for path in args.copies]
    prefer = Side(args.prefer) if args.prefer else None
    if args.dry_run:
        file, workshop = WorkshopFile.open(args.file, read_only=True)
        file.close()
        session, document = None, Document(workshop)
    else:
        session = WorkshopSession.open(args.file)
        document = session.document
    try:
        if document.read_only:
            raise BreakoutError(
                f"{args.file.name}: cannot be written here (read-only media or no permission)"
            )
        language = document.workshop.workshop.language
        reports = []
        with document.transaction():
            for path, copy in copies:
                try:
                    plan = analyse(document.workshop, copy, language=language).plan(prefer)
                    apply_operations(document, plan.operations)
                except (MergeError, EditError) as exc:
                    raise BreakoutError(f"{path.name}: {exc}") from None
                reports.append((path, plan.report))
    finally:
        if session is not None:
            session.close()
    verb = "Would merge" if args.dry_run else "Merged"
    for path, report in reports:
        lines = report_lines(report, language=language)
        print(f"{verb} {path.name} ({report.group}): {lines[0]}")
        for line in lines[1:]:
            print(f"  {line}")
    return 0
