"""prepare_paste: what a paste becomes before it reaches a text field."""

from __future__ import annotations

import time
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qcdc_desktop.text.clean import clean_text
from qcdc_desktop.text.legacy import encode_legacy
from qcdc_desktop.text.paste import legacy_question, prepare_paste
from tests.reference_text import examples_dir

UNICODE = "Cộng hoà xã hội chủ nghĩa Việt Nam"


@pytest.mark.parametrize(
    ("raw", "multiline", "expected"),
    [
        ("a\x0bb", True, "a\nb"),
        ("a\x0bb", False, "a b"),
        ("a\tb\u00a0c\x01d", True, "a b cd"),
        ("“trích dẫn”", True, "“trích dẫn”"),
        ("Vie\u0302\u0323t", False, "Việt"),
        ("Một\r\n\r\n\r\nHai", True, "Một\n\nHai"),
        # One separator kept at each edge that had whitespace.
        ("  giữa  ", False, " giữa "),
        ("\r\nđoạn\r\n", True, "\nđoạn\n"),
        ("\r\nđoạn\r\n", False, " đoạn "),
        ("\t\n", True, ""),
    ],
)
def test_cleaning(raw: str, multiline: bool, expected: str) -> None:
    prepared = prepare_paste(raw, multiline=multiline)
    assert prepared.text == expected
    assert prepared.legacy is None
    assert prepared.converted() == expected


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_detected_and_converted(encoding: str) -> None:
    raw = encode_legacy(UNICODE, encoding) + "\x0b" + encode_legacy("Độc lập", encoding)
    prepared = prepare_paste(raw)
    assert prepared.legacy == encoding
    assert prepared.text == clean_text(raw, keep_newlines=True)  # as pasted until asked
    assert prepared.converted() == f"{UNICODE}\nĐộc lập"


def test_the_brief_example() -> None:
    prepared = prepare_paste("Céng hoµ x· héi chñ nghÜa ViÖt Nam")
    assert prepared.legacy == "tcvn3"
    assert prepared.converted() == UNICODE
    assert legacy_question("tcvn3") == (
        "Văn bản vừa dán có vẻ được gõ bằng bảng mã TCVN3 (phông .VnTime). Chuyển sang Unicode?"
    )


@pytest.mark.parametrize("path", sorted(examples_dir().glob("*.txt")), ids=lambda p: p.name[:12])
def test_real_documents_are_never_taken_for_legacy(path: object) -> None:
    text = path.read_text("utf-8")  # type: ignore[attr-defined]
    prepared = prepare_paste(text)
    assert prepared.legacy is None
    assert prepared.text.strip() == clean_text(text, keep_newlines=True)


@given(st.text())
def test_nothing_but_whitespace_and_controls_is_lost(raw: str) -> None:
    prepared = prepare_paste(raw)
    if prepared.legacy is not None:
        return
    kept = clean_text(raw, keep_newlines=True)
    assert prepared.text.strip() == kept
    assert unicodedata.is_normalized("NFC", prepared.text)


def test_megabyte_paste_is_quick_and_whole() -> None:
    text = "\n".join(p.read_text("utf-8") for p in sorted(examples_dir().glob("*.txt")))
    big = (text * (1_000_000 // len(text) + 1))[:1_000_000]
    started = time.perf_counter()
    prepared = prepare_paste(big)
    elapsed = time.perf_counter() - started
    assert prepared.legacy is None
    assert prepared.text.split() == clean_text(big, keep_newlines=True).split()
    assert len(prepared.text.split()) == len(big.split())
    assert elapsed < 3  # about 0.3 s on a laptop; only a freeze would fail this


def test_detection_of_a_long_legacy_paste_looks_at_its_head_only() -> None:
    # Legacy text after 200 000 characters of Unicode no longer decides; a paste that
    # starts in TCVN3 is recognised however long it is.
    unicode_head = "Thực hiện dân chủ ở cơ sở. " * 10_000
    assert prepare_paste(unicode_head + encode_legacy(UNICODE, "tcvn3")).legacy is None
    legacy = encode_legacy(UNICODE + ". ", "tcvn3") * 30_000
    assert prepare_paste(legacy).legacy == "tcvn3"
