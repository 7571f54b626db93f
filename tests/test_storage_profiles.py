from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from storage_fixtures import make_draft

from qcdc_desktop import paths
from qcdc_desktop.model import Agency, Signer
from qcdc_desktop.storage import (
    Database,
    Profile,
    ProfileNotFoundError,
    all_settings,
    apply_profile,
    delete_profile,
    delete_setting,
    get_setting,
    list_profiles,
    load_default_profile,
    load_profile,
    open_database,
    profile_from_draft,
    save_profile,
    set_default_profile,
    set_setting,
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(paths.database_path(tmp_path))
    yield database
    database.close()


def sample_profile(name: str = "Sở Thông tin và Truyền thông") -> Profile:
    return Profile(
        name=name,
        agency=Agency(parent_body="UBND tỉnh Tây Ninh", issuing_body=name, abbreviation="STTTT"),
        signer=Signer(authority="KT.", head_title="Giám đốc", signer_title="Phó Giám đốc"),
        recipients=["Sở Nội vụ", "Lưu: VT"],
        report_to="Sở Nội vụ",
        addressees=["Ban Chỉ đạo QCDC tỉnh"],
    )


def test_first_profile_becomes_default(db: Database) -> None:
    assert load_default_profile(db) is None
    first = sample_profile()
    save_profile(db, first)
    assert load_default_profile(db) == first
    second = sample_profile("Sở Nội vụ")
    save_profile(db, second)
    assert load_default_profile(db) == first
    set_default_profile(db, second.id)
    assert load_default_profile(db) == second
    assert [p.id for p in list_profiles(db)] == [second.id, first.id]
    delete_profile(db, second.id)
    assert load_default_profile(db) == first
    with pytest.raises(ProfileNotFoundError):
        load_profile(db, second.id)


def test_profile_update_and_unknown_keys_survive(db: Database) -> None:
    profile = sample_profile()
    profile.extra["future_field"] = {"x": 1}
    save_profile(db, profile)
    profile.signer.name = "Nguyễn Văn A"
    save_profile(db, profile)
    loaded = load_profile(db, profile.id)
    assert loaded.signer.name == "Nguyễn Văn A"
    assert loaded.extra == {"future_field": {"x": 1}}
    assert len(list_profiles(db)) == 1


def test_profile_fills_a_draft(db: Database) -> None:
    source = make_draft()
    source.agency.issuing_body = "UBND huyện Gò Dầu"
    source.recipients = ["Huyện ủy", "Lưu: VT"]
    profile = profile_from_draft(source, "Huyện Gò Dầu")
    save_profile(db, profile)
    target = make_draft()
    apply_profile(load_default_profile(db) or Profile(), target)
    assert target.agency.issuing_body == "UBND huyện Gò Dầu"
    assert target.recipients == ["Huyện ủy", "Lưu: VT"]
    target.recipients.append("Khác")
    assert source.recipients == ["Huyện ủy", "Lưu: VT"]


def test_settings(db: Database) -> None:
    assert get_setting(db, "font", "Times New Roman") == "Times New Roman"
    set_setting(db, "font", "Times New Roman")
    set_setting(db, "margins_mm", {"top": 20, "left": 30})
    set_setting(db, "font", "Arial")
    assert get_setting(db, "font") == "Arial"
    assert all_settings(db) == {"font": "Arial", "margins_mm": {"top": 20, "left": 30}}
    delete_setting(db, "font")
    assert get_setting(db, "font") is None


def test_the_agency_line_names_the_default_profile(db: Database) -> None:
    from qcdc_desktop.storage import AgencyLine, default_agency_line

    assert default_agency_line(db) is None
    first = sample_profile()
    first.signer.name = "Nguyễn Văn A"
    save_profile(db, first)
    assert default_agency_line(db) == AgencyLine(
        "Sở Thông tin và Truyền thông", "UBND tỉnh Tây Ninh", "Nguyễn Văn A"
    )
    second = sample_profile("Sở Nội vụ")
    second.agency.parent_body = ""
    save_profile(db, second)
    set_default_profile(db, second.id)
    line = default_agency_line(db)
    assert line is not None and line == AgencyLine("Sở Nội vụ", "", "")
    # The same profile the full read picks.
    profile = load_default_profile(db)
    assert profile is not None and profile.agency.issuing_body == line.issuing_body
