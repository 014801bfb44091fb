"""The value/effort matrix as a scene: a 5×5 grid in four quadrants, one chip per POS action, and a
tray of the actions not rated yet. The scene mirrors the document and never writes to it."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QPointF

from ...domain.changes import ChangeSet, Kind
from ...domain.document import Document
from ...domain.models import Card, Opportunity
from ..seen_scene import SeenScene
from . import layout
from .items import ChipItem, GridItem, tool_namer
from .layout import Spot

log = logging.getLogger(__name__)
DIMMED = 0.3  # an action of a card the filter bar does not highlight, as the map dims its card
_FOLLOWED = (Kind.JOURNEY, Kind.STAGE, Kind.PHASE, Kind.CARD, Kind.OPPORTUNITY)
__all__ = ["ChipItem", "MatrixScene", "tool_namer"]


class MatrixScene(SeenScene):
    """Every POS action of the workshop placed by its value and effort; the rest in the tray.

    `shows(opportunity)` narrows the actions (the scenario shown); `tool_name(pos_tool)` names a tool.
    """

    def __init__(
        self,
        document: Document,
        *,
        language: str,
        tool_name: Callable[[str], str],
        shows: Callable[[Opportunity], bool] | None = None,
        journey_ids: list[str] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.language = language
        self.tool_name = tool_name
        self.shows = shows
        self.journey_ids = journey_ids  # None: every journey's actions
        self.card_matches: Callable[[Card], bool] | None = None  # the filter bar's test, while it is on
        self.card_mode = "highlight"
        self.grid = GridItem()
        self.addItem(self.grid)
        self.chips: dict[str, ChipItem] = {}
        document.changes.connect(self._on_changes, kinds=_FOLLOWED)
        self.rebuild()

    def detach(self) -> None:
        """Stop following the document (the scene is being thrown away)."""
        self.document.changes.disconnect(self._on_changes)

    def set_filter(self, shows: Callable[[Opportunity], bool] | None) -> None:
        self.shows = shows
        self.rebuild_when_seen()

    def set_card_filter(self, matches: Callable[[Card], bool] | None, *, mode: str = "highlight") -> None:
        """Follow the map's filter bar: dim the actions of other cards, or ("only") leave them out."""
        self.card_matches, self.card_mode = matches, mode
        self.rebuild_when_seen()

    def _on_changes(self, changes: ChangeSet) -> None:
        self.rebuild_when_seen()

    def actions(self) -> list[tuple[Opportunity, Card]]:
        """The actions the matrix shows, in map order, with their cards."""
        found = []
        for journey in self.document.workshop.journeys:
            if self.journey_ids is not None and journey.id not in self.journey_ids:
                continue
            for _, _, card in self.document.cards(journey.id):
                if card.hidden:
                    continue
                if self.card_mode == "only" and not self.matched(card):
                    continue
                for o in card.opportunities:
                    if self.shows is None or self.shows(o):
                        found.append((o, card))
        return found

    def matched(self, card: Card) -> bool:
        """True when the filter bar lets the card through (always, while it is off)."""
        return self.card_matches is None or self.card_matches(card)

    def rebuild(self) -> None:
        """Make a chip for every action shown and lay them all out (a few hundred at most: cheap)."""
        selected = {c.opportunity_id for c in self.selected_chips()}
        for chip in self.chips.values():
            self.removeItem(chip)
        self.chips.clear()
        for o, card in self.actions():
            tool = self.tool_name(o.pos_tool) if o.pos_tool else ""
            tool = tool or " ".join(o.description.split())[:80]
            chip = ChipItem(o, card, tool=tool, touchpoint=card.label.text(self.language))
            self.addItem(chip)
            self.chips[o.id] = chip
            chip.setSelected(o.id in selected)
            if not self.matched(card):
                chip.setOpacity(DIMMED)
        self.lay_out()

    def lay_out(self) -> None:
        """Put every chip in its cell or the tray, the most voted first."""
        groups: dict[Spot, list[ChipItem]] = {}
        for chip in self.chips.values():
            groups.setdefault(chip.spot, []).append(chip)
        for spot, chips in groups.items():
            chips.sort(key=lambda c: -c.votes)  # stable: map order among equals
            rects = (
                layout.tray_chip_rects(len(chips))
                if spot.in_tray
                else layout.chip_rects(layout.cell_rect(spot.value, spot.effort), len(chips))
            )
            for chip, rect in zip(chips, rects, strict=True):
                chip.place(rect)
        rect = layout.scene_rect(self.tray_count())
        self.grid.set_tray_count(self.tray_count(), rect)
        self.setSceneRect(rect)

    def tray_count(self) -> int:
        return sum(1 for c in self.chips.values() if c.spot.in_tray)

    def selected_chips(self) -> list[ChipItem]:
        return [i for i in self.selectedItems() if isinstance(i, ChipItem)]

    def chip_at(self, point: QPointF) -> ChipItem | None:
        """The chip under a scene point, if any."""
        return next((i for i in self.items(point) if isinstance(i, ChipItem)), None)

    def spot_at(self, point: QPointF) -> Spot | None:
        return layout.spot_at(point, self.tray_count())
