"""Care places (issue #17): cases an adversarial tester found, kept as tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from samordnare_desktop.domain.care_places import count_value
from samordnare_desktop.domain.errors import ValidationError


def test_a_count_of_thousands_of_digits_is_refused_not_a_crash(services, tmp_path: Path):
    """A 1 MB (or 5,000-digit) count cell: int() refuses past 4,300 digits with a ValueError
    the import did not expect ("Ett oväntat fel inträffade"); now a message on the row."""
    path = tmp_path / "p.csv"
    path.write_text("Kommunkod;Jourhem\n0586;" + "1" * 5000 + "\n0580;3\n", encoding="utf-8")
    plan = services.care_places.preview_import(path, period="2025")
    problems = {r.line: r.detail for r in plan.errors}
    assert set(problems) == {2}
    assert "mer än 1000000" in problems[2] and "1" * 100 not in problems[2]
    with pytest.raises(ValidationError):
        count_value("9" * 10_000, "x", "Jourhem")
    assert count_value("000000000000000000007", "x", "Jourhem") == 7
