"""Faults an adversarial tester found in the organisation register (issue #16), each kept as a
test: participant import across municipalities and organisations, ambiguous or regional names on
the command line, restore rules, municipality facts files. The CLI runs as a separate process on
a real database file, as a user runs it."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select

from samordnare_desktop.domain.organisation import Organisation, OrganisationKind
from samordnare_desktop.domain.participant import Participant, Person
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.organisations import OrganisationInput
from samordnare_desktop.services.participants import ParticipationInput, PersonInput
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.startup import open_database
from samordnare_desktop.services.visits import VisitInput
from tests.unit.test_cli import run


def _csv(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _setup(path: Path) -> dict[str, uuid.UUID]:
    """Ystad's social director on Ystad's first visit, Karin Wallin of SKL on a dialogue meeting
    (with Famna registered too), a Sjöbo visit."""
    db = open_database(path, daily_backup=False)
    try:
        services = Services(db)
        by_code = services.municipalities.by_code
        skl = services.organisations.create(
            OrganisationInput(OrganisationKind.INTEREST, "Sveriges Kommuner och Landsting", "SKL")
        )
        famna = services.organisations.create(OrganisationInput(OrganisationKind.INTEREST, "Famna"))
        ystad = services.visits.create(
            VisitInput(by_code("1286").id, VisitKind.FIRST, date(2026, 1, 20))
        )
        sjobo = services.visits.create(
            VisitInput(by_code("1265").id, VisitKind.FIRST, date(2026, 1, 30))
        )
        dialogue = services.visits.create(
            VisitInput(
                None,
                VisitKind.DIALOGUE,
                date(2026, 2, 5),
                title="Dialogmöte",
                organisation_ids=(skl.id, famna.id),
            )
        )
        services.participants.add(
            ystad.id,
            PersonInput(
                "Goran Bergström",
                title="Socialchef",
                organisation="Socialförvaltningen",
                email="goran.bergstrom@ystad.se",
            ),
            ParticipationInput(),
        )
        services.participants.add(
            dialogue.id,
            PersonInput("Karin Wallin", email="karin.wallin@skr.se", organisation_id=skl.id),
            ParticipationInput(),
        )
    finally:
        db.close()
    return {
        "ystad": ystad.id,
        "sjobo": sjobo.id,
        "dialogue": dialogue.id,
        "skl": skl.id,
        "famna": famna.id,
    }


def _people(path: Path, name: str) -> list[tuple[str, str]]:
    db = open_database(path, daily_backup=False)
    try:
        with db.read() as s:
            rows = s.execute(
                select(Organisation.name, Person.organisation)
                .join(Organisation, Person.organisation_id == Organisation.id, isouter=True)
                .where(Person.name == name, Person.deleted_at.is_(None))
            ).all()
    finally:
        db.close()
    return sorted((org or "", unit) for org, unit in rows)


def test_import_matches_people_of_other_municipalities_and_organisations(tmp_path: Path) -> None:
    """Fault 1: the import matched only the visit's own municipality (and people of none), so a
    Ystad official imported into a Sjöbo visit or the dialogue meeting was added again, and a
    Malmö "Anna Svensson" was added again on every re-run of a dialogue meeting's file."""
    path = tmp_path / "db.sqlite3"
    ids = _setup(path)
    cross = _csv(
        tmp_path / "cross.csv",
        "Namn;E-post;Organisation;Titel",
        "Goran Bergström;goran.bergstrom@ystad.se;Ystad;Socialchef",
    )
    for where in (["--kommun", "1265", "--date", "2026-01-30"], ["--id", str(ids["dialogue"])]):
        result = run("--db", str(path), "import", "participants", str(cross), *where)
        assert result.returncode == 0, result.stderr
        assert "matchad på e-post" in result.stdout.lower(), result.stdout
    assert _people(path, "Goran Bergström") == [("Ystad", "Socialförvaltningen")]

    same = _csv(
        tmp_path / "same.csv",
        "Namn;Organisation;Titel;E-post",
        "Anna Svensson;Region Skåne;BUP-chef;",
        "Anna Svensson;Famna;Utredare;",
        "Anna Svensson;SKL;Handläggare;",
        "Anna Svensson;Sveriges Kommuner och Landsting;Handläggare;",
        "Anna Svensson;region skåne, BUP;Överläkare;",
        "Anna Svensson;Malmö;Socialchef;",
        "Anna Svensson;;Sekreterare;",
    )
    for _ in range(2):
        result = run(
            "--db", str(path), "import", "participants", str(same), "--id", str(ids["dialogue"])
        )
        assert result.returncode == 0, result.stderr
    assert "Lade till 0" in result.stdout, result.stdout
    assert _people(path, "Anna Svensson") == [
        ("", ""),
        ("Famna", ""),
        ("Malmö", ""),
        ("Region Skåne", ""),
        ("Region Skåne", "BUP"),
        ("Sveriges Kommuner och Landsting", ""),
    ]


def test_import_moves_a_person_to_the_organisation_the_file_names(tmp_path: Path) -> None:
    """Fault 2: a file naming another organisation for a known person (by e-mail) was ignored
    silently; now the preview says she moves, the import moves her (and her place on this
    meeting's list), and undo moves her back."""
    path = tmp_path / "db.sqlite3"
    ids = _setup(path)
    moved = _csv(
        tmp_path / "kw2.csv", "Namn;Organisation;E-post", "Karin Wallin;Famna;karin.wallin@skr.se"
    )
    args = ("--db", str(path), "import", "participants", str(moved), "--id", str(ids["dialogue"]))
    dry = run(*args, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "flyttas från Sveriges Kommuner och Landsting till Famna" in dry.stdout, dry.stdout
    assert _people(path, "Karin Wallin") == [("Sveriges Kommuner och Landsting", "")]
    result = run(*args)
    assert result.returncode == 0, result.stderr
    assert _people(path, "Karin Wallin") == [("Famna", "")]
    out = tmp_path / "list.csv"
    exported = run(
        "--db",
        str(path),
        "export",
        "participants-csv",
        "--id",
        str(ids["dialogue"]),
        "--out",
        str(out),
    )
    assert exported.returncode == 0, exported.stderr
    line = next(x for x in out.read_text(encoding="utf-8-sig").splitlines() if "Wallin" in x)
    assert "Famna" in line and "Landsting" not in line

    db = open_database(path, daily_backup=False)
    try:
        services = Services(db)
        famna2 = _csv(
            tmp_path / "back.csv",
            "Namn;Organisation;E-post",
            "Karin Wallin;SKL;karin.wallin@skr.se",
        )
        plan = services.participant_documents.apply(ids["dialogue"], famna2)
        with db.read() as s:
            person = s.scalars(select(Person).where(Person.name == "Karin Wallin")).one()
            link = s.scalars(select(Participant).where(Participant.person_id == person.id)).one()
            assert (person.organisation_id, link.organisation_id) == (ids["skl"], ids["skl"])
        services.participant_documents.undo_import(plan.receipt)
        with db.read() as s:
            person = s.get(Person, person.id)
            link = s.get(Participant, link.id)
            assert (person.organisation_id, link.organisation_id) == (ids["famna"], ids["famna"])
    finally:
        db.close()


def test_restore_needs_a_live_parent_and_keeps_youth_homes_under_sis(services: Services) -> None:
    """Fault 3: restore() brought an organisation back under a deleted parent, and a second
    agency short-named SiS could take youth homes."""
    import pytest

    from samordnare_desktop.domain.errors import ValidationError

    orgs = services.organisations
    a = orgs.create(OrganisationInput(OrganisationKind.AGENCY, "Myndighet A"))
    b = orgs.create(OrganisationInput(OrganisationKind.MINISTRY, "Departement B", parent_id=a.id))
    orgs.delete(b.id)
    orgs.delete(a.id)
    with pytest.raises(ValidationError, match="återställ Myndighet A"):
        orgs.restore(b.id)
    assert orgs.get(b.id).deleted
    orgs.restore(a.id)
    orgs.restore(b.id)
    assert not orgs.get(b.id).deleted

    sis = orgs.create(OrganisationInput(OrganisationKind.AGENCY, "Statens institutionsstyrelse"))
    home = orgs.create(OrganisationInput(OrganisationKind.SIS_HOME, "Hem 1", parent_id=sis.id))
    with pytest.raises(ValidationError):
        orgs.create(OrganisationInput(OrganisationKind.AGENCY, "Annan myndighet", "sis"))
    orgs.delete(home.id)
    with pytest.raises(ValidationError):  # a deleted home still ties SiS's name
        orgs.update(
            sis.id,
            OrganisationInput(OrganisationKind.AGENCY, "Statens inst. (gamla)"),
            expected_version=None,
        )
    orgs.delete(sis.id)
    with pytest.raises(ValidationError):
        orgs.restore(home.id)
    assert orgs.get(home.id).deleted
    orgs.restore(sis.id)
    orgs.restore(home.id)
    assert orgs.get(home.id).parent_id == sis.id


def test_same_name_clash_names_the_kind_as_written(services: Services) -> None:
    """Fault 10: 'av typen sis särskilda ungdomshem' (the kind label lower-cased)."""
    import pytest

    from samordnare_desktop.domain.errors import ValidationError

    orgs = services.organisations
    sis = orgs.create(OrganisationInput(OrganisationKind.AGENCY, "Statens institutionsstyrelse"))
    orgs.create(OrganisationInput(OrganisationKind.SIS_HOME, "Hem 1", parent_id=sis.id))
    with pytest.raises(ValidationError) as raised:
        orgs.create(OrganisationInput(OrganisationKind.SIS_HOME, "HEM  1", parent_id=sis.id))
    assert OrganisationKind.SIS_HOME.label() in raised.value.message
    assert OrganisationKind.SIS_HOME.label().startswith("SiS")


def _cli_database(path: Path) -> dict[str, uuid.UUID]:
    """Two live "Barnombudsmannen" (agency and other) with a meeting each, one organisation whose
    name holds "; ", a dialogue meeting tied to it and SKL, Gotland's first visit."""
    ids = _setup(path)
    db = open_database(path, daily_backup=False)
    try:
        services = Services(db)
        orgs = services.organisations
        agency = orgs.create(OrganisationInput(OrganisationKind.AGENCY, "Barnombudsmannen"))
        other = orgs.create(OrganisationInput(OrganisationKind.OTHER, "Barnombudsmannen"))
        semi = orgs.create(OrganisationInput(OrganisationKind.OTHER, "Forum; Familjevård"))
        for org, day in ((agency, 1), (other, 2)):
            services.visits.create(
                VisitInput(
                    None,
                    VisitKind.ORGANISATION_VISIT,
                    date(2026, 9, day),
                    title=f"Besök {org.kind.value}",
                    organisation_ids=(org.id,),
                )
            )
        services.visits.create(
            VisitInput(
                None,
                VisitKind.DIALOGUE,
                date(2026, 9, 3),
                title="Dialog",
                organisation_ids=(semi.id, ids["skl"]),
            )
        )
        gotland = services.municipalities.by_code("0980").id
        services.visits.create(VisitInput(gotland, VisitKind.FIRST, date(2026, 9, 4)))
    finally:
        db.close()
    return {**ids, "agency": agency.id, "other": other.id}


def test_cli_organisation_and_kind_filters(tmp_path: Path) -> None:
    """Faults 5, 6 and 9: an ambiguous --organisation silently picked one; "Region Gotland" was
    unknown; --kind took only the value, not the label it prints; "Kommun med regionens
    uppgifter" was refused by list organisations; visits-ics took --id and --kommun together;
    the organisations cell of list visits --csv was ambiguous for a name holding "; "."""
    path = tmp_path / "db.sqlite3"
    ids = _cli_database(path)
    db = ("--db", str(path))

    result = run(*db, "list", "visits", "--organisation", "Barnombudsmannen")
    assert result.returncode != 0
    assert str(ids["agency"]) in result.stderr and str(ids["other"]) in result.stderr
    assert "Statlig myndighet" in result.stderr and "Övrig" in result.stderr
    result = run(*db, "list", "visits", "--organisation", str(ids["other"]))
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1 and "2026-09-02" in result.stdout

    result = run(*db, "list", "visits", "--organisation", "Region Gotland")
    assert result.returncode == 0, result.stderr
    assert [line.split("\t")[1] for line in result.stdout.splitlines()] == ["Gotland"]

    for kind in ("Dialogmöte", "dialogmöte", "DIALOGUE", "Dialogue meeting", "dialogue"):
        result = run(*db, "list", "visits", "--kind", kind)
        assert result.returncode == 0, (kind, result.stderr)
        assert len(result.stdout.splitlines()) == 2, (kind, result.stdout)
    result = run(*db, "list", "visits", "--kind", "")
    assert result.returncode != 0
    result = run(*db, "list", "visits", "--kind", "SiS")
    assert result.returncode == 0 and len(result.stdout.splitlines()) == 2, result.stderr
    result = run(*db, "list", "visits", "--organisation", " ")
    assert result.returncode != 0 and "--organisation" in result.stderr

    result = run(*db, "list", "organisations", "--kind", "Kommun med regionens uppgifter")
    assert result.returncode == 0, result.stderr
    assert [line.split("\t")[2] for line in result.stdout.splitlines()[1:]] == ["Gotland"]

    result = run(
        *db,
        "export",
        "visits-ics",
        "--id",
        str(ids["dialogue"]),
        "--kommun",
        "0586",
        "--out",
        str(tmp_path / "x.ics"),
    )
    assert result.returncode != 0 and "--id" in result.stderr
    assert not (tmp_path / "x.ics").exists()

    result = run(*db, "list", "visits", "--kind", "dialogue", "--csv")
    assert result.returncode == 0, result.stderr
    import csv
    import io

    rows = list(csv.reader(io.StringIO(result.stdout), delimiter=";"))
    cells = {row[6] for row in rows[1:]}
    assert "Forum; Familjevård | Sveriges Kommuner och Landsting" in cells


def test_import_recognises_region_gotland(tmp_path: Path) -> None:
    """Fault 6: "Region Gotland, BUP" was filed under the visit's municipality (Sjöbo) with the
    whole text as the unit."""
    path = tmp_path / "db.sqlite3"
    _setup(path)
    file = _csv(
        tmp_path / "g.csv",
        "Namn;Organisation;Titel",
        "Lena Gotlander;Region Gotland, BUP;Verksamhetschef",
        "Ola Gotlander;Gotland, BUP;Överläkare",
    )
    result = run(
        "--db",
        str(path),
        "import",
        "participants",
        str(file),
        "--kommun",
        "1265",
        "--date",
        "2026-01-30",
    )
    assert result.returncode == 0, result.stderr
    assert _people(path, "Lena Gotlander") == [("Gotland", "BUP")]
    assert _people(path, "Ola Gotlander") == [("Gotland", "BUP")]


def _facts(path: Path, db: Path) -> dict[str, tuple]:
    database = open_database(db, daily_backup=False)
    try:
        with database.read() as s:
            from samordnare_desktop.domain.municipality import Municipality

            return {
                m.code: (m.population, m.population_year, m.municipality_group)
                for m in s.scalars(select(Municipality))
                if m.population is not None or m.municipality_group
            }
    finally:
        database.close()


def test_municipality_facts_files_as_scb_and_skr_export_them(tmp_path: Path) -> None:
    """Fault 7: SCB's table with several years imported the first year silently; groups SKR
    does not have, formulas and a population of 0 were taken; "27512.0" in a CSV was refused
    though XLSX's 27512.0 is taken."""
    db = tmp_path / "db.sqlite3"
    open_database(db, daily_backup=False).close()
    years = _csv(
        tmp_path / "years.csv",
        '"Folkmängd efter region och år"',
        "",
        '"region";"2022";"2023";"2024"',
        '"0114 Upplands Väsby";"48000";"48500";"49000"',
        '"0180 Stockholm";"980000";"985000";"990000"',
    )
    args = ("--db", str(db), "import", "municipality-facts")
    dry = run(*args, str(years), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "2024" in dry.stdout and "2022, 2023, 2024" in dry.stdout
    result = run(*args, str(years), "--year", "2023")
    assert result.returncode == 0, result.stderr
    assert _facts(tmp_path, db)["0114"] == (48500, 2023, "")
    result = run(*args, str(years))
    assert _facts(tmp_path, db)["0180"] == (990000, 2024, "")
    wrong = run(*args, str(years), "--year", "2019")
    assert wrong.returncode != 0 and "2019" in wrong.stderr

    odd = _csv(
        tmp_path / "odd.csv",
        "Kommunkod;Folkmängd 2024",
        "0115;27512.0",
        "0117;0",
        "0120;=1+1",
    )
    result = run(*args, str(odd))
    assert result.returncode == 0, result.stderr
    saved = _facts(tmp_path, db)
    assert saved["0115"] == (27512, 2024, "")
    assert "0117" not in saved and "0120" not in saved

    groups = _csv(
        tmp_path / "groups.csv",
        "Kommunkod;Kommungrupp",
        "0114;A7",
        "0115;b4",
        "0117;C 9",
        "0120;D1",
        "0125;A0",
        "0127;Grupp A3 och B4",
        '0128;=HYPERLINK("x","A1")',
        "0136;B4. Pendlingskommun nära större stad",
    )
    result = run(*args, str(groups))
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("SKR") >= 5, result.stdout
    saved = {code: group for code, (_p, _y, group) in _facts(tmp_path, db).items() if group}
    assert saved == {"0115": "B4", "0117": "C9", "0136": "B4"}


def test_categories_from_the_organisation_and_own_team_without_municipality(
    tmp_path: Path,
) -> None:
    """Fault 10: walk-ins and imported people without a category column were always "Övriga"
    though they came from a region, an agency or an association; the coordinator's own team
    was filed under the municipality visited."""
    from samordnare_desktop.domain.participant import ParticipantCategory as Cat

    path = tmp_path / "db.sqlite3"
    ids = _setup(path)
    db = open_database(path, daily_backup=False)
    try:
        services = Services(db)
        services.organisations.create(OrganisationInput(OrganisationKind.AGENCY, "IVO"))
        walk = services.participants.add_walk_in(ids["sjobo"], "Mia Berg, Region Skåne, BUP")
        assert walk.category is Cat.HEALTH_CARE
        walk = services.participants.add_walk_in(ids["sjobo"], "Per Ek, IVO")
        assert walk.category is Cat.AUTHORITY
        walk = services.participants.add_walk_in(ids["sjobo"], "Lisa Ros, Socialförvaltningen")
        assert walk.category is Cat.OTHER  # the municipality's own: as before
        file = _csv(
            tmp_path / "p.csv",
            "Namn;Organisation",
            "Ulla Fors;Famna",
            "Bo Al;Region Skåne",
            "Siv Ny;Fritidsgården",
        )
        services.participant_documents.apply(ids["sjobo"], file)
        team = _csv(
            tmp_path / "team.csv",
            "Namn;Organisation;Kategori",
            "Eva Sandberg;Nationella samordnarens kansli;Samordnarens team",
        )
        services.participant_documents.apply(ids["sjobo"], team)
        with db.read() as s:
            people = {p.name: p for p in s.scalars(select(Person))}
        assert people["Ulla Fors"].category is Cat.ORGANISATION
        assert people["Bo Al"].category is Cat.HEALTH_CARE
        assert people["Siv Ny"].category is Cat.OTHER
        eva = people["Eva Sandberg"]
        assert eva.category is Cat.OWN_TEAM
        assert (eva.municipality_id, eva.organisation_id) == (None, None)
        services.participants.add(
            ids["ystad"],
            PersonInput("Olof Bergman", Cat.OWN_TEAM, organisation="Samordnarens kansli"),
            ParticipationInput(),
        )
        with db.read() as s:
            olof = s.scalars(select(Person).where(Person.name == "Olof Bergman")).one()
        assert (olof.municipality_id, olof.organisation_id) == (None, None)
    finally:
        db.close()


def test_a_name_two_organisations_share_is_not_guessed_by_import_or_walk_in(
    tmp_path: Path,
) -> None:
    """Fault 5, in the participant paths: "Barnombudsmannen" (an agency and an "other") filed
    the person under whichever came first."""
    import pytest

    from samordnare_desktop.domain.errors import ValidationError

    path = tmp_path / "db.sqlite3"
    ids = _cli_database(path)
    db = open_database(path, daily_backup=False)
    try:
        services = Services(db)
        file = _csv(tmp_path / "b.csv", "Namn;Organisation", "Ann Bo;Barnombudsmannen, Enhet X")
        plan = services.participant_documents.apply(ids["sjobo"], file)
        assert plan.added == 0 and "Barnombudsmannen" in plan.rows[0].detail
        with pytest.raises(ValidationError, match="Barnombudsmannen"):
            services.participants.add_walk_in(ids["sjobo"], "Ann Bo, Barnombudsmannen")
    finally:
        db.close()
