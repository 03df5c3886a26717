"""The window opens without the libraries that only exports, imports and upgrades need,
and its modules load without the garbage collector walking them as they are made."""

import shutil
import subprocess
import sys

# What `sro-panel` does at start (cli._run_gui), in a fresh process: the test run
# itself has imported everything.
START = """
import sys
from sro_panel.cli import import_window_modules, open_for_gui
import_window_modules()
services = open_for_gui(sys.argv[1])
from PySide6.QtCore import QSettings
from sro_panel.ui.app import make_application
from sro_panel.ui.main_window import MainWindow
app = make_application()
window = MainWindow(services, settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
app.processEvents()
late = ("reportlab", "openpyxl", "xlsxwriter", "alembic")
print(" ".join(name for name in late if name in sys.modules))
"""


def test_the_window_opens_without_the_pdf_excel_or_migration_libraries(demo_template, tmp_path):
    db = tmp_path / "demo.db"
    shutil.copyfile(demo_template, db)
    result = subprocess.run(
        [sys.executable, "-c", START, f"sqlite:///{db}", str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == []


COLLECTIONS = """
import gc
import sys
collections = []
gc.callbacks.append(lambda phase, info: phase == "start" and collections.append(info))
from sro_panel.cli import import_window_modules
before = len(collections)
import_window_modules()
during = len(collections) - before
loaded = all(name in sys.modules for name in ("sqlalchemy.orm", "PySide6.QtWidgets",
                                              "sro_panel.db.models", "sro_panel.ui.main_window"))
print(during, gc.isenabled(), gc.get_freeze_count(), loaded)
"""


def test_the_window_modules_load_with_no_collection_then_the_collector_is_back_on():
    result = subprocess.run(
        [sys.executable, "-c", COLLECTIONS], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    during, enabled, frozen, loaded = result.stdout.split()
    assert loaded == "True"
    assert during == "0"  # the default thresholds would collect hundreds of times
    assert enabled == "True"
    assert int(frozen) > 100_000  # what the import made is out of the collector's way
