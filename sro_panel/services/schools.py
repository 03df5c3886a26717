"""The schools officers are assigned to (SOI III.B): entered by hand or imported from a
workbook, each with the officers who cover it now."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sro_panel.db.models import Applicant, Assignment, School
from sro_panel.errors import FieldError, InputError
from sro_panel.messages import t
from sro_panel.services.base import ServiceBase
from sro_panel.services.permissions import Permission

SCHOOL_LEVELS = ("Elementary", "K-8", "Middle", "High", "Alternative", "Other")


@dataclass(frozen=True)
class SchoolRow:
    id: int
    name: str
    address: str
    level: str
    officers: tuple[str, ...]  # who covers it now


def may_read_training(service: ServiceBase) -> bool:
    """Training (and who covers which school) is for its coordinator and for those who see
    results or personnel records."""
    readers = (Permission.MANAGE_TRAINING, Permission.VIEW_RESULTS, Permission.VIEW_PERSONNEL)
    return any(service.can(p) for p in readers)


def require_training_reader(service: ServiceBase, round_id: int | None) -> None:
    if not may_read_training(service):
        service.require(Permission.MANAGE_TRAINING, round_id=round_id)


class SchoolService(ServiceBase):
    def schools(self) -> list[SchoolRow]:
        """Every school and who covers it now (names of selected officers: training's readers)."""
        require_training_reader(self, None)
        with self.transaction() as session:
            names: dict[int, list[str]] = {}
            for school_id, first, last in session.execute(
                select(Assignment.school_id, Applicant.first_name, Applicant.last_name)
                .join(Applicant, Applicant.id == Assignment.applicant_id)
                .where(Assignment.end_date.is_(None))
                .order_by(Applicant.last_name)
            ):
                names.setdefault(school_id, []).append(f"{first} {last}")
            return [
                SchoolRow(s.id, s.name, s.address, s.level, tuple(names.get(s.id, [])))
                for s in session.scalars(select(School).order_by(School.name))
            ]

    def add_school(self, name: str, *, address: str = "", level: str = "") -> SchoolRow:
        self.require(Permission.MANAGE_TRAINING)
        with self.transaction() as session:
            row = self._new_school(session, name, address, level, where="")
            return SchoolRow(row.id, row.name, row.address, row.level, ())

    def import_schools(self, path: Path) -> int:
        """Schools from a workbook with Name, Address and Level columns; all or nothing.

        A school already on the list (same name) is updated, not doubled.
        """
        from sro_panel.exports.roster_import import read_table

        self.require(Permission.MANAGE_TRAINING)
        table = read_table(Path(path))
        headers = [str(h or "").strip().lower() for h in table.headers]
        if "name" not in headers:
            raise InputError(
                t(
                    "{source}: no 'Name' column (found: {value})",
                    source=table.source,
                    value=", ".join(headers),
                )
            )
        col = {h: i for i, h in enumerate(headers)}

        def cell(values: tuple[object, ...], key: str) -> str:
            i = col.get(key)
            value = values[i] if i is not None and i < len(values) else None
            return "" if value is None else " ".join(str(value).split())

        count = 0
        with self.transaction() as session:
            for n, values in enumerate(table.rows, start=2):
                if not any(v not in (None, "") for v in values):
                    continue
                where = f"{table.source}, row {n}: "
                name = cell(values, "name")
                existing = session.scalar(select(School).where(School.name == name))
                if existing is not None:
                    existing.address = cell(values, "address")[:300] or existing.address
                    existing.level = _level(cell(values, "level"), where) or existing.level
                else:
                    self._new_school(
                        session, name, cell(values, "address"), cell(values, "level"), where
                    )
                count += 1
            after = {"source": table.source, "rows": count}
            self.audit(session, "school.import", target_type="school", after=after)
        return count

    def _new_school(
        self, session: Session, name: str, address: str, level: str, where: str
    ) -> School:
        name = " ".join(name.split())
        if not name:
            raise FieldError(t("{where}Name", where=where), t("is required"))
        if len(name) > 200:
            raise FieldError(t("{where}Name", where=where), t("is longer than 200 characters"))
        if session.scalar(select(func.count()).where(School.name == name)):
            raise FieldError(
                t("{where}Name", where=where), t("{name!r} is already on the list", name=name)
            )
        row = School(name=name, address=" ".join(address.split())[:300], level=_level(level, where))
        session.add(row)
        session.flush()
        if not where:
            self.audit(session, "school.add", target_type="school", target_id=row.id,
                       after={"name": name, "level": row.level})  # fmt: skip
        return row


def _level(text: str, where: str) -> str:
    if not text:
        return ""
    for level in SCHOOL_LEVELS:
        if text.strip().lower() == level.lower():
            return level
    raise FieldError(
        t("{where}Level", where=where),
        t("{text!r} is not one of {value}", text=text, value=", ".join(SCHOOL_LEVELS)),
    )
