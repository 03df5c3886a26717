"""The panelist's screen: one candidate at a time, every rubric anchor in sight, saved as you go."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sro_panel.errors import SroPanelError, StaleRecord
from sro_panel.services.app import Services
from sro_panel.services.offline_drafts import OVERALL, DraftEdit, apply_edit
from sro_panel.services.permissions import Permission
from sro_panel.services.rounds import RoundInfo
from sro_panel.services.scoring import ScoringService, SheetView
from sro_panel.ui.dialogs import AskReason, Confirm, ShowError
from sro_panel.ui.message_text import message_text
from sro_panel.ui.pages.offline_banner import OfflineBanner
from sro_panel.ui.pages.scoring_widgets import (
    ChoiceFrame,
    CriterionCard,
    PaperMemberRow,
    SheetStatusLabel,
)
from sro_panel.ui.rubric_language import shown_missing

STATUS_MARK = {"new": "○", "draft": "✎", "submitted": "✔", "recused": "⊘"}
NOTE_SAVE_DELAY_MS = 600


class ScoringPage(QWidget):
    """Candidates on the left; the selected candidate's sheet on the right."""

    sheet_submitted = Signal(int)
    print_requested = Signal(int)  # the seat whose submitted sheets to print
    score_file_requested = Signal()  # a local panel's sheets, signed, for the coordinator

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._round: RoundInfo | None = None
        self._built_for: int | None = None
        self._seat: int | None = None
        self._paper = False  # keying in a panel member's printed sheet on their behalf
        self._candidate: int | None = None
        self._version: int | None = None
        self._shown_status = ""  # of the sheet on screen, as last read or saved
        self._dirty_notes: set[str] = set()
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_DELAY_MS)

        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.paper_row = PaperMemberRow(self)
        self.paper_combo = self.paper_row.combo
        self.score_file_button = QPushButton(self.tr("Sa&ve score file for the coordinator…"), self)
        self.score_file_button.setToolTip(
            self.tr("Your submitted sheets in one signed file, to hand to the panel's coordinator")
        )
        self.score_file_button.hide()
        self.offline_banner = OfflineBanner(services, self)
        self.candidate_list = QListWidget(self)
        self.candidate_list.setAccessibleName(self.tr("Candidates to score"))
        self.next_button = QPushButton(self.tr("&Next unscored"), self)
        self.print_button = QPushButton(self.tr("&Print my submitted sheets…"), self)
        self.print_button.setToolTip(self.tr("Your own submitted score sheets as a PDF, to sign"))
        self.heading_label = QLabel(self)
        self.heading_label.setTextFormat(Qt.TextFormat.RichText)
        self.heading_label.setWordWrap(True)  # a long name with large text
        self.status_label = SheetStatusLabel(self)
        self.cards_box = QWidget(self)
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.cards: dict[str, CriterionCard] = {}
        self.recommendation_group = QButtonGroup(self)
        self.recommendation_box = ChoiceFrame(self)
        self.recommendation_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.recommendation_box.setAccessibleName(
            self.tr("Overall recommendation: press 1, 2 or 3")
        )
        self.recommendation_buttons: dict[str, QRadioButton] = {}
        self.recommendation_heading = QLabel(
            "<b>" + self.tr("Overall recommendation") + "</b>", self.recommendation_box
        )
        self.overall_note_edit = QPlainTextEdit(self)
        self.overall_note_edit.setPlaceholderText(
            self.tr("Comments for the panel's summary (optional)")
        )
        self.overall_note_edit.setAccessibleName(self.tr("Overall comments"))
        self.overall_note_edit.setTabChangesFocus(True)
        self.overall_note_edit.setMaximumHeight(90)
        self.submit_button = QPushButton(self.tr("Su&bmit sheet"), self)
        self.submit_button.setToolTip(self.tr("Ctrl+Enter"))
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.cards_box)
        self.scroll_area.setAccessibleName(self.tr("Rubric criteria"))
        self._build_layout()
        self._connect_callbacks()

    def _build_layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.candidate_list)
        legend = QLabel(
            self.tr("✔ submitted   ✎ draft   ○ not started   ⊘ conflict declared"), left
        )
        legend.setWordWrap(True)
        left_layout.addWidget(legend)
        left_layout.addWidget(self.next_button)
        left_layout.addWidget(self.print_button)
        left_layout.addWidget(self.score_file_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.heading_label, 1)
        header.addWidget(self.status_label)
        right_layout.addLayout(header)
        right_layout.addWidget(self.scroll_area, 1)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.submit_button)
        right_layout.addLayout(footer)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.paper_row)
        layout.addWidget(self.message_label)
        layout.addWidget(self.offline_banner)
        layout.addWidget(splitter, 1)

    def _connect_callbacks(self) -> None:
        self.candidate_list.currentRowChanged.connect(self._on_candidate_row)
        self.next_button.clicked.connect(self.go_to_next_unscored)
        self.print_button.clicked.connect(self._print_own)
        self.score_file_button.clicked.connect(self._save_score_file)
        self.paper_combo.currentIndexChanged.connect(self._on_paper_member)
        self.submit_button.clicked.connect(self.submit)
        self._note_timer.timeout.connect(self.save_notes)
        self.recommendation_group.idClicked.connect(self._on_recommendation)
        self.offline_banner.saved_later.connect(self._refresh)
        self.overall_note_edit.textChanged.connect(self._on_overall_note)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submit)

    # --- loading ----------------------------------------------------------------

    @Slot()
    def _print_own(self) -> None:
        if self._seat is not None:
            self.save_notes()
            self.print_requested.emit(self._seat)

    @Slot()
    def _save_score_file(self) -> None:
        self.save_notes()
        self.score_file_requested.emit()

    @property
    def _scoring(self) -> ScoringService:
        return self._services.paper_scoring if self._paper else self._services.scoring

    def set_services(self, services: Services) -> None:
        self.save_notes()
        self._services = services
        self.offline_banner.set_services(services)

    def set_local_panel(self, local: bool) -> None:
        """On a laptop's local panel the sheets go back in a score file."""
        self.score_file_button.setVisible(local)

    def load(self, round_info: RoundInfo) -> None:
        self.save_notes()
        self._round = round_info
        panelists = self._services.panel.list_panelists(round_info.id)
        seats = [p.id for p in panelists if p.id in self._services.actor.panelist_ids]
        self._seat = seats[0] if seats else None
        self._paper = False
        may_key = not seats and self._services.paper_scoring.can(Permission.ENTER_SCORES)
        self.paper_row.setVisible(may_key)
        if may_key:
            self._seat = self.paper_row.fill(
                [(p.id, f"{p.label} — {p.role_label}") for p in panelists]
            )
            self._paper = self._seat is not None
        self.print_button.setVisible(self._seat is not None and not self._paper)
        if self._built_for != round_info.id:
            self._build_cards(round_info)
            self._built_for = round_info.id
        if self._seat is None:
            self.message_label.setText(
                self.tr(
                    "Scoring is done by the panel members, each on their own sheets. "
                    "Choose your panel seat under “Acting as” at the top of the window."
                )
                + (
                    self.tr(" To key in a panel member's printed sheets, choose them above.")
                    if may_key
                    else ""
                )
            )
            self.candidate_list.clear()
            self._show_sheet(None)
            return
        if self._paper:
            self.message_label.setText(
                self.tr(
                    "Enter what {member} wrote on their printed sheets, candidate by "
                    "candidate, then submit each. The sheets are recorded as keyed in by "
                    "you from paper."
                ).format(member=self.paper_row.member_name())
            )
        else:
            self.message_label.setText(
                self.tr(
                    "Choose a level for each criterion by clicking it or pressing its number. "
                    "Everything is saved as you go. Nobody sees your scores before you submit."
                )
            )
        self.reload_candidates()
        target = self._scoring.next_unscored(self._seat)
        self.select_candidate(target if target is not None else self._first_candidate())

    @Slot(int)
    def _on_paper_member(self, _index: int) -> None:
        if self._round is not None:
            self.save_notes()
            self._candidate = None
            self.load(self._round)

    def _save(self, edit: DraftEdit, version: int | None) -> SheetView | None:
        """A panelist's edit goes through the banner (kept on the laptop when the server is
        out of reach); a paper sheet is keyed at the coordinator's desk, straight in."""
        if self._paper:
            return apply_edit(self._scoring, edit, version)
        return self.offline_banner.save(edit, version)

    def _first_candidate(self) -> int | None:
        item = self.candidate_list.item(0)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _build_cards(self, info: RoundInfo) -> None:
        for card in self.cards.values():
            card.hide()
            card.setParent(None)
            card.deleteLater()
        self.cards.clear()
        while self.cards_layout.count():
            self.cards_layout.takeAt(0)
        for crit in info.criteria:
            card = CriterionCard(crit, self.cards_box)
            card.value_chosen.connect(self._on_value_chosen)
            card.note_edited.connect(self._on_note_edited)
            self.cards_layout.addWidget(card)
            card.show()  # added to a page that may already be on screen
            self.cards[crit.key] = card
        for button in self.recommendation_buttons.values():
            self.recommendation_group.removeButton(button)
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self.recommendation_buttons.clear()
        old = self.recommendation_box.layout()
        box_layout = old if isinstance(old, QVBoxLayout) else QVBoxLayout(self.recommendation_box)
        while box_layout.count():
            box_layout.takeAt(0)
        box_layout.addWidget(self.recommendation_heading)
        self.recommendation_box.choices = []
        for n, choice in enumerate(info.profile.recommendations):
            label = ChoiceFrame.label_of(choice)
            button = QRadioButton(f"{n + 1}  {label}", self.recommendation_box)
            self.recommendation_box.choices.append(button)
            button.setAccessibleName(self.tr("Overall recommendation: {c}").format(c=label))
            self.recommendation_group.addButton(button, n)
            self.recommendation_buttons[choice.id] = button
            box_layout.addWidget(button)
            button.show()
        box_layout.addWidget(self.overall_note_edit)
        self.cards_layout.addWidget(self.recommendation_box)
        self.recommendation_box.show()  # moved into the cards' box, which hides it
        self.cards_layout.addStretch(1)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab follows the reading order: each criterion's levels and note, then the verdict."""
        chain: list[QWidget] = [self.candidate_list, self.next_button, self.print_button]
        chain += [self.score_file_button]  # the left column, then the sheet
        for card in self.cards.values():
            chain += [card, *card.buttons.values(), card.note_edit]
        chain += [
            self.recommendation_box,
            *self.recommendation_buttons.values(),
            self.overall_note_edit,
            self.submit_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def reload_candidates(self) -> None:
        if self._seat is None:
            return
        current = self._candidate
        self.candidate_list.blockSignals(True)
        self.candidate_list.clear()
        for applicant_id, name, status in self._scoring.my_candidates(self._seat):
            label = (
                name
                if name != "Practice Candidate"
                else self.tr("Practice candidate (not counted)")
            )
            item = QListWidgetItem(f"{STATUS_MARK[status]}  {label}")
            item.setData(Qt.ItemDataRole.UserRole, applicant_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{label}, {status}")
            self.candidate_list.addItem(item)
            if applicant_id == current:
                self.candidate_list.setCurrentItem(item)
        self.candidate_list.blockSignals(False)

    def select_candidate(self, applicant_id: int | None) -> None:
        for row in range(self.candidate_list.count()):
            if self.candidate_list.item(row).data(Qt.ItemDataRole.UserRole) == applicant_id:
                self.candidate_list.setCurrentRow(row)
                return
        self._show_sheet(None)

    @Slot(int)
    def _on_candidate_row(self, row: int) -> None:
        self.save_notes()
        item = self.candidate_list.item(row)
        if item is None or self._seat is None:
            self._show_sheet(None)
            return
        self._candidate = item.data(Qt.ItemDataRole.UserRole)
        self._refresh()

    def _refresh(self) -> None:
        if self._seat is None or self._candidate is None:
            self._show_sheet(None)
            return
        try:
            view = self._scoring.sheet(self._seat, self._candidate)
        except SroPanelError as exc:
            ShowError.ask(self, self.tr("Scoring"), message_text(exc))
            return
        self._show_sheet(view)

    def _show_sheet(self, view: SheetView | None) -> None:
        self._shown_status = view.status if view is not None else ""
        self.scroll_area.setVisible(view is not None)
        self.submit_button.setVisible(view is not None)
        if view is None:
            self.heading_label.setText("")
            self.status_label.setText("")
            self._version = None
            return
        self._version = view.version
        practice = self.tr(" — practice, not counted") if view.is_practice else ""
        self.heading_label.setText(f"<h2>{view.applicant_name}{practice}</h2>")
        in_consensus = view.status == "submitted" and view.consensus_open
        for score in view.scores:
            card = self.cards.get(score.key)
            if card is not None:
                card.set_state(
                    score.final,
                    score.note,
                    view.locked and not in_consensus,
                    initial=score.value,
                    reason=score.consensus_reason,
                )
                card.note_edit.setReadOnly(view.locked)
        self.recommendation_group.setExclusive(False)
        for choice, button in self.recommendation_buttons.items():
            button.setChecked(choice == view.recommendation)
            button.setEnabled(not view.locked)
        self.recommendation_group.setExclusive(True)
        if self.overall_note_edit.toPlainText() != view.note:
            self.overall_note_edit.blockSignals(True)
            self.overall_note_edit.setPlainText(view.note)
            self.overall_note_edit.blockSignals(False)
        self.overall_note_edit.setReadOnly(view.locked)
        self.submit_button.setEnabled(not view.locked)
        self.status_label.show_sheet(view)

    # --- saving -------------------------------------------------------------------

    def _apply(self, action: str, call: Callable[[], SheetView | None]) -> None:
        """Run one save; on a stale sheet reload it and say so; nothing is lost silently.

        A save the server could not take is kept on this laptop (None): the sheet on
        screen stays as typed, and the banner says so.
        """
        try:
            view = call()
        except StaleRecord as exc:
            ShowError.ask(self, self.tr("Saved elsewhere"), message_text(exc))
            self._refresh()
            return
        except SroPanelError as exc:
            ShowError.ask(self, action, message_text(exc))
            self._refresh()
            return
        if view is None:
            self.status_label.setText(self.offline_banner.kept_text())
            return
        self._version = view.version
        self._shown_status = view.status
        self.status_label.show_sheet(view)
        self._update_list_mark(view.status)

    def _update_list_mark(self, status: str) -> None:
        item = self.candidate_list.currentItem()
        if item is not None:
            text = item.text()
            item.setText(f"{STATUS_MARK[status]}{text[1:]}")

    @Slot(str, int)
    def _on_value_chosen(self, key: str, value: int) -> None:
        if self._seat is None or self._candidate is None:
            return
        seat, cand, version = self._seat, self._candidate, self._version
        if self._shown_status == "submitted":  # changes now belong to the consensus step
            try:
                view = self._scoring.sheet(seat, cand)
            except SroPanelError as exc:
                ShowError.ask(self, self.tr("Consensus"), message_text(exc))
                self._refresh()
                return
            self._change_in_consensus(view, key, value)
            return
        self._apply(
            self.tr("Saving a score"),
            lambda: self._save(DraftEdit(seat, cand, key, value=value), version),
        )

    def _change_in_consensus(self, view: SheetView, key: str, value: int) -> None:
        score = view.score(key)
        reason = ""
        if score is not None and value != score.value:
            answer = AskReason.ask(
                self,
                self.tr("Change in consensus"),
                self.tr("Why does this score change from {i} to {v}?").format(
                    i=score.value, v=value
                ),
            )
            if answer is None:
                self._refresh()  # put the old value back
                return
            reason = answer
        assert self._seat is not None and self._candidate is not None
        self._apply(
            self.tr("Consensus"),
            partial(
                self._scoring.change_in_consensus,
                self._seat,
                self._candidate,
                key,
                value=value,
                reason=reason,
            ),
        )
        self._refresh()

    @Slot(str)
    def _on_note_edited(self, key: str) -> None:
        self._dirty_notes.add(key)
        self._note_timer.start()

    @Slot()
    def _on_overall_note(self) -> None:
        if not self.overall_note_edit.isReadOnly():
            self._dirty_notes.add("")
            self._note_timer.start()

    @Slot()
    def save_notes(self) -> None:
        """Save the notes typed since the last save (also on leaving the candidate)."""
        self._note_timer.stop()
        dirty, self._dirty_notes = self._dirty_notes, set()
        if self._seat is None or self._candidate is None:
            return
        seat, cand = self._seat, self._candidate
        for key in sorted(dirty):
            if key == "":
                note = self.overall_note_edit.toPlainText()
                choice = self._chosen_recommendation()
                edit = DraftEdit(seat, cand, OVERALL, recommendation=choice, note=note)
                self._apply(
                    self.tr("Saving comments"),
                    partial(self._save, edit, self._version),
                )
            else:
                card = self.cards[key]
                edit = DraftEdit(seat, cand, key, value=card.value(), note=card.note_edit.text())
                self._apply(
                    self.tr("Saving a note"),
                    partial(self._save, edit, self._version),
                )

    def _chosen_recommendation(self) -> str | None:
        for choice, button in self.recommendation_buttons.items():
            if button.isChecked():
                return choice
        return None

    @Slot(int)
    def _on_recommendation(self, _index: int) -> None:
        if self._seat is None or self._candidate is None:
            return
        seat, cand, choice = self._seat, self._candidate, self._chosen_recommendation()
        edit = DraftEdit(seat, cand, OVERALL, recommendation=choice)
        self._apply(
            self.tr("Saving the recommendation"),
            lambda: self._save(edit, self._version),
        )

    @Slot()
    def submit(self) -> None:
        if self._seat is None or self._candidate is None or not self.submit_button.isEnabled():
            return
        self.save_notes()
        self.offline_banner.retry()
        if self.offline_banner.waiting():
            ShowError.ask(self, *self.offline_banner.why_submit_waits())
            return
        try:
            view = self._scoring.sheet(self._seat, self._candidate)
        except SroPanelError as exc:
            ShowError.ask(self, self.tr("Submit"), message_text(exc))
            return
        if view.missing:
            criteria = self._round.criteria if self._round else ()
            ShowError.ask(
                self,
                self.tr("Not ready to submit"),
                self.tr("Before you submit, please fill in:\n\n• {items}").format(
                    items="\n• ".join(shown_missing(m, criteria) for m in view.missing)
                ),
            )
            return
        if not Confirm.ask(
            self,
            self.tr("Submit your scores?"),
            self.tr(
                "Submit your sheet for {name}? After submitting you cannot change it, "
                "except in the panel's consensus discussion."
            ).format(name=view.applicant_name),
            yes=self.tr("Submit"),
            no=self.tr("Keep editing"),
        ):
            return
        try:
            self._scoring.submit(self._seat, self._candidate, expected_version=self._version)
        except SroPanelError as exc:
            ShowError.ask(self, self.tr("Submit"), message_text(exc))
            self._refresh()
            return
        self.sheet_submitted.emit(self._candidate)
        self.reload_candidates()
        self.go_to_next_unscored()

    @Slot()
    def go_to_next_unscored(self) -> None:
        if self._seat is None:
            return
        target = self._scoring.next_unscored(self._seat)
        if target is None:
            self._refresh()
            self.status_label.setText(
                self.tr("Every sheet of this panel member is in.")
                if self._paper
                else self.tr("All your sheets are submitted. Thank you!")
            )
            return
        self.select_candidate(target)
