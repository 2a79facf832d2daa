"""Issue #15 adversary: the Besök list's hand-typed fast read (every live visit, plain SQL typed
by hand) must give the very rows the ordinary ORM read gives, for hostile rows too."""

from __future__ import annotations

import dataclasses
from datetime import date, time, timedelta

from samordnare_desktop.domain.kinds import OrganisationKind, VisitKind, VisitStatus
from samordnare_desktop.services.organisations import OrganisationInput
from samordnare_desktop.services.visits import VisitFilter, VisitInput

LONG = "Å<&>\"'😀 " * 600  # ~5,000 characters


def _hostile(services):
    m = services.municipalities.by_code("0586")
    other = services.municipalities.by_code("0180")
    orgs = services.organisations
    a = orgs.create(OrganisationInput(OrganisationKind.AGENCY, "Ölands <myndighet> & co 😀"))
    b = orgs.create(OrganisationInput(OrganisationKind.INTEREST, "aa förening"))
    c = orgs.create(OrganisationInput(OrganisationKind.UNION, "Ängel fack"))
    vs = services.visits
    made = [
        vs.create(
            VisitInput(
                m.id,
                VisitKind.FIRST,
                date(2026, 3, 4),
                title=LONG[:200],
                venue_name="<b>&amp;</b>",
                notes=LONG,
                status=VisitStatus.HELD,
            )
        ),
        vs.create(
            VisitInput(
                None,
                VisitKind.DIALOGUE,
                date(2026, 3, 4),
                time(9, 30),
                time(11, 0),
                organisation_ids=(a.id, b.id, c.id),
                title="😀",
            )
        ),
        vs.create(
            VisitInput(
                other.id,
                VisitKind.FOLLOW_UP,
                date(2026, 3, 4),
                time(8, 0),
                has_press_meeting=True,
                press_start=time(12, 15),
                press_end=time(12, 45),
                press_place="Torget & <ute>",
                press_contact_name="Åsa",
                press_contact_phone="+46 70",
                press_contact_email="a@b.se",
                organisation_ids=(c.id,),
            )
        ),
        vs.create(
            VisitInput(None, VisitKind.CONFERENCE, date(2000, 1, 1), organisation_ids=(b.id,))
        ),
        vs.create(
            VisitInput(
                m.id,
                VisitKind.ORGANISATION_VISIT,
                date(2099, 12, 31),
                organisation_ids=(a.id,),
                status=VisitStatus.CANCELLED,
            )
        ),
    ]
    orgs.delete(c.id)  # an organisation deleted after its meetings
    return made


def _fields(row):
    return dataclasses.astuple(row)


def test_fast_visit_list_equals_the_orm_read(services) -> None:
    _hostile(services)
    fast = services.visits.list()  # VisitFilter() -> the hand-typed SQL
    slow = services.visits.list(VisitFilter(date_from=date(1900, 1, 1)))  # the ORM read
    assert len(fast) == len(slow) == 5
    assert [_fields(r) for r in fast] == [_fields(r) for r in slow]


# --- Översikt's kept figures ----------------------------------------------------------------
def test_overview_sees_an_edit_when_another_row_was_stamped_in_the_future(services) -> None:
    """Översikt keeps its figures while each table's (count, newest updated_at) is unchanged
    (db/stamps.py). A row whose updated_at lies ahead of this laptop's clock (a synced row from
    a laptop whose clock ran ahead, or this laptop's clock put back) hides every later edit of
    that table: the edit's updated_at is older than the newest, the count is the same."""
    from sqlalchemy import text

    m = services.municipalities.by_code("0586")
    other = services.municipalities.by_code("0180")
    today = date.today()
    ahead = services.visits.create(VisitInput(other.id, VisitKind.FIRST, today))
    visit = services.visits.create(VisitInput(m.id, VisitKind.FIRST, today))
    with services.visits.db.engine.begin() as conn:  # one row stamped a day ahead
        conn.execute(
            text("UPDATE visit SET updated_at = '2099-01-01 00:00:00.000000' WHERE id = :i"),
            {"i": ahead.id.hex},
        )
    before = services.overview.snapshot(today)
    assert visit.id in {u.id for u in before.upcoming}
    row = services.visits.get(visit.id)
    services.visits.update(
        visit.id,
        dataclasses.replace(_input_of(row), status=VisitStatus.CANCELLED),
        expected_version=row.version,
    )
    after = services.overview.snapshot(today)
    # what the database holds: the visit is cancelled, so it is no longer coming
    assert services.visits.get(visit.id).status is VisitStatus.CANCELLED
    assert visit.id not in {u.id for u in after.upcoming}


def _input_of(row) -> VisitInput:
    return VisitInput(
        row.municipality_id, row.kind, row.day, row.start_time, row.end_time, row.status
    )


def test_visit_chooser_names_a_meeting_as_the_visit_list_does(services) -> None:
    """Deltagare's visit chooser reads its six columns itself (#15); a meeting without a
    municipality is named by its organisations there as in Besök and on documents
    (VisitRow.place_label: in name order)."""
    orgs = services.organisations
    made = [orgs.create(OrganisationInput(OrganisationKind.INTEREST, f"Org {n}")) for n in range(4)]
    # named so that name order is the reverse of id order, and every pair is tied both ways
    # (below): whether SQL hands them back by id or as inserted, some meeting's order differs
    names = ["Zeta förbund", "Myndigheten M", "Beta institutet", "Alfa förening"]
    made.sort(key=lambda o: o.id.hex)
    made = [
        orgs.update(o.id, OrganisationInput(OrganisationKind.INTEREST, n), expected_version=None)
        for o, n in zip(made, names, strict=True)
    ]
    for i in range(len(made)):
        for j in range(len(made)):
            if i != j:
                services.visits.create(
                    VisitInput(
                        None,
                        VisitKind.DIALOGUE,
                        date(2027, 1, 4) + timedelta(days=i * 4 + j),
                        organisation_ids=(made[i].id, made[j].id),
                    )
                )
    labels = {r.id: r.place_label for r in services.visits.list()}
    chosen = {c.id: c.municipality_name for c in services.visits.choices()}
    assert chosen == labels


def test_action_overview_sees_an_edit_when_another_action_was_stamped_in_the_future(
    services,
) -> None:
    """Handlingsplaner's overview of every action is kept while each table's (count, newest
    updated_at) is unchanged (ActionPlanService.overview). One action whose updated_at lies
    ahead of the clock hides every later edit of an action."""
    from sqlalchemy import text

    from samordnare_desktop.domain.action_plan import PlanStatus
    from samordnare_desktop.services.action_plans import ActionInput, AreaInput, PlanInput

    svc = services.action_plans
    m = services.municipalities.by_code("0586")
    plan = svc.create_plan(m.id, PlanInput(PlanStatus.AGREED, date(2026, 3, 1), "Eva Ek"))
    area = svc.add_area(plan.id, AreaInput("Samverkan med skola", "Nuläge", "Mål"))
    ahead = svc.add_action(area.id, ActionInput("Rutin för SIP", "Avdelningschef"))
    action = svc.add_action(area.id, ActionInput("Gemensam utbildning", "Enhetschef"))
    with svc.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE plan_action SET updated_at = '2099-01-01 00:00:00.000000' WHERE id = :i"),
            {"i": ahead.id.hex},
        )
    assert {r.owner for r in svc.overview()} == {"Avdelningschef", "Enhetschef"}
    svc.update_action(
        action.id,
        ActionInput("Gemensam utbildning", "Socialchef"),
        expected_version=action.version,
    )
    shown = {r.action_id: r.owner for r in svc.overview()}
    assert shown[action.id] == "Socialchef"  # what the database holds
