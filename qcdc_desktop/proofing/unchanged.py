"""What changed since last period: parts still word for word as in last period's draft,
and a part's text set against last period's, words added and removed marked.

A draft made by "create the next period" names the draft it came from in
`extra["carried_from"]["draft"]` (importing/carry_forward.py); parts keep their ids
across the copy, so a part is matched by id, else by outline key and title.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from qcdc_desktop.model.draft import Draft, Part

_PIECES = re.compile(r"\s+|[^\s]+")


def previous_draft_id(draft: Draft) -> str:
    carried = draft.extra.get("carried_from")
    if isinstance(carried, dict) and isinstance(carried.get("draft"), str):
        return str(carried["draft"])
    return ""


def part_text(part: Part) -> str:
    """The prose of a part (its paragraphs and table lead-ins), one paragraph a line."""
    return "\n".join(b.text for b in part.blocks if b.kind != "figures" and b.text.strip())


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def matching_part(part: Part, previous: Draft) -> Part | None:
    found = previous.find_part(part.id)
    if found is not None:
        return found
    for old in previous.all_parts():
        if part.key and old.key == part.key and _same(old.title, part.title):
            return old
    return None


@dataclass(frozen=True)
class UnchangedPart:
    part: Part
    previous: Part


def unchanged_parts(draft: Draft, previous: Draft) -> list[UnchangedPart]:
    """Parts with text that is word for word last period's (parts without text left out)."""
    out = []
    for part in draft.all_parts():
        text = part_text(part)
        if not text:
            continue
        old = matching_part(part, previous)
        if old is not None and _same(part_text(old), text):
            out.append(UnchangedPart(part, old))
    return out


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """(op, text) pieces from `old` to `new`: op is "equal", "insert" or "delete"."""
    a, b = _PIECES.findall(old), _PIECES.findall(new)
    out: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.append(("equal", "".join(a[i1:i2])))
            continue
        if tag in ("delete", "replace"):
            out.append(("delete", "".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            out.append(("insert", "".join(b[j1:j2])))
    return [piece for piece in out if piece[1]]
