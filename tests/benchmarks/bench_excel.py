"""How long the Excel export of a workshop with 5,000 opportunities takes, next to a bare openpyxl write.

Run: python -m tests.benchmarks.bench_excel [--opportunities N] [--repeat N]
The budget (issue 5) is under 3 s for 5,000 opportunities.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from shoppermap.domain.document import Document
from shoppermap.domain.library import FrameworkLibrary
from shoppermap.domain.models import (
    Competitor,
    Gap,
    Kpi,
    Opportunity,
    OpportunityStatus,
    Priority,
    Status,
)
from shoppermap.export.excel import export_excel
from shoppermap.workshops import new_workshop

BUDGET_SECONDS = 3.0


def build_workshop(opportunities: int) -> Document:
    """The shopper-journey workshop with `opportunities` spread over its cards, plus a gap per card."""
    library = FrameworkLibrary.load()
    workshop = new_workshop(library, framework_id="shopper-journey", title="Benchmark: Snacks × HyperMax")
    workshop.workshop.client = "Crunchy Snacks"
    workshop.competitors.append(Competitor(id="brand-x", name="Brand X"))
    cards = [c for s in workshop.journeys[0].stages for p in s.phases for c in p.cards]
    tools = [t.id for t in library.pos_tools.tools]
    statuses, priorities, kpis = list(OpportunityStatus), list(Priority), list(Kpi)
    for i in range(opportunities):
        card = cards[i % len(cards)]
        card.opportunities.append(
            Opportunity(
                pos_tool=tools[i % len(tools)] if i % 5 else "Sampling tent by the entrance",
                description=f"Action {i}: second placement near the checkout with a wobbler and a "
                "shelf stopper, agreed with the store manager — zażółć gęślą jaźń",
                retailer=("HyperMax", "Lidl", "Żabka")[i % 3],
                priority=priorities[i % 3],
                expected_impact="+15% rotation",
                cost=Decimal(1000 + i) / 4,
                owner=("Anna K.", "KAM team", "Trade marketing")[i % 3],
                start=dt.date(2026, 1 + i % 12, 1),
                end=dt.date(2026, 1 + i % 12, 20),
                period=("Q4", "Christmas", "Back to school")[i % 3],
                kpi=kpis[i % len(kpis)],
                status=statuses[i % len(statuses)],
                notes="internal: margin 12%",
            )
        )
    for i, card in enumerate(cards):
        card.status = list(Status)[i % 3]
        card.moment_of_truth = i % 7 == 0
        card.quick_win = i % 5 == 0
        card.gaps.append(
            Gap(
                competitor="brand-x",
                description="Brand X owns the end-cap",
                opportunity=card.opportunities[0].id if card.opportunities else None,
            )
        )
    return Document(workshop)


def bare_write(document: Document, path: Path) -> None:
    """The same opportunity rows with openpyxl and nothing else: no styles, sheets or checks."""
    workbook = Workbook()
    sheet = workbook.active
    for journey in document.workshop.journeys:
        for stage, phase, card in document.cards(journey.id):
            for o in card.opportunities:
                sheet.append(
                    [
                        stage.label.en,
                        phase.label.en,
                        card.label.en,
                        o.pos_tool,
                        o.description,
                        o.retailer,
                        o.priority.value if o.priority else None,
                        o.expected_impact,
                        o.owner,
                        o.start,
                        o.end,
                        o.period,
                        float(o.cost) if o.cost is not None else None,
                        o.kpi.value if o.kpi else None,
                        o.status.value,
                        "Yes" if card.moment_of_truth else "",
                        "Yes" if card.quick_win else "",
                    ]
                )
    workbook.save(path)


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opportunities", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    document = build_workshop(args.opportunities)
    journeys = document.workshop.journeys
    pos_tools = FrameworkLibrary.load().pos_tools
    with tempfile.TemporaryDirectory() as folder:
        plan, bare = Path(folder) / "plan.xlsx", Path(folder) / "bare.xlsx"
        export = [
            timed(lambda: export_excel(document, plan, journeys=journeys, language="pl"))
            for _ in range(args.repeat)
        ]
        cached = [
            timed(lambda: export_excel(document, plan, journeys=journeys, language="pl", pos_tools=pos_tools))
            for _ in range(args.repeat)
        ]
        plain = [timed(lambda: bare_write(document, bare)) for _ in range(args.repeat)]
        size, bare_size = plan.stat().st_size, bare.stat().st_size
    best = min(export)
    print(f"opportunities: {args.opportunities}, best of {args.repeat} runs")
    print(
        f"export_excel:            {best:.2f} s (median {statistics.median(export):.2f} s), {size // 1024} KiB"
    )
    print(f"  with catalogue given:  {min(cached):.2f} s")
    print(f"bare openpyxl write:     {min(plain):.2f} s, {bare_size // 1024} KiB")
    print(f"ratio:                   {best / min(plain):.1f}×")
    if args.opportunities > 5000:
        return 0  # the budget is set for 5,000 opportunities
    print(
        f"budget:                  {BUDGET_SECONDS:.1f} s -> {'OK' if best < BUDGET_SECONDS else 'TOO SLOW'}"
    )
    return 0 if best < BUDGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
