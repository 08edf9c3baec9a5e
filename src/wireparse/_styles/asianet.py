"""PR Newswire AsiaNet press releases, as the AAP feed carried them.

A ``Source: Company`` line, ``MEDIA RELEASE PR67276``, the headline (perhaps
wrapped over two lines), then the dateline on its own line with the agency
between slashes (``AUSTIN, Texas, Feb. 1, 2017 /PRNewswire-AsiaNet/ --``,
``KYOTO, Japan, Feb. 1, 2017 /Kyodo JBN-AsiaNet/ --``) and the hard-wrapped
body.  Crossheads (``About Company``) head their block; photo references
(``Logo - http://...``, ``(Photo 1: http://...)``) are in no field; contact
blocks are paragraphs; a ``SOURCE Company`` line closes the release and is a
credit, like the ``Source:`` line at the top.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from wireparse import _parser
from wireparse._records import Credit, SegmentKind, Span
from wireparse._styles._base import Region, RegionRole, Style, edit_rules

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wireparse._lines import Line
    from wireparse._parser import BodyRule, Para, State
    from wireparse._vocabulary import Vocabulary

__all__ = ["AsiaNet"]

_HEAD = 4000
_MAX_HEADER_LINES = 8
_LINE_RE = re.compile(r"(?P<line>[^\r\n]*)(?:\r\n|\r|\n|\Z)")
_AGENCY_IN_SLASHES_RE = re.compile(r"/[^/\r\n]{0,40}AsiaNet/")
_RELEASE_RE = re.compile(r"MEDIA[ \t]+RELEASE\b[^\r\n]*")
_SOURCE_HEADER_RE = re.compile(r"Source:[ \t]*\S[^\r\n]*")
_SOURCE_LINE_RE = re.compile(r"(?:SOURCE:?|Source:)[ \t]+\S.{0,200}")
"""The release's source line: ``SOURCE Company``, ``SOURCE:  Company``."""
_PHOTO_WORDS = r"(?:Photo|Logo|Video|Image|Infographic|Multimedia|Audio|Picture)s?"
_PHOTO_REF_RE = re.compile(
    rf"(?:{_PHOTO_WORDS}(?:[ \t]*\d+)?[ \t]*[-:\u2013][ \t]*https?://\S+[ \t]*)+"
    rf"|\([ \t]*{_PHOTO_WORDS}(?:[ \t]*\d+)?[ \t]*:[ \t]*https?://[^\s)]+[ \t]*\)"
)
"""A photo reference: ``Logo - http://...``, ``(Photo 1: http://...)``."""
_MAX_CROSSHEAD = 80
_PROSE_LINE = 60
_PROSE_WORDS = 8
_WRAP_SLACK = 4
"""How far short of the widest line a heading ends, at the least."""
_RUNS_ON = frozenset(",;:")
"""A line ending in these runs on into the next."""


class AsiaNet(Style):
    """PR Newswire AsiaNet releases: ``CITY, Date /PRNewswire-AsiaNet/ --`` datelines."""

    name = "asianet"
    description = "PR Newswire AsiaNet releases: 'CITY, Feb. 1, 2017 /PRNewswire-AsiaNet/ --'"

    def detect(self, source: str) -> float:
        """An agency between slashes naming AsiaNet, or a ``MEDIA RELEASE PR`` line."""
        head = source[:_HEAD]
        if _AGENCY_IN_SLASHES_RE.search(head):
            return 0.95
        return 0.0

    def regions(self, source: str) -> Sequence[Region] | None:
        """The ``Source:`` and ``MEDIA RELEASE`` lines, the headline, then the body."""
        regions: list[Region] = []
        headline: list[tuple[int, int]] = []
        body = 0
        number = 0
        dateline_re = _dateline_re(self.vocabulary)
        for match in _LINE_RE.finditer(source, 0, min(len(source), _HEAD)):
            raw = match.group("line")
            text = raw.strip()
            if number >= _MAX_HEADER_LINES or dateline_re.match(text):
                break
            number += 1
            if not text:
                if headline:
                    break
                body = match.end()
                continue
            start = match.start() + len(raw) - len(raw.lstrip())
            stop = start + len(text)
            if not headline and _SOURCE_HEADER_RE.fullmatch(text):
                regions.append(Region(RegionRole.CREDIT, Span(start, stop)))
            elif not headline and _RELEASE_RE.fullmatch(text):
                regions.append(Region(RegionRole.MARKUP, Span(start, stop)))
            else:
                headline.append((start, stop))
            body = match.end()
        if headline:
            regions.append(Region(RegionRole.HEADLINE, Span(headline[0][0], headline[-1][1])))
        regions.append(Region(RegionRole.BODY, Span(body, len(source))))
        return regions

    @property
    def body_rules(self) -> Sequence[tuple[str, BodyRule]]:
        """Photo references, crossheads and the source line first; the agency in slashes."""
        return edit_rules(
            _parser.BODY_RULES,
            first=[
                ("asianet-photos", rule_photo_references),
                ("asianet-crossheads", rule_crossheads),
                ("asianet-source", rule_source_line),
            ],
            replace={"dateline": ("asianet-dateline", rule_asianet_dateline)},
        )


@functools.lru_cache(maxsize=16)
def _dateline_re(vocabulary: Vocabulary) -> re.Pattern[str]:
    """``NEW YORK, LONDON and BEIJING, Feb. 2, 2017 /PRNewswire-AsiaNet/ --``."""
    sp = r"[ \t\u00a0]"
    month = vocabulary.month_pattern
    return re.compile(
        rf"(?P<location>[A-Z][^/\r\n]{{0,120}}?)"
        rf"(?:,{sp}+(?P<date>{month}{sp}*\d{{1,2}}(?:,?{sp}+\d{{4}})?))?"
        rf"{sp}*/(?P<agency>[^/\r\n]{{1,60}})/{sp}*(?P<dash>--|\u2014|\u2013|-(?=\s))?{sp}*"
    )


def _split(lines: list[Line]) -> Para:
    new = _parser.Para(lines[0])
    new.lines = lines
    return new


def rule_photo_references(state: State) -> None:
    """Photo and logo references, whole blocks or single lines, go to no field."""
    kept: list[Para] = []
    for para in state.paragraphs:
        if "://" not in para.joined:
            kept.append(para)
            continue
        if _PHOTO_REF_RE.fullmatch(para.joined):
            state.piece(para.start(state), para.end(state), SegmentKind.MARKUP)
            continue
        run: list[Line] = []
        for line in para.lines:
            if "://" in line.text and _PHOTO_REF_RE.fullmatch(line.text):
                state.piece(line.first, line.stop, SegmentKind.MARKUP)
                if run:
                    kept.append(_split(run))
                run = []
            else:
                run.append(line)
        if len(run) == len(para.lines):
            kept.append(para)
        elif run:
            kept.append(_split(run))
    state.paragraphs = kept


def _is_prose(line: Line) -> bool:
    return len(line.text) >= _PROSE_LINE and len(line.text.split()) >= _PROSE_WORDS


def _is_crosshead(lines: list[Line], width: int) -> bool:
    """Whether the block's first line is a heading: it ends well short of the wrap."""
    text = lines[0].text
    following = lines[1].text.split(" ", 1)[0]
    return (
        0 < len(text) <= _MAX_CROSSHEAD
        and len(text) + 1 + len(following) <= width - _WRAP_SLACK
        and text[-1] not in _RUNS_ON
        and "://" not in text
        and "@" not in text
        and any(_is_prose(line) for line in lines[1:])
    )


def rule_crossheads(state: State) -> None:
    """A heading line over a block of wrapped prose is a paragraph of its own.

    A heading ends well short of the wrap (``About Company`` above its
    boilerplate); a label that runs into its text (``Semiconductor
    plants:``) and contact or list blocks of short lines stay whole.
    """
    width = max((len(line.text) for para in state.paragraphs for line in para.lines), default=0)
    result: list[Para] = []
    for para in state.paragraphs:
        lines = para.lines
        if len(lines) > 1 and _is_crosshead(lines, width):
            result.append(_split(lines[:1]))
            result.append(_split(lines[1:]))
        else:
            result.append(para)
    state.paragraphs = result


def rule_source_line(state: State) -> None:
    """``SOURCE Company``: a credit, wherever it stands after the first paragraph."""
    kept: list[Para] = []
    for number, para in enumerate(state.paragraphs):
        text = para.text
        if number > 0 and _SOURCE_LINE_RE.fullmatch(text):
            span = Span(para.start(state), para.end(state))
            state.credits.append(Credit(text, span))
            state.piece(span.start, span.end, SegmentKind.CREDIT)
        else:
            kept.append(para)
    state.paragraphs = kept


def rule_asianet_dateline(state: State) -> None:
    """The dateline with its agency between slashes, on its own line or opening the text."""
    if not state.paragraphs or state.dateline is not None:
        return
    first = state.paragraphs[0]
    match = _dateline_re(state.vocabulary).match(first.joined, first.head, first.end_index)
    if match is None:
        _parser.rule_dateline(state)
        return
    _parser.take_dateline(state, first, match)


STYLES = (AsiaNet(),)
