"""Independent scoring: a panelist's own sheets, drafts, submission, consensus, progress, results.

The rules hold here, so the GUI, the command line and another laptop obey
them alike: a panelist edits only the sheets of the seats they hold; a
conflicted panelist cannot score that candidate; submitting locks the initial
scores; nobody sees a candidate's combined scores before submitting their own
sheet for that candidate; the chair and HR see counts, not values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from sro_panel.db.models import (
    Applicant,
    Panelist,
    RubricCriterion,
    Score,
    ScoreSheet,
    SelectionRound,
)
from sro_panel.errors import FieldError, InputError, NotFound, StaleRecord
from sro_panel.messages import join, t
from sro_panel.services.base import ServiceBase
from sro_panel.services.permissions import Permission
from sro_panel.services.results import ResultsService, pool_candidates, recusals

if TYPE_CHECKING:
    from sro_panel.services.app import Services

MAX_NOTE = 4000


@dataclass(frozen=True)
class ScoreView:
    criterion_id: int
    key: str
    value: int | None
    note: str
    consensus_value: int | None
    consensus_reason: str

    @property
    def final(self) -> int | None:
        return self.consensus_value if self.consensus_value is not None else self.value


@dataclass(frozen=True)
class SheetView:
    panelist_id: int
    applicant_id: int
    applicant_name: str
    is_practice: bool
    status: str  # "new", "draft", "submitted" or "recused"
    recommendation: str | None
    note: str
    version: int | None
    scores: tuple[ScoreView, ...]
    missing: tuple[str, ...]  # what stops submission, in words
    submitted_at: dt.datetime | None
    consensus_open: bool = False
    source: str = "app"  # "app", "paper" (keyed in by `keyed_by`) or "file" (a score file)
    keyed_by: str = ""

    @property
    def locked(self) -> bool:
        return self.status in ("submitted", "recused")

    def score(self, key: str) -> ScoreView | None:
        return next((s for s in self.scores if s.key == key), None)


def _missing(sheet: ScoreSheet | None, criteria: list[RubricCriterion]) -> tuple[str, ...]:
    values = {s.criterion_id: s.value for s in sheet.scores} if sheet else {}
    missing = [
        f"{c.ref} {c.title}".strip() for c in criteria if c.required and values.get(c.id) is None
    ]
    if sheet is None or not sheet.recommendation:
        missing.append(t("Overall recommendation"))
    return tuple(missing)


def is_level(crit: RubricCriterion, value: int) -> bool:
    """Whether `value` is one of the criterion's scale levels."""
    return value in [int(s["value"]) for s in crit.scale]


def submission_record(sheet: ScoreSheet) -> dict[str, object]:
    """What the audit trail keeps of a submitted sheet (`audit verify` checks the sheet
    against it), with where it came from when that is not the panelist's own screen."""
    record: dict[str, object] = {
        "panelist_id": sheet.panelist_id,
        "applicant_id": sheet.applicant_id,
        "values": {str(s.criterion_id): s.value for s in sheet.scores},
        "recommendation": sheet.recommendation,
    }
    if sheet.source != "app":
        record.update(source=sheet.source, keyed_by=sheet.keyed_by)
    return record


class ScoringService(ServiceBase):
    """A panelist's own sheets; or, made with `from_paper`, the sheets of any seat keyed in
    from the printed forms by someone allowed to enter scores (recorded as theirs)."""

    def __init__(self, app: Services, *, from_paper: bool = False) -> None:
        super().__init__(app)
        self.from_paper = from_paper

    # --- one panelist's own sheet ------------------------------------------------

    def sheet(self, panelist_id: int, applicant_id: int) -> SheetView:
        with self.transaction() as session:
            seat, applicant, rnd = self._seat(session, panelist_id, applicant_id)
            return self._view(session, seat, applicant, rnd)

    def my_candidates(self, panelist_id: int) -> list[tuple[int, str, str]]:
        """(applicant id, name, status) for this seat: the practice candidate first, then the pool.

        Status is "new", "draft", "submitted" or "recused".
        """
        with self.transaction() as session:
            seat = self._own_seat(session, panelist_id)
            sheets = dict(
                session.execute(
                    select(ScoreSheet.applicant_id, ScoreSheet.status).where(
                        ScoreSheet.panelist_id == panelist_id
                    )
                ).all()
            )
            recused = {a for p, a in recusals(session, seat.round_id) if p == panelist_id}
            practice = session.scalars(
                select(Applicant).where(
                    Applicant.round_id == seat.round_id, Applicant.is_practice.is_(True)
                )
            ).all()
            rows = []
            for a in [*practice, *pool_candidates(session, seat.round_id)]:
                status = "recused" if a.id in recused else sheets.get(a.id, "new")
                rows.append((a.id, f"{a.first_name} {a.last_name}", status))
            return rows

    def next_unscored(self, panelist_id: int) -> int | None:
        """The first pool candidate this seat has not submitted and is not recused from."""
        with self.transaction() as session:
            seat = self._own_seat(session, panelist_id)
            done = set(
                session.scalars(
                    select(ScoreSheet.applicant_id).where(
                        ScoreSheet.panelist_id == panelist_id, ScoreSheet.status == "submitted"
                    )
                )
            )
            recused = {a for p, a in recusals(session, seat.round_id) if p == panelist_id}
            for a in pool_candidates(session, seat.round_id):
                if a.id not in done and a.id not in recused:
                    return a.id
        return None

    def save_score(
        self,
        panelist_id: int,
        applicant_id: int,
        criterion_key: str,
        *,
        value: int | None,
        note: str | None = None,
        expected_version: int | None = None,
    ) -> SheetView:
        """Save one criterion of a draft as the panelist types; the first save creates the sheet."""
        with self.transaction() as session:
            seat, applicant, rnd = self._seat(session, panelist_id, applicant_id)
            sheet = self._editable_sheet(session, seat, applicant, rnd, expected_version)
            crit = self._criterion(rnd, criterion_key)
            if value is not None and not is_level(crit, value):
                raise FieldError(crit.title, t("{value} is not a level of the scale", value=value))
            if note is not None and len(note) > MAX_NOTE:
                raise FieldError(
                    crit.title,
                    t("the note is longer than {limit} characters", limit=MAX_NOTE),
                )
            score = next((s for s in sheet.scores if s.criterion_id == crit.id), None)
            if score is None:
                score = Score(criterion_id=crit.id, note="")
                sheet.scores.append(score)
            score.value = value
            if note is not None:
                score.note = note
            sheet.updated_at = self.now()
            session.flush()
            return self._view(session, seat, applicant, rnd, edited=sheet)

    def save_overall(
        self,
        panelist_id: int,
        applicant_id: int,
        *,
        recommendation: str | None,
        note: str | None = None,
        expected_version: int | None = None,
    ) -> SheetView:
        with self.transaction() as session:
            seat, applicant, rnd = self._seat(session, panelist_id, applicant_id)
            profile = self.round_profile(rnd)
            choices = [c.id for c in profile.recommendations]
            if recommendation is not None and recommendation not in choices:
                raise FieldError(
                    t("Overall recommendation"),
                    t("must be one of {value}", value=", ".join(choices)),
                )
            if note is not None and len(note) > MAX_NOTE:
                raise FieldError(t("Notes"), t("longer than {limit} characters", limit=MAX_NOTE))
            sheet = self._editable_sheet(session, seat, applicant, rnd, expected_version)
            sheet.recommendation = recommendation
            if note is not None:
                sheet.note = note
            sheet.updated_at = self.now()
            session.flush()
            return self._view(session, seat, applicant, rnd, edited=sheet)

    def submit(
        self, panelist_id: int, applicant_id: int, *, expected_version: int | None = None
    ) -> SheetView:
        """Lock the sheet as the initial scores; refused, with what is missing, if incomplete."""
        with self.transaction() as session:
            seat, applicant, rnd = self._seat(session, panelist_id, applicant_id)
            sheet = self._editable_sheet(session, seat, applicant, rnd, expected_version)
            missing = _missing(sheet, list(rnd.criteria))
            if missing:
                raise InputError(
                    t(
                        "the sheet cannot be submitted yet; missing: {missing}",
                        missing=join(missing, "; "),
                    )
                )
            sheet.status = "submitted"
            sheet.submitted_at = self.now()
            sheet.updated_at = self.now()
            session.flush()
            self.audit(
                session,
                "score.submit",
                target_type="score_sheet",
                target_id=sheet.id,
                round_id=rnd.id,
                after=submission_record(sheet),
            )
            return self._view(session, seat, applicant, rnd, edited=sheet)

    # --- consensus --------------------------------------------------------------

    def open_consensus(self, round_id: int) -> None:
        """The chair opens the consensus discussion once every sheet is submitted."""
        with self.transaction() as session:
            rnd = self.get_round_row(session, round_id)
            self.require_chair(
                session,
                round_id,
                "only the panel's chair may open the consensus step",
                "open_consensus",
            )
            self._require_open(rnd)
            progress = ResultsService(self._app).progress_in(session, rnd)
            if not progress.complete:
                raise InputError(
                    t(
                        "consensus opens once every panelist has submitted: {submitted} of "
                        "{expected} sheets are in",
                        submitted=progress.submitted,
                        expected=progress.expected,
                    )
                )
            if rnd.consensus_opened_at is None:
                rnd.consensus_opened_at = self.now()
                rnd.consensus_opened_by = self.actor.display_name
                self.audit(
                    session,
                    "consensus.open",
                    target_type="round",
                    target_id=round_id,
                    round_id=round_id,
                )

    def change_in_consensus(
        self, panelist_id: int, applicant_id: int, criterion_key: str, *, value: int, reason: str
    ) -> SheetView:
        """A panelist changes a submitted score in the consensus step; the initial one is kept."""
        reason = reason.strip()
        with self.transaction() as session:
            seat, applicant, rnd = self._seat(session, panelist_id, applicant_id)
            self._require_open(rnd)
            if rnd.consensus_opened_at is None:
                raise InputError(t("the chair has not opened the consensus step"))
            sheet = self._sheet_row(session, panelist_id, applicant_id)
            if sheet is None or sheet.status != "submitted":
                raise InputError(t("only a submitted sheet can be changed in consensus"))
            crit = self._criterion(rnd, criterion_key)
            if not is_level(crit, value):
                raise FieldError(crit.title, t("{value} is not a level of the scale", value=value))
            score = next((s for s in sheet.scores if s.criterion_id == crit.id), None)
            if score is None:
                raise InputError(t("{title} has no initial score to change", title=crit.title))
            if value == score.value:
                score.consensus_value, score.consensus_reason = None, ""
            else:
                if not reason:
                    raise FieldError(t("Reason"), t("a score changed in consensus needs a reason"))
                score.consensus_value, score.consensus_reason = value, reason
            sheet.updated_at = self.now()
            session.flush()
            self.audit(
                session,
                "score.consensus",
                target_type="score_sheet",
                target_id=sheet.id,
                round_id=rnd.id,
                before={"criterion": criterion_key, "value": score.value},
                after={
                    "criterion": criterion_key,
                    "consensus_value": score.consensus_value,
                    "reason": reason,
                },
            )
            return self._view(session, seat, applicant, rnd)

    def _own_seat(self, session: Session, panelist_id: int) -> Panelist:
        seat = session.get(Panelist, panelist_id)
        if seat is None:
            raise NotFound(t("panelist {panelist_id} does not exist", panelist_id=panelist_id))
        if self.from_paper:
            if not self.can(Permission.ENTER_SCORES):
                raise self.denied(
                    f"{self.actor.display_name} may not key in panelists' paper sheets",
                    "enter_scores",
                    round_id=seat.round_id,
                )
            return seat
        if not self.can(Permission.SCORE_OWN) or panelist_id not in self.actor.panelist_ids:
            raise self.denied(
                f"{self.actor.display_name} does not hold this panel seat "
                "and may not see or change its scores",
                "score_own",
                round_id=seat.round_id,
            )
        return seat

    def _seat(
        self, session: Session, panelist_id: int, applicant_id: int
    ) -> tuple[Panelist, Applicant, SelectionRound]:
        seat = self._own_seat(session, panelist_id)
        applicant = session.get(Applicant, applicant_id)
        if applicant is None or applicant.round_id != seat.round_id:
            raise NotFound(
                t(
                    "candidate {applicant_id} is not in this panelist's round",
                    applicant_id=applicant_id,
                )
            )
        if not (applicant.in_pool or applicant.is_practice):
            raise InputError(
                t(
                    "{first_name} {last_name} is not in the interview pool",
                    first_name=applicant.first_name,
                    last_name=applicant.last_name,
                )
            )
        return seat, applicant, self.get_round_row(session, seat.round_id)

    @staticmethod
    def _require_open(rnd: SelectionRound) -> None:
        if rnd.closed_at is not None:
            raise InputError(t("the round is closed; nothing in it can be changed"))

    @staticmethod
    def _sheet_row(session: Session, panelist_id: int, applicant_id: int) -> ScoreSheet | None:
        return session.scalar(
            select(ScoreSheet)
            .where(ScoreSheet.panelist_id == panelist_id, ScoreSheet.applicant_id == applicant_id)
            .options(selectinload(ScoreSheet.scores))
        )

    def _editable_sheet(
        self,
        session: Session,
        seat: Panelist,
        applicant: Applicant,
        rnd: SelectionRound,
        expected_version: int | None,
    ) -> ScoreSheet:
        self._require_open(rnd)
        if (seat.id, applicant.id) in recusals(session, rnd.id):
            raise InputError(
                t("you declared a conflict of interest with this candidate and do not score them")
            )
        sheet = self._sheet_row(session, seat.id, applicant.id)
        if sheet is None:
            if expected_version is not None:
                raise StaleRecord(t("this sheet was removed elsewhere; reload it"))
            sheet = ScoreSheet(
                panelist_id=seat.id,
                applicant_id=applicant.id,
                status="draft",
                updated_at=self.now(),
                source="paper" if self.from_paper else "app",
                keyed_by=self.actor.display_name if self.from_paper else "",
            )
            session.add(sheet)
            return sheet
        if sheet.status == "submitted":
            raise InputError(
                t("this sheet is submitted and locked; changes are made in the consensus step")
            )
        if self.from_paper and sheet.source != "paper":
            raise InputError(
                t(
                    "{display_name} has started this sheet on a laptop; it is finished there,"
                    " not keyed in from paper",
                    display_name=seat.display_name,
                )
            )
        if not self.from_paper and sheet.source == "paper":
            raise InputError(
                t(
                    "this sheet is being keyed in from the paper form by {keyed_by}; it "
                    "cannot also be scored here",
                    keyed_by=sheet.keyed_by,
                )
            )
        if expected_version is not None and sheet.version != expected_version:
            raise StaleRecord(
                t("this sheet was changed on another laptop; reload to see the newer values")
            )
        return sheet

    @staticmethod
    def _criterion(rnd: SelectionRound, key: str) -> RubricCriterion:
        for c in rnd.criteria:
            if c.key == key:
                return c
        raise NotFound(t("no criterion {key!r} in this round's rubric", key=key))

    def _view(
        self,
        session: Session,
        seat: Panelist,
        applicant: Applicant,
        rnd: SelectionRound,
        edited: ScoreSheet | None = None,
    ) -> SheetView:
        """The sheet as the panelist sees it; `edited` is the sheet just saved (never recused,
        already loaded with its scores), which spares reading it back."""
        if edited is not None:
            sheet: ScoreSheet | None = edited
            recused = False
        else:
            sheet = self._sheet_row(session, seat.id, applicant.id)
            recused = (seat.id, applicant.id) in recusals(session, rnd.id)
        by_criterion = {s.criterion_id: s for s in sheet.scores} if sheet else {}
        scores = tuple(
            ScoreView(
                c.id,
                c.key,
                by_criterion[c.id].value if c.id in by_criterion else None,
                by_criterion[c.id].note if c.id in by_criterion else "",
                by_criterion[c.id].consensus_value if c.id in by_criterion else None,
                by_criterion[c.id].consensus_reason if c.id in by_criterion else "",
            )
            for c in rnd.criteria
        )
        status = "recused" if recused else (sheet.status if sheet else "new")
        return SheetView(
            panelist_id=seat.id,
            applicant_id=applicant.id,
            applicant_name=f"{applicant.first_name} {applicant.last_name}",
            is_practice=applicant.is_practice,
            status=status,
            recommendation=sheet.recommendation if sheet else None,
            note=sheet.note if sheet else "",
            version=sheet.version if sheet else None,
            scores=scores,
            missing=_missing(sheet, list(rnd.criteria)),
            submitted_at=sheet.submitted_at if sheet else None,
            consensus_open=rnd.consensus_opened_at is not None and rnd.closed_at is None,
            source=sheet.source if sheet else ("paper" if self.from_paper else "app"),
            keyed_by=sheet.keyed_by if sheet else "",
        )
