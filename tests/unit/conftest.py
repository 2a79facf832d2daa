"""tests/unit runs without Qt: PySide6 is made unimportable here, which proves the layer rule
(domain, db, services, pdf, session and the command line work without the window).

While a unit test module is imported and while each unit test runs, an import of ``PySide6``,
``shiboken6`` or one of our Qt modules (``ui``, ``qt_i18n``) made by the app's code or a unit
test fails with ImportError, whether or not Qt is loaded already (pytest-qt loads it at start,
and window tests may have run first in the same process): ``builtins.__import__`` refuses it
when the importing module is ours, and a meta-path finder refuses a first load from anywhere.
pytest-qt itself keeps its Qt. A test that needs Qt belongs in tests/ui.
"""

from __future__ import annotations

import builtins
import importlib.abc
import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stdout
from pathlib import Path

import pytest

_QT = ("PySide6", "shiboken6")
# Our own modules that import Qt at their top: hidden too, so a cached copy cannot stand in.
_QT_OWN = ("samordnare_desktop.ui", "samordnare_desktop.qt_i18n")


class QtUnavailable(ImportError):
    pass


def _is_qt(name: str) -> bool:
    return name.split(".")[0] in _QT or any(
        name == own or name.startswith(own + ".") for own in _QT_OWN
    )


def _refuse(name: str) -> QtUnavailable:
    return QtUnavailable(f"{name}: tests/unit run without Qt (move this test to tests/ui)")


class _NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if _is_qt(name):
            raise _refuse(name)
        return None


def _ours(module: str) -> bool:
    return module.split(".")[0] == "samordnare_desktop" or module.startswith("tests.unit")


@contextmanager
def no_qt() -> Iterator[None]:
    real_import = builtins.__import__

    def guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
        if level == 0 and _is_qt(name) and _ours((globals or {}).get("__name__", "")):
            raise _refuse(name)
        if level == 0 and fromlist and _ours((globals or {}).get("__name__", "")):
            for item in fromlist:  # "from samordnare_desktop import qt_i18n"
                if _is_qt(f"{name}.{item}"):
                    raise _refuse(f"{name}.{item}")
        return real_import(name, globals, locals, fromlist, level)

    finder = _NoQt()
    sys.meta_path.insert(0, finder)
    builtins.__import__ = guarded_import
    try:
        yield
    finally:
        builtins.__import__ = real_import
        sys.meta_path.remove(finder)


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector: pytest.Collector):
    if isinstance(collector, pytest.Module):
        with no_qt():
            return (yield)
    return (yield)


@pytest.fixture(autouse=True)
def _without_qt() -> Iterator[None]:
    with no_qt():
        yield


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Windows a Qt test (tests/ui, run before in the same process) left behind go before a
    unit test runs: their timers (an after-paint step, a deferred read) would otherwise fire
    the next time anything turns the event loop, here, and import Qt modules where they are
    refused. Outside the guard: this is the test harness, not the app."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo programme built once per session (per worker process) as a test builds it,
    ``--db FILE demo`` on the command line, in Swedish and without Qt: a test that only needs
    the demo in a database takes a copy, ``tests.helpers.copy_database(demo_template, path)``,
    instead of 13 s of its own. Never opened after the build: the template stays as built."""
    from samordnare_desktop.app import main
    from tests.helpers import swedish_without_qt

    db = tmp_path_factory.mktemp("demo-template") / "demo.sqlite3"
    with no_qt(), swedish_without_qt(), redirect_stdout(io.StringIO()):
        assert main(["--db", str(db), "demo"]) == 0
    return db
