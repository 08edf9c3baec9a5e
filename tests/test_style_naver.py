"""The Naver crawl (Baram): front matter, Markdown, and each publisher's layout.

Every article here is invented; only the crawler's shape is real: YAML front
matter (``title``, ``publisher``, ``author`` over tab-indented lines,
``published_at`` with a ``00:00`` time), ``# Title``, the publisher line,
``---`` separators, glued body blocks, HTML entities and the crawl trailer.
"""

from __future__ import annotations

import datetime

import pytest

import wireparse
from _support import assert_partition
from wireparse import Article, SegmentKind, styles
from wireparse._lines import Line, locate
from wireparse._styles.naver import (
    OTHER,
    PUBLISHERS,
    Naver,
    decode_entities,
    publisher_of,
)

KST = datetime.timezone(datetime.timedelta(hours=9))


def crawl(
    title: str,
    *blocks: str,
    publisher: str = "연합뉴스",
    oid: str = "001",
    author: str = "",
    published: str = "2024-03-14 00:00",
    category: str = "",
) -> str:
    """An article in the crawler's shape, its body *blocks* parted by blank lines."""
    author_lines = f"\n\t\t\n\t\t\t{author}\n\t\t\n\t" if author else ""
    url = f"https://n.news.naver.com/mnews/article/{oid}/0000000042"
    return (
        "---\n"
        f"id: {oid}_0000000042\n"
        f'title: "{title}"\n'
        f"category: {category}\n"
        f"publisher: {publisher}\n"
        f"author: {author_lines}\n"
        f"published_at: {published}\n"
        "crawled_at: 2024-03-14 02:10:00\n"
        f"url: {url}\n"
        f"oid: {oid}\n"
        "aid: 0000000042\n"
        "content_hash: 0123456789abcdef\n"
        "---\n\n"
        f"# {title}\n\n"
        f"**{publisher}** | {published} | {category}\n\n"
        "---\n\n" + "\n\n".join(blocks) + "\n\n---\n\n"
        "*Crawled at: 2024-03-14 02:10:00*\n"
        f"*Source: [원문 보기]({url})*\n"
    )


def texts(items: tuple[object, ...]) -> list[str]:
    return [item.text for item in items]  # type: ignore[attr-defined]


def segment_text(article: Article, kind: SegmentKind) -> list[str]:
    source = article.source
    return [source[s.span.start : s.span.end] for s in article.segments if s.kind is kind]


# --------------------------------------------------------------------------
# Yonhap via Naver

YONHAP = crawl(
    "(LEAD) Ferry service to Ulleung Island resumes after storm",
    "(LEAD) ferry-Ulleung(LEAD) Ferry service to Ulleung Island resumes after storm"
    "(ATTN: ADDS quote in last para)By Park Ji-won POHANG, March 14 (Yonhap) -- Ferries "
    "between the east coast port of Pohang and Ulleung Island resumed Thursday after a "
    "three-day halt, the operator said. Some 600 passengers boarded the first ship.",
    "&quot;We expect full service by Friday,&quot; an operator official said. "
    "jwpark@yna.co.kr(END)",
    author="박지원(jwpark@yna.co.kr)",
)


def test_yonhap_every_field() -> None:
    article = wireparse.parse(YONHAP)
    assert article.style == "naver"
    assert article.headline == "(LEAD) Ferry service to Ulleung Island resumes after storm"
    assert article.byline is not None
    assert article.byline.text == "By Park Ji-won"
    assert article.byline.authors == ("Park Ji-won",)
    assert article.published == datetime.datetime(2024, 3, 14, tzinfo=KST)
    assert article.updated is None
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.date, article.dateline.agency) == (
        "POHANG",
        "March 14",
        "Yonhap",
    )
    assert texts(article.paragraphs) == [
        (
            "Ferries between the east coast port of Pohang and Ulleung Island resumed Thursday "
            "after a three-day halt, the operator said. Some 600 passengers boarded the first ship."
        ),
        '"We expect full service by Friday," an operator official said.',
    ]
    assert article.captions == ()
    assert texts(article.credits) == ["jwpark@yna.co.kr"]
    assert texts(article.end_marks) == ["(END)"]
    assert [d.code for d in article.defects] == []


def test_yonhap_segments_partition_with_front_matter_keys_as_markup() -> None:
    article = wireparse.parse(YONHAP)
    assert_partition(article)
    markup = segment_text(article, SegmentKind.MARKUP)
    for key in ("---", "id:", "title:", "publisher:", "author:", "published_at:", "oid:"):
        assert key in markup
    # the title value is the headline; the heading and the body's repeat are markup
    assert segment_text(article, SegmentKind.HEADLINE) == [
        "(LEAD) Ferry service to Ulleung Island resumes after storm"
    ]
    assert "# (LEAD) Ferry service to Ulleung Island resumes after storm" in markup
    assert "(LEAD) ferry-Ulleung(LEAD) Ferry service to Ulleung Island resumes after storm" in (
        markup
    )
    assert "(ATTN: ADDS quote in last para)" in markup
    # the body's By line is the byline; the front matter's name is then markup
    assert segment_text(article, SegmentKind.BYLINE) == ["By Park Ji-won"]
    assert "박지원(jwpark@yna.co.kr)" in markup
    assert segment_text(article, SegmentKind.TIMESTAMP) == ["2024-03-14 00:00"]
    assert "**연합뉴스** | 2024-03-14 00:00 |" in markup
    assert "*Crawled at: 2024-03-14 02:10:00*" in markup
    assert segment_text(article, SegmentKind.DATELINE) == ["POHANG, March 14 (Yonhap) -- "]
    assert segment_text(article, SegmentKind.CREDIT) == ["jwpark@yna.co.kr"]
    assert segment_text(article, SegmentKind.END_MARK) == ["(END)"]
    # entities are decoded in the text, the spans point at the source
    assert segment_text(article, SegmentKind.PARAGRAPH)[1].startswith("&quot;We expect")


def test_yonhap_priority_label_is_not_part_of_the_headline() -> None:
    source = crawl(
        "(URGENT) Subway fares to rise 150 won in June",
        "(URGENT) subway fares(URGENT) Subway fares to rise 150 won in June",
        "(END)",
        author="김민수(mskim@yna.co.kr)",
    )
    article = wireparse.parse(source)
    assert article.headline == "Subway fares to rise 150 won in June"
    assert article.paragraphs == ()
    assert texts(article.end_marks) == ["(END)"]
    # no By line in the body: the person the front matter names
    assert article.byline is not None
    assert article.byline.authors == ("김민수",)
    assert_partition(article)


def test_yonhap_desk_in_the_author_slot_is_no_byline() -> None:
    source = crawl(
        "KOSPI closes up 1.2 pct",
        "KOSPI-closeKOSPI closes up 1.2 pct(END)",
        author="영문경제(2000000@yna.co.kr)",
    )
    article = wireparse.parse(source)
    assert article.byline is None
    assert article.headline == "KOSPI closes up 1.2 pct"
    assert article.paragraphs == ()
    assert texts(article.end_marks) == ["(END)"]


def test_yonhap_label_title_gives_way_to_the_real_headline() -> None:
    source = crawl(
        "(EDITORIAL from The Korea Times on March 14)",
        "dailies-editorials (2)(EDITORIAL from The Korea Times on March 14)Too little, too "
        "late: Budget plan for rural clinics falls shortThe government unveiled a plan to fund "
        "rural clinics on Wednesday. It is not enough.(END)",
    )
    article = wireparse.parse(source)
    assert article.headline == "Too little, too late: Budget plan for rural clinics falls short"
    assert texts(article.paragraphs) == [
        "The government unveiled a plan to fund rural clinics on Wednesday. It is not enough."
    ]
    assert segment_text(article, SegmentKind.HEADLINE) == [
        "Too little, too late: Budget plan for rural clinics falls short"
    ]
    assert "(EDITORIAL from The Korea Times on March 14)" in segment_text(
        article, SegmentKind.MARKUP
    )


def test_yonhap_em_dash_typed_with_a_hyphen() -> None:
    source = crawl(
        "Navy holds drill off west coast",
        "Navy drill Navy holds drill off west coast SEOUL, March 14 (Yonhap) \u2014- The navy "
        "held a drill on Thursday. sookim@yna.co.kr (END)",
    )
    article = wireparse.parse(source)
    assert article.dateline is not None
    assert article.dateline.location == "SEOUL"
    assert texts(article.paragraphs) == ["The navy held a drill on Thursday."]
    assert texts(article.credits) == ["sookim@yna.co.kr"]


def test_yonhap_title_glued_to_a_list_without_dateline() -> None:
    source = crawl(
        "Closing Prices List-3",
        "Closing Prices List-3ACME Steel 12,300 UP 150Hanil Foods 8,800 DN 20(MORE)",
    )
    article = wireparse.parse(source)
    assert article.dateline is None
    assert texts(article.paragraphs) == ["ACME Steel 12,300 UP 150Hanil Foods 8,800 DN 20"]
    assert texts(article.end_marks) == ["(MORE)"]


def test_yonhap_header_found_from_the_dateline_when_the_title_differs() -> None:
    source = crawl(
        "Ferry service resumes",
        "ferry-Ulleung Ferry service to Ulleung resumes after three days By Park Ji-won "
        "POHANG, March 14 (Yonhap) -- Ferries resumed Thursday.(END)",
    )
    article = wireparse.parse(source)
    assert article.byline is not None
    assert article.byline.authors == ("Park Ji-won",)
    assert texts(article.paragraphs) == ["Ferries resumed Thursday."]


def test_yonhap_blocks_are_never_whole_captions() -> None:
    source = crawl(
        "Truce talks set",
        "truce talks Truce talks set SEOUL, March 14 (Yonhap) -- The two Koreas will meet.",
        "They will meet at the truce village on Friday (Panmunjom)",
        "mlee@yna.co.kr(END)",
    )
    article = wireparse.parse(source)
    assert article.captions == ()
    assert texts(article.paragraphs)[-1] == (
        "They will meet at the truce village on Friday (Panmunjom)"
    )


# --------------------------------------------------------------------------
# The Korea Herald via Naver

HERALD = crawl(
    "Suwon opens riverside plaza",
    "City hopes the square will draw weekend visitors",
    "A man walks past the new plaza in Suwon on Tuesday. (Yonhap)The city opened a riverside "
    "plaza on Tuesday.It cost 3 billion won, the city said.",
    "The plaza has a stage and a fountain.Shops open in May",
    "Mayor Lee Dong-soo (right) cuts a ribbon at the plaza in Suwon on Tuesday. (Suwon City)",
    publisher="코리아헤럴드",
    oid="044",
    author="Choi Ji-hoon jhchoi@heraldcorp.com",
)


def test_herald_every_field() -> None:
    article = wireparse.parse(HERALD)
    assert article.style == "naver"
    assert article.headline == "Suwon opens riverside plaza"
    assert article.byline is not None
    assert article.byline.authors == ("Choi Ji-hoon",)
    assert article.published == datetime.datetime(2024, 3, 14, tzinfo=KST)
    assert article.dateline is None
    assert texts(article.paragraphs) == [
        "The city opened a riverside plaza on Tuesday.It cost 3 billion won, the city said.",
        "The plaza has a stage and a fountain.Shops open in May",
    ]
    assert [(c.text, c.credit) for c in article.captions] == [
        ("A man walks past the new plaza in Suwon on Tuesday.", "Yonhap"),
        (
            "Mayor Lee Dong-soo (right) cuts a ribbon at the plaza in Suwon on Tuesday.",
            "Suwon City",
        ),
    ]
    assert article.credits == ()
    assert article.end_marks == ()
    assert_partition(article)
    markup = segment_text(article, SegmentKind.MARKUP)
    assert "City hopes the square will draw weekend visitors" in markup  # the deck
    assert "Choi Ji-hoon jhchoi@heraldcorp.com" in segment_text(article, SegmentKind.BYLINE)
    assert len(segment_text(article, SegmentKind.CAPTION)) == 2


def test_herald_deck_with_a_period_above_a_photo() -> None:
    source = crawl(
        "Suwon opens riverside plaza",
        "Suwon opened a riverside plaza on Tuesday, the first of three planned.",
        "The plaza seen from above (Suwon City)The square has a stage and a fountain.",
        publisher="코리아헤럴드",
        oid="044",
    )
    article = wireparse.parse(source)
    assert texts(article.paragraphs) == ["The square has a stage and a fountain."]
    assert [(c.text, c.credit) for c in article.captions] == [
        ("The plaza seen from above", "Suwon City")
    ]


def test_herald_first_sentence_with_a_period_is_no_deck_without_a_photo() -> None:
    source = crawl(
        "Suwon opens riverside plaza",
        "Suwon opened a riverside plaza on Tuesday.",
        "The square has a stage and a fountain.",
        publisher="코리아헤럴드",
        oid="044",
    )
    article = wireparse.parse(source)
    assert texts(article.paragraphs) == [
        "Suwon opened a riverside plaza on Tuesday.",
        "The square has a stage and a fountain.",
    ]


def test_herald_deck_glued_to_the_first_paragraph() -> None:
    source = crawl(
        "[Editorial] Slow down",
        "Panel urges caution on school reform; more study neededThe education ministry said on "
        "Monday it would revise the curriculum.Critics disagree.",
        publisher="코리아헤럴드",
        oid="044",
        author="Korea Herald khnews@heraldcorp.com",
    )
    article = wireparse.parse(source)
    assert article.headline == "[Editorial] Slow down"
    assert article.byline is None  # the paper's own desk, not a person
    assert texts(article.paragraphs) == [
        "The education ministry said on Monday it would revise the curriculum.Critics disagree."
    ]
    assert "Panel urges caution on school reform; more study needed" in segment_text(
        article, SegmentKind.MARKUP
    )


def test_herald_story_credit_is_not_a_caption() -> None:
    source = crawl(
        "Rail strike ends",
        "The rail union ended its strike on Friday.Trains run normally from Saturday, the "
        "operator said. (Yonhap)",
        publisher="코리아헤럴드",
        oid="044",
    )
    article = wireparse.parse(source)
    assert article.captions == ()
    assert texts(article.paragraphs) == [
        (
            "The rail union ended its strike on Friday.Trains run normally from Saturday, the "
            "operator said."
        )
    ]
    assert texts(article.credits) == ["Yonhap"]


def test_herald_block_closing_with_an_abbreviation_is_no_caption() -> None:
    source = crawl(
        "Rail deal signed",
        "The deal was signed on Friday.",
        "Talks were led by the Korea Rail Research Agency (KRRA)",
        "They will meet at the truce village on Friday (Panmunjom)",
        publisher="코리아헤럴드",
        oid="044",
    )
    article = wireparse.parse(source)
    assert texts(article.paragraphs) == [
        "The deal was signed on Friday.",
        "Talks were led by the Korea Rail Research Agency (KRRA)",
    ]
    # a short block closing with a courtesy credit is a caption, here as not at Yonhap
    assert [(c.text, c.credit) for c in article.captions] == [
        ("They will meet at the truce village on Friday", "Panmunjom")
    ]


def test_herald_photo_page_is_one_caption() -> None:
    source = crawl(
        "[Photo News] Lanterns over the river",
        "Visitors float paper lanterns on the Namgang River in Jinju on Sunday. The festival "
        "runs through next week. (Jinju City)",
        publisher="코리아헤럴드",
        oid="044",
    )
    article = wireparse.parse(source)
    assert article.paragraphs == ()
    assert [(c.text, c.credit) for c in article.captions] == [
        (
            (
                "Visitors float paper lanterns on the Namgang River in Jinju on Sunday. "
                "The festival runs through next week."
            ),
            "Jinju City",
        )
    ]


def test_herald_column_note_signature_and_syndicate() -> None:
    source = crawl(
        "[Jo Roe] Ports of the future",
        "Trade will move east in the coming decade.That is all for now.Jo RoeJo Roe, a former "
        "trade negotiator, teaches at Harbor University. The views expressed here are the "
        "writer&#x27;s own. -- Ed.(Project Syndicate)",
        publisher="코리아헤럴드",
        oid="044",
    )
    article = wireparse.parse(source)
    assert texts(article.paragraphs) == [
        "Trade will move east in the coming decade.That is all for now."
    ]
    assert article.byline is not None
    assert article.byline.authors == ("Jo Roe",)
    assert texts(article.credits) == ["Project Syndicate"]
    assert_partition(article)
    assert any(t.endswith("-- Ed.") for t in segment_text(article, SegmentKind.MARKUP))


# --------------------------------------------------------------------------
# Korea JoongAng Daily via Naver


def test_joongang_byline_kicker_dateline_and_translation_note() -> None:
    source = crawl(
        "Skiers return to Gangneung slopes",
        "[EXPLAINER] GANGNEUNG, Gangwon \u2014 Skiers came back on Saturday. Lifts reopened.",
        "Resorts expect a busy season. This article was originally written in Korean and "
        "translated by a bilingual reporter. It was then edited by a native English-speaking "
        "editor.",
        publisher="코리아중앙데일리",
        oid="640",
        author="BY KIM HA-NA, LEE JUN-HO [kim.hana@joongang.co.kr]",
    )
    article = wireparse.parse(source)
    assert article.byline is not None
    assert article.byline.text == "BY KIM HA-NA, LEE JUN-HO"
    assert article.byline.authors == ("KIM HA-NA", "LEE JUN-HO")
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.date, article.dateline.agency) == (
        "GANGNEUNG, Gangwon",
        None,
        None,
    )
    assert texts(article.paragraphs) == [
        "Skiers came back on Saturday. Lifts reopened.",
        "Resorts expect a busy season.",
    ]
    assert texts(article.credits) == [
        (
            "This article was originally written in Korean and translated by a bilingual reporter. "
            "It was then edited by a native English-speaking editor."
        )
    ]
    assert "[EXPLAINER]" in segment_text(article, SegmentKind.MARKUP)
    assert_partition(article)


def test_joongang_reporter_suffix_and_photo_story() -> None:
    source = crawl(
        "Ready for the cold",
        "A vendor is seen arranging winter gloves at a market in Mapo District, western Seoul, "
        "on Monday. Temperatures are forecast to drop below zero this week.",
        publisher="코리아중앙데일리",
        oid="640",
        author="PARK SO-YEON 기자",
        category="sports",
    )
    article = wireparse.parse(source)
    assert article.byline is not None
    assert article.byline.authors == ("PARK SO-YEON",)
    assert article.paragraphs == ()
    assert [(c.text, c.credit) for c in article.captions] == [
        (
            (
                "A vendor is seen arranging winter gloves at a market in Mapo District, western "
                "Seoul, on Monday. Temperatures are forecast to drop below zero this week."
            ),
            None,
        )
    ]


def test_a_lone_block_that_is_seen_as_news_is_not_a_photo() -> None:
    source = crawl(
        "Rates on hold",
        "The decision is seen as a signal that cuts will wait until summer.",
        publisher="코리아중앙데일리",
        oid="640",
    )
    article = wireparse.parse(source)
    assert article.captions == ()
    assert len(article.paragraphs) == 1


# --------------------------------------------------------------------------
# The picture services via Naver


def test_ap_photo_title_glued_and_credit_in_brackets() -> None:
    source = crawl(
        "Canada Hockey",
        "Canada HockeyFans cheer during a game in Toronto, Saturday, March 9, 2024. "
        "(AP Photo/Jane Doe)",
        publisher="AP연합뉴스",
        oid="077",
        author="XY",
    )
    article = wireparse.parse(source)
    assert article.headline == "Canada Hockey"
    assert article.byline is None  # a desk code, not a person
    assert article.paragraphs == ()
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Fans cheer during a game in Toronto, Saturday, March 9, 2024.", "AP Photo/Jane Doe")
    ]
    assert "Canada Hockey" in segment_text(article, SegmentKind.MARKUP)
    assert_partition(article)


def test_epa_picture_title_and_credit_after_the_text() -> None:
    source = crawl(
        "NORWAY SKIING",
        "World Cup Cross-Country - Stage 2Skiers start the sprint in Oslo, Norway, "
        "09 March 2024. EPA/JOHN ROE",
        publisher="EPA연합뉴스",
        oid="091",
        author="abc DEF DEF",
    )
    article = wireparse.parse(source)
    assert article.headline == "NORWAY SKIING"
    assert article.byline is None
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Skiers start the sprint in Oslo, Norway, 09 March 2024.", "EPA/JOHN ROE")
    ]
    assert "World Cup Cross-Country - Stage 2" in segment_text(article, SegmentKind.MARKUP)


# --------------------------------------------------------------------------
# Other publishers, the packaging, detection


def test_other_publisher_reads_as_plain_blocks() -> None:
    source = crawl(
        "Exports rise for fifth month",
        "Exports rose 8 percent in February.Chips led the gains.",
        "Imports fell 2 percent.",
        publisher="한국경제",
        oid="015",
    )
    article = wireparse.parse(source)
    assert publisher_of(source) is OTHER
    assert article.headline == "Exports rise for fifth month"
    assert article.byline is None
    assert texts(article.paragraphs) == [
        "Exports rose 8 percent in February.Chips led the gains.",
        "Imports fell 2 percent.",
    ]


def test_publisher_found_by_office_number_when_the_name_is_empty() -> None:
    source = crawl("Title", "Text.", publisher="", oid="640")
    assert publisher_of(source).key == "joongang"
    article = wireparse.parse(source)
    assert texts(article.paragraphs) == ["Text."]
    assert "**** | 2024-03-14 00:00 |" in segment_text(article, SegmentKind.MARKUP)


def test_every_publisher_is_found_by_name_and_office() -> None:
    for publisher in PUBLISHERS:
        for name in publisher.names:
            assert publisher_of(crawl("T", "x", publisher=name, oid="999")) is publisher
        for oid in publisher.oids:
            assert publisher_of(crawl("T", "x", publisher="?", oid=oid)) is publisher


def test_detection_and_forcing() -> None:
    assert "naver" in styles
    assert wireparse.parse(YONHAP).style == "naver"
    assert Naver().detect(YONHAP) == pytest.approx(0.95)
    assert Naver().detect("Talks resume\n\nSEOUL, March 14 (Yonhap) -- They met.\n") == 0.0
    # forced on text without front matter: read as plain text, never an error
    plain = wireparse.parse("Talks resume\n\nThey met.\n", style="naver")
    assert plain.style == "naver"
    assert plain.headline == "Talks resume"
    # the crawl forced into the plain style still parses, without the packaging
    forced = wireparse.parse(YONHAP, style="plain")
    assert forced.style == "plain"


def test_unclosed_front_matter_is_plain_text() -> None:
    article = wireparse.parse("---\ntitle: x\npublisher: 연합뉴스\n", style="naver")
    assert_partition(article)


def test_publication_time_from_the_publisher_line_without_published_at() -> None:
    source = crawl("Exports rise", "Text.").replace("published_at: 2024-03-14 00:00\n", "")
    article = wireparse.parse(source)
    assert article.published == datetime.datetime(2024, 3, 14, tzinfo=KST)
    assert segment_text(article, SegmentKind.TIMESTAMP) == ["2024-03-14 00:00"]
    assert_partition(article)


def test_yaml_escapes_in_the_title() -> None:
    source = crawl('Minister says \\"no\\" to fee', "Text.")
    assert wireparse.parse(source).headline == 'Minister says "no" to fee'


# --------------------------------------------------------------------------
# Entities


def test_entities_decode_and_never_lengthen() -> None:
    assert (
        decode_entities("KT&amp;G &#x27;s &#39; &quot;x&quot; &nbsp;") == "KT&G 's ' \"x\" \u00a0"
    )
    assert decode_entities("AT&T and Q&A") == "AT&T and Q&A"
    assert decode_entities("cut &#x2") == "cut "
    assert decode_entities("cut &") == "cut "
    raw = "Korea&#x27;s &quot;big&quot; day &amp; night"
    lengths = [len(Naver().decode(raw[:n])) for n in range(len(raw) + 1)]
    assert lengths == sorted(lengths)
    assert all(len(Naver().decode(raw[:n])) <= n for n in range(len(raw) + 1))


def test_offsets_map_back_through_entities() -> None:
    source = "Korea&#x27;s &quot;big&quot; day"
    decode = Naver().decode
    line = Line(source, 0, len(source), decode)
    assert line.text == 'Korea\'s "big" day'
    assert locate(source, line, line.text.index("big"), decode) == source.index("big")
    assert locate(source, line, line.text.index("day"), decode) == source.index("day")
