"""The team server's settings (no password in them) and "Test the connection" with the four bad
inputs of #20, each one Swedish line and the local database untouched; a real server."""

from __future__ import annotations

import hashlib
import json
import uuid

import pytest

from samordnare_desktop.db import credentials, encryption, keys
from samordnare_desktop.domain.errors import DatabaseError, UserError, ValidationError
from samordnare_desktop.services import server_settings as ss


def _settings(secure_pg, user: str, database: str, **changes) -> ss.ServerSettings:
    base = ss.ServerSettings(
        host="127.0.0.1",  # its certificate names 127.0.0.1 too: verify-full on loopback
        port=secure_pg.port,
        database=database,
        user=user,
        sslmode="verify-full",
        sslrootcert=str(secure_pg.ca),
    )
    return ss.ServerSettings(**{**base.__dict__, **changes})


def _fingerprint(db_path) -> tuple[str, ...]:
    """The local database's files, byte for byte (database, WAL, key file)."""
    found = []
    for path in sorted(db_path.parent.iterdir()):
        if path.is_file() and not path.name.endswith(credentials.STORE_SUFFIX):
            found.append(path.name + ":" + hashlib.sha256(path.read_bytes()).hexdigest())
    return tuple(found)


def test_settings_round_trip_without_password(db_path) -> None:
    db_path.parent.mkdir(parents=True)
    assert ss.load(db_path) is None
    saved = ss.save(db_path, ss.ServerSettings(" team.example.se ", 5433, "lag", "anna"))
    assert saved.host == "team.example.se"
    assert ss.load(db_path) == saved
    assert saved.url() == "postgresql://anna@team.example.se:5433/lag"
    assert ss.ServerSettings.from_url(saved.url()) == saved
    text = credentials.store_file_for(db_path).read_text()
    assert "password" not in json.loads(text)["server"]
    ss.clear(db_path)
    assert ss.load(db_path) is None


def test_validation_names_the_field(db_path) -> None:
    for field, settings in (
        ("host", ss.ServerSettings(" ", 5432, "d", "u")),
        ("port", ss.ServerSettings("h", 0, "d", "u")),
        ("database", ss.ServerSettings("h", 5432, "", "u")),
        ("user", ss.ServerSettings("h", 5432, "d", "")),
    ):
        with pytest.raises(ValidationError) as caught:
            ss.validate(settings)
        assert caught.value.field == field
    with pytest.raises(UserError) as caught:  # plaintext over the network: refused
        ss.validate(ss.ServerSettings("team.example.se", 5432, "d", "u", sslmode="disable"))
    assert "sslmode=disable" in caught.value.message
    ss.validate(ss.ServerSettings("127.0.0.1", 5432, "d", "u", sslmode="disable"))  # loopback


def test_tls_text() -> None:
    assert "verify-full" in ss.tls_text(ss.ServerSettings("team.example.se", 5432, "d", "u"))
    assert "kanal" in ss.tls_text(ss.ServerSettings("team.example.se", 5432, "d", "u", "require"))
    assert "loopback" in ss.tls_text(ss.ServerSettings("localhost", 5432, "d", "u"))


def test_password_kept_sealed_here(db_path) -> None:
    document, new = keys.build_key_file("lösenfras-123")
    db_path.parent.mkdir(parents=True)
    keys.write_key_file(db_path, document)
    encryption.remember_key(db_path, new.data_key)
    settings = ss.save(db_path, ss.ServerSettings("team.example.se", 5432, "lag", "anna"))
    assert "sealed" in ss.password_place_text(None, db_path) or "förseglas" in (
        ss.password_place_text(None, db_path)
    )
    assert ss.keep_password(db_path, settings, "serverns-lösen") == "sealed"
    assert ss.password_place(db_path, settings) == "sealed"
    assert ss.kept_password(db_path, settings) == "serverns-lösen"
    assert "serverns" not in credentials.store_file_for(db_path).read_text()


@pytest.fixture(scope="module")
def login(secure_pg):
    name = f"kim_{uuid.uuid4().hex[:6]}"
    secure_pg.create_login(name, "kims-lösenord")
    return name


def _new_database(secure_pg, login: str, *statements: str) -> str:
    name = f"t_{uuid.uuid4().hex[:8]}"
    secure_pg.create_database(name)
    with secure_pg.admin(name) as conn:
        conn.execute(f'GRANT ALL ON DATABASE "{name}" TO "{login}"')
        for statement in statements:
            conn.execute(statement)
        conn.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{login}"')
    return name


def test_check_an_empty_server_database(secure_pg, login) -> None:
    # a login that may create the tables (PostgreSQL 15 gives nobody but the owner CREATE on
    # public; one without it is told so, see test_server_adv20)
    name = _new_database(secure_pg, login, f'GRANT CREATE ON SCHEMA public TO "{login}"')
    settings = _settings(secure_pg, login, name)
    found = ss.check_connection(settings, "kims-lösenord")
    assert (found.user, found.tls, found.schema) == (login, True, "empty")
    assert "Ansluten: PostgreSQL 15" in found.summary() and "krypterad" in found.summary()


def test_four_bad_inputs_one_line_each_local_database_untouched(
    secure_pg, login, database, db_path
) -> None:
    before = _fingerprint(db_path)
    empty = _new_database(secure_pg, login)
    foreign = _new_database(
        secure_pg, login, "CREATE TABLE orders (id int)", "CREATE TABLE customers (id int)"
    )
    other_alembic = _new_database(
        secure_pg,
        login,
        "CREATE TABLE alembic_version (version_num varchar(32))",
        "INSERT INTO alembic_version VALUES ('ae1027a6acf')",
        "CREATE TABLE invoices (id int)",
    )
    newer = _new_database(
        secure_pg,
        login,
        "CREATE TABLE alembic_version (version_num varchar(32))",
        "INSERT INTO alembic_version VALUES ('0099_from_the_future')",
        "CREATE TABLE visit (id int)",
        "CREATE TABLE municipality (id int)",
        "CREATE TABLE person (id int)",
    )
    cases = {
        "Fel användarnamn eller lösenord": (_settings(secure_pg, login, empty), "fel-lösen"),
        "kan inte nås": (
            ss.ServerSettings("127.0.0.1", 1, "x", login, sslmode="disable"),
            "kims-lösenord",
        ),
        "nyare version": (_settings(secure_pg, login, newer), "kims-lösenord"),
        "annat program": (_settings(secure_pg, login, foreign), "kims-lösenord"),
    }
    for expected, (settings, password) in cases.items():
        with pytest.raises(DatabaseError) as caught:
            ss.check_connection(settings, password)
        message = caught.value.message
        assert expected in message and "\n" not in message, message
        assert password not in message
    with pytest.raises(DatabaseError) as caught:
        ss.check_connection(_settings(secure_pg, login, other_alembic), "kims-lösenord")
    assert "annat program" in caught.value.message
    assert _fingerprint(db_path) == before


def test_open_team_server_uses_the_saved_settings_and_sealed_password(
    secure_pg, login, db_path, monkeypatch
) -> None:
    monkeypatch.delenv(credentials.PASSWORD_ENV, raising=False)
    document, new = keys.build_key_file("lösenfras-123")
    db_path.parent.mkdir(parents=True)
    keys.write_key_file(db_path, document)
    encryption.remember_key(db_path, new.data_key)
    name = _new_database(secure_pg, login)
    with secure_pg.admin(name) as conn:
        conn.execute(f'ALTER DATABASE "{name}" OWNER TO "{login}"')
        conn.execute(f'ALTER SCHEMA public OWNER TO "{login}"')
    with pytest.raises(UserError) as caught:  # nothing set yet
        ss.open_team_server(db_path)
    assert "Ingen teamserver" in caught.value.message
    settings = ss.save(db_path, _settings(secure_pg, login, name))
    asked = []
    with pytest.raises(DatabaseError):  # no password kept, none typed
        ss.open_team_server(db_path, ask_password=lambda shown: asked.append(shown))
    assert asked == [settings.address().display()]
    ss.keep_password(db_path, settings, "kims-lösenord")
    db = ss.open_team_server(db_path)
    try:
        assert db.dialect == "postgresql" and "kims" not in (db.url or "")
        from samordnare_desktop.services.registry import Services

        assert len(Services(db).municipalities.list()) == 290  # migrated and seeded
    finally:
        db.close()
