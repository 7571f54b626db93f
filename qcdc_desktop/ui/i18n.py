"""Marking module-level texts for the catalogue (resources/i18n/qcdc_vi.ts).

pyside6-lupdate finds `QT_TRANSLATE_NOOP("Context", "text")` by its name; the text is
translated where it is shown, with `translate("Context", TEXT)` or `self.tr(TEXT)`,
because the translator is installed only after the modules are imported. This one
returns `str` (Qt's stub says `object`), so the constants keep their type.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
