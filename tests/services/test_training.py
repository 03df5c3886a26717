"""Training after the selection: the course and its certificate, district topics, schools,
and the court's count, on the demo's decided (and closed) round."""

import datetime as dt

import pytest
from openpyxl import Workbook
from sqlalchemy import select, update

from sro_panel.db.models import Certificate
from sro_panel.errors import FieldError, InputError, PermissionDenied
from sro_panel.services.app import Services
from sro_panel.services.context import Actor
from sro_panel.services.demo_training import certificate_pdf
from sro_panel.services.permissions import Role
from sro_panel.services.training import CourseInput

ROUND = 2  # the demo's decided round


def by_name(services, name):
    return next(o for o in services.training.officers(ROUND) if o.name == name)


@pytest.fixture
def coordinator(demo):
    return demo.as_actor(Actor("training", "Training coordinator", Role.TRAINING_COORDINATOR))


def test_the_demo_has_officers_at_every_status(demo):
    statuses = {o.status for o in demo.training.officers(ROUND)}
    assert statuses == {
        "selected", "enrolled", "course_complete", "certificate_verified",
        "district_training_complete", "assigned",
    }  # fmt: skip
    assert demo.rounds.get_round(ROUND).closed  # training goes on after the round closes


def test_a_short_course_is_flagged_and_its_certificate_not_accepted(coordinator):
    short = by_name(coordinator, "Yesenia Mbeki-Lawson")
    assert short.holding_up == "course has 32 of 40 hours"
    coordinator.training.upload_certificate(
        short.applicant_id, number="NASRO-T-1", file_name="c.pdf",
        content=certificate_pdf(short.name, "NASRO-T-1", 32),
    )  # fmt: skip
    with pytest.raises(InputError, match=r"not accepted: the course has 32 hours .* at least 40"):
        coordinator.training.verify_certificate(short.applicant_id)
    assert by_name(coordinator, short.name).certificate.verified_at is None


def test_certificate_files_and_numbers_are_checked(coordinator):
    officer = by_name(coordinator, "Patrick Moreno")
    upload = coordinator.training.upload_certificate
    with pytest.raises(FieldError, match="not a PDF, PNG or JPEG"):
        upload(officer.applicant_id, number="N-1", file_name="c.docx", content=b"PK\x03\x04..")
    with pytest.raises(FieldError, match=r"c\.pdf is empty"):
        upload(officer.applicant_id, number="N-1", file_name="c.pdf", content=b"")
    taken = by_name(coordinator, "Malik Yilmaz").certificate.number
    with pytest.raises(FieldError, match=f"{taken} is already recorded for Malik Yilmaz"):
        upload(officer.applicant_id, number=taken, file_name="c.pdf", content=b"%PDF-1.4 x")
    row = upload(officer.applicant_id, number="N-1", file_name="scan.png",
                 content=b"\x89PNG\r\n\x1a\nimage")  # fmt: skip
    assert row.certificate.media_type == "image/png" and row.holding_up == (
        "certificate not verified"
    )
    assert row.status == "course_complete"
    assert coordinator.training.verify_certificate(officer.applicant_id).status == (
        "certificate_verified"
    )


def test_a_certificate_changed_behind_the_app_s_back_is_caught(demo, coordinator):
    officer = by_name(demo, "Malik Yilmaz")
    name, media_type, content = demo.training.certificate_file(officer.applicant_id)
    assert name == f"certificate-{officer.certificate.number}.pdf"
    assert media_type == "application/pdf" and content.startswith(b"%PDF-")
    with demo.db.transaction() as s:
        s.execute(
            update(Certificate)
            .where(Certificate.number == officer.certificate.number)
            .values(content=content + b"\n% a line added outside the app\n")
        )
    changed = by_name(demo, "Malik Yilmaz")
    assert not changed.certificate.intact
    assert changed.holding_up == "certificate file changed after upload"
    assert changed.status == "course_complete"
    with pytest.raises(InputError, match="no longer matches the SHA-256"):
        demo.training.certificate_file(officer.applicant_id)
    with pytest.raises(InputError, match="no longer matches its SHA-256"):
        coordinator.training.verify_certificate(officer.applicant_id)


def test_only_selected_officers_train_and_panelists_cannot_see_it(demo, coordinator):
    selected = {o.applicant_id for o in demo.training.officers(ROUND)}
    other = next(a.id for a in demo.applicants.list_applicants(ROUND) if a.id not in selected)
    with pytest.raises(InputError, match="was not selected by the Chief"):
        coordinator.training.record_course(other, CourseInput("NASRO"))
    panelist = demo.as_actor(Actor("p", "Panelist", Role.PANELIST))
    with pytest.raises(PermissionDenied):
        panelist.training.officers(ROUND)
    hr = demo.as_actor(Actor("hr", "HR", Role.HR_COORDINATOR))
    with pytest.raises(PermissionDenied):
        hr.training.verify_certificate(next(iter(selected)))


def test_recurring_topics_expire_and_future_dates_are_refused(coordinator):
    officer = by_name(coordinator, "Ingrid Novak")
    row = coordinator.training.record_topic(
        officer.applicant_id, "security_plan", completed_on=dt.date(2026, 9, 1), evidence="roster"
    )
    topic = next(t for t in row.topics if t.key == "security_plan")
    assert topic.expires_on == dt.date(2027, 9, 1)
    with pytest.raises(FieldError, match="in the future"):
        coordinator.training.record_topic(
            officer.applicant_id, "ferpa", completed_on=dt.date(2031, 1, 1)
        )
    with pytest.raises(FieldError, match="'yoga' is not one of"):
        coordinator.training.record_topic(officer.applicant_id, "yoga", completed_on=None)


def test_schools_import_all_or_nothing_and_coverage_shows(coordinator, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Name", "Address", "Level"])
    ws.append(["Oak Hollow Demo Elementary", "12 Oak St", "Elementary"])
    ws.append(["Pinecrest Demo School", "5 Pine Rd", "University"])
    bad = tmp_path / "schools.xlsx"
    wb.save(bad)
    before = len(coordinator.schools.schools())
    with pytest.raises(FieldError, match="row 3: Level") as err:
        coordinator.schools.import_schools(bad)
    assert "'University' is not one of" in str(err.value.message)
    assert len(coordinator.schools.schools()) == before  # nothing half-imported
    ws.delete_rows(3)
    ws.append(["Riverbend Demo High School", "1201 N Riverbend Ave", "High"])  # an update
    wb.save(bad)
    assert coordinator.schools.import_schools(bad) == 2
    schools = {s.name: s for s in coordinator.schools.schools()}
    assert len(schools) == before + 1
    assert schools["Riverbend Demo High School"].address == "1201 N Riverbend Ave"
    officer = by_name(coordinator, "Ayanna Peña")
    oak = schools["Oak Hollow Demo Elementary"]
    row = coordinator.training.assign(officer.applicant_id, oak.id, dt.date(2026, 10, 1))
    assert row.status == "assigned"
    with pytest.raises(InputError, match="already assigned to Oak Hollow"):
        coordinator.training.assign(officer.applicant_id, oak.id, dt.date(2026, 10, 2))
    coverage = {s.name: s.officers for s in coordinator.schools.schools()}
    assert coverage["Oak Hollow Demo Elementary"] == ("Ayanna Peña",)


def at(services, when):
    return Services(services.db, services.actor, lambda: when, audit_key=services.audit_key)


def test_compliance_counts_days_left_and_fines_in_the_court_s_time_zone(coordinator):
    coordinator.training.set_court_target(
        ROUND, officers=3, deadline=dt.date(2026, 9, 30), daily_fine=1000.0
    )
    # The three assigned officers were counted on 1 October (Chicago): one day late.
    view = at(coordinator, dt.datetime(2026, 12, 1, 18, tzinfo=dt.UTC)).training.compliance(ROUND)
    c = view.compliance
    assert (c.counted, c.met_on, c.days_late, c.fines) == (3, dt.date(2026, 10, 1), 1, 1000.0)
    assert view.timezone == "America/Chicago"
    assert ("Imani Adebayo", "not enrolled in the course") in view.holding_up
    coordinator.training.set_court_target(
        ROUND, officers=5, deadline=dt.date(2026, 12, 1), daily_fine=1000.0
    )
    # 05:30 UTC on 2 December is still the deadline day in Milwaukee: no fine yet.
    evening = at(coordinator, dt.datetime(2026, 12, 2, 5, 30, tzinfo=dt.UTC))
    c = evening.training.compliance(ROUND).compliance
    assert (c.today, c.days_left, c.fines, c.met) == (dt.date(2026, 12, 1), 0, 0, False)
    morning = at(coordinator, dt.datetime(2026, 12, 3, 15, tzinfo=dt.UTC))
    c = morning.training.compliance(ROUND).compliance
    assert (c.days_left, c.days_late, c.fines) == (-2, 2, 2000.0)


def test_training_changes_are_audited(demo, coordinator):
    officer = by_name(coordinator, "Ramón Lemieux")
    coordinator.training.record_course(
        officer.applicant_id,
        CourseInput("NASRO", dt.date(2026, 9, 1), dt.date(2026, 9, 14), dt.date(2026, 9, 18),
                    40, dt.date(2026, 9, 18)),
    )  # fmt: skip
    entries = demo.audit.entries(round_id=ROUND)
    course = next(e for e in entries if e.action == "training.course" and e.actor == "training")
    assert course.before["hours"] is None and course.after["hours"] == 40
    with demo.db.transaction() as s:
        assert s.scalar(select(Certificate.id).limit(1)) is not None
