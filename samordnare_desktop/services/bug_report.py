"""Hjälp → Rapportera ett fel: one zip the user sends by their own means (nothing is sent).

It holds the log files (which never contain personal data: see ``log_privacy``), the versions of
the app, Python, Qt and the libraries, the database's schema revision and the settings as far as
they cannot carry personal data (:func:`safe_settings`). Never the database, never a backup, never a
draft.
"""

from __future__ import annotations

import io
import platform
import re
import sys
import zipfile
from collections.abc import Mapping
from datetime import datetime
from importlib import metadata
from pathlib import Path

from samordnare_desktop import APP_NAME, __version__
from samordnare_desktop.files import atomic_write_bytes
from samordnare_desktop.i18n import translate

LIBRARIES = (
    "SQLAlchemy",
    "alembic",
    "reportlab",
    "platformdirs",
    "babel",
    "holidays",
    "icalendar",
    "openpyxl",
    "sqlcipher3",
    "cryptography",
)


def suggested_name(now: datetime | None = None) -> str:
    return f"felrapport-samordnare-{(now or datetime.now()).strftime('%Y%m%d-%H%M')}.zip"


def versions(extra: Mapping[str, str] = ()) -> dict[str, str]:
    """App, Python, OS and library versions (``extra``: what the caller knows, e.g. Qt's)."""
    found = {
        APP_NAME: __version__,
        "Python": sys.version.split()[0],
        "OS": platform.platform(),
        "bundle": "yes" if getattr(sys, "frozen", False) else "no (source)",
    }
    found.update(extra)
    for name in LIBRARIES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "-"
    return found


def schema_revisions(db_path: Path) -> str:
    from samordnare_desktop.db import migrate

    try:
        status = migrate.inspect_schema(db_path)
    except Exception as exc:  # a damaged file is exactly what a bug report may be about
        return f"unreadable ({type(exc).__name__})"
    shipped = ", ".join(sorted(migrate.script_heads()))
    have = ", ".join(sorted(status.database_revisions)) or "-"
    return f"{status.state.value}: database {have}; app {shipped}"


# A setting's value is copied only when it is a number or a short lowercase token list (language
# code, option names, an id): anything else could hold a name (a remembered folder lies under the
# home folder, which carries the user's name; a printer may be called after its owner).
_SAFE_VALUE = re.compile(r"[a-z0-9_.,:+-]{0,64}")
_PATH_KEY = re.compile(r"folder|dir|path|file", re.IGNORECASE)
_PATH_VALUE = re.compile(r"[/\\~]|^[A-Za-z]:")
PATH_MARKER = "<sökväg>"


def safe_value(key: str, value: object) -> str:
    """``value`` as text for the report, or a marker when it could carry personal data."""
    if isinstance(value, bytes | bytearray | memoryview):
        return f"<{len(value)} bytes>"
    if isinstance(value, bool | int | float):
        return str(value)
    if isinstance(value, list | tuple):
        value = ",".join(str(item) for item in value)
    text = str(value)
    if _PATH_KEY.search(key) or _PATH_VALUE.search(text):
        return PATH_MARKER
    if "printer" in key.lower() or not _SAFE_VALUE.fullmatch(text):
        return f"<text, {len(text)} tecken>"
    return text


def safe_settings(settings: Mapping[str, object]) -> dict[str, str]:
    """The settings with every value that could carry personal data replaced by a marker."""
    return {str(key): safe_value(str(key), value) for key, value in settings.items()}


def _lines(values: Mapping[str, object]) -> str:
    return "".join(f"{key}: {value}\n" for key, value in values.items())


def build_zip(
    *,
    log_dir: Path,
    version_info: Mapping[str, str],
    settings: Mapping[str, object],
    now: datetime | None = None,
) -> bytes:
    now = now or datetime.now()
    readme = translate(
        "bug_report",
        "Error report from {app} {version}, made {when}.\n\n"
        "It contains the log files (they never hold names, e-mail addresses, typed text or "
        "database values), the versions of the program and its libraries, and your settings. "
        "It does not contain your database or any backup.\n\n"
        "Send it by e-mail or another way you choose, with a few words about what you did "
        "when the error happened.\n",
    ).format(app=APP_NAME, version=__version__, when=now.strftime("%Y-%m-%d %H:%M"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("LASMIG.txt", readme)
        archive.writestr("versions.txt", _lines(version_info))
        archive.writestr("settings.txt", _lines(safe_settings(settings)))
        logs = sorted(log_dir.glob("samordnare.log*")) if log_dir.is_dir() else []
        for path in logs:
            archive.write(path, f"log/{path.name}")
        if not logs:
            archive.writestr("log/README.txt", "no log file in " + log_dir.name + "\n")
    return buffer.getvalue()


def write_bug_report(
    out: Path,
    *,
    log_dir: Path,
    db_path: Path | None,
    settings: Mapping[str, object],
    extra_versions: Mapping[str, str] = (),
    now: datetime | None = None,
) -> Path:
    """Write the zip to ``out`` (atomically) and return it."""
    info = versions(extra_versions)
    if db_path is not None:
        info["schema"] = schema_revisions(db_path)
    atomic_write_bytes(
        Path(out),
        build_zip(log_dir=log_dir, version_info=info, settings=settings, now=now),
    )
    return Path(out)
