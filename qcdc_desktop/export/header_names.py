"""Break a long agency name for the header the way a clerk would by hand.

Breaks fall only between words and never inside a fixed compound ("THỂ THAO",
"TRUYỀN THÔNG") nor between a place marker and its place ("TỈNH / TÂY NINH"). Among
the fewest lines that fit the column, the choice prefers breaks after a comma or
before "VÀ" / "TỈNH" / "THÀNH PHỐ", and lines of similar length. A name the user
broke themselves (a line break or U+2028 in the profile) is printed as typed.
"""

from __future__ import annotations

import itertools
import tomllib
from functools import cache

from qcdc_desktop.export.text_width import text_width_pt
from qcdc_desktop.resources import resource_path

# A user-set line break in a stored name.
USER_BREAKS = ("\u2028", "\n", "\r")
MAX_LINES = 4
# Cost of an ordinary break, against a preferred one (0), in shares of the column width:
# a preferred break wins unless it leaves lines a quarter of the column more uneven.
ORDINARY_BREAK = 0.25

_Phrases = tuple[tuple[str, ...], ...]


@cache
def _words() -> tuple[_Phrases, _Phrases, _Phrases]:
    with open(resource_path("header_words.toml"), "rb") as fh:
        data = tomllib.load(fh)

    def split(key: str) -> tuple[tuple[str, ...], ...]:
        items = {tuple(w.casefold().split()) for w in data.get(key, []) if w.split()}
        return tuple(sorted(items, key=len, reverse=True))

    return split("compounds"), split("break_before"), split("place_markers")


def user_lines(name: str) -> list[str] | None:
    """The lines of a name the user broke themselves, else None."""
    if not any(b in name for b in USER_BREAKS):
        return None
    text = name.replace("\r\n", "\n")
    for mark in USER_BREAKS:
        text = text.replace(mark, "\n")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return [line for line in lines if line] or None


def _starts_with(words: list[str], at: int, phrase: tuple[str, ...]) -> bool:
    key = tuple(w.casefold().strip(",;") for w in words[at : at + len(phrase)])
    return key == phrase


def _units(words: list[str], strict: int) -> list[list[str]]:
    """Words grouped into pieces a break may not enter.

    strict 2: compounds and a place with its marker; 1: compounds only; 0: words.
    """
    if strict == 0:
        return [[w] for w in words]
    compounds, _, markers = _words()
    if strict < 2:
        markers = ()
    units: list[list[str]] = []
    i = 0
    while i < len(words):
        marker = next((m for m in markers if _starts_with(words, i, m)), None)
        # A marker followed by a short place name at the end of the name: one piece.
        if marker and len(words) - i - len(marker) in range(1, 5) and i > 0:
            if not any("," in w for w in words[i:-1]):
                units.append(words[i:])
                break
        size = 1
        for compound in compounds:
            if len(compound) > 1 and _starts_with(words, i, compound):
                # A comma inside ("HÀNH, KINH") means the words are not one compound.
                if not any("," in w for w in words[i : i + len(compound) - 1]):
                    size = len(compound)
                    break
        units.append(words[i : i + size])
        i += size
    return units


def _preferred_before(unit: list[str], previous: list[str]) -> bool:
    _, before, _ = _words()
    if previous[-1].endswith(","):
        return True
    return any(_starts_with(unit, 0, phrase) for phrase in before)


def header_lines(name: str, size_pt: float, box_pt: float, *, bold: bool = False) -> list[str]:
    """The lines to print `name` on in a column `box_pt` wide."""
    own = user_lines(name)
    if own is not None:
        return own
    words = name.split()
    text = " ".join(words)
    if len(words) < 2 or text_width_pt(text, size_pt, bold=bold) <= box_pt:
        return [text] if text else []
    for strict in (2, 1, 0):
        lines = _best_lines(_units(words, strict), size_pt, box_pt, bold)
        if lines:
            return lines
    # Not even four lines fit (a very narrow column): let Word wrap it.
    return [text]


def _best_lines(units: list[list[str]], size_pt: float, box_pt: float, bold: bool) -> list[str]:
    """The cheapest way to print `units` on the fewest lines that fit; [] if none does."""
    joined = [" ".join(u) for u in units]

    def width(a: int, b: int) -> float:
        return text_width_pt(" ".join(joined[a:b]), size_pt, bold=bold)

    best: tuple[float, list[str]] | None = None
    for count in range(2, MAX_LINES + 1):
        for cuts in itertools.combinations(range(1, len(units)), count - 1):
            bounds = [0, *cuts, len(units)]
            widths = [width(a, b) for a, b in itertools.pairwise(bounds)]
            if max(widths) > box_pt:
                continue
            cost = (max(widths) - min(widths)) / box_pt
            cost += sum(
                0 if _preferred_before(units[c], units[c - 1]) else ORDINARY_BREAK for c in cuts
            )
            if best is None or cost < best[0]:
                best = (cost, [" ".join(joined[a:b]) for a, b in itertools.pairwise(bounds)])
        if best is not None:
            return best[1]
    return []
