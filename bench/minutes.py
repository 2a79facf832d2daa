"""Minutes benchmark (issue #18 part 3): the minutes PDF of one meeting, the data and the PDF
timed apart, for a usual meeting (6 agenda items, a paragraph of notes, a decision and two
actions each, a few findings) and for an extreme one (20 items of 5,000-character notes with
markup and emoji, 100 actions, 100 findings). First call in the process (fonts, imports) and
warm (median of 3). ``python bench/minutes.py``.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import time as clock
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from samordnare_desktop.domain.minutes import ActionInput, MinutesInput
from samordnare_desktop.pdf.minutes import minutes_pdf
from samordnare_desktop.services.agendas import AgendaItemInput
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.startup import open_database
from tests.factories import make_visit

NOTE = "Kommunen beskrev hur utredningarna fördelas & hur barnens röst tas till vara. "


def _meeting(services: Services, code: str, items: int, notes: str, actions: int, found: int):
    visit = make_visit(services, code=code, start_time=clock(8), end_time=clock(18))
    for i in range(items):
        item = services.agendas.add_item(visit.id, AgendaItemInput(f"Punkt {i + 1}", 25))
        services.minutes.save_item(
            item.id,
            MinutesInput(
                notes,
                "Kommunen tar fram en plan till nästa besök.",
                tuple(
                    ActionInput(f"Åtgärd {k + 1}", "Socialchefen", "2026-05-01")
                    for k in range(actions)
                ),
            ),
        )
        for k in range(found):
            services.minutes.add_finding(item.id, f"Iakttagelse {i + 1}.{k + 1}")
    return visit


def _time(services: Services, visit_id) -> tuple[float, float]:
    start = time.perf_counter()
    doc = services.minutes.document(visit_id)
    middle = time.perf_counter()
    minutes_pdf(doc)
    return middle - start, time.perf_counter() - middle


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    db = open_database(folder / "minutes.sqlite3", daily_backup=False)
    services = Services(db)
    usual = _meeting(services, "0586", 6, NOTE * 6, 2, 1)
    extreme = _meeting(services, "0580", 20, ("Anteckning & <x> 🎉 " * 300)[:5000], 5, 5)
    for label, visit in (("usual meeting", usual), ("extreme meeting", extreme)):
        first = _time(services, visit.id)
        warm = [_time(services, visit.id) for _ in range(3)]
        print(
            f"{label}: first {first[0]:.2f} s data + {first[1]:.2f} s PDF; warm median "
            f"{statistics.median(w[0] for w in warm):.2f} s data + "
            f"{statistics.median(w[1] for w in warm):.2f} s PDF"
        )
    db.close()


if __name__ == "__main__":
    main()
