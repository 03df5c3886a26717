"""Password rules: long enough, and not one of the passwords everybody tries first.

No hints and no composition rules (NIST SP 800-63B): at least 12 characters,
refused when it is a common password, a keyboard or number run, one character
repeated, or a common word with digits and symbols stuck on.
"""

from __future__ import annotations

import functools
import re

from sro_panel.errors import FieldError
from sro_panel.messages import t
from sro_panel.paths import resources_dir

MIN_LENGTH = 12
MAX_LENGTH = 256
RUNS = (
    "01234567890123456789",
    "abcdefghijklmnopqrstuvwxyz",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "qwertzuiop",
    "azertyuiop",
)  # fmt: skip (digits twice: runs wrap past 0)


@functools.cache
def common_passwords() -> frozenset[str]:
    """The shipped list (resources/common-passwords.txt), lower-cased."""
    text = (resources_dir() / "common-passwords.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().casefold() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


def _is_run(text: str) -> bool:
    return any(text in run or text in run[::-1] for run in RUNS) and len(text) >= 6


def check_password(password: str, *, username: str = "") -> None:
    """Refuse a password a guesser would try early, naming the field and the reason."""
    if len(password) < MIN_LENGTH:
        raise FieldError(t("Password"), t("must be at least {limit} characters", limit=MIN_LENGTH))
    if len(password) > MAX_LENGTH:
        raise FieldError(t("Password"), t("must be at most {limit} characters", limit=MAX_LENGTH))
    folded = password.casefold()
    core = re.sub(r"^[\W\d_]+|[\W\d_]+$", "", folded)  # the word without stuck-on digits
    common = common_passwords()
    if folded in common or core in common or (core and _is_run(core)) or _is_run(folded):
        raise FieldError(
            t("Password"), t("is a common password; choose a longer phrase of your own")
        )
    if len(set(folded)) <= 2:
        raise FieldError(
            t("Password"), t("repeats the same characters; choose a phrase of your own")
        )
    if username and username.casefold() in folded:
        raise FieldError(t("Password"), t("contains the user name"))
