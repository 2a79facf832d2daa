"""Insights commands run as a user runs them: report PDF, programme XLSX, time-study import."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.unit.test_cli import run

pytestmark = pytest.mark.both_backends  # a file (--db) and the team's server (--server)


def test_import_time_study_then_report_and_xlsx(tmp_path: Path, store_args: list[str]) -> None:
    sheet = tmp_path / "tid.csv"
    sheet.write_text(
        "Respondent;Roll;Dagar;Direkt tid med barn och unga;Indirekt tid;Administration\n"
        "A;Utredande socialsekreterare;10;100;3000;900\n"
        "B;Enhetschef;10;0;1000;3800\n",
        encoding="utf-8",
    )
    dry = run(
        *store_args,
        "import",
        "time-study",
        str(sheet),
        "--kommun",
        "0586",
        "--from",
        "2026-02-02",
        "--to",
        "2026-02-13",
        "--dry-run",
    )
    assert dry.returncode == 0, dry.stderr
    assert "2 svarande inlästa (en rad per svarande)" in dry.stdout and "Provkörning" in dry.stdout
    saved = run(
        *store_args,
        "import",
        "time-study",
        str(sheet),
        "--kommun",
        "0586",
        "--from",
        "2026-02-02",
        "--to",
        "2026-02-13",
    )
    assert saved.returncode == 0, saved.stderr
    assert "Tidsmätningen sparad: Mjölby, Mätning 1." in saved.stdout

    pdf = tmp_path / "q1.pdf"
    report = run(*store_args, "export", "report", "--quarter", "2026Q1", "--out", str(pdf))
    assert report.returncode == 0, report.stderr
    text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Kvartal 1 2026" in text and "Mjölby (0586)" in text
    # 100 of 8800 minutes: 1,1 %; investigators 100 / 4000 = 2,5 %
    assert "1,1 %" in text and "2,5 %" in text

    same = run(
        *store_args,
        "export",
        "report",
        "--from",
        "2026-01-01",
        "--to",
        "2026-03-31",
        "--out",
        str(tmp_path / "same.pdf"),
    )
    assert same.returncode == 0, same.stderr

    xlsx = tmp_path / "p.xlsx"
    exported = run(*store_args, "export", "programme-xlsx", "--out", str(xlsx))
    assert exported.returncode == 0, exported.stderr
    assert xlsx.stat().st_size > 0


def test_refusals_are_one_line_and_nonzero(tmp_path: Path, store_args: list[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Roll;Dagar;Fika\nChef;1;2\n", encoding="utf-8")
    refused = run(
        *store_args,
        "import",
        "time-study",
        str(bad),
        "--kommun",
        "0586",
        "--from",
        "2026-02-02",
        "--to",
        "2026-02-13",
    )
    assert refused.returncode != 0
    assert "Okända kolumner" in refused.stderr and "Traceback" not in refused.stderr
    quarter = run(
        *store_args, "export", "report", "--quarter", "Q5", "--out", str(tmp_path / "x.pdf")
    )
    assert quarter.returncode != 0 and "2026Q1" in quarter.stderr
    backwards = run(
        *store_args,
        "export",
        "report",
        "--from",
        "2026-03-01",
        "--to",
        "2026-01-01",
        "--out",
        str(tmp_path / "y.pdf"),
    )
    assert backwards.returncode != 0 and "Traceback" not in backwards.stderr
    assert not (tmp_path / "y.pdf").exists()
