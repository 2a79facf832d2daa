"""Crash benchmark: kill a writer with SIGKILL thousands of times and verify every acknowledged edit.

``python bench/crash.py [--cycles N] [--seed S]`` splits N cycles over the scenarios of
``tools/crash_harness.py`` (70 % edits, 12 % backup, 12 % PDF export, 6 % migration), prints the
figures and exits non-zero if any cycle lost an acknowledged edit or left a damaged file.
``--scenario NAME`` runs N cycles of that one scenario instead: ``--scenario sync --cycles 1000``
kills a laptop's sync with a PostgreSQL server (started in a temporary folder) 1,000 times.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools import crash_harness  # noqa: E402

SHARES = {"edits": 0.70, "backup": 0.12, "pdf": 0.12, "migrate": 0.06}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scenario", choices=crash_harness.SCENARIOS, default=None)
    args = parser.parse_args()
    if args.scenario:
        plan = {args.scenario: args.cycles}
    else:
        plan = {name: max(1, round(args.cycles * share)) for name, share in SHARES.items()}
    total = sum(plan.values())

    def progress(report: crash_harness.CrashReport, seconds: float) -> None:
        print(
            f"  {report.total}/{total} cycles, {report.acknowledged} acknowledged edits, "
            f"{len(report.failures)} failures, {report.total / seconds:.1f} cycles/s",
            flush=True,
        )

    report = crash_harness.run(plan, seed=args.seed, progress=progress)
    print(f"crash: {report.summary()}")
    for failure in report.failures[:20]:
        print(f"  FAIL {failure}")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
