"""The parser engine: a style and a source in, one :class:`~wireparse.Article` out.

How it works, in order:

1. **Regions.** The style reads its packaging, if any, into regions of the
   source (:meth:`Style.regions`): headline, byline, dateline and timestamp
   elements are read directly; text regions become lines; markup becomes
   ``markup`` segments.  Plain text is one text region.
2. **Lines** (:mod:`wireparse._lines`): each line's printable stretch and its
   text, decoded by the style.
3. **Header rules** (:data:`HEADER_RULES`, or the style's), tried in order on
   each line until none applies: the headline, the byline (and an affiliation
   line under it), labelled timestamp lines.
4. **Paragraphs**: the remaining lines, grouped at blank lines, at indented
   paragraph starts and around lines that are wholly a credit or end mark.
5. **Body rules** (:data:`BODY_RULES`, or the style's), in order: end marks
   and credits off the tail, the dateline off the first paragraph, photo
   captions out of the middle.
6. **Segments**: every element's span, the gaps between them labelled white
   space, control or unknown (with a defect), so that they partition the
   source.
7. **Envelope**: a framed feed's routing fields (:meth:`Style.envelope`),
   with a closing ``(MORE)`` noted as the take.

Rules match on decoded text and turn text offsets back into source offsets
with :func:`~wireparse._lines.locate`, so spans stay exact whatever the
decoder removed.  All state lives in a :class:`State` made for one call.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from wireparse._dates import Reading, resolve_day
from wireparse._lines import BLANK_CHARS, Line, locate, scan_lines
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
    trusted_span,
)
from wireparse._styles._base import Region, RegionRole, Style
from wireparse._takes import with_more_take
from wireparse._text import SPACE_CHARS, clean, first_control, fold, has_control

if TYPE_CHECKING:
    import datetime

    from wireparse._vocabulary import Vocabulary

__all__ = ["BODY_RULES", "HEADER_RULES", "State", "run"]

_SENTENCE_END = tuple('.!?"\u201d')
_MAX_HEADLINE = 300
_MAX_AFFILIATION = 80
_MAX_BYLINE = 150
_CREDIT_WINDOW = 300
_MAX_STANDALONE = 300
_GAP_BLANKS = BLANK_CHARS + "\r\n"
_SPACE_RUN = SPACE_CHARS + "\r\n"
_MAX_RECHECK = 2000
_MAX_TAIL_MARKS = 16
"""The most end marks and credits taken off one story's end; more stay in its text."""


class Para:
    """A paragraph while the body rules work on it (private, mutable).

    ``head`` and ``tail`` bound the paragraph inside ``joined``, the texts of
    its lines joined with single spaces; rules move them as they take a
    dateline or a credit off.
    """

    __slots__ = ("_ends", "_joined", "head", "lines", "tail")

    def __init__(self, line: Line) -> None:
        self.lines = [line]
        self.head = 0
        self.tail: int | None = None
        self._joined: str | None = None
        self._ends: list[int] = []

    @property
    def joined(self) -> str:
        if self._joined is None:
            self._joined = " ".join(line.text for line in self.lines)
        return self._joined

    @property
    def end_index(self) -> int:
        """Where the paragraph ends in ``joined``."""
        return len(self.joined) if self.tail is None else self.tail

    @property
    def text(self) -> str:
        return self.joined[self.head : self.end_index].strip(" ")

    def offset(self, state: State, index: int) -> int:
        """The source offset of *index* in ``joined``."""
        lines = self.lines
        if len(lines) == 1:
            return locate(state.source, lines[0], index, state.decode)
        ends = self._ends  # where each line's text ends in ``joined``
        if len(ends) != len(lines):
            ends.clear()
            pos = -1
            for line in lines:
                pos += len(line.text) + 1
                ends.append(pos)
        # the first line that reaches *index*, by bisection: rules look up many offsets
        number = bisect.bisect_left(ends, index)
        if number == len(lines):
            return lines[-1].stop
        line = lines[number]
        return locate(state.source, line, index - (ends[number] - len(line.text)), state.decode)

    def start(self, state: State) -> int:
        """The source offset of the paragraph's first character."""
        first = self.lines[0]
        if self.head == 0 and first.text:  # line texts are stripped: its first character
            return first.first
        joined = self.joined
        index = self.head
        end = self.end_index
        while index < end and joined[index] == " ":
            index += 1
        return self.offset(state, index)

    def end(self, state: State) -> int:
        """The source offset just past the paragraph's last character."""
        last = self.lines[-1]
        if self.tail is None and last.text:  # line texts are stripped: its last character
            return last.stop
        joined = self.joined
        index = self.end_index
        while index > self.head and joined[index - 1] == " ":
            index -= 1
        return self.offset(state, index)

    def cut_tail(self, index: int) -> None:
        """End the paragraph at *index* of ``joined``, before any spaces."""
        joined = self.joined
        while index > self.head and joined[index - 1] == " ":
            index -= 1
        self.tail = index


class State:
    """Everything one call learns (private; never escapes :func:`run`)."""

    def __init__(self, source: str, style: Style, vocabulary: Vocabulary) -> None:
        self.source = source
        self.style = style
        self.vocabulary = vocabulary
        # The plain decoder itself when a style keeps it: scan_lines has a fast path for it.
        self.decode: Callable[[str], str] = (
            fold if type(style).decode is Style.decode else style.decode
        )
        self.reader = vocabulary.timestamps
        self.lines: list[Line] = []
        self.index = 0
        self.body_from: int | None = None
        """Index of the first line of a body-only region, where header rules stop."""
        self.header_started = False
        self.defects: list[Defect] = []
        self.pieces: list[tuple[int, int, SegmentKind]] = []
        self.spans: dict[tuple[int, int], Span] = {}
        """Spans already made for records, that the segments share rather than copy."""
        self.headline: str | None = None
        self.byline: Byline | None = None
        self.published: datetime.datetime | None = None
        self.updated: datetime.datetime | None = None
        self.dateline: Dateline | None = None
        self.paragraphs: list[Para] = []
        self.captions: list[Caption] = []
        self.credits: list[Credit] = []
        self.end_marks: list[EndMark] = []

    def defect(self, code: str, message: str, start: int, end: int, severity: Severity) -> None:
        self.defects.append(Defect(code, message, Span(start, end), severity))

    def piece(self, start: int, end: int, kind: SegmentKind) -> None:
        self.pieces.append((start, end, kind))

    def next_line(self, index: int) -> Line | None:
        limit = len(self.lines) if self.body_from is None else self.body_from
        return self.lines[index] if index < limit else None


# --------------------------------------------------------------------------
# Regions of a packaged article.


def _read_regions(state: State, regions: Sequence[Region]) -> None:
    source = state.source
    byline_parts: list[tuple[str, Span]] = []
    for region in regions:
        start, end = region.span.start, region.span.end
        role = region.role
        if role in (RegionRole.TEXT, RegionRole.BODY):
            if role is RegionRole.BODY and state.body_from is None:
                state.body_from = len(state.lines)
            state.lines.extend(scan_lines(source, start, end, state.decode))
            continue
        state.spans[start, end] = region.span  # its segment shares it
        if role is RegionRole.MARKUP:
            state.piece(start, end, SegmentKind.MARKUP)
            continue
        text = clean(region.text if region.text is not None else state.decode(source[start:end]))
        if not text:
            state.piece(start, end, SegmentKind.MARKUP)
            continue
        if role is RegionRole.HEADLINE:
            if state.headline is None:
                state.headline = text
                state.piece(start, end, SegmentKind.HEADLINE)
            else:
                state.piece(start, end, SegmentKind.MARKUP)
        elif role is RegionRole.BYLINE:
            agency = state.vocabulary.byline_re.fullmatch(text)
            if agency is not None and _is_agency_byline(agency.group("rest"), state.vocabulary):
                state.credits.append(Credit(text, region.span))
                state.piece(start, end, SegmentKind.CREDIT)
                continue
            byline_parts.append((text, region.span))
            state.piece(start, end, SegmentKind.BYLINE)
        elif role is RegionRole.DATELINE:
            state.dateline = _standalone_dateline(state, text, region.span)
            state.piece(start, end, SegmentKind.DATELINE)
        elif role in (RegionRole.PUBLISHED, RegionRole.UPDATED):
            store_time(state, role.value, state.reader.read(text), start, end)
            state.piece(start, end, SegmentKind.TIMESTAMP)
        elif role is RegionRole.CREDIT:
            state.credits.append(Credit(text, region.span))
            state.piece(start, end, SegmentKind.CREDIT)
        elif role is RegionRole.END_MARK:
            state.end_marks.append(EndMark(text, region.span))
            state.piece(start, end, SegmentKind.END_MARK)
    if byline_parts:
        _byline_from_parts(state, byline_parts)


def _byline_from_parts(state: State, parts: list[tuple[str, Span]]) -> None:
    vocabulary = state.vocabulary
    authors: list[str] = []
    affiliations: list[str] = []
    for text, _span in parts:
        match = vocabulary.byline_re.fullmatch(text)
        if match is not None:
            names, titles = split_byline(match.group("rest"), vocabulary)
            authors += names
            affiliations += titles
        elif _is_affiliation(text, vocabulary):
            affiliations.append(text)
        else:
            names, titles = split_byline(text, vocabulary)
            authors += names
            affiliations += titles
    span = Span(parts[0][1].start, parts[-1][1].end)
    state.byline = Byline(parts[0][0], authors, span, affiliation=", ".join(affiliations) or None)


def _standalone_dateline(state: State, text: str, span: Span) -> Dateline:
    match = state.vocabulary.standalone_dateline_re.fullmatch(text)
    if match is None:
        return Dateline(text, None, None, span)
    return _dateline_from_match(match, span)


def _dateline_from_match(match: re.Match[str], span: Span) -> Dateline:
    location, date, agency = match.group("location", "date", "agency")
    return Dateline(
        clean(location) if location else None,
        clean(date) if date else None,
        clean(agency) if agency else None,
        span,
    )


# --------------------------------------------------------------------------
# Header rules.  Each looks at one line; if it applies it records what it
# found, advances ``state.index`` past the lines it used and returns True.

HeaderRule = Callable[[State, Line], bool]


def _is_header_line(state: State, line: Line) -> bool:
    label = _timestamp_label(state, line)
    # a timestamp has a day, a year or a clock time: "Date with destiny" is a headline
    dated = label is not None and any(c.isdigit() for c in line.text[label.end() :])
    return _byline_match(state.vocabulary, line.text) is not None or dated


def _byline_match(vocabulary: Vocabulary, text: str) -> re.Match[str] | None:
    """``By`` and names: a short line whose first word after ``By`` is not in lower case.

    "By the end of the year, ..." and "By 2010 ..." open sentences, not bylines.
    """
    match = vocabulary.byline_re.fullmatch(text)
    if match is None or len(text) > _MAX_BYLINE:
        return None
    first = match.group("rest")[:1]
    return None if first.islower() or first.isdigit() else match


def _timestamp_label(state: State, line: Line) -> re.Match[str] | None:
    text = line.text.lstrip("\u2022\u00b7*-|> ")
    match = state.vocabulary.timestamp_label_re.match(text)
    if match is None or match.end() >= len(text):
        return None
    return match


def rule_headline(state: State, line: Line) -> bool:
    """The first line of the article, if it reads as a headline."""
    if state.headline is not None or state.header_started:
        return False
    text = line.text
    if len(text) > _MAX_HEADLINE or _is_header_line(state, line):
        return False
    dateline_re = state.vocabulary.dateline_re
    if dateline_re.match(text) is not None and not _dateline_below(state, text):
        return False
    following = state.next_line(state.index + 1)
    if following is None:
        if text.endswith(_SENTENCE_END) and state.body_from is None:
            return False
    elif (
        following.text
        and not _is_header_line(state, following)
        and dateline_re.match(following.text) is None
    ):
        return False
    state.headline = text
    state.piece(line.first, line.stop, SegmentKind.HEADLINE)
    state.index += 1
    return True


_LOOK_BELOW = 8
"""How many lines under a first line :func:`_dateline_below` looks through."""


def _dateline_below(state: State, text: str) -> bool:
    """Whether a first line that opens like a dateline is the headline all the same.

    It is when it ends no sentence and the body, under the blank lines,
    header lines and affiliation lines that follow, opens with a dateline of
    its own: a story has
    one dateline (``SUGAR IMPORTS DETAILED -- USDA`` over ``WASHINGTON,
    Feb 26 -- The ...``).
    """
    if text.endswith(_SENTENCE_END):
        return False
    for index in range(state.index + 1, state.index + 1 + _LOOK_BELOW):
        line = state.next_line(index)
        if line is None:
            return False
        if not line.text or _is_header_line(state, line):
            continue
        if _is_affiliation_line(line.text, state.vocabulary):
            continue
        return state.vocabulary.dateline_re.match(line.text) is not None
    return False


def rule_byline(state: State, line: Line) -> bool:
    """A ``By …`` line, and an affiliation line directly under it."""
    if state.byline is not None:
        return False
    vocabulary = state.vocabulary
    match = _byline_match(vocabulary, line.text)
    if match is None:
        return False
    if _is_agency_byline(match.group("rest"), vocabulary):
        # "By The Associated Press" names no person: a credit, as written.
        state.credits.append(Credit(line.text, Span(line.first, line.stop)))
        state.piece(line.first, line.stop, SegmentKind.CREDIT)
        state.index += 1
        state.header_started = True
        return True
    authors, affiliations = split_byline(match.group("rest"), vocabulary)
    end = line.stop
    state.index += 1
    below = state.next_line(state.index)
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
    state.header_started = True
    return True


_EMAIL_RE = re.compile(r"\s*(?:\[email[^\]]*\]|[(<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)>]?)")
_BYLINE_SPLIT_RE = re.compile(r"\s*(?:,|;|\||&|\band\b)\s*")


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
        if part.casefold() in vocabulary.name_suffixes and authors:  # JR. in capitals too
            authors[-1] = f"{authors[-1]}, {part}"
        elif _is_affiliation(part, vocabulary) or affiliations:
            affiliations.append(part)
        else:
            authors.append(part)
    return authors, affiliations


def _is_affiliation(part: str, vocabulary: Vocabulary) -> bool:
    if vocabulary.is_agency(part) or vocabulary.is_agency(part.removeprefix("The ")):
        return True
    # Hyphenated names count by their pieces: "The San Diego Union-Tribune".
    words = part.replace("-", " ").split()
    return any(word.strip(".,") in vocabulary.affiliation_words for word in words)


def _is_agency_byline(rest: str, vocabulary: Vocabulary) -> bool:
    """Whether the text after ``By`` names agencies only (``The Associated Press``)."""
    parts = [part.strip(" .") for part in _BYLINE_SPLIT_RE.split(rest)]
    return all(
        vocabulary.is_agency(part) or vocabulary.is_agency(part.removeprefix("The "))
        for part in parts
        if part
    ) and any(parts)


def _is_affiliation_line(text: str, vocabulary: Vocabulary) -> bool:
    if not text or len(text) > _MAX_AFFILIATION or text.endswith(_SENTENCE_END[1:]):
        return False
    if vocabulary.byline_re.fullmatch(text) is not None:
        return False
    return _is_affiliation(text, vocabulary)


def rule_timestamps(state: State, line: Line) -> bool:
    """A line of labelled timestamps: ``• Published : Aug 8, 2017 - 09:44``."""
    if _timestamp_label(state, line) is None:
        return False
    vocabulary = state.vocabulary
    text = line.text
    labels = list(vocabulary.timestamp_label_re.finditer(text))
    for number, match in enumerate(labels):
        value_end = labels[number + 1].start() if number + 1 < len(labels) else len(text)
        value = text[match.end() : value_end].strip(" |\u2022\u00b7,;")
        field = vocabulary.timestamp_labels[match.group("label").casefold()]
        store_time(state, field, state.reader.read(value), line.first, line.stop)
    state.piece(line.first, line.stop, SegmentKind.TIMESTAMP)
    state.index += 1
    state.header_started = True
    return True


def store_time(state: State, field: str, reading: Reading, start: int, end: int) -> None:
    """Keep a timestamp reading as ``published`` or ``updated``, noting problems."""
    value = reading.value
    problem = reading.problem
    if problem == "naive-timestamp" and value is not None and state.style.implied_zone:
        value = value.replace(tzinfo=state.style.implied_zone)
        problem = None
    if problem is not None:
        severity = Severity.INFO if problem == "naive-timestamp" else Severity.WARNING
        state.defect(problem, reading.message, start, end, severity)
    if value is None:
        return
    if field == "published":
        if state.published is None:
            state.published = value
        else:
            state.defect(
                "duplicate-timestamp",
                "a second publication time; the first one is kept",
                start,
                end,
                Severity.WARNING,
            )
    elif state.updated is None:
        state.updated = value


HEADER_RULES: tuple[tuple[str, HeaderRule], ...] = (
    ("headline", rule_headline),
    ("byline", rule_byline),
    ("timestamps", rule_timestamps),
)
"""The header rules, by name, in the order they are tried on each line."""


def _run_header(state: State) -> None:
    lines = state.lines
    limit = len(lines) if state.body_from is None else state.body_from
    rules = state.style.header_rules
    while state.index < limit:
        line = lines[state.index]
        if not line.text:
            state.index += 1
            continue
        if not any(rule(state, line) for _name, rule in rules):
            return


# --------------------------------------------------------------------------
# Body: paragraphs, then the body rules over them.


def _gather_paragraphs(state: State) -> None:
    """Group the body's lines into paragraphs.

    A paragraph ends at a blank line, before an indented line that follows an
    unindented one (indented paragraph starts), and around a line that is
    wholly an end mark or a credit.  In fixed-width copy
    (:attr:`Style.fixed_width`) every line that opens with white space starts
    a paragraph, and nothing else but a blank line ends one.
    """
    if state.style.fixed_width:
        _gather_fixed_width(state)
        return
    vocabulary = state.vocabulary
    paragraph: Para | None = None
    previous: Line | None = None
    # Short lines repeat (runs of "--", of "(", of rules): each distinct one is read once.
    standalone: dict[str, bool] = {}
    for line in state.lines[state.index :]:
        text = line.text
        if not text:
            paragraph = None
        elif len(text) <= _MAX_STANDALONE and (
            standalone[text]
            if text in standalone
            else standalone.setdefault(text, _credit_or_mark(text, vocabulary) is not None)
        ):
            state.paragraphs.append(Para(line))
            paragraph = None
        elif paragraph is None or (
            line.indented and previous is not None and not previous.indented
        ):
            paragraph = Para(line)
            state.paragraphs.append(paragraph)
        else:
            paragraph.lines.append(line)
        previous = line


def _gather_fixed_width(state: State) -> None:
    source = state.source
    paragraph: Para | None = None
    for line in state.lines[state.index :]:
        if not line.text:
            paragraph = None
        elif paragraph is None or source[line.start] in " \t\u00a0":
            paragraph = Para(line)
            state.paragraphs.append(paragraph)
        else:
            paragraph.lines.append(line)


BodyRule = Callable[[State], None]


def rule_tail(state: State) -> None:
    """Take end marks and credits off the end of the story.

    At most sixteen: a story never closes with more, and a run of thousands
    (a broken feed, or a hostile one) stays in the paragraph's text rather than
    becoming thousands of records.
    """
    vocabulary = state.vocabulary
    paragraphs = state.paragraphs
    found: list[tuple[int, int, str, SegmentKind]] = []
    cut: Para | None = None  # the paragraph a mark was just cut off
    while paragraphs and len(found) < _MAX_TAIL_MARKS:
        last = paragraphs[-1]
        # What is left of a long paragraph after a cut is no whole credit: checking
        # it again after every mark would be quadratic in a run of marks.
        whole = None
        if last is not cut or last.end_index - last.head <= _MAX_RECHECK:
            whole = _credit_or_mark(last.text, vocabulary)
        if whole is not None:
            found.append((last.start(state), last.end(state), *whole))
            paragraphs.pop()
            continue
        tail = _tail_mark(state, last)
        if tail is None:
            break
        index, shown, kind = tail
        found.append((last.offset(state, index), last.end(state), shown, kind))
        last.cut_tail(index)
        cut = last
        if last.end_index <= last.head:  # cut_tail leaves no spaces: nothing is left
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
    if contributor is not None:  # cleaned: "(Written by )" leaves a space in the group
        return clean(contributor.group("credit")), SegmentKind.CREDIT
    return None


@functools.cache
def _closing_marks(marks: frozenset[str]) -> tuple[re.Pattern[str], int]:
    """The end marks among *marks* that open with a parenthesis, and the longest's length."""
    closing = sorted((mark for mark in marks if mark.startswith("(")), key=lambda m: (-len(m), m))
    pattern = "|".join(map(re.escape, closing)) or "(?!)"
    return re.compile(pattern), max(map(len, closing), default=0)


def _tail_mark(state: State, para: Para) -> tuple[int, str, SegmentKind] | None:
    """An end mark or a credit that ends *para*: (index in ``joined``, text, kind)."""
    vocabulary = state.vocabulary
    joined = para.joined
    end = para.end_index
    window = max(para.head, end - _CREDIT_WINDOW)
    # A parenthesised end mark that ends the paragraph: tried at each "(" near the end.
    marks, longest = _closing_marks(vocabulary.end_marks)
    lowest = max(window, end - longest)
    found = None
    at = joined.rfind("(", lowest, end)
    while at >= 0:
        if marks.fullmatch(joined, at, end) is not None:
            found = at  # the leftmost one, as a scan from the left would find
        at = joined.rfind("(", lowest, at)
    if found is not None:
        return found, joined[found:end], SegmentKind.END_MARK
    credit = vocabulary.credit_tail_re.search(joined, window, end)
    if credit is None or credit.start() == para.head:
        return None
    inner = clean(credit.group("credit"))
    if vocabulary.is_agency(inner):
        return credit.start(), inner, SegmentKind.CREDIT
    contributor = vocabulary.contributor_re.fullmatch(inner)
    if contributor is not None:
        return credit.start(), clean(contributor.group("credit")), SegmentKind.CREDIT
    return None


def rule_dateline(state: State) -> None:
    """Take the dateline off the first paragraph."""
    if not state.paragraphs or state.dateline is not None:
        return
    first = state.paragraphs[0]
    vocabulary = state.vocabulary
    match = vocabulary.dateline_re.match(first.joined, first.head, first.end_index)
    if match is None:
        match = vocabulary.agency_only_dateline_re.match(first.joined, first.head, first.end_index)
    if match is not None:
        take_dateline(state, first, match)


def take_dateline(state: State, first: Para, match: re.Match[str]) -> None:
    """Record the dateline *match* found at the head of *first* and take it off.

    The match's ``location``, ``date`` and ``agency`` groups give the fields;
    styles with their own dateline patterns call this too.
    """
    start = first.start(state)
    end = first.offset(state, match.end())
    state.dateline = _dateline_from_match(match, Span(start, end))
    state.piece(start, end, SegmentKind.DATELINE)
    first.head = match.end()
    if not first.text:
        state.paragraphs.pop(0)


def rule_captions(state: State) -> None:
    """Take photo captions out of the body.

    A caption is a paragraph, not the story's last, that ends in a photo or
    agency credit and has a picture cue or a photo credit.
    """
    kept: list[Para] = []
    last = len(state.paragraphs) - 1
    for number, paragraph in enumerate(state.paragraphs):
        caption = _caption(state, paragraph) if number < last else None
        if caption is None:
            kept.append(paragraph)
            continue
        state.captions.append(caption)
        state.piece(caption.span.start, caption.span.end, SegmentKind.CAPTION)
    state.paragraphs = kept


def _caption(state: State, para: Para) -> Caption | None:
    vocabulary = state.vocabulary
    joined = para.joined
    end = para.end_index
    match = vocabulary.credit_tail_re.search(joined, max(para.head, end - _CREDIT_WINDOW), end)
    if match is None or match.start() == para.head:
        return None
    credit = clean(match.group("credit"))
    if not vocabulary.is_photo_credit(credit):
        return None
    text = joined[para.head : match.start()].strip(" ")
    photo_credit = "photo" in credit.casefold() or "/" in credit
    if not photo_credit and vocabulary.caption_cue_re.search(text) is None:
        return None
    if vocabulary.dateline_re.match(joined, para.head, end):
        return None
    return Caption(text, credit, Span(para.start(state), para.end(state)))


BODY_RULES: tuple[tuple[str, BodyRule], ...] = (
    ("tail", rule_tail),
    ("dateline", rule_dateline),
    ("captions", rule_captions),
)
"""The body rules, by name, in the order they run."""


# --------------------------------------------------------------------------
# Putting it together.


def _resolve_dateline(state: State) -> None:
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


def _segments(state: State) -> list[Segment]:
    source = state.source
    segments: list[Segment] = []
    spans = state.spans
    pos = 0
    for piece_start, end, kind in sorted(state.pieces):
        # Rules never overlap; clipping keeps the partition whole if one ever did.
        start = max(piece_start, pos)
        if start > pos:
            segments.append(_gap(state, pos, start))
        if end > start:
            span = spans.get((start, end))
            segments.append(Segment(kind, trusted_span(start, end) if span is None else span))
        pos = max(pos, end)
    if pos < len(source):
        segments.append(_gap(state, pos, len(source)))
    return segments


def _gap(state: State, start: int, end: int) -> Segment:
    text = state.source[start:end]
    if not text.strip(" \t\r\n"):  # the usual gap: line ends and plain spaces
        return Segment(SegmentKind.WHITESPACE, trusted_span(start, end))
    if not text.strip(_GAP_BLANKS):
        # all blanks: what the spaces leave is control characters (no regex search)
        kind = SegmentKind.CONTROL if text.strip(_SPACE_RUN) else SegmentKind.WHITESPACE
        return Segment(kind, trusted_span(start, end))
    state.defect(
        "unplaced-text",
        "text the parser could not place in any element",
        start,
        end,
        Severity.WARNING,
    )
    return Segment(SegmentKind.UNKNOWN, Span(start, end))


def _check_whole(state: State) -> None:
    source = state.source
    if not source.strip(_GAP_BLANKS):
        what = "the input holds only white space"
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
    if state.headline is None and not (state.paragraphs or state.captions):
        state.defect(
            "no-content", "found neither a headline nor a body", 0, len(source), Severity.ERROR
        )
        return
    if state.headline is None:
        start = state.paragraphs[0].start(state) if state.paragraphs else 0
        state.defect(
            "missing-headline", "no headline line before the body", start, start, Severity.WARNING
        )
    if not state.paragraphs:
        end = len(source)
        state.defect(
            "missing-body", "the article has no body paragraphs", end, end, Severity.WARNING
        )
    first = first_control(source)
    if first >= 0:
        state.defect(
            "control-characters",
            "control characters were kept in the source and left out of the text",
            first,
            first + 1,
            Severity.INFO,
        )


def run(source: str, style: Style, vocabulary: Vocabulary, defects: Sequence[Defect]) -> Article:
    """Parse *source* in *style* with *vocabulary*; *defects* come from decoding."""
    state = State(source, style, vocabulary)
    state.defects.extend(defects)
    regions = style.regions(source)
    if regions is None:
        state.lines = scan_lines(source, 0, len(source), state.decode)
    else:
        _read_regions(state, regions)
    _run_header(state)
    _gather_paragraphs(state)
    for _name, rule in style.body_rules:
        rule(state)
    _resolve_dateline(state)
    paragraphs = []
    for para in state.paragraphs:
        start, end = para.start(state), para.end(state)
        span = state.spans[start, end] = trusted_span(start, end)
        paragraphs.append(Paragraph(para.text, span))
        state.piece(start, end, SegmentKind.PARAGRAPH)
    _check_whole(state)
    segments = _segments(state)
    envelope = with_more_take(style.envelope(source), state.end_marks)
    return Article(
        source=source,
        style=style.name,
        headline=state.headline,
        byline=state.byline,
        published=state.published,
        updated=state.updated,
        dateline=state.dateline,
        paragraphs=paragraphs,
        captions=state.captions,
        credits=sorted(state.credits, key=lambda c: (c.span.start, c.span.end)),
        end_marks=sorted(state.end_marks, key=lambda m: (m.span.start, m.span.end)),
        envelope=envelope,
        defects=sorted(state.defects, key=lambda d: (d.span.start, d.span.end)),
        segments=segments,
    )
