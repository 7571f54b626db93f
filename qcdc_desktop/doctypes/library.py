"""The library of frequently cited documents (resources/library/*.toml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from qcdc_desktop.doctypes.types import read_toml
from qcdc_desktop.model.draft import BasisDocument
from qcdc_desktop.resources import resource_path


@dataclass(frozen=True)
class CitedDocument:
    id: str
    kind: str
    number: str
    date: str
    issuer: str
    title: str
    cite: str  # the phrase inserted into text

    def as_basis(self) -> BasisDocument:
        return BasisDocument(
            kind=self.kind,
            number=self.number,
            date=self.date,
            issuer=self.issuer,
            subject=self.title,
        )


def load_library(folder: Path | None = None) -> dict[str, CitedDocument]:
    folder = folder or resource_path("library")
    out: dict[str, CitedDocument] = {}
    for path in sorted(folder.glob("*.toml")):
        data = read_toml(path, "thư viện văn bản")
        for raw in data.get("documents", []):
            doc = CitedDocument(
                id=str(raw["id"]),
                kind=str(raw.get("kind", "")),
                number=str(raw.get("number", "")),
                date=str(raw.get("date", "")),
                issuer=str(raw.get("issuer", "")),
                title=str(raw.get("title", "")),
                cite=str(raw.get("cite", "")),
            )
            out[doc.id] = doc
    return out


@cache
def cited_documents() -> dict[str, CitedDocument]:
    return load_library()
