"""What the command line imports before it runs a command (issue #15: the CLI skips what it
does not need). Deterministic: module names in a fresh process, no timing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout
    return set(out.split())


def test_building_the_parser_imports_no_database_layer_or_qt():
    """Every command's options and help (the kinds of meetings and organisations included)
    without SQLAlchemy, the mapped models, Alembic or Qt: a command pays only for its own work."""
    loaded = _modules_after(
        "from samordnare_desktop.cli import build_parser\n"
        "build_parser().parse_args(['export', 'agenda', '--kommun', '1280', '--date',"
        " '2025-02-05', '--out', 'a.pdf'])"
    )
    heavy = {
        name
        for name in loaded
        if name.split(".")[0] in ("sqlalchemy", "alembic", "PySide6", "reportlab")
        or name in ("samordnare_desktop.domain.visit", "samordnare_desktop.domain.organisation")
    }
    assert heavy == set()


def test_the_kinds_are_the_models_own():
    """The plain enums the parser lists are the very ones the mapped models use."""
    from samordnare_desktop.domain import kinds, organisation, visit

    assert visit.VisitKind is kinds.VisitKind
    assert visit.VisitStatus is kinds.VisitStatus
    assert organisation.OrganisationKind is kinds.OrganisationKind


def test_a_command_runs_with_fewer_collections_and_restores_the_collector(tmp_path):
    """A command runs with a higher young-object threshold (its imports' long-lived objects are
    not scanned over and over); the process's own thresholds are back afterwards."""
    import gc
    from types import SimpleNamespace

    from samordnare_desktop import app

    seen = []
    before = gc.get_threshold()
    args = SimpleNamespace(
        func=lambda _args, _path: seen.append(gc.get_threshold()) or 0,
        lang="en",
        server="postgresql://example/db",  # no local file to unlock
    )
    assert app._run_command(args, tmp_path / "x.sqlite3") == 0
    assert seen == [(app.COMMAND_GC_THRESHOLD, *before[1:])]
    assert gc.get_threshold() == before
