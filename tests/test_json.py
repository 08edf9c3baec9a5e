"""JSON: ``to_dict``/``from_dict`` and ``to_json``/``from_json`` round-trip exactly.

Properties, each over articles rendered by every style and read back, over
arbitrary text, over ANPA-1312 frames built around arbitrary text (so
envelopes appear) and over hand-built articles with any datetime:

* ``from_dict(to_dict(a)) == a`` and ``from_json(to_json(a)) == a``;
* ``to_dict`` gives plain JSON values only (no tuples, enums or records) and
  ``to_dict(from_dict(d)) == d``, which catches what ``==`` on articles does
  not: aware datetimes compare by instant, so a lost UTC offset shows only in
  the dict;
* every dict validates against the shipped JSON Schema, and the schema lists
  exactly the records' fields.

Then hand-written frames, the dict's shape, the errors, and the shared corpus
(all of the small collections, a sample of the two large ones).
"""

from __future__ import annotations

import datetime
import enum
import functools
import json
import time
import types
import typing
from importlib import resources
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wireparse
from wireparse import (
    JSON_VERSION,
    Article,
    Byline,
    Caption,
    Credit,
    Dateline,
    Defect,
    EndMark,
    Envelope,
    EnvelopeLine,
    Paragraph,
    Segment,
    SegmentKind,
    Severity,
    Span,
    from_dict,
    from_json,
    parse,
    render,
    to_dict,
    to_json,
)
from wireparse._json import article_to_dict, json_schema
from wireparse.strategies import STYLES, articles

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

SYN, SOH, STX, ETX, EOT, US, DC1, DC3, FF = (
    "\x16",
    "\x01",
    "\x02",
    "\x03",
    "\x04",
    "\x1f",
    "\x11",
    "\x13",
    "\x0c",
)
NOWHERE = Span(0, 0)
EARLIEST = datetime.datetime(1980, 1, 1)  # noqa: DTZ001 - bounds for naive datetimes
LATEST = datetime.datetime(2035, 12, 31)  # noqa: DTZ001
FIELDS = [
    "wireparse",
    "style",
    "headline",
    "byline",
    "published",
    "updated",
    "dateline",
    "paragraphs",
    "captions",
    "credits",
    "end_marks",
    "envelope",
    "defects",
    "segments",
    "source",
]
"""The keys of an article's dict, in order."""


# --------------------------------------------------------------------------
# Helpers.


def assert_plain(value: object, path: str = "$") -> None:
    """*value* holds only what JSON holds: dicts with str keys, lists, str, int, None."""
    if isinstance(value, dict):
        for key, item in value.items():
            assert type(key) is str, path
            assert_plain(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            assert_plain(item, f"{path}[{index}]")
    else:
        assert value is None or type(value) in (str, int), f"{path}: {value!r}"


def offsets(article: Article) -> list[object]:
    """Every datetime's UTC offset (None when naive) and every date: what == does not compare."""
    moments = [article.published, article.updated]
    if article.envelope is not None:
        moments.append(article.envelope.filed)
    found: list[object] = [
        None if moment is None else (moment.utcoffset(), moment.microsecond) for moment in moments
    ]
    if article.dateline is not None:
        found.append(article.dateline.when)
    return found


def assert_round_trip(article: Article) -> dict[str, Any]:
    """The round trips hold for *article*; returns its dict."""
    data = to_dict(article)
    assert list(data) == FIELDS
    assert_plain(data)
    back = from_dict(data)
    assert back == article
    assert offsets(back) == offsets(article)
    assert to_dict(back) == data
    text = to_json(article)
    again = from_json(text)
    assert again == article
    assert offsets(again) == offsets(article)
    assert from_json(text.encode("utf-8")) == article
    assert json.loads(text) == data
    return data


@functools.cache
def schema_validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def assert_valid(data: dict[str, Any]) -> None:
    errors = [f"{e.json_path}: {e.message}" for e in schema_validator().iter_errors(data)]
    assert not errors, errors[:5]


# --------------------------------------------------------------------------
# Strategies.


@st.composite
def rendered_articles(draw: st.DrawFn) -> Article:
    """An article of any style, rendered and parsed back: real spans and segments."""
    style = draw(st.sampled_from(STYLES))
    article = draw(articles(style))
    return parse(render(article, style), style=article.style)


_WORDS = st.sampled_from(["Ferry", "Fares", "Harbor", "Vote", "Storm", "Budget", "Rail"])
_BODY = st.text(
    st.characters(categories=["L", "N", "P", "S", "Zs"]), min_size=1, max_size=80
).filter(str.strip)


@st.composite
def anpa_frames(draw: st.DrawFn) -> str:
    """An ANPA-1312 frame, invented, around arbitrary text: a header, a trailer stamp."""
    sequence = draw(st.from_regex(r"[0-9]{4}", fullmatch=True))
    priority = draw(st.sampled_from("fbur"))
    category = draw(st.sampled_from("aefis"))
    slug = "BC-" + "-".join(draw(st.lists(_WORDS, min_size=1, max_size=3)))
    words = draw(st.integers(0, 9999))
    moment = draw(st.datetimes(EARLIEST, LATEST))
    zone = draw(st.sampled_from(["GMT", "EST", "EDT"]))
    headline = draw(_BODY)
    body = draw(st.lists(_BODY, min_size=1, max_size=3))
    lines = "".join(f"\t   {line}\r\n" for line in body)
    return (
        f"{SYN}{SYN}{SOH}a{sequence}{US}fin\r\n"
        f"{priority} {category}{DC3}{DC1} {slug}     {moment:%m-%d} {words:04d}\r\n"
        f"{STX}^{slug},{words}<\r\n^{headline}<\r\n{lines}"
        f"\t   {ETX}AP-WF-{moment:%m-%d-%y %H%M}{zone}<\r\n{FF}{EOT}"
    )


def _zones() -> st.SearchStrategy[datetime.tzinfo | None]:
    """No zone, UTC, or any fixed offset, seconds and microseconds included, maybe named."""
    offset = st.timedeltas(
        min_value=datetime.timedelta(hours=-23, minutes=-59),
        max_value=datetime.timedelta(hours=23, minutes=59),
    )
    fixed = st.builds(datetime.timezone, offset) | st.builds(
        datetime.timezone, offset, st.sampled_from(["EST", "KST", "Zone"])
    )
    return st.none() | st.just(datetime.UTC) | fixed


@st.composite
def dated_articles(draw: st.DrawFn) -> Article:
    """Hand-built articles with any datetimes (naive or aware, microseconds) and dates."""
    moments = st.none() | st.datetimes(timezones=_zones())
    return Article(
        source=draw(st.text()),
        published=draw(moments),
        updated=draw(moments),
        dateline=Dateline(
            draw(st.none() | st.text()),
            None,
            None,
            NOWHERE,
            when=draw(st.none() | st.dates()),
        ),
        envelope=Envelope(format="anpa1312", filed=draw(moments), word_count=draw(st.integers(0))),
        defects=[Defect("x", "y", Span(1, 2), severity) for severity in Severity],
        segments=[Segment(kind, Span(3, 4)) for kind in SegmentKind],
    )


# --------------------------------------------------------------------------
# The round trips.


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rendered_articles())
def test_rendered_articles_round_trip(article: Article) -> None:
    assert_round_trip(article)


@settings(deadline=None)
@given(st.text())
def test_any_text_round_trips(text: str) -> None:
    assert_round_trip(parse(text))


@settings(deadline=None)
@given(st.binary())
def test_any_bytes_round_trip(data: bytes) -> None:
    assert_round_trip(parse(data))


@settings(deadline=None)
@given(anpa_frames())
def test_framed_text_round_trips(text: str) -> None:
    article = parse(text)
    assert article.envelope is not None
    assert article.envelope.header
    data = assert_round_trip(article)
    assert data["envelope"]["format"] == "anpa1312"


@settings(deadline=None)
@given(dated_articles())
def test_any_datetime_round_trips(article: Article) -> None:
    data = assert_round_trip(article)
    if article.published is not None:
        assert data["published"] == article.published.isoformat()
    assert article.dateline is not None
    if article.dateline.when is not None:
        assert data["dateline"]["when"] == article.dateline.when.isoformat()


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(rendered_articles(), st.text().map(parse), anpa_frames().map(parse)))
def test_dicts_validate_against_the_schema(article: Article) -> None:
    assert_valid(to_dict(article))


@settings(deadline=None)
@given(dated_articles())
def test_dated_dicts_validate_against_the_schema(article: Article) -> None:
    assert_valid(to_dict(article))


# --------------------------------------------------------------------------
# Hand-written frames and articles.

ANPA = (
    f"{SYN}{SYN}{SOH}a0117{US}fin\r\n"
    f"b f{DC3}{DC1} BC-Ferry-Fares     11-09 0230\r\n"
    f"{STX}^BC-Ferry-Fares,230<\r\n"
    "^Ferry fares rise in spring<\r\n"
    "\t   LANTERN BAY, Ore. (AP) _ Fares will rise by a dime in March, the board said.\r\n"
    "\t   Commuters said the rise was fair.\r\n"
    f"\t   {ETX}AP-WF-11-09-04 1742EST<\r\n"
    f"{FF}{EOT}"
)

IPTC = (
    f"{SOH}ecb0205 3 wi 140  dpa 0311\r\n"
    "Harbour-tolls/\r\n"
    f"{STX}Harbour tolls rise =\r\n"
    "\r\n"
    "   Kiel (dpa) - Tolls at the harbour rise in May.\r\n"
    f"{ETX}091200 MEZ Mar 23\r\n"
    f"{EOT}"
)

ZCZC = (
    "ZCZC AAP\r\n"
    "%F\r\n"
    "#Ferry_FC1\r\n"
    "$Ferry fares rise at Lantern Bay\r\n"
    ":(LANTERN BAY)\r\n"
    "Fares on the Lantern Bay ferry rise in March.\r\n"
    "\r\n"
    "AAP MN\r\n"
    "NNNN\r\n"
)

YONHAP = (
    "(LEAD) Ferry fares rise in Café district\n\n"
    "By Kim Min-ji\n\n"
    "SEOUL, Aug. 8 (Yonhap) -- Ferry fares will rise next month.\n\n"
    "Commuters said the rise was fair.\n\n"
    "mjkim@yna.co.kr\n(END)\n"
)


@pytest.mark.parametrize("text", [ANPA, IPTC, ZCZC], ids=["anpa1312", "iptc7901", "zczc"])
def test_frames_round_trip(text: str) -> None:
    article = parse(text)
    assert article.envelope is not None
    data = assert_round_trip(article)
    assert data["envelope"]["format"] == article.envelope.format
    assert data["envelope"]["header"][0]["span"] == [
        article.envelope.header[0].span.start,
        article.envelope.header[0].span.end,
    ]
    assert_valid(data)


def test_anpa_envelope_fields() -> None:
    data = to_dict(parse(ANPA))
    envelope = data["envelope"]
    assert list(envelope) == [a.name for a in attrs.fields(Envelope)]
    assert envelope["sequence"] == "0117"
    assert envelope["word_count"] == 230
    assert envelope["filed"] == "2004-11-09T17:42:00-05:00"
    start = ANPA.index("AP-WF")
    trailer = {"text": "AP-WF-11-09-04 1742EST<", "span": [start, start + 23]}
    assert envelope["trailer"] == [trailer]


def test_iptc_envelope_filed_keeps_its_offset() -> None:
    article = parse(IPTC)
    assert article.envelope is not None
    assert article.envelope.filed is not None
    back = from_dict(to_dict(article))
    assert back.envelope is not None
    assert back.envelope.filed is not None
    assert back.envelope.filed.utcoffset() == article.envelope.filed.utcoffset()


def test_every_record_type_round_trips() -> None:
    """A hand-built article with every field set, each record in its own dict shape."""
    kst = datetime.timezone(datetime.timedelta(hours=9))
    article = Article(
        source="x" * 200,
        style="yonhap",
        headline="Fares rise",
        byline=Byline(
            "By Kim Min-ji, Staff Reporter",
            ["Kim Min-ji"],
            Span(11, 40),
            affiliation="Staff Reporter",
        ),
        published=datetime.datetime(2017, 8, 8, 9, 44, tzinfo=kst),
        updated=datetime.datetime(2017, 8, 8, 10, 1, 2, 345678),  # noqa: DTZ001 - naive
        dateline=Dateline(
            "SEOUL", "Aug. 8", "Yonhap", Span(41, 66), when=datetime.date(2017, 8, 8)
        ),
        paragraphs=[Paragraph("They met.", Span(66, 75))],
        captions=[
            Caption("A ferry docks.", "Yonhap", Span(76, 99)),
            Caption("Pier.", None, Span(99, 104)),
        ],
        credits=[Credit("Yonhap", Span(105, 113))],
        end_marks=[EndMark("(END)", Span(114, 119))],
        envelope=Envelope(
            format="zczc",
            service="AAP",
            word_count=0,
            filed=datetime.datetime(2021, 3, 14, 9, 30, tzinfo=datetime.UTC),
            header=[EnvelopeLine("ZCZC AAP", Span(0, 8))],
            trailer=[EnvelopeLine("NNNN", Span(190, 194))],
        ),
        defects=[Defect("odd", "odd text", Span(120, 125), Severity.ERROR)],
        segments=[
            Segment(SegmentKind.HEADLINE, Span(0, 10)),
            Segment(SegmentKind.UNKNOWN, Span(10, 200)),
        ],
    )
    data = assert_round_trip(article)
    assert_valid(data)
    assert data["byline"] == {
        "text": "By Kim Min-ji, Staff Reporter",
        "authors": ["Kim Min-ji"],
        "span": [11, 40],
        "affiliation": "Staff Reporter",
    }
    assert data["published"] == "2017-08-08T09:44:00+09:00"
    assert data["updated"] == "2017-08-08T10:01:02.345678"
    assert data["dateline"]["when"] == "2017-08-08"
    assert data["captions"][1] == {"text": "Pier.", "credit": None, "span": [99, 104]}
    assert data["envelope"]["filed"] == "2021-03-14T09:30:00+00:00"
    assert data["envelope"]["header"] == [{"text": "ZCZC AAP", "span": [0, 8]}]
    assert data["defects"] == [
        {"code": "odd", "message": "odd text", "span": [120, 125], "severity": "error"}
    ]
    assert data["segments"][1] == {"kind": "unknown", "span": [10, 200]}
    back = from_dict(data)
    assert back.segments[1].kind is SegmentKind.UNKNOWN
    assert back.defects[0].severity is Severity.ERROR
    assert type(back.paragraphs) is tuple
    assert type(back.byline.authors) is tuple  # type: ignore[union-attr]
    assert type(back.envelope.header) is tuple  # type: ignore[union-attr]


# --------------------------------------------------------------------------
# The dict's shape and the JSON text.


def test_dict_shape() -> None:
    article = parse(YONHAP)
    data = to_dict(article)
    assert list(data) == FIELDS
    assert data["wireparse"] == JSON_VERSION == 1
    assert data["source"] == YONHAP
    assert data["headline"] == article.headline
    assert data["paragraphs"] == [
        {"text": p.text, "span": [p.span.start, p.span.end]} for p in article.paragraphs
    ]
    assert data["segments"][0] == {"kind": "headline", "span": [0, len(article.headline or "")]}
    assert data["envelope"] is None
    assert data["published"] is None


def test_record_keys_follow_the_attrs_fields() -> None:
    """Each record's dict has its attrs fields as keys, in declaration order."""
    article = parse(ANPA)
    data = to_dict(article)
    for name, kind in [("dateline", Dateline), ("envelope", Envelope)]:
        assert list(data[name]) == [a.name for a in attrs.fields(kind)]
    assert list(data["paragraphs"][0]) == ["text", "span"]
    assert list(data["defects"][0]) == ["code", "message", "span", "severity"]
    assert list(data["segments"][0]) == ["kind", "span"]


def test_article_to_dict_is_to_dict() -> None:
    assert article_to_dict is to_dict
    assert wireparse.to_dict is to_dict


def test_to_dict_is_a_new_dict_each_time() -> None:
    article = parse(YONHAP)
    first = to_dict(article)
    first["paragraphs"].clear()
    assert to_dict(article)["paragraphs"]


def test_to_json_text() -> None:
    article = parse(YONHAP)
    text = to_json(article)
    assert "\n" not in text
    assert "Café" in text  # not escaped
    assert text.startswith('{"wireparse": 1, "style": ')
    assert list(json.loads(text)) == FIELDS
    indented = to_json(article, indent=2)
    assert indented.startswith('{\n  "wireparse": 1,\n')
    assert json.loads(indented) == json.loads(text)


def test_from_json_takes_bytes() -> None:
    article = parse(YONHAP)
    assert from_json(to_json(article).encode("utf-8")) == article
    assert from_json(bytearray(to_json(article).encode("utf-8"))) == article


def test_from_dict_without_a_version_reads_version_1() -> None:
    data = to_dict(parse(YONHAP))
    del data["wireparse"]
    assert from_dict(data) == parse(YONHAP)


def test_from_dict_fills_defaults_and_ignores_unknown_keys() -> None:
    article = from_dict({"source": "Talks", "later": [1, 2], "wireparse": 1})
    assert article == Article(source="Talks")
    dateline = {"location": None, "date": None, "agency": "AFP", "span": [0, 0], "extra": 1}
    assert from_dict({"source": "", "dateline": dateline}).dateline == Dateline(
        None, None, "AFP", NOWHERE
    )
    defect = {"code": "c", "message": "m", "span": [0, 1]}
    assert from_dict({"source": "ab", "defects": [defect]}).defects[0].severity is Severity.WARNING


def test_from_dict_takes_any_mapping() -> None:
    data = types.MappingProxyType(to_dict(parse(YONHAP)))
    assert from_dict(data) == parse(YONHAP)


# --------------------------------------------------------------------------
# Errors.


@pytest.mark.parametrize("given", [None, "{}", [], 3, parse("x")])
def test_from_dict_needs_a_mapping(given: object) -> None:
    with pytest.raises(TypeError, match=r"from_dict\(\) takes a dict"):
        from_dict(given)  # type: ignore[arg-type]


@pytest.mark.parametrize("given", [None, {}, "text", 3])
def test_to_dict_and_to_json_need_an_article(given: object) -> None:
    with pytest.raises(TypeError, match=r"to_dict\(\) takes a wireparse.Article"):
        to_dict(given)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"to_dict\(\) takes a wireparse.Article"):
        to_json(given)  # type: ignore[arg-type]


@pytest.mark.parametrize("given", [None, 3, {"source": ""}, memoryview(b"{}")])
def test_from_json_needs_text(given: object) -> None:
    with pytest.raises(TypeError, match=r"from_json\(\) takes str or bytes"):
        from_json(given)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "{", "{'source': ''}", b"\xff\xfe\x00"])
def test_from_json_refuses_what_is_not_json(text: str | bytes) -> None:
    with pytest.raises(ValueError, match="not JSON"):
        from_json(text)


@pytest.mark.parametrize("text", ["[]", '"x"', "3", "null"])
def test_from_json_refuses_json_that_is_not_an_object(text: str) -> None:
    with pytest.raises(ValueError, match="expected a JSON object"):
        from_json(text)


@pytest.mark.parametrize("version", [0, 2, "1", 1.0, True, None, [1]])
def test_unknown_versions(version: object) -> None:
    data = to_dict(parse("Talks"))
    data["wireparse"] = version
    with pytest.raises(ValueError, match=r"unsupported wireparse JSON version .* reads version 1"):
        from_dict(data)
    with pytest.raises(ValueError, match="unsupported wireparse JSON version"):
        from_json(json.dumps(data))


def _broken(path: str, value: object) -> dict[str, Any]:
    """A valid dict with the value at *path* (dotted, indexes as digits) replaced or deleted."""
    data = to_dict(parse(ANPA))
    *parents, last = path.split(".")
    node: Any = data
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    key: Any = int(last) if last.isdigit() else last
    if value is _DELETE:
        del node[key]
    else:
        node[key] = value
    return data


class _Delete:
    def __repr__(self) -> str:
        return "deleted"


_DELETE = _Delete()

_BROKEN = [
    ("source", _DELETE, r"required field missing @ \$\.source"),
    ("source", None, r"expected a string, got null None @ \$\.source"),
    ("headline", 3, r"expected a string, got number 3 @ \$\.headline"),
    ("style", ["plain"], r"expected a string, got array \['plain'\] @ \$\.style"),
    ("dateline.span", _DELETE, r"required field missing @ \$\.dateline\.span"),
    ("dateline.location", _DELETE, r"required field missing @ \$\.dateline\.location"),
    ("dateline", "SEOUL", r"expected an object, got string 'SEOUL' @ \$\.dateline"),
    ("dateline.when", "2020-13-01", r"expected an ISO 8601 date .* @ \$\.dateline\.when"),
    ("dateline.when", "2020-01-01T10:00", r"ISO 8601 date \(YYYY-MM-DD\)"),
    ("published", "yesterday", r"expected an ISO 8601 date and time, .* @ \$\.published"),
    ("published", 1699999999, r"got number 1699999999 @ \$\.published"),
    ("paragraphs", "text", r"expected an array, got string 'text' @ \$\.paragraphs"),
    ("paragraphs.0.span", [3], r"expected a span \[start, end\] .* @ \$\.paragraphs\[0\]\.span"),
    ("paragraphs.0.span", {"start": 0, "end": 1}, r"got object .* @ \$\.paragraphs\[0\]\.span"),
    ("paragraphs.0.span", [0, "1"], r"two integers, got array \[0, '1'\]"),
    ("paragraphs.0.span", [0, 1.0], r"two integers"),
    ("paragraphs.0.span", [True, 2], r"two integers"),
    ("paragraphs.0.span", [5, 2], r"0 <= start <= end, got \[5, 2\]"),
    ("paragraphs.0.span", [-1, 2], r"0 <= start <= end, got \[-1, 2\]"),
    ("paragraphs.0.text", None, r"expected a string, got null None @ \$\.paragraphs\[0\]\.text"),
    ("segments.2.kind", "title", r"expected one of 'headline', .*'unknown', got string 'title'"),
    ("segments.2.kind", 1, r"got number 1 @ \$\.segments\[2\]\.kind"),
    ("defects.0.severity", "fatal", r"'info', 'warning', 'error', got string 'fatal'"),
    ("defects.0.severity", True, r"got boolean True @ \$\.defects\[0\]\.severity"),
    ("envelope.word_count", "230", r"expected an integer, got string '230'"),
    ("envelope.word_count", 230.0, r"expected an integer, got number 230\.0"),
    ("envelope.word_count", -1, r"'word_count' must be an int >= 0 or None \(got -1\)"),
    ("envelope.header.0", "a0117 fin", r"expected an object, .* @ \$\.envelope\.header\[0\]"),
    ("envelope.format", _DELETE, r"required field missing @ \$\.envelope\.format"),
    ("envelope.filed", "", r"ISO 8601 date and time, got string '' @ \$\.envelope\.filed"),
]


@pytest.mark.parametrize(
    ("path", "value", "message"), _BROKEN, ids=[f"{b[0]}={b[1]!r}" for b in _BROKEN]
)
def test_broken_dicts_name_the_problem(path: str, value: object, message: str) -> None:
    data = _broken(path, value)
    with pytest.raises(ValueError, match=r"^not a wireparse article dict: ") as caught:
        from_dict(data)
    assert caught.type is ValueError  # not a cattrs exception group
    assert caught.value.__cause__ is None
    assert caught.match(message)
    with pytest.raises(ValueError, match=message):
        from_json(json.dumps(data))


def test_every_problem_is_named() -> None:
    data = _broken("headline", 3)
    data["paragraphs"][0]["span"] = [2, 1]
    data["segments"][0]["kind"] = "title"
    with pytest.raises(ValueError, match="not a wireparse article dict") as caught:
        from_dict(data)
    message = str(caught.value)
    assert "$.headline" in message
    assert "$.paragraphs[0].span" in message
    assert "$.segments[0].kind" in message


def test_long_values_are_shortened_in_messages() -> None:
    with pytest.raises(ValueError, match=r"got array \['x{30,}\.\.\. @ \$\.headline$"):
        from_dict({"source": "", "headline": ["x" * 1000]})


# --------------------------------------------------------------------------
# The JSON Schema.


def test_schema_ships_in_the_package() -> None:
    path = resources.files("wireparse").joinpath(f"schemas/article-{JSON_VERSION}.schema.json")
    assert path.is_file()
    schema = json.loads(path.read_text(encoding="utf-8"))
    assert schema == json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$defs"]["Article"]["properties"]["wireparse"] == {
        "description": schema["$defs"]["Article"]["properties"]["wireparse"]["description"],
        "const": JSON_VERSION,
    }


def _records(kind: type, seen: dict[str, type]) -> dict[str, type]:
    """Every attrs class and enum reachable from *kind*'s fields, by name."""
    seen[kind.__name__] = kind
    if attrs.has(kind):
        for field in attrs.fields(kind):
            for part in _type_parts(field.type):
                if (attrs.has(part) or issubclass(part, enum.Enum)) and part.__name__ not in seen:
                    _records(part, seen)
    return seen


def _type_parts(kind: Any) -> Iterator[type]:
    args = typing.get_args(kind)
    if not args:
        if isinstance(kind, type):
            yield kind
        return
    for arg in args:
        if arg is not Ellipsis:
            yield from _type_parts(arg)


def test_schema_lists_every_record_field() -> None:
    """The schema has a definition for each record and enum, with exactly its fields.

    ``required`` lists the fields without a default: what ``from_dict`` needs.
    """
    definitions = json_schema()["$defs"]
    records = _records(Article, {})
    assert set(records) >= {
        "Byline", "Dateline", "Envelope", "EnvelopeLine", "Defect", "Severity", "Segment",
        "SegmentKind", "Span", "Caption", "Credit", "EndMark", "Paragraph",
    }  # fmt: skip
    for name, kind in records.items():
        assert name in definitions, name
        if name == "Span":
            continue  # written as [start, end]
        definition = definitions[name]
        if issubclass(kind, enum.Enum):
            assert definition["enum"] == [member.value for member in kind], name
            continue
        fields = attrs.fields(kind)
        expected = [a.name for a in fields]
        if kind is Article:
            expected = ["wireparse", *expected[1:], "source"]
        assert list(definition["properties"]) == expected, name
        required = [a.name for a in fields if a.default is attrs.NOTHING]
        assert definition["required"] == required, name


_SCHEMA_GAPS = [
    ("paragraphs.0.span", [5, 2]),
    ("paragraphs.0.span", [0, 1.0]),
    ("envelope.word_count", 230.0),
]
"""Broken dicts the schema cannot see: that start <= end; that 1.0 is not an integer to Python."""


def test_the_schema_refuses_broken_dicts() -> None:
    validator = schema_validator()
    for path, value, _message in _BROKEN:
        data = _broken(path, value)
        refused = bool(list(validator.iter_errors(data)))
        assert refused is ((path, value) not in _SCHEMA_GAPS), (path, value)
    assert list(validator.iter_errors(_broken("wireparse", 2)))
    assert not list(validator.iter_errors(_broken("wireparse", _DELETE)))


# --------------------------------------------------------------------------
# The shared corpus.

_SAMPLED = ("agnews", "reuters21578")
"""The two large collections, read one file in :data:`_STRIDE`."""
_STRIDE = 16


@functools.cache
def corpus_articles(corpus_dir: Path) -> list[tuple[str, Article]]:
    """The sample of the corpus, parsed once for the tests below: every file of the small
    collections, one in :data:`_STRIDE` of the large ones."""
    found: list[tuple[str, Article]] = []
    for folder in sorted(p for p in corpus_dir.iterdir() if p.is_dir()):
        files = sorted(folder.rglob("*.txt"))
        chosen = files[::_STRIDE] if folder.name in _SAMPLED else files
        found.extend((path.name, parse(path.read_bytes())) for path in chosen)
    return found


def test_corpus_round_trips(corpus_dir: Path) -> None:
    started = time.perf_counter()
    sample = corpus_articles(corpus_dir)
    assert len(sample) > 800
    seen: set[str] = set()
    for name, article in sample:
        data = to_dict(article)
        back = from_dict(data)
        assert back == article, name
        assert offsets(back) == offsets(article), name
        assert to_dict(back) == data, name
        assert from_json(to_json(article)) == article, name
        seen.update(_features(article))
    # The sample holds every kind of value the format writes.
    assert seen >= {
        "aware",
        "naive",
        "microseconds",
        "named-zone",
        "when",
        "affiliation",
        "captions",
        "anpa1312",
        "iptc7901",
        "zczc",
        "filed",
        "info",
        "warning",
    }, seen
    assert time.perf_counter() - started < 60  # a few seconds, normally


def _features(article: Article) -> Iterator[str]:
    moments = [article.published, article.updated]
    if article.envelope is not None:
        yield article.envelope.format
        if article.envelope.filed is not None:
            yield "filed"
            moments.append(article.envelope.filed)
    for moment in moments:
        if moment is not None:
            yield "naive" if moment.tzinfo is None else "aware"
            if moment.microsecond:
                yield "microseconds"
            if moment.tzinfo is not None and not (moment.tzname() or "UTC").startswith("UTC"):
                yield "named-zone"
    if article.dateline is not None and article.dateline.when is not None:
        yield "when"
    if article.byline is not None and article.byline.affiliation:
        yield "affiliation"
    if article.captions:
        yield "captions"
    for defect in article.defects:
        yield defect.severity.value


def test_corpus_dicts_validate_against_the_schema(corpus_dir: Path) -> None:
    """Every framed article of the sample and one in eight of the rest (validation is slow)."""
    validator = schema_validator()
    sample = corpus_articles(corpus_dir)
    chosen = [(n, a) for i, (n, a) in enumerate(sample) if i % 8 == 0 or a.envelope is not None]
    for name, article in chosen:
        errors = [f"{e.json_path}: {e.message}" for e in validator.iter_errors(to_dict(article))]
        assert not errors, (name, errors[:5])
