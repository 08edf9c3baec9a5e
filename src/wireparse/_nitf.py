r"""IPTC NITF 3.6: :func:`to_nitf` writes an article as a News Industry Text Format document.

NITF is the IPTC's XML format for news articles.  The document is built with
:mod:`xml.etree.ElementTree`, so every text is escaped; :func:`to_nitf`'s
docstring says where each field goes and which have no place.
"""

from __future__ import annotations

import datetime
import re
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

from wireparse._ninjs import check_article, check_uri, default_uri, urgency, without_surrogates
from wireparse._records import Caption

if TYPE_CHECKING:
    from collections.abc import Iterable

    from wireparse._records import Article, Byline, Dateline, Paragraph

__all__ = ["NITF_NAMESPACE", "NITF_VERSION", "to_nitf"]

NITF_NAMESPACE = "http://iptc.org/std/NITF/2006-10-18/"
"""The namespace of NITF 3.x documents."""

NITF_VERSION = "-//IPTC//DTD NITF 3.6//EN"
"""The value of the root element's ``version`` attribute."""

_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'

_NEWLINES_RE = re.compile(r"\r\n?")
_UNWRITABLE_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
"""Characters XML 1.0 cannot carry (most C0 controls, U+FFFE, U+FFFF), and DEL and C1."""

_MAX_ED_URG = 8
"""NITF's least urgent ``ed-urg``."""

_CONTAINERS = frozenset(
    ("nitf", "head", "docdata", "body", "body.head", "hedline", "body.content", "media", "body.end")
)
"""Elements that hold only elements, where pretty-printing may add white space."""


def _xml_text(text: str) -> str:
    """*text* with what XML 1.0 cannot carry taken out (as :func:`to_nitf` says)."""
    if text.isprintable():  # the common case: nothing to do
        return text
    text = _NEWLINES_RE.sub("\n", text)
    return without_surrogates(_UNWRITABLE_RE.sub("", text))


def _element(name: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.Element(name, {k.replace("_", "-"): _xml_text(v) for k, v in attributes.items()})
    if text:
        element.text = _xml_text(text)
    return element


def _sub(parent: ET.Element, name: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = _element(name, text, **attributes)
    parent.append(element)
    return element


def _mixed(parent: ET.Element, pieces: Iterable[str | ET.Element]) -> None:
    """Fill *parent* with text and elements in turn (mixed content)."""
    last: ET.Element | None = None
    for piece in pieces:
        if isinstance(piece, ET.Element):
            parent.append(piece)
            last = piece
        elif piece:
            text = _xml_text(piece)
            if last is None:
                parent.text = (parent.text or "") + text
            else:
                last.tail = (last.tail or "") + text


def _norm(value: datetime.datetime) -> str:
    """A time as NITF's ``norm`` writes it: ``YYYYMMDDTHHMMSS`` and the offset, if any."""
    offset = value.utcoffset()
    if offset is not None and (offset.seconds % 60 or offset.microseconds):
        value = value.astimezone(datetime.UTC)
        offset = datetime.timedelta(0)
    stamp = (
        f"{value.year:04d}{value.month:02d}{value.day:02d}"
        f"T{value.hour:02d}{value.minute:02d}{value.second:02d}"
    )
    if offset is None:
        return stamp
    sign = "-" if offset < datetime.timedelta(0) else "+"
    minutes = abs(offset) // datetime.timedelta(minutes=1)
    return f"{stamp}{sign}{minutes // 60:02d}{minutes % 60:02d}"


def _day_norm(day: datetime.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}T000000"


def _head(article: Article, uri: str) -> ET.Element:
    head = _element("head")
    if article.headline:
        _sub(head, "title", article.headline)
    docdata = _sub(head, "docdata")
    _sub(docdata, "doc-id", id_string=uri)
    level = urgency(article.envelope)
    if level is not None and level <= _MAX_ED_URG:
        _sub(docdata, "urgency", ed_urg=str(level))
    if article.published is not None:
        _sub(docdata, "date.issue", norm=_norm(article.published))
    envelope = article.envelope
    if envelope is not None and envelope.slug:
        _sub(docdata, "du-key", key=envelope.slug)
    if article.updated is not None:
        _sub(head, "revision-history", norm=_norm(article.updated))
    return head


def _byline(byline: Byline) -> ET.Element:
    """The byline as written, its authors marked as persons and its affiliation as a title.

    Each author is looked for in the text after the one before; an author or
    affiliation the text lacks is added at the end, after a comma.  The texts
    are cleaned before they are searched, so that a split never falls inside
    a CRLF.
    """
    text = _xml_text(byline.text)
    pieces: list[str | ET.Element] = []
    added: list[ET.Element] = []
    at = 0
    marks = [("person", _xml_text(name)) for name in byline.authors]
    if byline.affiliation:
        marks.append(("byttl", _xml_text(byline.affiliation)))
    for tag, value in marks:
        element = _element(tag, value)
        found = text.find(value, at) if value else -1
        if found < 0:
            added.append(element)
            continue
        pieces += [text[at:found], element]
        at = found + len(value)
    pieces.append(text[at:])
    for element in added:
        if any(isinstance(piece, ET.Element) or piece for piece in pieces):
            pieces.append(", ")
        pieces.append(element)
    element = _element("byline")
    _mixed(element, pieces)
    return element


def _dateline(dateline: Dateline) -> ET.Element:
    """The dateline: its place, its date (normalised where known) and its agency."""
    pieces: list[str | ET.Element] = []
    if dateline.location:
        pieces.append(_element("location", dateline.location))
    if dateline.date or dateline.when is not None:
        if pieces:
            pieces.append(", ")
        if dateline.when is not None:
            date = _element("story.date", dateline.date, norm=_day_norm(dateline.when))
        else:
            date = _element("story.date", dateline.date)
        pieces.append(date)
    if dateline.agency:
        pieces.append(f" ({dateline.agency})" if pieces else f"({dateline.agency})")
    element = _element("dateline")
    _mixed(element, pieces)
    return element


def _media(caption: Caption) -> ET.Element:
    media = _element("media", media_type="image")
    _sub(media, "media-reference", mime_type="image/*")
    _sub(media, "media-caption", caption.text)
    if caption.credit:
        _sub(media, "media-producer", caption.credit)
    return media


def _in_order(
    paragraphs: tuple[Paragraph, ...], captions: tuple[Caption, ...]
) -> list[Paragraph | Caption]:
    """Paragraphs in order, each caption before the first paragraph that starts after it."""
    merged: list[Paragraph | Caption] = []
    next_caption = 0
    for paragraph in paragraphs:
        while (
            next_caption < len(captions)
            and captions[next_caption].span.start < paragraph.span.start
        ):
            merged.append(captions[next_caption])
            next_caption += 1
        merged.append(paragraph)
    merged += captions[next_caption:]
    return merged


def _body(article: Article) -> ET.Element:
    body = _element("body")
    body_head = _sub(body, "body.head")
    if article.headline:
        hedline = _sub(body_head, "hedline")
        _sub(hedline, "hl1", article.headline)
    if article.byline is not None and (article.byline.text or article.byline.authors):
        body_head.append(_byline(article.byline))
    if article.dateline is not None:
        body_head.append(_dateline(article.dateline))
    if not len(body_head):
        body.remove(body_head)
    content = _sub(body, "body.content")
    for item in _in_order(article.paragraphs, article.captions):
        if isinstance(item, Caption):
            content.append(_media(item))
        else:
            _sub(content, "p", item.text)
    if article.credits:
        end = _sub(body, "body.end")
        for credit in article.credits:
            _sub(end, "tagline", credit.text)
    return body


def _indent(element: ET.Element, level: int = 0) -> None:
    """Indent the element-only containers, leaving mixed content as it is."""
    if element.tag not in _CONTAINERS or not len(element):
        return
    inner = "\n" + "  " * (level + 1)
    element.text = inner
    for child in element:
        _indent(child, level + 1)
        child.tail = inner
    element[-1].tail = "\n" + "  " * level


def to_nitf(article: Article, *, uri: str | None = None, pretty: bool = False) -> str:
    r"""The article as a NITF 3.6 XML document.

    The document is an XML declaration and a ``nitf`` element with
    ``version="-//IPTC//DTD NITF 3.6//EN"``, in the namespace of the NITF 3.6
    schema, ``http://iptc.org/std/NITF/2006-10-18/``.  It is well-formed
    XML 1.0 whatever the article holds: texts are escaped, and characters XML
    cannot carry are taken out (see below).  Fields with no value are left
    out, but ``body.content`` is always written.

    Args:
        article: the article to write.  Spans are read only to place captions
            among the paragraphs; defects and segments are not read, and the
            source only to make the default *uri*.
        uri: the document's ``doc-id``, an absolute URI; by default the
            ``urn:wireparse:sha1:`` URI of the source that
            :func:`~wireparse.to_ninjs` gives too.
        pretty: indent the document's structure, two spaces a level.  Only
            elements that hold nothing but elements are indented, so every
            text (a byline's, a paragraph's) reads the same either way.

    Returns:
        The document, ending in a line end, to be encoded as UTF-8.

    Raises:
        TypeError: *article* is not an :class:`~wireparse.Article`, or *uri*
            is not a string.
        ValueError: *uri* is not an absolute URI.

    Where each field goes:

    =======================  ===================================================
    wireparse                NITF
    =======================  ===================================================
    ``headline``             ``head/title`` and ``body.head/hedline/hl1``
    (the *uri*)              ``head/docdata/doc-id@id-string``
    ``envelope.priority``    ``docdata/urgency@ed-urg``, 1 to 8, mapped as
                             :func:`~wireparse.to_ninjs` maps urgency (9 has
                             no place)
    ``published``            ``docdata/date.issue@norm``
    ``envelope.slug``        ``docdata/du-key@key``
    ``updated``              ``head/revision-history@norm``
    ``byline``               ``body.head/byline``: the byline as written,
                             each author marked as a ``person`` and the
                             affiliation as a ``byttl``; one the text lacks
                             is added at the end, after a comma
    ``dateline``             ``body.head/dateline``: the ``location``, then
                             the date as written in a ``story.date`` (with a
                             ``norm`` when :attr:`~wireparse.Dateline.when`
                             is known), then the agency in parentheses
    ``paragraphs``           ``body.content/p``, one for each, in order
    ``captions``             ``body.content/media``, ``media-type="image"``,
                             one for each: the caption its
                             ``media-caption``, the credit its
                             ``media-producer``
    ``credits``              ``body.end/tagline``, one for each
    =======================  ===================================================

    A caption goes before the first paragraph that starts after it in the
    source, or after the last paragraph (as do captions whose spans say
    nothing, such as generated ones).  The picture itself is not in the text,
    but NITF's ``media`` needs a ``media-reference`` with a ``mime-type``: it
    is written ``<media-reference mime-type="image/*" />``, naming only the
    kind of media, with no ``source``.

    End marks (``(END)``, ``-30-``) are transmission marks, not text, and
    NITF has no element for them: they are left out, as are defects, spans,
    the house style and the envelope's other fields.

    ``norm`` attributes are ISO 8601 in the basic format,
    ``YYYYMMDDTHHMMSS`` and the offset (``+0900``); fractions of a second are
    dropped.  Aware times keep their offset (in UTC if it has seconds);
    *naive* times are written without one, as ISO 8601 allows, rather than
    with an invented zone.  A dateline's date is written ``YYYYMMDDT000000``
    with no offset: its zone is not known.

    XML 1.0 cannot carry most control characters, nor UTF-8 lone surrogates.
    Record texts are clean already, but every text is guarded: CR and CRLF
    become LF (as an XML reader would make them), other C0 controls, DEL, C1
    controls, U+FFFE and U+FFFF are dropped, and lone surrogates become
    U+FFFD.

    >>> from wireparse import parse, to_nitf
    >>> article = parse("Talks & more\n\nBy Jane Doe\n\nSEOUL (Yonhap) -- They met.\n")
    >>> print(to_nitf(article, uri="urn:example:1", pretty=True), end="")
    <?xml version="1.0" encoding="UTF-8"?>
    <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" version="-//IPTC//DTD NITF 3.6//EN">
      <head>
        <title>Talks &amp; more</title>
        <docdata>
          <doc-id id-string="urn:example:1" />
        </docdata>
      </head>
      <body>
        <body.head>
          <hedline>
            <hl1>Talks &amp; more</hl1>
          </hedline>
          <byline>By <person>Jane Doe</person></byline>
          <dateline><location>SEOUL</location> (Yonhap)</dateline>
        </body.head>
        <body.content>
          <p>They met.</p>
        </body.content>
      </body>
    </nitf>
    """
    article = check_article(article, "to_nitf")
    uri = default_uri(article) if uri is None else check_uri(uri)
    # The elements are built without a namespace and the root declares the
    # default one as an attribute: ElementTree's default_namespace option
    # refuses unqualified attribute names, and NITF's attributes have none.
    root = ET.Element("nitf", {"xmlns": NITF_NAMESPACE, "version": NITF_VERSION})
    root.append(_head(article, uri))
    root.append(_body(article))
    if pretty:
        _indent(root)
    return _DECLARATION + ET.tostring(root, encoding="unicode") + "\n"
