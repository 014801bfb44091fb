"""The action plan: every POS opportunity as a table row, filtered, totalled and edited in place."""

from .dock import PlanWidget, install
from .model import PlanModel
from .proxy import PlanFilter

__all__ = ["PlanFilter", "PlanModel", "PlanWidget", "install"]
