"""What the facilitator records in the room, in the file and the JSON: walked phases, votes,
value and effort, and the parking lot."""

from __future__ import annotations

import pytest

from shoppermap.domain.document import Document, Kind
from shoppermap.domain.models import Card, Opportunity, ParkingItem
from shoppermap.export.workshop_json import WorkshopJsonError, workshop_from_data, workshop_to_data
from shoppermap.storage import WorkshopFile

from .helpers import make_file


def test_walked_votes_value_effort_and_the_parking_lot_reach_the_file(tmp_path):
    path = tmp_path / "w.shoppermap"
    file, document = make_file(path)
    phase = document.workshop.journeys[0].stages[0].phases[0]
    card = phase.cards[0]
    document.update(phase.id, walked=True)
    document.update(card.id, votes=7)
    document.insert(Kind.OPPORTUNITY, card.id, 0, Opportunity(id="o1", votes=3, value=5, effort=2))
    document.insert(Kind.PARKING_ITEM, None, 0, ParkingItem(id="p1", text="Loyalty-card data?"))
    document.insert(
        Kind.PARKING_ITEM, None, 1, ParkingItem(id="p2", text="Licence for the lottery", done=True)
    )
    document.update("p1", done=True)
    file.close()
    file, back = WorkshopFile.open(path, read_only=True)
    file.close()
    phase_back = back.journeys[0].stages[0].phases[0]
    assert phase_back.walked is True and phase_back.cards[0].votes == 7
    action = phase_back.cards[0].opportunities[0]
    assert (action.votes, action.value, action.effort) == (3, 5, 2)
    assert [(i.id, i.text, i.done) for i in back.parking_lot] == [
        ("p1", "Loyalty-card data?", True),
        ("p2", "Licence for the lottery", True),
    ]
    assert workshop_to_data(back) == workshop_to_data(document.workshop)


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        (Opportunity, {"value": 0}),
        (Opportunity, {"effort": 6}),
        (Opportunity, {"votes": -1}),
        (Card, {"label": {"en": "x"}, "votes": -2}),
        (ParkingItem, {"text": ""}),
    ],
)
def test_out_of_range_tallies_and_empty_items_are_refused(model, fields):
    with pytest.raises(ValueError):
        model(**fields)


def test_the_document_refuses_an_empty_parking_lot_item():
    document = Document(workshop_from_data({"format": "shoppermap-workshop", "version": 3}))
    document.insert(Kind.PARKING_ITEM, None, 0, ParkingItem(id="p", text="?"))
    with pytest.raises(Exception, match="text"):
        document.update("p", text="")


def test_the_json_names_a_parking_lot_item_given_twice():
    data = {
        "format": "shoppermap-workshop",
        "version": 3,
        "parking_lot": [{"id": "p", "text": "a"}, {"id": "p", "text": "b"}],
    }
    with pytest.raises(WorkshopJsonError, match="parking-lot item id 'p' is used twice"):
        workshop_from_data(data)
