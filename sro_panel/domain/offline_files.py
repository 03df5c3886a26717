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
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from sro_panel.errors import InputError
from sro_panel.messages import t

ROUND_FORMAT = "sro-panel round file"
SCORE_FORMAT = "sro-panel score file"
FORMAT_VERSION = 1
ROUND_SUFFIX = ".sroround"
SCORE_SUFFIX = ".sroscores"
MAX_FILE_BYTES = 20_000_000

Hex32 = Annotated[str, Field(pattern=r"^[0-9a-f]{32}$")]
Hex64 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
Name = Annotated[str, Field(max_length=300)]
LongText = Annotated[str, Field(max_length=20_000)]
Id = Annotated[int, Field(ge=1, lt=2**62)]


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


class Slot(_Strict):
    kind: Name
    starts_at: dt.datetime
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
    interview_format: Name
    profile: Profile
    criteria: list[Criterion] = Field(min_length=1, max_length=100)


class RoundFile(_Strict):
    format: Literal["sro-panel round file"]
    version: Literal[1]
    token: Hex32
    issued_at: dt.datetime
    issued_by: Name
    round: RoundPart
    panelist: Seat
    candidates: list[Candidate] = Field(max_length=5000)
    signing_key: Hex64


# --- the score file -----------------------------------------------------------


class ScoreEntry(_Strict):
    criterion: Annotated[str, Field(max_length=40)]
    value: int | None = Field(default=None, ge=-1000, le=1000)
    note: LongText = ""


class Sheet(_Strict):
    applicant_id: Id
    applicant_name: Name
    recommendation: Annotated[str, Field(max_length=40)] | None
    note: LongText = ""
    submitted_at: dt.datetime
    scores: list[ScoreEntry] = Field(max_length=100)


class ScorePayload(_Strict):
    format: Literal["sro-panel score file"]
    version: Literal[1]
    token: Hex32
    round_id: Id
    round_title: Name
    panelist_id: Id
    panelist_name: Name
    exported_at: dt.datetime
    sheets: list[Sheet] = Field(max_length=5000)


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
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        where = f" at line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else ""
        raise OfflineFileError(
            t("{source}: not {what} (broken JSON{where})", source=source, what=what, where=where)
        ) from None


def _fault(source: str, exc: ValidationError) -> OfflineFileError:
    first = exc.errors()[0]
    key = ".".join(str(part) for part in first["loc"]) or "(top)"
    message = {"missing": "required key is missing", "extra_forbidden": "unknown key"}.get(
        first["type"], first["msg"]
    )
    return OfflineFileError(
        t("{source}: {key}: {message}", source=source, key=key, message=message)
    )


def parse_round_file(data: bytes, source: str) -> RoundFile:
    raw = _json(data, source, "a round file")
    if not isinstance(raw, dict) or raw.get("format") != ROUND_FORMAT:
        raise OfflineFileError(t("{source}: not an SRO Panel round file", source=source))
    if raw.get("version") != FORMAT_VERSION:
        raise OfflineFileError(
            t(
                "{source}: a round file of version {raw!r}; this app reads version "
                "{version} (it may come from a newer SRO Panel)",
                source=source,
                raw=raw.get("version"),
                version=FORMAT_VERSION,
            )
        )
    try:
        return RoundFile.model_validate(raw)
    except ValidationError as exc:
        raise _fault(source, exc) from None


def parse_score_file(data: bytes, source: str) -> tuple[ScoreFile, dict[str, Any]]:
    """The score file and its payload exactly as signed (the signature covers those bytes)."""
    raw = _json(data, source, "a score file")
    payload = raw.get("payload") if isinstance(raw, dict) else None
    if not isinstance(payload, dict) or payload.get("format") != SCORE_FORMAT:
        raise OfflineFileError(t("{source}: not an SRO Panel score file", source=source))
    if payload.get("version") != FORMAT_VERSION:
        raise OfflineFileError(
            t(
                "{source}: a score file of version {payload!r}; this app reads version "
                "{version} (it may come from a newer SRO Panel)",
                source=source,
                payload=payload.get("version"),
                version=FORMAT_VERSION,
            )
        )
    try:
        return ScoreFile.model_validate(raw), payload
    except ValidationError as exc:
        raise _fault(source, exc) from None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
