"""The scoring page's parts: a rubric criterion with its anchors, and a box chosen by digits."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sro_panel.domain.profile import RecommendationChoice
from sro_panel.services.rounds import CriterionInfo
from sro_panel.services.scoring import SheetView
from sro_panel.ui.rubric_language import choice_label, shown_criterion
from sro_panel.ui.text import day


class CriterionCard(QFrame):
    """One rubric criterion: its question, a choice per level with the written anchor, a note."""

    value_chosen = Signal(str, int)
    note_edited = Signal(str)

    def __init__(self, crit: CriterionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        crit = shown_criterion(crit)
        self.key = crit.key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(
            self.tr("{title}: choose a level from 1 to {n}").format(
                title=crit.title, n=len(crit.levels)
            )
        )
        title = QLabel(f"<b>{crit.ref}&nbsp;&nbsp;{crit.title}</b>", self)
        title.setWordWrap(True)
        question = QLabel(" ".join(crit.questions), self)
        question.setWordWrap(True)
        probes = QLabel(
            self.tr("Follow-up: {probes}").format(probes=" ".join(crit.probes))
            if crit.probes
            else "",
            self,
        )
        probes.setWordWrap(True)
        probes.setStyleSheet("color: palette(placeholder-text);")
        probes.setVisible(bool(crit.probes))
        self.group = QButtonGroup(self)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.buttons: dict[int, QRadioButton] = {}
        for row, (value, label, anchor) in enumerate(crit.levels):
            button = QRadioButton(f"{value}  {label}", self)
            button.setAccessibleName(f"{crit.title}: {value} {label}")
            button.setAccessibleDescription(anchor)
            text = QLabel(anchor, self)
            text.setWordWrap(True)
            text.setBuddy(button)
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1)
            self.group.addButton(button, value)
            self.buttons[value] = button
        self.consensus_label = QLabel(self)
        self.consensus_label.setWordWrap(True)
        self.consensus_label.hide()
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Note on this criterion (optional)"))
        self.note_edit.setAccessibleName(self.tr("Note on {title}").format(title=crit.title))
        self.note_edit.setMaxLength(4000)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(question)
        layout.addWidget(probes)
        layout.addLayout(grid)
        layout.addWidget(self.consensus_label)
        layout.addWidget(self.note_edit)
        self.group.idClicked.connect(self._on_clicked)
        self.note_edit.textEdited.connect(self._on_note_edited)

    def set_state(
        self,
        value: int | None,
        note: str,
        locked: bool,
        *,
        initial: int | None = None,
        reason: str = "",
    ) -> None:
        """Show a value; `initial` and `reason` when the value was changed in consensus."""
        self.group.setExclusive(False)
        for v, button in self.buttons.items():
            button.setChecked(v == value)
            button.setEnabled(not locked)
        changed = initial is not None and initial != value
        self.consensus_label.setVisible(changed)
        if changed:
            self.consensus_label.setText(
                self.tr("Initial score {i}, changed to {v} in consensus: {r}").format(
                    i=initial, v=value, r=reason
                )
            )
        self.group.setExclusive(True)
        if self.note_edit.text() != note:
            self.note_edit.setText(note)
        self.note_edit.setReadOnly(locked)

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked == -1 else checked

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits pick a level wherever the focus is in the card (but not in the note)."""
        text = event.text()
        if text.isdigit() and int(text) in self.buttons and self.buttons[int(text)].isEnabled():
            self.buttons[int(text)].setChecked(True)
            self.buttons[int(text)].setFocus()
            self._on_clicked(int(text))
            return
        super().keyPressEvent(event)

    @Slot(int)
    def _on_clicked(self, value: int) -> None:
        self.value_chosen.emit(self.key, value)

    @Slot(str)
    def _on_note_edited(self, _text: str) -> None:
        self.note_edited.emit(self.key)


class ChoiceFrame(QFrame):
    """A focusable frame of radio buttons where digits pick the n-th choice.

    Qt lets Tab land only on the checked radio of an exclusive group, so with
    nothing chosen yet the frame itself takes the focus.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.choices: list[QRadioButton] = []

    @staticmethod
    def label_of(choice: RecommendationChoice) -> str:
        """A choice's label in the window's language."""
        return choice_label(choice)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and 1 <= int(text) <= len(self.choices):
            button = self.choices[int(text) - 1]
            if button.isEnabled():
                button.click()
                button.setFocus()
                return
        super().keyPressEvent(event)


class PaperMemberRow(QWidget):
    """For whoever keys in printed sheets: whose sheets are being keyed in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Panel member whose paper sheet you key in"))
        label = QLabel(self.tr("Key in the paper sheets of:"), self)
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo, 1)
        self.hide()

    def fill(self, members: list[tuple[int, str]]) -> int | None:
        """Offer these (id, label) members after "Nobody", keeping the choice; the chosen id."""
        previous = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Nobody: no paper sheets to key in"), None)
        for member_id, label in members:
            self.combo.addItem(label, member_id)
        self.combo.setCurrentIndex(max(0, self.combo.findData(previous)))
        self.combo.blockSignals(False)
        return self.combo.currentData()

    def member_name(self) -> str:
        return self.combo.currentText().split(" — ")[0]


class SheetStatusLabel(QLabel):
    """The sheet's state in words: not started, draft with what is left, submitted, keyed in
    from paper, recused, or in the consensus discussion."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Sheet status"))

    def show_sheet(self, view: SheetView) -> None:
        self.setText(self.text_for(view))

    def text_for(self, view: SheetView) -> str:
        if view.status == "submitted" and view.consensus_open:
            return self.tr("Consensus discussion: a changed score needs a reason")
        if view.status == "recused":
            return self.tr("You declared a conflict: you do not score this candidate.")
        if view.source == "paper" and view.keyed_by:
            return self.tr("Keyed in from the paper sheet by {who}").format(who=view.keyed_by) + (
                self.tr(" — submitted, read-only") if view.status == "submitted" else ""
            )
        if view.status == "submitted" and view.submitted_at is not None:
            when = view.submitted_at.astimezone()
            return self.tr("Submitted {when} — read-only").format(
                when=f"{day(when, 'dd MMM')} {when:%H:%M}"
            )
        if view.status == "draft":
            left = len(view.missing)
            return self.tr("Draft saved · {n} to go before you can submit").format(n=left)
        return self.tr("Not started")
