"""Which drafts have an editor open, kept in the settings so that after an unclean exit
(a crash, a power cut) the start window reopens them."""

from __future__ import annotations

import json
from typing import Any

OPEN_EDITORS_KEY = "session/open_editors"


def open_ids(settings: Any) -> list[str]:
    try:
        ids = json.loads(str(settings.value(OPEN_EDITORS_KEY, "[]")))
    except ValueError:
        return []
    return [str(i) for i in ids] if isinstance(ids, list) else []


def set_open_ids(settings: Any, ids: list[str]) -> None:
    # JSON text: QSettings' ini format reads a one-element list back as a plain string.
    settings.setValue(OPEN_EDITORS_KEY, json.dumps(ids))
    settings.sync()


def add_open(settings: Any, draft_id: str) -> None:
    ids = open_ids(settings)
    if draft_id not in ids:
        set_open_ids(settings, [*ids, draft_id])


def remove_open(settings: Any, draft_id: str) -> None:
    set_open_ids(settings, [i for i in open_ids(settings) if i != draft_id])
