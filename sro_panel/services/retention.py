"""Retention: a closed round's personnel details are purged once the agency's period has run.

What goes: each applicant's disciplinary and attendance details, service
breaks, e-mail and phone, HR's screening notes and evidence sources, and the
names of student panelists. What stays: who applied, the screening verdicts
and overrides with their reasons, every score and comment, the panel's
summary, the Chief's decisions, and the audit trail (which never held those
details in the clear: see `personnel_mark`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sro_panel.db.models import Applicant, Panelist, RequirementReview, SelectionRound
from sro_panel.domain.dates import add_months
from sro_panel.errors import InputError
from sro_panel.messages import t
from sro_panel.services.base import ServiceBase
from sro_panel.services.panel import panelist_labels
from sro_panel.services.permissions import Permission


def personnel_mark(key: bytes, value: object) -> str:
    """How the audit trail records a personnel detail: a keyed fingerprint, not the text.

    The trail must show that a detail changed and prove what it was when shown
    the record, yet be kept forever; the detail itself is purged with its round.
    """
    if value in (None, "", []):
        return "(empty)"
    digest = hmac.new(key, json.dumps(value, default=str).encode(), hashlib.sha256)
    return "hmac:" + digest.hexdigest()[:16]


@dataclass(frozen=True)
class RetentionState:
    round_id: int
    title: str
    closed_at: dt.datetime | None
    due_on: dt.date | None  # None while the round is open
    purged_at: dt.datetime | None
    purge_now: bool  # closed, its period run out, not yet purged


class RetentionService(ServiceBase):
    def state(self, round_id: int) -> RetentionState:
        self.require(Permission.VIEW_ROUND, round_id=round_id)
        with self.transaction() as session:
            return self._state(self.get_round_row(session, round_id))

    def rounds(self) -> list[RetentionState]:
        """Every closed round with the day its personnel details may be purged."""
        self.require(Permission.VIEW_ROUND)
        with self.transaction() as session:
            rows = session.scalars(
                select(SelectionRound)
                .where(SelectionRound.closed_at.is_not(None))
                .order_by(SelectionRound.id)
            )
            return [self._state(r) for r in rows]

    def purge_personnel(self, round_id: int) -> int:
        """Purge the round's personnel details; returns how many applicants were purged."""
        self.require(Permission.PURGE_PERSONNEL, round_id=round_id)
        with self.transaction() as session:
            rnd = self.get_round_row(session, round_id)
            state = self._state(rnd)
            if state.due_on is None:
                raise InputError(
                    t(
                        "round {round_id} is open; only a closed round can be purged",
                        round_id=round_id,
                    )
                )
            if rnd.personnel_purged_at is not None:
                raise InputError(
                    t(
                        "round {round_id}'s personnel details were purged on "
                        "{personnel_purged_at:%Y-%m-%d}",
                        round_id=round_id,
                        personnel_purged_at=rnd.personnel_purged_at,
                    )
                )
            if self.now().date() < state.due_on:
                months = self.round_profile(rnd).retention.personnel_months
                raise InputError(
                    t(
                        "round {round_id}'s personnel details are kept until {due_on} "
                        "({months} months after it closed)",
                        round_id=round_id,
                        due_on=state.due_on,
                        months=months,
                    )
                )
            applicants = list(
                session.scalars(select(Applicant).where(Applicant.round_id == round_id))
            )
            for a in applicants:
                a.sustained_juvenile_complaints = None
                a.sustained_complaints = None
                a.attendance_note = ""
                a.discipline_note = ""
                a.email = ""
                a.phone = ""
                a.breaks = []
            reviews = session.scalars(
                select(RequirementReview).join(Applicant).where(Applicant.round_id == round_id)
            )
            for r in reviews:
                r.attested_note = ""
                r.evidence_source = ""
            self._purge_student_names(session, rnd)
            rnd.personnel_purged_at = self.now()
            self.audit(
                session,
                "round.purge_personnel",
                target_type="round",
                target_id=round_id,
                round_id=round_id,
                after={"applicants": len(applicants), "due_on": state.due_on.isoformat()},
            )
            return len(applicants)

    def _purge_student_names(self, session: Session, rnd: SelectionRound) -> None:
        panelists = list(
            session.scalars(
                select(Panelist).where(Panelist.round_id == rnd.id).order_by(Panelist.position)
            )
        )
        profile = self.round_profile(rnd)
        labels = panelist_labels(profile, panelists, show_student_names=False)
        for p in panelists:
            if profile.role_type(p.role_type).minor:
                p.display_name = labels[p.id]
                p.title = ""
        rnd.name_student_panelists = False

    def _state(self, rnd: SelectionRound) -> RetentionState:
        due = None
        if rnd.closed_at is not None:
            months = self.round_profile(rnd).retention.personnel_months
            due = add_months(rnd.closed_at.date(), months)
        purge_now = rnd.personnel_purged_at is None and due is not None and self.now().date() >= due
        return RetentionState(
            rnd.id, rnd.title, rnd.closed_at, due, rnd.personnel_purged_at, purge_now
        )
