"""Keystrokes of a Vietnamese input method left in the text: "vieetj", "vie65t" -> "việt".

When the input method is off (or a text comes from a machine without one), the keys
typed for the marks stay as letters (Telex: aa, aw, ee, oo, ow, uw, dd and the tone
keys s f r x j) or digits (VNI: 1-5 tones, 6 circumflex, 7 horn, 8 breve, 9 đ).
"""

from __future__ import annotations

import unicodedata

from qcdc_desktop.proofing.syllables import VOWELS, spelled

TELEX_TONES = {"s": 2, "f": 1, "r": 3, "x": 4, "j": 5}
# Longest first: "uow" must win over "ow".
TELEX_LETTERS = (
    ("uwow", "ươ"),
    ("uow", "ươ"),
    ("aa", "â"),
    ("aw", "ă"),
    ("ee", "ê"),
    ("oo", "ô"),
    ("ow", "ơ"),
    ("uw", "ư"),
    ("dd", "đ"),
)
VNI_TONES = {"1": 2, "2": 1, "3": 3, "4": 4, "5": 5}
_VNI_SHAPES = {
    "6": {"a": "â", "e": "ê", "o": "ô"},
    "7": {"o": "ơ", "u": "ư"},
    "8": {"a": "ă"},
    "9": {"d": "đ"},
}
_ASCII_VOWELS = frozenset("aeiouy")


def _telex_letters(text: str) -> str:
    out = ""
    i = 0
    while i < len(text):
        for keys, letter in TELEX_LETTERS:
            if text.startswith(keys, i):
                out += letter
                i += len(keys)
                break
        else:
            out += "ư" if text[i] == "w" else text[i]
            i += 1
    return out


MAX_KEYS = 12  # "nghieengx": no syllable takes more keys


def from_telex(word: str, style: str = "old") -> str | None:
    """The syllable a Telex key sequence spells, or None (lower-case input)."""
    if len(word) > MAX_KEYS:
        return None
    if not word.isalpha() or not any(c in TELEX_TONES or c in "wz" or c.isascii() for c in word):
        return None
    candidates: list[tuple[str, int]] = []
    for i, ch in enumerate(word):
        # A tone key after at least one vowel (a leading s/x/r is an onset).
        if ch in TELEX_TONES and any(c in _ASCII_VOWELS for c in word[:i]):
            candidates.append((word[:i] + word[i + 1 :], TELEX_TONES[ch]))
    candidates.append((word, 0))
    for rest, tone in candidates:
        bare = _telex_letters(rest.replace("z", ""))
        if bare == word:
            continue  # nothing was a key: not a Telex leftover
        result = spelled(bare, tone, style)
        if result:
            return result
    return None


def from_vni(word: str, style: str = "old") -> str | None:
    """The syllable a VNI key sequence spells ("vie65t" -> "việt"), or None."""
    if len(word) > MAX_KEYS:
        return None
    if not word.isascii() or not any(c.isdigit() for c in word) or not word[:1].isalpha():
        return None
    letters: list[str] = []
    tone = 0
    for ch in word:
        if ch in VNI_TONES:
            if tone or not any(c in VOWELS for c in letters):
                return None
            tone = VNI_TONES[ch]
        elif ch in _VNI_SHAPES:
            shapes = _VNI_SHAPES[ch]
            for j in range(len(letters) - 1, -1, -1):
                if letters[j] in shapes:
                    letters[j] = shapes[letters[j]]
                    # "uo7" puts the horn on both letters: "ươ".
                    if ch == "7" and letters[j] == "ơ" and j > 0 and letters[j - 1] == "u":
                        letters[j - 1] = "ư"
                    break
            else:
                return None
        elif ch.isalpha():
            letters.append(ch)
        else:
            return None
    bare = unicodedata.normalize("NFC", "".join(letters))
    return spelled(bare, tone, style)
