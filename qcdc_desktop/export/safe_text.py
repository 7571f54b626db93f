"""Make any string safe to write into the document XML."""

from __future__ import annotations

import re

from qcdc_desktop.text.clean import xml_safe

# XML 1.0's illegal characters, plus DEL and C1 controls (never wanted in a document).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# python-docx turns "\r" into a line break too; keep one break for a CRLF pair.
_CRLF = re.compile("\r\n?")


def safe(text: str | None) -> str:
    """NFC, without characters XML 1.0 cannot carry; tabs and newlines kept."""
    if not text:
        return ""
    return _CRLF.sub("\n", xml_safe(text))
