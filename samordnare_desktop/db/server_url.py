"""A team server's address, and the rules a connection to it must follow (TLS, SCRAM, time-out).

``postgresql://USER@HOST:PORT/DATABASE?sslmode=...`` (also ``postgres://`` and
``postgresql+psycopg://``) is parsed into :class:`ServerAddress`. The rules:

- **Network server** (any host that is not loopback): TLS is required. Without ``sslmode`` the
  app asks for ``verify-full``: the connection is encrypted *and* the server proves with its
  certificate that it is the host named (a system's CA store via ``sslrootcert=system`` unless a
  CA file is given), so nobody between laptop and server can read or relay the session.
  ``verify-ca`` and ``require`` are accepted when the URL says so (a team server with its own
  self-signed certificate); both are then combined with ``channel_binding=require``, which ties
  the SCRAM login to the TLS channel, so a man in the middle cannot relay it even though the
  certificate is not checked. ``disable``, ``allow`` and ``prefer`` (plaintext possible) are
  refused with one line. The login must be SCRAM (``require_auth=scram-sha-256``): a server
  that asks for a plaintext or MD5 password, or for none, is refused by the driver itself.
- **Loopback server** (``localhost``, ``127.0.0.0/8``, ``::1`` or a Unix socket folder): may go
  without TLS and with any login method (tests, a server on the same computer).
- Every connection gives up after :data:`CONNECT_TIMEOUT` seconds.
- A password inside the URL is taken out at once (:attr:`ServerAddress.password`); the address
  the app shows, saves or logs (:meth:`ServerAddress.display`, :meth:`ServerAddress.url`) never
  carries it.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field, replace
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.i18n import translate

DEFAULT_PORT = 5432
CONNECT_TIMEOUT = 5  # seconds: an unreachable server is reported quickly
SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
PLAINTEXT_MODES = ("disable", "allow", "prefer")
TLS_MODES = ("require", "verify-ca", "verify-full")
# libpq options a URL may carry; anything else is refused (it could weaken the rules above, or
# be a typing error the user should see)
ALLOWED_OPTIONS = frozenset(
    {
        "host",
        "sslmode",
        "sslrootcert",
        "sslcert",
        "sslkey",
        "sslcrl",
        "hostaddr",
        "application_name",
        "channel_binding",
        "connect_timeout",
    }
)


@dataclass(frozen=True)
class ServerAddress:
    """Where the team server is; ``password`` only ever comes from a URL typed in this run."""

    host: str
    port: int = DEFAULT_PORT
    database: str = "samordnare"
    user: str = ""
    options: tuple[tuple[str, str], ...] = ()
    password: str | None = field(default=None, repr=False, compare=False)

    def option(self, name: str) -> str | None:
        return dict(self.options).get(name)

    @property
    def sslmode(self) -> str | None:
        return self.option("sslmode")

    @property
    def loopback(self) -> bool:
        """The name, and (if given) the ``host`` and ``hostaddr`` options libpq connects to,
        are all on this computer (``?host=`` would otherwise take the connection elsewhere
        while the rules looked at the name in the address)."""
        return all(
            is_loopback(where)
            for where in (self.host, self.option("host"), self.option("hostaddr"))
            if where is not None
        )

    def account(self) -> str:
        """The key the password is kept under: ``user@host:port/database`` (no secret in it)."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def display(self) -> str:
        """What the user reads in a message: ``anna@team.example:5432/samordnare``."""
        return self.account() if self.user else f"{self.host}:{self.port}/{self.database}"

    def url(self, *, with_password: bool = False) -> str:
        """The URL without the password (saved, shown, logged); ``with_password`` only to
        hand to the driver."""
        user = quote(self.user, safe="")
        if with_password and self.password:
            user += ":" + quote(self.password, safe="")
        auth = f"{user}@" if user else ""
        host = f"[{self.host}]" if ":" in self.host else quote(self.host, safe="/")
        query = f"?{urlencode(self.options)}" if self.options else ""
        return f"postgresql://{auth}{host}:{self.port}/{quote(self.database, safe='')}{query}"

    def without_password(self) -> ServerAddress:
        return replace(self, password=None)

    def with_password(self, password: str | None) -> ServerAddress:
        return replace(self, password=password)


def is_loopback(host: str) -> bool:
    """``localhost``, a loopback IP, or a Unix socket folder (an absolute path)."""
    host = host.strip().strip("[]")
    if not host or host.startswith("/") or host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _bad(text: str, **values: object) -> UserError:
    """``text`` already translated (lupdate finds each ``translate`` call's literal)."""
    return UserError(text.format(**values))


def parse(url: str) -> ServerAddress:
    """The address in ``url``, or one clear line saying what is wrong with it."""
    text = (url or "").strip()
    if not text:
        raise _bad(
            translate(
                "server",
                "No team server is given: give an address such as postgresql://USER@HOST/DATABASE.",
            )
        )
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise _bad(
            translate("server", "The team server address {url} cannot be read."),
            url=_shown(text),
        ) from exc
    if parts.scheme.lower() not in SCHEMES:
        raise _bad(
            translate(
                "server", "The team server address must begin with postgresql:// (it was {url})."
            ),
            url=_shown(text),
        )
    options = tuple(parse_qsl(parts.query, keep_blank_values=True))
    unknown = sorted({name for name, _ in options} - ALLOWED_OPTIONS)
    if unknown:
        raise _bad(
            translate(
                "server", "The team server address has an option the app does not use: {names}."
            ),
            names=", ".join(unknown),
        )
    named = unquote(parts.hostname or "")
    given = dict(options).get("host")
    if named and given is not None and given != named:
        # libpq would connect to ?host=, not to the host the address shows (and is judged by)
        raise _bad(
            translate(
                "server",
                "The team server address names two hosts ({first} and host={second}): give one.",
            ),
            first=named,
            second=given,
        )
    host = named or given or ""
    if not host:
        raise _bad(
            translate(
                "server",
                "The team server address names no host: postgresql://USER@HOST/DATABASE.",
            )
        )
    database = unquote(parts.path.lstrip("/")) or "samordnare"
    address = ServerAddress(
        host=host,
        port=port or DEFAULT_PORT,
        database=database,
        user=unquote(parts.username or ""),
        options=options,
        password=unquote(parts.password) if parts.password is not None else None,
    )
    check_security(address)
    return address


def _shown(text: str) -> str:
    """A URL as typed, with any password replaced (it goes into a message).

    Not by ``urlsplit``: a password with ``#``, ``?`` or ``/`` in it (not percent-encoded) ends
    the address's authority early there, and one without ``postgresql://`` has none at all, so
    the password would be shown whole. Whatever stands between ``://`` (or the start) and the
    last ``@`` is the login; after its first ``:`` comes the password."""
    at = text.rfind("@")
    if at < 0:
        return text
    start = text.find("://")
    start = start + 3 if 0 <= start < at else 0
    colon = text.find(":", start, at)
    if colon < 0:
        return text
    return text[: colon + 1] + "***" + text[at:]


def check_security(address: ServerAddress) -> None:
    """Refuse, in one line, a network connection that could go in plaintext (and an sslmode
    libpq does not know, on any host: it would fail later as "cannot be reached")."""
    mode = address.sslmode
    if mode is not None and mode not in TLS_MODES + PLAINTEXT_MODES:
        raise _bad(
            translate("server", "Unknown sslmode={mode} in the team server address."), mode=mode
        )
    if address.loopback:
        return
    if mode in PLAINTEXT_MODES:
        raise _bad(
            translate(
                "server",
                "Refused: {server} is reached over the network, and sslmode={mode} allows "
                "an unencrypted connection. Use sslmode=verify-full (or leave it out).",
            ),
            server=address.display(),
            mode=mode,
        )
    if address.option("channel_binding") == "disable":
        raise _bad(
            translate(
                "server",
                "Refused: channel_binding=disable would let someone between you and {server} "
                "relay the login. Leave the option out.",
            ),
            server=address.display(),
        )


def system_ca_file() -> str:
    """The operating system's CA bundle as a file for ``sslrootcert``.

    libpq's own ``sslrootcert=system`` asks the OpenSSL it was built with, and the libpq inside
    psycopg's binary wheel brings its own OpenSSL whose folder (``/usr/lib/psycopg-openssl``)
    exists on no computer: it would trust nobody, and every ``verify-full`` connection would
    fail. Python's ``ssl`` knows where this system keeps its bundle (Debian:
    ``/etc/ssl/certs/ca-certificates.crt``); ``SSL_CERT_FILE`` overrides, as OpenSSL's does.
    """
    import os
    import ssl

    paths = ssl.get_default_verify_paths()
    for candidate in (os.environ.get("SSL_CERT_FILE"), paths.cafile, paths.openssl_cafile):
        if candidate and os.path.isfile(candidate):
            return candidate
    return "system"


def connect_args(address: ServerAddress) -> dict[str, object]:
    """The libpq keywords a connection to ``address`` is made with (the rules above)."""
    check_security(address)
    args: dict[str, object] = {
        "host": address.host,
        "port": address.port,
        "dbname": address.database,
        "connect_timeout": CONNECT_TIMEOUT,
        "application_name": "Samordnare Desktop",
    }
    if address.user:
        args["user"] = address.user
    for name, value in address.options:
        if name != "connect_timeout":  # never longer than the app's own
            args[name] = value
    if not address.loopback:
        mode = address.sslmode or "verify-full"
        args["sslmode"] = mode
        if mode == "verify-full" and not address.option("sslrootcert"):
            args["sslrootcert"] = system_ca_file()  # the operating system's authorities
        if mode != "verify-full":
            args["channel_binding"] = "require"  # TLS unverified: bind the login to it
        args["require_auth"] = "scram-sha-256"
    if address.password is not None:
        args["password"] = address.password
    return args
