"""Agency styles (AFP, UPI, Xinhua, Kyodo, PTI, IANS) and the plain AP/Reuters forms.

Every article here is invented for the tests, written in each agency's
published house conventions.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

import pytest

import wireparse
from wireparse import SegmentKind, styles
from wireparse._styles.agencies import CONVENTIONS, AgencyStyle

if TYPE_CHECKING:
    from wireparse import Article

AGENCY_STYLES = ("afp", "upi", "xinhua", "kyodo", "pti", "ians")


def fields(article: Article) -> dict[str, Any]:
    """Every field of *article* in plain Python values."""
    byline = article.byline
    dateline = article.dateline
    return {
        "style": article.style,
        "headline": article.headline,
        "byline": None
        if byline is None
        else (byline.text, list(byline.authors), byline.affiliation),
        "published": article.published,
        "updated": article.updated,
        "dateline": None
        if dateline is None
        else (dateline.location, dateline.date, dateline.agency),
        "paragraphs": [p.text for p in article.paragraphs],
        "captions": [(c.text, c.credit) for c in article.captions],
        "credits": [c.text for c in article.credits],
        "end_marks": [m.text for m in article.end_marks],
    }


def check_segments(article: Article) -> None:
    """The segments partition the source and nothing is left unplaced."""
    position = 0
    for segment in article.segments:
        assert segment.span.start == position
        position = segment.span.end
    assert position == len(article.source)
    assert not [s for s in article.segments if s.kind is SegmentKind.UNKNOWN]


def segment_texts(article: Article, kind: SegmentKind) -> list[str]:
    return [article.source[s.span.start : s.span.end] for s in article.segments if s.kind is kind]


def parsed(text: str, style: str | None = None) -> Article:
    article = wireparse.parse(text, style=style)
    check_segments(article)
    return article


# --------------------------------------------------------------------------
# AFP

AFP_WIRE = (
    "Ruritania-economy-jobs,LEAD\n"
    "Ruritanian jobless rate falls to five-year low\n"
    "by Claire MARTIN and Paul DURAND\n"
    "\n"
    "STRELSAU, Aug 8, 2017 (AFP) - Ruritania's unemployment rate fell to its lowest level\n"
    "in five years, official figures showed on Tuesday.\n"
    "\n"
    "The figures gave a lift to the government ahead of autumn talks with unions.\n"
    "\n"
    "cm-pd/jm\n"
)


def test_afp_wire_story() -> None:
    article = parsed(AFP_WIRE)
    assert fields(article) == {
        "style": "afp",
        "headline": "Ruritanian jobless rate falls to five-year low",
        "byline": (
            "by Claire MARTIN and Paul DURAND",
            ["Claire MARTIN", "Paul DURAND"],
            None,
        ),
        "published": None,
        "updated": None,
        "dateline": ("STRELSAU", "Aug 8, 2017", "AFP"),
        "paragraphs": [
            (
                "Ruritania's unemployment rate fell to its lowest level in five years, "
                "official figures showed on Tuesday."
            ),
            "The figures gave a lift to the government ahead of autumn talks with unions.",
        ],
        "captions": [],
        "credits": ["cm-pd/jm"],
        "end_marks": [],
    }
    # The keyword slug is in no field: a markup segment.
    assert segment_texts(article, SegmentKind.MARKUP) == ["Ruritania-economy-jobs,LEAD"]
    assert segment_texts(article, SegmentKind.DATELINE) == ["STRELSAU, Aug 8, 2017 (AFP) - "]


AFP_WEB = (
    "URGENT: Storm cuts power to 200,000 homes in Zenda\n"
    "\n"
    "Zenda (AFP) - A violent storm cut power to some 200,000 homes overnight, the grid\n"
    "operator said on Wednesday.\n"
    "\n"
    "Firefighters clear a fallen tree from a road in Zenda. (AFP Photo/Marie DUBOIS)\n"
    "\n"
    "Repair crews were expected to work through the day. \u2014 AFP\n"
)


def test_afp_web_story_label_caption_and_glued_sign_off() -> None:
    article = parsed(AFP_WEB)
    assert fields(article) == {
        "style": "afp",
        "headline": "Storm cuts power to 200,000 homes in Zenda",
        "byline": None,
        "published": None,
        "updated": None,
        "dateline": ("Zenda", None, "AFP"),
        "paragraphs": [
            (
                "A violent storm cut power to some 200,000 homes overnight, "
                "the grid operator said on Wednesday."
            ),
            "Repair crews were expected to work through the day.",
        ],
        "captions": [
            ("Firefighters clear a fallen tree from a road in Zenda.", "AFP Photo/Marie DUBOIS")
        ],
        "credits": ["AFP"],
        "end_marks": [],
    }
    assert segment_texts(article, SegmentKind.MARKUP) == ["URGENT: "]
    assert segment_texts(article, SegmentKind.HEADLINE) == [
        "Storm cuts power to 200,000 homes in Zenda"
    ]
    assert segment_texts(article, SegmentKind.CREDIT) == ["\u2014 AFP"]


AFP_FLASH = (
    "FLASH\n"
    "Ruritania's king abdicates\n"
    "STRELSAU (AFP) - King Rudolf of Ruritania abdicated on Thursday, the palace said.\n"
    "AFP\n"
)


def test_afp_priority_line_headline_over_dateline_and_agency_sign_off() -> None:
    article = parsed(AFP_FLASH)
    assert fields(article) == {
        "style": "afp",
        "headline": "Ruritania's king abdicates",
        "byline": None,
        "published": None,
        "updated": None,
        "dateline": ("STRELSAU", None, "AFP"),
        "paragraphs": ["King Rudolf of Ruritania abdicated on Thursday, the palace said."],
        "captions": [],
        "credits": ["AFP"],
        "end_marks": [],
    }
    assert segment_texts(article, SegmentKind.MARKUP) == ["FLASH"]


def test_afp_title_with_agency_is_no_dateline() -> None:
    # A title-case title that ends in "(AFP)" has neither date nor dash nor text after it.
    style = styles["afp"]
    assert isinstance(style, AgencyStyle)
    assert style.dateline("Talks End In Deadlock (AFP)") is None
    # A title-case place needs a date or a dash; capitals or a date need neither.
    assert style.dateline("Talks End (AFP) The talks ended.") is None
    assert style.dateline("Paris, Aug 8 (AFP) The talks ended.") is not None
    # ... and stands alone: a label glued in front of it is no region.
    assert style.dateline("Sports News, Paris, Aug 8 (AFP) The talks ended.") is None
    assert style.dateline("YERVILLE, Normandy, Aug 8 (AFP) The talks ended.") is not None
    assert style.dateline("Paris (AFP) - Talks ended.") is not None
    assert style.dateline("PARIS (AFP) Talks ended.") is not None


# --------------------------------------------------------------------------
# UPI

UPI_WEB = (
    "Senate passes highway bill\n"
    "By Mark Ellis, UPI Correspondent\n"
    "\n"
    "Aug. 8 (UPI) -- The Senate on Tuesday passed a highway funding bill by a vote of 71-29.\n"
    "\n"
    "The House is expected to take up the measure next week.\n"
    "\n"
    "Copyright 2017 United Press International, Inc. All Rights Reserved.\n"
)


def test_upi_date_only_dateline_and_copyright_line() -> None:
    article = parsed(UPI_WEB)
    assert fields(article) == {
        "style": "upi",
        "headline": "Senate passes highway bill",
        "byline": ("By Mark Ellis, UPI Correspondent", ["Mark Ellis"], "UPI Correspondent"),
        "published": None,
        "updated": None,
        "dateline": (None, "Aug. 8", "UPI"),
        "paragraphs": [
            "The Senate on Tuesday passed a highway funding bill by a vote of 71-29.",
            "The House is expected to take up the measure next week.",
        ],
        "captions": [],
        "credits": ["Copyright 2017 United Press International, Inc. All Rights Reserved."],
        "end_marks": [],
    }


UPI_WIRE = (
    "Drought forces water limits in three counties\n"
    "\n"
    "SACRAMENTO, Calif., Aug. 8 (UPI) -- Three counties ordered water limits on Tuesday\n"
    "as the drought entered its fourth year.\n"
    "\n"
    "UPI\n"
)


def test_upi_wire_dateline_with_region_and_agency_credit() -> None:
    assert fields(parsed(UPI_WIRE)) == {
        "style": "upi",
        "headline": "Drought forces water limits in three counties",
        "byline": None,
        "published": None,
        "updated": None,
        "dateline": ("SACRAMENTO, Calif.", "Aug. 8", "UPI"),
        "paragraphs": [
            "Three counties ordered water limits on Tuesday as the drought entered its fourth year."
        ],
        "captions": [],
        "credits": ["UPI"],
        "end_marks": [],
    }


def test_upi_agency_only_dateline() -> None:
    article = parsed(
        "Storm delays launch\n\n(UPI) -- The launch was delayed by a day.\n\nUPI\n", style="upi"
    )
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.date, article.dateline.agency) == (
        None,
        None,
        "UPI",
    )
    assert [p.text for p in article.paragraphs] == ["The launch was delayed by a day."]


# --------------------------------------------------------------------------
# Xinhua

XINHUA_URGENT = (
    "URGENT: Graustark's exports rise 7 pct in July\n"
    "by Xinhua writers Li Wei, Zhang Min\n"
    "\n"
    "BEIJING, Aug. 8 (Xinhua) -- Graustark's exports rose 7 percent year on year in July,\n"
    "customs data showed Tuesday.\n"
    "\n"
    "Imports climbed 11 percent over the same period. Enditem\n"
)


def test_xinhua_label_byline_titles_and_glued_enditem() -> None:
    article = parsed(XINHUA_URGENT)
    assert fields(article) == {
        "style": "xinhua",
        "headline": "Graustark's exports rise 7 pct in July",
        "byline": (
            "by Xinhua writers Li Wei, Zhang Min",
            ["Li Wei", "Zhang Min"],
            "Xinhua writers",
        ),
        "published": None,
        "updated": None,
        "dateline": ("BEIJING", "Aug. 8", "Xinhua"),
        "paragraphs": [
            "Graustark's exports rose 7 percent year on year in July, customs data showed Tuesday.",
            "Imports climbed 11 percent over the same period.",
        ],
        "captions": [],
        "credits": [],
        "end_marks": ["Enditem"],
    }
    assert segment_texts(article, SegmentKind.END_MARK) == ["Enditem"]


XINHUA_FEATURE = (
    "Feature: Desert town bets on solar power\n"
    "Posted: 2017-08-08 14:23\n"
    "\n"
    "NAIROBI, August 7 (Xinhua) --\n"
    "A desert town in northern Kenya is betting on solar power to end years of blackouts.\n"
    "\n"
    "Officials said the plant would open next year.\n"
    "\n"
    "Enditem\n"
    "[Editor: Chen Lu]\n"
)


def test_xinhua_standalone_enditem_editor_line_and_beijing_time() -> None:
    article = parsed(XINHUA_FEATURE)
    beijing = datetime.timezone(datetime.timedelta(hours=8))
    assert fields(article) == {
        "style": "xinhua",
        "headline": "Feature: Desert town bets on solar power",
        "byline": None,
        "published": datetime.datetime(2017, 8, 8, 14, 23, tzinfo=beijing),
        "updated": None,
        "dateline": ("NAIROBI", "August 7", "Xinhua"),
        "paragraphs": [
            "A desert town in northern Kenya is betting on solar power to end years of blackouts.",
            "Officials said the plant would open next year.",
        ],
        "captions": [],
        "credits": ["Editor: Chen Lu"],
        "end_marks": ["Enditem"],
    }
    assert article.dateline is not None
    assert article.dateline.when == datetime.date(2017, 8, 7)


# --------------------------------------------------------------------------
# Kyodo

KYODO_SITE = (
    "Ruritania, Japan agree to boost defense ties\n"
    "KYODO NEWS - Aug 8, 2017 - 14:23 | World, All\n"
    "\n"
    "TOKYO (Kyodo) -- Ruritania and Japan agreed Tuesday to deepen defense cooperation.\n"
    "     The ministers met in Tokyo for the first time in three years.\n"
    "==Kyodo\n"
)


def test_kyodo_site_stamp_indented_paragraphs_and_sign_off() -> None:
    article = parsed(KYODO_SITE)
    japan = datetime.timezone(datetime.timedelta(hours=9))
    assert fields(article) == {
        "style": "kyodo",
        "headline": "Ruritania, Japan agree to boost defense ties",
        "byline": None,
        "published": datetime.datetime(2017, 8, 8, 14, 23, tzinfo=japan),
        "updated": None,
        "dateline": ("TOKYO", None, "Kyodo"),
        "paragraphs": [
            "Ruritania and Japan agreed Tuesday to deepen defense cooperation.",
            "The ministers met in Tokyo for the first time in three years.",
        ],
        "captions": [],
        "credits": ["Kyodo"],
        "end_marks": [],
    }
    assert segment_texts(article, SegmentKind.TIMESTAMP) == [
        "KYODO NEWS - Aug 8, 2017 - 14:23 | World, All"
    ]
    assert segment_texts(article, SegmentKind.CREDIT) == ["==Kyodo"]


KYODO_WIRE = (
    "Taiwan ferry trial links island with Okinawa\n"
    "\n"
    "YILAN, Taiwan, Aug. 8 (Kyodo) -- A ferry made a trial run Tuesday from eastern\n"
    "Taiwan to a nearby Japanese island, officials said.==Kyodo\n"
)


def test_kyodo_region_dateline_and_glued_sign_off() -> None:
    article = parsed(KYODO_WIRE)
    assert fields(article) == {
        "style": "kyodo",
        "headline": "Taiwan ferry trial links island with Okinawa",
        "byline": None,
        "published": None,
        "updated": None,
        "dateline": ("YILAN, Taiwan", "Aug. 8", "Kyodo"),
        "paragraphs": [
            (
                "A ferry made a trial run Tuesday from eastern Taiwan to a nearby Japanese island, "
                "officials said."
            )
        ],
        "captions": [],
        "credits": ["Kyodo"],
        "end_marks": [],
    }
    assert segment_texts(article, SegmentKind.CREDIT) == ["==Kyodo"]


def test_kyodo_relative_stamp_gives_no_time() -> None:
    article = parsed(
        "Yen weakens past 150\n"
        "KYODO NEWS - 15 minutes ago - 15:38 | Business\n"
        "\n"
        "TOKYO (Kyodo) -- The yen weakened past 150 to the dollar.\n"
    )
    assert article.style == "kyodo"
    assert article.headline == "Yen weakens past 150"
    assert article.published is None
    assert segment_texts(article, SegmentKind.TIMESTAMP) == [
        "KYODO NEWS - 15 minutes ago - 15:38 | Business"
    ]
    assert any(d.code.endswith("timestamp") for d in article.defects)


# --------------------------------------------------------------------------
# PTI

PTI_WIRE = (
    "Monsoon covers entire country: weather office\n"
    "\n"
    "NEW DELHI, Aug 8 (PTI) The monsoon has covered the entire country, the weather office\n"
    "said on Tuesday.\n"
    "\n"
    "Rainfall so far has been 5 per cent above normal, it said.\n"
    "\n"
    "PTI ABC XYZ\n"
)


def test_pti_dateline_without_dash_and_desk_sign_off() -> None:
    article = parsed(PTI_WIRE)
    assert fields(article) == {
        "style": "pti",
        "headline": "Monsoon covers entire country: weather office",
        "byline": None,
        "published": None,
        "updated": None,
        "dateline": ("NEW DELHI", "Aug 8", "PTI"),
        "paragraphs": [
            "The monsoon has covered the entire country, the weather office said on Tuesday.",
            "Rainfall so far has been 5 per cent above normal, it said.",
        ],
        "captions": [],
        "credits": ["PTI ABC XYZ"],
        "end_marks": [],
    }
    assert segment_texts(article, SegmentKind.DATELINE) == ["NEW DELHI, Aug 8 (PTI) "]


PTI_SITE = (
    "Water purifier makers seek lower tax\n"
    "By Ravi Menon\n"
    "Ahmedabad/New Delhi, Jan 22 (PTI) Makers of water purifiers have asked the government\n"
    "to lower the tax on their products.\n"
    "\n"
    "The association said prices had risen by a fifth in two years.\n"
    "PTI RM SKP\n"
)


def test_pti_title_case_dateline_byline_and_sign_off_under_the_last_line() -> None:
    assert fields(parsed(PTI_SITE)) == {
        "style": "pti",
        "headline": "Water purifier makers seek lower tax",
        "byline": ("By Ravi Menon", ["Ravi Menon"], None),
        "published": None,
        "updated": None,
        "dateline": ("Ahmedabad/New Delhi", "Jan 22", "PTI"),
        "paragraphs": [
            (
                "Makers of water purifiers have asked the government to lower the tax on their "
                "products."
            ),
            "The association said prices had risen by a fifth in two years.",
        ],
        "captions": [],
        "credits": ["PTI RM SKP"],
        "end_marks": [],
    }


def test_pti_story_without_headline_keeps_its_dateline() -> None:
    article = parsed(
        "New Delhi, Aug 8 (PTI) The rupee rose 10 paise against the dollar.\n"
        "\n"
        "Dealers said demand was firm.\n"
        "PTI DV\n"
    )
    assert article.style == "pti"
    assert article.headline is None
    assert article.dateline is not None
    assert article.dateline.location == "New Delhi"
    assert [p.text for p in article.paragraphs] == [
        "The rupee rose 10 paise against the dollar.",
        "Dealers said demand was firm.",
    ]
    assert [c.text for c in article.credits] == ["PTI DV"]


# --------------------------------------------------------------------------
# IANS

IANS_WIRE = (
    "Chennai metro extends service hours\n"
    "\n"
    "Chennai, Aug 8 (IANS) The Chennai metro will run until midnight from Friday,\n"
    "officials said.\n"
    "\n"
    "The move follows demand from commuters.\n"
    "\n"
    "--IANS\n"
    "ab/cd\n"
)


def test_ians_sign_off_and_desk_code_line() -> None:
    article = parsed(IANS_WIRE)
    assert fields(article) == {
        "style": "ians",
        "headline": "Chennai metro extends service hours",
        "byline": None,
        "published": None,
        "updated": None,
        "dateline": ("Chennai", "Aug 8", "IANS"),
        "paragraphs": [
            "The Chennai metro will run until midnight from Friday, officials said.",
            "The move follows demand from commuters.",
        ],
        "captions": [],
        "credits": ["IANS", "ab/cd"],
        "end_marks": [],
    }
    assert segment_texts(article, SegmentKind.CREDIT) == ["--IANS", "ab/cd"]


IANS_ONE_LINE = (
    "Hockey federation awaits invitation\n"
    "\n"
    "NEW DELHI, Aug 8 (IANS) The hockey federation is waiting for a formal invitation.\n"
    "It expects the letter this week.\n"
    "--IANS rk/vm\n"
)


def test_ians_sign_off_with_desk_code_on_one_line() -> None:
    assert fields(parsed(IANS_ONE_LINE)) == {
        "style": "ians",
        "headline": "Hockey federation awaits invitation",
        "byline": None,
        "published": None,
        "updated": None,
        "dateline": ("NEW DELHI", "Aug 8", "IANS"),
        "paragraphs": [
            (
                "The hockey federation is waiting for a formal invitation. "
                "It expects the letter this week."
            )
        ],
        "captions": [],
        "credits": ["IANS rk/vm"],
        "end_marks": [],
    }


def test_ians_glued_sign_off() -> None:
    article = parsed(
        "Flights resume at Srinagar airport\n"
        "\n"
        "Srinagar, Aug 8 (IANS) Flights resumed on Tuesday after fog cleared.--IANS\n"
    )
    assert article.style == "ians"
    assert [p.text for p in article.paragraphs] == ["Flights resumed on Tuesday after fog cleared."]
    assert [c.text for c in article.credits] == ["IANS"]


def test_desk_code_line_needs_a_sign_off_above_it() -> None:
    article = parsed(
        "Rains lash Mumbai\n\nMumbai, Aug 8 (IANS) Heavy rain lashed the city.\n\nab/cd\n",
        style="ians",
    )
    assert [p.text for p in article.paragraphs] == ["Heavy rain lashed the city.", "ab/cd"]
    assert article.credits == ()


# --------------------------------------------------------------------------
# Detection and forcing


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (AFP_WIRE, "afp"),
        (AFP_WEB, "afp"),
        (UPI_WEB, "upi"),
        (XINHUA_URGENT, "xinhua"),
        (XINHUA_FEATURE, "xinhua"),
        (KYODO_SITE, "kyodo"),
        (KYODO_WIRE, "kyodo"),
        (PTI_WIRE, "pti"),
        (PTI_SITE, "pti"),
        (IANS_WIRE, "ians"),
    ],
)
def test_detection(text: str, name: str) -> None:
    assert wireparse.parse(text).style == name
    assert styles[name].detect(text) > styles["plain"].detect(text)


def test_every_convention_is_registered_once() -> None:
    assert tuple(c.name for c in CONVENTIONS) == AGENCY_STYLES
    for name in AGENCY_STYLES:
        style = styles[name]
        assert isinstance(style, AgencyStyle)
        assert style.name == name
        assert style.description
    assert len({type(styles[name]) for name in AGENCY_STYLES}) == len(AGENCY_STYLES)


@pytest.mark.parametrize(
    ("text", "name", "score"),
    [
        ("Talks\n\nThe talks ended.\n\n==Kyodo\n", "kyodo", 0.4),
        ("Talks\n\nThe talks ended.\n\nPTI KS\n", "pti", 0.4),
        ("Talks\n\nThe talks ended.\n\nEnditem\n", "xinhua", 0.4),
        ("Talks\n\nThe talks ended.\n--IANS\nab/cd\n", "ians", 0.4),
        ("Talks\n\nThe talks ended.\n\nCopyright 2017 United Press International\n", "upi", 0.4),
        ("Talks\nby Jane DOE\n\nBONN (AFP) - The talks ended.\n", "afp", 0.15),
        ("Talks\nKYODO NEWS - Aug 8, 2017 - 14:23\n\nThe talks ended.\n", "kyodo", 0.5),
        ("Talks\n\nBONN (AFP) - The talks ended.\n\nAFP\n", "afp", 0.8),
        ("Talks\nby Xinhua writer Li Wei\n\nBONN, Aug. 8 (Xinhua) -- Ended.\n", "xinhua", 0.2),
    ],
)
def test_detection_scores(text: str, name: str, score: float) -> None:
    assert styles[name].detect(text) == pytest.approx(score)
    for other in AGENCY_STYLES:
        if other != name:
            assert styles[other].detect(text) == 0.0


def test_desk_initials_alone_do_not_detect() -> None:
    text = "Talks\n\nThe talks ended.\n\njd/ach\n"
    assert styles["afp"].detect(text) == 0.0
    # Under an AFP dateline they are the AFP sign-off.
    forced = parsed(text.replace("The", "BONN (AFP) - The"), style="afp")
    assert [c.text for c in forced.credits] == ["jd/ach"]


@pytest.mark.parametrize(
    "text",
    [
        # packagings belong to the styles that read them
        "<DOC>\n<TEXT>\nBONN (AFP) - The talks ended.\n</TEXT>\n</DOC>\n",
        "\x01\x02BONN (AFP) - The talks ended.\x03",
        "---\ntitle: Talks\n---\nBONN (AFP) - The talks ended.\n",
        # no agency convention at all
        "Talks\n\nBONN -- The talks ended.\n",
    ],
)
def test_detection_leaves_other_texts_alone(text: str) -> None:
    assert wireparse.parse(text).style not in AGENCY_STYLES
    for name in AGENCY_STYLES:
        assert styles[name].detect(text) == 0.0


@pytest.mark.parametrize("name", AGENCY_STYLES)
def test_forcing_each_style_by_name(name: str) -> None:
    article = parsed("Talks end\n\nThe talks ended without a deal.\n", style=name)
    assert article.style == name
    assert article.headline == "Talks end"
    assert [p.text for p in article.paragraphs] == ["The talks ended without a deal."]


def test_forcing_reads_the_agency_conventions() -> None:
    text = "Talks end\n\nNew Delhi, Aug 8 (PTI) The talks ended.\nPTI AB\n"
    assert parsed(text, style="plain").dateline is None
    forced = parsed(text, style="pti")
    assert forced.dateline is not None
    assert forced.dateline.location == "New Delhi"
    assert [c.text for c in forced.credits] == ["PTI AB"]


@pytest.mark.parametrize("name", AGENCY_STYLES)
def test_odd_inputs_never_raise(name: str) -> None:
    for text in ("", "\n\n", "==Kyodo", "--IANS\nab/cd", "(AFP)", "Aug. 8 (UPI) --", "x\x00y"):
        article = wireparse.parse(text, style=name)
        check_segments(article)


# --------------------------------------------------------------------------
# The plain style: AP and Reuters forms


def plain(text: str) -> Article:
    return parsed(text, style="plain")


def test_plain_agency_byline_is_a_credit_and_contributor_line() -> None:
    article = plain(
        "Storms knock out power across three states\n"
        "\n"
        "By The Associated Press\n"
        "\n"
        "CHICAGO (AP) -- Thunderstorms swept across the Midwest on Tuesday.\n"
        "\n"
        "Utility crews worked through the night.\n"
        "\n"
        "Associated Press writer Jane Doe in Detroit contributed to this report.\n"
        "\n"
        "(MORE)\n"
    )
    assert fields(article) == {
        "style": "plain",
        "headline": "Storms knock out power across three states",
        "byline": None,
        "published": None,
        "updated": None,
        "dateline": ("CHICAGO", None, "AP"),
        "paragraphs": [
            "Thunderstorms swept across the Midwest on Tuesday.",
            "Utility crews worked through the night.",
        ],
        "captions": [],
        "credits": [
            "By The Associated Press",
            "Associated Press writer Jane Doe in Detroit contributed to this report.",
        ],
        "end_marks": ["(MORE)"],
    }


def test_plain_person_byline_with_agency_affiliation_stays_a_byline() -> None:
    article = plain("Talks end\n\nBy Jane Doe, The Associated Press\n\nBONN -- They ended.\n")
    assert article.byline is not None
    assert article.byline.authors == ("Jane Doe",)
    assert article.credits == ()


def test_plain_reuters_tail_more_and_source_line() -> None:
    article = plain(
        "Oil prices climb on supply worries\n"
        "\n"
        "LONDON (Reuters) - Oil prices rose on Monday.\n"
        "\n"
        "Brent crude gained 1 percent. (Reporting by Jane Doe; Editing by John Roe)\n"
        "\n"
        "Source: Energy Ministry data\n"
        "\n"
        "More\n"
    )
    assert fields(article) == {
        "style": "plain",
        "headline": "Oil prices climb on supply worries",
        "byline": None,
        "published": None,
        "updated": None,
        "dateline": ("LONDON", None, "Reuters"),
        "paragraphs": ["Oil prices rose on Monday.", "Brent crude gained 1 percent."],
        "captions": [],
        "credits": ["Reporting by Jane Doe; Editing by John Roe", "Source: Energy Ministry data"],
        "end_marks": ["More"],
    }


@pytest.mark.parametrize("mark", ["-30-", "###", "(MORE)", "More"])
def test_plain_end_marks(mark: str) -> None:
    article = plain(f"Budget passes\n\nSPRINGFIELD, Ill. (AP) _ The budget passed.\n\n{mark}\n")
    assert [m.text for m in article.end_marks] == [mark]
    assert [p.text for p in article.paragraphs] == ["The budget passed."]


def test_plain_contributor_line_needs_the_closing_phrase() -> None:
    article = plain(
        "Talks end\n\nBONN -- They ended.\n\n"
        "Jones, who contributed reporting to the paper for years, said he was leaving.\n"
    )
    assert article.credits == ()
    assert len(article.paragraphs) == 2


def test_plain_dateline_without_dash_after_a_known_agency() -> None:
    article = plain("Rupee gains\n\nNEW DELHI, Aug 8 (PTI) The rupee rose.\n")
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.date, article.dateline.agency) == (
        "NEW DELHI",
        "Aug 8",
        "PTI",
    )
    assert [p.text for p in article.paragraphs] == ["The rupee rose."]
    # Without a known agency the dash stays required, and a title is no dateline.
    assert plain("Talks\n\nBONN (Foo) The talks ended.\n").dateline is None
    title = plain("USC, Auburn Finish Unbeaten (AP)\n\nAP - Both teams won.\n")
    assert title.headline == "USC, Auburn Finish Unbeaten (AP)"


def test_headline_right_above_a_title_case_dateline() -> None:
    # No blank line: the plain rules see a wrapped paragraph, the agency rule a dateline.
    article = parsed(
        "Rains lash Chennai\nChennai, Aug 8 (PTI) Heavy rain lashed the city.\nPTI SS\n",
        style="pti",
    )
    assert article.headline == "Rains lash Chennai"
    assert article.dateline is not None
    assert article.dateline.location == "Chennai"
    assert [p.text for p in article.paragraphs] == ["Heavy rain lashed the city."]


class _BylineElements(wireparse.Style):
    """A packaging whose byline element holds an agency byline."""

    name = "test-byline-elements"
    description = "a style with a byline region, for the tests"

    def detect(self, source: str) -> float:  # noqa: ARG002 - never detected
        return 0.0

    def regions(self, source: str) -> tuple[wireparse.Region, ...]:
        first = source.index("\n")
        return (
            wireparse.Region("byline", wireparse.Span(0, first)),
            wireparse.Region("text", wireparse.Span(first, len(source))),
        )


def test_agency_byline_element_is_a_credit() -> None:
    article = parsed("By The Associated Press\nTalks end\n\nBONN (AP) -- They ended.\n")
    assert article.credits[0].text == "By The Associated Press"
    packaged = wireparse.parse(
        "By The Associated Press\nTalks end\n\nBONN (AP) -- They ended.\n",
        style=_BylineElements(),
    )
    check_segments(packaged)
    assert packaged.byline is None
    assert [c.text for c in packaged.credits] == ["By The Associated Press"]
    assert segment_texts(packaged, SegmentKind.CREDIT) == ["By The Associated Press"]
