"""Participants benchmark: 100,000 participants in the database, the tab loads one visit.

Builds 500 visits in 50 municipalities, 20,000 people, 200 participants per visit (bulk insert),
then times: list_for_visit, counts_by_category, directory and find_matches for one
municipality, show_visit in the Deltagare tab (load + model reset + paint), one search
keystroke and one attendance tick. Prints medians; ``python bench/participants_table.py [runs]``.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert

from samordnare_desktop.demo.programme import PROGRAMME_CODES
from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.participant import Participant, ParticipantCategory, Person
from samordnare_desktop.domain.visit import Visit, VisitKind
from samordnare_desktop.services.participants import (
    PersonInput,
    email_key,
    name_org_key,
)
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.startup import open_database

VISITS_PER_MUNICIPALITY = 10
PEOPLE_PER_MUNICIPALITY = 400
PER_VISIT = 200


def build(services: Services) -> list[uuid.UUID]:
    rng = random.Random(1)
    now = utcnow()
    municipalities = [services.municipalities.by_code(code) for code in PROGRAMME_CODES]
    visits, people, participants = [], [], []
    visit_ids: list[uuid.UUID] = []
    categories = list(ParticipantCategory)
    for m in municipalities:
        ids = []
        for n in range(PEOPLE_PER_MUNICIPALITY):
            pid = uuid.uuid4()
            ids.append(pid)
            name, org = f"Person {n} {m.name}", "Socialförvaltningen"
            email = f"person{n}@{m.code}.se"
            people.append(
                dict(
                    id=pid, municipality_id=m.id, category=categories[n % len(categories)],
                    name=name, title="Handläggare", organisation=org, party="", office="",
                    email=email, phone="", alias_number=None, email_key=email_key(email),
                    name_org_key=name_org_key(name, org), created_at=now, updated_at=now,
                    version=1, deleted_at=None,
                )
            )  # fmt: skip
        for v in range(VISITS_PER_MUNICIPALITY):
            vid = uuid.uuid4()
            visit_ids.append(vid)
            visits.append(
                dict(
                    id=vid, municipality_id=m.id, kind=VisitKind.FIRST if v == 0 else VisitKind.OTHER,
                    day=date(2026, 1, 1) + timedelta(days=7 * v), title="", venue_name="",
                    venue_address="", venue_room="", notes="", has_press_meeting=False,
                    press_place="", press_contact_name="", press_contact_phone="",
                    press_contact_email="", created_at=now, updated_at=now, version=1,
                )
            )  # fmt: skip
            for pid in rng.sample(ids, PER_VISIT):
                participants.append(
                    dict(
                        id=uuid.uuid4(), visit_id=vid, person_id=pid, invited=True,
                        confirmed=rng.random() < 0.5, attended=rng.random() < 0.5, walk_in=False,
                        notes="", consent_note="", name_on_lists=True, created_at=now,
                        updated_at=now, version=1,
                    )
                )  # fmt: skip
    with services.db.write() as s:
        s.execute(insert(Visit), visits)
        s.execute(insert(Person), people)
        s.execute(insert(Participant), participants)
    return visit_ids


def median_ms(action, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    folder = Path(tempfile.mkdtemp(prefix="bench-participants-"))
    db_path = folder / "bench.sqlite3"
    db = open_database(db_path, daily_backup=False)
    services = Services(db)
    start = time.perf_counter()
    visit_ids = build(services)
    svc = services.participants
    with db.read() as s:
        from sqlalchemy import func, select

        total = s.scalar(select(func.count()).select_from(Participant))
    print(
        f"built {total} participants in {len(visit_ids)} visits: {time.perf_counter() - start:.1f} s"
    )
    visit = services.visits.get(visit_ids[-1])
    print(
        f"list_for_visit (200 rows):        {median_ms(lambda: svc.list_for_visit(visit.id), runs):7.1f} ms"
    )
    print(
        f"counts_by_category:               {median_ms(lambda: svc.counts_by_category(visit.id), runs):7.1f} ms"
    )
    print(
        f"directory (400 people):           {median_ms(lambda: svc.directory(visit.municipality_id, limit=None), runs):7.1f} ms"
    )
    probe = PersonInput("Person 7 X", organisation="Socialförvaltningen", email="person7@x.se")
    print(
        f"find_matches:                     {median_ms(lambda: svc.find_matches(visit.municipality_id, probe), runs):7.1f} ms"
    )
    db.close()

    from samordnare_desktop.app import _gui_app, build_main_window

    app = _gui_app("sv", offscreen=True)
    window = build_main_window(db_path)
    window.resize(1400, 900)
    window.show()
    start = time.perf_counter()
    window.select_tab("participants")
    tab = window.tab("participants")
    app.processEvents()
    print(f"tab built (500 visits in chooser): {(time.perf_counter() - start) * 1000:7.1f} ms")

    def show() -> None:
        tab.show_visit(visit_ids[rng.randrange(len(visit_ids))])
        app.processEvents()

    rng = random.Random(2)
    print(f"show_visit + paint:               {median_ms(show, runs):7.1f} ms")

    def keystroke() -> None:
        tab.search.setText("person 1")
        app.processEvents()
        tab.search.clear()
        app.processEvents()

    print(f"search keystroke (+clear):        {median_ms(keystroke, runs):7.1f} ms")
    tab.table.selectRow(0)

    def tick() -> None:
        tab.toggle_attendance()
        app.processEvents()

    print(f"attendance tick (+summary):       {median_ms(tick, runs):7.1f} ms")

    def undo() -> None:
        window.ctx.undo_stack.undo()
        app.processEvents()
        window.ctx.undo_stack.redo()
        app.processEvents()

    print(f"undo + redo of a tick:            {median_ms(undo, runs):7.1f} ms")
    tab.table.selectAll()
    print(f"tick of all {tab.proxy.rowCount()} rows (one step):  {median_ms(tick, runs):7.1f} ms")
    window.close()


if __name__ == "__main__":
    main()
