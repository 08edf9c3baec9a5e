"""News agencies' plain-text copy: AFP, UPI, Xinhua, Kyodo, PTI and IANS.

One :class:`AgencyStyle` reads them all, configured by a table of each
agency's published conventions (:data:`CONVENTIONS`, one :class:`Convention`
a row) and registered once per agency:

* **AFP** (Agence France-Presse): ``PARIS, Aug 8 (AFP) -`` datelines (also with
  the city in title case, ``Paris (AFP) -``), ``by Jane DOE`` bylines with the
  surname in capitals, a keyword slug line such as ``France-politics-vote,LEAD``
  and priority labels (``URGENT``, ``FLASH``, ``ALERT``) above the headline,
  and sign-offs: ``AFP`` or ``-- AFP`` under the story, or the desk's initials
  (``jd/ach``, ``bur-sst/jm``).
* **UPI** (United Press International): ``WASHINGTON, Aug. 8 (UPI) --``, or the
  date alone (``Aug. 8 (UPI) --``) as upi.com writes it; the agency's
  copyright line under the story.
* **Xinhua**: ``BEIJING, Aug. 8 (Xinhua) --``, ``by Xinhua writer Jane Doe``
  bylines, ``URGENT:`` labels, the ``Enditem`` end mark (on its own or after
  the last sentence), and the ``Editor: ...`` desk line; Beijing time implied.
* **Kyodo**: ``TOKYO (Kyodo) --``, the ``==Kyodo`` sign-off (on its own or
  glued to the last line), and the news site's ``KYODO NEWS - Aug 8, 2017 -
  14:23 | World`` stamp line; Japan time implied.
* **PTI** (Press Trust of India): ``NEW DELHI, Aug 8 (PTI)`` with no dash after
  the parenthesis (also ``New Delhi, Aug 8 (PTI)``), and the desk sign-off
  ``PTI XYZ ABC``; India time implied.
* **IANS** (Indo-Asian News Service): ``New Delhi, Aug 8 (IANS)``, the ``--IANS``
  sign-off and the desk code line under it (``ab/cd``); India time implied.

Fields follow the corpus's annotation conventions: a sign-off is a credit
written as the agency wrote it, less the punctuation that marks it as one
(the parentheses of ``(Yonhap)``, so ``==Kyodo`` and ``--IANS`` give ``Kyodo``
and ``IANS``); desk initials and codes are credits as written; end marks as
written (``Enditem``); slugs and priority labels are in no field.

Every rule extends the plain rules rather than replacing them: the plain
headline, byline, tail and dateline rules run first or after, so that
anything the plain style reads is read the same way here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

import attrs

from wireparse import _parser
from wireparse._lines import locate
from wireparse._records import Byline, Credit, EndMark, SegmentKind, Span
from wireparse._styles._base import Style, edit_rules
from wireparse._text import clean
from wireparse._vocabulary import Vocabulary, _alternation

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from wireparse._lines import Line
    from wireparse._parser import BodyRule, HeaderRule, Para, State

__all__ = ["CONVENTIONS", "AgencyStyle", "AgencyVocabulary", "Convention", "SignOff", "style_for"]

# --------------------------------------------------------------------------
# The table.


@attrs.frozen
class SignOff:
    """A line that closes an agency's story, as a regular expression.

    The pattern must match a whole line (or, for a glued sign-off, the end of
    the last paragraph).  A ``credit`` or ``mark`` group gives the text to
    record; without one the whole line is recorded as written.  A glued
    pattern's ``sign`` group is where the sign-off starts.
    """

    pattern: str
    kind: SegmentKind = SegmentKind.CREDIT
    """:attr:`SegmentKind.CREDIT` or :attr:`SegmentKind.END_MARK`."""
    detects: bool = True
    """Whether seeing it at the end of a text is evidence for the style (desk
    initials such as ``jd/ach`` are too plain to be)."""


@attrs.frozen
class Convention:
    """One agency's house conventions: one row of :data:`CONVENTIONS`."""

    name: str
    """The style's registry name."""
    description: str
    agencies: tuple[str, ...]
    """The agency as its datelines name it in parentheses (first: the usual form)."""
    implied_offset: int | None = None
    """Minutes east of UTC of the agency's home time, for stamps with no zone."""
    sign_offs: tuple[SignOff, ...] = ()
    """Lines that close a story: credits and end marks."""
    desk_lines: tuple[str, ...] = ()
    """Desk-code lines that are credits only right under a sign-off."""
    glued: tuple[SignOff, ...] = ()
    """Sign-offs written at the end of the last paragraph (``said. Enditem``)."""
    slugs: tuple[str, ...] = ()
    """Lines above the headline that belong to no field (keyword slugs, labels)."""
    labels: tuple[str, ...] = ()
    """Priority labels written in front of the headline, taken off it."""
    byline_titles: tuple[str, ...] = ()
    """Titles written before the names in a byline (``Xinhua writer``)."""
    stamp: str | None = None
    """A header line with the publication time in its ``when`` group."""
    hints: tuple[str, ...] = ()
    """Words besides the agency's names whose absence rules the style out fast."""


_SENTENCE_END = r"(?<=[.!?\"'\u201d\u2019)])"
_DASH = r"(?:\u2014|\u2013|--?)"
_PRIORITY = r"(?:URGENT|FLASH|ALERT|BULLETIN)"

CONVENTIONS: tuple[Convention, ...] = (
    Convention(
        name="afp",
        description="AFP copy: 'PARIS, Aug 8 (AFP) -', 'by Jane DOE', slugs, 'AFP'/desk sign-offs",
        agencies=("AFP", "Agence France-Presse", "Agence France Presse"),
        sign_offs=(
            SignOff(rf"(?:{_DASH}[ \t]*)?(?P<credit>AFP)"),
            SignOff(r"(?:[a-z]{2,6}-){0,3}[a-z]{2,6}(?:/[a-z]{2,6}){1,5}", detects=False),
        ),
        glued=(SignOff(rf"{_SENTENCE_END}\s+(?P<sign>{_DASH}[ \t]*(?P<credit>AFP))"),),
        slugs=(
            # the keyword slug: country-topic-topic, a version after a comma
            r"[A-Z][A-Za-z]{1,20}(?:-[A-Za-z0-9]{1,20}){1,6}(?:,[ \t]?[A-Za-z0-9][\w ]{0,20})?",
            _PRIORITY,
        ),
        labels=(rf"{_PRIORITY}[ \t]*[:\u2013\u2014-][ \t]*",),
    ),
    Convention(
        name="upi",
        description="UPI copy: 'WASHINGTON, Aug. 8 (UPI) --' or 'Aug. 8 (UPI) --', copyright line",
        agencies=("UPI", "United Press International"),
        sign_offs=(
            SignOff(
                r"(?:Copyright|\(c\)|\u00a9)[ \t]*(?:\u00a9|\(c\))?[ \t]*\d{4}(?:-\d{4})?[ \t,]+"
                r"(?:by[ \t]+)?United Press International\b[^\r\n]{0,120}"
            ),
            SignOff(r"(?P<credit>UPI)"),
        ),
    ),
    Convention(
        name="xinhua",
        description="Xinhua copy: 'BEIJING, Aug. 8 (Xinhua) --', 'by Xinhua writer', 'Enditem'",
        agencies=("Xinhua", "Xinhua News Agency", "XINHUA"),
        implied_offset=8 * 60,
        sign_offs=(
            SignOff(r"(?P<mark>Enditem|ENDITEM|enditem)", kind=SegmentKind.END_MARK),
            SignOff(
                r"\[?[ \t]*(?P<credit>Editor:[ \t]*[^\[\]\r\n]{1,60}?)[ \t]*\]?", detects=False
            ),
        ),
        glued=(
            SignOff(
                rf"{_SENTENCE_END}\s*(?P<sign>(?P<mark>Enditem|ENDITEM|enditem))",
                kind=SegmentKind.END_MARK,
            ),
        ),
        hints=("nditem", "NDITEM"),
        slugs=(_PRIORITY,),
        labels=(rf"{_PRIORITY}[ \t]*[:\u2013\u2014-][ \t]*",),
        byline_titles=(
            (
                r"Xinhua(?:[ \t]+[A-Z][a-z]+)?[ \t]+"
                r"(?i:writers?|reporters?|correspondents?|journalists?)[ \t]+"
            ),
        ),
    ),
    Convention(
        name="kyodo",
        description="Kyodo copy: 'TOKYO, Aug. 8 (Kyodo) --', '==Kyodo' sign-off, KYODO NEWS stamp",
        agencies=("Kyodo", "Kyodo News", "KYODO"),
        implied_offset=9 * 60,
        sign_offs=(
            SignOff(r"==[ \t]*(?P<credit>Kyodo(?:[ \t]+News)?)"),
            SignOff(rf"{_DASH}[ \t]*(?P<credit>Kyodo(?:[ \t]+News)?)"),
        ),
        glued=(
            # the wire glues "==Kyodo" to the last word, full stop or not
            SignOff(r"(?<=\S)[ \t]*(?P<sign>==[ \t]*(?P<credit>Kyodo(?:[ \t]+News)?))"),
            SignOff(rf"{_SENTENCE_END}\s+(?P<sign>{_DASH}[ \t]*(?P<credit>Kyodo))"),
        ),
        stamp=(
            r"KYODO NEWS[ \t]*[\u2013\u2014-][ \t]*(?P<when>[^|\r\n]{4,60}?)"
            r"(?:[ \t]*\|[^\r\n]{0,120})?"
        ),
    ),
    Convention(
        name="pti",
        description="PTI copy: 'NEW DELHI, Aug 8 (PTI)' with no dash, 'PTI XYZ ABC' desk sign-off",
        agencies=("PTI", "Press Trust of India"),
        implied_offset=5 * 60 + 30,
        sign_offs=(SignOff(r"PTI(?:[ \t]+[A-Z]{2,4}){1,5}"),),
    ),
    Convention(
        name="ians",
        description="IANS copy: 'New Delhi, Aug 8 (IANS)', '--IANS' sign-off and desk code",
        agencies=("IANS", "Indo-Asian News Service"),
        implied_offset=5 * 60 + 30,
        sign_offs=(
            SignOff(
                r"-{1,2}[ \t]*(?P<credit>(?:IANS|Indo-Asian News Service)"
                r"(?:[ \t]+[a-z]{1,6}(?:/[a-z]{1,6}){1,4})?)"
            ),
        ),
        desk_lines=(r"[a-z]{1,6}(?:/[a-z]{1,6}){1,4}",),
        glued=(SignOff(rf"{_SENTENCE_END}\s*(?P<sign>--[ \t]*(?P<credit>IANS))"),),
    ),
)
"""The agencies' conventions, one style each."""


class AgencyVocabulary(Vocabulary):
    """The words of agency copy: the agencies' full names and Xinhua's end mark."""

    AGENCIES = (
        *Vocabulary.AGENCIES,
        "Agence France-Presse",
        "Agence France Presse",
        "Xinhua News Agency",
        "Press Trust of India",
        "Indo-Asian News Service",
    )
    END_MARKS = (*Vocabulary.END_MARKS, "Enditem", "ENDITEM")


# --------------------------------------------------------------------------
# Compiled patterns.

_SP = r"[ \t\u00a0]"
_UPPER = r"A-Z\u00c0-\u00d6\u00d8-\u00de"
# A place name's word: capitalised (any case after); after the first, also a
# small connecting word (``Rio de Janeiro``, ``Port of Spain``).
_CAPITAL_WORD = rf"[{_UPPER}][\w'.\-]*"
_WORD = (
    rf"(?:{_CAPITAL_WORD}"
    r"|(?:de|da|do|dos|das|del|della|di|du|des|der|la|le|les|los|las|el|al|of|on|am|an|au|en)"
    rf"(?={_SP}))"
)
_PACKAGED_RE = re.compile(r"<[A-Za-z!?/][^<>\r\n]{0,300}>|[\x01\x02\x03\x16]|\A\s*(?:---|ZCZC)")
"""Markup, transmission framing or front matter: packagings other styles read."""
_TEXT_AFTER = re.compile(rf"{_SP}*(?:[^\W_]|[\"'\u2018\u201c])")
_HEAD = 4000
_TAIL = 600
_HEAD_LINES = 40
_MAX_HEADLINE = 300
_GLUE_WINDOW = 200
_MAX_ROUNDS = 20


def _hint_test(hints: Sequence[str]) -> Callable[[str], bool]:
    """A test of whether a text holds any of *hints*, as quick as we know how to make it."""
    if "" in hints:
        return lambda _text: True
    # "Xinhua" is found wherever "Xinhua News Agency" is
    kept = tuple(h for h in hints if not any(other != h and other in h for other in hints))
    if len({h[:1] for h in kept}) == 1:
        # all open with one character, to which the regex engine skips as find() does
        pattern = re.compile("|".join(map(re.escape, kept)))
        return lambda text: pattern.search(text) is not None
    return lambda text: any(hint in text for hint in kept)


def _dateline_re(vocabulary: Vocabulary, agencies: Sequence[str]) -> re.Pattern[str]:
    """``CITY, Region, Mon D, YYYY (AGENCY) -``: place, date and dash optional."""
    month = vocabulary.month_pattern
    not_date = rf"(?!{month}{_SP}*\d)"
    place = (
        rf"{not_date}{_CAPITAL_WORD}(?:(?:{_SP}|/){_WORD}){{0,4}}"
        rf"(?:,{_SP}+{not_date}{_WORD}(?:{_SP}{_WORD}){{0,3}}){{0,2}}"
    )
    date = rf"{month}{_SP}*\d{{1,2}}(?:,?{_SP}+\d{{4}})?"
    dashes = "|".join(
        f"{re.escape(d)}(?=\\s)" if d in ("-", "_") else re.escape(d)
        for d in type(vocabulary).DATELINE_DASHES
    )
    return re.compile(
        rf"(?P<location>{place})?(?:(?(location),?{_SP}+|)(?P<date>{date}))?"
        rf"{_SP}*\((?P<agency>{_alternation(agencies)})\)"
        rf"(?:{_SP}*(?P<dash>{dashes}))?{_SP}*"
    )


def _compiled(
    patterns: Sequence[SignOff], suffix: str = ""
) -> tuple[tuple[re.Pattern[str], SignOff], ...]:
    return tuple((re.compile(f"(?:{s.pattern}){suffix}"), s) for s in patterns)


# --------------------------------------------------------------------------
# The style.


class AgencyStyle(Style):
    """An agency's plain-text copy, read by the conventions of its :attr:`convention`.

    Subclasses only name their row of :data:`CONVENTIONS`; see :func:`style_for`.
    """

    convention: ClassVar[Convention]
    vocabulary_class = AgencyVocabulary
    priority = -1
    """A tie goes to the other style: agency copy is also carried inside packagings."""

    def __init__(self) -> None:
        """Compile the convention's patterns."""
        super().__init__()
        conv = self.convention
        self.dateline_re = _dateline_re(self.vocabulary, conv.agencies)
        self.sign_offs = _compiled(conv.sign_offs)
        self.glued = _compiled(conv.glued, r"[ \t]*\Z")
        self.desk_lines = tuple(re.compile(p) for p in conv.desk_lines)
        self.slugs = tuple(re.compile(p) for p in conv.slugs)
        self.labels = tuple(re.compile(p) for p in conv.labels)
        self.byline_titles = tuple(re.compile(p) for p in conv.byline_titles)
        self.stamp_re = None if conv.stamp is None else re.compile(conv.stamp)
        self.hints = (*conv.agencies, *conv.hints)
        self._hinted = _hint_test(self.hints)

    # -- detection ---------------------------------------------------------

    def detect(self, source: str) -> float:
        """The agency's dateline near the top, its site stamp, its sign-off at the end.

        One of them is weak evidence (0.15 for a dateline, which any paper
        carrying the agency's copy keeps; 0.4 for a sign-off; 0.5 for a
        stamp); two or more make 0.8; a byline title such as ``Xinhua
        writer`` adds a little.  Packaged sources (markup, transmission
        frames, front matter) are left to the styles that read them.
        """
        head = source[:_HEAD]
        tail = source[-_TAIL:]
        if not self._hinted(source if len(source) <= _HEAD else f"{head}\x00{tail}"):
            return 0.0
        if _PACKAGED_RE.search(head) is not None:
            return 0.0
        lines = head.splitlines()[:_HEAD_LINES]
        found = [
            weight
            for weight, seen in (
                (0.15, any(self.dateline(line.strip(" \t\u00a0")) for line in lines)),
                (0.5, any(self._is_stamp(line.strip()) for line in lines)),
                (0.4, self._signed_off(tail)),
            )
            if seen
        ]
        if not found:
            return 0.0
        score = max(found) if len(found) == 1 else 0.8
        if any(title.search(line) for title in self.byline_titles for line in lines):
            score += 0.05
        return score

    def _signed_off(self, tail: str) -> bool:
        lines = [line.strip(" \t\u00a0") for line in tail.splitlines()]
        lines = [line for line in lines if line][-3:]
        for line in lines:
            for pattern, sign_off in self.sign_offs:
                if sign_off.detects and pattern.fullmatch(line):
                    return True
        if lines:
            last = lines[-1]
            return any(pattern.search(last) for pattern, _ in self.glued)
        return False

    # -- matching helpers --------------------------------------------------

    def dateline(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The agency's dateline opening ``text[pos:endpos]``, if it reads as one.

        A place written in title case (``New Delhi``) needs a date or a dash
        with it, and a dateline with no dash needs the story's text after it
        or a date, so that a title such as ``Talks End (AFP)`` is no dateline.
        """
        end = len(text) if endpos is None else endpos
        match = self.dateline_re.match(text, pos, end)
        if match is None:
            return None
        location, date, dash = match.group("location", "date", "dash")
        city = (location or "").split(",", 1)[0]
        if city != city.upper() and ("," in (location or "") or not (date or dash)):
            # A city in title case stands alone (``New Delhi, Aug 8``, not
            # ``Sports News, New Delhi``) and needs a date or a dash.
            return None
        if dash is None and not date and _TEXT_AFTER.match(text, match.end(), end) is None:
            return None
        return match

    def _is_stamp(self, text: str) -> bool:
        return self.stamp_re is not None and self.stamp_re.fullmatch(text) is not None

    def sign_off(self, text: str) -> tuple[str, SegmentKind] | None:
        """What a whole line is, if it is one of the agency's sign-offs."""
        for pattern, sign_off in self.sign_offs:
            match = pattern.fullmatch(text)
            if match is not None:
                return _shown(match, text), sign_off.kind
        return None

    # -- rule tables ---------------------------------------------------------

    @property
    def header_rules(self) -> Sequence[tuple[str, HeaderRule]]:
        """Slugs first; the plain headline and byline rules, extended; the stamp line."""
        plain = dict(_parser.HEADER_RULES)
        return edit_rules(
            _parser.HEADER_RULES,
            first=[("agency-slug", self._rule_slug)],
            replace={
                "headline": ("agency-headline", self._headline_rule(plain["headline"])),
                "byline": ("agency-byline", self._byline_rule(plain["byline"])),
            },
            last=[("agency-stamp", self._rule_stamp)],
        )

    @property
    def body_rules(self) -> Sequence[tuple[str, BodyRule]]:
        """The plain tail and dateline rules, each with the agency's forms first."""
        plain = dict(_parser.BODY_RULES)
        return edit_rules(
            _parser.BODY_RULES,
            replace={
                "tail": ("agency-tail", self._tail_rule(plain["tail"])),
                "dateline": ("agency-dateline", self._dateline_rule(plain["dateline"])),
            },
        )

    # -- header rules --------------------------------------------------------

    def _rule_slug(self, state: State, line: Line) -> bool:
        """A keyword slug or priority label line above the headline: no field."""
        if state.headline is not None or state.header_started or not self.slugs:
            return False
        if not any(slug.fullmatch(line.text) for slug in self.slugs):
            return False
        if state.next_line(state.index + 1) is None:
            return False
        state.piece(line.first, line.stop, SegmentKind.MARKUP)
        state.index += 1
        return True

    def _headline_rule(self, plain: HeaderRule) -> HeaderRule:
        def rule_headline(state: State, line: Line) -> bool:
            """The plain headline, or one right above the agency's dateline or stamp."""
            if state.headline is not None or state.header_started:
                return False
            if self.dateline(line.text) is not None or self._is_stamp(line.text):
                return False  # the story's first line, or the stamp line: no headline
            if plain(state, line):
                self._strip_label(state, line)
                return True
            following = state.next_line(state.index + 1)
            if following is None or not following.text or len(line.text) > _MAX_HEADLINE:
                return False
            if not self._is_stamp(following.text) and self.dateline(following.text) is None:
                return False
            state.headline = line.text
            state.piece(line.first, line.stop, SegmentKind.HEADLINE)
            state.index += 1
            self._strip_label(state, line)
            return True

        return rule_headline

    def _strip_label(self, state: State, line: Line) -> None:
        """Take a priority label (``URGENT:``) off the front of the headline."""
        headline = state.headline
        if headline is None or headline != line.text:
            return
        for label in self.labels:
            match = label.match(headline)
            if match is None or match.end() >= len(headline):
                continue
            if state.pieces and state.pieces[-1] == (line.first, line.stop, SegmentKind.HEADLINE):
                state.pieces.pop()
                cut = locate(state.source, line, match.end(), state.decode)
                state.piece(line.first, cut, SegmentKind.MARKUP)
                state.piece(cut, line.stop, SegmentKind.HEADLINE)
                state.headline = headline[match.end() :]
            return

    def _byline_rule(self, plain: HeaderRule) -> HeaderRule:
        def rule_byline(state: State, line: Line) -> bool:
            """The plain byline, with titles such as ``Xinhua writer`` moved off the names."""
            if not plain(state, line):
                return False
            byline = state.byline
            if byline is None or not self.byline_titles:
                return True
            authors: list[str] = []
            titles: list[str] = []
            for author in byline.authors:
                name = author
                for title in self.byline_titles:
                    match = title.match(author)
                    if match is not None and match.end() < len(author):
                        titles.append(clean(author[: match.end()]))
                        name = author[match.end() :].strip()
                        break
                authors.append(name)
            if titles:
                affiliation = ", ".join(part for part in (*titles, byline.affiliation) if part)
                state.byline = Byline(byline.text, authors, byline.span, affiliation=affiliation)
            return True

        return rule_byline

    def _rule_stamp(self, state: State, line: Line) -> bool:
        """The agency site's stamp line: ``KYODO NEWS - Aug 8, 2017 - 14:23 | World``."""
        if self.stamp_re is None:
            return False
        match = self.stamp_re.fullmatch(line.text)
        if match is None:
            return False
        reading = state.reader.read(match.group("when"))
        _parser.store_time(state, "published", reading, line.first, line.stop)
        state.piece(line.first, line.stop, SegmentKind.TIMESTAMP)
        state.index += 1
        state.header_started = True
        return True

    # -- body rules ----------------------------------------------------------

    def _tail_rule(self, plain: BodyRule) -> BodyRule:
        def rule_tail(state: State) -> None:
            """The agency's sign-offs, and the plain end marks and credits, off the end."""
            for _round in range(_MAX_ROUNDS):
                taken = 0
                while taken < _MAX_ROUNDS and self._take_sign_off(state):
                    taken += 1
                before = (len(state.credits), len(state.end_marks))
                plain(state)
                if (len(state.credits), len(state.end_marks)) == before:
                    return

        return rule_tail

    def _take_sign_off(self, state: State) -> bool:
        """Take one sign-off off the end of the last paragraph; whether one was taken."""
        if not state.paragraphs:
            return False
        para = state.paragraphs[-1]
        start, text = _last_line(para)
        if not text:
            return False
        found = self.sign_off(text)
        if found is None and any(desk.fullmatch(text) for desk in self.desk_lines):
            above = _line_above(state, para, start)
            if above is not None and self.sign_off(above) is not None:
                found = (text, SegmentKind.CREDIT)
        if found is not None:
            first = para.joined.index(text, start)
            _record(state, para, first, first + len(text), found)
            if first <= para.head:
                state.paragraphs.pop()
            else:
                para.cut_tail(start)
                if not para.text:
                    state.paragraphs.pop()
            return True
        joined = para.joined
        end = para.end_index
        window = max(para.head, end - _GLUE_WINDOW)
        for pattern, sign_off in self.glued:
            match = pattern.search(joined, window, end)
            if match is None or match.start("sign") <= para.head:
                continue
            sign = match.start("sign")
            stop = sign + len(joined[sign:end].rstrip())
            _record(state, para, sign, stop, (_shown(match, joined[sign:stop]), sign_off.kind))
            para.cut_tail(sign)
            if not para.text:
                state.paragraphs.pop()
            return True
        return False

    def _dateline_rule(self, plain: BodyRule) -> BodyRule:
        def rule_dateline(state: State) -> None:
            """The agency's dateline off the first paragraph, else the plain one."""
            if state.paragraphs and state.dateline is None:
                first = state.paragraphs[0]
                match = self.dateline(first.joined, first.head, first.end_index)
                if match is not None:
                    _parser.take_dateline(state, first, match)
            plain(state)

        return rule_dateline


def _shown(match: re.Match[str], text: str) -> str:
    """The text a sign-off records: its ``credit`` or ``mark`` group, else all of it."""
    for group in ("credit", "mark"):
        if group in match.re.groupindex and match.group(group) is not None:
            return clean(match.group(group))
    return clean(text)


def _last_line(para: Para) -> tuple[int, str]:
    """Where the paragraph's last line starts in ``joined``, and its text (to the tail)."""
    end = para.end_index
    start = 0
    pos = 0
    for line in para.lines:
        if pos >= end:
            break
        start = pos
        pos += len(line.text) + 1
    start = max(start, para.head)
    return start, para.joined[start:end].strip(" ")


def _line_above(state: State, para: Para, start: int) -> str | None:
    """The text of the line above the one starting at *start* in *para*."""
    if start > para.head:
        return _last_line_before(para, start)
    if len(state.paragraphs) < 2:  # noqa: PLR2004 - the paragraph before this one
        return None
    _start, text = _last_line(state.paragraphs[-2])
    return text or None


def _last_line_before(para: Para, stop: int) -> str | None:
    start = para.head
    pos = 0
    for line in para.lines:
        if pos >= stop:
            break
        start = max(pos, para.head)
        pos += len(line.text) + 1
    text = para.joined[start:stop].strip(" ")
    return text or None


def _record(
    state: State, para: Para, first: int, stop: int, found: tuple[str, SegmentKind]
) -> None:
    """Record a sign-off found at ``joined[first:stop]`` of *para*."""
    shown, kind = found
    start, end = para.offset(state, first), para.offset(state, stop)
    if kind is SegmentKind.END_MARK:
        state.end_marks.append(EndMark(shown, Span(start, end)))
    else:
        state.credits.append(Credit(shown, Span(start, end)))
    state.piece(start, end, kind)


def style_for(convention: Convention) -> AgencyStyle:
    """The style that reads copy by *convention*'s rules."""

    class _Agency(AgencyStyle):
        name = convention.name
        description = convention.description
        implied_offset = convention.implied_offset

    _Agency.convention = convention
    _Agency.__name__ = _Agency.__qualname__ = f"{convention.name.capitalize()}Style"
    return _Agency()


STYLES = tuple(style_for(convention) for convention in CONVENTIONS)
