"""Paper panels: a printed sheet keyed in on a panelist's behalf, recorded as such."""

import pytest
from sqlalchemy import select

from sro_panel.db.models import AuditEntry
from sro_panel.errors import InputError, PermissionDenied
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Role
from tests.services.conftest import KEYS


def _key_in(svc, seat, cand, value=3, submit=True):
    for key in KEYS:
        svc.paper_scoring.save_score(seat, cand, key, value=value)
    svc.paper_scoring.save_overall(seat, cand, recommendation="recommend", note="From paper")
    return svc.paper_scoring.submit(seat, cand) if submit else None


def test_the_coordinator_keys_in_a_paper_sheet_recorded_as_keyed_by_whom(panel, services):
    _rnd, cands, seats, actors = panel
    hr = services.as_actor(Actor("hr", "Dana HR", Role.HR_COORDINATOR))
    view = _key_in(hr, seats["community"], cands[0])
    assert view.status == "submitted" and view.source == "paper"
    assert view.keyed_by == "Dana HR"
    # The panelist sees it as their own submitted sheet, locked, and from paper.
    own = actors["community"].scoring.sheet(seats["community"], cands[0])
    assert own.status == "submitted" and own.score("interpersonal").value == 3
    assert own.source == "paper" and own.keyed_by == "Dana HR"
    with services.db.transaction() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "score.submit")).one()
    assert entry.actor == "hr" and entry.after["source"] == "paper"
    assert entry.after["keyed_by"] == "Dana HR"
    assert services.audit.verify().ok


def test_a_sheet_is_either_keyed_from_paper_or_scored_on_a_laptop(panel, services):
    _rnd, cands, seats, actors = panel
    hr = services.as_actor(Actor("hr", "Dana HR", Role.HR_COORDINATOR))
    _key_in(hr, seats["community"], cands[0], submit=False)
    with pytest.raises(InputError, match="being keyed in from the paper form by Dana HR"):
        actors["community"].scoring.save_score(
            seats["community"], cands[0], "interpersonal", value=1
        )
    actors["community"].scoring.save_score(seats["community"], cands[1], "interpersonal", value=1)
    with pytest.raises(InputError, match="Neighbour has started this sheet on a laptop"):
        hr.paper_scoring.save_score(seats["community"], cands[1], "interpersonal", value=2)


@pytest.mark.parametrize("role", [Role.PANELIST, Role.PANEL_CHAIR, Role.DECISION_MAKER])
def test_only_those_allowed_to_enter_scores_key_in_paper(panel, services, role):
    _rnd, cands, seats, _actors = panel
    other = services.as_actor(Actor("x", "Someone", role, frozenset({seats["mpd"]})))
    with pytest.raises(PermissionDenied, match="may not key in"):
        other.paper_scoring.save_score(seats["community"], cands[0], "interpersonal", value=2)
