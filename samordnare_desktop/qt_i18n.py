"""Qt side of translation: compile the ``.ts`` sources to one ``.qm`` and install it.

English is the source language; Swedish (the default) comes from ``resources/translations/sv``,
one ``.ts`` per source module so parallel work never conflicts in one file. The compiled
``.qm`` is cached in the user cache folder under a hash of the sources' names, sizes and
modification times, so only the first start after a change pays for ``lrelease``.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from samordnare_desktop import i18n
from samordnare_desktop.paths import FROZEN, resource

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"
_installed: list[QTranslator] = []


def ts_files(lang: str) -> list[Path]:
    return sorted(resource("translations", lang).glob("*.ts"))


def lrelease_binary() -> Path:
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).resolve().parent / name


def _cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(
        os.environ.get("SAMORDNARE_CACHE_DIR")
        or user_cache_dir("SamordnareDesktop", appauthor=False)
    )


def compiled_qm(lang: str) -> Path | None:
    """The ``.qm`` for ``lang``, compiled now if the sources changed since last time.

    The bundle ships the ``.qm`` compiled at build time (and no ``lrelease``): that one is used.
    """
    shipped = resource("translations", f"samordnare_{lang}.qm")
    if FROZEN and shipped.exists():
        return shipped
    folder = resource("translations", lang)
    try:
        entries = sorted(
            (entry for entry in os.scandir(folder) if entry.name.endswith(".ts")),
            key=lambda entry: entry.name,
        )
    except FileNotFoundError:
        return None
    if not entries:
        return None
    # keyed by each source's name, size and modification time (a stat per file; reading
    # the ~200 files to hash their text was ~10 ms of every start)
    digest = hashlib.sha256()
    for entry in entries:
        stat = entry.stat()
        digest.update(f"{entry.name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    target = _cache_dir() / f"samordnare_{lang}_{digest.hexdigest()[:16]}.qm"
    if target.exists():
        return target
    sources = [Path(entry.path) for entry in entries]
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(dir=target.parent, suffix=".qm.part")
    os.close(fd)
    try:
        subprocess.run(
            [str(lrelease_binary()), "-silent", *map(str, sources), "-qm", temp_name],
            check=True,
            capture_output=True,
        )
        os.replace(temp_name, target)
    finally:
        Path(temp_name).unlink(missing_ok=True)
    return target


def install(app: QCoreApplication, lang: str) -> None:
    """Load ``lang`` into ``app`` and route :func:`samordnare_desktop.i18n.translate` through Qt."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if lang != "en":
        qm = compiled_qm(lang)
        translator = QTranslator(app)
        if qm is not None and translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
        # Qt's own dialogs (buttons such as Cancel) in the same language, when available.
        qt_translator = QTranslator(app)
        from PySide6.QtCore import QLibraryInfo

        if qt_translator.load(
            QLocale(lang),
            "qtbase",
            "_",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        ):
            app.installTranslator(qt_translator)
            _installed.append(qt_translator)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Swedish if lang == "sv" else QLocale.Language.English,
            QLocale.Country.Sweden,
        )
    )
    i18n.install(QCoreApplication.translate, lang)
    i18n.install_plural(lambda context, text, n: QCoreApplication.translate(context, text, None, n))
