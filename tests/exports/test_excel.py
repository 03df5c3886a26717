"""Excel exports read back cell by cell: content equals what the services say."""

import datetime as dt

import pytest
from openpyxl import load_workbook

from sro_panel.errors import InputError, PermissionDenied
from sro_panel.exports.excel import Sheet, save
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Role


def export(services, kind, round_id, path):
    for _ in services.exports.excel(kind, round_id, path):
        pass
    return load_workbook(path)


def rows(ws):
    return [[c.value for c in row] for row in ws.iter_rows()]


def test_formula_like_text_stays_text_and_control_characters_go(tmp_path):
    path = tmp_path / "t.xlsx"
    save(
        path,
        [
            Sheet(
                "T",
                ["Name"],
                [['=HYPERLINK("http://x")'], ["+1"], ["-2"], ["@a"], ["\tx"], ["a\x07b\x00c"]],
            )
        ],
    )
    ws = load_workbook(path).active
    cells = [row[0] for row in ws.iter_rows(min_row=2)]
    assert [c.data_type for c in cells] == ["s"] * 6
    assert [c.value for c in cells][:5] == ['=HYPERLINK("http://x")', "+1", "-2", "@a", "\tx"]
    assert cells[5].value == "abc"


def test_a_failed_write_leaves_no_file(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        save(tmp_path / "missing" / "x.xlsx", [Sheet("T", ["A"], [[1]])])
    with pytest.raises(InputError, match=r"must end in \.xlsx"):
        save(tmp_path / "x.csv", [Sheet("T", ["A"], [[1]])])
    assert list(tmp_path.iterdir()) == []


def test_roster_has_real_dates_frozen_header_and_filters(demo, tmp_path):
    head = demo.audit.head()
    wb = export(demo, "roster", 1, tmp_path / "roster.xlsx")
    ws = wb["Applicants"]
    assert ws.oddFooter.left.text == f"audit #{head.seq} {head.seal[:12]}"  # printed pages
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:Q{ws.max_row}"
    table = rows(ws)
    header, body = table[0], table[1:]
    services_rows = demo.applicants.list_applicants(1)
    assert len(body) == len(services_rows) == 40
    by_id = {r[0]: dict(zip(header, r, strict=True)) for r in body}
    for a in services_rows:
        row = by_id[a.employee_id]
        assert (row["Last name"], row["First name"]) == (a.last_name, a.first_name)
        if a.service_start:
            assert row["Service start"].date() == a.service_start
        assert (
            row["Sustained complaints involving juveniles"]
            == a.personnel.sustained_juvenile_complaints
        )
    assert ws.column_dimensions["B"].width >= len("Last name")


def test_screening_export_equals_the_screening(demo, tmp_path):
    wb = export(demo, "screening", 1, tmp_path / "s.xlsx")
    summary = {r[0]: r for r in rows(wb["Eligibility"])[1:]}
    for s in demo.screening.screen_round(1):
        expected = {
            "eligible": "Eligible",
            "not_eligible": "Not eligible",
            "needs_review": "Needs review",
        }
        assert summary[s.employee_id][2] == expected[s.eligibility]
    detail = rows(wb["Requirements"])[1:]
    assert len(detail) == 40 * 5
    overridden = [r for r in detail if r[7] == "Yes"]
    assert len(overridden) == 1 and overridden[0][8] == "Not met" and overridden[0][4] == "Met"


def test_score_matrix_names_the_student_by_role_and_matches_the_results(demo, tmp_path):
    wb = export(demo, "scores", 2, tmp_path / "scores.xlsx")
    table = rows(wb["Scores"])
    header, body = table[0], table[1:]
    panelists = {r[header.index("Panelist")] for r in body}
    assert "Student panelist" in panelists and "Jaylen Okonkwo" not in panelists
    results = demo.results.combined(2).results
    first = results.candidates[0]
    crit = next(c for c in first.criteria if c.key == "youth_engagement")
    finals = [
        r[header.index("Final score")]
        for r in body
        if r[header.index("Candidate")] == first.name and r[header.index("Ref")] == "IV.B.4"
    ]
    assert len(finals) == crit.n and sum(finals) / len(finals) == pytest.approx(crit.mean)
    changed = [r for r in body if r[header.index("Consensus score")] is not None]
    assert len(changed) == 1 and changed[0][header.index("Consensus reason")]


def test_selection_export_lists_each_decision(demo, tmp_path):
    wb = export(demo, "selection", 2, tmp_path / "sel.xlsx")
    body = rows(wb["Final selection"])[1:]
    assert len(body) == 25
    assert [r[5] for r in body].count("Selected") == 12
    assert sum(1 for r in body if r[6]) == 1  # the one written departure
    assert isinstance(body[0][8], dt.datetime)


def test_trained_officers_lists_each_selected_officer_with_course_and_schools(demo, tmp_path):
    from sqlalchemy import select

    from sro_panel.db.models import (
        Applicant,
        Assignment,
        Certificate,
        Decision,
        School,
        TrainingRecord,
    )

    with demo.db.transaction() as session:
        officer = session.scalars(
            select(Applicant)
            .join(Decision)
            .where(Applicant.round_id == 2, Decision.outcome == "selected")
            .order_by(Applicant.last_name)
        ).first()
        course = TrainingRecord(
            applicant_id=officer.id,
            topic_key="course",
            provider="NASRO",
            start_date=dt.date(2026, 10, 5),
            end_date=dt.date(2026, 10, 9),
            hours=40,
            completed_on=dt.date(2026, 10, 9),
        )
        session.add(course)
        session.add(TrainingRecord(applicant_id=officer.id, topic_key="ferpa",
                                   completed_on=dt.date(2026, 10, 12)))  # fmt: skip
        session.flush()
        session.add(
            Certificate(
                training_record_id=course.id, number="NASRO-2026-0001", file_name="c.pdf",
                media_type="application/pdf", content=b"%PDF-", sha256="ab" * 32,
                uploaded_by="Training coordinator", verified_by="Training coordinator",
                verified_at=dt.datetime(2026, 10, 13, 15, 0, tzinfo=dt.UTC),
            )
        )  # fmt: skip
        school = School(name="Hamilton High School", level="High", address="6215 W Warnimont")
        session.add(school)
        session.flush()
        session.add(Assignment(applicant_id=officer.id, school_id=school.id,
                               start_date=dt.date(2026, 11, 2)))  # fmt: skip
        employee_id = officer.employee_id
    wb = export(demo, "trained", 2, tmp_path / "trained.xlsx")
    body = rows(wb["Trained officers"])[1:]
    assert len(body) == 12  # every selected officer, trained or not yet
    mine = next(r for r in body if r[0] == employee_id)
    assert mine[4:9] == ["NASRO", dt.datetime(2026, 10, 5), dt.datetime(2026, 10, 9), 40, "Yes"]
    assert mine[9] == "NASRO-2026-0001" and mine[12] == dt.datetime(2026, 10, 13, 15, 0)
    assert mine[13] == "1 of 7" and mine[14] == "Hamilton High School"
    others = [r for r in body if r[0] != employee_id]
    assert all(r[8] == "No" and r[13] == "0 of 7" for r in others)
    assignments = rows(wb["School assignments"])
    assert assignments[1][2:4] == ["Hamilton High School", "High"]


def test_exports_need_the_permission_and_are_audited(demo, tmp_path):
    panelist = demo.as_actor(Actor("p", "P", Role.PANELIST))
    with pytest.raises(PermissionDenied):
        export(panelist, "roster", 1, tmp_path / "no.xlsx")
    assert not (tmp_path / "no.xlsx").exists()
    hr = demo.as_actor(Actor("hr", "HR", Role.HR_COORDINATOR))
    with pytest.raises(PermissionDenied):  # HR may export, but not read scores
        export(hr, "scores", 2, tmp_path / "scores.xlsx")
    export(hr, "roster", 1, tmp_path / "ok.xlsx")
    from sqlalchemy import select

    from sro_panel.db.models import AuditEntry

    with demo.db.transaction() as s:
        actions = [
            a.action
            for a in s.scalars(select(AuditEntry).where(AuditEntry.action.like("export.%")))
        ]
    assert actions == ["export.roster"]
