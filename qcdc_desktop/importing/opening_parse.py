"""The opening sentence ("Thực hiện Kế hoạch số 26-KH/BCĐ ngày 31/01/2024 của ... như sau:").

The cited documents become structured BasisDocuments, and the sentence becomes the
draft's opening template with {basis}, {agency} and {period} put back — but only
where the draft renders back to exactly the text that was read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qcdc_desktop.model.draft import BasisDocument
from qcdc_desktop.render.document import basis_phrase, join_vietnamese

KINDS = (
    "Kế hoạch",
    "Công văn",
    "Hướng dẫn",
    "Nghị định",
    "Nghị quyết",
    "Quyết định",
    "Chỉ thị",
    "Kết luận",
    "Thông tư",
    "Thông báo",
    "Chương trình",
    "Quy định",
    "Luật",
    "Văn bản",
    "Báo cáo",
    "Đề án",
)
_KIND = "|".join(sorted(KINDS, key=len, reverse=True))
_START = re.compile(rf"(?:^|(?<=; )|(?<=, )|(?<= và ))(?:{_KIND})\s+số\s", re.IGNORECASE)
_DOC = re.compile(
    rf"^(?P<kind>(?:{_KIND}))\s+số\s+(?P<number>\S+)"
    r"(?:\s+ngày\s+(?P<date>\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?"
    r"(?:\s+của\s+(?P<tail>.+))?$",
    re.IGNORECASE,
)
# Where a document's own title (trích yếu) begins after the issuer's name.
_SUBJECT = re.compile(
    r"\s(?=(?:về |V/v |Về |Thực hiện |Triển khai |Tổ chức thực hiện |Ban hành |Quy định |"
    r"Hướng dẫn thực hiện ))"
)
_INTRO = re.compile(r"^(Thực hiện|Căn cứ|Triển khai)\s+", re.IGNORECASE)


@dataclass
class OpeningInfo:
    opening: str  # template with {basis}/{agency}/{period} where they fit
    basis: list[BasisDocument] = field(default_factory=list)
    structured: bool = False  # the basis was split into documents


def parse_basis_document(text: str) -> BasisDocument:
    """One cited document; what cannot be split stays whole in `subject`."""
    text = text.strip()
    m = _DOC.match(text)
    if m:
        issuer, subject = (m.group("tail") or "").strip(), ""
        sm = _SUBJECT.search(issuer)
        if sm and sm.start() > 0:
            issuer, subject = issuer[: sm.start()].strip(), issuer[sm.end() :].strip()
        doc = BasisDocument(
            kind=m.group("kind"),
            number=m.group("number").rstrip(",;"),
            date=m.group("date") or "",
            issuer=issuer,
            subject=subject,
        )
        if basis_phrase(doc) == text:
            return doc
    return BasisDocument(subject=text)


def split_basis(text: str) -> list[BasisDocument]:
    starts = [m.start() for m in _START.finditer(text)]
    if not starts or starts[0] != 0:
        return [BasisDocument(subject=text.strip())] if text.strip() else []
    pieces = []
    for a, b in zip(starts, [*starts[1:], len(text)], strict=True):
        piece = text[a:b].rstrip()
        for sep in (";", ",", " và"):
            if b != len(text) and piece.endswith(sep):
                piece = piece[: -len(sep)].rstrip()
                break
        pieces.append(piece)
    docs = [parse_basis_document(p) for p in pieces]
    if join_vietnamese([basis_phrase(d) for d in docs]) == text.strip():
        return docs
    return [BasisDocument(subject=text.strip())]


def _basis_span(sentence: str, agency: str) -> tuple[int, int] | None:
    """Start and end of the cited documents in the sentence."""
    intro = _INTRO.match(sentence)
    if not intro:
        return None
    start = intro.end()
    candidates = []
    if agency:
        for sep in (", ", ". ", "; "):
            i = sentence.find(sep + agency, start)
            if i > start:
                candidates.append(i)
    if not candidates:
        i = sentence.find(", ", start)
        if i < 0:
            return None
        # Without the agency's name the end is uncertain: accept it only if what
        # precedes splits into documents.
        docs = split_basis(sentence[start:i])
        if not docs or not docs[0].kind:
            return None
        candidates.append(i)
    return start, min(candidates)


def parse_opening(sentence: str, agency: str, period_text: str) -> OpeningInfo:
    sentence = sentence.strip()
    span = _basis_span(sentence, agency)
    if span is None:
        return OpeningInfo(opening=sentence)
    start, end = span
    basis_text = sentence[start:end]
    docs = split_basis(basis_text)
    template = sentence[:start] + "{basis}" + sentence[end:]
    if agency:
        template = template.replace(agency, "{agency}")
    if period_text:
        template = template.replace(f" {period_text} ", " {period} ")
    return OpeningInfo(opening=template, basis=docs, structured=any(d.kind for d in docs))
