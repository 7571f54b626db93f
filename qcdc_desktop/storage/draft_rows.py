"""The columns derived from a draft: list fields, content hash and the search text.

They are caches of the JSON, recomputed on every write, so listing and searching
never have to parse a draft.
"""

from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache
from typing import Any

from qcdc_desktop.model import Draft, draft_to_json


def draft_json(draft: Draft) -> str:
    """The stored form: the draft's JSON form (see model.json_form), compact."""
    return draft_to_json(draft, indent=None)


def content_hash(json_text: str) -> str:
    return hashlib.sha256(json_text.encode("utf-8", "surrogatepass")).hexdigest()


def fold_case(text: str) -> str:
    """Lower case in NFC, so composed and decomposed input (VNI/Unikey modes) match."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).casefold())


def strip_marks(folded: str) -> str:
    """'dân chủ' -> 'dan chu', for people who type without diacritics.

    Dropping every non-ASCII code point after decomposition is far faster than
    removing combining marks one by one; other scripts and emoji stay searchable
    through the folded half of the search text.
    """
    return unicodedata.normalize("NFD", folded.replace("đ", "d")).encode("ascii", "ignore").decode()


@lru_cache(maxsize=8192)
def _searchable(piece: str) -> tuple[frozenset[str], frozenset[str]]:
    # Cached per paragraph: an autosave usually changes one paragraph of hundreds.
    folded = fold_case(piece)
    return frozenset(folded.split()), frozenset(strip_marks(folded).split())


def search_columns(draft: Draft) -> tuple[str, str]:
    """Everything a user may search for, folded twice: (without, with diacritics).

    A query word typed without diacritics is looked up in the first, so "dan chu"
    finds "dân chủ"; a word with diacritics in the second, where it matches exactly
    ("dần" does not find "dân").

    Each column holds every distinct whitespace-separated word once, one per line. A
    query word has no whitespace, so it occurs in the full text exactly when it occurs
    inside one of its words: the search finds the same drafts while scanning a few
    kilobytes per draft instead of its whole text.
    """
    pieces = [draft.summary, draft.number, draft.opening, draft.closing, draft.report_to]
    pieces += [draft.agency.issuing_body, draft.agency.parent_body, draft.signer.name]
    pieces += draft.addressees
    for doc in draft.basis:
        pieces += [doc.kind, doc.number, doc.issuer, doc.subject]
    for part in draft.all_parts():
        pieces.append(part.title)
        pieces.extend(block.text for block in part.blocks)
    pairs = [_searchable(p) for p in pieces if p]
    folded_words = frozenset().union(*(folded for folded, _ in pairs))
    plain_words = frozenset().union(*(plain for _, plain in pairs))
    return "\n".join(sorted(plain_words)), "\n".join(sorted(folded_words))


def search_terms(query: str) -> list[tuple[str, str]]:
    """(column, word) pairs for a query: every word must occur in its column."""
    return [
        ("search_plain" if word.isascii() else "search_folded", word)
        for word in fold_case(query).split()
    ]


def draft_columns(draft: Draft, json_text: str, hash_: str | None = None) -> dict[str, Any]:
    """The derived columns of the drafts table for one draft."""
    plain, folded = search_columns(draft)
    return {
        "doc_type": draft.doc_type,
        "period_kind": draft.period.kind,
        "period_year": draft.period.year,
        "title": draft.summary,
        "content_hash": hash_ or content_hash(json_text),
        "search_plain": plain,
        "search_folded": folded,
    }
