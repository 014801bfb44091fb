"""How long merging three group copies of a 5,000-card workshop back into its file takes.

Run: python -m tests.benchmarks.bench_merge [--cards N] [--repeat N]
Each group changes notes and statuses, adds cards and opportunities, moves and removes cards,
while the facilitator edits the main file. The budget is 2 s for all three merges, written
through to the file, each in one transaction.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from shoppermap.domain.document import Document, Kind
from shoppermap.domain.handout import hand_out
from shoppermap.domain.labels import Label
from shoppermap.domain.merge import analyse
from shoppermap.domain.merge_operations import apply_operations
from shoppermap.domain.models import Card, Opportunity, Status
from shoppermap.storage import WorkshopFile

from .bench_review import build_workshop

BUDGET_SECONDS = 2.0
GROUPS = ("Grupa A", "Grupa B", "Grupa C")


def group_edits(copy: Document, group: int) -> None:
    """A breakout group's afternoon on its own slice of the cards."""
    cards = [c.id for j in copy.workshop.journeys for _s, _p, c in copy.cards(j.id)]
    phases = [p.id for j in copy.workshop.journeys for s in j.stages for p in s.phases]
    mine = cards[group::3]
    for card_id in mine[:300]:
        copy.update(card_id, notes=f"notes of group {group}", status=Status.RED)
    for n, card_id in enumerate(mine[300:340]):
        copy.move(card_id, phases[(n + group) % len(phases)], 0)
    for card_id in mine[340:360]:
        copy.remove(card_id)
    for n in range(100):
        card = Card(label=Label.same(f"Group {group} touchpoint {n}"))
        copy.insert(Kind.CARD, phases[n % len(phases)], n % 5, card)
        copy.insert(Kind.OPPORTUNITY, card.id, 0, Opportunity(description="Wobbler"))


def run_once(cards: int) -> tuple[float, int]:
    workshop = build_workshop(cards)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "main.shoppermap"
        file = WorkshopFile.create(path, workshop)
        main = file.document(workshop)
        copies = []
        for n, group in enumerate(GROUPS):
            copy = Document(hand_out(main.workshop, group=group))
            group_edits(copy, n)
            copies.append(copy.workshop)
        some = [c.id for _s, _p, c in main.cards(main.workshop.journeys[0].id)][::50]
        with main.transaction():
            for card_id in some:
                main.update(card_id, owner="facilitator", status=Status.GREEN)
        start = time.perf_counter()
        operations = 0
        for copy in copies:
            plan = analyse(main.workshop, copy).plan()
            apply_operations(main, plan.operations)
            operations += len(plan.operations)
        elapsed = time.perf_counter() - start
        file.close()
    return elapsed, operations


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    times = []
    for _ in range(args.repeat):
        elapsed, operations = run_once(args.cards)
        times.append(elapsed)
    best, median = min(times), statistics.median(times)
    verdict = "within" if median <= BUDGET_SECONDS else "OVER"
    print(
        f"merge 3 copies of {args.cards} cards ({operations} operations): best {best:.3f} s, "
        f"median {median:.3f} s ({verdict} the {BUDGET_SECONDS:.0f} s budget)"
    )


if __name__ == "__main__":
    main()
