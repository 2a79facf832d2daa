"""Action plan export benchmark: a 200-action plan (4 areas x 50 actions) to PDF; goal < 1 s.

Prints the median of a few runs for the action plan and for its follow-up report, wall clock
and CPU time (on a busy machine the CPU figure is the one to compare).
Run with ``python bench/action_plans.py [runs]``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from samordnare_desktop.domain.action_plan import ActionStatus
from samordnare_desktop.pdf.action_plan import action_plan_pdf, follow_up_pdf
from samordnare_desktop.services.action_plans import ActionInput, AreaInput
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.startup import open_database


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    folder = Path(tempfile.mkdtemp(prefix="bench-action-plans-"))
    db = open_database(folder / "bench.sqlite3", daily_backup=False)
    services = Services(db)
    svc = services.action_plans
    plan = svc.create_plan(services.municipalities.by_code("0586").id)
    statuses = list(ActionStatus)
    for a in range(4):
        area = svc.add_area(plan.id, AreaInput(f"Område {a}", "Nuläge " * 60, "Mål " * 60))
        for n in range(50):
            svc.add_action(
                area.id,
                ActionInput(
                    f"Åtgärd {a}.{n} " + "beskrivning " * (n % 25),
                    "Enhetschef",
                    date(2026, 1, 1),
                    date(2026, 1 + n % 12, 1 + n % 28),
                    statuses[n % len(statuses)],
                    "Mäts genom uppföljning",
                ),
            )
    details = svc.get(plan.id)
    follow = services.follow_ups.start_follow_up(plan.id, held_on=date(2026, 10, 1))
    for action in details.actions()[::3]:
        services.follow_ups.record_action(
            follow.id, action.id, ActionStatus.DONE, "Kommentar " * 10
        )
    follow = services.follow_ups.follow_up(plan.id)
    details = svc.get(plan.id)
    today = date(2026, 6, 1)
    action_plan_pdf(details, today=today)  # warm-up: font registration, imports
    for name, build in (
        ("action plan, 200 actions", lambda: action_plan_pdf(details, today=today)),
        ("follow-up, 200 actions", lambda: follow_up_pdf(details, follow, today=today)),
    ):
        times, cpu = [], []
        for _ in range(runs):
            start, start_cpu = time.perf_counter(), time.process_time()
            data = build()
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        print(
            f"{name}: median {statistics.median(times) * 1000:.0f} ms wall, "
            f"{statistics.median(cpu) * 1000:.0f} ms CPU ({len(data) // 1024} KiB, goal < 1000 ms)"
        )
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
