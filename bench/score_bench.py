"""Saving one score, as a panelist's click does: SQLite, and PostgreSQL on the local server.

The round has 300 candidates and 15 panelists, most sheets already submitted,
so each save runs against a database of realistic size. PostgreSQL is
`SRO_PANEL_BENCH_PG` (the local server by default); when it is not reachable
the line says so instead of a figure.
"""

from __future__ import annotations

import itertools
import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import OperationalError

from bench.common import Figure, median_time
from bench.data import big_round
from sro_panel.db.engine import Database
from sro_panel.db.models import Applicant, Panelist, ScoreSheet
from sro_panel.services.app import Services
from sro_panel.services.context import Actor
from sro_panel.services.permissions import Role

PG_SERVER = os.environ.get("SRO_PANEL_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")


def _save_time(db: Database, folder: Path, repeat: int) -> float:
    round_id = big_round(db, folder, candidates=300, panelists=15, scored_share=0.8)
    with db.transaction() as s:
        seat = s.scalar(select(Panelist.id).where(Panelist.round_id == round_id).limit(1))
        scored = select(ScoreSheet.applicant_id).where(ScoreSheet.panelist_id == seat)
        unscored = list(
            s.scalars(
                select(Applicant.id)
                .where(Applicant.round_id == round_id, Applicant.id.not_in(scored))
                .order_by(Applicant.id)
            )
        )
    panelist = Services(db, Actor("p", "Panelist", Role.PANELIST, frozenset({seat})))
    keys = [c.key for c in panelist.rounds.get_round(round_id).criteria]
    # Each save changes a value: a candidate, a criterion and a level in turn.
    turns = itertools.cycle(
        (cand, key, level) for level in (2, 4) for cand in unscored[:5] for key in keys
    )

    def save() -> None:
        cand, key, level = next(turns)
        panelist.scoring.save_score(seat, cand, key, value=level)

    save()  # the first save creates the sheet
    return median_time(save, repeat)


@contextmanager
def _pg_database() -> Iterator[str | None]:
    """A database of its own on the server, dropped afterwards; None if there is no server."""
    try:
        admin = create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.execute(text("SELECT 1"))
    except (OperationalError, ModuleNotFoundError):
        yield None
        return
    name = f"sro_panel_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{PG_SERVER}/{name}"
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def run(quick: bool) -> list[Figure]:
    repeat = 20 if quick else 200
    figures = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(f"sqlite:///{Path(tmp) / 'score.db'}")
        figures.append(Figure("save one score (SQLite)", _save_time(db, Path(tmp), repeat), 0.010))
        db.dispose()
        with _pg_database() as url:
            if url is None:
                print(f"save one score (PostgreSQL): not measured, no server at {PG_SERVER}")
            else:
                db = Database.open(url)
                pg = _save_time(db, Path(tmp), repeat)
                db.dispose()
                figures.append(Figure("save one score (PostgreSQL)", pg, 0.020))
    return figures
