"""Guards for speed at ten times the programme (#15), where the outcome is deterministic.

- The queries the code runs (captured as they are sent, not hand-written copies) find their
  rows through an index: EXPLAIN QUERY PLAN of each list's and search's own SELECT.
- A save runs a bounded number of statements whatever the size of the data.
- The people search: every participant of the programme, "dukic" finds Đukić, å ä ö stay letters.
The figures themselves are in ``bench/`` (no timing asserts here).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta

import pytest
from sqlalchemy import event

from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.action_plans import ActionInput, AreaInput, PlanInput
from samordnare_desktop.services.participants import NewParticipant, PersonInput
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.visits import VisitInput

BIG_TABLES = (
    "visit",
    "participant",
    "person",
    "plan_action",
    "plan_area",
    "person_search",
    "finding",
    "finding_search",
    "mention_search",
    "mention_search_row",
)


@contextmanager
def sent(db: Database) -> Iterator[list[tuple[str, tuple]]]:
    """Every statement the code sends while the block runs, with its parameters."""
    seen: list[tuple[str, tuple]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many) -> None:
        seen.append((statement, tuple(parameters) if parameters else ()))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def plans(db: Database, action: Callable[[], object]) -> list[tuple[str, list[str]]]:
    """(SQL, plan lines) of each SELECT ``action`` sends."""
    with sent(db) as seen:
        action()
    result = []
    conn = sqlite3.connect(db.path)
    try:
        for statement, parameters in seen:
            if not statement.lstrip().upper().startswith("SELECT"):
                continue
            lines = [r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + statement, parameters)]
            result.append((statement, lines))
    finally:
        conn.close()
    return result


def scans(found: list[tuple[str, list[str]]], allowed: tuple[str, ...] = ()) -> list[str]:
    """Plan lines that read a big table whole (not through an index), except ``allowed``."""
    bad = []
    for statement, lines in found:
        for line in lines:
            words = line.split()
            if words[:1] != ["SCAN"] or len(words) < 2 or words[1] not in BIG_TABLES:
                continue
            if "INDEX" in line or words[1] in allowed:
                continue
            bad.append(f"{line}  <-  {statement[:160]}")
    return bad


def _programme(services: Services, visits_per_municipality: int = 3) -> list:
    made = []
    for code in ("0586", "1265", "0880"):
        m = services.municipalities.by_code(code)
        for n in range(visits_per_municipality):
            kind = VisitKind.FIRST if n == 0 else VisitKind.OTHER
            made.append(
                services.visits.create(
                    VisitInput(m.id, kind, date(2026, 2, 2) + timedelta(days=7 * n))
                )
            )
    return made


def _people(services: Services, visit_id, names: list[str]) -> None:
    services.participants.add_many(
        visit_id,
        [NewParticipant(PersonInput(name, organisation="Socialtjänsten")) for name in names],
    )


def test_lists_and_searches_read_through_indexes(services: Services) -> None:
    visits = _programme(services)
    _people(services, visits[0].id, ["Đorđe Đukić", "Anna Öhman", "Åsa Berg"])
    m = services.municipalities.by_code("0586")
    plan = services.action_plans.create_plan_with(
        m.id, PlanInput(), [(AreaInput("Samverkan"), [ActionInput("Möten med skolan")])]
    )
    for text in ("Samverkan med skolan", "Anna Öhman ringer", "Barnens röst"):
        services.findings.quick_add(visits[0].id, text)
    db = services.db
    p = services.participants
    f = services.findings
    from samordnare_desktop.services.findings import FindingQuery

    checks = {
        "findings, newest": lambda: f.search(FindingQuery()),
        "findings search": lambda: f.search(FindingQuery(text="samv")),
        "findings of a visit": lambda: f.for_visit(visits[0].id),
        "participants of a visit": lambda: p.list_for_visit(visits[0].id),
        "counts of a visit": lambda: p.counts_by_category(visits[0].id),
        "directory": lambda: p.directory(m.id),
        "visit counts": lambda: p.visit_counts(m.id),
        "first visit": lambda: p.first_visit_id(visits[1].id),
        "one visit": lambda: services.visits.get(visits[1].id),
        "changed visits": lambda: services.visits.rows([visits[1].id]),
        "follow-ups": lambda: services.visits.follow_ups_of(visits[0].id),
        "stages of one": lambda: services.visits.programme_stages([m.id]),
        "host choices": lambda: services.municipalities.contact_choices(m.id),
        "people search": lambda: services.privacy.search_people("duk"),
        "plan": lambda: services.action_plans.get(plan.id),
    }
    for name, action in checks.items():
        found = plans(db, action)
        assert found, name
        assert scans(found) == [], name
    # whole lists read their driving table whole (that is the list); every join uses an index.
    services.privacy.find_person("Anna Öhman")  # the texts written above are indexed
    for name, action, driving in (
        # mentions and references through the mentions index, people through theirs: no big
        # table read whole (the free-text tables were, before the index)
        ("GDPR search", lambda: services.privacy.find_person("Anna Öhman"), ()),
        ("visit list", services.visits.list, ("visit",)),
        ("action overview", services.action_plans.overview, ("plan_action", "plan_area")),
    ):
        found = plans(db, action)
        assert scans(found, allowed=driving) == [], name


def test_the_people_search_folds_accents_but_keeps_swedish_letters(services: Services) -> None:
    visits = _programme(services, 1)
    _people(services, visits[0].id, ["Đorđe Đukić", "Anna Öhman", "Åsa Berg", "Linnéa Ohlsson"])
    _people(services, visits[1].id, ["Łucja Şahin"])
    search = services.privacy.search_people

    def names(text: str) -> list[str]:
        return sorted(hit.name for hit in search(text))

    assert names("dukic") == ["Đorđe Đukić"]
    assert names("DORDE duk") == ["Đorđe Đukić"]
    assert names("lucja sahin") == ["Łucja Şahin"]
    assert names("linnea") == ["Linnéa Ohlsson"]
    assert names("öhman") == ["Anna Öhman"]
    assert names("oh") == ["Linnéa Ohlsson"]  # ö is a letter of its own, not an o
    assert names("åsa") == ["Åsa Berg"]
    assert names("asa") == []
    assert names("socialtj") == sorted(
        ["Đorđe Đukić", "Anna Öhman", "Åsa Berg", "Linnéa Ohlsson", "Łucja Şahin"]
    )
    assert names("") == [] and names("  -- ") == []
    hit = search("Đukić")[0]
    assert hit.municipality == "Mjölby" and hit.participations == 1

    # a deleted person is no longer found; once purged, their words leave the index
    row = next(r for r in services.participants.list_for_visit(visits[0].id) if "Åsa" in r.name)
    services.participants.delete_person(row.person_id)
    assert names("åsa") == []
    services.privacy.purge_deleted()
    with services.db.read() as s:
        from sqlalchemy import text

        left = s.execute(
            text("SELECT count(*) FROM person_search WHERE person_id = :id"),
            {"id": row.person_id.hex},
        ).scalar()
    assert left == 0


def test_a_visit_save_runs_the_same_statements_however_large_the_programme(
    services: Services,
) -> None:
    def save_count(visits_per_municipality: int, db_services: Services) -> int:
        made = _programme(db_services, visits_per_municipality)
        target = made[1]
        with sent(db_services.db) as seen:
            db_services.visits.update(
                target.id,
                VisitInput(**{**target.as_input().__dict__, "venue_name": "Kommunhuset"}),
                expected_version=target.version,
            )
        return len(seen)

    small = save_count(2, services)
    large = save_count(12, services)  # the same database, with more visits on top
    assert small == large
    assert large <= 20


def test_the_gdpr_search_sends_the_same_statements_however_often_the_person_appears(
    services: Services,
) -> None:
    """Records are described from rows read in batches, not a statement per record (#15)."""
    visits = _programme(services, 3)

    def search() -> tuple[int, int]:
        services.privacy.find_person("Anna Öhman")  # the texts changed since are indexed
        with sent(services.db) as seen:
            report = services.privacy.find_person("Anna Öhman")
        return len(seen), len(report.records)

    _people(services, visits[0].id, ["Anna Öhman"])
    few_statements, few_records = search()
    for visit in visits[1:]:
        _people(services, visit.id, ["Anna Öhman", "Åsa Berg"])
        services.visits.update(
            visit.id,
            VisitInput(**{**visit.as_input().__dict__, "notes": "Anna Öhmans förslag."}),
            expected_version=visit.version,
        )
    many_statements, many_records = search()
    assert many_records > few_records + 8  # her participations and the notes naming her
    # two statements more, whatever the number of visits: the texts of the visits the mentions
    # index found (judged by the patterns), then the visits whose notes name her
    assert many_statements == few_statements + 2


def test_the_plan_list_counts_from_its_two_covering_indexes(services: Services) -> None:
    """The Handlingsplaner list's counts (areas, actions, open actions' due days of each plan)
    come from ``ix_plan_area_plan_counts`` and ``ix_plan_action_area_counts`` alone (migration
    0029): no row of either table is read (at 10x it read all 20,000 actions, ~11 ms -> ~6 ms).
    So before the planner has statistics (a new database) and after (``keep_statistics`` at a
    start with data)."""
    from samordnare_desktop.db.engine import keep_statistics

    for code in ("0586", "1265"):
        m = services.municipalities.by_code(code)
        services.action_plans.create_plan_with(
            m.id,
            PlanInput(),
            [
                (AreaInput("Samverkan"), [ActionInput("Möten med skolan"), ActionInput("Rutin")]),
                (AreaInput("Barnens röst"), []),
            ],
        )
    for analysed in (False, True):
        if analysed:
            with services.db.engine.connect() as conn:
                assert "plan_action" in keep_statistics(conn, optimize=False)
                conn.commit()
        found = plans(services.db, services.action_plans.summaries)
        counting = [lines for statement, lines in found if "group_concat" in statement]
        assert len(counting) == 1, found
        assert counting[0][:2] == [
            "SCAN plan_area USING COVERING INDEX ix_plan_area_plan_counts",
            "SEARCH plan_action USING COVERING INDEX ix_plan_action_area_counts "
            "(area_id=? AND deleted_at=?) LEFT-JOIN",
        ], (analysed, counting)
        assert scans(found) == []
    summary = next(s for s in services.action_plans.summaries() if s.code == "0586")
    assert (summary.area_count, summary.action_count) == (2, 2)


def test_the_programme_time_study_sums_each_study_and_role_in_index_order(
    services: Services,
) -> None:
    """Översikt's time study sums the programme's minutes per study and role in the order of
    ``ix_time_study_respondent_study_role`` (migration 0031): no sort of every entry (at 10x
    21,870 of them, ~15 ms -> ~9.5 ms), each entry found through its respondent's index."""
    from samordnare_desktop.domain.time_study import RespondentRole as Role
    from samordnare_desktop.services.time_study import RespondentInput, StudyInput

    ts = services.time_studies
    c = {category.key: category.id for category in ts.categories()}
    for code in ("0586", "1265"):
        m = services.municipalities.by_code(code)
        d = services.municipalities.details(m.id)
        services.municipalities.update(
            m.id, expected_version=d.version, in_programme=True, notes=""
        )
        ts.create(
            StudyInput(
                m.id,
                "Mätning 1",
                date(2026, 1, 12),
                date(2026, 1, 23),
                (
                    RespondentInput(Role.INVESTIGATOR, 5, {c["direct_children"]: 100}),
                    RespondentInput(Role.MANAGER, 5, {c["administration"]: 50, c["other"]: 7}),
                ),
            )
        )
    found = plans(services.db, ts.programme_comparison)
    summing = [lines for statement, lines in found if "sum(CASE" in statement]
    assert summing == [
        [
            "SEARCH r USING INDEX ix_time_study_respondent_study_role (study_id=?)",
            "SEARCH e USING INDEX ix_time_study_entry_respondent_id (respondent_id=?)",
        ]
    ], found
    assert scans(found) == []
    administration = next(x for x in ts.categories() if x.key == "administration")
    from samordnare_desktop.services.time_study import TimeStudyService

    with sent(services.db) as seen:  # a new window's service: nothing kept yet
        comparison = TimeStudyService(services.db).programme_comparison()
    # the programme's studies read once: the median comes from the same rounds
    assert sum("t.updated_at FROM time_study t" in statement for statement, _ in seen) == 1
    assert comparison.studies[0].overall.total_minutes == 2 * 157
    assert comparison.studies[0].by_role[Role.MANAGER].total_minutes == 2 * 57
    assert comparison.median[administration.id] == pytest.approx(50 / 157)
