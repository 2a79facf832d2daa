"""Time studies: stored minutes in, computed shares, minutes per day and medians out."""

from __future__ import annotations

from datetime import date

import pytest

from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.domain.time_study import RespondentRole as Role
from samordnare_desktop.services.time_study import RespondentInput, StudyInput

pytestmark = pytest.mark.both_backends  # SQLite and the team's PostgreSQL server


def _ids(services):
    return {c.key: c.id for c in services.time_studies.categories()}


def _study(services, code, respondents, label="Mätning 1", start=date(2026, 1, 12)):
    m = services.municipalities.by_code(code)
    return services.time_studies.create(
        StudyInput(m.id, label, start, date(start.year, start.month, start.day + 11), respondents)
    )


def test_seeded_categories_in_order(services) -> None:
    cats = services.time_studies.categories()
    assert len(cats) == 9
    assert cats[0].name == "Direkt tid med barn och unga"
    assert cats[-1].name == "Övrigt"


def test_shares_and_minutes_per_day_overall_and_by_role(services) -> None:
    c = _ids(services)
    study = _study(
        services,
        "0586",
        (
            RespondentInput(Role.INVESTIGATOR, 10, {c["direct_children"]: 100, c["indirect"]: 300}),
            RespondentInput(Role.INVESTIGATOR, 5, {c["direct_children"]: 50, c["indirect"]: 50}),
            RespondentInput(Role.MANAGER, 10, {c["administration"]: 500}),
        ),
    )
    summary = services.time_studies.summary(study.id)
    overall = summary.overall
    assert overall.respondents == 3 and overall.days == 25 and overall.total_minutes == 1000
    assert overall.share(c["direct_children"]) == pytest.approx(0.15)
    assert overall.share(c["indirect"]) == pytest.approx(0.35)
    assert overall.share(c["administration"]) == pytest.approx(0.50)
    assert overall.per_day(c["administration"]) == pytest.approx(20.0)  # 500 / 25 days
    inv = summary.by_role[Role.INVESTIGATOR]
    assert inv.respondents == 2 and inv.days == 15
    assert inv.share(c["direct_children"]) == pytest.approx(150 / 500)
    assert inv.per_day(c["direct_children"]) == pytest.approx(10.0)
    assert Role.SOCIAL_WORKER not in summary.by_role
    assert summary.by_role[Role.MANAGER].share(c["administration"]) == 1.0
    assert study.respondent_count == 3 and study.ordinal == 1


def test_programme_median_across_municipalities(services) -> None:
    c = _ids(services)
    for code, children in (("0586", 10), ("1265", 20), ("0880", 60)):
        m = services.municipalities.by_code(code)
        d = services.municipalities.details(m.id)
        services.municipalities.update(
            m.id, expected_version=d.version, in_programme=True, notes=""
        )
        _study(
            services,
            code,
            (
                RespondentInput(
                    Role.SOCIAL_WORKER,
                    1,
                    {c["direct_children"]: children, c["other"]: 100 - children},
                ),
            ),
        )
    # a second measurement does not count towards the first measurement's median
    _study(
        services,
        "0586",
        (RespondentInput(Role.SOCIAL_WORKER, 1, {c["direct_children"]: 90, c["other"]: 10}),),
        "Mätning 2",
        date(2026, 6, 1),
    )
    ts = services.time_studies
    medians = ts.programme_medians(1)
    assert medians[c["direct_children"]] == pytest.approx(0.20)
    assert medians[c["other"]] == pytest.approx(0.80)
    assert ts.programme_medians(2)[c["direct_children"]] == pytest.approx(0.90)
    assert [
        r.ordinal for r in ts.list(municipality_id=services.municipalities.by_code("0586").id)
    ] == [1, 2]


def test_bad_input_is_refused_and_nothing_saved(services) -> None:
    c = _ids(services)
    m = services.municipalities.by_code("0586")
    ts = services.time_studies
    with pytest.raises(ValidationError) as err:
        ts.create(StudyInput(m.id, "X", date(2026, 2, 1), date(2026, 1, 1)))
    assert err.value.field == "end_date"
    with pytest.raises(ValidationError):
        ts.create(StudyInput(m.id, "", date(2026, 1, 1), date(2026, 1, 2)))
    with pytest.raises(ValidationError, match="Svarande 1"):
        ts.create(
            StudyInput(
                m.id,
                "X",
                date(2026, 1, 1),
                date(2026, 1, 2),
                (RespondentInput(Role.MANAGER, 0, {}),),
            )
        )
    with pytest.raises(ValidationError):
        ts.create(
            StudyInput(
                m.id,
                "X",
                date(2026, 1, 1),
                date(2026, 1, 2),
                (RespondentInput(Role.MANAGER, 1, {c["other"]: 2000}),),
            )
        )
    with pytest.raises(ValidationError):
        ts.create(
            StudyInput(
                m.id,
                "X",
                date(2026, 1, 1),
                date(2026, 1, 2),
                (RespondentInput(Role.MANAGER, 1, {c["other"]: -5}),),
            )
        )
    assert ts.list() == []


def test_update_replaces_respondents_and_checks_version(services) -> None:
    from samordnare_desktop.domain.errors import StaleEditError

    c = _ids(services)
    ts = services.time_studies
    study = _study(services, "0586", (RespondentInput(Role.MANAGER, 2, {c["other"]: 60}),))
    details = ts.details(study.id)
    data = details.as_input()
    new = StudyInput(
        data.municipality_id,
        "Ny",
        data.start_date,
        data.end_date,
        (RespondentInput(Role.INVESTIGATOR, 3, {c["travel"]: 30}, "A"),),
    )
    updated = ts.update(study.id, new, expected_version=study.version)
    assert updated.label == "Ny" and updated.respondent_count == 1
    assert ts.details(study.id).respondents[0].minutes == {c["travel"]: 30}
    with pytest.raises(StaleEditError):
        ts.update(study.id, new, expected_version=study.version)


def test_categories_are_data(services) -> None:
    ts = services.time_studies
    added = ts.add_category("Telefonjour")
    assert ts.categories()[-1].name == "Telefonjour"
    with pytest.raises(ValidationError):
        ts.add_category("telefonjour")
    renamed = ts.rename_category(added.id, "Jour", expected_version=added.version)
    assert renamed.name == "Jour"
    ts.delete_category(added.id)
    assert "Jour" not in [c.name for c in ts.categories()]
    ts.restore_category(added.id)
    assert "Jour" in [c.name for c in ts.categories()]


def test_hidden_category_minutes_still_count_in_shares(services) -> None:
    from samordnare_desktop.services.time_study import pooled

    c = _ids(services)
    ts = services.time_studies
    extra = ts.add_category("Jour")
    study = _study(
        services, "0586", (RespondentInput(Role.MANAGER, 1, {c["other"]: 60, extra.id: 60}),)
    )
    ts.delete_category(extra.id)
    summary = ts.summary(study.id)
    assert summary.overall.share(c["other"]) == pytest.approx(0.5)
    cats = ts.categories()
    assert pooled([summary], cats).overall.share(c["other"]) == pytest.approx(0.5)
