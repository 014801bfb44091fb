"""The filter bar: highlight or show only the cards with opportunities, gaps, critical status, quick
wins or moments of truth, or those of one owner, competitor, POS tool, retailer or place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ..domain.changes import ChangeSet, Moved
from ..domain.document import Document, Kind
from ..domain.frameworks import Location
from ..domain.models import Card, Status

ANY = None


@dataclass(frozen=True)
class Criteria:
    """What a card must have to match; empty criteria match nothing (no filter)."""

    opportunities: bool = False
    gaps: bool = False
    critical: bool = False
    quick_win: bool = False
    moment_of_truth: bool = False
    owner: str | None = ANY
    competitor: str | None = ANY  # competitor id
    pos_tool: str | None = ANY
    retailer: str | None = ANY
    location: str | None = ANY
    group: str | None = ANY  # the breakout group that brought the card, or one of its actions or gaps

    def active(self) -> bool:
        return any(getattr(self, name) not in (False, None) for name in self.__dataclass_fields__)


def card_matches(card: Card, criteria: Criteria) -> bool:
    """True when the card meets every criterion set."""
    c = criteria
    if c.opportunities and not card.opportunities:
        return False
    if c.gaps and not card.gaps:
        return False
    if c.critical and card.status != Status.RED:
        return False
    if c.quick_win and not card.quick_win:
        return False
    if c.moment_of_truth and not card.moment_of_truth:
        return False
    if c.owner is not None and card.owner != c.owner and all(o.owner != c.owner for o in card.opportunities):
        return False
    if c.competitor is not None and all(g.competitor != c.competitor for g in card.gaps):
        return False
    if c.pos_tool is not None and all(o.pos_tool != c.pos_tool for o in card.opportunities):
        return False
    if c.retailer is not None and all(o.retailer != c.retailer for o in card.opportunities):
        return False
    if c.group is not None and c.group not in _groups_of(card):
        return False
    return not (c.location is not None and (card.location is None or card.location.value != c.location))


def _groups_of(card: Card) -> set[str | None]:
    return (
        {card.origin_group}
        | {o.origin_group for o in card.opportunities}
        | {g.origin_group for g in card.gaps}
    )


class FilterBar(QWidget):
    """A row of filters above the canvas; applies itself to the window's current scene."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.flags = {
            "opportunities": QCheckBox(self.tr("◆ Opportunities")),
            "gaps": QCheckBox(self.tr("⚑ Gaps")),
            "critical": QCheckBox(self.tr("Critical")),
            "quick_win": QCheckBox(self.tr("⚡ Quick wins")),
            "moment_of_truth": QCheckBox(self.tr("★ Moments of truth")),
        }
        self.combos = {
            "owner": QComboBox(),
            "competitor": QComboBox(),
            "pos_tool": QComboBox(),
            "retailer": QComboBox(),
            "location": QComboBox(),
            "group": QComboBox(),  # shown only once a merge brought something in
        }
        self.applied: list = []  # called whenever the filter is applied (the matrix follows it)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Highlight"), "highlight")
        self.mode.addItem(self.tr("Show only"), "only")
        self.count = QLabel()
        clear, close = QToolButton(), QToolButton()
        clear.setText(self.tr("Clear"))
        close.setText("✕")
        close.setToolTip(self.tr("Close the filter bar"))
        # two rows, and combos that may shrink, so the bar fits a small laptop window
        rows = QVBoxLayout(self)
        rows.setContentsMargins(8, 2, 8, 2)
        rows.setSpacing(2)
        first, second = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(first)
        rows.addLayout(second)
        first.addWidget(QLabel(self.tr("Filter:")))
        for box in self.flags.values():
            first.addWidget(box)
            box.toggled.connect(self.apply)
        first.addStretch(1)
        first.addWidget(self.count)
        first.addWidget(clear)
        first.addWidget(close)
        for combo in self.combos.values():
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            second.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self.apply)
        second.addWidget(self.mode)
        self.mode.currentIndexChanged.connect(self.apply)
        clear.clicked.connect(self.clear)
        close.clicked.connect(lambda: window.actions_.filter_bar.setChecked(False))
        self._filling = False
        self.hide()

    def criteria(self) -> Criteria:
        values = {name: box.isChecked() for name, box in self.flags.items()}
        values.update({name: combo.currentData() for name, combo in self.combos.items()})
        return Criteria(**values)

    def set_document(self, document: Document | None) -> None:
        """Fill the choices from the workshop and follow its changes."""
        if document is not None:
            document.changes.connect(
                self._document_changed, kinds=(Kind.CARD, Kind.OPPORTUNITY, Kind.GAP, Kind.COMPETITOR)
            )
        self.refill()

    def _document_changed(self, changes: ChangeSet) -> None:
        # a move changes none of the owners, competitors, tools, retailers or places on offer
        if self.isVisible() and any(not isinstance(e, Moved) for e in changes.entries):
            self.refill()

    def refill(self) -> None:
        """Offer the owners, competitors, tools, retailers and places the workshop uses."""
        document = self.window_.document
        cards = (
            [c for j in document.workshop.journeys for s in j.stages for p in s.phases for c in p.cards]
            if document
            else []
        )
        owners = sorted(
            {c.owner for c in cards if c.owner} | {o.owner for c in cards for o in c.opportunities if o.owner}
        )
        retailers = sorted({o.retailer for c in cards for o in c.opportunities if o.retailer})
        groups = sorted({g for c in cards for g in _groups_of(c) if g})
        tools = sorted({o.pos_tool for c in cards for o in c.opportunities if o.pos_tool})
        catalogue = self.window_.library.pos_tools
        language = self.window_.language
        choices = {
            "owner": (QCoreApplication.translate("Filter", "All owners"), [(o, o) for o in owners]),
            "competitor": (
                QCoreApplication.translate("Filter", "All competitors"),
                [(c.name, c.id) for c in (document.workshop.competitors if document else [])],
            ),
            "pos_tool": (
                QCoreApplication.translate("Filter", "All POS tools"),
                [
                    ((catalogue.tool(t).label.text(language) if catalogue and catalogue.tool(t) else t), t)
                    for t in tools
                ],
            ),
            "retailer": (QCoreApplication.translate("Filter", "All retailers"), [(r, r) for r in retailers]),
            "location": (
                QCoreApplication.translate("Filter", "All places"),
                [(location_name(loc.value), loc.value) for loc in Location],
            ),
            "group": (QCoreApplication.translate("Filter", "All breakout groups"), [(g, g) for g in groups]),
        }
        self.combos["group"].setVisible(bool(groups))
        self._filling = True
        try:
            for name, (everyone, items) in choices.items():
                combo = self.combos[name]
                current = combo.currentData()
                combo.blockSignals(True)
                combo.clear()
                combo.addItem(everyone, None)
                for text, data in items:
                    combo.addItem(text, data)
                index = combo.findData(current) if current is not None else 0
                combo.setCurrentIndex(max(0, index))
                combo.blockSignals(False)
        finally:
            self._filling = False
        self.apply()

    def apply(self) -> None:
        """Apply the filter to the current journey's map."""
        if self._filling:
            return
        scene = self.window_.current_scene()
        document = self.window_.document
        if scene is None or document is None:
            return
        for listener in self.applied:
            listener()
        criteria = self.criteria()
        if not criteria.active() or not self.isVisible():
            scene.set_filter(None)
            self.count.setText("")
            return
        matching = {
            card.id for _, _, card in document.cards(scene.journey_id) if card_matches(card, criteria)
        }
        scene.set_filter(matching, mode=self.mode.currentData())
        shown = len([i for i in matching if i in scene.cards])
        self.count.setText(self.tr("{0} cards").format(shown))

    def card_filter(self) -> tuple[Callable[[Card], bool] | None, str]:
        """(the test a card must pass, "highlight" or "only"), or (None, …) while no filter is on."""
        criteria = self.criteria()
        if not criteria.active() or not self.isVisible():
            return None, "highlight"
        return (lambda card: card_matches(card, criteria)), self.mode.currentData()

    def clear(self) -> None:
        for box in self.flags.values():
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.apply()


def location_name(value: str) -> str:
    """A place where touchpoints happen, in the interface language."""
    return {
        "at_home": QCoreApplication.translate("Location", "At home"),
        "on_the_way": QCoreApplication.translate("Location", "On the way"),
        "store_entrance": QCoreApplication.translate("Location", "Store entrance"),
        "aisle": QCoreApplication.translate("Location", "In the aisle"),
        "checkout": QCoreApplication.translate("Location", "At the checkout"),
        "after_visit": QCoreApplication.translate("Location", "After the visit"),
        "online": QCoreApplication.translate("Location", "Online"),
    }[value]
