"""Export files appear whole or not at all."""

import pytest

from sro_panel.errors import InputError
from sro_panel.exports.files import write_atomically


def test_a_write_that_fails_midway_leaves_neither_file_nor_temporary(tmp_path):
    target = tmp_path / "out.pdf"

    def write(tmp):
        with open(tmp, "wb") as out:
            out.write(b"%PDF- half")
        raise OSError(28, "No space left on device")

    with pytest.raises(InputError, match=r"out\.pdf: could not be written \(No space left"):
        write_atomically(target, write)
    assert list(tmp_path.iterdir()) == []


def test_an_earlier_file_survives_a_failed_write(tmp_path):
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"earlier")

    def write(tmp):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, write)
    assert target.read_bytes() == b"earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]
