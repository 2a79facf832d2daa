"""Every plural message's count is a plain name, so lupdate extracts the message.

Qt 6.11's lupdate skips ``translate(ctx, "%n item(s)", None, len(rows))`` (a call or attribute
as the count) without a word, and the message then prints in English in a Swedish app.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "samordnare_desktop"


def _plural_calls(tree: ast.AST):
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name not in ("translate", "tr"):
            continue
        texts = [a for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        if any("%n" in t.value for t in texts):
            yield node


def test_plural_counts_are_plain_names() -> None:
    bad = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in _plural_calls(tree):
            count = call.args[-1] if len(call.args) >= 3 else None
            count = next((k.value for k in call.keywords if k.arg == "n"), count)
            if not isinstance(count, ast.Name):
                bad.append(f"{path.relative_to(PACKAGE.parent)}:{call.lineno}")
    assert not bad, (
        "give the %n count a plain name first (lupdate skips expressions): " + ", ".join(bad)
    )
