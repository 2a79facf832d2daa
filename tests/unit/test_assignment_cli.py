"""``assignment show|set`` and ``list due`` run as a user runs them (issue #18 part 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.test_cli import run

pytestmark = pytest.mark.both_backends  # a file (--db) and the team's server (--server)


def test_set_show_and_list_due(tmp_path: Path, store_args: list[str]) -> None:
    empty = run(*store_args, "assignment", "show")
    assert empty.returncode == 0, empty.stderr
    assert "Inget uppdrag angivet ännu" in empty.stdout
    partial = run(*store_args, "assignment", "set", "--name", "Samordnaren")
    assert partial.returncode != 0 and "minst --name, --start och --final" in partial.stderr
    bad = run(
        *store_args,
        "assignment",
        "set",
        "--name",
        "X",
        "--start",
        "2025-02-30",
        "--final",
        "2025-12-31",
    )
    assert bad.returncode != 0 and "--start" in bad.stderr
    saved = run(
        *store_args,
        "assignment",
        "set",
        "--name",
        "Nationell samordnare för den sociala barn- och ungdomsvården",
        "--coordinator",
        "Eva Samordnare",
        "--ministry",
        "Socialdepartementet",
        "--reference",
        "S2025/00123",
        "--start",
        "2025-02-01",
        "--final",
        "20251231",
    )
    assert saved.returncode == 0, saved.stderr
    assert "Uppdraget sparat." in saved.stdout
    assert "Rapporter ska lämnas: 2025-05-01, 2025-08-01, 2025-11-01" in saved.stdout
    # only what is given changes; a rhythm out of range is refused and nothing changes
    monthly = run(*store_args, "assignment", "set", "--every", "13")
    assert monthly.returncode != 0 and "1–12 månaders" in monthly.stderr
    edited = run(*store_args, "assignment", "set", "--every", "4", "--plan-weeks", "6")
    assert edited.returncode == 0, edited.stderr
    shown = run(*store_args, "assignment", "show")
    assert "Departement: Socialdepartementet" in shown.stdout
    assert "Diarienummer: S2025/00123" in shown.stdout
    assert "Månader mellan rapporterna: 4" in shown.stdout
    assert "Rapporter ska lämnas: 2025-06-01, 2025-10-01" in shown.stdout
    assert "Handlingsplan väntas efter: 6 veckor" in shown.stdout

    due = run(*store_args, "list", "due", "--today", "2025-05-20")
    assert due.returncode == 0, due.stderr
    assert due.stdout.splitlines() == [
        "2025-06-01\tom 12 dagar\tRapport\tRapport 1 av 2 till departementet",
        "2025-12-31\tom 225 dagar\tSlutrapport\tUppdragets slutrapport",
    ]
    as_csv = run(*store_args, "list", "due", "--today", "2025-12-31", "--csv")
    assert as_csv.stdout.splitlines() == [
        "Datum,När,Typ,Vad,Kommun,Kod",
        "2025-12-31,i dag,Slutrapport,Uppdragets slutrapport,,",
    ]
    after = run(*store_args, "list", "due", "--today", "2026-01-01")
    assert after.stdout.strip() == "Inget förfaller."


def test_list_due_with_a_huge_window_lists_everything(
    tmp_path: Path, store_args: list[str]
) -> None:
    """Adversarial (#18): ``list due --days 100000000`` ended in "Ett oväntat fel inträffade"
    (a date out of range); a window past any date is everything."""
    saved = run(
        *store_args, "assignment", "set", "--name", "X", "--start", "2026-01-01", "--final",
        "2027-06-30",
    )  # fmt: skip
    assert saved.returncode == 0, saved.stderr
    for days in ("100000000", "3000000"):
        huge = run(*store_args, "list", "due", "--days", days, "--today", "2026-02-01")
        assert huge.returncode == 0, huge.stderr
        assert "oväntat" not in huge.stderr
        assert "2027-06-30" in huge.stdout and "2026-04-01" in huge.stdout
