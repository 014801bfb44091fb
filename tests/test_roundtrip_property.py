"""Random workshops written to a file and read back give the same workshop JSON (hypothesis)."""

from __future__ import annotations

import datetime as dt
import itertools
import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shoppermap.domain.document import Kind
from shoppermap.domain.frameworks import Location
from shoppermap.domain.labels import Label
from shoppermap.domain.models import (
    Card,
    Competitor,
    Gap,
    GapKind,
    Journey,
    Kpi,
    Opportunity,
    OpportunityStatus,
    Period,
    PeriodKind,
    Phase,
    Priority,
    Stage,
    Status,
    Threat,
    Workshop,
    WorkshopInfo,
)
from shoppermap.export.workshop_json import workshop_to_data
from shoppermap.storage import WorkshopFile

# text a workshop really gets: pasted from e-mails, spreadsheets, chats and other alphabets
ODD_TEXTS = (
    "zażółć gęślą jaźń ŻÓŁĆ",
    "🥨🧃👍🏽 👨‍👩‍👧",
    "مرحبا بالعالم",
    "שלום עולם",
    "\u202eright-to-left override\u202c",
    "<b>bold</b> <script>alert('x')</script> &amp; &lt;",
    "'; DROP TABLE cards; --",
    '=HYPERLINK("http://x")',
    "tab\tnew line\ncarriage\r\nbell\x07 escape\x1b nul\x00 del\x7f",
    "\ufeffbyte-order mark",
    "e\u0301 combining, 𝕏 astral",
    "null",
    "None",
    "0012",
    "1e5",
    "  padded  ",
)
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def texts(max_size: int = 40, *, min_size: int = 0) -> st.SearchStrategy[str]:
    """Short random text, odd text, and mixtures of both, cut to fit a field's limits."""
    plain = st.text(max_size=max_size)
    odd = st.sampled_from(ODD_TEXTS)
    mixed = st.lists(odd | st.text(max_size=8), min_size=1, max_size=4).map("".join)
    filler = "ż" * min_size
    return st.one_of(plain, odd, mixed).map(lambda s: s[:max_size] if len(s) >= min_size else filler)


def long_texts() -> st.SearchStrategy[str]:
    """Text fields without a small limit: one in ten is 100,000 characters long."""
    huge = st.sampled_from(ODD_TEXTS).map(lambda piece: (piece * 100_000)[:100_000])
    return st.integers(0, 9).flatmap(lambda n: huge if n == 0 else texts(200))


labels = st.one_of(
    st.builds(
        lambda pl, en: Label(pl=pl, en=en) if (pl or en) else Label(pl=pl, en="label"),
        st.none() | texts(60),
        st.none() | texts(60),
    ),
    texts(60, min_size=1).map(Label.same),
)

dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31))
amounts = st.none() | st.one_of(
    *(st.decimals(min_value=0, max_value=Decimal("999999999999"), places=places) for places in (0, 1, 2)),
    st.sampled_from([Decimal("0"), Decimal("0.00"), Decimal("1250.50"), Decimal("999999999999.99")]),
)


@st.composite
def workshops(draw) -> Workshop:
    """A random workshop with valid references between gaps, competitors and opportunities."""
    serial = itertools.count()

    def new_id() -> str:
        # ids are opaque strings: odd prefixes must survive too, the suffix keeps them unique
        return draw(st.sampled_from(["", "ż-", "🥨", "x y ", "'\""])) + f"id{next(serial)}"

    competitors = [
        Competitor(id=new_id(), name=draw(texts(50, min_size=1))) for _ in range(draw(st.integers(0, 3)))
    ]

    def period() -> Period:
        start = draw(st.none() | dates)
        end = None if start is None else start + dt.timedelta(days=draw(st.integers(0, 90)))
        return Period(
            id=new_id(), name=draw(labels), start=start, end=end, kind=draw(st.sampled_from(PeriodKind))
        )

    periods = [period() for _ in range(draw(st.integers(0, 3)))]

    def opportunity() -> Opportunity:
        start = draw(st.none() | dates)
        end = (
            None
            if start is None
            else draw(st.none() | st.builds(lambda d: start + dt.timedelta(days=d), st.integers(0, 400)))
        )
        return Opportunity(
            id=new_id(),
            pos_tool=draw(st.sampled_from(["", "wobbler", "shelf-stopper"]) | texts(30)),
            description=draw(long_texts()),
            retailer=draw(texts()),
            priority=draw(st.none() | st.sampled_from(Priority)),
            expected_impact=draw(texts()),
            cost=draw(amounts),
            owner=draw(texts()),
            start=start,
            end=end,
            period=draw(st.none() | st.sampled_from([p.id for p in periods] or [None])),
            kpi=draw(st.none() | st.sampled_from(Kpi)),
            status=draw(st.sampled_from(OpportunityStatus)),
            notes=draw(long_texts()),
        )

    def card() -> Card:
        opportunities = [opportunity() for _ in range(draw(st.integers(0, 2)))]
        gaps = [
            Gap(
                id=new_id(),
                competitor=draw(st.none() | st.sampled_from([c.id for c in competitors] or [None])),
                kind=draw(st.sampled_from(GapKind)),
                description=draw(texts()),
                threat=draw(st.sampled_from(Threat)),
                opportunity=draw(st.none() | st.sampled_from([o.id for o in opportunities] or [None])),
            )
            for _ in range(draw(st.integers(0, 2)))
        ]
        return Card(
            id=new_id(),
            label=draw(labels),
            touchpoint=draw(st.none() | texts(20)),
            location=draw(st.none() | st.sampled_from(Location)),
            status=draw(st.none() | st.sampled_from(Status)),
            emotion=draw(st.none() | st.integers(-2, 2)),
            expectations=draw(texts()),
            experience=draw(texts()),
            moment_of_truth=draw(st.booleans()),
            quick_win=draw(st.booleans()),
            owner=draw(texts()),
            notes=draw(long_texts()),
            hidden=draw(st.booleans()),
            opportunities=opportunities,
            gaps=gaps,
        )

    def phase() -> Phase:
        return Phase(
            id=new_id(),
            label=draw(labels),
            source=draw(st.none() | texts(20)),
            cards=[card() for _ in range(draw(st.integers(0, 3)))],
        )

    def stage() -> Stage:
        return Stage(
            id=new_id(),
            label=draw(labels),
            source=draw(st.none() | texts(20)),
            color=draw(st.none() | st.from_regex(r"#[0-9a-fA-F]{6}", fullmatch=True)),
            phases=[phase() for _ in range(draw(st.integers(0, 3)))],
        )

    journeys = [
        Journey(
            id=new_id(),
            name=draw(texts(100)),
            persona=draw(texts()),
            framework=draw(st.none() | st.sampled_from(["shopper-journey", "cx-journey"])),
            stages=[stage() for _ in range(draw(st.integers(0, 3)))],
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    info = WorkshopInfo(
        title=draw(texts(100)),
        client=draw(texts()),
        retailer=draw(texts()),
        category=draw(texts()),
        channel=draw(texts()),
        date=draw(st.none() | dates),
        facilitator=draw(texts()),
        participants=draw(texts()),
        notes=draw(long_texts()),
        language=draw(st.sampled_from(["pl", "en"])),
        currency=draw(st.from_regex(r"[A-Z]{3}", fullmatch=True)),
        owners=draw(st.lists(texts(30), max_size=3)),
    )
    return Workshop(workshop=info, competitors=competitors, periods=periods, journeys=journeys)


@SETTINGS
@given(workshop=workshops())
def test_a_written_workshop_reads_back_identical(workshop):
    expected = workshop_to_data(workshop)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "w.shoppermap"
        WorkshopFile.create(path, workshop).close()
        file, again = WorkshopFile.open(path)
        file.close()
    assert workshop_to_data(again) == expected
    assert again == workshop  # in Python terms too: exact decimals, dates and enums


@settings(max_examples=25, deadline=None)
@given(notes=long_texts(), label=labels, owner=texts(), title=texts(100))
def test_edits_through_the_document_read_back_identical(notes, label, owner, title):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "w.shoppermap"
        card = Card(id="c1", label=Label.same("Card"))
        workshop = Workshop(
            journeys=[
                Journey(id="j1", stages=[Stage(id="s1", label=label, phases=[Phase(id="p1", label=label)])])
            ]
        )
        file = WorkshopFile.create(path, workshop)
        doc = file.document(workshop)
        doc.insert(Kind.CARD, "p1", 0, card)
        doc.update("c1", notes=notes, label=label, owner=owner)
        doc.insert(Kind.OPPORTUNITY, "c1", 0, Opportunity(id="o1", description=notes, cost=Decimal("10.10")))
        doc.update_workshop(title=title, owners=[owner, notes[:50]])
        expected = workshop_to_data(doc.workshop)
        file.close()
        file, again = WorkshopFile.open(path)
        file.close()
    assert workshop_to_data(again) == expected
