"""A throwaway PostgreSQL server for the tests: ``initdb`` and ``pg_ctl`` in a temporary folder,
on a free loopback port, with SCRAM passwords (so a wrong password is really refused), stopped
at the end of the session. Nothing outside the folder, no system service.

- ``SAMORDNARE_TEST_PG_URL`` set (``postgresql://user:password@host:port/postgres``, a role that
  may create databases): that server is used instead, nothing is started.
- Binaries missing (``/usr/lib/postgresql/*/bin`` or ``initdb`` on the PATH): the tests that need a
  server are skipped, unless ``SAMORDNARE_PG_REQUIRED=1`` (CI): then they fail.
- As root (CI) ``initdb`` refuses to run: the folder is given to the ``postgres`` user and both
  commands run through ``runuser -u postgres``.

Each test gets a fresh database: ``CREATE DATABASE ... TEMPLATE`` from one migrated once per
session (a few milliseconds, against about a second for the whole Alembic line).
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "samordnare_test"
TEMPLATE = "samordnare_template"


class ServerUnavailable(Exception):
    """No PostgreSQL binaries here (and none given by ``SAMORDNARE_TEST_PG_URL``)."""


def pg_bin() -> Path | None:
    """The folder with ``initdb`` and ``pg_ctl``: Debian's newest version, else the PATH."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def required() -> bool:
    return os.environ.get("SAMORDNARE_PG_REQUIRED") == "1"


@dataclass
class Server:
    """A running server: ``url(dbname)`` connects as its superuser with the password."""

    host: str
    port: int
    user: str
    password: str
    folder: Path | None = None  # ours to stop and remove; None: given by the environment
    as_postgres: bool = False
    template: str = TEMPLATE  # the migrated database each test's is copied from

    def url(self, database: str = "postgres", *, password: bool = True) -> str:
        secret = f":{self.password}" if password and self.password else ""
        return f"postgresql://{self.user}{secret}@{self.host}:{self.port}/{database}"

    def admin(self):
        """An autocommit psycopg connection to the maintenance database."""
        import psycopg

        return psycopg.connect(self.url(), autocommit=True)

    def create_database(self, template: str | None = None) -> str:
        name = f"t_{uuid.uuid4().hex[:16]}"
        with self.admin() as conn:
            conn.execute(
                f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")
            )
        return name

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self.folder is None:  # a server given by the environment: leave it as it was
            self.drop_database(self.template)
            return
        _run(self, [str(_bin("pg_ctl")), "-D", str(self.folder / "data"), "-m", "fast", "stop"])
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None


def _bin(name: str) -> Path:
    folder = pg_bin()
    assert folder is not None
    return folder / name


def _run(server_or_root: Server | bool, args: list[str]) -> None:
    as_postgres = (
        server_or_root.as_postgres if isinstance(server_or_root, Server) else server_or_root
    )
    command = ["runuser", "-u", "postgres", "--", *args] if as_postgres else args
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:2])} failed: {done.stderr.strip() or done.stdout}")


def start() -> Server:
    """Start a server in a new temporary folder (see the module's text)."""
    if pg_bin() is None:
        raise ServerUnavailable("no initdb/pg_ctl (Debian: apt-get install postgresql)")
    as_postgres = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="samordnare-pg-"))
    password = secrets.token_urlsafe(18)
    pwfile = folder / "pwfile"
    pwfile.write_text(password + "\n")
    if as_postgres:
        shutil.chown(folder, "postgres", "postgres")
        shutil.chown(pwfile, "postgres", "postgres")
    os.chmod(folder, 0o700)
    os.chmod(pwfile, 0o600)
    port = free_port()
    server = Server("127.0.0.1", port, SUPERUSER, password, folder, as_postgres)
    try:
        _run(
            as_postgres,
            [
                str(_bin("initdb")),
                "-D",
                str(folder / "data"),
                "-A",
                "scram-sha-256",
                "-U",
                SUPERUSER,
                f"--pwfile={pwfile}",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",  # a throwaway server: its files need not survive a power cut
            ],
        )
        pwfile.unlink()
        for attempt in range(3):  # a port free when chosen may be taken before the server binds
            # it (another test process starting its own server at the same moment): another one
            options = (
                f"-p {server.port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
            )
            try:
                _run(
                    as_postgres,
                    [
                        str(_bin("pg_ctl")),
                        "-D",
                        str(folder / "data"),
                        "-o",
                        options,
                        "-l",
                        str(folder / "log"),
                        "-w",
                        "start",
                    ],
                )
                break
            except RuntimeError:
                log = folder / "log"
                if attempt == 2 or "could not bind" not in (
                    log.read_text(errors="replace") if log.exists() else ""
                ):
                    raise
                server.port = free_port()
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return server


def from_environment() -> Server | None:
    """The server ``SAMORDNARE_TEST_PG_URL`` names, if set."""
    url = os.environ.get("SAMORDNARE_TEST_PG_URL")
    if not url:
        return None
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return Server(
        parsed.host or "127.0.0.1",
        parsed.port or 5432,
        parsed.username or "",
        parsed.password or "",
    )


def migrated_template(server: Server) -> str:
    """A database with the whole Alembic line and the reference data, to copy per test (named
    per process: two sessions on one ``SAMORDNARE_TEST_PG_URL`` server never share it)."""
    from samordnare_desktop.services.startup import open_server_database

    server.template = f"{TEMPLATE}_{os.getpid()}"
    with server.admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{server.template}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{server.template}"')
    db = open_server_database(server.url(server.template))
    db.close()
    return server.template
