"""Services on both databases: rounds, applicants, screening, pool, panel, permissions, audit."""

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from sro_panel.db.models import AuditEntry
from sro_panel.errors import FieldError, InputError, PermissionDenied, StaleRecord
from sro_panel.services.applicants import ApplicantInput, BreakInput
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Role
from sro_panel.services.rounds import RoundInput

FORMS = Path(__file__).resolve().parents[2] / "forms"


def new_round(services, profile="milwaukee-mpd.toml", **kw):
    data = dict(
        profile_file=FORMS / profile,
        title="Test round",
        vacancy_title="School Resource Officer",
        posting_date=dt.date(2026, 9, 1),
        application_deadline=dt.date(2026, 9, 30),
        selection_date=dt.date(2026, 11, 2),
        positions=5,
        interview_format="panel_interview",
    )
    data.update(kw)
    return services.rounds.create_round(RoundInput(**data))


def applicant(employee_id="E1", **kw):
    data = dict(
        employee_id=employee_id,
        first_name="Zoë",
        last_name="O'Neil-Ramírez",
        service_start=dt.date(2015, 1, 5),
        sustained_juvenile_complaints=0,
        sustained_complaints=0,
        record_source="HR roster",
        record_pulled_on=dt.date(2026, 10, 1),
    )
    data.update(kw)
    return ApplicantInput(**data)


def audit_actions(services):
    with services.db.transaction() as s:
        return [
            (a.action, a.outcome) for a in s.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]


def test_a_round_copies_the_rubric_and_court_target_from_its_profile(services):
    info = new_round(services)
    assert [c.ref for c in info.criteria] == [f"IV.B.{n}" for n in range(4, 13)]
    assert info.criteria[0].levels[0][0] == 1 and info.criteria[0].levels[-1][0] == 5
    assert info.court_target_officers == 25 and info.court_deadline == dt.date(2027, 3, 15)
    assert info.stage == "setup"
    milford = new_round(services, "milford-pd.toml", title="Milford")
    assert len(milford.criteria) == 3 and milford.court_target_officers is None
    assert [r.title for r in services.rounds.list_rounds()] == ["Test round", "Milford"]
    assert ("round.create", "ok") in audit_actions(services)


@pytest.mark.parametrize(
    "change, field",
    [
        ({"title": "  "}, "Title"),
        ({"application_deadline": dt.date(2026, 8, 1)}, "Application deadline"),
        ({"selection_date": dt.date(2026, 9, 1)}, "Selection date"),
        ({"positions": 0}, "Positions"),
        ({"interview_format": "duel"}, "Interview format"),
    ],
)
def test_bad_round_fields_are_refused_by_name_and_nothing_is_written(services, change, field):
    with pytest.raises(FieldError) as info:
        new_round(services, **change)
    assert info.value.field == field
    assert services.rounds.list_rounds() == []


def test_employee_id_is_unique_within_a_round_only(services):
    first = new_round(services)
    second = new_round(services, title="Another")
    services.applicants.add_applicant(first.id, applicant("E1"))
    with pytest.raises(FieldError, match="E1 is already an applicant"):
        services.applicants.add_applicant(first.id, applicant("E1", first_name="Other"))
    services.applicants.add_applicant(second.id, applicant("E1"))
    assert len(services.applicants.list_applicants(first.id)) == 1


@pytest.mark.parametrize(
    "change, field",
    [
        ({"employee_id": ""}, "Employee ID"),
        ({"employee_id": "E 1"}, "Employee ID"),
        ({"first_name": " "}, "First name"),
        ({"email": "not-an-email"}, "Email"),
        ({"sustained_complaints": -1}, "Sustained complaints"),
        ({"service_start": dt.date(1900, 1, 1)}, "Service start"),
        (
            {"breaks": (BreakInput("unpaid_leave", dt.date(2020, 2, 1), dt.date(2020, 1, 1)),)},
            "Service breaks",
        ),
    ],
)
def test_bad_applicant_fields_are_refused_by_name(services, change, field):
    rnd = new_round(services)
    with pytest.raises(FieldError) as info:
        services.applicants.add_applicant(rnd.id, applicant(**change))
    assert info.value.field == field
    assert services.applicants.list_applicants(rnd.id) == []


def test_an_edit_from_a_stale_copy_is_refused(services):
    rnd = new_round(services)
    row = services.applicants.add_applicant(rnd.id, applicant())
    services.applicants.update_applicant(row.id, applicant(rank="Detective"), row.version)
    with pytest.raises(StaleRecord, match="changed by someone else"):
        services.applicants.update_applicant(row.id, applicant(rank="Sergeant"), row.version)
    assert services.applicants.get_applicant(row.id).rank == "Detective"


def test_an_import_adds_every_row_with_its_breaks_and_can_then_be_edited(services):
    rnd = new_round(services)
    services.applicants.add_applicant(rnd.id, applicant("E1", rank="Officer"))
    rows = [
        applicant("E1", rank="Detective"),
        applicant(
            "E2",
            discipline_note="Two lines\nkept",
            breaks=(BreakInput("unpaid_leave", dt.date(2019, 1, 1), dt.date(2019, 6, 1), "Leave"),),
        ),
        applicant("E3", first_name="  Zoë  "),
        applicant("E3", first_name="Zoé"),  # named twice: the later row wins
    ]
    result = services.applicants.import_applicants(
        rnd.id, rows, fields={"employee_id", "first_name", "rank"}, source="hr.xlsx"
    )
    assert (result.added, result.updated) == (("E2", "E3"), ("E1",))
    got = {a.employee_id: a for a in services.applicants.list_applicants(rnd.id)}
    assert got["E1"].rank == "Detective"
    assert got["E2"].breaks == (
        BreakInput("unpaid_leave", dt.date(2019, 1, 1), dt.date(2019, 6, 1), "Leave"),
    )
    assert got["E2"].discipline_note == "Two lines\nkept"
    assert got["E3"].first_name == "Zoé" and got["E3"].breaks == ()
    assert got["E2"].personnel.service_start == dt.date(2015, 1, 5)
    # An imported row is an ordinary row: edited once, and a stale copy is refused.
    edited = services.applicants.update_applicant(got["E2"].id, applicant("E2"), got["E2"].version)
    assert edited.version == got["E2"].version + 1
    with pytest.raises(StaleRecord):
        services.applicants.update_applicant(got["E2"].id, applicant("E2"), got["E2"].version)


def test_an_import_with_a_nul_anywhere_writes_nothing(services):
    rnd = new_round(services)
    rows = [
        applicant("E1"),
        applicant("E2", breaks=(BreakInput("unpaid_leave", dt.date(2019, 1, 1), None, "a\x00b"),)),
    ]
    with pytest.raises(FieldError, match="Note: contains a NUL character"):
        services.applicants.import_applicants(rnd.id, rows, fields={"employee_id"}, source="x")
    assert services.applicants.list_applicants(rnd.id) == []
    assert ("applicant.import", "ok") not in audit_actions(services)


def test_screening_attest_and_override_are_kept_with_evidence_and_audited(services):
    rnd = new_round(services)
    a = services.applicants.add_applicant(rnd.id, applicant(service_start=dt.date(2025, 1, 1)))
    first = services.screening.screen_applicant(a.id)
    assert first.eligibility == "not_eligible"
    for req in ("good_standing", "attendance", "satisfactory_discipline"):
        services.screening.attest(
            a.id, req, "pass", evidence_source="HR file", evidence_date=dt.date(2026, 10, 2)
        )
    with pytest.raises(InputError, match="computed from HR's record"):
        services.screening.attest(a.id, "uninterrupted_service", "pass", evidence_source="x")
    with pytest.raises(InputError, match="needs a reason"):
        services.screening.override(
            a.id, "uninterrupted_service", "pass", reason="", approved_by="X"
        )
    done = services.screening.override(
        a.id,
        "uninterrupted_service",
        "pass",
        reason="Prior service with MPD",
        approved_by="Inspector",
    )
    assert done.eligibility == "eligible"
    service = {r.requirement_id: r for r in done.result.results}["uninterrupted_service"]
    assert service.overridden and service.computed_outcome == "fail"
    attendance = {r.requirement_id: r for r in done.result.results}["attendance"]
    assert attendance.evidence == "HR file, 2026-10-02"
    actions = [a for a, _ in audit_actions(services)]
    assert actions.count("screening.attest") == 3 and "screening.override" in actions


def test_only_eligible_applicants_join_the_pool_and_slots_do_not_clash(services):
    rnd = new_round(services)
    ok = services.applicants.add_applicant(rnd.id, applicant("E1"))
    other = services.applicants.add_applicant(rnd.id, applicant("E2", first_name="Ana"))
    with pytest.raises(InputError, match="not eligible"):
        services.pool.set_in_pool(ok.id, True)
    for a in (ok, other):
        for req in ("good_standing", "attendance", "satisfactory_discipline"):
            services.screening.attest(a.id, req, "pass", evidence_source="HR")
        services.pool.set_in_pool(a.id, True)
    start = dt.datetime(2026, 10, 19, 14, 0, tzinfo=dt.UTC)
    services.pool.add_slot(ok.id, kind="interview", starts_at=start, minutes=30, room="Room 214")
    with pytest.raises(FieldError, match="Room 214 is taken"):
        services.pool.add_slot(
            other.id,
            kind="interview",
            starts_at=start + dt.timedelta(minutes=15),
            minutes=30,
            room="room 214",
        )
    with pytest.raises(FieldError, match="already has a interview"):
        services.pool.add_slot(
            ok.id, kind="presentation", starts_at=start, minutes=15, room="Room 216"
        )
    services.pool.add_slot(
        other.id,
        kind="interview",
        starts_at=start + dt.timedelta(minutes=30),
        minutes=30,
        room="Room 214",
    )
    assert [s.applicant_id for s in services.pool.list_slots(rnd.id)] == [ok.id, other.id]


def test_panel_composition_and_a_conflict(services):
    rnd = new_round(services)
    a = services.applicants.add_applicant(rnd.id, applicant())
    staff = services.panel.add_panelist(rnd.id, name="Ana Ruiz", role_type="mps_staff")
    assert not services.panel.composition(rnd.id).met
    services.panel.add_panelist(rnd.id, name="Bo Lee", role_type="community")
    services.panel.add_panelist(rnd.id, name="Cy Dunn", role_type="mps_student")
    services.panel.add_panelist(rnd.id, name="Di Park", role_type="mpd", is_chair=True)
    assert services.panel.composition(rnd.id).met
    with pytest.raises(FieldError, match="'sheriff' is not one of"):
        services.panel.add_panelist(rnd.id, name="Ed", role_type="sheriff")
    with pytest.raises(FieldError, match="cannot chair"):
        services.panel.add_panelist(rnd.id, name="Fay", role_type="mps_student", is_chair=True)
    services.panel.declare_conflict(staff.id, a.id, "Neighbour")
    with pytest.raises(InputError, match="already been declared"):
        services.panel.declare_conflict(staff.id, a.id, "Neighbour")
    rows = services.panel.list_panelists(rnd.id)
    assert rows[0].conflicts == (a.id,)
    assert [r.is_chair for r in rows] == [False, False, False, True]


def test_a_student_panelist_is_named_by_role_to_everyone_but_admin_and_hr(services):
    rnd = new_round(services)
    services.panel.add_panelist(rnd.id, name="Cy Dunn", role_type="mps_student", title="Grade 11")
    services.panel.add_panelist(rnd.id, name="Dee Dunn", role_type="mps_student")
    hr = services.as_actor(Actor("hr", "HR", Role.HR_COORDINATOR))
    chair = services.as_actor(Actor("chair", "Chair", Role.PANEL_CHAIR))
    assert [p.label for p in hr.panel.list_panelists(rnd.id)] == ["Cy Dunn", "Dee Dunn"]
    seen = chair.panel.list_panelists(rnd.id)
    assert [p.label for p in seen] == ["Student panelist 1", "Student panelist 2"]
    assert seen[0].title == ""


def test_personnel_details_are_hidden_from_panelists(services):
    rnd = new_round(services)
    services.applicants.add_applicant(rnd.id, applicant(discipline_note="Written reprimand 2019"))
    panelist = services.as_actor(Actor("p1", "Panelist", Role.PANELIST))
    row = panelist.applicants.list_applicants(rnd.id)[0]
    assert row.personnel is None and row.discipline_note is None
    chief = services.as_actor(Actor("chief", "Chief", Role.DECISION_MAKER))
    assert chief.applicants.list_applicants(rnd.id)[0].discipline_note == "Written reprimand 2019"
    with pytest.raises(PermissionDenied):
        panelist.screening.screen_round(rnd.id)


def test_refusals_are_refused_everywhere_and_audited(services):
    rnd = new_round(services)
    a = services.applicants.add_applicant(rnd.id, applicant())
    panelist = services.as_actor(Actor("p1", "Pat Panelist", Role.PANELIST))
    with pytest.raises(
        PermissionDenied, match="Pat Panelist \\(panelist\\) may not edit applicants"
    ):
        panelist.applicants.update_applicant(a.id, applicant(rank="Chief"), a.version)
    with pytest.raises(PermissionDenied):
        panelist.rounds.create_round(
            RoundInput(
                FORMS / "milford-pd.toml",
                "X",
                "Y",
                dt.date(2026, 1, 1),
                dt.date(2026, 1, 2),
                dt.date(2026, 1, 3),
                1,
            )
        )
    assert services.applicants.get_applicant(a.id).rank == ""
    refused = [a for a in audit_actions(services) if a[1] == "refused"]
    assert refused == [("refused:edit_applicants", "refused"), ("refused:manage_round", "refused")]


def test_no_applicant_can_be_deleted_once_scoring_has_started(services):
    from sro_panel.services.demo import DemoService

    result = DemoService(services).write_demo()
    first = services.applicants.list_applicants(result.round_id)[0]
    with pytest.raises(InputError, match="once scoring has started"):
        services.applicants.delete_applicant(first.id)


def test_round_id_can_be_left_out_only_when_there_is_one(services):
    with pytest.raises(InputError, match="no round yet"):
        services.rounds.resolve_round_id(None)
    one = new_round(services)
    assert services.rounds.resolve_round_id(None) == one.id
    new_round(services, title="Two")
    with pytest.raises(InputError, match="--round ID"):
        services.rounds.resolve_round_id(None)
