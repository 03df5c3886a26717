"""The PDF frame's shortcuts lay text out exactly as ReportLab's general path would."""

import pytest
from reportlab.platypus import Paragraph

from sro_panel.exports import pdf

TEXTS = [
    "Candidate 0019",
    "Renée St. Clair",
    "Soo-jin Nguyễn · Łukasiewicz-Ñúñez Ωμέγα Щербаков",
    "  spaced   out\ttext ",
    "a\xa0b c",
    "Recommen\xaddations",
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
        assert repr(fast.blPara) == repr(parsed.blPara)
