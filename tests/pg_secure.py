"""A throwaway PostgreSQL server as a team server really is: TLS with a certificate from its own
certificate authority, SCRAM passwords, and a superuser that only logs in over the Unix socket.

``SecureServer.start()`` runs ``initdb`` and ``pg_ctl`` in a temporary folder owned by the
``postgres`` user (``initdb`` refuses root), on a free loopback port; ``stop()`` removes it all.
Its certificate names :data:`SERVER_NAME`, so a test reaches it *as a network server* with
``host=teamserver.test&hostaddr=127.0.0.1``: the name the app judges and checks the certificate
against is not loopback, the packets still stay on this computer.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

from tests.pg import pg_bin

BIN = pg_bin() or Path("/usr/lib/postgresql/15/bin")  # the same binaries as tests/pg.py
SERVER_NAME = "teamserver.test"
SUPERUSER = "app"
PLAINTEXT_LOGIN = "klartext"  # logs in with a plaintext password (pg_hba "password")
TRUSTED_LOGIN = "ingenkoll"  # let in without any password (pg_hba "trust")


def available() -> bool:
    return (BIN / "initdb").exists() and _postgres_user() is not None


def _postgres_user() -> pwd.struct_passwd | None:
    try:
        return pwd.getpwnam("postgres")
    except KeyError:
        return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _certificates(folder: Path) -> None:
    """ca.crt, server.crt (SERVER_NAME and 127.0.0.1), server.key: made here, valid a day."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Samordnare test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, SERVER_NAME)]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName(SERVER_NAME), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    (folder / "ca.crt").write_bytes(ca.public_bytes(pem))
    (folder / "server.crt").write_bytes(cert.public_bytes(pem))
    (folder / "server.key").write_bytes(
        key.private_bytes(
            pem, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
        )
    )


class SecureServer:
    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="samordnare-pgsec-"))
        self.data = self.dir / "data"
        self.port = _free_port()
        self.ca = self.dir / "ca.crt"
        self._running = False

    # --- life -----------------------------------------------------------------------------
    def _as_postgres(self, *args: str) -> None:
        subprocess.run(
            ["runuser", "-u", "postgres", "--", *args],
            check=True,
            capture_output=True,
            timeout=60,
        )

    def start(self) -> SecureServer:
        user = _postgres_user()
        assert user is not None
        os.chmod(self.dir, 0o755)
        _certificates(self.dir)
        for name in ("server.crt", "server.key", "ca.crt"):
            os.chown(self.dir / name, user.pw_uid, user.pw_gid)
        os.chmod(self.dir / "server.key", 0o600)
        os.chown(self.dir, user.pw_uid, user.pw_gid)
        self._as_postgres(
            str(BIN / "initdb"), "-D", str(self.data), "-A", "trust", "-U", SUPERUSER, "-E", "UTF8"
        )
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\n"
            f"hostssl all {PLAINTEXT_LOGIN} 127.0.0.1/32 password\n"
            f"hostssl all {TRUSTED_LOGIN} 127.0.0.1/32 trust\n"
            "hostssl all all 127.0.0.1/32 scram-sha-256\n"
            "host all all 127.0.0.1/32 scram-sha-256\n"
        )
        with open(self.data / "postgresql.conf", "a") as conf:
            conf.write(
                f"\nlisten_addresses = '127.0.0.1'\nport = {self.port}\n"
                f"unix_socket_directories = '{self.dir}'\n"
                "ssl = on\n"
                f"ssl_cert_file = '{self.dir / 'server.crt'}'\n"
                f"ssl_key_file = '{self.dir / 'server.key'}'\n"
                "password_encryption = 'scram-sha-256'\n"
                "fsync = off\n"
            )
        self._as_postgres(
            str(BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.dir / "log"), "-w", "start"
        )
        self._running = True
        for login in (PLAINTEXT_LOGIN, TRUSTED_LOGIN):
            self.create_login(login, "utan-scram-1")
        return self

    def stop(self) -> None:
        if self._running:
            self._running = False
            self._as_postgres(str(BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)

    # --- using it -------------------------------------------------------------------------
    def admin(self, database: str = "postgres"):
        """A psycopg connection as the superuser over the Unix socket (autocommit)."""
        import psycopg

        return psycopg.connect(
            host=str(self.dir), port=self.port, user=SUPERUSER, dbname=database, autocommit=True
        )

    def admin_url(self, database: str) -> str:
        return f"postgresql://{SUPERUSER}@:{self.port}/{database}?host={self.dir}"

    def create_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')

    def create_login(self, name: str, password: str) -> None:
        from psycopg import sql

        with self.admin() as conn:
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(name), sql.Literal(password)
                )
            )

    def network_url(self, user: str, database: str, **options: str) -> str:
        """The server reached as a network host (TLS verified against the test CA)."""
        query = {"hostaddr": "127.0.0.1", "sslrootcert": str(self.ca), **options}
        text = "&".join(f"{k}={v}" for k, v in query.items())
        return f"postgresql://{user}@{SERVER_NAME}:{self.port}/{database}?{text}"

    def loopback_url(self, user: str, database: str, **options: str) -> str:
        text = "&".join(f"{k}={v}" for k, v in options.items())
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}" + (
            f"?{text}" if text else ""
        )
