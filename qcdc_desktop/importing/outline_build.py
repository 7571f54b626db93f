"""Body paragraphs -> the draft's outline of parts, and parts -> the type's outline keys.

Levels come from the order in which numbering styles nest in this document, not
from a fixed scheme: "I." over "1." over "a)" in a report, "1." over "2.1" over
"a)" in a plan, whichever a given office uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from qcdc_desktop.doctypes import DocType, OutlineEntry
from qcdc_desktop.importing.docx_reader import SourcePara
from qcdc_desktop.importing.heading_detect import Heading, classify
from qcdc_desktop.importing.title_parse import fold
from qcdc_desktop.model.draft import Block, Part

_ITEM = re.compile(r"^[-–—•●▪◦]\s*")
_SUBITEM = re.compile(r"^\+\s*")
MATCH_THRESHOLD = 0.6


@dataclass
class Outline:
    before_first: list[str] = field(default_factory=list)  # text before any heading
    sections: list[Part] = field(default_factory=list)
    heading_count: int = 0


def block_for(text: str) -> Block:
    """A body paragraph: "- x" is an item, "+ x" a sub-item, anything else a paragraph."""
    if _SUBITEM.match(text) and len(text) > 2:
        return Block(kind="subitem", text=_SUBITEM.sub("", text, count=1))
    if _ITEM.match(text) and len(text) > 2 and not text.startswith("--"):
        return Block(kind="item", text=_ITEM.sub("", text, count=1))
    return Block(kind="para", text=text)


def _part(heading: Heading) -> Part:
    part = Part(title=heading.title, run_in=heading.run_in, numbered=heading.numbered)
    if heading.rest:
        part.blocks.append(Block(kind="para", text=heading.rest))
    return part


def build_outline(paragraphs: list[SourcePara]) -> Outline:
    out = Outline()
    stack: list[tuple[str, Part]] = []
    for para in paragraphs:
        if not para.text:
            continue
        heading = classify(para)
        if heading is None:
            if stack:
                stack[-1][1].blocks.append(block_for(para.text))
            else:
                out.before_first.append(para.text)
            continue
        out.heading_count += 1
        key = heading.style_key
        depth = next((i for i, (k, _) in enumerate(stack) if k == key), len(stack))
        del stack[depth:]
        part = _part(heading)
        if stack:
            stack[-1][1].children.append(part)
        else:
            out.sections.append(part)
        stack.append((key, part))
    return out


# --- linking parts to the document type's outline ----------------------------------


def similarity(a: str, b: str) -> float:
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return 0.0
    ratio = SequenceMatcher(None, fa, fb).ratio()
    wa, wb = set(fa.split()), set(fb.split())
    jaccard = len(wa & wb) / len(wa | wb)
    return max(ratio, jaccard)


def sentence_case(title: str) -> str:
    """ "ĐÁNH GIÁ CHUNG" -> "Đánh giá chung" (titles printed in capitals)."""
    lowered = title.lower()
    return lowered[:1].upper() + lowered[1:]


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _link(
    parts: list[Part], entries: list[OutlineEntry], used: set[str], positional: bool = True
) -> None:
    for index, part in enumerate(parts):
        best: tuple[float, OutlineEntry] | None = None
        untitled = not part.title.strip()
        if positional and untitled and index < len(entries) and entries[index].key not in used:
            # A part with a number and no title ("2. Thực hiện …") takes the entry in
            # the same position.
            best = (1.0, entries[index])
        for entry in [] if best is not None else entries:
            if entry.key in used:
                continue
            score = similarity(part.title, entry.title)
            if score >= MATCH_THRESHOLD and (best is None or score > best[0]):
                best = (score, entry)
        children_pool: list[OutlineEntry]
        matched = best is not None
        if best is not None:
            entry = best[1]
            used.add(entry.key)
            part.key = entry.key
            if _is_upper(part.title) and fold(part.title) == fold(entry.title):
                part.title = entry.title
            children_pool = list(entry.children)
        else:
            children_pool = [c for e in entries for c in e.children]
        if _is_upper(part.title):
            part.title = sentence_case(part.title)
        _link(part.children, children_pool, used, matched)


def link_to_type(sections: list[Part], doc_type: DocType) -> int:
    """Set `key` (and `step` on sections) from the type's outline; returns parts linked."""
    _link(sections, list(doc_type.outline), set())
    step = doc_type.steps[0].id if doc_type.steps else ""
    for section in sections:
        entry = doc_type.entry(section.key) if section.key else None
        if entry is not None and entry.step:
            step = entry.step
        section.step = step
    return sum(1 for s in sections for p in s.walk() if p.key)
