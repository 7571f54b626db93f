"""Body paragraphs -> the draft's outline of parts, and parts -> the type's outline keys.

Levels come from the order in which numbering styles nest in this document, not
from a fixed scheme: "I." over "1." over "a)" in a report, "1." over "2.1" over
"a)" in a plan, whichever a given office uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from qcdc_desktop.doctypes import DocType, OutlineEntry
from qcdc_desktop.importing.heading_detect import Heading, classify, number_match, run_in_label
from qcdc_desktop.importing.source_document import SourcePara
from qcdc_desktop.importing.table_blocks import to_table
from qcdc_desktop.importing.title_parse import fold
from qcdc_desktop.model.draft import Block, Part
from qcdc_desktop.render.label_order import label_values

_ITEM = re.compile(r"^[-–—•●▪◦]\s*")
_SUBITEM = re.compile(r"^\+\s*")
MATCH_THRESHOLD = 0.6


@dataclass
class Outline:
    before_first: list[str] = field(default_factory=list)  # text before any heading
    leading_tables: list[Block] = field(default_factory=list)  # tables before any heading
    sections: list[Part] = field(default_factory=list)
    heading_count: int = 0
    # part id -> the label the source printed for it ("2.", "b)"), to compare on export
    source_labels: dict[str, tuple[str, str]] = field(default_factory=dict)


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


def _continues(
    para: SourcePara, stack: list[tuple[str, Part, set[int]]]
) -> tuple[Heading, int] | None:
    """A numbered sentence that is the next sibling of an open heading level.

    "2. Thực hiện …" after the heading "1. …" is part 2 whose text starts at once; read
    as a plain paragraph it would print "2." under a part the export numbers "1.".
    """
    found = number_match(para.text)
    if found is None:
        return None
    style, number, after, depth = found
    key = f"{style}:{depth}" if style == "decimal" else style
    values = label_values(style, number)
    for i, (k, _, last) in enumerate(stack):
        if k == key and after and any(v - 1 in last for v in values):
            return Heading(style, number, "", rest=after, depth=depth), i
    return None


def build_outline(paragraphs: list[SourcePara]) -> Outline:
    out = Outline()
    # (style key, part, positions its label may stand for)
    stack: list[tuple[str, Part, set[int]]] = []
    for para in paragraphs:
        if para.table is not None:
            block = Block(kind="table", table=to_table(para.table))
            if stack:
                stack[-1][1].blocks.append(block)
            else:
                out.leading_tables.append(block)
            continue
        if not para.text:
            continue
        heading = classify(para)
        at: int | None = None
        if heading is None:
            continued = _continues(para, stack)
            if continued is not None:
                heading, at = continued
            else:
                heading = run_in_label(para)
                if heading is not None:
                    # An unnumbered run-in part sits under the part it follows.
                    at = next((i for i, (k, _, _) in enumerate(stack) if k == "run_in"), None)
        if heading is None:
            if stack:
                stack[-1][1].blocks.append(block_for(para.text))
            else:
                out.before_first.append(para.text)
            continue
        out.heading_count += 1
        key = heading.style_key
        if at is None:
            at = next((i for i, (k, _, _) in enumerate(stack) if k == key), len(stack))
        del stack[at:]
        part = _part(heading)
        if heading.number:
            out.source_labels[part.id] = (heading.style, heading.number)
        if stack:
            stack[-1][1].children.append(part)
        else:
            out.sections.append(part)
        stack.append((key, part, label_values(heading.style, heading.number)))
    return out


# --- linking parts to the document type's outline ----------------------------------


@lru_cache(maxsize=4096)
def _words(folded: str) -> frozenset[str]:
    return frozenset(folded.split())


@lru_cache(maxsize=512)
def _matcher(b: str) -> SequenceMatcher[str]:
    """One matcher per outline title: its index of `b` is built once, not per part."""
    return SequenceMatcher(None, "", b)


def similarity(a: str, b: str) -> float:
    """How alike two titles are, 0..1. Below MATCH_THRESHOLD the value is a lower bound
    (the exact character ratio is not worked out when it cannot reach the threshold)."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return 0.0
    wa, wb = _words(fa), _words(fb)
    jaccard = len(wa & wb) / len(wa | wb)
    if jaccard >= 1.0:
        return 1.0
    matcher = _matcher(fb)
    matcher.set_seq1(fa)
    if matcher.real_quick_ratio() < MATCH_THRESHOLD or matcher.quick_ratio() < MATCH_THRESHOLD:
        return jaccard
    return max(matcher.ratio(), jaccard)


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
