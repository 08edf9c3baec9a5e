"""The records: frozen, hashable, value-compared, picklable, readable."""

from __future__ import annotations

import datetime
import pickle
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wireparse
from wireparse import (
    Article,
    Byline,
    Caption,
    Credit,
    Dateline,
    Defect,
    EndMark,
    Paragraph,
    Segment,
    SegmentKind,
    Severity,
    Span,
    Token,
    TokenKind,
)
from wireparse._records import trusted_span

SEED = Path(__file__).resolve().parents[1] / "examples" / "koreaherald-2017-08-08.txt"

SAMPLE = "Talks resume\n\nBy Jane Doe\n\nSEOUL, Aug. 8 (Yonhap) -- They met.\n(END)\n"


def _one_of_each() -> list[object]:
    span = Span(1, 4)
    return [
        span,
        Defect("naive-timestamp", "no zone", span, Severity.INFO),
        Token(TokenKind.TEXT, "abc", span),
        Segment(SegmentKind.HEADLINE, span),
        Byline("By Jane Doe", ["Jane Doe"], span, affiliation="AP"),
        Dateline("SEOUL", "Aug. 8", "Yonhap", span, when=datetime.date(2017, 8, 8)),
        Paragraph("They met.", span),
        Caption("Kim poses for a photo.", "Yonhap", span),
        Credit("Yonhap", span),
        EndMark("(END)", span),
        wireparse.parse(SAMPLE),
    ]


# --------------------------------------------------------------------------
# Frozen, hashable, compared by value


@pytest.mark.parametrize("record", _one_of_each(), ids=lambda r: type(r).__name__)
def test_records_are_frozen(record: object) -> None:
    name = attrs.fields(type(record))[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(record, name, getattr(record, name))


@pytest.mark.parametrize("record", _one_of_each(), ids=lambda r: type(r).__name__)
def test_records_hash_and_compare_by_value(record: object) -> None:
    twin = attrs.evolve(record)  # type: ignore[misc]
    assert twin is not record
    assert twin == record
    assert hash(twin) == hash(record)
    assert len({record, twin}) == 1


def test_records_with_different_values_differ() -> None:
    assert Span(1, 2) == Span(1, 2)
    assert Span(1, 2) != Span(1, 3)
    assert Paragraph("a", Span(0, 1)) != Paragraph("b", Span(0, 1))
    assert wireparse.parse("Talks\n\nThey met.") != wireparse.parse("Talks\n\nThey left.")
    assert wireparse.parse("Talks\n\nThey met.") == wireparse.parse("Talks\n\nThey met.")


def test_article_is_frozen_and_its_collections_are_tuples() -> None:
    article = wireparse.parse(SAMPLE)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.headline = "Other"  # type: ignore[misc]
    for name in ("paragraphs", "captions", "credits", "end_marks", "defects", "segments"):
        assert type(getattr(article, name)) is tuple, name
    assert type(article.byline.authors) is tuple  # type: ignore[union-attr]


def test_list_arguments_are_converted_to_tuples() -> None:
    byline = Byline("By A and B", ["A", "B"], Span(0, 10))
    assert byline.authors == ("A", "B")
    article = Article(source="x", paragraphs=[Paragraph("x", Span(0, 1))])
    assert article.paragraphs == (Paragraph("x", Span(0, 1)),)
    assert hash(article) == hash(Article(source="x", paragraphs=(Paragraph("x", Span(0, 1)),)))


def test_spans_order_by_start_then_end() -> None:
    assert sorted([Span(3, 4), Span(1, 5), Span(1, 2)]) == [Span(1, 2), Span(1, 5), Span(3, 4)]


# --------------------------------------------------------------------------
# Pickle


@pytest.mark.parametrize("record", _one_of_each(), ids=lambda r: type(r).__name__)
def test_records_pickle_round_trip(record: object) -> None:
    assert pickle.loads(pickle.dumps(record)) == record


def test_seed_article_pickles() -> None:
    article = wireparse.parse(SEED.read_bytes())
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        copy = pickle.loads(pickle.dumps(article, protocol=protocol))
        assert copy == article
        assert copy.published == article.published
        assert copy.published.utcoffset() == datetime.timedelta(hours=9)


@settings(max_examples=50, deadline=None)
@given(st.text())
def test_parsed_text_pickles(text: str) -> None:
    article = wireparse.parse(text)
    copy = pickle.loads(pickle.dumps(article))
    assert copy == article
    assert hash(copy) == hash(article)


# --------------------------------------------------------------------------
# Reprs


def test_span_and_token_reprs() -> None:
    assert repr(Span(3, 7)) == "Span(start=3, end=7)"
    assert repr(Token(TokenKind.NEWLINE, "\r\n", Span(2, 4))) == (
        "Token(kind=<TokenKind.NEWLINE: 'newline'>, text='\\r\\n', span=Span(start=2, end=4))"
    )


def test_defect_repr() -> None:
    defect = Defect("missing-headline", "no headline line", Span(0, 0))
    assert repr(defect) == (
        "Defect(code='missing-headline', message='no headline line', "
        "span=Span(start=0, end=0), severity=<Severity.WARNING: 'warning'>)"
    )


def test_dateline_repr() -> None:
    dateline = Dateline("SEOUL", "Aug. 8", "Yonhap", Span(0, 26), when=datetime.date(2017, 8, 8))
    assert repr(dateline) == (
        "Dateline(location='SEOUL', date='Aug. 8', agency='Yonhap', "
        "span=Span(start=0, end=26), when=datetime.date(2017, 8, 8))"
    )


def test_article_repr_shows_short_source_and_hides_segments() -> None:
    article = wireparse.parse("Talks\n\nThey met.")
    text = repr(article)
    assert text.startswith(
        "Article(source='Talks\\n\\nThey met.', style='plain', headline='Talks', "
    )
    assert "segments" not in text
    assert "Paragraph(text='They met.', span=Span(start=7, end=16))" in text


def test_article_repr_abbreviates_long_source() -> None:
    source = SEED.read_text(encoding="utf-8")
    text = repr(wireparse.parse(source))
    assert text.startswith(
        f"Article(source=<{len(source)} characters>, style='koreaherald', headline='S. Korea, "
    )
    assert source[:200] not in text


# --------------------------------------------------------------------------
# Span validation and helpers


@pytest.mark.parametrize(("start", "end"), [(-1, 0), (-5, -1), (3, 2), (1, 0)])
def test_span_rejects_bad_bounds(start: int, end: int) -> None:
    with pytest.raises(ValueError, match=r"must be >= "):
        Span(start, end)


@pytest.mark.parametrize(
    ("start", "end"), [("0", 1), (0, "1"), (0.0, 1), (0, 1.0), (None, 1)], ids=repr
)
def test_span_rejects_wrong_types(start: object, end: object) -> None:
    with pytest.raises(TypeError):
        Span(start, end)  # type: ignore[arg-type]


def test_span_helpers() -> None:
    span = Span(4, 10)
    assert len(span) == 6
    assert span.text("the MANILA news") == "MANILA"
    assert 4 in span
    assert 9 in span
    assert 10 not in span
    assert 3 not in span
    assert "4" not in span
    assert span.covers(Span(4, 10))
    assert span.covers(Span(5, 5))
    assert not span.covers(Span(3, 5))
    assert not span.covers(Span(9, 11))
    assert len(Span(2, 2)) == 0


LINES = "ab\rcd\nef\r\ngh"
# offsets:  a0 b1 \r2 c3 d4 \n5 e6 f7 \r8 \n9 g10 h11 (end 12)


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        (0, (1, 1)),
        (1, (1, 2)),
        (2, (1, 3)),  # the CR itself still belongs to line 1
        (3, (2, 1)),  # after a lone CR
        (4, (2, 2)),
        (6, (3, 1)),  # after a lone LF
        (7, (3, 2)),
        (8, (3, 3)),
        (9, (4, 1)),  # between the CR and LF of a CRLF: the next line
        (10, (4, 1)),  # after a CRLF: one line, not two
        (11, (4, 2)),
        (12, (4, 3)),  # the end of the text
    ],
)
def test_span_line_column_with_cr_lf_crlf(offset: int, expected: tuple[int, int]) -> None:
    assert Span(offset, offset).line_column(LINES) == expected
    assert Span(0, offset).end_line_column(LINES) == expected


def _reference_line_column(text: str, offset: int) -> tuple[int, int]:
    before = re.split(r"\r\n|\r|\n", text[:offset])
    if text[:offset].endswith("\r") and text[offset : offset + 1] == "\n":
        # an offset inside a CRLF opens the next line, like one after it
        return len(before), 1
    return len(before), len(before[-1]) + 1


@settings(max_examples=200)
@given(st.text(alphabet="ab\r\n", max_size=30), st.data())
def test_line_column_matches_a_reference(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(0, len(text)))
    assert Span(offset, offset).line_column(text) == _reference_line_column(text, offset)


def test_line_column_outside_the_source_raises() -> None:
    with pytest.raises(ValueError, match="outside"):
        Span(5, 5).line_column("abc")


# --------------------------------------------------------------------------
# Severity


def test_severity_orders_by_seriousness() -> None:
    assert Severity.INFO < Severity.WARNING < Severity.ERROR
    assert Severity.ERROR > Severity.WARNING > Severity.INFO
    assert Severity.INFO <= Severity.INFO <= Severity.WARNING
    assert Severity.ERROR >= Severity.ERROR >= Severity.WARNING
    assert not Severity.ERROR < Severity.INFO  # alphabetical order would say otherwise
    assert sorted([Severity.ERROR, Severity.INFO, Severity.WARNING]) == [
        Severity.INFO,
        Severity.WARNING,
        Severity.ERROR,
    ]
    assert max(Severity) is Severity.ERROR
    assert [s.rank for s in (Severity.INFO, Severity.WARNING, Severity.ERROR)] == [0, 1, 2]


def test_defect_severity_defaults_to_warning_and_converts_strings() -> None:
    assert Defect("x", "y", Span(0, 0)).severity is Severity.WARNING
    assert Defect("x", "y", Span(0, 0), "error").severity is Severity.ERROR
    with pytest.raises(ValueError, match="'fatal'"):
        Defect("x", "y", Span(0, 0), "fatal")


# --------------------------------------------------------------------------
# Article helpers


def _article_with_defects() -> Article:
    info = Defect("control-characters", "i", Span(0, 1), Severity.INFO)
    warning = Defect("missing-headline", "w", Span(2, 2), Severity.WARNING)
    error = Defect("no-content", "e", Span(0, 5), Severity.ERROR)
    return Article(source="a\nbcd", defects=(info, warning, error))


def test_defects_at_least() -> None:
    article = _article_with_defects()
    assert [d.code for d in article.defects_at_least(Severity.INFO)] == [
        "control-characters",
        "missing-headline",
        "no-content",
    ]
    assert [d.code for d in article.defects_at_least("warning")] == [
        "missing-headline",
        "no-content",
    ]
    assert [d.code for d in article.defects_at_least(Severity.ERROR)] == ["no-content"]
    assert Article(source="").defects_at_least("info") == ()
    with pytest.raises(ValueError, match="'fatal'"):
        article.defects_at_least("fatal")


def test_segments_of() -> None:
    article = wireparse.parse("Talks resume\n\nThey met.\n\nThey left.\n")
    headline = article.segments_of("headline")
    assert headline == (Segment(SegmentKind.HEADLINE, Span(0, 12)),)
    assert article.segments_of(SegmentKind.HEADLINE) == headline
    assert article.segments_of("paragraph") == (
        Segment(SegmentKind.PARAGRAPH, Span(14, 23)),
        Segment(SegmentKind.PARAGRAPH, Span(25, 35)),
    )
    assert article.segments_of(SegmentKind.CAPTION) == ()
    with pytest.raises(ValueError, match="'bogus'"):
        article.segments_of("bogus")


def test_article_text_joins_paragraphs() -> None:
    article = wireparse.parse("Talks resume\n\nThey met.\n\nThey left.\n")
    assert article.text == "They met.\n\nThey left."


def test_article_rejects_non_datetime_timestamps() -> None:
    with pytest.raises(TypeError, match="'published'"):
        Article(source="", published=datetime.date(2017, 8, 8))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="'source'"):
        Article(source=b"x")  # type: ignore[arg-type]


@given(st.integers(0, 10**9), st.integers(0, 10**9))
def test_a_trusted_span_is_the_span_the_checked_constructor_builds(a: int, b: int) -> None:
    start, end = min(a, b), max(a, b)
    trusted = trusted_span(start, end)
    assert type(trusted) is Span
    assert trusted == Span(start, end)
    assert hash(trusted) == hash(Span(start, end))
    assert repr(trusted) == repr(Span(start, end))
    assert pickle.loads(pickle.dumps(Span(start, end))) == trusted
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        trusted.start = 0  # type: ignore[misc]


def test_unpickling_a_span_skips_no_field() -> None:
    span = pickle.loads(pickle.dumps(Span(3, 7)))
    assert (span.start, span.end, len(span)) == (3, 7, 4)
