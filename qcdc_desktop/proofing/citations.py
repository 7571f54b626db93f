"""Documents cited in the text, checked against the library of cited documents.

"Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ", "Kế hoạch số 26-KH/BCĐ ngày
31/01/2024", "Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022" are parsed into
kind, number, date and issuer. A document the library knows (resources/library/ and the
office's own additions) cited with another date or issuer is flagged with both versions;
one the library does not know is offered for it, its fields filled from the citation; a
document cited twice with different dates is flagged. Once a document has been cited
in full, later short citations ("Nghị định số 04/2015/NĐ-CP") are fine.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from qcdc_desktop.proofing.issues import TextIssue
from qcdc_desktop.proofing.text_dates import WrittenDate, parse_date
from qcdc_desktop.resources import resource_path

_DATE = (
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
    r"|\d{1,2}\s+(?:tháng|năm)\s+\d{1,2}\s+(?:tháng|năm)\s+\d{4}"
)
_NUMBER = r"\d+(?:[/-](?:\d+|[^\W\d_]+(?:[^\W_]*)))*[/-][^\W\d_][^\W_]*(?:-[^\W_]+)*"


@dataclass(frozen=True)
class CitationRules:
    kinds: tuple[str, ...]
    issuer_ends: tuple[str, ...]
    issuer_words: int


@cache
def citation_rules() -> CitationRules:
    with resource_path("proofing", "citations.toml").open("rb") as fh:
        data = tomllib.load(fh)
    kinds = sorted((str(k) for k in data.get("kinds", [])), key=len, reverse=True)
    return CitationRules(
        tuple(kinds),
        tuple(str(x) for x in data.get("issuer_ends", [])),
        int(data.get("issuer_words", 14)),
    )


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    kinds = "|".join(re.escape(k) for k in citation_rules().kinds if k != "Luật")
    numbered = re.compile(
        rf"(?<![^\W\d_])(?P<kind>{kinds})\s+(?:số\s+)?(?P<number>{_NUMBER})"
        rf"(?:\s+ngày\s+(?P<date>{_DATE}))?",
        re.IGNORECASE,
    )
    law = re.compile(
        rf"(?<![^\W\d_])(?P<kind>Luật|Bộ luật)\s+(?P<title>[^;,.()“”\d]{{3,120}}?)"
        rf"\s+ngày\s+(?P<date>{_DATE})"
    )
    return numbered, law


@dataclass(frozen=True)
class Citation:
    start: int
    end: int
    kind: str
    number: str  # "" for a law cited by its name
    title: str  # a law's name
    date_text: str  # as typed, "" for a short citation
    date: WrittenDate | None
    issuer: str
    date_start: int = -1
    date_end: int = -1
    issuer_start: int = -1

    @property
    def key(self) -> str:
        return norm(self.number) if self.number else "luật:" + norm(self.title)

    @property
    def name(self) -> str:
        return f"{self.kind} số {self.number}" if self.number else f"{self.kind} {self.title}"


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _issuer_after(text: str, pos: int) -> tuple[str, int]:
    m = re.match(r"\s+của\s+", text[pos:])
    if m is None:
        return "", -1
    begin = pos + m.end()
    rest = text[begin : begin + 300]
    cut = len(rest)
    rules = citation_rules()
    for stop in rules.issuer_ends:
        i = rest.find(stop)
        if 0 <= i < cut:
            cut = i
    for kind in rules.kinds:  # "… và Kế hoạch số …": the next citation
        i = rest.find(" " + kind + " số ")
        if 0 <= i < cut:
            cut = i
    words = rest[:cut].split()[: rules.issuer_words]
    return " ".join(words), begin


def _citation(text: str, m: re.Match[str], number: str, title: str) -> Citation:
    """The citation `m` found; its date is optional in a numbered one ("Kế hoạch số
    12/KH-UBND"), required in a law's."""
    date_text = m.group("date") or ""
    issuer, issuer_start = _issuer_after(text, m.end())
    return Citation(
        m.start(),
        m.end(),
        m.group("kind"),
        number,
        title,
        date_text,
        parse_date(date_text) if date_text else None,
        issuer,
        m.start("date") if date_text else -1,
        m.end("date") if date_text else -1,
        issuer_start,
    )


def find_citations(text: str) -> list[Citation]:
    numbered, law = _patterns()
    out = [_citation(text, m, m.group("number"), "") for m in numbered.finditer(text)]
    out += [_citation(text, m, "", m.group("title").strip()) for m in law.finditer(text)]
    return sorted(out, key=lambda c: c.start)


@dataclass(frozen=True)
class KnownDocument:
    kind: str
    number: str
    date: str
    issuer: str
    title: str

    @property
    def key(self) -> str:
        if self.number and self.kind not in ("Luật", "Bộ luật"):
            return norm(self.number)
        return "luật:" + norm(self.title)


def library_index(documents: Iterable[KnownDocument]) -> dict[str, KnownDocument]:
    out: dict[str, KnownDocument] = {}
    for doc in documents:
        out.setdefault(doc.key, doc)
        if doc.number:
            out.setdefault(norm(doc.number), doc)
    return out


def known_documents(office_library: Sequence[dict[str, str]] = ()) -> list[KnownDocument]:
    from qcdc_desktop.doctypes.library import cited_documents

    docs = [
        KnownDocument(d.kind, d.number, d.date, d.issuer, d.title)
        for d in cited_documents().values()
    ]
    docs += [
        KnownDocument(
            d.get("kind", ""),
            d.get("number", ""),
            d.get("date", ""),
            d.get("issuer", ""),
            d.get("title", ""),
        )
        for d in office_library
    ]
    return docs


def written_like(model: str, date: WrittenDate) -> str:
    """`date` written the way `model` (a date as typed) is: "09/01/2015" or words."""
    parts = re.findall(r"\d+", model)
    pad_day = len(parts[0]) == 2 if parts else True
    pad_month = len(parts[1]) == 2 if len(parts) > 1 else False
    day = f"{date.day:02d}" if pad_day else str(date.day)
    month = f"{date.month:02d}" if pad_month else str(date.month)
    if "tháng" in model or "năm" in model:
        return f"{day} tháng {month} năm {date.year}"
    sep = next((c for c in model if c in "/.-"), "/")
    return f"{day}{sep}{month}{sep}{date.year}"


def _style(c: Citation) -> str:
    return "words" if "tháng" in c.date_text or "năm" in c.date_text else "numbers"


def _same_issuer(typed: str, known: str) -> bool:
    a, b = norm(typed), norm(known)
    return a == b or a.startswith(b + " ") or b.startswith(a + " ") or b.startswith(a)


def _fields(c: Citation, text: str) -> tuple[tuple[str, str], ...]:
    date = f"{c.date.day}/{c.date.month}/{c.date.year}" if c.date else ""
    after = c.issuer_start + len(c.issuer) if c.issuer else c.end
    subject = re.split(r"[;.(]| và (?=\S+ \S+ số )", text[after : after + 400], maxsplit=1)[0]
    return (
        ("library.kind", c.kind),
        ("library.number", c.number),
        ("library.date", date),
        ("library.issuer", c.issuer),
        ("library.title", c.title or " ".join(subject.split()).strip(" )–-,")),
    )


def citation_issues(
    texts: Sequence[str],
    documents: Iterable[KnownDocument],
    cited_before: Iterable[KnownDocument] = (),
) -> list[list[TextIssue]]:
    """Issues for each of `texts` (in document order), one list per text.

    `cited_before`: documents the draft already cites in full before its texts (the
    opening's cited documents, typed field by field)."""
    library = library_index(documents)
    first_full: dict[str, Citation] = {}
    seen: set[str] = set()
    for doc in cited_before:
        date = parse_date(doc.date)
        if date is not None:
            first_full[doc.key] = Citation(-1, -1, doc.kind, doc.number, "", doc.date, date, "")
            seen.add(doc.key)
    out: list[list[TextIssue]] = []
    found = [find_citations(t) for t in texts]
    full_anywhere = {c.key for cs in found for c in cs if c.date is not None} | set(first_full)
    for text, cites in zip(texts, found, strict=True):
        issues: list[TextIssue] = []
        for c in cites:
            issues.extend(_judge(c, text, library, first_full, seen, full_anywhere))
        out.append(issues)
    return out


def _judge(
    c: Citation,
    text: str,
    library: dict[str, KnownDocument],
    first_full: dict[str, Citation],
    seen: set[str],
    full_anywhere: set[str],
) -> list[TextIssue]:
    known = library.get(c.key)
    first_time = c.key not in seen
    seen.add(c.key)
    if c.date is None:
        dated_later = re.match(r"\s+ngày\b", text[c.end : c.end + 20]) is not None
        if first_time and c.key not in full_anywhere and known is None and not dated_later:
            return [
                TextIssue(
                    "citation.no_date",
                    "info",
                    c.start,
                    c.end,
                    f"{c.name} được trích dẫn mà chưa ghi ngày ban hành ở lần đầu.",
                )
            ]
        return []  # a short citation after the full one, or of a document the library knows
    issues: list[TextIssue] = []
    earlier = first_full.get(c.key)
    if earlier is not None and earlier.date == c.date and _style(earlier) != _style(c):
        fixed = written_like(earlier.date_text, c.date)
        issues.append(
            TextIssue(
                "citation.date_style",
                "info",
                c.date_start,
                c.date_end,
                f"{c.name} ghi ngày “{c.date_text}”, khác cách viết ở lần trích dẫn trước "
                f"(“{earlier.date_text}”); nên viết thống nhất là “{fixed}”.",
                (fixed,),
                (("typed.date", c.date_text), ("earlier.date", earlier.date_text)),
            )
        )
    if known is not None:
        first_full.setdefault(c.key, c)
        library_date = parse_date(known.date)
        if library_date is not None and library_date != c.date:
            fixed = written_like(c.date_text, library_date)
            issues.append(
                TextIssue(
                    "citation.date_mismatch",
                    "warning",
                    c.date_start,
                    c.date_end,
                    f"{c.name} ghi ngày “{c.date_text}”, thư viện văn bản ghi ngày {known.date}.",
                    (fixed,),
                    (("typed.date", c.date_text), ("library.date", known.date)),
                )
            )
        if c.issuer and known.issuer and not _same_issuer(c.issuer, known.issuer):
            end = c.issuer_start + len(c.issuer)
            issues.append(
                TextIssue(
                    "citation.issuer_mismatch",
                    "warning",
                    c.issuer_start,
                    end,
                    f"{c.name} ghi cơ quan ban hành “{c.issuer}”, thư viện văn bản ghi "
                    f"“{known.issuer}”.",
                    (known.issuer,),
                    (("typed.issuer", c.issuer), ("library.issuer", known.issuer)),
                )
            )
        return issues
    if earlier is None:
        first_full[c.key] = c
        issues.append(
            TextIssue(
                "citation.unknown",
                "info",
                c.start,
                c.end,
                f"{c.name} chưa có trong thư viện văn bản; có thể thêm vào thư viện để "
                "kiểm tra các lần trích dẫn sau.",
                (),
                _fields(c, text),
            )
        )
    elif earlier.date is not None and earlier.date != c.date:
        fixed = written_like(c.date_text, earlier.date)
        issues.append(
            TextIssue(
                "citation.inconsistent",
                "warning",
                c.date_start,
                c.date_end,
                f"{c.name} ghi ngày “{c.date_text}”, nhưng lần trích dẫn trước ghi ngày "
                f"“{earlier.date_text}”.",
                (fixed,),
                (("typed.date", c.date_text), ("earlier.date", earlier.date_text)),
            )
        )
    return issues
