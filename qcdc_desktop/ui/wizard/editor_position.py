"""Where the user was in each draft (step and part), so the editor reopens there.

Kept in the program's settings rather than in the draft: moving between steps is not
an edit, and must neither mark the draft changed nor add a revision. One JSON value
holds the most recent drafts only, so the settings file does not grow with the
database. Written when the step changes and when the editor closes — once per change.
"""

from __future__ import annotations

import json
from typing import Any

POSITIONS_KEY = "editor/positions"
KEEP = 200  # drafts whose position is remembered


def _positions(settings: Any) -> dict[str, list[str]]:
    try:
        value = json.loads(str(settings.value(POSITIONS_KEY, "{}")))
    except ValueError:  # a hand-edited or damaged settings file: start afresh
        return {}
    return value if isinstance(value, dict) else {}


def load_position(settings: Any, draft_id: str) -> tuple[str, str]:
    """(step id, part id) last seen in this draft, or ("", "")."""
    entry = _positions(settings).get(draft_id)
    if isinstance(entry, list) and len(entry) == 2 and all(isinstance(x, str) for x in entry):
        return entry[0], entry[1]
    return "", ""


def save_position(settings: Any, draft_id: str, step: str, part: str) -> None:
    positions = _positions(settings)
    if positions.get(draft_id) == [step, part]:
        return
    positions.pop(draft_id, None)
    positions[draft_id] = [step, part]  # last: the most recent
    while len(positions) > KEEP:
        positions.pop(next(iter(positions)))
    settings.setValue(POSITIONS_KEY, json.dumps(positions, ensure_ascii=False))
