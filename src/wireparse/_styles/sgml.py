"""SGML and XML packagings of wire copy, read through their markup.

Three packagings of newswire text carry the article's fields as elements:

* **TIPSTER/TREC** ``<DOC>`` files (the AP copy of the TIPSTER collection, and
  TREC-style files like it): ``<DOCNO>``, a ``<FILEID>`` transmission stamp
  (``AP-NR-01-02-89 2349EST``), slug lines, ``<HEAD>`` lines (the headline among
  editor's notes and package labels), ``<BYLINE>``, ``<NOTE>``, ``<DATELINE>`` and
  one or more ``<TEXT>`` elements with indented paragraph starts;
* **TimeML** files (TempEval-3 packagings of AQUAINT and Gigaword copy):
  ``<DOCID>``, ``<DCT>``, ``<TITLE>``, ``<EXTRAINFO>`` blocks holding the
  original header and trailer as text, a ``<TEXT>`` with inline ``<EVENT>``,
  ``<TIMEX3>`` and ``<SIGNAL>`` annotation, then ``<MAKEINSTANCE>``/``<TLINK>``
  elements;
* **Reuters-21578**: one ``<REUTERS ...>`` element with ``<DATE>``, topic and
  place lists, an ``<UNKNOWN>`` ANPA header, and a ``<TEXT>`` holding
  ``<TITLE>``, ``<AUTHOR>``, ``<DATELINE>`` and ``<BODY>``, which ends in the
  ``Reuter`` sign-off and an ETX character reference (``&#3;``).

Tags are never text: :func:`decode_markup` drops them and decodes entities
(``html.unescape`` semantics; a reference that names a control character, such
as ``&#3;``, decodes to nothing).  Everything outside the article's text is
returned as ``markup`` regions, so no character of a file is left unplaced.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from wireparse._records import Credit, SegmentKind, Span
from wireparse._styles._base import Region, RegionRole, Style, edit_rules
from wireparse._text import CONTROL_CHARS, SPACE_CHARS, clean, fold
from wireparse._vocabulary import Vocabulary

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wireparse._parser import BodyRule, Para, State

__all__ = [
    "Reuters21578",
    "SgmlVocabulary",
    "Timeml",
    "Tipster",
    "decode_markup",
]

_BLANK = SPACE_CHARS + CONTROL_CHARS + "\r\n"
_DETECT_WINDOW = 4000

# --------------------------------------------------------------------------
# Decoding: tags dropped, entities decoded, never longer than the raw text.

# A tag (or, at the very end, the start of one), or an entity reference with
# or without its semicolon.  Decoding a prefix of a line never gives a longer
# text than decoding a longer prefix, which the parser's offset search needs:
# an unfinished tag or reference at the end decodes to nothing.
_MARKUP_RE = re.compile(
    r"<(?:[A-Za-z/!?][^<>]*)?(?:>|\Z)"
    r"|&(?:#[xX]?[0-9A-Fa-f]{0,8}|[A-Za-z][A-Za-z0-9]{0,31})?;?"
)


def _replace_markup(match: re.Match[str]) -> str:
    token = match.group()
    if token[0] == "<":
        return ""
    if not token.endswith(";") and match.end() == len(match.string):
        return ""
    decoded = html.unescape(token)
    return decoded if len(decoded) <= len(token) else token


def decode_markup(raw: str) -> str:
    """Text from SGML/XML source characters: tags dropped, entities decoded, spaces folded.

    >>> decode_markup("S&amp;L <EVENT eid='e1'>rescues</EVENT>&#3;")
    'S&L rescues'
    """
    if "<" in raw or "&" in raw:
        raw = _MARKUP_RE.sub(_replace_markup, raw)
    return fold(raw)


# --------------------------------------------------------------------------
# Elements: tags paired into a tree, linearly, tolerant of unclosed tags.


def _tag_re(*names: str) -> re.Pattern[str]:
    """The open and close tags of the elements called *names* (any case)."""
    alternation = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(rf"<(/?)({alternation})(?![\w.:-])([^<>]*)>", re.IGNORECASE)


class _Element:
    """One element: its name (upper case), its spans and its child elements."""

    __slots__ = ("children", "end", "inner_end", "inner_start", "name", "start")

    def __init__(self, name: str, start: int, inner_start: int) -> None:
        self.name = name
        self.start = start
        self.inner_start = inner_start
        self.inner_end = inner_start
        self.end = inner_start
        self.children: list[_Element] = []

    def find(self, name: str) -> _Element | None:
        """The first child called *name*."""
        return next((child for child in self.children if child.name == name), None)


def _elements(source: str, tag_re: re.Pattern[str]) -> _Element:
    """A root element whose children are the source's top-level elements.

    Only the tags *tag_re* matches count (inline annotation is left to the
    decoder).  A close tag closes the nearest open element of its name; elements it
    skips stay empty and hand their children to their parent.  A close tag
    with no open element of its name is left out (the gap filler makes it
    markup).
    """
    root = _Element("", 0, 0)
    root.end = root.inner_end = len(source)
    stack = [root]
    # How many elements of each name are open: a close tag with none open is
    # skipped at once, and the stack is searched only over elements that the
    # close tag then closes, so each element is looked at a bounded number of times.
    open_names: dict[str, int] = {}
    for match in tag_re.finditer(source):
        closing, name, rest = match.group(1), match.group(2).upper(), match.group(3)
        if not closing:
            element = _Element(name, match.start(), match.end())
            stack[-1].children.append(element)
            if not rest.endswith("/"):
                stack.append(element)
                open_names[name] = open_names.get(name, 0) + 1
            continue
        if not open_names.get(name):
            continue
        depth = len(stack) - 1
        while stack[depth].name != name:
            depth -= 1
        _close_empty(stack, depth, open_names)
        element = stack.pop()
        open_names[name] -= 1
        element.inner_end = match.start()
        element.end = match.end()
    _close_empty(stack, 0, open_names)
    return root


def _close_empty(stack: list[_Element], depth: int, open_names: dict[str, int]) -> None:
    """Close the elements above ``stack[depth]`` as empty; their children move to it.

    The children of the closed elements, in order, follow ``stack[depth]``'s own;
    each list is copied once, and they land in an element that is closed properly.
    """
    parent = stack[depth]
    for element in stack[depth + 1 :]:
        parent.children.extend(element.children)
        element.children = []
        element.inner_end = element.end = element.inner_start
        open_names[element.name] -= 1
    del stack[depth + 1 :]


def _root(source: str, name: str, tag_re: re.Pattern[str]) -> _Element:
    """The first top-level element called *name*, or the document's root."""
    root = _elements(source, tag_re)
    return root.find(name) or root


# --------------------------------------------------------------------------
# Regions: a small builder that fills the gaps with markup.


class _Builder:
    """Collects regions; any printable stretch left over becomes markup."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.regions: list[Region] = []

    def add(self, role: RegionRole, start: int, end: int, text: str | None = None) -> bool:
        """Add a region over ``source[start:end]`` with its blank ends trimmed."""
        chunk = self.source[start:end]
        body = chunk.lstrip(_BLANK)
        start += len(chunk) - len(body)
        end = start + len(body.rstrip(_BLANK))
        if start >= end:
            return False
        self.regions.append(Region(role, Span(start, end), text))
        return True

    def block(self, start: int, end: int) -> None:
        """Body text over whole lines; lines that hold only tags are markup."""
        source = self.source
        run_start: int | None = None
        run_end = start
        pos = start
        while pos < end:
            found = _LINE_END_RE.search(source, pos, end)
            stop = end if found is None else found.start()
            raw = source[pos:stop].strip(_BLANK)
            if raw[:1] in ("<", "&") and not decode_markup(raw).strip():
                if run_start is not None:
                    self.regions.append(Region(RegionRole.BODY, Span(run_start, run_end)))
                    run_start = None
                self.add(RegionRole.MARKUP, pos, stop)
            else:
                if run_start is None:
                    run_start = pos
                run_end = stop
            pos = end if found is None else found.end()
        if run_start is not None and source[run_start:run_end].strip(_BLANK):
            self.regions.append(Region(RegionRole.BODY, Span(run_start, run_end)))

    def done(self) -> list[Region]:
        """The regions in source order, with markup over every printable gap."""
        regions = sorted(self.regions, key=lambda region: region.span.start)
        filled: list[Region] = []
        pos = 0
        for region in [*regions, None]:
            gap_end = len(self.source) if region is None else region.span.start
            if gap_end > pos:
                chunk = self.source[pos:gap_end]
                body = chunk.lstrip(_BLANK)
                if body:
                    first = pos + len(chunk) - len(body)
                    last = first + len(body.rstrip(_BLANK))
                    filled.append(Region(RegionRole.MARKUP, Span(first, last)))
            if region is None:
                break
            if region.span.start < pos:  # never overlap (the builder does not)
                continue
            filled.append(region)
            pos = region.span.end
        return filled


_LINE_END_RE = re.compile(r"\r\n|\r|\n")


def _text(source: str, element: _Element) -> str:
    return clean(decode_markup(source[element.inner_start : element.inner_end]))


# --------------------------------------------------------------------------
# The words: a lenient dateline for packaging elements, and the header lines.


class SgmlVocabulary(Vocabulary):
    """The vocabulary of the SGML packagings.

    A dateline that a packaging marks as one (a ``<DATELINE>`` element, a
    TimeML ``<DCT>``) is read leniently: the place as written in any case,
    a date with tokenizer spacing (``April 3 , 1997``), an agency in
    parentheses with inner spaces (``(AP )``), any closing dash.
    """

    END_MARKS = (*Vocabulary.END_MARKS, "ENDIT")

    def __init__(self) -> None:
        """Compile the tables, then the lenient dateline patterns."""
        super().__init__()
        sp = r"[ \t\u00a0]"
        month = self.month_pattern
        dateline = (
            rf"\**(?P<location>[^\s*,()][^()\r\n]{{0,80}}?)"
            rf"(?:,?{sp}*(?P<date>(?i:{month}){sp}*\d{{1,2}}(?:{sp}*,{sp}*\d{{4}})*))?"
            rf"{sp}*,?{sp}*(?:\({sp}*(?P<agency>[^()\r\n]{{1,60}}?){sp}*\))?{sp}*"
        )
        dashes = "--|\u2014|\u2013|-|_"
        self.standalone_dateline_re = re.compile(rf"{dateline}(?P<dash>{dashes})?{sp}*")
        """A packaging's dateline, read leniently (the dash optional)."""
        self.dateline_head_re = re.compile(rf"{sp}*{dateline}(?P<dash>{dashes})(?=\s|\Z)")
        """A dateline with its dash at the start of an element that runs on into text."""


_CAPS_PLACE_RE = re.compile(r"[A-Z][A-Z.'\-]+(?=[\s,]|\Z)")
_INNER_DASH_RE = re.compile(r"\s(?:--?|_|\u2014|\u2013)\s")
_BY_CAPS_RE = re.compile(
    r"(?P<names>(?:By|BY)\s+[A-Z][A-Z.'\-]*(?:\s+(?:[A-Z][A-Z.'\-]*|and|&))*)"
    r"\s+(?P<title>[A-Z][a-z].*)"
)
_MAX_BYLINE = 200
_EDITORS_NOTE_RE = re.compile(r"editor'?s'?\s+note\b", re.IGNORECASE)
_LABEL_RE = re.compile(
    r"\$|eds?\b\s*:|editor'?s'?\s+note\b|for\s+release\b|release\s+(?:at|on)\b|precede\b"
    r"|laser(?:photos?|graphics?|color)\b|an\s+ap\s+extra\b|ap\s+photos?\b"
    r"|with\s+(?:laser|ap\s+photo|photos?\b|graphics?\b|[ap]m-|bc-)",
    re.IGNORECASE,
)
_PRIORITY_RE = re.compile(r"\(?(?:URGENT|BULLETIN|FLASH)\)?(?:\s*[:\-]\s*|\s+(?=[A-Z]))")
_PRIORITY_ONLY_RE = re.compile(r"\(?(?:URGENT|BULLETIN|FLASH|ADVISORY)\)?")
_AP_PACKAGE_RE = re.compile(r"AP\s+[A-Z][A-Z\s&'-]*")
_END_ADVANCE_RE = re.compile(r"End\s+Adv(?:ance)?\b.*")
_COPYRIGHT_RE = re.compile(r"(?:c\.|\(c\)|©|Copyright)\s*\d{4}\b.*", re.IGNORECASE)
_SYNDICATION_RE = re.compile(
    r"\(?(?P<credit>For\s+use\s+by\s+.*\bclients\b.*?|For\s+use\s+by\s+clients\s+of\s+.*?"
    r"|Story\s+filed\s+by\s+.*?|Distributed\s+by\s+.*?"
    r"|Material\s+from\s+.*?\bwas\s+used\s+in\s+this\s+report\.?)\)?",
    re.IGNORECASE,
)
_DESK_RE = re.compile(r"\((?P<credit>[a-z]{1,5}(?:[-/][a-z]{1,5})+)\)")

# Time stamps: ``AP-NY-08-07-98 0618EDT`` (a year in two digits), the header
# forms ``08/07/1998 06:18:00`` and ``1998-08-07 06:18``, Reuters ``26-FEB-1987
# 15:01:01.79``.
_TRANSMISSION_RE = re.compile(
    r"(?<![\w-])[A-Z]{2,4}(?:-[A-Z]{2})?-(?P<month>\d{2})-(?P<day>\d{2})-(?P<year>\d{2})"
    r"\s+(?P<hour>\d{2})(?P<minute>\d{2})(?P<zone>[A-Z]{2,4})?(?!\w)"
)
_NUMERIC_STAMP_RE = re.compile(
    r"(?<!\S)"
    r"(?:(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
    r"|(?P<month2>\d{1,2})/(?P<day2>\d{1,2})/(?P<year2>\d{4}))"
    r"(?:[ T]+(?P<clock>\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?\s*\Z"
)
_DAY_MONTH_YEAR_RE = re.compile(
    r"(?P<day>\d{1,2})-(?P<month>[A-Za-z]{3,9})-(?P<year>\d{4})"
    r"(?:\s+(?P<clock>\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?"
)


def _full_year(two: str) -> int:
    year = int(two)
    return year + (1900 if year >= 50 else 2000)  # noqa: PLR2004 - the 1950-2049 window


def _transmission_time(text: str, vocabulary: Vocabulary) -> tuple[str, bool] | None:
    """``AP-NY-08-07-98 0618EDT`` as ``1998-08-07 06:18 EDT``, and whether it has a zone."""
    match = _TRANSMISSION_RE.search(text)
    if match is None:
        return None
    zone = match.group("zone")
    known = zone is not None and zone in vocabulary.zones
    value = (
        f"{_full_year(match.group('year')):04d}-{match.group('month')}-{match.group('day')}"
        f" {match.group('hour')}:{match.group('minute')}"
    )
    return (f"{value} {zone}" if known else value), known


def _numeric_time(text: str) -> str | None:
    """A header stamp at the end of *text* (``08/07/1998 06:18:00``) in ISO order."""
    match = _NUMERIC_STAMP_RE.search(text)
    if match is None:
        return None
    if match.group("year"):
        year, month, day = match.group("year", "month", "day")
    else:
        year, month, day = match.group("year2", "month2", "day2")
    value = f"{year}-{int(month):02d}-{int(day):02d}"
    clock = match.group("clock")
    return f"{value} {clock}" if clock else value


def _day_month_year_time(text: str, vocabulary: Vocabulary) -> str | None:
    """Reuters-21578 ``26-FEB-1987 15:01:01.79`` in ISO order, fractions kept."""
    match = _DAY_MONTH_YEAR_RE.fullmatch(text)
    if match is None:
        return None
    month = vocabulary.months.get(match.group("month").casefold())
    if month is None:
        return None
    value = f"{match.group('year')}-{month:02d}-{int(match.group('day')):02d}"
    clock = match.group("clock")
    return f"{value} {clock}" if clock else value


# --------------------------------------------------------------------------
# Reading element texts.


def _is_affiliation(text: str, vocabulary: Vocabulary) -> bool:
    if vocabulary.byline_re.fullmatch(text) is not None or len(text) > 80:  # noqa: PLR2004
        return False
    if vocabulary.is_agency(text) or vocabulary.is_agency(text.removeprefix("The ")):
        return True
    return any(word.strip(".,") in vocabulary.affiliation_words for word in text.split())


def _is_agency_byline(text: str, vocabulary: Vocabulary) -> bool:
    match = vocabulary.byline_re.fullmatch(text)
    if match is None:
        return False
    rest = match.group("rest").strip()
    return vocabulary.is_agency(rest) or vocabulary.is_agency(rest.removeprefix("The "))


def _is_end_mark(text: str, vocabulary: Vocabulary) -> bool:
    return text in vocabulary.end_marks or _END_ADVANCE_RE.fullmatch(text) is not None


def _is_label(text: str) -> bool:
    """A package label or editor's note in a headline slot, not a headline."""
    return (
        _LABEL_RE.match(text) is not None
        or _PRIORITY_ONLY_RE.fullmatch(text) is not None
        or (_AP_PACKAGE_RE.fullmatch(text) is not None and text.isupper())
    )


class _Bylines:
    """Byline lines as they come: names, then titles directly after them."""

    def __init__(self, builder: _Builder, vocabulary: Vocabulary) -> None:
        self.builder = builder
        self.vocabulary = vocabulary
        self.open = False
        self.done = False

    def take(self, text: str, start: int, end: int) -> bool:
        """Add *text* at ``source[start:end]`` as a byline or agency credit if it is one."""
        vocabulary = self.vocabulary
        if vocabulary.byline_re.fullmatch(text) is not None and text[:1].isupper():
            if _is_agency_byline(text, vocabulary):
                return self.builder.add(RegionRole.CREDIT, start, end)
            if self.done and not self.open:
                return False
            self._names(start, end)
            self.open = self.done = True
            return True
        if self.open and _is_affiliation(text, vocabulary):
            return self.builder.add(RegionRole.BYLINE, start, end)
        return False

    def _names(self, start: int, end: int) -> None:
        """A ``By`` line; AP's ``By NAME Associated Press Writer`` splits at the title."""
        raw = self.builder.source[start:end]
        match = _BY_CAPS_RE.fullmatch(raw.strip(_BLANK)) if len(raw) <= _MAX_BYLINE else None
        if match is not None and "," not in raw:
            title = match.group("title")
            if _is_affiliation(clean(title), self.vocabulary):
                offset = start + len(raw) - len(raw.lstrip(_BLANK))
                self.builder.add(RegionRole.BYLINE, offset, offset + match.end("names"))
                self.builder.add(
                    RegionRole.BYLINE, offset + match.start("title"), offset + match.end("title")
                )
                return
        self.builder.add(RegionRole.BYLINE, start, end)

    def close(self) -> None:
        """Lines that follow are no longer titles under the byline."""
        self.open = False


def _dateline_region(builder: _Builder, vocabulary: Vocabulary, start: int, end: int) -> None:
    """A dateline element; text after its dash, if any, starts the body."""
    if not isinstance(vocabulary, SgmlVocabulary):
        builder.add(RegionRole.DATELINE, start, end)
        return
    raw = builder.source[start:end]
    match = vocabulary.dateline_head_re.match(raw)
    if match is None or not raw[match.end() :].strip(_BLANK):
        builder.add(RegionRole.DATELINE, start, end)
        return
    builder.add(RegionRole.DATELINE, start, start + match.end())
    builder.block(start + match.end(), end)


def _place_dateline(text: str, vocabulary: Vocabulary, *groups: str) -> bool:
    """Whether *text* is wholly a dateline with a place in capitals and one of *groups*."""
    if len(text) > 120:  # noqa: PLR2004
        return False
    match = vocabulary.standalone_dateline_re.fullmatch(text)
    if match is None or not any(match.group(group) for group in groups):
        return False
    location = match.group("location")
    return _CAPS_PLACE_RE.match(location) is not None and _INNER_DASH_RE.search(location) is None


# --------------------------------------------------------------------------
# Body rules the packagings share.


def _starts_indented(source: str, start: int) -> bool:
    return source[start : start + 1] in (" ", "\t")


def rule_indented_paragraphs(state: State) -> None:
    """Start a paragraph at every line that opens with white space.

    Fixed-width copy indents each paragraph's first line and each table row,
    so a run of indented lines is a run of paragraphs.
    """
    from wireparse._parser import Para  # noqa: PLC0415 - the parser imports the styles

    source = state.source
    split: list[Para] = []
    for paragraph in state.paragraphs:
        current: Para | None = None
        for line in paragraph.lines:
            if current is None or _starts_indented(source, line.start):
                current = Para(line)
                split.append(current)
            else:
                current.lines.append(line)
    state.paragraphs = split


_SIGN_OFF_LINE_RE = re.compile(r"(?i:reuters?|reute)(?:\.{2,3})?")
_SIGN_OFF_TAIL_RE = re.compile(r"(?<=[.!?\"'])\s+(?P<sign>(?:REUTERS?|Reuters?)(?:\.{2,3})?)\Z")


def rule_sign_off(state: State) -> None:
    """Take the ``Reuter`` sign-off, as written, off the end of the story."""
    if not state.paragraphs:
        return
    last: Para = state.paragraphs[-1]
    line = last.lines[-1]
    at = len(last.joined) - len(line.text)
    if _SIGN_OFF_LINE_RE.fullmatch(line.text) is not None:
        index = at
    else:
        match = _SIGN_OFF_TAIL_RE.search(line.text)
        if match is None:
            return
        index = at + match.start("sign")
    if index < last.head or last.tail is not None:
        return
    start, end = last.offset(state, index), last.end(state)
    state.credits.append(Credit(last.joined[index:].strip(" "), Span(start, end)))
    state.piece(start, end, SegmentKind.CREDIT)
    last.cut_tail(index)
    if not last.text:
        state.paragraphs.pop()


_SEPARATOR_CHARS = "_-=*~"


def _is_separator(text: str) -> bool:
    """A rule of three or more ``_ - = * ~`` characters, spaces allowed between."""
    return not text.strip(_SEPARATOR_CHARS + " ") and len(text.replace(" ", "")) >= 3  # noqa: PLR2004


def rule_separators(state: State) -> None:
    """Leave separator lines (``___``, ``-----``) out of the paragraphs; they are markup."""
    kept: list[Para] = []
    for paragraph in state.paragraphs:
        if _is_separator(paragraph.text):
            state.piece(paragraph.start(state), paragraph.end(state), SegmentKind.MARKUP)
        else:
            kept.append(paragraph)
    state.paragraphs = kept


class _SgmlStyle(Style):
    """What the SGML packagings share: markup decoding and the lenient dateline."""

    vocabulary_class = SgmlVocabulary

    def decode(self, raw: str) -> str:
        """Tags dropped, entities decoded, controls dropped, spaces folded."""
        return decode_markup(raw)


# --------------------------------------------------------------------------
# TIPSTER / TREC.

_DOC_START_RE = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?<DOC(?:\s[^<>]*)?>", re.IGNORECASE)
_DOC_PARTS_RE = re.compile(r"<(?:DOCNO|DOCID|TEXT|HEADLINE|HEAD)\b", re.IGNORECASE)

_HEAD_ELEMENTS = frozenset({"HEAD", "HEADLINE", "HL", "TITLE"})
_BYLINE_ELEMENTS = frozenset({"BYLINE", "AUTHOR"})
_NOTE_ELEMENTS = frozenset({"NOTE", "UNK"})
_STAMP_ELEMENTS = frozenset({"FILEID", "DATE_TIME", "DATE"})
_BODY_ELEMENTS = frozenset({"TEXT", "BODY"})
_TIPSTER_TAGS = _tag_re(
    "DOC",
    "DOCNO",
    "DOCID",
    "FIRST",
    "SECOND",
    "DATELINE",
    *_HEAD_ELEMENTS,
    *_BYLINE_ELEMENTS,
    *_NOTE_ELEMENTS,
    *_STAMP_ELEMENTS,
    *_BODY_ELEMENTS,
)


class Tipster(_SgmlStyle):
    """TIPSTER/TREC ``<DOC>`` SGML, as in the AP newswire of the TIPSTER collection."""

    name = "tipster"
    description = "TIPSTER/TREC SGML: <DOC>, <FILEID> stamp, <HEAD>, <BYLINE>, <DATELINE>, <TEXT>"

    def detect(self, source: str) -> float:
        """A ``<DOC>`` element opening the file, with ``<DOCNO>`` or ``<TEXT>`` in it."""
        head = source[:_DETECT_WINDOW]
        if _DOC_START_RE.match(head) and _DOC_PARTS_RE.search(head):
            return 0.95
        return 0.0

    @property
    def body_rules(self) -> Sequence[tuple[str, BodyRule]]:
        """The core rules, after indented paragraph starts."""
        return edit_rules(
            super().body_rules,
            before={
                "tail": [
                    ("indented-paragraphs", rule_indented_paragraphs),
                    ("separators", rule_separators),
                ]
            },
        )

    def regions(self, source: str) -> Sequence[Region] | None:
        """The ``<DOC>`` element's children, in order."""
        vocabulary = self.vocabulary
        builder = _Builder(source)
        bylines = _Bylines(builder, vocabulary)
        headline = dateline = published = editors_note = body = False
        for element in _root(source, "DOC", _TIPSTER_TAGS).children:
            name = element.name
            start, end = element.inner_start, element.inner_end
            if name not in _BYLINE_ELEMENTS and name not in _NOTE_ELEMENTS:
                bylines.close()
            if name in _BODY_ELEMENTS:
                body = True
                if editors_note:
                    editors_note = False
                else:
                    builder.block(start, end)
                continue
            text = _text(source, element)
            if not text:
                continue
            if name in _STAMP_ELEMENTS and not published:
                published = self._stamp(builder, text, start, end)
            elif name in _HEAD_ELEMENTS:
                if not headline and not _is_label(text):
                    headline = builder.add(RegionRole.HEADLINE, start, end)
            elif name in _BYLINE_ELEMENTS:
                bylines.take(text, start, end)
            elif name in _NOTE_ELEMENTS:
                if _is_end_mark(text, vocabulary):
                    builder.add(RegionRole.END_MARK, start, end)
                elif _EDITORS_NOTE_RE.match(text):
                    editors_note = True
                elif not bylines.take(text, start, end) and self._unmarked_headline(
                    name, text, headline=headline, body=body
                ):
                    headline = builder.add(RegionRole.HEADLINE, start, end)
            elif name == "DATELINE" and not dateline:
                _dateline_region(builder, vocabulary, start, end)
                dateline = True
        return builder.done()

    @staticmethod
    def _unmarked_headline(name: str, text: str, *, headline: bool, body: bool) -> bool:
        """An ``<UNK>`` line in the headline's place (before the text, none yet) is one."""
        return name == "UNK" and not headline and not body and not _is_label(text)

    def _stamp(self, builder: _Builder, text: str, start: int, end: int) -> bool:
        vocabulary = self.vocabulary
        transmission = _transmission_time(text, vocabulary)
        value = transmission[0] if transmission else _numeric_time(text)
        if value is None:
            value = _day_month_year_time(text, vocabulary)
        return value is not None and builder.add(RegionRole.PUBLISHED, start, end, value)


# --------------------------------------------------------------------------
# TimeML (TempEval-3 packagings of AQUAINT and Gigaword copy).

_TIMEML_RE = re.compile(r"<TimeML\b")
_MAX_HEADER_LINE = 300
_TIMEML_TAGS = _tag_re("TimeML", "DOCID", "DCT", "TITLE", "EXTRAINFO", "TEXT")
# Header and trailer lines split at tags, ANPA codes (``&amp;QL;``), line
# feeds and runs of spaces; a lone CR (a wrapped note) does not split.
_EXTRA_SPLIT_RE = re.compile(r"<[^<>]*>|&amp;[A-Za-z][A-Za-z0-9]{0,7};|\n|[ \t]{2,}|\t")


def _pieces(source: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of ``source[start:end]`` between separators, blank ends trimmed."""
    found: list[tuple[int, int]] = []
    pos = start
    for match in [*_EXTRA_SPLIT_RE.finditer(source, start, end), None]:
        stop = end if match is None else match.start()
        chunk = source[pos:stop]
        body = chunk.lstrip(_BLANK)
        if body:
            first = pos + len(chunk) - len(body)
            found.append((first, first + len(body.rstrip(_BLANK))))
        if match is not None:
            pos = match.end()
    return found


class Timeml(_SgmlStyle):
    """TimeML XML packagings (TempEval-3) of AQUAINT and Gigaword newswire."""

    name = "timeml"
    description = "TimeML XML: <DOCID>, <DCT>, <TITLE>, header/trailer <EXTRAINFO>, <TEXT>"

    def detect(self, source: str) -> float:
        """A ``<TimeML`` root element near the top."""
        return 0.95 if _TIMEML_RE.search(source, 0, _DETECT_WINDOW) else 0.0

    @property
    def body_rules(self) -> Sequence[tuple[str, BodyRule]]:
        """The core rules, after separator lines are set aside."""
        return edit_rules(super().body_rules, before={"tail": [("separators", rule_separators)]})

    def regions(self, source: str) -> Sequence[Region] | None:
        """Title, header and trailer lines, the text with its dateline line."""
        vocabulary = self.vocabulary
        builder = _Builder(source)
        children = _root(source, "TIMEML", _TIMEML_TAGS).children
        body = next((child for child in children if child.name == "TEXT"), None)
        text_dateline = self._text(builder, body)
        stamps: dict[str, tuple[int, int, str]] = {}
        bylines = _Bylines(builder, vocabulary)
        for element in children:
            start, end = element.inner_start, element.inner_end
            if element.name == "TITLE":
                self._title(builder, bylines, start, end)
            elif element.name == "DCT":
                text = _text(source, element)
                value = _numeric_time(text)
                if value is not None:
                    stamps.setdefault("dct", (start, end, value))
                elif not text_dateline and _place_dateline(text, vocabulary, "date", "agency"):
                    text_dateline = builder.add(RegionRole.DATELINE, start, end)
            elif element.name == "EXTRAINFO":
                trailer = body is not None and element.start > body.start
                bylines.close()
                self._extra(builder, bylines, stamps, start, end, trailer=trailer)
        for key in ("trailer-zoned", "header", "trailer", "dct"):
            if key in stamps:
                start, end, value = stamps[key]
                builder.add(RegionRole.PUBLISHED, start, end, value)
                break
        return builder.done()

    def _text(self, builder: _Builder, body: _Element | None) -> bool:
        """The ``<TEXT>`` element; a first line that is wholly a dateline is one."""
        if body is None:
            return False
        source = builder.source
        start, end = body.inner_start, body.inner_end
        first = len(source[start:end]) - len(source[start:end].lstrip(_BLANK)) + start
        found = _LINE_END_RE.search(source, first, end)
        stop = end if found is None else found.start()
        line = clean(decode_markup(source[first:stop]))
        if first < end and _place_dateline(line, self.vocabulary, "dash", "agency"):
            builder.add(RegionRole.DATELINE, first, stop)
            builder.block(stop, end)
            return True
        builder.block(start, end)
        return False

    def _title(self, builder: _Builder, bylines: _Bylines, start: int, end: int) -> None:
        """``<TITLE>``: the headline, its priority label off; a byline when it is one."""
        text = clean(decode_markup(builder.source[start:end]))
        if not text:
            return
        if self.vocabulary.byline_re.fullmatch(text) is not None:
            bylines.take(text[:1].upper() + text[1:], start, end)
            bylines.close()
            return
        raw = builder.source[start:end]
        lead = len(raw) - len(raw.lstrip(_BLANK))
        label = _PRIORITY_RE.match(raw, lead)
        if label is not None and raw[label.end() :].strip(_BLANK):
            start += label.end()
        builder.add(RegionRole.HEADLINE, start, end)

    def _extra(
        self,
        builder: _Builder,
        bylines: _Bylines,
        stamps: dict[str, tuple[int, int, str]],
        start: int,
        end: int,
        *,
        trailer: bool,
    ) -> None:
        """A header or trailer ``<EXTRAINFO>``, one piece at a time."""
        vocabulary = self.vocabulary
        source = builder.source
        for first, last in _pieces(source, start, end):
            text = clean(decode_markup(source[first:last]))
            if not text or len(text) > _MAX_HEADER_LINE:
                continue
            transmission = _transmission_time(text, vocabulary)
            if transmission is not None and _TRANSMISSION_RE.fullmatch(text):
                value, zoned = transmission
                key = "trailer-zoned" if zoned else "trailer"
                stamps.setdefault(key, (first, last, value))
                continue
            numeric = _numeric_time(text)
            if numeric is not None and not trailer:
                raw = _NUMERIC_STAMP_RE.search(source, first, last)
                stamps.setdefault("header", (raw.start() if raw else first, last, numeric))
                continue
            if _COPYRIGHT_RE.fullmatch(text):
                builder.add(RegionRole.CREDIT, first, last)
                continue
            syndication = _SYNDICATION_RE.fullmatch(text)
            if syndication is not None:
                builder.add(RegionRole.CREDIT, first, last, syndication.group("credit"))
                continue
            if trailer:
                desk = _DESK_RE.fullmatch(text)
                if desk is not None:
                    builder.add(RegionRole.CREDIT, first, last, desk.group("credit"))
                elif _is_end_mark(text, vocabulary):
                    builder.add(RegionRole.END_MARK, first, last)
                continue
            if not bylines.take(text, first, last):
                bylines.close()


# --------------------------------------------------------------------------
# Reuters-21578.

_REUTERS_RE = re.compile(r"<REUTERS\b")
_REUTERS_TAGS = _tag_re(
    "REUTERS",
    "DATE",
    "TOPICS",
    "PLACES",
    "PEOPLE",
    "ORGS",
    "EXCHANGES",
    "COMPANIES",
    "UNKNOWN",
    "TEXT",
    "TITLE",
    "AUTHOR",
    "DATELINE",
    "BODY",
)
_ALNUM_RE = re.compile(r"\w")


class Reuters21578(_SgmlStyle):
    """Reuters-21578 SGML: one ``<REUTERS>`` element per story."""

    name = "reuters21578-sgml"
    description = "Reuters-21578 SGML: <REUTERS>, <DATE>, <TITLE>, <AUTHOR>, <DATELINE>, <BODY>"

    def detect(self, source: str) -> float:
        """A ``<REUTERS`` element near the top."""
        return 0.95 if _REUTERS_RE.search(source, 0, _DETECT_WINDOW) else 0.0

    @property
    def body_rules(self) -> Sequence[tuple[str, BodyRule]]:
        """The core rules, after indented paragraph starts and the sign-off."""
        return edit_rules(
            super().body_rules,
            before={
                "tail": [
                    ("indented-paragraphs", rule_indented_paragraphs),
                    ("separators", rule_separators),
                    ("sign-off", rule_sign_off),
                ]
            },
        )

    def regions(self, source: str) -> Sequence[Region] | None:
        """The date, then the ``<TEXT>`` element's title, author, dateline and body."""
        vocabulary = self.vocabulary
        builder = _Builder(source)
        for element in _root(source, "REUTERS", _REUTERS_TAGS).children:
            if element.name == "DATE":
                value = _day_month_year_time(_text(source, element), vocabulary)
                if value is not None:
                    builder.add(RegionRole.PUBLISHED, element.inner_start, element.inner_end, value)
            elif element.name == "TEXT":
                self._text(builder, element)
        return builder.done()

    def _text(self, builder: _Builder, text: _Element) -> None:
        source = builder.source
        vocabulary = self.vocabulary
        bylines = _Bylines(builder, vocabulary)
        pos = text.inner_start
        for element in [*text.children, None]:
            loose_end = text.inner_end if element is None else element.start
            if _ALNUM_RE.search(decode_markup(source[pos:loose_end])):
                builder.block(pos, loose_end)
            if element is None:
                break
            pos = element.end
            start, end = element.inner_start, element.inner_end
            if element.name == "TITLE":
                builder.add(RegionRole.HEADLINE, start, end)
            elif element.name == "AUTHOR":
                if not bylines.take(_text(source, element), start, end):
                    builder.add(RegionRole.BYLINE, start, end)
            elif element.name == "DATELINE":
                _dateline_region(builder, vocabulary, start, end)
            elif element.name == "BODY":
                builder.block(start, end)


STYLES = (Tipster(), Timeml(), Reuters21578())
