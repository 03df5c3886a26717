"""The demo round: believable spread, and the same round on SQLite and PostgreSQL."""

import dataclasses
from collections import Counter

import pytest
from sqlalchemy import select

from sro_panel.db.engine import Database
from sro_panel.db.migrate import upgrade_to_head
from sro_panel.db.models import Applicant, Panelist, Score, ScoreSheet
from sro_panel.services.demo import DemoService
from tests.conftest import make_services


def dump(services, round_id):
    """Everything the round holds, as plain data, keyed by what people see (no database ids)."""
    rnd = services.rounds.get_round(round_id)
    apps = services.applicants.list_applicants(round_id)
    ids = {a.id: a.employee_id for a in apps}
    panel = services.panel.list_panelists(round_id)
    names = {p.id: p.label for p in panel}

    def plain(obj, drop=("id", "version", "applicant_id", "round_id")):
        data = dataclasses.asdict(obj)
        return {k: v for k, v in data.items() if k not in drop}

    with services.db.transaction() as s:
        scores = s.execute(
            select(
                Applicant.employee_id,
                Panelist.display_name,
                ScoreSheet.status,
                Score.value,
                Score.note,
            )
            .join(ScoreSheet, ScoreSheet.id == Score.sheet_id)
            .join(Applicant, Applicant.id == ScoreSheet.applicant_id)
            .join(Panelist, Panelist.id == ScoreSheet.panelist_id)
            .order_by(Applicant.employee_id, Panelist.display_name, Score.criterion_id)
        ).all()
    return {
        "round": {k: v for k, v in plain(rnd).items() if k not in ("criteria", "profile")},
        "criteria": [plain(c) for c in rnd.criteria],
        "applicants": [plain(a) for a in apps],
        "screening": [
            (ids[x.applicant_id], x.eligibility, [dataclasses.asdict(r) for r in x.result.results])
            for x in services.screening.screen_round(round_id)
        ],
        "panel": [{**plain(p), "conflicts": [ids[c] for c in p.conflicts]} for p in panel],
        "slots": [
            (ids[x.applicant_id], x.kind, x.starts_at, x.minutes, x.room)
            for x in services.pool.list_slots(round_id)
        ],
        "scores": [tuple(r) for r in scores],
        "names": sorted(names.values()),
    }


def test_the_demo_has_a_believable_spread(sqlite_services):
    result = DemoService(sqlite_services).write_demo()
    assert (result.applicants, result.panelists) == (40, 8)
    screened = sqlite_services.screening.screen_round(result.round_id)
    counts = Counter(s.eligibility for s in screened)
    assert counts["eligible"] == result.eligible >= 20
    assert counts["not_eligible"] >= 5 and counts["needs_review"] >= 3
    failing = Counter(r for s in screened for r in s.result.failing)
    for req in ("uninterrupted_service", "no_juvenile_misconduct", "attendance", "good_standing"):
        assert failing[req] >= 1, req
    assert any(r.overridden for s in screened for r in s.result.results)
    names = " ".join(s.name for s in screened)
    assert "'" in names and "-" in names and "é" in names
    assert sqlite_services.panel.composition(result.round_id).met
    panel = sqlite_services.panel.list_panelists(result.round_id)
    assert sum(len(p.conflicts) for p in panel) == 1
    assert result.submitted_sheets > 150 and 0 < result.draft_sheets < 20
    assert [r.stage for r in sqlite_services.rounds.list_rounds()] == ["scoring", "closed"]


def test_the_earlier_demo_round_is_decided_with_a_reasoned_departure(sqlite_services):
    DemoService(sqlite_services).write_demo()
    state = sqlite_services.decisions.state(2)
    assert state.finalized and state.conference is not None and state.closed
    outcomes = Counter(d.outcome for d in state.decisions.values())
    assert outcomes["selected"] == 12 and outcomes["alternate"] == 3
    assert len(state.decisions) == len(state.summary) == 25
    assert sum(bool(d.departure_reason) for d in state.decisions.values()) == 1
    results = sqlite_services.results.combined(2)
    assert results.consensus_changes == 1 and results.hidden == 0


@pytest.mark.postgres
def test_the_demo_is_the_same_round_on_sqlite_and_postgresql(sqlite_services, pg_url):
    pg = Database.open(pg_url)
    upgrade_to_head(pg)
    pg_services = make_services(pg)
    a = DemoService(sqlite_services).write_demo()
    b = DemoService(pg_services).write_demo()
    assert a == b
    for round_id in (1, 2):
        assert dump(sqlite_services, round_id) == dump(pg_services, round_id)
    assert sqlite_services.decisions.state(2).summary == pg_services.decisions.state(2).summary
    pg.dispose()
