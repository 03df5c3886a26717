"""The pool and the schedule (SOI IV.C.2): who continues, and when and where they are seen."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sro_panel.db.models import SLOT_KINDS, Applicant, InterviewSlot
from sro_panel.errors import FieldError, InputError, NotFound
from sro_panel.messages import t
from sro_panel.services.base import ServiceBase
from sro_panel.services.permissions import Permission
from sro_panel.services.screening import ScreeningService


@dataclass(frozen=True)
class SlotRow:
    id: int
    applicant_id: int
    applicant_name: str
    kind: str
    starts_at: dt.datetime
    minutes: int
    room: str

    @property
    def ends_at(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(minutes=self.minutes)


class PoolService(ServiceBase):
    def set_in_pool(self, applicant_id: int, in_pool: bool) -> None:
        """Choose an eligible applicant to continue, or take them out of the pool."""
        screening = ScreeningService(self._app).screen_applicant(applicant_id)
        if in_pool and screening.eligibility != "eligible":
            failing = screening.result.failing or screening.result.pending
            raise InputError(
                t(
                    "{name} is not eligible ({eligibility}: {value}); only eligible "
                    "applicants can join the pool",
                    name=screening.name,
                    eligibility=screening.eligibility.replace("_", " "),
                    value=", ".join(failing),
                )
            )
        with self.transaction() as session:
            row = session.get(Applicant, applicant_id)
            if row is None:
                raise NotFound(
                    t("applicant {applicant_id} does not exist", applicant_id=applicant_id)
                )
            self.require(Permission.MANAGE_POOL, round_id=row.round_id)
            self.open_round_row(session, row.round_id)
            if row.in_pool == in_pool:
                return
            row.in_pool = in_pool
            self.audit(
                session,
                "pool.set",
                target_type="applicant",
                target_id=applicant_id,
                round_id=row.round_id,
                before={"in_pool": not in_pool},
                after={"in_pool": in_pool},
            )

    def add_slot(
        self, applicant_id: int, *, kind: str, starts_at: dt.datetime, minutes: int, room: str
    ) -> SlotRow:
        """Schedule an interview or presentation; refuse a clash of room or candidate."""
        if kind not in SLOT_KINDS:
            raise FieldError(t("Kind"), t("must be one of {value}", value=", ".join(SLOT_KINDS)))
        if not 5 <= minutes <= 480:
            raise FieldError(t("Length"), t("must be between 5 and 480 minutes"))
        room = " ".join(room.split())
        if not room:
            raise FieldError(t("Room"), t("is required"))
        if starts_at.tzinfo is None:
            raise FieldError(t("Start"), t("needs a time zone"))
        ends_at = starts_at + dt.timedelta(minutes=minutes)
        with self.transaction() as session:
            applicant = session.get(Applicant, applicant_id)
            if applicant is None:
                raise NotFound(
                    t("applicant {applicant_id} does not exist", applicant_id=applicant_id)
                )
            self.require(Permission.MANAGE_POOL, round_id=applicant.round_id)
            self.open_round_row(session, applicant.round_id)
            if not applicant.in_pool:
                raise InputError(
                    t(
                        "{first_name} {last_name} is not in the pool; add them to the pool "
                        "before scheduling",
                        first_name=applicant.first_name,
                        last_name=applicant.last_name,
                    )
                )
            for other in self._slots(session, applicant.round_id):
                overlaps = other.starts_at < ends_at and starts_at < other.ends_at
                if overlaps and other.room.casefold() == room.casefold():
                    raise FieldError(
                        t("Start"),
                        t(
                            "{room} is taken {starts_at:%H:%M}-{ends_at:%H:%M} by {applicant_name}",
                            room=other.room,
                            starts_at=other.starts_at,
                            ends_at=other.ends_at,
                            applicant_name=other.applicant_name,
                        ),
                    )
                if overlaps and other.applicant_id == applicant_id:
                    raise FieldError(
                        t("Start"),
                        t(
                            "{applicant_name} already has a {kind} "
                            "{starts_at:%H:%M}-{ends_at:%H:%M}",
                            applicant_name=other.applicant_name,
                            kind=other.kind,
                            starts_at=other.starts_at,
                            ends_at=other.ends_at,
                        ),
                    )
            row = InterviewSlot(
                round_id=applicant.round_id,
                applicant_id=applicant_id,
                kind=kind,
                starts_at=starts_at,
                minutes=minutes,
                room=room,
            )
            session.add(row)
            session.flush()
            self.audit(
                session,
                "schedule.add",
                target_type="applicant",
                target_id=applicant_id,
                round_id=applicant.round_id,
                after={"kind": kind, "starts_at": starts_at, "minutes": minutes, "room": room},
            )
            return SlotRow(
                row.id,
                applicant_id,
                f"{applicant.first_name} {applicant.last_name}",
                kind,
                starts_at,
                minutes,
                room,
            )

    def list_slots(self, round_id: int) -> list[SlotRow]:
        self.require(Permission.VIEW_ROUND, round_id=round_id)
        with self.transaction() as session:
            return self._slots(session, round_id)

    @staticmethod
    def _slots(session: Session, round_id: int) -> list[SlotRow]:
        rows = session.execute(
            select(InterviewSlot, Applicant.first_name, Applicant.last_name)
            .join(Applicant, Applicant.id == InterviewSlot.applicant_id)
            .where(InterviewSlot.round_id == round_id)
            .order_by(InterviewSlot.starts_at, InterviewSlot.room)
        ).all()
        return [
            SlotRow(s.id, s.applicant_id, f"{f} {la}", s.kind, s.starts_at, s.minutes, s.room)
            for s, f, la in rows
        ]
