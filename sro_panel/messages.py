"""Texts a person reads that are made outside the window: English now, translatable later.

Services, domain rules and file readers have no Qt, so they cannot call `tr()`.
They build their messages with `t("... {name} ...", name=value)`, which returns
a `Text`: an ordinary `str` holding the English sentence (so the command line,
logs and callers that compare strings keep working unchanged) that also
remembers its template and values. The window (`ui/message_text.py`) looks the
template up in the `Messages` translation catalogue and formats it again with
the values, themselves translated when they are `Text` too.

`tools/message_catalog.py` collects every `t("literal")` template into
`resources/translations/messages_<lang>.ts`; the template must therefore be a
string literal at the call.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


class Text(str):
    """An English text that remembers the template and values it was made from."""

    template: str
    values: Mapping[str, Any]

    def __new__(cls, template: str, values: Mapping[str, Any]) -> Text:
        obj = super().__new__(cls, template.format(**values) if values else template)
        obj.template = template
        obj.values = dict(values)
        return obj

    def __reduce__(self) -> tuple[Any, ...]:
        return (Text, (self.template, dict(self.values)))


def t(template: str, /, **values: Any) -> Text:
    """The English text of `template` with `values`; translated by the window when shown."""
    return Text(template, values)


def message_of(value: object) -> str:
    """The text of an error (its `Text` kept when it has one) or of any other value."""
    if isinstance(value, BaseException):
        if value.args and isinstance(value.args[0], Text) and len(value.args) == 1:
            return value.args[0]
        return str(value)
    if isinstance(value, str):
        return value
    return str(value)


def join(texts: Sequence[str], separator: str = ", ") -> str:
    """Texts joined by a separator, each part that is a `Text` still translatable."""
    template = (
        separator.replace("{", "{{").replace("}", "}}").join(f"{{_{i}}}" for i in range(len(texts)))
    )
    return Text(template, {f"_{i}": x for i, x in enumerate(texts)})
