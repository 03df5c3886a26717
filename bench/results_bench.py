"""Results for 300 candidates x 15 panelists x 12 criteria: the maths, and via the service."""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from pathlib import Path

from bench.common import Figure, median_time
from sro_panel.db.engine import Database
from sro_panel.db.migrate import upgrade_to_head
from sro_panel.db.models import Applicant, Panelist, Score, ScoreSheet
from sro_panel.domain import results as res
from sro_panel.paths import forms_dir
from sro_panel.services.app import Services
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Role
from sro_panel.services.rounds import RoundInput

CANDIDATES, PANELISTS, CRITERIA = 300, 15, 12
ROLES = ("mps_staff", "community", "mps_student", "mpd")


def _profile_with_twelve_criteria(folder: Path) -> Path:
    text = (forms_dir() / "milwaukee-mpd.toml").read_text(encoding="utf-8")
    start = text.index('[[rubric.criteria]]\nid = "report_writing"')
    end = text.index("[[rubric.criteria]]", start + 10)
    block = text[start:end]
    extra = "".join(block.replace('"report_writing"', f'"extra_{n}"') for n in range(3))
    path = folder / "twelve.toml"
    path.write_text(text[:end] + extra + text[end:], encoding="utf-8")
    return path


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
        upgrade_to_head(db)
        admin = Services(db, Actor.local_administrator())
        rnd = admin.rounds.create_round(
            RoundInput(
                _profile_with_twelve_criteria(Path(tmp)), "Bench", "SRO",
                dt.date(2026, 1, 1), dt.date(2026, 1, 2), dt.date(2026, 1, 3), 10,
            )
        )  # fmt: skip
        with db.transaction() as s:
            apps = [
                Applicant(
                    round_id=rnd.id,
                    employee_id=f"B{i}",
                    first_name="Cand",
                    last_name=f"{i:04d}",
                    in_pool=True,
                )
                for i in range(CANDIDATES)
            ]
            panel = [
                Panelist(round_id=rnd.id, display_name=f"P{j}", role_type=ROLES[j % 4], position=j)
                for j in range(PANELISTS)
            ]
            s.add_all(apps + panel)
            s.flush()
            for a in apps:
                for p in panel:
                    sheet = ScoreSheet(
                        panelist_id=p.id,
                        applicant_id=a.id,
                        status="submitted",
                        recommendation="recommend",
                    )
                    sheet.scores = [
                        Score(criterion_id=c.id, value=rng.randint(1, 5)) for c in rnd.criteria
                    ]
                    s.add(sheet)
        chief = admin.as_actor(Actor("chief", "Chief", Role.DECISION_MAKER))
        service = median_time(lambda: chief.scoring.results(rnd.id), repeat)
        figures.append(
            Figure(
                "results via service (SQLite) 300x15x12", service, target_s=0.2, baseline_s=maths
            )
        )
        db.dispose()
    return figures
