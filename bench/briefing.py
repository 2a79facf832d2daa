"""Briefing benchmark (issue #18 part 4): the briefing before a visit in the 10x programme.

On a copy of the 10x programme (290 municipalities, 5,000 meetings, 20,000 actions, time
studies; ``bench/_tenx.py``) 20,000 findings are added (a third of them good examples, each
tagged with a question or two, made at a meeting and concerning its municipality) and care-place
figures for every municipality; then the briefing of a few municipalities' next visits is timed:
the data alone, and data plus PDF, the first call in a fresh process (fonts, imports, the
programme median of the time study) and warm (median of 5), against "well under 1 s".
``python bench/briefing.py``.
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

from sqlalchemy import insert, select

import samordnare_desktop.domain.models  # noqa: F401  (every table, for the inserts)
from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.finding import (
    Finding,
    FindingKind,
    FindingLevel,
    FindingOrganisation,
    FindingQuestion,
)
from samordnare_desktop.domain.organisation import Organisation
from samordnare_desktop.domain.search import rebuild_findings_index
from samordnare_desktop.domain.visit import Visit
from samordnare_desktop.domain.visit_questions import Question

FINDINGS = 20_000
BUDGET_S = 1.0
CODES = ("0586", "0180", "1280", "2580")  # Mjölby, Stockholm, Malmö, Luleå
WORDS = [
    "socialsekreterare",
    "introduktion",
    "handläggare",
    "placering",
    "jourhem",
    "familjehem",
    "stödboende",
    "barnets",
    "perspektiv",
    "delaktighet",
    "kompetens",
    "stabilitet",
    "samverkan",
    "skola",
    "region",
    "nätverk",
    "uppföljning",
]


def add_findings(db, n: int, rng: random.Random) -> None:
    now = utcnow()
    with db.write() as s:
        questions = list(s.scalars(select(Question.id)))
        visits = s.execute(
            select(Visit.id, Visit.municipality_id).where(Visit.deleted_at.is_(None))
        )
        visits = [(v, m) for v, m in visits if m is not None]
        org_of = dict(s.execute(select(Organisation.municipality_id, Organisation.id)).all())
        findings, tags, concerns = [], [], []
        for i in range(n):
            visit_id, municipality_id = rng.choice(visits)
            fid = uuid.uuid4()
            findings.append(
                dict(
                    id=fid, text=" ".join(rng.sample(WORDS, 8)).capitalize() + ".",
                    kind=FindingKind.GOOD_EXAMPLE if i % 3 == 0 else rng.choice(list(FindingKind)),
                    level=rng.choice(list(FindingLevel)), visit_id=visit_id, deleted_at=None,
                    created_at=now, updated_at=now, version=1,
                )
            )  # fmt: skip
            for qid in rng.sample(questions, rng.randint(1, 2)):
                tags.append(dict(id=uuid.uuid4(), finding_id=fid, question_id=qid,
                                 created_at=now, updated_at=now, version=1))  # fmt: skip
            if municipality_id in org_of:
                concerns.append(dict(id=uuid.uuid4(), finding_id=fid,
                                     organisation_id=org_of[municipality_id],
                                     created_at=now, updated_at=now, version=1))  # fmt: skip
        for rows, model in (
            (findings, Finding),
            (tags, FindingQuestion),
            (concerns, FindingOrganisation),
        ):
            for start in range(0, len(rows), 10_000):
                s.execute(insert(model), rows[start : start + 10_000])
        rebuild_findings_index(s.connection())


def add_care(services, rng: random.Random) -> int:
    from samordnare_desktop.domain.care_places import LineInput, PlacementForm, ReportInput
    from samordnare_desktop.domain.organisation import municipality_organisation_uuid

    count = 0
    for m in services.municipalities.list():
        lines = {
            f: LineInput(
                placed=(p := rng.randint(0, 40)), own=(o := rng.randint(0, p)), bought=p - o
            )
            for f in (PlacementForm.FAMILY_HOME, PlacementForm.HVB, PlacementForm.EMERGENCY_HOME)
        }
        services.care_places.save(
            ReportInput(municipality_organisation_uuid(m.code), "2025", lines)
        )
        count += 1
    return count


def main() -> int:
    from bench._tenx import tenx_copy
    from samordnare_desktop.services.registry import Services
    from samordnare_desktop.services.startup import open_database

    rng = random.Random(18)
    with tempfile.TemporaryDirectory() as folder:
        path = tenx_copy(Path(folder))
        db = open_database(path, daily_backup=False)
        started = time.perf_counter()
        add_findings(db, FINDINGS, rng)
        care = add_care(Services(db), rng)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
        print(
            f"{FINDINGS:,} findings and {care} care reports added in {time.perf_counter() - started:.0f} s"
        )
        services = Services(db)  # fresh: nothing cached, as after a start
        print(f"briefing of a municipality's next visit, budget {BUDGET_S:.1f} s:")
        first = True
        for code in CODES:
            visit_id = services.briefing.visit_for_municipality(code)
            visit = services.visits.get(visit_id)
            if not services.visits.questions_of(visit_id):  # themes to find good examples on
                questions = [q.id for q in services.visits.questions()][:3]
                services.visits.update(
                    visit_id, visit.as_input(), expected_version=visit.version,
                    question_ids=questions,
                )  # fmt: skip
            t0 = time.perf_counter()
            doc = services.briefing.document(visit_id)
            t1 = time.perf_counter()
            pdf = services.briefing.pdf(visit_id)
            t2 = time.perf_counter()
            warm_data, warm_all = [], []
            for _ in range(5):
                a = time.perf_counter()
                services.briefing.document(visit_id)
                b = time.perf_counter()
                services.briefing.pdf(visit_id)
                warm_data.append(b - a)
                warm_all.append(time.perf_counter() - b)
            cold = "first in the process" if first else "first of this municipality"
            first = False
            worst = max(t2 - t1, max(warm_all))
            verdict = "within budget" if worst < BUDGET_S else f"OVER {BUDGET_S:.1f} s"
            print(
                f"  {code} {doc.municipality:<10} {len(doc.findings):>3} earlier findings, "
                f"{len(doc.examples)} examples, {len(pdf) // 1024} KB: data {t1 - t0:.3f} s, "
                f"data+PDF {t2 - t1:.3f} s ({cold}); warm median data "
                f"{statistics.median(warm_data):.3f} s, data+PDF {statistics.median(warm_all):.3f} s"
                f"  {verdict}"
            )
        started = time.perf_counter()
        sum(i * i for i in range(200_000))  # no I/O: how busy this machine is just now
        print(
            f"floor: a pure Python loop (200,000 squares) took {time.perf_counter() - started:.3f} s"
        )
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
