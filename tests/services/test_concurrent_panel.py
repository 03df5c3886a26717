"""Twelve laptops, one PostgreSQL database: every score there exactly once, stale edits refused.

Each panelist is a separate process with its own connection, as on the panel's
laptops; they save, comment and submit at the same time.
"""

import datetime as dt
import multiprocessing

import pytest
from sqlalchemy import func, select

from sro_panel.db.engine import Database
from sro_panel.db.migrate import upgrade_to_head
from sro_panel.db.models import Score, ScoreSheet
from sro_panel.errors import StaleRecord
from sro_panel.services.app import Services
from sro_panel.services.applicants import ApplicantInput
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Role
from sro_panel.services.rounds import RoundInput
from tests.conftest import FORMS
from tests.services.conftest import KEYS

pytestmark = pytest.mark.postgres

PANELISTS = 12
CANDIDATES = 23  # 23 sheets of 9 criteria: 207 scores from each panelist
ROLES = ("mps_staff", "community", "mps_student", "mpd")


def expected_value(seat: int, candidate: int, index: int) -> int:
    return 1 + (seat * 7 + candidate * 3 + index) % 5


def score_as_panelist(url: str, seat: int, candidates: list[int]) -> dict[str, int]:
    """One laptop: every criterion of every candidate, a recommendation, submit."""
    db = Database.open(url)
    services = Services(db, Actor(f"seat-{seat}", f"Seat {seat}", Role.PANELIST, frozenset({seat})))
    saved = stale = 0
    try:
        for cand in candidates:
            version = None
            for index, key in enumerate(KEYS):
                value = expected_value(seat, cand, index)
                view = services.scoring.save_score(
                    seat, cand, key, value=value, note=f"n{index}", expected_version=version
                )
                version = view.version
                saved += 1
            # An edit made against the sheet as it was two saves ago must be refused.
            try:
                services.scoring.save_overall(
                    seat, cand, recommendation="recommend", expected_version=version - 2
                )
            except StaleRecord:
                stale += 1
            view = services.scoring.save_overall(
                seat, cand, recommendation="recommend", expected_version=version
            )
            services.scoring.submit(seat, cand, expected_version=view.version)
    finally:
        db.dispose()
    return {"seat": seat, "saved": saved, "stale_refused": stale}


def test_twelve_panelists_submit_at_once_and_every_score_is_there_once(pg_url):
    db = Database.open(pg_url)
    upgrade_to_head(db)
    admin = Services(db, Actor.local_administrator())
    rnd = admin.rounds.create_round(
        RoundInput(
            FORMS / "milwaukee-mpd.toml", "Shared panel", "SRO", dt.date(2026, 9, 1),
            dt.date(2026, 9, 30), dt.date(2026, 11, 2), 2,
        )
    )  # fmt: skip
    candidates = []
    for i in range(CANDIDATES):
        a = admin.applicants.add_applicant(
            rnd.id,
            ApplicantInput(
                f"C{i:03d}", f"Given{i}", f"Family{i}", service_start=dt.date(2015, 1, 1),
                sustained_juvenile_complaints=0, sustained_complaints=0,
            ),
        )  # fmt: skip
        for req in ("good_standing", "attendance", "satisfactory_discipline"):
            admin.screening.attest(a.id, req, "pass", evidence_source="HR")
        admin.pool.set_in_pool(a.id, True)
        candidates.append(a.id)
    seats = [
        admin.panel.add_panelist(
            rnd.id, name=f"Member {i}", role_type=ROLES[i % 4], is_chair=i == 3
        ).id
        for i in range(PANELISTS)
    ]

    with multiprocessing.get_context("spawn").Pool(PANELISTS) as pool:
        reports = pool.starmap(score_as_panelist, [(pg_url, s, candidates) for s in seats])

    assert sorted(r["seat"] for r in reports) == sorted(seats)
    assert all(r["saved"] == CANDIDATES * len(KEYS) >= 200 for r in reports)
    assert all(r["stale_refused"] == CANDIDATES for r in reports)
    with db.transaction() as session:
        sheets = session.scalars(select(ScoreSheet)).all()
        assert len(sheets) == PANELISTS * CANDIDATES
        assert {(s.panelist_id, s.applicant_id) for s in sheets} == {
            (p, c) for p in seats for c in candidates
        }
        assert all(s.status == "submitted" and s.recommendation == "recommend" for s in sheets)
        counts = session.execute(
            select(Score.sheet_id, Score.criterion_id, func.count()).group_by(
                Score.sheet_id, Score.criterion_id
            )
        ).all()
        assert len(counts) == PANELISTS * CANDIDATES * len(KEYS)
        assert {n for _, _, n in counts} == {1}
        keys = {c.id: KEYS.index(c.key) for c in admin.rounds.get_round(rnd.id).criteria}
        for sheet in sheets:
            got = {keys[s.criterion_id]: s.value for s in sheet.scores}
            want = {
                i: expected_value(sheet.panelist_id, sheet.applicant_id, i)
                for i in range(len(KEYS))
            }
            assert got == want
    progress = admin.results.progress(rnd.id)
    assert (progress.submitted, progress.expected) == (PANELISTS * CANDIDATES,) * 2
    assert admin.audit.verify().ok  # every submission sealed in one unbroken chain
    db.dispose()
