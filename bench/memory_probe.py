"""One job in a fresh process, printing its time and peak memory.

`python -m bench.memory_probe import HR.xlsx FOLDER` imports the file into a new
round in FOLDER/import.db, as `sro-panel import applicants` does (the clock starts
once the empty round is there: HR imports into a round that exists);
`python -m bench.memory_probe export DB FOLDER` writes the roster of round 1;
`python -m bench.memory_probe window DB FOLDER` opens the window on round 1 and
shows every step once, as a person going through the round does.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from bench.data import big_round
from sro_panel.db.engine import Database
from sro_panel.exports import roster_import as ri
from sro_panel.services.app import Services
from sro_panel.services.context import Actor


def _empty_round(folder: Path) -> None:
    target = folder / "import.db"
    target.unlink(missing_ok=True)
    db = Database.open(f"sqlite:///{target}")
    big_round(db, folder, candidates=0, panelists=0)
    db.dispose()


def _import(file: Path, folder: Path) -> None:
    db = Database.open(f"sqlite:///{folder / 'import.db'}")
    services = Services(db, Actor.local_administrator())
    (only,) = services.rounds.list_rounds()
    round_id = only.id
    table = ri.read_table(file, None)
    mapping = ri.auto_mapping(table.headers, {})
    preview = ri.parse(table, mapping, today=services.clock().date())
    if preview.errors:
        raise SystemExit(f"{file}: {preview.errors[:3]}")
    services.applicants.import_applicants(
        round_id, preview.good, fields=set(mapping.values()), source=table.source
    )
    db.dispose()


def _export(db_file: Path, folder: Path) -> None:
    db = Database.open(f"sqlite:///{db_file}")
    services = Services(db, Actor.local_administrator())
    for _ in services.exports.excel("roster", 1, folder / "probe.xlsx"):
        pass
    db.dispose()


def _window(db_file: Path, folder: Path) -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from sro_panel.ui.main_window import STEPS, MainWindow

    app = QApplication([])
    db = Database.open(f"sqlite:///{db_file}")
    settings = QSettings(str(folder / "probe.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Services(db, Actor.local_administrator()), settings=settings)
    window.resize(1366, 768)
    window.show()
    for step in range(len(STEPS)):
        window.steps_list.setCurrentRow(step)
        app.processEvents()
    window.close()
    db.dispose()


def main() -> None:
    kind, path, folder = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    if kind == "import":
        _empty_round(folder)
    start = time.perf_counter()
    {"import": _import, "export": _export, "window": _window}[kind](path, folder)
    seconds = time.perf_counter() - start
    print(f"{seconds:.4f} {_peak_kb() / 1024:.1f}")


def _peak_kb() -> int:
    """This process's peak resident memory. ru_maxrss would carry the parent's peak
    across fork and exec on Linux; VmHWM belongs to this program alone."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    main()
