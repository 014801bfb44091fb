"""The frameworks a user can start a journey from: the shipped ones and the user's own."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from .. import atomic, paths
from .frameworks import (
    FRAMEWORK_FORMAT,
    POS_TOOLS_FORMAT,
    Framework,
    FrameworkFileError,
    FrameworkPhase,
    FrameworkStage,
    FrameworkTouchpoint,
    PosToolCatalogue,
    load_framework,
    load_pos_tools,
    read_json_file,
)
from .labels import Label
from .models import Card, Journey, Phase, Stage, new_id

log = logging.getLogger(__name__)

DEFAULT_FRAMEWORK = "shopper-journey"
POS_TOOLS = "pos-tools"


@dataclass
class FrameworkEntry:
    """A framework and where it came from."""

    framework: Framework
    path: Path
    bundled: bool


@dataclass
class FrameworkLibrary:
    """All frameworks that loaded, the POS catalogue, and one line per file that did not load."""

    frameworks: dict[str, FrameworkEntry] = field(default_factory=dict)
    pos_tools: PosToolCatalogue | None = None
    problems: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, *, bundled_dir: Path | None = None, user_dir: Path | None = None) -> FrameworkLibrary:
        """Load every framework file; a bad file is reported and skipped, the others still load."""
        library = cls()
        for directory, bundled in (
            (bundled_dir or paths.frameworks_dir(), True),
            (user_dir or paths.user_frameworks_dir(), False),
        ):
            if not directory.is_dir():
                continue
            for path in sorted(directory.glob("*.json")):
                library._load_file(path, bundled=bundled)
        return library

    def _load_file(self, path: Path, *, bundled: bool) -> None:
        try:
            data = read_json_file(path)
            kind = data.get("format") if isinstance(data, dict) else None
            if kind == POS_TOOLS_FORMAT:
                if bundled or self.pos_tools is None:
                    self.pos_tools = load_pos_tools(path)
                return
            if kind != FRAMEWORK_FORMAT:
                raise FrameworkFileError(
                    f"{path.name}: format: must be '{FRAMEWORK_FORMAT}' or '{POS_TOOLS_FORMAT}'"
                )
            framework = load_framework(path)
        except FrameworkFileError as exc:
            log.warning("framework skipped: %s", exc)
            self.problems.append(str(exc))
            return
        if framework.id in self.frameworks:
            self.problems.append(
                f"{path.name}: id: '{framework.id}' is already used by {self.frameworks[framework.id].path.name}"
            )
            return
        self.frameworks[framework.id] = FrameworkEntry(framework, path, bundled)

    def get(self, framework_id: str) -> Framework:
        """The framework with this id; KeyError names the ones there are."""
        entry = self.frameworks.get(framework_id)
        if entry is None:
            known = ", ".join(sorted(self.frameworks)) or "none"
            raise KeyError(f"no framework '{framework_id}' (there are: {known})")
        return entry.framework


def journey_from_framework(framework: Framework, *, name: str = "", language: str = "en") -> Journey:
    """A new journey laid out as the framework, with fresh ids and links back to it."""
    return Journey(
        name=name or framework.name.text(language),
        framework=framework.id,
        stages=[
            Stage(
                label=stage.label,
                source=stage.id,
                color=stage.color,
                phases=[
                    Phase(
                        label=phase.label,
                        source=phase.id,
                        cards=[
                            Card(label=t.label, touchpoint=t.id, location=t.location)
                            for t in phase.touchpoints
                        ],
                    )
                    for phase in stage.phases
                ],
            )
            for stage in framework.stages
        ],
    )


def copy_journey(journey: Journey, *, name: str) -> Journey:
    """A deep copy of a journey with fresh ids for everything in it."""
    data = journey.model_dump()
    data["id"] = new_id()
    data["name"] = name
    opportunity_ids: dict[str, str] = {}
    for stage in data["stages"]:
        stage["id"] = new_id()
        for phase in stage["phases"]:
            phase["id"] = new_id()
            for card in phase["cards"]:
                card["id"] = new_id()
                for opportunity in card["opportunities"]:
                    fresh = new_id()
                    opportunity_ids[opportunity["id"]] = fresh
                    opportunity["id"] = fresh
                for gap in card["gaps"]:
                    gap["id"] = new_id()
                    if gap["opportunity"]:
                        gap["opportunity"] = opportunity_ids.get(gap["opportunity"])
    return Journey.model_validate(data)


def phase_for_touchpoint(journey: Journey, framework: Framework, touchpoint_id: str) -> str | None:
    """The journey's phase copied from the framework phase that holds the touchpoint.

    A journey adapted by the team may have lost that phase: then its first phase, or None.
    """
    source = next(
        (
            p.id
            for s in framework.stages
            for p in s.phases
            if any(t.id == touchpoint_id for t in p.touchpoints)
        ),
        None,
    )
    phases = [p for s in journey.stages for p in s.phases]
    match = next((p.id for p in phases if p.source == source), None)
    return match or (phases[0].id if phases else None)


def framework_from_journey(journey: Journey, *, framework_id: str, name: Label) -> Framework:
    """A framework made from a journey as the team left it; hidden cards are left out."""
    used: set[str] = set()

    def unique(candidate: str) -> str:
        base, n = candidate, 2
        while candidate in used:
            candidate, n = f"{base}-{n}", n + 1
        used.add(candidate)
        return candidate

    stages = []
    for s_index, stage in enumerate(journey.stages, start=1):
        stage_id = unique(f"{framework_id}.s{s_index}")
        phases = []
        for p_index, phase in enumerate(stage.phases, start=1):
            phase_id = unique(f"{stage_id}.p{p_index}")
            touchpoints = [
                FrameworkTouchpoint(
                    id=unique(f"{phase_id}.t{t_index}"), label=card.label, location=card.location
                )
                for t_index, card in enumerate((c for c in phase.cards if not c.hidden), start=1)
            ]
            phases.append(FrameworkPhase(id=phase_id, label=phase.label, touchpoints=touchpoints))
        stages.append(FrameworkStage(id=stage_id, label=stage.label, color=stage.color, phases=phases))
    return Framework(id=framework_id, name=name, stages=stages)


def save_user_framework(framework: Framework, *, directory: Path | None = None) -> Path:
    """Write a framework into the user's folder; the file appears whole or not at all."""
    directory = directory or paths.user_frameworks_dir()
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / f"{framework.id}.json"
    text = json.dumps(framework.model_dump(mode="json", exclude_none=True), ensure_ascii=False, indent=2)
    atomic.write_text(target, text + "\n")
    return target
