"""`shoppermap scenarios FILE [--json]`: the scenario comparison on the command line, read-only."""

from __future__ import annotations

import argparse
import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from .domain.amounts import format_amount
from .domain.scenarios import Difference, ScenarioRow, compare, difference
from .storage import WorkshopFile

HEADINGS = ("Scenario", "Actions", "Touchpoints", "Stages", "Budget", "Incr. sales", "Incr. margin", "ROI")
# the number marks of each language, as a terminal shows them (no narrow no-break spaces)
MARKS = {"pl": (",", " "), "en": (".", ",")}


class ScenariosError(Exception):
    """A user's mistake with the command: one line, exit code 1."""


def add_parser(sub) -> None:
    """Register the `scenarios` subcommand on the command line's subparsers."""
    scenarios = sub.add_parser(
        "scenarios", help="compare the workshop's scenarios: actions, coverage, budget, effect, ROI"
    )
    scenarios.add_argument("file", type=Path, metavar="FILE")
    scenarios.add_argument(
        "--json",
        action="store_true",
        help='print [{"name", "actions", "touchpoints", "stages", "budget", "incremental_sales", '
        '"incremental_margin", "roi"}] as JSON',
    )
    scenarios.add_argument(
        "--compare",
        metavar="NAME",
        default=None,
        help="also show each row's difference to this scenario ('All' for every action)",
    )
    scenarios.add_argument(
        "--lang", choices=("pl", "en"), default=None, help="how numbers are written (default: the workshop's)"
    )


def cmd_scenarios(args: argparse.Namespace) -> int:
    """Print the comparison as a table, or as JSON; the file is opened read-only and never written."""
    file, workshop = WorkshopFile.open(args.file, read_only=True)
    file.close()
    rows = compare(workshop)
    reference = _reference(rows, args.compare) if args.compare is not None else None
    if args.json:
        data = []
        for row in rows:
            entry = row_data(row)
            if reference is not None:
                entry["difference"] = difference_data(difference(row, reference))
            data.append(entry)
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    language = args.lang or workshop.workshop.language
    print("\n".join(table_lines(rows, reference, language=language, currency=workshop.workshop.currency)))
    return 0


def _reference(rows: list[ScenarioRow], name: str) -> ScenarioRow:
    wanted = " ".join(name.split()).casefold()
    for row in rows:
        if row.name.casefold() == wanted:
            return row
    names = ", ".join(f"'{r.name}'" for r in rows)
    raise ScenariosError(f"--compare: there is no scenario '{name}' (there are {names})")


def _money(amount: Decimal | None) -> float | None:
    return None if amount is None else float(amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _fraction(value: Decimal | None) -> float | None:
    return None if value is None else float(value.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP))


def row_data(row: ScenarioRow) -> dict:
    """One row as JSON: counts as ints, money as floats of two places, ROI a fraction or null."""
    return {
        "name": row.name,
        "actions": row.actions,
        "touchpoints": row.touchpoints,
        "stages": row.stages,
        "budget": _money(row.budget),
        "incremental_sales": _money(row.incremental_sales),
        "incremental_margin": _money(row.incremental_margin),
        "roi": _fraction(row.roi),
    }


def difference_data(diff: Difference) -> dict:
    """A difference to the reference as JSON, shaped like a row without its name."""
    return {
        "actions": diff.actions,
        "touchpoints": diff.touchpoints,
        "stages": diff.stages,
        "budget": _money(diff.budget),
        "incremental_sales": _money(diff.incremental_sales),
        "incremental_margin": _money(diff.incremental_margin),
        "roi": _fraction(diff.roi),
    }


def _amount(value: Decimal | None, language: str, *, signed: bool = False) -> str:
    if value is None:
        return "-"
    decimal_mark, group_mark = MARKS[language]
    text = format_amount(
        abs(value) if signed else value, grouped=True, decimal_mark=decimal_mark, group_mark=group_mark
    )
    return _signed(text, value) if signed else text


def _signed(text: str, value: Decimal | int) -> str:
    return ("+" if value > 0 else "-" if value < 0 else "±") + text


def _percent(fraction: Decimal | None, language: str, *, points: bool = False) -> str:
    if fraction is None:
        return "-"
    whole = (fraction * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    unit = " pp" if points else " %" if language == "pl" else "%"
    return _signed(f"{abs(whole)}{unit}", whole) if whole or points else f"0{unit}"


def _cells(row: ScenarioRow, language: str) -> list[str]:
    return [
        row.name,
        str(row.actions),
        str(row.touchpoints),
        str(row.stages),
        _amount(row.budget, language),
        _amount(row.incremental_sales, language),
        _amount(row.incremental_margin, language),
        _percent(row.roi, language),
    ]


def _difference_cells(diff: Difference, reference: ScenarioRow, language: str) -> list[str]:
    return [
        f"  vs {reference.name}",
        _signed(str(abs(diff.actions)), diff.actions),
        _signed(str(abs(diff.touchpoints)), diff.touchpoints),
        _signed(str(abs(diff.stages)), diff.stages),
        _amount(diff.budget, language, signed=True),
        _amount(diff.incremental_sales, language, signed=True),
        _amount(diff.incremental_margin, language, signed=True),
        _percent(diff.roi, language, points=True),
    ]


def table_lines(
    rows: list[ScenarioRow], reference: ScenarioRow | None, *, language: str, currency: str
) -> list[str]:
    """The comparison as aligned lines for a terminal: names to the left, numbers to the right."""
    headings = list(HEADINGS)
    for column in (4, 5, 6):
        headings[column] = f"{headings[column]} ({currency})"
    lines = [headings]
    for row in rows:
        lines.append(_cells(row, language))
        if reference is not None and row is not reference:
            lines.append(_difference_cells(difference(row, reference), reference, language))
    widths = [max(len(line[c]) for line in lines) for c in range(len(headings))]
    text = []
    for line in lines:
        cells = [
            line[0].ljust(widths[0]),
            *(cell.rjust(w) for cell, w in zip(line[1:], widths[1:], strict=True)),
        ]
        text.append("  ".join(cells).rstrip())
    if len(rows) == 1:
        text.append("This workshop has no scenarios yet: All is every action that is not dropped.")
    return text
