from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import example_reports as er
import pytest
from proofing_fixtures import example_draft, seed

from qcdc_desktop import paths
from qcdc_desktop.checks import run_checks
from qcdc_desktop.proofing.keystrokes import from_telex, from_vni
from qcdc_desktop.proofing.office import (
    OfficeProofing,
    add_to_dictionary,
    load_office,
    save_office,
)
from qcdc_desktop.proofing.spelling import SpellChecker, count_words
from qcdc_desktop.proofing.syllables import (
    is_valid_syllable,
    judge_syllable,
    place_tone,
    toneless_syllables,
)
from qcdc_desktop.storage import Database, open_database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(paths.database_path(tmp_path))
    yield database
    database.close()


@pytest.mark.parametrize(
    "word",
    ["việt", "người", "được", "quyết", "giêng", "gìn", "nghiêng", "khuya", "xoong", "kỹ", "gì"],
)
def test_generated_syllables_accept_real_words(word: str) -> None:
    assert is_valid_syllable(word)


@pytest.mark.parametrize("word", ["ce", "ghu", "hoc", "ngi", "kan", "boa", "iên", "quo", "hữt"])
def test_generated_syllables_refuse_what_the_rules_forbid(word: str) -> None:
    assert not is_valid_syllable(word)


def test_the_set_is_built_from_rules_not_listed() -> None:
    bases = toneless_syllables()
    assert "nghiêng" in bases and "ngiêng" not in bases
    assert bases["quyên"] == ("qu", "yên")
    assert place_tone("h", "oa", 1, "old") == "hòa"
    assert place_tone("h", "oa", 1, "new") == "hoà"
    assert place_tone("h", "oan", 1, "old") == "hoàn"


def test_tone_marks_doubled_misplaced_and_off_style() -> None:
    assert judge_syllable("tiếng", "old").problem == ""
    misplaced = judge_syllable("hòang", "old")
    assert (misplaced.problem, misplaced.suggestions) == ("tone_misplaced", ("hoàng",))
    doubled = judge_syllable("t\u00ecê\u0301ng".replace("\u00ec", "i\u0300"), "old")
    assert doubled.problem == "double_tone" and "tiếng" in doubled.suggestions
    assert judge_syllable("hoà", "old").suggestions == ("hòa",)
    assert judge_syllable("hòa", "new").suggestions == ("hoà",)
    assert judge_syllable("uỷ", "any").problem == ""


def test_input_method_leftovers() -> None:
    assert from_telex("vieetj") == "việt"
    assert from_telex("dduowcj") == "được"
    assert from_telex("hoaf", "new") == "hoà"
    assert from_vni("vie65t") == "việt"
    assert from_vni("d9uo7c5") == "được"
    assert from_telex("xanh") is None  # a leading x is a consonant, and xanh is a word


def test_what_is_left_alone() -> None:
    checker = SpellChecker()
    text = "UBND tỉnh, QĐi, TCVN ISO 9001:2015, Internet, website, COVID-19, m2, a) b) đ)"
    assert list(checker.check(text)) == []


def test_office_dictionary_is_kept_in_the_database(db: Database) -> None:
    office = load_office(db)
    assert office.tone_style == "old"
    checker = SpellChecker(office)
    assert [m.word for m in checker.check("Thôn Krông Pắc")] == ["Krông"]
    assert add_to_dictionary(db, office, "Krông")
    assert not add_to_dictionary(db, office, "krông")  # already there, any case
    assert list(checker.check("Thôn Krông Pắc")) == []  # the cache follows the dictionary
    again = load_office(db)
    assert again.words == ["Krông"] and again.knows("KRÔNG")
    again.set_style("new")
    save_office(db, again)
    assert load_office(db).tone_style == "new"


def _spelling(findings: list) -> list:  # type: ignore[type-arg]
    return [f for f in findings if f.code.startswith("spelling.")]


@pytest.mark.parametrize(
    ("typed", "code", "fix"),
    [
        ("vieetj", "spelling.telex", "việt"),
        ("vie65t", "spelling.vni", "việt"),
        ("hòang", "spelling.tone_misplaced", "hoàng"),
        ("hoà", "spelling.tone_style", "hòa"),
        ("nhá\u0300", "spelling.double_tone", "nhà"),  # a second mark typed after the first
        ("ngiêng", "spelling.unknown", ""),
    ],
)
def test_seeded_mistakes_are_found_with_their_correction(typed: str, code: str, fix: str) -> None:
    draft = example_draft()
    part_id, index, offset = seed(draft, "cơ quan", f"{typed} cơ quan")
    found = [f for f in _spelling(run_checks(draft)) if f.code == code and f.part_id == part_id]
    assert found, code
    finding = found[0]
    assert finding.field == f"block.{index}"
    assert (finding.start, finding.end) == (offset, offset + len(typed))
    assert finding.suggestion == fix


def test_example_documents_rate_below_one_in_two_thousand_words() -> None:
    office = OfficeProofing(words=["Tây", "Ninh"])  # their proper names
    for name in (er.REPORT, er.PLAN):
        draft = example_draft(name)
        words = count_words(er.plain_text(er.load(name)))
        found = _spelling(run_checks(draft, office))
        assert len(found) / words < 1 / 2000, [f.message for f in found]


def test_the_office_style_decides_which_spelling_is_flagged() -> None:
    draft = example_draft()
    old = [f.suggestion for f in _spelling(run_checks(draft, OfficeProofing("old")))]
    new = [f.suggestion for f in _spelling(run_checks(draft, OfficeProofing("new")))]
    assert "ủy" in old and "uỷ" not in old
    assert "uỷ" in new and "ủy" not in new
    assert _spelling(run_checks(draft, OfficeProofing("any"))) == []
