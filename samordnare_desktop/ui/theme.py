"""Light and dark appearance: the palette, and the few colours the app adds to it.

The app follows the system (Qt's colour scheme: Windows, macOS and GNOME/KDE report light or
dark) unless the user chose one under Visa > Utseende (``appearance`` in the settings:
``system``, ``light`` or ``dark``). Every colour the app adds (a refusal's red, the overdue red,
a warning box, a flagged agenda row) comes from :func:`colour`, which answers for the palette in
use, so each stays readable (WCAG contrast 4.5:1 or more) on light and dark backgrounds.
A widget styled with :func:`style_label` / :func:`set_style` is restyled when the palette
changes (the system switched to dark while the app runs).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
)

APPEARANCES = ("system", "light", "dark")

# name -> (on a light background, on a dark background)
_COLOURS: dict[str, tuple[str, str]] = {
    "error": ("#b00020", "#ff8a80"),  # a refusal beside a field; an overdue action
    "warning": ("#a33b00", "#ffb74d"),  # something missing (plan completeness, skipped row)
    "ok": ("#1b6b2a", "#81c784"),  # linked, added
    "info": ("#1f4e79", "#90caf9"),  # updated
    "muted": ("#5f5f5f", "#a8a8a8"),  # removed after the agreed version, no plan yet
    "warning_box_bg": ("#fff4ce", "#3d3200"),
    "warning_box_fg": ("#5c4400", "#ffe08a"),
    "warning_box_border": ("#e0c36c", "#8a7020"),
    "flag_bg": ("#fde7d4", "#5a3418"),  # an agenda row with a gap or an overlap
    "find_bg": ("#ffe680", "#6b5a00"),  # a handbook search hit
    "accent": ("#1f4e79", "#7fb2e5"),  # the overview's figure buttons
    "accent_bg": ("#e3eaf2", "#243447"),
    "border": ("#c9d2dc", "#55606b"),
}

_STYLE_PROPERTY = "theme_style"
_styled: dict[int, Callable[[], str]] = {}


_dark_of: dict[int, bool] = {}  # palette cacheKey -> dark (item views ask per painted cell)


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (the application's by default) shows light text on a dark window."""
    if palette is None:
        palette = QApplication.palette()
    key = palette.cacheKey()
    dark = _dark_of.get(key)
    if dark is None:
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        dark = window.lightnessF() < text.lightnessF()
        if len(_dark_of) > 64:
            _dark_of.clear()
        _dark_of[key] = dark
    return dark


def colour(name: str, palette: QPalette | None = None) -> QColor:
    light, dark = _COLOURS[name]
    return QColor(dark if is_dark(palette) else light)


def hex_colour(name: str) -> str:
    return colour(name).name()


def error_style() -> str:
    return f"color: {hex_colour('error')};"


def set_style(widget: QWidget, make: Callable[[], str]) -> None:
    """``widget.setStyleSheet(make())`` now and again whenever the palette changes."""
    widget.setStyleSheet(make())
    _styled[id(widget)] = make
    widget.setProperty(_STYLE_PROPERTY, True)
    key = id(widget)
    widget.destroyed.connect(lambda _obj=None: _styled.pop(key, None))


def style_label(widget: QWidget, name: str) -> None:
    """The widget's text in the theme colour ``name`` (``"error"``, ``"warning"``, ``"ok"``)."""
    set_style(widget, lambda: f"color: {hex_colour(name)};")


def restyle_all() -> None:
    for widget in QApplication.allWidgets():
        if widget.property(_STYLE_PROPERTY):
            make = _styled.get(id(widget))
            if make is not None:
                widget.setStyleSheet(make())


def contrast(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio (1 to 21) of two colours."""

    def luminance(colour_: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour_.redF())
            + 0.7152 * channel(colour_.greenF())
            + 0.0722 * channel(colour_.blueF())
        )

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (what the user gets with Utseende: Mörkt)."""
    palette = QPalette()
    window = QColor("#2b2b2b")
    base = QColor("#1f1f1f")
    text = QColor("#e8e8e8")
    roles = QPalette.ColorRole
    for role, value in (
        (roles.Window, window),
        (roles.WindowText, text),
        (roles.Base, base),
        (roles.AlternateBase, QColor("#292929")),
        (roles.ToolTipBase, QColor("#3a3a3a")),
        (roles.ToolTipText, text),
        (roles.PlaceholderText, QColor("#a0a0a0")),
        (roles.Text, text),
        (roles.Button, QColor("#353535")),
        (roles.ButtonText, text),
        (roles.BrightText, QColor("#ff8a80")),
        (roles.Light, QColor("#4a4a4a")),
        (roles.Midlight, QColor("#3e3e3e")),
        (roles.Mid, QColor("#8a8a8a")),
        (roles.Dark, QColor("#1a1a1a")),
        (roles.Shadow, QColor("#0d0d0d")),
        (roles.Highlight, QColor("#3d6fa5")),
        (roles.HighlightedText, QColor("#ffffff")),
        (roles.Link, QColor("#90caf9")),
        (roles.LinkVisited, QColor("#ce93d8")),
    ):
        palette.setColor(role, value)
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#8a8a8a"))
    palette.setColor(disabled, roles.Base, QColor("#262626"))
    return palette


def _style_name(app: QApplication) -> str:
    style = app.style()
    base = getattr(style, "baseStyle", None)  # ours is a proxy: the style it wraps
    return (base() if base is not None else style).name()


def install_focus_style(app: QApplication) -> None:
    """Wrap the application's style in :class:`ui.focus_style.FocusVisibleStyle` (once).

    The window installs it once it has painted (what it shows first has no focus for it to
    draw); importing the style and its first paints made Python enums of every QStyle enum and
    QStyleOption class, some 15 ms of the start."""
    from samordnare_desktop.ui.focus_style import FocusVisibleStyle

    if not isinstance(app.style(), FocusVisibleStyle):
        palette = QPalette(app.palette())
        app.setStyle(FocusVisibleStyle(_style_name(app)))
        if _changed:
            app.setPalette(palette)  # the chosen light or dark palette stays


def system_prefers_dark() -> bool:
    from PySide6.QtCore import Qt  # not before the first paint (ui.qt_names)

    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


class _Watcher(QObject):
    """Restyles the app's own colours when the system switches between light and dark."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.appearance = "system"
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    def _scheme_changed(self, _scheme: object) -> None:
        if self.appearance == "system":
            restyle_all()


_watcher: _Watcher | None = None
_initial: QPalette | None = None  # the application's palette before the first apply()
_initial_style: str | None = None  # its style's name, read before the first style change
_changed = False


def _pinned(palette: QPalette) -> QPalette:
    """``palette`` with every colour role set explicitly, so that a change of the system's
    colour scheme does not replace it."""
    pinned = QPalette(palette)
    groups = (
        QPalette.ColorGroup.Active,
        QPalette.ColorGroup.Inactive,
        QPalette.ColorGroup.Disabled,
    )
    for role in QPalette.ColorRole:
        if role in (QPalette.ColorRole.NoRole, QPalette.ColorRole.NColorRoles):
            continue
        for group in groups:
            pinned.setBrush(group, role, palette.brush(group, role))
    return pinned


def _style(name: str, focus_style: bool):
    """The style ``name`` (a name is enough for ``setStyle``), wrapped to show the focus."""
    if not focus_style:
        return name
    from samordnare_desktop.ui.focus_style import FocusVisibleStyle

    return FocusVisibleStyle(name)


def apply(app: QApplication, appearance: str, *, focus_style: bool = True) -> None:
    """Light, dark or the system's (``appearance`` from the settings; anything else: system).

    ``focus_style=False`` leaves the focus style to be installed later (the start: the window
    installs it once it has painted)."""
    global _watcher, _initial, _changed
    if _initial is None:
        # app.palette() is already a copy (not QPalette(...): its overloads' Qt.GlobalColor
        # would make the Python enums of Qt's namespace before the first paint: ui.qt_names)
        _initial = app.palette()
    if _watcher is None:
        _watcher = _Watcher(app)
    appearance = appearance if appearance in APPEARANCES else "system"
    _watcher.appearance = appearance
    if appearance == "dark":
        _initial_style_name(app)  # before it is replaced
        app.setStyle(_style("Fusion", focus_style))
        app.setPalette(dark_palette())
        _changed = True
    elif appearance == "light" and is_dark(_initial):
        _initial_style_name(app)
        app.setStyle(_style("Fusion", focus_style))
        app.setPalette(app.style().standardPalette())
        _changed = True
    elif appearance == "light":
        # The system's light palette, every role set: a palette Qt took from the platform
        # (none of its roles set) is replaced when the system turns dark, forced light or not.
        if _changed:
            app.setStyle(_style(_initial_style_name(app), focus_style))
        app.setPalette(_pinned(_initial))
        _changed = True
    elif _changed:  # back to the system's own (light, or dark when the system is dark)
        app.setStyle(_style(_initial_style_name(app), focus_style))
        app.setPalette(_initial)
        _changed = False
    if focus_style:
        install_focus_style(app)
    restyle_all()


def _initial_style_name(app: QApplication) -> str:
    """The name of the style the application started with, read when first needed: before
    apply() first replaces it (the focus style keeps its name), not at the start, where asking
    ``app.style()`` made the Python classes and enums of QStyle before the first paint (~7 ms)."""
    global _initial_style
    if _initial_style is None:
        _initial_style = _style_name(app)
    return _initial_style


def saved_appearance(settings: object) -> str:
    value = settings.value("appearance", "system")  # type: ignore[attr-defined]
    return value if value in APPEARANCES else "system"
