"""Excel exports read back cell by cell: content equals what the services say."""

import datetime as dt

import pytest
from openpyxl import load_workbook

from sro_panel.errors import InputError, PermissionDenied
from sro_panel.exports.excel import Sheet, save, write_workbook
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


def test_text_that_looks_like_a_number_or_a_link_stays_as_typed(tmp_path):
    path = tmp_path / "t.xlsx"
    typed = ["007", "1e5", "12/03", "http://example.test", "TRUE", "line one\nline two"]
    save(path, [Sheet("T", ["Typed"], [[v] for v in typed])])
    cells = [row[0] for row in load_workbook(path).active.iter_rows(min_row=2)]
    assert [(c.value, c.data_type) for c in cells] == [(v, "s") for v in typed]
    assert cells[-1].alignment.wrap_text  # the second line shows in the cell
    assert all(c.hyperlink is None for c in cells)


def test_values_keep_their_kind_and_a_long_footer_is_cut_not_dropped(tmp_path):
    path = tmp_path / "t.xlsx"
    stamp = dt.datetime(2026, 9, 14, 9, 30, tzinfo=dt.UTC)
    row = [True, 3, 2.5, dt.date(2026, 9, 1), stamp, None, "x"]
    footer = "Smith & Jones " + "x" * 400
    for _ in write_workbook(path, [Sheet("T", list("ABCDEFG"), [row])], footer=footer):
        pass
    ws = load_workbook(path).active
    got = [c.value for c in next(ws.iter_rows(min_row=2))]
    assert got == [
        True,
        3,
        2.5,
        dt.datetime(2026, 9, 1),
        dt.datetime(2026, 9, 14, 9, 30),
        None,
        "x",
    ]
    assert ws["D2"].number_format == "yyyy-mm-dd" and ws["E2"].number_format == "yyyy-mm-dd hh:mm"
    left = ws.oddFooter.left.text
    assert left.startswith("Smith && Jones xxx") and len(left) < 255
    assert ws.oddFooter.right.text == "Page &P of &N"


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
    officers = {o.name: o for o in demo.training.officers(2)}
    wb = export(demo, "trained", 2, tmp_path / "trained.xlsx")
    body = {r[0]: r for r in rows(wb["Trained officers"])[1:]}
    assert len(body) == 12  # every selected officer, trained or not yet
    done = officers["Malik Yilmaz"]
    mine = body[done.employee_id]
    assert mine[4:9] == [
        "National Association of School Resource Officers (NASRO)",
        dt.datetime(2026, 9, 14), dt.datetime(2026, 9, 18), 40, "Yes",
    ]  # fmt: skip
    assert mine[9] == done.certificate.number and mine[10] == done.certificate.sha256
    assert isinstance(mine[12], dt.datetime)  # verified at, a real date
    assert mine[13] == "7 of 7"
    assert mine[14] == "Maplewood Demo Academy, Northgate Demo Middle School"
    assert body[officers["Yesenia Mbeki-Lawson"].employee_id][7:9] == [32, "No"]
    assert body[officers["Imani Adebayo"].employee_id][13] == "0 of 7"
    assignments = rows(wb["School assignments"])
    assert len(assignments) == 1 + 6
    assert ["Maplewood Demo Academy", "Alternative"] in [r[2:4] for r in assignments]


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
