"""Besök's first view in a small programme (its rows read at once, on the GUI thread) reads the
visit it chooses once (issue #15: the remembered tab's start). The next visit is chosen as the
tab is built, shown or not, as once a big programme's rows are in (reading.py), and shown as
just read: not read again by id when the tab first shows. A visit loaded into the form reads
its first visit (or follow-ups) once, not once before its warnings and again with them."""

from __future__ import annotations

from datetime import date, timedelta

from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.visits import VisitInput


def _plan(main_window, code: str, day: date, kind: VisitKind = VisitKind.FIRST):
    services = main_window.ctx.services
    return services.visits.create(
        VisitInput(municipality_id=services.municipalities.by_code(code).id, kind=kind, day=day)
    )


def _counted(monkeypatch, service, name: str) -> list:
    calls: list = []
    real = getattr(service, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(service, name, counted)
    return calls


def test_the_first_view_shows_the_next_visit_as_read_with_the_rows(
    qtbot, main_window, monkeypatch
) -> None:
    today = date.today()
    _plan(main_window, "0586", today - timedelta(days=30))
    coming = _plan(main_window, "1265", today + timedelta(days=3))
    service = main_window.ctx.services.visits
    got = _counted(monkeypatch, service, "get")
    listed = _counted(monkeypatch, service, "list")
    list_rows = _counted(monkeypatch, main_window.ctx.services.visit_list, "rows")
    main_window.select_tab("visits")
    tab = main_window.tab("visits")
    assert tab.form.visit is not None and tab.form.visit.id == coming.id  # chosen, not shown yet
    qtbot.waitUntil(tab.isVisible)
    qtbot.wait(50)  # its first view (scrolled to today's visits)
    assert tab.form.visit.id == coming.id and tab.table.currentIndex().isValid()
    assert tab.form.heading.text().startswith(coming.display_title)
    # the list's rows read once (what the list shows: not every visit whole), the chosen one
    # read whole once, for the form
    assert list_rows == [()] and listed.count(()) == 0 and got == [(coming.id,)]


def test_a_loaded_visit_reads_its_first_visit_once(qtbot, main_window, monkeypatch) -> None:
    first = _plan(main_window, "0586", date(2026, 3, 4))
    follow = _plan(main_window, "0586", date(2026, 9, 10), VisitKind.FOLLOW_UP)
    tab = main_window.tab("visits")
    service = main_window.ctx.services.visits
    follow_ups = _counted(monkeypatch, service, "follow_ups_of")
    firsts = _counted(monkeypatch, service, "first_visit_of")
    tab.select_visit(first.id)
    assert tab.form.visit.id == first.id and len(follow_ups) == 1 and firsts == []
    assert "2026-09-10" in tab.form.linked.value.text()
    tab.select_visit(follow.id)
    assert tab.form.visit.id == follow.id and len(firsts) == 1 and len(follow_ups) == 1
    assert "2026-03-04" in tab.form.linked.value.text()
