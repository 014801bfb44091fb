"""Save a journey as a user framework, to start later workshops from it."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.frameworks import FrameworkFileError
from ...domain.labels import Label
from ...domain.library import FrameworkEntry, FrameworkLibrary, framework_from_journey, save_user_framework
from ...domain.models import Journey
from ..ask import ask_text


def slug(text: str) -> str:
    """A framework id from a name: 'Drogeria 2027' → 'drogeria-2027'."""
    value = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return value or "framework"


def save_journey_as_framework(parent: QWidget, journey: Journey, library: FrameworkLibrary) -> bool:
    """Ask for a name and write the journey as a framework to the user's folder."""
    name, ok = ask_text(
        parent,
        QCoreApplication.translate("SaveFramework", "Save as framework"),
        QCoreApplication.translate("SaveFramework", "Name of the new framework:"),
        text=journey.name,
    )
    if not ok or not name.strip():
        return False
    framework_id, n = slug(name), 2
    base = framework_id
    while framework_id in library.frameworks:
        framework_id, n = f"{base}-{n}", n + 1
    try:
        framework = framework_from_journey(journey, framework_id=framework_id, name=Label.same(name.strip()))
        path = save_user_framework(framework)
    except (OSError, ValueError, FrameworkFileError) as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("SaveFramework", "Save as framework"),
            QCoreApplication.translate("SaveFramework", "Cannot save the framework.\n\n{0}").format(exc),
        )
        return False
    library.frameworks[framework_id] = FrameworkEntry(framework, path, bundled=False)
    QMessageBox.information(
        parent,
        QCoreApplication.translate("SaveFramework", "Save as framework"),
        QCoreApplication.translate("SaveFramework", "Saved as framework '{0}' in\n{1}").format(
            name.strip(), path
        ),
    )
    return True
