"""Agency profiles: who issues, who signs and who receives, reused from draft to draft."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from qcdc_desktop.model import Agency, Draft, Signer, new_id
from qcdc_desktop.model.json_form import _from_dict, _to_plain
from qcdc_desktop.storage.agency_line import DEFAULT_FIRST
from qcdc_desktop.storage.database import Database
from qcdc_desktop.storage.errors import StorageError
from qcdc_desktop.storage.timestamps import utc_now

if TYPE_CHECKING:
    from qcdc_desktop.doctypes.draft_factory import DraftDefaults


@dataclass
class Profile:
    name: str = ""
    agency: Agency = field(default_factory=Agency)
    signer: Signer = field(default_factory=Signer)
    recipients: list[str] = field(default_factory=list)  # "Nơi nhận"
    report_to: str = ""
    addressees: list[str] = field(default_factory=list)  # "Kính gửi"
    id: str = field(default_factory=new_id)
    extra: dict[str, Any] = field(default_factory=dict)

    def draft_defaults(self) -> DraftDefaults:
        """What this profile fills into every new draft."""
        from qcdc_desktop.doctypes.draft_factory import DraftDefaults

        return DraftDefaults(
            agency=self.agency,
            signer=self.signer,
            recipients=list(self.recipients),
            report_to=self.report_to,
            addressees=list(self.addressees),
        )


class ProfileNotFoundError(StorageError, LookupError):
    default_message = "Không tìm thấy hồ sơ cơ quan."


def profile_to_dict(profile: Profile) -> dict[str, Any]:
    plain: dict[str, Any] = _to_plain(profile)
    return plain


def profile_from_dict(data: Any) -> Profile:
    return _from_dict(Profile, data, "profile")


def profile_from_draft(draft: Draft, name: str) -> Profile:
    """Keep a draft's agency, signer and recipients as a profile for the next report."""
    return Profile(
        name=name,
        agency=Agency(**vars(draft.agency)),
        signer=Signer(**vars(draft.signer)),
        recipients=list(draft.recipients),
        report_to=draft.report_to,
        addressees=list(draft.addressees),
    )


def apply_profile(profile: Profile, draft: Draft) -> None:
    """Fill a new draft's agency, signer and recipients from a profile."""
    fresh = profile_from_dict(profile_to_dict(profile))  # an independent copy
    draft.agency = fresh.agency
    draft.signer = fresh.signer
    draft.recipients = fresh.recipients
    draft.report_to = fresh.report_to
    draft.addressees = fresh.addressees


def save_profile(db: Database, profile: Profile, *, make_default: bool = False) -> None:
    """Insert or update. The first profile saved becomes the default."""
    text = json.dumps(profile_to_dict(profile), ensure_ascii=False)
    with db.transaction():
        has_default = db.scalar("SELECT 1 FROM profiles WHERE is_default = 1") is not None
        db.execute(
            "INSERT INTO profiles (id, name, json, is_default, updated) VALUES (?, ?, ?, 0, ?)"
            " ON CONFLICT (id) DO UPDATE SET name = excluded.name, json = excluded.json,"
            " updated = excluded.updated",
            (profile.id, profile.name, text, utc_now()),
        )
        if make_default or not has_default:
            set_default_profile(db, profile.id)


def set_default_profile(db: Database, profile_id: str) -> None:
    with db.transaction():
        if db.scalar("SELECT 1 FROM profiles WHERE id = ?", (profile_id,)) is None:
            raise ProfileNotFoundError()
        db.execute("UPDATE profiles SET is_default = 0 WHERE is_default = 1")
        db.execute("UPDATE profiles SET is_default = 1 WHERE id = ?", (profile_id,))


def list_profiles(db: Database) -> list[Profile]:
    """All profiles, the default first, then by name."""
    rows = db.query("SELECT json FROM profiles ORDER BY is_default DESC, name COLLATE NOCASE")
    return [profile_from_dict(json.loads(row["json"])) for row in rows]


def default_profile_id(db: Database) -> str | None:
    value = db.scalar("SELECT id FROM profiles WHERE is_default = 1")
    return None if value is None else str(value)


def load_profile(db: Database, profile_id: str) -> Profile:
    text = db.scalar("SELECT json FROM profiles WHERE id = ?", (profile_id,))
    if text is None:
        raise ProfileNotFoundError()
    return profile_from_dict(json.loads(text))


def load_default_profile(db: Database) -> Profile | None:
    """The default profile, or None when no profile has been saved."""
    text = db.scalar(f"SELECT json FROM profiles {DEFAULT_FIRST}")
    return None if text is None else profile_from_dict(json.loads(text))


def delete_profile(db: Database, profile_id: str) -> None:
    """Delete a profile; if it was the default, the most recently updated one takes over."""
    with db.transaction():
        db.execute("DELETE FROM profiles WHERE id = ?", (profile_id,))
        if db.scalar("SELECT 1 FROM profiles WHERE is_default = 1") is None:
            db.execute(
                "UPDATE profiles SET is_default = 1 WHERE id = ("
                " SELECT id FROM profiles ORDER BY updated DESC LIMIT 1)"
            )
