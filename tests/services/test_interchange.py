"""Import and export in the pathway interchange format."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers.models import IndexChange, Organisation, Pathway, PathwayLink
from careers.services import interchange
from tests.factories import make_pathway

RECORD: dict[str, Any] = {
    "ref": "KCH-HCSW-01",
    "organisation": "King's College Hospital NHS Foundation Trust",
    "organisation_type": "nhs_trust",
    "type": "apprenticeship",
    "title": "Healthcare support worker apprentice",
    "summary": "Care for patients while you train.",
    "description": "You will help patients wash, dress and eat, and learn to take observations.",
    "skills": ["kindness", "teamwork"],
    "interests": ["caring for people"],
    "sector": "nursing",
    "level": 2,
    "standard_code": "ST0216",
    "entry": {"min_qualification_level": 0, "gcse_english_maths": False, "min_age": 18},
    "postcode": "SE5 9RS",
    "remote": False,
    "hours_per_week": 37.5,
    "pay": {"min": 30259, "max": 30259, "period": "year"},
    "closing_date": "2027-01-31",
    "start_date": "2027-03-01",
    "apply_url": "https://www.jobs.nhs.uk/candidate/search",
    "supports": ["care_leaver", "local_resident"],
    "next_steps": ["KCH-SHCSW-01"],
}
NEXT: dict[str, Any] = {
    **RECORD,
    "ref": "KCH-SHCSW-01",
    "title": "Senior healthcare support worker apprentice",
    "level": 3,
    "standard_code": "ST0217",
    "pay": {"min": 13.85, "max": 14.5, "period": "hour"},
    "entry": {"min_qualification_level": 2, "gcse_english_maths": True, "min_age": None},
    "postcode": None,
    "closing_date": None,
    "start_date": None,
    "summary": None,
    "supports": [],
    "next_steps": [],
}
COURSE: dict[str, Any] = {
    "ref": "NEWCOL-ACCESS",
    "organisation": "A College Nobody Has Heard Of",
    "organisation_type": "college",
    "type": "course",
    "title": "Access to HE Diploma; health",
    "description": 'A one-year course, with "quotes", commas, and a line\nbreak.',
    "pay": {"period": "none"},
    "remote": True,
}


def jsonl(*records: dict[str, Any]) -> io.StringIO:
    return io.StringIO("".join(json.dumps(r) + "\n" for r in records))


def problems(session: Session, *records: dict[str, Any]) -> list[str]:
    report = interchange.validate(session, interchange.parse_file(jsonl(*records), "jsonl"))
    return report.messages()


def count(session: Session, model: Any) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def with_(changes: dict[str, Any], base: dict[str, Any] = RECORD) -> dict[str, Any]:
    record = copy.deepcopy(base)
    record.update(changes)
    return record


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_export_then_import_round_trips_without_loss(
    reference_data: Session, tmp_path: Path, fmt: str
) -> None:
    interchange.import_file(reference_data, jsonl(RECORD, NEXT, COURSE), "jsonl")
    reference_data.commit()
    first = tmp_path / f"first.{fmt}"
    assert interchange.export(reference_data, first) == 3
    exported = list(interchange.iter_records(reference_data))

    for pathway in reference_data.scalars(select(Pathway)):
        reference_data.delete(pathway)
    reference_data.commit()
    assert count(reference_data, Pathway) == 0

    report, result = interchange.import_file(reference_data, first)
    assert report.ok, report.messages()
    assert (result.created, result.updated) == (3, 0)
    reference_data.commit()
    assert list(interchange.iter_records(reference_data)) == exported
    second = tmp_path / f"second.{fmt}"
    interchange.export(reference_data, second)
    assert second.read_text() == first.read_text()


def test_an_imported_record_exports_as_it_came_in(reference_data: Session) -> None:
    interchange.import_file(reference_data, jsonl(RECORD, NEXT), "jsonl")
    records = {r["ref"]: r for r in interchange.iter_records(reference_data)}
    assert records["KCH-HCSW-01"] == RECORD
    assert records["KCH-SHCSW-01"] == NEXT


def test_import_places_the_pathway_and_links_forward_references(reference_data: Session) -> None:
    report, result = interchange.import_file(reference_data, jsonl(RECORD, NEXT), "jsonl")
    assert report.ok and (result.created, result.updated, result.skipped) == (2, 0, 0)
    pathway = reference_data.scalar(select(Pathway).where(Pathway.ref == "KCH-HCSW-01"))
    assert pathway is not None
    assert pathway.borough_code == "E09000028"  # SE5 is mostly Southwark
    assert pathway.latitude and pathway.longitude
    assert [p.ref for p in pathway.next_steps] == ["KCH-SHCSW-01"]
    assert pathway.status == "published" and pathway.published_at is not None
    changed = set(reference_data.scalars(select(IndexChange.pathway_id)))
    assert pathway.id in changed and len(changed) == 2


def test_import_creates_an_organisation_it_does_not_know(session: Session) -> None:
    interchange.import_file(session, jsonl(COURSE), "jsonl")
    organisation = session.scalar(
        select(Organisation).where(Organisation.name == COURSE["organisation"])
    )
    assert organisation is not None
    assert organisation.slug == "a-college-nobody-has-heard-of"
    assert organisation.type == "college"


def test_importing_again_updates_by_ref(reference_data: Session) -> None:
    interchange.import_file(reference_data, jsonl(RECORD, NEXT), "jsonl")
    changed = with_({"title": "Clinical support worker apprentice", "next_steps": []})
    _, result = interchange.import_file(reference_data, jsonl(changed), "jsonl")
    assert (result.created, result.updated) == (0, 1)
    pathway = reference_data.scalar(select(Pathway).where(Pathway.ref == "KCH-HCSW-01"))
    assert pathway is not None and pathway.title == "Clinical support worker apprentice"
    assert pathway.next_steps == []
    assert count(reference_data, Pathway) == 2


def test_a_next_step_already_in_the_service_is_accepted(session: Session) -> None:
    make_pathway(session, ref="KCH-SHCSW-01")
    assert problems(session, RECORD) == []


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({k: v for k, v in RECORD.items() if k != "title"}, "line 1: title: is missing"),
        (with_({"description": "  "}), "line 1: description: is missing"),
        (with_({"type": "internship"}), 'line 1: type: "internship" is not allowed; use one of'),
        (with_({"sector": "surgery"}), 'line 1: sector: "surgery" is not allowed'),
        (with_({"supports": ["students"]}), "line 1: supports: students not allowed"),
        (with_({"postcode": "SE5 XYZ"}), 'line 1: postcode: "SE5 XYZ": Enter a real postcode'),
        (with_({"postcode": "ZZ9 9ZZ"}), 'line 1: postcode: "ZZ9 9ZZ": We cannot find this'),
        (with_({"closing_date": "31/01/2027"}), 'line 1: closing_date: "31/01/2027" is not a'),
        (with_({"start_date": "2027-02-30"}), 'line 1: start_date: "2027-02-30" is not a real'),
        (with_({"level": "two"}), "line 1: level: must be a whole number from 0 to 8"),
        (with_({"level": 9}), "line 1: level: must be a whole number from 0 to 8"),
        (with_({"skills": "kindness"}), "line 1: skills: must be a list of text"),
        (with_({"remote": "no"}), "line 1: remote: must be true or false"),
        (with_({"hours_per_week": "full time"}), "line 1: hours_per_week: must be a number"),
        (with_({"entry": {"min_age": 15}}), "line 1: entry.min_age: must be 16, 17, 18 or 21"),
        (with_({"pay": {"min": 24000, "period": "month"}}), 'line 1: pay.period: "month"'),
        (with_({"pay": {"min": 24000, "period": "hour"}}), "line 1: pay.period: that looks like"),
        (with_({"pay": {"min": 30000, "max": 20000, "period": "year"}}), "line 1: pay.max:"),
        (with_({"standard_code": "HCSW"}), 'line 1: standard_code: "HCSW" is not a standard'),
        (with_({"apply_url": "www.example.com"}), "line 1: apply_url: must be a web address"),
        (with_({"ref": "KCH HCSW"}), "line 1: ref: use only letters"),
        (with_({"colour": "blue"}), "line 1: colour: is not a field of the pathway format"),
        (with_({"next_steps": ["NOWHERE-1"]}), "line 1: next_steps: NOWHERE-1 is not in this"),
    ],
)
def test_each_problem_is_reported_in_plain_english(
    reference_data: Session, record: dict[str, Any], expected: str
) -> None:
    found = problems(reference_data, record, NEXT)
    assert any(message.startswith(expected) for message in found), found


def test_a_well_formed_standard_code_missing_from_our_partial_list_is_accepted(
    reference_data: Session,
) -> None:
    assert problems(reference_data, with_({"standard_code": "ST1399"}), NEXT) == []


def test_a_duplicate_ref_is_reported_with_both_lines(reference_data: Session) -> None:
    found = problems(reference_data, NEXT, RECORD, NEXT)
    assert found == ["line 3: ref: KCH-SHCSW-01 is also on line 1; refs must be unique"]


def test_a_line_that_is_not_json_is_reported(reference_data: Session) -> None:
    stream = io.StringIO(json.dumps(NEXT) + "\n{not json\n[1, 2]\n")
    report = interchange.validate(reference_data, interchange.parse_file(stream, "jsonl"))
    assert report.messages() == [
        "line 2: record: this line is not valid JSON (Expecting property name enclosed in "
        "double quotes)",
        'line 3: record: must be a JSON object, like {"ref": ...}',
    ]


def test_every_problem_in_a_file_is_reported_not_just_the_first(reference_data: Session) -> None:
    bad = with_({"type": "gig", "level": -1, "closing_date": "soon"})
    found = problems(reference_data, NEXT, bad)
    assert [m.split(":")[1].strip() for m in found] == ["type", "level", "closing_date"]
    assert all(m.startswith("line 2:") for m in found)


def test_nothing_is_written_when_any_record_is_invalid(reference_data: Session) -> None:
    bad = with_({"ref": "KCH-BAD-01", "postcode": "nowhere", "next_steps": []})
    report = interchange.validate(
        reference_data, interchange.parse_file(jsonl(RECORD, NEXT, bad), "jsonl")
    )
    with pytest.raises(interchange.ImportRejected, match="1 problem found; nothing"):
        interchange.apply(reference_data, report)
    assert count(reference_data, Pathway) == 0
    assert count(reference_data, Organisation) == 0
    assert count(reference_data, IndexChange) == 0


def test_skip_invalid_writes_the_valid_records_only(reference_data: Session) -> None:
    bad = with_({"ref": "KCH-BAD-01", "postcode": "nowhere", "next_steps": []})
    report = interchange.validate(
        reference_data, interchange.parse_file(jsonl(RECORD, bad, NEXT), "jsonl")
    )
    result = interchange.apply(reference_data, report, skip_invalid=True)
    assert (result.created, result.updated, result.skipped) == (2, 0, 1)
    refs = set(reference_data.scalars(select(Pathway.ref)))
    assert refs == {"KCH-HCSW-01", "KCH-SHCSW-01"}


def test_a_link_to_a_skipped_record_makes_its_source_invalid_too(reference_data: Session) -> None:
    bad_next = with_({"postcode": "nowhere"}, NEXT)
    found = problems(reference_data, RECORD, bad_next)
    assert "line 1: next_steps: KCH-SHCSW-01 has a problem on line 2, so it cannot link" in found


def test_csv_uses_dotted_columns_and_semicolon_lists(reference_data: Session) -> None:
    text = (
        "ref,organisation,type,title,description,skills,entry.min_age,entry.gcse_english_maths,"
        "pay.min,pay.max,pay.period,postcode,remote,level\n"
        'CSV-1,Croydon Council,job,Carer,"Help people, at home.",kindness; patience,18,yes,'
        "13.85,14.5,hour,cr0 1ea,false,2\n"
    )
    report = interchange.validate(reference_data, interchange.parse_file(io.StringIO(text), "csv"))
    assert report.ok, report.messages()
    record = report.rows[0].record
    assert record is not None
    assert record["skills"] == ["kindness", "patience"]
    assert record["entry"] == {
        "min_qualification_level": None,
        "gcse_english_maths": True,
        "min_age": 18,
    }
    assert record["pay"] == {"min": 13.85, "max": 14.5, "period": "hour"}
    assert record["postcode"] == "CR0 1EA"


def test_csv_problems_give_the_file_line(reference_data: Session) -> None:
    text = (
        "ref,organisation,type,title,description,level\n"
        'CSV-1,Croydon Council,job,Carer,"Two\nlines",2\n'
        "CSV-2,Croydon Council,job,Carer,Help,three\n"
    )
    report = interchange.validate(reference_data, interchange.parse_file(io.StringIO(text), "csv"))
    assert report.messages() == ["line 4: level: must be a whole number from 0 to 8"]


def test_json_array_problems_give_the_file_line(reference_data: Session) -> None:
    text = "[\n" + json.dumps(NEXT) + ",\n" + json.dumps(with_({"level": 12}, NEXT)) + "\n]"
    text = text.replace('"ref": "KCH-SHCSW-01", "organisation"', '"ref": "X-2", "organisation"', 1)
    report = interchange.validate(reference_data, interchange.parse_file(io.StringIO(text), "json"))
    assert report.messages() == ["line 3: level: must be a whole number from 0 to 8"]


def test_a_file_that_is_not_a_json_array_is_refused(reference_data: Session) -> None:
    with pytest.raises(interchange.FileError, match="must hold a list"):
        interchange.parse_file(io.StringIO('{"ref": "X"}'), "json")
    with pytest.raises(interchange.FileError, match="line 2: the file is not valid JSON"):
        interchange.parse_file(io.StringIO("[\n{,]"), "json")
    with pytest.raises(interchange.FileError, match=r"\.jsonl, \.json or \.csv"):
        interchange.parse_file("pathways.xlsx")


def test_a_binary_upload_is_read_as_utf8(reference_data: Session) -> None:
    upload = io.BytesIO(("\ufeff" + json.dumps(NEXT) + "\n").encode("utf-8"))
    records = interchange.parse_file(upload, "jsonl")
    assert records[0].data["ref"] == "KCH-SHCSW-01"
    with pytest.raises(interchange.FileError, match="UTF-8"):
        interchange.parse_file(io.BytesIO(b"\xff\xfe\x00bad"), "jsonl")


def test_links_are_replaced_on_update(reference_data: Session) -> None:
    third = with_({"ref": "KCH-NA-01", "next_steps": []}, NEXT)
    interchange.import_file(reference_data, jsonl(RECORD, NEXT, third), "jsonl")
    moved = with_({"next_steps": ["KCH-NA-01", "KCH-SHCSW-01"]})
    interchange.import_file(reference_data, jsonl(moved), "jsonl")
    reference_data.commit()
    record = next(r for r in interchange.iter_records(reference_data) if r["ref"] == RECORD["ref"])
    assert record["next_steps"] == ["KCH-NA-01", "KCH-SHCSW-01"]
    assert count(reference_data, PathwayLink) == 2


def test_an_unknown_next_step_is_reported_even_on_a_row_with_other_problems(
    reference_data: Session,
) -> None:
    bad = with_({"type": "gig", "next_steps": ["NOWHERE-1"]})
    found = problems(reference_data, bad)
    assert found == [
        'line 1: type: "gig" is not allowed; use one of: apprenticeship, job, entry_route, '
        "work_experience, volunteering, course, supported_internship, foundation_apprenticeship",
        "line 1: next_steps: NOWHERE-1 is not in this file or in the service",
    ]


NEW_TYPES = [
    {**RECORD, "ref": "FOUND-1", "type": "foundation_apprenticeship", "next_steps": []},
    {**RECORD, "ref": "SUPP-1", "type": "supported_internship", "next_steps": []},
]


def test_foundation_apprenticeships_and_supported_internships_are_pathway_types(
    reference_data: Session,
) -> None:
    report, result = interchange.import_file(reference_data, jsonl(*NEW_TYPES), "jsonl")
    assert report.ok, report.messages()
    assert result.created == 2
    types = {ref: kind for ref, kind in reference_data.execute(select(Pathway.ref, Pathway.type))}
    assert types == {"FOUND-1": "foundation_apprenticeship", "SUPP-1": "supported_internship"}


@pytest.mark.postgres
def test_the_longer_pathway_types_fit_postgresqls_column(postgres_url: str) -> None:
    from careers.extensions import make_engine
    from careers.services.migrations import upgrade

    upgrade(postgres_url)
    engine = make_engine(postgres_url)
    try:
        with Session(engine) as session:
            report, _ = interchange.import_file(session, jsonl(*NEW_TYPES), "jsonl")
            assert report.ok, report.messages()
            session.commit()
            assert session.scalar(select(func.count(Pathway.id))) == 2
    finally:
        engine.dispose()
