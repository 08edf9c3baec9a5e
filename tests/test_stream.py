"""Streams of many articles: the Splitter, split() and parse_stream().

Every stream here is written for these tests (invented stories in each
format's framing, control characters as escapes).  The memory bound on a large
stream is measured by ``benchmarks/stream_memory.py``, not tested here.
"""

from __future__ import annotations

import io
import itertools
from typing import TYPE_CHECKING, BinaryIO

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wireparse
from wireparse import Chunk, Severity, Span, Splitter, StreamFormat

if TYPE_CHECKING:
    from pathlib import Path

EXAMPLES = settings(deadline=None)

# -- Hand-written streams, one a format ---------------------------------------

SGM = (
    '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n'
    '<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="901" NEWID="1">\n'
    "<DATE> 3-MAR-1987 09:12:44.10</DATE>\n"
    "<TOPICS><D>grain</D></TOPICS>\n"
    "<PLACES><D>canada</D></PLACES>\n"
    "<UNKNOWN> \n&#5;&#5;&#5;G\n&#22;&#22;&#1;f0101&#31;reute\n"
    "r f BC-PRAIRIE-WHEAT   03-03 0061</UNKNOWN>\n"
    "<TEXT>&#2;\n"
    "<TITLE>PRAIRIE WHEAT STOCKS SEEN LOWER</TITLE>\n"
    "<DATELINE>    WINNIPEG, March 3 - </DATELINE><BODY>Wheat stocks on the prairies are\n"
    "expected to fall this spring, a grain board official said.\n"
    "    The board gave no figure for the decline.\n"
    " Reuter\n"
    "&#3;</BODY></TEXT>\n"
    "</REUTERS>\n"
    '<REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="902" NEWID="2">\n'
    "<DATE> 3-MAR-1987 09:15:02.33</DATE>\n"
    "<TOPICS></TOPICS>\n"
    '<TEXT TYPE="BRIEF">&#2;\n'
    "******<TITLE>HARBOUR BOARD SETS NEW FEES FOR SHIPPERS\n"
    "</TITLE>Blah blah blah.\n"
    "&#3;\n"
    "\n"
    "</TEXT>\n"
    "</REUTERS>\n"
    '<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="903" NEWID="3">\n'
    "<DATE> 3-MAR-1987 09:20:57.01</DATE>\n"
    "<TOPICS><D>copper</D></TOPICS>\n"
    "<TEXT>&#2;\n"
    "<TITLE>SMELTER &lt;NRT&gt; RAISES COPPER PRICE</TITLE>\n"
    "<AUTHOR>    By Ann Example, Reuters</AUTHOR>\n"
    "<DATELINE>    TORONTO, March 3 - </DATELINE><BODY>A smelter raised its copper\n"
    "price by one cent a pound, effective today.\n"
    " Reuter\n"
    "&#3;</BODY></TEXT>\n"
    "</REUTERS>\n"
)
SGM_HEADLINES = [
    "PRAIRIE WHEAT STOCKS SEEN LOWER",
    "HARBOUR BOARD SETS NEW FEES FOR SHIPPERS",
    "SMELTER <NRT> RAISES COPPER PRICE",
]

TIPSTER = (
    "<DOC>\n<DOCNO> AP900101-0001 </DOCNO>\n<FILEID>AP-NR-01-01-90 0102EST</FILEID>\n"
    "<FIRST>r a AM-Ferry 1stLd-Writethru   01-01 0210</FIRST>\n"
    "<SECOND>AM-Ferry, 1st Ld-Writethru,0210</SECOND>\n"
    "<HEAD>Ferry Runs Aground Near Harbor, No One Hurt</HEAD>\n"
    "<BYLINE>By MARY EXAMPLE</BYLINE>\n<BYLINE>Associated Press Writer</BYLINE>\n"
    "<DATELINE>PORTLAND, Maine (AP) </DATELINE>\n<TEXT>\n"
    "   A ferry carrying 40 passengers ran aground near the harbor\n"
    "on Monday, but no one was hurt, the Coast Guard said.\n"
    "   The ferry was towed back to its dock.\n</TEXT>\n</DOC>\n"
    "<DOC>\n<DOCNO> AP900101-0002 </DOCNO>\n<FILEID>AP-NR-01-01-90 0110EST</FILEID>\n"
    "<FIRST>u f AM-Snow   01-01 0120</FIRST>\n<SECOND>AM-Snow,0120</SECOND>\n"
    "<HEAD>Snow Closes Mountain Passes</HEAD>\n"
    "<DATELINE>DENVER (AP) </DATELINE>\n<TEXT>\n"
    "   Heavy snow closed two mountain passes on New Year's Day.\n</TEXT>\n</DOC>\n"
    "<DOC>\n<DOCNO> AP900101-0003 </DOCNO>\n<FILEID>AP-NR-01-01-90 0115EST</FILEID>\n"
    "<HEAD>Toy Drive Beats Its Goal</HEAD>\n<HEAD>Eds: Moves on general news wires.</HEAD>\n"
    "<DATELINE>TULSA, Okla. (AP) </DATELINE>\n<TEXT>\n"
    "   A holiday toy drive collected twice as many gifts as planned.\n</TEXT>\n"
    "<NOTE>MORE</NOTE>\n</DOC>\n"
)
TIPSTER_HEADLINES = [
    "Ferry Runs Aground Near Harbor, No One Hurt",
    "Snow Closes Mountain Passes",
    "Toy Drive Beats Its Goal",
]


def anpa(number: str, slug: str, headline: str, body: str) -> str:
    """One ANPA-1312 transmission: SYN SYN SOH … ETX stamp, FF, EOT."""
    return (
        f"\x16\x16\x01{number}\x1fasi\r\n"
        f"r a\x13\x11 BC-{slug}   03-04 0123\r\n"
        f"\x02^BC-{slug},0123<\r\n"
        f"^{headline}<\r\n"
        f"\t   {body}\r\n\r\n"
        "\t   \x03AP-WF-03-04-19 1200GMT<\r\n\r\n\f\r\n\x04"
    )


ANPA = (
    anpa("W1001", "Bridge-Opens", "New bridge opens to traffic", "SPRINGFIELD, Ill. (AP) _ Open.")
    + "\r\n"
    + anpa("W1002", "Zoo-Panda", "Zoo welcomes panda cub", "SAN DIEGO (AP) _ A cub was born.")
    + anpa("W1003", "Storm-Coast", "Storm batters coast", "MIAMI (AP) _ A storm hit the coast.")
)
ANPA_HEADLINES = ["New bridge opens to traffic", "Zoo welcomes panda cub", "Storm batters coast"]


def iptc(number: str, keyword: str, headline: str, body: str) -> str:
    """One IPTC 7901 transmission: SOH header, keyword, STX headline ``=``, ETX, DEL, EOT."""
    return (
        f"\x01eca{number} 4 i 90  dpa 0123\r\n\r\n{keyword}/\r\n"
        f"\x02{headline} =\r\n\r\n{body}\r\n\r\n"
        "dpa xy zz\r\n\x03041200 GMT Mar 04\r\n\x7f\n\x7f\x04"
    )


IPTC = (
    iptc("0101", "Germany/Trains", "Train drivers end strike", "Berlin (dpa) - They went back.")
    + "\r\n\r\n"
    + iptc("0102", "Austria/Skiing", "Ski resort opens early", "Vienna (dpa) - Snow fell.")
    + "\n"
    + iptc("0103", "Italy/Art", "Museum finds lost painting", "Rome (dpa) - It was in storage.")
)
IPTC_HEADLINES = [
    "Train drivers end strike",
    "Ski resort opens early",
    "Museum finds lost painting",
]


def zczc(take: str, city: str, headline: str, body: str) -> str:
    """One AAP message: ZCZC, marker header lines, the body, sign-off, NNNN."""
    return (
        f"ZCZC AAP\r\n%A\r\n#Local: {take}\r\n${headline}\r\n\r\n:({city})\r\n"
        "&AAPIS\\Examplej\r\n*02000000\r\n@Local\r\n"
        f"{body}\n\n   \r\n\r\nAAP XY\r\nNNNN"
    )


ZCZC = (
    zczc("Ferry_BC1", "SYDNEY", "Ferry service resumes", "Ferries are running again.")
    + "\r\n"
    + zczc("Koala_BC2", "BRISBANE", "Koala found in library", "A koala slept in a library.")
    + "\r\n\r\n"
    + zczc("Surf_BC3", "PERTH", "Surf club marks centenary", "A surf club turned 100.")
    + "\r\n"
)
ZCZC_HEADLINES = ["Ferry service resumes", "Koala found in library", "Surf club marks centenary"]

FORMFEED = (
    "Bridge opens to traffic\n\nBy Jane Example\n\nSPRINGFIELD -- The bridge opened.\n"
    "\f\nZoo welcomes panda cub\n\nSAN DIEGO -- A panda cub was born.\n"
    "\f\n  \n\f"  # a blank article: dropped
    "Storm batters coast\n\nMIAMI -- A storm hit the coast.\n"
)
FORMFEED_HEADLINES = ["Bridge opens to traffic", "Zoo welcomes panda cub", "Storm batters coast"]

STREAMS = {
    "reuters21578": (SGM, SGM_HEADLINES),
    "tipster": (TIPSTER, TIPSTER_HEADLINES),
    "anpa1312": (ANPA, ANPA_HEADLINES),
    "iptc7901": (IPTC, IPTC_HEADLINES),
    "zczc": (ZCZC, ZCZC_HEADLINES),
    "formfeed": (FORMFEED, FORMFEED_HEADLINES),
}


# -- Helpers ----------------------------------------------------------------------


def feed_in_pieces(text: str, cuts: list[int], format: str | None = None) -> list[Chunk]:  # noqa: A002
    """The chunks of *text* fed to a Splitter cut at *cuts*, drained after every feed."""
    splitter = Splitter(format)
    chunks: list[Chunk] = []
    edges = [0, *sorted(cuts), len(text)]
    for start, end in itertools.pairwise(edges):
        splitter.feed(text[start:end])
        chunks.extend(splitter)
    splitter.close()
    chunks.extend(splitter)
    return chunks


def feed_whole(text: str, format: str | None = None) -> list[Chunk]:  # noqa: A002
    """The chunks of *text* fed all at once."""
    return feed_in_pieces(text, [], format)


def feed_one_by_one(text: str, format: str | None = None) -> list[Chunk]:  # noqa: A002
    """The chunks of *text* fed one character at a time (h11's byte-by-byte check)."""
    return feed_in_pieces(text, list(range(1, len(text))), format)


def check_spans(stream: str, chunks: list[Chunk]) -> None:
    """Each chunk's span holds its text; spans are in order and do not overlap."""
    position = 0
    for chunk in chunks:
        assert stream[chunk.span.start : chunk.span.end] == chunk.text
        assert chunk.span.start >= position
        position = chunk.span.end
    assert position <= len(stream)


# -- The five formats and form feeds --------------------------------------------------


@pytest.mark.parametrize("name", list(STREAMS))
def test_a_stream_splits_into_its_articles(name: str) -> None:
    """Each hand-written stream gives its articles, told apart by its framing."""
    stream, headlines = STREAMS[name]
    chunks = list(wireparse.split(stream))
    assert [chunk.format for chunk in chunks] == [name] * len(headlines)
    check_spans(stream, chunks)
    assert [wireparse.parse(chunk.text).headline for chunk in chunks] == headlines


@pytest.mark.parametrize("name", list(STREAMS))
def test_parse_stream_gives_the_headlines(name: str) -> None:
    """parse_stream parses each article of each stream."""
    stream, headlines = STREAMS[name]
    assert [article.headline for article in wireparse.parse_stream(stream)] == headlines


def test_reuters_sgm_file() -> None:
    """The DOCTYPE line is no article; `&#3;` and a BODY-less BRIEF item are read."""
    chunks = list(wireparse.split(SGM))
    assert len(chunks) == 3
    assert chunks[0].span.start == SGM.index("<REUTERS")
    assert all(c.text.startswith("<REUTERS ") and c.text.endswith("</REUTERS>") for c in chunks)
    articles = list(wireparse.parse_stream(SGM))
    assert [a.style for a in articles] == ["reuters21578-sgml"] * 3
    assert [p.text for p in articles[1].paragraphs] == ["Blah blah blah."]
    assert articles[0].dateline is not None
    assert articles[0].dateline.location == "WINNIPEG"
    assert not any("&#3;" in p.text for a in articles for p in a.paragraphs)


def test_tipster_file() -> None:
    """A TIPSTER file of <DOC>s: each element is an article, bylines and datelines kept."""
    articles = list(wireparse.parse_stream(TIPSTER))
    assert [a.style for a in articles] == ["tipster"] * 3
    assert articles[0].byline is not None
    assert articles[0].byline.authors == ("MARY EXAMPLE",)
    assert [a.dateline.location if a.dateline else None for a in articles] == [
        "PORTLAND, Maine",
        "DENVER",
        "TULSA, Okla.",
    ]


def test_transmissions_keep_their_framing() -> None:
    """An ANPA frame runs from its SYNs to EOT, an IPTC frame from SOH to EOT."""
    anpa_chunks = list(wireparse.split(ANPA))
    assert all(c.text.startswith("\x16\x16\x01") and c.text.endswith("\x04") for c in anpa_chunks)
    iptc_chunks = list(wireparse.split(IPTC))
    assert all(c.text.startswith("\x01eca") and c.text.endswith("\x04") for c in iptc_chunks)
    assert [wireparse.parse(c.text).style for c in anpa_chunks + iptc_chunks] == (
        ["anpa1312"] * 3 + ["iptc7901"] * 3
    )


def test_zczc_messages_run_to_nnnn() -> None:
    """A ZCZC message ends with its NNNN; the line end after it is no article's."""
    chunks = list(wireparse.split(ZCZC))
    assert all(c.text.startswith("ZCZC AAP") and c.text.endswith("NNNN") for c in chunks)
    assert ZCZC[chunks[0].span.end :].startswith("\r\nZCZC")


def test_form_feeds_separate_plain_articles() -> None:
    """Form feeds are no article's; a blank article between two of them is dropped."""
    chunks = list(wireparse.split(FORMFEED))
    assert len(chunks) == 3
    assert not any("\f" in c.text for c in chunks)
    assert chunks[1].text.startswith("\nZoo welcomes")


def test_text_without_framing_is_one_article() -> None:
    """A single plain article is one chunk: the whole text."""
    text = "Talks resume\n\nSEOUL -- They met.\n"
    assert [(c.text, c.span, c.format) for c in wireparse.split(text)] == [
        (text, Span(0, len(text)), StreamFormat.FORMFEED)
    ]


@pytest.mark.parametrize("blank", ["", "  \n\r\n", "\f\f\n\f", "\x00\x1a"])
def test_a_blank_stream_has_no_articles(blank: str) -> None:
    """Nothing but blank space and form feeds: no article at all."""
    assert list(wireparse.split(blank)) == []
    assert list(wireparse.parse_stream(blank)) == []


# -- Framing details ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("\x16\x16\x01W1234\x1fasi\r\n", "anpa1312"),
        ("\x01W1234\x1fasi\r\n", "anpa1312"),
        ("\r\n\x01eca0001 4 i 90  dpa 0001\r\n", "iptc7901"),
        ("ZCZC AAP\r\n", "zczc"),
        ("   ZCZC\r\n", "zczc"),
        ('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n<REUTERS NEWID="1">', "reuters21578"),
        ("<REUTERS>", "reuters21578"),
        ("<DOC>\n<DOCNO> X </DOCNO>", "tipster"),
        ('\n<doc id="x">', "tipster"),
        ("<DOCNO>1</DOCNO>", "formfeed"),
        ("<p>Hello</p>", "formfeed"),
        ("ZCZCX", "formfeed"),
        ("\x16x", "formfeed"),
        ("Plain text", "formfeed"),
    ],
)
def test_the_format_shows_in_the_first_characters(opening: str, expected: str) -> None:
    """Detection reads the stream's opening, after blank space and declarations."""
    splitter = Splitter()
    splitter.feed(opening)
    splitter.close()
    assert splitter.format == expected
    assert all(chunk.format == expected for chunk in feed_one_by_one(opening))


def test_the_format_waits_for_enough_text() -> None:
    """Until the opening is conclusive, the splitter does not guess."""
    splitter = Splitter()
    splitter.feed("  ZC")
    assert splitter.format is None
    splitter.feed("ZC")
    assert splitter.format is None  # "ZCZCX" would be plain text
    splitter.feed(" AAP\r\n")
    assert splitter.format == "zczc"


def test_the_format_can_be_given() -> None:
    """format= overrides detection; a format whose markers are absent finds nothing."""
    assert [c.text for c in wireparse.split(FORMFEED, format="single")] == [FORMFEED]
    assert list(wireparse.split(FORMFEED, format=StreamFormat.ZCZC)) == []
    text = "ZCZC one\nNNNN\n\fZCZC two\nNNNN\n"
    assert len(list(wireparse.split(text, format="formfeed"))) == 2
    assert len(list(wireparse.split(text))) == 2


def test_an_unterminated_frame_ends_where_the_next_begins() -> None:
    """A frame without its end runs to the next frame's start, or to the stream's end."""
    anpa_text = "\x16\x16\x01one\x1fx\r\nbody\r\n\x16\x16\x01two\x1fx\x04\r\n\x01three"
    assert [c.text for c in wireparse.split(anpa_text)] == [
        "\x16\x16\x01one\x1fx\r\nbody\r\n",
        "\x16\x16\x01two\x1fx\x04",
        "\x01three",
    ]
    zczc_text = "ZCZC one\r\nbody\r\n  ZCZC two\r\nNNNN\r\nZCZC three\r\nend"
    assert [c.text for c in wireparse.split(zczc_text)] == [
        "ZCZC one\r\nbody\r\n",
        "ZCZC two\r\nNNNN",
        "ZCZC three\r\nend",
    ]
    doc_text = "<DOC>\n<TEXT>one</TEXT>\n<DOC>\n<TEXT>two</TEXT>\n</DOC>"
    assert [c.text for c in wireparse.split(doc_text)] == [
        "<DOC>\n<TEXT>one</TEXT>\n",
        "<DOC>\n<TEXT>two</TEXT>\n</DOC>",
    ]


def test_text_between_frames_belongs_to_no_article() -> None:
    """Idle characters, blank lines and stray lines between frames are dropped."""
    text = "\x00\x00\x01one\x04\r\nstray line\r\n\x16\x01two\x04\x16\x16"
    assert [c.text for c in wireparse.split(text)] == ["\x01one\x04", "\x16\x01two\x04"]


def test_markers_inside_an_article_do_not_split_it() -> None:
    """ZCZC or NNNN in the middle of a line, or <DOCNO>, are text."""
    assert len(list(wireparse.split("ZCZC a\r\nsay NNNN or ZCZC here\r\nNNNN"))) == 1
    assert len(list(wireparse.split("<DOC>\n<DOCNO>1</DOCNO>\n<DOCX>\n</DOC>"))) == 1


# -- Incremental feeding -------------------------------------------------------------


@pytest.mark.parametrize("name", list(STREAMS))
def test_one_character_at_a_time_gives_the_same_chunks(name: str) -> None:
    """Fed a character at a time, the splitter finds the same chunks as fed all at once."""
    stream, _ = STREAMS[name]
    assert feed_one_by_one(stream) == feed_whole(stream)


@pytest.mark.parametrize(
    "stream",
    [
        "ZCZC a\r\nNNNNX\r\nNNNN",  # NNNNX does not end the message
        "ZCZC a\r\nNNNN\r\nZCZCX\r\nZCZC b\r\n  ZCZC_\r\n  ZCZC c",
        "<DOC>a</DOC><DOCNO><DOC\n>b</DOC\n><DOCX>",
        "\x16\x16\x01a\x04\x16\x16\x16\x01b\x16\x01c",
        *(stream for stream, _ in STREAMS.values()),
    ],
)
def test_every_single_cut_gives_the_same_chunks(stream: str) -> None:
    """A marker cut off by the end of a feed, or needing the next character, waits for it."""
    whole = feed_whole(stream)
    for cut in range(1, len(stream)):
        assert feed_in_pieces(stream, [cut]) == whole, cut


def test_chunks_come_as_soon_as_they_are_complete() -> None:
    """An article is given once its end marker (and one character after) has arrived."""
    splitter = Splitter()
    splitter.feed(TIPSTER[: TIPSTER.index("</DOC>") + len("</DOC>") + 1])
    assert len(list(splitter)) == 1
    assert list(splitter) == []  # each chunk is given once
    splitter.feed(TIPSTER[len(TIPSTER) // 2 :])
    splitter.close()
    assert splitter.closed


def test_splitter_rejects_bytes_and_feeding_after_close() -> None:
    """Caller mistakes: bytes (decode first) and text after the end of the stream."""
    splitter = Splitter()
    with pytest.raises(TypeError, match="str"):
        splitter.feed(b"ZCZC")  # type: ignore[arg-type]
    splitter.close()
    splitter.close()  # harmless
    with pytest.raises(ValueError, match="close"):
        splitter.feed("more")


# A stream built from markers of every format, control characters, line ends and text.
PIECES = st.one_of(
    st.sampled_from(
        [
            "\x16",
            "\x16\x16\x01",
            "\x01",
            "\x04",
            "\x03",
            "\x1f",
            "ZCZC",
            "ZCZC AAP\r\n",
            "NNNN",
            "\r\nNNNN",
            "\n  NNNN\n",
            "\r\n",
            "\n",
            "\r",
            " ",
            "\t",
            "\f",
            "<DOC>",
            "</DOC>",
            '<DOC id="a">',
            "</doc >",
            "<REUTERS NEWID='1'>",
            "</REUTERS>",
            '<!DOCTYPE lewis SYSTEM "lewis.dtd">',
            "<",
            ">",
            "Headline",
            "caf\u00e9",
            "\ud55c\uad6d",
        ]
    ),
    st.text(max_size=6),
)
STREAM_TEXTS = st.lists(PIECES, max_size=30).map("".join)
FORMATS = st.sampled_from([None, *StreamFormat])


@EXAMPLES
@given(STREAM_TEXTS, FORMATS, st.data())
def test_any_cutting_gives_the_same_chunks(
    stream: str, fmt: StreamFormat | None, data: st.DataObject
) -> None:
    """However the stream is cut into feeds, the chunks are the same."""
    cuts = data.draw(st.lists(st.integers(0, len(stream)), max_size=12))
    whole = feed_whole(stream, fmt)
    assert feed_in_pieces(stream, cuts, fmt) == whole
    check_spans(stream, whole)


@EXAMPLES
@given(STREAM_TEXTS, FORMATS)
def test_one_by_one_matches_whole_for_any_stream(stream: str, fmt: StreamFormat | None) -> None:
    """The byte-by-byte check of h11, over streams of markers."""
    assert feed_one_by_one(stream, fmt) == feed_whole(stream, fmt)


@EXAMPLES
@given(st.one_of(st.text(), STREAM_TEXTS), FORMATS, st.integers(1, 64))
def test_split_never_raises_on_text(stream: str, fmt: StreamFormat | None, size: int) -> None:
    """Any text splits, every chunk lies in the stream, and parses."""
    chunks = list(wireparse.split(stream, format=fmt, chunk_size=size))
    check_spans(stream, chunks)
    for article in wireparse.parse_stream(stream, format=fmt, chunk_size=size):
        assert isinstance(article, wireparse.Article)


@EXAMPLES
@given(st.one_of(st.binary(), STREAM_TEXTS.map(str.encode)), FORMATS, st.integers(1, 16))
def test_split_never_raises_on_bytes(data: bytes, fmt: StreamFormat | None, size: int) -> None:
    """Any bytes split and parse; the result does not depend on how they were read."""
    chunks = list(wireparse.split(data, format=fmt, chunk_size=size))
    assert chunks == list(wireparse.split(data, format=fmt, chunk_size=len(data) + 1))
    for article in wireparse.parse_stream(data, format=fmt, chunk_size=size):
        assert isinstance(article, wireparse.Article)


# -- Bytes ------------------------------------------------------------------------------

UNICODE_STREAM = (
    "Caf\u00e9 talks resume \ud55c\uad6d\n\nSEOUL -- They met \u2014 again.\n"
    "\fNa\u00efve plan \U0001f4f0 fails\n\nBERLIN -- It failed.\n"
)


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, 64])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_characters_split_across_reads(size: int, encoding: str) -> None:
    """Multi-byte characters cut between two reads decode whole; a BOM picks the encoding."""
    chunks = list(wireparse.split(UNICODE_STREAM.encode(encoding), chunk_size=size))
    assert chunks == list(wireparse.split(UNICODE_STREAM))
    assert all(not chunk.defects for chunk in chunks)


def test_a_stream_that_is_not_utf8_is_read_as_cp1252_from_there_on() -> None:
    """Valid UTF-8 before the first bad byte stays; the rest is cp1252, with a defect."""
    data = (
        "Caf\u00e9 opens\n\nIt opened.\n".encode()
        + b"\fCaf\xe9 closes\n\nIt closed \x93early\x94.\n"
        + b"\fShop sells out\n\nIt sold out.\n"
    )
    bad_byte = data.index(b"\xe9")
    for size in (1, 4, 1000):
        chunks = list(wireparse.split(data, chunk_size=size))
        assert [c.text.split("\n")[0] for c in chunks] == [
            "Caf\u00e9 opens",
            "Caf\u00e9 closes",
            "Shop sells out",
        ]
        assert "\u201cearly\u201d" in chunks[1].text
        assert chunks[0].defects == ()
        assert [d.code for d in chunks[1].defects] == ["legacy-encoding"]
        assert chunks[1].defects[0].span == Span(3, 4)  # the "é"
        assert chunks[1].defects[0].severity is Severity.WARNING
        assert f"byte 0xe9 at offset {bad_byte}" in chunks[1].defects[0].message
        assert [(d.code, d.span) for d in chunks[2].defects] == [("legacy-encoding", Span(0, 0))]
    articles = list(wireparse.parse_stream(data))
    assert ["legacy-encoding" in {d.code for d in a.defects} for a in articles] == [
        False,
        True,
        True,
    ]


def test_bad_bytes_under_a_bom_are_replaced() -> None:
    """Bytes that break the BOM's encoding become U+FFFD, with a defect."""
    data = codecs_utf16("One\n\nFirst.\n\f") + b"\x00\xd8" + codecs_utf16("Two\n\nSecond.\n")[2:]
    chunks = list(wireparse.split(data, chunk_size=3))
    assert len(chunks) == 2
    assert chunks[0].defects == ()
    assert "\ufffd" in chunks[1].text
    assert [d.code for d in chunks[1].defects] == ["undecodable-bytes"]


def codecs_utf16(text: str) -> bytes:
    """*text* in little-endian UTF-16 with its BOM."""
    return b"\xff\xfe" + text.encode("utf-16-le")


# -- Sources: paths, files, laziness --------------------------------------------------


def test_parse_stream_reads_a_path(tmp_path: Path) -> None:
    """A pathlib.Path is opened, read in pieces and closed."""
    path = tmp_path / "reut2-000.sgm"
    path.write_bytes(SGM.encode())
    assert [a.headline for a in wireparse.parse_stream(path, chunk_size=100)] == SGM_HEADLINES
    assert list(wireparse.split(path)) == list(wireparse.split(SGM))


def test_a_str_is_text_not_a_path(tmp_path: Path) -> None:
    """A path given as str is read as the text itself (pass a Path to read the file)."""
    path = tmp_path / "day.txt"
    path.write_text(TIPSTER)
    assert [c.text for c in wireparse.split(str(path))] == [str(path)]


def test_parse_stream_reads_file_objects() -> None:
    """Binary and text file objects are read a piece at a time."""
    binary = io.BytesIO(TIPSTER.encode())
    assert [a.headline for a in wireparse.parse_stream(binary, chunk_size=50)] == TIPSTER_HEADLINES
    text = io.StringIO(ZCZC, newline="")
    assert [a.headline for a in wireparse.parse_stream(text, chunk_size=50)] == ZCZC_HEADLINES


class CountingReader(io.BytesIO):
    """A binary file that counts how often it is read."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.reads = 0

    def read(self, size: int | None = -1, /) -> bytes:
        self.reads += 1
        return super().read(size)


def test_parse_stream_is_lazy() -> None:
    """parse_stream returns an iterator and reads only as far as the articles asked for."""
    data = (TIPSTER * 200).encode()
    reader = CountingReader(data)
    articles = wireparse.parse_stream(reader, chunk_size=1024)
    assert iter(articles) is articles
    assert reader.reads == 0  # nothing read before the first article is asked for
    first = next(articles)
    assert first.headline == TIPSTER_HEADLINES[0]
    assert reader.reads <= 2
    assert reader.tell() < len(data) // 100


def test_a_file_read_by_path_is_closed_when_the_iterator_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file opened from a path is closed at the end, or when the iterator is dropped early."""
    opened: list[BinaryIO] = []

    def tracking_open(path: Path, mode: str) -> BinaryIO:
        assert mode == "rb"
        file = path.open("rb")
        opened.append(file)
        return file

    monkeypatch.setattr(wireparse._stream, "open", tracking_open, raising=False)
    path = tmp_path / "day.txt"
    path.write_text(TIPSTER)
    assert len(list(wireparse.split(path))) == 3
    chunks = wireparse.split(path, chunk_size=16)
    next(chunks)
    assert not opened[1].closed
    chunks.close()  # type: ignore[attr-defined]  # a generator
    assert [file.closed for file in opened] == [True, True]


def test_caller_mistakes_raise_at_once() -> None:
    """Wrong types and unknown names raise when the call is made, before any reading."""
    with pytest.raises(TypeError, match=r"pathlib\.Path"):
        wireparse.split(123)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown stream format"):
        wireparse.split("text", format="nitf")
    with pytest.raises(TypeError, match="format"):
        wireparse.split("text", format=1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="chunk_size"):
        wireparse.split("text", chunk_size=0)
    with pytest.raises(TypeError, match="chunk_size"):
        wireparse.split("text", chunk_size=1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown style"):
        wireparse.parse_stream("text", style="nope")
    with pytest.raises(TypeError, match="strict"):
        wireparse.parse_stream("text", strict="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="vocabulary"):
        wireparse.parse_stream("text", vocabulary="words")  # type: ignore[arg-type]


def test_a_read_that_changes_type_is_a_caller_mistake() -> None:
    """A file that gives bytes and then text (or None) is no file to read."""

    class Mixed:
        def __init__(self) -> None:
            self.given: list[object] = [b"abc", "def"]

        def read(self, _size: int) -> object:
            return self.given.pop(0)

    with pytest.raises(TypeError, match="read"):
        list(wireparse.split(Mixed()))  # type: ignore[arg-type]


def test_parse_stream_passes_its_options_to_parse() -> None:
    """style= and strict= reach every article."""
    articles = list(wireparse.parse_stream(FORMFEED, style="plain", strict=True))
    assert [a.style for a in articles] == ["plain"] * 3


# -- The record -----------------------------------------------------------------------


def test_chunk_is_a_frozen_record() -> None:
    """A chunk compares by value, cannot change, and its span fits its text."""
    chunk = Chunk("ZCZC", Span(3, 7), "zczc")
    assert chunk == Chunk("ZCZC", Span(3, 7), StreamFormat.ZCZC)
    assert chunk.format is StreamFormat.ZCZC
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        chunk.text = "NNNN"  # type: ignore[misc]
    with pytest.raises(ValueError, match="span"):
        Chunk("ZCZC", Span(0, 3), "zczc")


# -- The corpus, re-assembled into streams ------------------------------------------------


@pytest.mark.parametrize(
    ("collection", "between", "prefix"),
    [
        ("anpa1312", b"\r\n", b""),
        ("iptc7901", b"\n", b""),
        ("zczc", b"\r\n", b""),
        ("tipster-ap", b"", b""),
        ("reuters21578", b"", b'<!DOCTYPE lewis SYSTEM "lewis.dtd">\n'),
    ],
)
def test_corpus_articles_put_back_into_one_stream(
    corpus_dir: Path, collection: str, between: bytes, prefix: bytes
) -> None:
    """The corpus's articles, each cut from a stream, are found again in one stream."""
    files = sorted((corpus_dir / "wire" / collection).glob("*.txt"))
    if not files:
        pytest.skip(f"no {collection} files in the corpus")
    originals = [f.read_bytes() for f in files]
    stream = prefix + between.join(originals)
    chunks = list(wireparse.split(stream, chunk_size=997))
    assert len(chunks) == len(originals)
    for original, chunk in zip(originals, chunks, strict=True):
        assert chunk.text.strip() == original.decode().strip()
