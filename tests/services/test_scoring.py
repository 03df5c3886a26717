"""Scoring rules, enforced in the services for every role: own sheets, locks, recusal, sight."""

import pytest

from sro_panel.errors import FieldError, InputError, PermissionDenied, StaleRecord
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Role
from tests.services.conftest import fill


def test_drafts_save_field_by_field_and_submit_lists_what_is_missing(panel):
    _rnd, cands, seats, actors = panel
    kid = actors["mps_student"]
    view = kid.scoring.save_score(
        seats["mps_student"], cands[0], "youth_engagement", value=5, note="Great example"
    )
    assert view.status == "draft" and view.score("youth_engagement").value == 5
    assert "IV.B.5 Interest in community engagement, education and mentoring" in view.missing
    with pytest.raises(InputError, match=r"missing: IV\.B\.5 .*Overall recommendation"):
        kid.scoring.submit(seats["mps_student"], cands[0])
    with pytest.raises(FieldError, match="7 is not a level"):
        kid.scoring.save_score(seats["mps_student"], cands[0], "interpersonal", value=7)
    done = fill(kid, seats["mps_student"], cands[0])
    assert done.status == "submitted" and done.locked
    assert done.score("youth_engagement").note == "Great example"
    with pytest.raises(InputError, match="submitted and locked"):
        kid.scoring.save_score(seats["mps_student"], cands[0], "interpersonal", value=1)
    assert kid.scoring.sheet(seats["mps_student"], cands[0]).score("interpersonal").value == 4


def test_a_panelist_sees_and_edits_only_their_own_sheets(panel, services):
    _rnd, cands, seats, actors = panel
    fill(actors["mps_staff"], seats["mps_staff"], cands[0])
    with pytest.raises(PermissionDenied, match="does not hold this panel seat"):
        actors["community"].scoring.sheet(seats["mps_staff"], cands[0])
    with pytest.raises(PermissionDenied):
        actors["community"].scoring.save_score(
            seats["mps_staff"], cands[0], "interpersonal", value=1
        )
    for role in (Role.ADMINISTRATOR, Role.HR_COORDINATOR, Role.DECISION_MAKER, Role.AUDITOR):
        other = services.as_actor(Actor("x", "X", role))
        with pytest.raises(PermissionDenied):
            other.scoring.sheet(seats["mps_staff"], cands[0])


def test_a_conflicted_panelist_cannot_score_and_is_shown_recused(panel, services):
    rnd, cands, seats, actors = panel
    services.panel.declare_conflict(seats["community"], cands[1], "My nephew")
    view = actors["community"].scoring.sheet(seats["community"], cands[1])
    assert view.status == "recused" and view.locked
    with pytest.raises(InputError, match="conflict of interest"):
        actors["community"].scoring.save_score(
            seats["community"], cands[1], "interpersonal", value=3
        )
    for role, seat in seats.items():
        for c in cands:
            if (role, c) != ("community", cands[1]):
                fill(actors[role], seat, c)
    chief = services.as_actor(Actor("chief", "Chief", Role.DECISION_MAKER))
    result = {c.candidate_id: c for c in chief.results.combined(rnd.id).results.candidates}
    assert result[cands[1]].recused == 1 and result[cands[1]].missing == 0
    assert result[cands[0]].recused == 0 and result[cands[0]].sheets == 4


def test_nobody_sees_a_candidates_scores_before_submitting_their_own(panel, services):
    rnd, cands, seats, actors = panel
    fill(actors["mps_staff"], seats["mps_staff"], cands[0], value=5)
    fill(actors["mps_staff"], seats["mps_staff"], cands[1], value=2)
    chair = actors["mpd"]
    view = chair.results.combined(rnd.id)
    assert view.results.candidates == () and view.hidden == 3
    fill(chair, seats["mpd"], cands[0], value=3)
    view = chair.results.combined(rnd.id)
    assert [c.candidate_id for c in view.results.candidates] == [cands[0]] and view.hidden == 2
    with pytest.raises(PermissionDenied):
        actors["mps_student"].results.combined(rnd.id)  # a panelist has no results view at all
    hr = services.as_actor(Actor("hr", "HR", Role.HR_COORDINATOR))
    with pytest.raises(PermissionDenied):
        hr.results.combined(rnd.id)
    progress = hr.results.progress(rnd.id)
    by_seat = {p.panelist_id: p for p in progress.panelists}
    assert (by_seat[seats["mps_staff"]].submitted, by_seat[seats["mpd"]].submitted) == (2, 1)
    assert progress.expected == 12 and progress.submitted == 3 and not progress.complete
    assert {p.label for p in progress.panelists} >= {"Kid"}  # HR may see the student's name
    chief = services.as_actor(Actor("chief", "Chief", Role.DECISION_MAKER))
    labels = {p.label for p in chief.results.progress(rnd.id).panelists}
    assert "Student panelist" in labels and "Kid" not in labels


def test_the_rubric_freezes_at_the_first_score(panel, services):
    rnd, cands, seats, actors = panel
    crit = rnd.criteria[0].id
    assert services.rounds.update_criterion(crit, weight=20).criteria[0].weight == 20
    actors["mps_staff"].scoring.save_score(
        seats["mps_staff"], cands[0], "youth_engagement", value=3
    )
    assert services.rounds.get_round(rnd.id).rubric_frozen
    with pytest.raises(InputError, match="rubric is frozen"):
        services.rounds.update_criterion(crit, weight=5)


def test_the_practice_candidate_never_counts(panel, services):
    rnd, _cands, seats, actors = panel
    practice = services.applicants.add_practice_candidate(rnd.id)
    for role, seat in seats.items():
        fill(actors[role], seat, practice.id, value=1)
    chief = services.as_actor(Actor("chief", "Chief", Role.DECISION_MAKER))
    assert chief.results.combined(rnd.id).results.candidates[0].candidate_id != practice.id
    assert practice.id not in {
        c.candidate_id for c in chief.results.combined(rnd.id).results.candidates
    }
    assert chief.results.progress(rnd.id).submitted == 0
    assert practice.id not in {a.id for a in services.applicants.list_applicants(rnd.id)}


def test_a_stale_draft_from_another_laptop_is_refused(panel):
    _rnd, cands, seats, actors = panel
    staff = actors["mps_staff"]
    first = staff.scoring.save_score(seats["mps_staff"], cands[0], "youth_engagement", value=3)
    staff.scoring.save_score(
        seats["mps_staff"], cands[0], "interpersonal", value=3, expected_version=first.version
    )
    with pytest.raises(StaleRecord, match="another laptop"):
        staff.scoring.save_score(
            seats["mps_staff"], cands[0], "independence", value=2, expected_version=first.version
        )


def test_consensus_keeps_the_initial_score_and_needs_a_reason(panel, services):
    rnd, cands, seats, actors = panel
    fill(actors["mps_staff"], seats["mps_staff"], cands[0])
    with pytest.raises(InputError, match="1 of 12 sheets"):
        actors["mpd"].scoring.open_consensus(rnd.id)
    for role, seat in seats.items():
        for c in cands:
            if (role, c) != ("mps_staff", cands[0]):
                fill(actors[role], seat, c, value=3 if role == "mpd" else 4)
    with pytest.raises(PermissionDenied, match="chair"):
        actors["mps_staff"].scoring.open_consensus(rnd.id)
    with pytest.raises(InputError, match="not opened"):
        actors["mpd"].scoring.change_in_consensus(
            seats["mpd"], cands[0], "interpersonal", value=5, reason="x"
        )
    actors["mpd"].scoring.open_consensus(rnd.id)
    with pytest.raises(FieldError, match="needs a reason"):
        actors["mpd"].scoring.change_in_consensus(
            seats["mpd"], cands[0], "interpersonal", value=5, reason=" "
        )
    view = actors["mpd"].scoring.change_in_consensus(
        seats["mpd"], cands[0], "interpersonal", value=5, reason="Heard the full answer again"
    )
    score = view.score("interpersonal")
    assert (score.value, score.consensus_value, score.final) == (3, 5, 5)
    assert score.consensus_reason == "Heard the full answer again"
    chief = services.as_actor(Actor("chief", "Chief", Role.DECISION_MAKER))
    results = chief.results.combined(rnd.id)
    assert results.consensus_changes == 1
    first = {c.candidate_id: c for c in results.results.candidates}[cands[0]]
    interpersonal = next(c for c in first.criteria if c.key == "interpersonal")
    assert interpersonal.mean == pytest.approx((4 + 4 + 4 + 5) / 4)


def test_next_unscored_skips_submitted_and_recused(panel, services):
    rnd, _cands, seats, actors = panel
    staff = actors["mps_staff"]
    order = [
        a.id for a in sorted(services.applicants.list_applicants(rnd.id), key=lambda a: a.last_name)
    ]
    assert staff.scoring.next_unscored(seats["mps_staff"]) == order[0]
    fill(staff, seats["mps_staff"], order[0])
    services.panel.declare_conflict(seats["mps_staff"], order[1], "Former partner")
    assert staff.scoring.next_unscored(seats["mps_staff"]) == order[2]
    fill(staff, seats["mps_staff"], order[2])
    assert staff.scoring.next_unscored(seats["mps_staff"]) is None


@pytest.mark.parametrize("role", list(Role))
def test_visibility_of_scores_for_every_role(panel, services, role):
    """Without a panel seat nobody reads a sheet; results and progress follow the matrix."""
    from sro_panel.services.permissions import Permission, allowed

    rnd, cands, seats, actors = panel
    fill(actors["mps_staff"], seats["mps_staff"], cands[0], value=5)
    someone = services.as_actor(Actor("x", "Someone", role))
    with pytest.raises(PermissionDenied):
        someone.scoring.sheet(seats["mps_staff"], cands[0])
    if allowed(role, Permission.VIEW_RESULTS):
        view = someone.results.combined(rnd.id)
        assert [c.candidate_id for c in view.results.candidates if c.sheets] == [cands[0]]
    else:
        with pytest.raises(PermissionDenied):
            someone.results.combined(rnd.id)
    if allowed(role, Permission.VIEW_PROGRESS):
        assert someone.results.progress(rnd.id).submitted == 1
    else:
        with pytest.raises(PermissionDenied):
            someone.results.progress(rnd.id)


def test_the_round_activity_changes_with_each_save_and_submission_anywhere(panel, services):
    rnd, cands, seats, actors = panel
    before = services.results.activity(rnd.id)
    assert before == (0, 0, "")
    staff = actors["mps_staff"]
    staff.scoring.save_score(seats["mps_staff"], cands[0], "youth_engagement", value=3)
    drafted = services.results.activity(rnd.id)
    assert drafted[:2] == (1, 0) and drafted != before
    fill(staff, seats["mps_staff"], cands[0])
    assert services.results.activity(rnd.id)[:2] == (1, 1)
    with pytest.raises(PermissionDenied):
        services.as_actor(Actor("x", "X", Role.PANELIST, frozenset())).results.activity(rnd.id)
