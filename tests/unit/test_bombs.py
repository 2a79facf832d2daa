"""Files that lie about their size or shape (#13 item 4): refused with one clear line, quickly,
without holding the unpacked content in memory, and never echoing more than a few words."""

from __future__ import annotations

import resource
import zipfile
from pathlib import Path

import pytest

from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.services import tabular
from tests.helpers import copy_database


def _xlsx_with_cell(path: Path, cell_bytes: int) -> None:
    """A real workbook whose one shared string is ``cell_bytes`` long (deflates to almost nothing)."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Namn", "Organisation"])
    book.active.append(["PLACEHOLDER", "Mjölby"])
    plain = path.with_suffix(".plain.xlsx")
    book.save(plain)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if b"PLACEHOLDER" in data:
                head, tail = data.split(b"PLACEHOLDER")
                with dst.open(info.filename, "w", force_zip64=True) as member:
                    member.write(head)
                    chunk = b"A" * (1024 * 1024)
                    left = cell_bytes
                    while left > 0:
                        member.write(chunk[: min(left, len(chunk))])
                        left -= len(chunk)
                    member.write(tail)
            else:
                dst.writestr(info, data)
    plain.unlink()


def test_an_xlsx_that_unpacks_to_a_gigabyte_is_refused_before_parsing(tmp_path: Path) -> None:
    bomb = tmp_path / "deltagare.xlsx"
    _xlsx_with_cell(bomb, 256 * 1024 * 1024)  # 256 MiB in one cell
    assert bomb.stat().st_size < 2 * 1024 * 1024
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(UserError) as caught:
        tabular.read_table(bomb)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    message = caught.value.message
    assert "packas upp till mer än" in message and "\n" not in message
    assert "AAAA" not in message
    assert grown_mb < 300
    with pytest.raises(UserError, match="packas upp"):
        tabular.sheet_names(bomb)


def test_a_cell_longer_than_excel_allows_is_cut_as_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "lang.xlsx"
    _xlsx_with_cell(path, 200_000)
    table = tabular.read_table(path)
    assert len(table.rows[0][0]) == tabular.MAX_CELL_CHARS + 1  # still "too long" for a check


def test_a_csv_with_a_one_megabyte_field_says_what_is_wrong(
    tmp_path: Path, demo_template: Path
) -> None:
    from samordnare_desktop.app import main

    path = tmp_path / "lang.csv"
    path.write_text("Namn;Organisation\n" + "B" * 1_000_000 + ";Mjölby\nBo Ek;Motala\n")
    table = tabular.read_table(path)
    assert len(table.rows[0][0]) == tabular.MAX_CELL_CHARS + 1
    db = copy_database(demo_template, tmp_path / "db.sqlite3")  # the demo (built once)
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = main(
            ["--db", str(db), "import", "participants", str(path), "--kommun", "0586",
             "--date", "2026-03-04", "--dry-run"]
        )  # fmt: skip
    plan_lines = buffer.getvalue().splitlines()
    assert code == 0
    skipped = next(line for line in plan_lines if line.startswith("rad 2"))
    assert "B" * 80 not in skipped and len(skipped) < 200  # a few words of the cell, at most
    assert "lång" in skipped  # says what is wrong: the name is too long


def test_a_csv_field_past_any_sense_refuses_the_file_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "enorm.csv"
    path.write_text("Namn;Organisation\n" + "B" * (tabular.CSV_FIELD_LIMIT + 10) + ";X\n")
    with pytest.raises(UserError) as caught:
        tabular.read_table(path)
    message = caught.value.message
    assert "rad 2" in message and "BBBB" not in message and "inte ett kalkylark" not in message


def test_a_csv_with_an_unterminated_quote_is_refused_not_imported_as_one_name(
    tmp_path: Path,
) -> None:
    path = tmp_path / "citat.csv"
    path.write_text('Namn;Organisation\n"Anna Berg;Mjölby\nBo Ek;Motala\n', encoding="utf-8")
    with pytest.raises(UserError) as caught:
        tabular.read_table(path)
    assert "rad 2" in caught.value.message and "citattecken" in caught.value.message


def test_excerpt_keeps_a_few_words() -> None:
    assert tabular.excerpt("Anna Berg") == "Anna Berg"
    long = tabular.excerpt("ord " * 100_000)
    assert len(long) <= 61 and long.endswith("…")
    assert len(tabular.excerpt("A" * 1_000_000)) <= 61


def test_cli_import_of_a_bomb_prints_one_line(tmp_path: Path, capsys, demo_template: Path) -> None:
    from samordnare_desktop.app import main

    bomb = tmp_path / "deltagare.xlsx"
    _xlsx_with_cell(bomb, 130 * 1024 * 1024)
    db = copy_database(demo_template, tmp_path / "db.sqlite3")  # the demo (built once)
    capsys.readouterr()
    code = main(
        [
            "--db",
            str(db),
            "import",
            "participants",
            str(bomb),
            "--kommun",
            "0586",
            "--date",
            "2026-03-04",
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1 and "packas upp" in err
