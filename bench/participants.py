"""Participant documents benchmark: import of a 5,000-row file (preview, apply, re-import) and
the PDFs of a 500-participant visit. Prints seconds; ``python bench/participants.py``."""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from samordnare_desktop.domain.visit import VisitKind  # noqa: E402
from samordnare_desktop.services import tabular  # noqa: E402
from samordnare_desktop.services.registry import Services  # noqa: E402
from samordnare_desktop.services.startup import open_database  # noqa: E402
from samordnare_desktop.services.visits import VisitInput  # noqa: E402

CATEGORIES = ("Politiker", "Chef", "Socialsekreterare", "Skola", "BUP", "Polis", "Förening")


def _rows(n: int) -> list[list[str]]:
    return [
        [
            f"Förnamn{i} Efternamn{i % 997}",
            "Socialsekreterare",
            f"Förvaltning {i % 40}",
            CATEGORIES[i % len(CATEGORIES)],
            f"person{i}@kommun.se",
            f"070-{i:07d}",
        ]
        for i in range(n)
    ]


def timed(label: str, action):
    start = time.perf_counter()
    result = action()
    print(f"{label:<46} {time.perf_counter() - start:7.2f} s", flush=True)
    return result


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        db = open_database(tmp / "bench.sqlite3", daily_backup=False)
        try:
            services = Services(db)
            m = services.municipalities.by_code("0586")
            visit = services.visits.create(VisitInput(m.id, VisitKind.FIRST, date(2026, 3, 4)))
            other = services.visits.create(VisitInput(m.id, VisitKind.DIALOGUE, date(2026, 5, 4)))
            headers = ["Namn", "Titel", "Organisation", "Kategori", "E-post", "Telefon"]
            csv_path = tmp / "deltagare.csv"
            xlsx_path = tmp / "deltagare.xlsx"
            rows = _rows(5000)
            tabular.write_csv(csv_path, headers, rows)
            timed(
                "write 5,000-row XLSX",
                lambda: tabular.write_xlsx(xlsx_path, [tabular.Sheet("D", headers, rows)]),
            )
            timed("read 5,000-row CSV", lambda: tabular.read_table(csv_path))
            timed("read 5,000-row XLSX", lambda: tabular.read_table(xlsx_path))
            docs = services.participant_documents
            plan = timed(
                "preview import of 5,000 rows (CSV)", lambda: docs.preview(visit.id, csv_path)
            )
            assert plan.added == 5000, plan.summary()
            timed(
                "apply import of 5,000 rows (one transaction)",
                lambda: docs.apply(visit.id, csv_path),
            )
            again = timed(
                "preview re-import (5,000 all matched)", lambda: docs.preview(visit.id, csv_path)
            )
            assert again.skipped == 5000
            joined = timed(
                "apply into another visit (5,000 updates)", lambda: docs.apply(other.id, xlsx_path)
            )
            assert joined.updated == 5000
            timed(
                "export 5,000 participants to XLSX",
                lambda: docs.export_table(visit.id, tmp / "ut.xlsx"),
            )

            small = services.visits.create(VisitInput(m.id, VisitKind.OTHER, date(2026, 6, 1)))
            tabular.write_csv(tmp / "500.csv", headers, _rows(500))
            docs.apply(small.id, tmp / "500.csv")
            sheet = timed(
                "sign-in sheet PDF, 500 rows + 20 blank",
                lambda: docs.signin_sheet_pdf(small.id, blank_rows=20),
            )
            listing = timed(
                "participant list PDF, 500 rows", lambda: docs.participant_list_pdf(small.id)
            )
            import io

            from pypdf import PdfReader

            print(
                f"  (sign-in sheet {len(PdfReader(io.BytesIO(sheet)).pages)} pages, "
                f"list {len(PdfReader(io.BytesIO(listing)).pages)} pages)"
            )
        finally:
            db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
