"""Insights benchmark: the quarterly report for the demo programme (goal < 2 s) and the Översikt
refresh on a database ten times the demo (goal < 200 ms), service alone and the whole tab.

The 10x database is the demo with every visit, plan area, action and time study (with its
respondents and minutes) copied nine more times and all 290 municipalities in the programme.
Prints medians; run with ``python bench/insights.py [runs]``.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(action, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _copy(conn: sqlite3.Connection, table: str, times: int, remap: dict[str, dict] | None = None):
    """Copy every row of ``table`` ``times`` times with new ids; ``remap`` maps a column to
    {old id: [new ids per copy]} so children follow their copied parent. Returns id mapping."""
    columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
    mapping: dict[str, list[str]] = {}
    out = []
    for row in rows:
        record = dict(zip(columns, row, strict=True))
        mapping[record["id"]] = []
        for copy in range(times):
            new = dict(record, id=uuid.uuid4().hex)
            for column, parents in (remap or {}).items():
                new[column] = parents[record[column]][copy]
            mapping[record["id"]].append(new["id"])
            out.append(tuple(new[c] for c in columns))
    marks = ", ".join("?" for _ in columns)
    conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", out)
    return mapping


def make_tenfold(source: Path, target: Path) -> None:
    target.write_bytes(source.read_bytes())
    conn = sqlite3.connect(target)
    conn.execute("UPDATE municipality SET in_programme = 1")
    _copy(conn, "visit", 9)
    areas = _copy(conn, "plan_area", 9)
    _copy(conn, "plan_action", 9, {"area_id": areas})
    studies = _copy(conn, "time_study", 9)
    respondents = _copy(conn, "time_study_respondent", 9, {"study_id": studies})
    _copy(conn, "time_study_entry", 9, {"respondent_id": respondents})
    conn.commit()
    conn.close()


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    from samordnare_desktop.demo.steps import run_demo
    from samordnare_desktop.session import AppSession

    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.sqlite3"
        with AppSession(demo, daily_backup=False) as session:
            run_demo(session.services)
            reports = session.services.reports
            quarter = (date(2026, 4, 1), date(2026, 6, 30))
            reports.build_pdf(*quarter)  # warm: fonts, ReportLab imports
            report = timed(lambda: reports.build_pdf(*quarter), runs)
            studies = len(session.services.time_studies.list())
        tenfold = Path(folder) / "tenfold.sqlite3"
        make_tenfold(demo, tenfold)

        from samordnare_desktop.app import _gui_app, build_main_window

        app = _gui_app("sv")
        window = build_main_window(tenfold)
        overview = window.ctx.services.overview

        def fresh_snapshot():
            overview._kept = None  # recompute the visit and plan figures, not the kept ones
            return overview.snapshot()

        snapshot = timed(fresh_snapshot, runs)
        o = overview.snapshot()
        tab = window.tab("overview")

        def refresh() -> None:
            tab.refresh()
            app.processEvents()

        def touch(table: str) -> None:
            """A change elsewhere (another process writing, as a CLI import would)."""
            conn = sqlite3.connect(tenfold)
            conn.execute(
                f"UPDATE {table} SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') "
                f"WHERE rowid = (SELECT min(rowid) FROM {table})"
            )
            conn.commit()
            conn.close()

        def timed_after(table: str) -> float:
            samples = []
            for _ in range(runs):
                touch(table)
                start = time.perf_counter()
                refresh()
                samples.append(time.perf_counter() - start)
            return statistics.median(samples)

        refresh()
        after_visit = timed_after("visit")
        after_study = timed_after("time_study")
        big_studies = len(window.ctx.services.time_studies.list())
        window.close()

    print(
        f"quarterly report, demo programme ({studies} time studies): "
        f"median {report:.3f} s over {runs} runs (goal < 2 s)"
    )
    print(
        f"overview snapshot, 10x database ({len(o.programme)} programme municipalities, "
        f"{sum(m.count for m in o.per_month)} visits in the chart window, {len(o.overdue)} overdue "
        f"actions, {big_studies} time studies): median {snapshot * 1000:.0f} ms"
    )
    print(
        f"Översikt tab refresh after a visit changed, 10x database: "
        f"median {after_visit * 1000:.0f} ms (goal < 200 ms)"
    )
    print(
        f"Översikt tab refresh after a time study changed (programme figures recomputed), "
        f"10x database: median {after_study * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
