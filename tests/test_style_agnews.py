"""The ``agnews`` style: AG News items, a title over a short description.

Every item here is made up, in the layout of the AG News texts: a title line,
a blank line and a description that may open with a source tag (a credit), a
byline, feed junk and a dateline in one of many forms.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wireparse
from _support import assert_partition, credit_texts, dateline, paragraphs
from wireparse import Article, styles
from wireparse._styles.agnews import _fold_lead
from wireparse._text import CONTROL_CHARS, SPACE_CHARS


def item(title: str, description: str) -> str:
    return f"{title}\n\n{description}\n"


def lead(description: str, title: str = "Harbour news") -> Article:
    return wireparse.parse(item(title, description), style="agnews")


# --------------------------------------------------------------------------
# Every field.


def test_every_field_of_a_tagged_item() -> None:
    text = item(
        "Ferry fares to rise next spring (Canadian Press)",
        "Canadian Press - HALIFAX (CP) - Ferry fares will rise next spring, the operator\n"
        "said on Tuesday.",
    )
    article = wireparse.parse(text)
    assert article.style == "agnews"
    assert article.headline == "Ferry fares to rise next spring (Canadian Press)"
    assert article.byline is None
    assert article.published is None
    assert article.updated is None
    assert dateline(article) == ("HALIFAX", None, "CP")
    assert paragraphs(article) == [
        "Ferry fares will rise next spring, the operator said on Tuesday."
    ]
    assert article.captions == ()
    assert credit_texts(article) == ["Canadian Press"]
    assert article.end_marks == ()
    assert_partition(article)
    credit = article.credits[0]
    assert text[credit.span.start : credit.span.end] == "Canadian Press -"


def test_every_field_of_an_item_with_a_byline() -> None:
    text = item(
        "Lighthouse keepers return",
        "By MARA QUILL    BERGEN, Norway (AP) -- Lighthouse keepers are back at work.",
    )
    article = wireparse.parse(text)
    assert article.style == "agnews"
    assert article.headline == "Lighthouse keepers return"
    assert article.byline is not None
    assert article.byline.authors == ("MARA QUILL",)
    assert dateline(article) == ("BERGEN, Norway", None, "AP")
    assert paragraphs(article) == ["Lighthouse keepers are back at work."]
    assert article.credits == ()
    assert_partition(article)


@pytest.mark.parametrize(
    "title",
    [
        "Date with destiny for glider pilots",
        "Modified ferry sails again",
        "-Posted by dave.reader 1:51 pm (PDT)",
        "BERGEN - A ferry sails",
    ],
)
def test_the_first_line_is_the_title_whatever_it_looks_like(title: str) -> None:
    article = wireparse.parse(item(title, "AP - The ferry sailed on Monday."), style="agnews")
    assert article.headline == title
    assert credit_texts(article) == ["AP"]
    assert paragraphs(article) == ["The ferry sailed on Monday."]


def test_paragraphs_part_at_blank_lines_only() -> None:
    article = lead("OSLO (Reuters) - Ferries sailed.\nMore sailed later.\n\nThe port was busy.")
    assert paragraphs(article) == ["Ferries sailed. More sailed later.", "The port was busy."]


# --------------------------------------------------------------------------
# Source tags: credits.


@pytest.mark.parametrize(
    ("title", "description", "credit", "rest"),
    [
        ("Glow worms counted (AP)", "AP - Scientists counted glow worms.", "AP", "Scientists"),
        (
            "Phones get louder (GadgetDesk)",
            "GadgetDesk - Phones got louder.",
            "GadgetDesk",
            "Phones",
        ),
        ("Phones", "gadgetdesk.com - Phones got louder.", "gadgetdesk.com", "Phones"),
        ("Phones", "p2pnet.org News:- Phones got louder.", "p2pnet.org News", "Phones"),
        (
            "Comet seen",
            "Harbor Observatory -- Astronomers saw a comet.",
            "Harbor Observatory",
            "Astronomers",
        ),
        ("Ports", "Reuters - Ports were busy.", "Reuters", "Ports"),
        ("Ports", "Coastal Times > Ports were busy.", "Coastal Times", "Ports"),
    ],
)
def test_source_tags_are_credits(title: str, description: str, credit: str, rest: str) -> None:
    article = lead(description, title)
    assert credit_texts(article) == [credit]
    assert article.dateline is None
    assert paragraphs(article)[0].startswith(rest)
    assert_partition(article)


@pytest.mark.parametrize(
    "description",
    [
        "Why to watch: the ferry may be late again.",  # lower-case words: a sentence
        "GadgetDesk - Phones got louder.",  # no tag in the title, no outlet's word
    ],
)
def test_other_lead_ins_are_not_credits(description: str) -> None:
    article = lead(description)
    assert article.credits == ()
    assert paragraphs(article) == [description]


def test_a_tag_before_a_dated_dateline() -> None:
    article = lead("Coastal News > Bergen, Oct 2 : Ferries sailed.")
    assert credit_texts(article) == ["Coastal News"]
    assert dateline(article) == ("Bergen", "Oct 2", None)
    assert paragraphs(article) == ["Ferries sailed."]


def test_an_agency_byline_with_nothing_after_it() -> None:
    article = lead("The Associated Press By Tobias Fenn")
    assert credit_texts(article) == ["The Associated Press"]
    assert article.byline is not None
    assert article.byline.authors == ("Tobias Fenn",)
    assert paragraphs(article) == []


def test_a_byline_before_a_source_tag() -> None:
    article = lead("By Ines Vale, HealthDay Reporter    HealthDayNews -- Colds spread fast.")
    assert credit_texts(article) == ["HealthDayNews"]
    assert article.byline is not None
    assert article.byline.authors == ("Ines Vale",)
    assert paragraphs(article) == ["Colds spread fast."]


@pytest.mark.parametrize(
    "description",
    [
        "By the end of the year, the ferry company plans to hire more crew.",
        "By Ana Lind and Tobias Fenn, Harbour Staff  The ferries sailed on time.",
    ],
)
def test_a_byline_that_no_dateline_follows_stays_in_the_paragraph(description: str) -> None:
    article = lead(description)
    assert article.byline is None
    assert article.dateline is None
    assert paragraphs(article) == [" ".join(description.split())]


# --------------------------------------------------------------------------
# Datelines.


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        (" OSLO (Reuters) - Stocks rose.", ("OSLO", None, "Reuters")),
        ("HONG KONG (Dow Jones)--Stocks rose.", ("HONG KONG", None, "Dow Jones")),
        ("OSLO, Norway (Reuters) - Stocks rose.", ("OSLO, Norway", None, "Reuters")),
        (
            "Bergen, Norway (Sports Network) - Stocks rose.",
            ("Bergen, Norway", None, "Sports Network"),
        ),
        ("BERGEN, Aug. 17 (Xinhuanet) -- Stocks rose.", ("BERGEN", "Aug. 17", "Xinhuanet")),
        ("PORTLAND, Ore. - Stocks rose.", ("PORTLAND, Ore.", None, None)),
        ("GAZA CITY, Gaza Strip - Stocks rose.", ("GAZA CITY, Gaza Strip", None, None)),
        ("BERGEN -- Stocks rose.", ("BERGEN", None, None)),
        ("BERGEN--Stocks rose.", ("BERGEN", None, None)),
        ("BERGEN -Stocks rose.", ("BERGEN", None, None)),
        ("BERGEN : Stocks rose.", ("BERGEN", None, None)),
        ("BERGEN: Stocks rose.", ("BERGEN", None, None)),
        ("NEW DELHI: Stocks rose.", ("NEW DELHI", None, None)),
        ("JAKARTA (Antara): Stocks rose.", ("JAKARTA", None, "Antara")),
        ("BERGEN, AUGUST 17: Stocks rose.", ("BERGEN", "AUGUST 17", None)),
        (
            "KABUL, Afghanistan Aug. 23, 2004 - Stocks rose.",
            ("KABUL, Afghanistan", "Aug. 23, 2004", None),
        ),
        ("BERGEN Sept. 11, 2004 - Stocks rose.", ("BERGEN", "Sept. 11, 2004", None)),
        ("BERGEN, 7 September 2004 - Stocks rose.", ("BERGEN", "7 September 2004", None)),
        ("BERGEN, Aug. 25. - Stocks rose.", ("BERGEN", "Aug. 25", None)),
        ("BERGEN, Sept. 2- Stocks rose.", ("BERGEN", "Sept. 2", None)),
        ("BERGEN, Oct. 12 -Stocks rose.", ("BERGEN", "Oct. 12", None)),
        ("BERGEN, (Aug. 30, 2004) - Stocks rose.", ("BERGEN", "Aug. 30, 2004", None)),
        (
            "BERGEN, Norway, Monday, Sept. 20: Stocks rose.",
            ("BERGEN, Norway", "Monday, Sept. 20", None),
        ),
        ("BERGEN, Norway : Sep 04 (PID) - Stocks rose.", ("BERGEN, Norway", "Sep 04", "PID")),
        ("MOSCOW. Oct 5 (Interfax) - Stocks rose.", ("MOSCOW", "Oct 5", "Interfax")),
        (
            "BERGEN , December 6 (Nordic News) - Stocks rose.",
            ("BERGEN", "December 6", "Nordic News"),
        ),
        ("GROZNY, (Reuters) - Stocks rose.", ("GROZNY", None, "Reuters")),
        ("FORT MYERS, Fla. - (KRT) - Stocks rose.", ("FORT MYERS, Fla.", None, "KRT")),
        ("Houston, Texas- - Stocks rose.", ("Houston, Texas", None, None)),
        ("BERGEN--Oct. 12, 2004-- Stocks rose.", ("BERGEN", "Oct. 12, 2004", None)),
        ("OSLO/BERGEN (Reuters) - Stocks rose.", ("OSLO/BERGEN", None, "Reuters")),
        (
            "SANTA CLARA, Calif., Dec. 13 /PRNewswire/ -- Stocks rose.",
            ("SANTA CLARA, Calif.", "Dec. 13", "PRNewswire"),
        ),
        ("Reuters Bergen Aug 23: Stocks rose.", ("Bergen", "Aug 23", "Reuters")),
        ("London - Stocks rose.", ("London", None, None)),
    ],
)
def test_dateline_forms(description: str, expected: tuple[str | None, ...]) -> None:
    article = lead(description)
    assert dateline(article) == expected
    assert paragraphs(article) == ["Stocks rose."]
    assert_partition(article)


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        (
            "SEPTEMBER 06, 2004 (HARBOURWORLD) - Stocks rose.",
            (None, "SEPTEMBER 06, 2004", "HARBOURWORLD"),
        ),
        ("AUGUST 25, 2004 -- Stocks rose.", (None, "AUGUST 25, 2004", None)),
        ("8/24/2004 -- Stocks rose.", (None, "8/24/2004", None)),
        ("(09/21/04)-- Stocks rose.", (None, "09/21/04", None)),
        ("SEPTEMBER 28, 2004 -- Bergen -- Stocks rose.", ("Bergen", "SEPTEMBER 28, 2004", None)),
        ("(Sports Network) - Stocks rose.", (None, None, "Sports Network")),
        ("(CBS/AP) Stocks rose.", (None, None, "CBS/AP")),
        ("Summary - (Aug 22, 2004) Stocks rose.", (None, "Aug 22, 2004", None)),
    ],
)
def test_datelines_without_a_place(description: str, expected: tuple[str | None, ...]) -> None:
    article = lead(description)
    assert dateline(article) == expected
    assert paragraphs(article) == ["Stocks rose."]


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("BOSTON The jury is out.", ("BOSTON", None, None)),
        ("WASHINGTON US lawmakers met.", ("WASHINGTON", None, None)),
        ("FOXFIELD  The jury is out.", ("FOXFIELD", None, None)),  # a run of spaces
        ("TBILISI, Georgia Georgian leaders met.", ("TBILISI, Georgia", None, None)),
        ("GAZA CITY, Gaza Strip Israeli troops left.", ("GAZA CITY, Gaza Strip", None, None)),
        ("THENS, Aug. 18  Runners met.", ("THENS", "Aug. 18", None)),
        ("NEW YORKFewer people applied.", ("NEW YORK", None, None)),
        ("SAN JOSE, Calif.Cisco Systems bought a firm.", ("SAN JOSE, Calif.", None, None)),
    ],
)
def test_datelines_whose_dash_was_lost(description: str, expected: tuple[str | None, ...]) -> None:
    article = lead(description)
    assert dateline(article) == expected
    first = paragraphs(article)[0]
    assert description.endswith(first)
    assert_partition(article)


@pytest.mark.parametrize(
    "description",
    [
        "YASSER Arafat met the envoy on Monday.",  # a name in capitals
        "IBM Corp. said on Monday it would hire.",
        "FOXFIELD The jury is out.",  # a place no table knows, one space
        "BOSTONThese players are proud.",  # one word glued: not read
        "Big Blue -- a white knight? Maybe.",  # not a place we know
        "Summary - Shares rose on Monday.",  # a label
        "NO LONG GAME: The tour was short.",  # a kicker in capitals
        "Microsoft: We will ship it soon.",
        "Richard Hill, England's World Cup- winning forward, is hurt.",  # a broken word
        "Oracle (Nasdaq: ORCL) has revamped its software.",  # brackets but no dash
        "New Bergen, Oct 27 (NNN) Members of the club met.",
    ],
)
def test_not_datelines(description: str) -> None:
    article = lead(description)
    assert article.dateline is None
    assert paragraphs(article) == [description]


# --------------------------------------------------------------------------
# Feed junk before the dateline.


def test_escaped_markup_before_the_dateline() -> None:
    article = lead(
        "&lt;p&gt;\n&lt;/p&gt;&lt;p&gt; By Ana Lind&lt;/p&gt;&lt;p&gt; OSLO (Reuters) - Ferries "
        "sailed.&lt;/p&gt;"
    )
    assert dateline(article) == ("OSLO", None, "Reuters")
    assert paragraphs(article) == ["Ferries sailed.&lt;/p&gt;"]
    assert_partition(article)


def test_a_slug_in_markup_before_the_dateline() -> None:
    article = lead(
        "BULLETIN&lt;br&gt;BC-OLY--Ferry RUN,0058&lt;br&gt;"
        "    BERGEN, Norway (AP)  --  Ferries sailed."
    )
    assert dateline(article) == ("BERGEN, Norway", None, "AP")
    assert paragraphs(article) == ["Ferries sailed."]


def test_a_rule_of_dashes_before_the_dateline() -> None:
    article = lead("----- NASHVILLE, Tennessee (Ticker) - Ferries sailed.")
    assert dateline(article) == ("NASHVILLE, Tennessee", None, "Ticker")
    assert paragraphs(article) == ["Ferries sailed."]
    assert_partition(article)


# --------------------------------------------------------------------------
# Detection.


def test_detection_by_the_title_tag() -> None:
    style = styles["agnews"]
    assert style.detect(item("Ports busy (AP)", "AP - Ports were busy.")) == pytest.approx(0.9)
    text = item("Ports busy (Coastal Wire)", "Coastal Wire - Ports were busy.")
    assert style.detect(text) == pytest.approx(0.9)
    assert wireparse.parse(text).style == "agnews"


@pytest.mark.parametrize(
    "description",
    [
        "Reuters - Ports were busy.",  # a source tag
        "By MARA QUILL    BERGEN, Norway (AP) -- Ports were busy.",  # a byline before it
        "BOSTON The ports were busy.",  # a dateline that lost its dash
        "NEW DELHI: Ports were busy.",  # a dateline in the crawl's own form
        "SEPTEMBER 06, 2004 (HARBOURWORLD) - Ports were busy.",
        "(Sports Network) - Ports were busy.",
        "&lt;p&gt; OSLO (Reuters) - Ports were busy.&lt;/p&gt;",
        "Oslo - Ports were busy.",  # a known city in mixed case, a sentence after it
    ],
)
def test_detection_by_a_lead_the_generic_rules_read_otherwise(description: str) -> None:
    text = item("Ports busy", description)
    assert styles["agnews"].detect(text) == pytest.approx(0.5)
    assert wireparse.parse(text).style == "agnews"


@pytest.mark.parametrize(
    "description",
    [
        "Ports were busy on Monday.",  # the bare layout: any short story has it
        "OSLO (Reuters) - Ports were busy.",  # the generic rules read it the same
        "Oslo - ports were busy.",  # no sentence opens after the dash
        # the lead is the description's first block
        "Ports were busy.\n\nBy Jane Doe\n\nBERGEN: More ships came.",
    ],
)
def test_no_detection_where_the_generic_rules_do_as_well(description: str) -> None:
    assert styles["agnews"].detect(item("Ports busy", description)) == 0.0


@pytest.mark.parametrize(
    "text",
    [
        item("Ports busy", "Ports were busy.\n\nBy Jane Doe\n\nMore ships came."),  # no cue, blocks
        item("Ports busy", "Ports were busy. " * 200),  # too long for an item
        "PORTS BUSY\n\n    OSLO, March 3 - Ports were busy.\n Reuter\n\x03",  # 1987 copy
        "Ports busy\n\n   Ports were busy.\n",  # fixed-width indent
        "<DOC>\n<TEXT>\nPorts were busy.\n</TEXT>\n</DOC>\n",
        "Ports were busy on Monday, the harbour master said.\nShips came.\n",  # no title
    ],
)
def test_other_copy_is_not_taken(text: str) -> None:
    assert styles["agnews"].detect(text) == 0.0


# --------------------------------------------------------------------------
# Core rules found on this copy, in the plain style too.


@pytest.mark.parametrize(
    "title",
    ["Date with destiny for glider pilots", "Modified ferry sails again", "-Posted by a reader"],
)
def test_core_headline_opening_with_a_timestamp_label(title: str) -> None:
    article = wireparse.parse(item(title, "The ferry sailed on Monday."), style="plain")
    assert article.headline == title
    assert paragraphs(article) == ["The ferry sailed on Monday."]


def test_core_timestamp_line_still_a_header_line() -> None:
    article = wireparse.parse(
        "Published: Aug 8, 2017 - 09:44\n\nThe ferry sailed.\n", style="plain"
    )
    assert article.headline is None
    assert article.published is not None


@pytest.mark.parametrize(
    "description",
    [
        "By the end of the year, the ferry company plans to hire more crew.",
        "By 2010 the port will have doubled in size.",
        (
            "By Ana Lind, Harbour Correspondent (Filed: 10/09/2004). The Bank of Bergen held its "
            "rates steady on Thursday after a series of surveys showed the housing market slowing."
        ),
    ],
)
def test_core_sentences_opening_with_by_are_not_bylines(description: str) -> None:
    article = wireparse.parse(item("Ports busy", description), style="plain")
    assert article.byline is None
    assert paragraphs(article) == [description]


def test_core_byline_still_read() -> None:
    article = wireparse.parse(item("Ports busy", "By Ana Lind\n\nThe ferry sailed."), style="plain")
    assert article.byline is not None
    assert article.byline.authors == ("Ana Lind",)


def test_core_dateline_with_only_an_agency() -> None:
    article = wireparse.parse("Ports busy\n\n(Reuters) - Ports were busy.\n", style="plain")
    assert dateline(article) == (None, None, "Reuters")
    assert paragraphs(article) == ["Ports were busy."]
    unknown = wireparse.parse("Ports busy\n\n(Harbour) - Ports were busy.\n", style="plain")
    assert unknown.dateline is None


def test_core_dateline_with_places_joined_by_a_slash() -> None:
    article = wireparse.parse(
        "Ports busy\n\nOSLO/BERGEN (Reuters) - Ports were busy.\n", style="plain"
    )
    assert dateline(article) == ("OSLO/BERGEN", None, "Reuters")
    assert paragraphs(article) == ["Ports were busy."]


def test_a_callers_own_vocabulary_gets_the_generic_dateline() -> None:
    text = item("Talks", "SEOUL (Yonhap) -- They met.")
    article = wireparse.parse(text, style="agnews", vocabulary=wireparse.Vocabulary())
    assert dateline(article) == ("SEOUL", None, "Yonhap")
    assert paragraphs(article) == ["They met."]


def test_a_byline_over_a_timestamp_line_is_a_story_not_an_item() -> None:
    # The lead reader took "By Jane Doe, Associated Press / Published : …" for
    # an item's description and scored the story as an AG News item.
    text = (
        "Harbour reopens after storm\n\nBy Jane Doe, Associated Press\n"
        "Published : May 20, 2024 18:05 GMT\n\nPORT ELLIS, May 20 (AP) -- The harbour reopened.\n"
    )
    article = wireparse.parse(text)
    assert article.style == "plain"
    assert article.byline is not None
    assert article.byline.authors == ("Jane Doe",)
    assert article.published is not None
    assert article.dateline is not None
    assert article.dateline.location == "PORT ELLIS"


# --------------------------------------------------------------------------
# The detector's gap test: where a run of spaces stood in the raw lead.

_FOLDED = frozenset(SPACE_CHARS + "\r\n")
_DROPPED = frozenset(CONTROL_CHARS)


def _gaps_char_by_char(raw: str, count: int) -> list[bool]:
    """The gap test by its definition: walk *raw* one character at a time."""
    where: list[int] = []
    spaced = True
    for offset, char in enumerate(raw):
        if char in _FOLDED:
            if not spaced:
                where.append(offset)
                spaced = True
        elif char not in _DROPPED:
            where.append(offset)
            spaced = False
    gaps = []
    for index in range(count):
        offset = where[index] if index < len(where) else len(raw)
        run = raw[offset : offset + 2]
        gaps.append(run[:1] == "\t" or run in ("  ", " \t"))
    return gaps


@given(
    st.text(
        alphabet=st.sampled_from(list(" \t\r\n\u00a0\u3000\x01\x7f\u200b\u2028\ufeffab-,.(")),
        max_size=40,
    )
)
def test_the_lead_gap_test_agrees_with_a_walk_through_the_characters(raw: str) -> None:
    text, gap = _fold_lead(raw)
    count = len(text) + 2
    assert [gap(index) for index in range(count)] == _gaps_char_by_char(raw, count)


def test_a_lead_that_lost_its_dash_before_a_run_of_spaces() -> None:
    # the run of spaces, not a dash, ends the place: the gap test finds it
    article = lead("AMSTERDAM  \x01Cyclists rode through the city on Sunday.")
    assert dateline(article) == ("AMSTERDAM", None, None)
    assert paragraphs(article) == ["Cyclists rode through the city on Sunday."]
