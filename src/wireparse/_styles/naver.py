"""Naver News copy as the Baram crawler saves it: YAML front matter, then Markdown.

The file opens with front matter between ``---`` lines (``title:``,
``publisher:``, ``author:`` over several tab-indented lines, ``published_at:``
with the date and a ``00:00`` time, ``crawled_at:``, ``url:``, ``oid:``,
``aid:``, ``content_hash:``), then a Markdown page: ``# Title``, the
``**publisher** | date | category`` line, ``---`` separators around the body,
and the ``*Crawled at: ...*`` / ``*Source: ...*`` trailer.  Text carries HTML
entities (``&#x27;``, ``&quot;``, ``&amp;``), decoded here.  The body keeps the
crawler's blocks: paragraphs are often glued into one block without a space
(``said.The survey``), and those blocks are the paragraphs.

The front matter's keys are markup; ``title`` is the headline, ``author`` the
byline when it names a person, ``published_at`` the publication time in Korea
Standard Time, as every publisher on Naver implies.

Each publisher lays its copy out in its own way; what differs is data, a
:class:`NaverPublisher` per publisher (:data:`PUBLISHERS`), found by the
``publisher:`` name or the ``oid:`` office number:

* Yonhap opens the first block with its slug, the headline again, an
  ``(ATTN: ...)`` note and ``By NAME`` before the ``SEOUL, Dec. 28 (Yonhap)
  --`` dateline, and closes with the reporter's e-mail and ``(END)``;
* the Korea Herald sets a deck (subheadline) above the body, glues photo
  captions ending in ``(Yonhap)`` to the front of blocks, and names the
  reporter with an e-mail in the front matter;
* Korea JoongAng Daily writes ``BY NAME, NAME [e-mail]`` bylines, ``[EXPLAINER]``
  kickers and a closing note on its AI-assisted translation (a credit);
* the AP and EPA photo services send captions only, EPA with the picture title
  glued in front of the caption and the credit after it (``EPA/NAME``).
"""

from __future__ import annotations

import bisect
import html
import re
from typing import TYPE_CHECKING

import attrs

from wireparse._records import Byline, Caption, SegmentKind, Span
from wireparse._styles._base import Region, RegionRole, Style, edit_rules
from wireparse._styles.yonhap import YonhapVocabulary, rule_sign_off
from wireparse._text import clean, fold

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wireparse._parser import BodyRule, Para, State

__all__ = ["PUBLISHERS", "Naver", "NaverPublisher", "NaverVocabulary", "decode_entities"]


# --------------------------------------------------------------------------
# Publishers, as data.


@attrs.frozen
class NaverPublisher:
    """How one publisher's copy reads in the Naver crawl."""

    key: str
    """A short name for people (``"yonhap"``)."""
    names: tuple[str, ...] = ()
    """The ``publisher:`` values that name it."""
    oids: tuple[str, ...] = ()
    """Naver's office numbers (``oid:``) for it."""
    agency_header: bool = False
    """The first block opens with the slug, the headline again, an ``(ATTN: ...)``
    note and a ``By`` line before the dateline (Yonhap)."""
    decks: bool = False
    """A deck (subheadline) stands above the body, as a block of its own or
    glued to the first paragraph (the Korea Herald)."""
    captions_only: bool = False
    """Every block is a photo caption (the picture services)."""
    picture_titles: bool = False
    """A picture title is glued in front of the caption (EPA)."""
    block_captions: bool = True
    """A short block closing with a credit in brackets may be a caption of its
    own (off for Yonhap, whose blocks end in abbreviations such as ``(UNC)``)."""
    photo_stories: bool = False
    """A story of one block whose first sentence reads as a caption is a photo
    with its caption (JoongAng's and the Herald's photo pages)."""
    people_in_front_matter: bool = True
    """Whether the front matter's ``author:`` names people (the picture
    services put desk codes there)."""


PUBLISHERS: tuple[NaverPublisher, ...] = (
    NaverPublisher(
        "yonhap",
        names=("연합뉴스", "Yonhap"),
        oids=("001",),
        agency_header=True,
        block_captions=False,
    ),
    NaverPublisher(
        "koreaherald",
        names=("코리아헤럴드", "The Korea Herald", "Korea Herald"),
        oids=("044",),
        decks=True,
        photo_stories=True,
    ),
    NaverPublisher(
        "joongang",
        names=("코리아중앙데일리", "Korea JoongAng Daily"),
        oids=("640",),
        photo_stories=True,
    ),
    NaverPublisher("mk", names=("매일경제",), oids=("009",)),
    NaverPublisher(
        "photo",
        names=("AP연합뉴스", "EPA연합뉴스"),
        oids=("077", "091"),
        captions_only=True,
        picture_titles=True,
        people_in_front_matter=False,
    ),
)
"""The publishers whose layout is known; others read as :data:`OTHER`."""

OTHER = NaverPublisher("other")
"""Any other publisher: front matter, blocks, glued captions."""

_BY_NAME = {name.casefold(): publisher for publisher in PUBLISHERS for name in publisher.names}
_BY_OID = {oid: publisher for publisher in PUBLISHERS for oid in publisher.oids}

PRIORITY_LABELS = ("URGENT", "FLASH", "BULLETIN")
"""Priority labels that open a title but are not part of the headline."""

_PRIORITY_RE = re.compile(r"(?:\((?:{0})\)|(?:{0}):?)[ \t]+".format("|".join(PRIORITY_LABELS)))
_LABEL_TITLE_RE = re.compile(r"\([^()]{3,120}\)")
"""A title that is only a label: ``(EDITORIAL from The Korea Herald on Dec. 30)``."""

DESK_NAMES = re.compile(r"^(?:영문|외신|편집|온라인|사진|그래픽)|(?:뉴스|데스크|편집국|팀)$")
"""Korean desk names in the ``author:`` slot (``영문뉴스``, the English news desk)."""

_TITLE_SUFFIX_RE = re.compile(r"[ \t]+(?:기자|특파원|선임기자|객원기자)$")
"""``기자`` (reporter) and kin after a name."""


class NaverVocabulary(YonhapVocabulary):
    """The crawl's words: Yonhap's, and the syndicates whose columns the dailies carry.

    A syndicate's name in brackets closing a column is a credit, as an
    agency's is.
    """

    AGENCIES = (*YonhapVocabulary.AGENCIES, "Project Syndicate", "Tribune Content Agency")


PHOTO_AGENCIES = ("EPA-EFE", "EPA", "AFP", "AP", "Reuters", "Xinhua", "Yonhap")
"""Agencies whose ``AGENCY/NAME`` credit may follow a caption without brackets."""


# --------------------------------------------------------------------------
# Entities.

_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_PARTIAL_ENTITY_RE = re.compile(r"&(?:#[xX]?[0-9a-fA-F]{0,7}|[a-z][A-Za-z0-9]{0,31})?\Z")


def _entity(match: re.Match[str]) -> str:
    return html.unescape(match.group())


def decode_entities(raw: str) -> str:
    r"""Decode HTML character references; the text never grows.

    What may be a reference cut off at the very end (``&#x27`` without its
    ``;``, or a bare ``&``) is left out, so that the text of a longer prefix of
    the source is never shorter than a shorter prefix's, and a character
    decoded from a reference counts only once the reference is complete (what
    :func:`wireparse._lines.locate` relies on to map offsets back).  The crawl
    escapes every ampersand, so a line never really ends in one.

    >>> decode_entities("&quot;KT&amp;G&quot; &#x27")
    '"KT&G" '
    """
    if "&" not in raw:
        return raw
    partial = _PARTIAL_ENTITY_RE.search(raw, max(0, len(raw) - 40))
    if partial is not None:
        raw = raw[: partial.start()]
    return _ENTITY_RE.sub(_entity, raw)


class _Decoded:
    """A stretch of the source with its entities decoded, and the way back to offsets."""

    __slots__ = ("_sources", "_texts", "text")

    def __init__(self, source: str, start: int, end: int) -> None:
        pieces: list[str] = []
        self._texts = [0]
        self._sources = [start]
        position = start
        size = 0
        for match in _ENTITY_RE.finditer(source, start, end):
            pieces.append(source[position : match.start()])
            value = _entity(match)
            pieces.append(value)
            size += match.start() - position + len(value)
            self._texts.append(size)
            self._sources.append(match.end())
            position = match.end()
        pieces.append(source[position:end])
        self.text = "".join(pieces)

    def to_source(self, index: int) -> int:
        """The source offset of *index* in :attr:`text`."""
        at = bisect.bisect_right(self._texts, index) - 1
        return self._sources[at] + index - self._texts[at]


# --------------------------------------------------------------------------
# The crawl's packaging.

_LINE_END_RE = re.compile(r"\r\n|\r|\n")
_OPEN_RE = re.compile(r"\ufeff?---[ \t]*(?=\r|\n)")
_KEY_RE = re.compile(r"(?P<key>[A-Za-z_][\w-]{0,40}):(?:[ \t]|$)")
_SEPARATOR_RE = re.compile(r"[ \t]*-{3,}[ \t]*")
_HEADING_RE = re.compile(r"#[ \t]+\S")
_PUBLISHER_LINE_RE = re.compile(r"\*\*[^*\r\n]{0,80}\*\*[ \t]*\|")
_TRAILER_RE = re.compile(r"\*(?:Crawled at|Source)\b[^\r\n]*\*[ \t]*")
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?")
_EMAIL_RE = re.compile(r"[ \t]*[\[(<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\])>]?")

_DETECT_RE = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?:[^\r\n]*\r?\n){0,60}?(?:publisher|oid):")
_FIELD_RE = re.compile(r"^(publisher|oid):[ \t]*(.*?)[ \t]*\r?$", re.MULTILINE)


def publisher_of(source: str) -> NaverPublisher:
    """The publisher whose copy *source* is, from its front matter (:data:`OTHER` if unknown)."""
    found = OTHER
    end = source.find("\n---", 3, 6000)
    for match in _FIELD_RE.finditer(source, 0, end if end > 0 else 3000):
        value = match.group(2)
        if match.group(1) == "publisher":
            publisher = _BY_NAME.get(value.casefold())
            if publisher is not None:
                return publisher
        elif value in _BY_OID:
            found = _BY_OID[value]
    return found


def _lines(source: str, start: int) -> list[tuple[int, int]]:
    """The (start, end) of each line from *start*, line ends left out."""
    found: list[tuple[int, int]] = []
    position = start
    for match in _LINE_END_RE.finditer(source, start):
        found.append((position, match.start()))
        position = match.end()
    if position < len(source):
        found.append((position, len(source)))
    return found


def _trimmed(source: str, start: int, end: int) -> tuple[int, int]:
    """*start* and *end* moved past white space at either end."""
    while start < end and source[start] in " \t\ufeff":
        start += 1
    while end > start and source[end - 1] in " \t":
        end -= 1
    return start, end


def _unquote(source: str, start: int, end: int) -> tuple[int, int, str | None]:
    """A YAML scalar's span without its quotes, and its text when escapes change it."""
    if end - start >= 2 and source[start] == source[end - 1] and source[start] in "\"'":  # noqa: PLR2004
        inner = source[start + 1 : end - 1]
        if source[start] == '"' and "\\" in inner:
            return start + 1, end - 1, re.sub(r"\\(.)", r"\1", inner)
        if source[start] == "'" and "''" in inner:
            return start + 1, end - 1, inner.replace("''", "'")
        return start + 1, end - 1, None
    return start, end, None


@attrs.define
class _Page:
    """What :func:`_read_page` found: the front matter's values and the page's parts."""

    regions: list[Region] = attrs.Factory(list)
    title: tuple[int, int, str] | None = None
    """The title's span and decoded text."""
    author: tuple[int, int] | None = None
    """The span of the ``author:`` value (all its lines)."""
    published: tuple[int, int] | None = None
    heading: tuple[int, int] | None = None
    body: list[tuple[int, int]] = attrs.Factory(list)
    """The body's lines that hold text."""


def _read_page(source: str) -> _Page | None:
    opening = _OPEN_RE.match(source)
    if opening is None:
        return None
    page = _Page()
    markup = page.regions
    markup.append(Region(RegionRole.MARKUP, Span(*_trimmed(source, 0, opening.end()))))
    lines = _lines(source, opening.end())
    index = 1 if lines and lines[0][0] == lines[0][1] else 0
    key = ""
    author_lines: list[tuple[int, int]] = []
    closed = False
    while index < len(lines):
        start, end = _trimmed(source, *lines[index])
        index += 1
        if start == end:
            continue
        if _SEPARATOR_RE.fullmatch(source, start, end) and source[start] == "-":
            markup.append(Region(RegionRole.MARKUP, Span(start, end)))
            closed = True
            break
        match = _KEY_RE.match(source, start, end)
        if match is None or source[lines[index - 1][0]] in " \t":
            if key == "author":
                author_lines.append((start, end))
            else:
                markup.append(Region(RegionRole.MARKUP, Span(start, end)))
            continue
        key = match.group("key")
        value_start, value_end = _trimmed(source, match.end(), end)
        key_end = start + len(key) + 1
        markup.append(Region(RegionRole.MARKUP, Span(start, key_end)))
        if value_start == value_end:
            continue
        if key == "title" and page.title is None:
            first, last, text = _unquote(source, value_start, value_end)
            page.title = (
                first,
                last,
                decode_entities(text if text is not None else source[first:last]),
            )
            if first > value_start:
                markup.append(Region(RegionRole.MARKUP, Span(value_start, first)))
                markup.append(Region(RegionRole.MARKUP, Span(last, value_end)))
        elif key == "author":
            author_lines.append((value_start, value_end))
        elif key == "published_at" and page.published is None:
            page.published = (value_start, value_end)
        else:
            markup.append(Region(RegionRole.MARKUP, Span(value_start, value_end)))
    if not closed:
        return None
    if author_lines:
        page.author = (author_lines[0][0], author_lines[-1][1])
    _read_markdown(source, lines[index:], page)
    return page


def _read_markdown(source: str, lines: list[tuple[int, int]], page: _Page) -> None:
    markup = page.regions
    for raw_start, raw_end in lines:
        start, end = _trimmed(source, raw_start, raw_end)
        if start == end:
            continue
        if _SEPARATOR_RE.fullmatch(source, start, end) or _TRAILER_RE.fullmatch(source, start, end):
            markup.append(Region(RegionRole.MARKUP, Span(start, end)))
        elif page.heading is None and not page.body and _HEADING_RE.match(source, start, end):
            page.heading = (start, end)
        elif not page.body and _PUBLISHER_LINE_RE.match(source, start, end):
            date = _DATE_RE.search(source, start, end)
            if page.published is None and date is not None:
                page.published = (date.start(), date.end())
                markup.append(Region(RegionRole.MARKUP, Span(start, date.start())))
                rest = _trimmed(source, date.end(), end)
                if rest[0] < rest[1]:
                    markup.append(Region(RegionRole.MARKUP, Span(*rest)))
            else:
                markup.append(Region(RegionRole.MARKUP, Span(start, end)))
        else:
            page.body.append((start, end))


# --------------------------------------------------------------------------
# The front of the body, publisher by publisher.

_KICKER_RE = re.compile(r"\[[A-Z][A-Z0-9 &'/.-]{1,30}\][ \t]*")
"""A kicker in capitals opening the body (``[EXPLAINER]``)."""
_ATTN_RE = re.compile(r"[ \t]*\(ATTN:[^()]{0,300}\)[ \t]*")
_CAPITALS_RE = re.compile(r"[A-Z][A-Z'.\-]+,?")
_NAME_WORD_RE = re.compile(r"[A-Z][\w'.\-]*,?|and|&")
_AGENCY_DATELINE_RE = re.compile(
    r"[A-Z][A-Z'.\-]+(?:[ \t][A-Z][A-Z'.\-]+)*,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]*\d{1,2}[ \t]*"
    r"\([A-Za-z][^()]{1,40}\)"
)
_GLUE_RE = re.compile(r"[a-z]{3}(?=[A-Z][a-z])")
"""Two sentences or a title and a sentence glued without a space: ``neededLast``."""
_PICTURE_TITLE_END_RE = re.compile(r"[a-z0-9](?=[A-Z])|[A-Z](?=[A-Z][a-z])")
_SENTENCE_END_RE = re.compile(r"[.!?][\"'\u201d\u2019]?(?=\s|[A-Z\"\u201c]|\Z)")
_MAX_HEADER = 400
_MAX_DECK = 400
_MAX_PICTURE_TITLE = 150


class _Front:
    """The regions the publisher's front matter of the body makes (private)."""

    def __init__(self, source: str, page: _Page, publisher: NaverPublisher) -> None:
        self.source = source
        self.page = page
        self.publisher = publisher
        self.regions: list[Region] = []
        self.byline = False
        """Whether the body gave the byline."""
        self.headline = False
        """Whether the body gave the headline (the title slot held only a label)."""
        self.body_start: int | None = None
        """Where the body text starts in the first body line, if not at its start."""

    def markup(self, start: int, end: int) -> None:
        start, end = _trimmed(self.source, start, end)
        if start < end:
            self.regions.append(Region(RegionRole.MARKUP, Span(start, end)))

    def read(self) -> None:
        body = self.page.body
        if not body:
            return
        publisher = self.publisher
        start, end = body[0]
        if publisher.agency_header:
            start = self.agency_header(start, end)
        if publisher.captions_only:
            start = self.picture_title(start, end)
        if publisher.decks:
            if self.deck():
                start, end = self.page.body[0]
            else:
                start = self.glued_deck(start, end)
        kicker = _KICKER_RE.match(self.source, start, end)
        if kicker is not None and kicker.end() < end:
            self.markup(start, kicker.end())
            start = kicker.end()
        self.body_start = start

    def agency_header(self, start: int, end: int) -> int:
        """Slug, headline, ``(ATTN: ...)`` and ``By`` line before the dateline (Yonhap)."""
        decoded = _Decoded(self.source, start, end)
        text = decoded.text
        title = self.page.title[2] if self.page.title is not None else ""
        found = text.find(title, 0, _MAX_HEADER + len(title)) if title else -1
        if found >= 0:
            cursor = found + len(title)
            self.markup(start, decoded.to_source(cursor))
            if _LABEL_TITLE_RE.fullmatch(title):
                cursor = self.real_headline(decoded, cursor)
        else:
            dateline = _AGENCY_DATELINE_RE.search(text, 0, _MAX_HEADER)
            if dateline is None:
                return start
            cursor = dateline.start()
            by = text.rfind("By ", 0, cursor)
            cursor = by if by >= 0 else cursor
            self.markup(start, decoded.to_source(cursor))
        attn = _ATTN_RE.match(text, cursor)
        if attn is not None:
            self.markup(decoded.to_source(cursor), decoded.to_source(attn.end()))
            cursor = attn.end()
        while cursor < len(text) and text[cursor] in " \t":
            cursor += 1
        cursor = self.agency_byline(decoded, cursor)
        return decoded.to_source(cursor)

    def real_headline(self, decoded: _Decoded, cursor: int) -> int:
        """After a title that is only a label, the real headline up to the glued body."""
        text = decoded.text
        while cursor < len(text) and text[cursor] in " \t":
            cursor += 1
        glue = _GLUE_RE.search(text, cursor, cursor + _MAX_HEADER)
        if glue is None:
            return cursor
        first, last = decoded.to_source(cursor), decoded.to_source(glue.end())
        self.regions.append(Region(RegionRole.HEADLINE, Span(first, last)))
        self.headline = True
        return glue.end()

    def agency_byline(self, decoded: _Decoded, cursor: int) -> int:
        """A ``By NAME`` before the dateline's place in capitals."""
        text = decoded.text
        if not text.startswith("By ", cursor):
            return cursor
        words_end = cursor + 2
        names = 0
        for word in re.finditer(r"\S+", text[cursor + 3 : cursor + _MAX_HEADER]):
            token = word.group()
            if _CAPITALS_RE.fullmatch(token) and len(token.rstrip(",")) > 1:
                break
            if not _NAME_WORD_RE.fullmatch(token):
                return cursor
            names += 1
            words_end = cursor + 3 + word.end()
        else:
            if cursor + 3 + _MAX_HEADER < len(text):
                return cursor
        if not names:
            return cursor
        first, last = decoded.to_source(cursor), decoded.to_source(words_end)
        self.regions.append(Region(RegionRole.BYLINE, Span(first, last)))
        self.byline = True
        return words_end

    def picture_title(self, start: int, end: int) -> int:
        """The headline again, or a picture title, glued in front of the caption."""
        decoded = _Decoded(self.source, start, end)
        text = decoded.text
        title = self.page.title[2] if self.page.title is not None else ""
        if title and text.startswith(title) and len(text) > len(title):
            cut = len(title)
        elif self.publisher.picture_titles:
            glue = _PICTURE_TITLE_END_RE.search(text, 0, _MAX_PICTURE_TITLE)
            if glue is None or _SENTENCE_END_RE.search(text, 0, glue.end()) is not None:
                return start
            cut = glue.end()
        else:
            return start
        self.markup(start, decoded.to_source(cut))
        return decoded.to_source(cut)

    def deck(self) -> bool:
        """A first block that is a deck: one line, then the body (the Herald)."""
        body = self.page.body
        source = self.source
        if len(body) < 2 or body[1][0] - body[0][1] < 2:  # noqa: PLR2004 - a blank line between
            return False
        start, end = body[0]
        text = fold(decode_entities(source[start:end]))
        if len(text) > _MAX_DECK or text.endswith(")"):
            return False
        if text.endswith((".", "!", "?", '"', "\u201d")) and not _glued_caption_at(
            source, *body[1]
        ):
            return False
        self.markup(start, end)
        self.page.body = body[1:]
        return True

    def glued_deck(self, start: int, end: int) -> int:
        """A deck glued to the first paragraph: ``... refinement neededLast week, ...``."""
        if _glued_caption_at(self.source, start, end):
            return start
        decoded = _Decoded(self.source, start, end)
        text = decoded.text
        sentence = _SENTENCE_END_RE.search(text, 0, _MAX_DECK)
        limit = sentence.start() if sentence is not None else min(len(text), _MAX_DECK)
        glue = _GLUE_RE.search(text, 0, limit)
        if glue is None or len(text[: glue.end()].split()) < 4 or "(" in text[: glue.end()]:  # noqa: PLR2004
            return start
        self.markup(start, decoded.to_source(glue.end()))
        return decoded.to_source(glue.end())


def _body_regions(page: _Page, body_start: int | None, others: list[int]) -> list[Region]:
    """The body's lines as body regions, blank lines inside; a region ends at markup.

    *others* are the sorted starts of the other regions.
    """
    found: list[Region] = []
    run_start: int | None = None
    run_end = 0
    for number, (line_start, end) in enumerate(page.body):
        start = body_start if number == 0 and body_start is not None else line_start
        if start >= end:
            continue
        if run_start is not None and bisect.bisect_left(others, start) > bisect.bisect_left(
            others, run_end
        ):
            found.append(Region(RegionRole.BODY, Span(run_start, run_end)))
            run_start = None
        if run_start is None:
            run_start = start
        run_end = end
    if run_start is not None:
        found.append(Region(RegionRole.BODY, Span(run_start, run_end)))
    return found


def _person(name: str, vocabulary: NaverVocabulary) -> bool:
    """Whether an ``author:`` value (its e-mail taken off) names a person, not a desk."""
    if not name or DESK_NAMES.search(name):
        return False
    if vocabulary.is_agency(name) or vocabulary.is_agency(name.removeprefix("The ")):
        return False
    return not any(word.strip(".,") in vocabulary.affiliation_words for word in name.split())


# --------------------------------------------------------------------------
# Captions.

_CREDIT_PAREN_RE = re.compile(r"\((?P<credit>[^()]{1,60})\)")
_GLUED_AFTER = re.compile(r"[A-Z0-9\"'\u201c\u2018\[]")
_SENTENCE_GLUE_RE = re.compile(r"[a-z0-9%)][.!?][\"'\u201d\u2019]?[A-Z]")
_CAPTION_END_RE = re.compile(r"\s*\((?P<credit>[^()]{1,60})\)[ \t]*\Z")
_PHOTO_CUE_RE = re.compile(
    r"\b(?:is|are) (?:seen|pictured|shown|displayed)\b(?! as\b| to\b| by\b)"
    r"|\((?:(?:\d(?:st|nd|rd|th) )?from )?(?:left|right|center|centre|L|R|C)\)"
    r"|\bFrom (?:left|right)\b|\bpos(?:e|es|ed|ing) for (?:a )?(?:photo|picture)"
)
"""What marks a sentence as a photo caption (``... is seen at ...``, ``(center)``)."""
_SLASH_CREDIT_RE = re.compile(
    r"(?<!\S)(?P<credit>(?:{})/[A-Z][A-Za-z .'\-]{{0,60}}?)[ \t]*\Z".format(
        "|".join(map(re.escape, PHOTO_AGENCIES))
    )
)
"""A picture agency's credit after the caption, without brackets: ``EPA/KIYOSHI OTA``."""
_ABBREVIATION_RE = re.compile(r"[A-Z]{2,5}")
_MAX_GLUED_CAPTION = 500
_MAX_CAPTION = 700


def _glued_caption_at(source: str, start: int, end: int) -> bool:
    """Whether a block of the raw source opens with a caption glued to the text after it."""
    text = decode_entities(source[start : min(end, start + _MAX_GLUED_CAPTION + 80)])
    return _glued_caption(text, 0, len(text)) is not None


def _glued_caption(text: str, head: int, end: int) -> re.Match[str] | None:
    """The credit closing a caption glued in front of the text: ``... (Yonhap)The ...``."""
    for match in _CREDIT_PAREN_RE.finditer(text, head, min(end, head + _MAX_GLUED_CAPTION)):
        after = match.end()
        if after >= end or not _GLUED_AFTER.match(text, after):
            continue
        caption = text[head : match.start()]
        if len(caption.split()) < 2 or _SENTENCE_GLUE_RE.search(caption):  # noqa: PLR2004
            return None
        if any(mark in match.group() for mark in ("END", "MORE", "ATTN", "LEAD")):
            return None
        return match
    return None


def _rule_captions(state: State) -> None:
    """Photo captions: glued in front of blocks, whole blocks, or the whole story.

    Runs before the tail rule, so that a caption closing the story keeps its
    ``(Yonhap)``.
    """
    publisher = publisher_of(state.source)
    kept: list[Para] = []
    last = len(state.paragraphs) - 1
    for number, paragraph in enumerate(state.paragraphs):
        if publisher.captions_only:
            _add_caption(state, paragraph, _trailing_credit(paragraph))
            continue
        while True:
            match = _glued_caption(paragraph.joined, paragraph.head, paragraph.end_index)
            if match is None:
                break
            text = clean(paragraph.joined[paragraph.head : match.start()])
            span = Span(paragraph.start(state), paragraph.offset(state, match.end()))
            state.captions.append(Caption(text, clean(match.group("credit")), span))
            state.piece(span.start, span.end, SegmentKind.CAPTION)
            paragraph.head = match.end()
        if publisher.block_captions and _whole_caption(state, paragraph, is_last=number == last):
            continue
        kept.append(paragraph)
    state.paragraphs = kept
    if publisher.photo_stories and len(kept) == 1 and not state.captions:
        _photo_story(state, kept[0])


def _trailing_credit(paragraph: Para) -> re.Match[str] | None:
    """A caption's credit at its end: in brackets, or ``EPA/NAME`` after the text."""
    joined = paragraph.joined
    end = paragraph.end_index
    window = max(paragraph.head, end - 120)
    match = _CAPTION_END_RE.search(joined, window, end)
    if match is not None:
        return match
    return _SLASH_CREDIT_RE.search(joined, window, end)


def _add_caption(state: State, paragraph: Para, credit: re.Match[str] | None) -> None:
    joined = paragraph.joined
    stop = credit.start() if credit is not None else paragraph.end_index
    text = clean(joined[paragraph.head : stop])
    span = Span(paragraph.start(state), paragraph.end(state))
    state.captions.append(
        Caption(text, clean(credit.group("credit")) if credit is not None else None, span)
    )
    state.piece(span.start, span.end, SegmentKind.CAPTION)


def _whole_caption(state: State, paragraph: Para, *, is_last: bool) -> bool:
    """A block that is one caption, its credit in brackets at the end."""
    text = paragraph.text
    if not text or len(text) > _MAX_CAPTION or _SENTENCE_GLUE_RE.search(text):
        return False
    match = _CAPTION_END_RE.search(paragraph.joined, paragraph.head, paragraph.end_index)
    if match is None or match.start() <= paragraph.head:
        return False
    vocabulary = state.vocabulary
    credit = clean(match.group("credit"))
    if f"({credit})" in vocabulary.end_marks or credit in vocabulary.end_marks:
        return False
    agency = vocabulary.is_agency(credit) and "photo" not in credit.casefold()
    cue = _PHOTO_CUE_RE.search(text) is not None or vocabulary.caption_cue_re.search(text)
    if agency and is_last and not cue:
        return False  # the story's own agency credit, not a photo's
    if not agency and not cue and _ABBREVIATION_RE.fullmatch(credit):
        return False  # an abbreviation spelled out before it, not a credit
    _add_caption(state, paragraph, match)
    return True


def _photo_story(state: State, paragraph: Para) -> None:
    """A one-block story whose first sentence reads as a caption: a photo page."""
    text = paragraph.text
    if state.vocabulary.dateline_re.match(text) is not None or len(text) > 2 * _MAX_CAPTION:
        return
    sentence = _SENTENCE_END_RE.search(text)
    first = text[: sentence.end()] if sentence is not None else text
    if _PHOTO_CUE_RE.search(first) is None:
        return
    credit = _CAPTION_END_RE.search(paragraph.joined, paragraph.head, paragraph.end_index)
    _add_caption(state, paragraph, credit)
    state.paragraphs = []


# --------------------------------------------------------------------------
# A columnist's note.

_EDITOR_NOTE_END_RE = re.compile(r"[ \t]*(?:--|\u2014)[ \t]*Ed\.[ \t]*\Z")
_NAME = r"[A-Z][\w'.\-]+(?:[ \t][A-Z][\w'.\-]+){1,3}"
_SIGNED_BIO_RE = re.compile(rf"(?P<name>{_NAME})(?P=name),")
"""The columnist's signature glued to the bio that repeats the name: ``Jo RoeJo Roe, a ...``."""
_BIO_RE = re.compile(rf"(?:(?<=[.!?\"\u201d])|(?<=\s))(?P<name>{_NAME}),[ \t]+(?:a|an|the)[ \t]")
_MAX_NOTE = 800


def _rule_column_note(state: State) -> None:
    """A column's closing note: the signature (the byline) and the bio ending ``-- Ed.``.

    The note is the editor's, so in no field; the signature names the author
    when nothing else did.  A syndicate's ``(Project Syndicate)`` after it is
    the tail rule's credit.
    """
    if not state.paragraphs:
        return
    last = state.paragraphs[-1]
    joined, end = last.joined, last.end_index
    if _EDITOR_NOTE_END_RE.search(joined, max(last.head, end - 20), end) is None:
        return
    window = max(last.head, end - _MAX_NOTE)
    signed = _SIGNED_BIO_RE.search(joined, window, end)
    if signed is not None:
        name = signed.group("name")
        signature, note = signed.start(), signed.start() + len(name)
    else:
        bios = list(_BIO_RE.finditer(joined, window, end))
        if not bios:
            return
        name = ""
        signature = note = bios[-1].start()
    note_start = last.offset(state, note)
    state.piece(note_start, last.end(state), SegmentKind.MARKUP)
    if name and state.byline is None:
        span = Span(last.offset(state, signature), note_start)
        state.byline = Byline(name, [name], span)
        state.piece(span.start, span.end, SegmentKind.BYLINE)
    last.cut_tail(signature)
    if not last.text:
        state.paragraphs.pop()


# --------------------------------------------------------------------------
# The style.


class Naver(Style):
    """The Baram crawl of Naver News: front matter, Markdown, publishers as data."""

    name = "naver"
    description = (
        "Naver News crawl (Baram): YAML front matter, '# Title', '**publisher** | date |', "
        "glued blocks, entities; Yonhap, Korea Herald, JoongAng, MK, AP/EPA photos (KST)"
    )
    vocabulary_class = NaverVocabulary
    implied_offset = 9 * 60

    def detect(self, source: str) -> float:
        """Front matter with a ``publisher:`` or ``oid:`` key; surer with Naver's address."""
        if _DETECT_RE.match(source, 0, 4000) is None:
            return 0.0
        return 0.95 if "n.news.naver.com" in source[:4000] else 0.85

    def decode(self, raw: str) -> str:
        """Entities decoded, controls dropped, spaces folded; never longer, never stripped."""
        return fold(decode_entities(raw))

    def regions(self, source: str) -> Sequence[Region] | None:
        """Front matter keys and Markdown furniture as markup; the fields; the body."""
        page = _read_page(source)
        if page is None:
            return None
        publisher = publisher_of(source)
        front = _Front(source, page, publisher)
        front.read()
        found = [*page.regions, *front.regions]
        if page.title is not None:
            first, last, text = page.title
            label = _PRIORITY_RE.match(text)
            headline = text[label.end() :] if label is not None else text
            role = RegionRole.MARKUP if front.headline else RegionRole.HEADLINE
            found.append(Region(role, Span(first, last), headline))
        if page.heading is not None:
            role = RegionRole.MARKUP if page.title is not None else RegionRole.HEADLINE
            found.append(
                Region(
                    role,
                    Span(*page.heading),
                    decode_entities(source[page.heading[0] + 1 : page.heading[1]]).strip(),
                )
            )
        if page.author is not None:
            found.append(self._author(source, page.author, publisher, byline=front.byline))
        if page.published is not None:
            found.append(Region(RegionRole.PUBLISHED, Span(*page.published)))
        found.sort(key=lambda region: (region.span.start, region.span.end))
        found.extend(_body_regions(page, front.body_start, [r.span.start for r in found]))
        found.sort(key=lambda region: (region.span.start, region.span.end))
        return found

    def _author(
        self, source: str, span: tuple[int, int], publisher: NaverPublisher, *, byline: bool
    ) -> Region:
        name = _EMAIL_RE.sub("", fold(decode_entities(source[span[0] : span[1]]))).strip()
        name = _TITLE_SUFFIX_RE.sub("", name).strip(" ,;")
        vocabulary = self.vocabulary
        bare = vocabulary.byline_re.fullmatch(name)
        person = bare.group("rest") if bare is not None else name
        if (
            byline
            or not publisher.people_in_front_matter
            or not isinstance(vocabulary, NaverVocabulary)
            or not _person(person, vocabulary)
        ):
            return Region(RegionRole.MARKUP, Span(*span))
        return Region(RegionRole.BYLINE, Span(*span), name)

    @property
    def body_rules(self) -> Sequence[tuple[str, BodyRule]]:
        """Captions (before the tail keeps a caption's credit), the tail, sign-offs, dateline."""
        from wireparse._parser import BODY_RULES  # noqa: PLC0415 - the parser imports styles

        return edit_rules(
            BODY_RULES,
            first=[("naver-captions", _rule_captions)],
            drop={"captions"},
            after={"tail": [("sign-off", rule_sign_off), ("column-note", _rule_column_note)]},
        )


STYLES = (Naver(),)
