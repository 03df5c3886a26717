"""The rubric in the window's language: a round's Spanish criterion text, labels and
anchors when the window is in Spanish and the round's profile carries them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QLocale

from sro_panel.domain.profile import RecommendationChoice
from sro_panel.services.rounds import CriterionInfo
from sro_panel.ui.message_text import message_text


def window_language() -> str:
    """ "es" when the window is in Spanish, else "en" (what exports are asked for)."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def shown_criterion(crit: CriterionInfo) -> CriterionInfo:
    """The criterion as the panelist reads it: in Spanish when both window and round have it."""
    es = crit.es
    if es is None or window_language() != "es":
        return crit
    return replace(
        crit,
        title=es.title,
        text=es.text,
        questions=es.questions,
        probes=es.probes,
        levels=es.levels,
    )


def choice_label(choice: RecommendationChoice) -> str:
    """A recommendation choice's label in the window's language, when the profile has it."""
    if choice.es is not None and window_language() == "es":
        return choice.es.label
    return choice.label


def shown_missing(item: str, criteria: Iterable[CriterionInfo]) -> str:
    """One of a sheet's missing items (a criterion's "ref title", or a message) as the
    panelist reads it: a criterion by its title in the window's language."""
    for crit in criteria:
        if item == f"{crit.ref} {crit.title}".strip():
            return f"{crit.ref} {shown_criterion(crit).title}".strip()
    return message_text(item)
