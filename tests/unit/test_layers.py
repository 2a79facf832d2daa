"""The layer rule holds by itself: import-linter's contracts (pyproject.toml), no Qt below the
window in a fresh interpreter, and no import cycle (imports inside functions count)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT

PACKAGE = ROOT / "samordnare_desktop"
# Everything below ui/: importing any of it must not load Qt (the CLI and the start-up's session
# layer run before, or without, a QApplication).
BELOW_UI = ("domain", "db", "services", "pdf", "reference", "demo")
BELOW_UI_MODULES = (
    "session", "instance_lock", "files", "formatting", "i18n", "paths", "log_privacy", "cli",
)  # fmt: skip


def _modules_below_ui() -> list[str]:
    names = [f"samordnare_desktop.{name}" for name in BELOW_UI_MODULES]
    for area in BELOW_UI:
        for path in sorted((PACKAGE / area).rglob("*.py")):
            if "migrations" in path.parts:
                continue  # Alembic's scripts run migrations when imported
            parts = path.relative_to(ROOT).with_suffix("").parts
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_import_contracts_are_kept() -> None:
    """``lint-imports``: the layers, "no PySide6 below ui", "ui asks services"."""
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(linter), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_nothing_below_the_window_imports_qt() -> None:
    modules = _modules_below_ui()
    assert "samordnare_desktop.services.privacy" in modules and len(modules) > 40
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def _cycles(graph: object | None = None) -> list[list[str]]:
    """Strongly connected groups of modules (more than one module) in the import graph.

    Every import counts, at the top of a module or inside a function, except those under
    ``if TYPE_CHECKING:`` (annotations only: they never run).
    """
    import grimp

    if graph is None:
        graph = grimp.build_graph(
            "samordnare_desktop", cache_dir=None, exclude_type_checking_imports=True
        )
    edges = {m: sorted(graph.find_modules_directly_imported_by(m)) for m in sorted(graph.modules)}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(start: str) -> None:  # Tarjan, iterative (no recursion limit)
        work = [(start, iter(edges[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(edges[child])))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))

    for module in edges:
        if module not in index:
            visit(module)
    return groups


def test_no_import_cycles() -> None:
    assert _cycles() == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    """The finder itself works: a graph with a ring gives that ring."""
    import grimp

    graph = grimp.ImportGraph()
    for name in ("a", "a.b", "a.c", "a.d"):
        graph.add_module(name)
    graph.add_import(importer="a.b", imported="a.c")
    graph.add_import(importer="a.c", imported="a.b")
    graph.add_import(importer="a.c", imported="a.d")
    assert _cycles(graph) == [["a.b", "a.c"]]


def test_qt_is_unimportable_in_unit_tests() -> None:
    """tests/unit/conftest.py: PySide6 (and our Qt modules) cannot be imported here."""
    import pytest

    with pytest.raises(ImportError, match="without Qt"):
        import PySide6.QtCore  # noqa: F401
    with pytest.raises(ImportError, match="without Qt"):
        import samordnare_desktop.ui.operations  # noqa: F401


def test_one_place_knows_where_drafts_live() -> None:
    """Issue #12: the drafts folder is reached through services.drafts only. Above db/ (where
    encryption defines the layout and backup and conversion move drafts with their database),
    no module but services.drafts uses ``drafts_dir``, and none but it defines a drafts folder
    or draft path of its own (the window's DraftKeeper asks the service)."""
    import ast
    from pathlib import Path

    package = Path(__file__).resolve().parents[2] / "samordnare_desktop"
    using, defining = set(), set()
    for path in package.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(package).as_posix()
        for node in ast.walk(tree):
            name = getattr(node, "attr", None) or getattr(node, "id", None)
            if isinstance(node, ast.alias):
                name = node.name
            if name in ("drafts_dir", "DRAFTS_DIRNAME"):
                using.add(where)
            if isinstance(node, ast.FunctionDef) and node.name in ("drafts_folder", "draft_path"):
                defining.add(where)
    assert {w for w in using if not w.startswith("db/")} == {"services/drafts.py"}
    assert defining == {"services/drafts.py"}
