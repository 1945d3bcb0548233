"""Grounding check: every checkable fact of a story, looked up in the passage it came from."""

from __future__ import annotations

from .check import GroundingReport, check_facts
from .cli import check_facts_cli
from .facts import Fact

__all__ = ["Fact", "GroundingReport", "check_facts", "check_facts_cli"]
