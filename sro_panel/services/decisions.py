"""The panel's recommendation and the Chief's decision (SOI IV.C.4), then closing the round."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from sro_panel.db.models import (
    DECISIONS,
    Applicant,
    ConferenceRecord,
    Decision,
    Panelist,
    RecommendationSummary,
)
from sro_panel.domain.composition import check_composition
from sro_panel.domain.profile import Profile
from sro_panel.errors import FieldError, InputError, NotFound
from sro_panel.messages import join, t
from sro_panel.services.base import ServiceBase
from sro_panel.services.permissions import Permission
from sro_panel.services.results import ResultsService

OUTCOME_ORDER = {"selected": 0, "alternate": 1, "not_selected": 2}
TIER_LABELS = {
    "recommended": "Recommended",
    "reservations": "Recommended with reservations",
    "not_recommended": "Not recommended",
}


@dataclass(frozen=True)
class RankedCandidate:
    applicant_id: int
    name: str
    rank: int | None
    tied: bool
    total: float | None
    tier: str
    recommendations: dict[str, int]


@dataclass(frozen=True)
class DecisionRow:
    applicant_id: int
    outcome: str
    departure_reason: str
    decided_by: str
    decided_at: dt.datetime


@dataclass(frozen=True)
class DecisionState:
    summary: tuple[RankedCandidate, ...]
    comments: str
    finalized_by: str
    finalized_at: dt.datetime | None
    conference: tuple[dt.date, str, str] | None  # held on, attendees, notes
    decisions: dict[int, DecisionRow]
    closed: bool

    @property
    def finalized(self) -> bool:
        return self.finalized_at is not None


def tier_of(recommendations: dict[str, int], profile: Profile) -> str:
    """The tier a majority of the panel's recommendations fall in; 'reservations' when split."""
    tiers: Counter[str] = Counter()
    for choice in profile.recommendations:
        tiers[choice.tier] += recommendations.get(choice.id, 0)
    total = sum(tiers.values())
    if total == 0:
        return "reservations"
    tier, count = tiers.most_common(1)[0]
    return tier if count * 2 > total else "reservations"


def departs(rank: dict[int, int | None], outcomes: dict[int, str], applicant_id: int) -> bool:
    """Does this candidate's outcome invert the panel's order against another decided candidate?

    Selected ranks above alternate above not selected; a candidate ranked
    strictly better must not get a lower outcome, and vice versa.
    """
    mine = rank.get(applicant_id)
    if mine is None:
        return outcomes[applicant_id] == "selected"
    for other, outcome in outcomes.items():
        theirs = rank.get(other)
        if other == applicant_id or theirs is None:
            continue
        a, b = OUTCOME_ORDER[outcomes[applicant_id]], OUTCOME_ORDER[outcome]
        if (theirs < mine and b > a) or (theirs > mine and b < a):
            return True
    return False


class DecisionService(ServiceBase):
    def state(self, round_id: int) -> DecisionState:
        """The decision record; the ranked summary only for those who may see results.

        Others (HR, panelists) see that it is finalized and the decisions, not the
        ranks and totals behind them.
        """
        self.require(Permission.VIEW_ROUND, round_id=round_id)
        sees_summary = self.can(Permission.VIEW_RESULTS) or self.can(Permission.RECORD_DECISION)
        with self.transaction() as session:
            rnd = self.get_round_row(session, round_id)
            summary = session.scalar(
                select(RecommendationSummary).where(RecommendationSummary.round_id == round_id)
            )
            conference = session.scalar(
                select(ConferenceRecord)
                .where(ConferenceRecord.round_id == round_id)
                .order_by(ConferenceRecord.id.desc())
            )
            decisions = session.scalars(
                select(Decision).join(Applicant).where(Applicant.round_id == round_id)
            )
            return DecisionState(
                summary=tuple(
                    RankedCandidate(**row)
                    for row in (summary.ranking if summary and sees_summary else [])
                ),
                comments=summary.comments if summary and sees_summary else "",
                finalized_by=summary.finalized_by if summary else "",
                finalized_at=summary.finalized_at if summary else None,
                conference=(conference.held_on, conference.attendees, conference.notes)
                if conference
                else None,
                decisions={
                    d.applicant_id: DecisionRow(
                        d.applicant_id, d.outcome, d.departure_reason, d.decided_by, d.decided_at
                    )
                    for d in decisions
                },
                closed=rnd.closed_at is not None,
            )

    def finalize(self, round_id: int, comments: str) -> DecisionState:
        """The chair finalizes the summary once the panel is complete and every sheet is in."""
        self.require(Permission.FINALIZE_RECOMMENDATION, round_id=round_id)
        results = ResultsService(self._app)
        progress = results.progress(round_id)
        view = results.combined(round_id)
        with self.transaction() as session:
            rnd = self.get_round_row(session, round_id)
            profile = self.round_profile(rnd)
            if rnd.closed_at is not None:
                raise InputError(t("the round is closed"))
            self.require_chair(
                session, round_id, "only the panel's chair finalizes its recommendation", "finalize"
            )
            roles = session.scalars(select(Panelist.role_type).where(Panelist.round_id == round_id))
            composition = check_composition(profile, list(roles))
            if not composition.met:
                raise InputError(
                    t(
                        "the panel does not meet the composition rule: {shortfalls}",
                        shortfalls=join(composition.shortfalls, "; "),
                    )
                )
            if not progress.complete:
                raise InputError(
                    t(
                        "every non-recused sheet must be submitted first: {submitted} of "
                        "{expected} are in",
                        submitted=progress.submitted,
                        expected=progress.expected,
                    )
                )
            if session.scalar(
                select(RecommendationSummary.id).where(RecommendationSummary.round_id == round_id)
            ):
                raise InputError(t("the panel's recommendation is already finalized"))
            ranking: list[dict[str, Any]] = [
                {
                    "applicant_id": c.candidate_id,
                    "name": c.name,
                    "rank": c.rank,
                    "tied": c.tied,
                    "total": None if c.total is None else round(c.total, 4),
                    "tier": tier_of(c.recommendations, profile),
                    "recommendations": c.recommendations,
                }
                for c in view.results.candidates
            ]
            session.add(
                RecommendationSummary(
                    round_id=round_id,
                    ranking=ranking,
                    comments=comments.strip(),
                    finalized_by=self.actor.display_name,
                    finalized_at=self.now(),
                )
            )
            self.audit(
                session,
                "recommendation.finalize",
                target_type="round",
                target_id=round_id,
                round_id=round_id,
                after={"ranking": [[r["name"], r["rank"], r["tier"]] for r in ranking]},
            )
        return self.state(round_id)

    def record_conference(
        self, round_id: int, *, held_on: dt.date, attendees: str, notes: str = ""
    ) -> DecisionState:
        """The Chief and the MPS Director of Safety conferred on the panel's summary."""
        self.require(Permission.RECORD_DECISION, round_id=round_id)
        if not attendees.strip():
            raise FieldError(
                t("Attendees"), t("name who conferred (at least the Chief and the Director)")
            )
        with self.transaction() as session:
            rnd = self.get_round_row(session, round_id)
            if rnd.closed_at is not None:
                raise InputError(t("the round is closed"))
            summary = session.scalar(
                select(RecommendationSummary).where(RecommendationSummary.round_id == round_id)
            )
            if summary is None:
                raise InputError(t("the panel's recommendation is not finalized yet"))
            if held_on < summary.finalized_at.date():
                raise FieldError(t("Date"), t("is before the panel's recommendation was finalized"))
            if held_on > self.now().date():
                raise FieldError(t("Date"), t("is in the future"))
            session.add(
                ConferenceRecord(
                    round_id=round_id,
                    held_on=held_on,
                    attendees=attendees.strip(),
                    notes=notes.strip(),
                    recorded_by=self.actor.display_name,
                    recorded_at=self.now(),
                )
            )
            self.audit(
                session,
                "decision.conference",
                target_type="round",
                target_id=round_id,
                round_id=round_id,
                after={"held_on": held_on, "attendees": attendees.strip()},
            )
        return self.state(round_id)

    def decide(self, applicant_id: int, outcome: str, *, reason: str = "") -> DecisionState:
        """The Chief's choice for one candidate; departing from the panel's order needs a reason."""
        if outcome not in DECISIONS:
            raise FieldError(t("Decision"), t("must be one of {value}", value=", ".join(DECISIONS)))
        with self.transaction() as session:
            applicant = session.get(Applicant, applicant_id)
            if applicant is None:
                raise NotFound(
                    t("applicant {applicant_id} does not exist", applicant_id=applicant_id)
                )
            round_id = applicant.round_id
            self.require(Permission.RECORD_DECISION, round_id=round_id)
            rnd = self.get_round_row(session, round_id)
            if rnd.closed_at is not None:
                raise InputError(
                    t("the round is closed; reopen it (with a reason) to change a decision")
                )
            summary = session.scalar(
                select(RecommendationSummary).where(RecommendationSummary.round_id == round_id)
            )
            if summary is None:
                raise InputError(t("the panel's recommendation is not finalized yet"))
            if not session.scalar(
                select(ConferenceRecord.id).where(ConferenceRecord.round_id == round_id)
            ):
                raise InputError(t("record the conference with the Director of Safety first"))
            rank = {int(r["applicant_id"]): r["rank"] for r in summary.ranking}
            if applicant_id not in rank:
                raise InputError(
                    t(
                        "{first_name} {last_name} is not in the panel's summary",
                        first_name=applicant.first_name,
                        last_name=applicant.last_name,
                    )
                )
            existing = {
                d.applicant_id: d
                for d in session.scalars(
                    select(Decision).join(Applicant).where(Applicant.round_id == round_id)
                )
            }
            outcomes = {a: d.outcome for a, d in existing.items()}
            outcomes[applicant_id] = outcome
            if departs(rank, outcomes, applicant_id) and not reason.strip():
                raise FieldError(
                    t("Reason"),
                    t("this decision departs from the panel's order; give the reason in writing"),
                )
            row = existing.get(applicant_id)
            before = {"outcome": row.outcome, "reason": row.departure_reason} if row else None
            if row is None:
                row = Decision(applicant_id=applicant_id)
                session.add(row)
            row.outcome = outcome
            row.departure_reason = reason.strip()
            row.decided_by = self.actor.display_name
            row.decided_at = self.now()
            self.audit(
                session,
                "decision.record",
                target_type="applicant",
                target_id=applicant_id,
                round_id=round_id,
                before=before,
                after={"outcome": outcome, "reason": reason.strip()},
            )
        return self.state(round_id)

    def close_round(self, round_id: int) -> DecisionState:
        """Close the round read-only once every candidate in the summary has a decision."""
        self.require(Permission.RECORD_DECISION, round_id=round_id)
        state = self.state(round_id)
        undecided = [c.name for c in state.summary if c.applicant_id not in state.decisions]
        if not state.finalized:
            raise InputError(t("the panel's recommendation is not finalized yet"))
        if undecided:
            raise InputError(
                t(
                    "every candidate needs a decision first; undecided: {names}",
                    names=", ".join(undecided),
                )
            )
        with self.transaction() as session:
            rnd = self.get_round_row(session, round_id)
            if rnd.closed_at is None:
                rnd.closed_at = self.now()
                self.audit(
                    session,
                    "round.close",
                    target_type="round",
                    target_id=round_id,
                    round_id=round_id,
                )
        return self.state(round_id)

    def reopen_round(self, round_id: int, reason: str) -> DecisionState:
        if not (self.can(Permission.RECORD_DECISION) or self.can(Permission.MANAGE_USERS)):
            self.require(Permission.RECORD_DECISION, round_id=round_id)
        if not reason.strip():
            raise FieldError(t("Reason"), t("reopening a closed round needs a reason"))
        with self.transaction() as session:
            rnd = self.get_round_row(session, round_id)
            if rnd.closed_at is None:
                raise InputError(t("the round is not closed"))
            rnd.closed_at = None
            self.audit(
                session,
                "round.reopen",
                target_type="round",
                target_id=round_id,
                round_id=round_id,
                detail=reason.strip(),
            )
        return self.state(round_id)
