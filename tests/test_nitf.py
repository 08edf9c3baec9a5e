"""IPTC NITF 3.6: ``wireparse.to_nitf``, read back with ElementTree, element by element.

* hand-written articles: the root and its namespace, head (title, doc-id,
  urgency, date.issue, du-key, revision-history), body.head (hedline, byline
  persons and title, dateline location and story.date), body.content
  (paragraphs in order, media captions and producers where their spans put
  them), body.end (taglines), and what has no place (end marks);
* escaping and the characters XML cannot carry;
* every corpus article gives a well-formed document holding its texts;
* properties: generated articles, arbitrary text read as an article, and
  records holding any characters at all (quotes, ampersands, angle brackets,
  controls, non-BMP characters, lone surrogates) give well-formed documents
  holding the same texts.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import re
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wireparse
from _support import YONHAP
from wireparse import (
    Article,
    Byline,
    Caption,
    Credit,
    Dateline,
    EndMark,
    Envelope,
    Paragraph,
    Span,
    parse,
    to_nitf,
)
from wireparse.strategies import STYLES, articles

if TYPE_CHECKING:
    from pathlib import Path

NS = "http://iptc.org/std/NITF/2006-10-18/"
NOWHERE = Span(0, 0)
KST = datetime.timezone(datetime.timedelta(hours=9))

UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def xml_text(text: str) -> str:
    """What a text should read as in the document: what XML 1.0 can carry of it."""
    text = UNWRITABLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return re.sub("[\ud800-\udfff]", "\ufffd", text)


def read(document: str) -> ET.Element:
    """Parse a document as a consumer would: its UTF-8 bytes, declaration and all."""
    assert document.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    assert document.endswith("\n")
    return ET.fromstring(document.encode("utf-8"))  # noqa: S314 - our own output


def q(path: str) -> str:
    """An ElementTree path with every step in the NITF namespace."""
    return "/".join(
        f"{{{NS}}}{step}" if step not in {".", ".."} else step for step in path.split("/")
    )


def find(root: ET.Element, path: str) -> ET.Element:
    element = root.find(q(path))
    assert element is not None, path
    return element


def texts(root: ET.Element, path: str) -> list[str]:
    return [element.text or "" for element in root.findall(q(path))]


def whole(element: ET.Element) -> str:
    """All the text an element holds, its children's included (mixed content read as text)."""
    return "".join(element.itertext())


# -- a hand-written story, element by element ------------------------------------


def test_the_root_is_nitf_3_6_in_its_namespace() -> None:
    root = read(to_nitf(parse(YONHAP)))
    assert root.tag == f"{{{NS}}}nitf"
    assert root.attrib == {"version": "-//IPTC//DTD NITF 3.6//EN"}
    assert [child.tag for child in root] == [f"{{{NS}}}head", f"{{{NS}}}body"]


def test_a_yonhap_story_element_by_element() -> None:
    root = read(to_nitf(parse(YONHAP)))
    digest = hashlib.sha1(YONHAP.encode()).hexdigest()  # noqa: S324

    assert find(root, "head/title").text == "Talks resume"
    docdata = find(root, "head/docdata")
    assert [child.tag.rpartition("}")[2] for child in docdata] == ["doc-id", "date.issue"]
    assert find(docdata, "doc-id").attrib == {"id-string": f"urn:wireparse:sha1:{digest}"}
    assert find(docdata, "date.issue").attrib == {"norm": "20170808T094400+0900"}
    assert root.find(q("head/revision-history")) is None  # never updated

    head = find(root, "body/body.head")
    assert [child.tag.rpartition("}")[2] for child in head] == ["hedline", "byline", "dateline"]
    assert texts(head, "hedline/hl1") == ["Talks resume"]
    byline = find(head, "byline")
    assert texts(byline, "person") == ["Jane Doe", "John Roe"]
    assert byline.findall(q("byttl")) == []
    assert whole(byline) == "By Jane Doe and John Roe"
    dateline = find(head, "dateline")
    assert texts(dateline, "location") == ["SEOUL"]
    story_date = find(dateline, "story.date")
    assert story_date.text == "Aug. 8"
    assert story_date.attrib == {"norm": "20170808T000000"}
    assert whole(dateline) == "SEOUL, Aug. 8 (Yonhap)"

    content = find(root, "body/body.content")
    assert [child.tag.rpartition("}")[2] for child in content] == ["p", "media", "p"]
    assert texts(content, "p") == ["They met on Monday.", "They spoke at length."]
    media = find(content, "media")
    assert media.attrib == {"media-type": "image"}
    assert [child.tag.rpartition("}")[2] for child in media] == [
        "media-reference",
        "media-caption",
        "media-producer",
    ]
    assert find(media, "media-reference").attrib == {"mime-type": "image/*"}
    assert texts(media, "media-caption") == ["Kang Kyung-wha speaks in Seoul on Aug. 7, 2017."]
    assert texts(media, "media-producer") == ["Yonhap"]

    assert texts(root, "body/body.end/tagline") == ["Yonhap"]


def test_end_marks_have_no_place() -> None:
    article = parse(YONHAP)
    assert [m.text for m in article.end_marks] == ["(END)"]
    root = read(to_nitf(article))
    assert all("(END)" not in text for text in root.itertext())


def test_an_empty_article_has_an_identity_and_an_empty_body() -> None:
    root = read(to_nitf(parse("")))
    assert [child.tag.rpartition("}")[2] for child in find(root, "head")] == ["docdata"]
    assert [child.tag.rpartition("}")[2] for child in find(root, "body")] == ["body.content"]
    assert len(find(root, "body/body.content")) == 0


# -- bylines ---------------------------------------------------------------------


def body_head(article: Article) -> ET.Element:
    return find(read(to_nitf(article)), "body/body.head")


def test_a_byline_title_in_the_text_is_marked_where_it_is() -> None:
    byline = Byline(
        "By Ed Edelson, HealthDay Reporter",
        ["Ed Edelson"],
        NOWHERE,
        affiliation="HealthDay Reporter",
    )
    element = find(body_head(Article(source="", byline=byline)), "byline")
    assert texts(element, "person") == ["Ed Edelson"]
    assert texts(element, "byttl") == ["HealthDay Reporter"]
    assert whole(element) == "By Ed Edelson, HealthDay Reporter"


def test_a_byline_title_on_its_own_line_is_added_after_a_comma() -> None:
    byline = Byline("By GERRY SHIH", ["GERRY SHIH"], NOWHERE, affiliation="Associated Press")
    element = find(body_head(Article(source="", byline=byline)), "byline")
    assert texts(element, "person") == ["GERRY SHIH"]
    assert texts(element, "byttl") == ["Associated Press"]
    assert whole(element) == "By GERRY SHIH, Associated Press"


def test_an_author_the_text_lacks_is_added_after_a_comma() -> None:
    byline = Byline("By Staff", ["Jo Roe"], NOWHERE)
    element = find(body_head(Article(source="", byline=byline)), "byline")
    assert texts(element, "person") == ["Jo Roe"]
    assert whole(element) == "By Staff, Jo Roe"


def test_the_same_name_twice_is_marked_twice() -> None:
    byline = Byline("By Kim and Kim", ["Kim", "Kim"], NOWHERE)
    element = find(body_head(Article(source="", byline=byline)), "byline")
    assert texts(element, "person") == ["Kim", "Kim"]
    assert whole(element) == "By Kim and Kim"


# -- datelines -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dateline", "location", "date", "norm", "written"),
    [
        pytest.param(
            Dateline("CHATHAM, Mass.", None, "AP", NOWHERE),
            "CHATHAM, Mass.",
            None,
            None,
            "CHATHAM, Mass. (AP)",
            id="place-and-agency",
        ),
        pytest.param(
            Dateline(None, None, "Reuters", NOWHERE),
            None,
            None,
            None,
            "(Reuters)",
            id="agency-only",
        ),
        pytest.param(
            Dateline("SEOUL", "Aug. 8", None, NOWHERE),
            "SEOUL",
            "Aug. 8",
            None,
            "SEOUL, Aug. 8",
            id="date-not-resolved",
        ),
        pytest.param(
            Dateline("LONDON", "March 3", "Reuters", NOWHERE, when=datetime.date(987, 3, 3)),
            "LONDON",
            "March 3",
            "09870303T000000",
            "LONDON, March 3 (Reuters)",
            id="date-resolved",
        ),
    ],
)
def test_datelines(
    dateline: Dateline, location: str | None, date: str | None, norm: str | None, written: str
) -> None:
    element = find(body_head(Article(source="", dateline=dateline)), "dateline")
    assert texts(element, "location") == ([location] if location else [])
    story_date = element.find(q("story.date"))
    if date is None:
        assert story_date is None
    else:
        assert story_date is not None
        assert story_date.text == date
        assert story_date.get("norm") == norm
    assert whole(element) == written


# -- times and the envelope ------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "norm"),
    [
        pytest.param(
            datetime.datetime(2017, 8, 8, 9, 44, tzinfo=KST), "20170808T094400+0900", id="kst"
        ),
        pytest.param(
            datetime.datetime(
                2019,
                3,
                14,
                10,
                42,
                5,
                999,
                tzinfo=datetime.timezone(-datetime.timedelta(hours=3, minutes=30)),
            ),
            "20190314T104205-0330",
            id="negative-half-hour",
        ),
        pytest.param(
            datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.UTC),
            "20200102T030405+0000",
            id="utc",
        ),
        pytest.param(datetime.datetime(2020, 1, 2, 3, 4), "20200102T030400", id="naive"),  # noqa: DTZ001
        pytest.param(
            datetime.datetime(
                1900,
                1,
                1,
                12,
                0,
                tzinfo=datetime.timezone(datetime.timedelta(hours=8, minutes=5, seconds=43)),
            ),
            "19000101T035417+0000",
            id="seconds-offset",
        ),
    ],
)
def test_times_are_written_in_the_basic_format(published: datetime.datetime, norm: str) -> None:
    root = read(to_nitf(Article(source="", published=published, updated=published)))
    assert find(root, "head/docdata/date.issue").attrib == {"norm": norm}
    assert find(root, "head/revision-history").attrib == {"norm": norm}


def test_the_envelope_gives_urgency_and_key() -> None:
    frame = "\x16\x16\x01A0042\x1fnat\r\nb a\x13\x11 BC-Rivers-Flood     03-14 0120\r\n"
    frame += "\x02^BC-Rivers-Flood,120<\r\n^Rivers rise<\r\n"
    frame += "\t   CAIRO (AP) _ The river rose.\r\n"
    frame += "\x03AP-WF-03-14-21 0930GMT<\r\n\x04"
    article = parse(frame)
    assert article.envelope is not None
    assert article.envelope.priority == "b"
    docdata = find(read(to_nitf(article)), "head/docdata")
    assert find(docdata, "urgency").attrib == {"ed-urg": "2"}
    assert find(docdata, "du-key").attrib == {"key": "BC-Rivers-Flood"}
    assert find(docdata, "date.issue").attrib == {"norm": "20210314T093000+0000"}


@pytest.mark.parametrize(
    ("priority", "ed_urg"),
    [
        pytest.param("f", "1", id="flash"),
        pytest.param("8", "8", id="eight"),
        pytest.param("9", None, id="nine-has-no-place"),
        pytest.param("x", None, id="unknown"),
    ],
)
def test_urgency_runs_from_one_to_eight(priority: str, ed_urg: str | None) -> None:
    article = Article(source="", envelope=Envelope(format="iptc7901", priority=priority))
    urgency = find(read(to_nitf(article)), "head/docdata").find(q("urgency"))
    assert (None if urgency is None else urgency.get("ed-urg")) == ed_urg


# -- captions among the paragraphs -----------------------------------------------


def test_captions_go_where_their_spans_put_them() -> None:
    article = Article(
        source="",
        paragraphs=[Paragraph("One.", Span(10, 14)), Paragraph("Two.", Span(40, 44))],
        captions=[
            Caption("Before.", None, Span(0, 8)),
            Caption("Between.", "AP Photo", Span(20, 30)),
            Caption("After.", None, Span(50, 56)),
        ],
    )
    content = find(read(to_nitf(article)), "body/body.content")
    read_out = [
        (child.tag.rpartition("}")[2], whole(child))
        for child in content
        if child.tag.endswith(("}p", "}media"))
    ]
    assert read_out == [
        ("media", "Before."),
        ("p", "One."),
        ("media", "Between.AP Photo"),
        ("p", "Two."),
        ("media", "After."),
    ]


def test_captions_without_positions_follow_the_paragraphs() -> None:
    article = Article(
        source="",
        paragraphs=[Paragraph("One.", NOWHERE), Paragraph("Two.", NOWHERE)],
        captions=[Caption("A pier.", None, NOWHERE)],
    )
    content = find(read(to_nitf(article)), "body/body.content")
    assert [child.tag.rpartition("}")[2] for child in content] == ["p", "p", "media"]
    assert content.find(q("media/media-producer")) is None  # no credit, no producer


# -- characters ------------------------------------------------------------------


def test_markup_characters_are_escaped() -> None:
    odd = "Tom & Jerry <b>\"quoted\"</b> 'single' ]]> \U0001f600 \u00e9"
    article = Article(
        source=odd,
        headline=odd,
        byline=Byline(f"By {odd}", [odd], NOWHERE, affiliation=odd),
        dateline=Dateline(odd, odd, odd, NOWHERE),
        paragraphs=[Paragraph(odd, NOWHERE)],
        captions=[Caption(odd, odd, NOWHERE)],
        credits=[Credit(odd, NOWHERE)],
        envelope=Envelope(format="anpa1312", slug=odd),
    )
    document = to_nitf(article, uri="urn:example:a&b")
    assert "<b>" not in document
    root = read(document)
    assert find(root, "head/title").text == odd
    assert find(root, "head/docdata/doc-id").get("id-string") == "urn:example:a&b"
    assert find(root, "head/docdata/du-key").get("key") == odd
    assert texts(root, "body/body.head/byline/person") == [odd]
    assert texts(root, "body/body.head/byline/byttl") == [odd]
    assert whole(find(root, "body/body.head/dateline")) == f"{odd}, {odd} ({odd})"
    assert texts(root, "body/body.content/p") == [odd]
    assert texts(root, "body/body.content/media/media-caption") == [odd]
    assert texts(root, "body/body.content/media/media-producer") == [odd]
    assert texts(root, "body/body.end/tagline") == [odd]


def test_what_xml_cannot_carry_is_taken_out() -> None:
    article = Article(
        source="",
        headline="A\x00B\x1bC\x7fD\x85E\ufffeF",
        paragraphs=[
            Paragraph("one\r\ntwo\rthree\tfour\nfive", NOWHERE),
            Paragraph("lone \ud83d half", NOWHERE),
        ],
        credits=[Credit("\x01\x02", NOWHERE)],
    )
    document = to_nitf(article)
    document.encode("utf-8")  # no lone surrogate survives
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\r]", document)
    root = read(document)
    assert find(root, "head/title").text == "ABCDEF"
    assert texts(root, "body/body.content/p") == ["one\ntwo\nthree\tfour\nfive", "lone \ufffd half"]
    assert texts(root, "body/body.end/tagline") == [""]


# -- options and mistakes --------------------------------------------------------


def test_pretty_changes_only_the_white_space_between_elements() -> None:
    article = parse(YONHAP)
    plain, pretty = to_nitf(article), to_nitf(article, pretty=True)
    assert plain.count("\n") == 2  # the declaration's line end and the last one
    assert pretty.count("\n") > 20
    assert "\n  <head>\n    <title>" in pretty

    def shape(element: ET.Element) -> list[object]:
        mixed = (element.text or "").strip() or any((c.tail or "").strip() for c in element)
        return [element.tag, element.attrib, whole(element) if mixed or not len(element) else None]

    plain_root, pretty_root = read(plain), read(pretty)
    assert [shape(e) for e in plain_root.iter()] == [shape(e) for e in pretty_root.iter()]

    def inside(element: ET.Element) -> list[object]:
        return [element.text, *((c.tag, c.attrib, c.text, c.tail) for c in element)]

    for name in ("byline", "dateline"):  # mixed content is left exactly as it is
        path = f"body/body.head/{name}"
        assert inside(find(plain_root, path)) == inside(find(pretty_root, path))


def test_the_default_uri_is_the_ninjs_one() -> None:
    article = parse(YONHAP)
    root = read(to_nitf(article))
    assert find(root, "head/docdata/doc-id").get("id-string") == wireparse.to_ninjs(article)["uri"]
    root = read(to_nitf(article, uri="https://example.com/7"))
    assert find(root, "head/docdata/doc-id").get("id-string") == "https://example.com/7"


def test_only_articles_are_written() -> None:
    with pytest.raises(TypeError, match=r"to_nitf\(\) takes a wireparse\.Article \(got bytes\)"):
        to_nitf(b"Talks")  # type: ignore[arg-type]


def test_a_uri_must_be_absolute() -> None:
    with pytest.raises(ValueError, match="uri must be an absolute URI"):
        to_nitf(parse("Talks"), uri="story 7")
    with pytest.raises(TypeError, match="uri must be a str"):
        to_nitf(parse("Talks"), uri=b"urn:x:1")  # type: ignore[arg-type]


# -- the corpus ------------------------------------------------------------------


def check_texts(article: Article, root: ET.Element) -> None:
    """The document holds the article's texts, each where it belongs."""
    headline = article.headline
    assert texts(root, "body/body.head/hedline/hl1") == ([xml_text(headline)] if headline else [])
    if article.byline is not None and (article.byline.text or article.byline.authors):
        byline = find(root, "body/body.head/byline")
        persons = texts(byline, "person")
        assert sorted(persons) == sorted(xml_text(name) for name in article.byline.authors)
        affiliation = article.byline.affiliation
        assert texts(byline, "byttl") == ([xml_text(affiliation)] if affiliation else [])
        assert whole(byline).startswith(xml_text(article.byline.text))
    if article.dateline is not None:
        dateline = find(root, "body/body.head/dateline")
        location = article.dateline.location
        assert texts(dateline, "location") == ([xml_text(location)] if location else [])
    assert texts(root, "body/body.content/p") == [xml_text(p.text) for p in article.paragraphs]
    assert sorted(texts(root, "body/body.content/media/media-caption")) == sorted(
        xml_text(c.text) for c in article.captions
    )
    assert sorted(texts(root, "body/body.content/media/media-producer")) == sorted(
        xml_text(c.credit) for c in article.captions if c.credit
    )
    assert texts(root, "body/body.end/tagline") == [xml_text(c.text) for c in article.credits]


def test_every_corpus_article_is_well_formed(corpus_dir: Path, corpus_collection: str) -> None:
    paths = sorted((corpus_dir / corpus_collection).rglob("*.txt"))
    assert paths, f"no .txt files in {corpus_collection}"
    for result in wireparse.parse_files(paths, jobs=min(2, os.cpu_count() or 1)):
        assert result.article is not None, result.error
        try:
            root = read(to_nitf(result.article))
        except ET.ParseError as error:  # pragma: no cover - a failure's message
            pytest.fail(f"{result.path}: {error}")
        check_texts(result.article, root)


# -- properties ------------------------------------------------------------------

ANY_CHARACTER = st.characters(exclude_categories=())
"""Any code point, lone surrogates and controls included."""

ODD_TEXT = st.text(
    st.sampled_from("<>&\"'\r\n\t\x00\x0b\x1b\x7f\x85\ufffe\ufeff \U0001f600\U00010348\ud800")
    | ANY_CHARACTER
)
"""Texts heavy with what markup and XML 1.0 find hard, and anything else."""


@settings(deadline=None)
@given(st.sampled_from(STYLES).flatmap(articles))
def test_generated_articles(article: Article) -> None:
    root = read(to_nitf(article))
    check_texts(article, root)
    if article.byline is not None:  # generated bylines name their authors in order
        assert texts(root, "body/body.head/byline/person") == list(article.byline.authors)


@settings(deadline=None)
@given(st.text(ANY_CHARACTER))
def test_any_text_read_as_an_article(text: str) -> None:
    article = parse(text)
    check_texts(article, read(to_nitf(article)))
    read(to_nitf(article, pretty=True))


@st.composite
def odd_articles(draw: st.DrawFn) -> Article:
    """Articles whose every text is drawn from :data:`ODD_TEXT`."""
    headline = draw(ODD_TEXT)
    byline = Byline(
        draw(ODD_TEXT),
        draw(st.lists(ODD_TEXT, max_size=3)),
        NOWHERE,
        affiliation=draw(st.none() | ODD_TEXT),
    )
    location, date, agency = (draw(st.none() | ODD_TEXT) for _ in range(3))
    return Article(
        source=headline,
        headline=headline,
        byline=byline,
        dateline=Dateline(location, date, agency, NOWHERE),
        paragraphs=[Paragraph(p, NOWHERE) for p in draw(st.lists(ODD_TEXT, max_size=4))],
        captions=[
            Caption(text, credit, NOWHERE)
            for text, credit in draw(
                st.lists(st.tuples(ODD_TEXT, st.none() | ODD_TEXT), max_size=3)
            )
        ],
        credits=[Credit(c, NOWHERE) for c in draw(st.lists(ODD_TEXT, max_size=2))],
        end_marks=[EndMark(headline, NOWHERE)],
        envelope=Envelope(format="zczc", slug=draw(st.none() | ODD_TEXT)),
    )


@settings(deadline=None)
@given(odd_articles())
def test_records_holding_any_characters(article: Article) -> None:
    headline = article.headline
    assert article.envelope is not None
    slug = article.envelope.slug
    for pretty in (False, True):
        document = to_nitf(article, pretty=pretty)
        assert not re.search(
            "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]", document
        )
        root = read(document)
        check_texts(article, root)
        assert texts(root, "head/title") == ([xml_text(headline)] if headline else [])
        key = root.find(q("head/docdata/du-key"))
        assert (None if key is None else key.get("key")) == (xml_text(slug) if slug else None)
