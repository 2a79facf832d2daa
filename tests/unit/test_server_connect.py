"""Every way a connection to the team server fails is one clear Swedish line (#20), against a
real TLS+SCRAM server and against sockets that behave like broken ones."""

from __future__ import annotations

import contextlib
import socket
import threading
import uuid
from collections.abc import Iterator

import pytest

from samordnare_desktop.db import server_connect, server_url
from samordnare_desktop.domain.errors import DatabaseError
from tests.pg_secure import PLAINTEXT_LOGIN, TRUSTED_LOGIN


def _fails(url: str, password: str | None = None) -> str:
    address = server_url.parse(url).with_password(password)
    with pytest.raises(Exception) as caught:
        server_connect.connect(address).close()
    assert server_connect.is_connect_error(caught.value)
    error = server_connect.explain(caught.value, address)
    assert isinstance(error, DatabaseError)
    message = error.message
    assert "\n" not in message and "Traceback" not in message
    if password:
        assert password not in message
    return message


@pytest.fixture(scope="module")
def login(secure_pg):
    name = f"eva_{uuid.uuid4().hex[:6]}"
    secure_pg.create_login(name, "rätt-lösenord")
    return name


def test_wrong_password(secure_pg, login, monkeypatch) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    message = _fails(secure_pg.network_url(login, "postgres"), "fel-lösenord")
    assert message.startswith("Fel användarnamn eller lösenord")
    assert f"{login}@teamserver.test" in message


def test_a_deactivated_login_is_told_so_not_that_the_server_is_unreachable(secure_pg) -> None:
    """A login turned NOLOGIN (a user deactivated in Arkiv > Användare) is refused by the server
    with "not permitted to log in": it heard "cannot be reached (nothing answers there)"."""
    name = f"avslutad_{uuid.uuid4().hex[:6]}"
    secure_pg.create_login(name, "rätt-lösenord")
    with secure_pg.admin() as conn:
        conn.execute(f'ALTER ROLE "{name}" NOLOGIN')
    message = _fails(secure_pg.network_url(name, "postgres"), "rätt-lösenord")
    assert "avstängd" in message and "inget svarar" not in message, message


def test_no_password_saved(secure_pg, login, monkeypatch) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    assert "inget är sparat" in _fails(secure_pg.network_url(login, "postgres"))


def test_unknown_database(secure_pg, login) -> None:
    assert "ingen databas" in _fails(secure_pg.network_url(login, "finns_inte"), "rätt-lösenord")


def test_server_without_scram_is_refused(secure_pg) -> None:
    for name in (PLAINTEXT_LOGIN, TRUSTED_LOGIN):
        message = _fails(secure_pg.network_url(name, "postgres"), "vad-som-helst")
        assert "SCRAM" in message


def test_certificate_for_another_host(secure_pg, login) -> None:
    url = secure_pg.network_url(login, "postgres").replace("teamserver.test", "annan.test")
    assert "kunde inte bevisa" in _fails(url, "rätt-lösenord")


@contextlib.contextmanager
def _listener(reply: bytes | None) -> Iterator[int]:
    """A port on loopback that answers ``reply`` to anything (None: never answers); every
    socket it opened is closed at the end."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    accepted: list[socket.socket] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            accepted.append(conn)
            if reply is not None:
                with contextlib.suppress(OSError):
                    conn.recv(64)
                    conn.sendall(reply)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield sock.getsockname()[1]
    finally:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        sock.close()
        thread.join(5)
        for conn in accepted:
            conn.close()


def test_server_without_tls() -> None:
    with _listener(b"N") as port:  # the answer of a server with ssl = off
        url = f"postgresql://eva@teamserver.test:{port}/teamdb?hostaddr=127.0.0.1"
        assert "ingen krypterad anslutning" in _fails(url, "hemligt-x")


def test_unreachable_port_is_one_line() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    message = _fails(f"postgresql://eva@127.0.0.1:{port}/teamdb", "hemligt-x")
    assert "kan inte nås" in message and "lokala databasen är orörd" in message


def test_silent_server_times_out_after_five_seconds() -> None:
    with _listener(None) as port:
        url = f"postgresql://eva@teamserver.test:{port}/teamdb?hostaddr=127.0.0.1"
        assert "svarade inte inom 5 sekunder" in _fails(url, "hemligt-x")


def test_unknown_host_name() -> None:
    message = _fails("postgresql://eva@finns-inte.invalid/teamdb", "hemligt-x")
    assert "hittas inte" in message
