"""Screening of minimum requirements (SOI IV.C.1): pure rules, no storage.

A requirement's result is computed from the applicant's HR facts (computed
kinds) or from HR's attestation (attested kinds); an override replaces either
but keeps the computed result beside it. Eligibility is derived from the
results every time, never stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from sro_panel.domain.profile import Attested, MaxSustainedComplaints, MinServiceYears, Requirement
from sro_panel.domain.service_years import (
    ServiceBreak,
    ServiceDataError,
    count_service,
    qualifying_date,
)

Outcome = Literal["pass", "fail", "needs_review"]
Verdict = Literal["pass", "fail"]
Eligibility = Literal["eligible", "not_eligible", "needs_review"]
MAX_REASON = 2000


class ScreeningInputError(ValueError):
    """An attestation or override that is incomplete; the message says what is missing."""


@dataclass(frozen=True)
class ApplicantFacts:
    """What HR's records say about one applicant, and where it came from."""

    service_start: dt.date | None
    breaks: tuple[ServiceBreak, ...] = ()
    sustained_juvenile_complaints: int | None = None
    sustained_complaints: int | None = None
    record_source: str = ""
    record_pulled_on: dt.date | None = None


@dataclass(frozen=True)
class Review:
    """HR's attestation and/or an approved override of one requirement."""

    attested: Verdict | None = None
    attested_note: str = ""
    attested_by: str = ""
    evidence_source: str = ""
    evidence_date: dt.date | None = None
    override: Verdict | None = None
    override_reason: str = ""
    override_approved_by: str = ""


@dataclass(frozen=True)
class RequirementResult:
    requirement_id: str
    ref: str
    text: str
    outcome: Outcome
    reason: str
    computed_outcome: Outcome
    computed_reason: str
    overridden: bool
    evidence: str


@dataclass(frozen=True)
class ScreeningResult:
    results: tuple[RequirementResult, ...]
    eligibility: Eligibility
    failing: tuple[str, ...] = field(default=())
    pending: tuple[str, ...] = field(default=())


def check_attestation(verdict: str, note: str, evidence_source: str) -> None:
    if verdict not in ("pass", "fail"):
        raise ScreeningInputError("an attestation is either 'pass' or 'fail'")
    if not evidence_source.strip():
        raise ScreeningInputError("an attestation needs its evidence source")
    if len(note) > MAX_REASON or len(evidence_source) > MAX_REASON:
        raise ScreeningInputError(f"notes are limited to {MAX_REASON} characters")


def check_override(verdict: str, reason: str, approved_by: str) -> None:
    if verdict not in ("pass", "fail"):
        raise ScreeningInputError("an override is either 'pass' or 'fail'")
    if not reason.strip():
        raise ScreeningInputError("an override needs a reason")
    if not approved_by.strip():
        raise ScreeningInputError("an override needs the name of who approved it")
    if len(reason) > MAX_REASON:
        raise ScreeningInputError(f"the reason is limited to {MAX_REASON} characters")


def _record_evidence(facts: ApplicantFacts) -> str:
    source = facts.record_source or "HR record"
    if facts.record_pulled_on:
        return f"{source}, pulled {facts.record_pulled_on.isoformat()}"
    return f"{source}, date pulled not recorded"


def _service(req: MinServiceYears, facts: ApplicantFacts, on: dt.date) -> tuple[Outcome, str]:
    if facts.service_start is None:
        return "needs_review", "No service start date on record."
    try:
        count = count_service(
            facts.service_start, facts.breaks, on, credit_unpaid_leave=req.credit_unpaid_leave
        )
        met_on = qualifying_date(
            facts.service_start,
            facts.breaks,
            req.years,
            credit_unpaid_leave=req.credit_unpaid_leave,
            as_of=on,
        )
    except ServiceDataError as exc:
        return "needs_review", f"Service record is inconsistent: {exc}."
    if count.counted_from is None:
        if facts.service_start > on:
            return (
                "fail",
                f"Service starts {facts.service_start.isoformat()}, after the selection date.",
            )
        return "fail", f"Not in service on the selection date {on.isoformat()} (separated)."
    needed = f"needs {req.years}"
    leave = (
        f"; {count.uncredited_days} days of unpaid leave not counted"
        if count.uncredited_days
        else ""
    )
    since = f"since {count.counted_from.isoformat()}"
    assert met_on is not None
    if met_on <= on:
        outcome: Outcome = "pass"
        text = (
            f"{count.describe()} of uninterrupted service {since} by {on.isoformat()} "
            f"({needed}, met on {met_on.isoformat()}{leave})."
        )
    else:
        outcome = "fail"
        text = (
            f"{count.describe()} of uninterrupted service {since} by {on.isoformat()} "
            f"({needed}; would be met on {met_on.isoformat()}{leave})."
        )
    if count.on_leave and outcome == "pass":
        return "needs_review", text + " On unpaid leave on the selection date."
    return outcome, text


def _complaints(req: MaxSustainedComplaints, facts: ApplicantFacts) -> tuple[Outcome, str]:
    juveniles = req.involving == "juveniles"
    count = facts.sustained_juvenile_complaints if juveniles else facts.sustained_complaints
    scope = " involving juveniles" if juveniles else ""
    if count is None:
        return "needs_review", f"Number of sustained complaints{scope} not on record."
    if count < 0:
        return "needs_review", f"Number of sustained complaints{scope} is negative ({count})."
    noun = "complaint" if count == 1 else "complaints"
    text = f"{count} sustained {noun}{scope} (at most {req.maximum} allowed)."
    return ("pass" if count <= req.maximum else "fail"), text


def evaluate(
    req: Requirement, facts: ApplicantFacts, review: Review | None, selection_date: dt.date
) -> RequirementResult:
    """One requirement's result for one applicant."""
    review = review or Review()
    if isinstance(req, Attested):
        if review.attested is None:
            computed: Outcome = "needs_review"
            reason = "Awaiting HR's attestation."
            if req.evidence_hint:
                reason += f" Evidence: {req.evidence_hint}."
            evidence = ""
        else:
            computed = review.attested
            verdict = "Confirmed" if review.attested == "pass" else "Not met"
            who = f" by {review.attested_by}" if review.attested_by else ""
            reason = f"{verdict}{who}" + (
                f": {review.attested_note}" if review.attested_note else "."
            )
            evidence = review.evidence_source
            if review.evidence_date:
                evidence += f", {review.evidence_date.isoformat()}"
    elif isinstance(req, MinServiceYears):
        computed, reason = _service(req, facts, selection_date)
        evidence = _record_evidence(facts)
    else:
        computed, reason = _complaints(req, facts)
        evidence = _record_evidence(facts)

    if review.override is not None:
        outcome: Outcome = review.override
        final_reason = (
            f"Overridden to {review.override}: {review.override_reason} "
            f"(approved by {review.override_approved_by})."
        )
    else:
        outcome, final_reason = computed, reason
    return RequirementResult(
        requirement_id=req.id,
        ref=req.ref,
        text=req.text,
        outcome=outcome,
        reason=final_reason,
        computed_outcome=computed,
        computed_reason=reason,
        overridden=review.override is not None,
        evidence=evidence,
    )


def screen(
    requirements: Sequence[Requirement],
    facts: ApplicantFacts,
    reviews: dict[str, Review],
    selection_date: dt.date,
) -> ScreeningResult:
    """Every requirement's result and the eligibility they add up to."""
    results = tuple(
        evaluate(req, facts, reviews.get(req.id), selection_date) for req in requirements
    )
    failing = tuple(r.requirement_id for r in results if r.outcome == "fail")
    pending = tuple(r.requirement_id for r in results if r.outcome == "needs_review")
    eligibility: Eligibility
    if failing:
        eligibility = "not_eligible"
    elif pending:
        eligibility = "needs_review"
    else:
        eligibility = "eligible"
    return ScreeningResult(results, eligibility, failing, pending)
