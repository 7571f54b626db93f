"""Storage: the SQLite database of drafts, revisions, profiles and settings (no Qt).

Each name is imported from its module when first used, so opening the drafts list does
not load the profiles, revisions or backups code (the window's start-up pays for every
module imported before it is painted).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qcdc_desktop.storage.backups import list_backups, newest_backup, restore_backup
    from qcdc_desktop.storage.database import DEFAULT_BUSY_TIMEOUT_MS, Database, open_database
    from qcdc_desktop.storage.draft_list import SORT_KEYS, DraftListing
    from qcdc_desktop.storage.drafts_repo import (
        DraftSummary,
        SaveResult,
        autosave_draft,
        commit_draft,
        content_hash_of,
        delete_draft,
        draft_revision_no,
        duplicate_draft,
        empty_trash,
        import_json,
        list_drafts,
        list_trash,
        load_draft,
        load_draft_with_revision,
        mark_exported,
        purge_draft,
        restore_draft,
        save_draft,
    )
    from qcdc_desktop.storage.editor_locks import (
        LOCK_TTL_SECONDS,
        claim_editor,
        editor_of,
        editor_owner,
        heartbeat,
        release_editor,
    )
    from qcdc_desktop.storage.errors import (
        ConflictError,
        CorruptDatabaseError,
        DatabaseDiskFullError,
        DatabaseLockedError,
        DatabaseReadOnlyError,
        DiskFullError,
        DraftNotFoundError,
        NewerDatabaseError,
        RevisionNotFoundError,
        StorageError,
    )
    from qcdc_desktop.storage.migrations import SCHEMA_VERSION
    from qcdc_desktop.storage.profiles import (
        Profile,
        ProfileNotFoundError,
        apply_profile,
        delete_profile,
        list_profiles,
        load_default_profile,
        load_profile,
        profile_from_draft,
        save_profile,
        set_default_profile,
    )
    from qcdc_desktop.storage.revisions import (
        DEFAULT_KEEP_REVISIONS,
        RevisionSummary,
        list_revisions,
        load_revision,
    )
    from qcdc_desktop.storage.settings_repo import (
        all_settings,
        delete_setting,
        get_setting,
        set_setting,
    )

# Where each public name lives.
_HOMES = {
    "list_backups": "backups",
    "newest_backup": "backups",
    "restore_backup": "backups",
    "DEFAULT_BUSY_TIMEOUT_MS": "database",
    "Database": "database",
    "open_database": "database",
    "SORT_KEYS": "draft_list",
    "DraftListing": "draft_list",
    "DraftSummary": "drafts_repo",
    "SaveResult": "drafts_repo",
    "autosave_draft": "drafts_repo",
    "commit_draft": "drafts_repo",
    "content_hash_of": "drafts_repo",
    "delete_draft": "drafts_repo",
    "draft_revision_no": "drafts_repo",
    "duplicate_draft": "drafts_repo",
    "empty_trash": "drafts_repo",
    "import_json": "drafts_repo",
    "list_drafts": "drafts_repo",
    "list_trash": "drafts_repo",
    "load_draft": "drafts_repo",
    "load_draft_with_revision": "drafts_repo",
    "mark_exported": "drafts_repo",
    "purge_draft": "drafts_repo",
    "restore_draft": "drafts_repo",
    "save_draft": "drafts_repo",
    "LOCK_TTL_SECONDS": "editor_locks",
    "claim_editor": "editor_locks",
    "editor_of": "editor_locks",
    "editor_owner": "editor_locks",
    "heartbeat": "editor_locks",
    "release_editor": "editor_locks",
    "ConflictError": "errors",
    "CorruptDatabaseError": "errors",
    "DatabaseDiskFullError": "errors",
    "DatabaseLockedError": "errors",
    "DatabaseReadOnlyError": "errors",
    "DiskFullError": "errors",
    "DraftNotFoundError": "errors",
    "NewerDatabaseError": "errors",
    "RevisionNotFoundError": "errors",
    "StorageError": "errors",
    "SCHEMA_VERSION": "migrations",
    "Profile": "profiles",
    "ProfileNotFoundError": "profiles",
    "apply_profile": "profiles",
    "delete_profile": "profiles",
    "list_profiles": "profiles",
    "load_default_profile": "profiles",
    "load_profile": "profiles",
    "profile_from_draft": "profiles",
    "save_profile": "profiles",
    "set_default_profile": "profiles",
    "DEFAULT_KEEP_REVISIONS": "revisions",
    "RevisionSummary": "revisions",
    "list_revisions": "revisions",
    "load_revision": "revisions",
    "all_settings": "settings_repo",
    "delete_setting": "settings_repo",
    "get_setting": "settings_repo",
    "set_setting": "settings_repo",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # later uses skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "DEFAULT_BUSY_TIMEOUT_MS",
    "DEFAULT_KEEP_REVISIONS",
    "LOCK_TTL_SECONDS",
    "SCHEMA_VERSION",
    "SORT_KEYS",
    "ConflictError",
    "CorruptDatabaseError",
    "Database",
    "DatabaseDiskFullError",
    "DatabaseLockedError",
    "DatabaseReadOnlyError",
    "DiskFullError",
    "DraftListing",
    "DraftNotFoundError",
    "DraftSummary",
    "NewerDatabaseError",
    "Profile",
    "ProfileNotFoundError",
    "RevisionNotFoundError",
    "RevisionSummary",
    "SaveResult",
    "StorageError",
    "all_settings",
    "apply_profile",
    "autosave_draft",
    "claim_editor",
    "commit_draft",
    "content_hash_of",
    "delete_draft",
    "delete_profile",
    "delete_setting",
    "draft_revision_no",
    "duplicate_draft",
    "editor_of",
    "editor_owner",
    "empty_trash",
    "get_setting",
    "heartbeat",
    "import_json",
    "list_backups",
    "list_drafts",
    "list_profiles",
    "list_revisions",
    "list_trash",
    "load_default_profile",
    "load_draft",
    "load_draft_with_revision",
    "load_profile",
    "load_revision",
    "mark_exported",
    "newest_backup",
    "open_database",
    "profile_from_draft",
    "purge_draft",
    "release_editor",
    "restore_backup",
    "restore_draft",
    "save_draft",
    "save_profile",
    "set_default_profile",
    "set_setting",
]
