"""One short, hand-written article for each parser rule, in each house style."""

from __future__ import annotations

import datetime

import pytest

import wireparse
from wireparse import Article, Segment, SegmentKind, Span

KST = datetime.timezone(datetime.timedelta(hours=9))
EDT = datetime.timezone(datetime.timedelta(hours=-4))


def paragraphs(article: Article) -> list[str]:
    return [p.text for p in article.paragraphs]


def codes(article: Article) -> list[str]:
    return [d.code for d in article.defects]


def kinds(article: Article) -> list[SegmentKind]:
    """The kinds of the article's segments, white space left out."""
    return [s.kind for s in article.segments if s.kind is not SegmentKind.WHITESPACE]


# --------------------------------------------------------------------------
# Headline


def test_headline_line() -> None:
    article = wireparse.parse("Talks resume in Seoul\n\nThe ministers met on Monday.\n")
    assert article.headline == "Talks resume in Seoul"
    assert article.segments_of("headline") == (Segment(SegmentKind.HEADLINE, Span(0, 21)),)
    assert paragraphs(article) == ["The ministers met on Monday."]
    assert codes(article) == []


def test_headline_white_space_is_folded() -> None:
    source = "  Talks   resume \t in Seoul  \n\nThe ministers met.\n"
    article = wireparse.parse(source)
    assert article.headline == "Talks resume in Seoul"
    end = source.index("Seoul") + len("Seoul")
    assert article.segments_of("headline") == (Segment(SegmentKind.HEADLINE, Span(2, end)),)


def test_headline_directly_above_the_dateline() -> None:
    article = wireparse.parse("Talks resume\nSEOUL -- The ministers met.\n")
    assert article.headline == "Talks resume"
    assert paragraphs(article) == ["The ministers met."]


def test_a_lone_sentence_is_not_a_headline() -> None:
    article = wireparse.parse("The ministers met on Monday.\n")
    assert article.headline is None
    assert paragraphs(article) == ["The ministers met on Monday."]
    assert codes(article) == ["missing-headline"]


def test_a_paragraph_run_is_not_a_headline() -> None:
    article = wireparse.parse("The ministers met\non Monday in Seoul.\n")
    assert article.headline is None
    assert paragraphs(article) == ["The ministers met on Monday in Seoul."]


# --------------------------------------------------------------------------
# Byline


@pytest.mark.parametrize(
    ("line", "authors", "affiliation"),
    [
        ("By Jane Doe", ("Jane Doe",), None),
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe"), None),
        ("By Jane Doe, John Roe and Kim Min-ji", ("Jane Doe", "John Roe", "Kim Min-ji"), None),
        ("By Jane Doe, Associated Press", ("Jane Doe",), "Associated Press"),
        ("By JOHN ROE, AP Business Writer", ("JOHN ROE",), "AP Business Writer"),
        ("BY JANE DOE", ("JANE DOE",), None),
        ("By Jane Doe, Jr.", ("Jane Doe, Jr.",), None),
        ("By John Roe Jr. and Jane Doe", ("John Roe Jr.", "Jane Doe"), None),
    ],
    ids=[
        "one",
        "two",
        "three",
        "affiliation",
        "title",
        "upper-case-by",
        "comma-suffix",
        "suffix-then-and",
    ],
)
def test_byline(line: str, authors: tuple[str, ...], affiliation: str | None) -> None:
    source = f"Talks resume\n\n{line}\n\nSEOUL -- The ministers met.\n"
    article = wireparse.parse(source)
    assert article.headline == "Talks resume"
    assert article.byline is not None
    assert article.byline.text == line
    assert article.byline.authors == authors
    assert article.byline.affiliation == affiliation
    start = source.index(line)
    assert article.byline.span == Span(start, start + len(line))
    assert paragraphs(article) == ["The ministers met."]
    assert codes(article) == []


def test_byline_with_an_affiliation_line_under_it() -> None:
    source = (
        "Storm nears coast\n\nBy JOHN ROE\nAssociated Press Writer\n\n"
        "MIAMI (AP) _ The storm turned north.\n"
    )
    article = wireparse.parse(source)
    assert article.byline is not None
    assert article.byline.text == "By JOHN ROE"
    assert article.byline.authors == ("JOHN ROE",)
    assert article.byline.affiliation == "Associated Press Writer"
    start = source.index("By JOHN")
    end = source.index("Writer") + len("Writer")
    assert article.byline.span == Span(start, end)
    assert article.segments_of("byline") == (Segment(SegmentKind.BYLINE, Span(start, end)),)
    assert paragraphs(article) == ["The storm turned north."]


def test_a_body_line_under_a_byline_is_not_an_affiliation() -> None:
    article = wireparse.parse("Talks resume\n\nBy Jane Doe\nThe ministers met on Monday.\n")
    assert article.byline is not None
    assert article.byline.affiliation is None
    assert paragraphs(article) == ["The ministers met on Monday."]


# --------------------------------------------------------------------------
# Labelled timestamp lines


def test_korea_herald_bulleted_timestamps_imply_korea_time() -> None:
    source = (
        "Talks resume\n"
        "By Jane Doe\n"
        "  \u2022 Published : Aug 8, 2017 - 09:44\n"
        "  \u2022 Updated : Aug 9, 2017 - 10:05\n"
        "SEOUL -- The ministers met.\n"
    )
    article = wireparse.parse(source)
    assert article.published == datetime.datetime(2017, 8, 8, 9, 44, tzinfo=KST)
    assert article.published.utcoffset() == datetime.timedelta(hours=9)
    assert article.updated == datetime.datetime(2017, 8, 9, 10, 5, tzinfo=KST)
    assert article.updated.isoformat() == "2017-08-09T10:05:00+09:00"
    assert kinds(article) == [
        SegmentKind.HEADLINE,
        SegmentKind.BYLINE,
        SegmentKind.TIMESTAMP,
        SegmentKind.TIMESTAMP,
        SegmentKind.DATELINE,
        SegmentKind.PARAGRAPH,
    ]
    assert codes(article) == []


def test_posted_with_a_us_zone_is_a_fixed_offset() -> None:
    source = "Storm nears coast\n\nPosted: Nov. 3, 2016 4:25 p.m. EDT\n\nMIAMI (AP) -- It turned.\n"
    article = wireparse.parse(source)
    assert article.published == datetime.datetime(2016, 11, 3, 16, 25, tzinfo=EDT)
    assert article.published.isoformat() == "2016-11-03T16:25:00-04:00"
    assert article.published.tzinfo.utcoffset(None) == datetime.timedelta(hours=-4)  # type: ignore[union-attr]
    # a fixed offset: the same four hours in January, no daylight-saving rules
    january = article.published.replace(month=1)
    assert january.utcoffset() == datetime.timedelta(hours=-4)
    assert article.updated is None
    assert codes(article) == []


@pytest.mark.parametrize(
    ("line", "field", "expected"),
    [
        ("Published Nov. 3, 2016 4:25 p.m. EDT", "published", "2016-11-03T16:25:00-04:00"),
        ("Published: Nov. 3, 2016 4:25 p.m. EDT", "published", "2016-11-03T16:25:00-04:00"),
        ("\u2022 Posted Nov. 3, 2016 4:25 p.m. EDT", "published", "2016-11-03T16:25:00-04:00"),
        ("Posted : 2016-11-03 16:25 +01:00", "published", "2016-11-03T16:25:00+01:00"),
        ("Updated: Nov. 4, 2016 8:00 a.m. EDT", "updated", "2016-11-04T08:00:00-04:00"),
        ("\u2022 Updated 4 November 2016 08:00 GMT", "updated", "2016-11-04T08:00:00+00:00"),
        ("Last updated: Nov. 4, 2016 8:00 a.m. EDT", "updated", "2016-11-04T08:00:00-04:00"),
        ("Last updated Nov. 4, 2016 20:00 KST", "updated", "2016-11-04T20:00:00+09:00"),
    ],
    ids=[
        "published",
        "published-colon",
        "posted-bullet",
        "posted-spaced-colon-numeric",
        "updated-colon",
        "updated-bullet-day-month",
        "last-updated-colon",
        "last-updated",
    ],
)
def test_labelled_timestamp_lines(line: str, field: str, expected: str) -> None:
    article = wireparse.parse(f"Storm nears coast\n\n{line}\n\nMIAMI -- It turned north.\n")
    value = getattr(article, field)
    assert value is not None
    assert value.isoformat() == expected
    other = "updated" if field == "published" else "published"
    assert getattr(article, other) is None
    assert article.segments_of("timestamp") != ()
    assert paragraphs(article) == ["It turned north."]
    assert codes(article) == []


def test_published_and_updated_on_one_line() -> None:
    line = "Published: Nov. 3, 2016 16:25 GMT | Updated: Nov. 3, 2016 18:00 GMT"
    article = wireparse.parse(f"Storm nears coast\n\n{line}\n\nIt turned north.\n")
    assert article.published.isoformat() == "2016-11-03T16:25:00+00:00"  # type: ignore[union-attr]
    assert article.updated.isoformat() == "2016-11-03T18:00:00+00:00"  # type: ignore[union-attr]


def test_a_timestamp_without_a_zone_stays_naive() -> None:
    source = "Storm nears coast\n\nUpdated: March 5, 2019 14:30\n\nMIAMI -- It turned north.\n"
    article = wireparse.parse(source)
    assert article.updated == datetime.datetime(2019, 3, 5, 14, 30)  # noqa: DTZ001
    assert article.updated.tzinfo is None
    naive = [d for d in article.defects if d.code == "naive-timestamp"]
    assert len(naive) == 1
    line_start = source.index("Updated")
    assert naive[0].span.start == line_start
    assert naive[0].span.line_column(source) == (3, 1)


# --------------------------------------------------------------------------
# Datelines


@pytest.mark.parametrize(
    ("opening", "location", "date", "agency"),
    [
        ("SEOUL -- ", "SEOUL", None, None),
        ("CHATHAM, Mass. -- ", "CHATHAM, Mass.", None, None),
        ("NEW YORK -- ", "NEW YORK", None, None),
        ("SEOUL, Aug. 7 (Yonhap) -- ", "SEOUL", "Aug. 7", "Yonhap"),
        ("LONDON (Reuters) \u2014 ", "LONDON", None, "Reuters"),
        ("MIAMI (AP) _ ", "MIAMI", None, "AP"),
        ("BEIJING, March 3 (Xinhua) -- ", "BEIJING", "March 3", "Xinhua"),
    ],
    ids=[
        "city",
        "city-region",
        "two-words",
        "date-agency",
        "agency-em-dash",
        "ap-underscore",
        "xinhua",
    ],
)
def test_dateline_forms(opening: str, location: str, date: str | None, agency: str | None) -> None:
    source = f"Talks resume\n\n{opening}The ministers met on Monday.\n"
    article = wireparse.parse(source)
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.date, article.dateline.agency) == (
        location,
        date,
        agency,
    )
    # the span covers the dateline, its dash and the space after it
    assert article.dateline.span == Span(14, 14 + len(opening))
    assert paragraphs(article) == ["The ministers met on Monday."]
    assert article.segments_of("dateline") == (
        Segment(SegmentKind.DATELINE, Span(14, 14 + len(opening))),
    )


@pytest.mark.parametrize(
    "dash",
    [" -- ", " \u2014 ", " \u2013 ", " \u2015 ", " - ", " _ ", "\u2014", "--"],
    ids=["double-hyphen", "em", "en", "bar", "hyphen", "underscore", "em-tight", "double-tight"],
)
def test_every_dateline_dash(dash: str) -> None:
    article = wireparse.parse(f"Talks resume\n\nSEOUL (Yonhap){dash}The ministers met.\n")
    assert article.dateline is not None
    assert article.dateline.location == "SEOUL"
    assert article.dateline.agency == "Yonhap"
    assert article.dateline.span == Span(14, 14 + len("SEOUL (Yonhap)") + len(dash))
    assert paragraphs(article) == ["The ministers met."]


@pytest.mark.parametrize(
    "opening",
    ["SEOUL-based firms said", "Seoul -- said", "US-KOREA talks"],
    ids=["hyphenated-word", "not-upper-case", "no-dash"],
)
def test_not_a_dateline(opening: str) -> None:
    article = wireparse.parse(f"Talks resume\n\n{opening} more on Monday.\n")
    assert article.dateline is None
    assert paragraphs(article) == [f"{opening} more on Monday."]


def test_dateline_date_resolved_from_the_published_year() -> None:
    source = (
        "Talks resume\n\nPosted: Aug. 8, 2017 10:00 KST\n\n"
        "SEOUL, Aug. 7 (Yonhap) -- The ministers met.\n"
    )
    dateline = wireparse.parse(source).dateline
    assert dateline is not None
    assert dateline.date == "Aug. 7"
    assert dateline.when == datetime.date(2017, 8, 7)


def test_dateline_date_in_december_on_copy_stamped_in_january() -> None:
    source = (
        "Talks resume\n\nPosted: Jan. 2, 2018 10:00 KST\n\n"
        "SEOUL, Dec. 30 (Yonhap) -- The ministers met.\n"
    )
    dateline = wireparse.parse(source).dateline
    assert dateline is not None
    assert dateline.when == datetime.date(2017, 12, 30)


def test_dateline_date_resolved_from_the_updated_year() -> None:
    source = (
        "Talks resume\n\nUpdated: Aug. 9, 2015 10:00 KST\n\n"
        "SEOUL, Aug. 8 (Yonhap) -- The ministers met.\n"
    )
    dateline = wireparse.parse(source).dateline
    assert dateline is not None
    assert dateline.when == datetime.date(2015, 8, 8)


def test_dateline_date_without_a_timestamp_is_not_guessed() -> None:
    dateline = wireparse.parse("Talks resume\n\nSEOUL, Aug. 7 (Yonhap) -- They met.\n").dateline
    assert dateline is not None
    assert dateline.date == "Aug. 7"
    assert dateline.when is None  # never today's year


# --------------------------------------------------------------------------
# Captions


@pytest.mark.parametrize(
    "caption",
    [
        "Foreign Minister Jane Doe (L) shakes hands with John Roe in Seoul on Aug. 8.",
        "Jane Doe (2nd from R) talks with officials at the ministry.",
        "Jane Doe poses for a photo with students in Seoul on Monday.",
    ],
    ids=["left", "2nd-from-right", "poses-for-a-photo"],
)
def test_caption_mid_body(caption: str) -> None:
    source = (
        "Talks resume\n\n"
        "SEOUL, Aug. 8 (Yonhap) -- The ministers met on Monday.\n\n"
        f"{caption} (Yonhap)\n\n"
        "They agreed to meet again.\n"
    )
    article = wireparse.parse(source)
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Yonhap")]
    start = source.index(caption)
    assert article.captions[0].span == Span(start, start + len(caption) + len(" (Yonhap)"))
    assert paragraphs(article) == ["The ministers met on Monday.", "They agreed to meet again."]
    assert kinds(article) == [
        SegmentKind.HEADLINE,
        SegmentKind.DATELINE,
        SegmentKind.PARAGRAPH,
        SegmentKind.CAPTION,
        SegmentKind.PARAGRAPH,
    ]


def test_a_photo_credit_makes_a_caption_without_a_cue() -> None:
    source = (
        "Talks resume\n\nSEOUL -- The ministers met.\n\n"
        "Students wave flags outside the ministry. (Yonhap Photo)\n\n"
        "They agreed.\n"
    )
    article = wireparse.parse(source)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Students wave flags outside the ministry.", "Yonhap Photo")
    ]
    assert paragraphs(article) == ["The ministers met.", "They agreed."]


@pytest.mark.parametrize(
    "middle",
    [
        "The talks were held at the ministry in Seoul. (Yonhap)",
        "The talks were held at the ministry, an official said.",
        "Jane Doe (L) said the talks went well, officials said.",
    ],
    ids=["credit-without-cue", "no-credit", "cue-without-credit"],
)
def test_a_normal_mid_body_paragraph_is_not_a_caption(middle: str) -> None:
    source = (
        f"Talks resume\n\nSEOUL -- The ministers met.\n\n{middle}\n\nThey agreed to meet again.\n"
    )
    article = wireparse.parse(source)
    assert article.captions == ()
    assert paragraphs(article) == ["The ministers met.", middle, "They agreed to meet again."]


def test_the_last_paragraph_is_never_a_caption() -> None:
    source = (
        "Talks resume\n\nSEOUL -- The ministers met.\n\nJane Doe (L) poses for a photo. (Yonhap)\n"
    )
    article = wireparse.parse(source)
    assert article.captions == ()
    assert paragraphs(article) == ["The ministers met.", "Jane Doe (L) poses for a photo."]
    assert [c.text for c in article.credits] == ["Yonhap"]


# --------------------------------------------------------------------------
# Credits


def test_trailing_agency_credit_on_the_last_paragraph() -> None:
    source = "Talks resume\n\nSEOUL -- The ministers met.\n\nThey agreed to meet. (Yonhap)"
    article = wireparse.parse(source)
    assert paragraphs(article) == ["The ministers met.", "They agreed to meet."]
    start = source.index("(Yonhap)")
    assert [(c.text, c.span) for c in article.credits] == [("Yonhap", Span(start, len(source)))]
    assert article.paragraphs[-1].span == Span(source.index("They agreed"), start - 1)


def test_credit_on_a_line_of_its_own() -> None:
    source = "Rates hold\n\nLONDON (Reuters) - The bank held rates.\n\n(Reuters)\n"
    article = wireparse.parse(source)
    assert [c.text for c in article.credits] == ["Reuters"]
    assert paragraphs(article) == ["The bank held rates."]


def test_contributor_credit_line() -> None:
    source = (
        "Rates hold steady\n\nLONDON (Reuters) - The bank held rates.\n\n"
        "Traders were calm.\n\n(Reporting by Jane Doe; Editing by John Roe)\n"
    )
    article = wireparse.parse(source)
    assert [c.text for c in article.credits] == ["Reporting by Jane Doe; Editing by John Roe"]
    start = source.index("(Reporting")
    assert article.credits[0].span == Span(start, len(source) - 1)
    assert paragraphs(article) == ["The bank held rates.", "Traders were calm."]


def test_a_parenthesis_that_is_not_an_agency_stays_in_the_paragraph() -> None:
    source = "Talks resume\n\nSEOUL -- The ministers met the envoy (a former general)"
    article = wireparse.parse(source)
    assert article.credits == ()
    assert paragraphs(article) == ["The ministers met the envoy (a former general)"]


# --------------------------------------------------------------------------
# End marks


@pytest.mark.parametrize("mark", ["(END)", "-30-", "###"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["next-line", "after-blank-line"])
def test_end_mark_on_its_own_line(mark: str, gap: str) -> None:
    source = f"Talks resume\n\nSEOUL -- The ministers met.\n\nThey agreed.{gap}{mark}\n"
    article = wireparse.parse(source)
    start = source.index(mark)
    assert [(m.text, m.span) for m in article.end_marks] == [(mark, Span(start, start + len(mark)))]
    assert paragraphs(article) == ["The ministers met.", "They agreed."]
    assert kinds(article)[-1] is SegmentKind.END_MARK


def test_end_mark_at_the_end_of_the_last_paragraph() -> None:
    source = "Talks resume\n\nSEOUL -- The ministers met.\n\nThey agreed. (END)\n"
    article = wireparse.parse(source)
    start = source.index("(END)")
    assert [(m.text, m.span) for m in article.end_marks] == [("(END)", Span(start, start + 5))]
    assert paragraphs(article) == ["The ministers met.", "They agreed."]


def test_credit_then_end_mark() -> None:
    source = (
        "Talks resume\n\n"
        "SEOUL, Aug. 8 (Yonhap) -- The ministers met.\n\n"
        "They agreed. (Yonhap)\n"
        "(END)\n"
    )
    article = wireparse.parse(source)
    assert paragraphs(article) == ["The ministers met.", "They agreed."]
    assert [c.text for c in article.credits] == ["Yonhap"]
    assert [m.text for m in article.end_marks] == ["(END)"]
    assert kinds(article)[-3:] == [SegmentKind.PARAGRAPH, SegmentKind.CREDIT, SegmentKind.END_MARK]


# --------------------------------------------------------------------------
# Paragraphs


def test_hard_wrapped_lines_join_with_one_space() -> None:
    source = (
        "Talks resume\n\n"
        "SEOUL -- The ministers met\n"
        "on Monday in the capital  \n"
        "of the  country.\n\n"
        "They agreed\n"
        "to meet again.\n"
    )
    article = wireparse.parse(source)
    assert paragraphs(article) == [
        "The ministers met on Monday in the capital of the country.",
        "They agreed to meet again.",
    ]
    first = article.paragraphs[0]
    assert first.span == Span(
        source.index("The ministers"), source.index("country.") + len("country.")
    )


def test_blank_lines_split_paragraphs() -> None:
    source = "Talks resume\n\nOne.\n\n\n\nTwo.\n \t \nThree.\n"
    assert paragraphs(wireparse.parse(source)) == ["One.", "Two.", "Three."]


def test_indented_paragraph_starts_split_paragraphs() -> None:
    source = (
        "Talks resume\n\n"
        "   SEOUL -- The ministers met\n"
        "on Monday.\n"
        "   They agreed on\n"
        "the plan.\n"
        "\tTalks go on.\n"
    )
    article = wireparse.parse(source)
    assert article.dateline is not None
    assert article.dateline.location == "SEOUL"
    assert paragraphs(article) == [
        "The ministers met on Monday.",
        "They agreed on the plan.",
        "Talks go on.",
    ]


def test_indented_lines_in_a_row_do_not_split() -> None:
    source = "Talks resume\n\n  The ministers met\n  on Monday in Seoul.\n"
    assert paragraphs(wireparse.parse(source)) == ["The ministers met on Monday in Seoul."]
