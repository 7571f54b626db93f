"""What every window of one program instance shares: data folder, database, settings, events."""

from __future__ import annotations

import os
import socket
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from qcdc_desktop import paths

# Key in the database settings table holding the office's layout overrides.
FORMAT_SETTINGS_KEY = "format"
# The settings file of earlier versions: never read again (QSettings unpickles values).
SETTINGS_FILE = "qcdc-desktop.ini"


class AppEvents(QObject):
    """Signals that let one window tell the others something changed."""

    draft_saved = Signal(str)  # draft id
    draft_exported = Signal(str, str)  # draft id, path of the written document
    profile_changed = Signal()


@cache
def _shipped_format_values() -> dict[str, Any]:
    # Parsed once per process: every editor asks for the layout when it opens.
    import tomllib

    from qcdc_desktop.resources import resource_path

    with open(resource_path("format.toml"), "rb") as handle:
        return tomllib.load(handle)


def make_owner_id() -> str:
    """Unique id of this program instance, used for editor locks."""
    return f"{socket.gethostname()}:{os.getpid()}:{os.urandom(4).hex()}"


class AppContext:
    """Shared state handed to every window; tests build one on a temporary folder."""

    def __init__(
        self,
        data_dir: Path,
        db: Any = None,
        owner: str | None = None,
        *,
        check_integrity: bool = True,
    ) -> None:
        self.data_dir = Path(data_dir)
        if db is None:
            from qcdc_desktop.storage import open_database

            db = open_database(paths.database_path(self.data_dir), check_integrity=check_integrity)
        self.db = db
        self.owner = owner or make_owner_id()
        from qcdc_desktop.ui.db_settings import DatabaseSettings

        # In the database, as plain JSON: nothing in the data folder can run code.
        self.settings = DatabaseSettings(self.db)
        from qcdc_desktop.ui.office_words import use_database

        use_database(self.db)  # the office dictionary and tone-mark style
        from qcdc_desktop.doctypes import type_labels

        type_labels.use_cache_file(self.data_dir / paths.CACHE_FOLDER / type_labels.CACHE_FILE)
        self.events = AppEvents()
        self.safety_net: Any = None  # ui.safety_net.SafetyNet once the window is shown

    @classmethod
    def open(cls, data_dir: str | Path | None = None) -> AppContext:
        """Open the data folder (resolved by qcdc_desktop.paths) and its database."""
        return cls(paths.data_dir(data_dir))

    def profile(self) -> Any:
        """The default agency profile, or None before the first one is saved."""
        from qcdc_desktop.storage import load_default_profile

        return load_default_profile(self.db)

    def agency_line(self) -> Any:
        """The default profile's agency and signer names (storage.AgencyLine), or None
        before the first profile is saved; cheaper than profile()."""
        from qcdc_desktop.storage import default_agency_line

        return default_agency_line(self.db)

    def saved_format_values(self) -> dict[str, Any]:
        """The office's own layout choices stored in the database (may be empty)."""
        from qcdc_desktop.storage import get_setting

        saved = get_setting(self.db, FORMAT_SETTINGS_KEY, None)
        return dict(saved) if isinstance(saved, dict) else {}

    def format_values(self) -> dict[str, Any]:
        """Layout values as a plain dict: resources/format.toml overlaid with the saved
        choices, unvalidated (cheap: no exporter import), for previews."""
        values = dict(_shipped_format_values())
        values.update(self.saved_format_values())
        return values

    def format_settings(self) -> Any:
        """The office layout settings (export.settings.FormatSettings): the shipped
        resources/format.toml overlaid with the saved choices. Raises FormatSettingsError
        (Vietnamese) when a saved value is outside Decree 30's range."""
        from qcdc_desktop.export.settings import FormatSettings

        return FormatSettings.from_dict(self.saved_format_values())

    def reopen_database(self) -> None:
        """Open the database again (after a restore replaced the file)."""
        from qcdc_desktop.storage import open_database

        self.db = open_database(paths.database_path(self.data_dir))
        self.settings.reset(self.db)

    def close(self) -> None:
        """Back up when something changed since the last backup, then close."""
        from qcdc_desktop.storage.backup_policy import backup_if_due

        if self.safety_net is not None:
            self.safety_net.timer.stop()
            self.safety_net.wait()
        try:
            if self.db is not None:
                backup_if_due(self.db, self.data_dir, "close")
        finally:
            if self.db is not None:
                self.db.close()
