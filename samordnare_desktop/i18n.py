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


def install(translator: Translator | None, language: str = "en") -> None:
    """Route :func:`translate` through ``translator`` (``None`` restores English source text)."""
    global _translator, _language
    _translator = translator or _identity
    _language = language


def language() -> str:
    """The user's language code ("sv" or "en"): dates and numbers in documents follow it."""
    return _language


def translate(context: str, text: str) -> str:
    """Return ``text`` in the user's language; ``context`` groups messages for translators."""
    return _translator(context, text)
