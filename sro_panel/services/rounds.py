"""Selection rounds: create one from an agency profile, list them, read one, derive its stage."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from sro_panel.db.models import (
    INTERVIEW_FORMATS,
    Applicant,
    Assignment,
    Decision,
    Panelist,
    ProfileSnapshot,
    RecommendationSummary,
    RequirementReview,
    RubricCriterion,
    ScoreSheet,
    SelectionRound,
    TrainingRecord,
)
from sro_panel.domain.profile import LoadedProfile, Profile, ProfileError, load_profile
from sro_panel.errors import FieldError, InputError, StaleRecord
from sro_panel.messages import t
from sro_panel.paths import forms_dir
from sro_panel.services.base import ServiceBase
from sro_panel.services.permissions import Permission

STAGES = (
    "setup",
    "applicants",
    "screening",
    "pool",
    "panel",
    "scoring",
    "recommendation",
    "decision",
    "training",
    "closed",
)
MAX_POSITIONS = 500
log = logging.getLogger("sro_panel")


@dataclass(frozen=True)
class ProfileInfo:
    path: Path
    id: str
    name: str
    agency: str


@dataclass(frozen=True)
class RoundInput:
    profile_file: Path
    title: str
    vacancy_title: str
    posting_date: dt.date
    application_deadline: dt.date
    selection_date: dt.date
    positions: int
    interview_format: str = "panel_interview"


@dataclass(frozen=True)
class CriterionSpanish:
    """A criterion's words in Spanish, from the profile frozen with the round."""

    title: str
    text: str
    questions: tuple[str, ...]
    probes: tuple[str, ...]
    levels: tuple[tuple[int, str, str], ...]  # (value, label, anchor)


@dataclass(frozen=True)
class CriterionInfo:
    id: int
    key: str
    ref: str
    title: str
    text: str
    questions: tuple[str, ...]
    probes: tuple[str, ...]
    weight: float
    required: bool
    levels: tuple[tuple[int, str, str], ...]  # (value, label, anchor)
    es: CriterionSpanish | None = None


@dataclass(frozen=True)
class RoundSummary:
    id: int
    title: str
    agency: str
    stage: str
    applicants: int
    positions: int
    selection_date: dt.date


@dataclass(frozen=True)
class RoundInfo:
    id: int
    title: str
    vacancy_title: str
    profile: Profile
    posting_date: dt.date
    application_deadline: dt.date
    selection_date: dt.date
    positions: int
    interview_format: str
    name_student_panelists: bool
    court_target_officers: int | None
    court_deadline: dt.date | None
    court_daily_fine: float | None
    closed: bool
    stage: str
    criteria: tuple[CriterionInfo, ...]
    rubric_frozen: bool
    version: int
    closed_at: dt.datetime | None = None
    personnel_purged_at: dt.datetime | None = None


def check_round_input(data: RoundInput) -> None:
    """Refuse a round whose fields do not make sense, naming the field."""
    if not data.title.strip():
        raise FieldError(t("Title"), t("is required"))
    if len(data.title) > 200:
        raise FieldError(t("Title"), t("is longer than 200 characters"))
    if not data.vacancy_title.strip():
        raise FieldError(t("Vacancy title"), t("is required"))
    if data.application_deadline < data.posting_date:
        raise FieldError(t("Application deadline"), t("is before the posting date"))
    if data.selection_date < data.application_deadline:
        raise FieldError(t("Selection date"), t("is before the application deadline"))
    if not 1 <= data.positions <= MAX_POSITIONS:
        raise FieldError(t("Positions"), t("must be between 1 and {limit}", limit=MAX_POSITIONS))
    if data.interview_format not in INTERVIEW_FORMATS:
        raise FieldError(
            t("Interview format"), t("must be one of {value}", value=", ".join(INTERVIEW_FORMATS))
        )


def _criterion_rows(profile: Profile) -> list[RubricCriterion]:
    return [
        RubricCriterion(
            key=c.id,
            position=i,
            ref=c.ref,
            title=c.title,
            text=c.text,
            questions=list(c.questions),
            probes=list(c.probes),
            weight=c.weight,
            required=c.required,
            scale=[
                {"value": lvl.value, "label": lvl.label, "anchor": c.anchors[str(lvl.value)]}
                for lvl in profile.rubric.scale
            ],
        )
        for i, c in enumerate(profile.rubric.criteria)
    ]


def _spanish(row: RubricCriterion, profile: Profile) -> CriterionSpanish | None:
    """The Spanish text of a criterion, when the round's profile has it for every level."""
    crit = next((c for c in profile.rubric.criteria if c.id == row.key), None)
    if crit is None or crit.es is None:
        return None
    labels = {level.value: level.es.label for level in profile.rubric.scale if level.es}
    levels = []
    for s in row.scale:
        value = int(s["value"])
        if value not in labels or str(value) not in crit.es.anchors:
            return None
        levels.append((value, labels[value], crit.es.anchors[str(value)]))
    es = crit.es
    return CriterionSpanish(es.title, es.text, tuple(es.questions), tuple(es.probes), tuple(levels))


def _criterion_info(row: RubricCriterion, profile: Profile) -> CriterionInfo:
    return CriterionInfo(
        id=row.id,
        key=row.key,
        ref=row.ref,
        title=row.title,
        text=row.text,
        questions=tuple(row.questions),
        probes=tuple(row.probes),
        weight=row.weight,
        required=row.required,
        levels=tuple((int(s["value"]), str(s["label"]), str(s["anchor"])) for s in row.scale),
        es=_spanish(row, profile),
    )


def rubric_frozen(session: Session, round_id: int) -> bool:
    """True once any score sheet exists in the round."""
    return bool(
        session.scalar(
            select(
                exists().where(
                    ScoreSheet.applicant_id.in_(
                        select(Applicant.id).where(Applicant.round_id == round_id)
                    )
                )
            )
        )
    )


def round_stage(session: Session, row: SelectionRound) -> str:
    """The furthest step the round has reached, derived from what it holds."""
    if row.closed_at is not None:
        return "closed"
    rid = row.id
    applicant = select(Applicant.id).where(Applicant.round_id == rid)
    checks = (
        ("training", exists().where(TrainingRecord.applicant_id.in_(applicant))),
        ("training", exists().where(Assignment.applicant_id.in_(applicant))),
        ("decision", exists().where(Decision.applicant_id.in_(applicant))),
        ("recommendation", exists().where(RecommendationSummary.round_id == rid)),
        ("scoring", exists().where(ScoreSheet.applicant_id.in_(applicant))),
        ("panel", exists().where(Panelist.round_id == rid)),
        ("pool", exists().where(Applicant.round_id == rid, Applicant.in_pool.is_(True))),
        ("screening", exists().where(RequirementReview.applicant_id.in_(applicant))),
        ("applicants", exists().where(Applicant.round_id == rid)),
    )
    for stage, clause in checks:
        if session.scalar(select(clause)):
            return stage
    return "setup"


class RoundService(ServiceBase):
    def available_profiles(self, folder: Path | None = None) -> list[ProfileInfo]:
        """The agency profiles shipped in forms/ (or `folder`), valid ones only.

        A broken file is left out (and logged) so it never stops a round from the others;
        `sro-panel profile check` says what is wrong with it.
        """
        found = []
        for path in sorted((folder or forms_dir()).glob("*.toml")):
            try:
                loaded = load_profile(path)
            except ProfileError as exc:
                log.warning("agency profile left out: %s", exc)
                continue
            p = loaded.profile
            found.append(ProfileInfo(path, p.id, p.name, p.agency))
        return found

    def create_round(self, data: RoundInput) -> RoundInfo:
        self.require(Permission.MANAGE_ROUND)
        check_round_input(data)
        loaded: LoadedProfile = load_profile(data.profile_file)
        profile = loaded.profile
        with self.transaction() as session:
            snapshot = ProfileSnapshot(
                profile_id=profile.id,
                name=profile.name,
                source_file=data.profile_file.name,
                content=loaded.text,
                sha256=loaded.sha256,
                loaded_at=self.now(),
            )
            row = SelectionRound(
                profile_snapshot=snapshot,
                title=data.title.strip(),
                vacancy_title=data.vacancy_title.strip(),
                posting_date=data.posting_date,
                application_deadline=data.application_deadline,
                selection_date=data.selection_date,
                positions=data.positions,
                interview_format=data.interview_format,
                court_target_officers=profile.court.trained_officers if profile.court else None,
                court_deadline=profile.court.deadline if profile.court else None,
                court_daily_fine=profile.court.daily_fine if profile.court else None,
                created_at=self.now(),
            )
            row.criteria = _criterion_rows(profile)
            session.add(row)
            session.flush()
            self.audit(
                session,
                "round.create",
                target_type="round",
                target_id=row.id,
                round_id=row.id,
                after={"title": row.title, "profile": profile.id, "sha256": loaded.sha256},
            )
            return self._info(session, row)

    def update_round(self, round_id: int, data: RoundInput, *, expected_version: int) -> RoundInfo:
        """Change a round's dates, positions and format (its profile stays what it was)."""
        self.require(Permission.MANAGE_ROUND, round_id=round_id)
        check_round_input(data)
        with self.transaction() as session:
            row = self.open_round_row(session, round_id)
            if row.version != expected_version:
                raise StaleRecord(t("the round was changed by someone else; reload to see it"))
            if data.selection_date != row.selection_date and rubric_frozen(session, round_id):
                raise FieldError(
                    t("Selection date"),
                    t("cannot change once scoring has started (it decides who was eligible)"),
                )
            fields = (
                "title",
                "vacancy_title",
                "posting_date",
                "application_deadline",
                "selection_date",
                "positions",
                "interview_format",
            )
            before = {f: getattr(row, f) for f in fields}
            for f in fields:
                value = getattr(data, f)
                setattr(row, f, value.strip() if isinstance(value, str) else value)
            session.flush()
            self.audit(
                session,
                "round.update",
                target_type="round",
                target_id=round_id,
                round_id=round_id,
                before=before,
                after={f: getattr(row, f) for f in fields},
            )
            return self._info(session, row)

    def update_criterion(
        self, criterion_id: int, *, weight: float | None = None, required: bool | None = None
    ) -> RoundInfo:
        """Adjust a criterion of the round's rubric; refused once the first score exists."""
        with self.transaction() as session:
            crit = session.get(RubricCriterion, criterion_id)
            if crit is None:
                raise InputError(
                    t("criterion {criterion_id} does not exist", criterion_id=criterion_id)
                )
            self.require(Permission.MANAGE_ROUND, round_id=crit.round_id)
            self.open_round_row(session, crit.round_id)
            if rubric_frozen(session, crit.round_id):
                raise InputError(t("the rubric is frozen: scoring has started in this round"))
            before: dict[str, object] = {}
            if weight is not None:
                if not 0 < weight <= 100:
                    raise FieldError(t("Weight"), t("must be more than 0 and at most 100"))
                before["weight"] = crit.weight
                crit.weight = weight
            if required is not None:
                before["required"] = crit.required
                crit.required = required
            self.audit(
                session,
                "rubric.update",
                target_type="criterion",
                target_id=criterion_id,
                round_id=crit.round_id,
                before=before,
                after={"weight": crit.weight, "required": crit.required},
            )
            return self._info(session, self.get_round_row(session, crit.round_id))

    def list_rounds(self) -> list[RoundSummary]:
        self.require(Permission.VIEW_ROUND)
        with self.transaction() as session:
            counts = dict(
                session.execute(
                    select(Applicant.round_id, func.count())
                    .where(Applicant.is_practice.is_(False))
                    .group_by(Applicant.round_id)
                ).all()
            )
            rows = session.scalars(select(SelectionRound).order_by(SelectionRound.id)).all()
            return [
                RoundSummary(
                    id=r.id,
                    title=r.title,
                    agency=self.round_profile(r).agency,
                    stage=round_stage(session, r),
                    applicants=counts.get(r.id, 0),
                    positions=r.positions,
                    selection_date=r.selection_date,
                )
                for r in rows
            ]

    def resolve_round_id(self, round_id: int | None) -> int:
        """The round asked for, or the only round when none is named."""
        if round_id is not None:
            return round_id
        with self.transaction() as session:
            ids = session.scalars(select(SelectionRound.id).limit(2)).all()
        if len(ids) == 1:
            return ids[0]
        if not ids:
            raise InputError(
                t("the database holds no round yet (create one, or run 'sro-panel demo')")
            )
        raise InputError(t("the database holds several rounds: name one with --round ID"))

    def get_round(self, round_id: int) -> RoundInfo:
        self.require(Permission.VIEW_ROUND, round_id=round_id)
        with self.transaction() as session:
            return self._info(session, self.get_round_row(session, round_id))

    def _info(self, session: Session, row: SelectionRound) -> RoundInfo:
        profile = self.round_profile(row)
        return RoundInfo(
            id=row.id,
            title=row.title,
            vacancy_title=row.vacancy_title,
            profile=profile,
            posting_date=row.posting_date,
            application_deadline=row.application_deadline,
            selection_date=row.selection_date,
            positions=row.positions,
            interview_format=row.interview_format,
            name_student_panelists=row.name_student_panelists,
            court_target_officers=row.court_target_officers,
            court_deadline=row.court_deadline,
            court_daily_fine=row.court_daily_fine,
            closed=row.closed_at is not None,
            stage=round_stage(session, row),
            criteria=tuple(_criterion_info(c, profile) for c in row.criteria),
            rubric_frozen=rubric_frozen(session, row.id),
            version=row.version,
            closed_at=row.closed_at,
            personnel_purged_at=row.personnel_purged_at,
        )
