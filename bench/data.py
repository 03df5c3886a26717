"""Synthetic rounds of any size, written straight into a database for benchmarks."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from sro_panel.db.engine import Database
from sro_panel.db.migrate import upgrade_to_head
from sro_panel.db.models import Applicant, Panelist, Score, ScoreSheet
from sro_panel.paths import forms_dir
from sro_panel.services.app import Services
from sro_panel.services.context import Actor
from sro_panel.services.rounds import RoundInput

ROLES = ("mps_staff", "community", "mps_student", "mpd")


def profile_with_criteria(folder: Path, extra: int) -> Path:
    """The Milwaukee profile with `extra` more criteria (copies of IV.B.9)."""
    text = (forms_dir() / "milwaukee-mpd.toml").read_text(encoding="utf-8")
    start = text.index('[[rubric.criteria]]\nid = "report_writing"')
    end = text.index("[[rubric.criteria]]", start + 10)
    block = text[start:end]
    copies = "".join(block.replace('"report_writing"', f'"extra_{n}"') for n in range(extra))
    path = folder / "bench-profile.toml"
    path.write_text(text[:end] + copies + text[end:], encoding="utf-8")
    return path


def big_round(
    db: Database,
    folder: Path,
    *,
    candidates: int,
    panelists: int,
    criteria: int = 9,
    scored_share: float = 1.0,
    seed: int = 7,
) -> int:
    """A round with `candidates` in the pool and `panelists` seated; most sheets submitted."""
    upgrade_to_head(db)
    rng = random.Random(seed)
    admin = Services(db, Actor.local_administrator())
    rnd = admin.rounds.create_round(
        RoundInput(
            profile_with_criteria(folder, max(0, criteria - 9)),
            "Benchmark round",
            "SRO",
            dt.date(2026, 1, 1),
            dt.date(2026, 1, 2),
            dt.date(2026, 1, 3),
            10,
        )
    )
    with db.transaction() as s:
        apps = [
            Applicant(
                round_id=rnd.id,
                employee_id=f"B{i:05d}",
                first_name="Candidate",
                last_name=f"{i:04d}",
                in_pool=True,
            )
            for i in range(candidates)
        ]
        panel = [
            Panelist(
                round_id=rnd.id,
                display_name=f"Panelist {j}",
                role_type=ROLES[j % 4],
                is_chair=j == 3,
                position=j,
            )
            for j in range(panelists)
        ]
        s.add_all(apps + panel)
        s.flush()
        cut = int(candidates * scored_share)
        for a in apps[:cut]:
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
    return rnd.id
