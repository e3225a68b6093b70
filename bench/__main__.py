"""`python -m bench [--only NAME ...] [--quick] [--json]`: run the benchmarks.

Without --json a table is printed at the end (progress goes to stderr); with --json one JSON
object per line, per result, as each figure finishes: name, unit, value, floor, ratio,
target, holds (true/false, null when there is no target or nothing to measure), detail.
Exit status 0 unless a figure could not be measured at all (a target missed is reported, not
an error).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
import traceback

from bench.report import Result, table

FIGURES = {
    "startup": "bench.startup",
    "search": "bench.search",
    "screens": "bench.screens",
    "submit": "bench.submit",
    "drain": "bench.drain",
    "hub": "bench.hub_load",
    "memory": "bench.memory",
    "bundle": "bench.bundle",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--only",
        action="append",
        choices=sorted(FIGURES),
        metavar="NAME",
        help=f"run only this figure (repeatable): {', '.join(FIGURES)}",
    )
    parser.add_argument("--quick", action="store_true", help="fewer repeats and items (CI)")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    args = parser.parse_args(argv)
    names = args.only or list(FIGURES)
    results: list[Result] = []
    failed = False
    for name in names:
        started = time.monotonic()
        print(f"[bench] {name} ...", file=sys.stderr, flush=True)
        try:
            found = importlib.import_module(FIGURES[name]).run(args.quick)
        except Exception as exc:
            traceback.print_exc()
            failed = True
            found = [
                Result(
                    name,
                    "-",
                    None,
                    None,
                    None,
                    "-",
                    False,
                    f"could not be measured: {exc.__class__.__name__}: {exc}",
                )
            ]
        print(
            f"[bench] {name} done in {time.monotonic() - started:.0f} s",
            file=sys.stderr,
            flush=True,
        )
        for result in found:
            if args.json:
                print(result.json(), flush=True)
        results += found
    if not args.json:
        print(table(results))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
