"""The guided walk of a journey: its phases in walking order and how far the room has got."""

from __future__ import annotations

from .models import Journey, Phase


def walk_phases(journey: Journey) -> list[Phase]:
    """The journey's phases in the order the walk visits them: stage by stage, left to right."""
    return [phase for stage in journey.stages for phase in stage.phases]


def walk_progress(journey: Journey) -> tuple[int, int]:
    """(phases marked as walked, all phases) of a journey."""
    phases = walk_phases(journey)
    return sum(1 for phase in phases if phase.walked), len(phases)


def first_unwalked(journey: Journey) -> int:
    """Where a walk resumes: the index of the first phase not walked yet (0 when all are)."""
    phases = walk_phases(journey)
    return next((i for i, phase in enumerate(phases) if not phase.walked), 0)
