"""Backups on the largest round (300 candidates, 15 panelists, most sheets scored):
the checked copy an administrator makes, the read-only check every opening of a
SQLite file now runs first, and a restore.

No issue sets targets for these; the opening check is paid at every start, so
it is the one to watch.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.common import Figure, median_time
from bench.data import big_round
from sro_panel.db.engine import Database
from sro_panel.db.migrate import check_sqlite_file
from sro_panel.services.app import Services
from sro_panel.services.backups import restore_file
from sro_panel.services.context import Actor


def run(quick: bool) -> list[Figure]:
    repeat = 3 if quick else 10
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "panel.db"
        db = Database.open(f"sqlite:///{path}")
        big_round(db, folder, candidates=300, panelists=15, scored_share=0.8)
        admin = Services(db, Actor.local_administrator())
        copies = iter(range(1000))
        backup = median_time(
            lambda: admin.backups.backup_to(folder / f"copy-{next(copies)}.db"), repeat
        )
        db.dispose()
        size_mb = path.stat().st_size / 1_000_000
        opening = median_time(lambda: check_sqlite_file(path), repeat)
        full = median_time(lambda: check_sqlite_file(path, full=True), repeat)
        restored = median_time(
            lambda: restore_file(path, folder / "copy-0.db", lambda s: s.actor), repeat
        )
    return [
        Figure(f"back up the largest round ({size_mb:.1f} MB, checked copy)", backup),
        Figure("check a database file before opening it (quick_check)", opening),
        Figure("check a database file in full (integrity_check)", full),
        Figure("restore a backup (checked, with a safety copy)", restored),
    ]
