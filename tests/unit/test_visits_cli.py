"""``list visits`` and ``export visits-ics`` run as a user runs them (separate process), on a
database file and on the team's server (``--server``)."""

from __future__ import annotations

import csv
import io
from datetime import date, time
from pathlib import Path

import pytest
from icalendar import Calendar

from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.visits import VisitInput
from tests.unit.test_cli import run

pytestmark = pytest.mark.both_backends  # a file (--db) and the team's server (--server)


def _with_visits(services: Services) -> None:
    by_code = services.municipalities.by_code
    for code, kind, day, status in (
        ("0586", VisitKind.FIRST, date(2026, 3, 4), VisitStatus.HELD),
        ("1265", VisitKind.FIRST, date(2026, 4, 15), VisitStatus.HELD),
        ("0586", VisitKind.FOLLOW_UP, date(2099, 12, 2), VisitStatus.CONFIRMED),
        ("0880", VisitKind.DIALOGUE, date(2099, 12, 9), VisitStatus.CANCELLED),
    ):
        services.visits.create(
            VisitInput(
                municipality_id=by_code(code).id,
                kind=kind,
                day=day,
                status=status,
                start_time=time(9, 0),
                end_time=time(12, 30),
            )
        )


def test_list_visits_tab_separated_and_filtered(
    tmp_path: Path, services: Services, store_args: list[str]
) -> None:
    _with_visits(services)
    result = run(*store_args, "list", "visits")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split("\t")[:7] == [
        "0586",
        "Mjölby",
        "2026-03-04",
        "09.00–12.30",
        "Första besök",
        "Genomfört",
        "Mjölby",  # the organisations the meeting is tied to
    ]
    assert len(lines[0].split("\t")[7]) == 36  # and its id
    assert len(lines) == 4
    only = run(*store_args, "list", "visits", "--kommun", "0586", "--from", "2026-06-01")
    assert [line.split("\t")[2] for line in only.stdout.splitlines()] == ["2099-12-02"]
    ranged = run(*store_args, "list", "visits", "--from", "2026-01-01", "--to", "2026-12-31")
    assert [line.split("\t")[0] for line in ranged.stdout.splitlines()] == ["0586", "1265"]


def test_list_visits_csv_in_english(
    tmp_path: Path, services: Services, store_args: list[str]
) -> None:
    _with_visits(services)
    result = run("--lang", "en", *store_args, "list", "visits", "--csv", "--kommun", "1265")
    assert result.returncode == 0, result.stderr
    header, (*fields, visit_id) = list(csv.reader(io.StringIO(result.stdout), delimiter=";"))
    assert header == [
        "Code",
        "Municipality",
        "Date",
        "Time",
        "Kind",
        "Status",
        "Organisations",
        "Id",
    ]
    assert fields == ["1265", "Sjöbo", "2026-04-15", "09:00–12:30", "First visit", "Held", "Sjöbo"]
    assert len(visit_id) == 36
    swedish = run(*store_args, "list", "visits", "--csv", "--kommun", "1265")
    assert swedish.stdout.splitlines()[0] == "Kod;Kommun;Datum;Tid;Typ;Status;Organisationer;Id"


def test_list_visits_errors_are_one_line(
    tmp_path: Path, services: Services, store_args: list[str]
) -> None:
    _with_visits(services)
    bad_date = run(*store_args, "list", "visits", "--from", "4 mars")
    assert bad_date.returncode == 2
    assert bad_date.stderr.strip() == "--from: inte ett datum: 4 mars (till exempel 2026-03-04)."
    bad_code = run(*store_args, "list", "visits", "--kommun", "9999")
    assert bad_code.returncode == 2 and bad_code.stderr.strip() == "Ingen kommun med kod 9999."


def test_export_visits_ics_defaults_to_upcoming(
    tmp_path: Path, services: Services, store_args: list[str]
) -> None:
    _with_visits(services)
    out = tmp_path / "kalender.ics"
    result = run(*store_args, "export", "visits-ics", "--out", str(out))
    assert result.returncode == 0, result.stderr
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Uppföljningsbesöket – Mjölby"]  # not cancelled
    everything = run(*store_args, "export", "visits-ics", "--out", str(out), "--from", "2026-01-01")
    assert everything.returncode == 0 and "3 besök" in everything.stdout


def test_meetings_of_every_kind_by_id_kind_and_organisation(
    tmp_path: Path, services: Services, store_args: list[str]
) -> None:
    from samordnare_desktop.domain.organisation import OrganisationKind
    from samordnare_desktop.services.organisations import OrganisationInput
    from samordnare_desktop.services.participants import PersonInput

    _with_visits(services)
    famna = services.organisations.create(OrganisationInput(OrganisationKind.INTEREST, "Famna"))
    kfs = services.organisations.create(OrganisationInput(OrganisationKind.INTEREST, "KFS"))
    meeting = services.visits.create(
        VisitInput(
            None,
            VisitKind.DIALOGUE,
            date(2026, 4, 20),
            title="Dialogmöte",
            organisation_ids=(famna.id, kfs.id),
        )
    )
    services.participants.add(meeting.id, PersonInput("Peter Sjöholm", organisation="Famna"))
    listed = run(*store_args, "list", "visits", "--csv", "--kind", "dialogue")
    header, *rows = list(csv.reader(io.StringIO(listed.stdout), delimiter=";"))
    assert header[0] == "Kod"
    assert [(r[0], r[4], r[6], r[7]) for r in rows if not r[0]] == [
        ("", "Dialogmöte", "Famna | KFS", str(meeting.id)),
    ]
    assert [r[0] for r in rows] == ["", "0880"]  # Kalmar's dialogue meeting too
    by_org = run(*store_args, "list", "visits", "--organisation", "kfs")
    assert [line.split("\t")[-1] for line in by_org.stdout.splitlines()] == [str(meeting.id)]
    for what, extra in (("agenda", []), ("participants", []), ("signin", [])):
        out = tmp_path / f"{what}.pdf"
        done = run(
            *store_args,
            "export",
            what,
            "--id",
            str(meeting.id)[:8],
            "--out",
            str(out),
            *extra,
        )
        assert done.returncode == 0, done.stderr
        assert out.read_bytes().startswith(b"%PDF")
    ics = tmp_path / "m.ics"
    done = run(*store_args, "export", "visits-ics", "--id", str(meeting.id), "--out", str(ics))
    assert done.returncode == 0, done.stderr
    (event,) = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert "Famna" in str(event["SUMMARY"])
    orgs = run(*store_args, "list", "organisations", "--kind", "interest", "--csv")
    header, *rows = csv.reader(io.StringIO(orgs.stdout), delimiter=";")
    assert header[2] == "Namn" and [r[2] for r in rows] == ["Famna", "KFS"]
    regions = run(*store_args, "list", "organisations", "--kind", "region")
    assert len(regions.stdout.splitlines()) == 1 + 21  # the header row, then the regions
    bad = run(*store_args, "export", "agenda", "--id", "zz", "--out", str(tmp_path / "x.pdf"))
    assert bad.returncode != 0 and len(bad.stderr.strip().splitlines()) == 1
    none = run(*store_args, "export", "agenda", "--out", str(tmp_path / "x.pdf"))
    assert none.returncode != 0 and "--id" in none.stderr


def test_list_organisations_kinds_in_both_languages_and_deleted_ones(
    tmp_path: Path, services: Services, store_args: list[str]
) -> None:
    """Found by an adversarial tester: ``--kind ""`` listed everything, Swedish kind words were
    refused, there was no header row, and a deleted organisation could not be listed or used
    to find its meetings."""
    from samordnare_desktop.domain.organisation import OrganisationKind
    from samordnare_desktop.services.organisations import OrganisationInput

    _with_visits(services)
    famna = services.organisations.create(OrganisationInput(OrganisationKind.INTEREST, "=Famna"))
    services.organisations.create(OrganisationInput(OrganisationKind.UNION, "Vision"))
    meeting = services.visits.create(
        VisitInput(None, VisitKind.DIALOGUE, date(2026, 4, 20), organisation_ids=(famna.id,))
    )
    services.organisations.delete(famna.id)
    for word in ("union", "fackförbund", "Fack", "trade-union", "Trade union"):
        done = run(*store_args, "list", "organisations", "--kind", word)
        assert done.returncode == 0, done.stderr
        header, *lines = done.stdout.splitlines()
        assert header.split("\t")[:3] == ["Typ", "Typ (text)", "Namn"]
        assert [line.split("\t")[2] for line in lines] == ["Vision"], word
    for bad in ("", "  ", "kommunn"):
        done = run(*store_args, "list", "organisations", "--kind", bad)
        assert done.returncode != 0 and "municipality" in done.stderr and not done.stdout
    interest = run(*store_args, "list", "organisations", "--kind", "intresseorganisation")
    assert interest.stdout.splitlines()[1:] == []  # Famna is deleted
    deleted = run(
        *store_args,
        "list",
        "organisations",
        "--kind",
        "interest",
        "--include-deleted",
        "--csv",
    )
    header, *rows = csv.reader(io.StringIO(deleted.stdout), delimiter=";")
    assert header[-1] == "Borttagen"
    assert [(r[2], r[-1]) for r in rows] == [("'=Famna", "ja")]  # formula neutralised
    by_org = run(*store_args, "list", "visits", "--organisation", "=famna")
    assert by_org.returncode == 0, by_org.stderr
    assert [line.split("\t")[-1] for line in by_org.stdout.splitlines()] == [str(meeting.id)]
    empty = run(*store_args, "list", "visits", "--kind", "")
    assert empty.returncode != 0
