"""Action plans through the service: areas, actions, order, versions, history, follow-up."""

from __future__ import annotations

from datetime import date

import pytest

from samordnare_desktop.domain.action_plan import ActionStatus, Assessment, PlanStatus
from samordnare_desktop.domain.errors import NotFoundError, StaleEditError, ValidationError
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.action_plans import (
    ActionInput,
    ActionPlanService,
    AreaInput,
    PlanInput,
)
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.visits import VisitInput

pytestmark = pytest.mark.both_backends  # SQLite and the team's PostgreSQL server


@pytest.fixture
def svc(services: Services) -> ActionPlanService:
    service = services.action_plans
    service.user = lambda: "kerstin"
    return service


def _plan(services: Services, svc: ActionPlanService, code: str = "0586"):
    m = services.municipalities.by_code(code)
    return svc.create_plan(m.id, PlanInput(PlanStatus.DRAFT, date(2026, 3, 2), "Eva Ek"))


def test_build_plan_with_areas_and_actions(services, svc) -> None:
    plan = _plan(services, svc)
    area = svc.add_area(plan.id, AreaInput("Samverkan med skola", "Lite samverkan", "Rutiner"))
    svc.add_action(area.id, ActionInput("Gemensam rutin", "IFO-chef", due_date=date(2026, 6, 1)))
    svc.add_action(area.id, ActionInput("Träffar varje månad", "Enhetschef"))
    details = svc.get(plan.id)
    assert [a.name for a in details.areas] == ["Samverkan med skola"]
    assert [a.what for a in details.areas[0].actions] == ["Gemensam rutin", "Träffar varje månad"]
    assert details.owner == "Eva Ek"
    with pytest.raises(ValidationError) as err:
        svc.create_plan(details.municipality_id)
    assert err.value.field == "municipality"


def test_validation_names_the_field_and_changes_nothing(services, svc) -> None:
    plan = _plan(services, svc)
    with pytest.raises(ValidationError) as err:
        svc.add_area(plan.id, AreaInput("   "))
    assert err.value.field == "name"
    area = svc.add_area(plan.id, AreaInput("Kompetens"))
    with pytest.raises(ValidationError) as err:
        svc.add_action(
            area.id, ActionInput("X", start_date=date(2026, 5, 1), due_date=date(2026, 4, 1))
        )
    assert err.value.field == "due_date"
    assert svc.get(plan.id).areas[0].actions == ()


def test_order_moves_and_delete_restore(services, svc) -> None:
    plan = _plan(services, svc)
    a = svc.add_area(plan.id, AreaInput("A"))
    b = svc.add_area(plan.id, AreaInput("B"))
    c = svc.add_area(plan.id, AreaInput("C"))
    assert svc.move_area(c.id, -1)
    assert [x.name for x in svc.get(plan.id).areas] == ["A", "C", "B"]
    assert not svc.move_area(a.id, -1)
    x1 = svc.add_action(b.id, ActionInput("x1"))
    x2 = svc.add_action(b.id, ActionInput("x2"))
    svc.add_action(b.id, ActionInput("x0"), position=0)
    assert svc.move_action(x1.id, 1)
    assert [x.what for x in svc.get(plan.id).area(b.id).actions] == ["x0", "x2", "x1"]
    svc.delete_action(x2.id)
    assert [x.what for x in svc.get(plan.id).area(b.id).actions] == ["x0", "x1"]
    svc.restore_action(x2.id)
    assert [x.what for x in svc.get(plan.id).area(b.id).actions] == ["x0", "x2", "x1"]
    svc.delete_area(b.id)
    assert [x.name for x in svc.get(plan.id).areas] == ["A", "C"]
    svc.restore_area(b.id)
    assert len(svc.get(plan.id).area(b.id).actions) == 3


def test_history_records_who_what_old_and_new(services, svc) -> None:
    plan = _plan(services, svc)
    area = svc.add_area(plan.id, AreaInput("Kompetens"))
    action = svc.add_action(area.id, ActionInput("Mentorskap"))
    svc.update_action(
        action.id,
        ActionInput("Mentorskap för nya", status=ActionStatus.ONGOING),
        expected_version=action.version,
    )
    with pytest.raises(StaleEditError):
        svc.update_action(action.id, ActionInput("Annat"), expected_version=action.version)
    history = services.plan_versions.history(plan.id)
    changes = {(h.subject, h.field, h.old_value, h.new_value) for h in history}
    assert ("action", "what", "Mentorskap", "Mentorskap för nya") in changes
    assert ("action", "status", "not_started", "ongoing") in changes
    assert ("area", "created", "", "Kompetens") in changes
    assert all(h.who == "kerstin" for h in history)
    assert not any(h.new_value == "Annat" for h in history)  # refused edit left no trace


def test_overdue_and_overview(services, svc) -> None:
    plan = _plan(services, svc)
    area = svc.add_area(plan.id, AreaInput("Samverkan med skola"))
    late = svc.add_action(area.id, ActionInput("Sen", due_date=date(2026, 1, 1)))
    svc.add_action(
        area.id, ActionInput("Klar", due_date=date(2026, 1, 1), status=ActionStatus.DONE)
    )
    svc.add_action(area.id, ActionInput("Framtid", due_date=date(2027, 1, 1)))
    today = date(2026, 2, 1)
    rows = svc.overview()
    assert [r.what for r in rows if r.overdue(today)] == ["Sen"]
    assert late.overdue(today) and not late.overdue(date(2025, 12, 31))
    summary = next(s for s in svc.summaries() if s.plan_id == plan.id)
    assert summary.overdue_count(today) == 1 and summary.action_count == 3
    # counted once a day and kept: each other day counts again (a new day, or a test's day)
    assert summary.overdue_count(date(2026, 1, 1)) == 0  # due that day: not yet overdue
    assert summary.overdue_count(date(2026, 1, 2)) == 1
    assert summary.overdue_count(date(2027, 1, 2)) == 2  # the done one is never overdue
    assert summary.overdue_count(today) == 1


def test_the_overview_rows_are_typed_as_the_database_layer_types_them(services, svc) -> None:
    """The overview reads the driver's plain tuples (issue #15): every field comes out as
    SQLAlchemy's own read of the same statement has it (ids, days, statuses), on both
    databases, with and without a due day."""
    import uuid

    from samordnare_desktop.services.action_plan_overview import overview_statement

    plan = _plan(services, svc)
    area = svc.add_area(plan.id, AreaInput("Samverkan <&> 😀"))
    svc.add_action(
        area.id,
        ActionInput("Med dag", "Ägare", due_date=date(2026, 5, 1), status=ActionStatus.ONGOING),
    )
    svc.add_action(area.id, ActionInput("Utan dag"))
    with services.db.read() as s:
        expected = [tuple(r) for r in s.execute(overview_statement()).all()]
    rows = svc.overview()
    assert [
        (r.plan_id.hex, r.municipality_id.hex, r.municipality_code, r.municipality_name,
         r.area_id.hex, r.area_name, r.action_id.hex, r.what, r.owner, r.due_date, r.status)
        for r in rows
    ] == expected  # fmt: skip
    first, second = rows
    assert type(first.action_id) is uuid.UUID and first.action_id == uuid.UUID(expected[0][6])
    assert first.due_date == date(2026, 5, 1) and first.status is ActionStatus.ONGOING
    assert second.due_date is None and second.status is ActionStatus.NOT_STARTED
    assert first.overdue(date(2026, 5, 2)) and not second.overdue(date(2026, 5, 2))


def test_the_overview_is_kept_until_a_table_behind_it_changes(services, svc) -> None:
    """Shown again, the overview is the same list (no reload); every kind of edit shows."""
    plan = _plan(services, svc)
    area = svc.add_area(plan.id, AreaInput("Samverkan"))
    action = svc.add_action(area.id, ActionInput("Första"))
    first = svc.overview()
    assert svc.overview() is first
    svc.update_action(action.id, ActionInput("Ändrad"), expected_version=action.version)
    changed = svc.overview()
    assert changed is not first and [r.what for r in changed] == ["Ändrad"]
    svc.add_action(area.id, ActionInput("Andra"))
    assert [r.what for r in svc.overview()] == ["Ändrad", "Andra"]
    svc.delete_action(action.id)
    assert [r.what for r in svc.overview()] == ["Andra"]
    svc.update_area(area.id, AreaInput("Skola"), expected_version=area.version)
    assert [r.area_name for r in svc.overview()] == ["Skola"]
    assert svc.overview() is svc.overview()


def test_after_an_edit_the_overview_reads_again_only_the_plans_it_touched(services, svc) -> None:
    """An action's edit reads its plan's rows again; every other plan's rows are kept (the
    same objects, so a view filters and sorts only the new ones), a municipality ticked into
    the programme keeps the whole list; after every kind of edit the list is exactly what a
    new service reads."""
    areas = {}
    for code in ("0586", "0580", "0114"):
        plan = _plan(services, svc, code)
        area = svc.add_area(plan.id, AreaInput(f"Samverkan {code}"))
        svc.add_action(area.id, ActionInput("Första", "Enhetschef", due_date=date(2026, 5, 1)))
        svc.add_action(area.id, ActionInput("Andra"))
        areas[code] = area

    def fresh() -> list:
        return ActionPlanService(services.db).overview()

    first = svc.overview()
    edited = next(r for r in first if r.area_id == areas["0580"].id)
    action = svc.action(edited.action_id)
    svc.update_action(action.id, ActionInput("Ändrad"), expected_version=action.version)
    after = svc.overview()
    assert after == fresh() and "Ändrad" in [r.what for r in after]
    kept = {id(r) for r in first}
    assert [id(r) in kept for r in after] == [r.plan_id != edited.plan_id for r in after]

    m = services.municipalities.details(services.municipalities.by_code("0114").id)
    services.municipalities.update(
        m.id, expected_version=m.version, in_programme=not m.in_programme, notes="Ny notering"
    )
    assert svc.overview() is after

    area = areas["0586"]
    moved = svc.add_action(area.id, ActionInput("Tredje"))
    other = _plan(services, svc, "0115")
    steps = [
        lambda: svc.move_action(moved.id, -2),
        lambda: svc.delete_action(moved.id),
        lambda: svc.restore_action(moved.id),
        lambda: svc.update_area(area.id, AreaInput("Skola"), expected_version=area.version),
        lambda: svc.add_area(area.plan_id, AreaInput("Kompetens"), position=0),
        lambda: svc.delete_area(areas["0114"].id),
        lambda: svc.add_action(
            svc.add_area(other.id, AreaInput("Första området")).id, ActionInput("Ny")
        ),
        lambda: svc.delete_plan(areas["0580"].plan_id),
        lambda: svc.restore_plan(areas["0580"].plan_id),
        lambda: svc.restore_area(areas["0114"].id),
    ]
    for number, step in enumerate(steps):
        step()
        assert svc.overview() == fresh(), number


def test_versions_and_follow_up_keep_the_agreed_plan(services, svc) -> None:
    plan = _plan(services, svc)
    area = svc.add_area(plan.id, AreaInput("Kompetens"))
    action = svc.add_action(area.id, ActionInput("Mentorskap"))
    plan = svc.update_plan(
        plan.id, PlanInput(PlanStatus.AGREED, plan.received_on, plan.owner), expected_version=1
    )
    first = services.plan_versions.save_version(plan.id, "Som överenskommen")
    assert first.number == 1 and svc.get(plan.id).revision == 1
    svc.update_action(
        action.id,
        ActionInput("Mentorskap ändrad", status=ActionStatus.DONE),
        expected_version=action.version,
    )
    m = services.municipalities.by_code("0586")
    visit = services.visits.create(
        VisitInput(m.id, VisitKind.FOLLOW_UP, date(2026, 10, 5), status=VisitStatus.HELD)
    )
    assert not next(r for r in svc.summaries() if r.plan_id == plan.id).has_follow_up
    follow = services.follow_ups.start_follow_up(plan.id, visit.id)
    assert follow.held_on == date(2026, 10, 5) and follow.baseline_version == 1
    summary = next(r for r in svc.summaries() if r.plan_id == plan.id)
    assert summary.has_follow_up and summary.municipality_id == m.id
    assert (summary.area_count, summary.action_count) == (1, 1)
    assert follow.baseline.action(action.id).what == "Mentorskap"
    assert follow.baseline.action(action.id).status is ActionStatus.NOT_STARTED
    assert follow.action_status[action.id] is ActionStatus.DONE
    services.follow_ups.record_action(
        follow.id, action.id, ActionStatus.DONE, "Alla nya har mentor"
    )
    services.follow_ups.record_area(follow.id, area.id, Assessment.CLEARLY_IMPROVED, "Stabilare")
    services.follow_ups.record_summary(follow.id, "Bra arbete")
    again = services.follow_ups.follow_up(plan.id)
    assert again.action_comment[action.id] == "Alla nya har mentor"
    assert again.area_assessment[area.id] is Assessment.CLEARLY_IMPROVED
    assert again.summary == "Bra arbete"
    area2 = svc.add_area(plan.id, AreaInput("Placeringar"))
    late = svc.add_action(area2.id, ActionInput("Rekrytera familjehem"))
    services.follow_ups.record_action(follow.id, late.id, ActionStatus.POSTPONED, "Nästa år")
    assert svc.action(late.id).status is ActionStatus.POSTPONED  # the plan follows the finding
    assert svc.get(plan.id).status is PlanStatus.FOLLOWED_UP
    fields = {h.field for h in services.plan_versions.history(plan.id)}
    assert {"follow_up_comment", "assessment", "summary", "revision"} <= fields
    with pytest.raises(ValidationError):
        services.follow_ups.start_follow_up(plan.id)


def test_clear_errors_for_missing_plan(services, svc) -> None:
    with pytest.raises(NotFoundError, match="0586"):
        svc.plan_for_code("0586")
    _plan(services, svc)
    with pytest.raises(NotFoundError, match="Mjölby"):
        services.follow_ups.follow_up_for_code("0586")


def test_whole_plan_and_follow_up_in_one_transaction(services, svc) -> None:
    m = services.municipalities.by_code("1265")
    bad = [(AreaInput("Kompetens"), [ActionInput("Mentor"), ActionInput("  ")])]
    with pytest.raises(ValidationError) as err:
        svc.create_plan_with(m.id, PlanInput(), bad)
    assert err.value.field == "what"
    assert svc.plan_for(m.id) is None  # nothing written
    plan = svc.create_plan_with(
        m.id,
        PlanInput(PlanStatus.AGREED, owner="Eva"),
        [
            (AreaInput("Kompetens"), [ActionInput("Mentor"), ActionInput("Handledning")]),
            (AreaInput("Samverkan"), [ActionInput("SIP-rutin")]),
        ],
    )
    assert [[a.what for a in area.actions] for area in plan.areas] == [
        ["Mentor", "Handledning"],
        ["SIP-rutin"],
    ]
    first, second, third = plan.actions()
    svc.set_statuses({first.id: ActionStatus.ONGOING})
    follow = services.follow_ups.start_follow_up(plan.id)
    services.follow_ups.record_follow_up(
        follow.id,
        actions={second.id: (ActionStatus.DONE, "Klart"), third.id: (None, "Ej bedömd")},
        areas={plan.areas[0].id: (Assessment.SOMEWHAT_IMPROVED, "Bättre")},
        summary="Sammanfattning",
    )
    again = services.follow_ups.follow_up(plan.id)
    assert again.action_status[first.id] is ActionStatus.ONGOING
    assert again.action_status[second.id] is ActionStatus.DONE
    assert again.action_comment[third.id] == "Ej bedömd"
    assert again.area_note[plan.areas[0].id] == "Bättre" and again.summary == "Sammanfattning"
    created = [
        h
        for h in services.plan_versions.history(plan.id)
        if h.field == "created" and h.subject != "follow_up"
    ]
    assert len(created) == 1 + 2 + 3  # plan, areas, actions


def test_a_deleted_plan_comes_back_unless_a_new_one_was_made(services, svc) -> None:
    plan = _plan(services, svc)
    svc.delete_plan(plan.id)
    assert svc.plan_for(plan.municipality_id) is None
    svc.restore_plan(plan.id)
    assert svc.plan_for(plan.municipality_id).id == plan.id
    svc.restore_plan(plan.id)  # restoring a live plan changes nothing
    assert [h.field for h in services.plan_versions.history(plan.id)].count("restored") == 1
    svc.delete_plan(plan.id)
    newer = svc.create_plan(plan.municipality_id)
    with pytest.raises(ValidationError):
        svc.restore_plan(plan.id)
    assert svc.plan_for(plan.municipality_id).id == newer.id


def test_a_follow_up_edit_made_on_values_changed_meanwhile_is_refused(services, svc) -> None:
    """record_action / record_area with ``typed_over``: the values the edit was made on. When
    another window (a sync's pull) recorded others meanwhile, the edit is refused as stale and
    the other values stay; made on the stored values, it is saved."""
    plan = _plan(services, svc)
    area = svc.add_area(plan.id, AreaInput("Samverkan"))
    action = svc.add_action(area.id, ActionInput("Rutin"))
    follow = services.follow_ups.start_follow_up(plan.id)
    follow_ups = services.follow_ups
    follow_ups.record_action(follow.id, action.id, ActionStatus.ONGOING, "Annan dator")
    follow_ups.record_area(follow.id, area.id, Assessment.CLEARLY_IMPROVED, "Annan dator")
    with pytest.raises(StaleEditError):
        follow_ups.record_action(
            follow.id, action.id, ActionStatus.DONE, "Min", typed_over=(None, "")
        )
    with pytest.raises(StaleEditError):
        follow_ups.record_area(follow.id, area.id, None, "Min", typed_over=(None, ""))
    stored = follow_ups.follow_up(plan.id)
    assert stored.action_comment[action.id] == "Annan dator"
    assert stored.area_note[area.id] == "Annan dator"
    follow_ups.record_action(
        follow.id,
        action.id,
        ActionStatus.DONE,
        "Min",
        typed_over=(ActionStatus.ONGOING, "Annan dator"),
    )
    assert follow_ups.follow_up(plan.id).action_comment[action.id] == "Min"
