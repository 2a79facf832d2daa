"""Spreadsheet files: every encoding and separator municipalities send, XLSX, hostile cells."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.services import tabular
from samordnare_desktop.services.tabular import Sheet, map_headers, read_table

ROWS = [
    ["Namn", "Organisation", "E-post"],
    ["Åsa Öberg", "Socialförvaltningen", "asa@kommun.se"],
    ["Per Ängström", "Skola; förskola", "per@kommun.se"],
]


def _csv_text(rows: list[list[str]], sep: str) -> str:
    lines = []
    for row in rows:
        cells = [f'"{c}"' if sep in c or '"' in c else c for c in row]
        lines.append(sep.join(cells))
    return "\r\n".join(lines) + "\r\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
@pytest.mark.parametrize("sep", [";", ",", "\t"])
def test_csv_in_every_encoding_and_separator(tmp_path: Path, encoding: str, sep: str) -> None:
    path = tmp_path / "deltagare.csv"
    text = _csv_text(ROWS, sep)
    # blank lines anywhere are skipped
    text = "\r\n" + text.replace("\r\n", "\r\n\r\n", 1) + "\r\n;;\r\n"
    if sep != ";":
        text = text.replace(";;", sep * 2)
    path.write_bytes(text.encode(encoding))
    table = read_table(path)
    assert table.headers == ROWS[0]
    assert table.rows == ROWS[1:]
    assert table.line_numbers == [4, 5]


def test_short_rows_are_padded_and_apostrophe_of_an_export_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("Namn;Telefon;Anteckning\nEva;'+46 70\nBo;;'=1+2\n", encoding="utf-8")
    table = read_table(path)
    assert table.rows == [["Eva", "+46 70", ""], ["Bo", "", "=1+2"]]


def test_xlsx_read_with_types(tmp_path: Path) -> None:
    path = tmp_path / "lista.xlsx"
    tabular.write_xlsx(
        path,
        [Sheet("Deltagare", ["Namn", "Antal", "Datum"], [["Åsa", 3, date(2026, 3, 4)], [None]])],
    )
    table = read_table(path)
    assert table.headers == ["Namn", "Antal", "Datum"]
    assert table.rows[0][0] == "Åsa"
    assert table.rows[0][1] == 3
    assert tabular.cell_text(table.rows[0][2]) == "2026-03-04 00:00"
    assert len(table.rows) == 1  # the empty row is skipped


def test_xlsx_named_sheet(tmp_path: Path) -> None:
    path = tmp_path / "två.xlsx"
    tabular.write_xlsx(path, [Sheet("A", ["x"], [["1"]]), Sheet("B", ["y"], [["2"]])])
    assert read_table(path, sheet="B").rows == [["2"]]
    with pytest.raises(UserError, match="C"):
        read_table(path, sheet="C")


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20,
        b"%PDF-1.7\n" + bytes(range(256)) * 4,
        b"PK\x03\x04 this is not really a zip file at all",
    ],
)
def test_garbage_file_is_a_clear_user_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "lista.csv"
    path.write_bytes(content)
    with pytest.raises(UserError, match=r"inte ett kalkylark|not a spreadsheet"):
        read_table(path)


def test_garbage_xlsx_and_old_xls_and_empty(tmp_path: Path) -> None:
    bad = tmp_path / "lista.xlsx"
    bad.write_bytes(b"hello")
    with pytest.raises(UserError):
        read_table(bad)
    old = tmp_path / "lista.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(UserError, match=r"\.xls"):
        read_table(old)
    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"")
    with pytest.raises(UserError):
        read_table(empty)
    blank = tmp_path / "blank.csv"
    blank.write_bytes(b"\r\n;;\r\n\r\n")
    with pytest.raises(UserError):
        read_table(blank)
    with pytest.raises(UserError):
        read_table(tmp_path / "finns-inte.csv")


ALIASES = {
    "name": {"Namn", "Name", "Fullständigt namn"},
    "email": {"E-post", "E-mail", "Epost", "Mejl"},
    "organisation": {"Organisation", "Förvaltning"},
}


def test_map_headers_any_order_case_space_diacritics() -> None:
    found = map_headers(["  MEJL ", "förvaltning", "Fullstandigt  namn", "Övrigt"], ALIASES)
    assert found == {"email": 0, "organisation": 1, "name": 2}
    assert map_headers(["e_mail", "NAME"], ALIASES) == {"email": 0, "name": 1}


def test_map_headers_names_the_missing_column() -> None:
    with pytest.raises(UserError) as caught:
        map_headers(["Förnamn", "Telefon"], ALIASES, required=["name"], labels={"name": "Namn"})
    assert "Namn" in caught.value.message
    assert "Förnamn" in caught.value.message


HOSTILE = [
    '=HYPERLINK("http://evil","x")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "\tindented",
    "\r=1",
]


def test_csv_writer_neutralises_formulas_and_keeps_numbers(tmp_path: Path) -> None:
    path = tmp_path / "ut.csv"
    tabular.write_csv(
        path,
        ["Namn", "Värde", "Telefon"],
        [[h, 42, "+46 70 123 45 67"] for h in HOSTILE] + [["Åsa", 1.5, "-5"]],
    )
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0] == "Namn;Värde;Telefon"
    assert "\r\n" in text
    import csv
    import io

    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    for row, hostile in zip(rows[1:], HOSTILE, strict=False):
        assert row[0] == "'" + hostile
        assert row[1] == "42"
        assert row[2] == "'+46 70 123 45 67"  # Excel would parse it as a formula
    assert rows[-1] == ["Åsa", "1,5", "'-5"]
    # and it reads back to what was written
    table = read_table(path)
    assert [r[0] for r in table.rows[: len(HOSTILE)]] == [h.strip() for h in HOSTILE]


def test_xlsx_writer_never_writes_a_formula(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "ut.xlsx"
    tabular.write_xlsx(
        path,
        [
            Sheet(
                "Deltagare: [alla]",
                ["=Namn", "Antal"],
                [[h, 7] for h in HOSTILE] + [["a\x01b", 0], ["+46 70 123 45 67", -5]],
            )
        ],
    )
    workbook = load_workbook(path)
    sheet = workbook.worksheets[0]
    assert sheet.title == "Deltagare- -alla-"
    assert sheet["A1"].value == "'=Namn"
    for row, hostile in enumerate(HOSTILE, start=2):
        cell = sheet.cell(row=row, column=1)
        assert cell.data_type == "s"
        assert cell.value[0] == "'" and cell.value[1:].strip() == hostile.strip()
        assert sheet.cell(row=row, column=2).value == 7
    assert sheet.cell(row=len(HOSTILE) + 2, column=1).value == "ab"
    # a phone number in a text cell calls nothing: no apostrophe to confuse the reader
    assert sheet.cell(row=len(HOSTILE) + 3, column=1).value == "+46 70 123 45 67"
    assert sheet.cell(row=len(HOSTILE) + 3, column=1).data_type == "s"
    assert sheet.cell(row=len(HOSTILE) + 3, column=2).value == -5
    assert sheet.freeze_panes == "A2"


def test_writers_are_atomic(tmp_path: Path) -> None:
    path = tmp_path / "ut.csv"
    path.write_text("gammal", encoding="utf-8")

    class Boom(Exception):
        pass

    def rows():
        yield ["a"]
        raise Boom

    with pytest.raises(Boom):
        tabular.write_csv(path, ["x"], rows())
    assert path.read_text(encoding="utf-8") == "gammal"
    assert list(tmp_path.glob("*.part")) == []


def test_duplicate_sheet_titles_are_made_unique() -> None:
    import io

    from openpyxl import load_workbook

    data = tabular.xlsx_bytes([Sheet("X" * 40, [], []), Sheet("X" * 40, [], [])])
    names = load_workbook(io.BytesIO(data)).sheetnames
    assert len(set(names)) == 2 and all(len(n) <= 31 for n in names)


_CELL_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from('=+-@;,"\t\n'),
    max_size=30,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(st.lists(_CELL_TEXT, min_size=3, max_size=3), min_size=1, max_size=8))
def test_csv_round_trip_of_any_text(tmp_path: Path, rows: list[list[str]]) -> None:
    """What we write, we read back: separators, quotes, newlines, formula characters."""
    path = tmp_path / "runda.csv"
    tabular.write_csv(path, ["A", "B", "C"], rows)
    expected = [
        [cell.strip() for cell in row]
        for row in rows
        if any(cell.strip() for cell in row)  # blank lines are skipped
    ]
    expected = [
        [
            c[1:].strip() if c.startswith("'") and c[1:2] in "=+-@\t\r" and len(c) > 1 else c
            for c in row
        ]
        for row in expected
    ]
    assert read_table(path).rows == expected
