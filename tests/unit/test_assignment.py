"""The assignment (issue #18 part 5): one row, validated, saved and read back as plain data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from samordnare_desktop.domain.assignment import Assignment, AssignmentData, add_months
from samordnare_desktop.domain.errors import StaleEditError, ValidationError
from samordnare_desktop.services.assignment import report_dates
from samordnare_desktop.services.registry import Services

pytestmark = pytest.mark.both_backends  # SQLite and the team's PostgreSQL server

PROGRAMME = AssignmentData(
    name="  Nationell samordnare för den sociala barn- och ungdomsvården ",
    coordinator="Eva Samordnare",
    ministry="Socialdepartementet",
    reference="S2025/00123",
    start=date(2025, 2, 1),
    report_every_months=3,
    final_report_date=date(2025, 12, 31),
    plan_due_weeks=8,
)


def test_nothing_set_reads_none(services: Services) -> None:
    assert services.assignment.get() is None


def test_saved_once_read_back_and_edited_in_the_one_row(services: Services) -> None:
    saved = services.assignment.save(PROGRAMME)
    assert saved.name == "Nationell samordnare för den sociala barn- och ungdomsvården"
    assert saved.version == 1
    got = services.assignment.get()
    assert got == saved
    edited = services.assignment.save(replace(got, report_every_months=2, coordinator="Ada"))
    assert edited.report_every_months == 2 and edited.coordinator == "Ada"
    assert edited.version == 2
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Assignment)) == 1
    # an edit made on the version read before refuses, the newer edit stays
    with pytest.raises(StaleEditError):
        services.assignment.save(replace(got, ministry="Finansdepartementet"))
    # a second "new" assignment is an edit of a row read at no version: refused too
    with pytest.raises(StaleEditError):
        services.assignment.save(PROGRAMME)
    assert services.assignment.get().ministry == "Socialdepartementet"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": "   "}, "name"),
        ({"final_report_date": date(2025, 2, 1)}, "final_report_date"),
        ({"final_report_date": date(2024, 12, 31)}, "final_report_date"),
        ({"report_every_months": 0}, "report_every_months"),
        ({"report_every_months": 13}, "report_every_months"),
        ({"report_every_months": True}, "report_every_months"),
        ({"plan_due_weeks": 0}, "plan_due_weeks"),
        ({"reference": "S" * 101}, "reference"),
        ({"start": None}, "start"),
    ],
)
def test_bad_input_is_refused_on_its_field(services: Services, change: dict, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        services.assignment.save(replace(PROGRAMME, **change))
    assert caught.value.field == field
    assert services.assignment.get() is None


def test_report_dates_every_rhythm_months_before_the_final_report() -> None:
    assert report_dates(PROGRAMME) == (
        date(2025, 5, 1),
        date(2025, 8, 1),
        date(2025, 11, 1),
    )
    monthly_from_the_31st = replace(
        PROGRAMME,
        start=date(2025, 1, 31),
        report_every_months=1,
        final_report_date=date(2025, 5, 1),
    )
    assert report_dates(monthly_from_the_31st) == (
        date(2025, 2, 28),
        date(2025, 3, 31),
        date(2025, 4, 30),
    )
    assert add_months(date(2024, 11, 30), 3) == date(2025, 2, 28)
    assert add_months(date(2023, 11, 29), 3) == date(2024, 2, 29)


# --- the clock: what falls due, with a fixed today ---------------------------------------------


def _programme(services: Services, *codes: str) -> dict[str, object]:
    found = {}
    for code in codes:
        m = services.municipalities.by_code(code)
        services.municipalities.update(m.id, expected_version=None, in_programme=True, notes="")
        found[code] = m.id
    return found


def test_due_lists_reports_plans_actions_and_time_studies_by_date(services: Services) -> None:
    from samordnare_desktop.domain.action_plan import ActionStatus
    from samordnare_desktop.domain.visit import VisitKind, VisitStatus
    from samordnare_desktop.services.action_plans import ActionInput, AreaInput, PlanInput
    from samordnare_desktop.services.due import DueKind, start_summary
    from samordnare_desktop.services.time_study import StudyInput
    from tests.factories import make_visit

    today = date(2025, 4, 20)
    ids = _programme(services, "0586", "0580", "0581", "0582", "0583", "0584")
    services.assignment.save(PROGRAMME)
    # Mjölby: first visit 2025-02-20, no plan: expected 8 weeks later, 2025-04-17 (3 days late)
    make_visit(services, code="0586", day=date(2025, 2, 20), status=VisitStatus.HELD)
    # Linköping: first visit 2025-03-10, plan received: nothing due
    make_visit(services, code="0580", day=date(2025, 3, 10), status=VisitStatus.HELD)
    received = services.action_plans.create_plan(
        ids["0580"], PlanInput(received_on=date(2025, 4, 1))
    )
    area = services.action_plans.add_area(received.id, AreaInput("Kompetens"))
    services.action_plans.add_action(
        area.id, ActionInput("Introduktionsprogram  för nya", due_date=date(2025, 4, 25))
    )
    services.action_plans.add_action(
        area.id,
        ActionInput("Klar sedan länge", due_date=date(2025, 4, 1), status=ActionStatus.DONE),
    )
    services.action_plans.add_action(area.id, ActionInput("Långt fram", due_date=date(2025, 9, 1)))
    for day in (date(2025, 2, 1), date(2025, 3, 20)):  # overdue by more than 30 days: one row
        services.action_plans.add_action(area.id, ActionInput("Sen", due_date=day))
    # Norrköping: first visit 2025-04-10, plan not yet expected (2025-06-05, beyond 30 days)
    make_visit(services, code="0581", day=date(2025, 4, 10), status=VisitStatus.HELD)
    # Söderköping: a first visit on 2025-05-05, no time study: missing before it
    upcoming = make_visit(services, code="0582", day=date(2025, 5, 5))
    # Motala: a first visit on 2025-05-06 with a time study: nothing due
    make_visit(services, code="0583", day=date(2025, 5, 6))
    services.time_studies.create(
        StudyInput(ids["0583"], "Mätning 1", date(2025, 3, 1), date(2025, 3, 14))
    )
    # Vadstena: a cancelled first visit does not count
    make_visit(services, code="0584", day=date(2025, 2, 1), status=VisitStatus.CANCELLED)
    make_visit(services, code="0584", day=date(2025, 5, 7), kind=VisitKind.FOLLOW_UP)

    due = services.due.due(today)
    rows = [(i.kind, i.day, i.municipality_name) for i in due.items]
    assert rows == [
        (DueKind.LATE_ACTIONS, date(2025, 2, 1), ""),
        (DueKind.PLAN, date(2025, 4, 17), "Mjölby"),
        (DueKind.ACTION, date(2025, 4, 25), "Linköping"),
        (DueKind.REPORT, date(2025, 5, 1), ""),
        (DueKind.TIME_STUDY, date(2025, 5, 5), "Söderköping"),
        (DueKind.FINAL_REPORT, date(2025, 12, 31), ""),
    ]
    late, plan, action, report, study, final = due.items
    assert late.count == 2 and late.what == "2 åtgärder försenade mer än 30 dagar"
    assert plan.plan_id is None and plan.municipality_id == ids["0586"]
    assert plan.when(today) == "3 dagar för sent"
    assert "8 veckor" in plan.what and "2025-02-20" in plan.what
    assert action.plan_id == received.id and action.what == "Åtgärd: Introduktionsprogram för nya"
    assert action.when(today) == "om 5 dagar"
    # made without the dataclass's __init__ (due._item): the same item as one made with it
    from samordnare_desktop.services.due import DueItem

    made = DueItem(
        DueKind.ACTION, action.day, action.what, ids["0580"], "0580", "Linköping", received.id
    )
    assert action == made and hash(action) == hash(made) and repr(action) == repr(made)
    assert report.what == "Kvartalsrapport 1 av 3" and report.when(today) == "om 11 dagar"
    assert study.visit_id == upcoming.id
    assert final.when(date(2025, 12, 30)) == "om 1 dag"
    assert final.when(date(2025, 12, 31)) == "i dag"
    assert start_summary(due) == (
        "Inom 14 dagar: Kvartalsrapport 1 av 3 om 11 dagar; 1 handlingsplan har inte kommit in;"
        " 1 åtgärd förfaller eller är försenad."
    )  # the visit on 5 May is 15 days ahead
    assert start_summary(due, 15).endswith("; 1 tidsstudie saknas inför ett första besök.")
    # a later today: the plan came in, the first report passed, the next is listed
    services.action_plans.create_plan(ids["0586"], PlanInput(received_on=date(2025, 5, 2)))
    later = services.due.due(date(2025, 5, 2))
    assert [(i.kind, i.day) for i in later.items if i.kind is not DueKind.ACTION][1:] == [
        (DueKind.TIME_STUDY, date(2025, 5, 5)),
        (DueKind.REPORT, date(2025, 8, 1)),
        (DueKind.FINAL_REPORT, date(2025, 12, 31)),
    ]
    assert (
        start_summary(later, 1) == "Inom 1 dag: 1 åtgärd förfaller eller är försenad."
    )  # still open


def test_without_an_assignment_plans_use_eight_weeks_and_no_reports(services: Services) -> None:
    from samordnare_desktop.domain.visit import VisitStatus
    from samordnare_desktop.services.due import DueKind, start_summary
    from tests.factories import make_visit

    _programme(services, "0586")
    make_visit(services, code="0586", day=date(2025, 2, 20), status=VisitStatus.HELD)
    due = services.due.due(date(2025, 4, 17))
    assert [(i.kind, i.day, i.when(due.today)) for i in due.items] == [
        (DueKind.PLAN, date(2025, 4, 17), "i dag")
    ]
    assert due.assignment is None
    # the list is kept while nothing changed, and read again when something did
    assert services.due.due(date(2025, 4, 17)) is due
    assert services.due.ahead(date(2025, 4, 17)).kept is due  # as kept, nothing made
    another = services.due.ahead(date(2025, 4, 18))
    assert another.kept is None  # another day's: to be made
    assert services.due.due(date(2025, 4, 17)) is due  # still the one kept
    assert another.make().today == date(2025, 4, 18)
    from samordnare_desktop.services.action_plans import PlanInput

    services.action_plans.create_plan(
        services.municipalities.by_code("0586").id, PlanInput(received_on=date(2025, 4, 16))
    )
    ahead = services.due.ahead(date(2025, 4, 17))
    assert ahead.kept is None  # a plan came: to be made again
    assert ahead.make().items == ()
    assert services.due.due(date(2025, 4, 17)) is services.due.ahead(date(2025, 4, 17)).kept
    assert start_summary(services.due.due(date(2025, 3, 1))) == ""


def test_a_first_quarterly_report_takes_its_letterhead_from_the_assignment(
    services: Services,
) -> None:
    from samordnare_desktop.services.reports import Letterhead

    start, end = date(2025, 4, 1), date(2025, 6, 30)
    assert services.reports.letterhead_for(start, end) == Letterhead(
        recipient="Socialdepartementet"
    )
    services.assignment.save(PROGRAMME)
    assert services.reports.letterhead_for(start, end) == Letterhead(
        "Eva Samordnare", "Socialdepartementet", "S2025/00123"
    )
    # a letterhead saved with a report wins over the assignment's from then on
    saved = Letterhead("Eva S.", "Regeringskansliet", "S2025/00999")
    services.reports.save_text(start, end, "", saved)
    assert services.reports.letterhead_for(date(2025, 7, 1), date(2025, 9, 30)) == saved


def test_the_coordinators_name_is_found_and_erased_like_any_mention(services: Services) -> None:
    services.assignment.save(PROGRAMME)
    report = services.privacy.find_person(name="Eva Samordnare")
    assert any("Eva Samordnare" in " ".join(r.fields.values()) for r in report.records)
    services.privacy.erase_person(name="Eva Samordnare", include_backups=False)
    kept = services.assignment.get()
    assert "Samordnare" not in kept.coordinator
    assert kept.ministry == "Socialdepartementet" and kept.reference == "S2025/00123"


def test_due_asked_from_two_threads_at_once_is_computed_once(services: Services) -> None:
    """The band at start and Översikt's first read ask at the same time from two workers: the
    later waits for the earlier's list (the same object), not computing it beside it."""
    import threading

    from samordnare_desktop.services.due import DueService

    due = DueService(services.db)
    computing = threading.Event()
    go_on = threading.Event()
    computed = []
    compute = due._compute

    def slow(*args):
        computed.append(args)
        computing.set()
        assert go_on.wait(10)
        return compute(*args)

    due._compute = slow
    today = date(2025, 4, 20)
    found: dict[str, object] = {}
    first = threading.Thread(target=lambda: found.setdefault("first", due.due(today)))
    second = threading.Thread(target=lambda: found.setdefault("second", due.due(today)))
    first.start()
    assert computing.wait(10)  # the first computes ...
    second.start()  # ... while the second asks
    second.join(0.2)
    assert second.is_alive()  # it waits for the first's list
    go_on.set()
    first.join(10)
    second.join(10)
    assert len(computed) == 1
    assert found["first"] is found["second"]
