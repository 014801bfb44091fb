"""A burst of random edits through Document, for the crash test; run as `python -m tests.crash_child`.

The edits are drawn from a seeded generator that looks only at the document, so the parent test
can replay the same sequence in memory and know exactly what the file must hold after N edits.
"""

from __future__ import annotations

import random
import sys
from typing import Any

from shoppermap.domain.document import Document, EditError, Kind
from shoppermap.domain.models import Card, Competitor, Gap, Opportunity

TEXTS = (
    "",
    "Półka z przekąskami — zażółć gęślą jaźń",
    "🥨🧃 promo 2+1 👍🏽",
    "عرض خاص على الرف",  # right-to-left
    "שלום <b>bold</b> & <script>alert(1)</script>",
    "tab\tnew line\ncarriage\rbell\x07",
    "=SUM(A1:A9)",
    "x" * 3000,
)
STATUSES = (None, "green", "yellow", "red")
OPPORTUNITY_STATUSES = ("idea", "planned", "agreed", "in_progress", "done", "dropped")


def _text(rng: random.Random) -> str:
    return rng.choice(TEXTS) + (f" #{rng.randrange(10_000)}" if rng.random() < 0.7 else "")


def _id(rng: random.Random, prefix: str) -> str:
    return f"{prefix}{rng.getrandbits(48):012x}"


def _all_cards(doc: Document) -> list[Card]:
    return [card for journey in doc.workshop.journeys for _s, _p, card in doc.cards(journey.id)]


def _all_phases(doc: Document) -> list:
    return [p for j in doc.workshop.journeys for s in j.stages for p in s.phases]


def _opportunity(rng: random.Random) -> dict[str, Any]:
    start_day = rng.randrange(1, 20)
    return {
        "id": _id(rng, "o"),
        "pos_tool": rng.choice(("wobbler", "shelf-stopper", "Własny stojak 🛒")),
        "description": _text(rng),
        "priority": rng.choice((None, "high", "medium", "low")),
        "cost": f"{rng.randrange(0, 10**7)}.{rng.randrange(100):02d}",
        "start": f"2026-11-{start_day:02d}",
        "end": f"2026-12-{rng.randrange(start_day, 29):02d}",
        "kpi": rng.choice((None, "rotation", "sell_out", "promo_roi")),
        "status": rng.choice(OPPORTUNITY_STATUSES),
        "owner": rng.choice(("Anna K.", "KAM team", "")),
    }


def next_edit(doc: Document, rng: random.Random) -> dict[str, Any]:
    """The next edit for this document, as plain data (op, ids, values)."""
    cards = _all_cards(doc)
    phases = _all_phases(doc)
    card = rng.choice(cards)
    roll = rng.random()
    if roll < 0.30:
        field = rng.choice(
            ("label", "status", "emotion", "notes", "owner", "quick_win", "hidden", "location")
        )
        value: Any = {
            "label": {"pl": _text(rng) or "Etykieta", "en": _text(rng) or "Label"},
            "status": rng.choice(STATUSES),
            "emotion": rng.choice((None, -2, -1, 0, 1, 2)),
            "notes": _text(rng),
            "owner": _text(rng),
            "quick_win": rng.random() < 0.5,
            "hidden": rng.random() < 0.5,
            "location": rng.choice((None, "aisle", "checkout", "at_home")),
        }[field]
        return {"op": "update", "id": card.id, "fields": {field: value}}
    if roll < 0.50:
        phase = rng.choice(phases)
        return {"op": "move", "id": card.id, "parent": phase.id, "index": rng.randrange(len(phase.cards) + 1)}
    if roll < 0.55:
        phase = rng.choice(phases)
        moving = rng.sample(cards, k=min(3, len(cards)))
        return {"op": "move_many", "moves": [[c.id, phase.id, rng.randrange(4)] for c in moving]}
    if roll < 0.65:
        return {
            "op": "insert",
            "kind": "opportunity",
            "parent": card.id,
            "index": rng.randrange(len(card.opportunities) + 1),
            "obj": _opportunity(rng),
        }
    opportunities = [(c, o) for c in cards for o in c.opportunities]
    if roll < 0.75 and opportunities:
        _card, opportunity = rng.choice(opportunities)
        field = rng.choice(("cost", "status", "description", "priority"))
        value = {
            "cost": f"{rng.randrange(0, 10**6)}.{rng.randrange(100):02d}",
            "status": rng.choice(OPPORTUNITY_STATUSES),
            "description": _text(rng),
            "priority": rng.choice((None, "high", "low")),
        }[field]
        return {"op": "update", "id": opportunity.id, "fields": {field: value}}
    if roll < 0.82 and opportunities:
        owner, opportunity = rng.choice(opportunities)
        gap = {
            "id": _id(rng, "g"),
            "competitor": rng.choice([None] + [c.id for c in doc.workshop.competitors]),
            "kind": rng.choice(("competitor_captures", "white_space", "we_are_absent")),
            "description": _text(rng),
            "threat": rng.choice(("low", "medium", "high")),
            "opportunity": opportunity.id,
        }
        return {"op": "insert", "kind": "gap", "parent": owner.id, "index": 0, "obj": gap}
    gaps = [g for c in cards for g in c.gaps]
    if roll < 0.86 and gaps:
        return {"op": "remove", "id": rng.choice(gaps).id}
    if roll < 0.90:
        phase = rng.choice(phases)
        obj = {"id": _id(rng, "c"), "label": {"pl": "Własna karta", "en": _text(rng) or "Own card"}}
        return {"op": "insert", "kind": "card", "parent": phase.id, "index": 0, "obj": obj}
    if roll < 0.92 and len(cards) > 20:
        return {"op": "remove", "id": card.id}
    if roll < 0.94:
        obj = {"id": _id(rng, "k"), "name": f"Brand {rng.randrange(1000)} ™"}
        return {"op": "insert", "kind": "competitor", "parent": None, "index": 99, "obj": obj}
    if roll < 0.97:
        return {
            "op": "workshop",
            "fields": {"title": _text(rng)[:2000] or "Title", "owners": ["Anna", _text(rng)]},
        }
    # a macro: two edits in one transaction, as a multi-field change in the GUI
    return {
        "op": "group",
        "edits": [
            {"op": "update", "id": card.id, "fields": {"status": rng.choice(STATUSES)}},
            {"op": "update", "id": card.id, "fields": {"notes": _text(rng)}},
        ],
    }


MODELS = {"opportunity": Opportunity, "gap": Gap, "card": Card, "competitor": Competitor}


def apply_edit(doc: Document, edit: dict[str, Any]) -> str:
    """Apply an edit made by next_edit; returns 'ok' or 'refused' (an EditError, nothing written)."""
    try:
        op = edit["op"]
        if op == "update":
            doc.update(edit["id"], **edit["fields"])
        elif op == "workshop":
            doc.update_workshop(**edit["fields"])
        elif op == "move":
            doc.move(edit["id"], edit["parent"], edit["index"])
        elif op == "move_many":
            doc.move_many([tuple(m) for m in edit["moves"]])
        elif op == "insert":
            obj = MODELS[edit["kind"]].model_validate(edit["obj"])
            doc.insert(Kind(edit["kind"]), edit["parent"], edit["index"], obj)
        elif op == "remove":
            doc.remove(edit["id"])
        elif op == "group":
            with doc.transaction():
                for inner in edit["edits"]:
                    apply_edit(doc, inner)
        else:
            raise ValueError(f"unknown edit {op}")
    except EditError:
        return "refused"
    return "ok"


def main(argv: list[str]) -> int:
    """Open the workshop and edit it until killed (or `limit` edits), reporting each one on stdout."""
    from shoppermap.workshops import open_workshop_file

    path, seed = argv[0], int(argv[1])
    limit = int(argv[2]) if len(argv) > 2 else 100_000
    rng = random.Random(seed)
    _file, doc = open_workshop_file(path)
    print("ready", flush=True)
    for i in range(limit):
        edit = next_edit(doc, rng)
        outcome = apply_edit(doc, edit)
        # reported only after Document returned, i.e. after the transaction committed
        print(f"{i} {edit['op']} {outcome}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
