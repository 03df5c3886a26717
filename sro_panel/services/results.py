"""What the chair, HR and the decision makers see of the scores: progress and combined results.

Counts for those who follow progress; values only for those who may see
results, and then only for candidates the viewer has scored (or is recused
from) when the viewer holds a panel seat. The panelist's own sheets are in
scoring.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from sro_panel.db.models import (
    Applicant,
    ConflictDeclaration,
    Panelist,
    Score,
    ScoreSheet,
    SelectionRound,
)
from sro_panel.domain import results as res
from sro_panel.domain.profile import Profile
from sro_panel.services.base import ServiceBase
from sro_panel.services.panel import panelist_labels
from sro_panel.services.permissions import Permission


@dataclass(frozen=True)
class PanelistProgress:
    panelist_id: int
    label: str
    role_label: str
    submitted: int
    drafts: int
    expected: int  # candidates in the pool, less recusals


@dataclass(frozen=True)
class Progress:
    candidates: int
    panelists: tuple[PanelistProgress, ...]
    consensus_open: bool

    @property
    def submitted(self) -> int:
        return sum(p.submitted for p in self.panelists)

    @property
    def expected(self) -> int:
        return sum(p.expected for p in self.panelists)

    @property
    def complete(self) -> bool:
        return self.expected > 0 and self.submitted == self.expected

    @property
    def panelists_done(self) -> int:
        return sum(p.submitted == p.expected and p.expected > 0 for p in self.panelists)


@dataclass(frozen=True)
class ScoreLine:
    """One submitted score, as the score matrix lists it."""

    employee_id: str
    candidate: str
    panelist: str
    group: str
    ref: str
    criterion: str
    initial: int | None
    consensus: int | None
    consensus_reason: str
    note: str
    recommendation: str | None


@dataclass(frozen=True)
class ResultsView:
    results: res.RoundResults
    hidden: int  # candidates this viewer must score before seeing their results
    group_labels: dict[str, str]
    consensus_changes: int


GROUP_LABELS = {
    "school_staff": "School staff",
    "community": "Community",
    "student": "Student",
    "police": "Police",
}


def pool_candidates(session: Session, round_id: int) -> list[Applicant]:
    return list(
        session.scalars(
            select(Applicant)
            .where(
                Applicant.round_id == round_id,
                Applicant.in_pool.is_(True),
                Applicant.is_practice.is_(False),
            )
            .order_by(Applicant.last_name, Applicant.first_name, Applicant.id)
        )
    )


def recusals(session: Session, round_id: int) -> set[tuple[int, int]]:
    rows = session.execute(
        select(ConflictDeclaration.panelist_id, ConflictDeclaration.applicant_id)
        .join(Panelist, Panelist.id == ConflictDeclaration.panelist_id)
        .where(Panelist.round_id == round_id)
    )
    return {(p, a) for p, a in rows}


class ResultsService(ServiceBase):
    def progress(self, round_id: int) -> Progress:
        self.require(Permission.VIEW_PROGRESS, round_id=round_id)
        with self.transaction() as session:
            return self.progress_in(session, self.get_round_row(session, round_id))

    def activity(self, round_id: int) -> tuple[int, int, str]:
        """A cheap fingerprint of the round's scoring: (sheets, submitted, last change).

        Polled by every open window; when it changes, someone on some laptop saved or
        submitted a sheet, and the progress on screen is read again.
        """
        self.require(Permission.VIEW_PROGRESS, round_id=round_id)
        submitted = func.count(ScoreSheet.id).filter(ScoreSheet.status == "submitted")
        with self.transaction() as session:
            sheets, done, last = session.execute(
                select(func.count(ScoreSheet.id), submitted, func.max(ScoreSheet.updated_at))
                .join(Panelist, Panelist.id == ScoreSheet.panelist_id)
                .where(Panelist.round_id == round_id)
            ).one()
        return (sheets, done, str(last or ""))

    def combined(self, round_id: int) -> ResultsView:
        """Combined results; a panelist sees only candidates whose sheet they have submitted."""
        self.require(Permission.VIEW_RESULTS, round_id=round_id)
        with self.transaction() as session:
            rnd = self.get_round_row(session, round_id)
            profile = self.round_profile(rnd)
            return self._results(session, rnd, profile)

    def score_lines(self, round_id: int, *, for_export: bool = False) -> list[ScoreLine]:
        """Every submitted score the viewer may see (the same rule as the results).

        For an export a student panelist is named by role whoever exports, unless the
        round is set to name student panelists: files travel further than screens.
        """
        return self.combined_with_lines(round_id, for_export=for_export)[1]

    def combined_with_lines(
        self, round_id: int, *, for_export: bool = False
    ) -> tuple[ResultsView, list[ScoreLine]]:
        """The combined results and the score lines behind them, computed once (the packet)."""
        self.require(Permission.VIEW_RESULTS, round_id=round_id)
        with self.transaction() as session:
            rnd = self.get_round_row(session, round_id)
            profile = self.round_profile(rnd)
            view = self._results(session, rnd, profile)
            visible = {c.candidate_id for c in view.results.candidates}
            recused = recusals(session, round_id)
            panel = list(session.scalars(select(Panelist).where(Panelist.round_id == round_id)))
            show = rnd.name_student_panelists or (
                not for_export and self.can(Permission.VIEW_STUDENT_NAMES)
            )
            labels = panelist_labels(profile, panel, show_student_names=show)
            groups = {p.id: GROUP_LABELS[profile.role_type(p.role_type).group] for p in panel}
            crit = {c.id: c for c in rnd.criteria}
            rows = session.execute(
                select(
                    Applicant.id,
                    Applicant.employee_id,
                    Applicant.first_name,
                    Applicant.last_name,
                    ScoreSheet.panelist_id,
                    ScoreSheet.recommendation,
                    Score.criterion_id,
                    Score.value,
                    Score.consensus_value,
                    Score.consensus_reason,
                    Score.note,
                )
                .join(ScoreSheet, ScoreSheet.applicant_id == Applicant.id)
                .join(Score, Score.sheet_id == ScoreSheet.id)
                .where(Applicant.round_id == round_id, ScoreSheet.status == "submitted")
                .order_by(Applicant.last_name, Applicant.first_name, ScoreSheet.panelist_id)
            ).all()
            lines = [
                ScoreLine(
                    employee_id=eid,
                    candidate=f"{first} {last}",
                    panelist=labels[pid],
                    group=groups[pid],
                    ref=crit[cid].ref,
                    criterion=crit[cid].title,
                    initial=value,
                    consensus=consensus,
                    consensus_reason=reason,
                    note=note,
                    recommendation=rec,
                )
                for aid, eid, first, last, pid, rec, cid, value, consensus, reason, note in rows
                if aid in visible and (pid, aid) not in recused
            ]
            return view, lines

    def _results(self, session: Session, rnd: SelectionRound, profile: Profile) -> ResultsView:
        candidates = pool_candidates(session, rnd.id)
        panel = list(
            session.scalars(
                select(Panelist).where(Panelist.round_id == rnd.id).order_by(Panelist.position)
            )
        )
        recused = recusals(session, rnd.id)
        criteria = list(rnd.criteria)
        key_of = {c.id: c.key for c in criteria}
        values_of, recommendation_of, consensus_of = _submitted_scores(session, rnd.id, key_of)
        mine = {p.id for p in panel} & set(self.actor.panelist_ids)
        visible = [
            a
            for a in candidates
            if all((p, a.id) in values_of or (p, a.id) in recused for p in mine)
        ]
        visible_ids = {a.id for a in visible}
        domain_sheets = [
            res.Sheet(p, a, values, recommendation_of[(p, a)])
            for (p, a), values in values_of.items()
            if a in visible_ids
        ]
        changes = sum(n for (_, a), n in consensus_of.items() if a in visible_ids)
        show_names = rnd.name_student_panelists or self.can(Permission.VIEW_STUDENT_NAMES)
        labels = panelist_labels(profile, panel, show_student_names=show_names)
        scale = profile.scale_values
        combined = res.combine(
            [
                res.Candidate(
                    a.id,
                    f"{a.first_name} {a.last_name}",
                    f"{a.last_name} {a.first_name}".casefold(),
                )
                for a in visible
            ],
            [res.Rater(p.id, labels[p.id], profile.role_type(p.role_type).group) for p in panel],
            [res.CriterionSpec(c.key, c.title, c.weight) for c in criteria],
            res.Scale(min(scale), max(scale)),
            domain_sheets,
            recused,
            first_choice=next(r.id for r in profile.recommendations if r.tier == "recommended"),
        )
        return ResultsView(combined, len(candidates) - len(visible), GROUP_LABELS, changes)

    def progress_in(self, session: Session, rnd: SelectionRound) -> Progress:
        """Progress inside the caller's transaction (used by the consensus step)."""
        profile = self.round_profile(rnd)
        candidates = {a.id for a in pool_candidates(session, rnd.id)}
        panel = list(
            session.scalars(
                select(Panelist).where(Panelist.round_id == rnd.id).order_by(Panelist.position)
            )
        )
        recused = recusals(session, rnd.id)
        rows = session.execute(
            select(ScoreSheet.panelist_id, ScoreSheet.applicant_id, ScoreSheet.status)
            .join(Panelist, Panelist.id == ScoreSheet.panelist_id)
            .where(Panelist.round_id == rnd.id)
        ).all()
        show_names = rnd.name_student_panelists or self.can(Permission.VIEW_STUDENT_NAMES)
        labels = panelist_labels(profile, panel, show_student_names=show_names)
        result = []
        for p in panel:
            expected = sum((p.id, a) not in recused for a in candidates)
            mine = [
                (a, st)
                for pid, a, st in rows
                if pid == p.id and a in candidates and (p.id, a) not in recused
            ]
            result.append(
                PanelistProgress(
                    p.id,
                    labels[p.id],
                    profile.role_type(p.role_type).label,
                    sum(st == "submitted" for _, st in mine),
                    sum(st == "draft" for _, st in mine),
                    expected,
                )
            )
        return Progress(len(candidates), tuple(result), rnd.consensus_opened_at is not None)


def _submitted_scores(
    session: Session, round_id: int, key_of: dict[int, str]
) -> tuple[
    dict[tuple[int, int], dict[str, int]],
    dict[tuple[int, int], str | None],
    dict[tuple[int, int], int],
]:
    """Each submitted sheet's scores by criterion key (a consensus value in place of the
    panelist's own), its recommendation, and how many of its scores a consensus changed;
    all keyed by (panelist, applicant).

    One plain Core row per sheet, its scores folded into one string by the database
    ("criterion:score" joined by commas): a large round holds tens of thousands of scores,
    and a row each took three times as long as the folded rows and their parsing.
    """
    final = func.coalesce(Score.consensus_value, Score.value)  # NULL: left out of the fold
    rows = session.connection().execute(
        select(
            ScoreSheet.panelist_id,
            ScoreSheet.applicant_id,
            ScoreSheet.recommendation,
            func.aggregate_strings(
                cast(Score.criterion_id, String) + ":" + cast(final, String), ","
            ),
            func.count(Score.consensus_value),
        )
        .join(Applicant, Applicant.id == ScoreSheet.applicant_id)
        .outerjoin(Score, Score.sheet_id == ScoreSheet.id)
        .where(Applicant.round_id == round_id, ScoreSheet.status == "submitted")
        .group_by(ScoreSheet.id)
        .order_by(ScoreSheet.id)  # the same sums in the same order on either database
    )
    values_of: dict[tuple[int, int], dict[str, int]] = {}
    recommendation_of: dict[tuple[int, int], str | None] = {}
    consensus_of: dict[tuple[int, int], int] = {}
    for panelist_id, applicant_id, recommendation, folded, changed in rows:
        key = (panelist_id, applicant_id)
        pairs = (item.split(":") for item in folded.split(",")) if folded else ()
        values_of[key] = {key_of[int(criterion)]: int(value) for criterion, value in pairs}
        recommendation_of[key] = recommendation
        consensus_of[key] = changed
    return values_of, recommendation_of, consensus_of
