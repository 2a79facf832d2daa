"""What the user reads about a conflict (services/sync/labels.py): which row, which field."""

from __future__ import annotations

from datetime import date

from samordnare_desktop.domain.action_plan import PlanStatus
from samordnare_desktop.services.action_plans import ActionInput, AreaInput, PlanInput
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.sync.labels import describe


def test_an_action_is_named_by_its_words_and_its_plans_municipality(services: Services) -> None:
    svc = services.action_plans
    m = services.municipalities.by_code("0586")
    plan = svc.create_plan(m.id, PlanInput(PlanStatus.AGREED, date(2026, 3, 2), "Eva Ek"))
    area = svc.add_area(plan.id, AreaInput("Samverkan med skola"))
    action = svc.add_action(area.id, ActionInput("Gemensam SIP-rutin", "Avdelningschef"))
    long = svc.add_action(area.id, ActionInput("Möten med elevhälsan " * 10))
    with services.db.read() as s:
        label = describe(s, "plan_action", action.id, "owner")
        area_label = describe(s, "plan_area", area.id, "goal")
        long_label = describe(s, "plan_action", long.id, "what")
    assert label.startswith("Åtgärd ”Gemensam SIP-rutin”, 0586 Mjölby: "), label
    assert area_label.startswith("Utvecklingsområde ”Samverkan med skola”, 0586 Mjölby: ")
    assert "…”" in long_label and len(long_label) < 120


def test_minutes_are_named_by_their_agenda_item_and_meeting(services: Services) -> None:
    from samordnare_desktop.domain.minutes import MinutesInput
    from samordnare_desktop.services.agendas import AgendaItemInput
    from tests.factories import make_visit

    visit = make_visit(services, venue_name="Stadshuset")
    item = services.agendas.add_item(visit.id, AgendaItemInput("Barnens röst", 60))
    services.minutes.save_item(item.id, MinutesInput("Samtal", "Beslut"))
    from sqlalchemy import select

    from samordnare_desktop.domain.minutes import MinutesItem

    with services.db.read() as s:
        minutes_id = s.scalars(
            select(MinutesItem.id).where(MinutesItem.agenda_item_id == item.id)
        ).one()
        label = describe(s, "minutes_item", minutes_id, "notes")
    assert label.startswith("Minnesanteckningar ”Barnens röst”, 0586 Mjölby, "), label
    assert label.endswith(": Anteckningar")


def test_care_places_figures_are_named_by_whose_period_and_form(services: Services) -> None:
    """A conflict on care places said "care line: placed" (the table's and column's names)."""
    from sqlalchemy import select

    from samordnare_desktop.domain.care_places import (
        CareLine,
        CareReport,
        LineInput,
        PlacementForm,
        ReportInput,
    )
    from samordnare_desktop.domain.organisation import municipality_organisation_uuid

    services.care_places.save(
        ReportInput(
            municipality_organisation_uuid("0586"),
            "2025",
            {PlacementForm.HVB: LineInput(placed=12, waiting=3)},
            breakdowns=2,
        )
    )
    with services.db.read() as s:
        report_id = s.scalars(select(CareReport.id)).one()
        line_id = s.scalars(select(CareLine.id)).one()
        line = describe(s, "care_line", line_id, "placed")
        report = describe(s, "care_report", report_id, "breakdowns")
    assert line == "Vårdplatsuppgifter HVB (hem för vård eller boende), Mjölby, 2025: Placerade"
    assert report == "Vårdplatsuppgifter Mjölby, 2025: Sammanbrott"
