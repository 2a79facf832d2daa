"""Named users (#20): the team in the database, and the name history, versions and follow-ups
record (the chosen person's, else the only user's, else the computer's login)."""

from __future__ import annotations

import getpass
from datetime import date

import pytest
from sqlalchemy import select

from samordnare_desktop.domain.action_plan import FollowUp, PlanChange, PlanStatus, PlanVersion
from samordnare_desktop.domain.errors import StaleEditError, UserError, ValidationError
from samordnare_desktop.domain.user import User, UserRole
from samordnare_desktop.services import users as users_module
from samordnare_desktop.services.action_plans import AreaInput, PlanInput
from samordnare_desktop.services.registry import Services

pytestmark = pytest.mark.both_backends  # the same on the team's PostgreSQL server


@pytest.fixture(autouse=True)
def _no_request():
    users_module.request_user(None)
    yield
    users_module.request_user(None)


def _plan(services: Services):
    m = services.municipalities.by_code("0586")
    return services.action_plans.create_plan(m.id, PlanInput(PlanStatus.DRAFT, date(2026, 3, 2)))


def _changed_by(services: Services) -> list[str]:
    with services.db.read() as s:
        return list(s.scalars(select(PlanChange.changed_by).order_by(PlanChange.created_at)))


def test_add_and_list_store_the_team(services: Services) -> None:
    users = services.users
    users.add("  Petra   Rinman ", UserRole.SUBJECT_EXPERT)
    users.add("Catrine Kaunitz", UserRole.SECRETARY)
    users.add("eric hetting", UserRole.COMMUNICATOR)
    with services.db.read() as s:
        stored = {(u.name, u.role, u.active) for u in s.scalars(select(User))}
    assert stored == {
        ("Petra Rinman", UserRole.SUBJECT_EXPERT, True),
        ("Catrine Kaunitz", UserRole.SECRETARY, True),
        ("eric hetting", UserRole.COMMUNICATOR, True),
    }
    assert [u.name for u in users.users()] == ["Catrine Kaunitz", "eric hetting", "Petra Rinman"]
    assert users.users()[0].role_label == "Utredningssekreterare"


def test_names_are_validated_in_swedish_and_unique_in_any_case(services: Services) -> None:
    users = services.users
    with pytest.raises(ValidationError) as err:
        users.add("   ")
    assert err.value.field == "name" and err.value.message == "Ge användaren ett namn."
    with pytest.raises(ValidationError) as err:
        users.add("x" * 101)
    assert "högst 100 tecken" in err.value.message
    users.add("x" * 100)
    petra = users.add("Petra Rinman", UserRole.SUBJECT_EXPERT)
    with pytest.raises(ValidationError) as err:
        users.add("PETRA rinman")
    assert err.value.message == "Det finns redan en användare som heter Petra Rinman."
    assert len(users.users()) == 2
    other = users.add("Eric Hetting")
    with pytest.raises(ValidationError):
        users.rename(other.id, "petra rinman")
    renamed = users.rename(petra.id, "Petra Rinman-Ek", petra.version)
    assert renamed.name == "Petra Rinman-Ek" and renamed.version == petra.version + 1
    with pytest.raises(StaleEditError):
        users.rename(petra.id, "P", petra.version)


def test_roles_parse_from_code_and_both_languages() -> None:
    assert UserRole.parse("samordnare") is UserRole.COORDINATOR
    assert UserRole.parse("Utredningssekreterare") is UserRole.SECRETARY
    assert UserRole.parse("subject_expert") is UserRole.SUBJECT_EXPERT
    assert UserRole.parse("ämnessakkunnig") is UserRole.SUBJECT_EXPERT
    assert UserRole.parse("Communications officer") is UserRole.COMMUNICATOR
    with pytest.raises(ValidationError) as err:
        UserRole.parse("chef")
    assert err.value.message.startswith("Okänd roll: chef.")


def test_without_named_users_the_login_name_is_recorded(services: Services) -> None:
    plan = _plan(services)
    services.action_plans.add_area(plan.id, AreaInput("Samverkan"))
    assert set(_changed_by(services)) == {getpass.getuser()}
    assert services.users.current() is None


def test_the_only_user_is_recorded_without_a_choice(services: Services) -> None:
    services.users.add("Kerstin Grefve")
    _plan(services)
    assert set(_changed_by(services)) == {"Kerstin Grefve"}


def test_the_chosen_user_is_recorded_in_history_versions_and_follow_up(
    services: Services,
) -> None:
    users = services.users
    users.add("Kerstin Grefve")
    catrine = users.add("Catrine Kaunitz", UserRole.SECRETARY)
    # two users, none chosen: the login name, as before
    plan = _plan(services)
    assert _changed_by(services) == [getpass.getuser()]
    users.choose(catrine.id)
    services.action_plans.add_area(plan.id, AreaInput("Samverkan"))
    services.plan_versions.save_version(plan.id, "Som överenskommen")
    services.follow_ups.start_follow_up(plan.id, held_on=date(2026, 9, 1))
    assert _changed_by(services)[1:] == ["Catrine Kaunitz"] * (len(_changed_by(services)) - 1)
    with services.db.read() as s:
        assert s.scalars(select(PlanVersion.saved_by)).all() == ["Catrine Kaunitz"]
        assert s.scalars(select(FollowUp.recorded_by)).all() == ["Catrine Kaunitz"]
    assert services.follow_ups.follow_up(plan.id).recorded_by == "Catrine Kaunitz"
    history = services.plan_versions.history(plan.id)
    assert {row.who for row in history} == {getpass.getuser(), "Catrine Kaunitz"}
    # renamed later: what was recorded stays, the new name is recorded from now on
    users.rename(catrine.id, "Catrine Kaunitz Ek")
    services.action_plans.add_area(plan.id, AreaInput("Kompetens"))
    assert _changed_by(services)[-1] == "Catrine Kaunitz Ek"


def test_a_deactivated_user_is_kept_but_no_longer_chosen(services: Services) -> None:
    users = services.users
    kerstin = users.add("Kerstin Grefve")
    eric = users.add("Eric Hetting", UserRole.COMMUNICATOR)
    users.choose(eric.id)
    users.deactivate(eric.id)
    assert [(u.name, u.active) for u in users.users()] == [
        ("Kerstin Grefve", True),
        ("Eric Hetting", False),
    ]
    assert [u.name for u in users.users(include_inactive=False)] == ["Kerstin Grefve"]
    assert users.current() == users.get(kerstin.id)  # the only active one now
    with pytest.raises(UserError) as err:
        users.choose(eric.id)
    assert "inaktiverad" in err.value.message
    users.activate(eric.id)
    assert users.choose(eric.id).name == "Eric Hetting"


def test_the_command_line_user_must_exist_and_nothing_is_written(services: Services) -> None:
    users = services.users
    users.add("Kerstin Grefve")
    users.add("Petra Rinman", UserRole.SUBJECT_EXPERT)
    users_module.request_user("petra  RINMAN")
    users.forget()
    assert users.current_name() == "Petra Rinman"
    users_module.request_user("Ingen Alls")
    users.forget()
    m = services.municipalities.by_code("0586")
    with pytest.raises(UserError) as err:
        services.action_plans.create_plan(m.id, PlanInput(PlanStatus.DRAFT))
    assert err.value.message.startswith("Det finns ingen användare som heter Ingen Alls.")
    assert services.action_plans.plan_for(m.id) is None
    assert _changed_by(services) == []


def test_an_add_taken_back_frees_the_name_and_comes_back_unless_taken(services: Services) -> None:
    users = services.users
    petra = users.add("Petra Rinman", UserRole.SUBJECT_EXPERT)
    users.delete(petra.id)
    assert users.users() == [] and users.find("Petra Rinman") is None
    with services.db.read() as s:
        assert s.get(User, petra.id).deleted_at is not None  # kept as a tombstone (sync)
    assert users.restore(petra.id).name == "Petra Rinman"
    users.delete(petra.id)
    users.add("petra rinman")
    with pytest.raises(ValidationError):
        users.restore(petra.id)


def test_a_user_renamed_or_deactivated_elsewhere_is_seen_by_the_next_change(
    services: Services,
) -> None:
    """As after a sync pulled the team's changes: the next unit of work reads them."""
    users = services.users
    users.add("Kerstin Grefve")
    petra = users.add("Petra Rinman", UserRole.SUBJECT_EXPERT)
    users.choose(petra.id)
    plan = _plan(services)
    with services.db.write() as s:  # another laptop's rename, as a pull writes it
        s.get(User, petra.id).name = "Petra Rinman-Ek"
    services.action_plans.add_area(plan.id, AreaInput("Samverkan"))
    assert _changed_by(services)[-1] == "Petra Rinman-Ek"
    with services.db.write() as s:
        s.get(User, petra.id).active = False
    services.action_plans.add_area(plan.id, AreaInput("Kompetens"))
    assert _changed_by(services)[-1] == "Kerstin Grefve"  # the only active user now


@pytest.mark.sqlite_only
def test_deactivating_on_a_laptop_with_a_team_server_says_the_login_is_not_changed(
    services: Services,
) -> None:
    from samordnare_desktop.services import server_settings

    row = services.users.add("Eric Hetting")
    services.users.deactivate(row.id)
    assert services.users.login_note is None  # no team server: nothing to say
    services.users.activate(row.id)
    server_settings.save(
        services.db.path, server_settings.ServerSettings("127.0.0.1", 5432, "samordnare", "eva")
    )
    services.users.deactivate(row.id)
    note = services.users.login_note
    assert note is not None and "\n" not in note
    assert note.startswith("Eric Hetting är inaktiverad") and "ändras inte" in note
