"""Every colour and style sheet the program sets, in one place.

Named by what they mean, not by hue, so a change of house colours (or a high-contrast
office theme) is one file; tests/ui/test_palette.py fails on a colour written anywhere
else in ui/.
"""

from __future__ import annotations

# Meaning in text: an error to fix, a point to look at again, a hint; changed text.
ERROR = "#a40000"
WARNING = "#8a5a00"
INFO = "#2a5599"
TEXT = "#000000"
MISSPELT = "#d00000"
INSERTED = "#1a7f37"
INSERTED_BACKGROUND = "#e6f4ea"
DELETED = "#b00020"
DELETED_BACKGROUND = "#fdecea"

NOT_PRINTED = "#555555"  # notes shown in the editor that are not printed

# The wizard's step states (step_panel.py), and the dots' outline.
STEP_EMPTY = "#b0b0b0"
STEP_EDITING = "#e0a000"
STEP_DONE = "#2e8b3d"
STEP_PROBLEM = "#c62828"
STEP_OUTLINE = "#606060"

# Placeholders in sentence templates: known ones tinted like their chips, unknown red.
PLACEHOLDER_BACKGROUND = "#e8f0fe"
PLACEHOLDER_TEXT = "#1a3d7c"
PLACEHOLDER_BORDER = "#a8c0ec"
UNKNOWN_PLACEHOLDER_BACKGROUND = "#fde7e7"

# A field whose value cannot be read (a figure typed "12a").
BAD_FIELD_BACKGROUND = "#ffe0e0"

# The banner over a part carried from last period.
CARRIED_BACKGROUND = "#fff4ce"
CARRIED_BORDER = "#d8b451"
CARRIED_TEXT = "#5c3d00"

# Style sheets built from the colours above.
ALERT_LABEL = f"QLabel {{ color: {ERROR}; font-weight: bold; }}"
NOTE_LABEL = f"QLabel {{ color: {NOT_PRINTED}; }}"
CHANGED_LABEL = f"QLabel {{ color: {WARNING}; }}"
BAD_LINE_EDIT = f"QLineEdit {{ background: {BAD_FIELD_BACKGROUND}; }}"
PLACEHOLDER_CHIP = (
    f"QPushButton {{ background: {PLACEHOLDER_BACKGROUND}; color: {PLACEHOLDER_TEXT}; "
    f"border: 1px solid {PLACEHOLDER_BORDER}; border-radius: 9px; padding: 1px 8px; }}"
)
CARRIED_BANNER = (
    f"QFrame#carried_banner {{ background: {CARRIED_BACKGROUND}; "
    f"border: 1px solid {CARRIED_BORDER}; border-radius: 3px; }}"
    f"QFrame#carried_banner QLabel {{ color: {CARRIED_TEXT}; }}"
)
