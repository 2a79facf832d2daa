"""One translation entry point for every layer, Qt-free.

Domain, services and PDF code must not import Qt, yet their user-facing text belongs to Qt's
translation system (``.ts`` sources, ``lupdate`` extraction). They call :func:`translate`, which
``lupdate`` recognises like ``QCoreApplication.translate``; at start-up the application plugs
Qt's translator in with :func:`install`. Until then the English source text is returned.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity
_language = "en"
# (context, text) -> the translation, while the same translator is installed: item views and
# enum labels ask for the same few texts per painted cell (36,000 calls for one first view of
# Deltagare at 10x)
_found: dict[tuple[str, str], str] = {}
_generation = 0  # counts install() calls: what was translated before is stale after one


def install(translator: Translator | None, language: str = "en") -> None:
    """Route :func:`translate` through ``translator`` (``None`` restores English source text)."""
    global _translator, _language, _generation
    _translator = translator or _identity
    _language = language
    _found.clear()
    _generation += 1


def language() -> str:
    """The user's language code ("sv" or "en"): dates and numbers in documents follow it."""
    return _language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return ``text`` in the user's language; ``context`` groups messages for translators.

    With ``n`` (``translate("ctx", "%n item(s)", None, count)``) the message has Qt plural
    forms: ``%n`` becomes the number and Swedish picks "1 punkt" / "3 punkter". An English
    source's "(s)" is resolved here ("1 item", "3 items"), since English has no ``.ts``.
    """
    if n < 0:
        if disambiguation is not None:
            return _translator(context, text)
        found = _found.get((context, text))
        if found is None:
            found = _found[(context, text)] = _translator(context, text)
        return found
    found = _plural(context, text, n)
    if "(" in found:  # the English source, untranslated: "item(s)", "municipality(ies)"
        found = found.replace("y(ies)", "y" if n == 1 else "ies")
        found = found.replace("(s)", "" if n == 1 else "s")
    return found.replace("%n", str(n))


def _identity_plural(context: str, text: str, n: int) -> str:
    return text


_plural: Callable[[str, str, int], str] = _identity_plural


def install_plural(plural: Callable[[str, str, int], str] | None) -> None:
    """Route plural messages (``translate(..., n=...)``) through Qt's numerus forms."""
    global _plural
    _plural = plural or _identity_plural


class Labels:
    """A table of translated labels (an enum's), built once per installed translator: a label
    asked for per table row (5,000 visits) is one dict lookup, not a dict of seven
    translations built each time::

        _KIND = Labels(lambda: {Kind.A: translate("Kind", "A"), Kind.B: translate("Kind", "B")})
        def label(self) -> str:
            return _KIND()[self]
    """

    def __init__(self, build: Callable[[], dict]) -> None:
        self._build = build
        self._made: dict = {}
        self._generation = -1

    def __call__(self) -> dict:
        if self._generation != _generation:
            self._made = self._build()
            self._generation = _generation
        return self._made
