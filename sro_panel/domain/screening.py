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
    years_text,
)
from sro_panel.messages import message_of, t

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
        raise ScreeningInputError(t("an attestation is either 'pass' or 'fail'"))
    if not evidence_source.strip():
        raise ScreeningInputError(t("an attestation needs its evidence source"))
    if len(note) > MAX_REASON or len(evidence_source) > MAX_REASON:
        raise ScreeningInputError(t("notes are limited to {n} characters", n=MAX_REASON))


def check_override(verdict: str, reason: str, approved_by: str) -> None:
    if verdict not in ("pass", "fail"):
        raise ScreeningInputError(t("an override is either 'pass' or 'fail'"))
    if not reason.strip():
        raise ScreeningInputError(t("an override needs a reason"))
    if not approved_by.strip():
        raise ScreeningInputError(t("an override needs the name of who approved it"))
    if len(reason) > MAX_REASON:
        raise ScreeningInputError(t("the reason is limited to {n} characters", n=MAX_REASON))


def _record_evidence(facts: ApplicantFacts) -> str:
    source = facts.record_source or t("HR record")
    if facts.record_pulled_on:
        return t("{source}, pulled {day}", source=source, day=facts.record_pulled_on.isoformat())
    return t("{source}, date pulled not recorded", source=source)


def _service(req: MinServiceYears, facts: ApplicantFacts, on: dt.date) -> tuple[Outcome, str]:
    if facts.service_start is None:
        return "needs_review", t("No service start date on record.")
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
        return "needs_review", t(
            "Service record is inconsistent: {problem}.", problem=message_of(exc)
        )
    if count.counted_from is None:
        if facts.service_start > on:
            return (
                "fail",
                t(
                    "Service starts {start}, after the selection date.",
                    start=facts.service_start.isoformat(),
                ),
            )
        return "fail", t(
            "Not in service on the selection date {day} (separated).", day=on.isoformat()
        )
    assert met_on is not None
    values = {
        "served": count.describe(),
        "since": count.counted_from.isoformat(),
        "day": on.isoformat(),
        "needed": years_text(req.years),
        "met_on": met_on.isoformat(),
    }
    outcome: Outcome = "pass" if met_on <= on else "fail"
    if outcome == "pass" and count.uncredited_days:
        text = t(
            "{served} of uninterrupted service since {since} by {day} (needs {needed}, met on"
            " {met_on}; {leave} days of unpaid leave not counted).",
            leave=count.uncredited_days,
            **values,
        )
    elif outcome == "pass":
        text = t(
            "{served} of uninterrupted service since {since} by {day} (needs {needed}, met on"
            " {met_on}).",
            **values,
        )
    elif count.uncredited_days:
        text = t(
            "{served} of uninterrupted service since {since} by {day} (needs {needed}; would be"
            " met on {met_on}; {leave} days of unpaid leave not counted).",
            leave=count.uncredited_days,
            **values,
        )
    else:
        text = t(
            "{served} of uninterrupted service since {since} by {day} (needs {needed}; would be"
            " met on {met_on}).",
            **values,
        )
    if count.on_leave and outcome == "pass":
        return "needs_review", t("{text} On unpaid leave on the selection date.", text=text)
    return outcome, text


def _complaints(req: MaxSustainedComplaints, facts: ApplicantFacts) -> tuple[Outcome, str]:
    juveniles = req.involving == "juveniles"
    count = facts.sustained_juvenile_complaints if juveniles else facts.sustained_complaints
    outcome: Outcome = "pass" if count is not None and 0 <= count <= req.maximum else "fail"
    if juveniles:
        if count is None:
            return "needs_review", t(
                "Number of sustained complaints involving juveniles not on record."
            )
        if count < 0:
            return "needs_review", t(
                "Number of sustained complaints involving juveniles is negative ({count}).",
                count=count,
            )
        if count == 1:
            return outcome, t(
                "1 sustained complaint involving juveniles (at most {maximum} allowed).",
                maximum=req.maximum,
            )
        return outcome, t(
            "{count} sustained complaints involving juveniles (at most {maximum} allowed).",
            count=count,
            maximum=req.maximum,
        )
    if count is None:
        return "needs_review", t("Number of sustained complaints not on record.")
    if count < 0:
        return "needs_review", t(
            "Number of sustained complaints is negative ({count}).", count=count
        )
    if count == 1:
        return outcome, t("1 sustained complaint (at most {maximum} allowed).", maximum=req.maximum)
    return outcome, t(
        "{count} sustained complaints (at most {maximum} allowed).",
        count=count,
        maximum=req.maximum,
    )


def _attested_reason(review: Review) -> str:
    confirmed = review.attested == "pass"
    who, note = review.attested_by, review.attested_note
    if confirmed:
        if who and note:
            return t("Confirmed by {who}: {note}", who=who, note=note)
        if who:
            return t("Confirmed by {who}.", who=who)
        return t("Confirmed: {note}", note=note) if note else t("Confirmed.")
    if who and note:
        return t("Not met by {who}: {note}", who=who, note=note)
    if who:
        return t("Not met by {who}.", who=who)
    return t("Not met: {note}", note=note) if note else t("Not met.")


def evaluate(
    req: Requirement, facts: ApplicantFacts, review: Review | None, selection_date: dt.date
) -> RequirementResult:
    """One requirement's result for one applicant."""
    review = review or Review()
    reason: str
    if isinstance(req, Attested):
        if review.attested is None:
            computed: Outcome = "needs_review"
            reason = t("Awaiting HR's attestation.")
            if req.evidence_hint:
                reason = t("Awaiting HR's attestation. Evidence: {hint}.", hint=req.evidence_hint)
            evidence = ""
        else:
            computed = review.attested
            reason = _attested_reason(review)
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
        final_reason: str = t(
            "Overridden to {verdict}: {reason} (approved by {approver}).",
            verdict=t("pass") if review.override == "pass" else t("fail"),
            reason=review.override_reason,
            approver=review.override_approved_by,
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
