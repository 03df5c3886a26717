"""A panelist's draft edits kept on the laptop while the shared database is out of reach.

When the network drops mid-sheet, a save fails with ConnectionLost. The edit is
then kept here, in a small file in the user-data folder (so a laptop that also
dies loses nothing), and replayed in order once the server answers again. Each
replay carries the sheet version the panelist last saw, so a sheet changed
elsewhere in the meantime is refused and said so, never overwritten. Submitting
is never queued: it waits for the connection, with the panelist's confirmation.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sro_panel.errors import ConnectionLost, NotSaved, SroPanelError
from sro_panel.exports.files import write_atomically
from sro_panel.messages import join, message_of, t

if TYPE_CHECKING:
    from sro_panel.services.app import Services
    from sro_panel.services.scoring import ScoringService, SheetView

OVERALL = ""  # the key of the overall recommendation and comments
FILE_NAME = "offline-drafts.json"


def default_path() -> Path:
    """The drafts file in the user-data folder, beside the log."""
    from sro_panel.db.engine import user_data_dir

    return user_data_dir() / FILE_NAME


def database_label(services: Services) -> str:
    """Which database the drafts belong to: its URL, never its password."""
    return services.db.url.render_as_string(hide_password=True)


@dataclass(frozen=True)
class DraftEdit:
    panelist_id: int
    applicant_id: int
    key: str  # a criterion key, or OVERALL
    value: int | None = None
    note: str | None = None
    recommendation: str | None = None

    @property
    def sheet(self) -> tuple[int, int]:
        return (self.panelist_id, self.applicant_id)


@dataclass
class Flushed:
    """What a replay did: edits saved, and sheets refused with the reason and what was lost."""

    saved: int = 0
    refused: list[str] = field(default_factory=list)


class OfflineDrafts:
    """The edits waiting for the server, for one database, kept in `path`."""

    def __init__(self, path: Path, database: str) -> None:
        self.path = path
        self.database = database  # the database's URL without its password
        self._edits: list[DraftEdit] = []
        self._base_version: dict[tuple[int, int], int | None] = {}
        # Why the last edit was kept: the server out of reach, or a database that cannot
        # take changes (its disk full, or read-only) while the window keeps them.
        self.cause: ConnectionLost | NotSaved | None = None
        self._on_disk = True  # the file holds every kept edit
        self._load()

    def __len__(self) -> int:
        return len(self._edits)

    def waiting(self, panelist_ids: frozenset[int] | set[int]) -> list[DraftEdit]:
        return [e for e in self._edits if e.panelist_id in panelist_ids]

    def only_in_memory(self) -> int:
        """How many kept edits no file holds (this disk full or read-only too): they are
        lost if the window closes. The file is tried again first."""
        if self._edits and not self._on_disk:
            self._write()
        return 0 if self._on_disk else len(self._edits)

    def save(self, services: Services, edit: DraftEdit, version: int | None) -> SheetView | None:
        """Save now if nothing waits and the server answers; otherwise keep the edit.

        `version` is the sheet's version as the panelist last saw it. Returns the
        saved sheet, or None when the edit was kept on this laptop.
        """
        # While edits wait, the server is known to be out of reach: keep this one too
        # rather than make the panelist wait on another connection attempt (the
        # caller's retry replays them all, in order, then reloads the sheet).
        if not self.waiting({edit.panelist_id}):
            try:
                return _apply(services, edit, version)
            except (ConnectionLost, NotSaved) as exc:
                self.cause = exc
        if not any(e.sheet == edit.sheet for e in self._edits):
            self._base_version[edit.sheet] = version  # what the replay is checked against
        self._keep(edit)
        return None

    def flush(self, services: Services, panelist_ids: set[int] | frozenset[int]) -> Flushed:
        """Replay the kept edits of these seats, oldest first; stops while still offline."""
        result = Flushed()
        for sheet in dict.fromkeys(e.sheet for e in self._edits if e.panelist_id in panelist_ids):
            edits = [e for e in self._edits if e.sheet == sheet]
            version = self._base_version.get(sheet)
            try:
                for edit in edits:
                    version = _apply(services, edit, version).version
                    self._drop([edit])
                    result.saved += 1
            except (ConnectionLost, NotSaved) as exc:
                self.cause = exc
                self._base_version[sheet] = version
                break
            except SroPanelError as exc:  # changed elsewhere meanwhile, or no longer allowed
                left = [e for e in self._edits if e.sheet == sheet]
                result.refused.append(_describe_refusal(services, sheet, left, exc))
                self._drop(left)
        return result

    # --- the file -----------------------------------------------------------------

    def _keep(self, edit: DraftEdit) -> None:
        # A later edit of the same field replaces the earlier one, keeping a note the
        # later edit did not touch (a level chosen after typing a note keeps the note).
        same = [e for e in self._edits if (e.sheet, e.key) == (edit.sheet, edit.key)]
        if same and edit.note is None:
            edit = replace(edit, note=same[-1].note)
        self._edits = [e for e in self._edits if e not in same] + [edit]
        self._write()

    def _drop(self, edits: list[DraftEdit]) -> None:
        self._edits = [e for e in self._edits if e not in edits]
        for sheet in {e.sheet for e in edits} - {e.sheet for e in self._edits}:
            self._base_version.pop(sheet, None)
        self._write()

    def _write(self) -> None:
        data = {
            "database": self.database,
            "edits": [asdict(e) for e in self._edits],
            "versions": [[p, a, v] for (p, a), v in self._base_version.items()],
        }

        def write(tmp: str) -> None:
            Path(tmp).write_text(json.dumps(data, indent=1), "utf-8")

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path, write)
        except (OSError, SroPanelError):
            self._on_disk = False  # this disk is full or read-only too: in memory only
        else:
            self._on_disk = True

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text("utf-8"))
            if not isinstance(data, dict) or data.get("database") != self.database:
                return  # another database's drafts; they stay in the file until that one is used
            edits = [_edit(e) for e in data.get("edits", [])]
            versions = {(p, a): v for p, a, v in map(_version, data.get("versions", []))}
        except FileNotFoundError:
            return
        except (OSError, ValueError, TypeError, RecursionError):
            # Unreadable or damaged: set aside, never deleted, so a person can still look at it.
            self.path.replace(self.path.with_suffix(".unreadable.json"))
            return
        self._edits = edits
        self._base_version = versions


def _edit(item: object) -> DraftEdit:
    """One kept edit as written by `_write`; anything else is a damaged file (ValueError)."""
    if not (
        isinstance(item, dict)
        and {"panelist_id", "applicant_id", "key"} <= set(item) <= EDIT_FIELDS
    ):
        raise ValueError("not a kept edit")
    edit = DraftEdit(**item)
    if not (
        _is_int(edit.panelist_id)
        and _is_int(edit.applicant_id)
        and isinstance(edit.key, str)
        and (edit.value is None or _is_int(edit.value))
        and all(x is None or isinstance(x, str) for x in (edit.note, edit.recommendation))
    ):
        raise ValueError("not a kept edit")
    return edit


EDIT_FIELDS = {"panelist_id", "applicant_id", "key", "value", "note", "recommendation"}


def _version(item: object) -> tuple[int, int, int | None]:
    if not (
        isinstance(item, list)
        and len(item) == 3
        and _is_int(item[0])
        and _is_int(item[1])
        and (item[2] is None or _is_int(item[2]))
    ):
        raise ValueError("not a sheet version")
    return item[0], item[1], item[2]


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _apply(services: Services, edit: DraftEdit, version: int | None) -> SheetView:
    return apply_edit(services.scoring, edit, version)


def apply_edit(scoring: ScoringService, edit: DraftEdit, version: int | None) -> SheetView:
    """One edit saved through `scoring` (a panelist's own, or keyed in from paper)."""
    if edit.key == OVERALL:
        return scoring.save_overall(
            edit.panelist_id,
            edit.applicant_id,
            recommendation=edit.recommendation,
            note=edit.note,
            expected_version=version,
        )
    return scoring.save_score(
        edit.panelist_id,
        edit.applicant_id,
        edit.key,
        value=edit.value,
        note=edit.note,
        expected_version=version,
    )


def _describe_refusal(
    services: Services, sheet: tuple[int, int], edits: list[DraftEdit], exc: Exception
) -> str:
    try:
        name = services.scoring.sheet(*sheet).applicant_name
    except SroPanelError:
        name = t("candidate {number}", number=sheet[1])
    what: list[str] = []
    for e in edits:
        if e.key == OVERALL:
            what.append(t("recommendation {choice}", choice=e.recommendation or "-"))
        else:
            what.append(f"{e.key} = {e.value if e.value is not None else '-'}")
    return t(
        "{name}: not saved ({problem}); what you entered offline: {what}",
        name=name,
        problem=message_of(exc),
        what=join(what),
    )
