"""Overview counts, the quarterly report PDF, the XLSX export and time-study import."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from samordnare_desktop.domain.errors import UserError, ValidationError
from samordnare_desktop.domain.time_study import RespondentRole as Role
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.time_study import RespondentInput, StudyInput
from samordnare_desktop.services.visits import VisitInput
from tests.factories import make_visit

pytestmark = pytest.mark.both_backends  # SQLite and the team's PostgreSQL server

TODAY = date(2026, 3, 15)


def _join(services, code: str):
    m = services.municipalities.by_code(code)
    d = services.municipalities.details(m.id)
    services.municipalities.update(m.id, expected_version=d.version, in_programme=True, notes="")
    return m


def _visit(services, m, kind, day, status=VisitStatus.HELD):
    return make_visit(services, municipality_id=m.id, kind=kind, day=day, status=status)


@pytest.fixture
def programme(services):
    """Three programme municipalities: Mjölby first visit + follow-up, Sjöbo first visit,
    Kalmar only a cancelled and a planned visit; Kiruna (not in the programme) a first visit."""
    mjolby, sjobo, kalmar = (_join(services, c) for c in ("0586", "1265", "0880"))
    kiruna = services.municipalities.by_code("2584")
    _visit(services, mjolby, VisitKind.FIRST, date(2026, 1, 20))
    _visit(services, mjolby, VisitKind.FOLLOW_UP, date(2026, 3, 2))
    _visit(services, sjobo, VisitKind.FIRST, date(2026, 2, 10))
    _visit(services, kalmar, VisitKind.FIRST, date(2026, 2, 11), VisitStatus.CANCELLED)
    _visit(services, kalmar, VisitKind.FIRST, date(2026, 4, 1), VisitStatus.PLANNED)
    _visit(services, kiruna, VisitKind.FIRST, date(2026, 2, 1))
    cats = {c.key: c.id for c in services.time_studies.categories()}
    for m, children in ((mjolby, 30), (sjobo, 60)):
        services.time_studies.create(
            StudyInput(
                m.id,
                "Mätning 1",
                date(2026, 1, 5),
                date(2026, 1, 16),
                (
                    RespondentInput(
                        Role.INVESTIGATOR,
                        10,
                        {cats["direct_children"]: children, cats["indirect"]: 270},
                    ),
                    RespondentInput(Role.MANAGER, 10, {cats["administration"]: 300}),
                ),
            )
        )
    return services


def test_overview_counts_on_known_data(programme) -> None:
    o = programme.overview.snapshot(TODAY)
    assert len(o.programme) == 3
    assert sorted(r.code for r in o.first_visit) == ["0586", "1265"]
    assert [r.code for r in o.follow_up] == ["0586"]
    assert [r.code for r in o.without_first_visit] == ["0880"]
    assert sorted(r.code for r in o.time_study) == ["0586", "1265"]
    assert [(v.municipality_code, v.day) for v in o.upcoming] == [("0880", date(2026, 4, 1))]
    months = {m.month: m.count for m in o.per_month}
    assert months[date(2026, 1, 1)] == 1
    assert months[date(2026, 2, 1)] == 2  # Sjöbo and Kiruna; the cancelled visit does not count
    assert months[date(2026, 3, 1)] == 1
    assert months[date(2026, 4, 1)] == 1
    assert len(o.per_month) == 15  # a year back and three months ahead


def _pdf_text(data: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() for p in reader.pages), len(reader.pages)


def test_report_pdf_has_sections_numbers_chart_and_saved_text(programme) -> None:
    reports = programme.reports
    start, end = date(2026, 1, 1), date(2026, 3, 31)
    reports.save_text(start, end, "Bra kvartal <b>& mer</b> 🎉\n\n" + "Lång text. " * 500)
    assert reports.text_for(start, end).startswith("Bra kvartal <b>& mer</b>")
    text, pages = _pdf_text(reports.build_pdf(start, end))
    assert pages >= 3
    for title in (
        "Kvartalsrapport",
        "Kvartal 1 2026",
        "Innehåll",
        "Besök under perioden",
        "Tidsmätning",
        "Samordnarens kommentarer",
    ):
        assert title in text, title
    assert "Mjölby (0586)" in text and "Sjöbo (1265)" in text
    assert "Kiruna (2584)" in text  # every visit in the period, in the programme or not
    assert (
        "Kalmar" not in text.split("Tidsmätning")[0].split("Besök under perioden")[-1]
    )  # cancelled
    assert "Bra kvartal <b>& mer</b>" in text
    # investigators: (30 + 60) / (600 + ...) -> children share overall: 90 / 1800 = 5,0 %
    assert "5,0 %" in text
    assert f"Sida 1 av {pages}" in text
    # the chart page: its legend and axis labels are drawn as text
    assert "Programmets median (första mätningen)" in text


def test_report_for_empty_period_and_bad_period(programme) -> None:
    from samordnare_desktop.domain.errors import ValidationError

    text, _ = _pdf_text(programme.reports.build_pdf(date(2025, 1, 1), date(2025, 3, 31)))
    assert "Inga besök under perioden." in text
    with pytest.raises(ValidationError):
        programme.reports.gather(date(2026, 2, 1), date(2026, 1, 1))


def test_quarters() -> None:
    from samordnare_desktop.services.reports import quarter_range

    assert quarter_range(2026, 1) == (date(2026, 1, 1), date(2026, 3, 31))
    assert quarter_range(2026, 4) == (date(2026, 10, 1), date(2026, 12, 31))


def test_programme_xlsx_has_sheets_and_neutralised_text(programme, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    m = programme.municipalities.by_code("0586")
    programme.visits.create(
        VisitInput(m.id, VisitKind.DIALOGUE, date(2026, 5, 5), title='=HYPERLINK("x")')
    )
    out = programme.export.write_xlsx(tmp_path / "p.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == [
        "Kommuner",
        "Besök",
        "Deltagare",
        "Handlingsplaner",
        "Uppföljningar",
        "Tidsmätningar",
        "Tidsmätning, svarande",
        "Vårdplatser",
    ]
    assert [r[0] for r in wb["Kommuner"].iter_rows(min_row=2, values_only=True)] == [
        "0586",
        "0880",
        "1265",
    ]
    titles = [r[5] for r in wb["Besök"].iter_rows(min_row=2, values_only=True)]
    assert '\'=HYPERLINK("x")' in titles
    assert "2584" not in [r[0] for r in wb["Besök"].iter_rows(min_row=2, values_only=True)]
    rows = list(wb["Tidsmätningar"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 2 * 9
    mjolby_children = next(
        r for r in rows if r[0] == "0586" and r[8] == "Direkt tid med barn och unga"
    )
    assert mjolby_children[9] == 30 and mjolby_children[10] == pytest.approx(30 / 600, abs=1e-4)
    assert len(list(wb["Tidsmätning, svarande"].iter_rows(min_row=2))) == 4


# --- import --------------------------------------------------------------------------------------
def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_import_wide_csv_preview_then_save(services, tmp_path: Path) -> None:
    ts = services.time_studies
    path = _write(
        tmp_path,
        "t.csv",
        "Respondent;Roll;Dagar;Direkt tid med barn och unga;Indirekt tid;Övrigt;Summa\n"
        "A;Utredande socialsekreterare;10;120;2 000;30;2150\n"
        "B;Enhetschef;9,5;0;1000;;1000\n",
        "cp1252",
    )
    found = ts.preview_import(path)
    cats = {c.key: c.id for c in ts.categories()}
    assert found.layout == "wide" and len(found.respondents) == 2
    assert found.total(cats["indirect"]) == 3000
    assert found.respondents[1].days == 9.5 and found.respondents[1].role is Role.MANAGER
    assert found.ignored_columns == ("Summa",)
    assert ts.list() == []  # a preview writes nothing
    m = services.municipalities.by_code("0586")
    ts.create(StudyInput(m.id, "Mätning 1", date(2026, 1, 1), date(2026, 1, 14), found.respondents))
    assert ts.list()[0].respondent_count == 2


def test_import_long_xlsx(services, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Respondent", "Roll", "Dagar", "Kategori", "Minuter"])
    ws.append(["1", "Socialsekreterare", 10, "Resor", 200])
    ws.append(["1", "Socialsekreterare", 10, "Handledning", 60])
    ws.append(["2", "Utredare", 10, "resor", 100])
    wb.save(tmp_path / "long.xlsx")
    found = services.time_studies.preview_import(tmp_path / "long.xlsx")
    assert found.layout == "long"
    assert [r.role for r in found.respondents] == [Role.SOCIAL_WORKER, Role.INVESTIGATOR]
    cats = {c.key: c.id for c in services.time_studies.categories()}
    assert found.total(cats["travel"]) == 300


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.csv", "Roll;Dagar;Fika\nChef;1;2\n", "Okända kolumner"),
        ("b.csv", "Dagar;Resor\n1;2\n", "rollkolumn"),
        ("c.csv", "Roll;Dagar;Resor\n\nKock;1;2\n", "Rad 3: okänd roll"),
        ("d.csv", "Roll;Dagar;Resor\nChef;1;mycket\n", "inte ett tal"),
        ("e.csv", "Roll;Dagar;Resor\nChef;1;-5\n", "heltal"),
        ("f.csv", "Roll;Dagar;Resor\n", "inga rader under"),
        ("g.csv", "Roll;Dagar;Resor\nChef;0;5\n", "Svarande 1"),
        ("h.pdf", "x", "CSV- och XLSX-filer"),
        ("i.xlsx", "not a zip", "inte ett kalkylark"),
        ("j.csv", "\n\n", "innehåller inga rader"),
    ],
)
def test_import_refuses_bad_files(services, tmp_path: Path, name, content, message) -> None:
    path = _write(tmp_path, name, content)
    with pytest.raises(UserError) as err:
        services.time_studies.preview_import(path)
    assert message in err.value.message
    assert services.time_studies.list() == []


def test_demo_is_idempotent_and_near_the_real_shares(services) -> None:
    import random

    from samordnare_desktop.demo.programme import build_programme
    from samordnare_desktop.demo.time_studies import build_time_studies
    from samordnare_desktop.services.time_study import pooled

    build_programme(services, random.Random(1))
    first = build_time_studies(services, random.Random(2))
    assert "0 added" in build_time_studies(services, random.Random(2))
    assert "0 added" not in first
    ts = services.time_studies
    cats = ts.categories()
    studies = [r for r in ts.programme_studies() if r.ordinal == 1]
    assert len(studies) == 50
    p = pooled(ts.summaries(studies, cats), cats)
    share = {c.key: p.overall.share(c.id) for c in cats}
    assert 1150 <= p.overall.respondents <= 1450
    assert share["direct_children"] + share["direct_adults"] == pytest.approx(0.13, abs=0.01)
    assert share["indirect"] == pytest.approx(0.35, abs=0.01)
    assert share["administration"] == pytest.approx(0.11, abs=0.01)
    assert share["travel"] == pytest.approx(0.09, abs=0.01)
    inv = p.by_role[Role.INVESTIGATOR]
    children = next(c for c in cats if c.key == "direct_children").id
    assert inv.share(children) == pytest.approx(0.02, abs=0.005)
    assert inv.per_day(children) == pytest.approx(10, abs=2)


@pytest.fixture
def with_plans(programme):
    """Mjölby: plan received 2026-02-01 (two areas, one overdue action), followed up 2026-03-02;
    Sjöbo: plan not yet received, one area named like Mjölby's; participants on Mjölby's visit."""
    from samordnare_desktop.domain.action_plan import ActionStatus, PlanStatus
    from samordnare_desktop.domain.participant import ParticipantCategory as Cat
    from samordnare_desktop.services.action_plans import ActionInput, AreaInput, PlanInput
    from samordnare_desktop.services.participants import ParticipationInput, PersonInput
    from samordnare_desktop.services.visits import VisitFilter

    s = programme
    plans = s.action_plans
    mjolby, sjobo = s.municipalities.by_code("0586"), s.municipalities.by_code("1265")
    plan = plans.create_plan(mjolby.id, PlanInput(PlanStatus.AGREED, date(2026, 2, 1)))
    area = plans.add_area(plan.id, AreaInput("Introduktion av nya socialsekreterare"))
    plans.add_area(plan.id, AreaInput("Barnets perspektiv"))
    plans.add_action(area.id, ActionInput("Mentorprogram", due_date=date(2026, 3, 1)))
    plans.add_action(
        area.id, ActionInput("Klar sak", due_date=date(2026, 2, 1), status=ActionStatus.DONE)
    )
    plans.add_action(area.id, ActionInput("Senare", due_date=date(2026, 12, 1)))
    follow = s.visits.list(
        VisitFilter(municipality_code="0586", kinds=frozenset({VisitKind.FOLLOW_UP}))
    )[0]
    s.follow_ups.start_follow_up(plan.id, follow.id, date(2026, 3, 2))
    other = plans.create_plan(sjobo.id)
    plans.add_area(other.id, AreaInput("introduktion av  nya socialsekreterare"))
    first = s.visits.list(
        VisitFilter(municipality_code="0586", kinds=frozenset({VisitKind.FIRST}))
    )[0]
    for name, category, attended in (
        ("Anna Politiker", Cat.POLITICIAN, True),
        ("Bo Chef", Cat.MANAGER, True),
        ("Cia Chef", Cat.MANAGER, False),
    ):
        s.participants.add(
            first.id, PersonInput(name, category), ParticipationInput(attended=attended)
        )
    return s


def test_overview_plans_overdue_and_common_areas(with_plans) -> None:
    o = with_plans.overview.snapshot(TODAY)
    assert [(r.code, r.day) for r in o.plan_received] == [("0586", date(2026, 2, 1))]
    assert [r.code for r in o.plan_followed_up] == ["0586"]
    assert [(a.municipality_code, a.what) for a in o.overdue] == [("0586", "Mentorprogram")]
    top = o.areas[0]
    assert top.name == "Introduktion av nya socialsekreterare" and top.count == 2
    assert [r.code for r in top.municipalities] == ["0586", "1265"]


def test_report_has_participants_plans_and_recurring_areas(with_plans) -> None:
    data = with_plans.reports.gather(date(2026, 1, 1), date(2026, 3, 31))
    assert data.participants.total == 3 and data.participants.attended == 2
    assert [(e.municipality_code, e.areas, e.actions) for e in data.plans_received] == [
        ("0586", 2, 3)
    ]
    assert [e.day for e in data.plans_followed_up] == [date(2026, 3, 2)]
    assert [a.count for a in data.areas] == [2]
    assert data.overdue_at_end == 1
    text, _ = _pdf_text(with_plans.reports.build_pdf(date(2026, 1, 1), date(2026, 3, 31)))
    for title in ("Deltagare per kategori", "Handlingsplaner", "Återkommande utvecklingsområden"):
        assert title in text
    assert "3 på deltagarlistorna för periodens besök, 2 deltog." in text
    assert "1 handlingsplan inkommen och 1 uppföljd." in text
    assert "1 åtgärd var försenad vid periodens slut." in text


def test_programme_xlsx_plans_follow_ups_and_participant_counts(with_plans, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(with_plans.export.write_xlsx(tmp_path / "p.xlsx"))
    people = list(wb["Deltagare"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[4], r[5], r[6]) for r in people] == [
        ("0586", "Politiker", 1, 1),
        ("0586", "Chef", 2, 1),
    ]
    assert all("Anna" not in str(cell) for row in people for cell in row)  # counts, no names
    actions = list(wb["Handlingsplaner"].iter_rows(min_row=2, values_only=True))
    assert len(actions) == 5  # Mjölby: three actions + an area without actions; Sjöbo: one area
    mentor = next(r for r in actions if r[5] == "Mentorprogram")
    assert mentor[9] == "ja"
    follow = list(wb["Uppföljningar"].iter_rows(min_row=2, values_only=True))
    assert {r[5] for r in follow} == {"Mentorprogram", "Klar sak", "Senare"}


def test_programme_comparison_pools_each_round(programme) -> None:
    ts = programme.time_studies
    comparison = ts.programme_comparison()
    assert [s.study.ordinal for s in comparison.studies] == [1]
    overall = comparison.studies[0].overall
    assert overall.respondents == 4 and overall.total_minutes == 600 + 630
    children = next(c.id for c in comparison.categories if c.key == "direct_children")
    assert overall.share(children) == pytest.approx(90 / 1230)
    assert comparison.median[children] == pytest.approx((30 / 600 + 60 / 630) / 2)


def test_report_time_studies_are_those_before_the_periods_visits(programme) -> None:
    reports = programme.reports
    # both studies ended 2026-01-16, before February; Sjöbo's first visit (02-10) and Mjölby's
    # follow-up (03-02) are in the period, so the measurements made before them belong to it
    data = reports.gather(date(2026, 2, 1), date(2026, 3, 31))
    assert data.time_study is not None
    assert sorted(s.study.municipality_code for s in data.time_study.studies) == ["0586", "1265"]
    assert reports.gather(date(2026, 2, 11), date(2026, 2, 28)).time_study is None


def test_programme_figures_follow_every_change(programme) -> None:
    ts = programme.time_studies
    before = ts.programme_comparison()
    assert ts.programme_comparison() is before  # nothing changed: the same figures
    mjolby = programme.municipalities.by_code("0586")
    study = ts.list(municipality_id=mjolby.id)[0]
    ts.delete(study.id)
    after = ts.programme_comparison()
    assert after.studies[0].overall.respondents == 2
    children = next(c.id for c in after.categories if c.key == "direct_children")
    assert ts.programme_medians(1)[children] == pytest.approx(60 / 630)
    ts.restore(study.id)
    assert ts.programme_comparison().studies[0].overall.respondents == 4


def test_overview_follows_every_change_and_keeps_the_rest(programme) -> None:
    """The visit and plan figures are kept between refreshes until one of their tables changes;
    a time study change recomputes only which municipalities have one."""
    from samordnare_desktop.services.overview import OverviewService

    overview = programme.overview
    first = overview.snapshot(TODAY)
    again = overview.snapshot(TODAY)
    assert again == first and again.per_month is first.per_month  # kept, not recomputed
    ts = programme.time_studies
    mjolby = programme.municipalities.by_code("0586")
    study = ts.list(municipality_id=mjolby.id)[0]
    ts.delete(study.id)
    o = overview.snapshot(TODAY)
    assert [r.code for r in o.time_study] == ["1265"]
    assert o.per_month is first.per_month  # visits and plans unchanged
    kalmar = programme.municipalities.by_code("0880")
    _visit(programme, kalmar, VisitKind.FIRST, date(2026, 3, 1))
    o = overview.snapshot(TODAY)
    assert sorted(r.code for r in o.first_visit) == ["0586", "0880", "1265"]
    assert o == OverviewService(programme.db).snapshot(TODAY)  # same as computed afresh
    assert overview.snapshot(date(2026, 4, 2)).upcoming == ()  # another day: recomputed
    from samordnare_desktop.services.action_plans import ActionInput, AreaInput

    plans = programme.action_plans
    area = plans.add_area(plans.create_plan(mjolby.id).id, AreaInput("Barnets perspektiv"))
    action = plans.add_action(area.id, ActionInput("Mentorprogram", due_date=date(2026, 3, 1)))
    o = overview.snapshot(TODAY)
    assert [(a.municipality_code, a.what) for a in o.overdue] == [("0586", "Mentorprogram")]
    assert [a.name for a in o.areas] == ["Barnets perspektiv"]
    plans.delete_action(action.id)
    o = overview.snapshot(TODAY)
    assert o.overdue == () and o == OverviewService(programme.db).snapshot(TODAY)


def test_a_municipality_ticked_in_recomposes_the_overview_without_reading_visits_again(
    programme,
) -> None:
    """Ticking a municipality in or out changes which rows count, not the visit and plan rows:
    they are kept and the figures composed again (a few statements, none on visits)."""
    from sqlalchemy import event

    from samordnare_desktop.services.overview import OverviewService

    overview = programme.overview
    first = overview.snapshot(TODAY)
    assert "2584" not in [r.code for r in first.first_visit]
    sent: list[str] = []
    event.listen(programme.db.engine, "before_cursor_execute", lambda *a: sent.append(a[2]))
    _join(programme, "2584")  # Kiruna, whose first visit was held on 1 February
    sent.clear()
    o = overview.snapshot(TODAY)
    assert not [q for q in sent if "FROM visit" in q and "count(" not in q]
    assert sorted(r.code for r in o.first_visit) == ["0586", "1265", "2584"]
    assert len(o.programme) == 4 and o == OverviewService(programme.db).snapshot(TODAY)


def test_programme_figures_sum_again_only_the_changed_study(programme, monkeypatch) -> None:
    ts = programme.time_studies
    before = ts.programme_comparison()
    sjobo = programme.municipalities.by_code("1265")
    study = ts.list(municipality_id=sjobo.id)[0]
    cats = {c.key: c.id for c in ts.categories()}
    kept = dict(ts._study_sums)
    ts.update(
        study.id,
        StudyInput(
            sjobo.id,
            "Mätning 1",
            study.start_date,
            study.end_date,
            (RespondentInput(Role.INVESTIGATOR, 5, {cats["direct_children"]: 100}),),
        ),
        expected_version=None,
    )
    after = ts.programme_comparison()
    assert after != before and after.studies[0].overall.respondents == 3
    children = cats["direct_children"]
    # Mjölby 30 of 600 minutes, Sjöbo now 100 of 100: the median of the two
    assert ts.programme_medians(1)[children] == pytest.approx((30 / 600 + 1.0) / 2)
    changed = {k for k, v in ts._study_sums.items() if kept.get(k) is not v}
    assert changed == {study.id.hex}  # Mjölby's sums were kept


def test_report_figures_stand_as_at_the_periods_end(with_plans) -> None:
    """Issue 14.16: a Q1 plan followed up in August read "Uppföljd" in the Q1 report; an action
    finished later still counts as overdue at the end of Q1."""
    from samordnare_desktop.domain.action_plan import ActionStatus, PlanStatus

    s = with_plans
    reports = s.reports if hasattr(s, "reports") else s.insights.reports
    q1 = reports.gather(date(2026, 1, 1), date(2026, 3, 31))
    assert [e.status for e in q1.plans_received] == [PlanStatus.FOLLOWED_UP]  # held 2026-03-02
    feb = reports.gather(date(2026, 2, 1), date(2026, 2, 28))
    assert [e.status for e in feb.plans_received] == [PlanStatus.AGREED]  # not yet followed up
    assert feb.overdue_at_end == 0  # Mentorprogram is due on 2026-03-01
    mentor = next(
        a.id
        for plan in [s.action_plans.plan_for_code("0586")]
        for area in plan.areas
        for a in area.actions
        if a.what == "Mentorprogram"
    )
    s.action_plans.set_statuses({mentor: ActionStatus.DONE})  # done now, in December
    assert reports.gather(date(2026, 1, 1), date(2026, 3, 31)).overdue_at_end == 1


def test_report_numbers_group_thousands_and_chart_labels_stay_whole() -> None:
    from samordnare_desktop.pdf.report import _wrap_label, thousands

    assert thousands(3320) == "3\u00a0320" and thousands("12") == "12"
    assert thousands("12,5 %") == "12,5 %"
    label = "Indirekt tid (dokumentation, utredning, analys, bedömning)"
    assert _wrap_label(label).replace("\n", " ") == label


def test_report_cover_prints_sender_recipient_and_reference(programme) -> None:
    from samordnare_desktop.services.reports import Letterhead

    reports = programme.reports
    start, end = date(2026, 1, 1), date(2026, 3, 31)
    assert reports.letterhead_for(start, end).recipient == "Socialdepartementet"
    cover = PdfReader(io.BytesIO(reports.build_pdf(start, end))).pages[0].extract_text()
    assert "Nationell samordnare för den sociala barn- och ungdomsvården" in cover
    head = Letterhead("Anna Berg <b>&</b>", "Socialdepartementet", "S2026/01234")
    reports.save_text(start, end, "Text", head)
    assert reports.letterhead_for(start, end) == head
    cover = PdfReader(io.BytesIO(reports.build_pdf(start, end))).pages[0].extract_text()
    assert "Från" in cover and "Anna Berg <b>&</b>" in cover  # escaped, not obeyed
    assert "Till" in cover and "Diarienummer" in cover and "S2026/01234" in cover
    reports.save_text(start, end, "Ny text")  # no letter head given: the saved one is kept
    assert reports.letterhead_for(start, end) == head
    with pytest.raises(ValidationError):
        reports.save_text(start, end, "", Letterhead(reference="x" * 101))
