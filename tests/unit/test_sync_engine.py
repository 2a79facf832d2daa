"""Sync (issue #20): two laptops (two SQLite files) and one PostgreSQL server, as users meet it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from samordnare_desktop.domain.sync import (
    sync_base,
    sync_conflict,
    sync_outbox,
    sync_receipt,
    sync_row,
    sync_state,
)
from samordnare_desktop.domain.visit import Visit
from samordnare_desktop.services.registry import Services
from tests.factories import make_visit
from tests.unit.sync_helpers import Laptop, edit_visit, laptop_at


@pytest.fixture
def server(pg_url: str) -> Iterator[Any]:
    """The team's server: a fresh database on a real PostgreSQL server (tests/pg.py)."""
    from samordnare_desktop.services.startup import open_server_database

    found = open_server_database(pg_url)
    yield found
    found.close()


@pytest.fixture
def a(tmp_path: Path) -> Iterator[Laptop]:
    yield from laptop_at(tmp_path, "anna")


@pytest.fixture
def b(tmp_path: Path) -> Iterator[Laptop]:
    yield from laptop_at(tmp_path, "bertil")


def _visit(laptop: Laptop, visit_id) -> Any:
    with laptop.db.read() as s:
        return s.get(Visit, visit_id)


def test_a_change_is_noted_in_the_outbox_and_a_pull_writes_none(a: Laptop) -> None:
    visit = make_visit(a.services, venue_name="Stadshuset")
    with a.db.read() as s:
        noted = {r.row_id for r in s.connection().execute(select(sync_outbox))}
    assert visit.id in noted


def test_two_laptops_editing_different_fields_of_one_visit_end_with_both(
    a: Laptop, b: Laptop, server: Any
) -> None:
    visit = make_visit(a.services, venue_name="Stadshuset")
    first = a.sync.sync(server)
    assert first.pushed > 0 and first.conflicts == 0
    pulled = b.sync.sync(server)
    assert pulled.conflicts == 0
    assert _visit(b, visit.id).venue_name == "Stadshuset"

    from datetime import date

    edit_visit(a, visit.id, venue_name="Folkets hus")
    edit_visit(b, visit.id, day=date(2026, 3, 11))
    assert a.sync.sync(server).conflicts == 0
    assert b.sync.sync(server).conflicts == 0
    a.sync.sync(server)
    for laptop in (a, b):
        row = _visit(laptop, visit.id)
        assert (row.venue_name, row.day) == ("Folkets hus", date(2026, 3, 11))
    with server.engine.connect() as conn:
        on_server = conn.execute(
            select(Visit.__table__).where(Visit.__table__.c.id == visit.id)
        ).one()
        assert (on_server.venue_name, on_server.day) == ("Folkets hus", date(2026, 3, 11))
        who = conn.execute(
            select(sync_row.c.user_name).where(sync_row.c.row_id == visit.id)
        ).scalar()
        assert who == "bertil"
    assert a.sync.status().waiting == 0 and b.sync.status().waiting == 0


def test_both_editing_the_venue_is_a_conflict_with_both_values_and_resolving_converges(
    a: Laptop, b: Laptop, server: Any
) -> None:
    visit = make_visit(a.services, venue_name="Stadshuset")
    a.sync.sync(server)
    b.sync.sync(server)
    edit_visit(a, visit.id, venue_name="Folkets hus")
    edit_visit(b, visit.id, venue_name="Biblioteket")
    assert a.sync.sync(server).conflicts == 0
    result = b.sync.sync(server)
    assert result.conflicts == 1
    (conflict,) = b.sync.conflicts()
    assert (conflict.local_value, conflict.server_value) == ("Biblioteket", "Folkets hus")
    assert conflict.server_user == "anna"
    assert conflict.label.endswith(": Plats") and "Mjölby" in conflict.label
    assert _visit(b, visit.id).venue_name == "Folkets hus"  # the server's value for now
    assert b.sync.decided() == []
    b.sync.resolve(conflict.id, "local")
    assert b.sync.conflicts() == []
    # the decided conflict stays readable: both values, when it was decided (issue #20)
    (kept,) = b.sync.decided()
    assert (kept.id, kept.local_value, kept.server_value) == (
        conflict.id,
        "Biblioteket",
        "Folkets hus",
    )
    assert kept.label == conflict.label and kept.server_user == "anna"
    assert conflict.resolved_at is None and kept.resolved_at is not None
    assert kept.resolved_at >= kept.detected_at
    assert b.sync.decided(limit=0) == []
    assert b.sync.sync(server).conflicts == 0
    assert [c.id for c in b.sync.decided()] == [conflict.id]  # a sync keeps it
    a.sync.sync(server)
    assert _visit(a, visit.id).venue_name == "Biblioteket"
    assert _visit(b, visit.id).venue_name == "Biblioteket"


def test_an_undecided_conflict_shows_the_servers_newer_value_and_keeping_it_undoes_nothing(
    a: Laptop, b: Laptop, server: Any
) -> None:
    """A conflict left undecided while the other laptop edits the field again: the dialog shows
    the server's value as it is now, and "keep the server's" keeps that, not the older one."""
    visit = make_visit(a.services, venue_name="Stadshuset")
    a.sync.sync(server)
    b.sync.sync(server)
    edit_visit(a, visit.id, venue_name="Folkets hus")
    edit_visit(b, visit.id, venue_name="Biblioteket")
    a.sync.sync(server)
    assert b.sync.sync(server).conflicts == 1
    edit_visit(a, visit.id, venue_name="Rådhuset")  # a's later edit, while b has not decided
    a.sync.sync(server)
    b.sync.sync(server)
    (conflict,) = b.sync.conflicts()
    assert (conflict.local_value, conflict.server_value) == ("Biblioteket", "Rådhuset")
    b.sync.resolve(conflict.id, "server")
    b.sync.sync(server)
    a.sync.sync(server)
    assert _visit(a, visit.id).venue_name == "Rådhuset"
    assert _visit(b, visit.id).venue_name == "Rådhuset"


def test_a_deleted_visit_is_deleted_on_the_server_and_the_other_laptop(
    a: Laptop, b: Laptop, server: Any
) -> None:
    visit = make_visit(a.services, venue_name="Stadshuset")
    a.sync.sync(server)
    b.sync.sync(server)
    b.services.visits.delete(visit.id)
    b.sync.sync(server)
    a.sync.sync(server)
    assert _visit(a, visit.id).deleted_at is not None
    with a.db.read() as s:  # the base keeps no copy of a deleted row
        data = (
            s.connection()
            .execute(select(sync_base.c.data).where(sync_base.c.row_id == visit.id))
            .scalar()
        )
    assert data is None


def _base_texts(laptop: Laptop) -> str:
    with laptop.db.read() as s:
        conn = s.connection()
        return " ".join(
            str(v)
            for table in (sync_base, sync_conflict, sync_state)
            for row in conn.execute(select(table))
            for v in row
        )


def test_an_erased_person_is_gone_from_the_server_and_every_laptop_and_their_bases(
    a: Laptop, b: Laptop, server: Any
) -> None:
    """A contact is deleted, a participant's person anonymised, a mention in notes replaced:
    on the server and on the other laptop too, and no copy is left in sync's own tables."""
    from samordnare_desktop.domain.municipality import Contact
    from samordnare_desktop.domain.participant import Person
    from samordnare_desktop.services.municipalities import ContactInput
    from samordnare_desktop.services.participants import PersonInput

    visit = make_visit(a.services, venue_name="Stadshuset", notes="Kanarieqq7 Ek ringer")
    a.services.participants.add(visit.id, PersonInput("Kanarieqq7 Ek"))
    mjolby = a.services.municipalities.by_code("0586")
    a.services.municipalities.add_contact(
        mjolby.id, ContactInput("Kanarieqq7 Ek", "Enhetschef", "Socialförvaltningen")
    )
    a.sync.sync(server)
    b.sync.sync(server)
    with b.db.read() as s:
        person_id = s.scalars(select(Person.id).where(Person.name == "Kanarieqq7 Ek")).one()
        contact_id = s.scalars(select(Contact.id).where(Contact.name == "Kanarieqq7 Ek")).one()
    assert "Kanarieqq7" in _base_texts(b)

    a.services.privacy.erase_person("Kanarieqq7 Ek", include_backups=False)
    assert "Kanarieqq7" not in _base_texts(a)
    a.sync.sync(server)
    b.sync.sync(server)
    for laptop in (a, b):
        with laptop.db.read() as s:
            assert s.get(Contact, contact_id) is None
            assert s.get(Person, person_id).name == "Borttagen person"
            assert "Kanarieqq7" not in s.get(Visit, visit.id).notes
        assert "Kanarieqq7" not in _base_texts(laptop)
    with server.engine.connect() as conn:
        contacts = Contact.__table__
        assert conn.execute(select(contacts).where(contacts.c.id == contact_id)).first() is None
        people = Person.__table__
        assert (
            conn.execute(select(people.c.name).where(people.c.id == person_id)).scalar()
            == "Borttagen person"
        )
        notes = conn.execute(
            select(Visit.__table__.c.notes).where(Visit.__table__.c.id == visit.id)
        ).scalar()
        assert "Kanarieqq7" not in notes
        deleted = conn.execute(
            select(sync_row.c.deleted).where(sync_row.c.row_id == contact_id)
        ).scalar()
        assert deleted is True


def test_a_push_whose_acknowledgement_is_lost_is_sent_again_and_applied_once(
    a: Laptop, b: Laptop, server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from samordnare_desktop.services.sync import SyncService

    visit = make_visit(a.services, venue_name="Stadshuset")
    a.sync.sync(server)
    b.sync.sync(server)
    edit_visit(a, visit.id, venue_name="Folkets hus")

    def lost(*_args: Any, **_kwargs: Any) -> int:
        raise ConnectionError("the acknowledgement never came")

    monkeypatch.setattr(SyncService, "_acknowledge", lost)
    with pytest.raises(ConnectionError):
        a.sync.sync(server)
    monkeypatch.undo()
    with server.engine.connect() as conn:
        receipts = conn.execute(select(sync_receipt.c.batch_id)).scalars().all()
        version = conn.execute(
            select(Visit.__table__.c.version).where(Visit.__table__.c.id == visit.id)
        ).scalar()
    edit_visit(b, visit.id, notes="B:s anteckning")  # another laptop writes in between
    b.sync.sync(server)
    with server.engine.connect() as conn:
        receipts = conn.execute(select(sync_receipt.c.batch_id)).scalars().all()
    result = a.sync.sync(server)  # the same batch again: acknowledged, not applied twice
    assert result.conflicts == 0
    with server.engine.connect() as conn:
        assert sorted(conn.execute(select(sync_receipt.c.batch_id)).scalars()) == sorted(receipts)
        row = conn.execute(select(Visit.__table__).where(Visit.__table__.c.id == visit.id)).one()
    assert row.version == version + 1  # B's edit only; A's batch was not applied a second time
    assert (row.venue_name, row.notes) == ("Folkets hus", "B:s anteckning")
    assert _visit(a, visit.id).notes == "B:s anteckning"
    assert a.sync.status().waiting == 0


def test_an_interrupted_pull_keeps_the_old_checkpoint_and_repeats_harmlessly(
    a: Laptop, b: Laptop, server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from samordnare_desktop.services.sync import engine as sync_engine

    visit = make_visit(a.services, venue_name="Stadshuset")
    a.sync.sync(server)
    before = _checkpoint(b)
    real = sync_engine.set_base

    def crash(*_args: Any, **_kwargs: Any) -> None:
        raise KeyboardInterrupt  # the power goes in the middle of the pull's transaction

    monkeypatch.setattr(sync_engine, "set_base", crash)
    with pytest.raises(KeyboardInterrupt):
        b.sync.pull(server)
    monkeypatch.setattr(sync_engine, "set_base", real)
    assert _checkpoint(b) == before
    with b.db.read() as s:
        assert s.get(Visit, visit.id) is None
        assert not s.connection().execute(select(sync_state.c.pulling)).scalar()
    b.sync.sync(server)
    assert _visit(b, visit.id).venue_name == "Stadshuset"
    assert _checkpoint(b) > before
    assert b.sync.sync(server).pulled == 0


def _checkpoint(laptop: Laptop) -> int:
    with laptop.db.read() as s:
        return s.connection().execute(select(sync_state.c.checkpoint)).scalar()


def test_a_read_only_login_pulls_the_meetings_not_the_personal_data_and_sends_nothing(
    tmp_path: Path, secure_pg: Any
) -> None:
    """The kommunikatör's laptop: the server's grants decide, not the laptop."""
    import uuid as uuid_module

    from samordnare_desktop.db import server_roles
    from samordnare_desktop.domain.participant import Person
    from samordnare_desktop.services.participants import PersonInput
    from samordnare_desktop.services.startup import open_server_database

    name = f"sync_{uuid_module.uuid4().hex[:8]}"
    secure_pg.create_database(name)
    owner = open_server_database(secure_pg.admin_url(name))
    with owner.engine.begin() as conn:
        server_roles.create_login(conn, "kom_sync", "kommunikatörens-lösen", "communicator")
    editor_laptop = next(laptop_at(tmp_path, "anna"))
    visit = make_visit(editor_laptop.services, venue_name="Stadshuset")
    editor_laptop.services.participants.add(visit.id, PersonInput("Kanarieqq7 Ek"))
    editor_laptop.sync.sync(owner)
    reader = open_server_database(
        secure_pg.network_url("kom_sync", name), password="kommunikatörens-lösen"
    )
    laptops = laptop_at(tmp_path, "eric")
    eric = next(laptops)
    try:
        eric.sync.sync(reader)
        assert _visit(eric, visit.id).venue_name == "Stadshuset"
        with eric.db.read() as s:
            assert s.scalars(select(Person).where(Person.name == "Kanarieqq7 Ek")).first() is None
        waiting = eric.sync.status().waiting
        assert waiting == 0  # the seeded rows are the server's too: nothing waits for ever
        edit_visit(eric, visit.id, venue_name="Pressrummet")
        assert eric.sync.sync(reader).pushed == 0  # the server would refuse: nothing is sent
        with owner.engine.connect() as conn:
            venue = conn.execute(
                select(Visit.__table__.c.venue_name).where(Visit.__table__.c.id == visit.id)
            ).scalar()
        assert venue == "Stadshuset"
        assert _visit(eric, visit.id).venue_name == "Pressrummet"
        assert eric.sync.status().waiting == waiting + 1  # kept, not lost
    finally:
        reader.close()
        owner.close()
        editor_laptop.db.close()
        eric.db.close()


def test_people_pushed_to_the_server_are_found_by_its_search_and_erased_ones_are_not(
    a: Laptop, server: Any
) -> None:
    from samordnare_desktop.services.participants import PersonInput

    visit = make_visit(a.services, venue_name="Stadshuset")
    a.services.participants.add(visit.id, PersonInput("Kanarieqq7 Ek"))
    a.sync.sync(server)
    on_server = Services(server)
    assert [h.name for h in on_server.privacy.search_people("kanarieqq7")] == ["Kanarieqq7 Ek"]
    a.services.privacy.erase_person("Kanarieqq7 Ek", include_backups=False)
    a.sync.sync(server)
    assert on_server.privacy.search_people("kanarieqq7") == []


def test_a_second_conflict_on_an_undecided_field_keeps_the_first_local_version(
    a: Laptop, b: Laptop, server: Any
) -> None:
    """b's first venue lives only in its conflict (the row took the server's): a second
    conflict on the same field before b decides must not drop it."""
    visit = make_visit(a.services, venue_name="Stadshuset")
    a.sync.sync(server)
    b.sync.sync(server)
    edit_visit(a, visit.id, venue_name="Folkets hus")
    edit_visit(b, visit.id, venue_name="Biblioteket")
    a.sync.sync(server)
    b.sync.sync(server)
    edit_visit(a, visit.id, venue_name="Rådhuset")
    edit_visit(b, visit.id, venue_name="Skolan")
    a.sync.sync(server)
    b.sync.sync(server)
    kept = sorted(c.local_value for c in b.sync.conflicts())
    assert kept == ["Biblioteket", "Skolan"]


def test_the_first_sync_sends_each_row_once_and_counts_rows(
    a: Laptop, server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The seeded rows were noted by the triggers and again by the first sync's "everything":
    in batches smaller than the outbox each went twice ("66245 skickade" for 33k rows)."""
    from sqlalchemy import func

    from samordnare_desktop.services.sync import codec, engine

    monkeypatch.setattr(engine, "BATCH_ROWS", 200)
    make_visit(a.services, venue_name="Stadshuset")
    with a.db.read() as s:
        conn = s.connection()
        rows = sum(
            conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in codec.tables().values()
        )
    result = a.sync.sync(server)
    assert result.pushed == rows
    with server.engine.connect() as conn:
        batches = conn.execute(select(func.count()).select_from(sync_receipt)).scalar_one()
    assert batches == -(-rows // 200)
    assert a.sync.status().waiting == 0


def test_minutes_written_for_one_item_on_two_laptops_are_both_kept_as_a_conflict(
    a: Laptop, b: Laptop, server: Any
) -> None:
    """One agenda item's minutes may exist once (a unique key): b's, not yet synced, met a's
    from the server and were silently replaced (lost). Now the server's row stands and b's
    text is a conflict b decides; keeping it sends it."""
    from samordnare_desktop.domain.minutes import MinutesInput
    from samordnare_desktop.services.agendas import AgendaItemInput

    visit = make_visit(a.services, venue_name="Stadshuset", start_time=None)
    item = a.services.agendas.add_item(visit.id, AgendaItemInput("Barnens röst", 60))
    a.sync.sync(server)
    b.sync.sync(server)
    a.services.minutes.save_item(item.id, MinutesInput("Annas anteckningar", "Beslut A"))
    b.services.minutes.save_item(item.id, MinutesInput("Bertils anteckningar", "Beslut A"))
    a.sync.sync(server)
    result = b.sync.sync(server)
    assert result.conflicts >= 1
    found = {(c.field, c.local_value, c.server_value) for c in b.sync.conflicts()}
    assert ("notes", "Bertils anteckningar", "Annas anteckningar") in found
    assert all(c.field != "*" for c in b.sync.conflicts())  # the refused row is explained
    assert b.services.minutes.get_item(item.id).notes == "Annas anteckningar"
    (notes,) = [c for c in b.sync.conflicts() if c.field == "notes"]
    assert notes.server_user == "anna"
    b.sync.resolve(notes.id, "local")
    b.sync.sync(server)
    a.sync.sync(server)
    assert a.services.minutes.get_item(item.id).notes == "Bertils anteckningar"
    assert b.sync.conflicts() == []


def test_a_local_report_giving_way_to_the_servers_keeps_its_lines(
    a: Laptop, b: Laptop, server: Any
) -> None:
    """A report (unique per organisation and period) made on both laptops: b's lines go to the
    server's report; a line for the same form on both is a conflict; none is lost."""
    import uuid as uuid_module

    from samordnare_desktop.domain.care_places import CareLine, CareReport, PlacementForm
    from samordnare_desktop.domain.organisation import Organisation

    a.sync.sync(server)
    b.sync.sync(server)
    with a.db.read() as s:
        org_id = s.scalars(select(Organisation.id).order_by(Organisation.id)).first()

    def report(laptop: Laptop, lines: dict[PlacementForm, int]) -> uuid_module.UUID:
        with laptop.db.write() as s:
            row = CareReport(id=uuid_module.uuid4(), organisation_id=org_id, period="2025")
            s.add(row)
            s.flush()
            for form, placed in lines.items():
                s.add(CareLine(id=uuid_module.uuid4(), report_id=row.id, form=form, placed=placed))
            return row.id

    kept = report(a, {PlacementForm.FAMILY_HOME: 3})
    mine = report(b, {PlacementForm.FAMILY_HOME: 5, PlacementForm.EMERGENCY_HOME: 2})
    a.sync.sync(server)
    b.sync.sync(server)
    with b.db.read() as s:
        assert s.get(CareReport, mine) is None
        lines = {
            line.form: line.placed
            for line in s.scalars(select(CareLine).where(CareLine.report_id == kept))
        }
    assert lines == {PlacementForm.FAMILY_HOME: 3, PlacementForm.EMERGENCY_HOME: 2}
    found = {(c.table, c.field, c.local_value, c.server_value) for c in b.sync.conflicts()}
    assert ("care_line", "placed", "5", "3") in found
    b.sync.sync(server)
    a.sync.sync(server)
    with a.db.read() as s:
        forms = {
            line.form for line in s.scalars(select(CareLine).where(CareLine.report_id == kept))
        }
    assert forms == {PlacementForm.FAMILY_HOME, PlacementForm.EMERGENCY_HOME}


def test_a_presenter_erased_on_an_editors_laptop_is_gone_from_the_readers_too(
    tmp_path: Path, secure_pg: Any
) -> None:
    """The kommunikatör reads agendas with their presenters (the meeting's programme, by
    design: server_roles.READER_TABLES); a presenter erased under GDPR leaves the reader's
    laptop with the next sync, as every other copy."""
    import uuid as uuid_module

    from samordnare_desktop.db import server_roles
    from samordnare_desktop.domain.agenda import AgendaItem
    from samordnare_desktop.services.agendas import AgendaItemInput
    from samordnare_desktop.services.startup import open_server_database

    name = f"sync_{uuid_module.uuid4().hex[:8]}"
    secure_pg.create_database(name)
    owner = open_server_database(secure_pg.admin_url(name))
    with owner.engine.begin() as conn:
        server_roles.create_login(conn, "kom_pres", "kommunikatörens-lösen", "communicator")
    anna = next(laptop_at(tmp_path, "anna"))
    visit = make_visit(anna.services, venue_name="Stadshuset", start_time=None)
    item = anna.services.agendas.add_item(
        visit.id, AgendaItemInput("Barnens röst", 60, presenter_name="Kanarieqq7 Ek")
    )
    anna.sync.sync(owner)
    reader = open_server_database(
        secure_pg.network_url("kom_pres", name), password="kommunikatörens-lösen"
    )
    eric = next(laptop_at(tmp_path, "eric"))
    try:
        eric.sync.sync(reader)
        with eric.db.read() as s:
            assert s.get(AgendaItem, item.id).presenter_name == "Kanarieqq7 Ek"
        anna.services.privacy.erase_person("Kanarieqq7 Ek", include_backups=False)
        anna.sync.sync(owner)
        eric.sync.sync(reader)
        with eric.db.read() as s:
            row = s.get(AgendaItem, item.id)
            assert row is not None and "Kanarieqq7" not in row.presenter_name
            assert row.title == "Barnens röst"
    finally:
        reader.close()
        owner.close()
        anna.db.close()
        eric.db.close()


def _server_visit(server: Any, visit_id) -> Any:
    with server.engine.connect() as conn:
        return conn.execute(select(Visit.__table__).where(Visit.__table__.c.id == visit_id)).one()


def test_an_edit_made_after_a_killed_sync_built_its_batch_does_not_overwrite_the_servers_value(
    a: Laptop, b: Laptop, server: Any
) -> None:
    """The sync killed after it kept its batch (``sync_state.pending``), the user edits the
    same field again, the next sync resends the kept batch: the server keeps a's value (a
    conflict). b's newer edit must not then carry a base saying b had seen a's value: the next
    push would replace it silently and a's edit would be gone everywhere (found by
    tools/sync_kill_loop.py: tokens only in a conflict by luck, or lost)."""
    visit = make_visit(a.services, venue_name="Stadshuset")
    a.sync.sync(server)
    b.sync.sync(server)
    edit_visit(a, visit.id, notes="A:s rad")
    a.sync.sync(server)
    edit_visit(b, visit.id, notes="B:s rad")
    b.sync._prepare()
    assert b.sync._next_batch() is not None  # the batch is kept; the process dies here
    edit_visit(b, visit.id, notes="B:s rad. B:s andra rad")
    b.sync.sync(server)  # the kept batch is sent: a conflict, the server keeps a's
    b.sync.sync(server)  # the newer edit goes: a conflict again, never a silent overwrite
    a.sync.sync(server)
    assert _server_visit(server, visit.id).notes == "A:s rad"
    assert _visit(a, visit.id).notes == "A:s rad"
    assert _visit(b, visit.id).notes == "A:s rad"
    kept = sorted(c.local_value for c in b.sync.conflicts())
    assert kept == ["B:s rad", "B:s rad. B:s andra rad"]


def test_an_edit_after_the_batch_of_a_field_the_batch_did_not_change_merges_against_its_base(
    a: Laptop, b: Laptop, server: Any
) -> None:
    """b's kept batch changes the venue only; a changed the notes meanwhile; b then writes notes
    of its own (not having seen a's). The acknowledgement must not record a's notes as the base
    of b's: b's next push is a conflict on the notes, not a's notes replaced without a word."""
    visit = make_visit(a.services, venue_name="Stadshuset")
    a.sync.sync(server)
    b.sync.sync(server)
    edit_visit(a, visit.id, notes="A:s rad")
    a.sync.sync(server)
    edit_visit(b, visit.id, venue_name="Folkets hus")
    b.sync._prepare()
    assert b.sync._next_batch() is not None  # killed after keeping the batch
    edit_visit(b, visit.id, notes="B:s rad")
    b.sync.sync(server)
    b.sync.sync(server)
    a.sync.sync(server)
    on_server = _server_visit(server, visit.id)
    assert (on_server.venue_name, on_server.notes) == ("Folkets hus", "A:s rad")
    for laptop in (a, b):
        row = _visit(laptop, visit.id)
        assert (row.venue_name, row.notes) == ("Folkets hus", "A:s rad")
    assert [(c.field, c.local_value) for c in b.sync.conflicts()] == [("notes", "B:s rad")]


def test_deciding_for_the_local_value_after_a_killed_sync_sends_it(
    a: Laptop, b: Laptop, server: Any
) -> None:
    """Killed after the kept batch was acknowledged (its conflict stored) but before the edit
    made meanwhile went: the user then decides the conflict for the local value. The decision
    is merged against the server's value the user saw, so it reaches the server (not taken
    for no change and undone by the next acknowledgement)."""
    visit = make_visit(a.services, venue_name="Stadshuset")
    a.sync.sync(server)
    b.sync.sync(server)
    edit_visit(a, visit.id, notes="A:s rad")
    a.sync.sync(server)
    edit_visit(b, visit.id, notes="B:s rad")
    b.sync._prepare()
    payload = b.sync._next_batch()
    edit_visit(b, visit.id, notes="B:s rad. B:s andra rad")
    applied, acks = b.sync._send(server, payload)
    assert len(b.sync._acknowledge(payload, applied, acks)[0]) == 1  # killed right after this
    (first,) = b.sync.conflicts()
    assert (first.local_value, first.server_value) == ("B:s rad", "A:s rad")
    b.sync.resolve(first.id, "local")
    assert _visit(b, visit.id).notes == "B:s rad"
    assert b.sync.sync(server).conflicts == 0
    a.sync.sync(server)
    assert _server_visit(server, visit.id).notes == "B:s rad"
    assert _visit(a, visit.id).notes == "B:s rad"
    assert _visit(b, visit.id).notes == "B:s rad"


@pytest.mark.parametrize("bertils", ["Bertils anteckningar", "Annas anteckningar"])
def test_a_refused_duplicate_counts_the_conflicts_the_user_is_shown(
    a: Laptop, b: Laptop, server: Any, bertils: str
) -> None:
    """b's minutes of an item that already has a's on the server (one per item) are refused
    by the push (noted as a whole-row conflict) and then give way to a's when the pull brings
    them (the refused row goes, with its note; what differed becomes a conflict on a's). The
    sync reported the note it had dropped too: "2 konflikter" over one to decide, or "1" over
    none when both wrote the same."""
    from samordnare_desktop.domain.minutes import MinutesInput
    from samordnare_desktop.services.agendas import AgendaItemInput

    visit = make_visit(a.services, venue_name="Stadshuset", start_time=None)
    item = a.services.agendas.add_item(visit.id, AgendaItemInput("Barnens röst", 60))
    a.sync.sync(server)
    b.sync.sync(server)
    a.services.minutes.save_item(item.id, MinutesInput("Annas anteckningar", "Beslut A"))
    b.services.minutes.save_item(item.id, MinutesInput(bertils, "Beslut A"))
    a.sync.sync(server)
    result = b.sync.sync(server)
    shown = b.sync.conflicts()
    assert result.conflicts == len(shown) == b.sync.status().conflicts
    assert len(shown) == (0 if bertils == "Annas anteckningar" else 1)


def test_a_refused_report_with_lines_counts_the_conflicts_the_user_is_shown(
    a: Laptop, b: Laptop, server: Any
) -> None:
    """A report (one per organisation and period) made on both laptops: b's is refused by the
    push and gives way to a's at the pull, its lines moving over (one a conflict). The count
    the sync reports is the conflicts left to decide."""
    import uuid as uuid_module

    from samordnare_desktop.domain.care_places import CareLine, CareReport, PlacementForm
    from samordnare_desktop.domain.organisation import Organisation

    a.sync.sync(server)
    b.sync.sync(server)
    with a.db.read() as s:
        org_id = s.scalars(select(Organisation.id).order_by(Organisation.id)).first()
    for laptop, lines in (
        (a, {PlacementForm.FAMILY_HOME: 3}),
        (b, {PlacementForm.FAMILY_HOME: 5, PlacementForm.EMERGENCY_HOME: 2}),
    ):
        with laptop.db.write() as s:
            row = CareReport(id=uuid_module.uuid4(), organisation_id=org_id, period="2025")
            s.add(row)
            s.flush()
            for form, placed in lines.items():
                s.add(CareLine(id=uuid_module.uuid4(), report_id=row.id, form=form, placed=placed))
    assert a.sync.sync(server).conflicts == 0
    result = b.sync.sync(server)
    shown = b.sync.conflicts()
    # the line refused with b's report moved to a's and goes again: nothing to decide
    assert [(c.table, c.field) for c in shown] == [("care_line", "placed")]
    assert result.conflicts == len(shown) == b.sync.status().conflicts == 1
    b.sync.sync(server)
    a.sync.sync(server)
    with a.db.read() as s:
        lines = s.scalars(select(CareLine.form)).all()
    assert sorted(lines) == sorted([PlacementForm.FAMILY_HOME, PlacementForm.EMERGENCY_HOME])
