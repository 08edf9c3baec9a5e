"""The parser: lines in, one immutable :class:`~wireparse.Article` out.

How it works, in order:

1. **Decode** bytes (:mod:`wireparse._decode`), noting any guess as a defect.
2. **Scan lines** (:func:`scan_lines`): one pass by position that records, for
   each line, where its printable content starts and stops and its text with
   control characters dropped and spaces folded.
3. **Header rules** (:data:`HEADER_RULES`), tried in order on each line until
   none applies: the headline, the byline (and an affiliation line under it),
   labelled timestamp lines.
4. **Body**: the remaining lines grouped into paragraphs at blank lines and at
   indented paragraph starts; then the **body rules** (:data:`BODY_RULES`), in
   order: end marks and credits taken off the tail, photo captions taken out
   of the middle, the dateline taken off the first paragraph.
5. **Segments**: every element's span, with the gaps between them labelled
   white space, control, or unknown (with a defect), so that the segments
   partition the source.

All state lives in a :class:`_State` made for one call; nothing mutable
escapes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from wireparse._dates import Reading, resolve_day
from wireparse._decode import decode
from wireparse._errors import ParseError
from wireparse._records import (
    Article,
    Byline,
    Caption,
    Credit,
    Dateline,
    Defect,
    EndMark,
    Paragraph,
    Segment,
    SegmentKind,
    Severity,
    Span,
)
from wireparse._text import CONTROL_CHARS, SPACE_CHARS, clean, has_control
from wireparse._vocabulary import DEFAULT_VOCABULARY, Vocabulary

if TYPE_CHECKING:
    import datetime

__all__ = ["parse"]

_BLANK_CHARS = SPACE_CHARS + CONTROL_CHARS
_LINE_END_RE = re.compile(r"[\r\n]")
_INDENTED_RE = re.compile(r"[ \t\u00a0\u3000]{2,}|\t")
_SENTENCE_END = tuple('.!?"\u201d')
_MAX_HEADLINE = 300
_MAX_AFFILIATION = 80
_CREDIT_WINDOW = 300
_MAX_STANDALONE = 300


class _Line:
    """One line of the source (private; built by :func:`scan_lines`)."""

    __slots__ = ("end", "first", "indented", "start", "stop", "text")

    def __init__(self, source: str, start: int, end: int) -> None:
        raw = source[start:end]
        lead = len(raw) - len(raw.lstrip(_BLANK_CHARS))
        self.start = start
        """Offset of the line's first character."""
        self.end = end
        """Offset of its line end (or of the end of the source)."""
        self.first = start + lead
        """Offset of its first printable character (``end`` when blank)."""
        self.stop = max(self.first, start + len(raw.rstrip(_BLANK_CHARS)))
        """Offset just past its last printable character."""
        self.indented = lead > 0 and _INDENTED_RE.match(raw) is not None
        """Whether it opens with an indent of two spaces or a tab."""
        self.text = clean(raw)
        """Its text: controls dropped, spaces folded, ends stripped."""


def scan_lines(source: str) -> list[_Line]:
    """The lines of *source*; CR, LF and CRLF each end one line."""
    lines: list[_Line] = []
    size = len(source)
    pos = 0
    find_end = _LINE_END_RE.search
    while pos < size:
        found = find_end(source, pos)
        end = size if found is None else found.start()
        lines.append(_Line(source, pos, end))
        pos = end + (2 if source.startswith("\r\n", end) else 1)
    return lines


class _Para:
    """A paragraph while the body rules work on it (private, mutable)."""

    __slots__ = ("end", "start")

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end


class _State:
    """Everything one call to :func:`parse` learns (private, never escapes)."""

    def __init__(self, source: str, vocabulary: Vocabulary) -> None:
        self.source = source
        self.vocabulary = vocabulary
        self.reader = vocabulary.timestamps
        self.lines = scan_lines(source)
        self.index = 0
        self.defects: list[Defect] = []
        self.pieces: list[tuple[int, int, SegmentKind]] = []
        self.headline: str | None = None
        self.byline: Byline | None = None
        self.published: datetime.datetime | None = None
        self.updated: datetime.datetime | None = None
        self.dateline: Dateline | None = None
        self.paragraphs: list[_Para] = []
        self.captions: list[Caption] = []
        self.credits: list[Credit] = []
        self.end_marks: list[EndMark] = []

    def defect(self, code: str, message: str, start: int, end: int, severity: Severity) -> None:
        self.defects.append(Defect(code, message, Span(start, end), severity))

    def piece(self, start: int, end: int, kind: SegmentKind) -> None:
        self.pieces.append((start, end, kind))

    def text(self, start: int, end: int) -> str:
        return clean(self.source[start:end])


# --------------------------------------------------------------------------
# Header rules.  Each looks at the line at ``state.index``; if it applies it
# records what it found, advances the index and returns True.

HeaderRule = Callable[[_State, _Line], bool]


def _is_header_line(state: _State, line: _Line) -> bool:
    vocabulary = state.vocabulary
    return (
        vocabulary.byline_re.fullmatch(line.text) is not None
        or _timestamp_label(state, line) is not None
    )


def _timestamp_label(state: _State, line: _Line) -> re.Match[str] | None:
    match = state.vocabulary.timestamp_label_re.match(line.text.lstrip("\u2022\u00b7*-|> "))
    if match is None or match.end() >= len(line.text):
        return None
    return match


def rule_headline(state: _State, line: _Line) -> bool:
    """The first line of the article, if it reads as a headline."""
    if state.headline is not None or state.pieces or state.byline is not None:
        return False
    text = line.text
    if len(text) > _MAX_HEADLINE or _is_header_line(state, line):
        return False
    if state.vocabulary.dateline_re.match(state.source, line.first, line.stop) is not None:
        return False
    following = _next_line(state, state.index + 1)
    if following is None:
        if text.endswith(_SENTENCE_END):
            return False
    elif following.text and not _is_header_line(state, following):
        follows_dateline = state.vocabulary.dateline_re.match(
            state.source, following.first, following.stop
        )
        if follows_dateline is None:
            return False
    state.headline = text
    state.piece(line.first, line.stop, SegmentKind.HEADLINE)
    state.index += 1
    return True


def _next_line(state: _State, index: int) -> _Line | None:
    return state.lines[index] if index < len(state.lines) else None


def rule_byline(state: _State, line: _Line) -> bool:
    """A ``By …`` line, and an affiliation line directly under it."""
    if state.byline is not None:
        return False
    vocabulary = state.vocabulary
    match = vocabulary.byline_re.fullmatch(line.text)
    if match is None:
        return False
    authors, affiliations = split_byline(match.group("rest"), vocabulary)
    end = line.stop
    state.index += 1
    below = _next_line(state, state.index)
    if below is not None and _is_affiliation_line(below.text, vocabulary):
        affiliations.append(below.text)
        end = below.stop
        state.index += 1
    state.byline = Byline(
        line.text,
        authors,
        Span(line.first, end),
        affiliation=", ".join(affiliations) or None,
    )
    state.piece(line.first, end, SegmentKind.BYLINE)
    return True


_EMAIL_RE = re.compile(r"\s*(?:\[email[^\]]*\]|[(<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)>]?)")
_BYLINE_SPLIT_RE = re.compile(r"\s*(?:,|;|\||&|\band\b)\s*")
_NAME_WORD_RE = re.compile(r"[A-Z\u00c0-\u024f\u0400-\u04ff][\w'\u2019.\-]*|[a-z]{1,3}|[\w.\-]+")


def split_byline(rest: str, vocabulary: Vocabulary) -> tuple[list[str], list[str]]:
    """Split the text after ``By`` into author names and affiliations.

    >>> from wireparse._vocabulary import Vocabulary
    >>> split_byline("Jane Doe, John Roe and Kim Min-ji, Associated Press", Vocabulary())
    (['Jane Doe', 'John Roe', 'Kim Min-ji'], ['Associated Press'])
    """
    rest = _EMAIL_RE.sub("", rest).strip(" ,;:")
    authors: list[str] = []
    affiliations: list[str] = []
    for raw_part in _BYLINE_SPLIT_RE.split(rest):
        part = raw_part.strip(" .") if raw_part.strip().endswith(" .") else raw_part.strip()
        if not part:
            continue
        if part in vocabulary.name_suffixes and authors:
            authors[-1] = f"{authors[-1]}, {part}"
        elif _is_affiliation(part, vocabulary) or affiliations:
            affiliations.append(part)
        else:
            authors.append(part)
    return authors, affiliations


def _is_affiliation(part: str, vocabulary: Vocabulary) -> bool:
    if vocabulary.is_agency(part) or vocabulary.is_agency(part.removeprefix("The ")):
        return True
    words = part.split()
    return any(word.strip(".,") in vocabulary.affiliation_words for word in words)


def _is_affiliation_line(text: str, vocabulary: Vocabulary) -> bool:
    if not text or len(text) > _MAX_AFFILIATION or text.endswith(_SENTENCE_END[1:]):
        return False
    if vocabulary.byline_re.fullmatch(text) is not None:
        return False
    return _is_affiliation(text, vocabulary)


def rule_timestamps(state: _State, line: _Line) -> bool:
    """A line of labelled timestamps: ``• Published : Aug 8, 2017 - 09:44``."""
    if _timestamp_label(state, line) is None:
        return False
    labels = list(state.vocabulary.timestamp_label_re.finditer(line.text))
    text = line.text
    for number, match in enumerate(labels):
        value_end = labels[number + 1].start() if number + 1 < len(labels) else len(text)
        value = text[match.end() : value_end].strip(" |\u2022\u00b7,;")
        field = state.vocabulary.timestamp_labels[match.group("label").casefold()]
        reading = state.reader.read(value)
        _store_time(state, field, reading, line)
    state.piece(line.first, line.stop, SegmentKind.TIMESTAMP)
    state.index += 1
    return True


def _store_time(state: _State, field: str, reading: Reading, line: _Line) -> None:
    if reading.problem is not None:
        severity = Severity.INFO if reading.problem == "naive-timestamp" else Severity.WARNING
        state.defect(reading.problem, reading.message, line.first, line.stop, severity)
    if reading.value is None:
        return
    if field == "published":
        if state.published is None:
            state.published = reading.value
        else:
            state.defect(
                "duplicate-timestamp",
                "a second publication time; the first one is kept",
                line.first,
                line.stop,
                Severity.WARNING,
            )
    elif state.updated is None:
        state.updated = reading.value


HEADER_RULES: tuple[tuple[str, HeaderRule], ...] = (
    ("headline", rule_headline),
    ("byline", rule_byline),
    ("timestamps", rule_timestamps),
)
"""The header rules, by name, in the order they are tried on each line."""


def _run_header(state: _State) -> None:
    lines = state.lines
    while state.index < len(lines):
        line = lines[state.index]
        if not line.text:
            state.index += 1
            continue
        if not any(rule(state, line) for _name, rule in HEADER_RULES):
            return


# --------------------------------------------------------------------------
# Body: paragraphs, then the body rules over them.


def _gather_paragraphs(state: _State) -> None:
    """Group the body's lines into paragraphs.

    A paragraph ends at a blank line, before an indented line that follows an
    unindented one (indented paragraph starts), and around a line that is
    wholly an end mark or a credit.
    """
    vocabulary = state.vocabulary
    paragraph: _Para | None = None
    previous: _Line | None = None
    for line in state.lines[state.index :]:
        if not line.text:
            paragraph = None
        elif len(line.text) <= _MAX_STANDALONE and _credit_or_mark(line.text, vocabulary):
            state.paragraphs.append(_Para(line.first, line.stop))
            paragraph = None
        elif paragraph is None or (
            line.indented and previous is not None and not previous.indented
        ):
            paragraph = _Para(line.first, line.stop)
            state.paragraphs.append(paragraph)
        else:
            paragraph.end = line.stop
        previous = line


BodyRule = Callable[[_State], None]


def rule_tail(state: _State) -> None:
    """Take end marks and credits off the end of the story."""
    vocabulary = state.vocabulary
    source = state.source
    paragraphs = state.paragraphs
    found: list[tuple[int, int, str, SegmentKind]] = []
    while paragraphs:
        last = paragraphs[-1]
        text = state.text(last.start, last.end)
        whole = _credit_or_mark(text, vocabulary)
        if whole is not None:
            found.append((last.start, last.end, *whole))
            paragraphs.pop()
            continue
        window = max(last.start, last.end - _CREDIT_WINDOW)
        tail = _tail_mark(state, window, last.end)
        if tail is None:
            break
        start, shown, kind = tail
        found.append((start, last.end, shown, kind))
        last.end = len(source[last.start : start].rstrip(_BLANK_CHARS)) + last.start
        if last.end <= last.start:
            paragraphs.pop()
    for start, end, shown, kind in reversed(found):
        if kind is SegmentKind.END_MARK:
            state.end_marks.append(EndMark(shown, Span(start, end)))
        else:
            state.credits.append(Credit(shown, Span(start, end)))
        state.piece(start, end, kind)


def _credit_or_mark(text: str, vocabulary: Vocabulary) -> tuple[str, SegmentKind] | None:
    """What a whole trailing paragraph is, if it is an end mark or a credit."""
    if text in vocabulary.end_marks:
        return text, SegmentKind.END_MARK
    inner = text[1:-1].strip() if text.startswith("(") and text.endswith(")") else text
    if vocabulary.is_agency(inner):
        return inner, SegmentKind.CREDIT
    contributor = vocabulary.contributor_re.fullmatch(text)
    if contributor is not None:
        return contributor.group("credit"), SegmentKind.CREDIT
    return None


def _tail_mark(state: _State, start: int, end: int) -> tuple[int, str, SegmentKind] | None:
    """An end mark or an agency credit that ends the paragraph ending at *end*."""
    vocabulary = state.vocabulary
    source = state.source
    for match in vocabulary.end_mark_re.finditer(source, start, end):
        if match.end() == end and match.group().startswith("("):
            return match.start(), match.group(), SegmentKind.END_MARK
    credit = vocabulary.credit_tail_re.search(source, start, end)
    if credit is None:
        return None
    inner = clean(credit.group("credit"))
    if vocabulary.is_agency(inner):
        return credit.start(), inner, SegmentKind.CREDIT
    contributor = vocabulary.contributor_re.fullmatch(inner)
    if contributor is not None:
        return credit.start(), contributor.group("credit"), SegmentKind.CREDIT
    return None


def rule_captions(state: _State) -> None:
    """Take photo captions out of the body.

    A caption is a paragraph, not the story's last, that ends in a photo or
    agency credit and has a picture cue or a photo credit.
    """
    kept: list[_Para] = []
    last = len(state.paragraphs) - 1
    for number, paragraph in enumerate(state.paragraphs):
        caption = None
        if number < last and (number > 0 or state.dateline is None):
            caption = _caption(state, paragraph)
        if caption is None:
            kept.append(paragraph)
            continue
        state.captions.append(caption)
        state.piece(paragraph.start, paragraph.end, SegmentKind.CAPTION)
    state.paragraphs = kept


def _caption(state: _State, paragraph: _Para) -> Caption | None:
    vocabulary = state.vocabulary
    window = max(paragraph.start, paragraph.end - _CREDIT_WINDOW)
    match = vocabulary.credit_tail_re.search(state.source, window, paragraph.end)
    if match is None or match.start() == paragraph.start:
        return None
    credit = clean(match.group("credit"))
    if not vocabulary.is_photo_credit(credit):
        return None
    text = state.text(paragraph.start, match.start())
    photo_credit = "photo" in credit.casefold() or "/" in credit
    if not photo_credit and vocabulary.caption_cue_re.search(text) is None:
        return None
    if vocabulary.dateline_re.match(state.source, paragraph.start, paragraph.end):
        return None
    return Caption(text, credit, Span(paragraph.start, paragraph.end))


def rule_dateline(state: _State) -> None:
    """Take the dateline off the first paragraph."""
    if not state.paragraphs:
        return
    first = state.paragraphs[0]
    match = state.vocabulary.dateline_re.match(state.source, first.start, first.end)
    if match is None:
        return
    date = match.group("date")
    agency = match.group("agency")
    state.dateline = Dateline(
        clean(match.group("location")),
        clean(date) if date else None,
        clean(agency) if agency else None,
        Span(match.start(), match.end()),
    )
    state.piece(match.start(), match.end(), SegmentKind.DATELINE)
    first.start = match.end()
    if first.start >= first.end:
        state.paragraphs.pop(0)


BODY_RULES: tuple[tuple[str, BodyRule], ...] = (
    ("tail", rule_tail),
    ("dateline", rule_dateline),
    ("captions", rule_captions),
)
"""The body rules, by name, in the order they run."""


# --------------------------------------------------------------------------
# Putting it together.


def _resolve_dateline(state: _State) -> None:
    dateline = state.dateline
    if dateline is None or dateline.date is None:
        return
    match = re.match(rf"({state.vocabulary.month_pattern})\s*(\d{{1,2}})", dateline.date)
    if match is None:
        return
    month = state.vocabulary.months.get(match.group(1).rstrip(".").casefold())
    anchor = state.published or state.updated
    when = resolve_day(month, int(match.group(2)), anchor) if month else None
    if when is not None:
        state.dateline = Dateline(
            dateline.location, dateline.date, dateline.agency, dateline.span, when=when
        )


def _segments(state: _State) -> list[Segment]:
    source = state.source
    segments: list[Segment] = []
    pos = 0
    for piece_start, end, kind in sorted(state.pieces):
        # Rules never overlap; clipping keeps the partition whole if one ever did.
        start = max(piece_start, pos)
        if start > pos:
            segments.append(_gap(state, pos, start))
        if end > start:
            segments.append(Segment(kind, Span(start, end)))
        pos = max(pos, end)
    if pos < len(source):
        segments.append(_gap(state, pos, len(source)))
    return segments


def _gap(state: _State, start: int, end: int) -> Segment:
    text = state.source[start:end]
    if not text.strip(_BLANK_CHARS + "\r\n"):
        kind = SegmentKind.CONTROL if has_control(text) else SegmentKind.WHITESPACE
        return Segment(kind, Span(start, end))
    state.defect(
        "unplaced-text",
        "text the parser could not place in any element",
        start,
        end,
        Severity.WARNING,
    )
    return Segment(SegmentKind.UNKNOWN, Span(start, end))


def _check_whole(state: _State) -> None:
    source = state.source
    if not source.strip(_BLANK_CHARS + "\r\n"):
        what = "the input is empty" if not source else "the input holds only white space"
        if has_control(source):
            what = "the input holds only white space and control characters"
        state.defect(
            "empty-input",
            what if source else "the input holds no text",
            0,
            len(source),
            Severity.ERROR,
        )
        return
    body = state.paragraphs or state.captions
    if state.headline is None and not body:
        state.defect(
            "no-content",
            "found neither a headline nor a body",
            0,
            len(source),
            Severity.ERROR,
        )
        return
    if state.headline is None:
        start = state.paragraphs[0].start if state.paragraphs else 0
        state.defect(
            "missing-headline", "no headline line before the body", start, start, Severity.WARNING
        )
    if not state.paragraphs:
        state.defect(
            "missing-body",
            "the article has no body paragraphs",
            len(source),
            len(source),
            Severity.WARNING,
        )
    if has_control(source):
        first = next(i for i, ch in enumerate(source) if has_control(ch))
        state.defect(
            "control-characters",
            "control characters were kept in the source and left out of the text",
            first,
            first + 1,
            Severity.INFO,
        )


def _require(name: str, value: object, kind: type, what: str) -> None:
    """Raise TypeError unless *value* is a *kind* (a caller's mistake, not the input's)."""
    if not isinstance(value, kind):
        msg = f"{name!r} must be {what} (got {type(value).__name__})"
        raise TypeError(msg)


def parse(
    data: str | bytes | bytearray | memoryview,
    *,
    strict: bool = False,
    vocabulary: Vocabulary | None = None,
) -> Article:
    r"""Parse one article.

    Args:
        data: the article as text, or as bytes in UTF-8 (with or without a
            byte-order mark), UTF-16 or UTF-32 with a byte-order mark, or a
            legacy single-byte encoding (read as cp1252, with a defect).
        strict: raise :class:`~wireparse.ParseError` for the first
            error-level defect instead of only recording it.
        vocabulary: the words to recognise; :class:`~wireparse.Vocabulary`
            by default.

    Returns:
        The article.  Lenient parsing never raises on content; whatever looked
        odd is on :attr:`Article.defects`.

    Raises:
        TypeError: *data* is not text or bytes, or *vocabulary* is not a
            :class:`~wireparse.Vocabulary`.
        ParseError: with ``strict=True``, when an error-level defect was found.

    >>> from wireparse import parse
    >>> article = parse(b"Talks resume\n\nBy Jane Doe\n\nSEOUL -- They met.\n(END)\n")
    >>> article.headline, article.byline.authors, article.dateline.location
    ('Talks resume', ('Jane Doe',), 'SEOUL')
    >>> [m.text for m in article.end_marks]
    ['(END)']
    """
    given: object = data  # checked at run time: callers may pass anything
    if isinstance(given, str):
        source = given
        decode_defects: list[Defect] = []
    elif isinstance(given, (bytes, bytearray, memoryview)):
        source, _encoding, decode_defects = decode(given)
    else:
        msg = f"parse() takes str or bytes (got {type(given).__name__})"
        raise TypeError(msg)
    _require("strict", strict, bool, "a bool")
    if vocabulary is None:
        vocabulary = DEFAULT_VOCABULARY
    _require("vocabulary", vocabulary, Vocabulary, "a wireparse.Vocabulary")

    state = _State(source, vocabulary)
    state.defects.extend(decode_defects)
    _run_header(state)
    _gather_paragraphs(state)
    for _name, rule in BODY_RULES:
        rule(state)
    _resolve_dateline(state)
    for paragraph in state.paragraphs:
        state.piece(paragraph.start, paragraph.end, SegmentKind.PARAGRAPH)
    _check_whole(state)
    segments = _segments(state)
    defects = sorted(state.defects, key=lambda d: (d.span.start, d.span.end))
    if strict:
        for defect in defects:
            if defect.severity is Severity.ERROR:
                raise ParseError.from_defect(defect, source)
    return Article(
        source=source,
        headline=state.headline,
        byline=state.byline,
        published=state.published,
        updated=state.updated,
        dateline=state.dateline,
        paragraphs=tuple(
            Paragraph(state.text(p.start, p.end), Span(p.start, p.end)) for p in state.paragraphs
        ),
        captions=state.captions,
        credits=state.credits,
        end_marks=state.end_marks,
        defects=defects,
        segments=segments,
    )
