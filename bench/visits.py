"""Visits benchmark: list + warnings + programme stages over a large programme, ics export,
and building the Besök tab. Prints medians; run with ``python bench/visits.py``."""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

VISITS = 2000


def _median(action, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    from samordnare_desktop.domain.visit import Visit, VisitKind, VisitStatus
    from samordnare_desktop.services.registry import Services
    from samordnare_desktop.services.startup import open_database

    folder = Path(tempfile.mkdtemp(prefix="bench-visits-"))
    db = open_database(folder / "bench.sqlite3", daily_backup=False)
    services = Services(db)
    rng = random.Random(7)
    municipalities = services.municipalities.list()
    with db.write() as s:  # bulk rows straight in: the benchmark is about reading
        for _ in range(VISITS):
            m = rng.choice(municipalities)
            s.add(
                Visit(
                    municipality_id=m.id,
                    kind=rng.choice(list(VisitKind)),
                    status=rng.choice(list(VisitStatus)),
                    day=date(2025, 1, 1) + timedelta(days=rng.randint(0, 729)),
                    venue_name="Kommunhuset",
                )
            )
    visits = services.visits
    rows = visits.list()
    print(f"visits in database: {len(rows)}")
    print(f"list all visits: {_median(visits.list):.1f} ms")
    print(f"warnings for all: {_median(lambda: visits.warnings(rows)):.1f} ms")
    print(f"programme stages (290 municipalities): {_median(visits.programme_stages):.1f} ms")
    out = folder / "all.ics"
    print(
        f"ics export of {len(rows)} visits: {_median(lambda: visits.export_ics(rows, out), 3):.1f} ms"
    )

    from samordnare_desktop.app import _gui_app
    from samordnare_desktop.ui.context import ChangeBus, UiContext
    from samordnare_desktop.ui.visits.tab import VisitsTab

    app = _gui_app("sv")
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack

    ctx = UiContext(
        services=services,
        undo_stack=QUndoStack(),
        bus=ChangeBus(),
        settings=QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat),
        show_status=lambda _text: None,
        open_tab=lambda _name: False,
    )
    tabs = []

    def build() -> None:
        tab = VisitsTab(ctx)
        tab.show()
        app.processEvents()
        tabs.append(tab)

    print(f"build and show the Besök tab: {_median(build, 3):.1f} ms")
    tab = tabs[-1]
    print(
        f"search keystroke over {len(rows)} visits: {_median(lambda: tab.search.setText('m' if tab.search.text() != 'm' else 'ma')):.1f} ms"
    )
    tab.clear_filters()
    firsts = [r for r in rows if r.kind is VisitKind.FIRST][:2]
    flip = iter(range(1_000))
    print(
        "select a first visit (form, its follow-ups, warnings): "
        f"{_median(lambda: tab.select_visit(firsts[next(flip) % 2].id)):.1f} ms"
    )
    first = firsts[0]

    def delete_and_restore() -> None:
        visits.restore(first.id, relink=visits.delete(first.id))

    print(
        f"delete + restore a first visit with its follow-ups: {_median(delete_and_restore):.1f} ms"
    )
    for tab in tabs:
        tab.close()
    db.close()

    from samordnare_desktop.demo.programme import build_programme
    from samordnare_desktop.demo.visits import build_visits

    demo_db = open_database(folder / "demo.sqlite3", daily_backup=False)
    demo = Services(demo_db)
    build_programme(demo, random.Random(1))
    start = time.perf_counter()
    build_visits(demo, random.Random(2))
    print(
        f"demo visits step (100 visits, 150 contacts): {(time.perf_counter() - start) * 1000:.0f} ms"
    )
    start = time.perf_counter()
    build_visits(demo, random.Random(2))
    print(f"demo visits step again (nothing to add): {(time.perf_counter() - start) * 1000:.0f} ms")
    demo_db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
