"""``export final-report`` and ``export report --out F.docx`` run as a user runs them."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from pypdf import PdfReader

from tests.unit.test_cli import run


def test_final_report_and_quarterly_report_in_both_formats(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite3")
    word = run("--db", db, "export", "final-report", "--out", str(tmp_path / "slut.docx"))
    assert word.returncode == 0, word.stderr
    assert "Slutrapporten sparad:" in word.stdout
    document = docx.Document(str(tmp_path / "slut.docx"))
    chapters = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert chapters[0] == "Uppdraget" and chapters[-1] == "Bilagor"
    assert "Uppdraget är inte beskrivet ännu." in [p.text for p in document.paragraphs]

    pdf = run("--db", db, "export", "final-report", "--out", str(tmp_path / "slut.pdf"))
    assert pdf.returncode == 0, pdf.stderr
    text = "".join(
        p.extract_text() for p in PdfReader(io.BytesIO((tmp_path / "slut.pdf").read_bytes())).pages
    )
    assert "Slutrapport" in text and "Inga iakttagelser har skrivits ner ännu." in text

    refused = run("--db", db, "export", "final-report", "--out", str(tmp_path / "slut.txt"))
    assert refused.returncode != 0
    assert refused.stderr.strip().endswith("måste sluta på .docx eller .pdf.")
    assert not (tmp_path / "slut.txt").exists()

    quarter = run(
        "--db", db, "export", "report", "--quarter", "2026Q1", "--out", str(tmp_path / "q.docx")
    )
    assert quarter.returncode == 0, quarter.stderr
    document = docx.Document(str(tmp_path / "q.docx"))
    assert document.paragraphs[0].text == "Kvartalsrapport"
    assert "Inga besök under perioden." in [p.text for p in document.paragraphs]
    pdf = run(
        "--db", db, "export", "report", "--quarter", "2026Q1", "--out", str(tmp_path / "q.pdf")
    )
    assert pdf.returncode == 0 and (tmp_path / "q.pdf").read_bytes().startswith(b"%PDF")
