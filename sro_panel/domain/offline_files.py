"""Offline panels' two files: the round file a panelist's laptop is made from, and the
signed score file it sends back.

A round file carries one seat's part of a round (its rubric, its candidates by
name only, the seat) and an Ed25519 private key made for it; the coordinator's
database keeps only the matching public key. A score file is that seat's
submitted sheets in canonical JSON with the key's signature, so a changed or
forged file does not check, and nobody who can merely read the coordinator's
database can write one.

Both are untrusted input: read with a size bound, parsed by pydantic, and every
fault reported as `file: key: message`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Annotated, Any, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)

from sro_panel.domain.profile import ProfileError, parse_profile
from sro_panel.errors import InputError
from sro_panel.messages import message_of, t

ROUND_FORMAT = "sro-panel round file"
SCORE_FORMAT = "sro-panel score file"
FORMAT_VERSION = 1
ROUND_SUFFIX = ".sroround"
SCORE_SUFFIX = ".sroscores"
MAX_FILE_BYTES = 20_000_000

Hex32 = Annotated[str, Field(pattern=r"^[0-9a-f]{32}$")]
Hex64 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


def _no_nul(text: str) -> str:
    # PostgreSQL cannot store a NUL character in text; no person types one.
    if "\x00" in text:
        raise ValueError(t("contains a NUL character"))
    return text


Name = Annotated[str, Field(max_length=300), AfterValidator(_no_nul)]
LongText = Annotated[str, Field(max_length=20_000), AfterValidator(_no_nul)]
Id = Annotated[int, Field(ge=1, lt=2**62)]


def _plausible(moment: dt.datetime) -> dt.datetime:
    # Far from datetime's ends, so moving it to another time zone cannot overflow.
    if not 1900 <= moment.year <= 9000:
        raise ValueError(t("not a plausible date and time"))
    return moment


Moment = Annotated[dt.datetime, AfterValidator(_plausible)]
# The database keeps interview times in UTC and refuses a time without its zone.
AwareMoment = Annotated[AwareDatetime, AfterValidator(_plausible)]


def _unique(values: list[Any], what: str) -> None:
    seen: set[Any] = set()
    for value in values:
        if value in seen:
            raise ValueError(t("{what} {value!r} appears twice", what=what, value=value))
        seen.add(value)


class OfflineFileError(InputError):
    """A round or score file that cannot be used; names the file and what is wrong."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- the round file -------------------------------------------------------------


class Level(_Strict):
    value: int = Field(ge=-1000, le=1000)
    label: Name
    anchor: LongText


class Criterion(_Strict):
    key: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
    ref: Name = ""
    title: Name
    text: LongText = ""
    questions: list[LongText] = Field(default_factory=list, max_length=50)
    probes: list[LongText] = Field(default_factory=list, max_length=50)
    weight: float = Field(ge=0, le=1000)
    required: bool = True
    scale: list[Level] = Field(min_length=2, max_length=20)

    @field_validator("scale")
    @classmethod
    def _levels_once_each(cls, scale: list[Level]) -> list[Level]:
        _unique([level.value for level in scale], t("the level"))
        return scale


class Slot(_Strict):
    kind: Literal["interview", "presentation"]  # the database's SLOT_KINDS
    starts_at: AwareMoment
    minutes: int = Field(ge=0, le=24 * 60)
    room: Name = ""


class Candidate(_Strict):
    id: Id
    first_name: Name
    last_name: Name
    is_practice: bool = False
    recused: bool = False
    slots: list[Slot] = Field(default_factory=list, max_length=10)


class Seat(_Strict):
    id: Id
    name: Name
    role_type: Name
    title: Name = ""
    is_chair: bool = False


class Profile(_Strict):
    source_file: Name
    content: Annotated[str, Field(max_length=1_000_000)]
    sha256: Hex64


class RoundPart(_Strict):
    id: Id
    title: Name
    vacancy_title: Name
    posting_date: dt.date
    application_deadline: dt.date
    selection_date: dt.date
    positions: int = Field(ge=1, le=1000)
    interview_format: Literal["panel_interview", "presentation", "both"]  # INTERVIEW_FORMATS
    profile: Profile
    criteria: list[Criterion] = Field(min_length=1, max_length=100)

    @field_validator("criteria")
    @classmethod
    def _keys_once_each(cls, criteria: list[Criterion]) -> list[Criterion]:
        _unique([c.key for c in criteria], t("the criterion"))
        return criteria


class RoundFile(_Strict):
    format: Literal["sro-panel round file"]
    version: Literal[1]
    token: Hex32
    issued_at: Moment
    issued_by: Name
    round: RoundPart
    panelist: Seat
    candidates: list[Candidate] = Field(max_length=5000)
    signing_key: Hex64

    @field_validator("candidates")
    @classmethod
    def _candidates_once_each(cls, candidates: list[Candidate]) -> list[Candidate]:
        _unique([c.id for c in candidates], t("the candidate id"))
        return candidates


# --- the score file -----------------------------------------------------------


class ScoreEntry(_Strict):
    criterion: Annotated[str, Field(max_length=40), AfterValidator(_no_nul)]
    value: int | None = Field(default=None, ge=-1000, le=1000)
    note: LongText = ""


class Sheet(_Strict):
    applicant_id: Id
    applicant_name: Name
    recommendation: Annotated[str, Field(max_length=40), AfterValidator(_no_nul)] | None
    note: LongText = ""
    submitted_at: Moment
    scores: list[ScoreEntry] = Field(max_length=100)

    @field_validator("scores")
    @classmethod
    def _criteria_once_each(cls, scores: list[ScoreEntry]) -> list[ScoreEntry]:
        _unique([s.criterion for s in scores], t("the criterion"))
        return scores


class ScorePayload(_Strict):
    format: Literal["sro-panel score file"]
    version: Literal[1]
    token: Hex32
    round_id: Id
    round_title: Name
    panelist_id: Id
    panelist_name: Name
    exported_at: Moment
    sheets: list[Sheet] = Field(max_length=5000)

    @field_validator("sheets")
    @classmethod
    def _candidates_once_each(cls, sheets: list[Sheet]) -> list[Sheet]:
        _unique([s.applicant_id for s in sheets], t("the candidate id"))
        return sheets


class ScoreFile(_Strict):
    payload: ScorePayload
    signature: Annotated[str, Field(pattern=r"^[0-9a-f]{128}$")]


# --- keys and signatures ------------------------------------------------------------


def new_key_pair() -> tuple[str, str]:
    """(private, public) Ed25519 keys as hexadecimal text."""
    private = Ed25519PrivateKey.generate()
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return private.private_bytes_raw().hex(), public.hex()


def canonical(payload: dict[str, Any]) -> bytes:
    return json.dumps(
        payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    ).encode("utf-8")


def sign(payload: dict[str, Any], private_key: str) -> str:
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_key))
    return key.sign(canonical(payload)).hex()


def signature_holds(payload: dict[str, Any], signature: str, public_key: str) -> bool:
    key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key))
    try:
        key.verify(bytes.fromhex(signature), canonical(payload))
    except (InvalidSignature, ValueError):
        return False
    return True


def round_file_text(body: dict[str, Any]) -> str:
    return json.dumps(body, indent=1, ensure_ascii=False, default=str)


def score_file_text(payload: dict[str, Any], private_key: str) -> str:
    return json.dumps(
        {"payload": payload, "signature": sign(payload, private_key)},
        indent=1,
        ensure_ascii=False,
        default=str,
    )


# --- reading ----------------------------------------------------------------------


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refused past MAX_FILE_BYTES without reading them all."""
    try:
        with path.open("rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise OfflineFileError(t("{path}: no such file", path=path)) from None
    except IsADirectoryError:
        raise OfflineFileError(t("{path}: is a folder, not a file", path=path)) from None
    except OSError as exc:
        raise OfflineFileError(
            t("{path}: cannot be read ({value})", path=path, value=exc.strerror or exc)
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise OfflineFileError(
            t(
                "{path}: larger than {limit} MB",
                path=path,
                limit=MAX_FILE_BYTES // 1000000,
            )
        )
    return data


def _json(data: bytes, source: str, what: str) -> Any:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise OfflineFileError(
            t("{source}: not {what} (not UTF-8 text)", source=source, what=what)
        ) from None
    try:
        return json.loads(text, parse_constant=_no_constant, parse_int=_int)
    except json.JSONDecodeError as exc:
        raise OfflineFileError(
            t(
                "{source}: not {what} (broken JSON at line {lineno})",
                source=source,
                what=what,
                lineno=exc.lineno,
            )
        ) from None
    except RecursionError:
        raise OfflineFileError(
            t(
                "{source}: not {what} (JSON nested too deeply)",
                source=source,
                what=what,
            )
        ) from None
    except ValueError as exc:
        # From the hooks below: an overlong number, or NaN/Infinity (not JSON at all).
        raise OfflineFileError(
            t(
                "{source}: not {what} ({problem})",
                source=source,
                what=what,
                problem=message_of(exc),
            )
        ) from None


def _no_constant(name: str) -> Any:
    raise ValueError(t("{name} is not a JSON number", name=name))


def _int(text: str) -> int:
    # Checked before conversion: no field holds more than 20 digits, and Python's own
    # limit (4,300) would raise a ValueError of another kind, after the work.
    if len(text.lstrip("-")) > 20:
        raise ValueError(t("a number with too many digits"))
    return int(text)


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _fault(source: str, exc: ValidationError) -> OfflineFileError:
    first = exc.errors()[0]
    key = ".".join(str(part) for part in first["loc"]) or "(top)"
    message: str = first["msg"]  # pydantic's own wording stays English
    if first["type"] == "missing":
        message = t("required key is missing")
    elif first["type"] == "extra_forbidden":
        message = t("unknown key")
    elif first["type"] == "value_error" and "error" in first.get("ctx", {}):
        # Our own validators' words, without pydantic's prefix.
        message = message_of(first["ctx"]["error"])
    return OfflineFileError(
        t(
            "{source}: {key}: {message}",
            source=source,
            key=key,
            message=message,
        )
    )


def parse_round_file(data: bytes, source: str) -> RoundFile:
    raw = _json(data, source, "a round file")
    if not isinstance(raw, dict) or raw.get("format") != ROUND_FORMAT:
        raise OfflineFileError(t("{source}: not an SRO Panel round file", source=source))
    if raw.get("version") != FORMAT_VERSION:
        raise OfflineFileError(
            t(
                "{source}: a round file of version {raw}; this app reads version "
                "{version} (it may come from a newer SRO Panel)",
                source=source,
                raw=_shown(raw.get("version")),
                version=FORMAT_VERSION,
            )
        )
    try:
        round_file = RoundFile.model_validate(raw)
    except ValidationError as exc:
        raise _fault(source, exc) from None
    profile = round_file.round.profile
    if sha256(profile.content.encode("utf-8")) != profile.sha256:
        raise OfflineFileError(
            t(
                "{source}: round.profile: the profile's text does not match its SHA-256 (the "
                "file was changed or damaged)",
                source=source,
            )
        )
    try:
        rules = parse_profile(profile.content, profile.source_file).profile
    except ProfileError as exc:
        raise OfflineFileError(
            t(
                "{source}: round.profile: {problem}",
                source=source,
                problem=message_of(exc),
            )
        ) from None
    if round_file.panelist.role_type not in {r.id for r in rules.panel.role_types}:
        raise OfflineFileError(
            t(
                "{source}: panelist.role_type: {role_type} is not a role type of the round's "
                "profile",
                source=source,
                role_type=_shown(round_file.panelist.role_type),
            )
        )
    return round_file


def parse_score_file(data: bytes, source: str) -> tuple[ScoreFile, dict[str, Any]]:
    """The score file and its payload exactly as signed (the signature covers those bytes)."""
    raw = _json(data, source, "a score file")
    payload = raw.get("payload") if isinstance(raw, dict) else None
    if not isinstance(payload, dict) or payload.get("format") != SCORE_FORMAT:
        raise OfflineFileError(t("{source}: not an SRO Panel score file", source=source))
    if payload.get("version") != FORMAT_VERSION:
        raise OfflineFileError(
            t(
                "{source}: a score file of version {payload}; this app reads version "
                "{version} (it may come from a newer SRO Panel)",
                source=source,
                payload=_shown(payload.get("version")),
                version=FORMAT_VERSION,
            )
        )
    try:
        return ScoreFile.model_validate(raw), payload
    except ValidationError as exc:
        raise _fault(source, exc) from None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
