"""tools/translations.py: a moved or split module keeps its Swedish, update is idempotent, and
check fails on stale messages and on a .ts whose module is gone."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def tool(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "tools" / "translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    package = tmp_path / "pkg"
    package.mkdir()
    monkeypatch.setattr(module, "ROOT", tmp_path)
    monkeypatch.setattr(module, "PACKAGE", package)
    monkeypatch.setattr(module, "TS_DIR", tmp_path / "ts")
    return module


WIDGET = """
from PySide6.QtWidgets import QWidget


class {name}(QWidget):
    def build(self):
        return [self.tr("Plan"), self.tr("Follow-up")]
"""


def swedish(tool) -> dict[tuple[str, str], str]:
    return tool.known_translations()


def test_moving_and_splitting_a_module_keeps_its_swedish(tool) -> None:
    old = tool.PACKAGE / "tab.py"
    old.write_text(WIDGET.format(name="PlansTab"), encoding="utf-8")
    tool.update()
    tool.apply_mapping({("PlansTab", "Plan"): "Plan", ("PlansTab", "Follow-up"): "Uppföljning"})
    assert tool.problems() == []

    # the module moves into a feature folder and its class is renamed (a split)
    (tool.PACKAGE / "plans").mkdir()
    old.rename(tool.PACKAGE / "plans" / "page.py")
    (tool.PACKAGE / "plans" / "page.py").write_text(
        WIDGET.format(name="PlanPage"), encoding="utf-8"
    )
    tool.update()

    assert swedish(tool) == {("PlanPage", "Plan"): "Plan", ("PlanPage", "Follow-up"): "Uppföljning"}
    assert sorted(p.name for p in tool.TS_DIR.glob("*.ts")) == ["pkg.plans.page.ts"]
    assert tool.problems() == []
    before = {p: p.read_bytes() for p in tool.TS_DIR.glob("*.ts")}
    assert tool.update() == []  # idempotent
    assert {p: p.read_bytes() for p in tool.TS_DIR.glob("*.ts")} == before


def test_check_fails_on_stale_messages_and_files(tool) -> None:
    module = tool.PACKAGE / "tab.py"
    module.write_text(WIDGET.format(name="PlansTab"), encoding="utf-8")
    tool.update()
    tool.apply_mapping({("PlansTab", "Plan"): "Plan", ("PlansTab", "Follow-up"): "Uppföljning"})
    module.write_text(
        WIDGET.format(name="PlansTab").replace(', self.tr("Follow-up")', ""), encoding="utf-8"
    )
    assert tool.problems() == ["pkg.tab.ts: stale (no longer in the module): PlansTab: 'Follow-up'"]

    module.unlink()
    assert tool.problems() == ["pkg.tab.ts: stale file (no module with text; run update)"]
