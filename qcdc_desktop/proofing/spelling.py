"""Spelling of running text, one syllable at a time.

Each word (a run of letters, possibly with digits) is judged as a Vietnamese syllable
(proofing/syllables.py). Left alone: abbreviations and all-caps words ("UBND", "QĐi"),
words with digits (unless they are VNI keystrokes: "vie65t"), single letters (list
labels "a)", "b)"), common foreign words (resources/proofing/foreign_words.toml) and
the office dictionary. A verdict is cached per word, so long texts cost little.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from qcdc_desktop.proofing.keystrokes import from_telex, from_vni
from qcdc_desktop.proofing.office import OfficeProofing, word_key
from qcdc_desktop.proofing.syllables import judge_syllable
from qcdc_desktop.resources import resource_path

WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
# No syllable, even typed with Telex keys ("nghieengx"), is longer than this.
LONGEST_TYPED = 12

MESSAGES = {
    "unknown": "“{word}” không phải một âm tiết tiếng Việt.",
    "telex": "“{word}” còn chữ gõ kiểu Telex; có lẽ là “{fix}”.",
    "vni": "“{word}” còn số gõ kiểu VNI; có lẽ là “{fix}”.",
    "double_tone": "“{word}” có hai dấu thanh; có lẽ là “{fix}”.",
    "tone_misplaced": "“{word}” đặt dấu thanh sai chỗ; viết đúng là “{fix}”.",
    "tone_style": "“{word}” đặt dấu khác kiểu của cơ quan ({style}); viết là “{fix}”.",
}


@cache
def foreign_words() -> frozenset[str]:
    with resource_path("proofing", "foreign_words.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return frozenset(word_key(str(w)) for w in data.get("words", []))


@dataclass(frozen=True)
class Misspelling:
    start: int  # character offsets in the text checked
    end: int
    word: str
    problem: str  # a key of MESSAGES
    suggestions: tuple[str, ...] = ()

    @property
    def code(self) -> str:
        return f"spelling.{self.problem}"

    def message(self, style_name: str = "") -> str:
        fix = self.suggestions[0] if self.suggestions else ""
        text = MESSAGES[self.problem].format(word=self.word, fix=fix, style=style_name)
        return text if fix else text.split(";")[0] + "."


def _recase(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def is_ignored_shape(token: str) -> bool:
    """Abbreviations, all-caps words and single letters are not judged."""
    if len(token) < 2:
        return True
    return any(ch.isupper() for ch in token[1:])


class SpellChecker:
    """Judges words for one office (its dictionary and tone-mark style)."""

    def __init__(self, office: OfficeProofing | None = None) -> None:
        self.office = office or OfficeProofing()
        self._cache: dict[str, tuple[str, tuple[str, ...]] | None] = {}
        self._version = self.office.version

    @property
    def style(self) -> str:
        return self.office.tone_style

    def verdict(self, token: str) -> tuple[str, tuple[str, ...]] | None:
        """(problem, suggestions) for one word as typed, or None when it is fine."""
        if self._version != self.office.version:
            self._cache.clear()
            self._version = self.office.version
        try:
            return self._cache[token]
        except KeyError:
            pass
        result = self._judge(token)
        if len(self._cache) > 50_000:
            self._cache.clear()
        self._cache[token] = result
        return result

    def _judge(self, token: str) -> tuple[str, tuple[str, ...]] | None:
        if is_ignored_shape(token):
            return None
        word = unicodedata.normalize("NFC", token).lower()
        if any(ch.isdigit() for ch in word):
            fix = from_vni(word, self.style)
            return ("vni", (_recase(token, fix),)) if fix else None
        key = word_key(word)
        if key in foreign_words() or self.office.knows(key):
            return None
        if len(word) > LONGEST_TYPED:
            return ("unknown", ())
        judged = judge_syllable(word, self.style)
        if judged.problem == "":
            return None
        if judged.problem == "unknown":
            fix = from_telex(word, self.style)
            if fix:
                return ("telex", (_recase(token, fix),))
            return ("unknown", ())
        return (judged.problem, tuple(_recase(token, s) for s in judged.suggestions))

    def check(self, text: str, base: int = 0) -> Iterator[Misspelling]:
        """Every misspelt word of `text`; offsets are `base` + the index in `text`."""
        for match in WORD.finditer(text):
            found = self.verdict(match.group(0))
            if found is not None:
                yield Misspelling(base + match.start(), base + match.end(), match.group(0), *found)


def count_words(text: str) -> int:
    return sum(1 for _ in WORD.finditer(text))
