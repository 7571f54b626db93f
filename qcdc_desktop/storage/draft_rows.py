"""The columns derived from a draft: list fields, content hash and the search text.

They are caches of the JSON, recomputed on every write, so listing and searching
never have to parse a draft.
"""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
from collections import OrderedDict
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


_COMBINING_MARKS = re.compile("[\u0300-\u036f]+")


def strip_marks(folded: str) -> str:
    """'dân chủ' -> 'dan chu', for people who type without diacritics.

    Marks are dropped after decomposition; any other non-ASCII character (a dash, an
    emoji, another script) becomes "?", which separates words as it did in the text.
    Other scripts stay searchable through the folded column.
    """
    decomposed = unicodedata.normalize("NFD", folded.replace("đ", "d"))
    return _COMBINING_MARKS.sub("", decomposed).encode("ascii", "replace").decode()


# The folded forms of each recently saved draft's pieces of text, per draft id: an
# autosave usually changes one paragraph of hundreds, and a 1 MB draft takes tens of
# milliseconds to fold. Each entry holds exactly the pieces its draft has now.
_KEEP_DRAFTS = 8
_folded_pieces: OrderedDict[str, dict[str, tuple[str, str]]] = OrderedDict()
_folded_lock = threading.Lock()


def _fold_pieces(draft_id: str, pieces: list[str]) -> list[tuple[str, str]]:
    with _folded_lock:
        previous = _folded_pieces.pop(draft_id, {})
    current: dict[str, tuple[str, str]] = {}
    result = []
    for piece in pieces:
        pair = current.get(piece) or previous.get(piece)
        if pair is None:
            folded = fold_case(piece)
            pair = (strip_marks(folded), folded)
        current[piece] = pair
        result.append(pair)
    with _folded_lock:
        _folded_pieces[draft_id] = current
        while len(_folded_pieces) > _KEEP_DRAFTS:
            _folded_pieces.popitem(last=False)
    return result


def search_columns(draft: Draft) -> tuple[str, str]:
    """Everything a user may search for, folded twice: (without, with diacritics).

    Both hold the draft's text itself, one piece per line; SQLite's full-text index
    (drafts_fts, kept up to date by triggers) splits it into words. A query word typed
    without diacritics is looked up in the first, so "dan chu" finds "dân chủ"; a word
    with diacritics in the second, where it matches exactly ("dần" does not find "dân").
    """
    pieces = [draft.summary, draft.number, draft.opening, draft.closing, draft.report_to]
    pieces += [draft.agency.issuing_body, draft.agency.parent_body, draft.signer.name]
    pieces += draft.addressees
    for doc in draft.basis:
        pieces += [doc.kind, doc.number, doc.issuer, doc.subject]
    for part in draft.all_parts():
        pieces.append(part.title)
        pieces.extend(block.text for block in part.blocks)
    pairs = _fold_pieces(draft.id, [p for p in pieces if p])
    return "\n".join(plain for plain, _ in pairs), "\n".join(folded for _, folded in pairs)


def _match_phrase(word: str) -> str | None:
    """One query word as an FTS5 prefix phrase ("dân"*), or None when it holds no
    letter or digit (punctuation, emoji): the index keeps only letters and digits."""
    if not any(ch.isalnum() for ch in word):
        return None
    return '"' + word.replace('"', '""') + '"*'


def search_match(query: str) -> str | None:
    """The FTS5 MATCH expression for a search box's text, or None to match everything.

    Every word must begin a word of the draft: typed without diacritics it is looked
    up in search_plain, with them in search_folded.
    """
    terms = []
    for word in fold_case(query).split():
        phrase = _match_phrase(word)
        if phrase is not None:
            column = "search_plain" if word.isascii() else "search_folded"
            terms.append(f"{column} : {phrase}")
    return " AND ".join(terms) or None


def title_key(title: str) -> str:
    """The title's sort key: case and diacritics folded, so "Đề án" sorts among the d's."""
    folded = fold_case(title)
    return strip_marks(folded) + "\x00" + folded


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
        "title_key": title_key(draft.summary),
    }
