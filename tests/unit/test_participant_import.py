"""Importing a municipality's participant file, and exporting a visit's list to CSV/XLSX."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.domain.participant import Participant, Person
from samordnare_desktop.domain.participant import ParticipantCategory as Cat
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services import tabular
from samordnare_desktop.services.participant_import import (
    ImportAction,
    category_from_text,
)
from samordnare_desktop.services.participants import ParticipationInput, PersonInput
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.visits import VisitInput
from tests.factories import make_visit

HEADER = ["Namn", "Titel", "Organisation", "Kategori", "E-post", "Telefon", "Parti", "Uppdrag"]
ROWS = [
    ["Åsa Öberg", "Socialchef", "Socialförvaltningen", "Chef", "asa.oberg@mjolby.se", "", "", ""],
    ["Per Holm", "", "Kommunstyrelsen", "Politiker", "", "070-123 45 67", "s", "Kommunalråd"],
    ["Łucja Đorđević", "Kurator", "Elevhälsan", "School and student health", "", "", "", ""],
    ["Karin Ek", "", "", "", "karin@", "", "", ""],  # bad e-mail: skipped
    ["", "Rektor", "Skolan", "", "", "", "", ""],  # no name: skipped
]


def _visit(services: Services):
    return make_visit(services)


def _write_csv(path: Path, rows: list[list[str]], sep: str, encoding: str) -> Path:
    lines = [sep.join(f'"{c}"' if sep in c else c for c in row) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def _counts(services: Services) -> tuple[int, int]:
    with services.db.read() as s:
        people = s.scalar(select(func.count()).select_from(Person))
        links = s.scalar(select(func.count()).select_from(Participant))
    return people, links


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp1252"])
@pytest.mark.parametrize("sep", [";", ",", "\t"])
def test_import_csv_each_encoding_and_separator(
    services: Services, tmp_path: Path, encoding: str, sep: str
) -> None:
    visit = _visit(services)
    rows = ROWS
    if encoding == "cp1252":  # cp1252 has no Ł, Đ, ć: what Swedish Excel can save
        rows = [[c.replace("Łucja Đorđević", "Lucja Dordevic") for c in r] for r in ROWS]
    path = _write_csv(tmp_path / "lista.csv", [HEADER, *rows], sep, encoding)
    docs = services.participant_documents
    plan = docs.preview(visit.id, path)
    assert [r.action for r in plan.rows] == [
        ImportAction.ADD,
        ImportAction.ADD,
        ImportAction.ADD,
        ImportAction.SKIP,
        ImportAction.SKIP,
    ]
    assert (plan.added, plan.updated, plan.skipped) == (3, 0, 2)
    assert "e-post" in plan.rows[3].detail.lower()
    assert plan.rows[3].line == 5
    assert "namn" in plan.rows[4].detail.lower()
    assert _counts(services) == (0, 0)  # preview writes nothing

    done = docs.apply(visit.id, path)
    assert done.added == 3
    listed = services.participants.list_for_visit(visit.id)
    by_name = {r.name: r for r in listed}
    assert set(by_name) == {"Åsa Öberg", "Per Holm", rows[2][0]}
    assert by_name["Åsa Öberg"].category is Cat.MANAGER
    assert by_name["Per Holm"].category is Cat.POLITICIAN
    assert by_name["Per Holm"].party == "S" and by_name["Per Holm"].office == "Kommunalråd"
    assert by_name[rows[2][0]].category is Cat.SCHOOL_HEALTH
    assert all(r.invited and not r.attended for r in listed)


def test_second_import_updates_and_skips(services: Services, tmp_path: Path) -> None:
    visit = _visit(services)
    docs = services.participant_documents
    docs.apply(visit.id, _write_csv(tmp_path / "a.csv", [HEADER, *ROWS], ";", "utf-8"))
    again = [
        HEADER,
        # same e-mail (other case), new phone: update
        [
            "Åsa Öberg",
            "Socialchef",
            "Socialförvaltningen",
            "",
            "ASA.OBERG@mjolby.se",
            "0142-1",
            "",
            "",
        ],
        # same name + organisation, nothing new: skipped
        ["per  holm", "", "kommunstyrelsen", "", "", "", "", ""],
        # twice in the same file: second skipped
        ["Nils Nord", "", "Polisen", "Polis", "nils@polisen.se", "", "", ""],
        ["Nils Nord", "", "Polisen", "Polis", "nils@polisen.se", "", "", ""],
        # unknown category: default, said so
        ["Eva Lund", "", "BRIS", "Något konstigt", "", "", "", ""],
    ]
    path = _write_csv(tmp_path / "b.csv", again, ";", "utf-8")
    plan = docs.preview(visit.id, path)
    actions = [r.action for r in plan.rows]
    assert actions == [
        ImportAction.UPDATE,
        ImportAction.SKIP,
        ImportAction.ADD,
        ImportAction.SKIP,
        ImportAction.ADD,
    ]
    assert "telefon" in plan.rows[0].detail
    assert "e-post" in plan.rows[0].detail.lower()
    assert "redan" in plan.rows[1].detail.lower()
    assert "rad 4" in plan.rows[3].detail
    assert "Något konstigt" in plan.rows[4].detail
    docs.apply(visit.id, path)
    listed = {r.name: r for r in services.participants.list_for_visit(visit.id)}
    assert listed["Åsa Öberg"].phone == "0142-1"
    assert listed["Åsa Öberg"].category is Cat.MANAGER  # no category given: kept
    assert listed["Nils Nord"].category is Cat.AUTHORITY
    assert listed["Eva Lund"].category is Cat.OTHER
    assert len(listed) == 5


def test_person_from_directory_is_put_on_another_visit(services: Services, tmp_path: Path) -> None:
    visit = _visit(services)
    other = services.visits.create(
        VisitInput(visit.municipality_id, VisitKind.DIALOGUE, date(2026, 5, 1))
    )
    services.participants.add(other.id, PersonInput("Anna Berg", Cat.MANAGER, email="a@b.se"))
    path = _write_csv(
        tmp_path / "c.csv", [["Name", "Email"], ["Anna Berg", "a@b.se"]], ",", "utf-8"
    )
    plan = services.participant_documents.preview(visit.id, path)
    assert plan.rows[0].action is ImportAction.UPDATE and plan.rows[0].join_visit
    services.participant_documents.apply(visit.id, path)
    assert [r.name for r in services.participants.list_for_visit(visit.id)] == ["Anna Berg"]
    assert _counts(services) == (1, 2)


def test_removed_participant_comes_back(services: Services, tmp_path: Path) -> None:
    visit = _visit(services)
    row = services.participants.add(
        visit.id, PersonInput("Anna Berg", Cat.MANAGER), ParticipationInput(notes="x")
    )
    services.participants.remove(row.id)
    path = _write_csv(tmp_path / "c.csv", [["Namn"], ["Anna Berg"]], ";", "utf-8")
    services.participant_documents.apply(visit.id, path)
    listed = services.participants.list_for_visit(visit.id)
    assert [r.id for r in listed] == [row.id]
    assert _counts(services) == (1, 1)


def test_first_and_last_name_columns_and_xlsx(services: Services, tmp_path: Path) -> None:
    visit = _visit(services)
    path = tmp_path / "lista.xlsx"
    tabular.write_xlsx(
        path,
        [
            tabular.Sheet(
                "Blad1",
                ["Efternamn", "Förnamn", "Mobil", "Förvaltning"],
                [["Berg", "Anna", "070-1112233", "Soc"], ["Holm", "Per", None, None]],
            )
        ],
    )
    done = services.participant_documents.apply(visit.id, path)
    assert done.added == 2
    names = sorted(r.name for r in services.participants.list_for_visit(visit.id))
    assert names == ["Anna Berg", "Per Holm"]


def test_children_get_an_alias_and_no_contact_details(services: Services, tmp_path: Path) -> None:
    visit = _visit(services)
    path = _write_csv(
        tmp_path / "unga.csv",
        [
            ["Namn", "Kategori", "E-post"],
            ["Elsa", "Ungdom", ""],
            ["Kim", "barn", "kim@x.se"],  # contact details for a child: skipped
            ["Alva Berg", "Ungdom", ""],  # full name for a child: skipped
        ],
        ";",
        "utf-8",
    )
    plan = services.participant_documents.apply(visit.id, path)
    assert [r.action for r in plan.rows] == [ImportAction.ADD, ImportAction.SKIP, ImportAction.SKIP]
    (child,) = services.participants.list_for_visit(visit.id)
    assert child.category is Cat.CHILD and child.alias_number == 1
    assert child.print_name == "Ungdom 1"  # not on printed lists by name


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        b"Titel;Organisation\nChef;Soc\n",  # no name column
        b"",
    ],
)
def test_bad_file_changes_nothing(services: Services, tmp_path: Path, content: bytes) -> None:
    visit = _visit(services)
    services.participants.add(visit.id, PersonInput("Anna Berg", Cat.MANAGER))
    before = _counts(services)
    path = tmp_path / "fel.csv"
    path.write_bytes(content)
    with pytest.raises(UserError):
        services.participant_documents.preview(visit.id, path)
    with pytest.raises(UserError):
        services.participant_documents.apply(visit.id, path)
    assert _counts(services) == before


def test_failure_half_way_rolls_everything_back(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    visit = _visit(services)
    path = _write_csv(tmp_path / "a.csv", [HEADER, *ROWS], ";", "utf-8")
    from samordnare_desktop.services import participant_documents as module

    def boom(*_a, **_k):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(module.ParticipantService, "_set_keys", staticmethod(boom))
    with pytest.raises(RuntimeError):
        services.participant_documents.apply(visit.id, path)
    assert _counts(services) == (0, 0)


def test_missing_name_column_error_names_it(services: Services, tmp_path: Path) -> None:
    visit = _visit(services)
    path = _write_csv(tmp_path / "a.csv", [["Titel", "E-post"], ["x", "y"]], ";", "utf-8")
    with pytest.raises(UserError) as caught:
        services.participant_documents.preview(visit.id, path)
    assert "Namn" in caught.value.message and "Titel" in caught.value.message


def test_category_words() -> None:
    assert category_from_text("POLITIKER") is Cat.POLITICIAN
    assert category_from_text("Politician") is Cat.POLITICIAN
    assert category_from_text("Health care / BUP / region") is Cat.HEALTH_CARE
    assert category_from_text("vårdnadshavare") is Cat.PARENT
    assert category_from_text("Övriga") is Cat.OTHER
    assert category_from_text("") is None
    assert category_from_text("okänt") is None


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_and_import_back(services: Services, tmp_path: Path, suffix: str) -> None:
    visit = _visit(services)
    svc = services.participants
    svc.add(
        visit.id,
        PersonInput('=HYPERLINK("x")', Cat.MANAGER, organisation="@Soc", phone="+46 70 1"),
        ParticipationInput(attended=True, notes="-rm"),
    )
    svc.add(visit.id, PersonInput("Per Holm", Cat.POLITICIAN, party="S", office="KS"))
    out = tmp_path / f"deltagare{suffix}"
    assert services.participant_documents.export_table(visit.id, out) == 2
    table = tabular.read_table(out)
    assert table.headers[:4] == ["Namn", "Titel", "Organisation", "Kategori"]
    names = {tabular.cell_text(r[0]) for r in table.rows}
    assert names == {'=HYPERLINK("x")', "Per Holm"}
    if suffix == ".csv":
        raw = out.read_bytes().decode("utf-8-sig")
        assert "'=HYPERLINK" in raw and "'@Soc" in raw and ";'+46 70 1;" in raw
        assert "Politiker" in raw and "Ja" in raw
    # importing the export into another visit of the same municipality matches everyone
    other = services.visits.create(
        VisitInput(visit.municipality_id, VisitKind.DIALOGUE, date(2026, 6, 1))
    )
    plan = services.participant_documents.preview(other.id, out)
    assert [r.action for r in plan.rows] == [ImportAction.UPDATE, ImportAction.UPDATE]
    assert all(r.changed_fields == () for r in plan.rows)


def test_export_refuses_other_suffix(services: Services, tmp_path: Path) -> None:
    visit = _visit(services)
    with pytest.raises(UserError):
        services.participant_documents.export_table(visit.id, tmp_path / "x.txt")


def test_undo_and_redo_an_import(services: Services, tmp_path: Path) -> None:
    visit = _visit(services)
    svc = services.participants
    kept = svc.add(visit.id, PersonInput("Anna Berg", Cat.MANAGER, organisation="Soc"))
    removed = svc.add(visit.id, PersonInput("Bo Ek", Cat.OTHER))
    svc.remove(removed.id)
    path = _write_csv(
        tmp_path / "a.csv",
        [
            ["Namn", "Organisation", "Telefon", "Kategori"],
            ["Anna Berg", "Soc", "070-111", "Politiker"],
            ["Bo Ek", "", "", ""],
            ["Nya Nilsson", "", "", ""],
        ],
        ";",
        "utf-8",
    )
    done = services.participant_documents.apply(visit.id, path)
    assert done.receipt is not None
    state = lambda: sorted(  # noqa: E731
        (r.name, r.phone, r.category.value) for r in svc.list_for_visit(visit.id)
    )
    after = state()
    assert after == [
        ("Anna Berg", "070-111", "politician"),
        ("Bo Ek", "", "other"),
        ("Nya Nilsson", "", "other"),
    ]
    services.participant_documents.undo_import(done.receipt)
    assert state() == [("Anna Berg", "", "manager")]
    assert [p.name for p in svc.directory(visit.municipality_id)] == ["Anna Berg", "Bo Ek"]
    services.participant_documents.redo_import(done.receipt)
    assert state() == after
    # an edit made after the import survives its undo
    anna = next(r for r in svc.list_for_visit(visit.id) if r.id == kept.id)
    from dataclasses import replace

    svc.update(
        anna.id,
        replace(anna.as_person_input(), phone="070-999"),
        anna.as_participation_input(),
        expected_version=anna.version,
    )
    services.participant_documents.undo_import(done.receipt)
    assert state() == [("Anna Berg", "070-999", "manager")]


def test_apply_refuses_a_file_changed_after_the_preview(services: Services, tmp_path: Path) -> None:
    visit = _visit(services)
    docs = services.participant_documents
    path = _write_csv(tmp_path / "a.csv", [["Namn"], ["Anna Berg"]], ";", "utf-8")
    preview = docs.preview(visit.id, path)
    _write_csv(path, [["Namn"], ["Anna Berg"], ["Bo Ek"]], ";", "utf-8")
    with pytest.raises(UserError, match="förhandsgranskning"):
        docs.apply(visit.id, path, expected=preview)
    assert _counts(services) == (0, 0)
    again = docs.preview(visit.id, path)
    assert docs.apply(visit.id, path, expected=again).added == 2


def test_importing_children_twice_adds_them_once(services: Services, tmp_path: Path) -> None:
    visit = _visit(services)
    rows = [
        ["Namn", "Kategori", "Organisation"],
        ["Elsa", "Ungdom", "Fritidsgården"],
        ["Elsa", "Ungdom", "Skolan"],  # another Elsa: another organisation
        ["Omar", "Ungdom", ""],
        ["elsa", "ungdom", "fritidsgården"],  # the same as row 2
    ]
    path = _write_csv(tmp_path / "unga.csv", rows, ";", "utf-8")
    docs = services.participant_documents
    first = docs.apply(visit.id, path)
    assert [r.action for r in first.rows] == [ImportAction.ADD] * 3 + [ImportAction.SKIP]
    assert first.rows[3].detail == "Samma person som rad 2."
    again = docs.preview(visit.id, path)
    assert [r.action for r in again.rows] == [ImportAction.SKIP] * 4
    assert [r.detail for r in again.rows[:3]] == ["Redan på listan."] * 3
    docs.apply(visit.id, path)
    assert len(services.participants.list_for_visit(visit.id)) == 3
    # the exported list names anonymous children "Ungdom N": importing it adds nobody
    out = tmp_path / "ut.csv"
    docs.export_table(visit.id, out)
    assert {r[0] for r in tabular.read_table(out).rows} == {"Ungdom 1", "Ungdom 2", "Ungdom 3"}
    plan = docs.preview(visit.id, out)
    assert [r.action for r in plan.rows] == [ImportAction.SKIP] * 3
    assert _counts(services)[0] == 3
    # on another visit the pseudonym finds the same person in the directory
    other = services.visits.create(VisitInput(visit.municipality_id, VisitKind.FOLLOW_UP,
                                              date(2026, 9, 10)))  # fmt: skip
    moved = docs.apply(other.id, out)
    assert [r.action for r in moved.rows] == [ImportAction.UPDATE] * 3
    assert "pseudonymen" in moved.rows[0].detail
    assert _counts(services)[0] == 3
    assert len(services.participants.list_for_visit(other.id)) == 3


def test_undo_of_an_import_keeps_people_now_on_another_visit(
    services: Services, tmp_path: Path
) -> None:
    visit = _visit(services)
    other = services.visits.create(
        VisitInput(visit.municipality_id, VisitKind.FOLLOW_UP, date(2026, 9, 10))
    )
    path = _write_csv(
        tmp_path / "a.csv", [["Namn", "Organisation"], ["Nils Nord", "Polisen"], ["Bo Ek", ""]],
        ";", "utf-8",
    )  # fmt: skip
    docs, svc = services.participant_documents, services.participants
    done = docs.apply(visit.id, path)
    nils = next(r for r in svc.list_for_visit(visit.id) if r.name == "Nils Nord")
    svc.add(other.id, None, person_id=nils.person_id)  # later put on the follow-up's list
    docs.undo_import(done.receipt)
    assert svc.list_for_visit(visit.id) == []
    assert [r.name for r in svc.list_for_visit(other.id)] == ["Nils Nord"]
    assert [p.name for p in svc.directory(visit.municipality_id)] == ["Nils Nord"]  # Bo hidden
    docs.redo_import(done.receipt)
    assert sorted(r.name for r in svc.list_for_visit(visit.id)) == ["Bo Ek", "Nils Nord"]
    assert len(svc.directory(visit.municipality_id)) == 2


def test_import_brings_back_a_person_removed_from_the_directory(
    services: Services, tmp_path: Path
) -> None:
    visit = _visit(services)
    svc, docs = services.participants, services.participant_documents
    anna = svc.add(
        visit.id, PersonInput("Anna Berg", Cat.MANAGER, organisation="Soc", email="a@b.se")
    )
    svc.delete_person(anna.person_id)
    path = _write_csv(
        tmp_path / "a.csv", [["Namn", "Organisation", "E-post"], ["Anna Berg", "Soc", "a@b.se"]],
        ";", "utf-8",
    )  # fmt: skip
    plan = docs.preview(visit.id, path)
    (row,) = plan.rows
    assert row.action is ImportAction.UPDATE and row.restore and row.person_id == anna.person_id
    assert "återställd i registret" in row.detail
    done = docs.apply(visit.id, path, expected=plan)
    assert [r.person_id for r in svc.list_for_visit(visit.id)] == [anna.person_id]
    assert _counts(services)[0] == 1  # not stored twice
    docs.undo_import(done.receipt)
    assert svc.list_for_visit(visit.id) == [] and svc.directory(visit.municipality_id) == []
    docs.redo_import(done.receipt)
    assert [r.person_id for r in svc.list_for_visit(visit.id)] == [anna.person_id]
