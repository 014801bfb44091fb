"""An action's numbers in the inspector: brand, mechanic, the cost build-up, the expected effect, scenarios.

The figures worked out from them (total units, cost, incremental sales and margin, ROI) follow
what is typed as it is typed, before it is committed, so the team sees the effect of a number at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from ...domain.amounts import MAX_UPLIFT, AmountError
from ...domain.figures import figures, has_quantities
from ...domain.models import Opportunity
from ..commands import DocumentCommand, UpdateCommand, quoted
from ..i18n import locale_for
from ..vocabulary import (
    amount_error_text,
    amount_text,
    cost_kind_choices,
    count_text,
    name_of,
    percent_text,
    read_amount,
    read_count,
    read_percent,
    roi_text,
)
from .editing import Editing
from .fields import (
    ChoiceField,
    ComboTextField,
    LineField,
    MessageLabel,
    owner_completer,
    set_completions,
    with_message,
)
from .scenario_checks import ScenarioChecks

log = logging.getLogger(__name__)

COUNTS = ("stores", "units_per_store")
AMOUNTS = ("unit_cost", "fixed_cost", "cost", "baseline_sales")
PERCENTS = ("uplift_pct", "margin_pct")
NUMBERS = (*COUNTS, *AMOUNTS, *PERCENTS)
HUNDRED = Decimal(100)


def mechanic_suggestions() -> list[str]:
    """The usual promotion mechanics, in the user's words."""
    return [
        "2+1",
        "\u221230%",
        QCoreApplication.translate("Inspector", "gift with purchase"),
        QCoreApplication.translate("Inspector", "multipack price"),
        QCoreApplication.translate("Inspector", "tasting"),
        QCoreApplication.translate("Inspector", "loyalty points"),
    ]


def money_text(value: Decimal | None, language: str) -> str:
    """A worked-out sum of money, always with its cents: '1 800,00' (a typed amount shows as typed)."""
    if value is None:
        return ""
    text = amount_text(value, language)
    if value == value.to_integral_value():
        text += locale_for(language).decimalPoint() + "00"
    return text


def subheader(text: str) -> QLabel:
    """A bold heading of a group of fields inside one opportunity (smaller than a section's)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 8, 0, 0)
    return label


def _figure_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _unit(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setMinimumWidth(label.fontMetrics().horizontalAdvance("PLN"))  # amounts and percents line up
    return label


class ActionNumbers(QObject):
    """The fields of an action's numbers, laid into the opportunity editor's form; each edit is one undo step."""

    def __init__(
        self,
        editing: Editing,
        opportunity: Callable[[], Opportunity | None],
        messages: dict[str, MessageLabel],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.editing = editing
        self.opportunity = opportunity
        self.messages = messages

        self.brand = ComboTextField()
        self.brand.lineEdit().setPlaceholderText(self.tr("Pick or type a brand"))
        self.mechanic = LineField(max_length=500)
        self.mechanic.setPlaceholderText(self.tr("e.g. 2+1, tasting"))
        self.mechanic_completer = owner_completer(self.mechanic)
        self.mechanic.set_completer_model(self.mechanic_completer)

        self.fields: dict[str, LineField] = {}
        for name in NUMBERS:
            field = LineField(max_length=40)
            field.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            field.textEdited.connect(lambda _text: self._show_figures())
            field.committed.connect(lambda text, name=name: self._commit_number(name, text))
            self.fields[name] = field
        self.fields["cost"].setPlaceholderText(self.tr("not estimated"))
        self.currencies = {name: _unit() for name in AMOUNTS}
        self.cost_kind = ChoiceField()
        self.cost_kind.set_choices(cost_kind_choices())
        self.total_units = _figure_label()
        self.built_cost = _figure_label()
        self.incremental_sales = _figure_label()
        self.incremental_margin = _figure_label()
        self.roi = _figure_label()

        self.scenarios = ScenarioChecks(editing, opportunity, subheader(self.tr("Scenarios")))
        self.messages["scenarios"] = self.scenarios.message

        self.brand.committed.connect(self._commit_brand)
        self.mechanic.committed.connect(lambda text: self._commit("mechanic", " ".join(text.split())))
        self.cost_kind.committed.connect(lambda value: self._commit("cost_kind", value))

    # --- laying out ----------------------------------------------------------------------

    def identity_rows(self) -> list[tuple[str, str, QWidget, tuple[QWidget, ...]]]:
        """The brand and mechanic rows, for the editor to place after the POS tool."""
        return [
            (self.tr("Brand"), "brand", self.brand, ()),
            (self.tr("Mechanic"), "mechanic", self.mechanic, ()),
        ]

    def add_rows(self, form: QFormLayout) -> None:
        """Add the cost, expected-effect and scenario groups to the editor's `form`."""
        form.addRow(subheader(self.tr("Cost")))
        self._row(form, self.tr("Stores"), "stores", _unit())
        self._row(form, self.tr("Units per store"), "units_per_store", _unit())
        self._figure_row(form, self.tr("Total units"), self.total_units)
        self._row(form, self.tr("Unit cost"), "unit_cost", self.currencies["unit_cost"])
        self._row(form, self.tr("Fixed cost"), "fixed_cost", self.currencies["fixed_cost"])
        self._row(form, self.tr("Cost"), "cost", self.built_cost, self.currencies["cost"])
        box, self.messages["cost_kind"] = with_message(self.cost_kind)
        form.addRow(self.tr("Kind of cost"), box)

        form.addRow(subheader(self.tr("Expected effect")))
        self._row(form, self.tr("Baseline sales"), "baseline_sales", self.currencies["baseline_sales"])
        self._row(form, self.tr("Uplift"), "uplift_pct", _unit("%"))
        self._row(form, self.tr("Gross margin"), "margin_pct", _unit("%"))
        form.addRow(self._figures_box())
        form.addRow(self.scenarios)

        self.fields["baseline_sales"].setToolTip(self.tr("Sales in the action's period without the action"))
        self.fields["uplift_pct"].setToolTip(self.tr("Expected growth of those sales, in percent"))
        self.fields["margin_pct"].setToolTip(self.tr("Gross margin on the extra sales, in percent"))
        self.fields["fixed_cost"].setToolTip(self.tr("Design, installation, retailer fee"))

    def _row(self, form: QFormLayout, label: str, name: str, *extras: QWidget) -> None:
        box, self.messages[name] = with_message(self.fields[name], *extras)
        if self.built_cost in extras:  # the typed cost and the worked-out one take turns in one place
            box.extras_row.setStretchFactor(self.built_cost, 1)
        form.addRow(label, box)

    def _figure_row(self, form: QFormLayout, label: str, value: QLabel) -> None:
        row = QHBoxLayout()
        form.addRow(label, row)  # empty: see layouts.nested
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(value, 1)
        row.addWidget(_unit())  # ends where the fields beside a currency end

    def _figures_box(self) -> QWidget:
        # a spanning box: its longer names (Polish 'Sprzedaż przyrostowa') must not widen the label column
        box = QFrame()
        box.setObjectName("actionFigures")
        box.setStyleSheet("QFrame#actionFigures { background: palette(alternate-base); border-radius: 3px; }")
        grid = QGridLayout(box)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        for row, (text, value) in enumerate(
            (
                (self.tr("Incremental sales"), self.incremental_sales),
                (self.tr("Incremental margin"), self.incremental_margin),
                (self.tr("ROI"), self.roi),
            )
        ):
            label = QLabel(text)
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(0, 1)
        self.roi.setToolTip(
            self.tr("(Incremental margin − cost) ÷ cost; empty when the cost is 0 or a figure is missing")
        )
        return box

    # --- showing -------------------------------------------------------------------------

    def refresh(self, o: Opportunity, *, force: bool) -> None:
        """Show the action's numbers; a field the document did not change keeps what is typed in it."""
        editing = self.editing
        currency = editing.document.workshop.workshop.currency
        for label in self.currencies.values():
            label.setText(currency)
        self.brand.set_suggestions(editing.brand_names())
        self._sync("brand", self.brand.set_value(editing.brand_name(o.brand), force=force))
        names = mechanic_suggestions()
        seen = {n.casefold() for n in names}
        set_completions(
            self.mechanic_completer, names + [m for m in editing.mechanics() if m.casefold() not in seen]
        )
        self._sync("mechanic", self.mechanic.set_value(o.mechanic, force=force))
        for name in NUMBERS:
            self._sync(name, self.fields[name].set_value(self.edit_text(name, getattr(o, name)), force=force))
        self.cost_kind.set_value(o.cost_kind)
        self.scenarios.refresh(o)
        self._show_figures()

    def _sync(self, name: str, changed: bool) -> None:
        if changed:
            self.messages[name].show_message(None)

    def edit_text(self, name: str, value: Any) -> str:
        """How a number reads in its field: no grouping, no unit."""
        language = self.editing.language
        if name in COUNTS:
            return count_text(value, language, grouped=False)
        if name in PERCENTS:
            return percent_text(value, language, sign=False)
        return amount_text(value, language, grouped=False)

    def read(self, name: str, text: str) -> Any:
        """The number typed in a field, read by the interface language's rules (raises AmountError)."""
        language = self.editing.language
        if name in COUNTS:
            return read_count(text, language)
        if name == "margin_pct":
            return read_percent(text, language, most=HUNDRED)
        if name == "uplift_pct":
            return read_percent(text, language, most=MAX_UPLIFT)
        return read_amount(text, language)

    def _typed(self, o: Opportunity) -> Opportunity:
        """The action with the numbers as typed: a number that cannot be read counts as missing."""
        values: dict[str, Any] = {}
        for name, field in self.fields.items():
            try:
                values[name] = self.read(name, field.text())
            except AmountError:
                values[name] = None
        return o.model_copy(update=values)

    def _show_figures(self) -> None:
        o = self.opportunity()
        if o is None:
            return
        typed = self._typed(o)
        shown = figures(typed)
        language = self.editing.language
        currency = self.editing.document.workshop.workshop.currency

        def money(value: Decimal | None) -> str:
            return "" if value is None else f"{money_text(value, language)} {currency}"

        self.total_units.setText(count_text(shown.total_units, language))
        built = has_quantities(typed)
        self.fields["cost"].setVisible(not built)
        self.built_cost.setVisible(built)
        self.built_cost.setText(
            "= " + money_text(shown.cost, language)
            if shown.cost is not None
            else self.tr("complete the quantities")
        )
        self.built_cost.setEnabled(shown.cost is not None)
        tip = self.tr("Worked out from the quantities: stores × units per store × unit cost + fixed cost")
        if shown.cost is not None and shown.total_units is not None:
            # the sum itself, so the team can check it against the buyer's quote
            units = count_text(shown.total_units, language)
            unit = amount_text(typed.unit_cost, language)
            fixed = money_text(typed.fixed_cost or Decimal(0), language)
            tip += f"\n{units} × {unit} + {fixed} = {money_text(shown.cost, language)}"
        self.built_cost.setToolTip(tip)
        self.incremental_sales.setText(money(shown.incremental_sales))
        self.incremental_margin.setText(money(shown.incremental_margin))
        self.roi.setText(roi_text(shown.roi, language))

    def flush(self) -> None:
        """Commit whatever was typed but not committed yet."""
        for field in (self.brand, self.mechanic, *self.fields.values(), self.cost_kind):
            field.flush()

    # --- committing ----------------------------------------------------------------------

    def _value_text(self, name: str, value: Any) -> str:
        language = self.editing.language
        if value in (None, ""):
            return self.tr("none")
        if name in COUNTS:
            return count_text(value, language)
        if name in PERCENTS:
            return percent_text(value, language)
        if name in AMOUNTS:
            return f"{amount_text(value, language)} {self.editing.document.workshop.workshop.currency}"
        if name == "cost_kind":
            return name_of(cost_kind_choices(), value).lower()
        return quoted(str(value))

    def _command_text(self, name: str, o: Opportunity, value: Any) -> str:
        templates = {
            "mechanic": self.tr("Set mechanic of {target} to {value}"),
            "stores": self.tr("Set stores of {target} to {value}"),
            "units_per_store": self.tr("Set units per store of {target} to {value}"),
            "unit_cost": self.tr("Set unit cost of {target} to {value}"),
            "fixed_cost": self.tr("Set fixed cost of {target} to {value}"),
            "cost": self.tr("Set cost of {target} to {value}"),
            "cost_kind": self.tr("Set kind of cost of {target} to {value}"),
            "baseline_sales": self.tr("Set baseline sales of {target} to {value}"),
            "uplift_pct": self.tr("Set uplift of {target} to {value}"),
            "margin_pct": self.tr("Set gross margin of {target} to {value}"),
        }
        return templates[name].format(
            target=self.editing.opportunity_name(o), value=self._value_text(name, value)
        )

    def _commit(
        self, name: str, value: Any, *, text: str | None = None, extra: list[DocumentCommand] | None = None
    ) -> bool:
        o = self.opportunity()
        if o is None:
            return False
        text = text or self._command_text(name, o, value)
        commands = [*(extra or []), UpdateCommand(self.editing.document, o.id, {name: value}, text)]
        error = self.editing.apply(commands, text=text)
        self.messages[name].show_message(error)  # a done edit reaches this form through the change-set
        return error is None

    def _commit_number(self, name: str, text: str) -> None:
        try:
            value = self.read(name, text)
        except AmountError as exc:
            self.messages[name].show_message(amount_error_text(exc))
            return
        if self._commit(name, value):
            self.fields[name].set_value(self.edit_text(name, getattr(self.opportunity(), name)), force=True)

    def _commit_brand(self, text: str) -> None:
        o = self.opportunity()
        if o is None:
            return
        brand_id, extra = self.editing.brand_for(text)
        # a brand made in this very step is not in the workshop yet: its name is the typed one
        name = self.editing.brand_name(brand_id) or " ".join(text.split())
        value = quoted(name) if brand_id is not None else self.tr("none")
        command = self.tr("Set brand of {target} to {value}").format(
            target=self.editing.opportunity_name(o), value=value
        )
        if self._commit("brand", brand_id, text=command, extra=extra):
            self.brand.set_value(self.editing.brand_name(self.opportunity().brand), force=True)
