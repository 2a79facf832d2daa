"""The action plan shows what it lacks while it is edited (never blocking a save); the plan and
follow-up open in the print preview window, the plan optionally with its checklist page."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from samordnare_desktop.domain.action_plan import PlanStatus
from samordnare_desktop.services.action_plans import ActionInput, AreaInput, PlanInput
from samordnare_desktop.ui import print_preview

TODAY = date(2026, 9, 1)


@pytest.fixture
def tab(main_window, monkeypatch):
    monkeypatch.setattr(print_preview, "available_printers", lambda: [])
    svc = main_window.ctx.services.municipalities
    m = svc.by_code("0586")
    svc.update(m.id, expected_version=svc.details(m.id).version, in_programme=True, notes="")
    tab = main_window.tab("action_plans")
    tab.today = lambda: TODAY
    main_window.select_tab("action_plans")
    tab.refresh()
    return tab


def _plan(tab):
    svc = tab.ctx.services.action_plans
    m = tab.ctx.services.municipalities.by_code("0586")
    plan = svc.create_plan(m.id, PlanInput(PlanStatus.DRAFT))
    area = svc.add_area(plan.id, AreaInput("Samverkan med skola"))
    action = svc.add_action(area.id, ActionInput("Rutin för SIP", due_date=date(2026, 6, 1)))
    tab.refresh()
    assert tab.select_code("0586")
    return plan, area, action


def _lines(tab) -> list[str]:
    items = tab.plan_page.completeness.list
    return [items.item(i).text() for i in range(items.count())]


def test_missing_things_are_listed_and_go_away_as_they_are_filled_in(qtbot, tab):
    _plan_row, _area, action = _plan(tab)
    assert tab.plan_page.completeness.heading.text() == "3 saker saknas (det går alltid att spara)."
    assert _lines(tab) == [
        "Planen saknar datum då den kom in.",
        "Åtgärd 1.1 ”Rutin för SIP” saknar ansvarig.",
        "Åtgärd 1.1 ”Rutin för SIP” saknar mått på framsteg (mätbart mål / indikator).",
    ]
    # clicking an entry shows that action in the editor
    tab.plan_page.completeness.list.itemClicked.emit(tab.plan_page.completeness.list.item(1))
    assert tab.plan_page.editor.current_item.id == action.id
    form = tab.plan_page.action_form
    form.owner.setText("Enhetschef")
    form.owner.textEdited.emit("Enhetschef")
    form.indicator.setText("Minst 20 SIP per år")
    form.indicator.textEdited.emit("Minst 20 SIP per år")
    assert tab.plan_page.editor.save()
    stored = tab.ctx.services.action_plans.action(action.id)
    assert (stored.owner, stored.indicator) == ("Enhetschef", "Minst 20 SIP per år")
    assert _lines(tab) == ["Planen saknar datum då den kom in."]


def test_plan_preview_with_checklist_and_follow_up_preview(qtbot, tab):
    _plan(tab)
    tab.plan_page.checklist_box.setChecked(True)
    qtbot.mouseClick(tab.plan_page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: getattr(tab.plan_page, "last_preview", None) is not None, timeout=20_000
    )
    window = tab.plan_page.last_preview
    assert window.windowTitle() == "Handlingsplan – Mjölby"
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(window.pdf)).pages)
    assert "Checklista: det som saknas i planen" in " ".join(text.split())
    window.close()
