"""Every untrusted-file reader, fuzzed: a malformed file ends in the reader's own error."""

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.reliability import fuzz

READERS = pytest.mark.parametrize("reader", fuzz.READERS, ids=lambda r: r.name)


def _write(tmp_path: Path, reader: fuzz.Reader, data: bytes) -> Path:
    path = tmp_path / f"hostile{reader.suffix}"
    path.write_bytes(data)
    return path


@READERS
def test_each_readers_sample_is_read(reader, tmp_path):
    assert fuzz.outcome(reader, _write(tmp_path, reader, reader.sample())) is not None


@READERS
def test_damaged_bytes_end_in_the_readers_own_error(reader, tmp_path):
    sample = reader.sample()

    @fuzz.examples(60)
    @given(data=fuzz.byte_mutations(sample))
    def check(data: bytes) -> None:
        fuzz.outcome(reader, _write(tmp_path, reader, data))

    check()


@READERS
def test_arbitrary_bytes_end_in_the_readers_own_error(reader, tmp_path):
    @fuzz.examples(40)
    @given(data=st.binary(max_size=2000))
    def check(data: bytes) -> None:
        assert fuzz.outcome(reader, _write(tmp_path, reader, data)) is None

    check()


@pytest.mark.parametrize("reader", fuzz.BY_SHAPE["json"], ids=lambda r: r.name)
def test_json_files_with_changed_values_end_in_the_readers_own_error(reader, tmp_path):
    tree = json.loads(reader.sample())

    @fuzz.examples(80)
    @given(changed=fuzz.tree_mutations(tree))
    def check(changed: object) -> None:
        text = json.dumps(changed, ensure_ascii=False)
        fuzz.outcome(reader, _write(tmp_path, reader, text.encode("utf-8", "surrogatepass")))

    check()


@pytest.mark.parametrize("reader", fuzz.BY_SHAPE["toml"], ids=lambda r: r.name)
def test_profiles_with_changed_values_end_in_a_profile_error(reader, tmp_path):
    tree = fuzz.profile_tree()

    @fuzz.examples(80)
    @given(changed=fuzz.tree_mutations(tree))
    def check(changed: dict) -> None:
        text = fuzz.toml_text(changed)
        fuzz.outcome(reader, _write(tmp_path, reader, text.encode("utf-8", "surrogatepass")))

    check()


# openpyxl warns about the very damage these workbooks are made with; the outcome is checked.
@pytest.mark.filterwarnings("ignore::UserWarning:openpyxl")
@pytest.mark.parametrize("reader", fuzz.BY_SHAPE["zip"], ids=lambda r: r.name)
def test_workbooks_with_swapped_or_damaged_parts_end_in_an_import_error(reader, tmp_path):
    sample = reader.sample()

    @fuzz.examples(80)
    @given(data=fuzz.member_mutations(sample))
    def check(data: bytes) -> None:
        fuzz.outcome(reader, _write(tmp_path, reader, data))

    check()


@fuzz.examples(60)
@given(
    rows=st.lists(
        st.lists(
            st.one_of(
                st.none(),
                st.text(max_size=50).filter(lambda s: "\x00" not in s),
                st.integers(-(10**15), 10**15),
                st.floats(allow_nan=False, allow_infinity=False),
                st.booleans(),
                st.dates(),
                st.datetimes(),
                st.times(),
            ),
            max_size=6,
        ),
        max_size=6,
    )
)
def test_any_cells_under_the_header_end_in_rows_or_row_errors(rows, tmp_path_factory):
    from openpyxl.utils.exceptions import IllegalCharacterError

    try:
        data = fuzz.roster_sample(rows)
    except IllegalCharacterError:
        return  # Excel itself cannot hold the value
    reader = fuzz.READERS[1]
    path = tmp_path_factory.mktemp("roster") / "cells.xlsx"
    path.write_bytes(data)
    preview = fuzz.outcome(reader, path)
    if preview is not None:
        for row in preview.rows:
            assert row.data is not None or all(e.startswith(f"row {row.row}, ") for e in row.errors)
