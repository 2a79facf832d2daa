"""Logs never contain personal data or SQL parameters, even when operations fail."""

from __future__ import annotations

import stat
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from samordnare_desktop.app import main
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.services.municipalities import ContactInput
from samordnare_desktop.session import AppSession
from tests.ui.test_privacy_canary import app_log_in, hits

CANARY = "Kanarie7f3a9"


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    with app_log_in(tmp_path / "logs", monkeypatch) as folder:
        yield folder


def test_failing_operations_leave_no_personal_data_in_the_log(
    db_path: Path,
    log_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with AppSession(db_path, daily_backup=False) as session:
        m = session.services.municipalities
        mjolby = m.by_code("0586")
        # Refused input (validation) with personal data in it.
        with pytest.raises(UserError):
            m.add_contact(mjolby.id, ContactInput(f"{CANARY} X", email=f"{CANARY}-not-an-email"))
        # A stale edit.
        row = m.add_contact(mjolby.id, ContactInput(f"{CANARY} Y"))
        m.update_contact(row.id, ContactInput(f"{CANARY} Z"), expected_version=row.version)
        with pytest.raises(UserError):
            m.update_contact(row.id, ContactInput(f"{CANARY} W"), expected_version=row.version)
        # An unexpected database error whose parameters hold personal data, reported by the UI.
        from samordnare_desktop.ui import errors as ui_errors

        try:
            with session.db.write() as s:
                s.execute(
                    text(
                        "INSERT INTO contact (id, municipality_id, name, title, organisation,"
                        " phone, email, created_at, updated_at, version) VALUES (:id, :m, :n,"
                        " '', '', '', :e, '2026-01-01', '2026-01-01', 1)"
                    ),
                    {"id": uuid.uuid4().bytes, "m": b"no such", "n": CANARY, "e": CANARY},
                )
        except Exception as exc:
            ui_errors.show_error(None, exc)
        else:  # pragma: no cover - the foreign key must refuse it
            pytest.fail("insert with a missing municipality was accepted")
    # Command-line failures with canary arguments.
    assert main(["--db", str(db_path), "export", "person", "--name", CANARY, "--out", "x"]) == 2
    assert main(["--db", str(db_path), "erase", "person", "--email", f"{CANARY}@x.se"]) == 1
    log_text = (log_dir / "samordnare.log").read_text(encoding="utf-8")
    assert "unexpected error" in log_text  # the FK failure was logged...
    assert "parameters hidden" in log_text or "[SQL" in log_text  # ...with its SQL, no values
    assert hits(log_dir) == {}
    assert stat.S_IMODE((log_dir / "samordnare.log").stat().st_mode) == 0o600
    assert stat.S_IMODE(log_dir.stat().st_mode) == 0o700


def test_exception_text_with_contact_details_is_masked(log_dir: Path) -> None:
    from samordnare_desktop.ui import errors as ui_errors

    secret = "kanarie7f3a9@example.se, 070-739 17 73, 19800101-1234"
    try:
        raise RuntimeError(f"bug while handling {secret}")
    except RuntimeError as exc:
        ui_errors.show_error(None, exc)
    log_text = (log_dir / "samordnare.log").read_text(encoding="utf-8")
    assert "bug while handling <e-mail>, <number>, <number>" in log_text
    assert "kanarie7f3a9" not in log_text and "739 17 73" not in log_text
