"""The edits the canvas offers, each one undo step through the edit gateway."""

from __future__ import annotations

import json
import logging

from PySide6.QtCore import QCoreApplication

from ...domain.document import Kind
from ...domain.labels import NEW_PHASE, NEW_STAGE, Label
from ...domain.models import Card, Phase, Stage, new_id
from ..commands import InsertCommand, MoveCommand, RemoveCommand, UpdateCommand, quoted
from ..editor import Editor

log = logging.getLogger(__name__)
CARDS_MIME = "application/x-shoppermap-cards"


translate = QCoreApplication.translate


class CanvasEdits:
    """Turns canvas gestures into commands for the edit gateway, which reports refused edits."""

    def __init__(self, editor: Editor, language: str = "en") -> None:
        self.editor = editor
        self.document = editor.document
        self.language = language

    def _label(self, obj_id: str) -> str:
        return self.document.get(obj_id).label.text(self.language)

    def _run(self, command) -> bool:
        return self.editor.apply([command], text=command.text())

    # --- cards ---------------------------------------------------------------------------

    def move_cards(self, card_ids: list[str], phase_id: str, anchor_id: str | None) -> bool:
        """Move cards, in order, before `anchor_id` (None: to the end) of a phase: one step."""
        moves = self.document.plan_moves_before(card_ids, phase_id, anchor_id)
        if len(card_ids) == 1:
            text = translate("Canvas", "Move {0} to {1}").format(
                quoted(self._label(card_ids[0])), quoted(self._label(phase_id))
            )
        else:
            text = translate("Canvas", "Move {0} cards to {1}").format(
                len(card_ids), quoted(self._label(phase_id))
            )
        return self._run(MoveCommand(self.document, moves, text))

    def add_card(self, phase_id: str, index: int, text: str, *, card: Card | None = None) -> str | None:
        """Add a custom card (or a given card) at `index` of a phase; returns its id."""
        card = card or Card(label=Label.same(text.strip()))
        command = InsertCommand(
            self.document,
            Kind.CARD,
            phase_id,
            index,
            card,
            translate("Canvas", "Add {0}").format(quoted(card.label.text(self.language))),
        )
        return card.id if self._run(command) else None

    def rename(self, obj_id: str, text: str) -> bool:
        """Set the label of a card, phase or stage in the current language."""
        text = " ".join(text.split())
        if not text:
            self.editor.refuse(translate("Canvas", "A label cannot be empty."))
            return False
        old = self.document.get(obj_id).label
        label = old.renamed(self.language, text)
        return self._run(
            UpdateCommand(
                self.document,
                obj_id,
                {"label": label},
                translate("Canvas", "Rename {0} to {1}").format(
                    quoted(old.text(self.language)), quoted(text)
                ),
            )
        )

    def delete_cards(self, card_ids: list[str]) -> bool:
        """Hide framework cards (they can come back from the palette) and remove custom ones: one step."""
        if not card_ids:
            return False
        name = (
            quoted(self._label(card_ids[0]))
            if len(card_ids) == 1
            else translate("Canvas", "{0} cards").format(len(card_ids))
        )
        commands = [
            UpdateCommand(self.document, card_id, {"hidden": True}, translate("Canvas", "Hide card"))
            if self.document.get(card_id).touchpoint is not None
            else RemoveCommand(self.document, card_id, translate("Canvas", "Remove card"))
            for card_id in card_ids
        ]
        return self.editor.apply(commands, text=translate("Canvas", "Delete {0}").format(name))

    def show_touchpoint(
        self, touchpoint_id: str, phase_id: str, anchor_id: str | None, *, label: Label, location
    ) -> str | None:
        """Put a framework touchpoint on the map: unhide its card if the journey has it, else add one."""
        journey = self.document.journey_of(phase_id)
        existing = next(
            (c for _, _, c in self.document.cards(journey.id) if c.touchpoint == touchpoint_id), None
        )
        if existing is not None and not existing.hidden:
            self.move_cards([existing.id], phase_id, anchor_id)
            return existing.id
        text = translate("Canvas", "Add {0}").format(quoted(label.text(self.language)))
        if existing is not None:
            moves = self.document.plan_moves_before([existing.id], phase_id, anchor_id)
            shown = self.editor.apply(
                [
                    UpdateCommand(
                        self.document, existing.id, {"hidden": False}, translate("Canvas", "Show card")
                    ),
                    MoveCommand(self.document, moves, translate("Canvas", "Move card")),
                ],
                text=text,
            )
            return existing.id if shown else None
        card = Card(label=label, touchpoint=touchpoint_id, location=location)
        index = self._index_before(phase_id, anchor_id)
        added = self.editor.apply(
            [InsertCommand(self.document, Kind.CARD, phase_id, index, card, translate("Canvas", "Add card"))],
            text=text,
        )
        return card.id if added else None

    def duplicate_cards(self, card_ids: list[str]) -> list[str]:
        """Copy cards, annotations and all, just after each original: one step."""
        commands, copies = [], []
        added: dict[str, int] = {}  # copies already placed in a phase, which push later cards down
        for card_id in card_ids:
            copy = fresh_copy(self.document.get(card_id))
            phase_id = self.document.parent_of(card_id)
            index = self.document.index_of(card_id) + 1 + added.get(phase_id, 0)
            added[phase_id] = added.get(phase_id, 0) + 1
            text = translate("Canvas", "Duplicate card")
            commands.append(InsertCommand(self.document, Kind.CARD, phase_id, index, copy, text))
            copies.append(copy.id)
        text = translate("Canvas", "Duplicate {0} card(s)").format(len(card_ids))
        return copies if self.editor.apply(commands, text=text) else []

    def paste_cards(self, payload: bytes, phase_id: str, index: int) -> list[str]:
        """Paste cards copied from this or another workshop at `index` of a phase: one step."""
        try:
            data = json.loads(payload.decode("utf-8"))
            cards = [fresh_copy(Card.model_validate(item)) for item in data["cards"]]
        except (ValueError, KeyError, TypeError):
            self.editor.refuse(translate("Canvas", "The clipboard does not hold ShopperMap cards."))
            return []
        for card in cards:
            for gap in card.gaps:  # competitors belong to the workshop the cards came from
                if gap.competitor is not None and self.document.find(gap.competitor) is None:
                    gap.competitor = None
            for opportunity in card.opportunities:  # and so do sales periods: their own dates stand
                if opportunity.period is not None and self.document.find(opportunity.period) is None:
                    opportunity.period = None
        commands = [
            InsertCommand(
                self.document, Kind.CARD, phase_id, index + offset, card, translate("Canvas", "Paste card")
            )
            for offset, card in enumerate(cards)
        ]
        text = translate("Canvas", "Paste {0} card(s)").format(len(cards))
        return [card.id for card in cards] if self.editor.apply(commands, text=text) else []

    def copy_payload(self, card_ids: list[str]) -> bytes:
        """Cards as clipboard data."""
        cards = [self.document.get(i).model_dump(mode="json") for i in card_ids]
        return json.dumps({"format": "shoppermap-cards", "cards": cards}, ensure_ascii=False).encode("utf-8")

    def _index_before(self, phase_id: str, anchor_id: str | None) -> int:
        cards = self.document.get(phase_id).cards
        return next((i for i, c in enumerate(cards) if c.id == anchor_id), len(cards))

    # --- stages and phases ---------------------------------------------------------------

    def move_header(self, obj_id: str, parent_id: str, anchor_id: str | None) -> bool:
        """Move a phase (into a stage) or a stage (within the journey) before an anchor: one step."""
        moves = self.document.plan_moves_before([obj_id], parent_id, anchor_id)
        return self._run(
            MoveCommand(
                self.document, moves, translate("Canvas", "Move {0}").format(quoted(self._label(obj_id)))
            )
        )

    def add_phase(self, stage_id: str, index: int, label: Label | str = NEW_PHASE) -> str | None:
        """Add an empty phase to a stage; a typed name is the same in both languages."""
        label = Label.same(label) if isinstance(label, str) else label
        text = label.text(self.language)
        phase = Phase(label=label)
        ok = self._run(
            InsertCommand(
                self.document,
                Kind.PHASE,
                stage_id,
                index,
                phase,
                translate("Canvas", "Add phase {0}").format(quoted(text)),
            )
        )
        return phase.id if ok else None

    def add_stage(
        self, journey_id: str, index: int, label: Label | str = NEW_STAGE, color: str | None = None
    ) -> str | None:
        """Add a stage with one empty phase; a typed name is the same in both languages."""
        label = Label.same(label) if isinstance(label, str) else label
        text = label.text(self.language)
        stage = Stage(label=label, color=color, phases=[Phase(label=NEW_PHASE)])
        ok = self._run(
            InsertCommand(
                self.document,
                Kind.STAGE,
                journey_id,
                index,
                stage,
                translate("Canvas", "Add stage {0}").format(quoted(text)),
            )
        )
        return stage.id if ok else None

    def remove(self, obj_id: str) -> bool:
        """Remove a stage or phase with everything in it (undo brings all of it back)."""
        return self._run(
            RemoveCommand(
                self.document, obj_id, translate("Canvas", "Remove {0}").format(quoted(self._label(obj_id)))
            )
        )

    def set_color(self, stage_id: str, color: str) -> bool:
        """Change a stage's colour."""
        return self._run(
            UpdateCommand(
                self.document,
                stage_id,
                {"color": color},
                translate("Canvas", "Recolour {0}").format(quoted(self._label(stage_id))),
            )
        )


def fresh_copy(card: Card) -> Card:
    """A copy of a card with new ids for it and its annotations, links between them kept."""
    data = card.model_dump()
    data["id"] = new_id()
    renamed = {}
    for opportunity in data["opportunities"]:
        renamed[opportunity["id"]] = new_id()
        opportunity["id"] = renamed[opportunity["id"]]
    for gap in data["gaps"]:
        gap["id"] = new_id()
        gap["opportunity"] = renamed.get(gap["opportunity"]) if gap["opportunity"] else None
    return Card.model_validate(data)
