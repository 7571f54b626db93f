"""Spelling as you type: a red wavy underline and a menu of corrections in text editors.

`install_spell_check(editor)` is called for every QPlainTextEdit / QTextEdit the program
shows (by the application's input guard in ui/paste_cleaning.py, which sees every one
of them), and the guard opens `open_proofing_menu` for their context menus. The
verdicts are the review's (proofing/spelling.py); a syntax highlighter re-checks only
the paragraph being edited, and each word's verdict is cached. Right-clicking an
underlined word opens the Vietnamese context menu with the corrections on top and
"Thêm vào từ điển"; right-clicking a citation the library does not know offers
"Thêm vào thư viện văn bản".
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QSyntaxHighlighter, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextBrowser, QTextEdit, QWidget

from qcdc_desktop.ui import office_words, palette
from qcdc_desktop.ui.after_paint import after_paint
from qcdc_desktop.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtGui import QTextCharFormat, QTextDocument

    from qcdc_desktop.proofing.office import OfficeProofing
    from qcdc_desktop.proofing.spelling import SpellChecker

# The proofing modules (and QTextCharFormat, whose first use costs PySide 2 ms) load
# with the first check, not with this module: the input guard imports it when the first
# text editor shows, which is inside opening an editor.

translate = QCoreApplication.translate

ADD_TO_DICTIONARY = QT_TRANSLATE_NOOP("SpellHighlight", "Thêm vào từ điển")
ADD_TO_LIBRARY = QT_TRANSLATE_NOOP("SpellHighlight", "Thêm vào thư viện văn bản")
NO_SUGGESTION = QT_TRANSLATE_NOOP("SpellHighlight", "(Không có gợi ý)")
STYLE_MENU = QT_TRANSLATE_NOOP("SpellHighlight", "Kiểu đặt dấu thanh của cơ quan")
MISSPELT_COLOUR = palette.MISSPELT
STYLE_COLOUR = palette.INFO  # only the tone-mark style differs: a gentler blue

Editor = QPlainTextEdit | QTextEdit

_state: dict[str, Any] = {"checker": None}
_highlighters: weakref.WeakSet[SpellHighlighter] = weakref.WeakSet()


def checker() -> SpellChecker:
    from qcdc_desktop.proofing.office import active_office
    from qcdc_desktop.proofing.spelling import SpellChecker

    current = _state["checker"]
    if not isinstance(current, SpellChecker) or current.office is not active_office():
        current = SpellChecker(active_office())
        _state["checker"] = current
    return current


def rehighlight_all() -> None:
    for highlighter in list(_highlighters):
        highlighter.rehighlight()


def _format(colour: str) -> QTextCharFormat:
    from PySide6.QtGui import QTextCharFormat

    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(QColor(colour))
    return fmt


# Paragraphs longer than this are re-checked only around the edit.
LONG_BLOCK = 2000

Span = tuple[int, int, bool]  # start, end, only the tone-mark style differs


def common_prefix(a: str, b: str) -> int:
    """Length of the longest common prefix (binary search: the comparisons run in C)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def common_suffix(a: str, b: str, limit: int) -> int:
    lo, hi = 0, min(len(a), len(b), limit)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[len(a) - mid : len(a) - lo] == b[len(b) - mid : len(b) - lo]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _is_word_char(ch: str) -> bool:
    from qcdc_desktop.proofing.spelling import WORD

    return WORD.match(ch) is not None


def spans(text: str, base: int = 0) -> list[Span]:
    return [(m.start, m.end, m.problem == "tone_style") for m in checker().check(text, base)]


def respan(old_text: str, old_spans: list[Span], text: str) -> list[Span]:
    """The spans of `text`, re-checking only what differs from `old_text`."""
    prefix = common_prefix(old_text, text)
    suffix = common_suffix(old_text, text, min(len(old_text), len(text)) - prefix)
    start, end = prefix, len(text) - suffix
    while start > 0 and _is_word_char(text[start - 1]):
        start -= 1
    while end < len(text) and _is_word_char(text[end]):
        end += 1
    delta = len(text) - len(old_text)
    kept_before = [s for s in old_spans if s[1] <= start]
    kept_after = [(a + delta, b + delta, st) for a, b, st in old_spans if a >= end - delta]
    return kept_before + spans(text[start:end], start) + kept_after


class SpellHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.misspelt = _format(MISSPELT_COLOUR)
        self.off_style = _format(STYLE_COLOUR)
        self._last: tuple[str, list[Span], int] | None = None  # a long paragraph's spans
        _highlighters.add(self)

    def rehighlight(self) -> None:
        self._last = None  # the dictionary or the style changed: check everything again
        # With the document quiet: a pass changes formats only, yet its edit block told
        # the editor's page that the text had changed (an edit, a save, a new version).
        document = self.document()
        blocked = document.blockSignals(True) if document is not None else False
        try:
            super().rehighlight()
        finally:
            if document is not None:
                document.blockSignals(blocked)

    def highlightBlock(self, text: str) -> None:
        if len(text) > LONG_BLOCK:
            last = self._last
            version = checker().office.version
            if last is not None and last[2] == version:
                found = respan(last[0], last[1], text)
            else:
                found = spans(text)
            self._last = (text, found, version)
        else:
            found = spans(text)
        placeholders: list[tuple[int, int, Any]] = []
        editor = self.parent()
        if editor is not None and editor.property("qcdc_template"):
            from qcdc_desktop.ui.wizard.placeholder_chips import placeholder_formats

            placeholders = placeholder_formats(text)
        for start, end, style_only in found:
            if any(at <= start < at + length for at, length, _ in placeholders):
                continue  # "{agency}" is a placeholder, not a misspelt word
            self.setFormat(start, end - start, self.off_style if style_only else self.misspelt)
        for at, length, fmt in placeholders:
            self.setFormat(at, length, fmt)


def word_at(cursor: QTextCursor) -> tuple[int, int, str] | None:
    """(start, end, word) in the document around `cursor`, or None between words."""
    from qcdc_desktop.proofing.spelling import WORD

    block = cursor.block()
    offset = cursor.position() - block.position()
    for match in WORD.finditer(block.text()):
        if match.start() <= offset <= match.end():
            return block.position() + match.start(), block.position() + match.end(), match.group(0)
    return None


def _replace(editor: Editor, start: int, end: int, text: str) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(text)  # one undo step; textChanged drives autosave as for typing
    editor.setTextCursor(cursor)


def add_word(word: str) -> None:
    from qcdc_desktop.proofing.office import active_office, add_to_dictionary

    office = active_office()
    db = office_words.database()
    if db is not None:
        add_to_dictionary(db, office, word)
    else:
        office.add_word(word)
    rehighlight_all()


def _unknown_citation(cursor: QTextCursor, office: OfficeProofing) -> dict[str, str] | None:
    from qcdc_desktop.proofing.citations import find_citations, known_documents, library_index

    block = cursor.block()
    offset = cursor.position() - block.position()
    library = library_index(known_documents(office.library))
    for citation in find_citations(block.text()):
        if citation.start <= offset <= citation.end and citation.key not in library:
            if citation.date is None:
                return None
            date = citation.date
            return {
                "kind": citation.kind,
                "number": citation.number,
                "date": f"{date.day}/{date.month}/{date.year}",
                "issuer": citation.issuer,
                "title": citation.title,
            }
    return None


def proofing_menu(editor: Editor, pos: QPoint) -> QMenu:
    """The context menu at `pos` (viewport coordinates): corrections first, then the
    usual Vietnamese editing actions."""
    from qcdc_desktop.proofing.office import active_office
    from qcdc_desktop.ui.vn_menus import build_vietnamese_menu

    menu = build_vietnamese_menu(editor)
    cursor = editor.cursorForPosition(pos)
    found = word_at(cursor)
    first = menu.actions()[0] if menu.actions() else None
    writable = not editor.isReadOnly()
    added: list[Any] = []
    verdict = checker().verdict(found[2]) if found else None
    if found is not None and verdict is not None:
        start, end, word = found
        for suggestion in verdict[1]:
            action = menu.addAction(suggestion)
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.setEnabled(writable)
            action.triggered.connect(lambda _=False, s=suggestion: _replace(editor, start, end, s))
            added.append(action)
        if not verdict[1]:
            none = menu.addAction(translate("SpellHighlight", NO_SUGGESTION))
            none.setEnabled(False)
            added.append(none)
        add = menu.addAction(translate("SpellHighlight", ADD_TO_DICTIONARY))
        add.triggered.connect(lambda _=False, w=word: add_word(w))
        added.append(add)
    office = active_office()
    fields = _unknown_citation(cursor, office)
    if fields is not None:
        library = menu.addAction(translate("SpellHighlight", ADD_TO_LIBRARY))
        library.setToolTip(
            translate("SpellHighlight", "{kind} số {number} ngày {date}").format(
                kind=fields["kind"], number=fields["number"], date=fields["date"]
            )
        )
        library.triggered.connect(lambda _=False, f=fields: _keep_citation(f))
        added.append(library)
    if found is not None and verdict is not None:
        added.append(_style_menu(menu))
    if added and first is not None:
        for action in added:
            menu.removeAction(action)
        menu.insertActions(first, added)
        menu.insertSeparator(first)
    return menu


def _style_menu(parent: QMenu) -> Any:
    """ "Kiểu đặt dấu thanh của cơ quan": old, new, or not checked; saved for the office."""
    from qcdc_desktop.proofing.office import STYLE_NAMES, active_office

    sub = QMenu(translate("SpellHighlight", STYLE_MENU), parent)
    current = active_office().tone_style
    for style, name in STYLE_NAMES.items():
        action = sub.addAction(name[:1].upper() + name[1:])
        action.setCheckable(True)
        action.setChecked(style == current)
        action.triggered.connect(lambda _=False, st=style: set_office_style(st))
    return sub.menuAction()


def set_office_style(style: str) -> None:
    from qcdc_desktop.proofing.office import active_office, save_office

    office = active_office()
    office.set_style(style)
    db = office_words.database()
    if db is not None:
        save_office(db, office)
    rehighlight_all()


def _keep_citation(fields: dict[str, str]) -> None:
    from qcdc_desktop.proofing.office import active_office, add_to_library

    office = active_office()
    db = office_words.database()
    if db is not None:
        add_to_library(db, office, fields)
    else:
        office.library.append(fields)


def open_proofing_menu(editor: Editor, event: QContextMenuEvent, watched: QObject) -> None:
    """Show the proofing menu for a context-menu event on `editor` or its viewport
    (called by the application's input guard, which sees every such event)."""
    viewport = editor.viewport()
    pos = event.pos()
    if watched is editor:
        pos = viewport.mapFrom(editor, pos)
    if event.reason() == QContextMenuEvent.Reason.Keyboard:
        pos = editor.cursorRect().center()
    menu = proofing_menu(editor, pos)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.popup(viewport.mapToGlobal(pos))


def install_spell_check(widget: QWidget) -> None:
    """Underline misspelt words in `widget` and offer corrections. Twice does nothing more.

    An editor being shown (the input guard calls this on its Show event) is checked once
    the window has painted: the text appears at once, its underlines a frame later."""
    if isinstance(widget, QTextBrowser) or not isinstance(widget, QPlainTextEdit | QTextEdit):
        return
    if widget.isVisible():
        after_paint(widget.window()).add(f"spelling {id(widget)}", lambda: _install_later(widget))
        return
    _install(widget)


def _install_later(widget: QPlainTextEdit | QTextEdit) -> None:
    from shiboken6 import isValid

    if isValid(widget):
        _install(widget)


def _install(widget: QPlainTextEdit | QTextEdit) -> None:
    if widget.findChildren(SpellHighlighter, options=Qt.FindChildOption.FindDirectChildrenOnly):
        return
    highlighter = SpellHighlighter(widget.document())
    highlighter.setParent(widget)  # lives as long as the editor, whatever its document
    if not widget.document().isEmpty():
        highlighter.rehighlight()  # now and quietly, instead of Qt's pass a moment later
