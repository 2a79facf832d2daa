"""Hostile-input benchmark: the longest text validation allows (100,000 characters, one line,
markup and emoji) laid out in each PDF with long text. Goal: a few seconds, never a LayoutError.

Before long lines were cut into 1,000-character paragraphs (``pdf.text.chunks``) the agenda and
the action plan took about 15 s each. Prints seconds and pages; ``python bench/hostile.py``.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from datetime import date
from datetime import time as clock
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LONG = ("Lång text med <b>markup</b> & 😀 och mer. " * 2400)[:100_000]


def main() -> int:
    from pypdf import PdfReader

    from samordnare_desktop.domain.participant import ParticipantCategory
    from samordnare_desktop.domain.visit import VisitKind
    from samordnare_desktop.pdf.action_plan import action_plan_pdf
    from samordnare_desktop.pdf.agenda import render_agenda
    from samordnare_desktop.pdf.participants import ListColumn, ListOptions
    from samordnare_desktop.services.action_plans import AreaInput
    from samordnare_desktop.services.agendas import AgendaItemInput
    from samordnare_desktop.services.participants import ParticipationInput, PersonInput
    from samordnare_desktop.services.registry import Services
    from samordnare_desktop.services.startup import open_database
    from samordnare_desktop.services.visits import VisitInput

    folder = Path(tempfile.mkdtemp(prefix="bench-hostile-"))
    db = open_database(folder / "bench.sqlite3", daily_backup=False)
    s = Services(db)
    m = s.municipalities.by_code("0586")
    visit = s.visits.create(
        VisitInput(m.id, VisitKind.FIRST, date(2026, 3, 4), clock(9), clock(16))
    )
    s.agendas.add_item(visit.id, AgendaItemInput("Punkt", description=LONG))
    s.participants.add(
        visit.id,
        PersonInput("Anna Berg", ParticipantCategory.MANAGER),
        ParticipationInput(notes=LONG),
    )
    plan = s.action_plans.create_plan(m.id)
    s.action_plans.add_area(plan.id, AreaInput("Område", LONG, LONG))
    s.reports.save_text(date(2026, 1, 1), date(2026, 3, 31), LONG)
    options = ListOptions(columns=(ListColumn.NAME, ListColumn.NOTES))
    documents = {
        "agenda": lambda: render_agenda(s.agendas.document(visit.id)),
        "participant list": lambda: s.participant_documents.participant_list_pdf(visit.id, options),
        "action plan (2 x 100,000)": lambda: action_plan_pdf(
            s.action_plans.get(plan.id), today=date(2026, 9, 1)
        ),
        "quarterly report": lambda: s.reports.build_pdf(date(2026, 1, 1), date(2026, 3, 31)),
    }
    for name, build in documents.items():
        start = time.perf_counter()
        data = build()
        seconds = time.perf_counter() - start
        pages = len(PdfReader(io.BytesIO(data)).pages)
        print(f"{name:28s} {seconds:6.2f} s  {pages:3d} pages  {len(data) // 1024:5d} KiB")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
