"""A part's blocks as the plain text the user edits, and back.

One line is one block: a line starting with "-" is a list item, "+" a sub-item,
anything else a paragraph; blank lines only separate. Figure blocks are not part
of the text: they keep their position, counted in text blocks before them.
"""

from __future__ import annotations

import re

from qcdc_desktop.model import Block

_ITEM = re.compile(r"^\s*[-–•]\s*")
_SUBITEM = re.compile(r"^\s*\+\s*")


def blocks_to_text(blocks: list[Block]) -> str:
    lines: list[str] = []
    for block in blocks:
        if block.kind == "figures":
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


def line_to_block(line: str) -> Block:
    if _SUBITEM.match(line):
        return Block(kind="subitem", text=_SUBITEM.sub("", line, count=1).strip())
    if _ITEM.match(line):
        return Block(kind="item", text=_ITEM.sub("", line, count=1).strip())
    return Block(kind="para", text=line.strip())


def figure_positions(blocks: list[Block]) -> list[tuple[int, Block]]:
    """Each figure block with the number of text blocks printed before it."""
    out: list[tuple[int, Block]] = []
    before = 0
    for block in blocks:
        if block.kind == "figures":
            out.append((before, block))
        else:
            before += 1
    return out


def text_to_blocks(text: str, old_blocks: list[Block] | None = None) -> list[Block]:
    """Parse the edited text; figure blocks of `old_blocks` stay where they were.

    Unchanged blocks are reused, so data kept in their `extra` survives an edit.
    """
    old_blocks = old_blocks or []
    old_text = [b for b in old_blocks if b.kind != "figures"]
    new_text: list[Block] = []
    for n, raw in enumerate(line for line in text.split("\n") if line.strip()):
        fresh = line_to_block(raw)
        if n < len(old_text) and (old_text[n].kind, old_text[n].text) == (fresh.kind, fresh.text):
            fresh = old_text[n]
        new_text.append(fresh)
    out = list(new_text)
    # Insert from the last so earlier insertions do not shift later positions.
    for before, block in reversed(figure_positions(old_blocks)):
        out.insert(min(before, len(new_text)), block)
    return out
