"""Parsed TrueType faces kept between runs, so a command that writes one PDF does not parse four
font files first (ReportLab's ``TTFontFile.extractInfo``: some 9 ms a face, 35 ms of a CLI agenda
export, issue #15).

What the parser finds (widths, glyph map, metrics) is stored with :mod:`marshal` (plain values
only: loading runs no code) in the user's cache folder, keyed by the font file's name, size and
modification time and by ReportLab's version. The font file's bytes are read as they are (the
subset embedded in a PDF is cut from them when the document is written), so a PDF made from a
cached face is the one made from a parsed face (``tests/unit/test_font_cache.py``). Anything
unexpected (no cache folder, a damaged or foreign entry, another ReportLab) falls back to
parsing; the cache is never needed.
"""

from __future__ import annotations

import glob
import logging
import marshal
import os
import tempfile
from fnmatch import fnmatch
from pathlib import Path
from weakref import WeakKeyDictionary

from reportlab import Version as REPORTLAB_VERSION
from reportlab import rl_config
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

log = logging.getLogger(__name__)

FORMAT = 1
# not stored: the file's bytes (read afresh), its path, and the scale function (rebuilt)
_NOT_STORED = ("_ttf_data", "filename", "_pdfScale")


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("SamordnareDesktop", appauthor=False)) / "fonts"


def _entry(path: Path) -> Path:
    stat = path.stat()
    key = f"{path.stem}-{stat.st_size}-{stat.st_mtime_ns}-rl{REPORTLAB_VERSION}-f{FORMAT}"
    return cache_dir() / f"{key}.marshal"


def _dump(face: TTFontFace) -> bytes:
    values = {}
    names = []
    for key, value in face.__dict__.items():
        if key in _NOT_STORED:
            continue
        if isinstance(value, TTFNameBytes):
            names.append((key, bytes(value), value.ustr))
            continue
        values[key] = value
    return marshal.dumps((FORMAT, REPORTLAB_VERSION, values, names))


def _scale(units_per_em: int):
    """ReportLab's own scale function (``TTFontFile.extractInfo``), the same arithmetic."""
    if units_per_em == 1000:
        return lambda x: x
    mult = 1000 / units_per_em
    return lambda x: x * mult


def _load(entry: Path, path: Path) -> TTFontFace | None:
    try:
        stored = marshal.loads(entry.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(stored, tuple) or len(stored) != 4:
        return None
    if stored[:2] != (FORMAT, REPORTLAB_VERSION):
        return None
    _format, _version, values, names = stored
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(values)
    for key, raw, text in names:
        name = bytes.__new__(TTFNameBytes, raw)
        name.ustr = text
        setattr(face, key, name)
    face.filename = str(path)
    face._ttf_data = path.read_bytes()
    face._pdfScale = _scale(face.unitsPerEm)
    return face


def _store(entry: Path, path: Path, face: TTFontFace) -> None:
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        # this file's older entries (another size or time, another ReportLab): the stem then a
        # digit, so "DejaVuSans" does not take "DejaVuSans-Bold"'s
        for old in entry.parent.glob(glob.escape(path.stem) + "-[0-9]*.marshal"):
            if old != entry:
                old.unlink(missing_ok=True)
        handle, temp = tempfile.mkstemp(dir=entry.parent, prefix=".font-", suffix=".part")
        with os.fdopen(handle, "wb") as out:
            out.write(_dump(face))
        os.replace(temp, entry)
    except OSError:
        log.debug("font cache not written", exc_info=True)


def _font(name: str, face: TTFontFace) -> TTFont:
    """``TTFont(name, filename)`` around an already parsed face (its ``__init__``, less the
    parsing)."""
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in ttfonts.unShapedFontGlob)
    return font


def cached_ttfont(name: str, path: Path) -> TTFont:
    """``TTFont(name, path)``, from the cache when this file was parsed before."""
    path = Path(path)
    try:
        entry = _entry(path)
    except OSError:
        return TTFont(name, str(path))
    face = None
    if entry.is_file():
        try:
            face = _load(entry, path)
        except Exception:  # a damaged entry: parse instead
            log.debug("font cache entry unusable", exc_info=True)
            face = None
    if face is not None:
        return _font(name, face)
    font = TTFont(name, str(path))
    _store(entry, path, font.face)
    return font
