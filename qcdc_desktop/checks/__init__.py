"""Checks run before export (the review step). Qt-free: the GUI and the CLI share them."""

from qcdc_desktop.checks.findings import (
    SEVERITIES,
    STEP_BASIS,
    STEP_CLOSING,
    STEP_DOCUMENT,
    Finding,
    has_errors,
)
from qcdc_desktop.checks.rules_figures import CHANGE_THRESHOLD
from qcdc_desktop.checks.rules_text import PLACEHOLDER_PATTERNS, find_placeholders
from qcdc_desktop.checks.runner import run_checks

__all__ = [
    "CHANGE_THRESHOLD",
    "PLACEHOLDER_PATTERNS",
    "SEVERITIES",
    "STEP_BASIS",
    "STEP_CLOSING",
    "STEP_DOCUMENT",
    "Finding",
    "find_placeholders",
    "has_errors",
    "run_checks",
]
