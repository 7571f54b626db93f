"""The units' paragraphs gathered under the consolidated report's outline.

A unit's part goes to the report's part with the same outline key, else to the part
with the same heading text (under the same parent first, then anywhere), else to a
new part of that heading under the matched parent, so nothing a unit wrote is lost.
Each gathered block carries its unit in `extra["unit"]`: the wizard shows it, the
document never prints it.
"""

from __future__ import annotations

import copy
import unicodedata

from qcdc_desktop.model.draft import Block, Draft, Part

UNIT_KEY = "unit"
_TEXT_KINDS = ("para", "item", "subitem")


def heading_key(title: str) -> str:
    return " ".join(unicodedata.normalize("NFC", title).casefold().split()).rstrip(":. ")


class Gatherer:
    def __init__(self, target: Draft) -> None:
        self.target = target
        self._by_key: dict[str, Part] = {}
        self._by_title: dict[str, Part] = {}
        self._children_by_title: dict[str, dict[str, Part]] = {}
        for part in target.all_parts():
            self._index(part)
            self._children_by_title[part.id] = {
                heading_key(c.title): c for c in part.children if c.title.strip()
            }
        self._top_by_title = {heading_key(s.title): s for s in target.sections if s.title.strip()}
        self.block_count = 0

    def _index(self, part: Part) -> None:
        if part.key:
            self._by_key.setdefault(part.key, part)
        if part.title.strip():
            self._by_title.setdefault(heading_key(part.title), part)

    def add(self, unit: str, draft: Draft) -> None:
        for section in draft.sections:
            self._place(unit, section, None)

    def _match(self, part: Part, parent: Part | None) -> Part | None:
        if part.key and part.key in self._by_key:
            return self._by_key[part.key]
        title = heading_key(part.title)
        if not title:
            return parent
        siblings = self._children_by_title[parent.id] if parent else self._top_by_title
        return siblings.get(title) or self._by_title.get(title)

    def _new_part(self, part: Part, parent: Part | None) -> Part:
        new = Part(
            title=part.title.strip(),
            run_in=part.run_in,
            numbered=part.numbered,
            step=part.step if parent is None else "",
        )
        if parent is None:
            if not new.step and self.target.sections:
                new.step = self.target.sections[-1].step
            self.target.sections.append(new)
            self._top_by_title[heading_key(new.title)] = new
        else:
            parent.children.append(new)
            self._children_by_title[parent.id][heading_key(new.title)] = new
        self._children_by_title[new.id] = {}
        self._index(new)
        return new

    def _place(self, unit: str, part: Part, parent: Part | None) -> None:
        target = self._match(part, parent)
        blocks = [b for b in (_gathered(unit, b) for b in part.blocks) if b is not None]
        if target is None and (blocks or _has_text(part)):
            target = self._new_part(part, parent)
        if target is not None:
            target.blocks.extend(blocks)
            self.block_count += len(blocks)
        for child in part.children:
            self._place(unit, child, target)


def _has_text(part: Part) -> bool:
    return any(_gathered("", b) is not None for p in part.walk() for b in p.blocks)


def _gathered(unit: str, block: Block) -> Block | None:
    """The unit's block as gathered: its text (figures are summed, not copied)."""
    if block.kind in _TEXT_KINDS and block.text.strip():
        out = Block(kind=block.kind, text=block.text, extra=copy.deepcopy(block.extra))
    elif block.kind == "figures" and block.text.strip():
        out = Block(kind="para", text=block.text, extra=copy.deepcopy(block.extra))
    elif block.kind == "table" and block.table is not None:
        out = Block(
            kind="table",
            text=block.text,
            table=copy.deepcopy(block.table),
            extra=copy.deepcopy(block.extra),
        )
    else:
        return None
    out.extra[UNIT_KEY] = unit
    return out
