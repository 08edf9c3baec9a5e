"""Yonhap's own news site, copied as text; invented stories in the agency's layout.

The conventions: the headline with its version tag, the section and posting
time in Korea Standard Time, ``By NAME``, the ``CITY, Mon. D (Yonhap) --``
dateline, captions closing with ``(Yonhap)``, the reporter's e-mail address
(a credit) and ``(END)``, page furniture around the story.
"""

from __future__ import annotations

import datetime

import wireparse
from _support import assert_partition
from wireparse import Article, SegmentKind, styles
from wireparse._styles.yonhap import Yonhap

KST = datetime.timezone(datetime.timedelta(hours=9))

PAGE = """Go to Contents Go to Navigation

(LEAD) Busan port to open cold-chain terminal next spring

All News 10:42 March 14, 2019

By Park Ji-won

BUSAN, March 14 (Yonhap) -- A refrigerated cargo terminal will open at Busan's northern port
next spring, the port authority said Thursday.

The 120-billion-won facility will handle up to 40,000 containers a year, according to the
authority.

Workers unload containers at Busan's northern port on March 13, 2019. (Yonhap)

"Demand from strawberry growers has doubled in three years," an official said.

jwpark@yna.co.kr
(END)

(C) Yonhap News Agency. All Rights Reserved
"""


def texts(items: tuple[object, ...]) -> list[str]:
    return [item.text for item in items]  # type: ignore[attr-defined]


def segment_text(article: Article, kind: SegmentKind) -> list[str]:
    source = article.source
    return [source[s.span.start : s.span.end] for s in article.segments if s.kind is kind]


def test_every_field() -> None:
    article = wireparse.parse(PAGE)
    assert article.style == "yonhap"
    assert article.headline == "(LEAD) Busan port to open cold-chain terminal next spring"
    assert article.byline is not None
    assert article.byline.authors == ("Park Ji-won",)
    assert article.published == datetime.datetime(2019, 3, 14, 10, 42, tzinfo=KST)
    assert article.updated is None
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.date, article.dateline.agency) == (
        "BUSAN",
        "March 14",
        "Yonhap",
    )
    assert article.dateline.when == datetime.date(2019, 3, 14)
    assert texts(article.paragraphs) == [
        (
            "A refrigerated cargo terminal will open at Busan's northern port next spring, "
            "the port authority said Thursday."
        ),
        (
            "The 120-billion-won facility will handle up to 40,000 containers a year, according to "
            "the authority."
        ),
        '"Demand from strawberry growers has doubled in three years," an official said.',
    ]
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Workers unload containers at Busan's northern port on March 13, 2019.", "Yonhap")
    ]
    assert texts(article.credits) == ["jwpark@yna.co.kr"]
    assert texts(article.end_marks) == ["(END)"]
    assert [d.code for d in article.defects] == []


def test_segments_partition_and_furniture_is_markup() -> None:
    article = wireparse.parse(PAGE)
    assert_partition(article)
    assert segment_text(article, SegmentKind.MARKUP) == [
        "Go to Contents Go to Navigation",
        "(C) Yonhap News Agency. All Rights Reserved",
    ]
    assert segment_text(article, SegmentKind.TIMESTAMP) == ["All News 10:42 March 14, 2019"]
    assert segment_text(article, SegmentKind.BYLINE) == ["By Park Ji-won"]
    assert segment_text(article, SegmentKind.CREDIT) == ["jwpark@yna.co.kr"]
    assert segment_text(article, SegmentKind.END_MARK) == ["(END)"]


def test_older_site_stamp_directly_under_the_headline() -> None:
    source = (
        "N. Korea fires two short-range missiles\n"
        "2017/08/08 09:44\n\n"
        "SEOUL, Aug. 8 (Yonhap) -- North Korea fired two missiles Tuesday, the military said.\n\n"
        "This photo, provided by the Joint Chiefs of Staff, shows a radar site. "
        "(PHOTO NOT FOR SALE) (Yonhap)\n\n"
        "More details were not given.\n\n"
        "khkim@yna.co.kr(END)\n"
    )
    article = wireparse.parse(source)
    assert article.style == "yonhap"
    assert article.headline == "N. Korea fires two short-range missiles"
    assert article.published == datetime.datetime(2017, 8, 8, 9, 44, tzinfo=KST)
    assert article.byline is None
    assert texts(article.paragraphs) == [
        "North Korea fired two missiles Tuesday, the military said.",
        "More details were not given.",
    ]
    assert [(c.text, c.credit) for c in article.captions] == [
        (
            (
                "This photo, provided by the Joint Chiefs of Staff, shows a radar site. "
                "(PHOTO NOT FOR SALE)"
            ),
            "Yonhap",
        )
    ]
    assert texts(article.credits) == ["khkim@yna.co.kr"]
    assert texts(article.end_marks) == ["(END)"]
    assert_partition(article)


def test_caption_without_a_cue_and_the_story_s_own_credit() -> None:
    source = (
        "Seoul hosts book fair\n\n"
        "2024-06-12 15:30\n\n"
        "SEOUL, June 12 (Yonhap) -- The Seoul book fair opened Wednesday.\n\n"
        "Visitors browse at the Seoul book fair on June 12, 2024. (Yonhap)\n\n"
        "Some 300 publishers take part. (Yonhap)\n\n"
        "(END)\n"
    )
    article = wireparse.parse(source)
    assert article.style == "yonhap"
    assert article.published == datetime.datetime(2024, 6, 12, 15, 30, tzinfo=KST)
    assert texts(article.paragraphs) == [
        "The Seoul book fair opened Wednesday.",
        "Some 300 publishers take part.",
    ]
    # inside the story the credit alone marks a caption; closing it, it is the story's credit
    assert [c.text for c in article.captions] == [
        "Visitors browse at the Seoul book fair on June 12, 2024."
    ]
    assert texts(article.credits) == ["Yonhap"]
    assert texts(article.end_marks) == ["(END)"]


def test_caption_closing_the_story_before_the_e_mail_needs_no_cue() -> None:
    source = (
        "Seoul hosts book fair\n\n"
        "SEOUL, June 12 (Yonhap) -- The Seoul book fair opened Wednesday.\n\n"
        "Visitors browse at the fair on June 12, 2024. (Yonhap)\n\n"
        "jwpark@yna.co.kr\n(END)\n"
    )
    article = wireparse.parse(source)
    assert article.style == "yonhap"
    assert texts(article.paragraphs) == ["The Seoul book fair opened Wednesday."]
    assert [c.text for c in article.captions] == ["Visitors browse at the fair on June 12, 2024."]
    assert texts(article.credits) == ["jwpark@yna.co.kr"]


def test_caption_closing_the_story_needs_a_cue() -> None:
    source = (
        "Seoul hosts book fair\n\n"
        "2024-06-12 15:30\n\n"
        "SEOUL, June 12 (Yonhap) -- The Seoul book fair opened Wednesday.\n\n"
        "This photo shows visitors at the fair. (Yonhap)\n\n"
        "jwpark@yna.co.kr(END)\n"
    )
    article = wireparse.parse(source)
    assert texts(article.paragraphs) == ["The Seoul book fair opened Wednesday."]
    assert [c.text for c in article.captions] == ["This photo shows visitors at the fair."]
    assert texts(article.credits) == ["jwpark@yna.co.kr"]


def test_em_dash_typed_with_a_hyphen_and_several_addresses() -> None:
    source = (
        "Exports rise for fifth month\n\n"
        "Economy 11:00 March 01, 2024\n\n"
        "SEJONG, March 1 (Yonhap) \u2014- Exports rose 8 percent in February.\n\n"
        "ejkim@yna.co.kr, mlee@yna.co.kr\n"
        "(END)\n"
    )
    article = wireparse.parse(source)
    assert article.dateline is not None
    assert article.dateline.location == "SEJONG"
    assert texts(article.paragraphs) == ["Exports rose 8 percent in February."]
    assert texts(article.credits) == ["ejkim@yna.co.kr, mlee@yna.co.kr"]


def test_e_mail_glued_to_the_last_paragraph() -> None:
    source = (
        "Rail strike ends\n\n"
        "SEOUL, March 1 (Yonhap) -- The strike ended Friday. sookim@yna.co.kr (END)\n"
    )
    article = wireparse.parse(source)
    assert texts(article.paragraphs) == ["The strike ended Friday."]
    assert texts(article.credits) == ["sookim@yna.co.kr"]
    assert texts(article.end_marks) == ["(END)"]


def test_an_address_in_a_sentence_is_not_a_sign_off() -> None:
    source = (
        "Mail scam\n\nSEOUL, March 1 (Yonhap) -- Police warned about mail from "
        "help@mail.example.\n\nkim@mail.example.org said so.\n"
    )
    article = wireparse.parse(source)
    assert article.credits == ()
    assert texts(article.paragraphs) == [
        "Police warned about mail from help@mail.example.",
        "kim@mail.example.org said so.",
    ]


def test_detection() -> None:
    assert "yonhap" in styles
    style = Yonhap()
    assert style.detect(PAGE) > 0.8
    assert style.detect("Talks\n\nThey met in Seoul.\n") == 0.0
    # a Yonhap dateline alone is any paper's copy of the agency's story
    copy = "Talks\n\nSEOUL, Aug. 8 (Yonhap) -- They met.\n\nMore talks. (Yonhap)\n(END)\n"
    assert style.detect(copy) == 0.0
    assert wireparse.parse(copy).style == "plain"
    assert style.detect(copy.replace("(END)", "kim@yna.co.kr\n(END)")) > 0.5
    # the Korea Herald page carries Yonhap datelines too, and keeps its style
    herald = (
        "Talks resume\n\nBy Jane Doe\n  \u2022 Published : Aug 8, 2017 - 09:44\n"
        "SEOUL, Aug. 8 (Yonhap) -- They met.\n"
    )
    assert wireparse.parse(herald).style == "koreaherald"
    assert style.detect(herald) < styles["koreaherald"].detect(herald)
    # the Naver crawl of Yonhap copy has front matter: not this style
    assert style.detect("---\ntitle: x\n---\n\nSEOUL, Aug. 8 (Yonhap) -- They met.\n") == 0.0


def test_forcing() -> None:
    article = wireparse.parse("Talks resume\n\nSEOUL -- They met.\n(END)\n", style="yonhap")
    assert article.style == "yonhap"
    assert article.headline == "Talks resume"
    assert texts(article.end_marks) == ["(END)"]
    plain = wireparse.parse(PAGE, style="plain")
    assert plain.style == "plain"
    assert plain.published is None  # the plain style reads no posting-time line
