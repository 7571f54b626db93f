"""A part's blocks as the plain text the user edits, and back.

One line is one block: a line starting with "-" is a list item, "+" a sub-item,
anything else a paragraph; blank lines only separate. Figure and table blocks are not
part of the text: they keep their position, counted in text blocks before them (the
page shows them beside the text; a table opens in the table editor).
"""

from __future__ import annotations

import re

from qcdc_desktop.model import Block

_ITEM = re.compile(r"^\s*[-–•]\s*")
_SUBITEM = re.compile(r"^\s*\+\s*")
# Blocks edited elsewhere than in the text (figure boxes, the table editor).
KEPT_ASIDE = ("figures", "table")


def blocks_to_text(blocks: list[Block]) -> str:
    lines: list[str] = []
    for block in blocks:
        if block.kind in KEPT_ASIDE:
            continue
        for line in block.text.split("\n"):
            line = line.strip()
            if not line:
                continue
            if block.kind == "item" and not _ITEM.match(line):
                line = f"- {line}"
            elif block.kind == "subitem" and not _SUBITEM.match(line):
                line = f"+ {line}"
            lines.append(line)
    return "\n".join(lines)


def classify(line: str) -> tuple[str, str]:
    """(kind, text without its list mark) of one typed line."""
    first = line.lstrip()[:1]
    if first == "+":
        return "subitem", _SUBITEM.sub("", line, count=1).strip()
    if first in ("-", "–", "•"):
        return "item", _ITEM.sub("", line, count=1).strip()
    return "para", line.strip()


def line_to_block(line: str) -> Block:
    kind, text = classify(line)
    return Block(kind=kind, text=text)


def _printed(block: Block) -> str | None:
    """The line `blocks_to_text` shows for a one-line block, if reading it back gives
    the same block; None when the block needs the slow path."""
    text = block.text
    if "\n" in text or text != text.strip():
        return None
    if block.kind == "item":
        return f"- {text}" if text else None
    if block.kind == "subitem":
        return f"+ {text}" if text else None
    if block.kind == "para" and text[:1] not in ("-", "–", "•", "+", ""):
        return text
    return None


def figure_positions(blocks: list[Block]) -> list[tuple[int, Block]]:
    """Each figure or table block with the number of text blocks printed before it."""
    out: list[tuple[int, Block]] = []
    before = 0
    for block in blocks:
        if block.kind in KEPT_ASIDE:
            out.append((before, block))
        else:
            before += 1
    return out


def text_to_blocks(text: str, old_blocks: list[Block] | None = None) -> list[Block]:
    """Parse the edited text; figure and table blocks of `old_blocks` stay where they were.

    Unchanged blocks are reused, so data kept in their `extra` survives an edit.
    """
    old_blocks = old_blocks or []
    old_text = [b for b in old_blocks if b.kind not in KEPT_ASIDE]
    new_text: list[Block] = []
    for n, raw in enumerate(line for line in text.split("\n") if line.strip()):
        # Fast path for the unchanged lines (all but one while typing): a string
        # comparison, no new objects, so a long section costs the garbage collector nothing.
        if n < len(old_text) and raw.strip() == _printed(old_text[n]):
            new_text.append(old_text[n])
            continue
        kind, body = classify(raw)
        new_text.append(Block(kind=kind, text=body))
    out = list(new_text)
    # Insert from the last so earlier insertions do not shift later positions.
    for before, block in reversed(figure_positions(old_blocks)):
        out.insert(min(before, len(new_text)), block)
    return out
