"""Regression tests: each problem the fuzzer or the adversarial inputs found, with its input.

The fuzz harness (``fuzz/fuzz_parse.py``) found three crashes: an exception that
dateutil raised out of the timestamp reader, a credit whose text kept a
trailing space, and a superscript digit that ``str.isdigit`` let through to
``int``.  The adversarial inputs of
``tests/test_adversarial.py`` found quadratic scans; each fix is checked here
against the simple (slow) way it replaced.  Every crash or hang the fuzzer
finds from now on gets a test here with its minimal input.
"""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wireparse
from wireparse import Region, RegionRole, Span, styles
from wireparse._lines import Line, scan_lines
from wireparse._parser import Para, State
from wireparse._styles import frames, sgml
from wireparse._text import _CLEAN_TABLE, _RUNS_OF_SPACE, fold

if TYPE_CHECKING:
    from collections.abc import Callable

# --------------------------------------------------------------------------
# Crashes the fuzzer found.


@pytest.mark.parametrize(
    "source",
    [
        # fuzz/crashes/crash-fb64b3fa…, minimised: dateutil reads "1:333…" as minutes
        # and decimal seconds, and its decimal arithmetic raised InvalidOperation
        # (an ArithmeticError, not a ValueError) out of the timestamp reader.
        "Published: 1:" + "3" * 30,
        "Talks resume\n\nPublished: 1:" + "3" * 30 + "\n\nThey met.",
        "By Ana Ruiz\n\nPUBLISHED: 10:15 EST, 4 March 2014 | UPDATED: 11:02" + "3" * 40,
    ],
    ids=["alone", "in-an-article", "fuzzer-shape"],
)
def test_a_timestamp_of_many_digits_is_unparsable_not_a_crash(source: str) -> None:
    for style in (None, *styles):
        article = wireparse.parse(source, style=style)
        assert article.source == source
    assert "unparsable-timestamp" in [d.code for d in wireparse.parse(source).defects]


@pytest.mark.parametrize(
    "source",
    [
        # fuzz/crashes/crash-2fcb2dd7…: a contributor line with no name kept the
        # space after "by" in the credit's text
        "Fers\n\n (Written by )\n",
        "Talks\n\nThey met. (Reporting by )\n",
        "Talks\n\nThey met.\n\nSource: \n",
    ],
    ids=["fuzzer-input", "in-the-tail", "source"],
)
def test_a_credit_with_no_name_keeps_no_space(source: str) -> None:
    for style in (None, *styles):
        article = wireparse.parse(source, style=style)
        for credit in article.credits:
            assert credit.text == credit.text.strip(), (style, credit)
    assert [c.text for c in wireparse.parse(source).credits] in (
        ["Written by"],
        ["Reporting by"],
        ["Source:"],
        [],
    )


def test_a_very_long_timestamp_is_not_handed_to_dateutil() -> None:
    # 200 KB: dateutil took 1.8 s over it (9 s a megabyte); now it is not asked
    source = "Talks resume\n\nPublished: " + "1:1 " * 50_000 + "\n\nThey met."
    article = wireparse.parse(source)
    assert "unparsable-timestamp" in [d.code for d in article.defects]
    assert "too long to be a time" in article.defects[0].message


# --------------------------------------------------------------------------
# SGML: a close tag searched the whole stack of unclosed elements, and
# elements closed as empty handed their children up one level at a time
# (quadratic in the depth of unclosed tags).  Found with
# "<TEXT><HEAD>By<BYLINE>(AP) --</DATELINE>&amp;\n" repeated.

TAGS = sgml._tag_re("DOC", "TEXT", "HEAD", "P")


def _elements_one_by_one(source: str) -> sgml._Element:
    """The element tree as the reader built it before (the oracle)."""
    root = sgml._Element("", 0, 0)
    root.end = root.inner_end = len(source)
    stack = [root]

    def close_empty() -> None:
        element = stack.pop()
        stack[-1].children.extend(element.children)
        element.children = []
        element.inner_end = element.end = element.inner_start

    for match in TAGS.finditer(source):
        closing, name, rest = match.group(1), match.group(2).upper(), match.group(3)
        if not closing:
            element = sgml._Element(name, match.start(), match.end())
            stack[-1].children.append(element)
            if not rest.endswith("/"):
                stack.append(element)
            continue
        depth = len(stack) - 1
        while depth > 0 and stack[depth].name != name:
            depth -= 1
        if depth == 0:
            continue
        while len(stack) - 1 > depth:
            close_empty()
        element = stack.pop()
        element.inner_end = match.start()
        element.end = match.end()
    while len(stack) > 1:
        close_empty()
    return root


def _shape(element: sgml._Element) -> tuple[object, ...]:
    spans = (element.name, element.start, element.inner_start, element.inner_end, element.end)
    return (*spans, tuple(_shape(child) for child in element.children))


SGML_TAGS = st.sampled_from(["<DOC>", "</DOC>", "<TEXT>", "</TEXT>", "<HEAD>", "</HEAD>", "<P/>"])


@given(st.lists(st.one_of(SGML_TAGS, st.sampled_from(["x", " ", "\n"])), max_size=30))
def test_sgml_elements_are_read_as_before(pieces: list[str]) -> None:
    source = "".join(pieces)
    assert _shape(sgml._elements(source, TAGS)) == _shape(_elements_one_by_one(source))


def test_sgml_unclosed_tags_then_stray_close_tags_are_linear() -> None:
    def seconds(n: int) -> float:
        source = "<DOC>" + "<TEXT><HEAD>x" * n + "</P></TEXT>" * n + "</DOC>"
        started = time.perf_counter()
        sgml._elements(source, TAGS)
        return time.perf_counter() - started

    small = min(seconds(2_000) for _ in range(3))
    assert min(seconds(32_000) for _ in range(2)) < 48 * small  # quadratic would be 256x


# --------------------------------------------------------------------------
# Frames: reading lines backwards searched for a CR (or LF) the text lacks
# once a line, from the line back to the start: quadratic in the lines at
# the end of a frame.  Found with an IPTC 7901 frame ending in 100,000 LFs.


def _lines_back_one_by_one(source: str, start: int, end: int) -> list[tuple[int, int]]:
    found = []
    pos = end
    while pos > start:
        cut = max(source.rfind("\n", start, pos), source.rfind("\r", start, pos))
        if cut < 0:
            found.append((start, pos))
            break
        found.append((cut + 1, pos))
        crlf = source[cut] == "\n" and cut > start and source[cut - 1] == "\r"
        pos = cut - 1 if crlf else cut
    return found


@given(st.text(alphabet="ab\r\n", max_size=20), st.data())
def test_frame_lines_backwards_are_read_as_before(source: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(source)))
    end = data.draw(st.integers(start, len(source)))
    assert list(frames._iter_lines_back(source, start, end)) == _lines_back_one_by_one(
        source, start, end
    )


def test_a_frame_ending_in_many_blank_lines_parses() -> None:
    source = "\x01eca1 4 i 9 dpa 1\r\n\x02Head =\r\nText.\r\n" + "\n" * 200_000
    article = wireparse.parse(source, style="iptc7901")
    assert article.headline == "Head"
    assert [p.text for p in article.paragraphs] == ["Text."]


def test_the_trailer_ends_at_eot() -> None:
    frame = (
        "\x16\x16\x01a0042\x1fnat\r\n\x02^BC-Rivers,120<\r\n^Rivers rise<\r\n"
        "\t   CAIRO (AP) _ The river rose.\r\n\x03AP-WF-03-14-21 0930GMT<\r\n\x04"
    )
    alone = wireparse.parse(frame).envelope
    followed = wireparse.parse(frame + "\r\nnot the trailer\r\n" * 3).envelope
    assert alone is not None
    assert followed is not None
    assert [line.text for line in followed.trailer] == ["AP-WF-03-14-21 0930GMT<"]
    assert followed.trailer == alone.trailer


# --------------------------------------------------------------------------
# The tail rule: after each end mark or credit cut off a paragraph, the rest
# of the paragraph was copied and matched whole again, and each mark was
# looked for with a scan of every mark in the last 300 characters: a run of
# marks at the end of a long paragraph was quadratic.  Found with
# "They met. " + "(END) " repeated.


@pytest.mark.parametrize(
    ("source", "paragraphs", "marks", "credit_texts"),
    [
        ("Talks\n\nThey met. (END) (END)\n", ["They met."], ["(END)", "(END)"], []),
        ("Talks\n\nThey met. (Yonhap) (END)\n", ["They met."], ["(END)"], ["Yonhap"]),
        ("Talks\n\nThey met.\n\n(Yonhap) (END)\n", ["They met."], ["(END)"], ["Yonhap"]),
        ("Talks\n\nThey met. (MORE)\n", ["They met."], ["(MORE)"], []),
        ("Talks\n\nThey met. MORE\n", ["They met. MORE"], [], []),
        ("Talks\n\n(END)\n", [], ["(END)"], []),
        (
            "Talks\n\nThey met.\n\n(Reporting by Jane Doe; Editing by John Roe) (END)\n",
            ["They met."],
            ["(END)"],
            ["Reporting by Jane Doe; Editing by John Roe"],
        ),
    ],
    ids=["two-marks", "credit-mark", "credit-paragraph", "more", "bare-more", "only", "reporting"],
)
def test_end_marks_and_credits_off_the_end(
    source: str, paragraphs: list[str], marks: list[str], credit_texts: list[str]
) -> None:
    article = wireparse.parse(source)
    assert [p.text for p in article.paragraphs] == paragraphs
    assert [m.text for m in article.end_marks] == marks
    assert [c.text for c in article.credits] == credit_texts
    for mark in article.end_marks:
        assert article.source[mark.span.start : mark.span.end] == mark.text


def test_a_vocabulary_without_parenthesised_end_marks() -> None:
    class Bare(wireparse.Vocabulary):
        END_MARKS = ("ENDS", "-30-")

    article = wireparse.parse("Talks\n\nThey met. (END)\n", vocabulary=Bare())
    assert [p.text for p in article.paragraphs] == ["They met. (END)"]
    assert article.end_marks == ()


def test_a_run_of_marks_closing_a_long_paragraph_is_read_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The text matched whole, summed over the run, stays proportional to the source."""
    from wireparse import _parser  # noqa: PLC0415 - patched for this test only

    matched: list[int] = []
    whole = _parser._credit_or_mark

    def counting(text: str, vocabulary: wireparse.Vocabulary) -> object:
        matched.append(len(text))
        return whole(text, vocabulary)

    monkeypatch.setattr(_parser, "_credit_or_mark", counting)
    source = "Talks\n\nThey met. " + "(END) " * 20_000
    article = wireparse.parse(source)
    assert len(article.end_marks) == 16  # the tail gives up there (see below)
    assert sum(matched) < 4 * len(source)  # it was about 10,000 times the source


# --------------------------------------------------------------------------
# Paragraph offsets: each look-up walked the paragraph's lines from the first,
# so cutting many marks off a paragraph of many lines was quadratic.


def _offset_one_by_one(para: Para, state: State, index: int) -> int:
    from wireparse._lines import locate  # noqa: PLC0415 - the oracle's own import

    pos = 0
    for line in para.lines:
        size = len(line.text)
        if index <= pos + size:
            return locate(state.source, line, index - pos, state.decode)
        pos += size + 1
    return para.lines[-1].stop


@given(st.lists(st.text(alphabet="ab \u00a0\x02", min_size=1, max_size=6), min_size=1, max_size=6))
def test_paragraph_offsets_are_found_as_before(texts: list[str]) -> None:
    source = "\n".join(texts)
    style = styles["plain"]
    state = State(source, style, style.vocabulary)
    lines = [line for line in scan_lines(source, 0, len(source), style.decode) if line.text]
    if not lines:
        return
    para = Para(lines[0])
    para.lines.extend(lines[1:])
    for index in range(len(para.joined) + 2):
        assert para.offset(state, index) == _offset_one_by_one(para, state, index)
    assert para.start(state) == _offset_one_by_one(para, state, 0)
    assert para.end(state) == _offset_one_by_one(para, state, len(para.joined))


# --------------------------------------------------------------------------
# Lines: split at LF in one call when there is no CR, instead of a regex
# search a line; texts of printable ASCII skip the translation table.

_LINE_END_RE = re.compile(r"[\r\n]")


@pytest.mark.parametrize("decode", [styles["plain"].decode, fold], ids=["method", "fold"])
@given(st.text(alphabet="ab\u00e9 \t\r\n\x02\u00a0\u3000", max_size=24), st.data())
def test_lines_are_found_as_before(
    decode: Callable[[str], str], source: str, data: st.DataObject
) -> None:
    # With fold itself as the decoder, lines of printable ASCII take a fast path.
    start = data.draw(st.integers(0, len(source)))
    end = data.draw(st.integers(start, len(source)))
    expected = []
    pos = start
    while pos < end:
        found = _LINE_END_RE.search(source, pos, end)
        stop = end if found is None else found.start()
        expected.append(Line(source, pos, stop, decode))
        pos = stop + (2 if source.startswith("\r\n", stop) else 1)
    got = scan_lines(source, start, end, decode)
    fields = ("start", "end", "first", "stop", "indented", "text", "simple")
    assert [[getattr(line, f) for f in fields] for line in got] == [
        [getattr(line, f) for f in fields] for line in expected
    ]


@given(st.text())
def test_fold_is_as_before(text: str) -> None:
    expected = _RUNS_OF_SPACE.sub(" ", text.translate(_CLEAN_TABLE))
    assert fold(text) == expected


# --------------------------------------------------------------------------
# Generated articles the round-trip properties found misread.


def test_reuters_1987_dateline_needs_capitals_or_a_month() -> None:
    # "12 cold-chain" read as a day, a mistyped month and the dateline's dash.
    article = wireparse.parse(
        "PORT TO\n\n    Officials said 12 cold-chain.\n", style="reuters-1987"
    )
    assert article.dateline is None
    assert [p.text for p in article.paragraphs] == ["Officials said 12 cold-chain."]
    article = wireparse.parse("TITLE\n\n    Tokyo, March 5 -Gotoh said.\n", style="reuters-1987")
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.date) == ("Tokyo", "March 5")


# --------------------------------------------------------------------------
# Records: a span's bounds are checked by one validator (spans are made by
# the hundred thousand), with the same errors as before.


@pytest.mark.parametrize(
    ("start", "end", "error", "message"),
    [
        (-1, 0, ValueError, "'start' must be >= 0"),
        (3, 2, ValueError, "'end' must be >= 'start'"),
        ("0", 1, TypeError, "'start' must be an int"),
        (0, 1.0, TypeError, "'end' must be an int"),
        (None, None, TypeError, "'start' must be an int"),
    ],
)
def test_span_bounds_are_checked(start: object, end: object, error: type, message: str) -> None:
    with pytest.raises(error, match=re.escape(message)):
        Span(start, end)  # type: ignore[arg-type]


def test_span_accepts_int_subclasses_and_regions_accept_role_names() -> None:
    assert Span(True, 2) == Span(1, 2)
    assert Region("markup", Span(0, 1)).role is RegionRole.MARKUP
    assert Region(RegionRole.BODY, Span(0, 1)).role is RegionRole.BODY


@pytest.mark.parametrize(
    "source",
    [
        # fuzz/crashes/crash-7b05d9c3…: an ANPA keyword line whose last item,
        # "1\xb20" read as cp1252, is "1²0": str.isdigit() takes the superscript
        # two, int() refuses it, and the word count raised ValueError.
        (
            b"\x16\x16\xb6at\nx a\x13\x11 \x89\x00\x00;20\r\n\x02^BC-Pow,1\xb20<\r\n"
            b"^Snow ass<\r\n\x00^B DENMT<=\r\n\x04"
        ),
        "\x16\x16\x01a0001\x1fnat\r\n\x02^BC-Pow,1\u00b20<\r\nSnow fell.\r\n\x03\x04",
        "\x01a0001 dpa 1\u00b2\r\n\x02Snow fell.\r\n\x03",
    ],
    ids=["fuzzer-input", "anpa-keyword", "iptc-number"],
)
def test_superscript_digits_are_no_word_count(source: str | bytes) -> None:
    for style in (None, *styles):
        article = wireparse.parse(source, style=style)
        assert article.envelope is None or article.envelope.word_count is None


# --------------------------------------------------------------------------
# The adversarial benchmark: a megabyte of "(END) (END) …" closing one
# paragraph made a record per mark; a story's tail gives up at sixteen.


def test_a_run_of_end_marks_stays_in_the_text_past_sixteen() -> None:
    article = wireparse.parse("Talks resume\n\nThey met." + " (END)" * 20)
    assert [mark.text for mark in article.end_marks] == ["(END)"] * 16
    assert article.paragraphs[-1].text == "They met." + " (END)" * 4
    few = wireparse.parse("Talks resume\n\nThey met. (Yonhap) (END)")
    assert [c.text for c in few.credits] == ["Yonhap"]
    assert [m.text for m in few.end_marks] == ["(END)"]
