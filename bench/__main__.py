"""`python -m bench [--quick] [NAME ...]`: run the benchmarks (all, or those named: results,
score, ui, export, offline, backup) and print one line per figure."""

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

BENCHMARKS = {
    module.__name__.rsplit(".", 1)[-1].removesuffix("_bench"): module
    for module in (results_bench, score_bench, ui_bench, export_bench, offline_bench, backup_bench)
}


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="fewer repeats, to prove they run")
    parser.add_argument(
        "names", nargs="*", metavar="NAME", help=f"only these: {', '.join(BENCHMARKS)}"
    )
    args = parser.parse_args()
    if unknown := [name for name in args.names if name not in BENCHMARKS]:
        parser.error(f"no benchmark named {', '.join(unknown)} (there are {', '.join(BENCHMARKS)})")
    print(f"# {platform.node()} {platform.machine()} {platform.python_version()}")
    for name, module in BENCHMARKS.items():
        if args.names and name not in args.names:
            continue
        for figure in module.run(args.quick):
            print(figure.line(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
