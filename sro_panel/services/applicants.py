"""Applicants of a round: add, edit, list; personnel details only for those allowed to see them."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sro_panel.db.models import Applicant, ScoreSheet, ServiceBreakRow
from sro_panel.db.text_guard import refuse_nul
from sro_panel.domain.applicant import ApplicantInput, BreakInput, check_applicant_input
from sro_panel.domain.screening import ApplicantFacts
from sro_panel.domain.service_years import ServiceBreak
from sro_panel.errors import FieldError, InputError, NotFound, StaleRecord
from sro_panel.messages import t
from sro_panel.services.base import ServiceBase
from sro_panel.services.permissions import Permission
from sro_panel.services.retention import personnel_mark


@dataclass(frozen=True)
class ApplicantRow:
    id: int
    round_id: int
    employee_id: str
    first_name: str
    last_name: str
    rank: str
    assignment: str
    email: str
    phone: str
    applied_on: dt.date | None
    service_start: dt.date | None
    youth_programs: str
    in_pool: bool
    is_practice: bool
    version: int
    # Personnel record: None when the viewer may not see it.
    personnel: ApplicantFacts | None
    attendance_note: str | None
    discipline_note: str | None
    breaks: tuple[BreakInput, ...] | None

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def sort_name(self) -> str:
        return f"{self.last_name}, {self.first_name}"


def facts_of(row: Any, breaks: Iterable[Any] | None = None) -> ApplicantFacts:
    """The facts screening reads, from an applicant (an ORM object, or a plain row and its
    `breaks` read apart)."""
    kept = row.breaks if breaks is None else breaks
    return ApplicantFacts(
        service_start=row.service_start,
        breaks=tuple(ServiceBreak(b.kind, b.start, b.end) for b in kept),
        sustained_juvenile_complaints=row.sustained_juvenile_complaints,
        sustained_complaints=row.sustained_complaints,
        record_source=row.record_source,
        record_pulled_on=row.record_pulled_on,
    )


_FIELDS = (
    "employee_id",
    "first_name",
    "last_name",
    "rank",
    "assignment",
    "email",
    "phone",
    "applied_on",
    "service_start",
    "sustained_juvenile_complaints",
    "sustained_complaints",
    "attendance_note",
    "discipline_note",
    "youth_programs",
    "record_source",
    "record_pulled_on",
)


@dataclass(frozen=True)
class ImportResult:
    added: tuple[str, ...]  # employee IDs
    updated: tuple[str, ...]


class ApplicantService(ServiceBase):
    def import_applicants(
        self,
        round_id: int,
        rows: Sequence[ApplicantInput],
        *,
        fields: Iterable[str],
        source: str,
        skipped: Sequence[str] = (),
    ) -> ImportResult:
        """Add or update applicants by employee ID, all in one transaction (all or nothing).

        An update changes only `fields` (the columns the file had), so breaks and
        notes entered by hand survive a re-import of HR's roster.
        """
        self.require(Permission.EDIT_APPLICANTS, round_id=round_id)
        update_fields = [f for f in _FIELDS if f in set(fields) and f != "employee_id"]
        update_fields += ["record_source", "record_pulled_on"]
        today = self.now().date()
        with self.transaction() as session:
            self.open_round_row(session, round_id)
            existing = {
                a.employee_id: a
                for a in session.scalars(select(Applicant).where(Applicant.round_id == round_id))
            }
            new: dict[str, ApplicantInput] = {}  # inserted in bulk below: a roster is large
            updated: list[str] = []
            for data in rows:
                clean = check_applicant_input(data, today)
                row = existing.get(clean.employee_id)
                if row is not None:
                    for name in update_fields:
                        setattr(row, name, getattr(clean, name))
                    updated.append(clean.employee_id)
                elif clean.employee_id in new:  # the file names them twice: the later row wins
                    later = {name: getattr(clean, name) for name in update_fields}
                    new[clean.employee_id] = replace(new[clean.employee_id], **later)
                else:
                    new[clean.employee_id] = clean
            added = list(new)
            self._insert(session, round_id, list(new.values()))
            session.flush()
            self.audit(
                session,
                "applicant.import",
                target_type="round",
                target_id=round_id,
                round_id=round_id,
                after={
                    "source": source,
                    "added": added,
                    "updated": updated,
                    "skipped": list(skipped),
                },
            )
        return ImportResult(tuple(added), tuple(updated))

    def add_applicant(self, round_id: int, data: ApplicantInput) -> ApplicantRow:
        self.require(Permission.EDIT_APPLICANTS, round_id=round_id)
        clean = check_applicant_input(data, self.now().date())
        with self.transaction() as session:
            self.open_round_row(session, round_id)
            taken = session.scalar(
                select(Applicant.id).where(
                    Applicant.round_id == round_id, Applicant.employee_id == clean.employee_id
                )
            )
            if taken is not None:
                raise FieldError(
                    t("Employee ID"),
                    t(
                        "{employee_id} is already an applicant in this round",
                        employee_id=clean.employee_id,
                    ),
                )
            row = Applicant(round_id=round_id, created_at=self.now())
            self._apply(row, clean)
            session.add(row)
            try:
                session.flush()
            except IntegrityError:
                raise FieldError(
                    t("Employee ID"),
                    t(
                        "{employee_id} is already an applicant in this round",
                        employee_id=clean.employee_id,
                    ),
                ) from None
            self.audit(
                session,
                "applicant.add",
                target_type="applicant",
                target_id=row.id,
                round_id=round_id,
                after=_snapshot(row, self._app.audit_key),
            )
            return self._row(row)

    def add_practice_candidate(self, round_id: int) -> ApplicantRow:
        """A fictional candidate the panel scores to calibrate; never counted anywhere."""
        self.require(Permission.MANAGE_PANEL, round_id=round_id)
        with self.transaction() as session:
            self.open_round_row(session, round_id)
            existing = session.scalar(
                select(Applicant).where(
                    Applicant.round_id == round_id, Applicant.is_practice.is_(True)
                )
            )
            if existing is not None:
                return self._row(existing)
            row = Applicant(
                round_id=round_id,
                employee_id="PRACTICE",
                first_name="Practice",
                last_name="Candidate",
                is_practice=True,
                created_at=self.now(),
            )
            session.add(row)
            session.flush()
            self.audit(
                session,
                "applicant.practice",
                target_type="applicant",
                target_id=row.id,
                round_id=round_id,
            )
            return self._row(row)

    def update_applicant(
        self, applicant_id: int, data: ApplicantInput, version: int
    ) -> ApplicantRow:
        """Replace an applicant's fields; `version` is the one the editor started from."""
        clean = check_applicant_input(data, self.now().date())
        with self.transaction() as session:
            row = self._get(session, applicant_id)
            self.require(Permission.EDIT_APPLICANTS, round_id=row.round_id)
            self.open_round_row(session, row.round_id)
            if row.version != version:
                raise StaleRecord(
                    t(
                        "{first_name} {last_name} was changed by someone else; reload to see "
                        "the newer values",
                        first_name=row.first_name,
                        last_name=row.last_name,
                    )
                )
            clash = session.scalar(
                select(Applicant.id).where(
                    Applicant.round_id == row.round_id,
                    Applicant.employee_id == clean.employee_id,
                    Applicant.id != row.id,
                )
            )
            if clash is not None:
                raise FieldError(
                    t("Employee ID"),
                    t(
                        "{employee_id} is already an applicant in this round",
                        employee_id=clean.employee_id,
                    ),
                )
            before = _snapshot(row, self._app.audit_key)
            self._apply(row, clean)
            session.flush()
            self.audit(
                session,
                "applicant.update",
                target_type="applicant",
                target_id=row.id,
                round_id=row.round_id,
                before=before,
                after=_snapshot(row, self._app.audit_key),
            )
            return self._row(row)

    def delete_applicant(self, applicant_id: int) -> None:
        with self.transaction() as session:
            row = self._get(session, applicant_id)
            self.require(Permission.EDIT_APPLICANTS, round_id=row.round_id)
            self.open_round_row(session, row.round_id)
            scored = session.scalar(
                select(ScoreSheet.id)
                .join(Applicant, Applicant.id == ScoreSheet.applicant_id)
                .where(Applicant.round_id == row.round_id)
                .limit(1)
            )
            if scored is not None:
                raise InputError(t("applicants cannot be deleted once scoring has started"))
            before = _snapshot(row, self._app.audit_key)
            session.delete(row)
            self.audit(
                session,
                "applicant.delete",
                target_type="applicant",
                target_id=applicant_id,
                round_id=row.round_id,
                before=before,
            )

    def list_applicants(
        self, round_id: int, *, include_practice: bool = False
    ) -> list[ApplicantRow]:
        self.require(Permission.VIEW_APPLICANTS, round_id=round_id)
        personal = self.can(Permission.VIEW_PERSONNEL)
        where = [Applicant.round_id == round_id]
        if not include_practice:
            where.append(Applicant.is_practice.is_(False))
        # Plain rows, not ORM objects: a 10,000-applicant roster is read for each
        # export and each visit of a page, and building the objects was most of it.
        with self.transaction() as session:
            self.get_round_row(session, round_id)
            rows = session.execute(
                select(*Applicant.__table__.columns)
                .where(*where)
                .order_by(Applicant.last_name, Applicant.first_name, Applicant.employee_id)
            ).all()
            breaks: dict[int, list[Any]] = defaultdict(list)
            if personal:
                for b in session.execute(
                    select(ServiceBreakRow)
                    .join(Applicant)
                    .where(*where)
                    .order_by(ServiceBreakRow.start)
                ).scalars():
                    breaks[b.applicant_id].append(b)
        return [self._view(r, breaks.get(r.id, []), personal) for r in rows]

    def get_applicant(self, applicant_id: int) -> ApplicantRow:
        with self.transaction() as session:
            row = self._get(session, applicant_id)
            self.require(Permission.VIEW_APPLICANTS, round_id=row.round_id)
            return self._row(row)

    @staticmethod
    def _get(session: Session, applicant_id: int) -> Applicant:
        row = session.get(Applicant, applicant_id)
        if row is None:
            raise NotFound(t("applicant {applicant_id} does not exist", applicant_id=applicant_id))
        return row

    def _insert(self, session: Session, round_id: int, rows: Sequence[ApplicantInput]) -> None:
        """New applicants and their breaks in two statements, not a unit of work per row."""
        now = self.now()
        values = [
            {
                "round_id": round_id,
                "created_at": now,
                "version": 1,
                **{name: getattr(data, name) for name in _FIELDS},
            }
            for data in rows
        ]
        if not values:
            return
        for row in values:
            refuse_nul(row)
        ids = session.scalars(
            insert(Applicant).returning(Applicant.id, sort_by_parameter_order=True), values
        ).all()
        breaks = [
            {"applicant_id": applicant_id, "kind": b.kind, "start": b.start, "end": b.end,
             "note": b.note}
            for applicant_id, data in zip(ids, rows, strict=True)
            for b in data.breaks
        ]  # fmt: skip
        for row in breaks:
            refuse_nul(row)
        if breaks:
            session.execute(insert(ServiceBreakRow), breaks)

    @staticmethod
    def _apply(row: Applicant, data: ApplicantInput) -> None:
        for name in _FIELDS:
            setattr(row, name, getattr(data, name))
        row.breaks = [
            ServiceBreakRow(kind=b.kind, start=b.start, end=b.end, note=b.note) for b in data.breaks
        ]

    def _row(self, row: Applicant) -> ApplicantRow:
        return self._view(row, row.breaks, self.can(Permission.VIEW_PERSONNEL))

    @staticmethod
    def _view(row: Any, breaks: Sequence[Any], personal: bool) -> ApplicantRow:
        """What a viewer sees of an applicant (an ORM object or a plain row, and its breaks)."""
        return ApplicantRow(
            id=row.id,
            round_id=row.round_id,
            employee_id=row.employee_id,
            first_name=row.first_name,
            last_name=row.last_name,
            rank=row.rank,
            assignment=row.assignment,
            email=row.email,
            phone=row.phone,
            applied_on=row.applied_on,
            service_start=row.service_start if personal else None,
            youth_programs=row.youth_programs,
            in_pool=row.in_pool,
            is_practice=row.is_practice,
            version=row.version,
            personnel=facts_of(row, breaks) if personal else None,
            attendance_note=row.attendance_note if personal else None,
            discipline_note=row.discipline_note if personal else None,
            breaks=tuple(BreakInput(b.kind, b.start, b.end, b.note) for b in breaks)
            if personal
            else None,
        )


# Recorded in the audit trail as fingerprints (services/retention.py), so that
# purging a round's personnel details leaves none of them in the trail.
PERSONNEL_FIELDS = (
    "email",
    "phone",
    "sustained_juvenile_complaints",
    "sustained_complaints",
    "attendance_note",
    "discipline_note",
)


def _snapshot(row: Applicant, key: bytes) -> dict[str, object]:
    data: dict[str, object] = {name: getattr(row, name) for name in _FIELDS}
    for name in PERSONNEL_FIELDS:
        data[name] = personnel_mark(key, data[name])
    breaks = [{"kind": b.kind, "start": b.start, "end": b.end, "note": b.note} for b in row.breaks]
    data["breaks"] = personnel_mark(key, breaks)
    return data
