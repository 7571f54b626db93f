"""Valid Vietnamese syllables, built from the spelling rules in resources/proofing/syllables.toml.

A syllable is an onset, a rhyme and a tone. The set of toneless spellings is generated
once from the rules (which onsets go before which rhymes); the tone is checked
against the rhyme (a stop ending takes only sắc or nặng) and its mark's place against
the office's style: "hòa, thủy" (old, the mark on the first vowel of oa/oe/uy) or
"hoà, thuỷ" (new, on the second).
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from qcdc_desktop.resources import resource_path

# Tone numbers: 0 ngang, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng.
TONE_MARKS = {"\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
MARK_OF_TONE = {tone: mark for mark, tone in TONE_MARKS.items()}
STOP_TONES = frozenset({2, 5})
VOWELS = frozenset("aăâeêioôơuưy")
MARKED_VOWELS = frozenset("ăâêôơư")
# Open rhymes whose mark moves with the style.
STYLE_PAIRS = frozenset({"oa", "oe", "uy"})


@dataclass(frozen=True)
class SpellingRules:
    onsets: tuple[str, ...]
    front_only: frozenset[str]
    never_front: frozenset[str]
    no_glide: frozenset[str]
    y_after: frozenset[str]
    plain: tuple[str, ...]
    y_rhymes: tuple[str, ...]
    initial_ye: tuple[str, ...]
    glide: tuple[str, ...]
    qu_rhyme_starts: tuple[str, ...]
    stop_codas: tuple[str, ...]


def _strings(data: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(unicodedata.normalize("NFC", str(x)) for x in data.get(key, []))


@cache
def spelling_rules() -> SpellingRules:
    with resource_path("proofing", "syllables.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return SpellingRules(
        onsets=_strings(data, "onsets"),
        front_only=frozenset(_strings(data, "front_only")),
        never_front=frozenset(_strings(data, "never_front")),
        no_glide=frozenset(_strings(data, "no_glide")),
        y_after=frozenset(_strings(data, "y_after")),
        plain=_strings(data, "plain"),
        y_rhymes=_strings(data, "y_rhymes"),
        initial_ye=_strings(data, "initial_ye"),
        glide=_strings(data, "glide"),
        qu_rhyme_starts=_strings(data, "qu_rhyme_starts"),
        stop_codas=_strings(data, "stop_codas"),
    )


def _is_front(rhyme: str) -> bool:
    return rhyme[:1] in ("i", "e", "ê") or rhyme.startswith("y")


def _combine(onset: str, rhyme: str, rules: SpellingRules) -> tuple[str, str] | None:
    """(written onset, written rhyme) when the pair is spelled that way, else None."""
    front = _is_front(rhyme)
    if onset in rules.front_only and not front:
        return None
    if onset in rules.never_front and front:
        return None
    if rhyme.startswith("iê") and onset in ("", "qu"):
        return None  # written "yê" there ("yên", "quyên")
    if onset == "qu":
        if rhyme[:1] not in rules.qu_rhyme_starts or rhyme.startswith(("ia", "iu")):
            return None
    if onset == "gi":
        if rhyme.startswith("i"):
            return ("g", rhyme)  # "gi" + "iêng" is written "giêng": the i is shared
    return (onset, rhyme)


@cache
def toneless_syllables() -> dict[str, tuple[str, str]]:
    """Every valid toneless spelling -> (written onset, written rhyme)."""
    rules = spelling_rules()
    out: dict[str, tuple[str, str]] = {}

    def add(onset: str, rhyme: str) -> None:
        pair = _combine(onset, rhyme, rules)
        if pair is not None:
            out.setdefault(pair[0] + pair[1], pair)

    for onset in rules.onsets:
        for rhyme in rules.plain:
            add(onset, rhyme)
        if onset in rules.y_after:
            for rhyme in rules.y_rhymes:
                add(onset, rhyme)
        if onset in ("", "qu"):
            for rhyme in rules.initial_ye:
                add(onset, rhyme)
        if onset not in rules.no_glide:
            for rhyme in rules.glide:
                add(onset, rhyme)
        if onset == "qu":  # the glide u is the onset's: "qu" + "ynh" (quỳnh), "yt" (quýt)
            for rhyme in rules.glide:
                if rhyme.startswith("u"):
                    add(onset, rhyme[1:])
    return out


def split_tone(word: str) -> tuple[str, list[int]]:
    """(the word without tone marks, NFC; the tones found in it, in order)."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [TONE_MARKS[c] for c in decomposed if c in TONE_MARKS]
    bare = "".join(c for c in decomposed if c not in TONE_MARKS)
    return unicodedata.normalize("NFC", bare), tones


def has_stop(rhyme: str, rules: SpellingRules | None = None) -> bool:
    rules = rules or spelling_rules()
    return rhyme.endswith(tuple(rules.stop_codas))


def tone_allowed(rhyme: str, tone: int) -> bool:
    return tone in STOP_TONES if has_stop(rhyme) else True


def _mark_index(rhyme: str, style: str) -> int:
    """Index in `rhyme` of the vowel that carries the tone mark."""
    vowels = ""
    for ch in rhyme:
        if ch not in VOWELS:
            break
        vowels += ch
    if not vowels:
        return 0
    marked = [i for i, ch in enumerate(vowels) if ch in MARKED_VOWELS]
    if marked:
        return marked[-1]  # "ươ" -> ơ, "uyê" -> ê
    if len(rhyme) > len(vowels):  # a final consonant: the last vowel ("hoàn")
        return len(vowels) - 1
    if len(vowels) == 3:
        return 1  # "oai", "uya": the middle one
    if len(vowels) == 2 and vowels in STYLE_PAIRS:
        return 1 if style == "new" else 0
    return 0


def place_tone(onset: str, rhyme: str, tone: int, style: str = "old") -> str:
    """The syllable spelled with its tone mark where `style` puts it (NFC)."""
    if tone == 0:
        return onset + rhyme
    index = _mark_index(rhyme, style)
    text = rhyme[: index + 1] + MARK_OF_TONE[tone] + rhyme[index + 1 :]
    return unicodedata.normalize("NFC", onset + text)


@dataclass(frozen=True)
class SyllableVerdict:
    """What is wrong with one lower-case syllable ("" problem = nothing)."""

    problem: str  # "", "unknown", "double_tone", "tone_misplaced", "tone_style"
    suggestions: tuple[str, ...] = ()


OK = SyllableVerdict("")


def spelled(bare: str, tone: int, style: str) -> str | None:
    """`bare` with `tone` placed by `style`, or None when that is no valid syllable."""
    parts = toneless_syllables().get(bare)
    if parts is None or not tone_allowed(parts[1], tone):
        return None
    return place_tone(parts[0], parts[1], tone, "new" if style == "new" else "old")


def judge_syllable(word: str, style: str = "old") -> SyllableVerdict:
    """Judge one lower-case NFC syllable. `style` is "old", "new" or "any"."""
    bare, tones = split_tone(word)
    if len(tones) > 1:
        fixes = [spelled(bare, t, style) for t in (tones[-1], tones[0])]
        return SyllableVerdict("double_tone", tuple(dict.fromkeys(f for f in fixes if f)))
    tone = tones[0] if tones else 0
    parts = toneless_syllables().get(bare)
    if parts is None or not tone_allowed(parts[1], tone):
        return SyllableVerdict("unknown")
    old = place_tone(parts[0], parts[1], tone, "old")
    new = place_tone(parts[0], parts[1], tone, "new")
    if word in (old, new):
        if style == "new" and word != new:
            return SyllableVerdict("tone_style", (new,))
        if style == "old" and word != old:
            return SyllableVerdict("tone_style", (old,))
        return OK
    return SyllableVerdict("tone_misplaced", (new if style == "new" else old,))


def is_valid_syllable(word: str) -> bool:
    """True for any valid syllable in either placement style."""
    return judge_syllable(word, "any").problem == ""


def style_of(word: str) -> str:
    """ "old" or "new" for a syllable whose mark placement shows a style, else ""."""
    bare, tones = split_tone(word)
    parts = toneless_syllables().get(bare)
    if parts is None or len(tones) != 1 or parts[1] not in STYLE_PAIRS:
        return ""
    if word == place_tone(parts[0], parts[1], tones[0], "old"):
        return "old"
    if word == place_tone(parts[0], parts[1], tones[0], "new"):
        return "new"
    return ""
