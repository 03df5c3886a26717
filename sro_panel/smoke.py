"""`sro-panel --smoke-test`: is this copy of the app whole?

Run after installing or bundling: a temporary database is created and migrated,
the demo round written, one PDF and one Excel file exported and read back, and
the main window shown offscreen. Each step prints a line; the first failure
stops the run with the reason and a non-zero exit. Nothing outside a temporary
folder is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sro_panel import __version__

if TYPE_CHECKING:
    from sro_panel.services.app import Services

FAILED = 3


class SmokeFailure(Exception):
    """A step of the smoke test found the app incomplete."""


def _shipped_files() -> str:
    from sro_panel.paths import forms_dir, icon_file, migrations_dir, resources_dir

    profiles = sorted(forms_dir().glob("*.toml"))
    fonts = sorted((resources_dir() / "fonts").glob("*.ttf"))
    versions = sorted((migrations_dir() / "versions").glob("*.py"))
    icon = icon_file().is_file()
    if not (profiles and fonts and versions and icon):
        raise SmokeFailure(
            f"shipped files missing: {len(profiles)} profiles, {len(fonts)} fonts, "
            f"{len(versions)} migrations, icon {'found' if icon else 'missing'}"
        )
    return f"{len(profiles)} agency profiles, {len(fonts)} fonts, {len(versions)} migrations"


def _demo_database(folder: Path) -> tuple[Services, int]:
    from sro_panel.db.engine import Database
    from sro_panel.db.migrate import HEAD, current_revision, upgrade_to_head
    from sro_panel.services.app import Services
    from sro_panel.services.context import Actor
    from sro_panel.services.demo import DemoService

    db = Database.open(f"sqlite:///{folder / 'smoke.db'}")
    upgrade_to_head(db)
    with db.engine.connect() as connection:
        revision = current_revision(connection)
    if revision != HEAD:
        raise SmokeFailure(f"the new database is at revision {revision}, not {HEAD}")
    services = Services(db, Actor.local_administrator())
    return services, DemoService(services).write_demo().round_id


def _exports(services: Services, round_id: int, folder: Path) -> str:
    from openpyxl import load_workbook

    pdf, xlsx = folder / "packet.pdf", folder / "roster.xlsx"
    for _ in services.exports.pdf("packet", round_id, pdf):
        pass
    for _ in services.exports.excel("roster", round_id, xlsx):
        pass
    size = pdf.stat().st_size
    if pdf.read_bytes()[:5] != b"%PDF-" or size < 10_000:
        raise SmokeFailure(f"the packet is not a whole PDF ({size} bytes)")
    if not zipfile.is_zipfile(xlsx):
        raise SmokeFailure("the roster is not an .xlsx file")
    workbook = load_workbook(xlsx, read_only=True)
    rows = sum(1 for _ in workbook.worksheets[0].iter_rows(min_row=2, values_only=True))
    workbook.close()
    applicants = len(services.applicants.list_applicants(round_id))
    if rows != applicants:
        raise SmokeFailure(f"the roster holds {rows} rows for {applicants} applicants")
    return f"packet PDF of {size // 1024} KB, roster of {rows} applicants"


def run(out: Callable[[str], None] = print) -> int:
    """Every step in turn: 0 when the app is whole, FAILED with the reason otherwise."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen needed, none touched
    out(f"SRO Panel {__version__} smoke test (Python {sys.version.split()[0]})")
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="sro-panel-smoke-") as tmp:
        folder = Path(tmp)
        step = "shipped files"
        try:
            out(f"  ok  shipped files: {_shipped_files()}")
            step = "database"
            services, round_id = _demo_database(folder)
            out(f"  ok  database: created, migrated, demo round {round_id} written")
            step = "exports"
            out(f"  ok  exports: {_exports(services, round_id, folder)}")
            step = "main window"
            from sro_panel.ui.smoke_window import show_main_window

            out(f"  ok  main window: {show_main_window(services, folder)}")
            services.db.dispose()
        except Exception as exc:  # any failure at all is the finding
            out(f"  FAILED  {step}: {type(exc).__name__}: {exc}")
            return FAILED
    out(f"smoke test passed in {time.perf_counter() - start:.1f} s")
    return 0
