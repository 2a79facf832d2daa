"""Agenda PDF benchmark: a one-page (9 items) and a 40-item agenda, after ReportLab is imported,
plus the cold import (fresh process) on its own. Prints medians; ``python bench/agendas.py [runs]``.

Goal: one page < 100 ms once ReportLab is loaded.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from datetime import date
from datetime import time as clock
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COLD = """
import time
t = time.perf_counter()
from samordnare_desktop.pdf import agenda, document, styles
import reportlab.platypus
styles.registered_font()
print(time.perf_counter() - t)
"""


def cold_import(runs: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    times = [
        float(
            subprocess.run(
                [sys.executable, "-c", COLD],
                capture_output=True,
                text=True,
                env=env,
                cwd=ROOT,
                check=True,
            ).stdout
        )
        for _ in range(runs)
    ]
    return statistics.median(times)


def documents():
    from samordnare_desktop.domain.agenda import AgendaItemKind
    from samordnare_desktop.services.agendas import AgendaDocument, AgendaItemRow, PressBlock

    def items(count: int) -> tuple[AgendaItemRow, ...]:
        return tuple(
            AgendaItemRow(
                id=None,
                version=1,
                visit_id=None,
                position=n,
                start_time=clock(8 + (n * 15) // 60, (n * 15) % 60),
                duration_minutes=15,
                title=f"Dialog med socialsekreterare {n}",
                description="Samtal om arbetsbelastning, kompetens och samverkan.",
                presenter_name="Anna Berg",
                presenter_title="Socialchef",
                presenter_organisation="Mjölby kommun",
                kind=AgendaItemKind.SESSION,
            )
            for n in range(count)
        )

    def doc(count: int) -> AgendaDocument:
        return AgendaDocument(
            "Mjölby",
            "Första besök",
            date(2026, 3, 4),
            clock(9),
            clock(16),
            "Stadshuset",
            "Sessionssalen",
            "Burensköldsvägen 11",
            items(count),
            PressBlock(clock(15), clock(15, 30), "Entrén", "Eva Ek", "0142-850 00", "e@x.se"),
        )

    return doc(9), doc(40)


def measure(render, runs: int) -> tuple[float, int]:
    from io import BytesIO

    from pypdf import PdfReader

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        pdf = render()
        times.append(time.perf_counter() - start)
    return statistics.median(times), len(PdfReader(BytesIO(pdf)).pages)


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    from samordnare_desktop.pdf.agenda import AgendaPdfOptions, render_agenda

    short, long = documents()
    render_agenda(short)  # warm: fonts registered, modules imported
    compact = AgendaPdfOptions(compact=True)
    for label, render in (
        ("one page (9 items)", lambda: render_agenda(short)),
        ("40 items", lambda: render_agenda(long)),
        ("40 items, compact one page", lambda: render_agenda(long, compact)),
    ):
        seconds, pages = measure(render, runs)
        print(f"agenda PDF {label:<28} {seconds * 1000:7.1f} ms  ({pages} pages, median of {runs})")
    print(
        f"cold import ReportLab + pdf modules + font {cold_import(5) * 1000:7.1f} ms  (median of 5)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
