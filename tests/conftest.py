"""Shared fixtures: headless Qt, isolated user folders, a fresh database per test, Swedish UI.

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

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# Property tests are deterministic: the same examples on every run and machine (CI never flakes);
# a failure found while developing goes into the test as an @example.
settings.register_profile("deterministic", derandomize=True, deadline=None, database=None)
settings.load_profile("deterministic")

from samordnare_desktop.db.engine import Database  # noqa: E402
from samordnare_desktop.services.registry import Services  # noqa: E402
from samordnare_desktop.services.startup import open_database  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _swedish(qapp):
    """Every test runs with the Swedish translation installed, as users do."""
    from samordnare_desktop import qt_i18n

    qt_i18n.install(qapp, "sv")
    yield


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
def database(db_path: Path) -> Iterator[Database]:
    db = open_database(db_path, daily_backup=False)
    yield db
    db.close()


@pytest.fixture
def services(database: Database) -> Services:
    return Services(database)


class MessageLog:
    """Stands in for modal message boxes: records them and answers ``confirm`` as told."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.confirm_answer = True
        self.save_answer = "discard"  # ask_save: "save", "discard" or "cancel"

    def confirm(self, _parent: object, title: str, text: str, **_kw: object) -> bool:
        self.shown.append(("confirm", title, text))
        return self.confirm_answer

    def ask_save(self, _parent: object, title: str, text: str) -> str:
        self.shown.append(("ask_save", title, text))
        return self.save_answer

    def recorder(self, kind: str):
        def record(_parent: object, title: str, text: str) -> None:
            self.shown.append((kind, title, text))

        return record

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> MessageLog:
    """No test ever blocks on a modal message box."""
    from samordnare_desktop.ui import messages as module

    log = MessageLog()
    monkeypatch.setattr(module, "confirm", log.confirm)
    monkeypatch.setattr(module, "ask_save", log.ask_save)
    for kind in ("warn", "fail", "inform"):
        monkeypatch.setattr(module, kind, log.recorder(kind))
    return log


@pytest.fixture
def main_window(qtbot, db_path: Path):
    """A fresh main window over a fresh database; closed and its workers drained afterwards."""
    from PySide6.QtCore import QThreadPool

    from samordnare_desktop.app import build_main_window

    window = build_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    QThreadPool.globalInstance().waitForDone(30_000)
    window.close()
