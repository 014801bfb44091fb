"""The plan-check dock: what the map still leaves open, one line per finding; a click shows where."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ..domain.changes import ChangeSet, Kind
from ..domain.document import Document
from ..domain.frameworks import PosToolCatalogue
from ..domain.review import COST, DATES, KPI, OWNER, Finding, FindingKind, Severity, review
from .wrapping_delegate import WrappingDelegate

log = logging.getLogger(__name__)
ROLE_FINDING = Qt.ItemDataRole.UserRole + 1  # the index of a line's finding in `ReviewWidget.findings`
COLOURS = {Severity.CRITICAL: "#c62828", Severity.WARNING: "#ef8f00", Severity.NOTE: "#607d8b"}
# every kind a sentence or a rule reads: competitors are named, journeys head the groups
_READ = tuple(Kind)  # every kind of object can change a finding


translate = QCoreApplication.translate


def finding_text(finding: Finding, *, language: str, tool_name: Callable[[str], str]) -> str:
    """The line of a finding under its stage's heading, in the interface language."""
    card = finding.card.text(language) if finding.card is not None else ""
    tool = tool_name(finding.pos_tool) if finding.pos_tool else ""
    kind = finding.kind
    if kind == FindingKind.CRITICAL_WITHOUT_ACTION:
        return translate("PlanCheck", "{0}: critical touchpoint with no POS action").format(card)
    if kind == FindingKind.MOMENT_WITHOUT_ACTION:
        return translate("PlanCheck", "{0}: moment of truth with no POS action").format(card)
    if kind == FindingKind.GAP_UNANSWERED:
        if finding.competitor:
            return translate("PlanCheck", "{0}: high-threat gap ({1}) with no answering action").format(
                card, finding.competitor
            )
        return translate("PlanCheck", "{0}: high-threat gap with no answering action").format(card)
    if kind == FindingKind.ACTION_INCOMPLETE:
        action = f"“{finding.action}”" if finding.action else tool or translate("PlanCheck", "(untitled)")
        words = {
            OWNER: translate("PlanCheck", "owner"),
            DATES: translate("PlanCheck", "dates"),
            COST: translate("PlanCheck", "cost"),
            KPI: translate("PlanCheck", "KPI"),
        }
        missing = [words[m] for m in finding.missing]
        listed = (
            missing[0]
            if len(missing) == 1
            else translate("PlanCheck", "{0} or {1}").format(", ".join(missing[:-1]), missing[-1])
        )
        return translate("PlanCheck", "{0}: action {1} has no {2}").format(card, action, listed)
    if kind == FindingKind.DUPLICATE_ACTION:
        retailer = finding.retailer or translate("PlanCheck", "every retailer")
        return translate("PlanCheck", "{0}: {1} for {2} twice in overlapping dates ({3} – {4})").format(
            card, tool, retailer, finding.start.isoformat(), finding.end.isoformat()
        )
    if kind == FindingKind.STAGE_WITHOUT_ACTION:
        return translate("PlanCheck", "No action in this stage")
    days = [d.isoformat() if d is not None else "…" for d in (finding.start, finding.end)]
    name = finding.period_label.text(language) if finding.period_label is not None else finding.period
    if finding.start is None and finding.end is None:
        return translate("PlanCheck", "{0}: no activity in this sales period").format(name)
    return translate("PlanCheck", "{0} ({1} – {2}): no activity in this sales period").format(name, *days)


def severity_icon(severity: Severity) -> QIcon:
    """A coloured dot: red critical, amber needs attention, grey incomplete."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(COLOURS[severity]))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class ReviewWidget(QWidget):
    """The findings of the open workshop under their stages; `finding_chosen` says which was picked."""

    finding_chosen = Signal(object)  # a Finding
    count_changed = Signal(int)  # -1 while the list is closed and edits came since it was filled

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self.language = "en"
        self.pos_tools: PosToolCatalogue | None = None
        self.findings: list[Finding] = []
        self._filling = False
        self._stale = False  # edits came while the list was not shown
        self._icons = {severity: severity_icon(severity) for severity in Severity}
        self._tips = {
            Severity.CRITICAL: self.tr("Critical"),
            Severity.WARNING: self.tr("Needs attention"),
            Severity.NOTE: self.tr("Incomplete"),
        }
        self.tree = QTreeWidget()
        self.tree.setObjectName("plan-check-list")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        # a finding is a sentence: wrapped to the dock's width, never cut off mid-way
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.header().sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemClicked.connect(self._choose)  # a click on the current line shows it again
        self.empty = QLabel(self.tr("No findings: every check of the plan passes."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        self._fill()

    def set_document(
        self, document: Document | None, *, language: str = "en", pos_tools: PosToolCatalogue | None = None
    ) -> None:
        """Check another workshop (None for none) and follow its edits, once per change-set."""
        if self.document is not None:
            self.document.changes.disconnect(self._on_changes)
        self.document, self.language, self.pos_tools = document, language, pos_tools
        if document is not None:
            document.changes.connect(self._on_changes, kinds=_READ)
        self.refresh()

    def refresh(self) -> None:
        """Check the workshop again; the list is refilled only when the findings differ."""
        findings = review(self.document.workshop) if self.document is not None else []
        was_stale, self._stale = self._stale, False
        if findings != self.findings or was_stale:
            self.findings = findings
            self._fill()

    def _on_changes(self, _changes: ChangeSet) -> None:
        if self.isVisible():
            self.refresh()
        elif not self._stale:
            # a closed dock checks again when it opens: a big workshop's check costs tens of ms
            self._stale = True
            self.count_changed.emit(-1)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def tool_name(self, pos_tool: str) -> str:
        """A catalogue tool's label in the interface language, or a custom tool's own name."""
        tool = self.pos_tools.tool(pos_tool) if self.pos_tools is not None else None
        return tool.label.text(self.language) if tool is not None else pos_tool

    def item_of(self, finding: Finding) -> QTreeWidgetItem | None:
        """The line showing a finding (for tests and keyboard navigation)."""
        for group in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(group)
            for row in range(heading.childCount()):
                item = heading.child(row)
                if self.findings[item.data(0, ROLE_FINDING)] == finding:
                    return item
        return None

    def _fill(self) -> None:
        current = self.tree.currentItem()
        kept = self.findings_of_item(current) if current is not None else None
        self._filling = True
        try:
            self.tree.clear()
            several = self.document is not None and len(self.document.workshop.journeys) > 1
            headings: dict[tuple[str | None, str | None], QTreeWidgetItem] = {}
            restore = None
            for index, finding in enumerate(self.findings):
                key = (finding.journey_id, finding.stage_id)
                heading = headings.get(key)
                if heading is None:
                    heading = QTreeWidgetItem(self.tree, [self._heading(finding, several=several)])
                    heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    font = heading.font(0)
                    font.setBold(True)
                    heading.setFont(0, font)
                    headings[key] = heading
                text = finding_text(finding, language=self.language, tool_name=self.tool_name)
                item = QTreeWidgetItem(heading, [text])
                item.setData(0, ROLE_FINDING, index)
                item.setIcon(0, self._icons[finding.severity])
                item.setToolTip(0, f"{self._tips[finding.severity]}: {text}")
                if finding == kept:
                    restore = item
            self.tree.expandAll()
            if restore is not None:
                self.tree.setCurrentItem(restore, 0, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._filling = False
        self.tree.setVisible(bool(self.findings))
        self.empty.setVisible(not self.findings)
        self.count_changed.emit(len(self.findings))

    def _heading(self, finding: Finding, *, several: bool) -> str:
        if finding.stage is None:
            return self.tr("Sales periods")
        stage = finding.stage.text(self.language)
        return self.tr("{0} › {1}").format(finding.journey, stage) if several else stage

    def findings_of_item(self, item: QTreeWidgetItem) -> Finding | None:
        """The finding a line shows (None for a stage heading)."""
        index = item.data(0, ROLE_FINDING)
        return self.findings[index] if isinstance(index, int) and index < len(self.findings) else None

    def _current_changed(self, item: QTreeWidgetItem | None, _previous) -> None:
        if item is not None and not self._filling:
            self._choose(item)

    def _choose(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        finding = self.findings_of_item(item)
        if finding is not None:
            self.finding_chosen.emit(finding)


def show_finding(window, finding: Finding) -> None:
    """Show a journey's card (or stage) on the map, selected, and an action's row in the plan."""
    document = window.document
    if document is None or finding.journey_id is None or document.find(finding.journey_id) is None:
        return
    if finding.journey_id != window.journey_id:
        window.show_journey(finding.journey_id)
    scene = window.current_scene()
    if scene is None:
        return
    if finding.card_id is not None and finding.card_id in scene.cards:
        scene.select_cards([finding.card_id])
        window.view.ensureVisible(scene.cards[finding.card_id], 60, 60)
    elif finding.card_id is None and finding.stage_id in scene.stages:
        scene.select_cards([])
        window.view.ensureVisible(scene.stages[finding.stage_id], 60, 60)
    plan = getattr(window, "plan", None)
    if finding.opportunity_id is not None and plan is not None:
        window.plan_dock.show()
        window.plan_dock.raise_()
        select_plan_row(plan, finding.opportunity_id)


def select_plan_row(plan, opportunity_id: str) -> bool:
    """Make an action's row the current one in the plan; False when the plan does not show it."""
    if opportunity_id not in plan.model.rows:
        return False
    index = plan.proxy.mapFromSource(plan.model.index(plan.model.rows.index(opportunity_id), 0))
    if not index.isValid():
        return False  # the plan's filter hides it
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    plan.table.selectionModel().setCurrentIndex(index, flags)
    plan.table.scrollTo(index)
    return True


def install(window) -> ReviewWidget:
    """Add the plan-check dock (left of the map, opened from View) and keep it on the open workshop."""
    widget = ReviewWidget()
    window.review = widget
    title = QCoreApplication.translate("PlanCheck", "Plan check")
    dock = window.add_dock("plan-check", title, widget)
    # the inspector and the plan open beside it as a finding is clicked; neither may cover it
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    dock.hide()
    window.review_dock = dock

    def count_changed(count: int) -> None:
        dock.setWindowTitle(
            QCoreApplication.translate("PlanCheck", "Plan check ({0})").format(count) if count > 0 else title
        )

    def workshop_opened(document) -> None:
        pos_tools = window.library.pos_tools if window.library is not None else None
        widget.set_document(document, language=window.language, pos_tools=pos_tools)

    widget.count_changed.connect(count_changed)
    widget.finding_chosen.connect(lambda finding: show_finding(window, finding))
    window.workshop_listeners.append(workshop_opened)
    if window.document is not None:
        workshop_opened(window.document)
    return widget
