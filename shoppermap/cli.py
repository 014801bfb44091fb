"""The command line: start the app, create, export, check, list frameworks, print the schema."""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from . import __version__, breakout_cli, picture_cli, scenarios_cli
from .domain.document import Document
from .domain.frameworks import FrameworkFileError
from .domain.labels import Label, drop_unset_stale
from .domain.library import FrameworkLibrary, framework_from_journey, save_user_framework
from .domain.models import Journey, Period
from .domain.review import review
from .domain.review_text import describe
from .domain.sales_periods import YearError, preset_periods
from .export.excel_errors import ExportError
from .export.workshop_json import (
    WorkshopJsonError,
    dumps,
    read_workshop_json,
    workshop_json_schema,
    workshop_to_data,
    write_json,
)
from .picture_cli import PICTURE_VIEWS, export_picture
from .storage import DamagedFileError, WorkshopFile, WorkshopFileError
from .storage.reading import check_file
from .workshops import create_workshop_file, new_workshop

log = logging.getLogger(__name__)
BREAKOUT_ERRORS = breakout_cli.ERRORS

COMMANDS = (
    "new",
    "export",
    "frameworks",
    "schema",
    "check",
    "save-framework",
    "review",
    "recover",
    "periods",
    "handout",
    "merge",
    "scenarios",
)


class CommandError(Exception):
    """A user's mistake or a bad file: reported as one line, exit code 1."""


def build_parser() -> argparse.ArgumentParser:
    """The parser of the subcommands."""
    parser = argparse.ArgumentParser(
        prog="shoppermap",
        description="ShopperMap: shopper-journey workshops for trade-marketing teams.",
        epilog="Run 'shoppermap [FILE]' to open the app on a workshop.",
    )
    parser.add_argument("--version", action="version", version=f"ShopperMap {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    new = sub.add_parser("new", help="create a workshop file")
    new.add_argument("file", type=Path, metavar="FILE")
    source = new.add_mutually_exclusive_group()
    source.add_argument(
        "--framework", metavar="NAME", default=None, help="framework to start from (default: shopper-journey)"
    )
    source.add_argument(
        "--from", dest="from_json", type=Path, metavar="WORKSHOP.json", help="workshop JSON to import"
    )
    new.add_argument("--title", default=None, help="the workshop's title")
    new.add_argument(
        "--lang", choices=("pl", "en"), default="en", help="language of the workshop (default: en)"
    )

    export = sub.add_parser("export", help="export a workshop (JSON, or an Excel action plan)")
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUT",
        help="output file; its suffix picks the format",
    )
    export.add_argument(
        "--journey", action="append", metavar="NAME", help="only this journey (name or id); repeatable"
    )
    export.add_argument("--lang", choices=("pl", "en"), default=None, help="language of labels")
    export.add_argument(
        "--retailer",
        metavar="NAME",
        default=None,
        help="Excel: only the opportunities for this retailer (a plan per buyer meeting)",
    )
    export.add_argument(
        "--notes",
        action="store_true",
        help="Excel: include internal notes (left out by default: the file goes to a buyer)",
    )
    export.add_argument(
        "--scenario", metavar="NAME", default=None, help="Excel: only the actions of this scenario"
    )
    export.add_argument(
        "--internal",
        action="store_true",
        help="Excel: the internal version with margins, ROI, notes, owners, gaps and dropped actions "
        "(by default the file is the version for a retail buyer)",
    )
    export.add_argument(
        "--with-gaps", action="store_true", help="Excel: add the competitor-gaps sheet to the buyer's version"
    )
    export.add_argument(
        "--with-owners", action="store_true", help="Excel: add the owners to the buyer's version"
    )
    export.add_argument(
        "--view",
        choices=tuple(PICTURE_VIEWS),
        default=None,
        help="picture (.png, .pdf): what to draw, the journey map (default), the value/effort matrix "
        "of the POS actions or the activation calendar (with --scenario, of one scenario)",
    )

    sub.add_parser("frameworks", help="list bundled and user frameworks")
    sub.add_parser("schema", help="print the JSON Schema of the workshop JSON")

    check = sub.add_parser("check", help="report format version, counts and SQLite integrity")
    check.add_argument("file", type=Path, metavar="FILE")

    save = sub.add_parser("save-framework", help="save a journey of a workshop as a new user framework")
    save.add_argument("file", type=Path, metavar="FILE")
    save.add_argument(
        "--journey", metavar="NAME", default=None, help="journey name or id (default: the first)"
    )
    save.add_argument(
        "--id", dest="framework_id", required=True, help="id of the new framework, e.g. my-drugstore"
    )
    save.add_argument("--name", required=True, help="name of the new framework")

    review = sub.add_parser("review", help="list the plan check's findings (sales gaps, incomplete actions)")
    review.add_argument("file", type=Path, metavar="FILE")
    review.add_argument("--json", action="store_true", help='print [{"kind", "card", "text"}] as JSON')
    review.add_argument("--lang", choices=("pl", "en"), default=None, help="language of labels")
    recover = sub.add_parser("recover", help="salvage what can be read of a damaged workshop into a new one")
    recover.add_argument("file", type=Path, metavar="BROKEN")
    recover.add_argument("-o", "--output", type=Path, required=True, metavar="NEW.shoppermap")
    periods = sub.add_parser(
        "periods", help="print the Polish retail sales periods of a year, or the periods of a workshop"
    )
    periods.add_argument("file", nargs="?", type=Path, metavar="FILE", help="workshop whose periods to print")
    periods.add_argument("--year", type=int, metavar="YEAR", help="print the presets for this year")
    periods.add_argument("--lang", choices=("pl", "en"), default="en", help="language of names (default: en)")
    periods.add_argument("--json", action="store_true", help="print JSON instead of a table")

    handout = sub.add_parser("handout", help="write a copy of a workshop for each breakout group")
    handout.add_argument("file", type=Path, metavar="FILE")
    handout.add_argument("--groups", required=True, help='group names, comma-separated: "Grupa A,Grupa B"')
    handout.add_argument(
        "-o", "--output", type=Path, required=True, metavar="DIR", help="folder for the copies"
    )
    handout.add_argument(
        "--focus",
        action="append",
        default=[],
        metavar="GROUP=STAGE",
        help='the stage or journey a group works on, e.g. "Grupa A=Kupuję" or "Grupa B=Seniors/Buy" '
        "(repeat for each group)",
    )

    merge = sub.add_parser("merge", help="merge breakout groups' copies back into the workshop")
    merge.add_argument("file", type=Path, metavar="FILE")
    merge.add_argument("copies", type=Path, nargs="+", metavar="COPY")
    merge.add_argument(
        "--prefer",
        choices=("ours", "theirs"),
        default=None,
        help="settle conflicts (default: keep ours, list them)",
    )
    merge.add_argument("--dry-run", action="store_true", help="print what would happen, write nothing")
    scenarios_cli.add_parser(sub)
    return parser


def build_app_parser() -> argparse.ArgumentParser:
    """The parser for starting the app."""
    parser = argparse.ArgumentParser(
        prog="shoppermap",
        usage="shoppermap [--screenshot OUT.png] [FILE]\n       shoppermap {" + ",".join(COMMANDS) + "} ...",
        description="Start ShopperMap on a workshop (the last one, or a new one from the shopper journey).",
        epilog="Commands: " + ", ".join(COMMANDS) + ". Run 'shoppermap COMMAND --help' for one.",
    )
    parser.add_argument("--version", action="version", version=f"ShopperMap {__version__}")
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE", help="workshop file to open")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="OUT.png",
        help="render the window offscreen at 1600×1000 to OUT.png and exit",
    )
    parser.add_argument("--read-only", action="store_true", help="open the workshop read-only")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 error, 2 usage)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    if argv and argv[0] in COMMANDS:
        args = build_parser().parse_args(argv)
        handler = HANDLERS[args.command]
    elif argv and argv[0] in ("-h", "--help") and len(argv) == 1:
        build_app_parser().print_help()
        return 0
    else:
        args = build_app_parser().parse_args(argv)
        handler = run_app
    if handler is not run_app:
        handle_termination()
    try:
        return handler(args) or 0
    except DamagedFileError as exc:
        print(f"shoppermap: {exc}{_recovery_hint(exc)}", file=sys.stderr)
        return 1
    except (
        CommandError,
        WorkshopFileError,
        WorkshopJsonError,
        FrameworkFileError,
        ExportError,
        *BREAKOUT_ERRORS,
        scenarios_cli.ScenariosError,
        picture_cli.PictureViewError,
    ) as exc:
        print(f"shoppermap: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        target = exc.filename or ""
        print(
            f"shoppermap: {Path(target).name + ': ' if target else ''}{exc.strerror or exc}", file=sys.stderr
        )
        return 1


def handle_termination() -> None:
    """Let SIGTERM end a command through its finally blocks, so a half-written temp file goes too."""

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    if hasattr(signal, "SIGTERM") and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, stop)


def run_app(args: argparse.Namespace) -> int:
    """Start the window (imported here so the command line never loads Qt)."""
    from .ui.app import run

    return run(file=args.file, screenshot=args.screenshot, read_only=args.read_only)


def cmd_new(args: argparse.Namespace) -> int:
    """`shoppermap new FILE`."""
    path: Path = args.file
    if path.exists():
        raise CommandError(f"{path.name}: already exists; choose another name")
    if args.from_json is not None:
        workshop = read_workshop_json(args.from_json)
        if args.title is not None:
            workshop.workshop.title = args.title
    else:
        library = _library()
        framework = args.framework or "shopper-journey"
        if framework not in library.frameworks:
            raise CommandError(f"no framework '{framework}'; 'shoppermap frameworks' lists them")
        workshop = new_workshop(library, framework_id=framework, title=args.title or "", language=args.lang)
    file, document = create_workshop_file(path, workshop)
    cards = sum(1 for j in document.workshop.journeys for _ in document.cards(j.id))
    file.close()
    print(f"Created {path} ({len(workshop.journeys)} journey(s), {cards} cards)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """`shoppermap export FILE -o OUT`."""
    output: Path = args.output
    exporter = EXPORTERS.get(output.suffix.lower())
    if exporter is None:
        known = ", ".join(sorted(EXPORTERS))
        raise CommandError(f"{output.name}: cannot export to '{output.suffix or 'no suffix'}' (use {known})")
    if output.is_dir():
        raise CommandError(f"{output.name}: is a folder")
    if not (output.parent if str(output.parent) else Path(".")).is_dir():
        raise CommandError(f"{output}: the folder does not exist")
    if args.view is not None and exporter is not export_picture:
        raise CommandError(f"{output.name}: --view is for pictures (.png or .pdf)")
    file, workshop = WorkshopFile.open(args.file, read_only=True)
    try:
        document = file.document(workshop)
        journeys = select_journeys(document, args.journey)
        written = exporter(
            document,
            output,
            journeys=journeys,
            language=args.lang,
            retailer=args.retailer,
            include_notes=args.notes,
            internal=args.internal,
            with_gaps=args.with_gaps,
            with_owners=args.with_owners,
            scenario=args.scenario,
            **({"view": args.view or "map"} if exporter is export_picture else {}),
        )
    finally:
        file.close()
    others = [path for path in written or [] if Path(path) != output]
    if len(others) == 1:
        print(f"Exported {output} and {Path(others[0]).name} beside it")
    elif others:
        print(
            f"Exported {output} and {len(others)} more files beside it: {Path(others[0]).name} … {Path(others[-1]).name}"
        )
    else:
        print(f"Exported {output}")
    return 0


def select_journeys(document: Document, names: list[str] | None) -> list[Journey]:
    """The journeys named (by name or id), or all of them."""
    journeys = document.workshop.journeys
    if not names:
        return list(journeys)
    chosen = []
    for name in names:
        match = [j for j in journeys if name in (j.id, j.name)]
        if not match:
            known = ", ".join(f"'{j.name}'" for j in journeys)
            raise CommandError(f"no journey '{name}' in this workshop (there are: {known})")
        chosen.extend(j for j in match if j not in chosen)
    return chosen


def export_json(
    document: Document, output: Path, *, journeys: list[Journey], language: str | None, **options
) -> None:
    """Write the workshop JSON (the Excel-only options do not apply)."""
    data = workshop_to_data(document.workshop, journeys=[j.id for j in journeys], language=language)
    write_json(output, data)


def export_xlsx(
    document: Document, output: Path, *, journeys: list[Journey], language: str | None, **options
) -> None:
    """Write the Excel action plan (openpyxl is loaded only when it is needed)."""
    from .export.excel import export_excel

    export_excel(document, output, journeys=journeys, language=language, **options)


EXPORTERS: dict[str, Callable[..., list[Path] | None]] = {
    ".json": export_json,
    ".xlsx": export_xlsx,
    ".png": export_picture,
    ".pdf": export_picture,
}


def cmd_frameworks(args: argparse.Namespace) -> int:
    """`shoppermap frameworks`."""
    library = _library()
    for framework_id, entry in sorted(library.frameworks.items()):
        fw = entry.framework
        phases = sum(len(s.phases) for s in fw.stages)
        where = "bundled" if entry.bundled else f"user: {entry.path}"
        print(
            f"{framework_id}\t{fw.name.text('en')} / {fw.name.text('pl')}\t"
            f"{len(fw.stages)} stages, {phases} phases, {len(fw.touchpoints())} touchpoints\t({where})"
        )
    if library.pos_tools is not None:
        print(
            f"{library.pos_tools.id}\t{library.pos_tools.name.text('en')}\t{len(library.pos_tools.tools)} POS tools\t(bundled)"
        )
    for problem in library.problems:
        print(f"shoppermap: skipped {problem}", file=sys.stderr)
    return 1 if library.problems else 0


def cmd_schema(args: argparse.Namespace) -> int:
    """`shoppermap schema`."""
    sys.stdout.write(dumps(workshop_json_schema()))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """`shoppermap check FILE`."""
    path: Path = args.file
    version, workshop, problems, integrity = check_file(path)
    cards = [c for j in workshop.journeys for s in j.stages for p in s.phases for c in p.cards]
    print(f"{path.name}: ShopperMap workshop, file format {version}")
    print(f"title: {workshop.workshop.title}")
    print(f"journeys: {len(workshop.journeys)}")
    print(f"stages: {sum(len(j.stages) for j in workshop.journeys)}")
    print(f"phases: {sum(len(s.phases) for j in workshop.journeys for s in j.stages)}")
    print(f"cards: {len(cards)} ({sum(c.hidden for c in cards)} hidden)")
    print(f"opportunities: {sum(len(c.opportunities) for c in cards)}")
    print(f"gaps: {sum(len(c.gaps) for c in cards)}")
    print(f"competitors: {len(workshop.competitors)}")
    print(f"sales periods: {len(workshop.periods)}")
    for problem in problems:
        print(f"problem: {problem.text}")
    print(f"integrity: {integrity}")
    return 0 if integrity == "ok" and not problems else 1


def cmd_save_framework(args: argparse.Namespace) -> int:
    """`shoppermap save-framework FILE --id ID --name NAME`."""
    file, workshop = WorkshopFile.open(args.file, read_only=True)
    file.close()
    journeys = workshop.journeys
    if args.journey:
        journeys = [j for j in journeys if args.journey in (j.id, j.name)]
    if not journeys:
        raise CommandError(f"no journey '{args.journey}' in this workshop")
    library = _library()
    if args.framework_id in library.frameworks:
        raise CommandError(f"a framework with the id '{args.framework_id}' exists already")
    try:
        framework = framework_from_journey(
            journeys[0], framework_id=args.framework_id, name=Label.same(args.name)
        )
    except ValueError as exc:
        raise CommandError(f"cannot make a framework: {str(exc).splitlines()[-1].strip()}") from None
    target = save_user_framework(framework)
    print(f"Saved framework '{framework.id}' to {target}")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    """`shoppermap review FILE [--json]`: the findings are the answer, so they exit 0."""
    file, workshop = WorkshopFile.open(args.file, read_only=True)
    file.close()
    language = args.lang or workshop.workshop.language
    tools = _library().pos_tools

    def tool_name(tool_id: str) -> str:
        tool = tools.tool(tool_id) if tools is not None else None
        return tool.label.text(language) if tool is not None else tool_id

    several = len(workshop.journeys) > 1
    findings = [
        (f, describe(f, language=language, tool_name=tool_name, with_journey=several))
        for f in review(workshop)
    ]
    if args.json:
        rows = [{"kind": f.kind.value, "card": f.card_id, "text": text} for f, text in findings]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return 0
    for _finding, text in findings:
        print(text)
    print(f"{len(findings)} finding(s)" if findings else "No findings: the plan check passes")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    """`shoppermap recover BROKEN -o NEW.shoppermap`."""
    from .storage.recover import recover

    salvage = recover(args.file, args.output)
    print(f"Recovered {args.file.name} into {args.output}: {salvage.summary()}")
    return 0


def _recovery_hint(exc: DamagedFileError) -> str:
    from .storage.recover import latest_good_backup

    backup = latest_good_backup(exc.path)
    offer = f"; its latest good backup is {backup.path} ({backup.taken_at:%Y-%m-%d %H:%M})" if backup else ""
    return f"{offer}; 'shoppermap recover' can save what is still readable into a new workshop"


def cmd_periods(args: argparse.Namespace) -> int:
    """`shoppermap periods --year YEAR` (the presets) or `shoppermap periods FILE` (a workshop's)."""
    if (args.file is None) == (args.year is None):
        which = "not both" if args.file is not None else "one of them"
        print(f"shoppermap: periods: give a workshop FILE or --year YEAR ({which})", file=sys.stderr)
        return 2
    rows: list[dict] = []
    if args.year is not None:
        try:
            presets = preset_periods(args.year)
        except YearError as exc:
            raise CommandError(f"--year {args.year}: {exc}") from None
        for preset, period in presets:
            rows.append(
                {"preset": preset.key, **_period_data(period), "reckoning": preset.reckoning.model_dump()}
            )
    else:
        file, workshop = WorkshopFile.open(args.file, read_only=True)
        file.close()
        rows = [{"id": p.id, **_period_data(p)} for p in workshop.periods]
    if args.json:
        sys.stdout.write(dumps(rows))
        return 0
    for row in rows:
        name = Label(**row["name"]).text(args.lang)
        print(f"{row['start'] or '-'}\t{row['end'] or '-'}\t{row['kind']}\t{name}")
    return 0


def _period_data(period: Period) -> dict:
    data = period.model_dump(mode="json", exclude={"id"})
    drop_unset_stale(data)  # as the workshop JSON writes a name
    return data


def _library() -> FrameworkLibrary:
    library = FrameworkLibrary.load()
    for problem in library.problems:
        log.warning("skipped %s", problem)
    return library


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "new": cmd_new,
    "export": cmd_export,
    "frameworks": cmd_frameworks,
    "schema": cmd_schema,
    "check": cmd_check,
    "save-framework": cmd_save_framework,
    "review": cmd_review,
    "recover": cmd_recover,
    "periods": cmd_periods,
    "handout": breakout_cli.cmd_handout,
    "merge": breakout_cli.cmd_merge,
    "scenarios": scenarios_cli.cmd_scenarios,
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
