"""Translations without Qt, for the command line: the ``.ts`` sources read as a dictionary.

A command (``export agenda``) needs its messages in Swedish but no Qt at all: importing QtCore
and compiling the ``.qm`` cost more than the rest of the command. The table is cached per
language in the user cache folder, keyed by the sources' names, sizes and times (and the
Python that wrote it): a ``marshal`` file that holds its key, read without importing a hash,
JSON or XML module (~6 ms of every command's start).
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from pathlib import Path

from samordnare_desktop import i18n
from samordnare_desktop.paths import resource

Table = dict[tuple[str, str], str]
PLURAL_SEP = "\x1f"  # between a plural message's forms in the table


def _cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(
        os.environ.get("SAMORDNARE_CACHE_DIR")
        or user_cache_dir("SamordnareDesktop", appauthor=False)
    )


def parse(path: Path) -> Table:
    """The finished messages of one ``.ts`` file: (context, source) -> translation."""
    import xml.etree.ElementTree as ET  # only when the cache is missing or stale

    table: Table = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            forms = translation.findall("numerusform")
            # a plural message keeps every form ("1 punkt", "3 punkter"), split on PLURAL_SEP
            text = PLURAL_SEP.join(f.text or "" for f in forms) if forms else translation.text
            if text:
                table[(name, source)] = text
    return table


def _sources(lang: str) -> tuple[list[Path], str]:
    """``lang``'s ``.ts`` files, sorted, and the cache key: each one's name, size and time, and
    the Python (a marshal file is read by the version that wrote it)."""
    folder = resource("translations", lang)
    with os.scandir(folder) as entries:
        found = sorted(
            (entry.name, entry.stat()) for entry in entries if entry.name.endswith(".ts")
        )
    key = (
        sys.implementation.cache_tag
        + "|"
        + "".join(f"{name}:{stat.st_size}:{stat.st_mtime_ns};" for name, stat in found)
    )
    return [folder / name for name, _stat in found], key


def table(lang: str) -> Table:
    files, key = _sources(lang)
    cached = _cache_dir() / f"samordnare_{lang}_{zlib.crc32(key.encode()):08x}.marshal"
    try:
        stored_key, stored = marshal.loads(cached.read_bytes())
        if stored_key == key and isinstance(stored, dict):
            return stored
    except (OSError, ValueError, TypeError, EOFError):
        pass
    result: Table = {}
    for path in files:
        result.update(parse(path))
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        temp = cached.with_suffix(".part")
        temp.write_bytes(marshal.dumps((key, result)))
        temp.replace(cached)
    except OSError:
        pass  # a read-only cache folder costs the parse next time, nothing else
    return result


def install(lang: str) -> None:
    """Route :func:`samordnare_desktop.i18n.translate` through ``lang``'s table (English:
    the source text)."""
    if lang == "en":
        i18n.install(None, "en")
        return
    found = table(lang)

    def plural(context: str, text: str, n: int) -> str:
        forms = found.get((context, text), text).split(PLURAL_SEP)
        return forms[0] if n == 1 else forms[-1]  # Swedish: one, else the plural form

    i18n.install(lambda context, text: found.get((context, text), text).split(PLURAL_SEP)[0], lang)
    i18n.install_plural(plural)
