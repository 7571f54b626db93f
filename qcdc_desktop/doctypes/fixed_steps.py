"""The wizard steps every document type has, around the section steps its file lists.

Named once here: the checks point findings at them, the editor builds its pages by them.
A module of its own so the editor's start does not load the checks to learn five names.
"""

from __future__ import annotations

STEP_DOCUMENT = "document"  # type, period, number, date, summary, "Kính gửi"
STEP_BASIS = "basis"  # agency and the cited documents of the opening sentence
STEP_CLOSING = "closing"  # closing sentence, recipients, signer
STEP_APPENDICES = "appendices"  # the appendices printed after the signature
STEP_REVIEW = "review"  # the check before export (findings with no better place)
