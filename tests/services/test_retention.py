"""Retention: a closed round's personnel details go once its period has run; the record stays."""

import datetime as dt
import json

import pytest
from sqlalchemy import select

from sro_panel.db.models import Applicant, AuditEntry, Panelist
from sro_panel.domain.dates import add_months
from sro_panel.errors import InputError, PermissionDenied
from sro_panel.services.app import Services
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Role


class Clock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


def at(services, when):
    clock = Clock(when)
    return Services(services.db, services.actor, clock, audit_key=services.audit_key)


def closed_round(demo):
    return next(r for r in demo.retention.rounds())


def test_the_purge_waits_for_the_profile_s_period_from_the_close(demo):
    state = closed_round(demo)
    assert state.due_on == add_months(state.closed_at.date(), 36)
    early = at(demo, dt.datetime.combine(state.due_on, dt.time(9), dt.UTC) - dt.timedelta(days=1))
    assert not early.retention.state(state.round_id).purge_now
    with pytest.raises(InputError, match=f"kept until {state.due_on}"):
        early.retention.purge_personnel(state.round_id)
    open_round = next(r.id for r in demo.rounds.list_rounds() if r.id != state.round_id)
    with pytest.raises(InputError, match="only a closed round"):
        early.retention.purge_personnel(open_round)


def test_purging_removes_the_details_and_keeps_the_decision_and_the_trail(demo):
    state = closed_round(demo)
    rid = state.round_id
    with demo.db.transaction() as s:
        notes = [
            a.discipline_note
            for a in s.scalars(select(Applicant).where(Applicant.round_id == rid))
            if a.discipline_note
        ] + [
            a.attendance_note
            for a in s.scalars(select(Applicant).where(Applicant.round_id == rid))
            if a.attendance_note
        ]
        student = s.scalar(
            select(Panelist.display_name).where(
                Panelist.round_id == rid, Panelist.role_type == "mps_student"
            )
        )
    assert notes and student  # the demo has details to purge
    decisions_before = demo.decisions.state(rid)
    results_before = demo.results.combined(rid)
    later = at(demo, dt.datetime.combine(state.due_on, dt.time(9), dt.UTC))
    assert later.retention.state(rid).purge_now
    hr = later.as_actor(Actor("hr", "HR", Role.HR_COORDINATOR))
    with pytest.raises(PermissionDenied):
        hr.retention.purge_personnel(rid)
    assert later.retention.purge_personnel(rid) == 25

    rows = later.applicants.list_applicants(rid)
    assert len(rows) == 25
    assert all(r.discipline_note in (None, "") and r.personnel.sustained_complaints is None
               for r in rows)  # fmt: skip
    with demo.db.transaction() as s:
        assert not any(
            a.email or a.phone or a.breaks or a.attendance_note
            for a in s.scalars(select(Applicant).where(Applicant.round_id == rid))
        )
        trail = [
            json.dumps([e.before, e.after, e.detail], ensure_ascii=False)
            for e in s.scalars(select(AuditEntry))
        ]
    # The trail never held the details themselves, so nothing of them is left anywhere.
    assert not [n for n in notes if any(n in t for t in trail)]
    assert student not in [p.label for p in later.panel.list_panelists(rid)]  # not even for admin
    assert demo.decisions.state(rid) == decisions_before
    after = demo.results.combined(rid).results
    assert after.candidates == results_before.results.candidates
    assert after.agreement == results_before.results.agreement
    assert later.audit.verify().ok
    assert later.retention.state(rid).purged_at is not None
    with pytest.raises(InputError, match="were purged on"):
        later.retention.purge_personnel(rid)
