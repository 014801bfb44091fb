"""A second program editing a workshop in a loop, for the torn-read tests.

Run as `python -m tests.edit_loop_child FILE SECONDS`. It first adds a phase holding one card and
an opportunity with a gap that answers it, then keeps replacing each of them with a new one (new
ids) in one transaction per edit, so every commit holds 93 cards, 1 opportunity and 1 gap. A read
split across two commits would find a card under a phase it has not seen, or a gap answered by an
opportunity it has not seen.
"""

import sys
import time
from pathlib import Path

from shoppermap.domain.document import Kind
from shoppermap.domain.labels import Label
from shoppermap.domain.models import Card, Gap, Opportunity, Phase
from shoppermap.storage import WorkshopFile


def replace_all(document, stage_id, card_id, n):
    stage = document.get(stage_id)
    with document.transaction():
        if len(stage.phases) > 0 and stage.phases[0].source == "loop":
            document.remove(stage.phases[0].id)
        phase = Phase(
            label=Label.same(f"Phase {n}"), source="loop", cards=[Card(label=Label.same(f"Card {n}"))]
        )
        document.insert(Kind.PHASE, stage_id, 0, phase)
        card = document.get(card_id)
        for gap in list(card.gaps):
            document.remove(gap.id)
        for opportunity in list(card.opportunities):
            document.remove(opportunity.id)
        opportunity = Opportunity(description=f"edit {n}")
        document.insert(Kind.OPPORTUNITY, card_id, 0, opportunity)
        document.insert(Kind.GAP, card_id, 0, Gap(description=f"gap {n}", opportunity=opportunity.id))


def main(path: str, seconds: float) -> None:
    file, workshop = WorkshopFile.open(Path(path))
    document = file.document(workshop)
    stage = document.workshop.journeys[0].stages[1]
    card = document.workshop.journeys[0].stages[2].phases[0].cards[0]
    replace_all(document, stage.id, card.id, 0)
    print("ready", flush=True)
    end = time.monotonic() + seconds
    edits = 0
    while time.monotonic() < end:
        edits += 1
        replace_all(document, stage.id, card.id, edits)
        time.sleep(0.002)  # a moment between commits, so readers get their turn as with a person typing
    file.close()
    print(f"edits {edits}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]))
