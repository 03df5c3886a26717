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


def test_a_full_disk_or_a_read_only_folder_is_said_in_plain_words(tmp_path, monkeypatch):
    import errno

    from sro_panel.exports import files

    target = tmp_path / "out.xlsx"
    target.write_bytes(b"earlier")

    def full(tmp):
        with open(tmp, "wb") as out:
            out.write(b"PK half a workbook")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(InputError, match=r"the disk is full\. Nothing was written"):
        write_atomically(target, full)

    def read_only_folder(*args, **kwargs):  # what the OS answers on a read-only mount
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(files.tempfile, "mkstemp", read_only_folder)
    with pytest.raises(InputError, match="the folder is read-only"):
        write_atomically(target, full)
    assert target.read_bytes() == b"earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]
