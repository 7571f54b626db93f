"""Search through SQLite's full-text index: a draft is found exactly when every query
word begins a word of its text, compared with diacritics when typed with them."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qcdc_desktop.model import Block, DocDate, Draft, Part, Period
from qcdc_desktop.storage import Database, list_drafts, open_database, purge_draft, save_draft
from qcdc_desktop.storage.draft_rows import fold_case, search_columns, search_match, strip_marks

LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợ"
WORD = st.text(alphabet=LETTERS + LETTERS.upper() + "0123,.;:()", min_size=1, max_size=8)
TEXT = st.lists(WORD, min_size=1, max_size=30).map(" ".join)


def _draft(texts: list[str]) -> Draft:
    """A draft whose only searchable text is `texts`."""
    return Draft(
        doc_type="bc-6thang",
        period=Period(kind="h1", year=2024),
        date=DocDate(year=2024),
        summary="",
        sections=[Part(title="", blocks=[Block(text=t) for t in texts])],
    )


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text)


def _reference(texts: list[str], query: str) -> bool:
    """Every word of the query (split at spaces and punctuation) begins a word of the
    text: without diacritics when typed without them, exactly otherwise."""
    folded = fold_case("\n".join(texts))
    plain = set(_words(strip_marks(folded)))
    exact = set(_words(folded))
    return all(
        any(w.startswith(word) for w in (plain if word.isascii() else exact))
        for word in _words(fold_case(query))
    )


@pytest.fixture(scope="module")
def search_db() -> Iterator[Database]:
    with tempfile.TemporaryDirectory() as folder, open_database(Path(folder) / "q.sqlite3") as db:
        yield db


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(TEXT, min_size=1, max_size=4), query=st.lists(WORD, min_size=1, max_size=3))
def test_index_answers_like_the_text(
    search_db: Database, texts: list[str], query: list[str]
) -> None:
    draft = _draft(texts)
    save_draft(search_db, draft)
    try:
        words = " ".join(query)
        found = [s.id for s in list_drafts(search_db, search=words)] == [draft.id]
        assert found == _reference(texts, words)
        # The beginning of a word is always found, with and without diacritics.
        first = _words(texts[0])
        if first:
            start = first[0][:3]
            assert [s.id for s in list_drafts(search_db, search=start)] == [draft.id]
            plain = strip_marks(fold_case(start))
            assert [s.id for s in list_drafts(search_db, search=plain)] == [draft.id]
    finally:
        purge_draft(search_db, draft.id)


def test_columns_hold_each_word_once_folded_twice() -> None:
    plain, folded = search_columns(_draft(["Thực hiện DÂN CHỦ ở cơ sở. " * 200, "Đạt 100% 👍"]))
    assert folded.split("\n") == sorted(
        {"thực", "hiện", "dân", "chủ", "ở", "cơ", "sở.", "đạt", "100%", "👍"}
    )
    assert plain.split("\n") == sorted(
        {"thuc", "hien", "dan", "chu", "o", "co", "so.", "dat", "100%", "?"}
    )


def test_an_edited_paragraph_changes_the_words() -> None:
    draft = _draft(["dân chủ", "cơ sở"])
    search_columns(draft)
    draft.sections[0].blocks[0].text = "tiếp xúc"
    assert search_columns(draft)[1].split("\n") == ["cơ", "sở", "tiếp", "xúc"]


def test_match_expression_splits_at_punctuation() -> None:
    assert search_match("") is None
    assert search_match("👍 , -") is None
    assert search_match('Dân "chu 100%') == (
        'search_folded : "dân"* AND search_plain : "chu"* AND search_plain : "100"*'
    )
    assert search_match("a,b") == 'search_plain : "a"* AND search_plain : "b"*'
