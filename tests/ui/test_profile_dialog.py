"""The agency profile dialog: fields in, Profile out, saved as the default."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from qcdc_desktop.storage import Profile, load_default_profile
from qcdc_desktop.ui import profile_dialog
from qcdc_desktop.ui.profile_dialog import ProfileDialog, lines_of


def fill(dialog: ProfileDialog) -> None:
    dialog.parent_body.setText("UBND tỉnh Tây Ninh")
    dialog.issuing_body.setText("  Sở Nội vụ ")
    dialog.abbreviation.setText("SNV")
    dialog.place.setText("Tây Ninh")
    dialog.authority.setCurrentIndex(dialog.authority.findData("KT."))
    dialog.head_title.setText("Giám đốc")
    dialog.signer_title.setText("Phó Giám đốc")
    dialog.signer_name.setText("Nguyễn Văn A")
    dialog.report_to.setText("UBND tỉnh")
    dialog.recipients.setPlainText("- UBND tỉnh;\n\n- Ban Dân vận Tỉnh ủy;\n- Lưu: VT, VP.")


def test_lines_of_drops_list_marks_and_blank_lines() -> None:
    assert lines_of("- UBND tỉnh;\n\n  + Sở Tài chính ; \n- Lưu: VT, VP.") == [
        "UBND tỉnh",
        "Sở Tài chính",
        "Lưu: VT, VP",
    ]


def test_typed_fields_become_a_profile(qtbot: Any) -> None:
    dialog = ProfileDialog(None)
    qtbot.addWidget(dialog)
    fill(dialog)
    profile = dialog.result_profile()
    assert profile.agency.issuing_body == "Sở Nội vụ"
    assert profile.agency.parent_body == "UBND tỉnh Tây Ninh"
    assert profile.agency.abbreviation == "SNV"
    assert profile.signer.authority == "KT."
    assert profile.signer.signer_title == "Phó Giám đốc"
    assert profile.recipients == ["UBND tỉnh", "Ban Dân vận Tỉnh ủy", "Lưu: VT, VP"]
    assert profile.report_to == "UBND tỉnh"
    assert profile.name == "Sở Nội vụ"
    assert dialog.signature_preview.text() == "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn A"


def test_signer_title_only_applies_when_signing_for_the_head(qtbot: Any) -> None:
    dialog = ProfileDialog(None)
    qtbot.addWidget(dialog)
    fill(dialog)
    dialog.authority.setCurrentIndex(dialog.authority.findData(""))
    assert not dialog.signer_title.isEnabled()
    assert dialog.result_profile().signer.signer_title == ""
    assert dialog.signature_preview.text() == "GIÁM ĐỐC\nNguyễn Văn A"
    labels = [dialog.authority.itemText(i) for i in range(dialog.authority.count())]
    assert labels[0].startswith("(không)")
    assert [dialog.authority.itemData(i) for i in range(len(labels))] == [
        "",
        "KT.",
        "TM.",
        "TL.",
        "TUQ.",
        "Q.",
    ]


def test_existing_profile_is_loaded_and_keeps_its_id(qtbot: Any) -> None:
    original = Profile(name="Cũ", recipients=["Sở Nội vụ", "Lưu: VT"])
    original.agency.issuing_body = "Sở Tư pháp"
    original.signer.authority = "TL."
    original.signer.head_title = "Giám đốc"
    dialog = ProfileDialog(original)
    qtbot.addWidget(dialog)
    assert dialog.issuing_body.text() == "Sở Tư pháp"
    assert dialog.authority.currentData() == "TL."
    assert dialog.recipients.toPlainText() == "Sở Nội vụ\nLưu: VT"
    assert dialog.result_profile().id == original.id


def test_issuing_body_is_required(qtbot: Any, dialogs: Any) -> None:
    dialog = ProfileDialog(None)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialogs.texts("warning") == ["Hãy nhập tên cơ quan ban hành."]


def test_edit_profile_saves_the_default_and_announces_it(
    context: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def accept(self: ProfileDialog) -> int:
        fill(self)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ProfileDialog, "exec", accept)
    changed: list[bool] = []
    context.events.profile_changed.connect(lambda: changed.append(True))
    assert profile_dialog.edit_profile(None, context)
    saved = load_default_profile(context.db)
    assert saved is not None and saved.agency.issuing_body == "Sở Nội vụ"
    assert changed == [True]
    # Editing again updates the same profile instead of adding one.
    assert profile_dialog.edit_profile(None, context)
    from qcdc_desktop.storage import list_profiles

    assert len(list_profiles(context.db)) == 1


def test_cancel_saves_nothing(context: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ProfileDialog, "exec", lambda self: int(QDialog.DialogCode.Rejected))
    assert not profile_dialog.edit_profile(None, context)
    assert load_default_profile(context.db) is None
