"""Small text helpers: for widgets that show rich text, and marking texts to translate."""


def html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for the catalogue in `context`; translated later where it is shown,
    with `QCoreApplication.translate(context, text)`. Typed as a str, unlike Qt's own."""
    return text
