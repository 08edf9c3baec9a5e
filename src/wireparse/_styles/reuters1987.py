"""The 1987 Reuters wire as plain fixed-width text (the Reuters-21578 stories).

The layout: the story's title on the first line, a blank line, then the body
in fixed-width lines of about 65 characters.  The body opens with an indented
dateline, ``    PORTLAND, Ore., Feb 26 -``; every line that opens with white
space starts a paragraph (so each row of a results table is a paragraph of
its own); the story ends with the ``Reuter`` sign-off on a line of its own
(or glued to the last line), sometimes a ``More`` continuation mark, and the
transmission's ETX control character.

Datelines name the place as written, a region after a comma included, and a
date with the month as the desk typed it (``FEb 26``, ``2 March``); they never
name an agency.  The sign-off is a credit.  This is the *plain text* of the
copy; the SGML packaging of the same stories is another style.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wireparse._records import Credit, Dateline, EndMark, SegmentKind, Span
from wireparse._styles._base import Style
from wireparse._text import clean
from wireparse._vocabulary import Vocabulary

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wireparse._lines import Line
    from wireparse._parser import BodyRule, HeaderRule, Para, State

__all__ = ["Reuters1987", "Reuters1987Vocabulary"]


class Reuters1987Vocabulary(Vocabulary):
    """The 1987 wire's words: the ``More`` continuation mark as the desk typed it."""

    END_MARKS = tuple(dict.fromkeys((*Vocabulary.END_MARKS, "More", "more")))


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# A date as the desk typed it: a month word (typos and odd case included) and
# a day, or a day and a month.  The month is any short word; the day, digits.
_DATE = r"(?:[A-Za-z]{2,9}\.?[ \t]*\d{1,3}|\d{1,2}[ \t]+[A-Za-z]{3,9}\.?)"
_PLACE = r"[A-Za-z}][^\d,\n]{0,40}?"
_DATELINE_RE = re.compile(
    rf"[ \t]*\**(?P<location>{_PLACE}(?:,[ \t]*{_PLACE}){{0,2}})"
    rf"(?:(?:[ \t]*,[ \t]*|[ \t]+)(?:-[ \t]+)?(?P<date>{_DATE}))?(?:,[ \t]*Reuters?)?"
    rf"[ \t]*,?[ \t]*(?P<dash>(?(date)-+|-+(?=[ \t]|\Z)))[ \t]*"
)
"""The dateline at the head of the body: place, date, dash."""

_REAL_DATE_RE = re.compile(rf"(?i:\b{_MONTH})(?!\w)")
"""A month name as written, not a word the loose date pattern took for one."""

_SIGN_OFF_RE = re.compile(r"(?<!\S)(?P<word>(?i:reute(?:rs?)?))(?:\.{2,}|\^M)*[ \t]*\Z")
"""The sign-off word at the very end of the story, ``...`` and a literal ``^M`` after it."""

_LAYOUT_RE = re.compile(
    rf"[^\s][^\r\n]{{0,300}}\r?\n[ \t]*\r?\n[ \t]+\**[A-Za-z][^\r\n]{{0,60}}?"
    rf"(?:(?i:{_MONTH})[ \t]*\d{{1,2}}|,[ \t]*{_DATE})[ \t]*,?[ \t]*-(?!-)"
)
"""A title line, a blank line and an indented 1987 dateline (its month maybe mistyped)."""

_LOOSE_LAYOUT_RE = re.compile(r"[^\s][^\r\n]{0,300}\r?\n[ \t]*\r?\n[ \t]+\S")
"""A title line, a blank line and an indented line."""

_TAIL_RE = re.compile(r"(?i:reute(?:rs?)?)(?:\.{2,}|\^M)*[ \t]*\r?\n?[\x03\x7f\x1b]*\s*\Z")


def _rule_title(state: State, line: Line) -> bool:
    """The first line is the title, whatever it looks like."""
    if state.headline is not None or state.header_started:
        return False
    if state.source[line.start] in " \t" and _DATELINE_RE.match(line.text) is not None:
        return False  # no title: the story opens with its dateline
    state.headline = line.text
    state.piece(line.first, line.stop, SegmentKind.HEADLINE)
    state.index += 1
    state.header_started = True
    return True


def _rule_tail(state: State) -> None:
    """The ``Reuter`` sign-off (a credit) and a ``More`` mark off the end of the story."""
    paragraphs = state.paragraphs
    found_mark = found_credit = False
    while paragraphs:
        last = paragraphs[-1]
        text = last.text
        if not found_mark and text in state.vocabulary.end_marks:
            start, end = last.start(state), last.end(state)
            state.end_marks.append(EndMark(text, Span(start, end)))
            state.piece(start, end, SegmentKind.END_MARK)
            paragraphs.pop()
            found_mark = True
            continue
        if found_credit:
            return
        match = _SIGN_OFF_RE.search(last.joined, last.head, last.end_index)
        if match is None:
            return
        start = last.offset(state, match.start("word"))
        end = last.end(state)
        state.credits.append(Credit(match.group("word"), Span(start, end)))
        state.piece(start, end, SegmentKind.CREDIT)
        last.cut_tail(match.start())
        if not last.text:
            paragraphs.pop()
        found_credit = True


def _rule_dateline(state: State) -> None:
    """The dateline off the first paragraph: place and date as written, no agency."""
    if not state.paragraphs or state.dateline is not None:
        return
    first: Para = state.paragraphs[0]
    match = _DATELINE_RE.match(first.joined, first.head, first.end_index)
    if match is None:
        return
    location = clean(match.group("location")).rstrip(" ,")
    date = match.group("date")
    city = location.split(",", 1)[0]
    if city != city.upper() and (date is None or _REAL_DATE_RE.search(date) is None):
        return  # only a place in capitals, or a true month name, makes it a dateline
    start = first.start(state)
    end = first.offset(state, match.end())
    state.dateline = Dateline(location, clean(date) if date else None, None, Span(start, end))
    state.piece(start, end, SegmentKind.DATELINE)
    first.head = match.end()
    if not first.text:
        state.paragraphs.pop(0)


class Reuters1987(Style):
    """The 1987 Reuters wire in plain fixed-width text."""

    name = "reuters-1987"
    description = (
        "1987 Reuters wire as plain text: title line, '    CITY, Feb 26 -' dateline, "
        "indented paragraphs and table rows, 'Reuter' sign-off"
    )
    vocabulary_class = Reuters1987Vocabulary
    fixed_width = True

    def detect(self, source: str) -> float:
        """A title, a blank line and an indented 1987 dateline; the sign-off at the end."""
        head = _LAYOUT_RE.match(source, 0, 4000) is not None
        tail = _TAIL_RE.search(source, max(0, len(source) - 40)) is not None
        if head:
            return 0.9 if tail else 0.6
        if "\x03" not in source[-4:]:
            return 0.0
        if tail:
            return 0.6  # the sign-off and the transmission's end
        # the copy as the data set keeps it always ends with ETX
        return 0.5 if source.endswith("\x03") and _LOOSE_LAYOUT_RE.match(source) else 0.0

    @property
    def header_rules(self) -> Sequence[tuple[str, HeaderRule]]:
        """The title only: the copy has no byline or timestamp lines."""
        return (("title", _rule_title),)

    @property
    def body_rules(self) -> Sequence[tuple[str, BodyRule]]:
        """Sign-off and continuation mark off the end, then the dateline."""
        return (("tail", _rule_tail), ("dateline", _rule_dateline))


STYLES = (Reuters1987(),)
