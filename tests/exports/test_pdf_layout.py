"""The PDF frame's shortcuts lay text out exactly as ReportLab's general path would."""

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from sro_panel.exports import pdf

TEXTS = [
    "Candidate 0019",
    "Renée St. Clair",
    "Soo-jin Nguyễn · Łukasiewicz-Ñúñez Ωμέγα Щербаков",
    "  spaced   out\ttext ",
    "a\xa0b c",
    "Recommen\xaddations",
    "thin\u2009space",
    "15 (flag)",
    "Interest in community engagement, education and mentoring, at some length: "
    "enough words to need several lines in a narrow column of a table",
    "Tom & Jerry <b>not bold</b>",
    "two\nlines",
    " ",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("style_name", ["body", "small", "h1", "title", "cell", "cell_flag"])
def test_plain_text_paragraphs_equal_those_parsed_from_markup(text, style_name):
    style = getattr(pdf.styles(), style_name)
    fast = pdf.para(text, style)
    parsed = Paragraph(pdf.text(text), style)
    assert [f.__dict__ for f in fast.frags] == [f.__dict__ for f in parsed.frags]
    for width in (40, 150, 500):
        assert fast.wrap(width, 1000) == parsed.wrap(width, 1000)
        if getattr(fast, "one_line", False):  # drawn as one string: the line ReportLab sets
            assert not hasattr(fast, "blPara")
            assert [" ".join(words) for _, words in parsed.blPara.lines] == [fast.text]
        else:
            assert repr(fast.blPara) == repr(parsed.blPara)


def _placed(data: bytes) -> list[tuple[int, str, float, float]]:
    """Each piece of text in a PDF with its page and where on the page it starts."""
    placed: list[tuple[int, str, float, float]] = []
    for number, page in enumerate(PdfReader(io.BytesIO(data)).pages, start=1):
        texts: list[tuple[str, list[float], list[float]]] = []
        page.extract_text(
            visitor_text=lambda text, cm, tm, *_, out=texts: out.append((text, cm, tm))
        )
        for text, cm, tm in texts:
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                placed.append((number, text, round(x, 2), round(y, 2)))
    return placed


def test_plain_paragraphs_print_where_parsed_ones_would():
    st = pdf.styles()
    right = ParagraphStyle("right", parent=st.body, alignment=TA_RIGHT)
    styles = [st.title, st.subtitle, st.h1, st.h2, st.body, st.small, right]

    def document(make):
        story = [make(t, style) for style in styles for t in TEXTS]
        story.append(pdf.key_values([(t[:20], t) for t in TEXTS]))  # paragraphs in cells
        return pdf.Document(story, "Test", pdf.Footer("Round", dt.datetime(2026, 1, 1)))

    plain = _placed(pdf.render(document(pdf.para)))
    parsed = _placed(pdf.render(document(lambda t, style: Paragraph(pdf.text(t), style))))
    assert len(plain) > len(styles) * len(TEXTS)
    assert plain[-1][0] > 2  # headings and lines also move to the next page as parsed ones do
    assert plain == parsed
