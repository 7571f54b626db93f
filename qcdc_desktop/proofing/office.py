"""The office's own proofing choices: its dictionary, its tone-mark style, its cited documents.

Kept in the database's settings table under one key ("proofing"), as plain JSON:

    {"tone_style": "old" | "new" | "any",
     "words": ["Tây Ninh", "Zalo", ...],
     "library": [{"kind": ..., "number": ..., "date": ..., "issuer": ..., "title": ...}]}

A database belongs to one office, so the settings table is the office's. The desktop
program and `qcdc check` both load it; `use_office` makes it the one the review's
checks read when they are not handed one (the review page calls `run_checks(draft)`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qcdc_desktop.model import Draft
    from qcdc_desktop.storage import Database

# The two ways of placing tone marks (syllables.py): "hòa, thủy" and "hoà, thuỷ".
STYLES = ("old", "new")
SETTINGS_KEY = "proofing"
DEFAULT_STYLE = "old"  # "hòa", "thủy": as the program prints "CỘNG HÒA" in every header
STYLE_NAMES = {"old": "kiểu cũ: hòa, thủy", "new": "kiểu mới: hoà, thuỷ", "any": "không kiểm tra"}


def word_key(word: str) -> str:
    return unicodedata.normalize("NFC", word).strip().casefold()


@dataclass
class OfficeProofing:
    tone_style: str = DEFAULT_STYLE
    words: list[str] = field(default_factory=list)
    library: list[dict[str, str]] = field(default_factory=list)
    # Loads a saved draft by id (last period's draft, for "unchanged since last period").
    load_draft: Callable[[str], Draft | None] | None = None
    version: int = 0  # bumped on every change, so caches of verdicts can tell

    def __post_init__(self) -> None:
        if self.tone_style not in (*STYLES, "any"):
            self.tone_style = DEFAULT_STYLE
        self._keys: set[str] = set()
        for word in self.words:
            self._remember(word)

    def _remember(self, word: str) -> None:
        # "Hồ Chí Minh" also admits each of its words.
        self._keys.add(word_key(word))
        self._keys.update(word_key(w) for w in word.split())

    def knows(self, word: str) -> bool:
        return word_key(word) in self._keys

    def add_word(self, word: str) -> bool:
        word = unicodedata.normalize("NFC", word).strip()
        if not word or self.knows(word):
            return False
        self.words.append(word)
        self._remember(word)
        self.version += 1
        return True

    def set_style(self, style: str) -> None:
        self.tone_style = style if style in (*STYLES, "any") else DEFAULT_STYLE
        self.version += 1

    def to_dict(self) -> dict[str, Any]:
        return {"tone_style": self.tone_style, "words": list(self.words), "library": self.library}

    @classmethod
    def from_dict(cls, data: Any) -> OfficeProofing:
        if not isinstance(data, dict):
            return cls()
        words = [str(w) for w in data.get("words", []) if isinstance(w, str)]
        library = [
            {str(k): str(v) for k, v in d.items()}
            for d in data.get("library", [])
            if isinstance(d, dict)
        ]
        return cls(str(data.get("tone_style", DEFAULT_STYLE)), words, library)


def load_office(db: Database) -> OfficeProofing:
    from qcdc_desktop.storage import get_setting, load_draft
    from qcdc_desktop.storage.errors import StorageError

    office = OfficeProofing.from_dict(get_setting(db, SETTINGS_KEY))

    def load(draft_id: str) -> Draft | None:
        try:
            return load_draft(db, draft_id)
        except (StorageError, LookupError):
            return None

    office.load_draft = load
    return office


def save_office(db: Database, office: OfficeProofing) -> None:
    from qcdc_desktop.storage import set_setting

    set_setting(db, SETTINGS_KEY, office.to_dict())


def add_to_dictionary(db: Database, office: OfficeProofing, word: str) -> bool:
    """Add `word` to the office dictionary and save it. False when it was there."""
    if not office.add_word(word):
        return False
    save_office(db, office)
    return True


def add_to_library(db: Database, office: OfficeProofing, fields: dict[str, str]) -> None:
    """Keep a cited document the library did not know (kind, number, date, issuer, title)."""
    office.library.append({k: str(v) for k, v in fields.items()})
    office.version += 1
    save_office(db, office)


_active = OfficeProofing()


def use_office(office: OfficeProofing) -> None:
    """Make `office` the one checks read when they are not handed one."""
    global _active
    _active = office


def active_office() -> OfficeProofing:
    return _active
