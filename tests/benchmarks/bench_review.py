"""How long the plan check of a 5,000-card workshop takes, next to iterating the same cards once.

Run: python -m tests.benchmarks.bench_review [--cards N] [--repeat N]
The budget is well under 50 ms for 5,000 cards: the dock checks the workshop again after every edit.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from decimal import Decimal

from shoppermap.domain.labels import Label
from shoppermap.domain.library import FrameworkLibrary
from shoppermap.domain.models import (
    Card,
    Competitor,
    Gap,
    Kpi,
    Opportunity,
    OpportunityStatus,
    Status,
    Threat,
)
from shoppermap.domain.review import SalesPeriod, review
from shoppermap.workshops import new_workshop

BUDGET_SECONDS = 0.050
PERIODS = [
    SalesPeriod("easter", "Easter", dt.date(2026, 3, 20), dt.date(2026, 4, 5)),
    SalesPeriod("bts", "Back to school", dt.date(2026, 8, 15), dt.date(2026, 9, 10)),
    SalesPeriod("xmas", "Christmas", dt.date(2026, 12, 1), dt.date(2026, 12, 24)),
]


def build_workshop(cards: int, *, every: int = 1):
    """The shopper journey padded to `cards` cards, with two actions and a gap on most of them.

    Every rule has work to do: red and moment-of-truth cards, incomplete, dropped, undated and
    overlapping actions, answered and unanswered high-threat gaps. With `every` above 1 only one
    card in `every` is faulty and the others are planned in full (a plan nearly done).
    """
    library = FrameworkLibrary.load()
    workshop = new_workshop(library, framework_id="shopper-journey", title="Benchmark")
    workshop.competitors.append(Competitor(id="brand-x", name="Brand X"))
    phases = [p for s in workshop.journeys[0].stages for p in s.phases]
    existing = sum(len(p.cards) for p in phases)
    for i in range(max(0, cards - existing)):
        phases[i % len(phases)].cards.append(Card(label=Label.same(f"Custom touchpoint {i}")))
    all_cards = [c for p in phases for c in p.cards]
    tools = [t.id for t in library.pos_tools.tools]
    for n, card in enumerate(all_cards):
        i = n if n % every == 0 else 1  # card 1 of the pattern below is complete and dated
        card.status = list(Status)[i % 3]
        card.moment_of_truth = i % 7 == 0
        if i % 10 == 0:
            continue  # a card with nothing planned
        month = 1 + i % 12
        for k in range(2):
            card.opportunities.append(
                Opportunity(
                    pos_tool=tools[(i + k * (i % 2)) % len(tools)],
                    description=f"Action {i}.{k}: second placement near the checkout",
                    retailer=("HyperMax", "", "Lidl")[(i + k) % 3],
                    owner="" if i % 11 == 0 else "Anna K.",
                    cost=None if i % 13 == 0 else Decimal(100 + i),
                    kpi=None if i % 17 == 0 else list(Kpi)[i % len(Kpi)],
                    start=None if i % 19 == 0 else dt.date(2026, month, 1 + k * 5),
                    end=None if i % 19 == 0 else dt.date(2026, month, 20),
                    status=OpportunityStatus.DROPPED if i % 23 == 0 else OpportunityStatus.PLANNED,
                )
            )
        card.gaps.append(
            Gap(
                competitor="brand-x",
                threat=Threat.HIGH if i % 3 == 0 else Threat.MEDIUM,
                opportunity=card.opportunities[0].id if i % 2 else None,
            )
        )
    return workshop


def bare_pass(workshop) -> int:
    """Every card, action and gap visited once, reading the fields the check reads, and nothing more."""
    seen = 0
    for journey in workshop.journeys:
        for stage in journey.stages:
            for phase in stage.phases:
                for card in phase.cards:
                    seen += card.hidden + card.moment_of_truth + (card.status is not None)
                    for o in card.opportunities:
                        seen += (o.status, o.owner, o.cost, o.kpi, o.start, o.end, o.pos_tool) is not None
                    for g in card.gaps:
                        seen += g.threat is not None
    return seen


def timed(action) -> float:
    """CPU seconds of one run: on a shared machine wall time mostly measures the neighbours."""
    started = time.process_time()
    action()
    return time.process_time() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    ok = True
    for name, every in (("nearly planned (1 card in 20 faulty)", 20), ("every card faulty", 1)):
        workshop = build_workshop(args.cards, every=every)
        cards = [c for s in workshop.journeys[0].stages for p in s.phases for c in p.cards]
        findings = review(workshop, periods=PERIODS)
        checks = [timed(lambda w=workshop: review(w, periods=PERIODS)) for _ in range(args.repeat)]
        bare = [timed(lambda w=workshop: bare_pass(w)) for _ in range(args.repeat)]
        best = min(checks)
        print(
            f"{name}: {len(cards)} cards, {sum(len(c.opportunities) for c in cards)} actions, "
            f"{len(findings)} findings; best of {args.repeat} runs, CPU time"
        )
        print(f"  review:     {best * 1000:6.1f} ms (median {statistics.median(checks) * 1000:.1f} ms)")
        print(f"  bare pass:  {min(bare) * 1000:6.1f} ms (median {statistics.median(bare) * 1000:.1f} ms)")
        print(f"  ratio:      {best / min(bare):.1f}×")
        if args.cards == 5000:
            print(
                f"  budget:     {BUDGET_SECONDS * 1000:.0f} ms -> {'OK' if best < BUDGET_SECONDS else 'TOO SLOW'}"
            )
            ok = ok and best < BUDGET_SECONDS
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
