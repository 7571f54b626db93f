"""What a paste into a text field becomes: cleaned text, and legacy encodings to offer converting.

The clipboard is the one way text reaches a draft without going through the importers,
so it gets the same cleaning. A paste into the middle of a line keeps one space or line
break at each edge where it had whitespace, so that words and lines do not run together.
"""

from __future__ import annotations

from dataclasses import dataclass

from qcdc_desktop.text.clean import clean_text
from qcdc_desktop.text.legacy import convert_legacy, detect_legacy

ENCODING_NAMES = {
    "tcvn3": "TCVN3 (phông .VnTime)",
    "vni": "VNI (phông VNI-Times)",
}
CONVERT_TEXT = "Chuyển sang Unicode"
KEEP_TEXT = "Giữ nguyên"
QUESTION_TITLE = "Dán văn bản"

# Detection stops after a few thousand words anyway; scanning only the head of a long
# paste gives the same answer without tokenising a whole book.
_DETECT_CHARS = 200_000

_LINE_BREAKS = frozenset("\r\n\x0b\x0c\x85\u2028\u2029")


@dataclass(frozen=True)
class PreparedPaste:
    raw: str
    multiline: bool
    text: str  # cleaned, not converted
    legacy: str | None  # "tcvn3" or "vni" when the paste looks legacy-encoded

    def converted(self) -> str:
        """The cleaned text after converting from the detected encoding."""
        if self.legacy is None:
            return self.text
        return _clean(convert_legacy(self.raw, self.legacy), self.raw, self.multiline)


def legacy_question(encoding: str) -> str:
    name = ENCODING_NAMES.get(encoding, encoding)
    return f"Văn bản vừa dán có vẻ được gõ bằng bảng mã {name}. Chuyển sang Unicode?"


def _edge(whitespace: str, multiline: bool) -> str:
    if not whitespace:
        return ""
    if multiline and any(c in _LINE_BREAKS for c in whitespace):
        return "\n"
    return " "


def _clean(text: str, raw: str, multiline: bool) -> str:
    body = clean_text(text, keep_newlines=multiline)
    if not body:
        return ""
    lead = raw[: len(raw) - len(raw.lstrip())]
    trail = raw[len(raw.rstrip()) :]
    return _edge(lead, multiline) + body + _edge(trail, multiline)


def prepare_paste(raw: str, *, multiline: bool = True) -> PreparedPaste:
    """Clean `raw` for a multi-line editor (paragraphs kept) or a one-line field."""
    legacy = None if raw.isascii() else detect_legacy(raw[:_DETECT_CHARS])
    return PreparedPaste(raw, multiline, _clean(raw, raw, multiline), legacy)
