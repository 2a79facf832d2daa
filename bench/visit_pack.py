"""Visit pack benchmark: a visit with 200 participants, a 12-item agenda, a press meeting and its
questions; the pack (target < 1.5 s), its parts, badges, and page 1 of the preview after the
pack is made (target < 300 ms). Prints seconds; ``python bench/visit_pack.py``."""

from __future__ import annotations

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

from samordnare_desktop.domain.participant import ParticipantCategory  # noqa: E402
from samordnare_desktop.domain.visit import VisitKind  # noqa: E402
from samordnare_desktop.services.agendas import AgendaItemInput  # noqa: E402
from samordnare_desktop.services.participants import (  # noqa: E402
    NewParticipant,
    ParticipationInput,
    PersonInput,
)
from samordnare_desktop.services.registry import Services  # noqa: E402
from samordnare_desktop.services.startup import open_database  # noqa: E402
from samordnare_desktop.services.visits import VisitInput  # noqa: E402

NAMES = ("Åsa Öberg", "Łucja Đorđević", "Şahin Yılmaz", "Ŋilas Ánde", "Erik Lund", "Mira Ek")


def timed(label: str, action, repeat: int = 1):
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<52} {best:7.3f} s", flush=True)
    return result


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite3", daily_backup=False)
        try:
            services = Services(db)
            m = services.municipalities.by_code("0586")
            visit = services.visits.create(
                VisitInput(
                    m.id,
                    VisitKind.FIRST,
                    date(2026, 3, 4),
                    clock(9),
                    clock(16),
                    venue_name="Stadshuset",
                    venue_room="Konferensrum 404",
                    venue_address="Fabriksgatan 31",
                    has_press_meeting=True,
                    press_start=clock(14),
                    press_end=clock(14, 30),
                    press_place="Fabriksgatan 31, plan 3, konferensrum 404",
                    press_contact_name="Anna Berg",
                    press_contact_phone="070-123 45 67",
                ),
                question_ids=[q.id for q in services.visits.questions()][:4],
            )
            categories = [c for c in ParticipantCategory if not c.is_child]
            services.participants.add_many(
                visit.id,
                [
                    NewParticipant(
                        PersonInput(
                            f"{NAMES[i % len(NAMES)]} {i}",
                            categories[i % len(categories)],
                            title="Socialsekreterare",
                            organisation=f"Förvaltning {i % 12}",
                        ),
                        ParticipationInput(attended=i % 3 == 0),
                    )
                    for i in range(200)
                ],
            )
            for n in range(12):
                services.agendas.add_item(
                    visit.id,
                    AgendaItemInput(title=f"Punkt {n}", description="Beskrivning " * 30),
                )
            docs = services.visit_documents
            docs.press_pdf(visit.id)  # fonts and imports warm, as in a running app
            pack = timed(
                "visit pack, 200 participants (best of 3)", lambda: docs.visit_pack(visit.id), 3
            )
            timed(
                "  participant list alone",
                lambda: services.participant_documents.participant_list_pdf(visit.id),
            )
            timed(
                "  sign-in sheet alone",
                lambda: services.participant_documents.signin_sheet_pdf(visit.id),
            )
            timed("  briefing before the visit alone", lambda: services.briefing.pdf(visit.id))
            timed("badges, 200 (25 sheets)", lambda: docs.badges_pdf(visit.id))
            timed("table cards, 200 (50 sheets)", lambda: docs.table_cards_pdf(visit.id))

            from PySide6.QtWidgets import QApplication

            from samordnare_desktop.ui.print_preview import PrintPreviewWindow

            app = QApplication.instance() or QApplication([])
            start = time.perf_counter()
            window = PrintPreviewWindow(None, pack, "Besökspaket")
            window.show()
            image = window.first_page_image()
            elapsed = time.perf_counter() - start
            assert not image.isNull()
            print(f"{'preview window, page 1 rendered':<52} {elapsed:7.3f} s")
            import io

            from pypdf import PdfReader

            print(
                f"  (pack {len(PdfReader(io.BytesIO(pack)).pages)} pages, "
                f"{len(pack) / 1024:.0f} KiB)"
            )
            window.close()
            app.processEvents()
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
