"""Guards for speed at ten times the programme (#15) through the real window: the statements a
select, a save and a tab switch send do not grow with the data (counted with a
``before_cursor_execute`` listener at two sizes of the same programme). No timing here: the
figures are in ``bench/tenx_interactions.py``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.participants import NewParticipant, PersonInput
from samordnare_desktop.services.visits import VisitInput

TABS = ("municipalities", "visits", "participants", "action_plans", "overview")
CODES = ("0586", "1265", "0880", "0180", "1280")


def _settle(qtbot) -> None:
    """Until nothing is left to do: events, background readers, their hand-back, timers."""
    for _ in range(3):
        QApplication.processEvents()
        QThreadPool.globalInstance().waitForDone(30_000)
        QApplication.processEvents()
        qtbot.wait(30)


def _statements(window, qtbot, action: Callable[[], object]) -> int:
    engine = window.session.services.db.engine
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_rest) -> None:
        seen.append(statement)

    _settle(qtbot)
    event.listen(engine, "before_cursor_execute", record)
    try:
        action()
        _settle(qtbot)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return len(seen)


def _grow(services, visits_each: int, start: int) -> list:
    """``visits_each`` more meetings in each of five municipalities, ten people at each."""
    made = []
    for code in CODES:
        municipality = services.municipalities.by_code(code)
        for n in range(visits_each):
            visit = services.visits.create(
                VisitInput(
                    municipality.id,
                    VisitKind.FIRST if start + n == 0 else VisitKind.OTHER,
                    date(2026, 1, 5) + timedelta(days=start + n),
                )
            )
            services.participants.add_many(
                visit.id,
                [NewParticipant(PersonInput(f"Person {code}-{start + n}-{k}")) for k in range(10)],
            )
            made.append(visit)
    return made


def _counts(window, qtbot, target, other, venue: str) -> dict[str, int]:
    for name in TABS:  # every tab built, as a day's work leaves them
        window.select_tab(name)
        _settle(qtbot)
    visits = window.tab("visits")
    visits.select_visit(other.id)  # another meeting was open
    counts = {
        "tab switch": _statements(
            window, qtbot, lambda: [window.select_tab(name) for name in (*TABS, "visits")]
        ),
        "select a visit": _statements(window, qtbot, lambda: visits.select_visit(target.id)),
    }

    def save() -> None:
        visits.form.venue_name.setText(venue)
        visits.form.save()

    counts["save a visit"] = _statements(window, qtbot, save)
    return counts


def test_select_save_and_tab_switch_send_as_many_statements_at_any_size(main_window, qtbot) -> None:
    window = main_window
    services = window.session.services
    small = _grow(services, 2, 0)
    window.ctx.bus.changed.emit("*")  # as after an import: every view reads anew
    _settle(qtbot)
    before = _counts(window, qtbot, small[3], small[0], "Kommunhuset")
    _grow(services, 10, 2)  # six times the meetings and the people
    window.ctx.bus.changed.emit("*")  # as after an import: every view reads anew
    _settle(qtbot)
    after = _counts(window, qtbot, small[3], small[0], "Stadshuset")
    assert after == before
    assert services.visits.get(small[3].id).venue_name == "Stadshuset"
    # and few (0, 19 and 32 when written; 79 for a save when #15 was filed)
    assert before["tab switch"] <= 5, before
    assert before["select a visit"] <= 30, before
    assert before["save a visit"] <= 50, before
