"""Build the one-folder bundle, check it, and on Windows wrap it in the installer.

    python installer/build.py [--dist DIR] [--work DIR] [--smoke] [--setup]

- PyInstaller builds DIR/sro-panel from installer/sro-panel.spec (default DIR: dist/).
- --smoke runs the bundled app's own `--smoke-test`; a failure fails the build.
- --setup (Windows) compiles installer/sro-panel.iss with Inno Setup's ISCC, the
  version from pyproject.toml injected, into DIR/sro-panel-VERSION-setup.exe.
  ISCC is found through $ISCC, then PATH, then Inno Setup 6's default folder.

Exits non-zero with the reason when any step fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
WINDOWS = sys.platform == "win32"
ISCC_DEFAULT = Path(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")


def project_version() -> str:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(pyproject["project"]["version"])


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def bundled_command(bundle: Path) -> Path:
    return bundle / ("sro-panel.exe" if WINDOWS else "sro-panel")


def build_bundle(dist: Path, work: Path) -> Path:
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(dist), "--workpath", str(work),
            str(INSTALLER / "sro-panel.spec"),
        ],
        check=True,
        cwd=ROOT,
    )  # fmt: skip
    bundle = dist / "sro-panel"
    if not bundled_command(bundle).is_file():
        raise SystemExit(f"build.py: PyInstaller finished but {bundled_command(bundle)} is missing")
    return bundle


def smoke(bundle: Path) -> None:
    result = subprocess.run([str(bundled_command(bundle)), "--smoke-test"], check=False)
    if result.returncode != 0:
        raise SystemExit(f"build.py: the bundled app's smoke test failed ({result.returncode})")


def find_iscc() -> Path:
    for candidate in (os.environ.get("ISCC"), shutil.which("ISCC"), str(ISCC_DEFAULT)):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    raise SystemExit("build.py: Inno Setup's ISCC.exe not found: install Inno Setup 6, or set ISCC")


def setup(bundle: Path, dist: Path) -> Path:
    if not WINDOWS:
        raise SystemExit("build.py: --setup builds the Windows installer; run it on Windows")
    version = project_version()
    subprocess.run(
        [
            str(find_iscc()), f"/DAppVersion={version}", f"/DBundleDir={bundle}",
            f"/DOutputDir={dist}", str(INSTALLER / "sro-panel.iss"),
        ],
        check=True,
    )  # fmt: skip
    return dist / f"sro-panel-{version}-setup.exe"


def main() -> int:
    parser = argparse.ArgumentParser(prog="installer/build.py", description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's files")
    parser.add_argument("--smoke", action="store_true", help="run the bundled app's smoke test")
    parser.add_argument("--setup", action="store_true", help="build the Windows installer too")
    args = parser.parse_args()
    start = time.perf_counter()
    try:
        bundle = build_bundle(args.dist.resolve(), args.work.resolve())
        print(
            f"bundle: {bundle} ({folder_size(bundle) / 2**20:.0f} MB, version "
            f"{project_version()}, built in {time.perf_counter() - start:.0f} s)"
        )
        if args.smoke:
            smoke(bundle)
        if args.setup:
            print(f"installer: {setup(bundle, args.dist.resolve())}")
    except subprocess.CalledProcessError as exc:
        print(f"build.py: {Path(exc.cmd[0]).name} failed ({exc.returncode})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
