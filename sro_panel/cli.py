"""The `sro-panel` command: the GUI by default, and scriptable commands over the same services.

Errors are one line on stderr and a non-zero exit (2 for bad input); the
traceback of an unexpected failure goes to the log file, never the terminal.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sro_panel import cli_backup
from sro_panel.cli_parser import build_parser
from sro_panel.errors import InputError, SroPanelError
from sro_panel.services.permissions import Role

if TYPE_CHECKING:
    from sro_panel.services.app import Services

log = logging.getLogger("sro_panel")


def _open_for(args: argparse.Namespace) -> Services:
    """The services a command works with: a laptop's local panel, or the database."""
    if getattr(args, "round_file", None) is not None:
        if args.db:
            raise InputError("--round-file opens its own local database; leave out --db")
        from sro_panel.cli_offline import open_local_panel

        return open_local_panel(args.round_file)
    return _open_services(args.db)


def _open_services(url: str | None, *, sign_in: bool = True) -> Services:
    """The database, upgraded, and the services as the signed-in person.

    Once the database has accounts, commands sign in: SRO_PANEL_USER and
    SRO_PANEL_PASSWORD for scripts, or a prompt in a terminal. A database
    without accounts is used as its local administrator.
    """
    from sro_panel.services.app import open_services

    services, backup = open_services(url)
    if backup is not None:
        print(f"sro-panel: upgraded the database; the previous copy is {backup}", file=sys.stderr)
    if not sign_in or not services.accounts.any_accounts():
        return services
    username, password = _credentials()
    return services.as_actor(services.accounts.sign_in(username, password))


def _credentials() -> tuple[str, str]:
    import getpass
    import os

    username = os.environ.get("SRO_PANEL_USER", "")
    password = os.environ.get("SRO_PANEL_PASSWORD", "")
    if username and password:
        return username, password
    if not sys.stdin.isatty():
        raise InputError(
            "this database has accounts: sign in with SRO_PANEL_USER and SRO_PANEL_PASSWORD, "
            "or run the command in a terminal"
        )
    username = username or input("User name: ").strip()
    return username, getpass.getpass("Password: ")


def _cmd_rounds(args: argparse.Namespace) -> int:
    services = _open_for(args)
    rounds = services.rounds.list_rounds()
    if not rounds:
        print("No rounds yet. Create one in the app, or run: sro-panel demo")
        return 0
    print(f"{'ID':>4}  {'STAGE':<14}  {'APPLICANTS':>10}  {'AGENCY':<30}  TITLE")
    for r in rounds:
        print(f"{r.id:>4}  {r.stage:<14}  {r.applicants:>10}  {r.agency:<30}  {r.title}")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from sro_panel.services.demo import DEMO_ACCOUNTS, DemoService

    services = _open_for(args)
    had_accounts = services.accounts.any_accounts()
    result = DemoService(services).write_demo()
    print(
        f"Demo round {result.round_id} written: {result.applicants} applicants "
        f"({result.eligible} eligible), {result.panelists} panelists, "
        f"{result.submitted_sheets} submitted score sheets, {result.draft_sheets} drafts; "
        f"and round {result.round_id + 1}, an earlier selection, decided and closed."
    )
    if not had_accounts:
        print("Demo accounts (for trying the app only):")
        for username, name, role, password in DEMO_ACCOUNTS:
            role_text = role.value.replace("_", " ")
            print(f"  {username:<9} {password:<24} {role_text}: {name}")
    return 0


def _cmd_profile_check(args: argparse.Namespace) -> int:
    from sro_panel.domain.profile import ProfileError, load_profile

    failed = 0
    for path in args.files:
        try:
            loaded = load_profile(path)
        except ProfileError as exc:
            print(f"sro-panel: error: {exc}", file=sys.stderr)
            failed += 1
            continue
        p = loaded.profile
        print(
            f"{path}: ok ({p.id}: {len(p.requirements)} requirements, "
            f"{len(p.rubric.criteria)} rubric criteria, {len(p.panel.rules)} panel rules)"
        )
    return 2 if failed else 0


def _cmd_screening(args: argparse.Namespace) -> int:
    services = _open_for(args)
    round_id = services.rounds.resolve_round_id(args.round_id)
    for item in services.screening.screen_round(round_id):
        print(f"{item.employee_id}  {item.eligibility:<13} {item.name}")
        for r in item.result.results:
            if r.outcome != "pass":
                print(f"    {r.requirement_id} ({r.ref}): {r.outcome}: {r.reason}")
    return 0


def _cmd_results(args: argparse.Namespace) -> int:
    from sro_panel.exports.results_text import results_csv, results_json

    services = _open_for(args)
    round_id = services.rounds.resolve_round_id(args.round_id)
    view = services.results.combined(round_id)
    info = services.rounds.get_round(round_id)
    writer = results_json if args.format == "json" else results_csv
    sys.stdout.write(writer(info, view))
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from sro_panel import cli_offline

    services = _open_for(args)
    if args.kind == "score-file":
        return cli_offline.export_score_file(services, args)
    if args.kind == "round-file":
        return cli_offline.export_round_file(services, args)
    round_id = services.rounds.resolve_round_id(args.round_id)
    panelist_id = (
        None
        if args.panelist is None
        else cli_offline.resolve_panelist(services, round_id, args.panelist)
    )
    if args.kind == "certificates" or args.output.suffix.lower() == ".zip":
        if args.kind != "certificates":
            raise InputError(f"{args.output}: only certificates are written as a .zip")
        work = services.exports.certificates(round_id, args.output)
    elif args.output.suffix.lower() == ".pdf":
        if args.sheet_language is not None and args.kind != "scoresheets":
            raise InputError("--lang goes with scoresheets -o FILE.pdf")
        work = services.exports.pdf(
            args.kind,
            round_id,
            args.output,
            panelist_id=panelist_id,
            filled=args.filled,
            # `sro-panel --lang es export scoresheets ...` reads the same as `--lang` after it.
            language=args.sheet_language or getattr(args, "lang", None) or "en",
        )
    else:
        if args.panelist is not None or args.filled:
            raise InputError("--panelist and --filled go with scoresheets -o FILE.pdf")
        work = services.exports.excel(args.kind, round_id, args.output)
    for _ in work:
        pass
    print(args.output)
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from sro_panel.exports import roster_import as ri

    services = _open_for(args)
    if args.import_kind == "scores":
        from sro_panel.cli_offline import import_scores

        return import_scores(services, args)
    round_id = services.rounds.resolve_round_id(args.round_id)
    table = ri.read_table(args.file, args.sheet)
    mapping = ri.auto_mapping(table.headers, ri.mapping_from_pairs(args.map, table.headers))
    preview = ri.parse(table, mapping, today=services.clock().date())
    errors = preview.errors
    if errors and not args.skip_bad_rows:
        shown = "\n".join(f"  {e}" for e in errors[:20])
        more = f"\n  ... and {len(errors) - 20} more" if len(errors) > 20 else ""
        raise ri.ImportError_(
            f"{table.source}: {len(errors)} problem(s); nothing was imported "
            f"(fix them, or use --skip-bad-rows):\n{shown}{more}"
        )
    result = services.applicants.import_applicants(
        round_id,
        preview.good,
        fields=set(mapping.values()),
        source=table.source,
        skipped=errors,
    )
    print(
        f"Imported from {table.source}: {len(result.added)} added, "
        f"{len(result.updated)} updated, {len(errors)} rows skipped."
    )
    for error in errors:
        print(f"  skipped {error}")
    return 0


def _cmd_screenshots(args: argparse.Namespace) -> int:
    from sro_panel.ui.screenshots import render

    language = getattr(args, "lang", None) or "en"
    for path in render(args.folder, language, dark=args.dark, text_scale=args.text_scale):
        print(path)
    return 0


def open_for_gui(url: str | None) -> Services | None:
    """Open the database; when it cannot be, ask the person for another (None: they quit)."""
    from sro_panel.errors import DatabaseError, DatabaseFileError

    while True:
        try:
            return _open_services(url, sign_in=False)  # the window asks who is acting
        except DatabaseError as exc:
            log.warning("cannot open database: %s", exc)
            from sro_panel.ui.app import make_application
            from sro_panel.ui.dialogs import DatabaseProblem, RestoreBackup
            from sro_panel.ui.message_text import message_text

            make_application()
            choice = DatabaseProblem.ask(
                None, message_text(exc), backup=getattr(exc, "backup", None)
            )
            if isinstance(choice, RestoreBackup):
                from sro_panel.ui.backups_dialog import restore_in_place

                if isinstance(exc, DatabaseFileError):
                    restore_in_place(exc.path, choice.backup)
                continue  # the same database again: restored, or still refused and said why
            if choice is None:
                return None
            url = choice


def _saved_database() -> str | None:
    """The shared database chosen last time in the window, unless SRO_PANEL_DB decides."""
    import os

    from sro_panel.db.engine import ENV_DB

    if os.environ.get(ENV_DB):
        return None
    # The services' modules first: every module imported after PySide6 pays its import hook.
    import sro_panel.services.app  # noqa: F401

    # isort: split
    from sro_panel.ui.connection_dialog import saved_database

    return saved_database()


def import_window_modules() -> None:
    """Import the window and the data layer with the garbage collector off.

    The import makes a few hundred thousand objects that live as long as the app (modules,
    classes, table mappings); collecting while they are being made only walks them again
    and again, nearly a tenth of the start. They are then frozen out of the collector's way.
    """
    gc.disable()
    try:
        # The services' modules first: every module imported after PySide6 pays its
        # import hook.
        import sro_panel.services.app

        # isort: split
        import sro_panel.ui.app  # noqa: F401
    finally:
        gc.freeze()
        gc.enable()


def _start_language(args: argparse.Namespace) -> None:
    """The window's language, before its first dialog (a database that cannot be opened)."""
    from sro_panel.ui.app import make_application
    from sro_panel.ui.i18n import apply_language

    apply_language(make_application(), args.lang)


def _run_gui(args: argparse.Namespace) -> int:
    import_window_modules()
    _start_language(args)
    if args.round_file is not None:
        return _run_local_panel(args)
    url = args.db or (None if args.demo else _saved_database())
    if args.demo:
        folder = Path(tempfile.mkdtemp(prefix="sro-panel-demo-"))
        url = f"sqlite:///{folder / 'demo.db'}"
        _cmd_demo(argparse.Namespace(db=url))
    services = open_for_gui(url)
    if services is None:
        return 1
    from sro_panel.ui.app import run_app

    return run_app(services)


def _run_local_panel(args: argparse.Namespace) -> int:
    """The window on a laptop's local panel, as the panel member the round file is for."""
    from sro_panel.ui.app import make_application, run_app
    from sro_panel.ui.dialogs import ShowError

    try:
        services = _open_for(args)
    except SroPanelError as exc:
        make_application()
        ShowError.ask(None, "SRO Panel", str(exc))
        raise
    return run_app(services, local_panel=True)


def _cmd_accounts(args: argparse.Namespace) -> int:
    import getpass
    import os

    services = _open_for(args)
    if args.accounts_command == "list":
        for row in services.accounts.list_accounts():
            state = "locked" if row.locked else ("active" if row.active else "inactive")
            print(f"{row.username:<20} {row.role.value:<22} {state:<8} {row.display_name}")
        return 0
    if args.accounts_command == "unlock":
        services.accounts.unlock(args.username)
        print(f"{args.username}: unlocked")
        return 0
    if args.accounts_command in ("off", "on"):
        services.accounts.set_active(args.username, args.accounts_command == "on")
        print(f"{args.username}: switched {args.accounts_command}")
        return 0
    password = os.environ.get("SRO_PANEL_NEW_PASSWORD", "")
    if not password:
        if not sys.stdin.isatty():
            raise InputError("set SRO_PANEL_NEW_PASSWORD, or run the command in a terminal")
        password = getpass.getpass(f"Password for {args.username}: ")
        if getpass.getpass("Again: ") != password:
            raise InputError("the two passwords differ; nothing was changed")
    if args.accounts_command == "password":
        services.accounts.reset_password(args.username, password)
        print(f"{args.username}: new password set")
        return 0
    row = services.accounts.add_account(args.username, args.name, Role(args.role), password)
    print(f"{row.username}: added ({row.role.value.replace('_', ' ')})")
    return 0


def _cmd_audit(args: argparse.Namespace) -> int:
    services = _open_for(args)
    result = services.audit.verify()
    head = services.audit.head()
    if not result.ok:
        for problem in result.problems[:SHOWN]:
            print(f"sro-panel: audit: {problem}", file=sys.stderr)
        if len(result.problems) > SHOWN:
            more = len(result.problems) - SHOWN
            print(f"sro-panel: audit: ... and {more} more", file=sys.stderr)
        return VERIFY_FAILED
    print(
        f"Audit trail intact: {result.entries} entries sealed in order, "
        f"{result.sheets} submitted score sheets match their record"
        + (f"; head {head.short()}" if head else "")
    )
    return 0


def _cmd_db(args: argparse.Namespace) -> int:
    services = _open_for(args)
    services.accounts.grant_app_role(args.role)
    print(f"{args.role}: may use the app; audit entries can only be added, never changed")
    return 0


def _cmd_retention(args: argparse.Namespace) -> int:
    services = _open_for(args)
    if args.retention_command == "purge":
        count = services.retention.purge_personnel(args.round_id)
        print(f"round {args.round_id}: personnel details of {count} applicants purged")
        return 0
    states = services.retention.rounds()
    if not states:
        print("No closed rounds.")
    for s in states:
        if s.purged_at is not None:
            when = f"purged {s.purged_at:%Y-%m-%d}"
        else:
            when = f"kept until {s.due_on}" + (" (may be purged now)" if s.purge_now else "")
        print(f"{s.round_id:>4}  closed {s.closed_at:%Y-%m-%d}  {when:<38} {s.title}")
    return 0


VERIFY_FAILED = 6
SHOWN = 10

COMMANDS = {
    "accounts": _cmd_accounts,
    "audit": _cmd_audit,
    "retention": _cmd_retention,
    "db": _cmd_db,
    "rounds": _cmd_rounds,
    "demo": _cmd_demo,
    "screening": _cmd_screening,
    "results": _cmd_results,
    "screenshots": _cmd_screenshots,
    "export": _cmd_export,
    "import": _cmd_import,
    "backup": cli_backup.cmd_backup,
    "restore": cli_backup.cmd_restore,
}


def _setup_logging() -> Path | None:
    from sro_panel.db.engine import user_data_dir

    try:
        folder = user_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "sro-panel.log"
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    log_path = _setup_logging()
    try:
        if args.smoke_test:
            from sro_panel.smoke import run

            return run()
        if args.command == "profile":
            return _cmd_profile_check(args)
        if args.command is None:
            return _run_gui(args)
        return COMMANDS[args.command](args)
    except SroPanelError as exc:
        print(f"sro-panel: error: {exc}", file=sys.stderr)
        if hint := cli_backup.restore_hint(exc, args):
            print(f"sro-panel: {hint}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("sro-panel: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        log.exception("unexpected error")
        where = f" (details in {log_path})" if log_path else ""
        print(f"sro-panel: internal error: {type(exc).__name__}: {exc}{where}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
