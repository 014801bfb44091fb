"""Framework and POS-tool catalogue models, and loading them from JSON files."""

from __future__ import annotations

import json
import logging
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .labels import Label

log = logging.getLogger(__name__)

FRAMEWORK_FORMAT = "shoppermap-framework"
POS_TOOLS_FORMAT = "shoppermap-pos-tools"
ID_PATTERN = r"^[a-z0-9][a-z0-9._-]*$"


class Location(StrEnum):
    """Where a touchpoint happens; the canvas colours and filters by it."""

    AT_HOME = "at_home"
    ON_THE_WAY = "on_the_way"
    STORE_ENTRANCE = "store_entrance"
    AISLE = "aisle"
    CHECKOUT = "checkout"
    AFTER_VISIT = "after_visit"
    ONLINE = "online"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FrameworkTouchpoint(_Strict):
    """One touchpoint of a framework, with the place it happens."""

    id: str = Field(pattern=ID_PATTERN)
    label: Label
    location: Location | None = None


class FrameworkPhase(_Strict):
    """A phase: a column of touchpoints."""

    id: str = Field(pattern=ID_PATTERN)
    label: Label
    touchpoints: list[FrameworkTouchpoint] = []


class FrameworkStage(_Strict):
    """A stage: a band spanning its phases."""

    id: str = Field(pattern=ID_PATTERN)
    label: Label
    color: str | None = Field(default=None, pattern=r"^#[0-9a-fA-F]{6}$")
    phases: list[FrameworkPhase] = []


class Framework(_Strict):
    """A journey template that a workshop's journeys start from."""

    format: str = FRAMEWORK_FORMAT
    version: int = 1
    id: str = Field(pattern=ID_PATTERN)
    name: Label
    description: Label | None = None
    stages: list[FrameworkStage] = Field(min_length=1)

    @model_validator(mode="after")
    def _ids_unique(self) -> Framework:
        if self.format != FRAMEWORK_FORMAT:
            raise ValueError(f"format must be '{FRAMEWORK_FORMAT}'")
        seen: set[str] = set()
        for item in self.all_items():
            if item.id in seen:
                raise ValueError(f"id '{item.id}' is used twice")
            seen.add(item.id)
        return self

    def all_items(self):
        """Every stage, phase and touchpoint, in order."""
        for stage in self.stages:
            yield stage
            for phase in stage.phases:
                yield phase
                yield from phase.touchpoints

    def touchpoints(self) -> list[FrameworkTouchpoint]:
        """All touchpoints in stage, phase and card order."""
        return [t for s in self.stages for p in s.phases for t in p.touchpoints]

    def touchpoint(self, touchpoint_id: str) -> FrameworkTouchpoint | None:
        """The touchpoint with this id, if the framework has it."""
        for t in self.touchpoints():
            if t.id == touchpoint_id:
                return t
        return None


class PosTool(_Strict):
    """A POS or activation tool that an opportunity can use."""

    id: str = Field(pattern=ID_PATTERN)
    label: Label
    description: Label | None = None


class PosToolCatalogue(_Strict):
    """The catalogue of POS tools."""

    format: str = POS_TOOLS_FORMAT
    version: int = 1
    id: str = Field(pattern=ID_PATTERN)
    name: Label
    tools: list[PosTool] = Field(min_length=1)

    @model_validator(mode="after")
    def _ids_unique(self) -> PosToolCatalogue:
        if self.format != POS_TOOLS_FORMAT:
            raise ValueError(f"format must be '{POS_TOOLS_FORMAT}'")
        ids = [t.id for t in self.tools]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"tool id '{dupes[0]}' is used twice")
        return self

    def tool(self, tool_id: str) -> PosTool | None:
        """The tool with this id, if the catalogue has it."""
        return next((t for t in self.tools if t.id == tool_id), None)


class FrameworkFileError(Exception):
    """A framework file that cannot be used; the message is one line naming file, field and problem."""


def describe_validation_error(path: Path, error: ValidationError) -> str:
    """One line: the file, the path of the first bad field, and what is wrong with it."""
    first = error.errors()[0]
    location = ".".join(str(part) for part in first["loc"]) or "(top level)"
    return f"{path.name}: {location}: {first['msg']}"


def read_json_file(path: Path) -> object:
    """Parse a JSON file, turning every way it can fail into one readable line."""
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        raise FrameworkFileError(f"{path.name}: is a folder, not a file") from None
    except PermissionError:
        raise FrameworkFileError(f"{path.name}: cannot be read (no permission)") from None
    except OSError as exc:
        raise FrameworkFileError(f"{path.name}: cannot be read ({exc.strerror})") from None
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise FrameworkFileError(f"{path.name}: is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise FrameworkFileError(
            f"{path.name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None


def load_framework(path: Path) -> Framework:
    """Load and validate one framework file."""
    data = read_json_file(path)
    try:
        return Framework.model_validate(data)
    except ValidationError as exc:
        raise FrameworkFileError(describe_validation_error(path, exc)) from None


def load_pos_tools(path: Path) -> PosToolCatalogue:
    """Load and validate a POS-tool catalogue file."""
    data = read_json_file(path)
    try:
        return PosToolCatalogue.model_validate(data)
    except ValidationError as exc:
        raise FrameworkFileError(describe_validation_error(path, exc)) from None
