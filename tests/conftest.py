"""Shared fixtures: isolated user folders, a fresh database per test, deterministic Hypothesis.

Swedish text and the Qt fixtures are per folder: ``tests/ui/conftest.py`` (a QApplication with
Qt's translator, message boxes recorded), ``tests/unit/conftest.py`` (no Qt at all: PySide6 is
made unimportable there, and Swedish comes from the ``.ts`` files directly).

Set before anything imports Qt: without ``QT_QPA_PLATFORM=offscreen`` a headless run aborts.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_USER_DIRS = Path(tempfile.mkdtemp(prefix="samordnare-test-home-"))
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_USER_DIRS / _var.lower())
os.environ["SAMORDNARE_LOG_DIR"] = str(_USER_DIRS / "logs")
# Hypothesis keeps nothing in the checkout (no .hypothesis/ folder whose content could change
# what a later run does); with database=None below it replays nothing either.
os.environ["HYPOTHESIS_STORAGE_DIRECTORY"] = str(_USER_DIRS / "hypothesis")

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# Property tests are deterministic: the same examples on every run, checkout and machine (CI
# never flakes): derandomised (the seed comes from the test's own source), no example database,
# no deadline (a loaded machine is not a failure); a failure found while developing goes into
# the test as an @example.
settings.register_profile(
    "deterministic", derandomize=True, deadline=None, database=None, print_blob=False
)
settings.load_profile("deterministic")

from samordnare_desktop.db.engine import Database  # noqa: E402
from samordnare_desktop.services.registry import Services  # noqa: E402
from samordnare_desktop.services.startup import open_database  # noqa: E402


@pytest.fixture(autouse=True)
def _encryption_state(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A cheap scrypt for tests (the shipped cost is in bench/encryption.py); keys forgotten after."""
    from samordnare_desktop.db import encryption, keys

    monkeypatch.setattr(keys, "SCRYPT", {"n": 2**12, "r": 8, "p": 1})
    yield
    encryption.forget_all_keys()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "samordnare.sqlite3"


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The store the ``database`` fixture opens: ``"sqlite"``, or ``"postgresql"`` for a test
    marked ``both_backends`` (each such test runs on both; see pytest_generate_tests)."""
    return getattr(request, "param", "sqlite")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if (
        metafunc.definition.get_closest_marker("both_backends")
        and not metafunc.definition.get_closest_marker("sqlite_only")
        and "backend" in metafunc.fixturenames
    ):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """A throwaway PostgreSQL server for the session (tests/pg.py), its template migrated."""
    from tests import pg

    server = pg.from_environment()
    if server is None:
        try:
            server = pg.start()
        except pg.ServerUnavailable as exc:
            if pg.required():
                pytest.fail(f"SAMORDNARE_PG_REQUIRED=1 but {exc}")
            pytest.skip(str(exc))
    try:
        pg.migrated_template(server)
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server) -> Iterator[str]:
    """A fresh server database (copied from the migrated template) for one test: its URL."""
    name = pg_server.create_database(template=pg_server.template)
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture
def store_args(request: pytest.FixtureRequest, backend: str, db_path: Path) -> list[str]:
    """The command line's option for the test's store: ``--db FILE``, or ``--server URL`` (the
    same server database the ``database`` fixture opens)."""
    if backend == "postgresql":
        return ["--server", request.getfixturevalue("pg_url")]
    db_path.parent.mkdir(parents=True, exist_ok=True)
    return ["--db", str(db_path)]


@pytest.fixture(scope="session")
def new_database_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new database as ``open_database`` makes it (created, migrated, its reference data),
    made once per session (per worker process), in Swedish, and closed: the SQLite side of
    ``pg_server``'s migrated template."""
    from tests.helpers import swedish_without_qt

    path = tmp_path_factory.mktemp("new-database-template") / "samordnare.sqlite3"
    with swedish_without_qt():
        open_database(path, daily_backup=False).close()
    return path


@pytest.fixture
def database(request: pytest.FixtureRequest, db_path: Path, backend: str) -> Iterator[Database]:
    """A new database for one test, opened as the app opens its file. On SQLite a copy of
    ``new_database_template`` with identities of its own (``tests.helpers.copy_database``: a
    new database's UUID, where it is, and its sync id), about 10 ms against 250 ms for the
    whole Alembic line; on PostgreSQL a database copied from the server's migrated template."""
    if backend == "postgresql":
        from samordnare_desktop.services.startup import open_server_database

        db = open_server_database(request.getfixturevalue("pg_url"))
    else:
        from tests.helpers import copy_database

        copy_database(request.getfixturevalue("new_database_template"), db_path)
        db = open_database(db_path, daily_backup=False)
    yield db
    db.close()


@pytest.fixture
def services(database: Database) -> Services:
    return Services(database)


@pytest.fixture(autouse=True)
def _swedish() -> Iterator[None]:
    """Every test runs in Swedish, as users do. Here without Qt: the ``.ts`` files read directly
    (what Qt's translator answers for the app's own strings); tests/ui overrides this fixture
    with Qt's translator on a QApplication."""
    from tests.helpers import swedish_without_qt

    with swedish_without_qt():
        yield


@pytest.fixture(scope="session")
def secure_pg() -> Iterator[object]:
    """A real PostgreSQL server with TLS (its own CA) and SCRAM logins (tests/pg_secure.py)."""
    from tests.pg_secure import SecureServer, available

    if not available():
        if os.environ.get("SAMORDNARE_PG_REQUIRED") == "1":  # CI: a missing server fails
            pytest.fail("SAMORDNARE_PG_REQUIRED=1 but PostgreSQL (initdb) is not installed")
        pytest.skip("PostgreSQL (initdb) is not installed")
    server = SecureServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def give_way_alone(monkeypatch) -> Iterator[None]:
    """No hold of give_way's, and only this test's deferrable work pending (an earlier test's
    window, closed, may be collected later): tests/unit/test_give_way.py, ui/test_user_first.py."""
    import weakref

    from samordnare_desktop import give_way

    monkeypatch.setattr(give_way, "_pending", weakref.WeakSet())
    give_way.release()
    yield
    give_way.release()
