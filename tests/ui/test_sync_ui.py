"""Sync in the window (issue #20): the status bar line, Synkronisera off the GUI thread against a
real PostgreSQL server (tests/pg.py), the conflicts side by side, the exchange file, and the
refusals a user can meet (wrong password, unreachable server, wrong passphrase)."""

from __future__ import annotations

import re
import threading

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QAction, QTextCursor

from samordnare_desktop.ui.context import MUNICIPALITY, Change

LAST_SYNCED = re.compile(r"^Senast synkad \d{4}-\d\d-\d\d \d\d:\d\d$")


def _password(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).password or ""


@pytest.fixture
def team(main_window, pg_url, monkeypatch):
    """The window's database set to sync with a fresh server database (Arkiv → Teamserver…);
    the password is asked (no keyring here) and answered; every connection's thread noted."""
    from samordnare_desktop.services import server_settings
    from samordnare_desktop.ui.sync import controller

    server_settings.save(
        main_window.session.db_path, server_settings.ServerSettings.from_url(pg_url)
    )
    asked: list[str] = []
    threads: list[bool] = []
    answer = {"password": _password(pg_url)}

    def ask(_parent, url):
        asked.append(url)
        return answer["password"]

    real_open = controller.open_team_server

    def opening(url, password):
        threads.append(threading.current_thread() is threading.main_thread())
        return real_open(url, password)

    monkeypatch.setattr(controller, "ask_password", ask)
    monkeypatch.setattr(controller, "open_team_server", opening)
    main_window.sync.refresh()
    return {"url": pg_url, "asked": asked, "on_gui_thread": threads, "answer": answer}


def _server(url: str):
    from samordnare_desktop.services.registry import Services
    from samordnare_desktop.services.startup import open_server_database

    return Services(open_server_database(url))


def _sync(main_window, qtbot):
    sync = main_window.sync
    with qtbot.waitSignal(sync.synced, timeout=60_000) as done:
        main_window.findChild(QAction, "action_sync").trigger()
        assert sync.running and not sync.action.isEnabled()  # the window stays usable
    return done.args[0]


def _synced_visit_shown(main_window, qtbot):
    """A visit (venue Stadshuset, no notes) made here, synced, and shown in Besök's form."""
    from tests.factories import make_visit

    visit = make_visit(main_window.session.services, venue_name="Stadshuset", notes="")
    _sync(main_window, qtbot)
    main_window.select_tab("visits")
    tab = main_window.tab("visits")
    qtbot.waitUntil(lambda: tab.isVisible() and not tab.loading())
    assert tab.select_visit(visit.id)
    return visit, tab


def _another_laptops_venue(url: str, visit_id, venue: str = "Folkets hus") -> None:
    """Another laptop's edit of the visit's venue, on the server."""
    import dataclasses

    other = _server(url)
    try:
        row = other.visits.get(visit_id)
        other.visits.update(
            visit_id,
            dataclasses.replace(row.as_input(), venue_name=venue),
            expected_version=row.version,
        )
    finally:
        other.db.close()


def test_status_line_without_a_server(main_window) -> None:
    sync = main_window.sync
    sync.refresh()
    assert sync.label.text() == "Ingen teamserver"
    assert sync.badge.isHidden()
    action = main_window.findChild(QAction, "action_sync")
    assert action.shortcut().toString() == "Ctrl+Shift+S"
    assert action in main_window.file_menu.actions()
    assert sync.button.defaultAction() is action


def test_sync_without_a_server_says_where_to_choose_one(main_window, messages) -> None:
    assert main_window.sync.start() is False
    [text] = messages.texts("warn")
    assert "Teamserver" in text and "\n" not in text


def test_shortcuts_help_lists_synkronisera(main_window) -> None:
    from samordnare_desktop.ui.help import menu

    dialog = menu.show_shortcuts(main_window)
    assert ("Ctrl+Skift+S", "Synkronisera") in dialog.rows()
    dialog.close()


def test_sync_from_the_window_pushes_pulls_and_refreshes_the_views(main_window, team, qtbot):
    sync = main_window.sync
    waiting = main_window.session.services.sync.status().waiting
    assert waiting > 0  # never synced: every row is still to go
    assert sync.label.text() == f"Inte synkad ännu · {waiting} ändringar väntar"

    result = _sync(main_window, qtbot)
    assert result.pushed == waiting
    assert team["on_gui_thread"] == [False]  # connected and synced on a worker
    assert team["asked"] == [team["url"].replace(":" + _password(team["url"]) + "@", "@")]
    assert LAST_SYNCED.match(sync.label.text()), sync.label.text()
    assert "Synkroniserat:" in main_window.statusBar().currentMessage()

    # a local save: the line counts it at once (the change bus)
    services = main_window.session.services
    mjolby = services.municipalities.by_code("0586")
    services.municipalities.update(
        mjolby.id, expected_version=None, in_programme=True, notes="Lokal anteckning"
    )
    main_window.bus.notify(Change.of(MUNICIPALITY, ids=[mjolby.id]))
    qtbot.waitUntil(lambda: sync.label.text().endswith(" · 1 ändring väntar"), timeout=5000)

    # another laptop's change on the server: pulled, and the open Kommuner tab shows it
    other = _server(team["url"])
    try:
        vallentuna = other.municipalities.by_code("0115")
        other.municipalities.update(
            vallentuna.id, expected_version=None, in_programme=True, notes="Från servern"
        )
    finally:
        other.db.close()
    tab = main_window.tab("municipalities")
    assert not next(r for r in tab.model.rows() if r.code == "0115").in_programme
    result = _sync(main_window, qtbot)
    assert result.pushed == 1 and result.pulled >= 1 and result.conflicts == 0
    assert next(r for r in tab.model.rows() if r.code == "0115").in_programme
    assert services.municipalities.details(vallentuna.id).notes == "Från servern"
    assert LAST_SYNCED.match(sync.label.text())
    other = _server(team["url"])
    try:
        assert other.municipalities.details(mjolby.id).notes == "Lokal anteckning"
    finally:
        other.db.close()


def test_a_wrong_password_is_one_line_and_nothing_changes(main_window, team, qtbot, messages):
    sync = main_window.sync
    team["answer"]["password"] = "inte-rätt-lösenord"
    before = main_window.session.services.sync.status()
    with qtbot.waitSignal(sync.failed, timeout=60_000):
        assert sync.start()
    [text] = messages.texts("warn")
    assert "\n" not in text and "Traceback" not in text and "inte-rätt" not in text
    assert main_window.session.services.sync.status() == before
    assert sync.label.text().startswith("Inte synkad ännu")
    assert sync.action.isEnabled()


def test_an_unreachable_server_is_one_line(main_window, monkeypatch, qtbot, messages):
    import socket

    from samordnare_desktop.services import server_settings
    from samordnare_desktop.ui.sync import controller

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server_settings.save(
        main_window.session.db_path,
        server_settings.ServerSettings("127.0.0.1", port, "samordnare", "eva"),
    )
    monkeypatch.setattr(controller, "ask_password", lambda _parent, _url: "hemligt")
    with qtbot.waitSignal(main_window.sync.failed, timeout=60_000):
        assert main_window.sync.start()
    [text] = messages.texts("warn")
    assert "\n" not in text and "Traceback" not in text


LONG_LOCAL = (
    "Vi träffade socialchefen och två enhetschefer. " * 12
    + "\n\nÖverenskommet: <b>uppföljning</b> i maj & en ny plan."
)


def test_a_conflict_is_shown_side_by_side_and_decided(main_window, team, qtbot, messages):
    from samordnare_desktop.services.contacts import ContactInput

    services = main_window.session.services
    mjolby = services.municipalities.by_code("0586")
    contact = services.municipalities.add_contact(
        mjolby.id, ContactInput("Eva Lind", title="Socialchef", phone="013-20 00 00")
    )
    _sync(main_window, qtbot)
    # both sides change the municipality's notes and the contact's phone before the next sync
    other = _server(team["url"])
    try:
        other.municipalities.update(
            mjolby.id,
            expected_version=None,
            in_programme=True,
            notes="Servern: mötet flyttades till stadshuset.",
        )
        other.municipalities.update_contact(
            contact.id,
            ContactInput("Eva Lind", title="Socialchef", phone="013-20 11 11"),
            expected_version=None,
        )
    finally:
        other.db.close()
    services.municipalities.update(
        mjolby.id, expected_version=None, in_programme=True, notes=LONG_LOCAL
    )
    services.municipalities.update_contact(
        contact.id,
        ContactInput("Eva Lind", title="Socialchef", phone="013-20 22 22"),
        expected_version=None,
    )
    result = _sync(main_window, qtbot)
    assert result.conflicts == 2
    sync = main_window.sync
    assert sync.badge.isVisible() and sync.badge.text() == "2 konflikter"
    dialog = sync.dialog
    assert dialog is not None and dialog.isVisible()
    model = dialog.model
    cells = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Vad", "Fält", "Din version", "Serverns version", "Ändrad av", "Avgjord"]
    assert dialog.table.isColumnHidden(5)  # "Avgjord": only beside "Visa avgjorda"
    assert dialog.show_decided.text() == "Visa a&vgjorda" and not dialog.show_decided.isChecked()
    by_field = {row[1]: row for row in cells}
    assert set(by_field) == {"Anteckningar", "Telefon"}, cells
    assert "Mjölby" in by_field["Anteckningar"][0]
    assert "Eva Lind" in by_field["Telefon"][0]
    assert by_field["Telefon"][2:4] == ["013-20 22 22", "013-20 11 11"]
    assert by_field["Anteckningar"][2].endswith("…")  # long text: its first line, shortened
    assert by_field["Telefon"][4]  # who changed it on the server
    # the notes conflict chosen: both versions whole, as plain text, wrapped
    notes_row = next(r for r in range(model.rowCount()) if cells[r][1] == "Anteckningar")
    dialog.table.selectRow(notes_row)
    assert dialog.local_text.toPlainText() == LONG_LOCAL  # "<b>" shown as typed, not bold
    assert dialog.server_text.toPlainText() == "Servern: mötet flyttades till stadshuset."
    assert dialog.local_text.lineWrapMode() == dialog.local_text.LineWrapMode.WidgetWidth
    dialog.resize(1100, 640)
    picture = dialog.grab()  # drawn whole offscreen: both panes, the table, the buttons
    assert not picture.isNull() and picture.width() >= 1000

    # the keyboard: the table has the focus; Alt+M keeps mine, Alt+S the server's
    assert dialog.focusWidget() is dialog.table
    assert dialog.keep_local.text() == "Behåll &min"
    assert dialog.keep_server.text() == "Behåll &serverns"
    assert dialog.resolve_selected("local") == 1
    assert services.municipalities.details(mjolby.id).notes == LONG_LOCAL  # mine, saved
    assert sync.badge.text() == "1 konflikt"
    dialog.table.selectAll()
    assert dialog.resolve_selected("server") == 1
    phones = [c.phone for c in services.municipalities.details(mjolby.id).contacts]
    assert phones == ["013-20 11 11"]
    assert sync.badge.isHidden()
    assert dialog.empty.isVisible()
    assert model.rowCount() == 0
    # "Visa avgjorda": both decided conflicts again, both versions, marked, not to decide again
    qtbot.mouseClick(dialog.show_decided, Qt.MouseButton.LeftButton)
    assert dialog.show_decided.isChecked() and not dialog.table.isColumnHidden(5)
    shown = {
        model.index(r, 1).data(): [model.index(r, c).data() for c in range(6)]
        for r in range(model.rowCount())
    }
    assert set(shown) == {"Anteckningar", "Telefon"}
    assert shown["Telefon"][2:4] == ["013-20 22 22", "013-20 11 11"]
    for row in shown.values():
        assert re.fullmatch(r"Avgjord \d{4}-\d\d-\d\d \d\d:\d\d", row[5]), row
    dialog.table.selectRow(list(shown).index("Anteckningar"))
    assert dialog.local_text.toPlainText() == LONG_LOCAL
    assert dialog.server_text.toPlainText() == "Servern: mötet flyttades till stadshuset."
    assert not dialog.keep_local.isEnabled() and not dialog.keep_server.isEnabled()
    dialog.table.selectAll()
    assert dialog.resolve_selected("server") == 0  # a decided one is never decided again
    assert services.municipalities.details(mjolby.id).notes == LONG_LOCAL
    assert dialog.count.text() == "0 konflikter att avgöra" and dialog.empty.isVisible()
    qtbot.mouseClick(dialog.show_decided, Qt.MouseButton.LeftButton)  # unticked: gone again
    assert not dialog.show_decided.isChecked() and model.rowCount() == 0
    assert dialog.table.isColumnHidden(5)
    # the decision is a new change: it waits, then reaches the server
    assert services.sync.status().waiting >= 1
    result = _sync(main_window, qtbot)
    assert result.conflicts == 0
    other = _server(team["url"])
    try:
        assert other.municipalities.details(mjolby.id).notes == LONG_LOCAL
    finally:
        other.db.close()


# --- the exchange file -----------------------------------------------------------------------


def test_exchange_file_export_and_import_through_the_menu(
    main_window, qtbot, messages, monkeypatch, tmp_path
):
    from datetime import date

    from samordnare_desktop.domain.errors import NotFoundError
    from samordnare_desktop.domain.visit import VisitKind
    from samordnare_desktop.services.registry import Services
    from samordnare_desktop.services.startup import open_database
    from samordnare_desktop.services.visits import VisitInput
    from samordnare_desktop.ui.sync import exchange

    # another laptop writes a visit and seals its changes in a file
    other = Services(open_database(tmp_path / "annan.sqlite3", daily_backup=False))
    try:
        linkoping = other.municipalities.by_code("0580")
        visit = other.visits.create(
            VisitInput(linkoping.id, VisitKind.FIRST, date(2026, 4, 8), venue_name="Rådhuset")
        )
        made = tmp_path / "från-annan.samordnare-utbyte"
        other.sync.export_exchange(made, "rätt lösenfras")
    finally:
        other.db.close()

    monkeypatch.setattr(exchange, "choose_import_path", lambda _parent, _ctx: made)
    monkeypatch.setattr(exchange, "ask_passphrase", lambda _parent, twice: "fel lösenfras")
    exchange.import_exchange(main_window, main_window.ctx, main_window.sync)
    qtbot.waitUntil(lambda: bool(messages.texts("warn")), timeout=30_000)
    [text] = messages.texts("warn")
    assert "\n" not in text
    services = main_window.session.services
    with pytest.raises(NotFoundError):  # a wrong passphrase imports nothing
        services.visits.get(visit.id)

    monkeypatch.setattr(exchange, "ask_passphrase", lambda _parent, twice: "rätt lösenfras")
    exchange.import_exchange(main_window, main_window.ctx, main_window.sync)
    qtbot.waitUntil(lambda: bool(messages.texts("inform")), timeout=30_000)
    [text] = messages.texts("inform")
    assert re.match(r"^\d+ ändringar importerade\.$", text), text
    assert services.visits.get(visit.id).venue_name == "Rådhuset"

    # and this laptop's changes out to a file, the passphrase asked twice
    target = tmp_path / "till-servern.samordnare-utbyte"
    asked: list[bool] = []

    def passphrase(_parent, twice):
        asked.append(twice)
        return "en annan lösenfras"

    monkeypatch.setattr(exchange, "choose_export_path", lambda _parent, _ctx: target)
    monkeypatch.setattr(exchange, "ask_passphrase", passphrase)
    exchange.export_exchange(main_window, main_window.ctx)
    qtbot.waitUntil(lambda: len(messages.texts("inform")) == 2, timeout=30_000)
    assert asked == [True]
    assert target.exists() and b"R\xc3\xa5dhuset" not in target.read_bytes()  # sealed
    assert str(target) in messages.texts("inform")[1]
    QThreadPool.globalInstance().waitForDone(30_000)


def test_minutes_the_exchange_file_could_not_bring_are_named_in_the_window(
    main_window, qtbot, messages, monkeypatch, tmp_path
):
    """One agenda item's minutes written on both laptops (one may exist per item): the import
    kept these and said "1 ändring importerad." as if the other's had come. Now it warns and
    names them, and says where they still are."""
    from datetime import time

    from samordnare_desktop.domain.minutes import MinutesInput
    from samordnare_desktop.services.agendas import AgendaItemInput
    from samordnare_desktop.services.registry import Services
    from samordnare_desktop.services.startup import open_database
    from samordnare_desktop.ui.sync import exchange
    from tests.factories import make_visit

    services = main_window.session.services
    other = Services(open_database(tmp_path / "annan.sqlite3", daily_backup=False))
    try:
        visit = make_visit(other, start_time=time(9, 0), end_time=time(12, 0))
        item = other.agendas.add_item(visit.id, AgendaItemInput("Barnens röst", 60))
        first = tmp_path / "1.samordnare-utbyte"
        other.sync.export_exchange(first, "rätt lösenfras")
        services.sync.import_exchange(first, "rätt lösenfras")  # both have the item now
        other.minutes.save_item(item.id, MinutesInput(notes="Annas anteckningar"))
        services.minutes.save_item(item.id, MinutesInput(notes="Mina anteckningar"))
        other.agendas.add_item(visit.id, AgendaItemInput("Skolan", 30))
        made = tmp_path / "2.samordnare-utbyte"
        other.sync.export_exchange(made, "rätt lösenfras")
    finally:
        other.db.close()

    monkeypatch.setattr(exchange, "choose_import_path", lambda _parent, _ctx: made)
    monkeypatch.setattr(exchange, "ask_passphrase", lambda _parent, twice: "rätt lösenfras")
    exchange.import_exchange(main_window, main_window.ctx, main_window.sync)
    qtbot.waitUntil(lambda: bool(messages.texts("warn")), timeout=30_000)
    assert messages.texts("inform") == []
    [text] = messages.texts("warn")
    head, rest = text.split("\n\n")
    assert head == "1 ändring importerad."  # the new agenda item
    assert rest.splitlines() == [
        "Togs inte in från utbytesfilen: 1 post.",
        "– Minnesanteckningar ”Barnens röst”, 0586 Mjölby, 2026-03-04: den här databasen har "
        "redan en sådan post (det får bara finnas en); den som fanns här behölls oförändrad.",
        "Allt annat i filen importerades; inget annat påverkades. Det som inte togs in finns "
        "kvar oförändrat på datorn som gjorde filen: hämta det du behöver därifrån.",
    ]
    assert services.minutes.get_item(item.id).notes == "Mina anteckningar"  # kept as it was
    assert [i.title for i in services.agendas.items_of(visit.id)] == ["Barnens röst", "Skolan"]
    QThreadPool.globalInstance().waitForDone(30_000)


def test_passphrase_dialog_asks_twice_and_checks(qtbot) -> None:
    from samordnare_desktop.ui.sync.exchange import PassphraseDialog

    dialog = PassphraseDialog(None, twice=True)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("kort")
    assert not dialog.try_accept()
    assert dialog.errors.message("passphrase") == "Minst 8 tecken."
    dialog.passphrase.setText("en lång lösenfras")
    dialog.again.setText("en lång lösenfraz")
    assert not dialog.try_accept()
    assert dialog.errors.message("again") == "De två lösenfraserna är olika."
    dialog.again.setText("en lång lösenfras")
    assert dialog.try_accept() and dialog.value() == "en lång lösenfras"
    once = PassphraseDialog(None, twice=False)
    qtbot.addWidget(once)
    assert once.again.isHidden() or once.again.parent() is None
    once.passphrase.setText("x")
    assert once.try_accept()


def test_choosing_a_team_server_updates_the_line(main_window, monkeypatch) -> None:
    from samordnare_desktop.services import server_settings
    from samordnare_desktop.ui.teamserver import dialog

    sync = main_window.sync
    sync.refresh()
    assert sync.label.text() == "Ingen teamserver"

    def choose(_parent, ctx) -> None:  # the user fills in Arkiv → Teamserver… and saves
        chosen = server_settings.ServerSettings("127.0.0.1", 5432, "samordnare", "eva")
        server_settings.save(ctx.services.db.path, chosen)

    monkeypatch.setattr(dialog, "open_team_server_dialog", choose)
    main_window.findChild(QAction, "action_team_server").trigger()
    assert sync.label.text().startswith("Inte synkad ännu · ")


def test_a_conflict_with_a_long_label_keeps_the_dialog_on_a_small_screen(
    main_window, monkeypatch
) -> None:
    """A meeting named by a dozen organisations: the dialog still fits 1366 pixels."""
    import uuid
    from datetime import datetime

    from samordnare_desktop.services.sync import Conflict
    from samordnare_desktop.ui.sync.conflicts import ConflictDialog

    label = "Möte " + ", ".join(f"Organisation nummer {n} i Sverige" for n in range(12))
    found = [
        Conflict(
            uuid.uuid4(),
            "visit",
            uuid.uuid4(),
            "notes",
            label + ": Anteckningar",
            "å " * 2500,
            "ö " * 2500,
            "Petra Rinman",
            datetime(2026, 12, 5, 12, 0),
        )
    ]
    monkeypatch.setattr(type(main_window.ctx.services.sync), "conflicts", lambda _self: found)
    dialog = ConflictDialog(main_window, main_window.ctx)
    dialog.show()
    assert dialog.local_box.toolTip() == label + ": Anteckningar"
    assert dialog.sizeHint().width() <= 1366 and dialog.width() <= 1366
    dialog.close()


def test_a_conflict_from_an_exchange_file_names_the_file_not_the_server(
    main_window, monkeypatch
) -> None:
    import uuid
    from datetime import datetime

    from PySide6.QtCore import Qt

    from samordnare_desktop.services.sync import Conflict
    from samordnare_desktop.ui.sync.conflicts import ConflictDialog

    def conflict(origin: str, who: str) -> Conflict:
        return Conflict(
            uuid.uuid4(),
            "visit",
            uuid.uuid4(),
            "venue_name",
            "Besök 0586 Mjölby, 2026-03-04: Plats",
            "Kulturhuset",
            "Biblioteket",
            who,
            datetime(2026, 12, 5, 12, 0),
            origin,
        )

    found = [conflict("file", "anna")]
    monkeypatch.setattr(type(main_window.ctx.services.sync), "conflicts", lambda _self: found)
    dialog = ConflictDialog(main_window, main_window.ctx)
    dialog.show()
    header = dialog.model.headerData(3, Qt.Orientation.Horizontal)
    assert header == "Filens version"
    assert dialog.server_box.title() == "Filens version (från anna)"
    assert dialog.model.index(0, 4).data() == "anna (utbytesfil)"
    assert dialog.keep_server.text() == "Behåll &filens"
    assert "utbytesfil" in dialog.intro.text() and "Din version gäller" in dialog.intro.text()
    assert "Serverns" not in dialog.intro.text()

    found.append(conflict("server", "bertil"))  # one of each: neither side is named wrongly
    dialog.reload()
    dialog.table.selectAll()
    assert dialog.model.headerData(3, Qt.Orientation.Horizontal) == "Serverns eller filens version"
    assert dialog.keep_server.text() == "Behåll den &andra versionen"
    dialog.table.selectRow(1)
    assert dialog.server_box.title() == "Serverns version (ändrad av bertil)"
    assert dialog.keep_server.text() == "Behåll &serverns"
    dialog.close()


def test_a_recreated_server_is_one_line_and_can_be_treated_as_new(
    main_window, team, qtbot, messages, pg_server
):
    from sqlalchemy.engine import make_url

    sync = main_window.sync
    _sync(main_window, qtbot)
    name = make_url(team["url"]).database
    pg_server.drop_database(name)  # the server's database recreated empty
    with pg_server.admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    services = main_window.session.services
    mjolby = services.municipalities.by_code("0586")
    services.municipalities.update(
        mjolby.id, expected_version=None, in_programme=True, notes="Lokal anteckning"
    )
    before = services.sync.status()

    messages.confirm_answer = False  # first: not now
    with qtbot.waitSignal(sync.failed, timeout=60_000):
        assert sync.start()
    [text] = messages.texts("confirm")
    first_line = text.split("\n\n")[0]
    assert first_line.startswith(
        "Teamservern är inte samma databas som den här datorn senast synkade med"
    )
    assert "\n" not in first_line and "Traceback" not in text
    assert sync.label.text() == "En annan teamserver"
    assert services.sync.status() == before  # nothing changed here
    assert sync.action.isEnabled()

    messages.confirm_answer = True  # then: treat it as new
    with qtbot.waitSignal(sync.synced, timeout=60_000) as done:
        assert sync.start()
    assert done.args[0].pushed > 0 and done.args[0].conflicts == 0
    assert LAST_SYNCED.match(sync.label.text()), sync.label.text()
    other = _server(team["url"])
    try:
        assert other.municipalities.details(mjolby.id).notes == "Lokal anteckning"
    finally:
        other.db.close()


@pytest.mark.parametrize("unsaved", [False, True], ids=["no-edit", "unsaved-edit"])
def test_a_pull_that_changes_the_visit_in_the_form_never_lets_a_save_overwrite_it(
    main_window, team, qtbot, messages, unsaved
):
    """The Besök form shows a stored visit; a sync pulls another laptop's newer version of it;
    then the user saves the form. Without unsaved edits the form shows the pulled version (and
    the save keeps it); with one the save is refused as a stale edit, the typed text kept, and
    the pulled version stays in the database."""
    services = main_window.session.services
    visit, tab = _synced_visit_shown(main_window, qtbot)
    form = tab.form
    assert form.visit.id == visit.id and form.venue_name.text() == "Stadshuset"

    _another_laptops_venue(team["url"], visit.id)  # another laptop's edit, on the server
    if unsaved:
        qtbot.keyClicks(form.notes, "Mina anteckningar")
        assert form.dirty
    result = _sync(main_window, qtbot)
    assert result.pulled >= 1 and result.conflicts == 0
    assert services.visits.get(visit.id).venue_name == "Folkets hus"

    if not unsaved:
        qtbot.waitUntil(lambda: form.venue_name.text() == "Folkets hus", timeout=5_000)
        qtbot.keyClicks(form.notes, "Mina anteckningar")
    form.save()
    stored = services.visits.get(visit.id)
    assert stored.venue_name == "Folkets hus"  # the pulled change is never overwritten
    if unsaved:
        (warning,) = messages.texts("warn")
        assert "Någon annan har ändrat" in warning
        assert form.dirty and form.notes.toPlainText() == "Mina anteckningar"
        assert stored.notes == ""
    else:
        assert messages.texts("warn") == []
        assert stored.notes == "Mina anteckningar"


def _visit_in_the_form(main_window, team, qtbot):
    """A synced visit shown in Besök's form; another laptop has since changed its venue on the
    server; the user then typed a note and saved it (not yet synced)."""
    visit, tab = _synced_visit_shown(main_window, qtbot)
    _another_laptops_venue(team["url"], visit.id)
    _type_note(qtbot, tab.form, "Forsta")
    assert tab.form.save() is not None
    return visit, tab.form


def _type_note(qtbot, form, text: str) -> None:
    form.notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(form.notes, text)


def _save_during_the_push(main_window, qtbot, monkeypatch, form, *, fail_after: bool):
    """Sync; while its first batch is on its way to the server the user saves another note
    (the GUI thread, the worker waiting); ``fail_after``: the connection is lost right after
    that batch was acknowledged."""
    from samordnare_desktop.services.sync import SyncService

    sending, go = threading.Event(), threading.Event()
    real_send = SyncService._send
    sent: list[int] = []

    def send(self, server, payload):
        sent.append(1)
        if len(sent) == 1:
            sending.set()
            assert go.wait(30)
        elif fail_after:
            raise OSError("the connection to the server was lost")
        return real_send(self, server, payload)

    monkeypatch.setattr(SyncService, "_send", send)
    sync = main_window.sync
    with qtbot.waitSignal(sync.failed if fail_after else sync.synced, timeout=60_000):
        main_window.findChild(QAction, "action_sync").trigger()
        qtbot.waitUntil(sending.is_set, timeout=30_000)
        _type_note(qtbot, form, " Andra")
        assert form.save() is not None
        go.set()


def test_the_form_shows_the_servers_change_a_sync_merged_into_a_visit_saved_meanwhile(
    main_window, team, qtbot, messages, monkeypatch
):
    """The user saved the visit again while the sync pushed its earlier save; the server merged
    that save with another laptop's venue, and the acknowledgement wrote the merged visit here.
    The window was not told (nothing counted as pulled), so the form, with nothing unsaved,
    still showed the old venue, and its next save was refused as a stale edit. Now the form
    shows the merged visit and the next save keeps the other laptop's venue."""
    visit, form = _visit_in_the_form(main_window, team, qtbot)
    _save_during_the_push(main_window, qtbot, monkeypatch, form, fail_after=False)
    services = main_window.session.services
    assert services.visits.get(visit.id).venue_name == "Folkets hus"
    qtbot.waitUntil(lambda: form.venue_name.text() == "Folkets hus", timeout=5_000)
    assert not form.dirty
    _type_note(qtbot, form, " Tredje")
    assert form.save() is not None
    assert messages.texts("warn") == []
    stored = services.visits.get(visit.id)
    assert (stored.venue_name, stored.notes) == ("Folkets hus", "Forsta Andra Tredje")


def test_a_sync_lost_after_merging_a_visit_saved_meanwhile_leaves_no_save_overwriting_it(
    main_window, team, qtbot, messages, monkeypatch
):
    """As above, but the connection is lost right after the acknowledgement: the merged visit
    here kept the version the form holds, so the form's next save passed the stale-edit check
    and put the old venue back (then on the server too) without a word. Now the merge raises
    the version: the save is refused as stale, the typed text kept, the venue kept."""
    visit, form = _visit_in_the_form(main_window, team, qtbot)
    _save_during_the_push(main_window, qtbot, monkeypatch, form, fail_after=True)
    services = main_window.session.services
    assert services.visits.get(visit.id).venue_name == "Folkets hus"
    warned = len(messages.texts("warn"))
    if form.venue_name.text() == "Stadshuset":  # not reloaded: the save must be refused
        _type_note(qtbot, form, " Tredje")
        assert form.save() is None
        assert "Någon annan har ändrat" in messages.texts("warn")[warned]
        assert form.dirty and form.notes.toPlainText() == "Forsta Andra Tredje"
    else:
        _type_note(qtbot, form, " Tredje")
        assert form.save() is not None
    assert services.visits.get(visit.id).venue_name == "Folkets hus"


@pytest.mark.parametrize("unsaved", [False, True], ids=["no-edit", "unsaved-edit"])
def test_a_pulled_visit_never_passes_for_the_version_the_form_holds(
    main_window, team, qtbot, messages, unsaved
):
    """The visit saved twice here (version 3) went to the server as its version 2 (the server
    counts its own); the acknowledgement took the server's number, so the form held a version
    the visit no longer had. Another laptop's venue then came with the server's version 3:
    the very number the form held, so the form was not reloaded (it showed the old venue as
    current) and its next save put the old venue back here and on the server without a word.
    Now a pulled change always raises the version here: the form shows the pulled venue, or
    with a note typed and not saved, its save is refused as stale (the note kept)."""
    services = main_window.session.services
    visit, tab = _synced_visit_shown(main_window, qtbot)
    form = tab.form
    for note in ("Forsta", " Andra"):  # two saves here: version 3
        _type_note(qtbot, form, note)
        assert form.save() is not None
    _sync(main_window, qtbot)

    _another_laptops_venue(team["url"], visit.id)  # another laptop's venue, on the server
    if unsaved:
        _type_note(qtbot, form, " Tredje")
    result = _sync(main_window, qtbot)
    assert result.pulled >= 1
    assert services.visits.get(visit.id).venue_name == "Folkets hus"
    if unsaved:
        assert form.save() is None
        (warning,) = messages.texts("warn")
        assert "Någon annan har ändrat" in warning
        assert form.dirty and form.notes.toPlainText() == "Forsta Andra Tredje"
        assert services.visits.get(visit.id).notes == "Forsta Andra"
    else:
        qtbot.waitUntil(lambda: form.venue_name.text() == "Folkets hus", timeout=5_000)
        _type_note(qtbot, form, " Tredje")
        form.save()
        assert services.visits.get(visit.id).notes == "Forsta Andra Tredje"
        assert messages.texts("warn") == []
    assert services.visits.get(visit.id).venue_name == "Folkets hus"  # the pulled change kept


def test_unsaved_text_kept_over_two_syncs_never_overwrites_the_pulled_change(
    main_window, team, qtbot, messages
):
    """The visit saved twice here (version 3) and more typed, unsaved; a sync pushed the saves
    and the server counted them as its version 2, which the laptop took (the form kept 3,
    its text unsaved). Another laptop's venue then came back as the server's version 3: the
    form's number, so its save passed the stale-edit check and put the old venue back without
    a word. Now the server never counts a pushed row below the laptop's number and a row's
    number here never goes back: the save is refused as stale, the text kept."""
    services = main_window.session.services
    visit, tab = _synced_visit_shown(main_window, qtbot)
    form = tab.form
    for note in ("Forsta", " Andra"):  # two saves here: version 3
        _type_note(qtbot, form, note)
        assert form.save() is not None
    _type_note(qtbot, form, " Tredje")  # typed, not saved, over the next two syncs
    _sync(main_window, qtbot)
    _another_laptops_venue(team["url"], visit.id)  # another laptop's venue, on the server
    assert _sync(main_window, qtbot).pulled >= 1
    assert form.dirty
    assert form.save() is None
    (warning,) = messages.texts("warn")
    assert "Någon annan har ändrat" in warning
    assert form.notes.toPlainText() == "Forsta Andra Tredje"
    stored = services.visits.get(visit.id)
    assert (stored.venue_name, stored.notes) == ("Folkets hus", "Forsta Andra")


@pytest.mark.parametrize("unsaved", [False, True], ids=["no-edit", "unsaved-notes"])
def test_pulled_notes_of_the_shown_municipality_are_never_saved_over(
    main_window, team, qtbot, messages, unsaved
):
    """Kommuner shows a municipality; a sync pulls another laptop's notes of it. Without
    unsaved text the tab shows them. With notes typed and not saved, the tab read the pulled
    version underneath the text and then saved the text over the pulled notes without a word;
    now that save is refused as a stale edit, the text kept, the pulled notes kept."""
    from tests.ui.test_municipalities_tab import _select, _tab

    services = main_window.session.services
    _sync(main_window, qtbot)
    tab = _tab(main_window)
    _select(tab, "0581")
    if unsaved:
        tab.notes.insertPlainText("Mina anteckningar")
    other = _server(team["url"])
    try:
        town = other.municipalities.by_code("0581")
        other.municipalities.update(
            town.id, expected_version=None, in_programme=True, notes="Från servern"
        )
    finally:
        other.db.close()
    assert _sync(main_window, qtbot).pulled >= 1
    if unsaved:
        assert tab.save_notes() is False
        (warning,) = messages.texts("warn")
        assert "Någon annan har ändrat" in warning
        assert tab.notes.toPlainText() == "Mina anteckningar"
    else:
        assert tab.notes.toPlainText() == "Från servern"
    assert services.municipalities.details(town.id).notes == "Från servern"


def test_pulled_minutes_are_never_saved_over_by_the_minutes_typed_here(
    main_window, team, qtbot, messages
):
    """Minnesanteckningar: the user types decisions for an item whose minutes exist; a sync
    pulls another laptop's notes of those minutes. The page read them again under the typed
    text and took their new version, so saving wrote the old notes back over the pulled ones
    without a word. Now that save is refused as a stale edit, the typed text kept."""
    from datetime import time

    from samordnare_desktop.domain.minutes import MinutesInput
    from samordnare_desktop.services.agendas import AgendaItemInput
    from samordnare_desktop.ui.visits.minutes_page import MinutesPage
    from tests.factories import make_visit

    services = main_window.session.services
    visit = make_visit(services, start_time=time(9), end_time=time(12))
    item = services.agendas.add_item(visit.id, AgendaItemInput("Barnens röst", 60))
    services.minutes.save_item(item.id, MinutesInput("Anteckning", ""))
    _sync(main_window, qtbot)
    main_window.select_tab("visits")
    visits = main_window.tab("visits")
    qtbot.waitUntil(lambda: visits.isVisible() and not visits.loading())
    assert visits.select_visit(visit.id)
    index = next(
        i for i in range(visits.pages.count()) if visits.pages.tabText(i) == "Minnesanteckningar"
    )
    visits.pages.setCurrentIndex(index)
    page = visits.findChild(MinutesPage, "visit_minutes")
    assert page.editing.agenda_item_id == item.id
    qtbot.keyClicks(page.decisions, "Beslut har")
    assert page.is_dirty()

    other = _server(team["url"])  # another laptop's notes, on the server
    try:
        other.minutes.save_item(item.id, MinutesInput("Fran servern", ""))
    finally:
        other.db.close()
    assert _sync(main_window, qtbot).pulled >= 1
    assert services.minutes.get_item(item.id).notes == "Fran servern"
    page.save()
    assert services.minutes.get_item(item.id).notes == "Fran servern"  # never written over
    assert any("Någon annan har ändrat" in t for t in messages.texts("warn"))
    assert page.is_dirty() and page.decisions.toPlainText() == "Beslut har"
