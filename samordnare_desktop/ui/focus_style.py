"""The focus always visible (ui.theme installs it): Fusion and the platform styles draw a focused
default button like an unfocused one, and a focused empty list like one without the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionButton,
    QWidget,
)


def _dark(palette: QPalette) -> bool:
    """Light text on a dark window (as ``theme.is_dark``; that module imports this one)."""
    window = palette.color(QPalette.ColorRole.Window)
    return window.lightnessF() < palette.color(QPalette.ColorRole.WindowText).lightnessF()


class FocusVisibleStyle(QProxyStyle):
    """The platform's style, with the focus always visible: Fusion draws a focused default
    button (the dialog's Enter button) exactly like an unfocused one, and an empty list or table
    with the focus like one without, so a keyboard user could not see where Tab had gone. The
    button gets a dotted frame inside its border, the list a frame in the highlight colour."""

    def polish(self, target):  # type: ignore[override]
        """Every list, table and tree is one Tab stop, the arrows move within it (a table
        walked cell by cell with Tab is a trap): set here, so no view anywhere is missed."""
        result = super().polish(target)
        if isinstance(target, QAbstractItemView):
            target.setTabKeyNavigation(False)
        return result

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in (
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
        ) and _dark(option.palette):
            # Fusion outlines a check box in a shade of the dark window: nearly invisible; the
            # box gets a light outline (3:1 against the window, as a control needs)
            painter.save()
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Mid)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
            painter.restore()

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if (
            element == QStyle.ControlElement.CE_ShapedFrame
            and isinstance(widget, QAbstractItemView)
            and widget.hasFocus()
        ):  # a list or table with the focus: framed in the highlight colour (empty ones too)
            painter.save()
            pen = QPen(option.palette.color(QPalette.ColorRole.Highlight))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()
            return
        if (
            element == QStyle.ControlElement.CE_PushButton
            and isinstance(option, QStyleOptionButton)
            and option.state & QStyle.StateFlag.State_HasFocus
            and option.features & QStyleOptionButton.ButtonFeature.DefaultButton
        ):
            painter.save()
            pen = QPen(option.palette.color(QPalette.ColorRole.ButtonText))
            pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawRect(option.rect.adjusted(4, 4, -5, -5))
            painter.restore()
