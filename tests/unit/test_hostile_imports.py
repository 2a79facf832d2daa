"""Bad input, everywhere: every import path and every date a user or a file can give.

A file is either imported with its text intact or refused with a short, clear ``UserError``;
never another exception, and a refusal leaves the database exactly as it was.
"""

from __future__ import annotations

import csv
import io
import itertools
import zipfile
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st
from sqlalchemy import func, select

from samordnare_desktop.domain.errors import UserError, ValidationError
from samordnare_desktop.domain.participant import Participant, Person
from samordnare_desktop.domain.time_study import RespondentRole as Role
from samordnare_desktop.domain.time_study import TimeStudy
from samordnare_desktop.domain.validation import clean_text
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.agendas import AgendaItemInput
from samordnare_desktop.services.participant_import import ImportAction
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.startup import open_database
from samordnare_desktop.services.time_study import RespondentInput, StudyInput
from samordnare_desktop.services.visits import VisitInput
from tests.factories import make_visit
from tests.helpers import cli
from tests.hostile import HOSTILE_SETTINGS, LONG, hostile_text, starts_with_formula

_DAYS = (date(2026, 1, 5) + timedelta(days=n) for n in itertools.count())
_FILES = itertools.count()


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    db = open_database(tmp_path_factory.mktemp("imports") / "db.sqlite3", daily_backup=False)
    yield Services(db)
    db.close()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("files")


def _visit(services: Services):
    return make_visit(services, day=next(_DAYS))


def snapshot(services: Services) -> tuple:
    """Everything an import could touch: the directory, the visit lists, the time studies."""
    with services.db.read() as s:
        people = sorted(
            (p.name, p.organisation, p.email, p.title, str(p.deleted_at))
            for p in s.scalars(select(Person))
        )
        links = s.scalar(select(func.count()).select_from(Participant))
        studies = s.scalar(select(func.count()).select_from(TimeStudy))
    return people, links, studies


def assert_clear_refusal(exc: UserError) -> None:
    """One short message in words, not a traceback or a 100,000-character echo of the file."""
    message = exc.message
    assert message.strip() and len(message) < 400, message
    assert "Traceback" not in message and "Error:" not in message


# --- files that are not what they say ------------------------------------------------------------
def _zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _workbook(rows: list[list[object]]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


BAD_FILES = {
    "empty.csv": b"",
    "empty.xlsx": b"",
    "bom-only.csv": b"\xef\xbb\xbf",
    "blank-lines.csv": b"\r\n\r\n   \r\n\t\r\n",
    "separators-only.csv": b";;;;\r\n;;;\r\n",
    "utf-16-without-bom.csv": "Namn;Roll\r\nÅsa;Chef\r\n".encode("utf-16-le"),
    "utf-32.csv": "Namn;Roll\r\nÅsa;Chef\r\n".encode("utf-32"),
    "binary.csv": bytes(range(1, 256)) * 100,
    "image.csv": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
    "document.csv": b"%PDF-1.7\n" + bytes(range(256)) * 4,
    "archive.csv": _zip({"a.txt": "x"}),
    "archive.xlsx": _zip({"a.txt": "x"}),
    "word.xlsx": _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<x/>"}),
    "broken-xml.xlsx": _zip({"[Content_Types].xml": "<<<", "xl/workbook.xml": "<x"}),
    "truncated.xlsx": _workbook([["Namn"], ["Åsa"]])[:600],
    "old-excel.xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
    "unterminated-quote.csv": ('Namn;Roll;Dagar\r\n"' + "x" * 200_000 + "\r\n").encode(),
    "nul.csv": b"Namn;Roll\r\nA\x00B;Chef\r\n",
}


def _write(folder: Path, name: str, content: bytes | None) -> Path:
    path = folder / f"{next(_FILES)}-{name}"
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    return path


@pytest.mark.parametrize("name", [*BAD_FILES, "a-folder.csv"])
def test_bad_files_are_refused_clearly_and_change_nothing(
    services: Services, folder: Path, name: str
) -> None:
    path = _write(folder, name, BAD_FILES.get(name))
    visit = _visit(services)
    before = snapshot(services)
    docs, studies = services.participant_documents, services.time_studies
    for attempt in (
        lambda: docs.preview(visit.id, path),
        lambda: docs.apply(visit.id, path),
        lambda: studies.preview_import(path),
    ):
        with pytest.raises(UserError) as refused:
            attempt()
        assert_clear_refusal(refused.value)
    assert snapshot(services) == before


def test_header_only_files(services: Services, folder: Path) -> None:
    visit = _visit(services)
    before = snapshot(services)
    for name, content in (
        ("header.csv", b"Namn;Titel;Roll;Dagar;Resor\r\n"),
        ("header.xlsx", _workbook([["Namn", "Titel", "Roll", "Dagar", "Resor"]])),
    ):
        path = _write(folder, name, content)
        plan = services.participant_documents.apply(visit.id, path)
        assert plan.rows == ()  # nothing to do is not an error for a participant list
        with pytest.raises(UserError) as refused:
            services.time_studies.preview_import(path)
        assert_clear_refusal(refused.value)
    assert snapshot(services) == before


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-16", b""), ("cp1252", b""), ("latin-1", b""), ("utf-8", b"\xef\xbb\xbf")],
)
def test_other_encodings_keep_the_text(
    services: Services, folder: Path, encoding: str, prefix: bytes
) -> None:
    visit = _visit(services)
    text = "Namn;Namn;Organisation\r\nÅsa Öberg;Ignored;Socialförvaltningen Ängelholm\r\n"
    path = _write(folder, f"{encoding}.csv", prefix + text.encode(encoding))
    plan = services.participant_documents.apply(visit.id, path)
    assert [r.action for r in plan.rows] in ([ImportAction.ADD], [ImportAction.UPDATE])
    (row,) = services.participants.list_for_visit(visit.id)
    # duplicate header: the first column of that name wins, the second is ignored
    assert (row.name, row.organisation) == ("Åsa Öberg", "Socialförvaltningen Ängelholm")


def test_hundred_thousand_character_cells(services: Services, folder: Path) -> None:
    visit = _visit(services)
    before = snapshot(services)
    rows = [
        ["Namn", "Organisation", "Titel"],
        [LONG, "Org", ""],
        ["Bo Ek", LONG, ""],
        ["Cia Ek", "Org", LONG[:150]],
    ]
    for suffix in (".csv", ".xlsx"):
        if suffix == ".csv":
            buffer = io.StringIO()
            csv.writer(buffer, delimiter=";").writerows(rows)
            content = buffer.getvalue().encode("utf-8-sig")
        else:
            content = _workbook(rows)
        plan = services.participant_documents.preview(
            visit.id, _write(folder, "l" + suffix, content)
        )
        skipped, kept = plan.rows[:2], plan.rows[2]
        assert [r.action for r in skipped] == [ImportAction.SKIP, ImportAction.SKIP]
        assert all(0 < len(r.detail) < 200 for r in skipped)  # "Name: too long", not the text
        assert kept.action is ImportAction.ADD and kept.person.title == clean_text(LONG[:150])
    assert snapshot(services) == before  # a preview writes nothing
    path = _write(folder, "t.csv", ("Roll;Dagar;Resor\r\n" + LONG + ";1;2\r\n").encode())
    with pytest.raises(UserError) as refused:
        services.time_studies.preview_import(path)
    assert_clear_refusal(refused.value)


def test_a_monstrous_header_row_gives_a_short_message(services: Services, folder: Path) -> None:
    visit = _visit(services)
    header = ";".join([LONG, *(f"Kolumn {n}" for n in range(300))])
    path = _write(folder, "header.csv", (header + "\r\nA;B\r\n").encode())
    for attempt in (
        lambda: services.participant_documents.preview(visit.id, path),
        lambda: services.time_studies.preview_import(path),
    ):
        with pytest.raises(UserError) as refused:
            attempt()
        assert_clear_refusal(refused.value)


# --- hostile cells -------------------------------------------------------------------------------
cell = st.one_of(hostile_text(), starts_with_formula())


def _xlsx_safe(text: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", text).replace("\ufffe", "").replace("\uffff", "")


@HOSTILE_SETTINGS
@given(
    rows=st.lists(st.lists(cell, min_size=3, max_size=3), min_size=1, max_size=4),
    suffix=st.sampled_from([".csv", ".xlsx"]),
)
def test_hostile_cells_import_intact_or_are_refused(
    services: Services, folder: Path, rows: list[list[str]], suffix: str
) -> None:
    header = ["Namn", "Organisation", "Uppdrag"]
    if suffix == ".csv":
        buffer = io.StringIO(newline="")
        csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows([header, *rows])
        content = buffer.getvalue().encode("utf-8-sig")
    else:
        rows = [[_xlsx_safe(c) for c in row] for row in rows]
        # written as text cells: openpyxl would make "=..." a live formula
        from openpyxl import Workbook

        workbook = Workbook()
        workbook.active.append(header)
        for row in rows:
            workbook.active.append(row)
            for c in workbook.active[workbook.active.max_row]:
                c.data_type = "s"
        out = io.BytesIO()
        workbook.save(out)
        content = out.getvalue()
    visit = _visit(services)
    before = snapshot(services)
    path = _write(folder, "hostile" + suffix, content)
    try:
        plan = services.participant_documents.apply(visit.id, path)
    except UserError as refused:
        assert_clear_refusal(refused)
        assert snapshot(services) == before
        event("refused")
        return
    event("imported " + " ".join(sorted(r.action.value for r in plan.rows)))
    stored = {r.name: r for r in services.participants.list_for_visit(visit.id)}
    for row in plan.rows:
        if row.action is ImportAction.SKIP:
            assert row.detail.strip()
            continue
        assert row.person.name in stored
    by_line = dict(zip(range(1, len(rows) + 1), rows, strict=True))
    for row in plan.rows:
        if row.action is ImportAction.ADD and row.line - 1 in by_line:
            name, organisation, _office = by_line[row.line - 1]
            if not name.lstrip().startswith("'"):  # our own neutralising apostrophe is dropped
                assert stored[row.person.name].name == clean_text(name)
                assert stored[row.person.name].organisation == clean_text(organisation)


@HOSTILE_SETTINGS
@given(role=cell, category=cell, number=cell)
def test_hostile_time_study_cells_are_refused_clearly(
    services: Services, folder: Path, role: str, category: str, number: str
) -> None:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(
        [["Roll", "Dagar", "Resor", category], [role, "5", number, "1"]]
    )
    path = _write(folder, "ts.csv", buffer.getvalue().encode("utf-8-sig"))
    before = snapshot(services)
    try:
        services.time_studies.preview_import(path)
    except UserError as refused:
        assert_clear_refusal(refused)
    assert snapshot(services) == before


# --- dates and times -----------------------------------------------------------------------------
def test_impossible_dates_are_refused_by_the_services(services: Services) -> None:
    from samordnare_desktop.services.action_plans import parse_day

    for text in ("2026-02-30", "2026-13-01", "2026-00-10", "30/2/2026", "24:00", "<b>", "\x00"):
        with pytest.raises(ValidationError) as refused:
            parse_day(text, "due_date")
        assert refused.value.field == "due_date"
        assert_clear_refusal(refused.value)
    assert parse_day("2028-02-29", "due_date") == date(2028, 2, 29)  # a leap day is a day

    m = services.municipalities.by_code("0586")
    before = len(services.visits.list())
    for data, field in (
        (VisitInput(m.id, VisitKind.FIRST, date(2026, 5, 5), time(10), time(9)), "end_time"),
        (VisitInput(m.id, VisitKind.FIRST, date(2026, 5, 5), time(10), time(10)), "end_time"),
        (
            VisitInput(
                m.id,
                VisitKind.FIRST,
                date(2026, 5, 5),
                has_press_meeting=True,
                press_start=time(12),
                press_end=time(11, 59),
            ),
            "press_end",
        ),
        (VisitInput(m.id, VisitKind.FIRST, date(2026, 3, 29), time(2, 0)), "start_time"),
    ):
        with pytest.raises(ValidationError) as refused:
            services.visits.create(data)
        assert refused.value.field == field
        assert_clear_refusal(refused.value)
    assert len(services.visits.list()) == before

    visit = services.visits.create(
        VisitInput(m.id, VisitKind.FIRST, date(2026, 5, 6), time(22), time(23, 59))
    )
    agendas = services.agendas
    with pytest.raises(ValidationError) as refused:  # would end after 24:00
        agendas.add_item(visit.id, AgendaItemInput("Sent", 90, start_time=time(23)))
    assert_clear_refusal(refused.value)
    assert agendas.items_of(visit.id) == []
    last = agendas.add_item(visit.id, AgendaItemInput("Till midnatt", 30, start_time=time(23, 30)))
    assert last.end_minutes == 24 * 60  # ends exactly at midnight: allowed
    from samordnare_desktop.pdf.agenda import render_agenda
    from tests.hostile import pdf_text

    text, _ = pdf_text(render_agenda(agendas.document(visit.id)))
    assert "23.30–24.00" in text  # not a minute early at 23.59

    ts = services.time_studies
    category = ts.categories()[0]
    with pytest.raises(UserError) as refused:
        ts.create(
            StudyInput(
                m.id,
                "Baklänges",
                date(2026, 1, 9),
                date(2026, 1, 5),
                (RespondentInput(Role.MANAGER, 5, {category.id: 10}),),
            )
        )
    assert_clear_refusal(refused.value)
    with pytest.raises(ValidationError):
        services.reports.gather(date(2026, 3, 31), date(2026, 1, 1))


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "agenda", "--kommun", "0586", "--date", "2026-02-30", "--out", "x.pdf"],
        ["export", "participants", "--kommun", "0586", "--date", "2026-02-30", "--out", "x.pdf"],
        ["export", "report", "--from", "2026-02-30", "--to", "2026-03-31", "--out", "x.pdf"],
        ["export", "agenda", "--kommun", "0586", "--date", "24:00", "--out", "x.pdf"],
    ],
)
def test_cli_impossible_date_is_one_clear_line(argv: list[str], tmp_path: Path) -> None:
    result = cli(["--db", str(tmp_path / "db.sqlite3"), *argv])
    assert result.returncode == 2
    err = result.stderr
    assert "Traceback" not in err
    (line,) = err.strip().splitlines()  # one line, in Swedish like every other refusal
    assert argv[argv.index("--date" if "--date" in argv else "--from") + 1] in line
    assert "inte ett datum" in line and "2026-03-04" in line
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["list", "visits", "--from", "2026-02-30"], "2026-02-30"),
        (["list", "visits", "--from", "2026-03-31", "--to", "2026-01-01"], "--to"),
        (
            ["export", "report", "--from", "2026-03-31", "--to", "2026-01-01", "--out", "x.pdf"],
            "",
        ),
    ],
)
def test_cli_refusals_exit_non_zero_with_a_message(
    argv: list[str], expected: str, tmp_path: Path
) -> None:
    result = cli(["--db", str(tmp_path / "db.sqlite3"), *argv])
    code, err = result.returncode, result.stderr.strip()
    assert code == 2 and err and "Traceback" not in err
    assert len(err.splitlines()) == 1 and expected in err
    assert not (tmp_path / "x.pdf").exists()


PERIOD = ("--from", "2026-01-05", "--to", "2026-01-09")


@pytest.mark.parametrize("name", ["binary.csv", "word.xlsx", "empty.csv", "a-folder.csv"])
def test_cli_imports_refuse_bad_files_in_one_line(name: str, tmp_path: Path) -> None:
    db_path = tmp_path / "db.sqlite3"
    db = open_database(db_path, daily_backup=False)
    services = Services(db)
    m = services.municipalities.by_code("0586")
    services.visits.create(VisitInput(m.id, VisitKind.FIRST, date(2026, 3, 4)))
    db.close()
    path = _write(tmp_path, name, BAD_FILES.get(name))
    for argv in (
        ["import", "participants", str(path), "--kommun", "0586", "--date", "2026-03-04"],
        ["import", "time-study", str(path), "--kommun", "0586", *PERIOD],
    ):
        result = cli(["--db", str(db_path), *argv])
        code, err = result.returncode, result.stderr.strip()
        assert code == 2 and len(err.splitlines()) == 1 and "Traceback" not in err, err
    db = open_database(db_path, daily_backup=False)
    try:
        assert snapshot(Services(db))[1:] == (0, 0)  # no participant, no time study
    finally:
        db.close()
