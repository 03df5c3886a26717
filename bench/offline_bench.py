"""Offline panels: a round file out, a laptop's local panel made from it, a full seat's
signed score file written and imported, on a round of 300 candidates and 15 panelists.

No issue sets targets for these; the figures show the files cost nothing a
coordinator would notice, even for the largest round.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from bench.common import Figure, median_time
from bench.data import big_round
from sro_panel.db.engine import Database
from sro_panel.services.app import Services
from sro_panel.services.context import Actor
from sro_panel.services.local_panel import open_round_file


def run(quick: bool) -> list[Figure]:
    repeat = 3 if quick else 10
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = Database.open(f"sqlite:///{folder / 'coordinator.db'}")
        round_id = big_round(db, folder, candidates=300, panelists=15, scored_share=0.8)
        admin = Services(db, Actor.local_administrator())
        seat = admin.panel.add_panelist(round_id, name="Offline Member", role_type="community").id
        files = iter(range(1000))

        def round_file() -> Path:
            target = folder / f"member-{next(files)}.sroround"
            admin.offline.write_round_file(round_id, seat, target)
            return target

        write_round = median_time(round_file, repeat)
        source = round_file()
        opened = iter(range(1000))
        open_local = median_time(
            lambda: open_round_file(source, folder / f"laptop-{next(opened)}").db.dispose(),
            repeat,
        )
        local = open_round_file(source, folder / "laptop")
        [local_seat] = local.actor.panelist_ids
        info = local.rounds.get_round(local.local_panel.local_panel().round_id)  # type: ignore[union-attr]
        for applicant, _name, _status in local.scoring.my_candidates(local_seat):
            for c in info.criteria:
                local.scoring.save_score(local_seat, applicant, c.key, value=c.levels[2][0])
            local.scoring.save_overall(local_seat, applicant, recommendation="recommend")
            local.scoring.submit(local_seat, applicant)
        score_file = folder / "member.sroscores"
        write_scores = median_time(lambda: local.local_panel.write_score_file(score_file), repeat)
        local.db.dispose()
        db.dispose()

        def import_once() -> None:
            copy = folder / f"copy-{next(files)}.db"
            shutil.copyfile(folder / "coordinator.db", copy)
            other = Database.open(f"sqlite:///{copy}")
            Services(other, Actor.local_administrator()).offline.import_scores(score_file)
            other.dispose()

        imported = median_time(import_once, repeat)
    return [
        Figure("write a round file (300 candidates)", write_round),
        Figure("open a round file as a local panel", open_local),
        Figure("write a signed score file (301 sheets)", write_scores),
        Figure("import a score file (301 sheets, with a file copy)", imported),
    ]
