"""Spreadsheet files in and out (CSV and XLSX), Qt-free and shared by every import and export.

Reading: :func:`read_table` accepts what municipalities actually send: CSV saved by Swedish
Excel (cp1252, ``;``), UTF-8 with or without BOM, "Unicode text" (UTF-16, tab separated) and
XLSX. The separator is sniffed from the header line and blank lines are skipped. The first
non-blank row is the header; :func:`map_headers` finds the columns by Swedish or English name.

Writing: :func:`write_csv` writes UTF-8 *with BOM* and ``;`` as separator, which is what Excel
with Swedish regional settings opens correctly by double-click (without the BOM it guesses
cp1252 and "Åsa" becomes "Ã…sa"; with ``,`` everything lands in column A). :func:`write_xlsx`
writes a workbook. Both neutralise spreadsheet formula injection (OWASP "CSV injection"): a text
cell beginning with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a leading apostrophe so
Excel shows it as text instead of running it. Numbers (int, float) stay numbers. In XLSX, where
text is stored as a typed text cell, a text that is only a phone number or a signed number
("+46 70 123 45 67", "-5") is left without the apostrophe: it calls nothing and the user sees it
clean. Reading strips such an apostrophe again, so an exported file imports back unchanged.
Line breaks in an XLSX cell are line feeds, Excel's own line break in a cell: a carriage return
(alone or before a line feed) is written as one, so the cell reads back the same whichever XML
library wrote or reads it (a raw carriage return survives one writer and not another). A text
that began with a carriage return keeps its apostrophe: "\r=1" is written as "'\n=1".
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.files import atomic_write_bytes, os_error_reason
from samordnare_desktop.i18n import translate

Cell = str | int | float | bool | date | datetime | time | None

MAX_FILE_BYTES = 50 * 1024 * 1024
_SEPARATORS = (";", ",", "\t")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_HARMLESS_NUMBER = re.compile(r"^[+\-]?[0-9][0-9\s()\-+/.,]*$")
_XLSX_SUFFIXES = {".xlsx", ".xlsm"}
_ZIP_MAGIC = b"PK\x03\x04"
_XLSX_MAX_CELL = 32_767  # Excel's limit; longer text makes Excel "repair" the file
# A cell is cut to one character past Excel's limit as it is read: the importers' checks still
# see it as too long (and skip that row with a short reason), but no more text than that goes
# further. CSV fields past CSV_FIELD_LIMIT refuse the file (the parser would hold them whole).
MAX_CELL_CHARS = _XLSX_MAX_CELL
CSV_FIELD_LIMIT = 10_000_000
# An XLSX is a ZIP: 1 MB of it can unpack to gigabytes. Each part a reader parses (sheets, shared
# strings) is measured by unpacking it as a stream *before* openpyxl sees it.
MAX_UNPACKED_PART = 50 * 1024 * 1024
MAX_UNPACKED_TOTAL = 120 * 1024 * 1024


@dataclass(frozen=True)
class Table:
    """A sheet as read: the header row and the data rows (each padded to the header's width).

    ``line_numbers[i]`` is the row number of ``rows[i]`` in the file (1-based, as Excel and a text
    editor count), for messages like "row 7: no name".
    """

    headers: list[str]
    rows: list[list[Cell]]
    line_numbers: list[int] = field(default_factory=list)
    # the line numbers of rows with non-blank cells beyond the header's width (cut off in rows)
    overflow: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class Sheet:
    """One worksheet to write."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[Cell]]


# --- reading ----------------------------------------------------------------------------------


def read_table(
    path: Path,
    *,
    sheet: str | None = None,
    is_header: Callable[[list[str]], bool] | None = None,
) -> Table:
    """Read a CSV or XLSX file; raises :class:`UserError` with a clear message for anything else.

    The header is the first non-blank row, or with ``is_header`` the first row it accepts among
    the top ones (published statistics put title lines above the header)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:  # a folder or an unreadable file fails here
            start = handle.read(8)
    except OSError as exc:
        raise _cannot_read(path, exc) from exc
    if size > MAX_FILE_BYTES:
        raise UserError(
            translate("tabular", "{path} is too large to import (more than {mb} MB).").format(
                path=path.name, mb=MAX_FILE_BYTES // (1024 * 1024)
            )
        )
    if size == 0:
        raise UserError(translate("tabular", "{path} is empty.").format(path=path.name))
    if path.suffix.lower() == ".xls" and not start.startswith(_ZIP_MAGIC):
        raise UserError(
            translate(
                "tabular",
                "{path} is in the old Excel format (.xls). Save it as .xlsx or CSV in Excel "
                "and import that file.",
            ).format(path=path.name)
        )
    if path.suffix.lower() in _XLSX_SUFFIXES or start.startswith(_ZIP_MAGIC):
        return _read_xlsx(path, sheet, is_header)
    return _read_csv(path, is_header)


def sheet_names(path: Path) -> list[str]:
    """The worksheets of an XLSX file, in order; ``[]`` for a CSV file."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            if not handle.read(4).startswith(_ZIP_MAGIC):
                return []
    except OSError as exc:
        raise _cannot_read(path, exc) from exc
    import zipfile

    from openpyxl import load_workbook

    _check_unpacked_size(path)
    try:
        workbook = load_workbook(path, read_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise _unreadable(path) from exc
    except Exception as exc:  # openpyxl's own InvalidFileException and friends
        raise _unreadable(path) from exc
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def sheets_with_header(path: Path, is_header: Callable[[list[str]], bool]) -> list[str]:
    """The worksheets of an XLSX file that have, among their top rows, a row ``is_header``
    accepts (which sheets hold the table an import looks for); ``[]`` for a CSV file."""
    if not sheet_names(path):  # also refuses what is no workbook, and a decompression bomb
        return []
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # checked readable just above; openpyxl's own errors
        raise _unreadable(path) from exc
    try:
        found = []
        for worksheet in workbook.worksheets:
            for values in worksheet.iter_rows(max_row=_HEADER_SEARCH, values_only=True):
                if is_header([cell_text(_clean_cell(value)) for value in values]):
                    found.append(worksheet.title)
                    break
        return found
    except Exception as exc:
        raise _unreadable(path) from exc
    finally:
        workbook.close()


def excerpt(value: object, *, words: int = 6, chars: int = 60) -> str:
    """A cell for a message: at most a few words (a cell can hold anything, even megabytes)."""
    text = " ".join(str(value or "")[: chars * 4].split())
    parts = text.split(" ")
    short = " ".join(parts[:words])
    if len(short) > chars:
        short = short[: chars - 1]
    return short + "…" if short != text else short


def _cell_too_long(path: Path, row: int | None) -> UserError:
    if row is None:
        return UserError(
            translate(
                "tabular",
                "{path}: a cell is longer than {limit} characters, which no spreadsheet program "
                "writes. Nothing was imported.",
            ).format(path=path.name, limit=f"{CSV_FIELD_LIMIT:,}".replace(",", " "))
        )
    return UserError(
        translate(
            "tabular",
            "{path}, row {row}: a cell is longer than {limit} characters, which no spreadsheet "
            "program writes. Nothing was imported.",
        ).format(path=path.name, row=row, limit=f"{CSV_FIELD_LIMIT:,}".replace(",", " "))
    )


def _check_unpacked_size(path: Path) -> None:
    """Refuse a decompression bomb before parsing: each sheet and the shared strings are
    unpacked as a stream and counted, never held in memory."""
    import zipfile

    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _unreadable(path) from exc
    total = 0
    with archive:
        for info in archive.infolist():
            name = info.filename
            if not name.endswith(".xml") and not name.endswith(".rels"):
                continue
            size = 0
            try:
                with archive.open(info) as member:
                    while chunk := member.read(1024 * 1024):
                        size += len(chunk)
                        if size > MAX_UNPACKED_PART or total + size > MAX_UNPACKED_TOTAL:
                            raise UserError(
                                translate(
                                    "tabular",
                                    "{path} unpacks to more than {mb} MB (a spreadsheet that "
                                    "small on disk cannot hold that much text honestly). "
                                    "Nothing was imported.",
                                ).format(path=path.name, mb=MAX_UNPACKED_TOTAL // (1024 * 1024))
                            )
            except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
                raise _unreadable(path) from exc
            except NotImplementedError as exc:  # a compression method zipfile cannot read
                raise _unreadable(path) from exc
            total += size


def _cannot_read(path: Path, exc: OSError) -> UserError:
    return UserError(
        translate("tabular", "Could not read {path}: {reason}").format(
            path=str(path), reason=os_error_reason(exc)
        )
    )


def _unreadable(path: Path) -> UserError:
    return UserError(
        translate(
            "tabular",
            "{path} is not a spreadsheet that can be read. Save it as CSV or Excel (.xlsx).",
        ).format(path=path.name)
    )


def decode_text(data: bytes) -> str:
    """UTF-16 if it has a BOM (Excel's "Unicode text"), else UTF-8 (BOM optional), else cp1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def sniff_separator(text: str) -> str:
    """The separator of the first line that has one (a title line above the header has none):
    the one of ``; , tab`` found most outside quotes."""
    for line in text.splitlines():
        if not line.strip():
            continue
        counts = dict.fromkeys(_SEPARATORS, 0)
        quoted = False
        for ch in line:
            if ch == '"':
                quoted = not quoted
            elif not quoted and ch in counts:
                counts[ch] += 1
        best = max(_SEPARATORS, key=lambda sep: counts[sep])
        if counts[best]:
            return best
    return ","


def _read_csv(path: Path, is_header: Callable[[list[str]], bool] | None = None) -> Table:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _cannot_read(path, exc) from exc
    try:
        text = decode_text(data)
    except UnicodeDecodeError as exc:
        raise _unreadable(path) from exc
    if _looks_binary(text):
        raise _unreadable(path)
    separator = sniff_separator(text)
    records = []
    old_limit = csv.field_size_limit(CSV_FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    try:
        for row in reader:
            records.append((reader.line_num, row))
    except csv.Error as exc:
        line = reader.line_num if "end of data" not in str(exc) else _open_quote_line(text)
        if "field larger" in str(exc):
            raise _cell_too_long(path, line) from exc
        if "end of data" in str(exc):
            raise UserError(
                translate(
                    "tabular",
                    '{path}, row {row}: a quotation mark (") opens a cell that is never closed. '
                    "Nothing was imported; fix the row or save the file from Excel again.",
                ).format(path=path.name, row=line)
            ) from exc
        raise UserError(
            translate(
                "tabular",
                "{path}, row {row}: the quotation marks are not as a spreadsheet program writes "
                "them. Nothing was imported; save the file from Excel again.",
            ).format(path=path.name, row=line)
        ) from exc
    finally:
        csv.field_size_limit(old_limit)
    return _table(
        path,
        ((number, row) for number, (_line, row) in enumerate(records, start=1)),
        is_header,
    )


def _open_quote_line(text: str) -> int:
    """The line on which the unclosed quotation mark of a CSV text opens (best effort)."""
    quoted = False
    line = 1
    opened = 1
    for ch in text:
        if ch == "\n":
            line += 1
        elif ch == '"':
            quoted = not quoted
            if quoted:
                opened = line
    return opened


def _looks_binary(text: str) -> bool:
    """NUL bytes or many control characters: an image, a PDF, a Word file renamed to .csv."""
    if "\x00" in text:
        return True
    sample = text[:20_000]
    controls = sum(1 for ch in sample if ch not in "\r\n\t" and unicodedata.category(ch) == "Cc")
    return controls > max(2, len(sample) // 200)


def _read_xlsx(
    path: Path, sheet: str | None, is_header: Callable[[list[str]], bool] | None = None
) -> Table:
    import zipfile

    from openpyxl import load_workbook

    _check_unpacked_size(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise _unreadable(path) from exc
    except Exception as exc:  # openpyxl raises its own InvalidFileException and friends
        raise _unreadable(path) from exc
    try:
        if sheet is not None:
            if sheet not in workbook.sheetnames:
                raise UserError(
                    translate(
                        "tabular", "{path} has no sheet named “{sheet}”. Its sheets: {sheets}."
                    ).format(
                        path=path.name,
                        sheet=sheet,
                        sheets=", ".join(f"“{n}”" for n in workbook.sheetnames),
                    )
                )
            worksheet = workbook[sheet]
        else:
            worksheet = workbook.worksheets[0]
        try:
            rows = [
                (number, list(values))
                for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1)
            ]
        except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
            raise _unreadable(path) from exc
    finally:
        workbook.close()
    return _table(path, rows, is_header)


_HEADER_SEARCH = 20  # rows looked at for a header ``is_header`` accepts


def _table(
    path: Path,
    numbered_rows: Iterable[tuple[int, list[Cell]]],
    is_header: Callable[[list[str]], bool] | None = None,
) -> Table:
    if is_header is not None:
        numbered_rows = list(numbered_rows)
        for index, (_number, raw) in enumerate(numbered_rows[:_HEADER_SEARCH]):
            if is_header([cell_text(_clean_cell(value)) for value in raw]):
                numbered_rows = numbered_rows[index:]
                break
    headers: list[str] | None = None
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    overflow: list[int] = []
    for number, raw in numbered_rows:
        values = [_clean_cell(_capped(value)) for value in raw]
        if all(value is None or value == "" for value in values):
            continue  # blank line
        if headers is None:
            while values and (values[-1] is None or values[-1] == ""):
                values.pop()
            headers = [cell_text(value) for value in values]
            continue
        if any(value is not None and value != "" for value in values[len(headers) :]):
            overflow.append(number)
        values = values[: len(headers)]
        values += [""] * (len(headers) - len(values))
        rows.append(values)
        numbers.append(number)
    if headers is None:
        raise UserError(translate("tabular", "{path} contains no rows.").format(path=path.name))
    return Table(headers, rows, numbers, overflow)


def _capped(value: Cell) -> Cell:
    if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
        return value[: MAX_CELL_CHARS + 1]
    return value


def _clean_cell(value: Cell) -> Cell:
    if isinstance(value, str):
        value = value.strip()
        if len(value) > 1 and value[0] == "'" and value[1] in _FORMULA_START:
            value = value[1:].strip()  # our own neutralising apostrophe (see module docstring)
    return value


def cell_text(value: Cell) -> str:
    """A cell as text: numbers without a spurious ".0", dates as ISO 8601, empty as ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value).strip()


# --- header mapping ---------------------------------------------------------------------------


def header_key(text: str) -> str:
    """Compare headers loosely: case, spaces, punctuation and diacritics ignored ("E-post" = "epost")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def map_headers(
    headers: Sequence[str],
    aliases: Mapping[str, Iterable[str]],
    *,
    required: Iterable[str] = (),
    labels: Mapping[str, str] | None = None,
) -> dict[str, int]:
    """Find each field's column: ``{field: column index}`` for the fields present.

    ``aliases`` lists the names a field's column may have (Swedish and English); the header row
    may be in any order and spelled with any case, spaces or diacritics. A field listed in
    ``required`` but absent raises :class:`UserError` naming it (``labels`` gives its display
    name) and the columns that were found. When two columns mean the same field the first wins.
    """
    keys = {header_key(name): fld for fld, names in aliases.items() for name in (*names, fld)}
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        fld = keys.get(header_key(header))
        if fld is not None and fld not in found:
            found[fld] = index
    missing = [fld for fld in required if fld not in found]
    if missing:
        names = [(labels or {}).get(fld, fld) for fld in missing]
        raise UserError(
            translate(
                "tabular",
                "The file lacks the column {missing}. Columns found: {found}.",
            ).format(
                missing=", ".join(f"“{n}”" for n in names),
                found=_listed(headers),
            )
        )
    return found


def _listed(headers: Sequence[str], *, most: int = 12, chars: int = 40) -> str:
    """Headers for a message: a header row can hold anything, even 100,000 characters."""
    names = [h if len(h) <= chars else h[: chars - 1] + "…" for h in headers if h]
    shown = ", ".join(f"“{n}”" for n in names[:most])
    if len(names) > most:
        shown += ", …"
    return shown or "–"


# --- writing ----------------------------------------------------------------------------------


def neutralise(value: str, *, typed_text: bool = False) -> str:
    """Formula-injection guard for a text cell (see module docstring).

    ``typed_text``: the cell is stored as text (XLSX), so a bare phone or signed number is safe.
    """
    if value.startswith(_FORMULA_START) and not (
        typed_text and value[0] in "+-" and _HARMLESS_NUMBER.match(value)
    ):
        return "'" + value
    return value


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("tabular", "Yes") if value else translate("tabular", "No")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # Swedish Excel reads ";"-separated files with a decimal comma.
        return cell_text(value).replace(".", ",")
    if isinstance(value, (date, datetime, time)):
        return cell_text(value)
    return neutralise(str(value))


def csv_bytes(headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> bytes:
    """The bytes :func:`write_csv` writes (UTF-8 with BOM, ``;``, CRLF)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([_csv_cell(h) for h in headers])
    for row in rows:
        writer.writerow([_csv_cell(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> None:
    """Write a CSV file Swedish Excel opens by double-click: UTF-8 with BOM, ``;``-separated."""
    atomic_write_bytes(Path(path), csv_bytes(headers, rows))


_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def _sheet_title(title: str, used: set[str]) -> str:
    base = _SHEET_FORBIDDEN.sub("-", title).strip("'") or "Sheet"
    base = base[:31]
    candidate, n = base, 2
    while candidate.casefold() in used:
        suffix = f" ({n})"
        candidate, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(candidate.casefold())
    return candidate


def xlsx_bytes(sheets: Sequence[Sheet]) -> bytes:
    """The bytes :func:`write_xlsx` writes."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    used: set[str] = set()
    bold = Font(bold=True)
    for sheet in sheets or [Sheet("Sheet", [], [])]:
        worksheet = workbook.create_sheet(_sheet_title(sheet.title, used))
        rows = [[_xlsx_cell(value) for value in row] for row in sheet.rows]
        headers = [str(_xlsx_cell(str(h))) for h in sheet.headers]
        for index, header in enumerate(headers, start=1):
            width = max(
                [len(header)]
                + [len(cell_text(r[index - 1])) for r in rows[:500] if index - 1 < len(r)]
            )
            worksheet.column_dimensions[get_column_letter(index)].width = min(60, width + 3)
        worksheet.freeze_panes = "A2"
        header_cells = []
        for header in headers:
            cell = WriteOnlyCell(worksheet, value=header)
            cell.font = bold
            header_cells.append(cell)
        worksheet.append(header_cells)
        for row in rows:
            worksheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _xlsx_cell(value: Cell) -> Cell:
    if isinstance(value, str):
        # openpyxl would store "=..." as a live formula; control characters and the
        # non-characters U+FFFE/U+FFFF are invalid XML (the workbook would not open).
        text = "".join(
            ch
            for ch in value
            if ch in "\t\n\r" or (unicodedata.category(ch) != "Cc" and ch not in "\ufffe\uffff")
        )
        text = neutralise(text, typed_text=True)
        # line breaks as line feeds, Excel's own (see the module docstring)
        return text.replace("\r\n", "\n").replace("\r", "\n")[:_XLSX_MAX_CELL]
    return value


def write_xlsx(path: Path, sheets: Sequence[Sheet]) -> None:
    """Write an Excel workbook, one worksheet per :class:`Sheet`, bold frozen header row."""
    atomic_write_bytes(Path(path), xlsx_bytes(sheets))
