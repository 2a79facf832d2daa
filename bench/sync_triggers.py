"""What the sync triggers cost a save (issue #20): a visit saved through the service (its form's
save: the visit, its questions, organisations and focus groups) on a copy of the 10x programme,
with the triggers that note changes in ``sync_outbox`` and without them (dropped), alternating
so the machine's load falls on both alike. Prints the medians; ``python bench/sync_triggers.py``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._tenx import tenx_copy  # noqa: E402

ROUNDS = 60


def main() -> int:
    from sqlalchemy import select

    from samordnare_desktop.db.sync_triggers import drop_triggers, install_triggers
    from samordnare_desktop.domain.visit import Visit
    from samordnare_desktop.services.registry import Services
    from samordnare_desktop.services.startup import open_database

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(tenx_copy(Path(folder)), daily_backup=False)
        services = Services(db)
        with db.read() as s:
            visit_id = s.scalars(select(Visit.id).where(Visit.deleted_at.is_(None)).limit(1)).one()

        def save(n: int) -> float:
            row = services.visits.get(visit_id)
            data = replace(row.as_input(), venue_name=f"Sal {n}")
            start = time.perf_counter()
            services.visits.update(visit_id, data, expected_version=row.version)
            return time.perf_counter() - start

        def triggers(on: bool) -> None:
            with db.engine.begin() as conn:
                (install_triggers if on else drop_triggers)(conn)

        timings: dict[bool, list[float]] = {True: [], False: []}
        for block in range(6):  # blocks of saves, triggers on and off in turn
            on = block % 2 == 0
            triggers(on)
            for n in range(3):
                save(n)  # warm: statements prepared again after the schema changed
            for n in range(ROUNDS // 3):
                timings[on].append(save(n))
        triggers(True)
        db.close()
    with_ms = statistics.median(timings[True]) * 1000
    without_ms = statistics.median(timings[False]) * 1000
    print(f"visit save, sync triggers on   {with_ms:7.2f} ms (median of {ROUNDS})")
    print(f"visit save, sync triggers off  {without_ms:7.2f} ms")
    print(f"difference                     {with_ms - without_ms:+7.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
