"""Transmission frames: AP's ANPA-1312, dpa's IPTC 7901 and AAP's ZCZC.

Every fixture here is invented, written by hand in the frame's layout, with the
control characters spelled as escapes.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

import pytest

import wireparse
from _support import assert_partition
from wireparse import SegmentKind, styles
from wireparse._styles.frames import (
    Anpa1312,
    Iptc7901,
    Zczc,
    read_anpa_frame,
    read_iptc_frame,
    read_zczc_frame,
)
from wireparse._text import has_control

if TYPE_CHECKING:
    from collections.abc import Callable

    from wireparse import Article

SYN, SOH, STX, ETX, EOT = "\x16", "\x01", "\x02", "\x03", "\x04"
US, DC1, DC3, FF, DEL = "\x1f", "\x11", "\x13", "\x0c", "\x7f"
UTC = datetime.UTC

# --------------------------------------------------------------------------
# Fixtures.

ANPA = (
    f"{SYN}{SYN}{SOH}a1234{US}asian\n"
    f"r a{DC3}{DC1} BC-US--Lake-Ferry 1stLd-Writethru   03-14 0210\r\n"
    f"{STX}^BC-US--Lake Ferry, 1st Ld-Writethru,180<\r\n"
    "^Ferry returns to frozen lake after 40 years<\r\n"
    "^AP Photo MNLA101, MNLA102<\r\n"
    "^Eds: Updates with mayor's comment. With AP Photos.<\r\n"
    "^A century-old ferry crossed a thawing lake on Sunday.< \r\n"
    "^By JANE ROE and JOHN DOE=\r\n"
    "^Associated Press=\r\n"
    "\t   LAKEVILLE, Minn. (AP) _ A century-old ferry crossed the lake on Sunday. \r\n"
    " \r\n"
    "\t   Crowds lined the shore to watch.\r\n"
    "\t   ``It floats,'' the mayor said.\r\n"
    "\t   ___\r\n"
    "\t   APTN producer Sam Poe in Duluth helped with this story.\r\n"
    "\r\n"
    f"\t   {ETX}AP-WF-03-14-21 0930GMT<\r\n"
    f"\r\n{FF}\r\n{EOT}"
)

ANPA_LIST = (
    f"{SYN}{SYN}{SOH}V0042{US}-----\n"
    f"r e{DC3}{DC1} AP-Top-Garden-Headlines     05-02 0040\r\n"
    f"{STX}^*1234< ^AP-Top-Garden-Headlines,0040<\r\n"
    "^AP Top Garden News at 6:00 a.m. EDT<\r\n"
    "^Tulip show opens early after warm spring\r\n"
    "^Town plants 1,000 trees along the river\r\n"
    "\r\n"
    f"\t   {ETX}AP-WF-05-02-22 1000GMT<\r\n"
    f"\r\n{FF}\r\n{EOT}"
)

ANPA_LABELS = (
    f"{SYN}{SYN}{SOH}b0007{US}asian\n"
    f"a a{DC3}{DC1} BC-Lake-Budget   03-15 0100\r\n"
    f"{STX}^BC-Lake-Budget,100<\r\n"
    "^$adv16<\r\n"
    "^URGENT<\r\n"
    "^$5 million plan to save the ferry<\r\n"
    "^By The Associated Press=\r\n"
    "\t   The council approved the plan.\r\n"
    f"\t   {ETX}AP-WF-03-15-21 1200GMT<\r\n"
    f"{EOT}"
)

IPTC = (
    f"{SOH}eca101 4 i 150 ccccb   dpa 042\r\n"
    "\n"
    "Germany-transport/\r\n"
    f"{STX}1ST LEAD\n"
    "Night trains return to Hamburg after a decade =\r\n"
    "\n"
    "   Hamburg (dpa) - Overnight trains will run again between Hamburg and\r\n"
    "Vienna from May, the operator said Tuesday.\r\n"
    "\n"
    "   The service was cut ten years ago for lack of passengers.\r\n"
    "\n"
    "# dpa Notebook\r\n"
    "\n"
    "* * * *\r\n"
    "The following information is not for publication\r\n"
    "\n"
    "## dpa Contacts\r\n"
    "- Reporting by: Anna Berg\r\n"
    "- Editing by: Paul Kern\r\n"
    "Tel: +49 30 0000 0000\r\n"
    "\n"
    "dpa ab pk\r\n"
    "\r\n"
    f"{ETX}101530 GMT Mar 21 \r\n"
    f"{DEL}\n{DEL}{EOT}"
)

IPTC_BYLINE = (
    f"{SOH}ecp0012 4 s 400  dpa-tns 0101\r\n"
    "\n"
    "Baseball/MLB/\r\n"
    f"{STX}Rain delays the opener in Lakeside\n"
    "By Jane Roe, The Lakeside Star-Tribune =\r\n"
    "\n"
    "Lakeside (tca/dpa) - Rain washed out the season opener on Monday.\r\n"
    "\n"
    "The teams will play a doubleheader on Tuesday.\r\n"
    "\n"
    "# Notebook\r\n"
    "\n"
    "## Note to editors\r\n"
    "- (c)2021 The Lakeside Star-Tribune\r\n"
    "- Visit the paper at www.example.com\r\n"
    "- Distributed by Example Content Agency, LLC.\r\n"
    "\n"
    "dpa tca xy\r\n"
    "\r\n"
    f"{ETX}211259 Mar 21\r\n"
    f"{DEL}\n{DEL}{EOT}"
)

ZCZC = (
    "ZCZC AAP\r\n"
    "%A\r\n"
    "#Court: Harbour_BC2\r\n"
    "$Ferry skipper fined over harbour crash \n"
    "\r\n"
    ":(PERTH)\r\n"
    "&AAPIS\\Doej\r\n"
    "*02000000\r\n"
    "@WA\r\n"
    "A ferry skipper has been fined $5000 over a crash in Perth harbour.\n"
    "\n"
    "   The court heard nobody was hurt.\n"
    "\n"
    "   The magistrate said the skipper had been careless.\n"
    "\n"
    "   \r\n"
    "\r\n"
    "AAP KLM\r\n"
    "NNNN"
)

ZCZC_RELEASE = (
    "   ZCZC AAP\r\n"
    "%MNETALL MGD\r\n"
    "$K\r\n"
    ":\r\n"
    ":Lakeside Water Board\r\n"
    "*X\r\n"
    "Media release: Lakeside dams reach 90 per cent\r\n"
    "\r\n"
    "Wed 3 March 2021\r\n"
    "\r\n"
    "Dam levels across the region rose again this week.\r\n"
    "Levels by dam\r\n"
    "* North dam: 92%\r\n"
    "* South dam: 88%\r\n"
    "For more information contact: Ann Lee, 0400 000 000\r\n"
    "\r\n"
    "\r\n"
    "http://www.example.com/releases/1234\r\n"
    "SOURCE: Lakeside Water Board\r\n"
    "\r\n"
    "NNNN\r\n"
)

ZCZC_TABLE = (
    "   ZCZC AAP\r$T\r:Motor Karts\r=Lakeside 100\r^KARTS:  Results after Lakeside 100\r"
    "*X\r&T\r+15039001\r"
    "LAKESIDE, Mar 7 AAP - Results from the Lakeside 100 today:\r\n"
    "\t\r\n"
    "\tSUNDAY\r\n"
    "\t1. Ann Lee (Team A)          1:01.2345\r\n"
    "\t2. Bob Day (Team B)          1:01.9876\r\n"
    "\t\r\n"
    "\t   AAP"
)

FIXTURES = {
    "anpa": (ANPA, "anpa1312"),
    "anpa-list": (ANPA_LIST, "anpa1312"),
    "anpa-labels": (ANPA_LABELS, "anpa1312"),
    "iptc": (IPTC, "iptc7901"),
    "iptc-byline": (IPTC_BYLINE, "iptc7901"),
    "zczc": (ZCZC, "zczc"),
    "zczc-release": (ZCZC_RELEASE, "zczc"),
    "zczc-table": (ZCZC_TABLE, "zczc"),
}


def _texts(article: Article) -> tuple[list[str], list[str], list[str]]:
    return (
        [p.text for p in article.paragraphs],
        [c.text for c in article.credits],
        [m.text for m in article.end_marks],
    )


def _dateline(article: Article) -> tuple[str | None, str | None, str | None] | None:
    d = article.dateline
    return None if d is None else (d.location, d.date, d.agency)


# --------------------------------------------------------------------------
# Every frame: detection, the partition, no control characters, nothing unknown.


@pytest.mark.parametrize(("source", "name"), FIXTURES.values(), ids=FIXTURES.keys())
def test_frames_are_detected_and_fully_placed(
    source: str, name: str, record_texts: Callable[[Article], list[tuple[str, str]]]
) -> None:
    assert styles.detect(source).name == name
    article = wireparse.parse(source)
    assert article.style == name
    assert_partition(article)
    assert not [s for s in article.segments if s.kind is SegmentKind.UNKNOWN]
    for field, text in record_texts(article):
        assert not has_control(text), field
    # Bytes in, the same answer out.
    assert wireparse.parse(source.encode()).paragraphs == article.paragraphs


@pytest.mark.parametrize(("source", "name"), FIXTURES.values(), ids=FIXTURES.keys())
def test_forcing_a_frame_style_on_cut_or_foreign_text_never_raises(source: str, name: str) -> None:
    for style in ("anpa1312", "iptc7901", "zczc"):
        for cut in range(0, len(source) + 1, 5):
            article = wireparse.parse(source[:cut], style=style)
            assert article.style == style
            assert_partition(article)


def test_plain_text_is_not_a_frame() -> None:
    text = "Talks resume\n\nBERLIN (dpa) - They met.\n\nNNNN\n"
    for style in ("anpa1312", "iptc7901", "zczc"):
        assert styles[style].detect(text) == 0.0
    forced = wireparse.parse(text, style="anpa1312")
    assert forced.style == "anpa1312"
    assert forced.headline == "Talks resume"


def test_each_frame_style_reads_its_frame() -> None:
    anpa, iptc, zczc = styles["anpa1312"], styles["iptc7901"], styles["zczc"]
    assert isinstance(anpa, Anpa1312)
    assert isinstance(iptc, Iptc7901)
    assert isinstance(zczc, Zczc)
    assert anpa.frame(ANPA) == read_anpa_frame(ANPA)
    assert iptc.frame(IPTC) == read_iptc_frame(IPTC)
    assert zczc.frame(ZCZC) == read_zczc_frame(ZCZC)


def test_frame_styles_have_descriptions() -> None:
    descriptions = styles.descriptions()
    for name in ("anpa1312", "iptc7901", "zczc"):
        assert descriptions[name]
        assert "\n" not in descriptions[name]


# --------------------------------------------------------------------------
# ANPA-1312.


def test_anpa_fields() -> None:
    article = wireparse.parse(ANPA)
    assert article.headline == "Ferry returns to frozen lake after 40 years"
    assert article.byline is not None
    assert article.byline.authors == ("JANE ROE", "JOHN DOE")
    assert article.byline.affiliation == "Associated Press"
    assert article.published == datetime.datetime(2021, 3, 14, 9, 30, tzinfo=UTC)
    assert article.updated is None
    assert _dateline(article) == ("LAKEVILLE, Minn.", None, "AP")
    paragraphs, signed, end_marks = _texts(article)
    # One paragraph a TAB line, the ``___`` rule in none, the contributor note a credit.
    assert paragraphs == [
        "A century-old ferry crossed the lake on Sunday.",
        "Crowds lined the shore to watch.",
        "``It floats,'' the mayor said.",
    ]
    assert signed == ["APTN producer Sam Poe in Duluth helped with this story."]
    assert end_marks == []
    assert article.captions == ()


def test_anpa_header_lines_are_markup_and_the_stamp_a_timestamp() -> None:
    article = wireparse.parse(ANPA)
    markup = [
        ANPA[s.span.start : s.span.end] for s in article.segments if s.kind is SegmentKind.MARKUP
    ]
    assert any("BC-US--Lake-Ferry 1stLd-Writethru" in m for m in markup)
    assert "AP Photo MNLA101, MNLA102" in markup
    assert "Eds: Updates with mayor's comment. With AP Photos." in markup
    assert "A century-old ferry crossed a thawing lake on Sunday." in markup  # the abstract
    assert "___" in markup
    stamps = [s for s in article.segments if s.kind is SegmentKind.TIMESTAMP]
    assert [ANPA[s.span.start : s.span.end] for s in stamps] == ["AP-WF-03-14-21 0930GMT"]


def test_anpa_unterminated_caret_lines_are_the_body() -> None:
    article = wireparse.parse(ANPA_LIST)
    assert article.headline == "AP Top Garden News at 6:00 a.m. EDT"
    paragraphs, signed, _ = _texts(article)
    assert paragraphs == [
        "Tulip show opens early after warm spring",
        "Town plants 1,000 trees along the river",
    ]
    assert signed == []
    assert article.published == datetime.datetime(2022, 5, 2, 10, 0, tzinfo=UTC)


def test_anpa_labels_are_skipped_and_an_agency_byline_is_a_credit() -> None:
    article = wireparse.parse(ANPA_LABELS)
    assert article.headline == "$5 million plan to save the ferry"
    assert article.byline is None
    paragraphs, signed, _ = _texts(article)
    assert signed == ["By The Associated Press"]
    assert paragraphs == ["The council approved the plan."]


def test_read_anpa_frame() -> None:
    frame = read_anpa_frame(ANPA)
    assert frame is not None
    assert (frame.service, frame.number, frame.selectors) == ("a", "1234", "asian")
    assert (frame.priority, frame.category, frame.tabular) == ("r", "a", False)
    assert (frame.keyword, frame.version) == ("BC-US--Lake-Ferry", "1stLd-Writethru")
    assert (frame.date, frame.word_count) == ("03-14", 210)
    assert frame.stamp is not None
    assert ANPA[frame.stamp.start : frame.stamp.end] == "AP-WF-03-14-21 0930GMT"
    assert frame.sent == "2021-03-14 09:30 GMT"
    assert ANPA[frame.stx] == STX
    assert ANPA[frame.etx] == ETX
    assert read_anpa_frame("no frame here") is None


# --------------------------------------------------------------------------
# IPTC 7901.


def test_iptc_fields() -> None:
    article = wireparse.parse(IPTC)
    assert article.headline == "Night trains return to Hamburg after a decade"  # not "1ST LEAD"
    assert article.byline is None
    assert article.published is None  # the end line gives no year to trust
    assert _dateline(article) == ("Hamburg", None, "dpa")
    paragraphs, signed, end_marks = _texts(article)
    assert paragraphs == [
        (
            "Overnight trains will run again between Hamburg and Vienna from May, the operator"
            " said Tuesday."
        ),
        "The service was cut ten years ago for lack of passengers.",
    ]
    # Desk lines of the notebook and the sign-off; not the phone line.
    assert signed == ["Reporting by: Anna Berg", "Editing by: Paul Kern", "dpa ab pk"]
    assert end_marks == []


def test_iptc_byline_under_the_headline_and_notebook_credits() -> None:
    article = wireparse.parse(IPTC_BYLINE)
    assert article.headline == "Rain delays the opener in Lakeside"
    assert article.byline is not None
    assert article.byline.authors == ("Jane Roe",)  # the hyphenated paper is an affiliation
    assert article.byline.affiliation == "The Lakeside Star-Tribune"
    assert _dateline(article) == ("Lakeside", None, "tca/dpa")
    paragraphs, signed, _ = _texts(article)
    assert paragraphs == [
        "Rain washed out the season opener on Monday.",
        "The teams will play a doubleheader on Tuesday.",
    ]
    assert signed == [
        "(c)2021 The Lakeside Star-Tribune",
        "Distributed by Example Content Agency, LLC.",
        "dpa tca xy",
    ]


def test_iptc_mixed_case_dateline_needs_a_known_agency() -> None:
    text = IPTC.replace("Hamburg (dpa) - Overnight", "Hamburg (Harbour) - Overnight")
    article = wireparse.parse(text)
    assert article.dateline is None
    assert article.paragraphs[0].text.startswith("Hamburg (Harbour) - Overnight")


def test_read_iptc_frame() -> None:
    frame = read_iptc_frame(IPTC)
    assert frame is not None
    assert (frame.service, frame.number, frame.priority, frame.category) == ("eca", "101", "4", "i")
    assert frame.word_count == 150
    assert frame.optional == ("ccccb",)
    assert (frame.originator, frame.originator_number) == ("dpa", "042")
    assert frame.keywords == ("Germany-transport/",)
    assert frame.stamp is not None
    assert IPTC[frame.stamp.start : frame.stamp.end] == "101530 GMT Mar 21"
    other = read_iptc_frame(IPTC_BYLINE)
    assert other is not None
    assert (other.originator, other.originator_number, other.optional) == ("dpa-tns", "0101", ())
    assert read_iptc_frame(ANPA) is None  # SOH after SYN SYN is ANPA's


# --------------------------------------------------------------------------
# ZCZC.


def test_zczc_fields() -> None:
    article = wireparse.parse(ZCZC)
    assert article.headline == "Ferry skipper fined over harbour crash"
    assert article.byline is None
    assert article.published is None
    assert article.dateline is None  # ":(PERTH)" is a take key, not a dateline
    paragraphs, signed, end_marks = _texts(article)
    assert paragraphs == [
        "A ferry skipper has been fined $5000 over a crash in Perth harbour.",
        "The court heard nobody was hurt.",
        "The magistrate said the skipper had been careless.",
    ]
    assert signed == ["AAP KLM"]
    assert end_marks == ["NNNN"]


def test_zczc_release_headline_date_and_source_line() -> None:
    article = wireparse.parse(ZCZC_RELEASE)
    assert article.headline == "Media release: Lakeside dams reach 90 per cent"
    assert article.published is not None
    assert article.published.date() == datetime.date(2021, 3, 3)
    paragraphs, signed, end_marks = _texts(article)
    # One paragraph a line; the release link is markup.
    assert paragraphs == [
        "Dam levels across the region rose again this week.",
        "Levels by dam",
        "* North dam: 92%",
        "* South dam: 88%",
        "For more information contact: Ann Lee, 0400 000 000",
    ]
    assert signed == ["SOURCE: Lakeside Water Board"]
    assert end_marks == ["NNNN"]


def test_zczc_caret_headline_bare_agency_dateline_and_table_rows() -> None:
    article = wireparse.parse(ZCZC_TABLE)
    assert article.headline == "KARTS: Results after Lakeside 100"
    assert _dateline(article) == ("LAKESIDE", "Mar 7", "AAP")
    paragraphs, signed, end_marks = _texts(article)
    assert paragraphs == [
        "Results from the Lakeside 100 today:",
        "SUNDAY",
        "1. Ann Lee (Team A) 1:01.2345",
        "2. Bob Day (Team B) 1:01.9876",
    ]
    assert signed == ["AAP"]
    assert end_marks == []


def test_read_zczc_frame() -> None:
    frame = read_zczc_frame(ZCZC)
    assert frame is not None
    assert [f.marker for f in frame.fields] == ["%", "#", "$", ":", "&", "*", "@"]
    slug = frame.get("#")
    assert slug is not None
    assert slug.value == "Court: Harbour_BC2"
    headline = frame.headline()
    assert headline is not None
    assert headline.marker == "$"
    assert frame.end_mark is not None
    assert ZCZC[frame.end_mark.start : frame.end_mark.end] == "NNNN"
    table = read_zczc_frame(ZCZC_TABLE)  # CR-only header lines
    assert table is not None
    assert [f.marker for f in table.fields] == ["$", ":", "=", "^", "*", "&", "+"]
    caret = table.headline()
    assert caret is not None
    assert caret.marker == "^"
    assert table.end_mark is None
    release = read_zczc_frame(ZCZC_RELEASE)
    assert release is not None
    assert release.headline() is None  # "$K" is a category code
    assert read_zczc_frame("no frame here") is None
