"""What a check reports: one `Finding` per problem, for the review step and the CLI."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

# Wizard steps that exist for every document type; section steps come from the type.
from qcdc_desktop.doctypes.fixed_steps import (
    STEP_APPENDICES,
    STEP_BASIS,
    STEP_CLOSING,
    STEP_DOCUMENT,
    STEP_REVIEW,
)

SEVERITIES = ("error", "warning", "info")
__all__ = [
    "SEVERITIES",
    "STEP_APPENDICES",
    "STEP_BASIS",
    "STEP_CLOSING",
    "STEP_DOCUMENT",
    "STEP_REVIEW",
    "Finding",
    "blank_field_findings",
    "has_errors",
]


@dataclass(frozen=True)
class Finding:
    """One problem in a draft.

    `code` is a stable English id ("part.empty") that the GUI and tests may rely on;
    `message` is Vietnamese (NFC) and names the part by its printed number and title;
    `step` is the wizard step to open, `part_id` the part to select (or ""),
    `field` a short name of the field to focus ("number", "block.2", "figures.staff.total").
    Findings about a passage (writing aids) carry its character offsets in the field's
    text (`start`, `end`), the suggested replacements, and named details
    (("library.date", "09/01/2015")).
    """

    severity: str
    code: str
    message: str
    step: str
    part_id: str = ""
    field: str = ""
    start: int = -1
    end: int = -1
    suggestions: tuple[str, ...] = ()
    details: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")
        # Titles typed with a legacy input method may be decomposed; messages never are.
        object.__setattr__(self, "message", unicodedata.normalize("NFC", self.message))

    @property
    def suggestion(self) -> str:
        return self.suggestions[0] if self.suggestions else ""

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


def has_errors(findings: Iterable[Finding]) -> bool:
    """True when at least one finding blocks a clean export."""
    return any(f.severity == "error" for f in findings)


def blank_field_findings(
    step: str, fields: Iterable[tuple[str, str, str, str, str]]
) -> list[Finding]:
    """A finding for each (value, severity, code, message, field) whose value is blank:
    the many "this field is required" checks, written as one table each."""
    return [
        Finding(severity, code, message, step, field=field)
        for value, severity, code, message, field in fields
        if not value.strip()
    ]
