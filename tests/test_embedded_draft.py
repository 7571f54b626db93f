"""Every exported DOCX carries its draft; an unedited file restores it exactly."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document

from qcdc_desktop.doctypes import doc_types
from qcdc_desktop.doctypes.samples import sample_draft
from qcdc_desktop.export import export_docx
from qcdc_desktop.export.embedded_draft import NAMESPACE
from qcdc_desktop.importing import import_docx
from qcdc_desktop.importing.embedded_draft import (
    EDITED_LINE,
    RESTORED_LINE,
    read_embedded_draft,
)
from qcdc_desktop.model import FigureValues, draft_to_dict


def _comparable(draft) -> dict:  # type: ignore[no-untyped-def]
    data = draft_to_dict(draft)
    data.pop("id")
    return data


def _our_part(path: Path) -> tuple[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if re.match(r"customXml/item\d+\.xml$", name):
                data = archive.read(name)
                if NAMESPACE.encode() in data:
                    return name, data
    raise AssertionError("no embedded draft part")


@pytest.mark.parametrize("type_id", list(doc_types()))
def test_export_then_import_gives_back_the_draft(tmp_path: Path, type_id: str) -> None:
    draft = sample_draft(type_id)
    path = export_docx(draft, tmp_path / f"{type_id}.docx")
    result = import_docx(path)
    assert result.summary == [RESTORED_LINE]
    assert _comparable(result.draft) == _comparable(draft)
    assert result.draft.id != draft.id  # saving it never overwrites the original


def test_part_is_wired_like_word_custom_xml(tmp_path: Path) -> None:
    path = export_docx(sample_draft("bc-6thang"), tmp_path / "a.docx")
    name, data = _our_part(path)
    number = re.search(r"item(\d+)\.xml", name).group(1)  # type: ignore[union-attr]
    with zipfile.ZipFile(path) as archive:
        rels = archive.read("word/_rels/document.xml.rels").decode()
        item_rels = archive.read(f"customXml/_rels/item{number}.xml.rels").decode()
        types = archive.read("[Content_Types].xml").decode()
        props = archive.read(f"customXml/itemProps{number}.xml").decode()
    assert f'Target="../customXml/item{number}.xml"' in rels
    assert "relationships/customXml" in rels
    assert f'Target="itemProps{number}.xml"' in item_rels
    assert f"/customXml/itemProps{number}.xml" in types
    assert "customXmlProperties+xml" in types
    assert NAMESPACE in props and "ds:itemID" in props
    assert b'text-hash="' in data
    # python-docx reopens the package with the part in place.
    Document(str(path))


def test_unicode_and_markup_survive_the_part(tmp_path: Path) -> None:
    draft = sample_draft("bc-6thang")
    draft.sections[0].blocks[0].text = 'Ký tự <&> "trích dẫn" và ]]> cùng dấu tiếng Việt: ỗ ữ'
    path = export_docx(draft, tmp_path / "b.docx")
    result = import_docx(path)
    assert result.summary == [RESTORED_LINE]
    assert _comparable(result.draft) == _comparable(draft)


def _edit_paragraph(path: Path, old: str, new: str) -> None:
    """Change one paragraph the way Word saves an edit: the runs are rewritten."""
    document = Document(str(path))
    for paragraph in document.paragraphs:
        if old in paragraph.text:
            text = paragraph.text.replace(old, new)
            for run in paragraph.runs[1:]:
                run._r.getparent().remove(run._r)
            paragraph.runs[0].text = text
            document.save(str(path))
            return
    raise AssertionError(f"no paragraph with {old!r}")


def test_resaved_without_change_still_restores(tmp_path: Path) -> None:
    draft = sample_draft("bc-6thang")
    path = export_docx(draft, tmp_path / "c.docx")
    Document(str(path)).save(str(path))  # opened and saved again, nothing changed
    result = import_docx(path)
    assert result.summary == [RESTORED_LINE]


def test_edit_after_export_is_detected_and_text_is_read(tmp_path: Path) -> None:
    draft = sample_draft("bc-6thang")
    path = export_docx(draft, tmp_path / "d.docx")
    original = next(b.text for p in draft.all_parts() for b in p.blocks if b.kind == "para")
    changed = original[:20] + " ĐÃ SỬA TRONG WORD " + original[20:]
    _edit_paragraph(path, original[:40], changed[: 40 + len(" ĐÃ SỬA TRONG WORD ")])
    embedded = read_embedded_draft(path)
    assert embedded is not None and not embedded.intact
    result = import_docx(path)
    assert result.summary[0] == EDITED_LINE
    texts = [b.text for p in result.draft.all_parts() for b in p.blocks]
    assert any("ĐÃ SỬA TRONG WORD" in t for t in texts)


def test_figures_kept_only_where_the_sentence_still_shows_them(tmp_path: Path) -> None:
    draft = sample_draft("bc-6thang")
    # Values for a group that no part prints: the exported file never showed them.
    draft.figures["citizens"] = FigureValues(values={"receptions": 12})
    path = export_docx(draft, tmp_path / "e.docx")
    # The staff sentence is edited (55 becomes 60); the other groups stay as printed.
    _edit_paragraph(path, "người lao động: 55 người", "người lao động: 60 người")
    result = import_docx(path)
    assert result.summary[0] == EDITED_LINE
    assert any("Biên chế, nhân sự" in line and "đã bị sửa" in line for line in result.summary)
    assert result.draft.figures["staff"].values.get("total") != 55
    assert result.draft.figures["tthc"].values == draft.figures["tthc"].values
    assert any("Thủ tục hành chính" in line and "giữ nguyên" in line for line in result.summary)
    # A group the document never printed was not signed for: it is not taken.
    assert any("Tiếp công dân" in line and "không in" in line for line in result.summary)


def test_a_plain_word_file_is_not_taken_for_an_export(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("BÁO CÁO")
    document.save(str(tmp_path / "plain.docx"))
    assert read_embedded_draft(tmp_path / "plain.docx") is None


def test_a_newer_part_version_is_not_misread(tmp_path: Path) -> None:
    path = export_docx(sample_draft("bc-6thang"), tmp_path / "f.docx")
    name, data = _our_part(path)
    newer = data.replace(NAMESPACE.encode(), NAMESPACE[:-1].encode() + b"99")
    out = tmp_path / "g.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, newer if info.filename == name else src.read(info))
    result = import_docx(out)
    assert "phiên bản mới hơn" in result.summary[0]


def test_a_type_this_installation_lacks_is_read_from_the_text(tmp_path: Path) -> None:
    draft = sample_draft("bc-6thang")
    path = export_docx(draft, tmp_path / "h.docx")
    name, data = _our_part(path)
    other = data.replace(b'"doc_type":"bc-6thang"', b'"doc_type":"bc-rieng"')
    assert other != data
    out = tmp_path / "i.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, other if info.filename == name else src.read(info))
    result = import_docx(out)
    assert "bc-rieng" in result.summary[0]
    assert result.draft.doc_type == "bc-6thang"  # recognised from the printed title


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_resave_keeps_the_part_and_the_hash(tmp_path: Path) -> None:
    draft = sample_draft("bc-6thang")
    path = export_docx(draft, tmp_path / "in.docx")
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(tmp_path / "out"),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    resaved = tmp_path / "out" / "in.docx"
    embedded = read_embedded_draft(resaved)
    assert embedded is not None and embedded.intact
    assert _comparable(import_docx(resaved).draft) == _comparable(draft)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _rewrite_document_xml(src: Path, dst: Path, change) -> None:  # type: ignore[no-untyped-def]
    from lxml import etree

    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "word/document.xml":
                root = etree.fromstring(data)
                change(root)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            zout.writestr(info, data)


def _word_like_split(root) -> None:  # type: ignore[no-untyped-def]
    """What Word does on save without a text change: runs split with rsid marks, proofing
    marks and a bookmark inserted."""
    from lxml import etree

    w = f"{{{W_NS}}}"
    for p in root.iter(f"{w}p"):
        runs = p.findall(f"{w}r")
        for r in runs:
            texts = [c for c in r if c.tag != f"{w}rPr"]
            t = r.find(f"{w}t")
            if len(texts) != 1 or t is None or not t.text or len(t.text) < 10:
                continue  # only a run holding one piece of text is split here
            first, second = t.text[:5], t.text[5:]
            t.text = first
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            r.set(f"{w}rsidR", "00A1B2C3")
            twin = etree.fromstring(etree.tostring(r))
            twin.find(f"{w}t").text = second
            r.addnext(twin)
            r.addnext(etree.Element(f"{w}proofErr", {f"{w}type": "spellStart"}))
        p.insert(0, etree.Element(f"{w}bookmarkStart", {f"{w}id": "0", f"{w}name": "_GoBack"}))


def test_word_style_resave_without_a_text_change_still_restores(tmp_path: Path) -> None:
    draft = sample_draft("bc-6thang")
    path = export_docx(draft, tmp_path / "j.docx")
    out = tmp_path / "k.docx"
    _rewrite_document_xml(path, out, _word_like_split)
    assert import_docx(out).summary == [RESTORED_LINE]


def test_one_changed_character_in_document_xml_is_detected(tmp_path: Path) -> None:
    draft = sample_draft("bc-6thang")
    path = export_docx(draft, tmp_path / "l.docx")

    def change(root) -> None:  # type: ignore[no-untyped-def]
        _word_like_split(root)
        for t in root.iter(f"{{{W_NS}}}t"):
            if t.text and "55" in t.text:
                t.text = t.text.replace("55", "56", 1)
                return
        raise AssertionError("no 55 in the document")

    out = tmp_path / "m.docx"
    _rewrite_document_xml(path, out, change)
    result = import_docx(out)
    assert result.summary[0] == EDITED_LINE
