r"""Hypothesis strategies for articles that a house style can express.

:func:`articles` generates :class:`~wireparse.Article` records that
:func:`wireparse.render` can write in a style and that the style's reader
reads back the same, so that property tests of your own code (a converter, an
indexer, a store) can run on wire copy of any shape a style allows:

>>> from hypothesis import given, settings
>>> from wireparse import parse, render, strategies
>>> @settings(max_examples=10, deadline=None)
... @given(strategies.articles(style="yonhap"))
... def test_round_trip(article):
...     text = render(article, "yonhap")
...     assert strategies.comparable(parse(text, style=article.style)) == article
>>> test_round_trip()

This module needs `Hypothesis <https://hypothesis.readthedocs.io/>`_, which
wireparse itself does not depend on: install it beside wireparse and import
the module by name (``from wireparse import strategies``); ``import
wireparse`` alone never imports it.

What is generated
    Every style in :data:`STYLES` has its strategies.  The texts come from
    small invented vocabularies: headlines; bylines with one to three authors
    and, where the layout shows one, an affiliation; zone-aware timestamps to
    the minute (Korea Standard Time for ``koreaherald`` and ``yonhap``,
    ``EDT``, ``EST`` or ``GMT`` for ``reuters``, any quarter-hour offset for
    ``plain``, whose ISO 8601 stamps may carry seconds too); datelines with
    and without dates and agencies; paragraphs of sentences with quotes,
    commas, asides and dashes; headlines in capitals that open like a
    dateline (``RAIL STRIKE ENDS -- UNION``) above a body that opens with
    one; photo captions with a picture cue and a photo credit; credits and
    end marks as each agency writes them.
    Each piece is something the style expresses unambiguously: a paragraph
    never reads as a byline, dateline, credit, caption or end mark.

    Generated records carry no positions: every span is ``Span(0, 0)``, the
    source is empty and there are no defects or segments, which is what
    :func:`comparable` makes of a parsed article.  The article's
    :attr:`~wireparse.Article.style` is the style that reads the render back:
    the style's own name, except ``"ap"``, whose copy the ``plain`` style
    reads.  A dateline's :attr:`~wireparse.Dateline.when` is the date the
    reader works out from its date and the article's timestamps.

    The building blocks (:func:`headlines`, :func:`bylines`,
    :func:`timestamps`, :func:`datelines`, :func:`paragraphs`,
    :func:`captions`, :func:`credits`, :func:`end_marks`) take the same
    *style*; one for a field the style's layout does not carry (captions in
    1987 Reuters copy) raises :class:`ValueError`.
"""

from __future__ import annotations

import datetime
import functools
from typing import TYPE_CHECKING

import attrs

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - hypothesis is installed for the tests
    msg = "wireparse.strategies needs Hypothesis: pip install hypothesis"
    raise ImportError(msg) from error

from wireparse._dates import resolve_day
from wireparse._records import (
    Article,
    Byline,
    Caption,
    Credit,
    Dateline,
    EndMark,
    EnvelopeLine,
    Paragraph,
    Span,
)
from wireparse._render import KST, LAYOUTS
from wireparse._vocabulary import Vocabulary

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from hypothesis.strategies import SearchStrategy

__all__ = [
    "STYLES",
    "articles",
    "bylines",
    "captions",
    "comparable",
    "credits",
    "datelines",
    "end_marks",
    "headlines",
    "paragraphs",
    "timestamps",
]

STYLES: tuple[str, ...] = tuple(LAYOUTS)
"""The styles that :func:`wireparse.render` writes and these strategies generate for.

>>> from wireparse import strategies
>>> strategies.STYLES
('plain', 'koreaherald', 'yonhap', 'ap', 'reuters', 'reuters-1987')
"""

NOWHERE = Span(0, 0)
"""The span of every generated record."""


def comparable(article: Article) -> Article:
    r"""*article* with its positions taken out: what is equal "up to spans, source and defects".

    Every span becomes ``Span(0, 0)``, the source ``""``, and the defects and
    segments are dropped; everything else (texts, timestamps, the style) is
    kept.  Generated articles are comparable already.

    >>> from wireparse import parse
    >>> from wireparse.strategies import comparable
    >>> a = comparable(parse("Talks resume\n\nSEOUL -- They met.\n"))
    >>> a.source, a.dateline.span, a.paragraphs[0]
    ('', Span(start=0, end=0), Paragraph(text='They met.', span=Span(start=0, end=0)))
    >>> a == comparable(parse("Talks resume\n\n\n  SEOUL  --  They   met.\n"))
    True
    """
    byline = article.byline
    dateline = article.dateline
    envelope = article.envelope
    if envelope is not None:
        envelope = attrs.evolve(
            envelope,
            header=[_nowhere(line) for line in envelope.header],
            trailer=[_nowhere(line) for line in envelope.trailer],
        )
    return attrs.evolve(
        article,
        source="",
        byline=None if byline is None else attrs.evolve(byline, span=NOWHERE),
        dateline=None if dateline is None else attrs.evolve(dateline, span=NOWHERE),
        paragraphs=[attrs.evolve(p, span=NOWHERE) for p in article.paragraphs],
        captions=[attrs.evolve(c, span=NOWHERE) for c in article.captions],
        credits=[attrs.evolve(c, span=NOWHERE) for c in article.credits],
        end_marks=[attrs.evolve(m, span=NOWHERE) for m in article.end_marks],
        envelope=envelope,
        defects=(),
        segments=(),
    )


def _nowhere(line: EnvelopeLine) -> EnvelopeLine:
    return attrs.evolve(line, span=NOWHERE)


# --------------------------------------------------------------------------
# Vocabularies (invented).

_NAMES = (
    "Jane Doe",
    "John Roe",
    "Maria Alvarez",
    "David Brennan",
    "Grace Okafor",
    "Elena Lindqvist",
    "Tomas Novak",
    "Omar Haddad",
    "Lucia Moreau",
    "Peter Whitfield",
    "Sarah Castillo",
    "Kenji Tanaka",
    "Sean O'Brien",
    "Jos\u00e9 Ortega",
    "Mary J. Hall",
    "Robert Lee Jr.",
    "Robert Lee, Jr.",
)
_KOREAN_NAMES = (
    "Kim Min-ji",
    "Park Ji-won",
    "Lee Soo-yeon",
    "Choi Hyun-woo",
    "Jung Da-eun",
    "Kang Seung-ho",
    "Yoon Hye-jin",
    "Han Dong-hoon",
)
_MAILBOXES = ("jwpark", "sykim", "hjlee", "dkchoi", "mjkang", "ysyoon", "dhhan")
_AP_AFFILIATIONS = (
    "Associated Press Writer",
    "Associated Press",
    "AP Business Writer",
    "AP Science Writer",
)
_PLAIN_AFFILIATIONS = (
    *_AP_AFFILIATIONS,
    "Staff Writer",
    "Business Correspondent",
    "The Harbor Times",
    "Metro Desk",
)
_KH_AFFILIATIONS = ("Korea Herald correspondent", "The Korea Herald", "Staff Reporter")
_REUTERS_LABELS = ("Analysis", "Insight", "Commentary", "Column", "Breakingviews")

_CITIES = (
    "SEOUL",
    "BUSAN",
    "TOKYO",
    "MANILA",
    "NEW YORK",
    "WASHINGTON",
    "LONDON",
    "NAIROBI",
    "LIMA",
    "GENEVA",
    "HONG KONG",
    "SAO PAULO",
    "NEW DELHI",
    "RIO DE JANEIRO",
    "PORT-AU-PRINCE, Haiti",
    "KUALA LUMPUR, Malaysia",
    "ST. LOUIS",
)
_US_PLACES = (
    "CHATHAM, Mass.",
    "PORTLAND, Ore.",
    "AUSTIN, Texas",
    "SPRINGFIELD, Ill.",
    "BOISE, Idaho",
    "ANNAPOLIS, Md.",
    "SANTA FE, N.M.",
    "LAS CRUCES, New Mexico",
)
_REUTERS_PLACES = (
    *_CITIES,
    "FRANKFURT/OTTAWA",
    "PORTLAND, Oregon",
    "AUSTIN, Texas",
)
_KOREAN_CITIES = ("SEOUL", "BUSAN", "INCHEON", "DAEJEON", "GWANGJU", "SEJONG")
_WORLD_CITIES = ("TOKYO", "BEIJING", "WASHINGTON", "NEW YORK", "HANOI", "NEW DELHI")
"""Cities Yonhap and the Korea Herald date stories from (no regions)."""

_AP_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
"""Months as AP style (and Yonhap, and the Korea Herald) write them in a dateline."""
_REUTERS_MONTHS = tuple(month.rstrip(".") for month in _AP_MONTHS)
"""Months as Reuters writes them in a dateline: ``Feb 16``, ``March 3``."""

_SUBJECTS = (
    "Officials",
    "The ministry",
    "Lawmakers",
    "Residents",
    "Analysts",
    "The company",
    "Farmers",
    "Prosecutors",
    "The council",
    "Investors",
    "Researchers",
    "Police",
    "Shipping firms",
    "The mayor",
    "A spokesman",
    "Some 40 workers",
    "UN officials",
    "The IMF",
)
"""Sentence openings: none is a timestamp label, ``By`` or a place in capitals."""
_WORDS = (
    "said",
    "the",
    "plan",
    "would",
    "cover",
    "new",
    "port",
    "talks",
    "next",
    "week",
    "on",
    "in",
    "of",
    "a",
    "to",
    "and",
    "budget",
    "rail",
    "line",
    "vote",
    "harbor",
    "schedule",
    "expected",
    "rise",
    "fall",
    "agreed",
    "meeting",
    "delayed",
    "project",
    "shipments",
    "quarter",
    "prices",
    "early",
    "later",
    "city",
    "river",
    "bridge",
    "funding",
    "review",
    "record",
    "season",
    "winter",
    "north",
    "cold-chain",
    "two-year",
    "mid-sized",
    "local",
    "country's",
    "firm's",
    "Seoul's",
    "U.S.",
    "2.5",
    "$40",
    "12%",
    "o'clock",
    "12",
    "40",
    "300",
    "percent",
    "million",
    "won",
)
_SPEAKERS = ("an official said", "the minister said", "Kim said", "Doe told reporters")
_VERBS = ("said", "told reporters", "added")
_QUOTES = (('"', '"'), ("\u201c", "\u201d"))
_STOPS = (".", ".", ".", "?", "!")
_ASIDES = ("(KEPCO)", "(IMF)", "( DRI.N )", "(about $40 million)", "(U.S.)", "(Yonhap)")
"""Parenthesized asides inside a sentence, never at its end."""
_DASHES = (" -- ", " \u2014 ", "\u2014")

_HEADLINE_OPENINGS = (
    "Port",
    "Ministers",
    "Rail strike",
    "Harbor city",
    "Rice prices",
    "Council",
    "Exporters",
    "Flood defenses",
    "Central bank",
    "Shipyard",
    "S. Korea, Japan",
    "U.S. envoy",
    "'Cold-chain' port",
    "Rail union:",
    "Exports up 12%;",
)
_HEADLINE_WORDS = (
    "to",
    "open",
    "new",
    "terminal",
    "vow",
    "step",
    "up",
    "joint",
    "efforts",
    "delays",
    "vote",
    "on",
    "budget",
    "rise",
    "for",
    "third",
    "month",
    "holds",
    "rates",
    "steady",
    "wins",
    "orders",
    "amid",
    "talks",
)
_YONHAP_TAGS = ("", "", "(LEAD) ", "(2nd LD) ", "(URGENT) ")

_CAPTION_CUES = (
    "{a} (L) poses for a photo with {b} (R) in {city}",
    "{a} (2nd from L) talks with officials in {city}",
    "Workers are pictured at a harbor terminal in {city}",
    "In this file photo, {a} speaks at a news conference in {city}",
    "This photo shows a rail bridge under repair in {city}",
)

_AGENCY_CREDITS = ("Yonhap", "AFP", "Reuters", "Xinhua", "AP")
_CONTRIBUTIONS = (
    "Reporting by {a}; Editing by {b}",
    "Additional reporting by {a}; Editing by {b}",
    "Writing by {a}; Editing by {b}",
    "Editing by {b}",
)
_AP_CONTRIBUTIONS = (
    "Associated Press writer {a} contributed to this report.",
    "{a} contributed reporting from {city}.",
)
_TITLE_CITIES = ("Boston", "Chicago", "Denver", "Seoul", "Tokyo", "Lima")


# --------------------------------------------------------------------------
# The styles' tables.


@attrs.frozen
class _Spec:
    """What one style's layout carries, and the words it writes it with."""

    names: tuple[str, ...]
    affiliations: tuple[str, ...] | None
    """Byline affiliations; ``None`` when the layout shows none; ``()`` with no byline."""
    zones: tuple[datetime.tzinfo, ...]
    """The zones its timestamps are in (``()``: the layout has none)."""
    updated: bool
    places: tuple[str, ...]
    months: tuple[str, ...]
    dated: tuple[bool, ...]
    """Whether datelines give a date: ``(True,)``, ``(False,)`` or both."""
    agencies: tuple[str | None, ...]
    """Dateline agencies (``None``: without one)."""
    agency_only: str | None
    """The agency of a place-less dateline (``(Reuters) -``), if the style reads one."""
    caption_credits: tuple[str, ...]
    credit_kind: str
    max_credits: int
    end_marks: tuple[str, ...]
    dashes: bool = True
    upper_names: bool = False
    upper_headlines: bool = False


def _offsets(*minutes: int) -> tuple[datetime.tzinfo, ...]:
    return tuple(datetime.timezone(datetime.timedelta(minutes=m)) for m in minutes)


_VOCABULARY = Vocabulary()
_NAMED = _VOCABULARY.zones

_SPECS: dict[str, _Spec] = {
    "plain": _Spec(
        names=_NAMES + _KOREAN_NAMES,
        affiliations=_PLAIN_AFFILIATIONS,
        zones=_offsets(*range(-12 * 60, 14 * 60 + 1, 15)),
        updated=True,
        places=_CITIES + _US_PLACES,
        months=_AP_MONTHS,
        dated=(True, False),
        agencies=(None, "Yonhap", "AP", "AFP", "Reuters", "Xinhua"),
        agency_only="AFP",
        caption_credits=("Yonhap", "AP Photo/{a}", "Yonhap Photo", "AFP"),
        credit_kind="plain",
        max_credits=2,
        end_marks=("(END)", "-30-", "###", "ENDS"),
    ),
    "koreaherald": _Spec(
        names=_KOREAN_NAMES + _NAMES,
        affiliations=_KH_AFFILIATIONS,
        zones=(KST,),
        updated=True,
        places=_KOREAN_CITIES + _CITIES,
        months=_AP_MONTHS,
        dated=(True, False),
        agencies=(None, "Yonhap"),
        agency_only=None,
        caption_credits=("Yonhap", "Yonhap Photo", "AFP"),
        credit_kind="agency",
        max_credits=1,
        end_marks=(),
    ),
    "yonhap": _Spec(
        names=_KOREAN_NAMES,
        affiliations=None,
        zones=(KST,),
        updated=False,
        places=_KOREAN_CITIES + _WORLD_CITIES,
        months=_AP_MONTHS,
        dated=(True,),
        agencies=("Yonhap",),
        agency_only=None,
        caption_credits=("Yonhap", "Yonhap Photo"),
        credit_kind="email",
        max_credits=2,
        end_marks=("(END)",),
    ),
    "ap": _Spec(
        names=_NAMES,
        affiliations=_AP_AFFILIATIONS,
        zones=(),
        updated=False,
        places=_US_PLACES + _CITIES,
        months=_AP_MONTHS,
        dated=(False,),
        agencies=("AP", None),
        agency_only=None,
        caption_credits=("AP Photo/{a}",),
        credit_kind="ap",
        max_credits=2,
        end_marks=("-30-",),
        upper_names=True,
    ),
    "reuters": _Spec(
        names=_NAMES,
        affiliations=_REUTERS_LABELS,
        zones=(_NAMED["EDT"], _NAMED["EST"], _NAMED["GMT"]),
        updated=False,
        places=_REUTERS_PLACES,
        months=_REUTERS_MONTHS,
        dated=(True, False),
        agencies=("Reuters", None),
        agency_only="Reuters",
        caption_credits=(),
        credit_kind="reuters",
        max_credits=2,
        end_marks=(),
    ),
    "reuters-1987": _Spec(
        names=(),
        affiliations=(),
        zones=(),
        updated=False,
        places=_CITIES + _US_PLACES,
        months=_REUTERS_MONTHS,
        dated=(True, False),
        agencies=(None,),
        agency_only=None,
        caption_credits=(),
        credit_kind="reuter",
        max_credits=1,
        end_marks=("More",),
        dashes=False,
        upper_headlines=True,
    ),
}


def _spec(style: str) -> _Spec:
    given: object = style  # checked at run time: callers may pass anything
    if not isinstance(given, str) or given not in _SPECS:
        known = ", ".join(STYLES)
        msg = f"no strategies for the style {style!r}; the styles are: {known}"
        raise ValueError(msg)
    return _SPECS[given]


def _carries(style: str, what: str, carried: Callable[[_Spec], bool]) -> _Spec:
    spec = _spec(style)
    if not carried(spec):
        msg = f"the {style!r} layout carries no {what}"
        raise ValueError(msg)
    return spec


# --------------------------------------------------------------------------
# Texts.  Each style's strategies are built once and kept.

_WORD = st.sampled_from(_WORDS)
_PHRASE = st.lists(_WORD, min_size=3, max_size=10)


@st.composite
def _sentence(draw: st.DrawFn, forms: SearchStrategy[str]) -> str:
    words = draw(_PHRASE)
    if draw(st.integers(0, 5)) == 0:
        words.insert(draw(st.integers(1, len(words))), draw(st.sampled_from(_ASIDES)))
    form = draw(forms)
    subject = draw(st.sampled_from(_SUBJECTS))
    stop = draw(st.sampled_from(_STOPS))
    cut = draw(st.integers(1, len(words) - 1))
    head, tail = " ".join(words[:cut]), " ".join(words[cut:])
    if form in ("quote", "said"):
        opening, closing = draw(st.sampled_from(_QUOTES))
        quoted = " ".join(words)
        quoted = quoted[:1].upper() + quoted[1:]
        if form == "said":
            verb = draw(st.sampled_from(_VERBS))
            return f"{subject} {verb}, {opening}{quoted}{stop}{closing}"
        return f"{opening}{quoted},{closing} {draw(st.sampled_from(_SPEAKERS))}."
    if form == "comma":
        return f"{subject} {head}, {tail}{stop}"
    if form == "dash":
        return f"{subject} {head}{draw(st.sampled_from(_DASHES))}{tail}{stop}"
    return f"{subject} {' '.join(words)}{stop}"


_SENTENCES = _sentence(st.sampled_from(("plain", "comma", "quote", "said", "dash")))
_UNDASHED_SENTENCES = _sentence(st.sampled_from(("plain", "comma", "quote", "said")))


def headlines(style: str = "plain") -> SearchStrategy[str]:
    r"""Headlines: a capitalized opening and a few words, no closing period.

    Yonhap's may open with a version tag (``(LEAD)``); 1987 Reuters titles are
    in capitals.

    >>> from hypothesis import given, settings
    >>> from wireparse import parse, strategies
    >>> @settings(max_examples=10, deadline=None)
    ... @given(strategies.headlines())
    ... def test_headline_is_read(headline):
    ...     assert parse(f"{headline}\n\nThey met.\n").headline == headline
    >>> test_headline_is_read()
    """
    _spec(style)
    return _headlines(style)


@functools.cache
def _headlines(style: str) -> SearchStrategy[str]:
    spec = _SPECS[style]
    tags = st.sampled_from(_YONHAP_TAGS if style == "yonhap" else ("",))

    @st.composite
    def build(draw: st.DrawFn) -> str:
        opening = draw(st.sampled_from(_HEADLINE_OPENINGS))
        words = draw(st.lists(st.sampled_from(_HEADLINE_WORDS), min_size=1, max_size=8))
        text = f"{draw(tags)}{opening} {' '.join(words)}"
        return text.upper() if spec.upper_headlines else text

    if spec.upper_headlines:
        return build() | _SLUG_HEADLINES
    return build()


@st.composite
def _slug_headline(draw: st.DrawFn) -> str:
    """A headline in capitals with its source after a dash: it opens like a dateline."""
    opening = draw(st.sampled_from(_HEADLINE_OPENINGS)).rstrip(":;")
    words = draw(st.lists(st.sampled_from(_HEADLINE_WORDS), min_size=1, max_size=4))
    dash = draw(st.sampled_from(("--", "-")))
    return f"{opening} {' '.join(words)} {dash} {draw(st.sampled_from(_SOURCES))}".upper()


_SOURCES = ("USDA", "officials", "union", "report", "Fed")
_SLUG_HEADLINES = _slug_headline()
"""Headlines such as ``RAIL STRIKE ENDS -- UNION``, which open like a dateline: only
above a body that opens with a dateline of its own, or as a 1987 title."""


def bylines(style: str = "plain") -> SearchStrategy[Byline]:
    """Bylines naming one to three authors, with an affiliation where the layout shows one.

    The byline's ``text`` is the ``By`` line as :func:`wireparse.render`
    writes it.

    >>> from hypothesis import given, settings
    >>> from wireparse import strategies
    >>> @settings(max_examples=10, deadline=None)
    ... @given(strategies.bylines(style="ap"))
    ... def test_ap_bylines(byline):
    ...     assert byline.text.startswith("By ") and 1 <= len(byline.authors) <= 3
    ...     assert all(name.isupper() for name in byline.authors)
    >>> test_ap_bylines()
    """
    _carries(style, "bylines", lambda spec: bool(spec.names))
    return _bylines(style)


@functools.cache
def _bylines(style: str) -> SearchStrategy[Byline]:
    spec = _SPECS[style]
    names = st.sampled_from(spec.names)
    if spec.upper_names:
        names = names.map(str.upper)
    affiliations: SearchStrategy[str | None] = st.none()
    if spec.affiliations:
        affiliations = st.none() | st.sampled_from(spec.affiliations)

    @st.composite
    def build(draw: st.DrawFn) -> Byline:
        authors = draw(st.lists(names, min_size=1, max_size=3, unique=True))
        affiliation = draw(affiliations)
        text = "By " + _join(authors)
        if style == "koreaherald" and affiliation:
            text = f"{text}, {affiliation}"
        return Byline(text, authors, NOWHERE, affiliation=affiliation)

    return build()


def _join(authors: Sequence[str]) -> str:
    if len(authors) == 1:
        return authors[0]
    return f"{', '.join(authors[:-1])} and {authors[-1]}"


_EARLIEST = datetime.datetime(1985, 1, 1)  # noqa: DTZ001 - a bound; the zone comes after
_LATEST = datetime.datetime(2035, 12, 31, 23, 59)  # noqa: DTZ001


def timestamps(style: str = "plain") -> SearchStrategy[datetime.datetime]:
    """Aware timestamps in a zone the style's layout states or implies.

    To the minute; plain text's ISO 8601 timestamps sometimes carry seconds.

    >>> import datetime
    >>> from hypothesis import given, settings
    >>> from wireparse import strategies
    >>> @settings(max_examples=10, deadline=None)
    ... @given(strategies.timestamps(style="yonhap"))
    ... def test_korea_standard_time(moment):
    ...     assert moment.utcoffset() == datetime.timedelta(hours=9) and moment.second == 0
    >>> test_korea_standard_time()
    """
    _carries(style, "timestamps", lambda spec: bool(spec.zones))
    return _timestamps(style)


@functools.cache
def _timestamps(style: str) -> SearchStrategy[datetime.datetime]:
    spec = _SPECS[style]
    seconds = st.integers(0, 59) if style == "plain" else st.just(0)

    @st.composite
    def build(draw: st.DrawFn) -> datetime.datetime:
        moment = draw(st.datetimes(_EARLIEST, _LATEST))
        second = draw(seconds) if draw(st.integers(0, 3)) == 0 else 0
        zone = draw(st.sampled_from(spec.zones))
        return moment.replace(second=second, microsecond=0, tzinfo=zone)

    return build()


def _date_text(spec: _Spec, month: int, day: int) -> str:
    return f"{spec.months[month - 1]} {day}"


def datelines(style: str = "plain") -> SearchStrategy[Dateline]:
    """Datelines as the style writes them: place, and a date and an agency where it gives them.

    ``when`` is ``None``; :func:`articles` sets it from the article's timestamps.

    >>> from hypothesis import given, settings
    >>> from wireparse import strategies
    >>> @settings(max_examples=10, deadline=None)
    ... @given(strategies.datelines(style="yonhap"))
    ... def test_yonhap_datelines(dateline):
    ...     assert dateline.agency == "Yonhap" and dateline.date is not None
    ...     assert dateline.when is None
    >>> test_yonhap_datelines()
    """
    _spec(style)
    return _datelines(style)


@functools.cache
def _datelines(style: str) -> SearchStrategy[Dateline]:
    spec = _SPECS[style]

    @st.composite
    def build(draw: st.DrawFn) -> Dateline:
        if spec.agency_only is not None and draw(st.integers(0, 4)) == 0:
            return Dateline(None, None, spec.agency_only, NOWHERE)
        place = draw(st.sampled_from(spec.places))
        date = None
        if draw(st.sampled_from(spec.dated)):
            date = _date_text(spec, draw(st.integers(1, 12)), draw(st.integers(1, 28)))
        agency = draw(st.sampled_from(spec.agencies))
        return Dateline(place, date, agency, NOWHERE)

    return build()


def paragraphs(style: str = "plain") -> SearchStrategy[Paragraph]:
    r"""Paragraphs of one to three sentences, with quotes, commas, asides and dashes.

    They open with a capitalized word (never a place in capitals, ``By`` or
    a timestamp label) and close a sentence; parentheses come only inside a
    sentence, never at its end; there are no e-mail addresses or end marks.
    1987 Reuters paragraphs have no dashes (a dash early in the first one
    would read as a dateline's).

    >>> from hypothesis import given, settings
    >>> from wireparse import parse, strategies
    >>> @settings(max_examples=10, deadline=None)
    ... @given(strategies.paragraphs())
    ... def test_paragraph_is_read(paragraph):
    ...     article = parse(f"Talks resume\n\n{paragraph.text}\n")
    ...     assert [p.text for p in article.paragraphs] == [paragraph.text]
    >>> test_paragraph_is_read()
    """
    _spec(style)
    return _paragraphs(style)


@functools.cache
def _paragraphs(style: str) -> SearchStrategy[Paragraph]:
    sentences = _SENTENCES if _SPECS[style].dashes else _UNDASHED_SENTENCES
    items = st.lists(sentences, min_size=1, max_size=3)
    return items.map(lambda found: Paragraph(" ".join(found), NOWHERE))


def captions(style: str = "plain") -> SearchStrategy[Caption]:
    """Photo captions with a picture cue, closing with a photo or agency credit.

    >>> from hypothesis import given, settings
    >>> from wireparse import strategies
    >>> @settings(max_examples=10, deadline=None)
    ... @given(strategies.captions(style="yonhap"))
    ... def test_yonhap_captions(caption):
    ...     assert caption.credit in ("Yonhap", "Yonhap Photo") and caption.text.endswith(".")
    >>> test_yonhap_captions()
    """
    _carries(style, "captions", lambda spec: bool(spec.caption_credits))
    return _captions(style)


@functools.cache
def _captions(style: str) -> SearchStrategy[Caption]:
    spec = _SPECS[style]

    @st.composite
    def build(draw: st.DrawFn) -> Caption:
        a, b = draw(st.lists(st.sampled_from(_NAMES + _KOREAN_NAMES), min_size=2, max_size=2))
        city = draw(st.sampled_from(_TITLE_CITIES))
        text = draw(st.sampled_from(_CAPTION_CUES)).format(a=a, b=b, city=city)
        if draw(st.booleans()):
            month = draw(st.sampled_from(_AP_MONTHS))
            text += f" on {month} {draw(st.integers(1, 28))}, {draw(st.integers(1985, 2035))}"
        credit = draw(st.sampled_from(spec.caption_credits)).format(a=a)
        return Caption(text + ".", credit, NOWHERE)

    return build()


def credits(style: str = "plain") -> SearchStrategy[Credit]:  # noqa: A001 - the field's name
    """Credits as the style writes them.

    Agency names and contributor lines (``Reporting by ...``) in plain text,
    an agency on the Korea Herald page, the reporter's e-mail address on the
    Yonhap site, ``... contributed to this report.`` in AP copy, desk lines in
    Reuters exports, the ``Reuter`` sign-off on the 1987 wire.

    >>> from hypothesis import given, settings
    >>> from wireparse import strategies
    >>> @settings(max_examples=10, deadline=None)
    ... @given(strategies.credits(style="yonhap"))
    ... def test_yonhap_credits(credit):
    ...     assert credit.text.endswith("@yna.co.kr")
    >>> test_yonhap_credits()
    """
    _spec(style)
    return _credits(style)


@functools.cache
def _credits(style: str) -> SearchStrategy[Credit]:
    kind = _SPECS[style].credit_kind

    @st.composite
    def build(draw: st.DrawFn) -> Credit:
        a = draw(st.sampled_from(_NAMES))
        b = draw(st.sampled_from(_NAMES))
        city = draw(st.sampled_from(_TITLE_CITIES))
        if kind == "agency" or (kind == "plain" and draw(st.booleans())):
            text = draw(st.sampled_from(_AGENCY_CREDITS))
        elif kind in ("plain", "reuters"):
            text = draw(st.sampled_from(_CONTRIBUTIONS)).format(a=a, b=b)
            if "Additional" in text:
                text = text.replace(";", f" in {city};", 1)
        elif kind == "ap":
            text = draw(st.sampled_from(_AP_CONTRIBUTIONS)).format(a=a, city=city)
        elif kind == "email":
            text = draw(st.sampled_from(_MAILBOXES)) + "@yna.co.kr"
        else:
            text = "Reuter"
        return Credit(text, NOWHERE)

    return build()


def end_marks(style: str = "plain") -> SearchStrategy[EndMark]:
    r"""End marks as the style writes them: ``(END)``, ``-30-``, 1987's ``More``.

    >>> from hypothesis import given, settings
    >>> from wireparse import parse, strategies
    >>> @settings(max_examples=10, deadline=None)
    ... @given(strategies.end_marks())
    ... def test_end_mark_is_read(mark):
    ...     article = parse(f"Talks resume\n\nThey met.\n{mark.text}\n")
    ...     assert [m.text for m in article.end_marks] == [mark.text]
    >>> test_end_mark_is_read()
    """
    _carries(style, "end marks", lambda spec: bool(spec.end_marks))
    return _end_marks(style)


@functools.cache
def _end_marks(style: str) -> SearchStrategy[EndMark]:
    return st.sampled_from(_SPECS[style].end_marks).map(lambda text: EndMark(text, NOWHERE))


# --------------------------------------------------------------------------
# Articles.


def _when(date: str | None, anchor: datetime.datetime | None) -> datetime.date | None:
    """The calendar date the reader resolves a dateline's *date* to."""
    if date is None or anchor is None:
        return None
    month_name, day = date.rsplit(" ", 1)
    month = _VOCABULARY.months[month_name.rstrip(".").casefold()]
    return resolve_day(month, int(day), anchor)


def articles(style: str = "plain") -> SearchStrategy[Article]:
    r"""Articles that :func:`wireparse.render` writes in *style* and its reader reads back.

    Always a headline and at least one paragraph; the rest where the style
    carries it: a byline, publication and update times, a dateline, captions
    between paragraphs, credits and end marks.  Spans are ``Span(0, 0)``, the
    source is empty, and :attr:`~wireparse.Article.style` names the style
    that reads the render (``plain`` for ``ap``).

    >>> from hypothesis import given, settings
    >>> from wireparse import parse, render
    >>> from wireparse.strategies import articles, comparable
    >>> @settings(max_examples=5, deadline=None)
    ... @given(articles(style="reuters"))
    ... def test_reuters(article):
    ...     assert article.paragraphs and article.captions == ()
    ...     text = render(article, "reuters")
    ...     assert comparable(parse(text, style=article.style)) == article
    >>> test_reuters()
    """
    _spec(style)
    return _articles(style)


@functools.cache
def _articles(style: str) -> SearchStrategy[Article]:
    spec = _SPECS[style]
    reader = LAYOUTS[style].reader
    maybe_byline = st.none() | _bylines(style) if spec.names else st.none()
    maybe_time = st.none() | _timestamps(style) if spec.zones else st.none()
    body = st.lists(_paragraphs(style), min_size=1, max_size=5)
    some_captions = st.lists(_captions(style), max_size=2) if spec.caption_credits else st.just([])
    some_credits = st.lists(_credits(style), max_size=spec.max_credits)
    some_marks = st.lists(_end_marks(style), max_size=1) if spec.end_marks else st.just([])

    @st.composite
    def build(draw: st.DrawFn) -> Article:
        published = draw(maybe_time)
        updated = None
        if spec.updated and draw(st.booleans()):
            if published is not None and draw(st.booleans()):
                later = draw(st.integers(0, 3 * 24 * 60))
                updated = published + datetime.timedelta(minutes=later)
            else:
                updated = draw(maybe_time)
        anchor = published or updated
        dateline = draw(st.none() | _datelines(style))
        if dateline is not None:
            date = dateline.date
            if date is not None and anchor is not None and draw(st.booleans()):
                date = _date_text(spec, anchor.month, anchor.day)
            dateline = attrs.evolve(dateline, date=date, when=_when(date, anchor))
        paragraphs = draw(body)
        headline = draw(_headlines(style))
        if dateline is not None and dateline.location is not None:
            headline = draw(st.just(headline) | _SLUG_HEADLINES)
        return Article(
            source="",
            style=reader,
            headline=headline,
            byline=draw(maybe_byline),
            published=published,
            updated=updated,
            dateline=dateline,
            paragraphs=paragraphs,
            captions=draw(some_captions) if len(paragraphs) > 1 else (),
            credits=draw(some_credits),
            end_marks=draw(some_marks),
        )

    return build()
