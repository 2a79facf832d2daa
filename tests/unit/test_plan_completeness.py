"""Action-plan completeness (what the plan lacks, never blocking a save), the indicator field,
the checklist page and the share of actions done by their due date in the follow-up report."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from samordnare_desktop.domain.action_plan import ActionStatus, PlanStatus
from samordnare_desktop.services.action_plans import ActionInput, AreaInput, PlanInput
from samordnare_desktop.services.plan_completeness import (
    GapKind,
    follow_up_report_pdf,
    gaps,
    on_time,
    plan_pdf,
    summary,
)
from samordnare_desktop.services.registry import Services

TODAY = date(2026, 9, 1)


def _text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


def test_gaps_list_what_is_missing_and_saving_still_works(services: Services):
    svc = services.action_plans
    m = services.municipalities.by_code("0586")
    plan = svc.create_plan(m.id, PlanInput(PlanStatus.DRAFT))
    empty = svc.add_area(plan.id, AreaInput("Tom"))
    area = svc.add_area(plan.id, AreaInput("Skola"))
    bare = svc.add_action(area.id, ActionInput("Rutin"))  # saved although it lacks everything
    svc.add_action(
        area.id, ActionInput("Möten", "Enhetschef", None, date(2026, 12, 1), indicator="4 möten")
    )
    found = gaps(svc.get(plan.id))
    assert [g.kind for g in found] == [
        GapKind.NO_RECEIVED_DATE,
        GapKind.AREA_WITHOUT_ACTIONS,
        GapKind.NO_OWNER,
        GapKind.NO_DUE_DATE,
        GapKind.NO_MEASURE,
    ]
    assert found[1].area_id == empty.id and found[2].action_id == bare.id
    assert "Åtgärd 2.1 ”Rutin” saknar ansvarig." in [g.message for g in found]
    assert summary(found) == "5 saker saknas (det går alltid att spara)."

    svc.delete_area(empty.id)
    svc.update_action(
        bare.id,
        ActionInput("Rutin", "Chef", None, date(2026, 6, 1), measure="Antal SIP"),
        expected_version=bare.version,
    )
    svc.update_plan(plan.id, PlanInput(PlanStatus.AGREED, date(2026, 3, 2)), expected_version=None)
    assert gaps(svc.get(plan.id)) == []
    assert summary([]) == "Planen är komplett."


def test_indicator_is_stored_versioned_and_printed(services: Services):
    svc = services.action_plans
    m = services.municipalities.by_code("0586")
    plan = svc.create_plan(m.id, PlanInput(PlanStatus.AGREED, date(2026, 3, 2)))
    area = svc.add_area(plan.id, AreaInput("Skola"))
    action = svc.add_action(area.id, ActionInput("SIP", indicator="Minst 20 SIP per år"))
    assert svc.action(action.id).indicator == "Minst 20 SIP per år"
    services.plan_versions.save_version(plan.id, "Överenskommen")
    follow = services.follow_ups.start_follow_up(plan.id)
    assert follow.baseline.action(action.id).indicator == "Minst 20 SIP per år"
    text = _text(plan_pdf(svc.get(plan.id), today=TODAY, checklist=True))
    assert "Mätbart mål / indikator: Minst 20 SIP per år" in text
    assert "Checklista: det som saknas i planen" in text
    assert "Åtgärd 1.1 ”SIP” saknar ansvarig." in text
    assert "Checklista" not in _text(plan_pdf(svc.get(plan.id), today=TODAY))


def test_follow_up_report_states_the_share_done_by_the_due_date(services: Services):
    svc = services.action_plans
    m = services.municipalities.by_code("0586")
    plan = svc.create_plan(m.id, PlanInput(PlanStatus.AGREED, date(2026, 3, 2)))
    area = svc.add_area(plan.id, AreaInput("Skola"))
    early = svc.add_action(area.id, ActionInput("I tid", "A", None, date(2099, 1, 1)))
    late = svc.add_action(area.id, ActionInput("Sent", "A", None, date(2000, 1, 1)))
    svc.add_action(area.id, ActionInput("Pågår", "A", None, date(2099, 1, 1)))
    svc.add_action(area.id, ActionInput("Utan datum", "A"))
    for row in (early, late):
        data = row.as_input()
        svc.update_action(
            row.id,
            ActionInput(data.what, data.owner, None, data.due_date, ActionStatus.DONE),
            expected_version=row.version,
        )
    # only actions due by the follow-up count: "I tid" and "Pågår" are due in 2099
    figures = on_time(services.db, svc.get(plan.id), as_of=date(2026, 10, 5))
    assert (figures.done_on_time, figures.with_due_date, figures.not_yet_due) == (0, 1, 2)
    assert figures.describe() == (
        "0 av 1 åtgärder som skulle vara klara senast 2026-10-05 var klara i tid (0 %). "
        "2 som ännu inte ska vara klara räknas inte."
    )
    services.follow_ups.start_follow_up(plan.id, held_on=date(2026, 10, 5))
    text = " ".join(
        _text(
            follow_up_report_pdf(
                services.db, svc.get(plan.id), services.follow_ups.follow_up(plan.id), today=TODAY
            )
        ).split()
    )
    assert "0 av 1 åtgärder som skulle vara klara senast 2026-10-05 var klara i tid (0 %)." in text
    # by 2099 all three are due: the one done today was in time, the late one and the open not
    later = on_time(services.db, svc.get(plan.id), as_of=date(2099, 1, 1))
    assert (later.done_on_time, later.with_due_date, later.not_yet_due) == (1, 3, 0)


def test_no_action_due_yet_says_so(services: Services):
    svc = services.action_plans
    m = services.municipalities.by_code("0586")
    plan = svc.create_plan(m.id, PlanInput(PlanStatus.AGREED, date(2026, 3, 2)))
    area = svc.add_area(plan.id, AreaInput("Skola"))
    svc.add_action(area.id, ActionInput("Pågår", "A", None, date(2099, 1, 1)))
    figures = on_time(services.db, svc.get(plan.id), held_on=date(2026, 10, 5))
    assert figures.share is None
    assert figures.describe() == (
        "Ingen åtgärd skulle vara klar senast 2026-10-05 (deras datum är senare)."
    )
