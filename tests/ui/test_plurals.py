"""Swedish plural forms through Qt's %n (issue 14, item 12): "1 punkt", "3 punkter"."""

from __future__ import annotations

from samordnare_desktop import i18n
from samordnare_desktop.i18n import translate


def test_swedish_numerus_forms(qapp) -> None:
    assert translate("agendas_cli", "%n item(s)", None, 1) == "1 punkt"
    assert translate("agendas_cli", "%n item(s)", None, 3) == "3 punkter"
    assert translate("report_pdf", "%n municipality(ies)", None, 1) == "1 kommun"
    assert translate("report_pdf", "%n followed up", None, 2) == "2 uppföljda"


def test_english_source_resolves_its_own_plural(monkeypatch) -> None:
    monkeypatch.setattr(i18n, "_plural", i18n._identity_plural)
    assert translate("x", "%n item(s)", None, 1) == "1 item"
    assert translate("x", "%n item(s)", None, 0) == "0 items"
    assert translate("x", "%n municipality(ies) in the programme.", None, 2) == (
        "2 municipalities in the programme."
    )
