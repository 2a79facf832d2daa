"""Changes made between the start's read ahead and a tab's first click,
compared with a fresh read (new service objects over the same database: no cache): what the
services kept is current only while its tables do not change (issue #15; an adversary's cases)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QThreadPool

from samordnare_desktop.domain.organisation import OrganisationKind
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.organisations import OrganisationInput
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.visits import VisitInput
from samordnare_desktop.ui import background_read
from samordnare_desktop.ui.visits import tab as visits_tab
from tests.helpers import start_done


@pytest.fixture(autouse=True)
def _in_a_worker(monkeypatch) -> None:
    monkeypatch.setattr(visits_tab, "READ_IN_BACKGROUND_FROM", 1)
    monkeypatch.setattr(background_read, "READ_IN_BACKGROUND_FROM", 1)


def _ahead_done(qtbot, window) -> None:
    start_done(qtbot, window)
    assert all(a.done() for a in window.ctx.read_ahead.values())


def _open(qtbot, window, name):
    assert window.select_tab(name)
    tab = window.tab(name)
    qtbot.waitUntil(lambda: not tab.loading(), timeout=15_000)
    QThreadPool.globalInstance().waitForDone(30_000)
    qtbot.wait(50)
    return tab


def _programme(services):
    today = date.today()
    m1 = services.municipalities.by_code("0586")
    m2 = services.municipalities.by_code("1265")
    org = services.organisations.create(
        OrganisationInput(OrganisationKind.INTEREST, "Stiftelsen Förr")
    )
    a = services.visits.create(
        VisitInput(m1.id, VisitKind.FIRST, today + timedelta(days=3), title="A")
    )
    b = services.visits.create(
        VisitInput(m2.id, VisitKind.FIRST, today + timedelta(days=9), title="B")
    )
    c = services.visits.create(
        VisitInput(None, VisitKind.OTHER, today + timedelta(days=5), organisation_ids=(org.id,))
    )
    return m1, m2, org, a, b, c


def _change_everything(services, m1, m2, org, a, b, c):
    """Moved, renamed, deleted, added, toggled: after the read ahead, before any click."""
    services.visits.update(
        b.id, VisitInput(m2.id, VisitKind.FIRST, a.day, title="B moved"), expected_version=b.version
    )
    row = services.organisations.get(org.id)
    services.organisations.update(
        org.id, OrganisationInput(row.kind, "Stiftelsen Nu"), expected_version=row.version
    )
    details = services.municipalities.details(m1.id)
    services.municipalities.update(
        m1.id, expected_version=details.version, in_programme=not details.in_programme, notes="x"
    )
    services.visits.delete(a.id)
    services.visits.create(
        VisitInput(m1.id, VisitKind.FIRST, date.today() + timedelta(days=20), title="D new")
    )


def test_besok_after_changes_matches_a_fresh_read(qtbot, main_window) -> None:
    services = main_window.ctx.services
    made = _programme(services)
    _ahead_done(qtbot, main_window)
    _change_everything(services, *made)
    tab = _open(qtbot, main_window, "visits")
    fresh = Services(services.db)
    want = fresh.visit_list.rows()
    assert sorted(map(repr, tab.model.rows())) == sorted(map(repr, want))
    assert {k: [w.kind for w in v] for k, v in tab.model.warnings.items() if v} == {
        k: [w.kind for w in v] for k, v in fresh.visit_list.warnings(want).items() if v
    }
    orgs = [tab.organisation.itemText(i) for i in range(tab.organisation.count())]
    assert "Stiftelsen Nu" in orgs and "Stiftelsen Förr" not in orgs
    assert tab.form.visit is not None


def test_deltagare_after_changes_matches_a_fresh_read(qtbot, main_window) -> None:
    from samordnare_desktop.ui.participants.visit_choices import prepare

    services = main_window.ctx.services
    made = _programme(services)
    _ahead_done(qtbot, main_window)
    _change_everything(services, *made)
    tab = _open(qtbot, main_window, "participants")
    fresh = Services(services.db)
    want = prepare(fresh.visits.choices()).labels_by_id
    assert tab._visit_labels == want
    offered = [tab.visit.itemText(i) for i in range(tab.visit.count())]
    assert sorted(offered) == sorted(want.values())


def test_oversikt_after_changes_matches_a_fresh_read(qtbot, main_window) -> None:
    services = main_window.ctx.services
    made = _programme(services)
    _ahead_done(qtbot, main_window)
    _change_everything(services, *made)
    tab = _open(qtbot, main_window, "overview")
    fresh = Services(services.db).overview.snapshot()
    assert tab.overview == fresh
