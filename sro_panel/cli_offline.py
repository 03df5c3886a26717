"""The command line's offline-panel commands: round files out, score files in, and the
laptop's local panel (`--round-file`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from sro_panel.errors import InputError

if TYPE_CHECKING:
    from sro_panel.services.app import Services


def open_local_panel(round_file: Path) -> Services:
    from sro_panel.services.local_panel import open_local_panel as open_panel

    return open_panel(round_file)


def resolve_panelist(services: Services, round_id: int, wanted: str) -> int:
    """A panel member by id or by name (as the panel list shows it)."""
    rows = services.panel.list_panelists(round_id)
    for row in rows:
        if wanted.strip().isdigit() and row.id == int(wanted):
            return row.id
        if row.label.casefold() == wanted.strip().casefold():
            return row.id
    panel = ", ".join(f"{r.label} (id {r.id})" for r in rows) or "nobody yet"
    raise InputError(f"--panelist {wanted}: not on round {round_id}'s panel; the panel: {panel}")


def export_round_file(services: Services, args: argparse.Namespace) -> int:
    if args.panelist is None:
        raise InputError("round-file needs --panelist: the panel member whose laptop it is for")
    round_id = services.rounds.resolve_round_id(args.round_id)
    panelist_id = resolve_panelist(services, round_id, args.panelist)
    out = services.offline.write_round_file(round_id, panelist_id, args.output)
    print(f"{out.path}: round file for {out.panelist}, {out.candidates} candidates")
    return 0


def export_score_file(services: Services, args: argparse.Namespace) -> int:
    out = services.local_panel.write_score_file(args.output)
    print(f"{out.path}: {out.sheets} submitted sheet(s)")
    if out.not_submitted:
        print(f"  not submitted yet, not in the file: {', '.join(out.not_submitted)}")
    return 0


def import_scores(services: Services, args: argparse.Namespace) -> int:
    panelist_id = None
    if args.panelist is not None:
        round_id = services.rounds.resolve_round_id(args.round_id)
        panelist_id = resolve_panelist(services, round_id, args.panelist)
    result = services.offline.import_scores(
        args.file, round_id=args.round_id, panelist_id=panelist_id
    )
    print(f"{args.file}: {result.summary()}")
    return 0
