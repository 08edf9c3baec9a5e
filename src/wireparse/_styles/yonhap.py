"""Yonhap News Agency's English copy as its own news site shows it.

The layout of a story page copied as text: the headline (version tags such as
``(LEAD)`` and ``(2nd LD)`` are part of it), a line with the section and the
time of posting in Korea Standard Time (``All News 09:51 August 08, 2017``,
or ``2017/08/08 09:51`` on the older site), an optional ``By NAME`` line, the
body opening with the ``SEOUL, Aug. 8 (Yonhap) --`` dateline, photo captions
that end in ``(Yonhap)``, and the sign-off: the reporter's e-mail address on
a line of its own (a credit) and the ``(END)`` mark.  Page furniture such as
``Go to Contents Go to Navigation`` and ``(C) Yonhap News Agency. All Rights
Reserved`` is markup.

The agency's conventions that outlive the page (the e-mail sign-off, the
``--`` dash typed as ``—-``) are shared with the Naver crawl of its copy
(:mod:`wireparse._styles.naver`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wireparse._records import Caption, Credit, SegmentKind, Span
from wireparse._styles._base import Region, RegionRole, Style, edit_rules
from wireparse._text import clean
from wireparse._vocabulary import Vocabulary

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wireparse._lines import Line
    from wireparse._parser import BodyRule, HeaderRule, Para, State

__all__ = ["Yonhap", "YonhapVocabulary", "rule_sign_off"]


def _dashes_with(extra: str, before: str) -> tuple[str, ...]:
    """The base dashes with *extra* tried just before *before* (a longer form first)."""
    dashes = list(Vocabulary.DATELINE_DASHES)
    dashes.insert(dashes.index(before) if before in dashes else 0, extra)
    return tuple(dashes)


class YonhapVocabulary(Vocabulary):
    """Yonhap's words: the dateline's em dash typed with a hyphen after it (``—-``)."""

    DATELINE_DASHES = _dashes_with("\u2014-", "\u2014")


_EMAIL = r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}"
_SIGN_OFF_WINDOW = 600

_SIGN_OFFS = (
    # the reporter's e-mail address (or several) closing the story
    rf"(?P<email>{_EMAIL}(?:[ \t]*[,;/][ \t]*{_EMAIL}){{0,4}})",
    # the note the translation desks of Korean dailies close a story with
    (
        r"(?P<note>This (?:article|story) was (?:originally )?(?:written|published|reported) "
        r"in Korean\b[^\n]*?)"
    ),
    r"(?P<translated>This (?:article|story) was translated from (?:the )?Korean\b[^\n]*?)",
)
_SIGN_OFF_RE = re.compile(r"(?<!\S)(?:" + "|".join(_SIGN_OFFS) + r")[ \t]*\Z")
"""A sign-off at the end of a paragraph; it starts the paragraph or follows white space."""


def rule_sign_off(state: State) -> None:
    """Take e-mail sign-offs and translation notes off the end of the story as credits.

    Run it after the ``tail`` rule, which takes the ``(END)`` that usually
    follows the e-mail address (``sookim@yna.co.kr(END)``).
    """
    paragraphs = state.paragraphs
    while paragraphs:
        last = paragraphs[-1]
        end = last.end_index
        window = max(last.head, end - _SIGN_OFF_WINDOW)
        match = _SIGN_OFF_RE.search(last.joined, window, end)
        if match is None:
            return
        start = last.offset(state, match.start())
        stop = last.end(state)
        text = clean(match.group().strip())
        state.credits.append(Credit(text, Span(start, stop)))
        state.piece(start, stop, SegmentKind.CREDIT)
        last.cut_tail(match.start())
        if not last.text:
            paragraphs.pop()


_CAPTION_CREDITS = frozenset(("yonhap", "yonhap photo"))
_CAPTION_CREDIT_RE = re.compile(r"[ \t]*\((?P<credit>[^()]{1,80})\)[ \t]*\Z")


def _rule_captions(state: State) -> None:
    """A paragraph that ends in a ``(Yonhap)`` photo credit is a caption.

    The agency's own site does not close story paragraphs with its own name,
    so the credit alone marks a caption.  Only the story's last paragraph,
    when no reporter's e-mail follows it, needs a picture cue too: copy taken
    from the agency may end in its credit.
    """
    kept = []
    last: Para | None = None
    signed = False
    for paragraph in reversed(state.paragraphs):
        closing = _closing(state, paragraph)
        if closing is None:
            last = paragraph
            break
        signed = signed or closing
    if signed:
        last = None
    for paragraph in state.paragraphs:
        joined = paragraph.joined
        end = paragraph.end_index
        match = _CAPTION_CREDIT_RE.search(joined, max(paragraph.head, end - 120), end)
        credit = clean(match.group("credit")) if match is not None else ""
        photo = credit.casefold() in _CAPTION_CREDITS or credit.startswith("Yonhap Photo/")
        if (
            match is None
            or not photo
            or match.start() == paragraph.head
            or (paragraph is last and not state.vocabulary.caption_cue_re.search(joined))
        ):
            kept.append(paragraph)
            continue
        text = clean(joined[paragraph.head : match.start()])
        span = Span(paragraph.start(state), paragraph.end(state))
        state.captions.append(Caption(text, credit, span))
        state.piece(span.start, span.end, SegmentKind.CAPTION)
    state.paragraphs = kept


def _closing(state: State, paragraph: Para) -> bool | None:
    """How a paragraph closes the story, if it does.

    ``True`` for a sign-off (an end mark after it or not), ``False`` for an
    end mark alone, ``None`` for story text.
    """
    text = paragraph.text
    if text in state.vocabulary.end_marks:
        return False
    for mark in state.vocabulary.end_mark_re.finditer(text, max(0, len(text) - 12)):
        if mark.end() == len(text):
            text = text[: mark.start()].rstrip()
            break
    return True if _SIGN_OFF_RE.fullmatch(text) else None


_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_STAMP_RES = (
    # "All News 09:51 August 08, 2017": the section, then the time and the date
    re.compile(
        r"(?:[A-Z][A-Za-z&'./-]*(?:[ \t]+[A-Za-z&'./-]+){0,4}[ \t]+)?"
        rf"(?P<clock>\d{{1,2}}:\d{{2}})[ \t]+(?P<date>{_MONTHS}[ \t]+\d{{1,2}},[ \t]*\d{{4}})"
    ),
    # "2017/08/08 09:51" (the older site), "2017-08-08 09:51"
    re.compile(r"(?P<stamp>\d{4}([/.-])\d{1,2}\2\d{1,2}[ \t]+\d{1,2}:\d{2})"),
)
"""The posting-time line under the headline, in Korea Standard Time."""


def _stamp(text: str) -> str | None:
    """The timestamp a posting-time line holds, in a form the reader reads, if it is one."""
    for pattern in _STAMP_RES:
        match = pattern.fullmatch(text)
        if match is not None:
            fields = match.groupdict()
            if fields.get("stamp"):
                return fields["stamp"]
            return f"{fields['date']} {fields['clock']}"
    return None


def _rule_headline(state: State, line: Line) -> bool:
    """The first line when the posting-time line comes next (blanks aside); else the core rule."""
    from wireparse._parser import rule_headline  # noqa: PLC0415 - the parser imports styles

    if state.headline is None and not state.header_started:
        index = state.index + 1
        following = state.next_line(index)
        while following is not None and not following.text and index < state.index + 3:
            index += 1
            following = state.next_line(index)
        if (
            following is not None
            and _stamp(following.text) is not None
            and _stamp(line.text) is None
        ):
            state.headline = line.text
            state.piece(line.first, line.stop, SegmentKind.HEADLINE)
            state.index += 1
            return True
    return rule_headline(state, line)


def _rule_stamp(state: State, line: Line) -> bool:
    """The posting-time line: ``All News 09:51 August 08, 2017`` or ``2017/08/08 09:51``."""
    from wireparse._parser import store_time  # noqa: PLC0415 - the parser imports styles

    stamp = _stamp(line.text)
    if stamp is None:
        return False
    store_time(state, "published", state.reader.read(stamp), line.first, line.stop)
    state.piece(line.first, line.stop, SegmentKind.TIMESTAMP)
    state.index += 1
    state.header_started = True
    return True


_FURNITURE_RE = re.compile(
    r"[ \t]*(?:Go to Contents[ \t]+Go to Navigation|Go Search[ \t]+Go Contents[ \t]+Go to bottom"
    r"(?:[ \t]+site map)?|Article View Option|\(C\)[ \t]*Yonhap News(?: Agency)?\.?[ \t]*"
    r"All Rights Reserved\.?)[ \t]*(?=\r|\n|\Z)",
    re.MULTILINE,
)
"""Page furniture lines: skip links, the view options, the copyright footer."""

_DETECT_DATELINE_RE = re.compile(
    r"^[ \t]*[A-Z][A-Z'.\-]+(?:[ \t][A-Z][A-Z'.\-]+)*,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]*\d{1,2}"
    r"[ \t]*\(Yonhap\)[ \t]*(?:--|\u2014|-[ \t])",
    re.MULTILINE,
)
_DETECT_SIGN_OFF_RE = re.compile(r"(?<!\S)[\w.+-]{1,64}@yna\.co\.kr\b")
_DETECT_STAMP_RE = re.compile(
    rf"^(?:[A-Z][A-Za-z&'./ -]{{0,40}}[ \t]+)?\d{{1,2}}:\d{{2}}[ \t]+{_MONTHS}[ \t]+\d{{1,2}},"
    r"[ \t]*\d{4}[ \t]*$|^\d{4}([/.-])\d{2}\1\d{2}[ \t]+\d{2}:\d{2}[ \t]*$",
    re.MULTILINE,
)


class Yonhap(Style):
    """Yonhap's English news site: section and time line, ``(Yonhap) --``, e-mail, ``(END)``."""

    name = "yonhap"
    description = (
        "Yonhap News Agency site copy: 'All News 09:51 August 08, 2017' (KST), "
        "'SEOUL, Aug. 8 (Yonhap) --', captions '(Yonhap)', e-mail sign-off, '(END)'"
    )
    vocabulary_class = YonhapVocabulary
    implied_offset = 9 * 60

    def detect(self, source: str) -> float:
        """A ``(Yonhap) --`` dateline and something of the site's own.

        The site's own: the posting-time line, page furniture or the reporter's
        e-mail sign-off.  A Yonhap dateline alone is any paper's copy of the agency's story.  The
        score stays below the Korea Herald page's (its pages carry Yonhap
        datelines too), and is nothing for a crawl with front matter.
        """
        head = source[:4000]
        if "(Yonhap)" not in head or head.lstrip("\ufeff").startswith("---"):
            return 0.0
        if _DETECT_DATELINE_RE.search(head) is None:
            return 0.0
        score = 0.0
        if _DETECT_STAMP_RE.search(head) is not None:
            score += 0.8
        if _FURNITURE_RE.search(head) is not None:
            score += 0.6
        if _DETECT_SIGN_OFF_RE.search(source, max(0, len(source) - 300)) is not None:
            score += 0.6
        return min(score, 0.85)

    def regions(self, source: str) -> Sequence[Region] | None:
        """Page furniture as markup, the rest as text; ``None`` for a page without any."""
        found: list[Region] = []
        position = 0
        for match in _FURNITURE_RE.finditer(source):
            if match.start() > position:
                found.append(Region(RegionRole.TEXT, Span(position, match.start())))
            found.append(Region(RegionRole.MARKUP, Span(match.start(), match.end())))
            position = match.end()
        if not found:
            return None
        if position < len(source):
            found.append(Region(RegionRole.TEXT, Span(position, len(source))))
        return found

    @property
    def header_rules(self) -> Sequence[tuple[str, HeaderRule]]:
        """The headline (also directly above the posting-time line), byline, timestamps."""
        from wireparse._parser import HEADER_RULES  # noqa: PLC0415 - the parser imports styles

        return edit_rules(
            HEADER_RULES,
            replace={"headline": ("headline", _rule_headline)},
            last=[("posting-time", _rule_stamp)],
        )

    @property
    def body_rules(self) -> Sequence[tuple[str, BodyRule]]:
        """Captions, the tail, the e-mail sign-off and the dateline.

        Captions go first: a ``(Yonhap)`` closing a paragraph is a photo credit.
        """
        from wireparse._parser import BODY_RULES  # noqa: PLC0415 - the parser imports styles

        return edit_rules(
            BODY_RULES,
            first=[("yonhap-captions", _rule_captions)],
            drop={"captions"},
            after={"tail": [("sign-off", rule_sign_off)]},
        )


STYLES = (Yonhap(),)
