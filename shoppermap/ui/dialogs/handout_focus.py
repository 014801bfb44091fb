"""Hand Out Group Copies: what each group works on — the whole workshop, a journey or one stage."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...domain.handout import focus_choices
from ...domain.models import Workshop


class HandoutFocusDialog(QDialog):
    """One choice per group; `focus()` gives the chosen stage or journey id per group (none: all)."""

    def __init__(self, workshop: Workshop, groups: list[str], language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("handout-focus")
        self.setWindowTitle(self.tr("What each group works on"))
        self.setMinimumWidth(460)
        column = QVBoxLayout(self)
        hint = QLabel(self.tr("A group's copy opens at its stage or journey; it can still edit all of it."))
        hint.setWordWrap(True)
        column.addWidget(hint)
        form = QFormLayout()
        column.addLayout(form)
        several = len(workshop.journeys) > 1
        self.choices: dict[str, QComboBox] = {}
        for group in groups:
            combo = QComboBox()
            combo.addItem(self.tr("The whole workshop"), None)
            for obj_id, (journey, stage) in focus_choices(workshop).items():
                if stage is None:
                    if several:
                        combo.addItem(journey.name, obj_id)
                    continue
                name = stage.label.text(language)
                combo.addItem(f"{journey.name} · {name}" if several else name, obj_id)
            self.choices[group] = combo
            form.addRow(group, combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def focus(self) -> dict[str, str]:
        """The stage or journey id chosen for each group that has one."""
        return {group: combo.currentData() for group, combo in self.choices.items() if combo.currentData()}
