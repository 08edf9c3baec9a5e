"""The immutable records that :func:`wireparse.parse` returns.

Every record is a frozen, slotted attrs class: it compares by value, hashes,
pickles, and cannot be changed after it is built.  Records that stand for a
piece of the source carry a :class:`Span` of character offsets into
:attr:`Article.source`.

This module deliberately does not use ``from __future__ import annotations``:
real annotations let attrs and hypothesis see the field types.
"""

import datetime
import enum
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from wireparse._text import line_column

__all__ = [
    "Article",
    "Byline",
    "Caption",
    "Credit",
    "Dateline",
    "Defect",
    "EndMark",
    "Envelope",
    "EnvelopeLine",
    "Paragraph",
    "Segment",
    "SegmentKind",
    "Severity",
    "Span",
    "Token",
    "TokenKind",
]


@attrs.frozen(order=True)
class Span:
    r"""A half-open range ``[start, end)`` of character offsets into a source text.

    Spans order by ``start``, then ``end``.

    >>> from wireparse import Span
    >>> span = Span(4, 10)
    >>> "the MANILA news"[span.start : span.end]
    'MANILA'
    >>> Span(0, 3).line_column("ab\ncd")
    (1, 1)
    >>> Span(3, 5).line_column("ab\ncd")
    (2, 1)
    """

    start: int
    """Offset of the first character."""
    end: int = attrs.field()
    """Offset just past the last character."""

    @end.validator
    def _check_bounds(self, _attribute: "attrs.Attribute[int]", end: int) -> None:
        # One validator for both fields, quick when all is well: spans are made
        # by the hundred thousand.
        start = self.start
        if type(start) is int and type(end) is int and 0 <= start <= end:
            return
        given: tuple[tuple[str, object], ...] = (("start", start), ("end", end))
        for name, value in given:  # checked at run time: callers may pass anything
            if not isinstance(value, int):
                msg = f"{name!r} must be an int (got {value!r} that is a {type(value).__name__})"
                raise TypeError(msg)
        if start < 0:
            msg = f"'start' must be >= 0 (got {start!r})"
            raise ValueError(msg)
        if end < start:
            msg = f"'end' must be >= 'start' (got start={start!r}, end={end!r})"
            raise ValueError(msg)

    def __reduce__(self) -> tuple[Callable[[int, int], "Span"], tuple[int, int]]:
        """Pickle as a call ``trusted_span(start, end)``: smaller and faster than attrs' state."""
        return trusted_span, (self.start, self.end)

    def __len__(self) -> int:
        """The number of characters the span covers."""
        return self.end - self.start

    def text(self, source: str) -> str:
        """The characters of *source* that the span covers."""
        return source[self.start : self.end]

    def line_column(self, source: str) -> tuple[int, int]:
        """The 1-based line and column of the span's start in *source*.

        CR, LF and CRLF each end one line.
        """
        return line_column(source, self.start)

    def end_line_column(self, source: str) -> tuple[int, int]:
        """The 1-based line and column of the span's end in *source*."""
        return line_column(source, self.end)

    def __contains__(self, offset: object) -> bool:
        """Whether an offset lies inside the span."""
        return isinstance(offset, int) and self.start <= offset < self.end

    def covers(self, other: "Span") -> bool:
        """Whether *other* lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end


_new = object.__new__
_set = object.__setattr__


def trusted_span(start: int, end: int) -> Span:
    """``Span(start, end)`` without its checks, for offsets the parser has worked out.

    Spans are the most numerous records, several to a line of a framed feed;
    built this way they take less than half the time.  Anything a caller
    passes in goes through :class:`Span` and its checks.
    """
    span: Span = _new(Span)
    _set(span, "start", start)
    _set(span, "end", end)
    return span


class Severity(enum.StrEnum):
    """How serious a :class:`Defect` is.

    Only ``ERROR`` defects make strict parsing raise :class:`~wireparse.ParseError`.
    Severities compare by seriousness: ``INFO < WARNING < ERROR``.

    >>> from wireparse import Severity, parse
    >>> Severity.INFO < Severity.WARNING < Severity.ERROR
    True
    >>> max(Severity("warning"), Severity.ERROR), Severity.ERROR.rank
    (<Severity.ERROR: 'error'>, 2)
    >>> [(d.code, d.severity.value) for d in parse("").defects]
    [('empty-input', 'error')]
    """

    INFO = "info"
    """Worth knowing; the result is as good as the text allows."""
    WARNING = "warning"
    """Something looked odd and the parser had to guess."""
    ERROR = "error"
    """The text could not yield a usable article."""

    @property
    def rank(self) -> int:
        """0 for info, 1 for warning, 2 for error."""
        return _SEVERITY_RANK[self]

    def __lt__(self, other: object) -> bool:
        """Order by seriousness rather than by name."""
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        """Order by seriousness rather than by name."""
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        """Order by seriousness rather than by name."""
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        """Order by seriousness rather than by name."""
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@attrs.frozen
class Defect:
    """Something in the text that the parser noticed and worked around.

    Lenient parsing records defects on :attr:`Article.defects`; strict parsing
    raises :class:`~wireparse.ParseError` for the first one whose severity is
    :attr:`Severity.ERROR`.

    >>> from wireparse import Defect, Severity, Span
    >>> Defect("missing-headline", "no headline line", Span(0, 0), Severity.WARNING)
    Defect(code='missing-headline', message='no headline line', span=Span(start=0, end=0), severity=<Severity.WARNING: 'warning'>)
    """  # noqa: E501

    code: str = attrs.field(validator=attrs.validators.instance_of(str))
    """A stable kebab-case identifier, such as ``"naive-timestamp"``."""
    message: str = attrs.field(validator=attrs.validators.instance_of(str))
    """A sentence for people."""
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    """Where in the source the defect lies (possibly empty)."""
    severity: Severity = attrs.field(
        default=Severity.WARNING,
        converter=Severity,
        validator=attrs.validators.instance_of(Severity),
    )
    """How serious it is."""


class TokenKind(enum.StrEnum):
    r"""What a lexer :class:`Token` holds.

    >>> from wireparse import TokenKind, tokenize
    >>> [t.kind.value for t in tokenize("\x02 By Jo\r\n")]
    ['control', 'space', 'text', 'newline']
    >>> TokenKind("newline") is TokenKind.NEWLINE
    True
    """

    TEXT = "text"
    """A run of printable characters, inner spaces included, within one line."""
    SPACE = "space"
    """Horizontal white space at the start or end of a line (any Unicode space)."""
    CONTROL = "control"
    """A run of control or format characters (C0, DEL, C1, BOM, zero-width)."""
    NEWLINE = "newline"
    """One line end (CR, LF or CRLF)."""


@attrs.frozen
class Token:
    r"""One lexer token: a kind, the exact text it covers and its span.

    >>> from wireparse import tokenize
    >>> [(t.kind.value, t.text) for t in tokenize("By Jo\r\n")]
    [('text', 'By Jo'), ('newline', '\r\n')]
    """

    kind: TokenKind
    """The kind of token."""
    text: str
    """The characters of the source it covers, exactly."""
    span: Span
    """Where it lies in the source."""


class SegmentKind(enum.StrEnum):
    r"""What a :class:`Segment` of the source turned out to be.

    >>> from wireparse import SegmentKind, parse
    >>> article = parse("Rain ends drought\n\nRain fell.\n(END)\n")
    >>> [s.kind.value for s in article.segments if s.kind is not SegmentKind.WHITESPACE]
    ['headline', 'paragraph', 'end-mark']
    >>> SegmentKind("end-mark") is SegmentKind.END_MARK
    True
    """

    HEADLINE = "headline"
    """The headline line or lines."""
    BYLINE = "byline"
    """The byline, with any affiliation line under it."""
    TIMESTAMP = "timestamp"
    """A publication or update time line."""
    DATELINE = "dateline"
    """The dateline that opens the first paragraph, its dash included."""
    PARAGRAPH = "paragraph"
    """A body paragraph (after its dateline, for the first one)."""
    CAPTION = "caption"
    """A photo caption, its credit included."""
    CREDIT = "credit"
    """An agency credit or contributor line."""
    END_MARK = "end-mark"
    """An end-of-story or transmission mark."""
    WHITESPACE = "whitespace"
    """Blank lines, line ends and spaces between the other segments."""
    MARKUP = "markup"
    """Packaging that carries no article text (tags, frames, front matter)."""
    CONTROL = "control"
    """White space holding control characters (transmission framing) between segments."""
    UNKNOWN = "unknown"
    """Text the parser could not place; a defect points at each such segment."""


@attrs.frozen
class Segment:
    r"""A stretch of the source and what it is.

    The segments of an article partition its source: they are contiguous, in
    order, and cover every character.

    >>> from wireparse import parse
    >>> article = parse("Rain ends drought\n\nSEOUL -- Rain fell.\n")
    >>> for segment in article.segments:
    ...     print(segment.kind.value, repr(segment.span.text(article.source)))
    headline 'Rain ends drought'
    whitespace '\n\n'
    dateline 'SEOUL -- '
    paragraph 'Rain fell.'
    whitespace '\n'
    """

    kind: SegmentKind
    """What this stretch is."""
    span: Span
    """Where it lies."""

    def __reduce__(self) -> tuple[type["Segment"], tuple[SegmentKind, Span]]:
        """Pickle as a call ``Segment(kind, span)``: articles hold them by the hundred."""
        return Segment, (self.kind, self.span)


def _authors_tuple(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


@attrs.frozen
class Byline:
    r"""The story's byline, split into authors.

    >>> from wireparse import parse
    >>> parse("Talks resume\n\nBy Jane Doe and John Roe\n\nThey met.").byline.authors
    ('Jane Doe', 'John Roe')
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    """The byline as written, with its ``By``, on one line."""
    authors: tuple[str, ...] = attrs.field(converter=_authors_tuple)
    """The people named, each a bare name as written."""
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    """Where the byline (and any affiliation line under it) lies."""
    affiliation: str | None = attrs.field(default=None, kw_only=True)
    """The organisation or title written with the names, if any
    (``"Associated Press"``, ``"AP Business Writer"``)."""


@attrs.frozen
class Dateline:
    r"""The dateline that opens the first paragraph: ``MANILA, Aug. 7 (Yonhap) --``.

    >>> from wireparse import parse
    >>> d = parse("Talks\n\nSEOUL, Aug. 8 (Yonhap) -- They met.").dateline
    >>> (d.location, d.date, d.agency)
    ('SEOUL', 'Aug. 8', 'Yonhap')
    """

    location: str | None = attrs.field(
        validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    """The place as written, region included (``"CHATHAM, Mass."``); ``None``
    when the dateline names only an agency (``(Reuters) -``)."""
    date: str | None
    """The date as written in the dateline (``"Aug. 8"``), if any."""
    agency: str | None
    """The agency named in the dateline's parentheses, if any."""
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    """Where the dateline lies, its dash and the space after it included."""
    when: datetime.date | None = attrs.field(default=None, kw_only=True)
    """:attr:`date` resolved to a calendar date where the article's own
    timestamps give the year; ``None`` otherwise (never today's year)."""


@attrs.frozen
class Paragraph:
    r"""One body paragraph, hard-wrapped lines joined with single spaces.

    >>> from wireparse import parse
    >>> article = parse("Rain ends drought\n\nRain fell\non Tuesday.\n\nFarmers cheered.\n")
    >>> article.paragraphs[0]
    Paragraph(text='Rain fell on Tuesday.', span=Span(start=19, end=40))
    >>> article.paragraphs[0].span.text(article.source)
    'Rain fell\non Tuesday.'
    >>> article.text
    'Rain fell on Tuesday.\n\nFarmers cheered.'
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    """The paragraph's text."""
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    """Where it lies."""


@attrs.frozen
class Caption:
    r"""A photo caption found in the body, with its credit taken off.

    >>> from wireparse import parse
    >>> article = parse(
    ...     "Rain ends drought\n\nSEOUL -- Rain fell.\n\n"
    ...     "A farmer is seen in a wet field. (Yonhap)\n\nFarmers cheered.\n"
    ... )
    >>> article.captions[0].text, article.captions[0].credit
    ('A farmer is seen in a wet field.', 'Yonhap')
    >>> [p.text for p in article.paragraphs]
    ['Rain fell.', 'Farmers cheered.']
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    """The caption's text, without its credit."""
    credit: str | None
    """The credit as written inside its parentheses (``"Yonhap"``), if any."""
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    """Where the caption, credit included, lies."""


@attrs.frozen
class Credit:
    r"""An agency credit or contributor line outside the paragraphs.

    ``text`` is written without its parentheses: ``"Yonhap"``,
    ``"Reporting by Jane Doe; Editing by John Roe"``.

    >>> from wireparse import parse
    >>> parse("Rain ends drought\n\nSEOUL -- Rain fell.\n\n(Yonhap)\n").credits
    (Credit(text='Yonhap', span=Span(start=40, end=48)),)
    >>> article = parse(
    ...     "Rain ends drought\n\nLONDON (Reuters) - Rain fell.\n\n"
    ...     "(Reporting by Jane Doe; Editing by John Roe)\n"
    ... )
    >>> [c.text for c in article.credits]
    ['Reporting by Jane Doe; Editing by John Roe']
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    """The credit's text."""
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    """Where it lies, parentheses included."""


@attrs.frozen
class EndMark:
    r"""An end-of-story or transmission mark as written: ``(END)``, ``-30-``.

    >>> from wireparse import parse
    >>> parse("Rain ends drought\n\nSEOUL -- Rain fell.\n(END)\n").end_marks
    (EndMark(text='(END)', span=Span(start=39, end=44)),)
    >>> [m.text for m in parse("Rain ends drought\n\nRain fell.\n-30-\n").end_marks]
    ['-30-']
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    """The mark as written."""
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    """Where it lies."""


# Named converters, one per field type: mypy's attrs support needs named functions.
def _paragraphs_tuple(items: Iterable[Paragraph]) -> tuple[Paragraph, ...]:
    return tuple(items)


def _captions_tuple(items: Iterable[Caption]) -> tuple[Caption, ...]:
    return tuple(items)


def _credits_tuple(items: Iterable[Credit]) -> tuple[Credit, ...]:
    return tuple(items)


def _end_marks_tuple(items: Iterable[EndMark]) -> tuple[EndMark, ...]:
    return tuple(items)


def _defects_tuple(items: Iterable[Defect]) -> tuple[Defect, ...]:
    return tuple(items)


def _segments_tuple(items: Iterable[Segment]) -> tuple[Segment, ...]:
    return tuple(items)


_SHORT_SOURCE = 40
"""Sources up to this length appear whole in an article's repr."""


def _short_source(source: str) -> str:
    if len(source) <= _SHORT_SOURCE:
        return repr(source)
    return f"<{len(source)} characters>"


def _optional_datetime(_inst: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if value is not None and not isinstance(value, datetime.datetime):
        msg = f"{attribute.name!r} must be a datetime or None (got {value!r})"
        raise TypeError(msg)


@attrs.frozen
class EnvelopeLine:
    r"""One header or trailer line of a transmission frame.

    >>> from wireparse import EnvelopeLine, Span
    >>> EnvelopeLine("W2422 asian", Span(3, 14))
    EnvelopeLine(text='W2422 asian', span=Span(start=3, end=14))
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    """The line as written, control characters taken out (one between two
    printable characters leaves a space), ``^`` and ``<`` kept."""
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    """Where the line lies, from its first printable character to its last."""


def _envelope_lines_tuple(items: Iterable[EnvelopeLine]) -> tuple[EnvelopeLine, ...]:
    return tuple(items)


def _optional_text(_inst: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if value is not None and not isinstance(value, str):
        msg = f"{attribute.name!r} must be a str or None (got {value!r})"
        raise TypeError(msg)


def _optional_count(_inst: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        msg = f"{attribute.name!r} must be an int >= 0 or None (got {value!r})"
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class Envelope:
    r"""The routing a transmission frame sent with the story: its header fields.

    Framed feeds (AP's ANPA-1312, IPTC 7901, AAP's ZCZC) send every story with
    header lines naming the service, message number, priority, category,
    keyword (slug) and word count, and a trailer with the time it went out.
    Each field is ``None`` where the frame does not give it; values are as
    sent (``priority="r"``, not a number).

    >>> import wireparse
    >>> frame = "\x16\x16\x01A0042\x1fnat\r\nr a\x13\x11 BC-Rivers-Flood     03-14 0120\r\n"
    >>> frame += "\x02^BC-Rivers-Flood,120<\r\n^Rivers rise<\r\n"
    >>> frame += "\t   CAIRO (AP) _ The river rose.\r\n"
    >>> frame += "\x03AP-WF-03-14-21 0930GMT<\r\n\x04"
    >>> envelope = wireparse.parse(frame).envelope
    >>> envelope.format, envelope.sequence, envelope.priority, envelope.slug, envelope.word_count
    ('anpa1312', '0042', 'r', 'BC-Rivers-Flood', 120)
    >>> envelope.filed.isoformat()
    '2021-03-14T09:30:00+00:00'
    >>> [line.text for line in envelope.trailer]
    ['AP-WF-03-14-21 0930GMT<']
    """

    format: str = attrs.field(validator=attrs.validators.instance_of(str))
    """The framing, ``"anpa1312"``, ``"iptc7901"`` or ``"zczc"``."""
    service: str | None = attrs.field(default=None, validator=_optional_text)
    """The service or source as the frame names it (ANPA's service level
    letter ``"a"``, IPTC 7901's source ``"eca"``, ZCZC's ``"AAP"``)."""
    sequence: str | None = attrs.field(default=None, validator=_optional_text)
    """The message (story) number, leading zeros kept (``"0124"``)."""
    selector: str | None = attrs.field(default=None, validator=_optional_text)
    """The selector or routing codes (ANPA's codes after US, IPTC 7901's
    optional header fields, ZCZC's ``%`` line)."""
    priority: str | None = attrs.field(default=None, validator=_optional_text)
    """The priority code as sent (ANPA ``"f"`` flash, ``"b"`` bulletin,
    ``"u"`` urgent, ``"r"`` regular; IPTC 7901 a digit such as ``"4"``)."""
    category: str | None = attrs.field(default=None, validator=_optional_text)
    """The category code as sent (``"a"``, ``"i"``, ``"e"``, ``"s"``)."""
    slug: str | None = attrs.field(default=None, validator=_optional_text)
    """The keyword (slug) line's keyword (``"BC-10ThingstoKnow-Today"``)."""
    version: str | None = attrs.field(default=None, validator=_optional_text)
    """The version or take key sent with the keyword (``"3rdLd-Writethru"``,
    dpa's ``"1ST LEAD"``, AAP's ``"(MELBOURNE)"``)."""
    take: str | None = attrs.field(default=None, validator=_optional_text)
    """The take as written, when the frame or the body marks one
    (``"1stAdd"``, ``"2nd Take"``, or ``"(MORE)"`` on a take that goes on)."""
    word_count: int | None = attrs.field(default=None, validator=_optional_count)
    """The word count the header gives (ANPA-1312 line 2's, else the one on
    the keyword line after STX)."""
    filed: datetime.datetime | None = attrs.field(default=None, validator=_optional_datetime)
    """When the story was filed or sent, where the frame gives the year
    (a trailer stamp such as ``AP-WF-11-13-13 1509GMT``); aware where the
    frame names a zone; ``None`` otherwise (never today's date)."""
    header: tuple[EnvelopeLine, ...] = attrs.field(default=(), converter=_envelope_lines_tuple)
    """The frame's header lines, in order."""
    trailer: tuple[EnvelopeLine, ...] = attrs.field(default=(), converter=_envelope_lines_tuple)
    """The frame's trailer lines, in order."""


@attrs.frozen(kw_only=True)
class Article:
    r"""One parsed article.

    >>> from wireparse import parse
    >>> article = parse("Talks resume\n\nSEOUL -- They met on Monday. (Yonhap)\n")
    >>> article.headline
    'Talks resume'
    >>> [p.text for p in article.paragraphs]
    ['They met on Monday.']
    >>> [c.text for c in article.credits]
    ['Yonhap']
    """

    source: str = attrs.field(repr=_short_source, validator=attrs.validators.instance_of(str))
    """The decoded text that every span points into."""
    style: str = "plain"
    """The name of the house style the article was read in."""
    headline: str | None = None
    """The headline, white space folded."""
    byline: Byline | None = None
    """The byline, if the article has one."""
    published: datetime.datetime | None = attrs.field(default=None, validator=_optional_datetime)
    """When the article was first published; aware where a zone is known."""
    updated: datetime.datetime | None = attrs.field(default=None, validator=_optional_datetime)
    """When it was last updated; aware where a zone is known."""
    dateline: Dateline | None = None
    """The dateline taken off the first paragraph."""
    paragraphs: tuple[Paragraph, ...] = attrs.field(default=(), converter=_paragraphs_tuple)
    """The body paragraphs in order; captions are not paragraphs."""
    captions: tuple[Caption, ...] = attrs.field(default=(), converter=_captions_tuple)
    """Photo captions found in the body."""
    credits: tuple[Credit, ...] = attrs.field(default=(), converter=_credits_tuple)
    """Agency credits and contributor lines."""
    end_marks: tuple[EndMark, ...] = attrs.field(default=(), converter=_end_marks_tuple)
    """End-of-story and transmission marks."""
    envelope: Envelope | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Envelope))
    )
    """The transmission frame's routing, for framed feeds; ``None`` otherwise."""
    defects: tuple[Defect, ...] = attrs.field(default=(), converter=_defects_tuple)
    """Everything that looked odd, in source order."""
    segments: tuple[Segment, ...] = attrs.field(default=(), converter=_segments_tuple, repr=False)
    """A partition of :attr:`source` into labelled stretches."""

    @property
    def text(self) -> str:
        """The body paragraphs joined by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    def segments_of(self, kind: SegmentKind | str) -> tuple[Segment, ...]:
        r"""The segments of one kind, in order.

        >>> from wireparse import parse
        >>> a = parse("Talks resume\n\nThey met.")
        >>> [a.source[s.span.start:s.span.end] for s in a.segments_of("headline")]
        ['Talks resume']
        """
        wanted = SegmentKind(kind)
        return tuple(s for s in self.segments if s.kind is wanted)

    def defects_at_least(self, severity: Severity | str) -> tuple[Defect, ...]:
        """The defects at least as serious as *severity*."""
        floor = Severity(severity)
        return tuple(d for d in self.defects if d.severity >= floor)
