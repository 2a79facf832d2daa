"""Findings (issue #18): capture, tags, search with folding, good examples from elsewhere,
privacy (erase, access copy, purge, children never named in what leaves the app)."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from sqlalchemy import select, text

from samordnare_desktop.domain.care_places import FocusGroup
from samordnare_desktop.domain.errors import NotFoundError, StaleEditError, ValidationError
from samordnare_desktop.domain.finding import (
    Finding,
    FindingInput,
    FindingKind,
    FindingLevel,
    ThemeKey,
    ThemeSource,
)
from samordnare_desktop.domain.participant import ParticipantCategory
from samordnare_desktop.services.findings import FindingQuery
from samordnare_desktop.services.participants import PersonInput
from samordnare_desktop.services.registry import Services
from tests.factories import make_visit, municipality_id, visit_input
from tests.helpers import cli

pytestmark = pytest.mark.both_backends  # SQLite and the team's PostgreSQL server


def _question(services: Services, number: int) -> ThemeKey:
    q = next(q for q in services.visits.questions() if q.number == number)
    return ThemeKey(ThemeSource.QUESTION, q.id)


def _group(services: Services) -> FocusGroup:
    with services.db.read() as s:
        return s.scalars(select(FocusGroup).where(FocusGroup.key == "unaccompanied")).one()


def _texts(page) -> list[str]:
    return [r.text for r in page.rows]


def test_a_finding_is_stored_with_its_tags(services: Services) -> None:
    visit = make_visit(services)
    theme = services.findings.add_theme("Skolsamverkan")
    group = _group(services)
    org = services.organisations.of_municipality(municipality_id(services)).id
    row = services.findings.add(
        FindingInput(
            text="  Socialsekreterare  saknar\nintroduktion ",
            kind=FindingKind.CHALLENGE,
            level=FindingLevel.MUNICIPAL,
            visit_id=visit.id,
            themes=(_question(services, 2), theme.key),
            focus_group_ids=(group.id,),
            organisation_ids=(org,),
        )
    )
    assert row.text == "Socialsekreterare  saknar\nintroduktion"
    assert row.kind_label == "Utmaning" and row.level_label == "Kommunal"
    assert row.theme_labels[0].startswith("Fråga 2:") and row.theme_labels[1] == "Skolsamverkan"
    assert row.focus_group_labels == ("Ensamkommande barn",)
    assert row.organisation_names == ("Mjölby",)
    assert row.visit_label == "Mjölby, 2026-03-04" and row.day == date(2026, 3, 4)
    with services.db.read() as s:
        assert s.scalar(select(Finding.kind).where(Finding.id == row.id)) is FindingKind.CHALLENGE


def test_bad_input_is_refused_in_swedish(services: Services) -> None:
    with pytest.raises(ValidationError, match="Skriv iakttagelsen") as empty:
        services.findings.add(FindingInput(text="   "))
    assert empty.value.field == "text"
    with pytest.raises(ValidationError, match="För lång"):
        services.findings.add(FindingInput(text="x" * 4001))
    services.findings.add_theme("Skola")
    with pytest.raises(ValidationError, match="redan ett tema"):
        services.findings.add_theme(" skola ")


def test_quick_entry_on_the_day_concerns_the_visits_municipality(services: Services) -> None:
    visit = make_visit(services)
    row = services.findings.quick_add(visit.id, "Bra samarbete med skolan")
    assert row.kind is None and row.level is None and row.themes == ()
    assert row.organisation_names == ("Mjölby",) and row.visit_id == visit.id
    assert [r.text for r in services.findings.for_visit(visit.id)] == ["Bra samarbete med skolan"]


def test_edit_delete_and_undo(services: Services) -> None:
    row = services.findings.add(FindingInput(text="Första"))
    edited = services.findings.update(
        row.id,
        FindingInput(text="Andra", kind=FindingKind.PROPOSAL),
        expected_version=row.version,
    )
    assert edited.text == "Andra" and edited.kind is FindingKind.PROPOSAL
    with pytest.raises(StaleEditError):
        services.findings.update(row.id, FindingInput(text="x"), expected_version=row.version)
    services.findings.delete(row.id)
    assert services.findings.search().total == 0
    assert _texts(services.findings.search(FindingQuery(text="andra"))) == []
    services.findings.restore(row.id)
    assert _texts(services.findings.search(FindingQuery(text="andra"))) == ["Andra"]
    services.findings.delete(row.id)
    with pytest.raises(NotFoundError):
        services.findings.delete(row.id)


def test_search_folds_accents_but_keeps_swedish_letters(services: Services) -> None:
    for words in ("Samtal med Đukić om placeringar", "Öhman berättade om jourhem", "Ohlsson"):
        services.findings.add(FindingInput(text=words))
    search = services.findings.search
    assert _texts(search(FindingQuery(text="dukic"))) == ["Samtal med Đukić om placeringar"]
    assert _texts(search(FindingQuery(text="öhm"))) == ["Öhman berättade om jourhem"]
    assert _texts(search(FindingQuery(text="ohm"))) == []  # ö is a letter of its own
    assert _texts(search(FindingQuery(text="jour ÖHMAN"))) == ["Öhman berättade om jourhem"]
    assert search(FindingQuery(text="*:")).total == 0  # only signs: nothing, no error
    page = search(FindingQuery(text="o", limit=2))
    assert page.total == 3 and len(page.rows) == 2


def test_filters_by_kind_level_theme_and_focus_group(services: Services) -> None:
    q1, q2 = _question(services, 1), _question(services, 2)
    group = _group(services)
    add = services.findings.add
    add(FindingInput(text="A", kind=FindingKind.CHALLENGE, level=FindingLevel.NATIONAL))
    add(FindingInput(text="B", kind=FindingKind.GOOD_EXAMPLE, themes=(q1,)))
    add(
        FindingInput(
            text="C", kind=FindingKind.GOOD_EXAMPLE, themes=(q2,), focus_group_ids=(group.id,)
        )
    )
    add(FindingInput(text="D"))
    search = services.findings.search
    assert sorted(_texts(search(FindingQuery(kind=FindingKind.GOOD_EXAMPLE)))) == ["B", "C"]
    assert _texts(search(FindingQuery(level=FindingLevel.NATIONAL))) == ["A"]
    assert _texts(search(FindingQuery(theme=q2))) == ["C"]
    assert _texts(search(FindingQuery(focus_group_id=group.id))) == ["C"]
    assert _texts(search(FindingQuery(untagged=True))) == ["D"]
    assert _texts(search())[:1] == ["D"]  # newest first


def test_good_examples_from_other_municipalities_on_the_visits_questions(
    services: Services,
) -> None:
    q1, q2 = _question(services, 1), _question(services, 2)
    here = services.visits.create(visit_input(services, code="0586"), question_ids=[q1.id])
    there = make_visit(services, code="0583")  # Motala
    elsewhere = services.findings.quick_add(there.id, "Motala: barnets röst i varje utredning")
    services.findings.update(
        elsewhere.id,
        FindingInput(
            text=elsewhere.text,
            kind=FindingKind.GOOD_EXAMPLE,
            visit_id=there.id,
            themes=(q1,),
            organisation_ids=elsewhere.organisation_ids,
        ),
    )
    own = services.findings.quick_add(here.id, "Mjölby: egen modell")
    services.findings.update(
        own.id,
        FindingInput(
            text=own.text,
            kind=FindingKind.GOOD_EXAMPLE,
            visit_id=here.id,
            themes=(q1,),
            organisation_ids=own.organisation_ids,
        ),
    )
    services.findings.add(
        FindingInput(text="Other theme", kind=FindingKind.GOOD_EXAMPLE, themes=(q2,))
    )
    services.findings.add(
        FindingInput(text="A challenge", kind=FindingKind.CHALLENGE, themes=(q1,))
    )
    examples = services.findings.good_examples_for(here.id)
    assert [e.row.text for e in examples] == ["Motala: barnets röst i varje utredning"]
    assert examples[0].shared[0].startswith("Fråga 1:")
    assert examples[0].row.organisation_names == ("Motala",)


def test_children_are_never_named_in_exported_findings(services: Services) -> None:
    visit = make_visit(services)
    child = services.participants.add(
        visit.id, PersonInput("Elsa", category=ParticipantCategory.CHILD)
    )
    alias = child.person.display_name.split("(")[-1].rstrip(")")  # "Ungdom 1"
    services.findings.add(
        FindingInput(
            text="Elsa berättade om sin handläggare; ELSA vill synas. Elsas mamma. Elsabet.",
            level=FindingLevel.MUNICIPAL,
        )
    )
    exported = services.findings.export_rows()
    assert (
        exported[0].text
        == f"{alias} berättade om sin handläggare; {alias} vill synas. {alias}:s mamma. Elsabet."
    )
    # the stored finding keeps what the coordinator wrote
    assert services.findings.search().rows[0].text.startswith("Elsa berättade")


def test_findings_are_erased_exported_and_purged(services: Services) -> None:
    visit = make_visit(services)
    services.participants.add(visit.id, PersonInput("Elsa", category=ParticipantCategory.CHILD))
    row = services.findings.quick_add(visit.id, "Kanarie7f3a9 Svensson och Elsa tog upp ekonomin")
    report = services.privacy.find_person(name="Kanarie7f3a9 Svensson")
    found = [r for r in report.records if r.kind == "finding_text"]
    assert len(found) == 1 and "Elsa" not in found[0].fields["text"]
    assert found[0].fields["text"].startswith("Kanarie7f3a9 Svensson och Ungdom")
    services.privacy.erase_person(name="Kanarie7f3a9 Svensson")
    after = services.findings.get(row.id).text
    assert "Kanarie7f3a9" not in after and after.startswith("Borttagen person")
    assert services.findings.search(FindingQuery(text="kanarie7f3a9")).total == 0
    # a deleted finding is blanked at close, its words leave the index
    services.findings.delete(row.id)
    services.privacy.purge_deleted()
    with services.db.read() as s:
        assert s.scalar(select(Finding.text).where(Finding.id == row.id)) == ""
        assert s.execute(text("SELECT count(*) FROM finding_search")).scalar() == 0


def test_cli_lists_findings_by_level_and_theme_as_csv(services: Services, store_args) -> None:
    visit = make_visit(services)
    services.participants.add(visit.id, PersonInput("Elsa", category=ParticipantCategory.CHILD))
    q2 = _question(services, 2)
    services.findings.add(
        FindingInput(
            text="Elsa saknar en fast kontakt",
            kind=FindingKind.CHALLENGE,
            level=FindingLevel.NATIONAL,
            themes=(q2,),
            visit_id=visit.id,
        )
    )
    services.findings.add(FindingInput(text="Regional sak", level=FindingLevel.REGIONAL))
    result = cli([*store_args, "list", "findings", "--level", "national", "--theme", "2", "--csv"])
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout), delimiter=";"))
    assert rows[0][:4] == ["Datum", "Typ", "Nivå", "Iakttagelse"]
    assert len(rows) == 2
    assert rows[1][1:4] == ["Utmaning", "Nationell", "Ungdom 1 saknar en fast kontakt"]
    plain = cli([*store_args, "list", "findings"])
    assert "Regional sak" in plain.stdout and "Ungdom 1 saknar" in plain.stdout
    assert "Elsa" not in plain.stdout
    bad = cli([*store_args, "list", "findings", "--theme", "finns inte"])
    assert bad.returncode != 0 and "Inget tema" in bad.stderr


@pytest.mark.sqlite_only  # the whole demo: 70 s here, 3x that on the server (round trips)
def test_the_demo_writes_findings_on_held_visits_once(services: Services) -> None:
    from samordnare_desktop.demo.steps import run_demo
    from samordnare_desktop.domain.visit import VisitStatus

    summary = next(line for line in run_demo(services) if line.startswith("findings: "))
    assert summary.startswith("findings: ") and " 0 fictitious" not in summary
    visits = services.visits.list()
    held = [v for v in visits if v.status is VisitStatus.HELD and v.municipality_id]
    assert held and all(2 <= len(services.findings.for_visit(v.id)) <= 4 for v in held)
    rows = services.findings.export_rows()
    assert {r.kind for r in rows} == set(FindingKind) and all(r.level for r in rows)
    assert all(r.visit_label.split(",")[0] in r.organisation_names for r in rows)  # its kommun
    # a visit still to come sees good examples from elsewhere on its questions
    planned = [v for v in visits if v.status is not VisitStatus.HELD and v.municipality_id]
    assert any(services.findings.good_examples_for(v.id) for v in planned)
    again = next(line for line in run_demo(services) if line.startswith("findings: "))
    assert again.startswith("findings: 0 fictitious findings")


def _files_hold(folder, canary: bytes) -> list[str]:
    return [p.name for p in folder.rglob("*") if p.is_file() and canary in p.read_bytes().lower()]


def test_a_deleted_or_erased_findings_words_leave_the_file(db_path) -> None:
    """FTS5 keeps a deleted row's words in its stored segments until a merge: the purge at close
    and an erasure merge the findings index, so no canary stays in the database file."""
    from samordnare_desktop.session import AppSession

    with AppSession(db_path, daily_backup=False) as session:
        findings = session.services.findings
        for n in range(30):
            findings.add(FindingInput(text=f"Vanlig iakttagelse {n} om placeringar"))
        gone = findings.add(FindingInput(text="Kanariefagel9z9z sade något om jourhem"))
        findings.add(FindingInput(text="Kanarie5q5q Berg ringde om skolan"))
        findings.delete(gone.id)
    assert _files_hold(db_path.parent, b"kanariefagel9z9z") == []
    with AppSession(db_path, daily_backup=False) as session:
        session.services.privacy.erase_person(name="Kanarie5q5q Berg")
        assert session.services.findings.search(FindingQuery(text="skolan")).rows[0].text == (
            "Borttagen person ringde om skolan"
        )
    assert _files_hold(db_path.parent, b"kanarie5q5q") == []


def test_an_own_theme_is_renamed_deleted_and_restored(services: Services) -> None:
    findings = services.findings
    theme = findings.add_theme("Skolsamverkan")
    other = findings.add_theme("Ekonomi")
    tagged = findings.add(FindingInput("Skolan", themes=(theme.key, other.key)))
    with pytest.raises(ValidationError):
        findings.rename_theme(theme.key.id, "ekonomi")  # another theme's name
    findings.rename_theme(theme.key.id, "Skola och socialtjänst")
    assert findings.get(tagged.id).theme_labels == ("Ekonomi", "Skola och socialtjänst")
    assert findings.theme_use(theme.key.id) == 1
    untagged = findings.delete_theme(theme.key.id)
    assert untagged == (tagged.id,)
    assert findings.get(tagged.id).theme_labels == ("Ekonomi",)
    assert "Skola och socialtjänst" not in [o.label for o in findings.themes()]
    with pytest.raises(NotFoundError):
        findings.rename_theme(theme.key.id, "Igen")
    findings.restore_theme(theme.key.id, untagged)
    assert findings.get(tagged.id).theme_labels == ("Ekonomi", "Skola och socialtjänst")


def test_a_child_named_without_accents_is_masked_too(services: Services) -> None:
    """Adversarial (#18): the search treats "dukic" as Đukić, so a finding typed in a hurry
    without the accents ("Dorde" for Đorđe, "ZOE" for Zoë) names the child just as well and must
    leave the app as the pseudonym; å, ä and ö stay letters of their own ("Asa" is not Åsa)."""
    visit = make_visit(services)
    aliases = []
    for name in ("Đorđe", "Zoë", "Åsa"):
        child = services.participants.add(
            visit.id, PersonInput(name, category=ParticipantCategory.CHILD)
        )
        aliases.append(child.person.display_name.split("(")[-1].rstrip(")"))
    services.findings.add(
        FindingInput(
            text="Dorde berättade; DORDE vill synas. Dordes mamma. ZOE och Zoë. Asa, Åsas.",
            level=FindingLevel.MUNICIPAL,
        )
    )
    exported = services.findings.export_rows()[0].text
    d, z, a = aliases
    assert exported == f"{d} berättade; {d} vill synas. {d}:s mamma. {z} och {z}. Asa, {a}:s."


def test_many_children_sharing_names_are_all_masked(services: Services) -> None:
    """Adversarial (#18): at ten times the programme 1,500 children share a few first names;
    the masking looks for each name once (and skips a text without any) and still masks the
    longest name first, a genitive, a hyphenated name and a name after a word that merely starts
    like one."""
    visit = make_visit(services)
    for name in ["Elsa"] * 30 + ["Anna-Lena", "Lena", "Ali"]:
        services.participants.add(visit.id, PersonInput(name, category=ParticipantCategory.CHILD))
    services.findings.add(FindingInput(text="Alis och Anna-Lena, Elsas bror; Alice och Elsabet."))
    services.findings.add(FindingInput(text="Ingen nämns här, bara Alice."))
    texts = [r.text for r in services.findings.export_rows()]
    assert not any(n in t for t in texts for n in ("Ali ", "Alis", "Anna", "Lena", "Elsas"))
    assert texts[0].endswith(", Ungdom 1:s bror; Alice och Elsabet.")
    assert texts[0].count("Ungdom") == 3
    assert texts[1] == "Ingen nämns här, bara Alice."
