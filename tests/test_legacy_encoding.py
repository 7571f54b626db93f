from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from qcdc_desktop.text.clean import clean_text
from qcdc_desktop.text.legacy import (
    convert_legacy,
    detect_legacy,
    encode_legacy,
    is_vietnamese_syllable,
    to_unicode_if_legacy,
)
from tests.reference_text import examples_dir

EXAMPLES = sorted(examples_dir().glob("*.txt"))

VOWELS = "a ă â e ê i o ô ơ u ư y".split()
# none, huyền, sắc, hỏi, ngã, nặng
TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
LETTERS = [unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES] + ["đ"]
TCVN3_CAPITALS = "ĂÂÊÔƠƯĐ"
SAME_CODE = {("tcvn3", "ý"), ("vni", "ì"), ("vni", "í")}


# --- tables --------------------------------------------------------------------------


@pytest.mark.parametrize("letter", LETTERS)
@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_every_lowercase_letter_round_trips(letter: str, encoding: str) -> None:
    legacy = encode_legacy(letter, encoding)
    # Only plain vowels, TCVN3 "ý" and VNI "ì"/"í" keep their Unicode code point.
    if letter not in "aeiouy" and (encoding, letter) not in SAME_CODE:
        assert legacy != letter, "letter missing from the table"
    assert convert_legacy(legacy, encoding) == letter


@pytest.mark.parametrize("letter", [c.upper() for c in LETTERS])
def test_every_uppercase_letter_round_trips_in_vni(letter: str) -> None:
    legacy = encode_legacy(letter, "vni")
    assert legacy.isupper() or legacy == "Ñ"
    assert convert_legacy(legacy, "vni") == letter


@pytest.mark.parametrize("letter", TCVN3_CAPITALS)
def test_tcvn3_capitals(letter: str) -> None:
    legacy = encode_legacy(letter, "tcvn3")
    assert legacy in "¡¢£¤¥¦§"
    assert convert_legacy(legacy, "tcvn3") == letter


def test_tcvn3_toned_capitals_use_lowercase_codes() -> None:
    assert encode_legacy("Ộ", "tcvn3") == encode_legacy("ộ", "tcvn3") == "é"


@pytest.mark.parametrize(
    ("legacy", "unicode"),
    [
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
        ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
        ("Thùc hiÖn kÕ ho¹ch", "Thực hiện kế hoạch"),
        ("B¸o c¸o kÕt qu¶", "Báo cáo kết quả"),
        ("Tr\u00adêng häc, M\u00adêng Kh\u00ad¬ng", "Trường học, Mường Khương"),
        ("§µ N½ng, Qu¶ng Ng·i, NghÖ An", "Đà Nẵng, Quảng Ngãi, Nghệ An"),
        ("¡n uèng, ¢u lo, ¥n huÖ, ¦u tiªn", "Ăn uống, Âu lo, Ơn huệ, Ưu tiên"),
        ("ngµy 31/01/2024", "ngày 31/01/2024"),
    ],
)
def test_tcvn3_known_words(legacy: str, unicode: str) -> None:
    assert convert_legacy(legacy, "tcvn3") == unicode


def test_tcvn3_restores_capital_headings() -> None:
    legacy = "CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM\nSè 12/BC-UBND\nBé TµI CHÝNH\nVÏ – Së"
    assert convert_legacy(legacy, "tcvn3") == (
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố 12/BC-UBND\nBỘ TÀI CHÍNH\nVẽ – Sở"
    )


@pytest.mark.parametrize(
    ("legacy", "unicode"),
    [
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
        ("Thaønh phoá Hoà Chí Minh", "Thành phố Hồ Chí Minh"),
        ("Tröôøng hoïc, quyeát ñònh", "Trường học, quyết định"),
        ("Kyø hoïp thöù nhaát, Nguyeãn Vaên AÊn", "Kỳ họp thứ nhất, Nguyễn Văn Ăn"),
        ("Aên, Ñaø Naüng, Ôû", "Ăn, Đà Nẵng, Ở"),  # capital base + lowercase modifier
        ("THÖÏC HIEÄN, ÑAØ NAÜNG, ÔÛ ÑAÂU", "THỰC HIỆN, ĐÀ NẴNG, Ở ĐÂU"),
        ("thuôû, khuyûu, quyõ, Ó Ò Æ", "thuở, khuỷu, quỹ, Ĩ Ị Ỉ"),
    ],
)
def test_vni_known_words(legacy: str, unicode: str) -> None:
    assert convert_legacy(legacy, "vni") == unicode


def test_convert_leaves_unicode_words_alone() -> None:
    # A word that already has Unicode-only letters (ộ, đ, ư ...) is not legacy.
    assert convert_legacy("Cộng ®Ó", "tcvn3") == "Cộng để"
    assert convert_legacy("Đường vaø", "vni") == "Đường và"


def test_unknown_encoding() -> None:
    with pytest.raises(ValueError):
        convert_legacy("abc", "viqr")


# --- detection -----------------------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_unicode_examples_are_not_legacy(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert detect_legacy(text) is None
    assert to_unicode_if_legacy(text) == (text, None)
    for paragraph in text.split("\n"):
        assert detect_legacy(paragraph) is None


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_legacy_examples_are_detected_and_restored(path: Path, encoding: str) -> None:
    text = path.read_text(encoding="utf-8")
    legacy = encode_legacy(text, encoding)
    assert detect_legacy(legacy) == encoding
    assert to_unicode_if_legacy(legacy) == (text, encoding)
    # Each paragraph with a few legacy words is recognised on its own too.
    for paragraph in legacy.split("\n"):
        legacy_words = set(paragraph.split()) - set(convert_legacy(paragraph, encoding).split())
        if len(legacy_words) >= 4:
            assert detect_legacy(paragraph) == encoding, paragraph


def test_detection_survives_cleaning() -> None:
    pasted = "\ufeffThùc hiÖn\x0bnhiÖm vô\u00a0tr\u00adêng häc"
    assert to_unicode_if_legacy(clean_text(pasted)) == (
        "Thực hiện nhiệm vụ trường học",
        "tcvn3",
    )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Report 2024: 15 units, 3.5% growth, 1,200 people.",
        "Size 5 µm and 10 µm; © 2024 Company® § 3 ¶ 2",
        "Home · About · Contact",
        "café, résumé, naïve, São Paulo, Müller, Straße, señor, Zürich, où, Æble",
        "Ủy ban nhân dân tỉnh Tây Ninh",
        "Ông ở đâu? Ừ, ý kiến ấy được.",
        "Đắk Lắk, Ea H'leo, Kon Tum",
        # One legacy word alone is too little evidence to convert a paste.
        "Thùc",
        "Thöïc",
    ],
)
def test_not_detected(text: str) -> None:
    assert detect_legacy(text) is None
    assert to_unicode_if_legacy(text) == (text, None)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "tcvn3"),
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "vni"),
        ("Thùc hiÖn", "tcvn3"),
        ("Thöïc hieän", "vni"),
        ("PHã GI¸M §èC", "tcvn3"),
    ],
)
def test_detected(text: str, encoding: str) -> None:
    assert detect_legacy(text) == encoding


@pytest.mark.parametrize(
    "word", ["các", "người", "nghiêng", "khuỷu", "quốc", "gì", "giữa", "oẳn", "yêu"]
)
def test_syllable_check_accepts(word: str) -> None:
    assert is_vietnamese_syllable(word)
    assert is_vietnamese_syllable(word.upper())


@pytest.mark.parametrize("word", ["cac", "thùc", "hiÖn", "café", "sõo", "ẵ", "đ", "Straße"])
def test_syllable_check_rejects(word: str) -> None:
    assert not is_vietnamese_syllable(word)


# --- properties ----------------------------------------------------------------------

ONSETS = "- b c ch d đ g gi h k kh l m n ng ngh nh ph qu r s t th tr v x".split()
RHYMES = (
    "a ai am an ang anh ao ap at au ay ac ach ăm ăn ăng ăp ăt ăc âm ân âng âp ât âc âu ây "
    "e em en eng eo ep et ec ê êm ên ênh êp êt êch êu i ia im in inh ip it ich iu iêm iên "
    "iêng iêp iêt iêc iêu o oa oai oan oang oanh oat oac oach oay oe oen oăc oăn oi om on "
    "ong op ot oc ô ôi ôm ôn ông ôp ôt ôc ơ ơi ơm ơn ơp ơt u ua uân uât uy uya uyên uyêt "
    "uynh ui um un ung up ut uc uê uơ uôi uôm uôn uông uôt uôc ư ưa ưi ưu ưng ưt ưc ươi "
    "ươu ươm ươn ương ươp ươt ươc y yên yêt yêu"
).split()
MARKED = "ăâêôơư"


def _place_tone(rhyme: str, tone: str) -> str:
    vowels = [i for i, c in enumerate(rhyme) if c in "aăâeêioôơuưy"]
    marked = [i for i in vowels if rhyme[i] in MARKED]
    if marked:
        at = marked[-1]
    elif len(vowels) > 1 and vowels[-1] < len(rhyme) - 1:
        at = vowels[-1]  # closed syllable: tone on the last vowel ("hoạch")
    else:
        at = vowels[0]
    return rhyme[: at + 1] + tone + rhyme[at + 1 :]


@st.composite
def syllables(draw: st.DrawFn) -> str:
    onset = draw(st.sampled_from(ONSETS)).strip("-")
    rhyme = draw(st.sampled_from(RHYMES))
    stop = rhyme.endswith(("c", "ch", "p", "t"))
    tone = draw(st.sampled_from(["\u0301", "\u0323"] if stop else TONES))
    word = unicodedata.normalize("NFC", onset + _place_tone(rhyme, tone))
    assume(is_vietnamese_syllable(word))
    return word


def _capitalize(word: str) -> str:
    return word[0].upper() + word[1:]


@given(st.lists(syllables(), min_size=1, max_size=12), st.sampled_from(["tcvn3", "vni"]))
def test_round_trip_lowercase_and_title_words(words: list[str], encoding: str) -> None:
    # TCVN3 can only capitalise a word whose first letter has a capital code.
    titled = [
        _capitalize(w) if w[0].isascii() or w[0].upper() in TCVN3_CAPITALS else w for w in words
    ]
    for sentence in (" ".join(words), ", ".join(titled) + "."):
        assert convert_legacy(encode_legacy(sentence, encoding), encoding) == sentence


@given(st.lists(syllables(), min_size=1, max_size=8))
def test_round_trip_capitals(words: list[str]) -> None:
    sentence = " ".join(words).upper()
    assert convert_legacy(encode_legacy(sentence, "vni"), "vni") == sentence
    # TCVN3 recovers capitals from the ASCII letters around the toned ones.
    assume(all(sum(c.isascii() for c in w) >= 2 for w in sentence.split()))
    assert convert_legacy(encode_legacy(sentence, "tcvn3"), "tcvn3") == sentence


ENGLISH = st.sampled_from(
    "the report of 2024 UBND KH-STTTT Internet email covid online data plan".split()
)
NUMBERS = st.integers(min_value=0, max_value=10**9).map(str)


@given(st.lists(st.one_of(syllables(), ENGLISH, NUMBERS), max_size=30))
def test_unicode_vietnamese_is_left_alone(words: list[str]) -> None:
    text = " ".join(words)
    assert to_unicode_if_legacy(text) == (text, None)


@given(st.text(st.characters(codec="ascii")))
def test_ascii_is_left_alone(text: str) -> None:
    assert to_unicode_if_legacy(text) == (text, None)


@given(st.text(st.characters(exclude_characters=[chr(c) for c in range(0x80, 0x100)])))
def test_text_without_latin1_codes_is_left_alone(text: str) -> None:
    # Every legacy code lies in U+0080..U+00FF, so such text has no legacy evidence.
    assert to_unicode_if_legacy(text) == (text, None)


@given(st.text())
def test_any_text_either_unchanged_or_converted(text: str) -> None:
    converted, encoding = to_unicode_if_legacy(text)
    if encoding is None:
        assert converted == text
    else:
        assert converted == convert_legacy(text, encoding)
        assert unicodedata.is_normalized("NFC", converted)


@given(st.lists(syllables(), min_size=2, max_size=20).filter(lambda ws: len(set(ws)) >= 4))
def test_generated_legacy_text_is_detected(words: list[str]) -> None:
    text = " ".join(words)
    for encoding in ("tcvn3", "vni"):
        legacy = encode_legacy(text, encoding)
        detected = detect_legacy(legacy)
        # Short random word lists may lack evidence, but must never be misread.
        assert detected in (encoding, None)
