"""Figure groups in a part, as the drafter arranges them, with no Qt.

A group belongs to a part through its figures block; the block's position among the
part's text blocks decides where the sentence prints (before the text, after it), and
a marker `{{số liệu: <group>}}` inside a paragraph places it there instead (see
render/figure_markers.py). Values stay in `draft.figures` when a group is removed, so
adding it back, here or elsewhere, brings them back.
"""

from __future__ import annotations

import re

from qcdc_desktop.model import Block, Draft, FigureValues, Part
from qcdc_desktop.render.figure_markers import MARKER, marker_for, markers_in

BEFORE = "before"
AFTER = "after"
AT_MARKER = "marker"
BETWEEN = "between"  # somewhere among the paragraphs, as imported or typed


def group_blocks(part: Part, group_id: str) -> list[Block]:
    return [b for b in part.blocks if b.kind == "figures" and b.group == group_id]


def has_marker(part: Part, group_id: str) -> bool:
    return any(
        group_id in markers_in(b.text) for b in part.blocks if b.kind != "figures" and b.text
    )


def placement(part: Part, group_id: str) -> str:
    """Where the group's sentence prints in the part."""
    if has_marker(part, group_id):
        return AT_MARKER
    kinds = [(b.kind == "figures" and b.group == group_id) for b in part.blocks]
    if True not in kinds:
        return ""
    index = kinds.index(True)
    text_before = any(b.kind != "figures" for b in part.blocks[:index])
    text_after = any(b.kind != "figures" for b in part.blocks[index + 1 :])
    if not text_before:
        return BEFORE
    if not text_after:
        return AFTER
    return BETWEEN


def add_group(draft: Draft, part: Part, group_id: str) -> Block:
    existing = group_blocks(part, group_id)
    if existing:
        return existing[0]
    block = Block(kind="figures", group=group_id)
    part.blocks.append(block)
    draft.figures.setdefault(group_id, FigureValues())
    return block


def _drop_markers(part: Part, group_id: str) -> None:
    for block in part.blocks:
        if block.kind != "figures" and "{{" in block.text:
            text = MARKER.sub(lambda m: "" if m.group(1) == group_id else m.group(0), block.text)
            block.text = re.sub(r"[ \t]{2,}", " ", text).strip()


def remove_group(part: Part, group_id: str) -> list[Block]:
    """Take the group out of the part (its blocks and markers); returns the blocks."""
    removed = group_blocks(part, group_id)
    part.blocks = [b for b in part.blocks if b not in removed]
    _drop_markers(part, group_id)
    return removed


def move_group(draft: Draft, source: Part, group_id: str, target_id: str) -> Part | None:
    """Move the group (with its lead-in text) to another part, after that part's text."""
    target = draft.find_part(target_id)
    if target is None or target is source:
        return None
    removed = remove_group(source, group_id)
    if group_blocks(target, group_id):
        return target
    lead = " ".join(b.text.strip() for b in removed if b.text.strip())
    target.blocks.append(Block(kind="figures", group=group_id, text=lead))
    draft.figures.setdefault(group_id, FigureValues())
    return target


def place_group(part: Part, group_id: str, where: str) -> None:
    """Put the sentence before or after the part's text (markers of it are removed)."""
    blocks = group_blocks(part, group_id)
    if not blocks or where not in (BEFORE, AFTER):
        return
    _drop_markers(part, group_id)
    rest = [b for b in part.blocks if b not in blocks]
    part.blocks = [*blocks, *rest] if where == BEFORE else [*rest, *blocks]


def marker_text(group_id: str) -> str:
    """What the figures box inserts at the cursor."""
    return marker_for(group_id)


def target_parts(draft: Draft, source: Part, group_id: str) -> list[Part]:
    """Parts the group can move to: every other part that does not have it yet."""
    return [p for p in draft.all_parts() if p is not source and not group_blocks(p, group_id)]
