"""Screening rules: each requirement kind gives pass, fail or needs review, with its reason."""

import datetime as dt
from pathlib import Path

import pytest

from sro_panel.domain.composition import check_composition
from sro_panel.domain.profile import load_profile
from sro_panel.domain.screening import (
    ApplicantFacts,
    Review,
    ScreeningInputError,
    check_override,
    screen,
)
from sro_panel.domain.service_years import ServiceBreak

FORMS = Path(__file__).resolve().parents[2] / "forms"
MKE = load_profile(FORMS / "milwaukee-mpd.toml").profile
MILFORD = load_profile(FORMS / "milford-pd.toml").profile
SELECTION = dt.date(2026, 11, 2)
ALL_ATTESTED = {
    r.id: Review(attested="pass", evidence_source="HR")
    for r in MKE.requirements
    if r.kind == "attested"
}


def facts(**kw):
    base = dict(
        service_start=dt.date(2015, 5, 1),
        sustained_juvenile_complaints=0,
        sustained_complaints=0,
        record_source="HR roster",
        record_pulled_on=dt.date(2026, 10, 1),
    )
    base.update(kw)
    return ApplicantFacts(**base)


def by_id(result):
    return {r.requirement_id: r for r in result.results}


def test_everything_met_is_eligible_with_evidence():
    result = screen(MKE.requirements, facts(), ALL_ATTESTED, SELECTION)
    assert result.eligibility == "eligible"
    service = by_id(result)["uninterrupted_service"]
    assert service.outcome == "pass"
    assert "met on 2018-05-01" in service.reason
    assert service.evidence == "HR roster, pulled 2026-10-01"


def test_short_service_fails_and_says_when_it_would_be_met():
    result = screen(
        MKE.requirements, facts(service_start=dt.date(2024, 6, 3)), ALL_ATTESTED, SELECTION
    )
    assert result.eligibility == "not_eligible"
    assert result.failing == ("uninterrupted_service",)
    assert "would be met on 2027-06-03" in by_id(result)["uninterrupted_service"].reason


def test_a_sustained_juvenile_complaint_fails_and_unknown_count_needs_review():
    fail = screen(MKE.requirements, facts(sustained_juvenile_complaints=1), ALL_ATTESTED, SELECTION)
    assert fail.failing == ("no_juvenile_misconduct",)
    assert (
        "1 sustained complaint involving juveniles" in by_id(fail)["no_juvenile_misconduct"].reason
    )
    unknown = screen(
        MKE.requirements, facts(sustained_juvenile_complaints=None), ALL_ATTESTED, SELECTION
    )
    assert unknown.eligibility == "needs_review"
    assert unknown.pending == ("no_juvenile_misconduct",)


def test_attested_requirements_wait_for_hr_then_follow_the_attestation():
    reviews = dict(ALL_ATTESTED)
    del reviews["attendance"]
    pending = screen(MKE.requirements, facts(), reviews, SELECTION)
    assert pending.eligibility == "needs_review"
    assert "Awaiting HR's attestation" in by_id(pending)["attendance"].reason
    reviews["attendance"] = Review(
        attested="fail", attested_note="14 absences", evidence_source="HR"
    )
    failed = screen(MKE.requirements, facts(), reviews, SELECTION)
    assert failed.failing == ("attendance",)


def test_missing_service_date_or_inconsistent_breaks_need_review():
    assert screen(MKE.requirements, facts(service_start=None), ALL_ATTESTED, SELECTION).pending == (
        "uninterrupted_service",
    )
    bad = facts(breaks=(ServiceBreak("separation", dt.date(2000, 1, 1), dt.date(2000, 2, 1)),))
    result = screen(MKE.requirements, bad, ALL_ATTESTED, SELECTION)
    assert "inconsistent" in by_id(result)["uninterrupted_service"].reason


def test_an_override_replaces_the_result_but_keeps_the_computed_one():
    reviews = dict(ALL_ATTESTED)
    reviews["uninterrupted_service"] = Review(
        override="pass",
        override_reason="Leave was military service",
        override_approved_by="Inspector",
    )
    result = screen(MKE.requirements, facts(service_start=dt.date(2024, 6, 3)), reviews, SELECTION)
    service = by_id(result)["uninterrupted_service"]
    assert result.eligibility == "eligible"
    assert service.overridden and service.outcome == "pass" and service.computed_outcome == "fail"
    assert "approved by Inspector" in service.reason


@pytest.mark.parametrize(
    "verdict, reason, approver, message",
    [
        ("pass", "", "Inspector", "needs a reason"),
        ("pass", "ok", " ", "who approved"),
        ("maybe", "ok", "Inspector", "either"),
    ],
)
def test_an_override_needs_a_reason_and_an_approver(verdict, reason, approver, message):
    with pytest.raises(ScreeningInputError, match=message):
        check_override(verdict, reason, approver)


def test_milford_two_years_and_its_attestations():
    reviews = {r.id: Review(attested="pass", evidence_source="file") for r in MILFORD.requirements}
    ok = screen(MILFORD.requirements, facts(service_start=dt.date(2024, 11, 2)), reviews, SELECTION)
    assert ok.eligibility == "eligible"
    short = screen(
        MILFORD.requirements, facts(service_start=dt.date(2024, 11, 3)), reviews, SELECTION
    )
    assert short.failing == ("full_time_experience",)


def test_milwaukee_composition_rule():
    full = ["mps_staff", "community", "mps_student", "mpd"]
    assert check_composition(MKE, full).met
    no_student = check_composition(MKE, ["mps_staff", "mps_staff", "community", "mpd"])
    assert not no_student.met
    assert "At least one MPS student: 0 of 1" in no_student.shortfalls
    two_reps = check_composition(MKE, ["mps_staff", "mps_student", "mpd", "mpd"])
    assert (
        "At least three MPS representatives (staff, community and student): 2 of 3"
        in two_reps.shortfalls
    )


def test_milford_composition_has_exact_counts():
    assert check_composition(MILFORD, ["commander", "school_rep", "school_rep"]).met
    too_many = check_composition(MILFORD, ["commander", "commander", "school_rep", "school_rep"])
    assert too_many.shortfalls == ["One department commander: 2, at most 1"]
    with pytest.raises(KeyError):
        check_composition(MILFORD, ["mpd"])
