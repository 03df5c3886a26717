"""The window: cold start against a bare PySide6 window; page and candidate switching."""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Figure, median_time, probe
from bench.data import big_round
from sro_panel.db.engine import Database
from sro_panel.services.app import Services
from sro_panel.services.context import Actor
from sro_panel.services.demo import DemoService

ROOT = Path(__file__).resolve().parents[1]


def _process_time(args: list[str]) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "bench.startup_probe", *args], check=True, cwd=ROOT, env=env
    )
    return time.perf_counter() - start


def cold_start(quick: bool, folder: Path) -> list[Figure]:
    db_path = folder / "demo.db"
    db = Database.open(f"sqlite:///{db_path}")
    from sro_panel.db.migrate import upgrade_to_head

    upgrade_to_head(db)
    DemoService(Services(db, Actor.local_administrator())).write_demo()
    db.dispose()
    repeat = 3 if quick else 7
    settings = str(folder / "settings.ini")
    # As installed: installing a wheel compiles its modules, so a start reads bytecode
    # (PySide6 and SQLAlchemy already do). Without this, a checkout run with
    # PYTHONDONTWRITEBYTECODE would time the compiler on every start (~0.25 s).
    for package in ("sro_panel", "bench"):
        compileall.compile_dir(ROOT / package, quiet=1)

    modes = {"bare": ["bare"], "floor": ["floor"], "app": ["app", f"sqlite:///{db_path}", settings]}
    times: dict[str, list[float]] = {mode: [] for mode in modes}
    for _ in range(repeat):  # in turn, so that a slower spell of the machine hits all three
        for mode, args in modes.items():
            times[mode].append(_process_time(args))
    bare, floor, app = (statistics.median(times[mode]) for mode in modes)
    return [
        Figure("cold start to idle window (demo round)", app, baseline_s=bare, max_ratio=1.5),
        # Not a target: the least any start that imports the data layer first can take.
        Figure("cold start floor: bare window + SQLAlchemy import", floor, baseline_s=bare),
    ]


def switching(quick: bool, folder: Path) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from sro_panel.ui.main_window import STEPS, MainWindow

    app = QApplication.instance() or QApplication([])
    db = Database.open(f"sqlite:///{folder / 'big.db'}")
    big_round(db, folder, candidates=300, panelists=15, scored_share=0.8)
    settings = QSettings(str(folder / "switch.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Services(db, Actor.local_administrator()), settings=settings)
    window.resize(1366, 768)
    window.show()
    combo = window.acting_combo
    combo.setCurrentIndex(
        next(i for i in range(combo.count()) if "Panelist 3" in combo.itemText(i))
    )
    app.processEvents()
    repeat = 3 if quick else 7

    visible = [r for r in range(len(STEPS)) if not window.steps_list.item(r).isHidden()]

    def visit_pages() -> None:
        for row in visible:  # the steps a panelist can reach
            window.steps_list.setCurrentRow(row)
            app.processEvents()

    pages = median_time(visit_pages, repeat) / len(visible)
    window.steps_list.setCurrentRow(STEPS.index("Scoring"))
    app.processEvents()
    rows = window.scoring_page.candidate_list.count()

    def visit_candidates() -> None:
        for row in range(0, rows, max(1, rows // 20)):
            window.scoring_page.candidate_list.setCurrentRow(row)
            app.processEvents()

    visits = len(range(0, rows, max(1, rows // 20)))
    candidates = median_time(visit_candidates, repeat) / visits
    window.close()
    db.dispose()
    return [
        Figure("page switch (300 candidates, 15 panelists)", pages, target_s=0.1),
        Figure("candidate switch on the scoring page", candidates, target_s=0.1),
    ]


def run(quick: bool) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        return [*cold_start(quick, folder), *switching(quick, folder), memory(folder)]


def memory(folder: Path) -> Figure:
    """Peak memory of the app with 1,000 applicants, after showing every step once."""
    db_path = folder / "thousand.db"
    db = Database.open(f"sqlite:///{db_path}")
    big_round(db, folder, candidates=1000, panelists=15, scored_share=0.8)
    db.dispose()
    _, peak = probe("window", db_path, folder)
    return Figure("peak memory, 1,000 applicants, every step", peak, target_s=300, unit="MB")
