"""The ``reuters-1987`` style: the 1987 Reuters wire as plain fixed-width text.

Every story here is made up; the layout is the one of the Reuters-21578 texts:
a title line, a blank line, a body in fixed-width lines whose paragraphs open
with an indent, the ``Reuter`` sign-off and the ETX control character.
"""

from __future__ import annotations

import pytest

import wireparse
from _support import assert_partition, dateline, paragraphs
from wireparse import styles

ETX = "\x03"

STORY = (
    "HARBOUR GRAIN CO <HGC> 2ND QTR NET\n"
    "\n"
    "    PORTLAND, Ore., March 3 - Harbour Grain Co said its second\n"
    "quarter earnings rose on higher barley shipments to\n"
    "Pacific ports.\n"
    "    Shr 12 cts vs nine cts\n"
    "    Net 1.2 mln vs 900,000\n"
    "    The company said it expects a strong third quarter.\n"
    " Reuter\n" + ETX
)


def story(body: str, title: str = "TEST TITLE", end: str = " Reuter\n" + ETX) -> str:
    return f"{title}\n\n{body}{end}"


def test_every_field_of_a_story() -> None:
    article = wireparse.parse(STORY)
    assert article.style == "reuters-1987"
    assert article.headline == "HARBOUR GRAIN CO <HGC> 2ND QTR NET"
    assert article.byline is None
    assert article.published is None
    assert article.updated is None
    assert dateline(article) == ("PORTLAND, Ore.", "March 3", None)
    assert article.dateline is not None
    assert article.dateline.when is None  # the copy gives no year
    assert paragraphs(article) == [
        (
            "Harbour Grain Co said its second quarter earnings rose on higher barley "
            "shipments to Pacific ports."
        ),
        "Shr 12 cts vs nine cts",
        "Net 1.2 mln vs 900,000",
        "The company said it expects a strong third quarter.",
    ]
    assert article.captions == ()
    assert [c.text for c in article.credits] == ["Reuter"]
    assert article.end_marks == ()
    assert_partition(article)
    credit = article.credits[0]
    assert STORY[credit.span.start : credit.span.end] == "Reuter"


# --------------------------------------------------------------------------
# The title line.


@pytest.mark.parametrize(
    "title",
    [
        "ECONOMIC SPOTLIGHT - HARBOUR BANKS",  # reads like a dateline
        "CORRECTED - HARBOUR GRAIN NAMES CHIEF",
        "DATE SET FOR HARBOUR GRAIN VOTE",  # opens with a timestamp label
        "<HARBOUR GRAIN CO> SETS PAYOUT",
    ],
)
def test_the_first_line_is_the_title_whatever_it_looks_like(title: str) -> None:
    article = wireparse.parse(story("    OSLO, March 3 - Grain rose.\n", title=title))
    assert article.style == "reuters-1987"
    assert article.headline == title
    assert dateline(article) == ("OSLO", "March 3", None)
    assert paragraphs(article) == ["Grain rose."]


# --------------------------------------------------------------------------
# Paragraphs: every indented line opens one (the core's fixed_width flag).


def test_each_indented_table_row_is_a_paragraph() -> None:
    body = (
        "    CHICAGO, March 3 -\n"
        "    Shr 12 cts vs nine cts\n"
        "    Net 1.2 mln vs 900,000\n"
        "          Natl   Loan    Price\n"
        " Wheat    2.55   2.40     4.65\n"
        "                    V     4.65\n"
        "    Note: the quarter ended\n"
        "January 31.\n"
    )
    article = wireparse.parse(story(body))
    assert dateline(article) == ("CHICAGO", "March 3", None)
    assert paragraphs(article) == [
        "Shr 12 cts vs nine cts",
        "Net 1.2 mln vs 900,000",
        "Natl Loan Price",
        "Wheat 2.55 2.40 4.65",
        "V 4.65",
        "Note: the quarter ended January 31.",
    ]
    assert_partition(article)


def test_a_blank_line_also_parts_paragraphs() -> None:
    body = "    OSLO, March 3 - Grain rose.\n\nBarley fell.\n"
    assert paragraphs(wireparse.parse(story(body))) == ["Grain rose.", "Barley fell."]


def test_a_sign_off_word_inside_the_text_stays_there() -> None:
    body = "    OSLO, March 3 - Grain rose.\n    Note: period ended May 31.\nREUTER\n"
    article = wireparse.parse(story(body))
    assert paragraphs(article) == ["Grain rose.", "Note: period ended May 31. REUTER"]
    assert [c.text for c in article.credits] == ["Reuter"]


# --------------------------------------------------------------------------
# Datelines as the desk typed them.


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        ("    SALVADOR, Feb 26 - Rain fell.", ("SALVADOR", "Feb 26", None)),
        ("     TOKYO, FEb 27 - Rain fell.", ("TOKYO", "FEb 27", None)),
        ("    NEW YORK, Narch 2 - Rain fell.", ("NEW YORK", "Narch 2", None)),
        ("    AMSTERDAM, 2 March - Rain fell.", ("AMSTERDAM", "2 March", None)),
        ("    RICHMOND, Va. Feb 26 - Rain fell.", ("RICHMOND, Va.", "Feb 26", None)),
        ("    Toronto, March 6 - Rain fell.", ("Toronto", "March 6", None)),
        ("    MONTREAL, Feb 26- Rain fell.", ("MONTREAL", "Feb 26", None)),
        ("    CHICAGO, March 4, - Rain fell.", ("CHICAGO", "March 4", None)),
        ("    ****LONDON, March 5 - Rain fell.", ("LONDON", "March 5", None)),
        ("    WINSTON-SALEM, N.C., March 2 - Rain fell.", ("WINSTON-SALEM, N.C.", "March 2", None)),
        ("    CHEVY CHASE, Md., - March 4 - Rain fell.", ("CHEVY CHASE, Md.", "March 4", None)),
        ("    DETROIT, March 4 -Rain fell.", ("DETROIT", "March 4", None)),
        ("    WASHINGTON, Oct 20, Reuter - Rain fell.", ("WASHINGTON", "Oct 20", None)),
        ("    SAN JOSE, Calif., - Rain fell.", ("SAN JOSE, Calif.", None, None)),
        ("    NEW YORK - Rain fell.", ("NEW YORK", None, None)),
    ],
)
def test_dateline_forms(first_line: str, expected: tuple[str, str | None, None]) -> None:
    article = wireparse.parse(story(first_line + "\n"))
    assert dateline(article) == expected
    assert paragraphs(article) == ["Rain fell."]


@pytest.mark.parametrize(
    "first_line", ["    Today - Rain fell.", " - Position of May 3 - Rain fell."]
)
def test_without_a_date_only_a_place_in_capitals_is_a_dateline(first_line: str) -> None:
    article = wireparse.parse(story(first_line + "\n"))
    assert article.dateline is None
    assert paragraphs(article) == [first_line.strip()]


def test_a_dateline_on_a_line_of_its_own() -> None:
    article = wireparse.parse(story("    CHICAGO, Feb 26 -\n    Shr 34 cts vs 1.19 dlrs\n"))
    assert dateline(article) == ("CHICAGO", "Feb 26", None)
    assert paragraphs(article) == ["Shr 34 cts vs 1.19 dlrs"]


# --------------------------------------------------------------------------
# The end of the story: sign-off and continuation mark.


@pytest.mark.parametrize(
    ("end", "credit"),
    [
        (" Reuter\n" + ETX, "Reuter"),
        (" REUTER\n" + ETX, "REUTER"),
        (" reuter\n" + ETX, "reuter"),
        (" REUTER...^M\n" + ETX, "REUTER"),
        (" REUTERS\n" + ETX, "REUTERS"),
        (" REUTE\n" + ETX, "REUTE"),
    ],
)
def test_sign_off_forms(end: str, credit: str) -> None:
    article = wireparse.parse(story("    OSLO, March 3 - Grain rose.\n", end=end))
    assert [c.text for c in article.credits] == [credit]
    assert paragraphs(article) == ["Grain rose."]
    assert_partition(article)


def test_a_sign_off_glued_to_the_last_line() -> None:
    text = story("    OSLO, March 3 - Grain rose in the year.  REUTER\n", end=ETX)
    article = wireparse.parse(text)
    assert [c.text for c in article.credits] == ["REUTER"]
    assert paragraphs(article) == ["Grain rose in the year."]


def test_a_continuation_mark_ends_a_story_without_a_sign_off() -> None:
    article = wireparse.parse(
        story("    OSLO, March 3 - Grain rose.\n", end="                \n More\n" + ETX)
    )
    assert [m.text for m in article.end_marks] == ["More"]
    assert article.credits == ()
    assert paragraphs(article) == ["Grain rose."]


def test_no_control_character_reaches_the_text() -> None:
    text = story("    OSLO, March 3 - Grain rose in\x7f the year.\n")
    article = wireparse.parse(text)
    assert paragraphs(article) == ["Grain rose in the year."]


# --------------------------------------------------------------------------
# Detection.


def test_detection_by_the_head_the_tail_or_both() -> None:
    style = styles["reuters-1987"]
    head = "GRAIN NEWS\n\n    OSLO, March 3 - Grain rose.\n"
    assert style.detect(head + " Reuter\n" + ETX) == pytest.approx(0.9)
    assert style.detect(head) == pytest.approx(0.6)
    # a mistyped month still reads as the copy's dateline
    assert style.detect("GRAIN NEWS\n\n    OSLO, Narch 3 - Grain rose.\n") == pytest.approx(0.6)
    # the sign-off and ETX alone
    assert style.detect("GRAIN NEWS\n\n - Position of May 3 -\n Reuter\n" + ETX) == pytest.approx(
        0.6
    )
    # a title over an indented table and ETX: the data set's copy without a sign-off
    assert style.detect("GRAIN NEWS\n\n Aug 12414\n Total 31845\n" + ETX) == pytest.approx(0.5)


@pytest.mark.parametrize(
    "text",
    [
        '<REUTERS NEWID="1">\n<TEXT>\n<TITLE>GRAIN</TITLE>\n</TEXT>\n</REUTERS>\n',
        "Grain rises\n\n NEW YORK, Sept. 23 -- Grain rose on Tuesday.\n",  # a double dash
        "Grain rises\n\nGrain rose on Tuesday, traders said.\n",
    ],
)
def test_other_copy_is_not_taken(text: str) -> None:
    assert styles["reuters-1987"].detect(text) == 0.0


def test_the_style_is_picked_for_its_copy() -> None:
    assert wireparse.parse(STORY.encode()).style == "reuters-1987"
