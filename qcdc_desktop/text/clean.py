"""Clean text typed or pasted by the user before it enters a draft or a document.

Pastes from Word, PDF viewers and web pages carry control characters, manual line
breaks, non-breaking and zero-width spaces and decomposed accents. Some of these are
illegal in XML and would corrupt the exported .docx; the rest make equal text compare
unequal. Smart quotes are kept: they are correct Vietnamese typography.
"""

from __future__ import annotations

import re
import unicodedata

# Not allowed by XML 1.0 (C0 controls except tab/LF/CR, surrogates, U+FFFE/U+FFFF),
# plus DEL and the C1 controls, which are legal XML but only ever appear as debris from
# a wrong decoding and make Word show boxes.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

# Line separators other than LF: CR/CRLF, Word's manual line break (VT), form feed
# (page break), NEL and the Unicode line/paragraph separators.
_LINE_BREAK = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")

# Tabs and the space characters a paste can carry (no-break, narrow no-break,
# typographic and ideographic spaces) all become one ordinary space.
_SPACE = re.compile("[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")

# Zero-width space and BOM/zero-width no-break space. ZWJ/ZWNJ are kept because emoji
# sequences need them.
_ZERO_WIDTH = re.compile("[\u200b\ufeff]")

_BLANK_LINES = re.compile("\n{3,}")


def xml_safe(s: str) -> str:
    """NFC and without characters XML cannot carry; used on everything the exporter writes."""
    return unicodedata.normalize("NFC", _XML_ILLEGAL.sub("", s))


def is_nfc(s: str) -> bool:
    return unicodedata.is_normalized("NFC", s)


def clean_text(s: str, *, keep_newlines: bool = False) -> str:
    """Normalise pasted text: NFC, no control or zero-width characters, single spaces.

    With keep_newlines every line break becomes "\\n", lines are trimmed, runs of blank
    lines shrink to one and the text has no leading/trailing blank lines; without it
    the result is one line.
    """
    s = _LINE_BREAK.sub("\n", s)
    s = _XML_ILLEGAL.sub("", s)
    s = _ZERO_WIDTH.sub("", s)
    # Normalise before touching spaces so a removed character cannot leave a
    # combining mark next to a new base letter in a later pass (keeps this idempotent).
    s = unicodedata.normalize("NFC", s)
    if not keep_newlines:
        s = s.replace("\n", " ")
    lines = [_SPACE.sub(" ", line).strip(" ") for line in s.split("\n")]
    s = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")
    return unicodedata.normalize("NFC", s)


def split_paragraphs(s: str) -> list[str]:
    """Split a multi-paragraph paste into cleaned, non-empty paragraphs (one per line)."""
    return [line for line in clean_text(s, keep_newlines=True).split("\n") if line]
