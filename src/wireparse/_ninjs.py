r"""IPTC ninjs ("News in JSON"): :func:`to_ninjs` writes an article as a ninjs object.

ninjs is the IPTC's JSON format for news items; :func:`to_ninjs` writes
versions 3.1 and 2.2, whose schemas the tests validate every corpus article
against.  Its docstring says where each field goes and which have no place.
:mod:`wireparse._nitf` shares the URI, urgency and byline helpers here.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from typing import TYPE_CHECKING, Any

from wireparse._records import Article

if TYPE_CHECKING:
    from wireparse._records import Byline, Caption, Envelope

__all__ = ["NINJS_VERSIONS", "to_ninjs"]

NINJS_VERSIONS: tuple[str, ...] = ("2.2", "3.1")
"""The ninjs versions :func:`to_ninjs` writes."""

_SCHEMA_URIS = {
    "2.2": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#",
    "3.1": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#",
}
"""Each version's schema, by its ``$id``."""

_URI_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")
"""An absolute URI as RFC 3986 spells it: a scheme, a colon, then only the characters
a URI may hold (unreserved, reserved and ``%``): no spaces, controls or non-ASCII."""

_SURROGATE_RE = re.compile("[\ud800-\udfff]")
"""A lone surrogate, which a Python string can hold but UTF-8 cannot encode."""

_CAMEL_CASE = (
    "charCount",
    "contentType",
    "firstCreated",
    "infoSources",
    "versionCreated",
    "wordCount",
)
_NAMES = {
    "2.2": {name: name.lower() for name in _CAMEL_CASE},
    "3.1": {name: name for name in _CAMEL_CASE},
}
"""Each version's spelling of the property names that differ between them."""

_ANPA_URGENCY = {"f": 1, "b": 2, "u": 3, "r": 4}
"""ANPA-1312 priority letters, most urgent first: flash, bulletin, urgent, regular."""


def default_uri(article: Article) -> str:
    """The stable URI of an article: the SHA-1 of its UTF-8 source, as a URN.

    The same source text always gets the same URI.
    """
    data = article.source.encode("utf-8", "surrogatepass")
    digest = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    return f"urn:wireparse:sha1:{digest}"


def check_uri(uri: object) -> str:
    """*uri* if it is an absolute URI; raise TypeError or ValueError otherwise."""
    if not isinstance(uri, str):
        msg = f"uri must be a str or None (got {type(uri).__name__})"
        raise TypeError(msg)
    if _URI_RE.fullmatch(uri) is None:
        msg = f"uri must be an absolute URI such as 'urn:example:1' (got {uri!r})"
        raise ValueError(msg)
    return uri


def check_article(article: object, function: str) -> Article:
    """*article* if it is an :class:`~wireparse.Article`; raise TypeError otherwise."""
    if not isinstance(article, Article):
        msg = f"{function}() takes a wireparse.Article (got {type(article).__name__})"
        raise TypeError(msg)
    return article


def urgency(envelope: Envelope | None) -> int | None:
    """The frame's priority as an urgency from 1 (most urgent) to 9, where it maps to one."""
    if envelope is None or envelope.priority is None:
        return None
    priority = envelope.priority.strip()
    if priority in _ANPA_URGENCY:
        return _ANPA_URGENCY[priority]
    if len(priority) == 1 and "1" <= priority <= "9":
        return int(priority)
    return None


def byline_statement(byline: Byline) -> str:
    """The byline as written, its affiliation added after a comma when the text lacks it."""
    text = byline.text
    affiliation = byline.affiliation
    if affiliation and affiliation not in text:
        return f"{text}, {affiliation}" if text else affiliation
    return text


def without_surrogates(text: str) -> str:
    """*text* with any lone surrogate replaced by U+FFFD, so that it encodes as UTF-8."""
    if _SURROGATE_RE.search(text) is None:
        return text
    return _SURROGATE_RE.sub("\ufffd", text)


def _rfc3339(value: datetime.datetime | None) -> str | None:
    """An aware time as RFC 3339; ``None`` for a naive time or none."""
    if value is None:
        return None
    offset = value.utcoffset()
    if offset is None:
        return None
    if offset.seconds % 60 or offset.microseconds:  # RFC 3339 offsets are whole minutes
        value = value.astimezone(datetime.UTC)
    return value.isoformat()


def _text_object(value: str, role: str, content_type: str) -> dict[str, Any]:
    return {"role": role, content_type: "text/plain", "value": without_surrogates(value)}


def _picture(caption: Caption, number: int, uri: str, key: dict[str, str]) -> dict[str, Any]:
    """One caption as a picture association."""
    joiner = "-" if "#" in uri else "#"
    picture: dict[str, Any] = {
        "name": f"picture-{number}",
        "uri": f"{uri}{joiner}picture-{number}",
        "type": "picture",
        "descriptions": [_text_object(caption.text, "caption", key["contentType"])],
    }
    if caption.credit:
        picture["by"] = without_surrogates(caption.credit)
    return picture


def _check_version(version: object) -> str:
    if not isinstance(version, str):
        msg = f"version must be a str such as '3.1' (got {type(version).__name__})"
        raise TypeError(msg)
    if version not in NINJS_VERSIONS:
        known = ", ".join(repr(v) for v in NINJS_VERSIONS)
        msg = f"no ninjs version {version!r}: wireparse writes {known}"
        raise ValueError(msg)
    return version


def to_ninjs(article: Article, version: str = "3.1", *, uri: str | None = None) -> dict[str, Any]:
    r"""The article as an IPTC ninjs object, ready for :func:`json.dumps`.

    The object validates against the IPTC's JSON Schema for *version*.  Fields
    with no value are left out.

    Args:
        article: the article to write.  Spans, defects and segments are not
            read; the source is read only to make the default *uri*.
        version: the ninjs version: ``"3.1"``, the current one, whose
            properties are camelCase (``firstCreated``, ``contentType``), or
            ``"2.2"``, with the same structure and every property in lower
            case (``firstcreated``, ``contenttype``).
        uri: the object's ``uri``, an absolute URI.  By default it is
            ``urn:wireparse:sha1:`` and the SHA-1 of the article's UTF-8
            source, so that the same text always gets the same URI.

    Returns:
        A new dict of JSON-ready values (strings, integers, lists and dicts),
        keys in a fixed order.  Lone surrogates in the texts are replaced by
        U+FFFD, so that the JSON encodes as UTF-8.

    Raises:
        TypeError: *article* is not an :class:`~wireparse.Article`, or
            *version* or *uri* is not a string.
        ValueError: *version* is not one wireparse writes (the message lists
            them), or *uri* is not an absolute URI.

    Where each field goes (in 2.2, the same names in lower case):

    =======================  ===================================================
    wireparse                ninjs
    =======================  ===================================================
    (always)                 ``uri``; ``type``: ``"text"``; ``standard``: the
                             name, version and schema URI of ninjs
    ``headline``             ``headlines``: one ``role="main"``,
                             ``text/plain`` headline
    ``byline``               ``by``: the byline as written, its affiliation
                             added after a comma when the text lacks it;
                             ``people``: a ``rel="author"`` person for each
                             author
    ``dateline.location``    ``located``
    ``dateline.agency``      ``infoSources``: one source, with its ``name``
    ``published``            ``firstCreated``
    ``updated``              ``versionCreated`` (``published`` when the
                             article was never updated)
    ``paragraphs``           ``bodies``: one ``role="main"``, ``text/plain``
                             body, the paragraphs joined by blank lines, with
                             its ``charCount`` (code points) and
                             ``wordCount`` (runs of non-space)
    ``captions``             ``associations``: a ``type="picture"`` object
                             for each caption, named ``picture-1``,
                             ``picture-2``...
                             with the *uri* and ``#picture-1``... as its URI
                             (``-picture-1`` if the *uri* has a fragment
                             already); the caption is its ``role="caption"``
                             description, the credit its ``by``
    ``envelope.slug``        ``slugline``
    ``envelope.priority``    ``urgency``, from 1 (most urgent) to 9: ANPA's
                             ``f`` (flash), ``b`` (bulletin), ``u`` (urgent)
                             and ``r`` (regular) become 1 to 4, a single
                             digit 1 to 9 (IPTC 7901's) is kept; any other
                             priority is left out
    =======================  ===================================================

    ninjs times are JSON Schema ``date-time`` strings, that is RFC 3339, which
    needs an offset: aware times are written with
    :meth:`~datetime.datetime.isoformat` (in UTC if their offset has seconds,
    which RFC 3339 cannot write), and *naive* times are left out, rather than
    given an invented zone.

    Neither version has a place for the dateline's date (ninjs has no
    structured dateline), agency credits and contributor lines, end marks,
    defects, spans, the house style, the envelope's other fields, or the
    generator (wireparse and its version); they are left out.  The
    language is not known, so ``language`` is left out too.  (The flat
    ``headline``, ``body_text`` and ``byline`` properties, and associations
    keyed by name, are ninjs 1.x, which is not written.)

    >>> import json
    >>> from wireparse import parse, to_ninjs
    >>> article = parse(
    ...     "Talks resume\n\nBy Jane Doe\n\n"
    ...     "Published : 2017-08-08T09:44:00+09:00\n\n"
    ...     "SEOUL, Aug. 8 (Yonhap) -- They met.\n\nThey spoke.\n"
    ... )
    >>> item = to_ninjs(article)
    >>> item["headlines"]
    [{'role': 'main', 'contentType': 'text/plain', 'value': 'Talks resume'}]
    >>> item["by"], item["located"], item["firstCreated"]
    ('By Jane Doe', 'SEOUL', '2017-08-08T09:44:00+09:00')
    >>> print(item["bodies"][0]["value"])
    They met.
    <BLANKLINE>
    They spoke.
    >>> item["uri"] == to_ninjs(parse(article.source))["uri"]
    True
    >>> sorted(to_ninjs(article, "2.2"))[:5]
    ['bodies', 'by', 'firstcreated', 'headlines', 'infosources']
    >>> to_ninjs(article, "1.6")
    Traceback (most recent call last):
    ...
    ValueError: no ninjs version '1.6': wireparse writes '2.2', '3.1'
    """
    article = check_article(article, "to_ninjs")
    version = _check_version(version)
    uri = default_uri(article) if uri is None else check_uri(uri)
    key = _NAMES[version]

    item: dict[str, Any] = {
        "uri": uri,
        "type": "text",
        "standard": {"name": "ninjs", "version": version, "schema": _SCHEMA_URIS[version]},
    }
    if article.headline:
        item["headlines"] = [_text_object(article.headline, "main", key["contentType"])]
    byline = article.byline
    if byline is not None:
        statement = byline_statement(byline)
        if statement:
            item["by"] = without_surrogates(statement)
        if byline.authors:
            item["people"] = [
                {"name": without_surrogates(name), "rel": "author"} for name in byline.authors
            ]
    dateline = article.dateline
    if dateline is not None:
        if dateline.location:
            item["located"] = without_surrogates(dateline.location)
        if dateline.agency:
            item[key["infoSources"]] = [{"name": without_surrogates(dateline.agency)}]
    first = _rfc3339(article.published)
    if first is not None:
        item[key["firstCreated"]] = first
    latest = _rfc3339(article.published if article.updated is None else article.updated)
    if latest is not None:
        item[key["versionCreated"]] = latest
    if article.paragraphs:
        text = without_surrogates(article.text)
        body = _text_object(text, "main", key["contentType"])
        body[key["charCount"]] = len(text)
        body[key["wordCount"]] = len(text.split())
        item["bodies"] = [body]
    if article.captions:
        item["associations"] = [
            _picture(caption, number, uri, key)
            for number, caption in enumerate(article.captions, start=1)
        ]
    envelope = article.envelope
    if envelope is not None and envelope.slug:
        item["slugline"] = without_surrogates(envelope.slug)
    level = urgency(envelope)
    if level is not None:
        item["urgency"] = level
    return item
