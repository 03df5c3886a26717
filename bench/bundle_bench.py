"""The bundle beside the installed package: size, and cold start to the first window.

    xvfb-run -a -s -noreset python -m bench.bundle_bench dist/sro-panel

Not part of `python -m bench`: it needs a bundle (installer/build.py), a display
(Xvfb will do; -noreset keeps it up between runs) and xdotool, because the
bundle is measured as a person starts it, until its first window (the sign-in
dialog) is on screen. Both start on the same demo database, alternately.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPEAT = 7
TITLE = "Sign in to SRO Panel"


def _first_window(command: list[str], db: str) -> float:
    """Seconds from launch until a visible window titled TITLE exists; then stop it."""
    start = time.perf_counter()
    process = subprocess.Popen([*command, "--db", db])
    search = ["xdotool", "search", "--onlyvisible", "--name", TITLE]
    try:
        # Polled every 10 ms: xdotool's own --sync waits in steps of half a second.
        while subprocess.run(search, stdout=subprocess.DEVNULL, check=False).returncode != 0:
            if process.poll() is not None or time.perf_counter() - start > 60:
                raise RuntimeError(f"{command[0]} showed no window titled {TITLE!r}")
            time.sleep(0.01)
        return time.perf_counter() - start
    finally:
        process.kill()
        process.wait()


def _size_mb(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 2**20


def main() -> int:
    if len(sys.argv) != 2 or not os.environ.get("DISPLAY") or not shutil.which("xdotool"):
        print(__doc__)
        return 2
    bundle = Path(sys.argv[1]).resolve()
    bundled = [str(bundle / ("sro-panel.exe" if sys.platform == "win32" else "sro-panel"))]
    installed = [str(Path(sys.executable).with_name("sro-panel"))]  # the installed command
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{Path(tmp) / 'demo.db'}"
        subprocess.run([*installed, "--db", db, "demo"], check=True, stdout=subprocess.DEVNULL)
        times: dict[str, list[float]] = {"installed": [], "bundled": []}
        for _ in range(REPEAT):
            times["installed"].append(_first_window(installed, db))
            times["bundled"].append(_first_window(bundled, db))
    print(f"bundle {bundle.name}: {_size_mb(bundle):.0f} MB on disk")
    for name, values in times.items():
        median, low, high = (1000 * f(values) for f in (statistics.median, min, max))
        print(
            f"cold start to first window, {name:<9}: median {median:6.0f} ms"
            f"  (min {low:.0f}, max {high:.0f}, {REPEAT} runs)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
