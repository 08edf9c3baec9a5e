"""The ``asianet`` style: PR Newswire AsiaNet press releases, on a hand-written release."""

from __future__ import annotations

import wireparse
from _support import assert_partition, paragraphs
from wireparse import Article, styles

RELEASE = (
    "Source: Lumen Kettle Co.\r\n"
    "MEDIA RELEASE PR12345\r\n"
    "Lumen Kettle Opens Tea Laboratory in Busan to Serve Growing \r\n"
    "Asian Demand\r\n"
    "\r\n"
    "BUSAN, South Korea and TAIPEI, March 4, 2018 /PRNewswire-AsiaNet/ --\r\n"
    "\r\n"
    "    -- The laboratory will test 500 blends a year for partners in the \r\n"
    "       region\r\n"
    "\r\n"
    "Lumen Kettle Co., a maker of smart kettles, today opened a tea laboratory in \r\n"
    "Busan. The laboratory employs twelve scientists and will work with growers \r\n"
    "across the region.\r\n"
    "\r\n"
    "Logo - http://mma.example.com/media/1/lumen_logo.jpg \r\n"
    "Photo - \r\n"
    "http://mma.example.com/media/2/lab.jpg \r\n"
    "\r\n"
    "(Photo 1: \r\n"
    "http://images.example.com/release/3/kettle.jpg)\r\n"
    "\r\n"
    "Laboratory services\r\n"
    "Blend testing: \r\n"
    "Partners can send samples for tasting and chemical analysis within two weeks \r\n"
    "of harvest, the company said.\r\n"
    "\r\n"
    "About Lumen Kettle Co.\r\n"
    "Lumen Kettle Co. designs connected kettles that brew tea at the right \r\n"
    "temperature for each leaf, and sells them in nine countries worldwide.\r\n"
    "\r\n"
    "Contact:\r\n"
    "Mina Sol\r\n"
    "press@example.com\r\n"
    "+82 51 000 0000\r\n"
    "\r\n"
    "SOURCE  Lumen Kettle Co.\r\n"
    "\r\n"
    "CONTACT: Mina Sol, press@example.com\r\n"
    "\r\n"
)


def markup(article: Article) -> list[str]:
    return [article.source[s.span.start : s.span.end] for s in article.segments_of("markup")]


def test_every_field_of_a_release() -> None:
    article = wireparse.parse(RELEASE)
    assert article.style == "asianet"
    assert article.headline == (
        "Lumen Kettle Opens Tea Laboratory in Busan to Serve Growing Asian Demand"
    )
    assert article.byline is None
    assert article.published is None
    assert article.updated is None
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.date, article.dateline.agency) == (
        "BUSAN, South Korea and TAIPEI",
        "March 4, 2018",
        "PRNewswire-AsiaNet",
    )
    assert paragraphs(article) == [
        "-- The laboratory will test 500 blends a year for partners in the region",
        (
            "Lumen Kettle Co., a maker of smart kettles, today opened a tea laboratory in Busan. "
            "The laboratory employs twelve scientists and will work with growers across the region."
        ),
        "Laboratory services",
        (
            "Blend testing: Partners can send samples for tasting and chemical analysis within two "
            "weeks of harvest, the company said."
        ),
        "About Lumen Kettle Co.",
        (
            "Lumen Kettle Co. designs connected kettles that brew tea at the right temperature for "
            "each leaf, and sells them in nine countries worldwide."
        ),
        "Contact: Mina Sol press@example.com +82 51 000 0000",
        "CONTACT: Mina Sol, press@example.com",
    ]
    assert article.captions == ()
    assert [c.text for c in article.credits] == [
        "Source: Lumen Kettle Co.",
        "SOURCE Lumen Kettle Co.",
    ]
    assert article.end_marks == ()
    assert_partition(article)


def test_release_number_and_photo_references_are_markup() -> None:
    article = wireparse.parse(RELEASE)
    found = markup(article)
    assert "MEDIA RELEASE PR12345" in found
    # a block of references, one of them wrapped after its dash
    assert any(m.startswith("Logo - http://mma") and m.endswith("/2/lab.jpg") for m in found)
    assert any(m.startswith("(Photo 1:") for m in found)
    assert not any("http://mma" in p or "images.example" in p for p in paragraphs(article))


def test_a_photo_line_inside_a_block_splits_it() -> None:
    text = RELEASE.replace(
        "across the region.\r\n",
        "across the region.\r\nLogo - http://mma.example.com/media/9/x.png\r\nMore text "
        "follows the logo line.\r\n",
    )
    article = wireparse.parse(text)
    assert "More text follows the logo line." in paragraphs(article)
    assert "Logo - http://mma.example.com/media/9/x.png" in markup(article)
    assert_partition(article)


def test_other_asianet_agencies_and_an_inline_dateline() -> None:
    text = (
        "Robots Learn to Sort Parcels\n\n"
        "OSAKA, Japan, Feb. 1, 2017 /Kyodo JBN-AsiaNet/ -- Parcel robots went on sale today.\n"
    )
    article = wireparse.parse(text)
    assert article.style == "asianet"
    assert article.headline == "Robots Learn to Sort Parcels"
    assert article.dateline is not None
    assert (article.dateline.location, article.dateline.date, article.dateline.agency) == (
        "OSAKA, Japan",
        "Feb. 1, 2017",
        "Kyodo JBN-AsiaNet",
    )
    assert paragraphs(article) == ["Parcel robots went on sale today."]


def test_a_list_block_of_short_lines_stays_whole() -> None:
    text = RELEASE.replace(
        "Contact:\r\nMina Sol",
        "Advisers \r\nJon Park - Counsel \r\nEve Lim - Auditor\r\n\r\nContact:\r\nMina Sol",
    )
    article = wireparse.parse(text)
    assert "Advisers Jon Park - Counsel Eve Lim - Auditor" in paragraphs(article)


def test_detection_and_forcing() -> None:
    asianet = styles["asianet"]
    assert asianet.detect(RELEASE) > 0.5
    assert asianet.detect("Talks resume\n\nSEOUL (Yonhap) -- They met.\n") == 0.0
    plain = wireparse.parse(RELEASE, style="plain")
    assert plain.style == "plain"
    assert plain.headline != wireparse.parse(RELEASE).headline
    forced = wireparse.parse("Tea news\n\nSEOUL (Yonhap) -- Tea sold well.\n", style="asianet")
    assert forced.style == "asianet"
    assert forced.headline == "Tea news"
    assert forced.dateline is not None
    assert forced.dateline.agency == "Yonhap"  # the plain dateline still reads
    assert paragraphs(forced) == ["Tea sold well."]
