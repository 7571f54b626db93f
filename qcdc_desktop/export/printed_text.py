"""The "printed text" of a Word document body, and its hash.

Both the exporter (when it embeds the draft) and the importer (when it checks whether
the document was edited after export) compute it from the same thing: the body of
word/document.xml. It is the NFC text of every paragraph in document order, tables
included (each cell's paragraphs, row by row), one line per non-empty paragraph,
each line stripped. Run boundaries, proofing marks, bookmarks and formatting do not
count, so a Word or LibreOffice re-save that changes nothing keeps the same hash;
any change of wording does not.
"""

from __future__ import annotations

import hashlib
import unicodedata
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HASH_METHOD = "sha256-nfc-body-paragraphs-1"

_TEXT_TAGS = {f"{W}t": None, f"{W}tab": "\t", f"{W}ptab": "\t", f"{W}br": "\n", f"{W}cr": "\n"}


def _paragraph_text(p: Any) -> str:
    out: list[str] = []
    for el in p.iter(f"{W}t", f"{W}tab", f"{W}ptab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen"):
        # Deleted text (tracked changes) and the text of nested paragraphs are not this
        # paragraph's printed text; nested ones are read on their own.
        if _inside_deletion(el, p) or _nearest_paragraph(el) is not p:
            continue
        if el.tag == f"{W}t":
            out.append(el.text or "")
        elif el.tag == f"{W}noBreakHyphen":
            out.append("-")
        else:
            out.append(_TEXT_TAGS[el.tag] or "")
    return unicodedata.normalize("NFC", "".join(out)).strip()


def _nearest_paragraph(el: Any) -> Any:
    node = el.getparent()
    while node is not None and node.tag != f"{W}p":
        node = node.getparent()
    return node


def _inside_deletion(el: Any, stop: Any) -> bool:
    node = el.getparent()
    while node is not None and node is not stop:
        if node.tag in (f"{W}del", f"{W}moveFrom"):
            return True
        node = node.getparent()
    return False


def printed_lines(body: Any) -> list[str]:
    """The non-empty paragraph texts of a w:body element, in document order."""
    lines = []
    for p in body.iter(f"{W}p"):
        text = _paragraph_text(p)
        if text:
            lines.append(text)
    return lines


def printed_text(body: Any) -> str:
    return "\n".join(printed_lines(body))


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
