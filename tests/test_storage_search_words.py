"""The search columns hold each distinct word once; a search must still find exactly
the drafts whose text contains every query word, as a search over the full text would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from qcdc_desktop.model import Block, DocDate, Draft, Part, Period
from qcdc_desktop.storage.draft_rows import fold_case, search_columns, search_terms, strip_marks

LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợ"
WORD = st.text(alphabet=LETTERS + LETTERS.upper() + ",.;:()", min_size=1, max_size=8)
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


def _full_text_columns(texts: list[str]) -> tuple[str, str]:
    folded = "\n".join(fold_case(t) for t in texts)
    return strip_marks(folded), folded


def _matches(columns: tuple[str, str], query: str) -> bool:
    plain, folded = columns
    return all(
        word in (plain if column == "search_plain" else folded)
        for column, word in search_terms(query)
    )


@settings(max_examples=150, deadline=None)
@given(texts=st.lists(TEXT, min_size=1, max_size=4), query=st.lists(WORD, min_size=1, max_size=3))
def test_word_columns_answer_like_the_full_text(texts: list[str], query: list[str]) -> None:
    ours = search_columns(_draft(texts))
    full = _full_text_columns(texts)
    words = " ".join(query)
    assert _matches(ours, words) == _matches(full, words)
    # Pieces of the text itself are always found, with and without diacritics.
    piece = texts[0].split()[0][1:4] or texts[0].split()[0]
    assert _matches(ours, piece)
    assert _matches(ours, strip_marks(fold_case(piece)) or piece)


def test_columns_are_small_for_repetitive_text() -> None:
    plain, folded = search_columns(_draft(["Thực hiện dân chủ ở cơ sở. " * 200]))
    assert plain.split("\n") == sorted(set(plain.split("\n")))
    assert "dan" in plain.split("\n") and "dân" in folded.split("\n")
    assert len(folded) < 200
