"""Panel composition (SOI IV.C.3): does a panel meet the profile's rule?"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from sro_panel.domain.profile import CompositionRule, Profile
from sro_panel.messages import t


@dataclass(frozen=True)
class RuleCheck:
    text: str
    count: int
    min: int
    max: int | None
    met: bool

    @property
    def shortfall(self) -> str:
        if self.count < self.min:
            return t("{text}: {count} of {min}", text=self.text, count=self.count, min=self.min)
        if self.max is not None and self.count > self.max:
            return t(
                "{text}: {count}, at most {max}", text=self.text, count=self.count, max=self.max
            )
        return ""


@dataclass(frozen=True)
class CompositionCheck:
    checks: tuple[RuleCheck, ...]

    @property
    def met(self) -> bool:
        return all(c.met for c in self.checks)

    @property
    def shortfalls(self) -> list[str]:
        return [c.shortfall for c in self.checks if not c.met]


def _check_rule(rule: CompositionRule, counts: Counter[str]) -> RuleCheck:
    count = sum(counts[role] for role in rule.roles)
    met = count >= rule.min and (rule.max is None or count <= rule.max)
    return RuleCheck(rule.text, count, rule.min, rule.max, met)


def check_composition(profile: Profile, role_types: Iterable[str]) -> CompositionCheck:
    """Check a panel given each member's role type id (unknown ids raise KeyError)."""
    counts: Counter[str] = Counter()
    for role in role_types:
        profile.role_type(role)
        counts[role] += 1
    return CompositionCheck(tuple(_check_rule(rule, counts) for rule in profile.panel.rules))
