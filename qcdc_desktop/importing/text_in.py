"""Every text read from an old document passes through here before it reaches a draft.

The shared cleaner (qcdc_desktop.text.clean) does the real work; the small fallback
keeps import usable on a tree where that module is not present yet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_CONTROL = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200d\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")


def _fallback_clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u000b", "\n")
    text = _CONTROL.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return " ".join(line for line in lines if line)


def _cleaner() -> Callable[[str], str]:
    try:
        from qcdc_desktop.text.clean import clean_text
    except ImportError:
        return _fallback_clean
    return clean_text


def clean(text: str) -> str:
    """One paragraph's text, NFC, with Word's breaks, tabs and controls made plain."""
    return _cleaner()(text).strip()


def detect_encoding(texts: list[str]) -> str | None:
    """ "tcvn3" or "vni" when the document as a whole is in a legacy encoding, else None.

    Deciding once for the whole document keeps short Unicode paragraphs from being
    converted by a guess made on a few letters.
    """
    try:
        from qcdc_desktop.text.legacy import detect_legacy
    except ImportError:
        return None
    return detect_legacy("\n".join(texts))


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
