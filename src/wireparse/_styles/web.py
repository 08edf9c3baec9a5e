"""CNN and Daily Mail story texts, as the CNN-Daily Mail summarization data keeps them.

Both write one paragraph a line with a blank line between and close with
``@highlight`` blocks (summaries, in no field).

CNN (``cnn``): no headline, byline or timestamp; the first paragraph opens
with the dateline (``WASHINGTON (CNN) --``, ``(CNN)  --``, or, in 2015 copy,
``(CNN)`` glued to the text).  2007 copy carries a photo caption as the second
block and web furniture glued to paragraph ends (``  Watch ... »``,
``E-mail to a friend``); 2015 copy carries standalone related-link titles
(``Read more about ...``).  An ``Editor's note:`` block may open the story;
contributor and copyright lines close it.

Daily Mail (``dailymail``): an optional standfirst, a byline split over two
lines (``By`` / ``Jane Doe for MailOnline``; staff bylines such as ``By Daily
Mail Reporter`` are credits), ``PUBLISHED:`` and ``UPDATED:`` labels each
above its time (``11:19 EST, 3 September 2012``), then hard-wrapped
paragraphs with picture captions (no final stop), pull quotes with a name
line, and ``Scroll down for video``.  No headline or dateline.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from wireparse import _parser
from wireparse._records import Caption, Credit, SegmentKind, Span
from wireparse._styles._base import Region, RegionRole, Style, edit_rules
from wireparse._text import clean
from wireparse._vocabulary import Vocabulary

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wireparse._parser import BodyRule, Para, State

__all__ = ["CNN", "DailyMail", "DailyMailVocabulary"]

_HEAD = 4000
_TAIL = 4000
_HIGHLIGHT_RE = re.compile(r"^@highlight[ \t]*\r?$", re.MULTILINE)
_CLOSERS = " '\"\u2019\u201d)]\u00bb"
_TERMINAL = frozenset(".!?\u2026:;")
_OPENING_QUOTES = frozenset("'\"\u2018\u201c")


def _highlights(source: str) -> int:
    """Where the ``@highlight`` blocks begin (the source's end when there are none)."""
    found = _HIGHLIGHT_RE.search(source)
    return len(source) if found is None else found.start()


def _has_highlights(source: str) -> bool:
    """Whether ``@highlight`` blocks are at the start or the end of *source*."""
    if "@highlight" not in source:  # one fast find before the line-anchored searches
        return False
    return bool(
        _HIGHLIGHT_RE.search(source, 0, _HEAD)
        or _HIGHLIGHT_RE.search(source, max(0, len(source) - _TAIL))
    )


def ends_sentence(text: str) -> bool:
    """Whether *text* ends with sentence punctuation (closing quotes aside).

    >>> ends_sentence("He left.'"), ends_sentence("Smith at the court on Monday")
    (True, False)
    """
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def _drop(state: State, para: Para) -> None:
    """Record *para* as furniture: a markup segment, in no field."""
    state.piece(para.start(state), para.end(state), SegmentKind.MARKUP)


def _body_regions(source: str, start: int) -> list[Region]:
    """The body from *start*, and the ``@highlight`` blocks as markup."""
    highlights = _highlights(source)
    regions = [Region(RegionRole.BODY, Span(start, max(start, highlights)))]
    if highlights < len(source):
        regions.append(Region(RegionRole.MARKUP, Span(highlights, len(source))))
    return regions


# --------------------------------------------------------------------------
# CNN

_CNN_OPENING_RE = re.compile(
    r"\A\s*(?:Editor['\u2019]s\s+note:[^\n]*\n\s*(?:[^\n]*\n\s*)?)?"
    r"(?:[A-Z][^\n()]{0,80}?)?\(CNN\)"
)
"""The story opening with a CNN dateline, perhaps after an editor's note."""
_CNN_LEGACY_OPENING_RE = re.compile(r"^[A-Z][^\n()]{0,80}?\([A-Za-z]{2,20}\)[ \t]+--[ \t]")
_GLUED_TEASER_RE = re.compile(
    r"(?:[ \t]{2,}|(?<=[.!?\"'\u2019\u201d])[ \t])"
    r"(?:[A-Z][^\u00bb\n.!?]{0,150}\u00bb|Watch[ \t]+I-Report\b[^\n.!?]{0,80}"
    r"|E-mail[ \t]+to[ \t]+a[ \t]+friend)"
    r"[ \t]*\Z"
)
"""Web furniture glued to a paragraph's end: ``  Watch ... »``, ``E-mail to a friend``."""
_TEASER_WINDOW = 260
_TEASER_ENDS = ("\u00bb", "a friend")
_EDITORS_NOTE_RE = re.compile(r"Editor['\u2019]s\s+note\s*:", re.IGNORECASE)
_ATTRIBUTION_RE = re.compile(r"\b(?:said|told)\b")
_MAX_CAPTION = 200
_MAX_TEASER = 100
_MAX_QUESTION_TEASER = 60
_TITLE_WORD_RE = re.compile(r"\s[A-Z0-9]")
_CNN_CREDIT_RE = re.compile(
    r".{0,600}\bcontributed\s+to\s+this\s+(?:report|story)\b.{0,80}"
    r"|(?:CNN|CNN\.com)\b.{0,400}\breported\s+from\b.{0,300}"
    r"|Copyright\s+(?:\(c\)\s+|\u00a9\s*)?\d{4}\b.{0,300}",
    re.IGNORECASE,
)
"""Contributor and copyright lines: ``CNN's Jane Doe contributed to this report.``"""


class CNN(Style):
    """CNN stories: ``(CNN) --`` datelines, glued web furniture, trailing highlights."""

    name = "cnn"
    description = "CNN story texts: 'CITY (CNN) --' or '(CNN)' datelines, '@highlight' blocks"

    def detect(self, source: str) -> float:
        """A story that opens with a ``(CNN)`` dateline, or CNN-Daily Mail copy that is CNN's."""
        head = source[:_HEAD]
        if "(CNN)" in head and _CNN_OPENING_RE.match(head):
            return 0.9
        if not _has_highlights(source):
            return 0.0
        if _CNN_LEGACY_OPENING_RE.match(head.lstrip()) or "E-mail to a friend" in source[-_TAIL:]:
            return 0.85
        return 0.0

    def regions(self, source: str) -> Sequence[Region] | None:
        """The story as body (no header lines), the highlights as markup."""
        return _body_regions(source, 0)

    @property
    def body_rules(self) -> Sequence[tuple[str, BodyRule]]:
        """Furniture, caption and credits first; the dateline may be glued to the text."""
        return edit_rules(
            _parser.BODY_RULES,
            first=[("cnn-furniture", rule_cnn_furniture), ("cnn-credits", rule_cnn_credits)],
            replace={"dateline": ("cnn-dateline", rule_cnn_dateline)},
        )


@functools.lru_cache(maxsize=16)
def _cnn_dateline_re(vocabulary: Vocabulary) -> re.Pattern[str]:
    """``Marseille, France (CNN)``, ``(CNN)  --``: the agency required, the dash optional."""
    sp = r"[ \t\u00a0]"
    word = r"[A-Z][\w'.\-]*"
    month = vocabulary.month_pattern
    location = (
        rf"{word}(?:{sp}{word}){{0,4}}"
        rf"(?:,{sp}+(?!{month}{sp}*\d){word}(?:{sp}{word}){{0,3}}){{0,2}}"
    )
    return re.compile(
        rf"(?:(?P<location>{location})"
        rf"(?:,?{sp}+(?P<date>{month}{sp}*\d{{1,2}}(?:,?{sp}+\d{{4}})?))?{sp}*)?"
        rf"\((?P<agency>{vocabulary.agency_pattern})\)"
        rf"(?:{sp}*(?P<dash>--|\u2014|\u2013|-(?=\s)))?{sp}*"
    )


def _strip_glued(state: State, para: Para) -> bool:
    """Take web furniture off the end of *para*; whether there was any."""
    found = False
    while True:
        end = para.end_index
        window = max(para.head, end - _TEASER_WINDOW)
        tail = para.joined[window:end]
        if not tail.rstrip().endswith(_TEASER_ENDS) and "I-Report" not in tail:
            return found  # the cheap test: no furniture can end this paragraph
        match = _GLUED_TEASER_RE.search(para.joined, window, end)
        if match is None:
            return found
        start = para.offset(state, match.start())
        source = state.source
        while start < len(source) and source[start] in " \t":
            start += 1
        state.piece(start, para.end(state), SegmentKind.MARKUP)
        para.cut_tail(match.start())
        found = True


def _is_cnn_caption(state: State, para: Para) -> bool:
    text = para.text
    return (
        bool(text)
        and len(text) <= _MAX_CAPTION
        and text[0] not in _OPENING_QUOTES
        and not text.endswith(":")
        and _ATTRIBUTION_RE.search(text) is None
        and _CNN_CREDIT_RE.fullmatch(text) is None
        and _cnn_dateline_re(state.vocabulary).match(text) is None
    )


def _is_teaser(text: str) -> bool:
    """A related-link or video title standing as its own block."""
    if len(text) <= _MAX_TEASER and not ends_sentence(text):
        return True
    return (
        len(text) <= _MAX_QUESTION_TEASER
        and text.endswith("?")
        and text[0] not in _OPENING_QUOTES
        and '"' not in text
        and len(text.split()) >= 5  # noqa: PLR2004 - a title, not "Why?"
        and _TITLE_WORD_RE.search(text) is not None
    )


def rule_cnn_furniture(state: State) -> None:
    """Glued and standalone link teasers, the editor's note, the 2007 photo caption."""
    paragraphs = state.paragraphs
    legacy = False
    for para in paragraphs:
        legacy |= _strip_glued(state, para)
    dateline_re = _cnn_dateline_re(state.vocabulary)
    for para in paragraphs[:3]:
        match = dateline_re.match(para.joined, para.head, para.end_index)
        legacy |= match is not None and match.group("dash") == "--"
    kept: list[Para] = []
    for number, para in enumerate(paragraphs):
        text = para.text
        if not text:
            continue
        if _EDITORS_NOTE_RE.match(text):
            _drop(state, para)
        elif number == 1 < len(paragraphs) - 1 and legacy and _is_cnn_caption(state, para):
            caption = Caption(text, None, Span(para.start(state), para.end(state)))
            state.captions.append(caption)
            state.piece(caption.span.start, caption.span.end, SegmentKind.CAPTION)
        elif number > 0 and _is_teaser(text):
            _drop(state, para)
        else:
            kept.append(para)
    state.paragraphs = kept


def rule_cnn_credits(state: State) -> None:
    """Contributor and copyright lines at the story's end."""
    found: list[Para] = []
    while len(state.paragraphs) > 1 and _CNN_CREDIT_RE.fullmatch(state.paragraphs[-1].text):
        found.append(state.paragraphs.pop())
    for para in reversed(found):
        span = Span(para.start(state), para.end(state))
        state.credits.append(Credit(para.text, span))
        state.piece(span.start, span.end, SegmentKind.CREDIT)


def rule_cnn_dateline(state: State) -> None:
    """``CITY, State (CNN) --`` or ``(CNN)`` glued to the first paragraph."""
    if not state.paragraphs or state.dateline is not None:
        return
    first = state.paragraphs[0]
    match = _cnn_dateline_re(state.vocabulary).match(first.joined, first.head, first.end_index)
    if match is None:
        _parser.rule_dateline(state)
        return
    _parser.take_dateline(state, first, match)


# --------------------------------------------------------------------------
# Daily Mail


class DailyMailVocabulary(Vocabulary):
    """Daily Mail words: the titles a byline names after ``for``."""

    AFFILIATION_WORDS = (
        *Vocabulary.AFFILIATION_WORDS,
        "MailOnline",
        "Mail",
        "Sportsmail",
        "Mailonline",
    )


_PUBLISHED_LABEL_RE = re.compile(r"(?P<label>PUBLISHED|UPDATED)[ \t]*:[ \t]*", re.IGNORECASE)
_DM_STAMP_RE = re.compile(
    r"^[ \t]*(?:PUBLISHED|UPDATED)[ \t]*:[ \t]*(?:\r?\n[ \t]*)*\d{1,2}:\d{2}[ \t]+[A-Z]{2,4},[ \t]+"
    r"\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}",
    re.MULTILINE,
)
_LINE_RE = re.compile(r"[^\r\n]*")
_BY_RE = re.compile(r"By(?:[ \t]+(?P<rest>\S.{0,100}))?\Z")
_NAME_WORD_RE = re.compile(r"(?:[A-Z][\w'.\-]*|and|&|,)\Z")
_FOR_RE = re.compile(r"[ \t]+for[ \t]+(?=[A-Z])")
_MAX_HEADER = 16
_MAX_STANDFIRST = 3
_SCROLL_RE = re.compile(r"Scroll\s+down\s+for\s+(?:video|more)\b.{0,40}", re.IGNORECASE)
_MAX_NAME_LINE = 60


class DailyMail(Style):
    """Daily Mail stories: two-line bylines, ``PUBLISHED:`` times in EST, captions without stops."""

    name = "dailymail"
    description = (
        "Daily Mail story texts: 'By' / name, 'PUBLISHED:' / '11:19 EST, 3 September 2012'"
    )
    vocabulary_class = DailyMailVocabulary

    def detect(self, source: str) -> float:
        """``PUBLISHED:`` stamps in the head, or CNN-Daily Mail copy with no CNN dateline."""
        head = source[:_HEAD]
        if ("PUBLISHED" in head or "UPDATED" in head) and _DM_STAMP_RE.search(head):
            return 0.9
        if not _has_highlights(source) or ("(CNN)" in head and _CNN_OPENING_RE.match(head)):
            return 0.0
        return 0.8

    def regions(self, source: str) -> Sequence[Region] | None:
        """Standfirst, byline and time stamps as found, then the body and the highlights."""
        lines = _head_lines(source)
        regions: list[Region] = []
        index = _first_header_line(lines)
        if index is None:
            return _body_regions(source, 0)
        for start, stop, _text in lines[:index]:
            regions.append(Region(RegionRole.MARKUP, Span(start, stop)))
        body = lines[index][0]
        while index < len(lines):
            start, stop, text = lines[index]
            by = _byline_match(text)
            label = _PUBLISHED_LABEL_RE.match(text)
            if by is not None and not any(r.role in _BYLINE_ROLES for r in regions):
                if by.group("rest") is None and index + 1 < len(lines):
                    index += 1
                    stop = lines[index][1]
                regions.extend(self._byline(source, start, stop))
            elif label is not None:
                role = (
                    RegionRole.PUBLISHED
                    if label.group("label").casefold() == "published"
                    else RegionRole.UPDATED
                )
                value = start + label.end()
                if value < stop:
                    regions.append(Region(RegionRole.MARKUP, Span(start, value)))
                    regions.append(Region(role, Span(value, stop)))
                else:
                    regions.append(Region(RegionRole.MARKUP, Span(start, stop)))
                    if index + 1 < len(lines):
                        index += 1
                        regions.append(Region(role, Span(lines[index][0], lines[index][1])))
            elif text == "|":
                regions.append(Region(RegionRole.MARKUP, Span(start, stop)))
            else:
                break
            index += 1
            body = lines[index][0] if index < len(lines) else len(source)
        return regions + _body_regions(source, body)

    def _byline(self, source: str, start: int, stop: int) -> list[Region]:
        """A person's byline (``for MailOnline`` as its title), or a staff byline as a credit."""
        title = _FOR_RE.search(source, start, stop)
        names = clean(source[start : stop if title is None else title.start()])[2:]
        authors, _titles = _parser.split_byline(names, self.vocabulary)
        if not authors:
            return [Region(RegionRole.CREDIT, Span(start, stop))]
        if title is None:
            return [Region(RegionRole.BYLINE, Span(start, stop))]
        return [
            Region(RegionRole.BYLINE, Span(start, title.start())),
            Region(
                RegionRole.BYLINE,
                Span(title.start() + len(title.group()) - len(title.group().lstrip()), stop),
            ),
        ]

    @property
    def body_rules(self) -> Sequence[tuple[str, BodyRule]]:
        """Furniture and captions first; no dateline in this copy."""
        return edit_rules(
            _parser.BODY_RULES,
            first=[
                ("dailymail-furniture", rule_dailymail_furniture),
                ("dailymail-captions", rule_dailymail_captions),
            ],
            drop={"dateline"},
        )


_BYLINE_ROLES = frozenset((RegionRole.BYLINE, RegionRole.CREDIT))


def _head_lines(source: str) -> list[tuple[int, int, str]]:
    """The first non-blank lines: (start, stop, stripped text), blank-looking lines skipped."""
    found: list[tuple[int, int, str]] = []
    for match in _LINE_RE.finditer(source, 0, min(len(source), _HEAD)):
        raw = match.group()
        text = raw.strip()
        if not text:
            continue
        start = match.start() + len(raw) - len(raw.lstrip())
        found.append((start, start + len(text), clean(text)))
        if len(found) >= _MAX_HEADER:
            break
    return found


def _byline_match(text: str) -> re.Match[str] | None:
    """``By`` alone (the names on the next line) or ``By Jane Doe for MailOnline``.

    Not a sentence that opens with "By": every word of the names is capitalised.
    """
    match = _BY_RE.match(text)
    if match is None or match.group("rest") is None:
        return match
    names = _FOR_RE.split(match.group("rest"), maxsplit=1)[0]
    words = names.replace(",", " , ").split()
    return match if all(_NAME_WORD_RE.match(word) for word in words) else None


def _first_header_line(lines: list[tuple[int, int, str]]) -> int | None:
    """The index of the byline or first stamp label, if the head has one near the top."""
    for index, (_start, _stop, text) in enumerate(lines[: _MAX_STANDFIRST + 1]):
        if _byline_match(text) or _PUBLISHED_LABEL_RE.match(text):
            return index
    return None


def _is_pull_quote(text: str) -> bool:
    """A quotation standing alone, without a final stop: ``'We will fight on'``."""
    if len(text) < 2 or text[0] not in _OPENING_QUOTES:  # noqa: PLR2004
        return False
    closing = text[-1]
    return closing in "'\"\u2019\u201d" and text[-2] not in _TERMINAL and text[-2] != ","


def rule_dailymail_furniture(state: State) -> None:
    """``Scroll down for video`` and pull quotes (with their name line) go to no field."""
    kept: list[Para] = []
    paragraphs = state.paragraphs
    skip_name = False
    for para in paragraphs:
        text = para.text
        if skip_name:
            skip_name = False
            if len(text) <= _MAX_NAME_LINE and not ends_sentence(text):
                _drop(state, para)
                continue
        if _SCROLL_RE.fullmatch(text):
            _drop(state, para)
        elif _is_pull_quote(text):
            _drop(state, para)
            skip_name = True
        else:
            kept.append(para)
    state.paragraphs = kept


def rule_dailymail_captions(state: State) -> None:
    """Picture captions: blocks that end without a full stop."""
    kept: list[Para] = []
    for para in state.paragraphs:
        text = para.text
        if text and not ends_sentence(text):
            caption = Caption(text, None, Span(para.start(state), para.end(state)))
            state.captions.append(caption)
            state.piece(caption.span.start, caption.span.end, SegmentKind.CAPTION)
        else:
            kept.append(para)
    state.paragraphs = kept


STYLES = (CNN(), DailyMail())
