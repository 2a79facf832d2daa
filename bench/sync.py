"""Sync benchmark (issue #20): a laptop syncing with a PostgreSQL server on loopback.

- **first sync**: a fresh copy of the 10x programme (``bench/_tenx.py``: 5,000 meetings,
  200,000 participant rows, 20,000 actions) syncs with an empty server database: every row is
  pushed and the checkpoint pulled. Target: under 60 s. Floor, in the same run: the same rows
  read from the laptop and inserted into another empty server database with ``executemany`` in
  one transaction (no merge, no bookkeeping: what any copy must pay).
- **incremental sync, push**: 100 meetings' notes changed on the laptop, then one sync.
  **incremental sync, pull**: 100 meetings' notes changed on the server, then one sync.
  Target: under 1 s each. Floor: the same 100 updates with ``executemany`` on the server.

The server is a throwaway one (``tests/pg.py``: ``initdb`` in a temporary folder, or the one
``SAMORDNARE_TEST_PG_URL`` names). ``python bench/sync.py``; exits non-zero past a target.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._tenx import tenx_copy  # noqa: E402

FIRST_TARGET = 60.0
INCREMENTAL_TARGET = 1.0
CHANGES = 100


SERVER_FOLDER: Path | None = None  # our throwaway server's folder (its CPU can be read)


def server_cpu() -> float:
    """CPU seconds the server's processes have used so far (the postmaster's reaped children
    and the live ones; Linux /proc), or 0 when the server is not ours to read."""
    if SERVER_FOLDER is None:
        return 0.0
    try:
        postmaster = int((SERVER_FOLDER / "data" / "postmaster.pid").read_text().split()[0])
        tick = os.sysconf("SC_CLK_TCK")

        def fields(pid: int) -> list[str]:
            return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()

        own = fields(postmaster)
        total = sum(int(v) for v in own[11:15])  # utime stime cutime cstime
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    child = fields(int(entry.name))
                except OSError:
                    continue
                if int(child[1]) == postmaster:
                    total += int(child[11]) + int(child[12])
        return total / tick
    except (OSError, ValueError, IndexError):
        return 0.0


def timed(label: str, action, floor: float | None = None):
    """Run ``action``; print its wall seconds beside the floor's, and the CPU seconds this
    process and the server used (on a loaded machine the wall clock says more about the
    neighbours than about the sync)."""
    start, cpu, served = time.perf_counter(), time.process_time(), server_cpu()
    result = action()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    served = server_cpu() - served
    beside = f"   (floor {floor:6.2f} s, x{seconds / floor:4.1f})" if floor else ""
    print(
        f"{label:<52} {seconds:7.2f} s{beside}   cpu: here {cpu:6.2f} s, server {served:6.2f} s",
        flush=True,
    )
    return result, seconds


def copy_floor(laptop, server) -> float:
    """Every synced row read from the laptop and inserted into an empty server database by
    ``executemany`` in one transaction; the seconds it took."""
    from sqlalchemy import delete

    from samordnare_desktop.domain.models import synced_tables

    tables = synced_tables()
    with server.engine.begin() as conn:  # the server's seeded rows out first (not timed)
        for table in reversed(tables):
            conn.execute(delete(table))
    start = time.perf_counter()
    with laptop.engine.connect() as source, server.engine.begin() as target:
        for table in tables:
            rows = [dict(r._mapping) for r in source.execute(table.select())]
            if rows:
                target.execute(table.insert(), rows)
    return time.perf_counter() - start


def change_notes(db, visit_ids: list, text: str) -> None:
    """``text`` as the notes of ``visit_ids``: one write, as a user's edits leave them."""
    from sqlalchemy import update

    from samordnare_desktop.domain.visit import Visit

    with db.write() as s:
        for visit_id in visit_ids:
            s.execute(
                update(Visit)
                .where(Visit.id == visit_id)
                .values(notes=text, version=Visit.version + 1, updated_at=datetime.now(UTC))
            )


def update_floor(server, visit_ids: list, text: str) -> float:
    """The same updates on the server by one ``executemany``; the seconds it took."""
    from sqlalchemy import bindparam, update

    from samordnare_desktop.domain.visit import Visit

    statement = (
        update(Visit.__table__)
        .where(Visit.__table__.c.id == bindparam("row"))
        .values(notes=bindparam("text"), version=Visit.__table__.c.version + 1)
    )
    start = time.perf_counter()
    with server.engine.begin() as conn:
        conn.execute(statement, [{"row": i, "text": text} for i in visit_ids])
    return time.perf_counter() - start


def main() -> int:
    from sqlalchemy import select

    from samordnare_desktop.domain.visit import Visit
    from samordnare_desktop.services.startup import open_database, open_server_database
    from samordnare_desktop.services.sync import SyncService
    from tests import pg

    server = pg.from_environment()
    started = server is None
    if server is None:
        server = pg.start()
    global SERVER_FOLDER
    SERVER_FOLDER = server.folder
    failed = 0
    try:
        with tempfile.TemporaryDirectory() as folder:
            path = tenx_copy(Path(folder))
            laptop = open_database(path, daily_backup=False)
            sync = SyncService(laptop, lambda: "Bänk")
            team = open_server_database(server.url(server.create_database()))
            floor_db = open_server_database(server.url(server.create_database()))
            floor, _ = timed(
                "floor: the same rows by executemany (one transaction)",
                lambda: copy_floor(laptop, floor_db),
            )
            result, first = timed(
                "first sync of the 10x programme (push all)",
                lambda: sync.sync(team),
                floor,
            )
            print(f"  pushed {result.pushed}, pulled {result.pulled} rows", flush=True)
            failed += first > FIRST_TARGET

            with laptop.read() as s:
                visits = list(s.scalars(select(Visit.id).order_by(Visit.id).limit(CHANGES)))
            floor, _ = timed(
                f"floor: {CHANGES} updates by executemany",
                lambda: update_floor(floor_db, visits, "Ändrad på servern (golv)"),
            )
            change_notes(laptop, visits, "Ändrad på laptopen")
            result, push = timed(
                f"incremental sync, {CHANGES} changes pushed",
                lambda: sync.sync(team),
                floor,
            )
            print(f"  pushed {result.pushed}, pulled {result.pulled} rows", flush=True)
            change_notes(team, visits, "Ändrad på servern")
            result, pull = timed(
                f"incremental sync, {CHANGES} changes pulled",
                lambda: sync.sync(team),
                floor,
            )
            print(f"  pushed {result.pushed}, pulled {result.pulled} rows", flush=True)
            failed += push > INCREMENTAL_TARGET
            failed += pull > INCREMENTAL_TARGET
            print(  # the wall clock on a shared machine: how shared it was
                f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True
            )
            print(
                f"targets: first sync < {FIRST_TARGET:.0f} s, incremental < "
                f"{INCREMENTAL_TARGET:.0f} s: {'met' if not failed else 'MISSED'}",
                flush=True,
            )
            for db in (team, floor_db, laptop):
                db.close()
    finally:
        if started:
            server.stop()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
