"""The Besök list's rows read ahead (VisitListService.read_ahead, issue #15): kept with their
warnings and the stamps of the list's tables, taken by the next read (one statement, the
stamps) while none of those tables changed, read again when one did; taken once."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import event

from samordnare_desktop.domain.kinds import OrganisationKind
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services import visit_list
from samordnare_desktop.services.organisations import OrganisationInput
from samordnare_desktop.services.visits import VisitInput
from tests.factories import make_visit

DAY = date.today() + timedelta(days=10)


class Statements:
    def __init__(self, services) -> None:
        self.engine = services.db.engine
        self.seen: list[str] = []
        event.listen(self.engine, "before_cursor_execute", self._record)

    def _record(self, _conn, _cursor, statement, *_rest) -> None:
        self.seen.append(statement)

    def take(self) -> list[str]:
        seen, self.seen = self.seen, []
        return [s for s in seen if s != "BEGIN"]

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._record)


@pytest.fixture
def sent(services):
    statements = Statements(services)
    yield statements
    statements.close()


@pytest.fixture
def computed(monkeypatch) -> list[int]:
    """How many rows each computation of the list's warnings was given."""
    calls: list[int] = []
    real = visit_list.all_warnings

    def counted(rows, today=None):
        calls.append(len(rows))
        return real(rows, today=today)

    monkeypatch.setattr(visit_list, "all_warnings", counted)
    return calls


def _two_on_a_day(services):
    return make_visit(services, code="0586", day=DAY), make_visit(services, code="1265", day=DAY)


def test_the_read_ahead_is_taken_by_the_next_read_with_its_warnings(
    services, sent, computed
) -> None:
    first, second = _two_on_a_day(services)
    service = services.visit_list
    sent.take()
    service.read_ahead()
    # the stamps, the rows, their organisations; the registers' stamps, municipalities and
    # organisations
    assert len(sent.take()) == 6 and computed == [2]
    rows = service.rows()
    assert len(sent.take()) == 1  # the stamps only
    assert [r.id for r in rows] == [r.id for r in visit_list.VisitListService(services.db).rows()]
    sent.take()
    warnings = service.warnings(list(reversed(rows)))  # the same rows, in another order
    assert computed == [2] and sent.take() == []
    assert set(warnings) == {first.id, second.id}
    # taken once: the next read reads, the next warnings are computed
    assert [r.id for r in service.rows()] == [r.id for r in rows]
    assert len(sent.take()) == 2
    service.warnings(rows)
    assert computed == [2, 2]


def test_a_change_after_the_read_ahead_is_read(services, sent, computed) -> None:
    first, _second = _two_on_a_day(services)
    org = services.organisations.create(OrganisationInput(OrganisationKind.OTHER, "Förening A"))
    meeting = services.visits.create(
        VisitInput(None, VisitKind.OTHER, DAY + timedelta(days=3), organisation_ids=(org.id,))
    )
    service = services.visit_list
    service.read_ahead()
    # after it: a visit saved, a visit moved, an organisation renamed
    added = make_visit(services, code="0880", day=DAY + timedelta(days=20))
    services.visits.update(
        first.id,
        VisitInput(first.municipality_id, VisitKind.FIRST, DAY + timedelta(days=1)),
        expected_version=first.version,
    )
    services.organisations.update(
        org.id, OrganisationInput(OrganisationKind.OTHER, "Förening B"), expected_version=1
    )
    sent.take()
    rows = service.rows()
    assert len(sent.take()) == 3  # the stamps, then the rows and their organisations read
    by_id = {r.id: r for r in rows}
    assert added.id in by_id and by_id[first.id].day == DAY + timedelta(days=1)
    assert by_id[meeting.id].organisation_names == ("Förening B",)
    warnings = service.warnings(rows)
    assert computed == [3, 4]  # computed for the rows read now: no longer on the same day
    assert first.id not in warnings


def test_warnings_of_other_rows_or_another_day_are_computed(services, computed) -> None:
    _two_on_a_day(services)
    service = services.visit_list
    service.read_ahead()
    rows = service.rows()
    service.warnings(rows, today=date.today() + timedelta(days=1))
    assert computed == [2, 2]
    service.read_ahead()
    rows = service.rows()
    service.warnings(rows[:1])
    assert computed == [2, 2, 2, 1]


def test_the_registers_read_ahead_are_taken_once_while_their_tables_do_not_change(
    services, sent
) -> None:
    service = services.visit_list
    service.read_ahead()
    sent.take()
    municipalities, organisations = service.registers()
    assert len(sent.take()) == 1  # the stamps only
    assert municipalities == services.municipalities.list()
    assert organisations == services.organisations.list(include_deleted=True)
    sent.take()
    assert service.registers() == (municipalities, organisations)  # taken once: read now
    assert len(sent.take()) == 2
    # a municipality taken into the programme after the read ahead: read again, as it is now
    service.read_ahead()
    mjolby = services.municipalities.by_code("0586")
    services.municipalities.update(
        mjolby.id, expected_version=None, in_programme=not mjolby.in_programme, notes=""
    )
    sent.take()
    municipalities, _organisations = service.registers()
    assert len(sent.take()) == 3  # the stamps, then both read
    assert next(m for m in municipalities if m.code == "0586").in_programme != mjolby.in_programme


def test_the_choices_read_ahead_are_taken_once_while_their_tables_do_not_change(
    services, sent
) -> None:
    first, second = _two_on_a_day(services)
    visits = services.visits
    ahead = visits.read_choices_ahead()
    assert [c.id for c in ahead] == [c.id for c in visits.choices()]  # the second: read now
    visits.read_choices_ahead()
    sent.take()
    kept = visits.choices()
    assert len(sent.take()) == 1  # the stamps only
    assert {c.id for c in kept} == {first.id, second.id}
    # a visit deleted after the read ahead: read again, without it
    visits.read_choices_ahead()
    visits.delete(first.id)
    assert [c.id for c in visits.choices()] == [second.id]
