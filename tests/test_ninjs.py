"""IPTC ninjs: ``wireparse.to_ninjs`` against the IPTC's own JSON Schemas.

The schemas live beside the project, in ``../shared/schemas`` (they belong to
the IPTC and are not copied into the project); the schema tests skip, with
the reason, when they or ``jsonschema`` are absent.  Each schema is compiled
once, with a format checker that asserts ``date-time`` (RFC 3339, offset
required) and ``uri`` (absolute), which JSON Schema 2020-12 treats as mere
annotations unless asked.

* every corpus article's ninjs validates, 3.1 against the 3.1 schema and 2.2
  against the 2.2 schema;
* hand-written articles, field by field, in both versions;
* properties: generated articles, their renders read back, and arbitrary text
  read as an article always give valid ninjs.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import re
import time
from pathlib import Path
from typing import Any

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
    render,
    to_ninjs,
)
from wireparse.strategies import STYLES, articles

SCHEMAS = Path(__file__).resolve().parents[1].parent / "shared" / "schemas"
"""Where the IPTC schemas are expected: ``../shared/schemas`` from the project root."""

VERSIONS = ("2.2", "3.1")
NOWHERE = Span(0, 0)
KST = datetime.timezone(datetime.timedelta(hours=9))

RFC3339 = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})", re.ASCII
)
ABSOLUTE_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[\w\-.~:/?#\[\]@!$&'()*+,;=%]+", re.ASCII)


def _date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if RFC3339.fullmatch(value) is None:
        return False
    datetime.datetime.fromisoformat(value)  # raises if out of range
    return True


def _uri(value: object) -> bool:
    return not isinstance(value, str) or ABSOLUTE_URI.fullmatch(value) is not None


@pytest.fixture(scope="module")
def validators() -> dict[str, Any]:
    """One compiled validator per ninjs version, with date-time and uri asserted."""
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMAS.is_dir():
        pytest.skip("../shared/schemas is absent; the ninjs tests need the IPTC schemas there")
    checker = jsonschema.FormatChecker(formats=())
    checker.checks("date-time", raises=ValueError)(_date_time)
    checker.checks("uri")(_uri)
    compiled = {}
    for version in VERSIONS:
        schema = json.loads((SCHEMAS / f"ninjs-schema_{version}.json").read_text(encoding="utf-8"))
        cls = jsonschema.validators.validator_for(schema)
        assert cls is jsonschema.Draft202012Validator
        cls.check_schema(schema)
        compiled[version] = cls(schema, format_checker=checker)
    return compiled


def problems(validators: dict[str, Any], article: Article, **kwargs: Any) -> list[str]:
    """What is wrong with the article's ninjs, in each version, as messages."""
    found = []
    for version in VERSIONS:
        item = to_ninjs(article, version, **kwargs)
        json.dumps(item, ensure_ascii=False).encode("utf-8")  # JSON-ready and UTF-8-encodable
        error = next(iter(validators[version].iter_errors(item)), None)
        if error is not None:
            where = "/".join(map(str, error.absolute_path))
            found.append(f"{version} at {where or '(root)'}: {error.message[:300]}")
    return found


# -- the validators themselves ---------------------------------------------------


def test_the_validators_reject_what_ninjs_forbids(validators: dict[str, Any]) -> None:
    good = to_ninjs(parse(YONHAP))
    assert validators["3.1"].is_valid(good)
    assert not validators["2.2"].is_valid(good)  # 3.1's camelCase is not 2.2's
    assert not validators["3.1"].is_valid({**good, "byline": "By Jane Doe"})  # ninjs 1.x
    assert not validators["3.1"].is_valid({**good, "firstCreated": "2017-08-08T09:44:00"})
    assert not validators["3.1"].is_valid({**good, "uri": "not a uri"})
    assert not validators["3.1"].is_valid({"type": "text"})  # no uri


# -- the corpus ------------------------------------------------------------------


def test_every_corpus_article_validates(
    corpus_dir: Path, corpus_collection: str, validators: dict[str, Any]
) -> None:
    paths = sorted((corpus_dir / corpus_collection).rglob("*.txt"))
    assert paths, f"no .txt files in {corpus_collection}"
    jobs = min(2, os.cpu_count() or 1)
    start = time.perf_counter()
    failures: list[str] = []
    for result in wireparse.parse_files(paths, jobs=jobs):
        assert result.article is not None, result.error
        failures += (f"{result.path}: {p}" for p in problems(validators, result.article))
    took = time.perf_counter() - start
    print(f"{corpus_collection}: {len(paths)} articles, both versions, in {took:.1f} s")  # noqa: T201
    assert not failures, "\n".join(failures[:10])


# -- hand-written articles, field by field ---------------------------------------


def test_a_yonhap_story_field_by_field() -> None:
    article = parse(YONHAP)
    uri = "urn:wireparse:sha1:" + hashlib.sha1(YONHAP.encode()).hexdigest()  # noqa: S324
    assert to_ninjs(article) == {
        "uri": uri,
        "type": "text",
        "standard": {
            "name": "ninjs",
            "version": "3.1",
            "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#",
        },
        "headlines": [{"role": "main", "contentType": "text/plain", "value": "Talks resume"}],
        "by": "By Jane Doe and John Roe",
        "people": [{"name": "Jane Doe", "rel": "author"}, {"name": "John Roe", "rel": "author"}],
        "located": "SEOUL",
        "infoSources": [{"name": "Yonhap"}],
        "firstCreated": "2017-08-08T09:44:00+09:00",
        "versionCreated": "2017-08-08T09:44:00+09:00",
        "bodies": [
            {
                "role": "main",
                "contentType": "text/plain",
                "value": "They met on Monday.\n\nThey spoke at length.",
                "charCount": 42,
                "wordCount": 8,
            }
        ],
        "associations": [
            {
                "name": "picture-1",
                "uri": f"{uri}#picture-1",
                "type": "picture",
                "descriptions": [
                    {
                        "role": "caption",
                        "contentType": "text/plain",
                        "value": "Kang Kyung-wha speaks in Seoul on Aug. 7, 2017.",
                    }
                ],
                "by": "Yonhap",
            }
        ],
    }


def test_version_2_2_spells_the_same_fields_in_lower_case() -> None:
    article = parse(YONHAP)
    new, old = to_ninjs(article, "3.1"), to_ninjs(article, "2.2")

    def lower(value: Any) -> Any:
        if isinstance(value, dict):
            return {key.lower(): lower(inner) for key, inner in value.items()}
        if isinstance(value, list):
            return [lower(inner) for inner in value]
        return value

    assert old["standard"] == {
        "name": "ninjs",
        "version": "2.2",
        "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#",
    }
    assert {**lower(new), "standard": old["standard"]} == old
    assert "firstcreated" in old
    assert old["bodies"][0]["contenttype"] == "text/plain"
    assert old["associations"][0]["descriptions"][0]["contenttype"] == "text/plain"


def test_the_fields_ninjs_has_no_place_for_are_left_out() -> None:
    item = json.dumps(to_ninjs(parse(YONHAP)))
    assert "Aug. 8" not in item  # the dateline's date
    assert "(END)" not in item  # the end mark
    assert (
        item.count("Yonhap") == 2
    )  # the dateline's agency and the caption's credit, not the credit
    assert "language" not in item
    assert "yonhap" not in item  # the house style


def test_an_empty_article_is_just_its_identity(validators: dict[str, Any]) -> None:
    article = parse("")
    assert set(to_ninjs(article)) == {"uri", "type", "standard"}
    assert problems(validators, article) == []


def test_naive_times_are_left_out() -> None:
    naive = datetime.datetime(2020, 5, 1, 12, 30)  # noqa: DTZ001 - naive on purpose
    aware = datetime.datetime(2020, 5, 2, 8, 0, tzinfo=datetime.UTC)
    item = to_ninjs(Article(source="", published=naive))
    assert "firstCreated" not in item
    assert "versionCreated" not in item
    item = to_ninjs(Article(source="", published=naive, updated=aware))
    assert "firstCreated" not in item
    assert item["versionCreated"] == "2020-05-02T08:00:00+00:00"
    item = to_ninjs(Article(source="", published=aware, updated=naive), "2.2")
    assert item["firstcreated"] == "2020-05-02T08:00:00+00:00"
    assert "versioncreated" not in item  # updated when, is not known in any zone


def test_times_keep_their_offsets_and_fractions() -> None:
    edt = datetime.timezone(datetime.timedelta(hours=-4), "EDT")
    published = datetime.datetime(2019, 3, 14, 10, 42, 5, 250000, tzinfo=edt)
    updated = datetime.datetime(2019, 3, 14, 11, 0, tzinfo=KST)
    item = to_ninjs(Article(source="", published=published, updated=updated))
    assert item["firstCreated"] == "2019-03-14T10:42:05.250000-04:00"
    assert item["versionCreated"] == "2019-03-14T11:00:00+09:00"


def test_an_offset_with_seconds_is_written_in_utc(validators: dict[str, Any]) -> None:
    lmt = datetime.timezone(datetime.timedelta(hours=8, minutes=5, seconds=43))
    article = Article(source="", published=datetime.datetime(1900, 1, 1, 12, 0, tzinfo=lmt))
    assert to_ninjs(article)["firstCreated"] == "1900-01-01T03:54:17+00:00"
    assert problems(validators, article) == []


def test_the_affiliation_joins_a_byline_that_lacks_it() -> None:
    shih = Byline("By GERRY SHIH", ["GERRY SHIH"], NOWHERE, affiliation="Associated Press")
    assert to_ninjs(Article(source="", byline=shih))["by"] == "By GERRY SHIH, Associated Press"
    edelson = Byline(
        "By Ed Edelson, HealthDay Reporter",
        ["Ed Edelson"],
        NOWHERE,
        affiliation="HealthDay Reporter",
    )
    item = to_ninjs(Article(source="", byline=edelson))
    assert item["by"] == "By Ed Edelson, HealthDay Reporter"
    assert item["people"] == [{"name": "Ed Edelson", "rel": "author"}]
    nameless = to_ninjs(Article(source="", byline=Byline("By Staff", [], NOWHERE)))
    assert nameless["by"] == "By Staff"
    assert "people" not in nameless


def test_a_dateline_of_an_agency_alone_has_no_location() -> None:
    item = to_ninjs(Article(source="", dateline=Dateline(None, None, "Reuters", NOWHERE)))
    assert "located" not in item
    assert item["infoSources"] == [{"name": "Reuters"}]


def test_captions_become_numbered_picture_associations(validators: dict[str, Any]) -> None:
    article = Article(
        source="",
        captions=[
            Caption("A ferry docks.", "AP Photo/Jo Roe", NOWHERE),
            Caption("A pier.", None, NOWHERE),
        ],
    )
    pictures = to_ninjs(article, uri="https://example.com/story/7")["associations"]
    assert [(p["name"], p["uri"], p["type"]) for p in pictures] == [
        ("picture-1", "https://example.com/story/7#picture-1", "picture"),
        ("picture-2", "https://example.com/story/7#picture-2", "picture"),
    ]
    assert [p["descriptions"][0]["value"] for p in pictures] == ["A ferry docks.", "A pier."]
    assert pictures[0]["by"] == "AP Photo/Jo Roe"
    assert "by" not in pictures[1]
    fragment = to_ninjs(article, uri="https://example.com/story/7#top")["associations"]
    assert fragment[0]["uri"] == "https://example.com/story/7#top-picture-1"
    assert problems(validators, article, uri="https://example.com/story/7#top") == []


def test_the_envelope_gives_the_slugline() -> None:
    frame = "\x16\x16\x01A0042\x1fnat\r\nr a\x13\x11 BC-Rivers-Flood     03-14 0120\r\n"
    frame += "\x02^BC-Rivers-Flood,120<\r\n^Rivers rise<\r\n"
    frame += "\t   CAIRO (AP) _ The river rose.\r\n"
    frame += "\x03AP-WF-03-14-21 0930GMT<\r\n\x04"
    article = parse(frame)
    assert article.envelope is not None
    item = to_ninjs(article)
    assert item["slugline"] == "BC-Rivers-Flood"
    assert item["urgency"] == 4  # ANPA's "r", regular
    assert to_ninjs(article, "2.2")["slugline"] == "BC-Rivers-Flood"


@pytest.mark.parametrize(
    ("priority", "expected"),
    [
        pytest.param("f", 1, id="anpa-flash"),
        pytest.param("b", 2, id="anpa-bulletin"),
        pytest.param("u", 3, id="anpa-urgent"),
        pytest.param("r", 4, id="anpa-regular"),
        pytest.param("1", 1, id="digit-1"),
        pytest.param("4", 4, id="digit-4"),
        pytest.param("9", 9, id="digit-9"),
        pytest.param("0", None, id="digit-0"),
        pytest.param("12", None, id="two-digits"),
        pytest.param("z", None, id="unknown-letter"),
        pytest.param("", None, id="empty"),
        pytest.param(None, None, id="none"),
    ],
)
def test_priorities_map_to_urgency(priority: str | None, expected: int | None) -> None:
    article = Article(source="", envelope=Envelope(format="iptc7901", priority=priority))
    assert to_ninjs(article).get("urgency") == expected
    assert to_ninjs(article, "2.2").get("urgency") == expected


def test_the_default_uri_is_the_sha1_of_the_source() -> None:
    first, again, other = parse("Talks\n\nThey met."), parse("Talks\n\nThey met."), parse("Talks")
    digest = hashlib.sha1(b"Talks\n\nThey met.").hexdigest()  # noqa: S324
    assert to_ninjs(first)["uri"] == f"urn:wireparse:sha1:{digest}"
    assert to_ninjs(again)["uri"] == to_ninjs(first)["uri"]
    assert to_ninjs(other)["uri"] != to_ninjs(first)["uri"]
    assert to_ninjs(first, "2.2")["uri"] == to_ninjs(first)["uri"]
    assert to_ninjs(first, uri="urn:example:story:1")["uri"] == "urn:example:story:1"


def test_lone_surrogates_become_replacement_characters(validators: dict[str, Any]) -> None:
    article = parse("Talks \ud800 resume\n\nThey \udfff met.")
    item = to_ninjs(article)
    assert item["headlines"][0]["value"] == "Talks \ufffd resume"
    assert item["bodies"][0]["value"] == "They \ufffd met."
    assert problems(validators, article) == []


def test_output_is_deterministic_and_json_ready() -> None:
    article = parse(YONHAP)
    assert to_ninjs(article) == to_ninjs(article)
    assert json.loads(json.dumps(to_ninjs(article))) == to_ninjs(article)


# -- caller mistakes -------------------------------------------------------------


def test_an_unknown_version_names_the_known_ones() -> None:
    with pytest.raises(
        ValueError, match=r"no ninjs version '1\.6': wireparse writes '2\.2', '3\.1'"
    ):
        to_ninjs(parse("Talks"), "1.6")


def test_a_version_must_be_a_string() -> None:
    with pytest.raises(TypeError, match="version must be a str"):
        to_ninjs(parse("Talks"), 3.1)  # type: ignore[arg-type]


def test_only_articles_are_written() -> None:
    with pytest.raises(TypeError, match=r"to_ninjs\(\) takes a wireparse\.Article \(got str\)"):
        to_ninjs("Talks")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "uri",
    [
        pytest.param("", id="empty"),
        pytest.param("story-7", id="relative"),
        pytest.param("urn:example:a b", id="space"),
        pytest.param("1urn:x", id="bad-scheme"),
    ],
)
def test_a_uri_must_be_absolute(uri: str) -> None:
    with pytest.raises(ValueError, match="uri must be an absolute URI"):
        to_ninjs(parse("Talks"), uri=uri)


def test_a_uri_must_be_a_string() -> None:
    with pytest.raises(TypeError, match=r"uri must be a str or None \(got int\)"):
        to_ninjs(parse("Talks"), uri=7)  # type: ignore[arg-type]


# -- properties ------------------------------------------------------------------


@settings(deadline=None)
@given(st.sampled_from(STYLES).flatmap(articles))
def test_generated_articles_validate(validators: dict[str, Any], article: Article) -> None:
    assert problems(validators, article) == []
    item = to_ninjs(article)
    assert item.get("headlines", [{}])[0].get("value") == article.headline
    paragraphs = [p.text for p in article.paragraphs]
    assert item.get("bodies", [{}])[0].get("value", "").split("\n\n") == (paragraphs or [""])
    assert len(item.get("associations", [])) == len(article.captions)


@settings(deadline=None)
@given(st.sampled_from(STYLES).flatmap(lambda style: st.tuples(st.just(style), articles(style))))
def test_renders_read_back_validate(validators: dict[str, Any], drawn: tuple[str, Article]) -> None:
    style, article = drawn
    again = parse(render(article, style), style=article.style)
    assert problems(validators, again) == []


ANY_CHARACTER = st.characters(exclude_categories=())
"""Any code point, lone surrogates and controls included."""


@settings(deadline=None)
@given(st.text(ANY_CHARACTER))
def test_any_text_read_as_an_article_validates(validators: dict[str, Any], text: str) -> None:
    assert problems(validators, parse(text)) == []


@settings(deadline=None)
@given(
    st.text(ANY_CHARACTER),
    st.text(ANY_CHARACTER),
    st.lists(st.text(ANY_CHARACTER, min_size=1), max_size=3),
    st.lists(st.tuples(st.text(ANY_CHARACTER), st.none() | st.text(ANY_CHARACTER)), max_size=3),
)
def test_any_record_texts_validate(
    validators: dict[str, Any],
    headline: str,
    byline: str,
    paragraphs: list[str],
    captions: list[tuple[str, str | None]],
) -> None:
    article = Article(
        source=headline,
        headline=headline,
        byline=Byline(byline, byline.split(), NOWHERE, affiliation=byline or None),
        dateline=Dateline(headline, byline, byline, NOWHERE),
        paragraphs=[Paragraph(text, NOWHERE) for text in paragraphs],
        captions=[Caption(text, credit, NOWHERE) for text, credit in captions],
        credits=[Credit(byline, NOWHERE)],
        end_marks=[EndMark(byline, NOWHERE)],
    )
    assert problems(validators, article) == []
