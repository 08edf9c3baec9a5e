"""Strict mode: ParseError for bad input, plain TypeError for caller mistakes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wireparse
from wireparse import ParseError, Severity, Span, WireparseError


def test_empty_input_raises_in_strict_mode() -> None:
    with pytest.raises(ParseError) as info:
        wireparse.parse("", strict=True)
    error = info.value
    assert (error.line, error.column) == (1, 1)
    assert str(error).startswith("1:1: empty-input: ")
    assert str(error) == f"1:1: empty-input: {error.defect.message}"
    assert error.defect.code == "empty-input"
    assert error.defect.severity is Severity.ERROR
    assert error.defect.span == Span(0, 0)


def test_parse_error_is_a_value_error() -> None:
    assert issubclass(ParseError, ValueError)
    assert issubclass(ParseError, WireparseError)
    with pytest.raises(ValueError, match=r"^1:1: empty-input: "):
        wireparse.parse(b"", strict=True)


@pytest.mark.parametrize(
    ("source", "code"),
    [
        ("", "empty-input"),
        (" ", "empty-input"),
        ("   \n\t\r\n  \r", "empty-input"),
        ("\u00a0\u3000\n", "empty-input"),
        ("\x00\x02\n\x03", "empty-input"),
        ("By Jane Doe", "no-content"),
        ("By Jane Doe\n", "no-content"),
        ("\n\n  By Jane Doe and John Roe\r\n\r\n", "no-content"),
        ("By JOHN ROE\nAssociated Press Writer\n", "no-content"),
    ],
    ids=[
        "empty",
        "one-space",
        "blank-lines",
        "odd-spaces",
        "only-controls",
        "byline",
        "byline-newline",
        "byline-padded",
        "byline-affiliation",
    ],
)
def test_inputs_without_an_article(source: str, code: str) -> None:
    with pytest.raises(ParseError) as info:
        wireparse.parse(source, strict=True)
    assert info.value.defect.code == code
    assert info.value.defect.severity is Severity.ERROR
    assert (info.value.line, info.value.column) == info.value.defect.span.line_column(source)

    article = wireparse.parse(source)  # lenient: never raises, records the error
    assert article.source == source
    errors = article.defects_at_least(Severity.ERROR)
    assert [d.code for d in errors] == [code]
    assert errors[0] == info.value.defect
    assert article.headline is None
    assert article.paragraphs == ()


def test_error_position_is_line_and_column() -> None:
    error = ParseError.from_defect(
        wireparse.Defect("no-content", "nothing here", Span(7, 9), Severity.ERROR),
        "ab\r\ncd\nef",
    )
    assert (error.line, error.column) == (3, 1)
    assert str(error) == "3:1: no-content: nothing here"
    assert error.defect.span == Span(7, 9)


def test_strict_mode_returns_a_good_article() -> None:
    source = "Talks resume\n\nSEOUL, Aug. 8 (Yonhap) -- The ministers met.\n"
    assert wireparse.parse(source, strict=True) == wireparse.parse(source)


def test_warnings_do_not_raise_in_strict_mode() -> None:
    source = "Talks resume\n\nUpdated: March 5, 2019 14:30\n\nThe ministers met.\n"
    article = wireparse.parse(source, strict=True)
    assert [d.code for d in article.defects] == ["naive-timestamp"]
    legacy = wireparse.parse(b"Caf\xe9 news\n\nSEOUL -- Text.", strict=True)
    assert "legacy-encoding" in [d.code for d in legacy.defects]


@pytest.mark.parametrize(
    ("args", "kwargs", "match"),
    [
        ((123,), {}, "str or bytes"),
        ((None,), {}, "str or bytes"),
        ((["Talks"],), {}, "str or bytes"),
        (("x",), {"strict": "yes"}, "'strict'"),
        (("x",), {"strict": 1}, "'strict'"),
        (("x",), {"vocabulary": object()}, "'vocabulary'"),
        (("x",), {"vocabulary": wireparse.Vocabulary}, "'vocabulary'"),
        (("x",), {"bogus": 1}, "bogus"),
        (("x", True), {}, "positional"),
    ],
    ids=[
        "int",
        "none",
        "list",
        "strict-str",
        "strict-int",
        "vocabulary-object",
        "vocabulary-class",
        "unknown-keyword",
        "positional-strict",
    ],
)
def test_caller_mistakes_raise_type_error_not_parse_error(
    args: tuple[object, ...], kwargs: dict[str, object], match: str
) -> None:
    with pytest.raises(TypeError, match=match) as info:
        wireparse.parse(*args, **kwargs)  # type: ignore[arg-type]
    assert not isinstance(info.value, ParseError)
    assert not isinstance(info.value, WireparseError)


def test_caller_mistakes_raise_even_for_empty_input() -> None:
    with pytest.raises(TypeError) as info:
        wireparse.parse("", strict="yes")  # type: ignore[arg-type]
    assert not isinstance(info.value, ParseError)


def test_a_vocabulary_subclass_instance_is_accepted() -> None:
    class Kivu(wireparse.Vocabulary):
        AGENCIES = (*wireparse.Vocabulary.AGENCIES, "Agence Kivu")

    article = wireparse.parse("Rains\n\nGOMA (Agence Kivu) -- It rained.", vocabulary=Kivu())
    assert article.dateline is not None
    assert article.dateline.agency == "Agence Kivu"


ARTICLE_LINES = st.sampled_from(
    [
        "",
        " ",
        "\t",
        "Talks resume",
        "By Jane Doe",
        "By Jane Doe and John Roe",
        "\u2022 Published : Aug 8, 2017 - 09:44",
        "SEOUL, Aug. 8 (Yonhap) -- The ministers met.",
        "They agreed.",
        "(END)",
        "\x02\x16",
        "\u00a0",
    ]
)
inputs = st.one_of(
    st.text(max_size=60),
    st.lists(ARTICLE_LINES, max_size=6).map("\n".join),
    st.lists(st.sampled_from([" ", "\n", "\r\n", "\r", "\t", "\x00", "\u3000"]), max_size=8).map(
        "".join
    ),
)


@settings(max_examples=150, deadline=None)
@given(inputs)
def test_strict_raises_exactly_when_lenient_has_an_error(source: str) -> None:
    article = wireparse.parse(source)
    errors = article.defects_at_least(Severity.ERROR)
    if not errors:
        assert wireparse.parse(source, strict=True) == article
        return
    with pytest.raises(ParseError) as info:
        wireparse.parse(source, strict=True)
    assert info.value.defect == errors[0]
    assert (info.value.line, info.value.column) == errors[0].span.line_column(source)
    assert str(info.value).startswith(f"{info.value.line}:{info.value.column}: {errors[0].code}: ")


# Lines from every packaging: tags, front matter, frames, and the wire lines above.
PACKAGING_LINES = st.sampled_from(
    [
        "<DOC>",
        "</DOC>",
        "<TEXT>",
        "</TEXT>",
        "<HEAD>Talks resume</HEAD>",
        '<REUTERS NEWID="1">',
        "<TITLE>TALKS RESUME</TITLE>",
        "<TimeML>",
        "&amp;&#3;",
        "---",
        "title: Talks resume",
        "publisher: Yonhap",
        "# Talks resume",
        "\x16\x16\x01a0042\x1fnat",
        "\x02^Talks resume<",
        "\x03AP-WF-03-14-21 0930GMT<",
        "\x04",
        "\x01eca0123 4 pl 210 dpa 0101",
        "ZCZC AAP",
        "NNNN",
        "%SYD",
    ]
)
packaged_inputs = st.one_of(
    inputs,
    st.lists(st.one_of(ARTICLE_LINES, PACKAGING_LINES), max_size=8).map("\n".join),
    st.lists(st.one_of(ARTICLE_LINES, PACKAGING_LINES), max_size=8).map("\r\n".join),
)


@pytest.mark.parametrize("style", list(wireparse.styles))
@settings(deadline=None, max_examples=max(10, settings.default.max_examples // 4))
@given(source=packaged_inputs)
def test_strict_raises_exactly_when_lenient_has_an_error_in_every_style(
    style: str, source: str
) -> None:
    article = wireparse.parse(source, style=style)
    errors = article.defects_at_least(Severity.ERROR)
    if not errors:
        assert wireparse.parse(source, strict=True, style=style) == article
        return
    with pytest.raises(ParseError) as info:
        wireparse.parse(source, strict=True, style=style)
    assert info.value.defect == errors[0]
    assert (info.value.line, info.value.column) == errors[0].span.line_column(source)
    # the position counted independently: CR, LF and CRLF each end a line
    lines = source[: errors[0].span.start].replace("\r\n", "\n").replace("\r", "\n").split("\n")
    assert (info.value.line, info.value.column) == (len(lines), len(lines[-1]) + 1)
