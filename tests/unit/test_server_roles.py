"""Roles on the team server, enforced by PostgreSQL itself (#20): real logins over TLS+SCRAM."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError

from samordnare_desktop.db import server_roles, server_url
from samordnare_desktop.domain.base import Base
from samordnare_desktop.domain.errors import UserError, ValidationError


def _engine(url: str, password: str | None = None):
    address = server_url.parse(url).with_password(password)
    args = server_url.connect_args(address)
    import psycopg

    return create_engine("postgresql+psycopg://", creator=lambda: psycopg.connect(**args))


@pytest.fixture(scope="module")
def team_db(secure_pg):
    """A server database with the app's tables and the group roles, owned by the admin."""
    from samordnare_desktop.domain import models  # noqa: F401  (every table on the metadata)

    name = f"team_{uuid.uuid4().hex[:8]}"
    secure_pg.create_database(name)
    admin = _engine(secure_pg.admin_url(name))
    with admin.begin() as conn:
        Base.metadata.create_all(conn)
        conn.exec_driver_sql("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)")
        server_roles.setup_roles(conn)
        server_roles.setup_roles(conn)  # idempotent
    yield name, admin
    admin.dispose()


def _login(secure_pg, team_db, role: str) -> tuple[str, str]:
    _name, admin = team_db
    login = f"{role[:4]}_{uuid.uuid4().hex[:6]}"
    with admin.begin() as conn:
        server_roles.create_login(conn, login, "ett-långt-lösen", role)
    return login, "ett-långt-lösen"


def test_reader_reads_meetings_but_the_server_refuses_personal_data(secure_pg, team_db) -> None:
    name, _admin = team_db
    login, password = _login(secure_pg, team_db, "communicator")
    reader = _engine(secure_pg.network_url(login, name), password)
    try:
        with reader.connect() as conn:
            for table in ("visit", "municipality", "organisation", "agenda_item", "app_user"):
                conn.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one()
            for table in ("person", "participant", "contact", "plan_action", "finding"):
                with pytest.raises(ProgrammingError) as caught:
                    conn.execute(text(f'SELECT * FROM "{table}"'))
                conn.rollback()
                refusal = server_roles.refusal(caught.value)
                assert refusal is not None and "\n" not in refusal.message
                assert "nekar" in refusal.message and "deltagare" in refusal.message
            with pytest.raises(ProgrammingError) as caught:  # reads, never writes
                conn.execute(text("DELETE FROM visit"))
            assert server_roles.is_denied(caught.value)
            conn.rollback()
    finally:
        reader.dispose()


def test_editor_writes_but_not_the_schema(secure_pg, team_db) -> None:
    name, _admin = team_db
    login, password = _login(secure_pg, team_db, "secretary")
    editor = _engine(secure_pg.network_url(login, name), password)
    try:
        with editor.begin() as conn:
            conn.execute(text('SELECT count(*) FROM "participant"')).scalar_one()
            conn.execute(
                text(
                    "INSERT INTO county (id, code, name, created_at, updated_at, version) "
                    "VALUES (:i, '99', 'Testlän', now(), now(), 1)"
                ),
                {"i": uuid.uuid4()},
            )
        with editor.connect() as conn:
            for statement in (
                "DROP TABLE visit",
                "DELETE FROM alembic_version",
                "CREATE TABLE mine (x int)",
            ):
                with pytest.raises(ProgrammingError) as caught:
                    conn.exec_driver_sql(statement)
                conn.rollback()
                assert server_roles.is_denied(caught.value)
    finally:
        editor.dispose()


def test_logins_are_listed_and_re_roled(secure_pg, team_db) -> None:
    _name, admin = team_db
    login, _ = _login(secure_pg, team_db, "communicator")
    with admin.begin() as conn:
        assert (login, (server_roles.READER,), True) in server_roles.logins(conn)
        server_roles.create_login(conn, login, "ett-annat-långt", "coordinator")
        found = {name: groups for name, groups, _ in server_roles.logins(conn)}
        server_roles.set_login_enabled(conn, login, False)
        # a deactivated login is still listed, marked: the owner can let it in again
        assert (login, (server_roles.EDITOR,), False) in server_roles.logins(conn)
        # a group of the server's own (NOLOGIN, with members) given our group is no login
        conn.exec_driver_sql("CREATE ROLE gruppen NOLOGIN")
        conn.exec_driver_sql("CREATE ROLE gruppmedlem LOGIN")
        conn.exec_driver_sql("GRANT gruppen TO gruppmedlem")
        conn.exec_driver_sql(f"GRANT {server_roles.READER} TO gruppen")
        listed = [name for name, _groups, _may in server_roles.logins(conn)]
        assert "gruppen" not in listed and login in listed
    assert found[login] == (server_roles.EDITOR,)


def test_password_never_in_the_server_log(secure_pg, team_db) -> None:
    _name, admin = team_db
    with admin.begin() as conn:
        conn.exec_driver_sql("SET log_statement = 'all'")
        server_roles.create_login(conn, "loggtest", "syns-inte-i-loggen", "coordinator")
        stored = conn.execute(
            text("SELECT rolpassword FROM pg_authid WHERE rolname = 'loggtest'")
        ).scalar_one()
    assert stored.startswith("SCRAM-SHA-256$")
    assert "syns-inte" not in (secure_pg.dir / "log").read_text(errors="replace")


def test_bad_login_names_and_short_passwords(secure_pg, team_db) -> None:
    _name, admin = team_db
    with admin.begin() as conn:
        for bad in ("", "Anna Berg", "samordnare_reader", "pg_x", "1abc", 'a"b'):
            with pytest.raises(ValidationError):
                server_roles.create_login(conn, bad, "ett-långt-lösen", "coordinator")
        with pytest.raises(ValidationError):
            server_roles.create_login(conn, "kort", "kort", "coordinator")
        with pytest.raises(UserError):  # the admin is not turned into an editor
            server_roles.create_login(conn, "app", "ett-långt-lösen", "coordinator")
    assert server_roles.login_from_name("Anna Åberg-Öst") == "anna.aberg.ost"


def test_reader_tables_hold_no_personal_data() -> None:
    assert not set(server_roles.READER_TABLES) & set(server_roles.PERSONAL_TABLES)
    from samordnare_desktop.domain import models  # noqa: F401

    known = set(Base.metadata.tables) | {"alembic_version"}
    assert set(server_roles.READER_TABLES) <= known


# --- through the app: open_server migrates and grants; the services as a reader --------------
@pytest.fixture(scope="module")
def app_server_db(secure_pg):
    """A server database set up as the app does it (open_server as its owner)."""
    from samordnare_desktop.services.startup import open_server_database

    name = f"app_{uuid.uuid4().hex[:8]}"
    secure_pg.create_database(name)
    db = open_server_database(secure_pg.admin_url(name))
    from samordnare_desktop.services.registry import Services
    from tests.factories import make_visit

    services = Services(db)
    visit = make_visit(services)
    from samordnare_desktop.services.participants import PersonInput

    services.participants.add(visit.id, PersonInput("Hemlig Person"))
    db.close()
    return name, visit.id


def test_reader_lists_visits_through_the_services_not_participants(secure_pg, app_server_db):
    app_server_db, visit_id = app_server_db
    from samordnare_desktop.services.registry import Services
    from samordnare_desktop.services.startup import open_server_database

    admin = _engine(secure_pg.admin_url(app_server_db))
    login = f"kom_{uuid.uuid4().hex[:6]}"
    with admin.begin() as conn:
        server_roles.create_login(conn, login, "kommunikatörens-lösen", "communicator")
    admin.dispose()
    db = open_server_database(
        secure_pg.network_url(login, app_server_db), password="kommunikatörens-lösen"
    )
    try:
        services = Services(db)
        assert [v.id for v in services.visits.list()] == [visit_id]
        assert len(services.municipalities.list()) == 290
        with pytest.raises(UserError) as caught:
            services.participants.list_for_visit(visit_id)
        message = caught.value.message
        assert message.startswith("Teamservern nekar") and "\n" not in message
        with pytest.raises(UserError) as caught:
            services.users.add("Eric Hetting")
        assert caught.value.message.startswith("Teamservern nekar")
        with pytest.raises(UserError) as caught:  # reads, never deletes a meeting
            services.visits.delete(visit_id)
        assert caught.value.message.startswith("Teamservern nekar")
        assert [v.id for v in services.visits.list()] == [visit_id]
    finally:
        db.close()


def test_reader_syncs_meetings_and_sees_no_personal_rows(secure_pg, app_server_db, database):
    """A kommunikatör's laptop pulls what the role may read (the visit); of the change log it
    sees only the rows of those tables (row security), not which persons exist or changed."""
    from samordnare_desktop.services.registry import Services
    from samordnare_desktop.services.startup import open_server_database

    name, visit_id = app_server_db
    admin = _engine(secure_pg.admin_url(name))
    login = f"syn_{uuid.uuid4().hex[:6]}"
    with admin.begin() as conn:
        server_roles.create_login(conn, login, "läsarens-långa-lösen", "communicator")
        people = conn.exec_driver_sql(
            "SELECT count(*) FROM sync_row WHERE table_name IN ('person', 'participant')"
        ).scalar_one()
    admin.dispose()
    assert people > 0
    server = open_server_database(
        secure_pg.network_url(login, name), password="läsarens-långa-lösen"
    )
    try:
        result = Services(database).sync.sync(server)
        with server.engine.connect() as conn:
            seen = {r[0] for r in conn.exec_driver_sql("SELECT DISTINCT table_name FROM sync_row")}
    finally:
        server.close()
    assert result.pushed == 0 and result.pulled > 0
    assert visit_id in {v.id for v in Services(database).visits.list()}
    assert seen and seen <= set(server_roles.READER_TABLES)


def test_editor_login_syncs_a_laptop(secure_pg, app_server_db, database):
    """The editor's grants are enough for sync (push and pull, the change log's triggers)."""
    from samordnare_desktop.services.registry import Services
    from samordnare_desktop.services.startup import open_server_database

    name, visit_id = app_server_db
    admin = _engine(secure_pg.admin_url(name))
    login = f"red_{uuid.uuid4().hex[:6]}"
    with admin.begin() as conn:
        server_roles.create_login(conn, login, "redigerarens-lösen", "secretary")
    admin.dispose()
    server = open_server_database(secure_pg.network_url(login, name), password="redigerarens-lösen")
    try:
        result = Services(database).sync.sync(server)
    finally:
        server.close()
    assert result.pulled > 0 and result.conflicts == 0
    assert visit_id in {v.id for v in Services(database).visits.list()}


def test_deactivating_a_user_disables_their_login_and_an_editor_is_told_it_did_not(
    secure_pg, app_server_db
):
    """Arkiv → Användare on the server: the login goes with the user (#20). An editor's login
    may not change logins: the user is deactivated and told, in one line, the login still
    works and what to do."""
    from samordnare_desktop.services.registry import Services
    from samordnare_desktop.services.startup import open_server_database

    name, _visit_id = app_server_db
    suffix = uuid.uuid4().hex[:6]
    person, other = f"Eric Hetting {suffix}", f"Ebba Ek {suffix}"
    owner = open_server_database(secure_pg.admin_url(name))
    try:
        with owner.engine.begin() as conn:
            server_roles.create_login(
                conn, f"eric_{suffix}", "ett-långt-lösen", "communicator", person
            )
            server_roles.create_login(
                conn, f"ebba_{suffix}", "ett-långt-lösen", "coordinator", other
            )
        users = Services(owner).users
        eric = users.add(person)
        users.deactivate(eric.id)
        assert users.login_note is not None and f"eric_{suffix}" in users.login_note
        assert "avstängd" in users.login_note
        with owner.engine.connect() as conn:
            can = conn.exec_driver_sql(
                "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (f"eric_{suffix}",)
            ).scalar_one()
        assert can is False
        from sqlalchemy.exc import OperationalError

        with pytest.raises(OperationalError):  # the login no longer connects
            _engine(secure_pg.network_url(f"eric_{suffix}", name), "ett-långt-lösen").connect()
        users.activate(eric.id)
        with owner.engine.connect() as conn:
            assert conn.exec_driver_sql(
                "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (f"eric_{suffix}",)
            ).scalar_one()
        ebba = users.add(other)
        target = users.add(f"Nils Berg {suffix}")
        with owner.engine.begin() as conn:
            server_roles.create_login(
                conn, f"nils_{suffix}", "ett-långt-lösen", "coordinator", f"Nils Berg {suffix}"
            )
    finally:
        owner.close()
    editor = open_server_database(
        secure_pg.network_url(f"ebba_{suffix}", name), password="ett-långt-lösen"
    )
    try:
        users = Services(editor).users
        users.deactivate(target.id)
        note = users.login_note
        assert note is not None and "\n" not in note and f"nils_{suffix}" in note
        assert "fungerar fortfarande" in note
        assert not users.get(target.id).active and users.get(ebba.id).active
    finally:
        editor.close()


def test_reader_syncs_a_visit_whose_host_is_a_contact(secure_pg, database):
    """A visit names its host, a contact the kommunikatör may not read: the reader's fresh laptop
    still pulls the visit (without the host, not with a link SQLite's foreign key refuses: the
    whole pull failed with "Ett oväntat fel"), and a second sync has nothing waiting."""
    from samordnare_desktop.services.contacts import ContactInput
    from samordnare_desktop.services.registry import Services
    from samordnare_desktop.services.startup import open_server_database
    from tests.factories import make_visit

    name = f"host_{uuid.uuid4().hex[:8]}"
    secure_pg.create_database(name)
    owner = open_server_database(secure_pg.admin_url(name))
    try:
        services = Services(owner)
        m = services.municipalities.by_code("0586")
        host = services.municipalities.add_contact(m.id, ContactInput("Karin Vall", "Socialchef"))
        visit = make_visit(services, municipality_id=m.id, host_contact_id=host.id)
    finally:
        owner.close()
    admin = _engine(secure_pg.admin_url(name))
    login = f"hst_{uuid.uuid4().hex[:6]}"
    with admin.begin() as conn:
        server_roles.create_login(conn, login, "läsarens-långa-lösen", "communicator")
    admin.dispose()
    server = open_server_database(
        secure_pg.network_url(login, name), password="läsarens-långa-lösen"
    )
    try:
        laptop = Services(database)
        first = laptop.sync.sync(server)
        again = laptop.sync.sync(server)
    finally:
        server.close()
    assert first.pushed == 0 and first.pulled > 0
    pulled = laptop.visits.get(visit.id)
    assert pulled.host_contact_id is None
    assert again.pushed == 0 and again.pulled == 0
    assert laptop.sync.status().waiting == 0


NOTE = "Deltagaren Sofia Hussein (sofia.hussein@example.se) berättade om sin placering"


def test_reader_may_not_read_the_notes_columns(secure_pg, team_db) -> None:
    """The coordinator's free-text notes name participants: the server refuses the reader the
    column (psql-level), and still gives it the rest of the row (the press fields too)."""
    name, _admin = team_db
    login, password = _login(secure_pg, team_db, "communicator")
    reader = _engine(secure_pg.network_url(login, name), password)
    try:
        with reader.connect() as conn:
            for table, column in sorted(
                (t, c) for t, cs in server_roles.WITHHELD_COLUMNS.items() for c in cs
            ):
                with pytest.raises(ProgrammingError) as caught:
                    conn.execute(text(f'SELECT "{column}" FROM "{table}"'))
                assert server_roles.is_denied(caught.value)
                conn.rollback()
                with pytest.raises(ProgrammingError):
                    conn.execute(text(f'SELECT * FROM "{table}"'))
                conn.rollback()
            conn.execute(text("SELECT id, title, press_place, press_contact_name FROM visit")).all()
            conn.execute(text("SELECT id, name, short_name FROM organisation")).all()
            conn.execute(text("SELECT id, code, name FROM municipality")).all()
    finally:
        reader.dispose()


def test_an_upgraded_server_takes_the_notes_from_the_reader(secure_pg) -> None:
    """A server set up before the columns were withheld (SELECT on all of visit) loses the
    reader's table-wide grant the next time the owner sets the roles up (every upgrade)."""
    from samordnare_desktop.domain import models  # noqa: F401

    name = f"upgr_{uuid.uuid4().hex[:8]}"
    secure_pg.create_database(name)
    admin = _engine(secure_pg.admin_url(name))
    try:
        with admin.begin() as conn:
            Base.metadata.create_all(conn)
            server_roles.setup_roles(conn)
            for table in server_roles.WITHHELD_COLUMNS:  # as the old setup left it
                conn.exec_driver_sql(f'GRANT SELECT ON "{table}" TO {server_roles.READER}')
            assert conn.exec_driver_sql(
                f"SELECT has_column_privilege('{server_roles.READER}', 'visit', 'notes', 'SELECT')"
            ).scalar()
            server_roles.setup_roles(conn)
            for table, columns in server_roles.WITHHELD_COLUMNS.items():
                for column in columns:
                    assert not conn.exec_driver_sql(
                        f"SELECT has_column_privilege('{server_roles.READER}', '{table}', "
                        f"'{column}', 'SELECT')"
                    ).scalar()
                assert conn.exec_driver_sql(
                    f"SELECT has_column_privilege('{server_roles.READER}', '{table}', 'id', "
                    "'SELECT')"
                ).scalar()
            assert conn.exec_driver_sql(
                f"SELECT has_column_privilege('{server_roles.EDITOR}', 'visit', 'notes', 'UPDATE')"
            ).scalar()
    finally:
        admin.dispose()


def test_reader_laptop_syncs_visits_without_the_notes(secure_pg, database):
    """The kommunikatör's laptop pulls the visits, organisations and municipalities with the
    notes left empty (the server would refuse them), a second sync has nothing waiting, and an
    editor still reads and writes the notes."""
    from samordnare_desktop.domain.kinds import OrganisationKind
    from samordnare_desktop.services.organisations import OrganisationInput
    from samordnare_desktop.services.registry import Services
    from samordnare_desktop.services.startup import open_server_database
    from tests.factories import make_visit

    name = f"notes_{uuid.uuid4().hex[:8]}"
    secure_pg.create_database(name)
    owner = open_server_database(secure_pg.admin_url(name))
    try:
        services = Services(owner)
        m = services.municipalities.by_code("0586")
        details = services.municipalities.details(m.id)
        services.municipalities.update(
            m.id, expected_version=details.version, in_programme=True, notes=NOTE
        )
        org = services.organisations.create(
            OrganisationInput(OrganisationKind.OTHER, "Föreningen Stöd", notes=NOTE)
        )
        visit = make_visit(
            services, municipality_id=m.id, notes=NOTE, press_place="Entrén", title="Besök"
        )
    finally:
        owner.close()
    admin = _engine(secure_pg.admin_url(name))
    reader_login, editor_login = f"nts_{uuid.uuid4().hex[:6]}", f"nte_{uuid.uuid4().hex[:6]}"
    with admin.begin() as conn:
        server_roles.create_login(conn, reader_login, "läsarens-långa-lösen", "communicator")
        server_roles.create_login(conn, editor_login, "redaktörens-lösen", "secretary")
    admin.dispose()
    server = open_server_database(
        secure_pg.network_url(reader_login, name), password="läsarens-långa-lösen"
    )
    try:
        laptop = Services(database)
        first = laptop.sync.sync(server)
        again = laptop.sync.sync(server)
    finally:
        server.close()
    assert first.pushed == 0 and first.pulled > 0
    pulled = laptop.visits.get(visit.id)
    assert pulled.title == "Besök" and pulled.press_place == "Entrén"
    assert pulled.notes == ""
    assert laptop.organisations.get(org.id).name == "Föreningen Stöd"
    assert laptop.organisations.get(org.id).notes == ""
    assert laptop.municipalities.details(m.id).notes == ""
    assert again.pushed == 0 and again.pulled == 0
    assert laptop.sync.status().waiting == 0
    with database.read() as s:  # nowhere in the laptop's file
        for table in server_roles.WITHHELD_COLUMNS:
            assert s.execute(text(f"SELECT count(*) FROM {table} WHERE notes <> ''")).scalar() == 0

    editor = open_server_database(
        secure_pg.network_url(editor_login, name), password="redaktörens-lösen"
    )
    try:
        services = Services(editor)
        assert services.visits.get(visit.id).notes == NOTE
        services.municipalities.update(
            m.id,
            expected_version=services.municipalities.details(m.id).version,
            in_programme=True,
            notes=NOTE + " (uppdaterad)",
        )
        assert services.municipalities.details(m.id).notes == NOTE + " (uppdaterad)"
    finally:
        editor.close()
