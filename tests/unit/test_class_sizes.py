"""The size rule holds by itself (issue #12): no class over 400 lines, no constructor over 60
statements, anywhere in samordnare_desktop/. A class that grows past it splits into cohesive
pieces (builder methods, parts in their own module, a service per concern) instead."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "samordnare_desktop"
MAX_CLASS_LINES = 400
MAX_INIT_STATEMENTS = 60


def statements(function: ast.FunctionDef) -> int:
    """Every statement in the body, nested ones (inside if/for/with/def) included."""
    return sum(1 for node in ast.walk(function) if isinstance(node, ast.stmt)) - 1


def measure(source: str) -> list[tuple[str, int, int]]:
    """(class name, lines, statements in its __init__) for every class in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef):
            start = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            init = next(
                (
                    f
                    for f in node.body
                    if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
                    and f.name == "__init__"
                ),
                None,
            )
            found.append((node.name, node.end_lineno - start + 1, statements(init) if init else 0))
    return found


def test_the_measure_counts_what_the_rule_says() -> None:
    body = "\n".join(f"        self.x{i} = {i}" for i in range(61))
    source = f"class Big:\n    def __init__(self):\n{body}\n        if True:\n            pass\n"
    ((name, lines, count),) = measure(source)
    assert (name, lines, count) == ("Big", 65, 63)  # 61 + the if + the pass inside it


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def test_there_are_modules_to_measure() -> None:
    assert len(_modules()) > 50


@pytest.mark.parametrize("limit", ["class lines", "constructor statements"])
def test_no_class_breaks_the_size_rule(limit: str) -> None:
    breaches = []
    for path in _modules():
        for name, lines, count in measure(path.read_text(encoding="utf-8")):
            where = f"{path.relative_to(PACKAGE.parent)}: {name}"
            if limit == "class lines" and lines > MAX_CLASS_LINES:
                breaches.append(f"{where} has {lines} lines (at most {MAX_CLASS_LINES})")
            if limit == "constructor statements" and count > MAX_INIT_STATEMENTS:
                breaches.append(
                    f"{where}.__init__ has {count} statements (at most {MAX_INIT_STATEMENTS})"
                )
    assert not breaches, "split these into cohesive pieces:\n" + "\n".join(breaches)
