"""Shared service fixtures: a round with a scored panel, one actor per panel seat."""

import datetime as dt
from pathlib import Path

import pytest

from sro_panel.services.applicants import ApplicantInput
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Role
from sro_panel.services.rounds import RoundInput

FORMS = Path(__file__).resolve().parents[2] / "forms"
KEYS = (
    "youth_engagement", "community_mentoring", "interpersonal", "problem_solving", "independence",
    "report_writing", "community_resources", "public_presentation", "sop_statutes",
)  # fmt: skip


@pytest.fixture
def panel(services):
    """A round with three candidates in the pool and a four-member panel, and an actor per seat."""
    rnd = services.rounds.create_round(
        RoundInput(
            FORMS / "milwaukee-mpd.toml", "Round", "SRO", dt.date(2026, 9, 1),
            dt.date(2026, 9, 30), dt.date(2026, 11, 2), 2,
        )
    )  # fmt: skip
    cands = []
    for i, (first, last) in enumerate((("Ana", "Ruiz"), ("Bo", "Lee"), ("Cy", "Dunn"))):
        a = services.applicants.add_applicant(
            rnd.id,
            ApplicantInput(
                f"E{i}", first, last, service_start=dt.date(2015, 1, 1),
                sustained_juvenile_complaints=0, sustained_complaints=0,
            ),
        )  # fmt: skip
        for req in ("good_standing", "attendance", "satisfactory_discipline"):
            services.screening.attest(a.id, req, "pass", evidence_source="HR")
        services.pool.set_in_pool(a.id, True)
        cands.append(a.id)
    seats = {}
    for name, role, chair in (
        ("Staff", "mps_staff", False),
        ("Neighbour", "community", False),
        ("Kid", "mps_student", False),
        ("Captain", "mpd", True),
    ):
        seats[role] = services.panel.add_panelist(
            rnd.id, name=name, role_type=role, is_chair=chair
        ).id
    actors = {
        role: services.as_actor(
            Actor(
                role,
                f"{role} person",
                Role.PANEL_CHAIR if role == "mpd" else Role.PANELIST,
                frozenset({pid}),
            )
        )
        for role, pid in seats.items()
    }
    return rnd, cands, seats, actors


def fill(svc, seat, cand, value=4, rec="recommend", submit=True):
    for key in KEYS:
        svc.scoring.save_score(seat, cand, key, value=value)
    svc.scoring.save_overall(seat, cand, recommendation=rec)
    if submit:
        return svc.scoring.submit(seat, cand)
    return svc.scoring.sheet(seat, cand)
