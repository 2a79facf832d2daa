"""Arkiv -> Personuppgifter at ten times the programme: one person's search through the mentions
index beside the same search reading every text (as before the index), in the same run; the
first search of the session (the upgrade to 0030 has indexed every text); the people search a
keystroke.

Medians of wall and CPU time (the machine may be shared: compare the CPU figures) and the SQL
statements of one search. Both searches must find the same records (checked here too).

``python bench/privacy_search.py [runs]``.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _tenx import tenx_copy  # noqa: E402


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    folder = Path(tempfile.mkdtemp(prefix="bench-privacy-"))
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["SAMORDNARE_LOG_DIR"] = str(folder / "log")
    path = tenx_copy(folder)

    from sqlalchemy import event, text
    from sqlalchemy.engine import Engine

    from samordnare_desktop.services import privacy
    from samordnare_desktop.services.privacy import PrivacyService
    from samordnare_desktop.services.startup import open_database

    statements = [0]

    def seen(*_args) -> None:
        statements[0] += 1

    event.listen(Engine, "before_cursor_execute", seen)
    db = open_database(path, daily_backup=False)
    service = PrivacyService(db)
    with db.read() as s:
        names = [
            s.execute(
                text(
                    "SELECT p.name FROM person p JOIN participant x ON x.person_id = p.id "
                    "WHERE p.deleted_at IS NULL LIMIT 1 OFFSET :n"
                ),
                {"n": n},
            ).scalar()
            for n in (5_000, 50_000, 120_000)
        ]

    started = time.process_time()
    wall = time.perf_counter()
    service.find_person(names[0])
    print(
        f"first search of the session (the texts indexed by the upgrade, 0030): "
        f"{(time.perf_counter() - wall) * 1000:.0f} ms (CPU "
        f"{(time.process_time() - started) * 1000:.0f} ms)",
        flush=True,
    )

    def measure(label: str) -> list:
        walls, cpus, found = [], [], []
        for _ in range(runs):
            for name in names:
                statements[0] = 0
                start, cpu = time.perf_counter(), time.process_time()
                found.append(service.find_person(name).records)
                walls.append((time.perf_counter() - start) * 1000)
                cpus.append((time.process_time() - cpu) * 1000)
        print(
            f"  {label}: median {statistics.median(walls):.1f} ms (CPU "
            f"{statistics.median(cpus):.1f} ms), {statements[0]} statements, "
            f"{len(found[-1])} records",
            flush=True,
        )
        return found[: len(names)]

    with db.read() as s:
        some_id = s.execute(text("SELECT id FROM person LIMIT 1 OFFSET 1000")).scalar()
    floor_wall, floor_cpu = [], []
    for _ in range(runs * 10):
        start, cpu = time.perf_counter(), time.process_time()
        with db.read() as s:
            s.execute(text("SELECT id, name FROM person WHERE id = :id"), {"id": some_id}).one()
        floor_wall.append((time.perf_counter() - start) * 1000)
        floor_cpu.append((time.process_time() - cpu) * 1000)
    print(
        f"floor: a primary-key select {statistics.median(floor_wall):.2f} ms "
        f"(CPU {statistics.median(floor_cpu):.2f} ms)"
    )
    print(f"GDPR search of one person ({', '.join(names)}), goal < 100 ms:")
    indexed = measure("through the mentions index")
    ready = privacy._mention_index_ready
    privacy._mention_index_ready = lambda _s: False
    try:
        whole = measure("every text read (before the index)")
    finally:
        privacy._mention_index_ready = ready
    print(f"  the same records both ways: {indexed == whole}")

    keys = ["a", "an", "ann", "anna", "anna ", "anna b", "d", "du", "duk", "l", "li", "lin"]
    cpus, walls = [], []
    for _ in range(runs):
        for key in keys:
            start, cpu = time.perf_counter(), time.process_time()
            service.search_people(key)
            walls.append((time.perf_counter() - start) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
    print(
        f"people search over every participant, a keystroke: median "
        f"{statistics.median(walls):.1f} ms (CPU {statistics.median(cpus):.1f} ms), "
        f"max {max(walls):.1f} ms; goal < 50 ms"
    )
    db.close()


if __name__ == "__main__":
    main()
