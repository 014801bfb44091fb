"""How long the Excel export of a workshop with 5,000 opportunities takes, next to a bare openpyxl write.

Run: python -m tests.benchmarks.bench_excel [--opportunities N] [--repeat N]
The budget (issue 5) is under 3 s for 5,000 opportunities; issue 16 adds the numbers, the POS
materials and the formulas, and the internal version with every sheet must stay under 3 s and within
3x a bare openpyxl write of the same rows, measured in the same run.
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
from shoppermap.domain.figures import figures
from shoppermap.domain.library import FrameworkLibrary
from shoppermap.domain.models import (
    Brand,
    Competitor,
    CostKind,
    Gap,
    Kpi,
    Opportunity,
    OpportunityStatus,
    Priority,
    Scenario,
    Status,
)
from shoppermap.export.excel import export_excel
from shoppermap.workshops import new_workshop

BUDGET_SECONDS = 3.0
BUDGET_RATIO = 3.0


def build_workshop(opportunities: int) -> Document:
    """The shopper-journey workshop with `opportunities` spread over its cards, plus a gap per card."""
    library = FrameworkLibrary.load()
    workshop = new_workshop(library, framework_id="shopper-journey", title="Benchmark: Snacks × HyperMax")
    workshop.workshop.client = "Crunchy Snacks"
    workshop.competitors.append(Competitor(id="brand-x", name="Brand X"))
    workshop.brands.extend(
        Brand(id=f"b{i}", name=f"Crunchy {name}") for i, name in enumerate(("XXL", "Mini", "Fale"))
    )
    workshop.scenarios.extend(Scenario(id=f"s{i}", name=name) for i, name in enumerate(("Base", "Wide")))
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
                brand=f"b{i % 3}",
                mechanic="2+1",
                # most actions build their cost from quantities; every fourth has a typed cost only
                stores=None if i % 4 == 0 else 10 + i % 40,
                units_per_store=None if i % 4 == 0 else 1 + i % 6,
                unit_cost=None if i % 4 == 0 else Decimal(i % 50) / 4 + 1,
                fixed_cost=None if i % 4 == 0 else Decimal(500 + i % 90),
                cost=Decimal(1000 + i) / 4,
                cost_kind=list(CostKind)[i % 4],
                baseline_sales=Decimal(20_000 + i),
                uplift_pct=Decimal(i % 30),
                margin_pct=Decimal(25),
                scenarios=[("s0",), ("s1",), ()][i % 3],
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
                f = figures(o)
                sheet.append(
                    [
                        stage.label.en,
                        phase.label.en,
                        card.label.en,
                        o.pos_tool,
                        o.brand,
                        o.mechanic,
                        o.description,
                        o.retailer,
                        o.priority.value if o.priority else None,
                        o.expected_impact,
                        o.owner,
                        o.start,
                        o.end,
                        o.period,
                        o.kpi.value if o.kpi else None,
                        o.status.value,
                        "Yes" if card.moment_of_truth else "",
                        "Yes" if card.quick_win else "",
                        ",".join(o.scenarios),
                        o.stores,
                        o.units_per_store,
                        f.total_units,
                        _float(o.unit_cost),
                        _float(o.fixed_cost),
                        o.cost_kind.value if o.cost_kind else None,
                        _float(f.cost),
                        _float(o.baseline_sales),
                        _float(o.uplift_pct),
                        _float(o.margin_pct),
                        _float(f.incremental_sales),
                        _float(f.incremental_margin),
                        _float(f.roi),
                        o.notes,
                    ]
                )
    workbook.save(path)


def _float(value):
    return None if value is None else float(value)


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
        buyer, internal, cached, plain = [], [], [], []
        # interleaved, so a busy neighbour on the machine slows every kind alike
        for _ in range(args.repeat):
            buyer.append(timed(lambda: export_excel(document, plan, journeys=journeys, language="pl")))
            internal.append(
                timed(lambda: export_excel(document, plan, journeys=journeys, language="pl", internal=True))
            )
            cached.append(
                timed(
                    lambda: export_excel(
                        document, plan, journeys=journeys, language="pl", internal=True, pos_tools=pos_tools
                    )
                )
            )
            plain.append(timed(lambda: bare_write(document, bare)))
        size, bare_size = plan.stat().st_size, bare.stat().st_size
    median = statistics.median
    ratio = median(internal) / median(plain)
    print(f"opportunities: {args.opportunities}, medians of {args.repeat} runs")
    print(f"buyer version:           {median(buyer):.2f} s (best {min(buyer):.2f} s)")
    print(
        f"internal, every sheet:   {median(internal):.2f} s (best {min(internal):.2f} s), {size // 1024} KiB"
    )
    print(f"  with catalogue given:  {median(cached):.2f} s")
    print(
        f"bare openpyxl write:     {median(plain):.2f} s (best {min(plain):.2f} s), {bare_size // 1024} KiB"
    )
    print(f"ratio internal / bare:   {ratio:.1f}x (budget {BUDGET_RATIO:.0f}x)")
    if args.opportunities > 5000:
        return 0  # the budget is set for 5,000 opportunities
    fast = median(internal) < BUDGET_SECONDS and ratio <= BUDGET_RATIO
    print(
        f"budget:                  {BUDGET_SECONDS:.1f} s, {BUDGET_RATIO:.0f}x -> {'OK' if fast else 'TOO SLOW'}"
    )
    return 0 if fast else 1


if __name__ == "__main__":
    raise SystemExit(main())
