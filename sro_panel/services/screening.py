"""Screening (SOI IV.C.1): each applicant's requirement results, attestations and overrides."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from sro_panel.db.models import Applicant, RequirementReview
from sro_panel.domain.profile import Attested, Requirement
from sro_panel.domain.screening import (
    Review,
    ScreeningInputError,
    ScreeningResult,
    check_attestation,
    check_override,
    screen,
)
from sro_panel.errors import InputError, NotFound
from sro_panel.messages import message_of, t
from sro_panel.services.applicants import facts_of
from sro_panel.services.base import ServiceBase
from sro_panel.services.permissions import Permission
from sro_panel.services.retention import personnel_mark


@dataclass(frozen=True)
class ApplicantScreening:
    applicant_id: int
    employee_id: str
    name: str
    in_pool: bool
    result: ScreeningResult

    @property
    def eligibility(self) -> str:
        return self.result.eligibility


def _review(row: RequirementReview) -> Review:
    return Review(
        attested=row.attested,  # type: ignore[arg-type]
        attested_note=row.attested_note,
        attested_by=row.attested_by,
        evidence_source=row.evidence_source,
        evidence_date=row.evidence_date,
        override=row.override,  # type: ignore[arg-type]
        override_reason=row.override_reason,
        override_approved_by=row.override_approved_by,
    )


def _review_snapshot(row: RequirementReview, key: bytes) -> dict[str, object]:
    # HR's notes may quote the personnel record: fingerprints in the trail, purged with
    # the round (services/retention.py); verdicts and override reasons are kept.
    return {
        "attested": row.attested,
        "attested_note": personnel_mark(key, row.attested_note),
        "evidence_source": personnel_mark(key, row.evidence_source),
        "evidence_date": row.evidence_date,
        "override": row.override,
        "override_reason": row.override_reason,
        "override_approved_by": row.override_approved_by,
    }


class ScreeningService(ServiceBase):
    def screen_round(self, round_id: int) -> list[ApplicantScreening]:
        """Every applicant's results, derived now from their record and HR's reviews."""
        self.require(Permission.SCREEN, round_id=round_id)
        with self.transaction() as session:
            return self._screen(session, round_id, None)

    def screen_applicant(self, applicant_id: int) -> ApplicantScreening:
        with self.transaction() as session:
            round_id = self._applicant(session, applicant_id).round_id
            self.require(Permission.SCREEN, round_id=round_id)
            found = self._screen(session, round_id, applicant_id)
        if not found:
            raise NotFound(
                t(
                    "applicant {applicant_id} is a practice candidate and is not screened",
                    applicant_id=applicant_id,
                )
            )
        return found[0]

    def _screen(
        self, session: Session, round_id: int, applicant_id: int | None
    ) -> list[ApplicantScreening]:
        rnd = self.get_round_row(session, round_id)
        profile = self.round_profile(rnd)
        query = (
            select(Applicant)
            .where(Applicant.round_id == round_id, Applicant.is_practice.is_(False))
            .options(selectinload(Applicant.breaks))
            .order_by(Applicant.last_name, Applicant.first_name, Applicant.employee_id)
        )
        reviews_query = (
            select(RequirementReview).join(Applicant).where(Applicant.round_id == round_id)
        )
        if applicant_id is not None:
            query = query.where(Applicant.id == applicant_id)
            reviews_query = reviews_query.where(Applicant.id == applicant_id)
        reviews: dict[int, dict[str, Review]] = {}
        for r in session.scalars(reviews_query):
            reviews.setdefault(r.applicant_id, {})[r.requirement_key] = _review(r)
        return [
            ApplicantScreening(
                applicant_id=a.id,
                employee_id=a.employee_id,
                name=f"{a.first_name} {a.last_name}",
                in_pool=a.in_pool,
                result=screen(
                    profile.requirements, facts_of(a), reviews.get(a.id, {}), rnd.selection_date
                ),
            )
            for a in session.scalars(query)
        ]

    def attest(
        self,
        applicant_id: int,
        requirement_id: str,
        verdict: str,
        *,
        evidence_source: str,
        evidence_date: dt.date | None = None,
        note: str = "",
    ) -> ApplicantScreening:
        """HR confirms (or finds not met) a judgement requirement, with its evidence."""
        try:
            check_attestation(verdict, note, evidence_source)
        except ScreeningInputError as exc:
            raise InputError(message_of(exc)) from None
        with self.transaction() as session:
            applicant = self._applicant(session, applicant_id)
            self.require(Permission.SCREEN, round_id=applicant.round_id)
            self.open_round_row(session, applicant.round_id)
            req = self._requirement(session, applicant, requirement_id)
            if not isinstance(req, Attested):
                raise InputError(
                    t(
                        "requirement {requirement_id!r} is computed from HR's record; correct"
                        " the record or override it with a reason",
                        requirement_id=requirement_id,
                    )
                )
            row = self._review_row(session, applicant_id, requirement_id)
            before = _review_snapshot(row, self._app.audit_key)
            row.attested = verdict
            row.attested_note = note.strip()
            row.attested_by = self.actor.display_name
            row.attested_at = self.now()
            row.evidence_source = evidence_source.strip()
            row.evidence_date = evidence_date
            session.flush()
            self.audit(
                session,
                "screening.attest",
                target_type="applicant",
                target_id=applicant_id,
                round_id=applicant.round_id,
                before=before,
                after=_review_snapshot(row, self._app.audit_key) | {"requirement": requirement_id},
            )
        return self.screen_applicant(applicant_id)

    def override(
        self, applicant_id: int, requirement_id: str, verdict: str, *, reason: str, approved_by: str
    ) -> ApplicantScreening:
        """Replace a requirement's result; the computed result is kept beside it."""
        try:
            check_override(verdict, reason, approved_by)
        except ScreeningInputError as exc:
            raise InputError(message_of(exc)) from None
        with self.transaction() as session:
            applicant = self._applicant(session, applicant_id)
            self.require(Permission.SCREEN, round_id=applicant.round_id)
            self.open_round_row(session, applicant.round_id)
            self._requirement(session, applicant, requirement_id)
            row = self._review_row(session, applicant_id, requirement_id)
            before = _review_snapshot(row, self._app.audit_key)
            row.override = verdict
            row.override_reason = reason.strip()
            row.override_approved_by = approved_by.strip()
            row.override_by = self.actor.display_name
            row.override_at = self.now()
            session.flush()
            self.audit(
                session,
                "screening.override",
                target_type="applicant",
                target_id=applicant_id,
                round_id=applicant.round_id,
                before=before,
                after=_review_snapshot(row, self._app.audit_key) | {"requirement": requirement_id},
            )
        return self.screen_applicant(applicant_id)

    def clear_override(
        self, applicant_id: int, requirement_id: str, *, reason: str
    ) -> ApplicantScreening:
        if not reason.strip():
            raise InputError(t("removing an override needs a reason"))
        with self.transaction() as session:
            applicant = self._applicant(session, applicant_id)
            self.require(Permission.SCREEN, round_id=applicant.round_id)
            self.open_round_row(session, applicant.round_id)
            row = self._review_row(session, applicant_id, requirement_id)
            before = _review_snapshot(row, self._app.audit_key)
            row.override = None
            row.override_reason = ""
            row.override_approved_by = ""
            row.override_by = ""
            row.override_at = None
            session.flush()
            self.audit(
                session,
                "screening.clear_override",
                target_type="applicant",
                target_id=applicant_id,
                round_id=applicant.round_id,
                before=before,
                after=_review_snapshot(row, self._app.audit_key) | {"requirement": requirement_id},
                detail=reason.strip(),
            )
        return self.screen_applicant(applicant_id)

    @staticmethod
    def _applicant(session: Session, applicant_id: int) -> Applicant:
        row = session.get(Applicant, applicant_id)
        if row is None:
            raise NotFound(t("applicant {applicant_id} does not exist", applicant_id=applicant_id))
        return row

    def _requirement(
        self, session: Session, applicant: Applicant, requirement_id: str
    ) -> Requirement:
        profile = self.round_profile(self.get_round_row(session, applicant.round_id))
        for req in profile.requirements:
            if req.id == requirement_id:
                return req
        known = ", ".join(r.id for r in profile.requirements)
        raise InputError(
            t(
                "no requirement {requirement_id!r} in this round (known: {known})",
                requirement_id=requirement_id,
                known=known,
            )
        )

    @staticmethod
    def _review_row(session: Session, applicant_id: int, requirement_id: str) -> RequirementReview:
        row = session.scalar(
            select(RequirementReview).where(
                RequirementReview.applicant_id == applicant_id,
                RequirementReview.requirement_key == requirement_id,
            )
        )
        if row is None:
            row = RequirementReview(applicant_id=applicant_id, requirement_key=requirement_id)
            session.add(row)
        return row
