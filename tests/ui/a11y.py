"""What the accessibility tests look for in a window: its interactive widgets, the name a
screen reader announces for each, and the order Tab visits them in."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPoint, QRect, Qt
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
    QRadioButton,
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


class Step(NamedTuple):
    """One Tab press: from where to where, both measured once the focus had moved (a scroll
    area scrolls to the new control, so both are measured as the screen then shows them)."""

    before: QWidget
    after: QWidget
    before_at: QRect
    after_at: QRect


def _rect(w: QWidget) -> QRect:
    return QRect(screen_position(w), w.size())


def tab_walk(qtbot, root: QWidget, first: QWidget, limit: int = 400) -> tuple[list, list[Step]]:
    """Press Tab from `first` until the focus leaves `root` or comes back round: the widgets
    it landed on in `root`, each once, and the steps between them."""
    from PySide6.QtWidgets import QApplication

    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    seen, steps = [first], []
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None or (not root.isAncestorOf(now) and now is not root) or now is first:
            break
        if now is seen[-1]:
            continue  # Tab moved within the widget
        if now in seen:
            break
        steps.append(Step(seen[-1], now, _rect(seen[-1]), _rect(now)))
        seen.append(now)
    return seen, steps


def _stop_key(w: QWidget) -> object:
    """Radio buttons of one exclusive group are one Tab stop (arrows move among them)."""
    if isinstance(w, QRadioButton):
        if w.group() is not None and w.group().exclusive():
            return w.group()
        if w.autoExclusive():
            return w.parentWidget()
    return w


def unreached(stops: list[QWidget], walk: list[QWidget]) -> list[str]:
    reached = {id(_stop_key(w)) for w in walk}
    return [describe(w) for w in stops if id(_stop_key(w)) not in reached]


def _goes_forward(step: Step) -> bool:
    """Reading order: down the page, right along a row, or on to a column to the right."""
    pa, pb = step.before_at, step.after_at
    inside = step.before.isAncestorOf(step.after)
    same_row = max(8, min(pa.height(), pb.height()) // 2)
    if abs(pb.y() - pa.y()) <= same_row:
        return pb.x() > pa.x() or inside
    if pb.y() > pa.y():
        return True
    return pb.x() >= pa.right() - same_row or inside


def out_of_order(steps: list[Step]) -> list[str]:
    return [f"{describe(s.before)} -> {describe(s.after)}" for s in steps if not _goes_forward(s)]


def first_in_reading_order(stops: list[QWidget]) -> QWidget:
    """The top line's leftmost stop (a column's label may push its first field down a little)."""
    return min(stops, key=lambda w: (screen_position(w).y() // 40, screen_position(w).x()))


def clipped_texts(root: QWidget) -> list[str]:
    """Single-line labels and buttons whose text is wider than the room they have."""
    from PySide6.QtWidgets import QCheckBox, QPushButton, QStyle, QStyleOptionButton

    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 0:
            continue
        if isinstance(w, QLabel):
            if not w.text() or (w.pixmap() is not None and not w.pixmap().isNull()):
                continue
            if w.wordWrap():  # wrapped: it must be given the height its lines need
                needs = w.heightForWidth(w.width())
                if needs > w.height() + 1:
                    found.append(f"{describe(w)} needs {needs}px high, has {w.height()}px")
                continue
            room = w.contentsRect().width() - 2 * w.margin() - 2 * max(w.indent(), 0)
            if "<" in w.text():  # rich text: as wide as its laid-out lines
                from PySide6.QtGui import QTextDocument

                doc = QTextDocument()
                doc.setDefaultFont(w.font())
                doc.setHtml(w.text())
                doc.setDocumentMargin(0)
                if doc.idealWidth() > room + 1:
                    found.append(f"{describe(w)} needs {doc.idealWidth():.0f}px, has {room}px")
                continue
            lines = w.text().split("\n")
        elif isinstance(w, QPushButton):
            option = QStyleOptionButton()
            w.initStyleOption(option)
            margin = w.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, w)
            room = (
                w.width()
                - margin
                - 2 * w.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, w)
            )
            lines = [w.text().replace("&&", "\0").replace("&", "").replace("\0", "&")]
        elif isinstance(w, QCheckBox | QRadioButton):
            indicator = w.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, w)
            room = w.width() - indicator - 4
            lines = [w.text().replace("&", "")]
        else:
            continue
        widest = max(w.fontMetrics().horizontalAdvance(line) for line in lines)
        if widest > room + 1:
            found.append(f"{describe(w)} needs {widest}px, has {room}px")
    return found
