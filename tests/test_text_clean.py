from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qcdc_desktop.text.clean import clean_text, is_nfc, split_paragraphs, xml_safe
from tests.reference_text import examples_dir

EXAMPLES = sorted(examples_dir().glob("*.txt"))


def xml_legal(s: str) -> bool:
    return all(
        c in "\t\n\r"
        or 0x20 <= ord(c) <= 0xD7FF
        or 0xE000 <= ord(c) <= 0xFFFD
        or 0x10000 <= ord(c) <= 0x10FFFF
        for c in s
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Báo\u00a0cáo\u202fnăm", "Báo cáo năm"),
        ("a\tb\t\tc", "a b c"),
        ("  nhiều    khoảng   trắng  ", "nhiều khoảng trắng"),
        ("\ufeffđầu\u200bvào", "đầuvào"),
        ("ký tự\x00\x07 điều khiển\x1b", "ký tự điều khiển"),
        ("C1\x85dòng\x9fmới", "C1 dòngmới"),
        ("dòng\x0bmới", "dòng mới"),
        ("trang\x0cmới", "trang mới"),
        ("một\u2028hai\u2029ba", "một hai ba"),
        ("a\r\nb\rc\nd", "a b c d"),
        ("“Dân biết, dân làm” và ‘kiểm tra’", "“Dân biết, dân làm” và ‘kiểm tra’"),
        ("surrogate\ud800lẻ\ufffe\uffff", "surrogatelẻ"),
        ("", ""),
    ],
)
def test_clean_text_single_line(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


def test_clean_text_composes_to_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Cộng hoà xã hội chủ nghĩa Việt Nam")
    assert not is_nfc(decomposed)
    cleaned = clean_text(decomposed)
    assert cleaned == "Cộng hoà xã hội chủ nghĩa Việt Nam"
    assert is_nfc(cleaned)


def test_clean_text_keep_newlines() -> None:
    raw = "  Dòng một \x0bDòng\thai\r\n\r\n\r\n\r\nĐoạn mới\u2029cuối  \n\n"
    assert clean_text(raw, keep_newlines=True) == "Dòng một\nDòng hai\n\nĐoạn mới\ncuối"


def test_clean_text_keeps_soft_hyphen_for_tcvn3() -> None:
    # U+00AD is "ư" in TCVN3 text; cleaning must not destroy it before detection.
    assert clean_text("Tr\u00adêng") == "Tr\u00adêng"


def test_split_paragraphs() -> None:
    raw = "\ufeffĐoạn một.\r\n\r\nĐoạn hai\x0bvẫn đoạn hai?\n   \n\tĐoạn  ba.\n"
    assert split_paragraphs(raw) == ["Đoạn một.", "Đoạn hai", "vẫn đoạn hai?", "Đoạn ba."]
    assert split_paragraphs(" \n\x00\n ") == []


def test_xml_safe_is_minimal() -> None:
    assert xml_safe("a\tb\n  c\r\n") == "a\tb\n  c\r\n"
    assert xml_safe("x\x00y\x1f\ud83dz\uffff") == "xyz"
    assert xml_safe(unicodedata.normalize("NFD", "Việt")) == "Việt"
    assert xml_safe("“Đảng” \u00a0") == "“Đảng” \u00a0"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_keep_their_words(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert clean_text(text, keep_newlines=True).split() == text.split()
    assert clean_text(text).split() == text.split()


@given(st.text(), st.booleans())
def test_clean_text_idempotent(s: str, keep: bool) -> None:
    once = clean_text(s, keep_newlines=keep)
    assert clean_text(once, keep_newlines=keep) == once


@given(st.text(), st.booleans())
def test_clean_text_output_is_nfc_and_xml_legal(s: str, keep: bool) -> None:
    out = clean_text(s, keep_newlines=keep)
    assert is_nfc(out)
    assert xml_legal(out)
    assert "\t" not in out and "\r" not in out and "  " not in out
    assert "\u00a0" not in out and "\u200b" not in out and "\ufeff" not in out
    if not keep:
        assert "\n" not in out
    for line in out.split("\n"):
        assert line == line.strip(" ")


@given(st.text())
def test_xml_safe_output_is_nfc_legal_and_idempotent(s: str) -> None:
    out = xml_safe(s)
    assert is_nfc(out)
    assert xml_legal(out)
    assert xml_safe(out) == out


@given(st.text())
def test_split_paragraphs_are_clean(s: str) -> None:
    for paragraph in split_paragraphs(s):
        assert paragraph
        assert "\n" not in paragraph
        assert clean_text(paragraph) == paragraph
