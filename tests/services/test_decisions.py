"""The panel's recommendation, the conference and the Chief's decision, then a closed round."""

import datetime as dt

import pytest

from sro_panel.errors import FieldError, InputError, PermissionDenied
from sro_panel.services.context import Actor
from sro_panel.services.decisions import departs, tier_of
from sro_panel.services.permissions import Role
from tests.services.conftest import fill


@pytest.fixture
def scored(panel, services):
    """Every sheet submitted: Ana scores highest, then Bo, then Cy."""
    rnd, cands, seats, actors = panel
    values = {cands[0]: 5, cands[1]: 3, cands[2]: 2}
    recs = {cands[0]: "recommend", cands[1]: "reservations", cands[2]: "do_not_recommend"}
    for role, seat in seats.items():
        for c in cands:
            fill(actors[role], seat, c, value=values[c], rec=recs[c])
    chief = services.as_actor(Actor("chief", "Chief Example", Role.DECISION_MAKER))
    return rnd, cands, seats, actors, chief


def test_finalize_only_when_complete_and_by_the_chair(panel, services):
    rnd, cands, seats, actors = panel
    fill(actors["mps_staff"], seats["mps_staff"], cands[0])
    with pytest.raises(InputError, match="1 of 12 are in"):
        actors["mpd"].decisions.finalize(rnd.id, "")
    with pytest.raises(PermissionDenied):
        actors["mps_staff"].decisions.finalize(rnd.id, "")


def test_finalize_refuses_a_panel_that_breaks_the_composition_rule(services):
    import datetime as d
    from pathlib import Path

    from sro_panel.services.rounds import RoundInput

    forms = Path(__file__).resolve().parents[2] / "forms"
    rnd = services.rounds.create_round(
        RoundInput(
            forms / "milwaukee-mpd.toml",
            "R",
            "SRO",
            d.date(2026, 1, 1),
            d.date(2026, 1, 2),
            d.date(2026, 1, 3),
            1,
        )
    )
    chair = services.panel.add_panelist(rnd.id, name="Cap", role_type="mpd", is_chair=True)
    actor = services.as_actor(Actor("c", "Cap", Role.PANEL_CHAIR, frozenset({chair.id})))
    with pytest.raises(InputError, match=r"composition rule: .*MPS student: 0 of 1"):
        actor.decisions.finalize(rnd.id, "")


def test_the_whole_decision_path(scored):
    rnd, cands, seats, actors, chief = scored
    state = actors["mpd"].decisions.finalize(rnd.id, "A strong field; Ana stood out.")
    assert [(c.name, c.rank, c.tier) for c in state.summary] == [
        ("Ana Ruiz", 1, "recommended"),
        ("Bo Lee", 2, "reservations"),
        ("Cy Dunn", 3, "not_recommended"),
    ]
    with pytest.raises(InputError, match="already finalized"):
        actors["mpd"].decisions.finalize(rnd.id, "")
    with pytest.raises(InputError, match="conference"):
        chief.decisions.decide(cands[0], "selected")
    with pytest.raises(PermissionDenied):
        actors["mpd"].decisions.record_conference(
            rnd.id, held_on=dt.date(2026, 10, 1), attendees="x"
        )
    chief.decisions.record_conference(
        rnd.id, held_on=dt.date(2026, 10, 1), attendees="Chief; MPS Director of Safety"
    )
    chief.decisions.decide(cands[0], "selected")
    chief.decisions.decide(cands[1], "not_selected")  # no departure while Cy is undecided
    with pytest.raises(FieldError, match="departs from the panel's order"):
        chief.decisions.decide(cands[2], "selected")
    state = chief.decisions.decide(
        cands[2], "selected", reason="Bilingual; covers the South Side schools"
    )
    assert state.decisions[cands[2]].departure_reason.startswith("Bilingual")
    closed = chief.decisions.close_round(rnd.id)
    assert closed.closed
    with pytest.raises(InputError, match="closed"):
        chief.decisions.decide(cands[1], "alternate")
    with pytest.raises(InputError, match="closed"):
        actors["mps_staff"].scoring.save_score(
            seats["mps_staff"], cands[0], "interpersonal", value=1
        )
    with pytest.raises(FieldError, match="needs a reason"):
        chief.decisions.reopen_round(rnd.id, " ")
    assert not chief.decisions.reopen_round(rnd.id, "Candidate withdrew").closed


def test_close_needs_every_decision(scored):
    rnd, cands, _seats, actors, chief = scored
    actors["mpd"].decisions.finalize(rnd.id, "")
    chief.decisions.record_conference(
        rnd.id, held_on=dt.date(2026, 10, 1), attendees="Chief, Director"
    )
    chief.decisions.decide(cands[0], "selected")
    with pytest.raises(InputError, match="undecided: Bo Lee, Cy Dunn"):
        chief.decisions.close_round(rnd.id)


def test_the_departure_rule():
    rank = {1: 1, 2: 2, 3: 3}
    assert not departs(rank, {1: "selected", 2: "alternate", 3: "not_selected"}, 3)
    assert departs(rank, {1: "not_selected", 2: "selected"}, 2)
    assert departs(rank, {1: "not_selected", 2: "selected"}, 1)
    assert not departs({1: 1, 2: 1}, {1: "not_selected", 2: "selected"}, 2)  # a tie is no departure


def test_tiers_follow_a_majority_or_read_as_reservations():
    from pathlib import Path

    from sro_panel.domain.profile import load_profile

    profile = load_profile(
        Path(__file__).resolve().parents[2] / "forms" / "milwaukee-mpd.toml"
    ).profile
    assert tier_of({"recommend": 3, "reservations": 1}, profile) == "recommended"
    assert tier_of({"recommend": 2, "do_not_recommend": 2}, profile) == "reservations"
    assert tier_of({"do_not_recommend": 3}, profile) == "not_recommended"
    assert tier_of({}, profile) == "reservations"
