"""Figure sentences placed inside a paragraph at a marker.

A drafter writes (or the figures box inserts) `{{số liệu: tthc}}` where the sentence
of group `tthc` belongs, for example "… thủ tục hành chính. {{số liệu: tthc}} Ngoài
ra …". The short form `{{tthc}}` is read too. The group's figures block in the same
part then prints only its lead-in text; a group with nothing reported leaves no
trace at its marker.
"""

from __future__ import annotations

import re

from qcdc_desktop.doctypes.figures import figure_groups
from qcdc_desktop.model.draft import Draft, Part

MARKER = re.compile(r"\{\{\s*(?:số liệu\s*:\s*)?([A-Za-z0-9_-]+)\s*\}\}", re.IGNORECASE)


def marker_for(group_id: str) -> str:
    return "{{số liệu: " + group_id + "}}"


def markers_in(text: str) -> list[str]:
    """Group ids named by markers in `text` (known or not)."""
    return [m.group(1) for m in MARKER.finditer(text)]


def marked_groups(part: Part) -> set[str]:
    """Known groups whose marker stands in one of the part's text blocks."""
    known = figure_groups()
    found: set[str] = set()
    for block in part.blocks:
        if block.kind != "figures" and "{{" in block.text:
            found.update(g for g in markers_in(block.text) if g in known)
    return found


def strip_known_markers(text: str) -> str:
    """The text without markers of known groups (what the placeholder check reads)."""
    known = figure_groups()
    return MARKER.sub(lambda m: "" if m.group(1) in known else m.group(0), text)


def fill_markers(text: str, draft: Draft, *, pad: bool = True) -> str:
    """Each known marker replaced by its group's sentence (nothing when none is reported)."""
    from qcdc_desktop.render.figure_sentences import group_sentence

    groups = figure_groups()

    def sentence(m: re.Match[str]) -> str:
        group = groups.get(m.group(1))
        return m.group(0) if group is None else group_sentence(group, draft, pad=pad)

    filled = MARKER.sub(sentence, text)
    # A marker that printed nothing leaves no double space or space before a mark.
    filled = re.sub(r"[ \t]{2,}", " ", filled)
    return re.sub(r" +([.,;:])", r"\1", filled)
