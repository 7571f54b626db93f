"""Every text read from an old document passes through here before it reaches a draft.

The shared cleaner (qcdc_desktop.text.clean) does the real work.
"""

from __future__ import annotations

import re
import unicodedata

from qcdc_desktop.text.clean import clean_text

# Anything the cleaner would change: controls, breaks, tabs, special or doubled spaces.
_ATTENTION = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f"
    "\u3000\ufeff\ud800-\udfff\ufffe\uffff]|  "
)


def clean(text: str) -> str:
    """One paragraph's text, NFC, with Word's breaks, tabs and controls made plain."""
    if _ATTENTION.search(text) is None and unicodedata.is_normalized("NFC", text):
        return text.strip()  # most paragraphs: nothing to clean
    return clean_text(text).strip()


def detect_encoding(texts: list[str]) -> str | None:
    """ "tcvn3" or "vni" when the document as a whole is in a legacy encoding, else None.

    Deciding once for the whole document keeps short Unicode paragraphs from being
    converted by a guess made on a few letters.
    """
    from qcdc_desktop.text.legacy import detect_legacy

    if _clearly_unicode(texts):
        return None
    return detect_legacy("\n".join(texts))


def _clearly_unicode(texts: list[str]) -> bool:
    """Nearly every paragraph with accents has letters only Unicode text can have.

    TCVN3 and VNI text is made of Latin-1 letters; a paragraph with "ệ" or "ơ" was
    typed in Unicode. When that is true of 19 paragraphs in 20 the document is not
    legacy-encoded and the (slower) word-by-word detection is not needed.
    """
    accented = unicode_only = 0
    for text in texts:
        if text.isascii():
            continue
        accented += 1
        if _UNICODE_ONLY.search(text):
            unicode_only += 1
    return accented >= 10 and unicode_only >= 0.95 * accented


# Letters that never occur in legacy text read from a .VnTime/VNI run.
_UNICODE_ONLY = re.compile("[\u0100-\u024f\u1e00-\u1eff]")


def to_unicode(text: str, encoding: str | None) -> str:
    """Convert one paragraph of a legacy-encoded document.

    Text pasted into an old document later is already Unicode; such a paragraph is
    left alone unless it is itself clearly legacy-encoded.
    """
    if not encoding or not text:
        return text
    from qcdc_desktop.text.legacy import convert_legacy, detect_legacy

    if _UNICODE_ONLY.search(text) and detect_legacy(text) is None:
        return text
    return convert_legacy(text, encoding)


ENCODING_NAMES = {"tcvn3": "TCVN3", "vni": "VNI"}
