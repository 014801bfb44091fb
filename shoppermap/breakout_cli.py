"""The command line of breakout groups: `shoppermap handout` and `shoppermap merge`."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from .domain.document import Document, EditError
from .domain.handout import HandoutError, group_names, hand_out
from .domain.merge import MergeError, Side, analyse
from .domain.merge_operations import apply_operations
from .domain.merge_text import report_lines
from .session import WorkshopSession
from .storage import WorkshopFile, WorkshopFileError
from .storage.lock import WorkshopLockedError

SUFFIX = ".shoppermap"
UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class BreakoutError(Exception):
    """A user's mistake with a breakout command: one line, exit code 1."""


ERRORS = (BreakoutError, HandoutError, MergeError, WorkshopLockedError)


def copy_path(folder: Path, source: Path, group: str) -> Path:
    """Where a group's copy goes: 'Workshop - Grupa A.shoppermap' in `folder`."""
    stem = UNSAFE_IN_NAMES.sub("_", f"{source.stem} - {group}").strip(" .")
    return folder / f"{stem}{SUFFIX}"


def hand_out_files(source: Path, folder: Path, groups: list[str]) -> list[Path]:
    """Write one copy of the workshop file per group into `folder`; none when one would overwrite a file."""
    if not folder.is_dir():
        raise BreakoutError(f"{folder}: no such folder")
    file, workshop = WorkshopFile.open(source, read_only=True)
    file.close()
    paths = [copy_path(folder, source, group) for group in groups]
    existing = next((p for p in paths if p.exists()), None)
    if existing is not None:
        raise BreakoutError(f"{existing.name}: already exists; choose another folder")
    if len({p.name.casefold() for p in paths}) < len(paths):
        raise BreakoutError("two groups would get the same file name; name them apart")
    for group, path in zip(groups, paths, strict=True):
        WorkshopFile.create(path, hand_out(workshop, group=group)).close()
    return paths


def cmd_handout(args: argparse.Namespace) -> int:
    """`shoppermap handout FILE --groups "Grupa A,Grupa B" -o DIR`."""
    groups = group_names(args.groups)
    for group, path in zip(groups, hand_out_files(args.file, args.output, groups), strict=True):
        print(f"Handed out {path} ({group})")
    return 0


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
