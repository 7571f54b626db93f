"""Text that lost its Vietnamese diacritics (OCR of a scan, a PDF copied badly).

Two signs, measured over the syllables of the body: syllables that are not valid
Vietnamese once their tone mark is set aside ("thue", "hién": the rhyme needs ê),
and syllables without any mark in text where most syllables carry one. Ordinary
Vietnamese prose has marks on well over half of its syllables and almost no invalid
ones; text whose marks were stripped has few marks and many invalid syllables.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_WORD = re.compile(r"[^\W\d_]+")
_ONSET = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?")
_RHYMES = frozenset(
    """
    a ai ao au ay am an ang anh ac ach ap at ăm ăn ăng ăc ăp ăt âu ây âm ân âng âc âp ât
    e eo em en eng ec ep et ê êu êm ên ênh êch êp êt
    i ia iu im in inh ich ip it iêu iêm iên iêng iêc iêp iêt
    o oi om on ong oc op ot oa oai oay oan oang oanh oac oach oat oap oam oăm oăn oăng oăc
    oăt oe oen oet oeo ooc oong ô ôi ôm ôn ông ôc ôp ôt ơ ơi ơm ơn ơp ơt
    u ua ui um un ung uc up ut uân uâng uât uây uê uênh uêch uy uya uych uyên uyêt uyn uynh
    uyt uôi uôm uôn uông uôc uôt uơ ư ưa ưi ưu ưm ưng ưc ưt ưn ươi ươu ươm ươn ương ươc ươp
    ươt ươ y yêu yên yêm yêt yêng
    """.split()
)
_MARKED = re.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]")
MIN_SYLLABLES = 20
SAMPLE_SYLLABLES = 1500  # enough to measure a share; a long report is not read twice
LOW_MARKED = 0.2  # below this share of marked syllables, marks were lost
HIGH_INVALID = 0.15  # above this share of invalid syllables, marks were lost or garbled


def _without_tone(word: str) -> str:
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", word) if c not in _TONES)
    )


@lru_cache(maxsize=8192)
def valid_syllable(word: str) -> bool:
    base = _without_tone(word.lower())
    onset = _ONSET.match(base)
    rest = base[onset.end() :] if onset else base
    if not rest:
        return base in ("gi",)  # "gì"
    if base.startswith("gi") and rest in _RHYMES:
        return True
    if rest in _RHYMES:
        return True
    # "gi" + rhyme ("giêng") and "qu" + rhyme were split above; try the other split.
    return base[:1] in "gq" and base[2:] in _RHYMES


def syllable_shares(texts: list[str]) -> tuple[int, float, float]:
    """(syllables counted, share with a mark, share not valid Vietnamese)."""
    count = marked = invalid = 0
    for text in texts:
        if count >= SAMPLE_SYLLABLES:
            break
        lowered = unicodedata.normalize("NFC", text)
        for word in _WORD.findall(lowered):
            if len(word) > 1 and word.isupper():
                continue  # abbreviations: UBND, QCDC, STTTT
            count += 1
            word = word.lower()
            if _MARKED.search(word):
                marked += 1
            if not valid_syllable(word):
                invalid += 1
    if not count:
        return 0, 0.0, 0.0
    return count, marked / count, invalid / count


def lost_diacritics_share(texts: list[str]) -> float | None:
    """The share of syllables without marks or not valid, when the text looks stripped
    of its diacritics; None for ordinary Vietnamese text (or too little to tell)."""
    count, marked, invalid = syllable_shares(texts)
    if count < MIN_SYLLABLES:
        return None
    if marked < LOW_MARKED or invalid > HIGH_INVALID:
        return min(1.0, (1 - marked) if marked < LOW_MARKED else invalid + (1 - marked) / 2)
    return None
