"""The action plan and follow-up PDFs: their text (pypdf), hostile input, 200 actions, the CLI."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from samordnare_desktop.domain.action_plan import ActionStatus, Assessment, PlanStatus
from samordnare_desktop.pdf.action_plan import action_plan_pdf, follow_up_pdf
from samordnare_desktop.services.action_plans import ActionInput, AreaInput, PlanInput
from samordnare_desktop.services.registry import Services

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 9, 1)
HOSTILE = "<b>fet</b> & <img src='x'/> 😀👩‍👧 " + "långtext " * 560  # > 5,000 characters


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _plan(services: Services, code: str = "0586"):
    svc = services.action_plans
    m = services.municipalities.by_code(code)
    plan = svc.create_plan(m.id, PlanInput(PlanStatus.AGREED, date(2026, 3, 2), "Eva Ek, IFO-chef"))
    area = svc.add_area(
        plan.id, AreaInput("Samverkan med skola", "Samverkan saknas.", "Gemensamma rutiner.")
    )
    svc.add_action(
        area.id,
        ActionInput(
            "Gemensam SIP-rutin", "Avdelningschef", None, date(2026, 6, 1), measure="Antal SIP"
        ),
    )
    svc.add_action(
        area.id,
        ActionInput("Möten med elevhälsan", "Enhetschef", None, date(2026, 12, 1)),
    )
    return svc.get(plan.id)


def test_action_plan_pdf_text(services) -> None:
    plan = _plan(services)
    text = _text(action_plan_pdf(plan, today=TODAY))
    flat = _flat(text)
    for expected in (
        "Handlingsplan",
        "Mjölby (0586)",
        "Överenskommen",
        "måndag 2 mars 2026",
        "Eva Ek, IFO-chef",
        "1. Samverkan med skola",
        "Nuläge",
        "Samverkan saknas.",
        "Gemensam SIP-rutin",
        "2026-06-01",
        "Ej påbörjad – försenad",  # due before TODAY, not done: overdue
        "Sida 1 av 1",
    ):
        assert expected in flat, expected
    assert "Möten med elevhälsan" in flat


def test_follow_up_pdf_text(services) -> None:
    svc = services.action_plans
    plan = _plan(services)
    services.plan_versions.save_version(plan.id, "Överenskommen")
    follow = services.follow_ups.start_follow_up(plan.id, held_on=date(2026, 10, 5))
    first, second = plan.actions()
    services.follow_ups.record_action(follow.id, first.id, ActionStatus.DONE, "Rutinen är antagen")
    services.follow_ups.record_action(
        follow.id, second.id, ActionStatus.DROPPED, "Ersatt av annat forum"
    )
    services.follow_ups.record_area(
        follow.id, plan.areas[0].id, Assessment.CLEARLY_IMPROVED, "Bättre samarbete"
    )
    services.follow_ups.record_summary(follow.id, "Kommunen har gjort ett gott arbete.")
    plan = svc.get(plan.id)
    flat = _flat(_text(follow_up_pdf(plan, services.follow_ups.follow_up(plan.id), today=TODAY)))
    for expected in (
        "Uppföljning av handlingsplanen",
        "måndag 5 oktober 2026",
        "version 1",
        "Bedömning: Tydligt förbättrat",
        "Bättre samarbete",
        "Rutinen är antagen",
        "Ersatt av annat forum",
        "Kommunen har gjort ett gott arbete.",
        "Totalt 2 2",
    ):
        assert expected in flat, expected
    assert "Ej påbörjad 2 0" in flat and "Klar 0 1" in flat and "Struken 0 1" in flat


def test_hostile_text_gives_a_valid_pdf(services) -> None:
    svc = services.action_plans
    m = services.municipalities.by_code("1265")
    plan = svc.create_plan(m.id, PlanInput(owner="<b>Ägare</b> & co"))
    area = svc.add_area(plan.id, AreaInput("<b>Område</b> & 😀", HOSTILE, HOSTILE))
    action = svc.add_action(
        area.id, ActionInput(HOSTILE, "<i>x</i>", due_date=date(2026, 1, 1), measure=HOSTILE)
    )
    plan = svc.get(plan.id)
    text = _flat(_text(action_plan_pdf(plan, today=TODAY)))
    assert "<b>Ägare</b> & co" in text
    assert "<b>fet</b> &" in text
    assert "i sin helhet" in text  # the long action is printed in full below the table
    assert text.count("långtext") >= 3 * 560
    follow = services.follow_ups.start_follow_up(plan.id)
    services.follow_ups.record_action(follow.id, action.id, ActionStatus.ONGOING, HOSTILE)
    services.follow_ups.record_area(follow.id, area.id, Assessment.WORSE, HOSTILE)
    services.follow_ups.record_summary(follow.id, HOSTILE)
    report = _flat(
        _text(follow_up_pdf(svc.get(plan.id), services.follow_ups.follow_up(plan.id), today=TODAY))
    )
    assert report.count("långtext") >= 5 * 560


def test_two_hundred_actions(services) -> None:
    svc = services.action_plans
    m = services.municipalities.by_code("0880")
    plan = svc.create_plan(m.id)
    for a in range(4):
        area = svc.add_area(plan.id, AreaInput(f"Område {a}", "Nuläge " * 80, "Mål " * 80))
        for n in range(50):
            svc.add_action(area.id, ActionInput(f"Åtgärd {a}-{n} " + "text " * (n % 30), "Roll"))
    plan = svc.get(plan.id)
    assert len(plan.actions()) == 200
    data = action_plan_pdf(plan, today=TODAY)
    reader = PdfReader(io.BytesIO(data))
    text = _flat("\n".join(p.extract_text() for p in reader.pages))
    assert len(reader.pages) > 5
    assert f"Sida {len(reader.pages)} av {len(reader.pages)}" in text
    for a in range(4):
        for n in range(50):
            assert f"Åtgärd {a}-{n} " in text


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        cwd=ROOT,
    )


@pytest.mark.parametrize("what", ["action-plan", "follow-up"])
def test_cli_export_and_clear_errors(tmp_path: Path, what: str) -> None:
    db = tmp_path / "cli.sqlite3"
    out = tmp_path / "out.pdf"
    missing = _run("--db", str(db), "export", what, "--kommun", "0586", "--out", str(out))
    assert missing.returncode != 0
    assert "Mjölby" in missing.stderr and "Traceback" not in missing.stderr
    assert not out.exists()
    unknown = _run("--db", str(db), "export", what, "--kommun", "9999", "--out", str(out))
    assert unknown.returncode != 0 and "9999" in unknown.stderr


def test_cli_exports_a_plan(tmp_path: Path) -> None:
    from samordnare_desktop.session import AppSession

    db = tmp_path / "cli.sqlite3"
    with AppSession(db, daily_backup=False) as session:
        plan = _plan(session.services)
        session.services.follow_ups.start_follow_up(plan.id, held_on=date(2026, 10, 5))
    for what in ("action-plan", "follow-up"):
        out = tmp_path / f"{what}.pdf"
        done = _run("--db", str(db), "export", what, "--kommun", "0586", "--out", str(out))
        assert done.returncode == 0, done.stderr
        assert "Mjölby" in _text(out.read_bytes())


def test_follow_up_pdf_has_due_dates_and_overdue_marks(services) -> None:
    """Issue #14: each action's due date, and overdue when it passed by the follow-up day
    without the action being done (as the plan PDF marks it)."""
    svc = services.action_plans
    plan = _plan(services)  # due 2026-06-01 (SIP) and 2026-12-01 (elevhälsan)
    services.plan_versions.save_version(plan.id, "Överenskommen")
    follow = services.follow_ups.start_follow_up(plan.id, held_on=date(2026, 10, 5))
    _sip, meetings = plan.actions()
    services.follow_ups.record_action(follow.id, meetings.id, ActionStatus.ONGOING, "")
    plan = svc.get(plan.id)
    data = follow_up_pdf(plan, services.follow_ups.follow_up(plan.id), today=date(2027, 3, 1))
    rows = _flat(_text(data)).split("Åtgärd i planen")[1]
    assert "Klart senast" in _flat(_text(data))
    # the SIP routine: due 2026-06-01, not started at the follow-up on 5 October: overdue
    sip = rows.split("Gemensam SIP-rutin")[1].split("Möten med elevhälsan")[0]
    assert "2026-06-01" in sip and "Ej påbörjad – försenad" in sip
    # the meetings: due 2026-12-01, after the follow-up day: in progress, not overdue (even
    # though the PDF is printed later, in March 2027)
    after = rows.split("Möten med elevhälsan")[1]
    assert "2026-12-01" in after and "Pågår" in after and "försenad" not in after
