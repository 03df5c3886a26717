"""The results' read of submitted scores, folded one row per sheet by the database, holds
exactly what the score rows hold, on SQLite and PostgreSQL."""

import pytest
from sqlalchemy import select

from bench.data import big_round
from sro_panel.db.engine import Database
from sro_panel.db.models import Score, ScoreSheet
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Role
from sro_panel.services.results import _submitted_scores
from tests.conftest import make_services
from tests.services.conftest import fill


def _row_by_row(session, key_of):
    """The same three mappings from ORM objects, one score at a time."""
    values_of, recommendation_of, consensus_of = {}, {}, {}
    for sheet in session.scalars(select(ScoreSheet).where(ScoreSheet.status == "submitted")):
        key = (sheet.panelist_id, sheet.applicant_id)
        scores = session.scalars(select(Score).where(Score.sheet_id == sheet.id)).all()
        values_of[key] = {
            key_of[s.criterion_id]: s.consensus_value if s.consensus_value is not None else s.value
            for s in scores
            if s.consensus_value is not None or s.value is not None
        }
        recommendation_of[key] = sheet.recommendation
        consensus_of[key] = sum(s.consensus_value is not None for s in scores)
    return values_of, recommendation_of, consensus_of


def test_the_folded_read_matches_the_score_rows(panel, services):
    rnd, cands, seats, actors = panel
    for n, (role, seat) in enumerate(seats.items()):
        for c in cands:
            fill(actors[role], seat, c, value=1 + (n + c) % 5, rec="recommend")
    actors["mpd"].scoring.open_consensus(rnd.id)
    actors["mpd"].scoring.change_in_consensus(
        seats["mpd"], cands[1], "interpersonal", value=5, reason="Heard the answer again"
    )
    with services.db.transaction() as session:
        key_of = {c.id: c.key for c in services.rounds.get_round_row(session, rnd.id).criteria}
        sheets = {
            (s.panelist_id, s.applicant_id): s
            for s in session.scalars(select(ScoreSheet).where(ScoreSheet.status == "submitted"))
        }
        # A score with no value, a submitted sheet holding no score row at all, and a sheet
        # back in draft (left out).
        sheets[(seats["mps_staff"], cands[0])].status = "draft"
        blank = sheets[(seats["community"], cands[2])]
        session.scalars(select(Score).where(Score.sheet_id == blank.id)).first().value = None
        empty = sheets[(seats["mps_student"], cands[2])]
        for score in session.scalars(select(Score).where(Score.sheet_id == empty.id)):
            session.delete(score)
        session.flush()

        folded = _submitted_scores(session, rnd.id, key_of)
        assert folded == _row_by_row(session, key_of)

    values_of, recommendation_of, consensus_of = folded
    assert len(values_of) == 4 * 3 - 1
    assert (seats["mps_staff"], cands[0]) not in values_of
    assert values_of[(seats["mps_student"], cands[2])] == {}
    assert len(values_of[(seats["community"], cands[2])]) == len(key_of) - 1
    assert values_of[(seats["mpd"], cands[1])]["interpersonal"] == 5
    assert consensus_of[(seats["mpd"], cands[1])] == 1 and sum(consensus_of.values()) == 1
    assert set(recommendation_of.values()) == {"recommend"}


@pytest.mark.postgres
def test_the_same_round_gives_the_same_results_on_sqlite_and_postgresql(pg_url, tmp_path):
    """Down to the last digit of every mean and spread: the sheets are summed in one order."""
    shown = []
    for url in (f"sqlite:///{tmp_path / 'round.db'}", pg_url):
        db = Database.open(url)
        round_id = big_round(db, tmp_path, candidates=60, panelists=9, criteria=12)
        chief = make_services(db).as_actor(Actor("chief", "Chief", Role.DECISION_MAKER))
        shown.append(repr(chief.results.combined(round_id).results))
        db.dispose()
    assert len(shown[0]) > 100_000  # 60 candidates' results, in full
    assert shown[0] == shown[1]
