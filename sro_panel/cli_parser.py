"""The `sro-panel` command line's grammar: its commands, options and help texts."""

from __future__ import annotations

import argparse
from pathlib import Path

from sro_panel import __version__, cli_backup
from sro_panel.services.permissions import Role


def build_parser() -> argparse.ArgumentParser:
    """Every command, option and help text of `sro-panel`."""
    parser = argparse.ArgumentParser(
        prog="sro-panel",
        description="Select, train and assign School Resource Officers.",
    )
    parser.add_argument("--version", action="version", version=f"sro-panel {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database: a SQLite path or URL, or postgresql+psycopg://user@host/db "
        "(default: $SRO_PANEL_DB, else a SQLite file in the user-data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the app on a fresh demo database in a temporary folder",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "es"),
        help="the window's language, this time (default: Settings > Language, else the "
        "system's language)",
    )
    parser.add_argument(
        "--round-file",
        type=Path,
        metavar="FILE",
        help="work on this laptop as the panel member a round file was made for (the window, "
        "or a command such as export score-file); the first opening makes a local database",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check this copy of the app is whole (database, exports, window) in a "
        "temporary folder, then exit: 0 if it is",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("rounds", help="list the selection rounds")
    sub.add_parser("demo", help="write the demo round into the database")
    profile = sub.add_parser("profile", help="agency profiles")
    profile_sub = profile.add_subparsers(dest="profile_command", metavar="ACTION", required=True)
    check = profile_sub.add_parser("check", help="validate agency profile files")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    screen = sub.add_parser("screening", help="print each applicant's screening result")
    screen.add_argument("--round", type=int, dest="round_id", metavar="ID")
    export = sub.add_parser(
        "export",
        help="write a PDF (packet, scoresheets, screening, compliance), an Excel file "
        "(roster, screening, scores, selection, trained), the certificates zip of a round, "
        "a panel member's round file (round-file --panelist), or, on a laptop opened with "
        "--round-file, its signed score file (score-file)",
        description="The file's suffix chooses the format: screening -o FILE.pdf is the "
        "printed report, screening -o FILE.xlsx the spreadsheet.",
    )
    export.add_argument(
        "kind",
        choices=(
            "packet",
            "scoresheets",
            "roster",
            "screening",
            "scores",
            "selection",
            "trained",
            "compliance",
            "certificates",
            "round-file",
            "score-file",
        ),
    )
    export.add_argument("--round", type=int, dest="round_id", metavar="ID")
    export.add_argument(
        "--panelist",
        metavar="ID|NAME",
        help="scoresheets: only this panel member's sheets; round-file: the member it is for",
    )
    export.add_argument(
        "--filled",
        action="store_true",
        help="scoresheets: the panel member's own submitted sheets, filled in, to sign",
    )
    export.add_argument(
        "--lang",
        dest="sheet_language",
        choices=("en", "es"),
        default=None,
        help="scoresheets: the sheets' language (the rubric's Spanish where the profile has it)",
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    imp = sub.add_parser(
        "import", help="import HR's applicant spreadsheet (.xlsx) or a panel member's score file"
    )
    imp_sub = imp.add_subparsers(dest="import_kind", metavar="WHAT", required=True)
    imp_scores = imp_sub.add_parser(
        "scores", help="take in the signed score file of a panel member who scored offline"
    )
    imp_scores.add_argument("file", type=Path, metavar="FILE.sroscores")
    imp_scores.add_argument("--round", type=int, dest="round_id", metavar="ID")
    imp_scores.add_argument(
        "--panelist", metavar="ID|NAME", help="refuse the file unless it is this member's"
    )
    imp_app = imp_sub.add_parser("applicants", help="add or update applicants from an .xlsx")
    imp_app.add_argument("file", type=Path, metavar="FILE.xlsx")
    imp_app.add_argument("--round", type=int, dest="round_id", metavar="ID")
    imp_app.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first)")
    imp_app.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="read COLUMN as FIELD (e.g. 'Hire date=service_start'); may repeat",
    )
    imp_app.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows and list the bad ones (default: import nothing if any is bad)",
    )
    shots = sub.add_parser("screenshots", help="render every page of the demo round to PNG")
    shots.add_argument("folder", type=Path, metavar="DIR")
    shots.add_argument(
        "--lang", choices=("en", "es"), default=argparse.SUPPRESS, help="render in this language"
    )
    shots.add_argument("--dark", action="store_true", help="as a dark system palette shows it")
    shots.add_argument(
        "--text-scale",
        type=float,
        default=1.0,
        metavar="X",
        help="the system's text X times larger",
    )
    accounts = sub.add_parser("accounts", help="user accounts (the administrator)")
    accounts_sub = accounts.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)
    accounts_sub.add_parser("list", help="every account, its role and whether it is locked")
    add = accounts_sub.add_parser(
        "add", help="add an account; the password is read from SRO_PANEL_NEW_PASSWORD or asked"
    )
    add.add_argument("username", metavar="USER")
    add.add_argument("--name", required=True, help="the person's name as the app shows it")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    unlock = accounts_sub.add_parser("unlock", help="unlock an account locked by failed sign-ins")
    unlock.add_argument("username", metavar="USER")
    password = accounts_sub.add_parser(
        "password", help="set a new password (read like 'add's) for someone who forgot theirs"
    )
    password.add_argument("username", metavar="USER")
    for action, text in (("off", "switch an account off (kept, cannot sign in)"),
                         ("on", "switch an account on again")):  # fmt: skip
        accounts_sub.add_parser(action, help=text).add_argument("username", metavar="USER")
    audit = sub.add_parser("audit", help="the audit trail")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_sub.add_parser(
        "verify",
        help="check every entry's seal and every submitted score; exit 6 at the first break",
    )
    dbp = sub.add_parser("db", help="the shared PostgreSQL database (its owner)")
    db_sub = dbp.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    app_role = db_sub.add_parser(
        "app-role",
        help="let ROLE use the app but only add to the audit trail (run again after upgrades)",
    )
    app_role.add_argument("role", metavar="ROLE")
    retention = sub.add_parser(
        "retention", help="closed rounds: when their personnel details may be purged"
    )
    retention_sub = retention.add_subparsers(dest="retention_command", metavar="ACTION")
    purge = retention_sub.add_parser(
        "purge", help="purge a closed round's personnel details once its period has run"
    )
    purge.add_argument("--round", type=int, dest="round_id", metavar="ID", required=True)
    results = sub.add_parser("results", help="print the combined results for scripts")
    results.add_argument("--round", type=int, dest="round_id", metavar="ID")
    results.add_argument("--format", choices=("json", "csv"), default="json")
    cli_backup.add_parsers(sub)
    return parser
