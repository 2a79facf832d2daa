"""Care-places benchmark (issue #17): a programme of all 290 municipalities with placement figures
for 10 periods (2,900 reports, 23,200 form lines); every view of the Vårdplatser tab and the
Översikt tile against the issue's budget of 100 ms, and the import of a 290-row file against 1 s.

Each figure stands beside a floor from the same run: for a view, repainting the same tab with
nothing changed (what a paint costs on this machine); for the import, reading the same file
alone (``services.tabular.read_table``: decoding and splitting, before any checking or saving).
``python bench/care_places.py [runs]``.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select, update

from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.care_places import CareLine, CareReport, PlacementForm
from samordnare_desktop.domain.municipality import Municipality
from samordnare_desktop.domain.organisation import Organisation, OrganisationKind
from samordnare_desktop.services import tabular
from samordnare_desktop.services.startup import open_database

PERIODS = tuple(str(year) for year in range(2016, 2026))
VIEW_BUDGET_MS = 100.0
IMPORT_BUDGET_S = 1.0


def build(db) -> list[str]:
    rng = random.Random(17)
    now = utcnow()
    with db.write() as s:
        s.execute(update(Municipality).values(in_programme=True))
        orgs = s.execute(
            select(Organisation.id, Municipality.code)
            .join(Municipality, Organisation.municipality_id == Municipality.id)
            .where(Organisation.kind == OrganisationKind.MUNICIPALITY)
        ).all()
        reports, lines = [], []
        for org_id, _code in orgs:
            for period in PERIODS:
                report_id = uuid.uuid4()
                reports.append(
                    dict(id=report_id, organisation_id=org_id, period=period, breakdowns=rng.randint(0, 9),
                         emergency_placements=rng.randint(0, 20), cost_ksek=rng.randint(5_000, 90_000),
                         deleted_at=None, created_at=now, updated_at=now, version=1)
                )  # fmt: skip
                for form in PlacementForm:
                    placed = rng.randint(0, 60)
                    own = rng.randint(0, placed)
                    lines.append(
                        dict(id=uuid.uuid4(), report_id=report_id, form=form, placed=placed, own=own,
                             bought=placed - own, waiting=rng.randint(0, 5), mismatched=rng.randint(0, 3),
                             far_away=rng.randint(0, 4), created_at=now, updated_at=now, version=1)
                    )  # fmt: skip
        s.execute(insert(CareReport), reports)
        for start in range(0, len(lines), 5_000):
            s.execute(insert(CareLine), lines[start : start + 5_000])
    return sorted(code for _id, code in orgs)


def import_file(folder: Path, codes: list[str], n: int) -> Path:
    rng = random.Random(n)
    path = folder / f"placeringar-{n}.csv"
    header = "Kommunkod;Jourhem;Familjehem;Varav släktinghem;HVB;HVB egen regi;HVB köpt;Stödboende;SiS;Övrigt;Väntar på HVB;Sammanbrott"
    rows = []
    for code in codes:
        hvb = rng.randint(0, 40)
        own = rng.randint(0, hvb)
        family = rng.randint(5, 200)
        rows.append(
            ";".join(
                str(v)
                for v in (
                    code,
                    rng.randint(0, 20),
                    family,
                    rng.randint(0, family // 3),
                    hvb,
                    own,
                    hvb - own,
                    rng.randint(0, 20),
                    rng.randint(0, 5),
                    rng.randint(0, 9),
                    rng.randint(0, 4),
                    rng.randint(0, 6),
                )
            )
        )
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="cp1252")
    return path


def timed(work, app=None) -> float:
    started, cpu = time.perf_counter(), time.process_time()
    work()
    if app is not None:
        app.processEvents()
    LAST_CPU.append((time.process_time() - cpu) * 1000)
    return (time.perf_counter() - started) * 1000


LAST_CPU: list[float] = []


def _figure(times: list[float], unit: str = "ms") -> str:
    return f"median {statistics.median(times):.1f} {unit}, worst {max(times):.1f} {unit}"


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    from samordnare_desktop.app import _gui_app, build_main_window

    folder = Path(tempfile.mkdtemp(prefix="bench-care-"))
    db_path = folder / "bench.sqlite3"
    db = open_database(db_path, daily_backup=False)
    started = time.perf_counter()
    codes = build(db)
    print(
        f"built {len(codes)} municipalities x {len(PERIODS)} periods "
        f"({len(codes) * len(PERIODS):,} reports) in {time.perf_counter() - started:.1f} s"
    )
    db.close()
    app = _gui_app("sv", offscreen=True)
    window = build_main_window(db_path)
    window.resize(1400, 900)
    window.show()
    settle = time.perf_counter() + 2.0  # the start's deferred work (purge, due band) is done
    while time.perf_counter() < settle:
        app.processEvents()
        time.sleep(0.02)
    opened = timed(lambda: window.select_tab("care_places"), app)
    opened_cpu = LAST_CPU[-1]
    tab = window.tab("care_places")
    views: dict[str, list[float]] = {}

    cpus: dict[str, list[float]] = {}

    def add(name: str, ms: float) -> None:
        views.setdefault(name, []).append(ms)
        cpus.setdefault(name, []).append(LAST_CPU[-1])

    rng = random.Random(3)
    for _ in range(runs):
        period = rng.choice(PERIODS)
        add("period list + places and needs", timed(lambda p=period: tab.period.set_value(p), app))
        code = rng.choice(codes)
        tab.pages.setCurrentWidget(tab.comparison)

        def compare(c=code) -> None:
            tab.select_code(c)
            tab.comparison.chart.repaint()

        add(
            "one municipality beside the programme (chart), first in the period",
            timed(compare, app),
        )
        other = rng.choice([c for c in codes if c != code])
        add(
            "another municipality, same period (chart)",
            timed(lambda c=other: compare(c), app),
        )
        add("its form (figures)", timed(lambda: tab.pages.setCurrentIndex(0), app))

        def balance() -> None:
            tab.pages.setCurrentWidget(tab.balance)
            tab.balance.chart.repaint()

        add("places vs needs per form (chart)", timed(balance, app))
        add("all periods (2,900 rows)", timed(lambda: tab.period.set_value("all"), app))
        tab.period.set_value(PERIODS[-1])
        app.processEvents()
        add("focus group filter", timed(lambda: tab.focus_filter.setCurrentIndex(1), app))
        tab.focus_filter.setCurrentIndex(0)
        app.processEvents()
    overview_first = timed(lambda: window.select_tab("overview"), app)  # built on first view
    overview_first_cpu = LAST_CPU[-1]
    overview = window.tab("overview")
    for _ in range(runs):
        add("Översikt tile + chart", timed(overview._show_care, app))
    floor = [timed(tab.repaint, app) for _ in range(runs * 3)]
    read_floor = [timed(tab.service.periods) for _ in range(runs * 3)]
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (shared machine)")
    print(
        f"open the tab (first time, after the start's deferred work): wall {opened:.0f} ms, "
        f"CPU {opened_cpu:.0f} ms"
    )
    print(
        f"open Översikt (first time, with its care tile and chart): wall {overview_first:.0f} ms, "
        f"CPU {overview_first_cpu:.0f} ms"
    )
    for name, times in views.items():
        verdict = "within" if statistics.median(times) < VIEW_BUDGET_MS else "OVER"
        print(
            f"  {name}: wall {_figure(times)}; CPU median {statistics.median(cpus[name]):.1f} ms"
            f" -- median {verdict} the {VIEW_BUDGET_MS:.0f} ms budget"
        )
    print(f"    floor, same run (repaint the same tab, nothing changed): {_figure(floor)}")
    print(f"    floor, same run (one small read, the list of periods): {_figure(read_floor)}")
    window.close()
    app.processEvents()

    db = open_database(db_path, daily_backup=False)
    from samordnare_desktop.services.registry import Services

    care = Services(db).care_places
    imports, reads = [], []
    for n in range(runs):
        path = import_file(folder, codes, n)
        reads.append(timed(lambda p=path: tabular.read_table(p)))
        imports.append(timed(lambda p=path, n=n: care.apply_import(p, period=str(2030 + n))) / 1000)
    verdict = "within" if max(imports) < IMPORT_BUDGET_S else "OVER"
    print(
        f"import of {len(codes)} rows (read, check, save; new period each run): "
        f"{_figure(imports, 's')} -- {verdict} the {IMPORT_BUDGET_S:.0f} s budget"
    )
    print(f"    floor, same run (reading the same file alone): {_figure(reads)}")
    replaced = timed(lambda: care.apply_import(import_file(folder, codes, 99), period="2030"))
    print(f"  the same period again (290 replaced): {replaced / 1000:.2f} s")
    quarterly_report(db, runs)
    db.close()


def quarterly_report(db, runs: int) -> None:
    """The quarterly report over the 290 x 10 programme (its care-places section audits every
    period's exported rows with its sums: :func:`services.care_places.withheld_sums`), beside
    its floor: the same report drawn from figures already gathered (the PDF alone), plus
    reading every period's rows."""
    from datetime import date

    from samordnare_desktop.pdf.report import build
    from samordnare_desktop.services.registry import Services

    services = Services(db)
    quarter = (date(2025, 10, 1), date(2025, 12, 31))
    services.reports.build_pdf(*quarter)  # warm: fonts, ReportLab
    walls, cpus = [], []
    for _ in range(runs):
        walls.append(timed(lambda: services.reports.build_pdf(*quarter)) / 1000)
        cpus.append(LAST_CPU[-1] / 1000)
    gathered = services.reports.gather(*quarter)
    care = services.care_places

    def floor_work() -> None:
        build(gathered)
        with db.read() as s:
            for period in PERIODS:
                care._rows(s, period=period, programme_only=True)

    floors = [timed(floor_work) / 1000 for _ in range(runs)]
    floor_cpu = statistics.median(LAST_CPU[-runs:]) / 1000
    print(
        f"quarterly report with its care-places section, 290 x {len(PERIODS)} periods: "
        f"wall {_figure(walls, 's')}; CPU median {statistics.median(cpus):.2f} s"
    )
    print(
        f"    floor, same run (the PDF from gathered figures + reading every period's rows): "
        f"{_figure(floors, 's')}; CPU median {floor_cpu:.2f} s"
    )


if __name__ == "__main__":
    main()
