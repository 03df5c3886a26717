"""The `Messages` catalogue holds every `t()` template, each translated, placeholders kept."""

import pytest

from tools import message_catalog


@pytest.mark.parametrize("path", message_catalog.catalogues(), ids=lambda p: p.name)
def test_the_catalogue_is_complete(path):
    problems = message_catalog.problems(path, message_catalog.templates())
    assert not problems, "\n".join(problems[:40])


def test_the_catalogue_check_finds_missing_and_unfinished(tmp_path):
    path = tmp_path / "messages_xx.ts"
    message_catalog.write_catalogue(
        path,
        "xx",
        [
            message_catalog.Entry("{a} done", "{a} hecho", True),
            message_catalog.Entry("half", "", False),
            message_catalog.Entry("gone", "ido", True),
            message_catalog.Entry("{b} lost", "perdido", True),
        ],
    )
    found = message_catalog.problems(path, ["{a} done", "half", "new", "{b} lost"])
    assert found == [
        "unfinished: 'half'",
        "missing: 'new'",
        "placeholders differ: '{b} lost' -> 'perdido'",
        "obsolete: 'gone'",
    ]
    message_catalog.refresh(path, ["{a} done", "new"])
    _, entries = message_catalog.read_catalogue(path)
    assert [(e.source, e.translation, e.finished) for e in entries] == [
        ("{a} done", "{a} hecho", True),
        ("new", "", False),
    ]
