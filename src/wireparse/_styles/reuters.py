"""Reuters.com text exports, 2006-2013.

The dump writes four header lines, each opened by ``--``: the headline, the
byline (``-- By Jane Doe`` or an empty ``--``), the publication time
(``-- Fri Oct 20, 2006 4:25pm EDT``) and the story's URL.  The body follows:
each paragraph on a line of its own that opens with a space (with or without
a blank line between), the first one opening with the dateline
(``NEW YORK  (Reuters) -``, ``FRANKFURT/OTTAWA  (Reuters) -``, ``(Reuters) -``,
``MADRID, Feb 16 -``); some older copy is hard-wrapped, its continuation
lines flush left.  Where the export glued paragraphs together they stay
glued.  Contributor and desk lines close the story in parentheses
(``(Reporting by Jane Doe; Editing by John Roe)``), sometimes several in a
row; promotional asides (``(For full coverage ... visit: ...)``) are in no
field.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from wireparse import _parser
from wireparse._records import Credit, SegmentKind, Span
from wireparse._styles._base import Region, RegionRole, Style, edit_rules
from wireparse._text import clean
from wireparse._vocabulary import Vocabulary

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wireparse._parser import BodyRule, Para, State

__all__ = ["Reuters", "ReutersVocabulary"]


class ReutersVocabulary(Vocabulary):
    """Reuters words: story-type labels that follow a byline (``- Analysis``)."""

    AFFILIATION_WORDS = (
        *Vocabulary.AFFILIATION_WORDS,
        "Analysis",
        "Insight",
        "Commentary",
        "Column",
        "Breakingviews",
    )


_MAX_HEADER_LINES = 6
_LEADING_BLANKS_RE = re.compile(r"\s*")
_HEADER_PREFIX_RE = re.compile(r"--[ \t]*")
_LINE_END_RE = re.compile(r"\r\n|\r|\n")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+\Z")
_STAMP_RE = re.compile(
    r"^--[ \t]+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+"
    r"\d{1,2},[ \t]+\d{4}[ \t]+\d{1,2}:\d{2}[ \t]*[aApP][mM]\b",
    re.MULTILINE,
)
_REUTERS_URL_RE = re.compile(r"^--[ \t]+https?://(?:www\.)?reuters\.com/", re.MULTILINE)
_BYLINE_LABEL_RE = re.compile(r"[ \t]+-[ \t]+")
"""Parts a byline from a story-type label: ``By Jane Doe - Analysis``."""

_WRAPPED_LINE = 100
"""Lines at most this long may be hard-wrapped pieces of a paragraph."""

_TAIL_WINDOW = 800
_TAIL_GROUP_RE = re.compile(r"\((?P<inner>[^()]*(?:\([^()]*\)[^()]*)*)\)[\s)]*\Z")
"""A parenthesised group (one level of nesting allowed) that ends the text,
stray closing parentheses after it included."""
_CONTRIBUTOR_RE = re.compile(
    r"(?:(?:additional\s+)?(?:reporting|writing|editing|compiling|compiled|edited|written|"
    r"reported|research|graphics|production|translation|translated)\s+by\b"
    r"|sources?\s*:)",
    re.IGNORECASE,
)
_DESK_RE = re.compile(r"\bDesk\b|\bReuters\s+Messaging\b|[\w.+-]+@[\w-]+\.[\w.-]+")
_PROMO_RE = re.compile(
    r"(?:For|To)\b[^()]{0,200}?\b(?:visit|click|see|go\s+to)\b|reuters\.com\b", re.IGNORECASE
)


class Reuters(Style):
    """Reuters.com exports: ``--`` header lines, ``CITY  (Reuters) -`` datelines."""

    name = "reuters"
    description = "Reuters.com 2006-2013 exports: '-- Headline', '-- By', '-- Fri Oct 20, 2006'"
    vocabulary_class = ReutersVocabulary

    def detect(self, source: str) -> float:
        """``--`` header lines with a Reuters stamp or URL at the top."""
        head = source[:4000]
        if not head.lstrip().startswith("--"):
            return 0.0
        if _STAMP_RE.search(head) is None and _REUTERS_URL_RE.search(head) is None:
            return 0.0
        return 0.95 if "(Reuters)" in head or _REUTERS_URL_RE.search(head) else 0.8

    def regions(self, source: str) -> Sequence[Region] | None:
        """The ``--`` header lines, then the body."""
        blanks = _LEADING_BLANKS_RE.match(source)
        pos = 0 if blanks is None else blanks.end()
        if not source.startswith("--", pos):
            return None
        regions: list[Region] = []
        number = 0
        has_time = False
        while pos < len(source) and number < _MAX_HEADER_LINES and source.startswith("--", pos):
            found = _LINE_END_RE.search(source, pos)
            end = len(source) if found is None else found.start()
            prefix = _HEADER_PREFIX_RE.match(source, pos)
            start = pos if prefix is None else prefix.end()
            stop = start + len(source[start:end].rstrip())
            regions.append(Region(RegionRole.MARKUP, Span(pos, max(start, pos + 2))))
            if stop > start:
                line = self._header_line(
                    source, Span(start, stop), first=number == 0, timed=has_time
                )
                has_time |= any(region.role is RegionRole.PUBLISHED for region in line)
                regions.extend(line)
            number += 1
            pos = end if found is None else found.end()
        regions.append(Region(RegionRole.BODY, Span(pos, len(source))))
        return regions

    def _header_line(self, source: str, span: Span, *, first: bool, timed: bool) -> list[Region]:
        """The regions of one header line's content (*timed*: the time was read already)."""
        text = clean(source[span.start : span.end])
        vocabulary = self.vocabulary
        if first:
            return [Region(RegionRole.HEADLINE, span)]
        if _URL_RE.match(text):
            return [Region(RegionRole.MARKUP, span)]
        if vocabulary.byline_re.fullmatch(text):
            return _byline_regions(source, span.start, span.end)
        if not timed and vocabulary.timestamps.read(text).value is not None:
            return [Region(RegionRole.PUBLISHED, span)]
        return [Region(RegionRole.MARKUP, span)]

    @property
    def body_rules(self) -> Sequence[tuple[str, BodyRule]]:
        """Paragraph starts and the parenthesised tail first; the dateline may lack a place."""
        return edit_rules(
            _parser.BODY_RULES,
            first=[
                ("reuters-paragraphs", rule_paragraph_starts),
                ("reuters-tail", rule_parenthesised_tail),
            ],
            replace={"dateline": ("reuters-dateline", rule_reuters_dateline)},
        )


def _byline_regions(source: str, start: int, stop: int) -> list[Region]:
    """A byline, and a story-type label after `` - `` as a second part."""
    labels = list(_BYLINE_LABEL_RE.finditer(source, start, stop))
    if not labels:
        return [Region(RegionRole.BYLINE, Span(start, stop))]
    label = labels[-1]
    dash = source.index("-", label.start(), label.end())
    return [
        Region(RegionRole.BYLINE, Span(start, label.start())),
        Region(RegionRole.MARKUP, Span(dash, dash + 1)),
        Region(RegionRole.BYLINE, Span(label.end(), stop)),
    ]


def rule_paragraph_starts(state: State) -> None:
    """A line that opens with a space starts a paragraph, even without a blank line.

    Not inside an open parenthesis of hard-wrapped lines: a wrapped credit
    may continue on a line that opens with a space.
    """
    if not state.paragraphs:
        return
    source = state.source
    number = {id(line): index for index, line in enumerate(state.lines)}
    result: list[Para] = []
    current: Para | None = None
    previous = None
    depth = 0
    for line in (line for para in state.paragraphs for line in para.lines):
        after_blank = previous is None or number[id(line)] - number[id(previous)] > 1
        opens = line.first > line.start and source[line.start] == " "
        wrapped = previous is not None and len(previous.text) <= _WRAPPED_LINE
        if current is None or after_blank or (opens and (depth == 0 or not wrapped)):
            current = _parser.Para(line)
            result.append(current)
            depth = 0
        else:
            current.lines.append(line)
        depth = max(0, depth + line.text.count("(") - line.text.count(")"))
        previous = line
    state.paragraphs = result


def rule_parenthesised_tail(state: State) -> None:
    """Take contributor and desk lines in parentheses off the story's end.

    ``(Reporting by ...; Editing by ...)``, ``(Additional reporting by ...)``,
    ``(Sources: ...)``, ``(Paris Desk, name@example.com; ...)`` become credits,
    in the order written; a promotional aside (``(For more coverage, visit
    ...)``) among them goes to no field.
    """
    found: list[tuple[int, int, str | None]] = []
    paragraphs = state.paragraphs
    while paragraphs:
        last = paragraphs[-1]
        joined = last.joined
        end = last.end_index
        window = max(last.head, end - _TAIL_WINDOW)
        match = _TAIL_GROUP_RE.search(joined, window, end)
        if match is None:
            break
        inner = clean(match.group("inner"))
        if _CONTRIBUTOR_RE.match(inner) or _DESK_RE.search(inner):
            shown: str | None = inner
        elif _PROMO_RE.match(inner):
            shown = None
        else:
            break
        found.append((last.offset(state, match.start()), last.end(state), shown))
        last.cut_tail(match.start())
        if not last.text:
            paragraphs.pop()
    for start, end, shown in reversed(found):
        if shown is None:
            state.piece(start, end, SegmentKind.MARKUP)
        else:
            state.credits.append(Credit(shown, Span(start, end)))
            state.piece(start, end, SegmentKind.CREDIT)


@functools.lru_cache(maxsize=16)
def _dateline_re(vocabulary: Vocabulary) -> re.Pattern[str]:
    """``CITY/CITY, Region, Mon dd (Agency) -`` or ``(Agency) -`` opening a paragraph."""
    sp = r"[ \t\u00a0]"
    month = vocabulary.month_pattern
    city = r"[A-Z][A-Z'.\-]*"
    region = r"[A-Z][A-Za-z'.\-]*"
    location = (
        rf"(?=[A-Z][A-Z'.\-]){city}(?:(?:{sp}|/){city}){{0,6}}"
        rf"(?:,{sp}+(?!{month}{sp}*\d){region}(?:{sp}{region}){{0,3}}){{0,2}}"
    )
    date = rf",?{sp}+(?P<date>{month}{sp}*\d{{1,2}}(?:,?{sp}+\d{{4}})?)"
    agency = rf"\((?P<agency>{vocabulary.agency_pattern})\)"
    return re.compile(
        rf"(?=[A-Z][A-Z'.\-]|\()(?:(?P<location>{location})(?:{date})?{sp}*)?(?:{agency})?"
        rf"(?<=[A-Za-z0-9.)]){sp}*(?P<dash>--|\u2014|\u2013|-(?=\s)){sp}*"
    )


def rule_reuters_dateline(state: State) -> None:
    """The dateline, its place optional: ``(Reuters) -`` names only the agency."""
    if not state.paragraphs or state.dateline is not None:
        return
    pattern = _dateline_re(state.vocabulary)
    first = state.paragraphs[0]
    match = pattern.match(first.joined, first.head, first.end_index)
    if match is None or not (match.group("location") or match.group("agency")):
        _parser.rule_dateline(state)
        return
    _parser.take_dateline(state, first, match)


STYLES = (Reuters(),)
