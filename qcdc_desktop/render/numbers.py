"""Vietnamese number style: "." groups thousands, "," is the decimal mark."""

from __future__ import annotations


def group_thousands(n: int) -> str:
    sign = "-" if n < 0 else ""
    digits = str(abs(n))
    groups = []
    while len(digits) > 3:
        groups.append(digits[-3:])
        digits = digits[:-3]
    groups.append(digits)
    return sign + ".".join(reversed(groups))


def format_number(value: float | int, *, decimals: int = 1) -> str:
    """20799 -> "20.799"; 68750000 -> "68.750.000"; 98.5 -> "98,5"; 100.0 -> "100"."""
    if isinstance(value, float) and not value.is_integer():
        text = f"{abs(value):.{decimals}f}".rstrip("0").rstrip(".")
        whole, _, frac = text.partition(".")
        sign = "-" if value < 0 else ""
        return sign + group_thousands(int(whole)) + ("," + frac if frac else "")
    return group_thousands(int(value))


def format_figure(value: float | int | None, kind: str = "count", *, pad: bool = False) -> str:
    """A figure as printed. Counts 1–9 get a leading zero when the office pads them (02 đơn)."""
    if value is None:
        return "..."
    if kind == "count" and pad and isinstance(value, int | float) and 0 < value < 10:
        if float(value).is_integer():
            return f"{int(value):02d}"
    return format_number(value)


def parse_number(text: str) -> float | int | None:
    """Read a number typed the Vietnamese way ("20.799", "98,5", "1 200") or plainly ("98.5")."""
    s = text.strip().replace(" ", "").replace("\u00a0", "").rstrip("%")
    if not s:
        return None
    if "," in s:
        s = s.replace(".", "").replace(",", ".")
    elif s.count(".") > 1 or (s.count(".") == 1 and len(s.split(".")[1]) == 3):
        s = s.replace(".", "")  # thousands separators
    try:
        value = float(s)
    except ValueError:
        return None
    return int(value) if value.is_integer() and "." not in s else value
