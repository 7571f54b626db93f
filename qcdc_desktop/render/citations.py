"""How a cited document reads in running text (resources/citations.toml)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from qcdc_desktop.model.draft import BasisDocument
from qcdc_desktop.resources import resource_path

_FIELD = re.compile(r"\{(\w+)\}")
_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")
DEFAULT_PIECES = ("{kind}", "số {number}", "ngày {date}", "của {issuer}", "{subject}")


@dataclass(frozen=True)
class CitationForms:
    default: tuple[str, ...]
    kinds: dict[str, tuple[str, ...]]

    def pieces(self, kind: str) -> tuple[str, ...]:
        wanted = " ".join(kind.split()).casefold()
        for name, pieces in self.kinds.items():
            if name.casefold() == wanted:
                return pieces
        return self.default


def _pieces(data: object) -> tuple[str, ...]:
    if isinstance(data, dict):
        raw = data.get("pieces")
        if isinstance(raw, list) and all(isinstance(p, str) for p in raw):
            return tuple(raw)
    return DEFAULT_PIECES


def load_citation_forms(path: Path | None = None) -> CitationForms:
    path = path or resource_path("citations.toml")
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError):
        # Citations still read correctly with the built-in form; a broken file never
        # stops rendering.
        return CitationForms(DEFAULT_PIECES, {})
    kinds = data.get("kinds", {})
    return CitationForms(
        default=_pieces(data.get("default")),
        kinds={str(k): _pieces(v) for k, v in kinds.items()} if isinstance(kinds, dict) else {},
    )


@cache
def citation_forms() -> CitationForms:
    return load_citation_forms()


def date_words(text: str) -> str:
    """ "10/11/2022" -> "10 tháng 11 năm 2022"; anything else as typed."""
    m = _DATE.match(text)
    if not m:
        return text.strip()
    day, month, year = m.groups()
    return f"{day} tháng {month} năm {year}"


def _fields(doc: BasisDocument) -> dict[str, str]:
    date = doc.date.strip()
    m = _DATE.match(date)
    return {
        "kind": doc.kind.strip(),
        "number": doc.number.strip(),
        "date": date,
        "date_words": date_words(date) if date else "",
        "year": m.group(3) if m else "",
        "issuer": doc.issuer.strip(),
        "subject": doc.subject.strip(),
    }


def _render(pieces: tuple[str, ...], fields: dict[str, str], *, strict: bool) -> list[str]:
    """The pieces that can be printed; with `strict`, none unless the first one can."""
    out = []
    for index, piece in enumerate(pieces):
        names = _FIELD.findall(piece)
        if names and all(fields.get(n) for n in names):
            out.append(_FIELD.sub(lambda m: fields[m.group(1)], piece))
        elif not names and piece.strip():
            out.append(piece)
        elif strict and index == 0:
            return []
    return out


def cite(doc: BasisDocument, forms: CitationForms | None = None) -> str:
    """ "Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022"; "Kế hoạch số
    26-KH/BCĐ ngày 31/01/2024 của Ban Chỉ đạo … Thực hiện dân chủ ở cơ sở năm 2024"."""
    forms = forms or citation_forms()
    fields = _fields(doc)
    own = forms.pieces(fields["kind"])
    printed = _render(own, fields, strict=own is not forms.default)
    if not printed:
        printed = _render(forms.default, fields, strict=False)
    return " ".join(p for p in printed if p)
