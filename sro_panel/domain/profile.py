"""Agency profiles: the typed model of a `forms/*.toml` file and its validation.

Everything agency-specific (minimum requirements, panel composition, rubric,
recommendation choices, training, court target) is data in a profile, so a new
agency is a new file. Validation is pydantic (typed models, error locations that
name the key) plus the cross-reference checks a schema cannot express.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from sro_panel.errors import InputError
from sro_panel.messages import t

SCHEMA_VERSION = 1
MAX_PROFILE_BYTES = 1_000_000
STAKEHOLDER_GROUPS = ("school_staff", "community", "student", "police")

Id = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
Text = Annotated[str, Field(min_length=1, max_length=4000)]
# Texts copied into the round's rows, bounded by their columns (PostgreSQL enforces them).
Title = Annotated[str, Field(min_length=1, max_length=300)]
Ref = Annotated[str, Field(max_length=40)]


class ProfileError(InputError):
    """A profile that cannot be used; names the file and the key at fault."""

    def __init__(self, source: str, key: str, message: str) -> None:
        self.source = source
        self.key = key
        self.message = message
        if key:
            super().__init__(
                t("{source}: {key}: {message}", source=source, key=key, message=message)
            )
        else:
            super().__init__(t("{source}: {message}", source=source, message=message))


class _Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        str_strip_whitespace=True,
        allow_inf_nan=False,
        defer_build=True,
    )


class _RequirementBase(_Model):
    id: Id
    ref: str = ""
    text: Text


class MinServiceYears(_RequirementBase):
    """Computed: years of uninterrupted service by the round's selection date."""

    kind: Literal["min_service_years"]
    years: int = Field(gt=0, le=40)
    # Unpaid leave is not credited as service but does not reset the count;
    # a separation always resets it to the rehire date.
    credit_unpaid_leave: bool = False


class MaxSustainedComplaints(_RequirementBase):
    """Computed: at most `maximum` sustained complaints (involving juveniles, or any)."""

    kind: Literal["max_sustained_complaints"]
    maximum: int = Field(ge=0, le=100)
    involving: Literal["juveniles", "any"] = "juveniles"


class Attested(_RequirementBase):
    """Judgement: HR confirms it, with evidence (e.g. attendance history)."""

    kind: Literal["attested"]
    evidence_hint: str = ""


Requirement = Annotated[
    MinServiceYears | MaxSustainedComplaints | Attested, Field(discriminator="kind")
]


class RoleType(_Model):
    id: Id
    label: Text
    group: Literal["school_staff", "community", "student", "police"]
    # A minor: named by role only, never shown personnel details.
    minor: bool = False


class CompositionRule(_Model):
    text: Text
    roles: list[Id] = Field(min_length=1)
    min: int = Field(ge=0, le=50)
    max: int | None = Field(default=None, ge=0, le=50)


class Panel(_Model):
    role_types: list[RoleType] = Field(min_length=1)
    rules: list[CompositionRule] = Field(min_length=1)
    source: str = ""


class SpanishLabel(_Model):
    label: Text


class ScaleLevel(_Model):
    value: int = Field(ge=0, le=10)
    label: Text
    es: SpanishLabel | None = None


class SpanishCriterion(_Model):
    """A criterion's words in Spanish: shown to panelists who use the app in Spanish."""

    title: Text
    text: Text
    questions: list[Text] = Field(min_length=1)
    probes: list[Text] = []
    anchors: dict[str, Text]


class Criterion(_Model):
    id: Id
    ref: Ref = ""
    title: Title
    text: Text
    questions: list[Text] = Field(min_length=1)
    probes: list[Text] = []
    weight: float = Field(gt=0, le=100)
    required: bool = True
    # One written anchor per scale level, keyed by the level's value.
    anchors: dict[str, Text]
    es: SpanishCriterion | None = None


class Rubric(_Model):
    scale: list[ScaleLevel] = Field(min_length=2, max_length=11)
    criteria: list[Criterion] = Field(min_length=1, max_length=40)


class RecommendationChoice(_Model):
    id: Id
    label: Text
    tier: Literal["recommended", "reservations", "not_recommended"]
    es: SpanishLabel | None = None


class TrainingTopic(_Model):
    id: Id
    ref: str = ""
    title: Text
    recurring_months: int | None = Field(default=None, gt=0, le=120)


class Training(_Model):
    course: Text
    provider: Text
    min_hours: float = Field(gt=0, le=1000)
    ref: str = ""
    topics: list[TrainingTopic] = []


class CourtTarget(_Model):
    trained_officers: int = Field(gt=0, le=10_000)
    deadline: dt.date
    daily_fine: float = Field(ge=0)
    timezone: str = "UTC"  # where the court sits: its days decide the deadline and fines
    source: str = ""

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                t("{value!r} is not a time zone name such as America/Chicago", value=value)
            ) from None
        return value


class Retention(_Model):
    """How long a closed round keeps its applicants' personnel details."""

    personnel_months: int = Field(default=36, ge=1, le=1200)
    source: str = ""


class Profile(_Model):
    schema_version: Literal[1]
    id: Id
    name: Title
    agency: Text
    school_partner: Text
    source: Text
    requirements: list[Requirement] = Field(min_length=1)
    panel: Panel
    rubric: Rubric
    recommendations: list[RecommendationChoice] = Field(min_length=2)
    training: Training
    court: CourtTarget | None = None
    retention: Retention = Retention()

    def role_type(self, role_id: str) -> RoleType:
        for role in self.panel.role_types:
            if role.id == role_id:
                return role
        raise KeyError(role_id)

    @property
    def scale_values(self) -> list[int]:
        return [level.value for level in self.rubric.scale]

    @property
    def has_spanish(self) -> bool:
        """Whether the rubric carries Spanish text (then it carries all of it)."""
        return any(c.es is not None for c in self.rubric.criteria)


@dataclass(frozen=True)
class LoadedProfile:
    """A validated profile with the exact text it came from (kept with each round)."""

    profile: Profile
    text: str
    source: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def _key(loc: Iterable[int | str]) -> str:
    key = ""
    for part in loc:
        if isinstance(part, int):
            key += f"[{part}]"
        elif part in {"min_service_years", "max_sustained_complaints", "attested"}:
            continue  # the discriminated union's tag, not a key in the file
        else:
            key += f".{part}" if key else str(part)
    return key


def _nul_at(node: object, key: str = "") -> str | None:
    """The key of the first text holding a NUL character, or None."""
    if isinstance(node, str):
        return key if "\x00" in node else None
    items = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else ()
    )
    for name, value in items:
        inner = f"{key}[{name}]" if isinstance(name, int) else f"{key}.{name}" if key else str(name)
        if "\x00" in str(name):
            return inner
        found = _nul_at(value, inner)
        if found is not None:
            return found
    return None


def parse_profile(text: str, source: str) -> LoadedProfile:
    """Validate a profile's TOML text; raise ProfileError naming `source` and the key."""
    if len(text.encode("utf-8")) > MAX_PROFILE_BYTES:
        raise ProfileError(
            source,
            "",
            t("larger than {limit} bytes", limit=MAX_PROFILE_BYTES),
        )
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(source, "", t("not valid TOML ({exc})", exc=exc)) from None
    except RecursionError:
        # tomllib reads nested arrays and tables by recursion.
        raise ProfileError(
            source, "", t("not valid TOML (arrays or tables nested too deeply)")
        ) from None
    except ValueError:
        # Python refuses to read an integer of thousands of digits.
        raise ProfileError(
            source, "", t("not valid TOML (a number with too many digits)")
        ) from None
    nul = _nul_at(data)
    if nul is not None:
        # TOML allows "\u0000"; PostgreSQL cannot store it, and no person means it.
        raise ProfileError(source, nul, t("contains a NUL character"))
    try:
        profile = Profile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        # pydantic's own wording stays English; the commonest cases are said in ours.
        message: str = first["msg"]
        if first["type"] == "missing":
            message = t("required key is missing")
        elif first["type"] == "extra_forbidden":
            message = t("unknown key")
        elif first["type"] == "union_tag_invalid" and isinstance(first["input"], dict):
            message = t("unknown requirement kind {kind!r}", kind=first["input"].get("kind"))
        raise ProfileError(source, _key(first["loc"]), message) from None
    _check_references(profile, source)
    return LoadedProfile(profile=profile, text=text, source=source)


def load_profile(path: Path) -> LoadedProfile:
    try:
        with path.open("rb") as handle:
            # One byte past the limit is enough to refuse it; a huge file is never read whole.
            raw = handle.read(MAX_PROFILE_BYTES + 1)
    except OSError as exc:
        raise ProfileError(
            str(path),
            "",
            t(
                "cannot be read ({strerror})",
                strerror=exc.strerror,
            ),
        ) from None
    if len(raw) > MAX_PROFILE_BYTES:
        raise ProfileError(
            str(path),
            "",
            t(
                "larger than {limit} bytes",
                limit=MAX_PROFILE_BYTES,
            ),
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ProfileError(str(path), "", t("not UTF-8 text")) from None
    return parse_profile(text, str(path))


def _duplicates(ids: Iterable[str]) -> str | None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            return item
        seen.add(item)
    return None


def _check_references(p: Profile, source: str) -> None:
    """Cross-references and invariants the schema alone cannot state."""
    for key, ids in (
        ("requirements", [r.id for r in p.requirements]),
        ("panel.role_types", [r.id for r in p.panel.role_types]),
        ("rubric.criteria", [c.id for c in p.rubric.criteria]),
        ("recommendations", [r.id for r in p.recommendations]),
        ("training.topics", [topic.id for topic in p.training.topics]),
    ):
        dup = _duplicates(ids)
        if dup:
            raise ProfileError(source, key, t("id {dup!r} appears twice", dup=dup))
    values = p.scale_values
    if _duplicates(str(v) for v in values):
        raise ProfileError(source, "rubric.scale", t("two levels share a value"))
    if values != sorted(values):
        raise ProfileError(
            source, "rubric.scale", t("levels must be listed from lowest to highest")
        )
    roles = {r.id for r in p.panel.role_types}
    for i, rule in enumerate(p.panel.rules):
        for j, role in enumerate(rule.roles):
            if role not in roles:
                raise ProfileError(
                    source,
                    f"panel.rules[{i}].roles[{j}]",
                    t("unknown role type {role!r}", role=role),
                )
        if rule.max is not None and rule.max < rule.min:
            raise ProfileError(source, f"panel.rules[{i}].max", t("smaller than min"))
    for i, crit in enumerate(p.rubric.criteria):
        for value in values:
            if str(value) not in crit.anchors:
                raise ProfileError(
                    source,
                    f"rubric.criteria[{i}].anchors",
                    t("scale level {value} has no written anchor", value=value),
                )
        for level in crit.anchors:
            # Plain ASCII digits only: "²" is a digit to str.isdigit() but not to int().
            if not re.fullmatch(r"[0-9]{1,3}", level) or int(level) not in values:
                raise ProfileError(
                    source, f"rubric.criteria[{i}].anchors.{level}", t("not a level of the scale")
                )
    _check_spanish(p, source)
    tiers = {r.tier for r in p.recommendations}
    if not {"recommended", "not_recommended"} <= tiers:
        raise ProfileError(
            source,
            "recommendations",
            t("needs at least a recommended and a not_recommended choice"),
        )


def _check_spanish(p: Profile, source: str) -> None:
    """Spanish rubric text is all or nothing: a panelist never meets half a translation."""
    parts: list[object] = [c.es for c in p.rubric.criteria]
    parts += [level.es for level in p.rubric.scale] + [r.es for r in p.recommendations]
    if all(part is None for part in parts):
        return
    missing = t("has Spanish text elsewhere in the profile, so it needs it here too")
    for i, scale_level in enumerate(p.rubric.scale):
        if scale_level.es is None:
            raise ProfileError(source, f"rubric.scale[{i}].es.label", missing)
    for i, choice in enumerate(p.recommendations):
        if choice.es is None:
            raise ProfileError(source, f"recommendations[{i}].es.label", missing)
    for i, crit in enumerate(p.rubric.criteria):
        es = crit.es
        if es is None:
            raise ProfileError(source, f"rubric.criteria[{i}].es", missing)
        for field, english, spanish in (
            ("questions", crit.questions, es.questions),
            ("probes", crit.probes, es.probes),
        ):
            if len(english) != len(spanish):
                raise ProfileError(
                    source,
                    f"rubric.criteria[{i}].es.{field}",
                    t(
                        "{count} in Spanish but {english} in English; each needs its translation",
                        count=len(spanish),
                        english=len(english),
                    ),
                )
        for level in crit.anchors:
            if level not in es.anchors:
                raise ProfileError(
                    source,
                    f"rubric.criteria[{i}].es.anchors.{level}",
                    t("the Spanish anchor for this level is missing"),
                )
        for level in es.anchors:
            if level not in crit.anchors:
                raise ProfileError(
                    source,
                    f"rubric.criteria[{i}].es.anchors.{level}",
                    t("not a level of the scale"),
                )
