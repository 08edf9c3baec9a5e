"""The lexer: lossless, contiguous, and right about each kind of token."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wireparse import Span, Token, TokenKind, tokenize

T, S, C, N = TokenKind.TEXT, TokenKind.SPACE, TokenKind.CONTROL, TokenKind.NEWLINE

# Text that mixes every class the lexer tells apart, as well as anything at all.
WIRE_ALPHABET = (
    "aZ9.-(\u00e9\ud55c"  # printable
    " \t\u00a0\u3000\u2009"  # spaces
    "\x00\x02\x1b\x7f\x85\u200b\ufeff\u2028"  # control and format
    "\r\n"
)
texts = st.one_of(st.text(), st.text(alphabet=WIRE_ALPHABET))


def kinds_and_texts(text: str) -> list[tuple[TokenKind, str]]:
    return [(token.kind, token.text) for token in tokenize(text)]


@settings(max_examples=300)
@given(texts)
def test_tokens_give_back_the_text(text: str) -> None:
    assert "".join(token.text for token in tokenize(text)) == text


@settings(max_examples=300)
@given(texts)
def test_token_spans_are_contiguous_and_match_their_text(text: str) -> None:
    tokens = list(tokenize(text))
    position = 0
    for token in tokens:
        assert token.span.start == position
        assert token.span.end > token.span.start  # no empty tokens
        assert text[token.span.start : token.span.end] == token.text
        position = token.span.end
    assert position == len(text)


@settings(max_examples=300)
@given(texts)
def test_token_kinds_hold_the_right_characters(text: str) -> None:
    previous: Token | None = None
    for token in tokenize(text):
        chars = token.text
        if token.kind is N:
            assert chars in ("\r", "\n", "\r\n")
            # a CR followed by an LF is one CRLF token, never two
            assert not (previous is not None and previous.text == "\r" and chars == "\n")
        elif token.kind is S:
            assert all(c == "\t" or unicodedata.category(c) == "Zs" for c in chars)
        elif token.kind is C:
            assert not any(c.isprintable() or c in "\r\n" for c in chars)
        else:
            assert token.kind is T
            assert not chars[0].isspace()
            assert not chars[-1].isspace()
            assert "\r" not in chars
            assert "\n" not in chars
            assert not any(unicodedata.category(c) == "Cc" for c in chars.replace("\t", ""))
        if previous is not None and token.kind is not N:
            # runs are maximal: two tokens of one kind never sit side by side
            assert previous.kind is not token.kind
        previous = token


def test_empty_text_has_no_tokens() -> None:
    assert list(tokenize("")) == []


def test_tokens_carry_spans() -> None:
    assert list(tokenize("By Jo\r\n")) == [
        Token(T, "By Jo", Span(0, 5)),
        Token(N, "\r\n", Span(5, 7)),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\r\nb", [(T, "a"), (N, "\r\n"), (T, "b")]),
        ("\r\r\n\n", [(N, "\r"), (N, "\r\n"), (N, "\n")]),
        ("\n\r", [(N, "\n"), (N, "\r")]),
        ("a\rb", [(T, "a"), (N, "\r"), (T, "b")]),
    ],
    ids=["crlf", "cr-crlf-lf", "lf-cr", "lone-cr"],
)
def test_newlines(text: str, expected: list[tuple[TokenKind, str]]) -> None:
    assert kinds_and_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\x00\x01\x1b\x7f", [(C, "\x00\x01\x1b\x7f")]),
        ("SEOUL\x02 -- Hi", [(T, "SEOUL"), (C, "\x02"), (S, " "), (T, "-- Hi")]),
        ("\ufeffHeadline", [(C, "\ufeff"), (T, "Headline")]),
        ("a\u200bb", [(T, "a"), (C, "\u200b"), (T, "b")]),
        ("\x85\x9f", [(C, "\x85\x9f")]),
        ("x\x0b\x0cy", [(T, "x"), (C, "\x0b\x0c"), (T, "y")]),
        ("\x16\x16\x01\r\n", [(C, "\x16\x16\x01"), (N, "\r\n")]),
        ("a\u2028b", [(T, "a"), (C, "\u2028"), (T, "b")]),
    ],
    ids=["c0-del", "stx-in-dateline", "bom", "zero-width", "c1", "vt-ff", "syn-framing", "ls"],
)
def test_control_characters(text: str, expected: list[tuple[TokenKind, str]]) -> None:
    assert kinds_and_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u00a0Hi\u3000", [(S, "\u00a0"), (T, "Hi"), (S, "\u3000")]),
        ("\u3000\u00a0 \tHi", [(S, "\u3000\u00a0 \t"), (T, "Hi")]),
        ("Hi \u00a0there", [(T, "Hi \u00a0there")]),
        ("Hi\u3000there", [(T, "Hi\u3000there")]),
        (" Hi there ", [(S, " "), (T, "Hi there"), (S, " ")]),
        ("Hi  \r\n  there", [(T, "Hi"), (S, "  "), (N, "\r\n"), (S, "  "), (T, "there")]),
        ("\u2009\u202f\u205f", [(S, "\u2009\u202f\u205f")]),
    ],
    ids=[
        "nbsp-ideographic",
        "mixed-lead",
        "inner-nbsp",
        "inner-ideographic",
        "ends",
        "line-ends",
        "thin",
    ],
)
def test_spaces(text: str, expected: list[tuple[TokenKind, str]]) -> None:
    assert kinds_and_texts(text) == expected


def test_text_is_split_at_controls_not_spaces() -> None:
    assert kinds_and_texts("SEOUL, Aug. 8 (Yonhap) -- They met.") == [
        (T, "SEOUL, Aug. 8 (Yonhap) -- They met."),
    ]


@pytest.mark.parametrize("value", [b"By Jo", bytearray(b"x"), None, 12, ["a"]], ids=repr)
def test_tokenize_takes_only_str(value: object) -> None:
    with pytest.raises(TypeError, match="str"):
        tokenize(value)  # type: ignore[arg-type]


def test_tokenize_long_lines() -> None:
    text = ("word " * 20_000 + "\x02 " * 5_000) * 2
    tokens = list(tokenize(text))
    assert "".join(t.text for t in tokens) == text
    # per half: one TEXT run, its trailing SPACE, then CONTROL and SPACE 5,000 times
    assert len(tokens) == 2 * (2 + 2 * 5_000)
    assert tokens[0] == Token(T, "word " * 19_999 + "word", Span(0, 99_999))


# Text that looks like each packaging: tags and entities, front matter, frames.
PACKAGING_PIECES = st.sampled_from(
    [
        "<DOC>",
        "</TEXT>",
        '<REUTERS NEWID="1">',
        "&amp;&#3;",
        "---",
        "title: Talks",
        "\x16\x16\x01a0042\x1fnat",
        "\x02^Talks<",
        "\x03AP-WF-03-14-21 0930GMT<",
        "\x04",
        "ZCZC",
        "NNNN",
        "\u2028",
        "\ufeff",
        "\u00a0\u3000",
    ]
)
packaged_texts = st.lists(
    st.one_of(PACKAGING_PIECES, st.text(alphabet=WIRE_ALPHABET, max_size=8)), max_size=20
).map("".join)


@settings(max_examples=300)
@given(st.one_of(texts, packaged_texts))
def test_tokens_of_packaged_text_give_back_the_text(text: str) -> None:
    tokens = list(tokenize(text))
    assert "".join(token.text for token in tokens) == text
    position = 0
    for token in tokens:
        assert token.span.start == position
        assert text[token.span.start : token.span.end] == token.text
        position = token.span.end
    assert position == len(text)
