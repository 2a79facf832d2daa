"""The exchange file (issue #20.4): one laptop's changes carried to another without a network,
sealed with a passphrase, applied with the same merge as a sync."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.domain.visit import Visit
from samordnare_desktop.services.sync import exchange
from tests.factories import make_visit
from tests.unit.sync_helpers import Laptop, edit_visit, laptop_at

PASS = "korrekt häst batteri häftklammer"


@pytest.fixture
def a(tmp_path: Path) -> Iterator[Laptop]:
    yield from laptop_at(tmp_path, "anna")


@pytest.fixture
def b(tmp_path: Path) -> Iterator[Laptop]:
    yield from laptop_at(tmp_path, "bertil")


def _visit(laptop: Laptop, visit_id: Any) -> Any:
    with laptop.db.read() as s:
        return s.get(Visit, visit_id)


def _carry(source: Laptop, target: Laptop, path: Path) -> Any:
    source.sync.export_exchange(path, PASS)
    return target.sync.import_exchange(path, PASS)


def test_a_visit_travels_by_file_and_importing_it_twice_applies_nothing(
    a: Laptop, b: Laptop, tmp_path: Path
) -> None:
    visit = make_visit(a.services, venue_name="Stadshuset", notes="Åsa ringer på måndag")
    path = tmp_path / "till-bertil.samxchg"
    written = a.sync.export_exchange(path, PASS)
    assert written > 0
    assert b"Stadshuset" not in path.read_bytes() and b"sa ringer" not in path.read_bytes()
    first = b.sync.import_exchange(path, PASS)
    assert first.pulled > 0 and first.conflicts == 0
    row = _visit(b, visit.id)
    assert (row.venue_name, row.notes) == ("Stadshuset", "Åsa ringer på måndag")
    assert b.services.visits.get(visit.id).municipality_name == "Mjölby"
    again = b.sync.import_exchange(path, PASS)
    assert (again.pulled, again.conflicts) == (0, 0)
    assert _visit(b, visit.id).version == row.version


def test_edits_of_different_fields_merge_and_the_same_field_is_a_conflict(
    a: Laptop, b: Laptop, tmp_path: Path
) -> None:
    visit = make_visit(a.services, venue_name="Stadshuset")
    _carry(a, b, tmp_path / "1.samxchg")
    edit_visit(a, visit.id, venue_name="Folkets hus")
    edit_visit(b, visit.id, day=date(2026, 3, 11))
    assert _carry(a, b, tmp_path / "2.samxchg").conflicts == 0
    row = _visit(b, visit.id)
    assert (row.venue_name, row.day) == ("Folkets hus", date(2026, 3, 11))

    edit_visit(a, visit.id, venue_name="Biblioteket")
    edit_visit(b, visit.id, venue_name="Kulturhuset")
    result = _carry(a, b, tmp_path / "3.samxchg")
    assert result.conflicts == 1
    (conflict,) = b.sync.conflicts()
    assert (conflict.local_value, conflict.server_value) == ("Kulturhuset", "Biblioteket")
    assert conflict.server_user == "anna"
    assert conflict.origin == "file"  # the other version is the file's, not a server's
    assert _visit(b, visit.id).venue_name == "Kulturhuset"  # kept until decided
    b.sync.resolve(conflict.id, "server")
    assert _visit(b, visit.id).venue_name == "Biblioteket"
    assert b.sync.conflicts() == []


def _fingerprint(laptop: Laptop) -> list[Any]:
    """Every row of every table, as the file holds it."""
    conn = sqlite3.connect(laptop.db.path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        return [(t, sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"')))) for t in tables]
    finally:
        conn.close()


def test_bad_files_are_one_clear_line_and_nothing_changes(
    a: Laptop, b: Laptop, tmp_path: Path
) -> None:
    make_visit(a.services, venue_name="Stadshuset")
    good = tmp_path / "good.samxchg"
    a.sync.export_exchange(good, PASS)
    data = good.read_bytes()
    cut = tmp_path / "cut.samxchg"
    cut.write_bytes(data[: len(data) // 2])
    garbled = tmp_path / "garbled.samxchg"
    garbled.write_bytes(data[:-40] + bytes([data[-40] ^ 0x01]) + data[-39:])
    tiny = tmp_path / "tiny.samxchg"
    tiny.write_bytes(data[:30])
    foreign = tmp_path / "report.pdf"
    foreign.write_bytes(b"%PDF-1.7\n" + os.urandom(400))
    newer = tmp_path / "newer.samxchg"
    at = len(exchange.MAGIC)
    newer.write_bytes(data[:at] + bytes([exchange.FORMAT + 1]) + data[at + 1 :])
    before = _fingerprint(b)
    cases = {
        (good, "fel lösenfras"): "Lösenfrasen öppnar inte utbytesfilen",
        (cut, PASS): "är skadad",
        (garbled, PASS): "är skadad",
        (tiny, PASS): "är ofullständig",
        (foreign, PASS): "är ingen utbytesfil från Samordnare",
        (newer, PASS): "är skriven av en nyare version av Samordnare Desktop",
    }
    for (path, passphrase), words in cases.items():
        with pytest.raises(UserError) as refused:
            b.sync.import_exchange(path, passphrase)
        message = str(refused.value)
        assert words in message and "Ingenting ändrades." in message, message
        assert "\n" not in message
    assert _fingerprint(b) == before


def test_the_file_is_written_atomically_and_an_empty_passphrase_is_refused(
    a: Laptop, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    path = out / "x.samxchg"
    path.write_bytes(b"an older file")
    with pytest.raises(UserError):
        a.sync.export_exchange(path, "")
    assert path.read_bytes() == b"an older file"
    a.sync.export_exchange(path, PASS)
    assert path.read_bytes().startswith(exchange.MAGIC)
    assert sorted(p.name for p in out.iterdir()) == ["x.samxchg"]  # no temporary file left
    with a.db.read() as s:  # an export empties no queue: the file may never arrive
        from samordnare_desktop.domain.sync import sync_outbox

        assert s.connection().execute(select(sync_outbox)).first() is not None


def test_a_file_naming_rows_the_laptop_lacks_is_one_line_and_changes_nothing(
    a: Laptop, b: Laptop, tmp_path: Path, pg_url: str
) -> None:
    """A synced laptop's file carries only its changes: a follow-up visit edited after a sync
    points to a first visit a never-synced laptop does not have. One clear line, nothing
    written (before: the import failed at commit as an unexpected error)."""
    from samordnare_desktop.domain.visit import VisitKind
    from samordnare_desktop.services.startup import open_server_database

    make_visit(a.services, venue_name="Stadshuset")
    follow_up = make_visit(a.services, kind=VisitKind.FOLLOW_UP, day=date(2026, 5, 6))
    server = open_server_database(pg_url)
    try:
        a.sync.sync(server)
    finally:
        server.close()
    edit_visit(a, follow_up.id, venue_name="Folkets hus")
    path = tmp_path / "till-bertil.samxchg"
    a.sync.export_exchange(path, PASS)
    with pytest.raises(UserError) as refused:
        b.sync.import_exchange(path, PASS)
    assert "Ingenting ändrades" in str(refused.value) or "Nothing was changed" in str(refused.value)
    assert _visit(b, follow_up.id) is None


def _plan_action(laptop: Laptop) -> Any:
    from samordnare_desktop.services.action_plans import ActionInput, AreaInput

    svc = laptop.services.action_plans
    m = laptop.services.municipalities.by_code("0586")
    plan = svc.create_plan(m.id)
    area = svc.add_area(plan.id, AreaInput("Samverkan med skola"))
    return plan, svc.add_action(area.id, ActionInput("Gemensam SIP-rutin", "Enhetschef"))


def _set_owner(laptop: Laptop, action_id: Any, owner: str) -> None:
    svc = laptop.services.action_plans
    row = svc.action(action_id)
    with laptop.db.read() as s:
        from samordnare_desktop.domain.action_plan import PlanAction

        version = s.get(PlanAction, action_id).version
    from samordnare_desktop.services.action_plans import ActionInput

    svc.update_action(
        action_id,
        ActionInput(row.what, owner, row.start_date, row.due_date, row.status),
        expected_version=version,
    )


def test_deciding_a_conflict_on_an_action_is_noted_in_the_plans_history_by_name(
    a: Laptop, b: Laptop, tmp_path: Path
) -> None:
    from samordnare_desktop.domain.action_plan import PlanChange

    plan, action = _plan_action(a)
    _carry(a, b, tmp_path / "1.samxchg")
    _set_owner(a, action.id, "Avdelningschef")
    _set_owner(b, action.id, "Socialchef")
    assert _carry(a, b, tmp_path / "2.samxchg").conflicts == 1
    (conflict,) = b.sync.conflicts()
    b.sync.resolve(conflict.id, "server")
    with b.db.read() as s:
        logged = [
            (c.subject, c.subject_label, c.field, c.old_value, c.new_value, c.changed_by)
            for c in s.scalars(
                select(PlanChange)
                .where(PlanChange.plan_id == plan.id, PlanChange.changed_by == "bertil")
                .order_by(PlanChange.created_at)
            )
        ]
    assert logged[-1] == (
        "action",
        "Gemensam SIP-rutin",
        "owner",
        "Socialchef",
        "Avdelningschef",
        "bertil",
    )
