"""The workshop as pydantic models; these models are also the workshop JSON interchange format."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, field_validator, model_validator

from .frameworks import Location
from .labels import Label, Language

WORKSHOP_FORMAT = "shoppermap-workshop"
WORKSHOP_JSON_VERSION = 3
MAX_TEXT = 1_000_000  # generous, but a pasted novel should not bloat a file without bound


# amounts are exact decimals in Python and plain numbers in JSON, which outside tools expect
Amount = Annotated[Decimal, PlainSerializer(lambda d: float(d), return_type=float, when_used="json")]


def new_id() -> str:
    """A fresh, unique id for a workshop object."""
    return uuid.uuid4().hex[:16]


class Status(StrEnum):
    """How well a touchpoint works today (traffic-light colour coding)."""

    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


class Priority(StrEnum):
    """Priority of an opportunity."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Kpi(StrEnum):
    """The indicator an opportunity is meant to move."""

    SHARE_OF_SHELF = "share_of_shelf"
    ROTATION = "rotation"
    PROMO_ROI = "promo_roi"
    SELL_OUT = "sell_out"
    VISIBILITY = "visibility"
    OTHER = "other"


class OpportunityStatus(StrEnum):
    """Where an opportunity stands on its way to the shelf."""

    IDEA = "idea"
    PLANNED = "planned"
    AGREED = "agreed"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class GapKind(StrEnum):
    """What kind of competitive gap a touchpoint shows."""

    COMPETITOR_CAPTURES = "competitor_captures"
    WHITE_SPACE = "white_space"
    WE_ARE_ABSENT = "we_are_absent"


class Threat(StrEnum):
    """How much a gap threatens sales."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class CostKind(StrEnum):
    """What an action's money mostly pays for."""

    PRODUCTION = "production"
    RETAILER_FEE = "retailer_fee"
    LABOUR = "labour"
    MEDIA = "media"


class PeriodKind(StrEnum):
    """What a sales period is: a holiday or season, a retailer's leaflet or campaign, or the team's own."""

    HOLIDAY = "holiday"
    RETAILER = "retailer"
    OWN = "own"


class Model(BaseModel):
    """Base of workshop models: unknown fields are refused, assignment is validated."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


Text = Field(default="", max_length=MAX_TEXT)
MAX_VOTES = 10_000  # a room of 20 with a handful of dots each, with room to spare
MAX_COUNT = 10_000_000  # stores or units per store: far beyond any chain, small enough to multiply safely


def _money() -> Any:
    return Field(default=None, ge=0, max_digits=14, decimal_places=2)


def _percent(most: int) -> Any:
    return Field(default=None, ge=0, le=most, max_digits=7, decimal_places=2)


class Opportunity(Model):
    """A POS opportunity at a touchpoint: one row of the action plan."""

    id: str = Field(default_factory=new_id, min_length=1)
    pos_tool: str = ""  # a pos-tools catalogue id, or a custom tool's name
    description: str = Text
    retailer: str = Text
    priority: Priority | None = None
    expected_impact: str = Text
    brand: str | None = None  # an id of the workshop's brands
    mechanic: str = Field(default="", max_length=500)  # "2+1", "-30%", "tasting"...
    # the cost build-up: total units = stores x units per store; cost = units x unit cost + fixed cost
    # (see figures.py); `cost` is the typed cost, used only while there are no quantities
    stores: int | None = Field(default=None, ge=0, le=MAX_COUNT)
    units_per_store: int | None = Field(default=None, ge=0, le=MAX_COUNT)
    unit_cost: Amount | None = _money()
    fixed_cost: Amount | None = _money()
    cost_kind: CostKind | None = None
    cost: Amount | None = _money()
    # the expected effect: baseline sales in the action's period, uplift on it, gross margin
    baseline_sales: Amount | None = _money()
    uplift_pct: Amount | None = _percent(10_000)
    margin_pct: Amount | None = _percent(100)
    scenarios: list[str] = []  # ids of the workshop's scenarios it belongs to; none: it is in every one
    # the room's dot votes, as the facilitator tallies them, and the value/effort matrix's two scales
    votes: int = Field(default=0, ge=0, le=MAX_VOTES)
    value: int | None = Field(default=None, ge=1, le=5)
    effort: int | None = Field(default=None, ge=1, le=5)
    owner: str = Text
    start: dt.date | None = None
    end: dt.date | None = None
    # the sales period it runs in (an id of the workshop's periods); None: it runs on its own dates.
    # In a dated period its dates are the period's (see sales_periods.opportunity_dates); its own
    # start and end are kept for when it leaves the period again.
    period: str | None = None
    kpi: Kpi | None = None
    status: OpportunityStatus = OpportunityStatus.IDEA
    notes: str = Text
    origin_group: str | None = None  # the breakout group whose copy brought it in a merge

    @model_validator(mode="after")
    def _end_not_before_start(self) -> Opportunity:
        if self.start and self.end and self.end < self.start:
            raise ValueError("the end date is before the start date")
        if len(set(self.scenarios)) != len(self.scenarios):
            raise ValueError("a scenario is named twice")
        return self


class Gap(Model):
    """A competitor gap at a touchpoint."""

    id: str = Field(default_factory=new_id, min_length=1)
    competitor: str | None = None  # a competitor id of the workshop
    kind: GapKind = GapKind.COMPETITOR_CAPTURES
    description: str = Text
    threat: Threat = Threat.MEDIUM
    opportunity: str | None = None  # the id of the opportunity that answers it
    origin_group: str | None = None  # the breakout group whose copy brought it in a merge


class Card(Model):
    """A touchpoint card on the canvas with its annotations."""

    id: str = Field(default_factory=new_id, min_length=1)
    label: Label
    touchpoint: str | None = None  # framework touchpoint id; None for a custom card
    location: Location | None = None
    status: Status | None = None
    emotion: int | None = Field(default=None, ge=-2, le=2)
    expectations: str = Text
    experience: str = Text
    moment_of_truth: bool = False
    quick_win: bool = False
    owner: str = Text
    notes: str = Text
    hidden: bool = False
    votes: int = Field(default=0, ge=0, le=MAX_VOTES)  # the room's dot votes, tallied by the facilitator
    origin_group: str | None = None  # the breakout group whose copy brought it in a merge
    opportunities: list[Opportunity] = []
    gaps: list[Gap] = []


class Phase(Model):
    """A phase column of a journey."""

    id: str = Field(default_factory=new_id, min_length=1)
    label: Label
    source: str | None = None  # the framework phase it was copied from
    walked: bool = False  # marked as walked in the guided walk of the journey
    cards: list[Card] = []


class Stage(Model):
    """A stage band of a journey."""

    id: str = Field(default_factory=new_id, min_length=1)
    label: Label
    source: str | None = None
    color: str | None = Field(default=None, pattern=r"^#[0-9a-fA-F]{6}$")
    phases: list[Phase] = []


class Journey(Model):
    """One journey map, e.g. for one shopper segment or persona."""

    id: str = Field(default_factory=new_id, min_length=1)
    name: str = Field(default="", max_length=500)
    persona: str = Text
    framework: str | None = None  # the framework it started from
    stages: list[Stage] = []


class Period(Model):
    """A sales period of the workshop, such as Christmas 2026 or a retailer's leaflet week.

    A period migrated from free text has no dates until the team gives it some.
    """

    id: str = Field(default_factory=new_id, min_length=1)
    name: Label
    start: dt.date | None = None
    end: dt.date | None = None
    kind: PeriodKind = PeriodKind.OWN

    @model_validator(mode="after")
    def _dates_whole_and_in_order(self) -> Period:
        if (self.start is None) != (self.end is None):
            raise ValueError("a sales period needs both a start and an end date, or neither")
        if self.start and self.end and self.end < self.start:
            raise ValueError("the end date is before the start date")
        return self

    @property
    def dated(self) -> bool:
        """True when the period has its dates."""
        return self.start is not None


class Competitor(Model):
    """A competitor named in the workshop."""

    id: str = Field(default_factory=new_id, min_length=1)
    name: str = Field(min_length=1, max_length=500)


class Brand(Model):
    """One of the producer's brands an action promotes."""

    id: str = Field(default_factory=new_id, min_length=1)
    name: str = Field(min_length=1, max_length=500)


class ParkingItem(Model):
    """An idea or question parked in the session: it belongs to no touchpoint yet."""

    id: str = Field(default_factory=new_id, min_length=1)
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    done: bool = False


class Scenario(Model):
    """A named version of the plan, such as "Base" or "Without the end-cap"."""

    id: str = Field(default_factory=new_id, min_length=1)
    name: str = Field(min_length=1, max_length=500)


class WorkshopInfo(Model):
    """The workshop's details."""

    title: str = Field(default="", max_length=2000)
    client: str = Text
    retailer: str = Text
    category: str = Text
    channel: str = Text
    date: dt.date | None = None
    facilitator: str = Text
    participants: str = Text
    notes: str = Text
    language: Language = "en"
    currency: str = Field(default="PLN", pattern=r"^[A-Z]{3}$")
    owners: list[str] = []  # people and teams offered when naming an owner


class Handout(Model):
    """The record a group copy keeps: its group's name and the workshop it was handed out from."""

    group: str = Field(min_length=1, max_length=500)
    base: dict[str, Any]  # the workshop JSON of the workshop at hand-out (without its own handout)
    focus: str | None = None  # the id of the stage or journey the group works on; None: all of it


class Workshop(Model):
    """A whole workshop: the root of the workshop JSON."""

    format: Literal["shoppermap-workshop"] = WORKSHOP_FORMAT
    version: Literal[3] = WORKSHOP_JSON_VERSION
    workshop: WorkshopInfo = WorkshopInfo()
    competitors: list[Competitor] = []
    brands: list[Brand] = []
    scenarios: list[Scenario] = []
    periods: list[Period] = []
    parking_lot: list[ParkingItem] = []
    journeys: list[Journey] = []
    handout: Handout | None = None  # set in a group copy; None in a workshop that is no copy

    @field_validator("version", mode="before")
    @classmethod
    def _version_2_is_3_without_numbers(cls, version: Any) -> Any:
        # version 3 only added brands, scenarios and the action's numbers, all optional; a hand-out
        # base written by version 2 reads as it is (version 1 needs upgrade_version_1 first)
        return WORKSHOP_JSON_VERSION if type(version) is int and version == 2 else version

    @model_validator(mode="after")
    def _ids_unique_and_references_known(self) -> Workshop:
        seen: set[str] = set()

        def claim(kind: str, item_id: str) -> None:
            if item_id in seen:
                raise ValueError(f"{kind} id '{item_id}' is used twice")
            seen.add(item_id)

        competitor_ids = set()
        for competitor in self.competitors:
            claim("competitor", competitor.id)
            competitor_ids.add(competitor.id)
        period_ids = set()
        for period in self.periods:
            claim("period", period.id)
            period_ids.add(period.id)
        brand_ids = set()
        for brand in self.brands:
            claim("brand", brand.id)
            brand_ids.add(brand.id)
        scenario_ids = set()
        for scenario in self.scenarios:
            claim("scenario", scenario.id)
            scenario_ids.add(scenario.id)
        for item in self.parking_lot:
            claim("parking-lot item", item.id)
        for journey in self.journeys:
            claim("journey", journey.id)
            for stage in journey.stages:
                claim("stage", stage.id)
                for phase in stage.phases:
                    claim("phase", phase.id)
                    for card in phase.cards:
                        claim("card", card.id)
                        opportunity_ids = set()
                        for opportunity in card.opportunities:
                            claim("opportunity", opportunity.id)
                            opportunity_ids.add(opportunity.id)
                            _check_names(opportunity, period_ids, brand_ids, scenario_ids)
                        for gap in card.gaps:
                            claim("gap", gap.id)
                            if gap.competitor is not None and gap.competitor not in competitor_ids:
                                raise ValueError(
                                    f"gap '{gap.id}' names competitor '{gap.competitor}', "
                                    "which is not in the competitor list"
                                )
                            if gap.opportunity is not None and gap.opportunity not in opportunity_ids:
                                raise ValueError(
                                    f"gap '{gap.id}' answers with opportunity '{gap.opportunity}', "
                                    "which is not on the same card"
                                )
        return self


def _check_names(opportunity: Opportunity, periods: set[str], brands: set[str], scenarios: set[str]) -> None:
    if opportunity.period is not None and opportunity.period not in periods:
        raise ValueError(
            f"opportunity '{opportunity.id}' runs in sales period "
            f"'{opportunity.period}', which is not in the period list"
        )
    if opportunity.brand is not None and opportunity.brand not in brands:
        raise ValueError(
            f"opportunity '{opportunity.id}' names brand '{opportunity.brand}', which is not in the brand list"
        )
    unknown = [s for s in opportunity.scenarios if s not in scenarios]
    if unknown:
        raise ValueError(
            f"opportunity '{opportunity.id}' belongs to scenario '{unknown[0]}', which is not in the scenario list"
        )
