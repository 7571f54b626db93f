"""One problem found in a passage of text, before it is tied to a place in a draft."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TextIssue:
    code: str  # "date.impossible", "citation.date_mismatch" (docs/writing-aids.md)
    severity: str  # "error", "warning", "info"
    start: int  # character offsets in the text checked
    end: int
    message: str  # Vietnamese, one sentence or two
    suggestions: tuple[str, ...] = ()  # replacements for text[start:end]
    details: tuple[tuple[str, str], ...] = ()
