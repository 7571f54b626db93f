"""Make any string safe to write into the document XML."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

_shared_xml_safe: Callable[[str], str] | None
try:  # the shared cleaner; the fallback below keeps export working without it
    from qcdc_desktop.text.clean import xml_safe as _shared_xml_safe
except ImportError:  # pragma: no cover - only while the shared module is missing
    _shared_xml_safe = None

# XML 1.0's illegal characters, plus DEL and C1 controls (never wanted in a document).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# python-docx turns "\r" into a line break too; keep one break for a CRLF pair.
_CRLF = re.compile("\r\n?")


def safe(text: str | None) -> str:
    """NFC, without characters XML 1.0 cannot carry; tabs and newlines kept."""
    if not text:
        return ""
    if _shared_xml_safe is not None:
        cleaned = _shared_xml_safe(text)
    else:  # pragma: no cover
        cleaned = unicodedata.normalize("NFC", _XML_ILLEGAL.sub("", text))
    return _CRLF.sub("\n", cleaned)
