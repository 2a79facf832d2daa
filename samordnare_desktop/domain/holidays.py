"""Swedish public holidays by year, kept in the user cache folder once computed.

The ``holidays`` package is the source; importing it loads every country it knows (some 100 ms,
several times that when Qt is already loaded, since shiboken then inspects each module), which
the Besök tab paid on its first view. A year's named holidays are computed once per language
and package version, for a span of years at a time, and read back as a small JSON file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import date
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

Compute = Callable[[int, str], dict[date, str]]
SPAN = (-4, 8)  # with one year asked for, the years around it are computed too


def _cache_file(lang: str) -> Path:
    from platformdirs import user_cache_dir

    try:
        release = version("holidays")
    except PackageNotFoundError:
        release = "unknown"
    folder = Path(
        os.environ.get("SAMORDNARE_CACHE_DIR")
        or user_cache_dir("SamordnareDesktop", appauthor=False)
    )
    return folder / f"holidays-se-{lang}-{release}.json"


@cache
def _stored(lang: str) -> dict[int, dict[date, str]]:
    try:
        raw = json.loads(_cache_file(lang).read_text(encoding="utf-8"))
        return {
            int(year): {date.fromisoformat(day): name for day, name in days.items()}
            for year, days in raw.items()
        }
    except (OSError, ValueError, TypeError, AttributeError):
        return {}


def preload(lang: str) -> None:
    """The stored years in ``lang`` read now (the package's version looked up, the file read),
    so that the first warnings of a process do not pay for it (MainWindow.prepare, in idle
    time); a year not stored is still computed when first asked for."""
    _stored(lang)


def named_holidays(year: int, lang: str, compute: Compute) -> dict[date, str]:
    """``year``'s named holidays (day -> name) in ``lang``; ``compute(year, lang)`` when the
    cache has no such year (then the years around it are computed and stored as well)."""
    stored = _stored(lang)
    found = stored.get(year)
    if found is not None:
        return found
    for other in range(year + SPAN[0], year + SPAN[1] + 1):
        if other not in stored:
            stored[other] = compute(other, lang)
    target = _cache_file(lang)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_suffix(".part")
        temp.write_text(
            json.dumps(
                {
                    str(y): {d.isoformat(): name for d, name in days.items()}
                    for y, days in stored.items()
                },
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )
        temp.replace(target)
    except OSError:
        pass  # no cache folder: computed again next time, nothing else
    return stored[year]
