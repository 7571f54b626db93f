"""Edits of a draft's outline (add, delete, move, demote, promote), with no Qt.

A wizard page shows the top-level sections of one step; every operation keeps a
part inside that step and the tree at most MAX_DEPTH levels deep (I. / 1. / a)).
"""

from __future__ import annotations

from dataclasses import dataclass

from qcdc_desktop.model import Draft, Part

MAX_DEPTH = 3
NEW_PART_TITLE = "Mục mới"


@dataclass
class Location:
    """Where a part sits: its parent (None at top level) and the sibling list."""

    parent: Part | None
    siblings: list[Part]
    index: int
    depth: int  # 1 for a top-level section

    @property
    def part(self) -> Part:
        return self.siblings[self.index]


def locate(draft: Draft, part_id: str) -> Location | None:
    def visit(parent: Part | None, parts: list[Part], depth: int) -> Location | None:
        for index, part in enumerate(parts):
            if part.id == part_id:
                return Location(parent, parts, index, depth)
            found = visit(part, part.children, depth + 1)
            if found:
                return found
        return None

    return visit(None, draft.sections, 1)


def height(part: Part) -> int:
    """Levels in the subtree rooted at `part` (1 for a leaf)."""
    return 1 + max((height(c) for c in part.children), default=0)


def step_of(draft: Draft, part_id: str) -> str:
    for section in draft.sections:
        if any(p.id == part_id for p in section.walk()):
            return section.step
    return ""


def sections_of_step(draft: Draft, step: str) -> list[Part]:
    return [s for s in draft.sections if s.step == step]


def _neighbour(loc: Location, step: str, direction: int) -> int | None:
    """Index of the previous/next sibling that belongs to the same step."""
    index = loc.index + direction
    while 0 <= index < len(loc.siblings):
        if loc.parent is not None or loc.siblings[index].step == step:
            return index
        index += direction
    return None


def add_child(draft: Draft, part_id: str, title: str = NEW_PART_TITLE) -> Part | None:
    loc = locate(draft, part_id)
    if loc is None or loc.depth >= MAX_DEPTH:
        return None
    child = Part(title=title)
    loc.part.children.append(child)
    return child


def add_sibling(draft: Draft, part_id: str, title: str = NEW_PART_TITLE) -> Part | None:
    loc = locate(draft, part_id)
    if loc is None:
        return None
    sibling = Part(title=title, step=loc.part.step if loc.parent is None else "")
    loc.siblings.insert(loc.index + 1, sibling)
    return sibling


def add_section(draft: Draft, step: str, title: str = NEW_PART_TITLE) -> Part:
    """A new top-level section at the end of the step's sections."""
    part = Part(title=title, step=step)
    indexes = [n for n, s in enumerate(draft.sections) if s.step == step]
    draft.sections.insert(indexes[-1] + 1 if indexes else len(draft.sections), part)
    return part


def delete(draft: Draft, part_id: str) -> Part | None:
    loc = locate(draft, part_id)
    if loc is None:
        return None
    return loc.siblings.pop(loc.index)


def can_move(draft: Draft, part_id: str, direction: int) -> bool:
    loc = locate(draft, part_id)
    return loc is not None and _neighbour(loc, loc.part.step, direction) is not None


def move(draft: Draft, part_id: str, direction: int) -> bool:
    """Swap with the previous (-1) or next (+1) sibling of the same step."""
    loc = locate(draft, part_id)
    if loc is None:
        return False
    other = _neighbour(loc, loc.part.step, direction)
    if other is None:
        return False
    siblings = loc.siblings
    siblings[loc.index], siblings[other] = siblings[other], siblings[loc.index]
    return True


def can_demote(draft: Draft, part_id: str) -> bool:
    loc = locate(draft, part_id)
    if loc is None:
        return False
    previous = _neighbour(loc, loc.part.step, -1)
    return previous is not None and loc.depth + height(loc.part) <= MAX_DEPTH


def demote(draft: Draft, part_id: str) -> bool:
    """Make the part the last child of its previous sibling."""
    if not can_demote(draft, part_id):
        return False
    loc = locate(draft, part_id)
    assert loc is not None
    previous = _neighbour(loc, loc.part.step, -1)
    assert previous is not None
    new_parent = loc.siblings[previous]
    part = loc.siblings.pop(loc.index)
    part.step = ""
    new_parent.children.append(part)
    return True


def can_promote(draft: Draft, part_id: str) -> bool:
    loc = locate(draft, part_id)
    return loc is not None and loc.parent is not None


def promote(draft: Draft, part_id: str) -> bool:
    """Move the part up one level, right after its former parent."""
    loc = locate(draft, part_id)
    if loc is None or loc.parent is None:
        return False
    parent_loc = locate(draft, loc.parent.id)
    assert parent_loc is not None
    part = loc.siblings.pop(loc.index)
    if parent_loc.parent is None:
        part.step = parent_loc.part.step
    parent_loc.siblings.insert(parent_loc.index + 1, part)
    return True
