"""The team server's address rules (TLS, SCRAM) and where its password is kept (#20).

Real: a PostgreSQL server with TLS and SCRAM (tests/pg_secure.py), reached as a network host;
the keyring-absent path is this machine's own (no Secret Service in a headless session).
"""

from __future__ import annotations

import json
import logging
import uuid

import keyring
import psycopg
import pytest
from keyring.backend import KeyringBackend

from samordnare_desktop.db import credentials, encryption, keys, server_url
from samordnare_desktop.domain.errors import UserError
from tests.pg_secure import SERVER_NAME


class MemoryKeyring(KeyringBackend):
    """A keyring backend as a desktop has one (here in memory)."""

    priority = -1  # never chosen by keyring on its own (set_keyring only)

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture
def no_keyring():
    """This machine as it is: the `fail` backend (checked, not assumed)."""
    assert credentials.usable_keyring() is None, "expected no keyring on a headless machine"


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _encrypted_key(db_path) -> bytes:
    """Make ``db_path`` count as an encrypted database unlocked in this process."""
    document, new = keys.build_key_file("lösenfras-123")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    keys.write_key_file(db_path, document)
    encryption.remember_key(db_path, new.data_key)
    return new.data_key


# --- the address ------------------------------------------------------------------------------
def test_network_address_without_tls_is_refused_in_one_line() -> None:
    for mode in ("disable", "allow", "prefer"):
        with pytest.raises(UserError) as caught:
            server_url.parse(f"postgresql://anna:hemligt@team.example.se/samordnare?sslmode={mode}")
        message = caught.value.message
        assert "\n" not in message and "hemligt" not in message
        assert "anna@team.example.se:5432/samordnare" in message
        assert f"sslmode={mode}" in message and "verify-full" in message


def test_loopback_may_go_without_tls() -> None:
    for host in ("localhost", "127.0.0.1", "127.8.9.1", "[::1]"):
        address = server_url.parse(f"postgresql://u@{host}:5544/db?sslmode=disable")
        assert address.loopback
        args = server_url.connect_args(address)
        assert args["sslmode"] == "disable" and "require_auth" not in args
    # a loopback name connected to another address is a network server
    sneaky = server_url.parse("postgresql://u@localhost/db?hostaddr=10.0.0.5&sslmode=require")
    assert not sneaky.loopback
    with pytest.raises(UserError):
        server_url.parse("postgresql://u@localhost/db?hostaddr=10.0.0.5&sslmode=disable")


def test_network_defaults_to_verify_full_and_scram() -> None:
    args = server_url.connect_args(server_url.parse("postgresql://anna@team.example.se/samordnare"))
    assert args["sslmode"] == "verify-full"
    assert args["sslrootcert"] == server_url.system_ca_file()
    assert args["require_auth"] == "scram-sha-256"
    assert args["connect_timeout"] == server_url.CONNECT_TIMEOUT
    loose = server_url.connect_args(
        server_url.parse("postgresql://anna@team.example.se/x?sslmode=require&connect_timeout=99")
    )
    assert loose["channel_binding"] == "require"  # unverified TLS: the login is bound to it
    assert loose["connect_timeout"] == server_url.CONNECT_TIMEOUT
    with pytest.raises(UserError):
        server_url.parse("postgresql://a@team.example.se/x?sslmode=require&channel_binding=disable")


def test_bad_addresses_are_one_line_each() -> None:
    for url in (
        "",
        "mysql://a@h/d",
        "postgresql:///db",
        "postgresql://a@h/d?options=-c%20x",
        "postgresql://a@h:99999/d",
        "postgresql://a@h/d?sslmode=sometimes",
    ):
        with pytest.raises(UserError) as caught:
            server_url.parse(url)
        assert "\n" not in caught.value.message


def test_password_in_url_never_shown_or_saved() -> None:
    address = server_url.parse("postgresql://anna:s%C3%A4ker%40@team.example.se:6543/lag")
    assert address.password == "säker@"
    for text in (address.url(), address.display(), address.account(), repr(address)):
        assert "säker" not in text and "s%C3%A4ker" not in text
    assert server_url.parse(address.url(with_password=True)).password == "säker@"
    with pytest.raises(UserError) as caught:
        server_url.parse("mysql://anna:topphemligt@h/d")
    assert "topphemligt" not in caught.value.message


# --- a real TLS + SCRAM server --------------------------------------------------------------
def _connect(url: str, password: str | None = None):
    address = server_url.parse(url).with_password(password)
    return psycopg.connect(**server_url.connect_args(address))


def test_network_connection_is_tls_verified_and_scram(secure_pg) -> None:
    name = f"anna_{uuid.uuid4().hex[:6]}"
    secure_pg.create_login(name, "rätt-lösen")
    with _connect(secure_pg.network_url(name, "postgres"), "rätt-lösen") as conn:
        ssl = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
        assert ssl == (True,)
        assert conn.info.host == SERVER_NAME
    # sslmode=require: still TLS, and the SCRAM login is bound to the channel
    with _connect(secure_pg.network_url(name, "postgres", sslmode="require"), "rätt-lösen") as c:
        assert c.pgconn.ssl_in_use
    # a certificate from another authority: refused (verify-full checks the chain)
    with pytest.raises(psycopg.OperationalError):
        _connect(secure_pg.network_url(name, "postgres", sslrootcert="/dev/null"), "rätt-lösen")


def test_plaintext_to_network_host_never_leaves_the_computer(secure_pg) -> None:
    url = secure_pg.network_url("anna", "postgres", sslmode="disable")
    with pytest.raises(UserError) as caught:
        _connect(url, "x")
    assert "sslmode=disable" in caught.value.message


def test_loopback_plain_connection_with_scram(secure_pg) -> None:
    name = f"bo_{uuid.uuid4().hex[:6]}"
    secure_pg.create_login(name, "lösen")
    with _connect(secure_pg.loopback_url(name, "postgres", sslmode="disable"), "lösen") as conn:
        assert not conn.pgconn.ssl_in_use


# --- keeping the password -------------------------------------------------------------------
ADDRESS = server_url.parse("postgresql://anna@team.example.se:5432/samordnare")


def test_no_keyring_and_unencrypted_database_keeps_nothing(db_path, no_keyring) -> None:
    db_path.parent.mkdir(parents=True)
    assert not credentials.can_store(db_path)
    with pytest.raises(UserError) as caught:
        credentials.store_password(ADDRESS, "hemligt-123", db_path)
    assert "krypter" in caught.value.message.lower() and "\n" not in caught.value.message
    assert not credentials.store_file_for(db_path).exists()
    assert credentials.stored_password(ADDRESS, db_path) is None


def test_no_keyring_seals_with_the_database_key(db_path, no_keyring, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    data_key = _encrypted_key(db_path)
    assert credentials.store_password(ADDRESS, "hemligt-123", db_path) == "sealed"
    store = credentials.store_file_for(db_path)
    raw = store.read_bytes()
    assert b"hemligt" not in raw and b"hemligt-123" not in json.dumps(json.loads(raw)).encode()
    assert store.stat().st_mode & 0o777 == 0o600
    assert credentials.stored_password(ADDRESS, db_path) == "hemligt-123"
    assert credentials.where_stored(ADDRESS, db_path) == "sealed"
    # bound to the account: copied to another server's entry it does not open
    entry = json.loads(raw)["passwords"][ADDRESS.account()]
    assert credentials.unseal(data_key, "eve@evil.example:5432/samordnare", entry) is None
    # locked database (key forgotten): nothing to read, no error
    encryption.remember_key(db_path, None)
    assert credentials.stored_password(ADDRESS, db_path) is None
    encryption.remember_key(db_path, data_key)
    # a wrong key (another database's) opens nothing
    assert credentials.unseal(b"\x01" * 32, ADDRESS.account(), entry) is None
    credentials.forget_password(ADDRESS, db_path)
    assert credentials.stored_password(ADDRESS, db_path) is None
    assert "hemligt" not in caplog.text


def test_keyring_preferred_when_there_is_one(db_path, memory_keyring) -> None:
    _encrypted_key(db_path)
    assert credentials.store_password(ADDRESS, "nyckelring-1", db_path) == "keyring"
    assert memory_keyring.items == {(credentials.SERVICE, ADDRESS.account()): "nyckelring-1"}
    assert not credentials.store_file_for(db_path).exists()  # no second copy
    assert credentials.stored_password(ADDRESS, db_path) == "nyckelring-1"
    credentials.forget_password(ADDRESS, db_path)
    assert memory_keyring.items == {}


def test_server_password_order(db_path, no_keyring, monkeypatch) -> None:
    _encrypted_key(db_path)
    credentials.store_password(ADDRESS, "sparat", db_path)
    monkeypatch.delenv(credentials.PASSWORD_ENV, raising=False)
    assert credentials.server_password(ADDRESS, db_path) == "sparat"
    monkeypatch.setenv(credentials.PASSWORD_ENV, "från-miljön")
    assert credentials.server_password(ADDRESS, db_path) == "från-miljön"
    assert credentials.server_password(ADDRESS.with_password("i-adressen"), db_path) == "i-adressen"


def test_open_server_finds_the_password_in_the_environment(secure_pg, monkeypatch) -> None:
    from samordnare_desktop.db.server import open_server

    name = f"env_{uuid.uuid4().hex[:6]}"
    secure_pg.create_login(name, "miljöns-lösen")
    database = f"envdb_{uuid.uuid4().hex[:6]}"
    secure_pg.create_database(database)
    with secure_pg.admin(database) as conn:
        conn.execute(f'ALTER DATABASE "{database}" OWNER TO "{name}"')
        conn.execute(f'ALTER SCHEMA public OWNER TO "{name}"')
    url = secure_pg.network_url(name, database)
    monkeypatch.setenv(credentials.PASSWORD_ENV, "miljöns-lösen")
    db = open_server(url)
    try:
        assert db.dialect == "postgresql" and "miljöns" not in (db.url or "")
    finally:
        db.close()


def test_verify_full_trusts_the_systems_authorities(secure_pg, monkeypatch) -> None:
    """No CA file given: the system's bundle (here: SSL_CERT_FILE naming the test CA, as an
    administrator's would); psycopg's own OpenSSL would have trusted nobody."""
    name = f"sys_{uuid.uuid4().hex[:6]}"
    secure_pg.create_login(name, "systemets-lösen")
    url = secure_pg.network_url(name, "postgres").replace(f"&sslrootcert={secure_pg.ca}", "")
    assert "sslrootcert" not in url
    monkeypatch.setenv("SSL_CERT_FILE", str(secure_pg.ca))
    assert server_url.system_ca_file() == str(secure_pg.ca)
    with _connect(url, "systemets-lösen") as conn:
        assert conn.pgconn.ssl_in_use
    monkeypatch.setenv("SSL_CERT_FILE", "/nonexistent")
    if server_url.system_ca_file() != "system":  # the real system bundle: not our test CA
        with pytest.raises(psycopg.OperationalError):
            _connect(url, "systemets-lösen")
