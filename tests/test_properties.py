"""Properties that hold for any input at all: text, bytes, or wire-like lines."""

from __future__ import annotations

import gc
import itertools
import pickle
import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wireparse
from _support import assert_segments_partition
from wireparse import Article, Span

RecordTexts = Callable[[Article], list[tuple[str, str]]]

# Lines that look like wire copy, mixed with noise, joined with any line end.
WIRE_LINES = st.one_of(
    st.sampled_from(
        [
            "",
            "  ",
            "Talks resume in Seoul",
            "S. Korea, Japan vow to step up efforts",
            "By Jane Doe",
            "By Jane Doe and John Roe",
            "By Jane Doe, John Roe and Kim Min-ji, Associated Press",
            "By JOHN ROE",
            "Associated Press Writer",
            "  \u2022 Published : Aug 8, 2017 - 09:44",
            "  \u2022 Updated : Aug 9, 2017 - 10:05",
            "Posted: Nov. 3, 2016 4:25 p.m. EDT",
            "Last updated March 5, 2019 14:30",
            "SEOUL, Aug. 8 (Yonhap) -- The ministers met on Monday.",
            "NEW YORK (AP) \u2014 Stocks rose.",
            "LONDON (Reuters) - Prices fell",
            "MIAMI _ The storm turned north.",
            "and agreed to meet again.",
            "   They agreed on the plan.",
            "\tAn indented paragraph.",
            "Jane Doe (L) poses for a photo with students. (Yonhap)",
            "Kim (2nd from R) talks with officials. (Yonhap Photo)",
            "The talks ended late. (Yonhap)",
            "(Reporting by Jane Doe; Editing by John Roe)",
            "(Yonhap)",
            "(END)",
            "-30-",
            "###",
            "\x16\x16\x01",
            "\x02SEOUL -- \x03Text\x7f",
            "\ufeffBOM line",
            "\u00a0\u3000",
            "Caf\u00e9 \ud55c\uad6d \u2028 line",
        ]
    ),
    st.text(max_size=20),
)
LINE_ENDS = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n"])


@st.composite
def wire_texts(draw: st.DrawFn) -> str:
    lines = draw(st.lists(WIRE_LINES, max_size=12))
    parts: list[str] = []
    for line in lines:
        parts.append(line)
        parts.append(draw(LINE_ENDS))
    if parts and draw(st.booleans()):
        parts.pop()  # no line end after the last line
    return "".join(parts)


any_text = st.one_of(st.text(), wire_texts())
any_input = st.one_of(st.text(), wire_texts(), st.binary(), wire_texts().map(str.encode))

EXAMPLES = settings(deadline=None)  # example counts come from the profile (100 by default)

NOT_IN_RECORD_TEXT = {"Cc", "Zl", "Zp"}


def element_spans(article: Article) -> list[tuple[str, Span]]:
    """The spans of every element record (not the segments, not the defects)."""
    spans: list[tuple[str, Span]] = []
    if article.byline is not None:
        spans.append(("byline", article.byline.span))
    if article.dateline is not None:
        spans.append(("dateline", article.dateline.span))
    spans.extend(("paragraph", p.span) for p in article.paragraphs)
    spans.extend(("caption", c.span) for c in article.captions)
    spans.extend(("credit", c.span) for c in article.credits)
    spans.extend(("end-mark", m.span) for m in article.end_marks)
    return spans


@EXAMPLES
@given(any_input)
def test_parse_never_raises(data: str | bytes) -> None:
    article = wireparse.parse(data)
    assert isinstance(article, Article)
    if isinstance(data, str):
        assert article.source == data


@EXAMPLES
@given(any_input)
def test_every_span_lies_inside_the_source(data: str | bytes) -> None:
    article = wireparse.parse(data)
    size = len(article.source)
    spans = [s.span for s in article.segments]
    spans += [d.span for d in article.defects]
    spans += [span for _name, span in element_spans(article)]
    for span in spans:
        assert 0 <= span.start <= span.end <= size, span


@EXAMPLES
@given(any_input)
def test_segments_partition_the_source(data: str | bytes) -> None:
    assert_segments_partition(wireparse.parse(data))


@EXAMPLES
@given(any_text)
def test_element_spans_do_not_overlap(text: str) -> None:
    article = wireparse.parse(text)
    ordered = sorted(element_spans(article), key=lambda item: (item[1].start, item[1].end))
    for (first, a), (second, b) in itertools.pairwise(ordered):
        assert a.end <= b.start, (first, a, second, b)


@EXAMPLES
@given(any_text)
def test_element_spans_are_segments_of_their_kind(text: str) -> None:
    article = wireparse.parse(text)
    for kind, wanted in [
        ("paragraph", [p.span for p in article.paragraphs]),
        ("caption", [c.span for c in article.captions]),
        ("credit", [c.span for c in article.credits]),
        ("end-mark", [m.span for m in article.end_marks]),
        ("byline", [article.byline.span] if article.byline else []),
        ("dateline", [article.dateline.span] if article.dateline else []),
        ("headline", [s.span for s in article.segments_of("headline")]),
    ]:
        assert sorted(s.span for s in article.segments_of(kind)) == sorted(wanted), kind
    assert len(article.segments_of("headline")) == (article.headline is not None)


@EXAMPLES
@given(any_input)
def test_parsing_is_deterministic(data: str | bytes) -> None:
    first = wireparse.parse(data)
    second = wireparse.parse(data)
    assert first == second
    assert hash(first) == hash(second)
    assert first.segments == second.segments
    assert first.defects == second.defects


@EXAMPLES
@given(any_input)
def test_articles_pickle_round_trip(data: str | bytes) -> None:
    article = wireparse.parse(data)
    assert pickle.loads(pickle.dumps(article)) == article


@EXAMPLES
@given(data=any_input)
def test_no_record_text_holds_a_control_character_or_line_break(
    data: str | bytes, record_texts: RecordTexts
) -> None:
    article = wireparse.parse(data)
    for name, text in record_texts(article):
        assert "\r" not in text, (name, text)
        assert "\n" not in text, (name, text)
        bad = [c for c in text if c != "\t" and unicodedata.category(c) in NOT_IN_RECORD_TEXT]
        assert not bad, (name, text)
        assert "\t" not in text, (name, text)


@EXAMPLES
@given(data=any_input)
def test_record_text_has_no_odd_white_space(data: str | bytes, record_texts: RecordTexts) -> None:
    article = wireparse.parse(data)
    for name, text in record_texts(article):
        assert text == text.strip(), (name, text)
        assert "  " not in text, (name, text)
        assert "\u00a0" not in text, (name, text)
        assert "\u3000" not in text, (name, text)


@EXAMPLES
@given(any_text)
def test_defects_are_in_source_order(text: str) -> None:
    article = wireparse.parse(text)
    starts = [(d.span.start, d.span.end) for d in article.defects]
    assert starts == sorted(starts)


# --------------------------------------------------------------------------
# Every registered style, forced, on any input and on inputs that look like
# each packaging: SGML/XML tags and entities, front matter and Markdown,
# transmission frames of control characters and keywords.

SGML_PIECES = st.sampled_from(
    [
        "<DOC>",
        "</DOC>",
        "<DOCNO> AP900101-0001 </DOCNO>",
        "<FILEID>AP-NR-01-01-90 0101EST</FILEID>",
        "<HEAD>",
        "</HEAD>",
        "<BYLINE>By JANE ROE</BYLINE>",
        "<DATELINE>DENVER (AP) </DATELINE>",
        "<TEXT>",
        "</TEXT>",
        "<NOTE>",
        '<REUTERS TOPICS="YES" NEWID="7">',
        "</REUTERS>",
        "<DATE> 3-MAR-1987 09:10:11.00</DATE>",
        "<TITLE>",
        "</TITLE>",
        "<BODY>",
        "</BODY>",
        "<AUTHOR>    By Jane Roe, Reuters</AUTHOR>",
        '<?xml version="1.0" ?>',
        "<TimeML>",
        "</TimeML>",
        "<DCT>",
        '<TIMEX3 tid="t0" value="1999-07-04">July 4</TIMEX3>',
        '<EVENT eid="e1">',
        "</EVENT>",
        "<EXTRAINFO>",
        '<MAKEINSTANCE eventID="e1"/>',
        "<!DOCTYPE lewis>",
        "<",
        ">",
        "</",
        "<P",
        "&amp;",
        "&lt;",
        "&#3;",
        "&#x1F;",
        "&#99999999;",
        "&",
        "&nbsp",
        " Reuter\n&#3;",
        "``",
        "''",
        "___",
    ]
)
FRONT_MATTER_PIECES = st.sampled_from(
    [
        "---",
        "id: 001_0000000042",
        'title: "Talks resume"',
        "title: ---",
        "publisher: \uc5f0\ud569\ub274\uc2a4",
        "publisher: Korea JoongAng Daily",
        "oid: 001",
        "author: ",
        "\t\t",
        "\t\t\tKim Min-ji",
        "published_at: 2024-03-14 00:00",
        "url: https://n.news.naver.com/mnews/article/001/0000000042",
        "# Talks resume",
        "**\uc5f0\ud569\ub274\uc2a4** | 2024-03-14 00:00 | world",
        "*Crawled at: 2024-03-14 02:10:00*",
        "*Source: [link](https://example.com)*",
        "(Seoul=Yonhap) Reporter Kim = They met &amp; talked.",
        "kim@yna.co.kr",
        "[ad]",
        "@highlight",
    ]
)
FRAME_PIECES = st.sampled_from(
    [
        "\x16\x16\x01",
        "\x01",
        "\x02",
        "\x03",
        "\x04",
        "\x1f",
        "\x13\x11",
        "\x7f",
        "\x0c",
        "a0042\x1fnat",
        "r a\x13\x11 BC-Rivers-Flood 1stLd-Writethru   03-14 0120",
        "^BC-Rivers-Flood,120<",
        "^Rivers rise<",
        "^By JANE ROE=",
        "^Associated Press=",
        "\t   CAIRO (AP) _ The river rose.",
        "AP-WF-03-14-21 0930GMT<",
        "eca0123 4 pl 210 dpa 0101",
        "Rivers rise =",
        "Bonn (dpa) - The river rose.",
        "dpa xy zz",
        "101200 GMT Mar 99",
        "ZCZC AAP0001 3 A 0220 AAP",
        "NNNN",
        "%SYD",
        "#Local: Rivers",
        "$Rivers rise",
        ":(MELBOURNE)",
        "SYDNEY, Dec 7 AAP - The river rose.",
        "AAP rf/jb",
        "(MORE)",
    ]
)
PIECE_JOINS = st.sampled_from(["", " ", "\n", "\r\n", "\r", "\n\n", "\t"])


def packaged(pieces: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Texts made of *pieces*, wire lines and noise, joined any way."""

    @st.composite
    def texts(draw: st.DrawFn) -> str:
        parts: list[str] = []
        for piece in draw(st.lists(st.one_of(pieces, WIRE_LINES), max_size=16)):
            parts.append(piece)
            parts.append(draw(PIECE_JOINS))
        return "".join(parts)

    return texts()


packaged_text = st.one_of(
    packaged(SGML_PIECES), packaged(FRONT_MATTER_PIECES), packaged(FRAME_PIECES), wire_texts()
)
packaged_input = st.one_of(
    packaged_text, packaged_text.map(lambda text: text.encode("utf-8", "surrogatepass")), st.text()
)

STYLE_NAMES = list(wireparse.styles)
PER_STYLE = settings(deadline=None, max_examples=max(10, settings.default.max_examples // 4))
"""A quarter of the profile's examples for each style: there are many styles."""


def check_article(article: Article, record_texts: RecordTexts) -> None:
    """Segments partition the source, spans lie inside it, record texts are clean."""
    size = len(article.source)
    assert_segments_partition(article)
    spans = [d.span for d in article.defects] + [span for _n, span in element_spans(article)]
    for span in spans:
        assert 0 <= span.start <= span.end <= size, span
    for name, text in record_texts(article):
        bad = [c for c in text if unicodedata.category(c) in NOT_IN_RECORD_TEXT]
        assert not bad, (name, text)
        assert "\t" not in text, (name, text)
        assert text == text.strip(), (name, text)


@pytest.mark.parametrize("style", STYLE_NAMES)
@PER_STYLE
@given(data=packaged_input)
def test_any_input_in_any_style(style: str, data: str | bytes, record_texts: RecordTexts) -> None:
    article = wireparse.parse(data, style=style)
    assert article.style == style
    if isinstance(data, str):
        assert article.source == data
    check_article(article, record_texts)
    assert wireparse.parse(data, style=style) == article


@EXAMPLES
@given(data=packaged_input)
def test_packaged_inputs_with_the_style_detected(
    data: str | bytes, record_texts: RecordTexts
) -> None:
    article = wireparse.parse(data)
    assert article.style in wireparse.styles
    check_article(article, record_texts)


# --------------------------------------------------------------------------
# parse pauses the cyclic garbage collector, which is safe only while parsing
# leaves no reference cycles behind for it to find.


@EXAMPLES
@given(data=any_input, style=st.sampled_from([None, *STYLE_NAMES]))
def test_parsing_leaves_no_reference_cycles(data: str | bytes, style: str | None) -> None:
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)  # what the collector finds stays in gc.garbage
    try:
        gc.garbage.clear()
        wireparse.parse(data, style=style)
        gc.collect()
        left = [type(found).__name__ for found in gc.garbage]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert left == []


@pytest.mark.parametrize("enabled", [True, False])
def test_parse_leaves_the_collector_as_it_found_it(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        wireparse.parse("Talks resume\n\nSEOUL -- They met.\n")
        assert gc.isenabled() is enabled
        with pytest.raises(wireparse.ParseError):
            wireparse.parse("", strict=True)
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_the_collector_runs_again_after_a_style_fails() -> None:
    class Broken(wireparse.Style):
        name = "broken"
        description = "raises while reading its regions"

        def regions(self, source: str) -> None:
            raise RuntimeError(source)

    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        wireparse.parse("Talks\n", style=Broken())
    assert gc.isenabled()
