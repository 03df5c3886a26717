"""What the accessibility tests look for in a window: its interactive widgets, the name a
screen reader announces for each, and the order Tab visits them in."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
    QTabBar,
    QAbstractScrollArea,
)


def _inner_part(w: QWidget) -> bool:
    """A widget that is part of another (a spin box's or combo's editor, a view's header)."""
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        if isinstance(parent, QAbstractItemView):
            # Headers and the corner button are the view's own; a widget in a cell is not.
            return not parent.viewport().isAncestorOf(w)
        parent = parent.parentWidget()
    return False


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """The visible widgets a person works with, in `root` and its children."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not isinstance(w, INTERACTIVE) or not w.isVisible() or _inner_part(w):
            continue
        takes_focus = w.focusPolicy() != Qt.FocusPolicy.NoFocus
        if isinstance(w, QAbstractButton) or takes_focus:
            if isinstance(w, QAbstractScrollArea) and not takes_focus:
                continue
            found.append(w)
    return found


def _buddy_text(w: QWidget) -> str:
    top = w.window()
    for label in top.findChildren(QLabel):
        if label.buddy() is w and label.text().strip():
            return label.text().replace("&", "").strip(" :")
    return ""


def accessible_name(w: QWidget) -> str:
    """The name a screen reader announces: set, or derived by Qt from text or a buddy label.

    A combo box's derived "name" on Linux is its current item, and a tab bar's tabs carry
    their own text: neither names the control, so they need a set name or a buddy.
    """
    if w.accessibleName().strip():
        return w.accessibleName().strip()
    if isinstance(w, QComboBox):
        return _buddy_text(w)
    if isinstance(w, QTabBar):
        texts = [w.tabText(i) for i in range(w.count())]
        return ", ".join(texts) if all(t.strip() for t in texts) else ""
    iface = QAccessible.queryAccessibleInterface(w)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return name.replace("&", "").strip()


def describe(w: QWidget) -> str:
    """Where a widget is, for a failure message."""
    chain = []
    node: QWidget | None = w
    while node is not None and len(chain) < 4:
        chain.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    text = w.text() if isinstance(w, QAbstractButton | QLineEdit) else ""
    return f"{' < '.join(chain)} {text!r}"


def unnamed(root: QWidget) -> list[str]:
    return [describe(w) for w in interactive_widgets(root) if not accessible_name(w)]


def screen_position(w: QWidget) -> QPoint:
    return w.mapToGlobal(QPoint(0, 0))


def tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets Tab can land on in `root`, as their focus proxies stand for them."""
    stops = []
    for w in [root, *root.findChildren(QWidget)]:
        if w.focusProxy() is not None:
            continue
        if not w.isVisible() or not w.isEnabled():
            continue
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        stops.append(w)
    return stops
