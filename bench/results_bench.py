"""Results for 300 candidates x 15 panelists x 12 criteria: the maths, and via the service."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from bench.common import Figure, median_time
from bench.data import big_round
from sro_panel.db.engine import Database
from sro_panel.domain import results as res
from sro_panel.services.app import Services
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Role

CANDIDATES, PANELISTS, CRITERIA = 300, 15, 12


def _synthetic(rng: random.Random) -> tuple[list, list, list, list]:
    crits = [
        res.CriterionSpec(f"c{i}", f"C{i}", float(rng.randint(5, 15))) for i in range(CRITERIA)
    ]
    cands = [res.Candidate(i, f"Cand {i}", f"cand {i:04d}") for i in range(CANDIDATES)]
    raters = [res.Rater(1000 + j, f"R{j}", res_groups[j % 4]) for j in range(PANELISTS)]
    sheets = [
        res.Sheet(r.id, c.id, {k.key: rng.randint(1, 5) for k in crits}, "recommend")
        for c in cands
        for r in raters
    ]
    return cands, raters, crits, sheets


res_groups = ("school_staff", "community", "student", "police")


def run(quick: bool) -> list[Figure]:
    rng = random.Random(7)
    repeat = 3 if quick else 7
    cands, raters, crits, sheets = _synthetic(rng)
    maths = median_time(
        lambda: res.combine(
            cands, raters, crits, res.Scale(1, 5), sheets, set(), first_choice="recommend"
        ),
        repeat,
    )
    figures = [Figure("results maths 300x15x12", maths, target_s=0.2)]
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(f"sqlite:///{Path(tmp) / 'bench.db'}")
        round_id = big_round(
            db, Path(tmp), candidates=CANDIDATES, panelists=PANELISTS, criteria=CRITERIA
        )
        admin = Services(db, Actor.local_administrator())
        chief = admin.as_actor(Actor("chief", "Chief", Role.DECISION_MAKER))
        service = median_time(lambda: chief.results.combined(round_id), repeat)
        figures.append(
            Figure(
                "results via service (SQLite) 300x15x12", service, target_s=0.2, baseline_s=maths
            )
        )
        db.dispose()
    return figures
