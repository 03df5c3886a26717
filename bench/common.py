"""Timing helpers and the one-line report each benchmark prints."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Figure:
    name: str
    median_s: float
    target_s: float | None = None
    baseline_s: float | None = None
    max_ratio: float | None = None
    unit: str = "s"  # "s" (shown in ms) or "MB"

    @property
    def ratio(self) -> float | None:
        return None if not self.baseline_s else self.median_s / self.baseline_s

    @property
    def passed(self) -> bool:
        ok = self.target_s is None or self.median_s <= self.target_s
        if self.max_ratio is not None and self.ratio is not None:
            ok = ok and self.ratio <= self.max_ratio
        return ok

    def line(self) -> str:
        def ms(v: float | None) -> str:
            if v is None:
                return "-"
            return f"{v:.0f} MB" if self.unit == "MB" else f"{v * 1000:.1f} ms"

        ratio = "-" if self.ratio is None else f"{self.ratio:.2f}x"
        target = ms(self.target_s)
        if self.max_ratio is not None:
            target += f", <= {self.max_ratio}x"
        verdict = "pass" if self.passed else "short"
        return (
            f"{self.name:<46} median {ms(self.median_s):>10}  baseline {ms(self.baseline_s):>10}"
            f"  ratio {ratio:>6}  target {target:<18} {verdict}"
        )


def median_time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def probe(kind: str, path: Path, folder: Path) -> tuple[float, float]:
    """(seconds, peak MB) of one job of bench/memory_probe.py in a fresh process."""
    result = subprocess.run(
        [sys.executable, "-m", "bench.memory_probe", kind, str(path), str(folder)],
        check=True,
        cwd=Path(__file__).resolve().parents[1],
        env=dict(os.environ),
        capture_output=True,
        text=True,
    )
    seconds, peak = result.stdout.split()
    return float(seconds), float(peak)
