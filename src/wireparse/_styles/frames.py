r"""Transmission frames: AP's ANPA-1312, dpa's IPTC 7901 and AAP's ZCZC.

Wire services framed every story for the line: control characters (SYN, SOH,
STX, ETX, EOT) or keywords (``ZCZC`` … ``NNNN``) around it, header lines with
its routing (service, priority, category, slug, word count) and a trailer with
the time it was sent.  The styles here read a frame into regions: routing
lines are markup, the headline, byline and sign-offs are taken from their
fixed places, and the story's text goes to the body rules.

Each frame's header and trailer are read by a small reader
(:func:`read_anpa_frame`, :func:`read_iptc_frame`, :func:`read_zczc_frame`)
that returns their fields and where they lie; each style's
:meth:`~wireparse.Style.envelope` turns them into the article's
:class:`~wireparse.Envelope`.

>>> import wireparse
>>> frame = "\x01eca001 4 i 90  dpa 001\r\n\r\nRivers/\r\n\x02Rhine rises =\r\n\r\n"
>>> frame += "   Bonn (dpa) - The river rose.\r\n\r\ndpa ab cd\r\n\x03101200 GMT Mar 99\r\n\x04"
>>> article = wireparse.parse(frame)
>>> article.style, article.headline, article.dateline.location, article.credits[0].text
('iptc7901', 'Rhine rises', 'Bonn', 'dpa ab cd')
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

import attrs

from wireparse._lines import BLANK_CHARS
from wireparse._records import (
    Credit,
    Envelope,
    EnvelopeLine,
    SegmentKind,
    Span,
    trusted_span,
)
from wireparse._styles._base import Region, RegionRole, Style, edit_rules
from wireparse._takes import take_label
from wireparse._text import CONTROL_CHARS, clean, fold
from wireparse._vocabulary import Vocabulary

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from wireparse._parser import BodyRule, State

__all__ = [
    "Anpa1312",
    "AnpaFrame",
    "Iptc7901",
    "IptcFrame",
    "Zczc",
    "ZczcField",
    "ZczcFrame",
    "read_anpa_frame",
    "read_iptc_frame",
    "read_zczc_frame",
]

_DETECT_WINDOW = 4000
_LINE_END_RE = re.compile(r"\r\n|\r|\n")
_SEPARATOR_RE = re.compile(r"_{3,}|-{3,}|={3,}|\*(?:[ ]*\*){2,}")
"""A rule between sections (``___``): not a paragraph."""
_URL_RE = re.compile(r"(?:https?://|www\.)\S+")
_SIGNOFF_RE = re.compile(r"(?P<agency>[A-Za-z][\w-]{0,15})(?:[ ]+[A-Za-z]{2,4}){0,5}")
"""An agency's sign-off with desk initials: ``dpa wsz jln npr``, ``AAP RTV``, ``AAP``."""
_SOURCE_LINE_RE = re.compile(r"source[ ]*:[ ]*\S", re.IGNORECASE)


# --------------------------------------------------------------------------
# Lines and regions.


def _iter_lines(source: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line of ``source[start:end]``; CR, LF and CRLF end lines."""
    pos = start
    while pos < end:
        match = _LINE_END_RE.search(source, pos, end)
        if match is None:
            yield pos, end
            return
        yield pos, match.start()
        pos = match.end()


def _iter_lines_back(source: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The lines of :func:`_iter_lines`, last first (a last empty line included)."""
    pos = end
    # The last LF and CR before ``pos``, each searched for again only once passed:
    # a search per line for a character the text lacks would be quadratic.
    lf = cr = end
    while pos > start:
        if lf >= pos:
            lf = source.rfind("\n", start, pos)
        if cr >= pos:
            cr = source.rfind("\r", start, pos)
        cut = max(lf, cr)
        if cut < 0:
            yield start, pos
            return
        yield cut + 1, pos
        crlf = source[cut] == "\n" and cut > start and source[cut - 1] == "\r"
        pos = cut - 1 if crlf else cut


def _is_number(text: str) -> bool:
    """Whether *text* is ASCII digits (``str.isdigit`` takes ``²`` too, which ``int`` refuses)."""
    return text.isascii() and text.isdigit()


def _lines(source: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of :func:`_iter_lines`, as a list."""
    return list(_iter_lines(source, start, end))


def _trim(source: str, start: int, end: int) -> tuple[int, int]:
    """The span without the blanks and control characters at its ends."""
    raw = source[start:end]
    body = raw.lstrip(BLANK_CHARS)
    start += len(raw) - len(body)
    return start, start + len(body.rstrip(BLANK_CHARS))


def _printable(source: str, start: int, end: int) -> str:
    first, last = _trim(source, start, end)
    return source[first:last]


_CONTROL_RUN_RE = re.compile(f"[ \t]*[{re.escape(CONTROL_CHARS)}]+[ \t]*")
"""Control characters with the blanks around them: one space between fields."""


def _envelope_lines(source: str, start: int, end: int) -> list[EnvelopeLine]:
    """Each line of ``source[start:end]`` with printable text, as an envelope line."""
    found: list[EnvelopeLine] = []
    for line_start, line_end in _iter_lines(source, start, end):
        first, last = _trim(source, line_start, line_end)
        if last > first:
            text = _CONTROL_RUN_RE.sub(" ", source[first:last]).strip(" ")
            found.append(EnvelopeLine(text, Span(first, last)))
    return found


def _trailer(source: str, etx: int) -> tuple[int, int]:
    """Where the trailer lies: after ETX, up to EOT (what follows EOT is not the frame's)."""
    start = min(etx + 1, len(source))
    eot = source.find("\x04", start)
    return start, len(source) if eot < 0 else eot


def _zone(name: str | None, vocabulary: Vocabulary) -> datetime.tzinfo | None:
    """The fixed offset a zone abbreviation names, or ``None`` (no zone, or unknown)."""
    if not name:
        return None
    return vocabulary.zones.get(name) or _EXTRA_ZONES.get(name)


_EXTRA_ZONES = {
    "MEZ": datetime.timezone(datetime.timedelta(hours=1), "MEZ"),
    "MESZ": datetime.timezone(datetime.timedelta(hours=2), "MESZ"),
}
"""German zone names in dpa's end lines (Central European and summer time)."""


def _moment(fields: Sequence[int], zone: datetime.tzinfo | None) -> datetime.datetime | None:
    """A datetime from a stamp's year, month, day, hour and minute, if they name a real time."""
    year, month, day, hour, minute = fields
    try:
        return datetime.datetime(year, month, day, hour, minute, tzinfo=zone)
    except ValueError:
        return None


def _century(year: int) -> int:
    """A two-digit year in full: 70-99 are 1970-1999, 00-69 are 2000-2069."""
    return year + (2000 if year < 70 else 1900)  # noqa: PLR2004 - two-digit years


class _Regions:
    """Regions collected in any order, handed back in source order."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.items: list[Region] = []

    def add(self, role: RegionRole, start: int, end: int, text: str | None = None) -> None:
        """A region over the printable part of ``source[start:end]``, if there is one."""
        first, last = _trim(self.source, start, end)
        if last > first:
            self.items.append(Region(role, trusted_span(first, last), text))

    def body(self, start: int, end: int) -> None:
        """Body lines, whole (their indents mark paragraphs)."""
        if end > start and self.source[start:end].strip(BLANK_CHARS + "\r\n"):
            self.items.append(Region(RegionRole.BODY, trusted_span(start, end)))

    def markup_lines(self, start: int, end: int) -> None:
        """Each line's printable stretch as markup (as :meth:`add` would, a call less a line)."""
        source, items, markup = self.source, self.items, RegionRole.MARKUP
        for line_start, line_end in _iter_lines(source, start, end):
            first, last = _trim(source, line_start, line_end)
            if last > first:
                items.append(Region(markup, trusted_span(first, last)))

    def result(self) -> list[Region]:
        return sorted(self.items, key=lambda region: region.span.start)


def _signoff(text: str, vocabulary: Vocabulary) -> bool:
    """Whether a line is an agency sign-off with desk initials."""
    match = _SIGNOFF_RE.fullmatch(text)
    return match is not None and vocabulary.is_agency(match.group("agency"))


def _known_agency(agency: str, vocabulary: Vocabulary) -> bool:
    """Whether a dateline's agency names a known agency (``tca/dpa`` counts)."""
    return any(vocabulary.is_agency(part) for part in re.split(r"[/,]", agency))


# --------------------------------------------------------------------------
# Body rules shared by the frames.


def rule_line_paragraphs(state: State) -> None:
    """One paragraph per line, for feeds that never hard-wrap; rules are markup.

    ANPA-1312 opens every paragraph with a TAB on a line of its own, and AAP's
    ZCZC copy writes one paragraph a line, blank lines or not.
    """
    from wireparse._parser import Para  # noqa: PLC0415 - the parser imports styles

    kept: list[Para] = []
    for paragraph in state.paragraphs:
        for line in paragraph.lines:
            if _SEPARATOR_RE.fullmatch(line.text):
                state.piece(line.first, line.stop, SegmentKind.MARKUP)
            elif len(paragraph.lines) == 1:
                kept.append(paragraph)
            else:
                kept.append(Para(line))
    state.paragraphs = kept


def rule_agency_dateline(state: State) -> None:
    """A dateline in the frame's own form: ``Berlin (dpa) -``, ``SYDNEY, Dec 7 AAP -``."""
    vocabulary = state.vocabulary
    if not state.paragraphs or state.dateline is not None:
        return
    if not isinstance(vocabulary, _FrameVocabulary) or vocabulary.agency_dateline_re is None:
        return
    from wireparse._parser import take_dateline  # noqa: PLC0415 - the parser imports styles

    first = state.paragraphs[0]
    match = vocabulary.agency_dateline_re.match(first.joined, first.head, first.end_index)
    if match is not None and _known_agency(match.group("agency"), vocabulary):
        take_dateline(state, first, match)


_CONTRIBUTOR_NOTE_RE = re.compile(
    r"\b(?:contributed(?:[ ]reporting)?[ ]to|helped[ ]with|assisted[ ]with)[ ]this[ ]"
    r"(?:report|story)\b[^.]{0,80}\.?\Z"
)
_MAX_CONTRIBUTOR_NOTE = 400


def rule_contributor_note(state: State) -> None:
    """AP's closing contributor line: ``AP writer … contributed to this report.``."""
    if not state.paragraphs:
        return
    last = state.paragraphs[-1]
    text = last.text
    if len(text) > _MAX_CONTRIBUTOR_NOTE or _CONTRIBUTOR_NOTE_RE.search(text) is None:
        return
    span = Span(last.start(state), last.end(state))
    state.paragraphs.pop()
    state.credits.append(Credit(text, span))
    state.piece(span.start, span.end, SegmentKind.CREDIT)


class _FrameVocabulary(Vocabulary):
    """A vocabulary with a frame's own dateline form."""

    agency_dateline_re: re.Pattern[str] | None = None

    def _dash(self) -> str:
        return r"(?P<dash>--|[\u2014\u2013\u2015]|[-_](?=\s))"

    def _date(self) -> str:
        return rf"(?P<date>{self.month_pattern}[ ]*\d{{1,2}}(?:,?[ ]+\d{{4}})?)"


# --------------------------------------------------------------------------
# ANPA-1312 (AP).

_ANPA_START_RE = re.compile(
    r"\x16\x16\x01(?P<service>[A-Za-z])(?P<number>\d{4})\x1f(?P<selectors>[^\r\n]*)"
)
_ANPA_ROUTING_RE = re.compile(
    r"(?P<priority>[A-Za-z])[ ](?P<category>[A-Za-z])(?P<format>[\x13\x14])(?P<mode>[\x11\x12])"
    r"[ ]*(?P<keyword>[^ \r\n]{1,64})(?P<version>[^\r\n]{0,80}?)"
    r"[ ]+(?P<date>\d{1,2}-\d{1,2})(?:[ ]+(?P<words>\d{1,4}))?[ ]*"
)
_ANPA_TRAILER_RE = re.compile(
    r"(?P<originator>[A-Za-z]{1,4})-(?P<transmitter>[A-Za-z0-9]{1,4})-"
    r"(?P<month>\d{2})-(?P<day>\d{2})-(?P<year>\d{2})[ ](?P<hour>\d{2})(?P<minute>\d{2})"
    r"(?P<zone>[A-Z]{2,4})?"
)
_ANPA_FORMAT_RE = re.compile(r"[\x13\x14][\x11\x12]")
_ANPA_ITEM_RE = re.compile(r"\^(?P<item>[^\^\r\n]*)")
_ANPA_CODE_RE = re.compile(r"\*[^ <=]*")
_ANPA_LABEL_RE = re.compile(
    r"\(?(?:Eds?|EDS?|Editors?)[ ]*:"
    r"|EDITOR'?S[ ]NOTE"
    r"|(?:AP|Laser)[ ]?(?:Photos?|Graphics?|Video|Audio|Interactive)\b"
    r"|\$[A-Za-z]"
    r"|For[ ](?:release|use)\b"
    r"|(?:URGENT|BULLETIN|FLASH|APNewsAlert|Precede|Moved)\b"
    r"|With[ ](?:AP|BC-|[A-Z]{2}-)"
)
"""Header lines that are notes or package labels, never the headline."""


@attrs.frozen
class AnpaFrame:
    """The routing of an ANPA-1312 frame: its first two lines and the trailer."""

    service: str | None
    """The service level designator (``a`` spot news, ``b`` advances, …)."""
    number: str | None
    """The story number."""
    selectors: str | None
    """The selector codes after US."""
    priority: str | None
    """``f`` flash, ``b`` bulletin, ``u`` urgent, ``r`` regular, …"""
    category: str | None
    tabular: bool
    """Whether DC2 marks the text as tabular."""
    keyword: str | None
    """The keyword (slug) as line 2 gives it: ``BC-LT--Argentina-CancerB``."""
    version: str | None
    """The version or take after the keyword: ``1stLd-Writethru``."""
    date: str | None
    """``mm-dd`` as written."""
    word_count: int | None
    stx: int
    """Where STX opens the text (or -1)."""
    etx: int
    """Where ETX closes it (or the end of the source)."""
    stamp: Span | None
    """The trailer stamp ``AP-WF-11-13-13 1509GMT``."""
    sent: str | None
    """The stamp as an ISO 8601 time with its zone: ``2013-11-13 15:09 GMT``."""


def read_anpa_frame(source: str) -> AnpaFrame | None:
    """The routing fields of an ANPA-1312 frame, or ``None`` when there is no STX."""
    stx = source.find("\x02")
    if stx < 0:
        return None
    start = _ANPA_START_RE.search(source, 0, stx)
    routing = None
    if start is not None:
        second = _LINE_END_RE.search(source, start.end(), stx)
        if second is not None:
            line_end = _LINE_END_RE.search(source, second.end(), stx)
            routing = _ANPA_ROUTING_RE.fullmatch(
                source, second.end(), stx if line_end is None else line_end.start()
            )
    etx = source.find("\x03", stx)
    if etx < 0:
        etx = len(source)
    trailer = _ANPA_TRAILER_RE.match(source, etx + 1) if etx < len(source) else None
    stamp = sent = None
    if trailer is not None:
        stamp = Span(trailer.start(), trailer.end())
        year = _century(int(trailer.group("year")))
        month, day, hour, minute = trailer.group("month", "day", "hour", "minute")
        sent = f"{year}-{month}-{day} {hour}:{minute} {trailer.group('zone') or ''}".rstrip()
    words = routing.group("words") if routing else None
    return AnpaFrame(
        service=start.group("service") if start else None,
        number=start.group("number") if start else None,
        selectors=start.group("selectors") if start else None,
        priority=routing.group("priority") if routing else None,
        category=routing.group("category") if routing else None,
        tabular=routing is not None and routing.group("mode") == "\x12",
        keyword=routing.group("keyword") if routing else None,
        version=(routing.group("version").strip() or None) if routing else None,
        date=routing.group("date") if routing else None,
        word_count=int(words) if words else None,
        stx=stx,
        etx=etx,
        stamp=stamp,
        sent=sent,
    )


@attrs.frozen
class _AnpaKeyword:
    """The keyword line after STX: ``^BC-Slug, 1st Ld-Writethru,827<``."""

    lines: tuple[tuple[int, int], ...]
    """The line(s) holding it, with any ``^*code`` items before it."""
    keyword: str | None
    version: str | None
    word_count: int | None


def _anpa_keyword(source: str, frame: AnpaFrame) -> _AnpaKeyword:
    """The keyword line (and any code items before it) after STX."""
    lines: list[tuple[int, int]] = []
    for line_start, line_end in _iter_lines(source, frame.stx + 1, frame.etx):
        if not source.startswith("^", line_start):
            if not _printable(source, line_start, line_end):
                continue
            break
        lines.append((line_start, line_end))
        for match in _ANPA_ITEM_RE.finditer(source, line_start, line_end):
            text = clean(match.group("item")).rstrip("<=").strip(" ")
            if not text or _ANPA_CODE_RE.fullmatch(text):
                continue
            parts = [part.strip(" ") for part in text.split(",")]
            words = int(parts.pop()) if len(parts) > 1 and _is_number(parts[-1]) else None
            version = ", ".join(part for part in parts[1:] if part) or None
            return _AnpaKeyword(tuple(lines), parts[0] or None, version, words)
    return _AnpaKeyword(tuple(lines), None, None, None)


class AnpaVocabulary(_FrameVocabulary):
    """AP's words: the standard ones."""


_ANPA_SPACES = str.maketrans({"\x08": " ", "\x10": " "})
"""Tabular text's tab line indicator (TLI) and TTS space band: both space."""


class Anpa1312(Style):
    """AP's ANPA-1312 frame: ``^`` header lines, TAB paragraphs, an ``AP-WF`` trailer."""

    name = "anpa1312"
    description = "AP ANPA-1312 frames: SYN SYN SOH, '^' header lines ending '<', ETX 'AP-WF' stamp"
    vocabulary_class = AnpaVocabulary

    def frame(self, source: str) -> AnpaFrame | None:
        """The frame's routing fields (see :func:`read_anpa_frame`)."""
        return read_anpa_frame(source)

    def decode(self, raw: str) -> str:
        """Text as usual, with the tab line indicator and the TTS space band as spaces."""
        return fold(raw.translate(_ANPA_SPACES))

    def envelope(self, source: str) -> Envelope | None:
        """Lines 1 and 2 and the keyword line after STX, and the ``AP-WF`` trailer.

        Line 2 gives the slug, version and word count; the keyword line after
        STX stands in for whatever line 2 lacks.
        """
        frame = read_anpa_frame(source)
        if frame is None:
            return None
        keyword = _anpa_keyword(source, frame)
        header = _envelope_lines(source, 0, frame.stx)
        for line_start, line_end in keyword.lines:
            header += _envelope_lines(source, line_start, line_end)
        slug = frame.keyword or keyword.keyword
        version = frame.version or keyword.version
        filed = None
        if frame.stamp is not None:
            stamp = _ANPA_TRAILER_RE.match(source, frame.stamp.start)
            if stamp is not None:
                zone = _zone(stamp.group("zone"), self.vocabulary)
                year, month, day, hour, minute = (
                    int(value) for value in stamp.group("year", "month", "day", "hour", "minute")
                )
                filed = _moment((_century(year), month, day, hour, minute), zone)
        return Envelope(
            format=self.name,
            service=frame.service,
            sequence=frame.number,
            selector=clean(frame.selectors or "") or None,
            priority=frame.priority,
            category=frame.category,
            slug=slug,
            version=version,
            take=take_label(version) or take_label(slug) or take_label(keyword.version),
            word_count=frame.word_count if frame.word_count is not None else keyword.word_count,
            filed=filed,
            header=header,
            trailer=_envelope_lines(source, *_trailer(source, frame.etx)),
        )

    def detect(self, source: str) -> float:
        """SYN SYN SOH and a story number, or STX with ``^`` header lines and DC codes."""
        head = source[:_DETECT_WINDOW]
        if _ANPA_START_RE.search(head, 0, 200) is not None:
            return 0.97
        if "\x02^" in head and _ANPA_FORMAT_RE.search(head):
            return 0.85
        return 0.0

    @property
    def body_rules(self) -> tuple[tuple[str, BodyRule], ...]:
        """The standard rules, paragraphs a line each, and AP's contributor note."""
        return edit_rules(
            super().body_rules,
            before={"tail": [("line-paragraphs", rule_line_paragraphs)]},
            after={"tail": [("contributor-note", rule_contributor_note)]},
        )

    def regions(self, source: str) -> Sequence[Region] | None:
        """Routing and trailer as markup, ``^`` header lines by role, TAB lines as body."""
        frame = read_anpa_frame(source)
        if frame is None:
            return None
        regions = _Regions(source)
        regions.markup_lines(0, frame.stx)
        body_start = self._header(regions, frame)
        regions.body(body_start, frame.etx)
        after = frame.etx + 1
        if frame.stamp is not None:
            regions.add(RegionRole.PUBLISHED, frame.stamp.start, frame.stamp.end, text=frame.sent)
            after = frame.stamp.end
        regions.markup_lines(min(after, len(source)), len(source))
        return regions.result()

    def _header(self, regions: _Regions, frame: AnpaFrame) -> int:
        """Read the ``^`` lines after STX; return where the body starts."""
        source = regions.source
        vocabulary = self.vocabulary
        stage = "keyword"
        byline_open = False
        for line_start, line_end in _iter_lines(source, frame.stx + 1, frame.etx):
            if not source.startswith("^", line_start):
                if not _printable(source, line_start, line_end):
                    continue
                return line_start
            for match in _ANPA_ITEM_RE.finditer(source, line_start, line_end):
                regions.add(RegionRole.MARKUP, match.start(), match.start() + 1)
                first, last = _trim(source, *match.span("item"))
                terminator = source[last - 1] if last > first and source[last - 1] in "<=" else ""
                if terminator:
                    regions.add(RegionRole.MARKUP, last - 1, last)
                    last -= 1
                text = _printable(source, first, last)
                if stage == "keyword":
                    regions.add(RegionRole.MARKUP, first, last)
                    if _ANPA_CODE_RE.fullmatch(text) is None:
                        stage = "headline"
                elif terminator == "=":
                    byline = vocabulary.byline_re.fullmatch(text)
                    if byline is not None and _is_agency_name(byline.group("rest"), vocabulary):
                        regions.add(RegionRole.CREDIT, first, last)
                        byline_open = False
                    elif byline is not None or byline_open:
                        regions.add(RegionRole.BYLINE, first, last)
                        byline_open = True
                    else:
                        regions.add(RegionRole.MARKUP, first, last)
                elif stage == "headline" and text and _ANPA_LABEL_RE.match(text) is None:
                    regions.add(RegionRole.HEADLINE, first, last)
                    stage = "after"
                elif stage == "after" and not terminator:
                    regions.body(first, last)
                else:
                    regions.add(RegionRole.MARKUP, first, last)
        return frame.etx


def _is_agency_name(text: str, vocabulary: Vocabulary) -> bool:
    text = text.strip()
    return vocabulary.is_agency(text) or vocabulary.is_agency(text.removeprefix("The "))


# --------------------------------------------------------------------------
# IPTC 7901 (dpa).

_IPTC_START_RE = re.compile(r"(?<!\x16)\x01(?P<header>[^\r\n\x02]*)")
_IPTC_HEADER_RE = re.compile(
    r"[ ]*(?P<source>[A-Za-z]{1,4})(?P<number>\d{1,5})[ ]+(?P<priority>\d)[ ]+"
    r"(?P<category>[A-Za-z]{1,3})[ ]+(?P<words>\d{1,6})(?P<rest>(?:[ ]+[^ \r\n]+)*)[ ]*"
)
_IPTC_STAMP_RE = re.compile(
    r"[ ]*(?P<day>\d{2})(?P<hour>\d{2})(?P<minute>\d{2})(?:[ ]+(?P<zone>[A-Z]{2,4}))?"
    r"[ ]+(?P<month>[^\W\d_]{3,4})\.?[ ]+(?P<year>\d{2})"
)
_IPTC_TAKE_KEY_RE = re.compile(r"(?=[^a-z]*[A-Z])[A-Z0-9][A-Z0-9 ./&-]{0,30}")
"""An all-capitals take key over the headline: ``EXTRA``, ``1ST LEAD``, ``REFILE``."""
_IPTC_NOTEBOOK_RE = re.compile(r"#{1,3}[ ]+\S.*|\*(?:[ ]*\*){2,}[ ]*")
_IPTC_ITEM_RE = re.compile(r"-[ ]+(?P<item>\S.*)")
_IPTC_NOTE_CREDIT_RE = re.compile(
    r"\(c\)|\u00a9|Copyright\b|Source[ ]*:"
    r"|(?:Additional[ ]+)?(?:Reporting|Writing|Editing|Edited|Written|Compiled|Translated|"
    r"Produced|Distributed)[ ]+by\b",
    re.IGNORECASE,
)
"""Notebook items that are credits: copyright, syndication and desk lines."""
_IPTC_MAX_HEADER_LINES = 6


_IPTC_MONTHS = {
    name.casefold(): number
    for number, names in enumerate(
        (
            ("Jan",),
            ("Feb",),
            ("M\u00e4r", "Mrz", "Mar"),
            ("Apr",),
            ("Mai", "May"),
            ("Jun",),
            ("Jul",),
            ("Aug",),
            ("Sep", "Sept"),
            ("Okt", "Oct"),
            ("Nov",),
            ("Dez", "Dec"),
        ),
        start=1,
    )
    for name in names
}
"""Month abbreviations in end lines, German and English (``Okt``, ``Oct``)."""


@attrs.frozen
class _IptcBlock:
    """The lines after STX up to the one ending ``=``: take keys, headline, byline."""

    headline: tuple[tuple[int, int], ...]
    keys: tuple[tuple[int, int], ...]
    """Take keys over the headline: ``EXTRA``, ``1ST LEAD``."""
    bylines: tuple[tuple[int, int], ...]
    equals: tuple[int, int] | None
    """The closing ``=``."""
    end: int
    """Where the body starts."""


def _iptc_headline_block(source: str, frame: IptcFrame, vocabulary: Vocabulary) -> _IptcBlock:
    """Read the headline block after STX (see :class:`_IptcBlock`)."""
    block: list[tuple[int, int]] = []
    for line_start, line_end in _iter_lines(source, frame.stx + 1, frame.etx):
        text = _printable(source, line_start, line_end)
        if not text:
            if block:
                break
            continue
        block.append((line_start, line_end))
        if text.endswith("=") or len(block) >= _IPTC_MAX_HEADER_LINES:
            break
    if not block:
        return _IptcBlock((), (), (), None, frame.stx + 1)
    if not _printable(source, *block[-1]).endswith("="):
        block = block[:1]
    headline: list[tuple[int, int]] = []
    keys: list[tuple[int, int]] = []
    bylines: list[tuple[int, int]] = []
    equals = None
    for number, (line_start, line_end) in enumerate(block):
        first, last = _trim(source, line_start, line_end)
        if number == len(block) - 1 and source[last - 1] == "=":
            equals = (last - 1, last)
            first, last = _trim(source, first, last - 1)
        text = source[first:last]
        if vocabulary.byline_re.fullmatch(text):
            bylines.append((first, last))
        elif _IPTC_TAKE_KEY_RE.fullmatch(text):
            keys.append((first, last))
        else:
            headline.append((first, last))
    if not headline and keys:
        headline.append(keys.pop())
    return _IptcBlock(tuple(headline), tuple(keys), tuple(bylines), equals, block[-1][1])


@attrs.frozen
class IptcFrame:
    """The routing of an IPTC 7901 frame: header line, keyword line(s), end line."""

    service: str | None
    """Service or source identifier: ``eca``."""
    number: str | None
    """Sequence number: ``062``."""
    priority: str | None
    category: str | None
    word_count: int | None
    optional: tuple[str, ...]
    """Optional header fields before the originator."""
    originator: str | None
    """``dpa``, ``dpa-tns``."""
    originator_number: str | None
    header: Span | None
    """The header line after SOH."""
    keywords: tuple[str, ...]
    """The keyword (slug) lines before STX: ``Germany-politics/``."""
    stx: int
    etx: int
    stamp: Span | None
    """The end line after ETX: ``131137 GMT Nov 13`` (day, time, zone, month, year)."""


def read_iptc_frame(source: str) -> IptcFrame | None:
    """The routing fields of an IPTC 7901 frame, or ``None`` when there is no SOH and STX."""
    start = _IPTC_START_RE.search(source, 0, _DETECT_WINDOW)
    if start is None:
        return None
    stx = source.find("\x02", start.end())
    if stx < 0:
        return None
    header = _IPTC_HEADER_RE.fullmatch(start.group("header"))
    rest = header.group("rest").split() if header else []
    number = rest.pop() if rest and _is_number(rest[-1]) else None
    originator = rest.pop() if rest else None
    keywords = tuple(
        text
        for line_start, line_end in _lines(source, start.end(), stx)
        if (text := _printable(source, line_start, line_end))
    )
    etx = source.find("\x03", stx)
    if etx < 0:
        etx = len(source)
    stamp_match = _IPTC_STAMP_RE.match(source, etx + 1) if etx < len(source) else None
    return IptcFrame(
        service=header.group("source") if header else None,
        number=header.group("number") if header else None,
        priority=header.group("priority") if header else None,
        category=header.group("category") if header else None,
        word_count=int(header.group("words")) if header else None,
        optional=tuple(rest),
        originator=originator,
        originator_number=number,
        header=Span(*_trim(source, *start.span("header"))),
        keywords=keywords,
        stx=stx,
        etx=etx,
        stamp=Span(*_trim(source, *stamp_match.span())) if stamp_match else None,
    )


class IptcVocabulary(_FrameVocabulary):
    """dpa's words: mixed-case datelines with the agency in brackets (``Berlin (dpa) -``)."""

    def __init__(self) -> None:
        """Compile the tables and dpa's dateline form."""
        super().__init__()
        word = r"[A-Z][\w'.\-/]*"
        name = rf"{word}(?:[ ](?:[a-z]{{1,3}}[ ])?{word}){{0,3}}"
        self.agency_dateline_re = re.compile(
            rf"(?P<location>{name}(?:,[ ]{name}){{0,2}})(?:,?[ ]+{self._date()})?"
            rf"[ ]*\((?P<agency>[^()\r\n]{{1,60}})\)[ ]*{self._dash()}[ ]*"
        )


class Iptc7901(Style):
    """dpa's IPTC 7901 frame: SOH header, keyword line, STX headline ``=``, notebook, ETX."""

    name = "iptc7901"
    description = "dpa IPTC 7901 frames: SOH header, keyword '/', STX headline ' =', ETX stamp"
    vocabulary_class = IptcVocabulary

    def frame(self, source: str) -> IptcFrame | None:
        """The frame's routing fields (see :func:`read_iptc_frame`)."""
        return read_iptc_frame(source)

    def detect(self, source: str) -> float:
        """SOH (not after SYN) and a 7901 header line, with STX after it."""
        if "\x01" not in source[:200]:
            return 0.0  # a plain find first: the pattern's lookbehind makes a slow search
        head = source[:_DETECT_WINDOW]
        start = _IPTC_START_RE.search(head, 0, 200)
        if start is None or "\x02" not in head:
            return 0.0
        return 0.95 if _IPTC_HEADER_RE.fullmatch(start.group("header")) else 0.7

    @property
    def body_rules(self) -> tuple[tuple[str, BodyRule], ...]:
        """The standard rules, with dpa's dateline first."""
        return edit_rules(
            super().body_rules, before={"dateline": [("agency-dateline", rule_agency_dateline)]}
        )

    def regions(self, source: str) -> Sequence[Region] | None:
        """Routing as markup, the headline block, the body, the notebook and the sign-off."""
        frame = read_iptc_frame(source)
        if frame is None:
            return None
        regions = _Regions(source)
        regions.markup_lines(0, frame.stx)
        body_start = self._headline_block(regions, frame)
        body_end = frame.etx
        for line_start, line_end in _iter_lines_back(source, body_start, frame.etx):
            text = _printable(source, line_start, line_end)
            if not text:
                continue
            if _signoff(text, self.vocabulary):
                regions.add(RegionRole.CREDIT, line_start, line_end)
                body_end = line_start
            break
        for line_start, line_end in _iter_lines(source, body_start, body_end):
            if _IPTC_NOTEBOOK_RE.fullmatch(source, line_start, line_end):
                self._notebook(regions, line_start, body_end)
                body_end = line_start
                break
        regions.body(body_start, body_end)
        regions.markup_lines(frame.etx, len(source))
        return regions.result()

    def _headline_block(self, regions: _Regions, frame: IptcFrame) -> int:
        """Take keys, headline and byline up to the line ending ``=``; return the body start."""
        block = _iptc_headline_block(regions.source, frame, self.vocabulary)
        if block.equals is not None:
            regions.add(RegionRole.MARKUP, *block.equals)
        for first, last in block.bylines:
            regions.add(RegionRole.BYLINE, first, last)
        for first, last in block.keys:
            regions.add(RegionRole.MARKUP, first, last)
        if block.headline:
            regions.add(RegionRole.HEADLINE, block.headline[0][0], block.headline[-1][1])
        return block.end

    def envelope(self, source: str) -> Envelope | None:
        """The SOH header line, the keyword line(s), take keys and the end line after ETX.

        The end line ``131137 GMT Nov 13`` is day, hour, minute, zone, month
        and year (dpa writes German month names: ``Okt``, ``Dez``); it gives
        :attr:`Envelope.filed`, naive when the line names no zone.
        """
        frame = read_iptc_frame(source)
        if frame is None:
            return None
        block = _iptc_headline_block(source, frame, self.vocabulary)
        header = _envelope_lines(source, 0, frame.stx)
        keys = [clean(source[first:last]) for first, last in block.keys]
        for first, last in block.keys:
            header += _envelope_lines(source, first, last)
        slug = " ".join(clean(line).removesuffix("/").strip(" ") for line in frame.keywords)
        version = " ".join(keys) or None
        return Envelope(
            format=self.name,
            service=frame.service,
            sequence=frame.number,
            selector=" ".join(frame.optional) or None,
            priority=frame.priority,
            category=frame.category,
            slug=slug or None,
            version=version,
            take=take_label(version),
            word_count=frame.word_count,
            filed=self._filed(source, frame),
            header=header,
            trailer=_envelope_lines(source, *_trailer(source, frame.etx)),
        )

    def _filed(self, source: str, frame: IptcFrame) -> datetime.datetime | None:
        if frame.stamp is None:
            return None
        stamp = _IPTC_STAMP_RE.match(source, frame.stamp.start)
        if stamp is None:  # pragma: no cover - the frame reader matched it
            return None
        month_name = stamp.group("month").casefold()
        month = _IPTC_MONTHS.get(month_name) or self.vocabulary.months.get(month_name)
        if month is None:
            return None
        day, hour, minute, year = (int(v) for v in stamp.group("day", "hour", "minute", "year"))
        zone = _zone(stamp.group("zone"), self.vocabulary)
        return _moment((_century(year), month, day, hour, minute), zone)

    def _notebook(self, regions: _Regions, start: int, end: int) -> None:
        """The notebook: headings, contacts and links are markup; credit items are credits."""
        source = regions.source
        for line_start, line_end in _lines(source, start, end):
            first, last = _trim(source, line_start, line_end)
            item = _IPTC_ITEM_RE.fullmatch(source, first, last)
            if item is not None and _IPTC_NOTE_CREDIT_RE.match(item.group("item")):
                regions.add(RegionRole.MARKUP, first, item.start("item"))
                regions.add(RegionRole.CREDIT, item.start("item"), last)
            else:
                regions.add(RegionRole.MARKUP, first, last)


# --------------------------------------------------------------------------
# ZCZC (AAP).

_ZCZC_START_RE = re.compile(r"(?:(?<=[\r\n])|\A)[ \t]*ZCZC\b[^\r\n]*")
_ZCZC_FIELD_RE = re.compile(r"(?P<marker>[%#$:=^*&+~@])(?P<value>[^ \t\r\n][^\r\n]*)?")
"""A header line: a marker character and its value, never a space between."""
_ZCZC_END_RE = re.compile(r"(?:(?<=[\r\n])|\A)[ \t]*NNNN[ \t]*(?=[\r\n]|\Z)")
_ZCZC_SHORT_CODE = 3
_MAX_DATE_LINE = 40
_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")


@attrs.frozen
class ZczcField:
    """One ZCZC header line: its marker and value."""

    marker: str
    """``%`` routing, ``#`` slug, ``$`` category or headline, ``:`` take key,
    ``=`` take key, ``^`` headline, ``*`` format, ``&`` service level, ``+``
    subject code, ``~`` service, ``@`` region."""
    value: str
    span: Span


@attrs.frozen
class ZczcFrame:
    """The header of a ZCZC frame and where its end mark lies."""

    start: Span
    """The ``ZCZC`` line."""
    fields: tuple[ZczcField, ...]
    body: int
    """Where the text after the header starts."""
    end_mark: Span | None
    """The ``NNNN`` line, if the frame has one."""

    def get(self, marker: str) -> ZczcField | None:
        """The first header field with *marker*."""
        return next((field for field in self.fields if field.marker == marker), None)

    def headline(self) -> ZczcField | None:
        """The field holding the headline: ``^``, else a ``$`` longer than a category code."""
        caret = self.get("^")
        if caret is not None and caret.value:
            return caret
        for field in self.fields:
            if field.marker == "$" and (" " in field.value or len(field.value) > _ZCZC_SHORT_CODE):
                return field
        return None


def read_zczc_frame(source: str) -> ZczcFrame | None:
    """The header fields of a ZCZC frame, or ``None`` when no line opens with ``ZCZC``."""
    start = _ZCZC_START_RE.search(source, 0, _DETECT_WINDOW)
    if start is None:
        return None
    fields: list[ZczcField] = []
    body = len(source)
    for line_start, line_end in _iter_lines(source, start.end(), len(source)):
        if not _printable(source, line_start, line_end):
            continue
        match = _ZCZC_FIELD_RE.fullmatch(source, line_start, line_end)
        if match is None:
            body = line_start
            break
        value = (match.group("value") or "").strip()
        fields.append(ZczcField(match.group("marker"), value, Span(line_start, line_end)))
    end = None
    for end in _ZCZC_END_RE.finditer(source, body):  # noqa: B007 - the last one is kept
        pass
    return ZczcFrame(
        start=Span(*_trim(source, *start.span())),
        fields=tuple(fields),
        body=body,
        end_mark=Span(*_trim(source, *end.span())) if end else None,
    )


class ZczcVocabulary(_FrameVocabulary):
    """AAP's words: ``NNNN``, and datelines with a bare agency (``SYDNEY, Dec 7 AAP -``)."""

    END_MARKS = (*Vocabulary.END_MARKS, "NNNN")

    def __init__(self) -> None:
        """Compile the tables and AAP's dateline form."""
        super().__init__()
        city = r"[A-Z][A-Z'.\-/]*"
        region = r"[A-Z][A-Za-z'.\-]*"
        self.agency_dateline_re = re.compile(
            rf"(?P<location>(?=[A-Z][A-Z'.\-]){city}(?:[ ]{city}){{0,4}}"
            rf"(?:,[ ]+(?!{self.month_pattern}[ ]*\d){region}(?:[ ]{region}){{0,3}}){{0,2}})"
            rf"(?:,?[ ]+{self._date()})?[ ]+(?P<agency>{self.agency_pattern})[ ]*"
            rf"{self._dash()}[ ]*"
        )


class Zczc(Style):
    """AAP's ZCZC frame: marker header lines, one paragraph a line, ``NNNN``."""

    name = "zczc"
    description = "AAP ZCZC frames: 'ZCZC', '%#$:^*' header lines, one paragraph a line, 'NNNN'"
    vocabulary_class = ZczcVocabulary

    def frame(self, source: str) -> ZczcFrame | None:
        """The frame's routing fields (see :func:`read_zczc_frame`)."""
        return read_zczc_frame(source)

    def envelope(self, source: str) -> Envelope | None:
        """The ``ZCZC`` line and the marker lines under it, and the ``NNNN`` trailer.

        AAP's feeds place the keyword differently.  A ``#`` line is the
        keyword, and ``:`` then holds a take key (``:(MELBOURNE)``), ``=`` a
        take number (``=2nd Take``); without
        ``#``, a frame with a ``^`` headline or an ``=`` take key keeps its
        keyword on ``:`` (``:Motor V8``); otherwise (media releases) ``:``
        names the issuer as a take key and the frame has no keyword.  ``$`` is
        the category when it is a short code; ``%`` holds the selectors.
        The header names no priority, message number, word count or filing
        time, so those stay ``None``.
        """
        frame = read_zczc_frame(source)
        if frame is None:
            return None
        colon = next((f.value for f in frame.fields if f.marker == ":" and f.value), None)
        hash_line, equals = frame.get("#"), frame.get("=")
        equals_value = (equals.value or None) if equals is not None else None
        slug = version = None
        if hash_line is not None:
            slug = hash_line.value or None
            version = colon or equals_value
        elif equals is not None or frame.get("^") is not None:
            slug = colon
            version = equals_value
        else:
            version = colon
        category = frame.get("$")
        if category is not None and (
            " " in category.value or len(category.value) > _ZCZC_SHORT_CODE
        ):
            category = None  # a headline
        selector = frame.get("%")
        service = clean(source[frame.start.start : frame.start.end].split("ZCZC", 1)[1])
        header = _envelope_lines(source, frame.start.start, frame.start.end)
        for field in frame.fields:
            header += _envelope_lines(source, field.span.start, field.span.end)
        trailer: list[EnvelopeLine] = []
        if frame.end_mark is not None:
            trailer = _envelope_lines(source, frame.end_mark.start, len(source))
        return Envelope(
            format=self.name,
            service=service or None,
            selector=(selector.value or None) if selector is not None else None,
            category=(category.value or None) if category is not None else None,
            slug=slug,
            version=version,
            take=take_label(equals_value) or take_label(colon) or take_label(slug),
            header=header,
            trailer=trailer,
        )

    def detect(self, source: str) -> float:
        """A line opening with ``ZCZC`` at the top."""
        if source.find("ZCZC", 0, 400) < 0:  # a fast find before the anchored search
            return 0.0
        return 0.95 if _ZCZC_START_RE.search(source, 0, 400) else 0.0

    @property
    def body_rules(self) -> tuple[tuple[str, BodyRule], ...]:
        """The standard rules, paragraphs a line each, and AAP's dateline first."""
        return edit_rules(
            super().body_rules,
            before={
                "tail": [("line-paragraphs", rule_line_paragraphs)],
                "dateline": [("agency-dateline", rule_agency_dateline)],
            },
        )

    def regions(self, source: str) -> Sequence[Region] | None:
        """Header lines as markup (the headline kept), the body, sign-offs and ``NNNN``."""
        frame = read_zczc_frame(source)
        if frame is None:
            return None
        regions = _Regions(source)
        regions.markup_lines(0, frame.start.end)
        headline = frame.headline()
        for field in frame.fields:
            if field is headline:
                regions.add(RegionRole.MARKUP, field.span.start, field.span.start + 1)
                regions.add(RegionRole.HEADLINE, field.span.start + 1, field.span.end)
            else:
                regions.add(RegionRole.MARKUP, field.span.start, field.span.end)
        body_end = len(source)
        if frame.end_mark is not None:
            regions.add(RegionRole.END_MARK, frame.end_mark.start, frame.end_mark.end)
            regions.markup_lines(frame.end_mark.end, len(source))
            body_end = frame.end_mark.start
        body_end = self._tail(regions, frame.body, body_end)
        body_start = self._lead(regions, frame.body, body_end, need_headline=headline is None)
        regions.body(body_start, body_end)
        return regions.result()

    def _tail(self, regions: _Regions, start: int, end: int) -> int:
        """Sign-offs, ``SOURCE:`` lines and release links at the end; return the body's end."""
        source = regions.source
        for line_start, line_end in _iter_lines_back(source, start, end):
            text = _printable(source, line_start, line_end)
            if not text:
                continue
            if _signoff(text, self.vocabulary) or _SOURCE_LINE_RE.match(text):
                regions.add(RegionRole.CREDIT, line_start, line_end)
            elif _URL_RE.fullmatch(text):
                regions.add(RegionRole.MARKUP, line_start, line_end)
            else:
                break
            end = line_start
        return end

    def _lead(self, regions: _Regions, start: int, end: int, *, need_headline: bool) -> int:
        """A headline line where the header has none, and a date line; return the body start."""
        source = regions.source
        reader = self.vocabulary.timestamps
        for line_start, line_end in _iter_lines(source, start, end):
            text = _printable(source, line_start, line_end)
            if not text:
                continue
            if need_headline:
                regions.add(RegionRole.HEADLINE, line_start, line_end)
                need_headline = False
                start = line_end
                continue
            if len(text) > _MAX_DATE_LINE or _YEAR_RE.search(text) is None:
                break
            reading = reader.read(text)
            if reading.layout is not None and reading.value is not None:
                regions.add(RegionRole.PUBLISHED, line_start, line_end)
                start = line_end
            break
        return start


STYLES = (Anpa1312(), Iptc7901(), Zczc())
