"""``--server URL`` of this process's command line and its password (set by ``app.main``; None:
the database file): every ``AppSession`` of the command then opens the server. Kept apart from
``session`` (which imports the ORM) so a read-only command can ask without importing it."""

from __future__ import annotations

_server: tuple[str, str | None] | None = None


def request_server(url: str | None, password: str | None = None) -> None:
    global _server
    _server = None if url is None else (url, password)


def requested_server() -> str | None:
    return None if _server is None else _server[0]


def requested() -> tuple[str, str | None] | None:
    """The server's URL and password, or None (the database file)."""
    return _server
