r"""Multi-take stories: telling takes apart, and joining them into one article.

A wire service sent a long or breaking story in *takes*.  The first take ends
with ``(MORE)``; the next ones go out under the same keyword with an add or
take number (AP's ``BC-Rivers-Flood, 1st Add``, ``2nd Add``; ``2nd Take``).
Each take parses to an article of its own, with its envelope fields;
:func:`join_takes` puts the takes of one story back together.

A *writethru* or a new lead (``1stLd-Writethru``) is a new version of the whole
story, not a continuation: it starts a story of its own, and the adds sent
after it (``1stLd-1stAdd``) join it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from wireparse._records import (
    Article,
    Caption,
    Credit,
    Defect,
    EndMark,
    Envelope,
    EnvelopeLine,
    Paragraph,
    Segment,
    SegmentKind,
    Span,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = ["join_takes", "take_label", "with_more_take"]

_TAKE_RE = re.compile(
    r"(?<![^\W_])(?:(?P<number>\d{1,2})(?:st|nd|rd|th)?[ -]?(?P<kind>Add|Take)"
    r"|(?P<kind2>Add|Take)[ -]?(?P<number2>\d{1,2}))(?![^\W_])",
    re.IGNORECASE,
)
"""An add or take number as written: ``1stAdd``, ``1st Add``, ``2nd Take``, ``Take 2``."""
_WRITETHRU_RE = re.compile(r"write-?thr(?:u|ough)", re.IGNORECASE)
_NOT_ALNUM_RE = re.compile(r"[\W_]+")
_MORE = "more"


def take_label(text: str | None) -> str | None:
    """The add or take number in a version or keyword, as written; ``None`` if none.

    >>> take_label("1stLd-2ndAdd"), take_label("BC-Rivers-Flood, 2nd Take"), take_label("Urgent")
    ('2ndAdd', '2nd Take', None)
    """
    if not text:
        return None
    match = _TAKE_RE.search(text)
    return match.group() if match is not None else None


def _is_more(mark: EndMark) -> bool:
    return mark.text.strip("() ").casefold() == _MORE


def with_more_take(envelope: Envelope | None, end_marks: Sequence[EndMark]) -> Envelope | None:
    """*envelope* with its take set to a closing ``(MORE)``, where the frame gave none."""
    if envelope is None or envelope.take is not None or not end_marks:
        return envelope
    last = max(end_marks, key=lambda mark: mark.span)
    return attrs.evolve(envelope, take=last.text) if _is_more(last) else envelope


def _position(envelope: Envelope) -> int:
    """Where a take goes: 0 for the first, N for the Nth add, N-1 for the Nth take."""
    for text in (envelope.take, envelope.version, envelope.slug):
        match = _TAKE_RE.search(text or "")
        if match is not None:
            number = int(match.group("number") or match.group("number2"))
            kind = (match.group("kind") or match.group("kind2")).casefold()
            return number if kind == "add" else max(number - 1, 0)
    return 0


def _normalise(text: str) -> str:
    return _NOT_ALNUM_RE.sub("", text.casefold())


def _story_key(article: Article) -> tuple[str, str, str] | None:
    """The story a take belongs to: its format, keyword and lead, take numbers left out."""
    envelope = article.envelope
    if envelope is None or not envelope.slug:
        return None
    stem = _normalise(_TAKE_RE.sub("", envelope.slug))
    if not stem:
        return None
    lead = _normalise(_WRITETHRU_RE.sub("", _TAKE_RE.sub("", envelope.version or "")))
    return envelope.format, stem, lead


def _sequence(article: Article) -> int:
    sequence = article.envelope.sequence if article.envelope is not None else None
    if sequence is None or not (sequence.isascii() and sequence.isdigit()):
        return -1  # isdigit alone takes superscripts, which int refuses
    return int(sequence)


def join_takes(articles: Iterable[Article]) -> list[Article]:
    r"""Join the takes of each multi-take story into one article.

    Articles are takes of one story when their envelopes have the same format
    and keyword (:attr:`Envelope.slug`) and the same lead, leaving out add and
    take numbers (``1stAdd``, ``2nd Take``) and ``Writethru``.  A take whose
    place is taken already (a second first take, a writethru) starts a new
    story.  Each story's takes are put in order (add or take number, then
    message number) and joined:

    * :attr:`~Article.source` is the takes' sources one after the other, with
      a line feed between two where the first does not end a line.  Every span
      of a later take is moved on by the length of the text before it, so each
      still points at the same characters, and the segments still partition
      the joined source (a line feed put in between is a ``whitespace``
      segment).
    * Headline, byline, dateline, timestamps and style come from the first
      take; the later takes' headline, byline and dateline segments become
      ``markup``.
    * Paragraphs, captions, credits, end marks and defects are the takes' in
      order.  A take before the last loses its ``(MORE)`` and any end mark the
      last take also has (a ``NNNN`` that ends every transmission); their
      segments become ``markup``.  The later takes' ``missing-headline``
      defects are dropped when the first take has a headline.
    * The envelope is the first take's, with the last take's trailer and no
      take (the story is whole).

    Articles that are not takes of a story with other takes here, and those
    without an envelope keyword, come back unchanged.  The result keeps the
    order of the input: a joined story stands where its first take did.

    >>> import wireparse
    >>> def take(number, version, text, more):
    ...     frame = f"\x16\x16\x01a{number:04d}\x1fnat\r\n"
    ...     frame += f"r a\x13\x11 BC-Rivers-Flood {version}  03-14 0050\r\n"
    ...     frame += f"\x02^BC-Rivers-Flood,50<\r\n\t   {text}\r\n"
    ...     frame += "\t   (MORE)\r\n" if more else ""
    ...     return wireparse.parse(frame + "\x03AP-WF-03-14-21 0930GMT<\r\n\x04")
    >>> first = take(1, "", "CAIRO (AP) _ The Nile rose on Sunday.", more=True)
    >>> second = take(2, "1stAdd", "Farmers moved their herds.", more=False)
    >>> first.envelope.take, second.envelope.take
    ('(MORE)', '1stAdd')
    >>> [story] = wireparse.join_takes([second, first])
    >>> [p.text for p in story.paragraphs]
    ['The Nile rose on Sunday.', 'Farmers moved their herds.']
    >>> story.source == first.source + "\n" + second.source, story.end_marks
    (True, ())
    """
    items = list(articles)
    keys = [_story_key(article) for article in items]
    positions = [
        _position(article.envelope) if article.envelope is not None else 0 for article in items
    ]
    stories: list[list[int]] = []
    open_story: dict[tuple[str, str, str], int] = {}
    for index, key in enumerate(keys):
        current = open_story.get(key) if key is not None else None
        if current is not None and all(positions[i] != positions[index] for i in stories[current]):
            stories[current].append(index)
            continue
        if key is not None:
            open_story[key] = len(stories)
        stories.append([index])
    joined: list[Article] = []
    for members in stories:
        if len(members) == 1:
            joined.append(items[members[0]])
            continue
        members.sort(key=lambda i: (positions[i], _sequence(items[i]), i))
        joined.append(_join([items[i] for i in members]))
    return joined


_FIRST_TAKE_ONLY = frozenset({SegmentKind.HEADLINE, SegmentKind.BYLINE, SegmentKind.DATELINE})


def _shift(span: Span, offset: int) -> Span:
    return Span(span.start + offset, span.end + offset)


def _join(takes: Sequence[Article]) -> Article:
    """One article from the takes of a story, in order (see :func:`join_takes`)."""
    first = takes[0]
    ends = frozenset(mark.text for mark in takes[-1].end_marks)
    joined = _Joined()
    for number, take in enumerate(takes):
        joined.add(
            take,
            first=number == 0,
            last=number == len(takes) - 1,
            headline=first.headline,
            ends=ends,
        )
    envelope = first.envelope
    if envelope is not None:
        envelope = attrs.evolve(envelope, take=None, trailer=joined.trailer)
    return attrs.evolve(
        first,
        source="".join(joined.pieces),
        paragraphs=joined.paragraphs,
        captions=joined.captions,
        credits=joined.credits,
        end_marks=joined.end_marks,
        envelope=envelope,
        defects=sorted(joined.defects, key=lambda d: (d.span.start, d.span.end)),
        segments=joined.segments,
    )


class _Joined:
    """The records of the takes so far, their spans moved into the joined source."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.offset = 0
        self.paragraphs: list[Paragraph] = []
        self.captions: list[Caption] = []
        self.credits: list[Credit] = []
        self.end_marks: list[EndMark] = []
        self.defects: list[Defect] = []
        self.segments: list[Segment] = []
        self.trailer: tuple[EnvelopeLine, ...] = ()

    def add(
        self, take: Article, *, first: bool, last: bool, headline: str | None, ends: frozenset[str]
    ) -> None:
        """Append one take: a line feed first where the text so far ends no line.

        *ends* are the last take's end marks: a take before it that ends the
        same way (``NNNN``), or with ``(MORE)``, loses that mark.
        """
        if self.pieces and not self.pieces[-1].endswith(("\n", "\r")):
            self.pieces.append("\n")
            self.segments.append(
                Segment(SegmentKind.WHITESPACE, Span(self.offset, self.offset + 1))
            )
            self.offset += 1
        offset = self.offset
        dropped = (
            set() if last else {m.span for m in take.end_marks if _is_more(m) or m.text in ends}
        )
        self.paragraphs += [attrs.evolve(p, span=_shift(p.span, offset)) for p in take.paragraphs]
        self.captions += [attrs.evolve(c, span=_shift(c.span, offset)) for c in take.captions]
        self.credits += [attrs.evolve(c, span=_shift(c.span, offset)) for c in take.credits]
        self.end_marks += [
            attrs.evolve(m, span=_shift(m.span, offset))
            for m in take.end_marks
            if m.span not in dropped
        ]
        self.defects += [
            attrs.evolve(d, span=_shift(d.span, offset))
            for d in take.defects
            if first or headline is None or d.code != "missing-headline"
        ]
        for segment in take.segments:
            kind = segment.kind
            if (not first and kind in _FIRST_TAKE_ONLY) or (
                kind is SegmentKind.END_MARK and segment.span in dropped
            ):
                kind = SegmentKind.MARKUP
            self.segments.append(Segment(kind, _shift(segment.span, offset)))
        if last and take.envelope is not None:
            self.trailer = tuple(
                attrs.evolve(line, span=_shift(line.span, offset)) for line in take.envelope.trailer
            )
        self.pieces.append(take.source)
        self.offset += len(take.source)
