"""The columns derived from a draft: list fields, content hash and the search text.

They are caches of the JSON, recomputed on every write, so listing and searching
never have to parse a draft.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qcdc_desktop.model import Draft


def draft_json(draft: Draft) -> str:
    """The stored form: the draft's JSON form (see model.json_form), compact."""
    from qcdc_desktop.model import draft_to_json

    return draft_to_json(draft, indent=None)


def content_hash(json_text: str) -> str:
    import hashlib  # at the first save or check: OpenSSL takes milliseconds to load

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


# The words of each recently saved draft's pieces of text, per draft id: an autosave
# usually changes one paragraph of hundreds, and folding a 1 MB draft takes tens of
# milliseconds. Each entry holds exactly the pieces its draft has now, so it grows and
# shrinks with the draft; only the last few drafts saved are kept.
_KEEP_DRAFTS = 8
_Words = tuple[frozenset[str], frozenset[str]]
_words_by_draft: OrderedDict[str, dict[str, _Words]] = OrderedDict()
_words_lock = threading.Lock()


def _piece_words(piece: str) -> _Words:
    folded = fold_case(piece)
    return frozenset(strip_marks(folded).split()), frozenset(folded.split())


def _words_of(draft_id: str, pieces: list[str]) -> list[_Words]:
    with _words_lock:
        previous = _words_by_draft.pop(draft_id, {})
    current: dict[str, _Words] = {}
    for piece in pieces:
        if piece not in current:
            current[piece] = previous.get(piece) or _piece_words(piece)
    with _words_lock:
        _words_by_draft[draft_id] = current
        while len(_words_by_draft) > _KEEP_DRAFTS:
            _words_by_draft.popitem(last=False)
    return list(current.values())


def search_columns(draft: Draft) -> tuple[str, str]:
    """Everything a user may search for, folded twice: (without, with diacritics).

    Each column holds every distinct whitespace-separated word of the draft once, one
    per line; SQLite's full-text index (drafts_fts, kept up to date by triggers) splits
    them into the same words it would find in the whole text, from a few kilobytes per
    draft instead of its whole text. A query word typed without diacritics is looked up
    in the first column, so "dan chu" finds "dân chủ"; with diacritics in the second,
    where it matches exactly ("dần" does not find "dân").
    """
    pieces = [draft.summary, draft.number, draft.opening, draft.closing, draft.report_to]
    pieces += [draft.agency.issuing_body, draft.agency.parent_body, draft.signer.name]
    pieces += draft.addressees
    for doc in draft.basis:
        pieces += [doc.kind, doc.number, doc.issuer, doc.subject]
    for part in draft.all_parts():
        pieces.append(part.title)
        pieces.extend(block.text for block in part.blocks)
    pairs = _words_of(draft.id, [p for p in pieces if p])
    plain: frozenset[str] = frozenset().union(*(words for words, _ in pairs))
    folded: frozenset[str] = frozenset().union(*(words for _, words in pairs))
    return "\n".join(sorted(plain)), "\n".join(sorted(folded))


_TOKEN = re.compile(r"[^\W_]+")


def search_match(query: str) -> str | None:
    """The FTS5 MATCH expression for a search box's text, or None to match everything.

    The query is split into words at spaces and punctuation, as the index splits the
    text; every word must begin a word of the draft ("chu" finds "chủ" and "chuyển"):
    typed without diacritics it is looked up in search_plain, with them in
    search_folded. Punctuation and emoji alone match everything, as an empty box does.
    """
    terms = []
    for word in _TOKEN.findall(fold_case(query)):
        column = "search_plain" if word.isascii() else "search_folded"
        terms.append(f'{column} : "{word}"*')
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
