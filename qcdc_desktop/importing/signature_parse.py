"""After the body: "Nơi nhận:" with its lines, and the signature block.

Works on two columns of lines (the usual borderless table) or on one run of
trailing lines where recipients and the signature follow each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qcdc_desktop.model.draft import AUTHORITIES, Signer

_RECIPIENTS = re.compile(r"^\s*N[ơo]i\s+nh[ậa]n\s*(?::\s*)?(?P<rest>.*)$", re.IGNORECASE)
_DASH = re.compile(r"^\s*[-–—•+]\s*")
_AUTHORITY = re.compile(
    r"^(?P<auth>" + "|".join(re.escape(a) for a in AUTHORITIES if a) + r")\s*(?P<rest>.*)$"
)
# Lines printed in the signature space that are not the signer's name.
_STAMP = re.compile(r"^\(?\s*(đã ký|ký|ký tên|đóng dấu|ký, ghi rõ họ tên)[^)]*\)?$", re.I)


@dataclass
class SignatureInfo:
    recipients: list[str] = field(default_factory=list)
    signer: Signer = field(default_factory=Signer)
    found_recipients: bool = False
    found_signer: bool = False


def is_recipients_heading(text: str) -> bool:
    return bool(_RECIPIENTS.match(text))


def recipient_text(line: str) -> str:
    """ "- Sở Nội vụ;" -> "Sở Nội vụ"; "- Lưu: VT, VP." -> "Lưu: VT, VP"."""
    text = _DASH.sub("", line).strip()
    while text.endswith((";", ".", ",")) and not text.endswith("..."):
        text = text[:-1].rstrip()
    return text


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def parse_signer(lines: list[str]) -> Signer | None:
    """["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Nguyễn Văn A"] -> Signer."""
    lines = [line.strip() for line in lines if line.strip() and not _STAMP.match(line.strip())]
    titles = [line for line in lines if _is_upper(line)]
    names = [line for line in lines if not _is_upper(line)]
    if not titles and not names:
        return None
    signer = Signer()
    if titles:
        m = _AUTHORITY.match(titles[0])
        if m:
            signer.authority = m.group("auth")
            signer.head_title = m.group("rest").strip()
            signer.signer_title = " ".join(titles[1:2])
        else:
            signer.head_title = titles[0]
    if names:
        signer.name = names[-1]
    elif len(titles) > (2 if signer.authority else 1):
        # A name typed in capitals comes after the title lines.
        signer.name = titles[-1].title()
    return signer


def parse_signature_columns(left: list[str], right: list[str]) -> SignatureInfo:
    """The two-column block: recipients on the left, the signature on the right."""
    info = SignatureInfo()
    seen_heading = False
    for line in left:
        m = _RECIPIENTS.match(line)
        if m:
            seen_heading = True
            info.found_recipients = True
            line = m.group("rest")
        if seen_heading and recipient_text(line):
            info.recipients.append(recipient_text(line))
    signer = parse_signer(right)
    if signer:
        info.signer, info.found_signer = signer, True
    return info


def parse_trailing_lines(lines: list[str]) -> SignatureInfo:
    """One column of lines: "Nơi nhận:", "- …;" lines, then the signature lines."""
    left: list[str] = []
    right: list[str] = []
    in_recipients = False
    for line in lines:
        text = line.strip()
        if _RECIPIENTS.match(text):
            in_recipients = True
            left.append(text)
        elif in_recipients and _DASH.match(text):
            left.append(text)
        elif text:
            right.append(text)
    return parse_signature_columns(left, right)
