"""The ``cnn`` and ``dailymail`` styles: CNN-Daily Mail story texts, on hand-written stories."""

from __future__ import annotations

import datetime

import wireparse
from _support import assert_partition, dateline, paragraphs
from wireparse import Article, styles
from wireparse._styles.web import ends_sentence
from wireparse._vocabulary import Vocabulary

EST = datetime.timezone(datetime.timedelta(hours=-5))

HIGHLIGHTS = "\n\n@highlight\n\nA summary line\n\n@highlight\n\nAnother summary line"

CNN_2007 = (
    "PORTLAND, Oregon (CNN) -- A bridge over the river reopened Friday after repairs.\n"
    "\n"
    "Workers remove the last barrier Friday on the east span.\n"
    "\n"
    "The bridge carries 40,000 cars a day, officials said.  Watch the reopening \u00bb\n"
    "\n"
    '"We are glad it is over," a commuter said. E-mail to a friend\n'
    "\n"
    "CNN's Ada Lind contributed to this report." + HIGHLIGHTS
)

CNN_2015 = (
    "(CNN)A lost parrot flew home on Monday, its owners said.\n"
    "\n"
    "The bird had been missing for four years.\n"
    "\n"
    "Watch the parrot's return\n"
    "\n"
    "What did Polly learn on her journey abroad?\n"
    "\n"
    "It now speaks a little Spanish.\n"
    "\n"
    "Why?\n"
    "\n"
    "CNN's Ben Ortiz reported from Lisbon." + HIGHLIGHTS
)

DAILY_MAIL = (
    "Villagers celebrate as the last pothole is filled after ten years\n"
    "By \n"
    "Nora Finch for MailOnline\n"
    "PUBLISHED:\n"
    "  \n"
    "      09:05 EST, 14 July 2013\n"
    " | \n"
    "  UPDATED:\n"
    "      10:40 EST, 14 July 2013\n"
    "\n"
    "A village has filled its last pothole after a decade of \n"
    "complaints, the parish council said.\n"
    "\n"
    "Scroll down for video\n"
    "\n"
    "Smooth: Council workers finish the job on Sunday morning\n"
    "\n"
    "Residents cheered as the tarmac was laid.\n"
    "\n"
    "'We never thought we would see the day'\n"
    "\n"
    "Edna Marsh, resident\n"
    "\n"
    "'It took long enough,' said Edna Marsh, 81." + HIGHLIGHTS
)


def markup(article: Article) -> list[str]:
    return [article.source[s.span.start : s.span.end] for s in article.segments_of("markup")]


def no_text_holds(article: Article, needle: str) -> bool:
    texts = [p.text for p in article.paragraphs] + [c.text for c in article.captions]
    texts += [c.text for c in article.credits]
    return not any(needle in text for text in texts)


# --------------------------------------------------------------------------
# CNN


def test_cnn_2007_every_field() -> None:
    article = wireparse.parse(CNN_2007)
    assert article.style == "cnn"
    assert article.headline is None
    assert article.byline is None
    assert article.published is None
    assert article.updated is None
    assert dateline(article) == ("PORTLAND, Oregon", None, "CNN")
    assert paragraphs(article) == [
        "A bridge over the river reopened Friday after repairs.",
        "The bridge carries 40,000 cars a day, officials said.",
        '"We are glad it is over," a commuter said.',
    ]
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Workers remove the last barrier Friday on the east span.", None)
    ]
    assert [c.text for c in article.credits] == ["CNN's Ada Lind contributed to this report."]
    assert article.end_marks == ()
    assert_partition(article)


def test_cnn_glued_furniture_is_markup() -> None:
    article = wireparse.parse(CNN_2007)
    assert "Watch the reopening \u00bb" in markup(article)
    assert "E-mail to a friend" in markup(article)
    assert no_text_holds(article, "\u00bb")
    assert no_text_holds(article, "E-mail")


def test_cnn_highlights_are_in_no_field() -> None:
    article = wireparse.parse(CNN_2007)
    assert no_text_holds(article, "summary line")
    assert any(m.startswith("@highlight") for m in markup(article))


def test_cnn_2015_glued_dateline_teasers_and_credit() -> None:
    article = wireparse.parse(CNN_2015)
    assert article.style == "cnn"
    assert dateline(article) == (None, None, "CNN")
    assert paragraphs(article) == [
        "A lost parrot flew home on Monday, its owners said.",
        "The bird had been missing for four years.",
        "It now speaks a little Spanish.",
        "Why?",
    ]
    assert article.captions == ()  # 2015 copy: no caption block
    assert "Watch the parrot's return" in markup(article)
    assert "What did Polly learn on her journey abroad?" in markup(article)
    assert [c.text for c in article.credits] == ["CNN's Ben Ortiz reported from Lisbon."]
    assert_partition(article)


def test_cnn_second_block_is_no_caption_when_it_quotes_or_reports() -> None:
    quoted = CNN_2007.replace(
        "Workers remove the last barrier Friday on the east span.",
        '"It is open," the mayor told reporters.',
    )
    reported = CNN_2007.replace(
        "Workers remove the last barrier Friday on the east span.",
        "The repairs cost $4 million, the city said.",
    )
    for text in (quoted, reported):
        article = wireparse.parse(text)
        assert article.captions == ()
        assert len(article.paragraphs) == 4


def test_cnn_editors_note_and_a_caption_before_the_dateline() -> None:
    text = (
        "Editor's note: This story is part of a series on rivers.\n"
        "\n"
        "A ferry crosses the river at dawn.\n"
        "\n"
        "CAIRO, Egypt (CNN) -- The ferry has run for a century.\n"
        "\n"
        "It carries 300 people a trip.  See the crossing \u00bb" + HIGHLIGHTS
    )
    article = wireparse.parse(text)
    assert article.style == "cnn"
    assert dateline(article) == ("CAIRO, Egypt", None, "CNN")
    assert [c.text for c in article.captions] == ["A ferry crosses the river at dawn."]
    assert paragraphs(article) == [
        "The ferry has run for a century.",
        "It carries 300 people a trip.",
    ]
    assert no_text_holds(article, "Editor's note")
    assert_partition(article)


def test_cnn_mixed_case_place_and_another_agency() -> None:
    glued = wireparse.parse("Lyon, France (CNN)The trial opened Monday.\n\nIt will last a week.")
    assert dateline(glued) == ("Lyon, France", None, "CNN")
    assert paragraphs(glued)[0] == "The trial opened Monday."
    reuters = wireparse.parse(
        "BERLIN, Germany (Reuters) -- Trains ran late.\n\nCopyright 2007 Reuters. All rights "
        "reserved." + HIGHLIGHTS
    )
    assert reuters.style == "cnn"
    assert dateline(reuters) == ("BERLIN, Germany", None, "Reuters")
    assert [c.text for c in reuters.credits] == ["Copyright 2007 Reuters. All rights reserved."]


def test_cnn_detection_and_forcing() -> None:
    cnn = styles["cnn"]
    assert cnn.detect(CNN_2015) > 0.5
    assert cnn.detect("Talks resume\n\nWASHINGTON (CNN) -- They met.\n") == 0.0
    assert cnn.detect(DAILY_MAIL) == 0.0
    assert wireparse.parse("Talks resume\n\nThey met.\n").style != "cnn"
    forced = wireparse.parse("(CNN)They met.\n\nWatch the meeting", style="cnn")
    assert forced.style == "cnn"
    assert paragraphs(forced) == ["They met."]
    plain = wireparse.parse(CNN_2015, style="plain")
    assert plain.style == "plain"
    assert plain.dateline is None


# --------------------------------------------------------------------------
# Daily Mail


def test_dailymail_every_field() -> None:
    article = wireparse.parse(DAILY_MAIL)
    assert article.style == "dailymail"
    assert article.headline is None
    assert article.byline is not None
    assert article.byline.authors == ("Nora Finch",)
    assert article.byline.affiliation == "for MailOnline"
    assert article.published == datetime.datetime(2013, 7, 14, 9, 5, tzinfo=EST)
    assert article.updated == datetime.datetime(2013, 7, 14, 10, 40, tzinfo=EST)
    assert article.dateline is None
    assert paragraphs(article) == [
        (
            "A village has filled its last pothole after a decade of complaints, the parish "
            "council said."
        ),
        "Residents cheered as the tarmac was laid.",
        "'It took long enough,' said Edna Marsh, 81.",
    ]
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Smooth: Council workers finish the job on Sunday morning", None)
    ]
    assert article.credits == ()
    assert article.end_marks == ()
    assert_partition(article)


def test_dailymail_furniture_is_in_no_field() -> None:
    article = wireparse.parse(DAILY_MAIL)
    found = markup(article)
    assert (
        "Villagers celebrate as the last pothole is filled after ten years" in found
    )  # standfirst
    assert "Scroll down for video" in found
    assert "'We never thought we would see the day'" in found  # pull quote
    assert "Edna Marsh, resident" in found  # its name line
    assert no_text_holds(article, "summary line")


def test_dailymail_staff_byline_is_a_credit() -> None:
    text = DAILY_MAIL.replace("By \nNora Finch for MailOnline", "By\nDaily Mail Reporter")
    article = wireparse.parse(text)
    assert article.byline is None
    assert [c.text for c in article.credits] == ["By Daily Mail Reporter"]
    two = wireparse.parse(DAILY_MAIL.replace("Nora Finch for MailOnline", "Nora Finch and Al Roe"))
    assert two.byline is not None
    assert two.byline.authors == ("Nora Finch", "Al Roe")


def test_dailymail_summer_stamp_keeps_est() -> None:
    # EST as written, -05:00, even in July: the stated zone is a fixed offset.
    article = wireparse.parse(DAILY_MAIL)
    assert article.published is not None
    assert article.published.utcoffset() == datetime.timedelta(hours=-5)


def test_dailymail_without_header_and_no_dateline() -> None:
    text = (
        "LONDON (Reuters) - A fox walked into a bank on Tuesday.\n\n"
        "The fox was unharmed.\n\n"
        "Caught on camera: The fox in the lobby" + HIGHLIGHTS
    )
    article = wireparse.parse(text)
    assert article.style == "dailymail"
    assert article.dateline is None
    assert paragraphs(article)[0] == "LONDON (Reuters) - A fox walked into a bank on Tuesday."
    assert [c.text for c in article.captions] == ["Caught on camera: The fox in the lobby"]


def test_dailymail_detection_and_forcing() -> None:
    dailymail = styles["dailymail"]
    assert dailymail.detect(DAILY_MAIL) > 0.5
    assert dailymail.detect(CNN_2015) == 0.0
    assert dailymail.detect("Talks resume\n\nThey met.\n") == 0.0
    plain = wireparse.parse(DAILY_MAIL, style="plain")
    assert plain.style == "plain"
    assert plain.published is None or plain.byline is None
    forced = wireparse.parse("By\nAda Lind\n\nIt rained.\n\nWet: A street", style="dailymail")
    assert forced.byline is not None
    assert forced.byline.authors == ("Ada Lind",)
    assert paragraphs(forced) == ["It rained."]


def test_clock_first_timestamps_read_without_dateutil() -> None:
    reader = Vocabulary().timestamps
    reading = reader.read("21:22 EST, 3 September 2012")
    assert reading.layout == "clock-day-month-year"
    assert reading.value == datetime.datetime(2012, 9, 3, 21, 22, tzinfo=EST)
    other = reader.read("4:25pm EST, Oct 20, 2006")
    assert other.layout == "clock-month-day-year"
    assert other.value == datetime.datetime(2006, 10, 20, 16, 25, tzinfo=EST)


def test_ends_sentence() -> None:
    assert ends_sentence("It rained.")
    assert ends_sentence("'It rained,' she said.'")
    assert ends_sentence('He asked: "Why?" ')
    assert not ends_sentence("Wet: A street in the rain")
    assert not ends_sentence("'We never thought we would see the day'")
    assert not ends_sentence("")


def test_dailymail_a_sentence_opening_with_by_is_no_byline() -> None:
    text = (
        "By the time the ferry docked, the storm \n"
        "had passed.\n\n"
        "Passengers were given blankets." + HIGHLIGHTS
    )
    article = wireparse.parse(text)
    assert article.style == "dailymail"
    assert article.byline is None
    assert paragraphs(article) == [
        "By the time the ferry docked, the storm had passed.",
        "Passengers were given blankets.",
    ]
