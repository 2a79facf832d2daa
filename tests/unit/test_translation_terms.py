"""One Swedish term per thing (issue 14 T): "Unsaved …" is "Osparad …" everywhere; the Besök and
Kommuner tabs said "Ej sparade ändringar" where the rest of the app says "Osparade ändringar"."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

TS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations" / "sv"


def _messages() -> list[tuple[str, str, str]]:
    found = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [n.text or "" for n in translation.findall("numerusform")]
            text = " | ".join(forms) if forms else translation.text or ""
            found.append((ts.name, message.findtext("source") or "", text))
    return found


def test_unsaved_is_one_term_everywhere() -> None:
    unsaved = [(f, s, t) for f, s, t in _messages() if "unsaved" in s.lower()]
    assert unsaved  # the check reads the files it means to
    assert [(f, s, t) for f, s, t in unsaved if "osparad" not in t.lower()] == []


def test_the_same_unsaved_message_reads_the_same_in_every_module() -> None:
    by_source: dict[str, set[str]] = {}
    for _f, source, text in _messages():
        if "unsaved" in source.lower():
            by_source.setdefault(source, set()).add(text)
    assert {s: t for s, t in by_source.items() if len(t) > 1} == {}
