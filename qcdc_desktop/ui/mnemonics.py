"""Alt+letter for every button, check box and labelled field, unique within a window.

Qt ships no Vietnamese translation and our texts carry no "&", so Alt+T typed a "t".
Writing "&" into 400 literals by hand would drift as texts change; instead, when a
window or a wizard page is shown, each visible button, check box, radio button,
checkable group box and buddy label without a mnemonic gets one: the first letter of a
word when it is free, else another letter of the text. Only ASCII letters and digits
are chosen — "Đ" or "ư" cannot be typed with Alt on an office keyboard (Unikey turns
"dd" into "đ" only in text fields). Texts set with "&" by the program are kept.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QToolButton,
    QWidget,
)

from qcdc_desktop.ui.after_paint import after_paint

_pending: dict[int, QWidget] = {}


def mnemonic_of(text: str) -> str:
    """The mnemonic character of `text` (lower case), or "" when it has none."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return ""


def without_mnemonic(text: str) -> str:
    """`text` as read aloud: the "&" markers removed, "&&" back to one "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _candidates(text: str) -> list[int]:
    """Positions to try, in order: word initials, then every other letter or digit."""
    usable = [i for i, ch in enumerate(text) if ch.isascii() and ch.isalnum()]
    initials = [i for i in usable if i == 0 or not text[i - 1].isalnum()]
    return initials + [i for i in usable if i not in initials]


def _text_of(widget: QWidget) -> str | None:
    if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
        return None  # a toolbar action: its own shortcut, Qt shows no mnemonic there
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title() if widget.isCheckable() else None
    if isinstance(widget, QLabel):
        return widget.text() if widget.buddy() is not None and widget.text() else None
    return None


def _set_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, QGroupBox):
        widget.setTitle(text)
    elif isinstance(widget, QAbstractButton | QLabel):
        widget.setText(text)


def is_target(widget: QWidget) -> bool:
    """Whether `widget` is a kind that carries a mnemonic (cheap: called on every Show)."""
    return bool(_text_of(widget))


def _rank(widget: QWidget) -> int:
    """Buttons and check boxes choose before field labels: when a crowded window runs
    out of letters, it is a label that goes without."""
    return 1 if isinstance(widget, QLabel) else 0


def targets(window: QWidget) -> list[QWidget]:
    """The widgets of `window` that should have a mnemonic now, in reading order."""
    found = []
    for widget in _shown_widgets(window):
        text = _text_of(widget)
        if text and text.strip() and "<" not in text:  # rich-text labels are left alone
            found.append(widget)

    def reading_order(widget: QWidget) -> tuple[int, int, int]:
        at = widget.mapTo(window, widget.rect().topLeft())
        return (_rank(widget), at.y() // 8, at.x())

    found.sort(key=reading_order)
    return found


def _shown_widgets(window: QWidget) -> list[QWidget]:
    """The widgets of `window` visible to it, in findChildren's order. Hidden subtrees
    are skipped whole: an editor keeps every built wizard page, and visiting each of
    their widgets on every page change cost more than painting the page."""
    shown: list[QWidget] = []

    def walk(parent: QWidget) -> None:
        for child in parent.children():
            if isinstance(child, QWidget) and not child.isHidden() and not child.isWindow():
                shown.append(child)
                walk(child)

    walk(window)
    return shown


AUTO_PROPERTY = "qcdc_auto_mnemonic"  # the plain text a letter was chosen for


def _letters(text: str, previous: str) -> list[str]:
    """Letters `text` could take, best first: the one it had, word initials, the rest."""
    order = [text[i].lower() for i in _candidates(text)]
    if previous in order:
        order.insert(0, previous)
    return list(dict.fromkeys(order))


def _match(wishes: list[list[str]], taken: set[str]) -> list[str]:
    """A letter for as many widgets as possible (Kuhn's augmenting paths), each trying
    its letters best first: greedy first-come would let "Thêm" take the "n" that "Lên"
    needs while "Thêm" had four other letters."""
    owner: dict[str, int] = {}

    def place(i: int, seen: set[str]) -> bool:
        for letter in wishes[i]:
            if letter in taken or letter in seen:
                continue
            seen.add(letter)
            if letter not in owner or place(owner[letter], seen):
                owner[letter] = i
                return True
        return False

    for i in range(len(wishes)):
        place(i, set())
    result = [""] * len(wishes)
    for letter, i in owner.items():
        result[i] = letter
    return result


def assign_mnemonics(window: QWidget) -> int:
    """Give each visible target of `window` a free mnemonic; return how many were set.

    Letters written by the program ("&Xuất Word") are kept; letters chosen here earlier
    are kept when still free, and moved when what is visible together needs them."""
    widgets = targets(window)
    taken: set[str] = set()
    free: list[tuple[QWidget, str, str]] = []  # (widget, plain text, previous letter)
    for widget in widgets:
        text = _text_of(widget) or ""
        plain = without_mnemonic(text)
        own = mnemonic_of(text)
        auto = widget.property(AUTO_PROPERTY) == plain
        if own and not auto and own not in taken:
            taken.add(own)
        else:
            free.append((widget, plain, own if auto else ""))
    letters = _match([_letters(plain, prev) for _, plain, prev in free], taken)
    set_count = 0
    for (widget, plain, _prev), letter in zip(free, letters, strict=True):
        escaped = plain.replace("&", "&&")
        if letter:
            at = next(i for i in _candidates(plain) if plain[i].lower() == letter)
            before = plain[:at].replace("&", "&&")
            escaped = f"{before}&{plain[at:].replace('&', '&&')}"
            set_count += 1
        if escaped != (_text_of(widget) or ""):
            _set_text(widget, escaped)
        widget.setProperty(AUTO_PROPERTY, plain)
    return set_count


def schedule(widget: QWidget) -> None:
    """A target was shown inside an open window (a wizard page, a group made visible):
    reassign that window's letters once it has painted, so what is visible together
    never shares a letter. Several shows in one pass cost one assignment."""
    window = widget.window()
    if _pending.get(id(window)) is window:  # not just the id: ids of closed windows recur
        return
    _pending[id(window)] = window
    # After the frame: the letters never delay showing what was asked for.
    key = id(window)
    after_paint(window).add("mnemonics", lambda: _run(key))


def _run(key: int) -> None:
    from shiboken6 import isValid

    window = _pending.pop(key, None)
    if window is not None and isValid(window) and window.isVisible():
        assign_mnemonics(window)
