"""Outline numbering: I. / 1. / 1.1. / a) with the Vietnamese alphabet."""

from __future__ import annotations

# Level-3 letters follow the Vietnamese alphabet (no f, j, w, z; đ after d).
VIETNAMESE_LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()

_ROMAN = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
]


def roman(n: int) -> str:
    out = []
    for value, symbol in _ROMAN:
        while n >= value:
            out.append(symbol)
            n -= value
    return "".join(out)


def letter(n: int) -> str:
    """1 -> a, 5 -> đ, 23 -> y, 24 -> aa (very long lists repeat the letter)."""
    count = len(VIETNAMESE_LETTERS)
    return VIETNAMESE_LETTERS[(n - 1) % count] * ((n - 1) // count + 1)


def label(style: str, path: list[int]) -> str:
    """The printed number of a heading, given its style and its position path (1-based)."""
    n = path[-1]
    if style == "roman":
        return f"{roman(n)}."
    if style == "alpha":
        return f"{letter(n)})"
    if style == "decimal":
        return ".".join(str(p) for p in path) + "."
    return f"{n}."
