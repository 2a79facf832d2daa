"""Long dates without Babel's locale data (issue #15: the agenda export's start): the same
words as Babel's CLDR formatting, for every day of three years, in both languages."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from babel.dates import format_date

from samordnare_desktop import formatting, i18n

ROOT = Path(__file__).resolve().parents[2]
DAYS = [date(2024, 1, 1) + timedelta(days=n) for n in range(3 * 366)]  # leap day included


@pytest.fixture
def language(request):
    i18n.install(None, request.param)
    yield request.param
    i18n.install(None, "en")


@pytest.mark.parametrize("language", ["sv", "en"], indirect=True)
def test_long_date_is_babels(language):
    locale = {"sv": "sv_SE", "en": "en_GB"}[language]
    for day in [*DAYS, date(1, 1, 1), date(999, 12, 31), date(9999, 12, 31)]:
        assert formatting.long_date(day) == format_date(day, "EEEE d MMMM y", locale=locale)


@pytest.mark.parametrize("language", ["sv", "en"], indirect=True)
def test_date_in_sentence_is_babels(language):
    for day in DAYS:
        if language == "en":
            expected = format_date(day, "EEEE d MMMM y", locale="en_GB")
        else:
            weekday = format_date(day, "EEEE", locale="sv_SE")
            expected = f"{weekday}en den {format_date(day, 'd MMMM y', locale='sv_SE')}"
        assert formatting.date_in_sentence(day) == expected


@pytest.mark.parametrize("language", ["sv"], indirect=True)
def test_swedish_examples(language):
    assert formatting.long_date(date(2026, 3, 4)) == "onsdag 4 mars 2026"
    assert formatting.date_in_sentence(date(2026, 2, 21)) == "lördagen den 21 februari 2026"


def test_a_long_date_imports_no_babel():
    code = (
        "import sys\nfrom datetime import date\n"
        "from samordnare_desktop import formatting, i18n\n"
        "i18n.install(None, 'sv')\n"
        "print(formatting.long_date(date(2026, 3, 4)), formatting.date_in_sentence(date(2026, 3, 4)))\n"
        "print('MODULES', *sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout
    assert out.startswith("onsdag 4 mars 2026 onsdagen den 4 mars 2026")
    assert not {m for m in out.split("MODULES", 1)[1].split() if m.split(".")[0] == "babel"}


@pytest.mark.parametrize("language", ["sv", "en"], indirect=True)
def test_short_month_is_babels(language):
    """Översikt's chart names its months without Babel's locale data (issue #15)."""
    locale = {"sv": "sv_SE", "en": "en_GB"}[language]
    for month in range(1, 13):
        day = date(2026, month, 1)
        assert formatting.short_month(day) == format_date(day, "LLL", locale=locale)
