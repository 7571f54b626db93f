"""Recognise and convert legacy Vietnamese encodings (TCVN3/ABC and VNI-Windows).

Old documents typed with the .VnTime (TCVN3) or VNI-Times (VNI) fonts store Vietnamese
letters as Latin-1 bytes; pasted or read as Unicode they show up as "Thùc hiÖn" or
"Thöïc hieän". The mapping tables are data in resources/legacy/*.toml.
"""

from __future__ import annotations

import re
import string
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from qcdc_desktop.resources import resource_path

ENCODINGS: tuple[str, ...] = ("tcvn3", "vni")

# Detection thresholds: a word only counts as evidence when it is not a Vietnamese
# syllable as it stands but becomes one after conversion. Two different such words,
# making up at least half of the non-ASCII words, keep stray symbols ("5 µm") and
# foreign names from triggering a conversion of genuine Unicode text.
_MIN_DISTINCT_EVIDENCE = 2
_MIN_SHARE = 0.5
# A sample this size decides as well as a whole book and keeps pasting responsive.
_MAX_WORDS = 3000

# Characters that never occur in legacy text read as Latin-1: Latin Extended letters
# (ơ, ư, đ, ạ ...) and combining marks. A word containing one is already Unicode, so
# conversion leaves it alone (mixed pastes keep their Unicode parts intact).
_UNICODE_ONLY = re.compile("[\u0100-\u024f\u0300-\u036f\u1e00-\u1eff]")

_ASCII_LETTERS = frozenset(string.ascii_letters)


@dataclass(frozen=True)
class _Table:
    to_unicode: dict[str, str]
    from_unicode: dict[str, str]
    pattern: re.Pattern[str]


@cache
def _table(encoding: str) -> _Table:
    if encoding not in ENCODINGS:
        raise ValueError(f"Bảng mã không được hỗ trợ: {encoding!r}")
    with resource_path("legacy", f"{encoding}.toml").open("rb") as handle:
        to_unicode: dict[str, str] = dict(tomllib.load(handle)["to_unicode"])
    from_unicode = {uni: legacy for legacy, uni in to_unicode.items()}
    # Tolerate a capital base letter followed by a lowercase VNI modifier ("Aên" for
    # "Ăn"), as left by hand-edited text; encoding always writes the canonical form.
    for legacy, uni in list(to_unicode.items()):
        if len(legacy) == 2 and legacy[0].islower():
            to_unicode.setdefault(legacy[0].upper() + legacy[1], uni.upper())
    # Longest keys first so VNI's two-character letters win over their first character.
    keys = sorted(to_unicode, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(key) for key in keys))
    return _Table(to_unicode, from_unicode, pattern)


@cache
def _token_pattern() -> re.Pattern[str]:
    # Several legacy codes are punctuation or symbols in Unicode (·, ¸, ¶, §, soft
    # hyphen ...), so a "word" is a run of letters, combining marks or legacy codes.
    legacy_chars = sorted({c for enc in ENCODINGS for key in _table(enc).to_unicode for c in key})
    extra = re.escape("".join(legacy_chars))
    return re.compile(f"(?:[^\\W\\d_]|[{extra}]|[\u0300-\u036f])+")


# --- Vietnamese syllable check -------------------------------------------------------

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_STOP_TONES = {"\u0301", "\u0323"}  # syllables ending in p/t/c/ch take only sắc or nặng

_ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
# Nuclei that end in a glide (or are open diphthongs) take no final consonant.
_OPEN = "ươi|ươu|uôi|iêu|yêu|oai|oay|oao|oeo|uây|uya|uyu|" + (
    "ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu|uơ"
)
# Nuclei that need a final consonant.
_CLOSED = "uyê|iê|yê|uô|ươ|oă|uâ|oo|ă|â"
_EITHER = "oa|oe|uê|uy|a|e|ê|i|o|ô|ơ|u|ư|y"
_CODA = "(?:ng|nh|ch|[cmnpt])"
_SYLLABLE = re.compile(f"{_ONSET}(?:(?:{_OPEN})|(?:{_CLOSED}){_CODA}|(?:{_EITHER}){_CODA}?)")


def is_vietnamese_syllable(word: str) -> bool:
    """True when `word` has the shape of one Vietnamese syllable (any case, any form)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in decomposed if c in _TONES]
    if len(tones) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    if not _SYLLABLE.fullmatch(base):
        return False
    if base.endswith(("c", "ch", "p", "t")):
        return bool(tones) and tones[0] in _STOP_TONES
    return True


# --- conversion ---------------------------------------------------------------------


def _convert_word(word: str, table: _Table) -> str:
    if _UNICODE_ONLY.search(word):
        return word
    return table.pattern.sub(lambda m: table.to_unicode[m.group()], word)


def _convert_tcvn3_line(line: str, table: _Table) -> str:
    # TCVN3 has no toned capitals: headings set in the .VnTimeH font come through as
    # capital ASCII letters mixed with lowercase codes ("CéNG HßA"). A converted word
    # whose ASCII letters are all capitals (at least two of them) is a capitals word;
    # a word with a single capital letter or none ("X·") follows such a neighbour.
    pieces = re.split(r"(\S+)", line)
    converted_at: list[int] = []
    kind: dict[int, str] = {}
    for i in range(1, len(pieces), 2):
        word = pieces[i]
        if _UNICODE_ONLY.search(word) or not table.pattern.search(word):
            continue
        converted = _convert_word(word, table)
        letters = [c for c in word if c in _ASCII_LETTERS]
        upper = all(c.isupper() for c in letters)
        if converted == converted.upper():
            kind[i] = "neutral"  # e.g. "V§QC": nothing to restore, proves no capital font
        elif upper:
            kind[i] = "caps" if len(letters) >= 2 else "maybe"
        else:
            kind[i] = "lower"
        pieces[i] = converted
        converted_at.append(i)
    for n, i in enumerate(converted_at):
        neighbours = converted_at[max(n - 1, 0) : n] + converted_at[n + 1 : n + 2]
        if kind[i] == "caps" or (kind[i] == "maybe" and any(kind[j] == "caps" for j in neighbours)):
            pieces[i] = pieces[i].upper()
    return "".join(pieces)


def convert_legacy(text: str, encoding: str) -> str:
    """Convert TCVN3 ("tcvn3") or VNI-Windows ("vni") text to NFC Unicode."""
    table = _table(encoding)
    if encoding == "tcvn3":
        out = "\n".join(_convert_tcvn3_line(line, table) for line in text.split("\n"))
    else:
        out = re.sub(r"\S+", lambda m: _convert_word(m.group(), table), text)
    return unicodedata.normalize("NFC", out)


def encode_legacy(text: str, encoding: str) -> str:
    """Unicode -> legacy string (the inverse of `convert_legacy`, used to test the tables).

    TCVN3 cannot encode toned capitals; they are written with the lowercase code, as
    the .VnTimeH font does.
    """
    table = _table(encoding)
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        legacy = table.from_unicode.get(char)
        if legacy is None and encoding == "tcvn3":
            legacy = table.from_unicode.get(char.lower())
        out.append(char if legacy is None else legacy)
    return "".join(out)


# --- detection ----------------------------------------------------------------------


@dataclass
class _Evidence:
    considered: int = 0  # non-ASCII words that contain an ASCII letter
    words: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ENCODINGS, 0))
    distinct: dict[str, set[str]] = field(default_factory=lambda: {e: set() for e in ENCODINGS})


def _evidence(text: str) -> _Evidence:
    found = _Evidence()
    for token in _token_pattern().findall(text):
        # Tokens without an ASCII letter are mostly stray symbols ("·", "©").
        if token.isascii() or not _ASCII_LETTERS.intersection(token):
            continue
        found.considered += 1
        if found.considered > _MAX_WORDS:
            found.considered = _MAX_WORDS
            break
        if is_vietnamese_syllable(token):
            continue
        for enc in ENCODINGS:
            converted = _convert_word(token, _table(enc))
            if converted != token and is_vietnamese_syllable(converted):
                found.words[enc] += 1
                found.distinct[enc].add(token.lower())
    return found


def detect_legacy(text: str) -> str | None:
    """Return "tcvn3" or "vni" when `text` is clearly in that legacy encoding, else None."""
    if text.isascii():
        return None
    found = _evidence(text)
    best, runner_up = sorted(ENCODINGS, key=lambda enc: found.words[enc], reverse=True)
    if (
        len(found.distinct[best]) < _MIN_DISTINCT_EVIDENCE
        or found.words[best] < _MIN_SHARE * found.considered
        or found.words[best] <= found.words[runner_up]
    ):
        return None
    return best


def to_unicode_if_legacy(text: str) -> tuple[str, str | None]:
    """Convert `text` when it is legacy-encoded; return (text, detected encoding or None)."""
    encoding = detect_legacy(text)
    if encoding is None:
        return text, None
    return convert_legacy(text, encoding), encoding
