"""`python -m bench [--quick]`: run every benchmark and print one line per figure."""

from __future__ import annotations

import argparse
import platform
import sys

from bench import (
    backup_bench,
    export_bench,
    offline_bench,
    results_bench,
    score_bench,
    ui_bench,
)

BENCHMARKS = [results_bench, score_bench, ui_bench, export_bench, offline_bench, backup_bench]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="fewer repeats, to prove they run")
    args = parser.parse_args()
    print(f"# {platform.node()} {platform.machine()} {platform.python_version()}")
    for module in BENCHMARKS:
        for figure in module.run(args.quick):
            print(figure.line(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
