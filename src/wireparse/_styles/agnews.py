"""AG News items: a title line, a blank line and a short description.

The AG's News corpus (Gulli's ComeToMyHead crawl, 2004) keeps each item as a
title and a one-paragraph description taken from many feeds, so the opening
of the description carries whatever the feed put there:

* a *source tag* where a dateline would stand, ``AP - ``, ``Reuters - ``,
  ``Canadian Press - ``, ``SPACE.com - ``, ``p2pnet.net News:- ``; the title
  usually ends with the same name in parentheses, ``... (AP)``.  The tag is a
  credit.
* a *byline* before a dateline or a tag, ``By LAURAN NEERGAARD    WASHINGTON
  (AP) --``, set off by a run of spaces;
* a *dateline* in many forms: ``LONDON (Reuters) - ``, ``NAJAF, Iraq - ``,
  ``BEIJING, Aug. 17 (Xinhuanet) -- ``, ``NEW DELHI: ``, ``(Sports Network) -
  `` (an agency only: no location), ``SEPTEMBER 06, 2004 (COMPUTERWORLD) - ``
  (a date and an agency), and datelines whose dash the crawl lost
  (``BOSTON The jury ...``, ``NEW YORKFewer ...``);
* escaped feed markup before all that (``&lt;p&gt; By ...&lt;/p&gt;``).

The style reads the title as the headline whatever it looks like, takes the
tag, byline and dateline off the description, and splits the rest into
paragraphs at blank lines.  Which names are sources, which words are labels
rather than places and which cities stand alone in a dateline are tables of
:class:`AgNewsVocabulary`.

A title over one block of text is any short story's layout, so the style
claims a text only on evidence: the title's ``(Tag)`` opening the description
(0.9), or a lead that the generic rules would read otherwise (0.5).  Items
with no lead, or with a dateline the generic rules read alike, are left to
them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from wireparse._records import Byline, Credit, Dateline, SegmentKind, Span
from wireparse._styles._base import Style
from wireparse._text import CONTROL_CHARS, SPACE_CHARS, clean, fold
from wireparse._vocabulary import Vocabulary, _alternation

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wireparse._lines import Line
    from wireparse._parser import BodyRule, HeaderRule, Para, State

__all__ = ["AgNews", "AgNewsVocabulary"]


def _names(*blocks: str) -> tuple[str, ...]:
    """Names from comma-separated blocks of text, white space folded."""
    return tuple(" ".join(n.split()) for text in blocks for n in text.split(",") if n.strip())


class AgNewsVocabulary(Vocabulary):
    """The words of AG News descriptions: sources, labels, dateline places."""

    SOURCES: ClassVar[tuple[str, ...]] = _names(
        """
        AP, AFP, Reuters, The Associated Press, Associated Press, Canadian Press, CP,
        Xinhua, Xinhuanet, dpa, UPI, Bloomberg, Bloomberg News, Dow Jones, AFX, Kyodo,
        PTI, IANS, NewsFactor, NewsFactor Network, Newsfactor, USATODAY.com,
        washingtonpost.com, FT.com, Forbes.com, SPACE.com, TheDeal.com,
        SiliconValley.com, CNET News.com, MarketWatch, PC World, PCWorld, Macworld,
        MacCentral, InfoWorld, Computerworld, TechWeb, eWEEK, Ziff Davis,
        HealthDayNews, HealthDay, The Motley Fool, Motley Fool, Investor's Business
        Daily, Los Angeles Times, Washington Post, New York Times, Wired News, Sports
        Network, Ticker, CBS.MW, CNN/Money, CNN, BBC, CBC
        """
    )
    """News agencies and publications whose names open a description as a tag."""

    SOURCE_WORDS: ClassVar[tuple[str, ...]] = _names(
        """
        news, newswire, wire, press, times, post, daily, weekly, journal, magazine,
        online, watch, world, report, reporter, agency, university, institute, lab,
        laboratory, observatory, fool, herald, tribune, gazette
        """
    )
    """Words (lower case) that make a tag a source: an outlet or an institution, not a place."""

    LABELS: ClassVar[tuple[str, ...]] = _names(
        """
        summary, description, the issue, issue, update, updated, analysis, news
        analysis, preview, recap, review, commentary, opinion, editorial, column,
        feature, interview, background, factbox, fact box, note, notes, editor's note,
        quote, breaking news, breaking, bulletin, urgent, flash, exclusive, photo,
        photos, video, audio, poll, profile, obituary, correction, clarification, q&a,
        faq, abstract, comment, letters, sports, business, technology, science,
        health, world, politics, entertainment
        """
    )
    """Lead-in labels (lower case) that stand where a place would but are not one."""

    DATELINE_CITIES: ClassVar[tuple[str, ...]] = _names(
        # The Associated Press's stand-alone dateline cities, at home and abroad,
        """
        ATLANTA, BALTIMORE, BOSTON, CHICAGO, CINCINNATI, CLEVELAND, DALLAS, DENVER,
        DETROIT, HONOLULU, HOUSTON, INDIANAPOLIS, LAS VEGAS, LOS ANGELES, MIAMI,
        MILWAUKEE, MINNEAPOLIS, NEW ORLEANS, NEW YORK, OKLAHOMA CITY, PHILADELPHIA,
        PHOENIX, PITTSBURGH, ST. LOUIS, SALT LAKE CITY, SAN ANTONIO, SAN DIEGO, SAN
        FRANCISCO, SEATTLE, WASHINGTON, BEIJING, BERLIN, DJIBOUTI, GENEVA, GIBRALTAR,
        GUATEMALA CITY, HAVANA, HONG KONG, JERUSALEM, KUWAIT CITY, LONDON, LUXEMBOURG,
        MACAU, MEXICO CITY, MILAN, MONACO, MONTREAL, MOSCOW, OTTAWA, PANAMA CITY,
        PARIS, QUEBEC CITY, ROME, SAN MARINO, SINGAPORE, TOKYO, TORONTO, VATICAN CITY,
        """
        # and other capitals and news centres that wire copy datelines alone.
        """
        ABU DHABI, ABUJA, ACCRA, ADDIS ABABA, ALBUQUERQUE, ALGIERS, AMMAN, AMSTERDAM,
        ANCHORAGE, ANKARA, ANTANANARIVO, ANTWERP, ASHGABAT, ASMARA, ASTANA, ASUNCION,
        ATHENS, AUCKLAND, AUSTIN, BAGHDAD, BAKU, BAMAKO, BANDAR SERI BEGAWAN,
        BANGALORE, BANGKOK, BANGUI, BANJUL, BARCELONA, BASRA, BEIRUT, BELGRADE,
        BELMOPAN, BERN, BISHKEK, BISSAU, BOGOTA, BOMBAY, BRASILIA, BRATISLAVA,
        BRAZZAVILLE, BRIDGETOWN, BRUSSELS, BUCHAREST, BUDAPEST, BUENOS AIRES, BUFFALO,
        BUJUMBURA, CAIRO, CALCUTTA, CALGARY, CANBERRA, CARACAS, CASTRIES, CHARLOTTE,
        CHENNAI, CHISINAU, COLOMBO, COLUMBUS, CONAKRY, COPENHAGEN, DAKAR, DAMASCUS,
        DHAKA, DILI, DODOMA, DOHA, DUBAI, DUBLIN, DUSHANBE, EDINBURGH, EDMONTON,
        FALLUJAH, FRANKFURT, FREETOWN, GABORONE, GAZA, GAZA CITY, GEORGETOWN, GLASGOW,
        HALIFAX, HAMBURG, HANOI, HARARE, HARTFORD, HEBRON, HELSINKI, HYDERABAD,
        ISLAMABAD, ISTANBUL, JAKARTA, JEDDAH, JOHANNESBURG, KABUL, KAMPALA, KANDAHAR,
        KANSAS CITY, KARACHI, KATHMANDU, KATMANDU, KHARTOUM, KIEV, KIGALI, KINGSTON,
        KINSHASA, KOLKATA, KUALA LUMPUR, KUWAIT, LA PAZ, LAGOS, LAHORE, LIBREVILLE,
        LILONGWE, LIMA, LISBON, LJUBLJANA, LOME, LOUISVILLE, LUANDA, LUSAKA, LYON,
        MADRID, MALABO, MANAGUA, MANAMA, MANCHESTER, MANILA, MAPUTO, MARSEILLE,
        MASERU, MBABANE, MELBOURNE, MEMPHIS, MINSK, MOGADISHU, MONROVIA, MONTE CARLO,
        MONTE-CARLO, MONTEVIDEO, MOSUL, MUMBAI, MUNICH, MUSCAT, NAIROBI, NAJAF,
        NASHVILLE, NASSAU, NDJAMENA, NEW DELHI, NEWARK, NIAMEY, NICOSIA, NOUAKCHOTT,
        OAKLAND, ORLANDO, OSAKA, OSLO, OUAGADOUGOU, PESHAWAR, PHNOM PENH, PORT
        MORESBY, PORT OF SPAIN, PORT-AU-PRINCE, PORTLAND, PRAGUE, PRETORIA, PYONGYANG,
        QUEBEC, QUETTA, QUITO, RABAT, RALEIGH, RAMALLAH, RANGOON, REYKJAVIK, RICHMOND,
        RIGA, RIYADH, ROTTERDAM, SACRAMENTO, SAN JOSE, SAN JUAN, SAN SALVADOR, SANAA,
        SANTIAGO, SANTO DOMINGO, SAO PAULO, SARAJEVO, SEOUL, SHANGHAI, SILICON VALLEY,
        SKOPJE, SOFIA, SRINAGAR, ST. PAUL, ST. PETERSBURG, STOCKHOLM, SUVA, SYDNEY,
        TAIPEI, TALLINN, TAMPA, TASHKENT, TBILISI, TEGUCIGALPA, TEHRAN, TEL AVIV, THE
        HAGUE, TIKRIT, TIRANA, TRIPOLI, TUCSON, TUNIS, ULAN BATOR, UNITED NATIONS,
        VADUZ, VALLETTA, VANCOUVER, VATICAN, VIENNA, VIENTIANE, VILNIUS, WARSAW,
        WELLINGTON, WINDHOEK, WINNIPEG, YANGON, YAOUNDE, YEREVAN, ZAGREB, ZURICH
        """
    )
    """Cities a dateline names without a region; the only ones read where the crawl
    lost the dateline's dash (``BOSTON The jury ...``)."""

    REGIONS: ClassVar[tuple[str, ...]] = _names(
        """
        Saudi Arabia, South Korea, North Korea, South Africa, New Zealand, Sri Lanka,
        Gaza Strip, West Bank, United States, United Kingdom, United Arab Emirates,
        Dominican Republic, Czech Republic, Central African Republic, Costa Rica,
        Puerto Rico, El Salvador, Ivory Coast, Sierra Leone, Papua New Guinea, East
        Timor, Hong Kong, Northern Ireland, Cayman Islands, Burkina Faso, New York,
        New Jersey, New Mexico, New Hampshire, North Carolina, South Carolina, North
        Dakota, South Dakota, West Virginia, Rhode Island, British Columbia, Nova
        Scotia, New Brunswick, Prince Edward Island
        """
    )
    """Regions of more than one word (a one-word region needs no table)."""

    def __init__(self) -> None:
        """Compile the description-lead grammar from the tables."""
        super().__init__()
        cls = type(self)
        self.sources = frozenset(s.casefold() for s in (*cls.SOURCES, *cls.AGENCIES))
        self.source_words = frozenset(cls.SOURCE_WORDS)
        self.labels = frozenset(cls.LABELS)
        self.dateline_cities = frozenset(cls.DATELINE_CITIES)
        self.lead = _LeadGrammar(self)


_MIN_PLACE = 3
"""The fewest letters of a place read without a dash or a date after it."""
_MAX_BARE_BYLINE = 60
"""The longest byline read where nothing follows it."""
_MIN_RULE = 3
"""The fewest dashes of a rule before a dateline (``-----``)."""
_JUNK_WINDOW = 300
"""How far into a description escaped markup is looked for before a dateline."""
_MAX_ITEM = 2000
"""The longest text read as an AG News item."""
_LEAD_WINDOW = 400
"""How much of a description the detector reads."""
_MAX_BLOCKS = 20
"""The most blank-line blocks an AG News item has."""

_BLANK_LINE_RE = re.compile(r"\r?\n[ \t]*\r?\n")
_LEAD_TOKEN_RE = re.compile(
    f"(?P<space>[{re.escape(SPACE_CHARS)}\r\n]+)|(?P<dropped>[{re.escape(CONTROL_CHARS)}]+)"
    f"|[^{re.escape(SPACE_CHARS + CONTROL_CHARS)}\r\n]+"
)
"""A run of space (which folds to one), of dropped characters, or of text."""
_SOURCE_DOMAIN_RE = re.compile(r"\w\.(?:com|net|org|co\.uk)\b", re.IGNORECASE)
_TITLE_TAG_RE = re.compile(r"\(([^()]{1,60})\)\s*\Z")
_ESCAPED_TAG_RE = re.compile(r"&lt;/?[A-Za-z]{0,10}\s*/?&gt;")


class _LeadGrammar:
    """The compiled patterns of a description's lead."""

    def __init__(self, vocabulary: AgNewsVocabulary) -> None:
        cls = type(vocabulary)
        month = rf"(?i:{_alternation(cls.MONTHS)})(?![a-z])\.?"
        weekday = rf"(?i:{_alternation(cls.WEEKDAYS)})(?![a-z])\.?"
        day = r"\d{1,2}(?:st|nd|rd|th)?"
        date = (
            rf"(?:(?:{weekday},?\s+)?(?:{month}\s*{day}(?:\s*,?\s*\d{{4}})?"
            rf"|{day}\s+{month}(?:,?\s*\d{{4}})?)|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
        )
        # Words of a place: a hyphen or slash inside, never at the end (a dash
        # follows), and a period never glued to the next word (``Calif.Cisco``).
        inner = r"(?:[-/](?=[A-Za-z])|\.(?![A-Z][a-z])|')"
        caps_word = rf"[A-Z](?:[A-Z]|{inner})*"
        title_word = rf"[A-Z][a-z](?:[A-Za-z]|{inner})*"
        particle = r"(?:de|del|da|do|du|la|le|al|el|of|upon|sur|am|an|y)"
        # A region word is neither a month nor a weekday: those open a date.
        region_word = rf"(?!(?:{month}|{weekday})(?![A-Za-z]))[A-Z](?:[A-Za-z]|{inner})*\.?"
        city = (
            rf"(?:{caps_word}(?: {caps_word}){{0,4}}(?![a-z])"
            rf"|{title_word}(?: (?:{particle} )?{title_word}){{0,3}})"
        )
        region = rf"(?: ?, ?{region_word}(?: {region_word}){{0,2}}){{0,2}}"
        location = rf"(?P<city>{city})(?P<region>{region})"
        dash = r"(?:--+|\u2014|\u2013|-)"
        sep = rf"(?P<sep>\s*(?:{dash}(?:\s*{dash})?|:-?|>))"
        agency = r"(?:\((?P<agency>[^()]{1,60})\)|/(?P<sagency>[A-Za-z][^/\s]{1,40})/)"
        when = rf"(?:(?P<date>{date})|\((?P<pdate>{date})\))"
        place = rf"{location}(?:\s?[,.:]?\s*{when}\.?)?(?:\s?,?\s*{agency})?"
        self.dateline = re.compile(rf"{place}{sep}")
        """A dateline that opens with its place."""
        self.dashless = re.compile(place)
        """The same without its dash, which the crawl may have lost."""
        self.dated = re.compile(rf"{when}(?:\s*{agency})?{sep}")
        """A dateline that opens with its date."""
        self.agency_only = re.compile(rf"\((?P<agency>[A-Z][A-Za-z./&\- ]{{0,30}})\){sep}?")
        """A dateline that names an agency only: ``(Sports Network) - ``."""
        self.late_agency = re.compile(rf"\s*{agency}{sep}")
        """An agency after the place's dash: ``FORT LAUDERDALE, Fla. - (KRT) - ``."""
        self.labelled_date = re.compile(
            rf"(?i:{_alternation(cls.LABELS)})\s*(?:{dash}|:)?\s*\((?P<date>{date})\)"
        )
        """A label with a date in brackets: ``Summary - (Aug 22, 2004)``."""
        self.tag = re.compile(
            r"(?P<tag>[A-Za-z0-9][\w.'&]*(?: [A-Za-z0-9&][\w.'&]*){0,4}?)"
            r"(?P<sep>\s*(?::-|--|\u2014|-|:|>)(?=\s)|(?= By ))"
        )
        """A source tag and its separator."""
        self.byline = re.compile(r"By [A-Z]")
        self.glued = re.compile(r"[A-Z][a-z]")
        self.region_list = frozenset(cls.REGIONS)


class _Lead:
    """What the lead of a description held (private, mutable)."""

    __slots__ = ("body", "byline", "credits", "dateline", "junk")

    def __init__(self, start: int) -> None:
        self.body = start
        """Where the paragraph's text starts, in ``joined``."""
        self.credits: list[tuple[int, int, str]] = []
        self.byline: tuple[int, int] | None = None
        self.dateline: tuple[int, int, str | None, str | None, str | None] | None = None
        self.junk: tuple[int, int] | None = None


def _is_address(word: str) -> bool:
    return _SOURCE_DOMAIN_RE.search(word) is not None


def _title_tag(title: str | None) -> str | None:
    if not title:
        return None
    match = _TITLE_TAG_RE.search(title)
    return None if match is None else clean(match.group(1)).casefold()


def _clean(text: str | None) -> str | None:
    return clean(text) if text else None


_Found = tuple[int, str | None, str | None, str | None]
"""A dateline read: where the text after it starts, location, date, agency."""


GapTest = Callable[[int], bool]
"""Whether the source has a run of spaces at an offset of the text read."""


def _para_gaps(state: State, para: Para) -> GapTest:
    """The gap test of a paragraph: its text offsets mapped back to the source."""
    source = state.source

    def gap(index: int) -> bool:
        offset = para.offset(state, index)
        run = source[offset : offset + 2]
        return run[:1] == "\t" or run in ("  ", " \t")

    return gap


def _fold_lead(raw: str) -> tuple[str, GapTest]:
    """The opening of a raw description as a paragraph's text, and its gap test.

    Line ends and runs of white space fold to one space and control
    characters go, as the parser's lines and paragraphs do; *raw* is short
    (the detector passes a few hundred characters).  The way back from the
    text to *raw* is worked out only if a gap is asked about.
    """
    where: list[int] = []  # the offset in *raw* of each character of the text

    def gap(index: int) -> bool:
        if not where:
            spaced = True  # leading space is stripped
            for token in _LEAD_TOKEN_RE.finditer(raw):
                kind = token.lastgroup
                if kind == "space":
                    if not spaced:
                        where.append(token.start())  # a run of space: where it starts
                        spaced = True
                elif kind is None:
                    where.extend(range(token.start(), token.end()))
                    spaced = False
        offset = where[index] if index < len(where) else len(raw)
        run = raw[offset : offset + 2]
        return run[:1] == "\t" or run in ("  ", " \t")

    return fold(raw).strip(" "), gap


class _Reader:
    """Reads the lead of one description (private; one per call)."""

    def __init__(
        self,
        text: str,
        head: int,
        end: int,
        *,
        vocabulary: AgNewsVocabulary,
        title: str | None,
        gap: GapTest,
    ) -> None:
        self.text = text
        self.head = head
        self.end = end
        self.vocabulary = vocabulary
        self.lex = vocabulary.lead
        self.title_tag = _title_tag(title)
        self.gap = gap

    def skip_space(self, pos: int) -> int:
        text, end = self.text, self.end
        while pos < end and text[pos] == " ":
            pos += 1
        return pos

    def gap_at(self, index: int) -> bool:
        """Whether the source has a run of spaces (two or more, or a tab) at *index*."""
        if index >= self.end or self.text[index] != " ":
            return False
        return self.gap(index)

    # -- source tags -----------------------------------------------------------

    def is_source(self, name: str) -> bool:
        """Whether a tag names a source: the title's tag, a known source, an outlet."""
        folded = clean(name).casefold()
        vocabulary = self.vocabulary
        if folded == self.title_tag or folded in vocabulary.sources:
            return True
        words = name.split()
        # an outlet's name is capitalised, or a web address
        if not all(w[:1].isupper() or w[:1].isdigit() or _is_address(w) for w in words):
            return False
        if _SOURCE_DOMAIN_RE.search(name) is not None:
            return True
        return any(w.strip(".,'").casefold() in vocabulary.source_words for w in words)

    # -- datelines -------------------------------------------------------------

    def dateline(self, pos: int, *, lost_dash: bool) -> _Found | None:
        """A dateline at *pos*, in any of its forms."""
        lex, text, end = self.lex, self.text, self.end
        match = lex.dateline.match(text, pos, end)
        if match is not None:
            found = self.place(match)
            if found is not None:
                return found
        if lost_dash:
            match = lex.dashless.match(text, pos, end)
            if match is not None and not (match.group("agency") or match.group("sagency")):
                found = self.lost_dash(match)
                if found is not None:
                    return found
        match = lex.dated.match(text, pos, end)
        if match is not None:
            date = clean(match.group("date") or match.group("pdate"))
            agency = _clean(match.group("agency") or match.group("sagency"))
            after = self.skip_space(match.end())
            # a place may follow the date: "SEPTEMBER 28, 2004 -- London -- "
            place = lex.dateline.match(text, after, end)
            if place is not None and place.group("sep") and not place.group("date"):
                found = self.place(place, dated=True)
                if found is not None:
                    return found[0], found[1], date, found[3] or agency
            return after, None, date, agency
        match = lex.agency_only.match(text, pos, end)
        if match is not None:
            after = self.skip_space(match.end())
            if match.group("sep") or (after > match.end() and text[after : after + 1].isupper()):
                return after, None, None, clean(match.group("agency"))
        match = lex.labelled_date.match(text, pos, end)
        if match is not None:
            return self.skip_space(match.end()), None, clean(match.group("date")), None
        return None

    def place(self, match: re.Match[str], *, dated: bool = False) -> _Found | None:
        """Judge a dateline that opens with a place; ``None`` when it is not one.

        *dated*: a date stood before the place, so it needs no other sign.
        """
        vocabulary = self.vocabulary
        text, end = self.text, self.end
        city = match.group("city")
        region = match.group("region")
        date = _clean(match.group("date") or match.group("pdate"))
        agency = _clean(match.group("agency") or match.group("sagency"))
        sep = match.group("sep")
        capitals = city.upper() == city
        first, _, rest = city.partition(" ")
        if agency is None and rest and first.casefold() in vocabulary.agencies:
            agency, city = first, rest  # "Reuters Athens Aug 23:": the agency leads
        labels = vocabulary.labels
        if city.casefold() in labels or clean(city + region).casefold() in labels:
            return None
        mark = sep.strip()
        after = match.end()
        known = self.known_city(city)
        if mark == ">":
            return None
        if mark.startswith(":"):
            one_word = capitals and " " not in city and len(city) >= _MIN_PLACE
            spaced = sep[:1] == " "
            if not (date or agency or region or known or (capitals and spaced) or one_word):
                return None  # "NO LONG GAME: ..." is a kicker, not a place
        elif not (date or agency or region or capitals or known or dated):
            return None  # "Big Blue -- ..." names no place we know
        if mark == "-" and date is None and agency is None and sep[:1] != " ":
            return None  # "World Cup- winning": a broken word, not a dash
        if agency is None:
            late = self.lex.late_agency.match(text, after, end)
            if late is not None:
                agency = _clean(late.group("agency") or late.group("sagency"))
                after = late.end()
        if date is None and agency is None:
            stamp = self.lex.dated.match(text, self.skip_space(after), end)
            if stamp is not None and stamp.group("date"):
                date = clean(stamp.group("date"))
                agency = _clean(stamp.group("agency") or stamp.group("sagency"))
                after = stamp.end()
        return self.skip_space(after), _location(city + region), date, agency

    def known_city(self, city: str) -> bool:
        return city.upper() in self.vocabulary.dateline_cities

    def lost_dash(self, match: re.Match[str]) -> _Found | None:
        """A dateline whose dash the crawl lost: ``BOSTON The jury``, ``NEW YORKFewer``."""
        text, end = self.text, self.end
        city = match.group("city")
        if city.upper() != city or len(city) < _MIN_PLACE:
            return None
        date = _clean(match.group("date") or match.group("pdate"))
        start = match.start()
        region = match.group("region")
        if date is not None:
            after = match.end()
            if self.opens_text(after):
                return self.skip_space(after), _location(city + region), date, None
            return None
        if region:
            return self.lost_dash_region(match)
        city_end = match.end("city")
        # a run of spaces where the dash was: "AMSTERDAM  Cyclist ..."
        if self.gap_at(city_end) and self.opens_text(city_end):
            return self.skip_space(city_end), city, None, None
        # a city that datelines name alone, maybe glued to the text; only a
        # name of two words or more is read glued ("NEW YORKFewer", not "BOSTONThese")
        words = city.split(" ")
        for count in range(len(words), 0, -1):
            name = " ".join(words[:count])
            stop = start + len(name)
            if self.known_city(name):
                glued = count > 1 and self.lex.glued.match(text, stop, end) is not None
                if glued or self.opens_text(stop):
                    return self.skip_space(stop), name, None, None
        return None

    def lost_dash_region(self, match: re.Match[str]) -> _Found | None:
        text = self.text
        region_text = match.group("region")
        rest = region_text.lstrip(" ,")
        region_start = match.end("region") - len(rest)
        words = rest.split(" ")
        for count in (3, 2):
            if " ".join(words[:count]) in self.lex.region_list:
                region_end = region_start + len(" ".join(words[:count]))
                break
        else:
            region_end = region_start + len(words[0])
        location = _location(text[match.start() : region_end])
        if self.opens_text(region_end):
            return self.skip_space(region_end), location, None, None
        if text[region_end - 1 : region_end] == "." and self.lex.glued.match(
            text, region_end, self.end
        ):
            return region_end, location, None, None
        return None

    def opens_text(self, pos: int) -> bool:
        """Whether a space and the capital or quote that opens a sentence stand at *pos*."""
        text = self.text
        if pos >= self.end or text[pos] != " ":
            return False
        after = self.skip_space(pos)
        return after < self.end and (text[after].isupper() or text[after] in "\"'\u2018\u201c")

    # -- bylines and junk --------------------------------------------------------

    def byline_end(self, pos: int) -> int | None:
        """Where a ``By`` byline ends: at a run of spaces, or at the paragraph's end."""
        text = self.text
        limit = min(self.end, pos + 100)
        index = text.find(" ", pos + 3, limit)
        while index != -1:
            if self.gap_at(index):
                return index
            index = text.find(" ", index + 1, limit)
        if self.end - pos <= _MAX_BARE_BYLINE:
            return self.end
        return None

    def skip_junk(self, pos: int, lead: _Lead) -> int:
        """Step over feed junk before a dateline: a rule of dashes, escaped markup."""
        text, end = self.text, self.end
        start = pos
        while pos < end and text[pos] == "-":
            pos += 1
        pos = self.skip_space(pos) if pos - start >= _MIN_RULE else start
        window = min(end, pos + _JUNK_WINDOW)
        if _ESCAPED_TAG_RE.search(text, pos, window) is not None:
            for tag in _ESCAPED_TAG_RE.finditer(text, pos, window):
                after = self.skip_space(tag.end())
                found = self.lex.dateline.match(text, after, end)
                judged = self.place(found) if found is not None else None
                if judged is not None and (judged[2] or judged[3]):
                    pos = after
                    break
        if pos > start:
            lead.junk = (start, pos)
        return pos

    # -- the whole lead ----------------------------------------------------------

    def read(self) -> _Lead:
        """Read the source tag, byline and dateline at the head of the paragraph."""
        text, end = self.text, self.end
        pos = self.head
        lead = _Lead(pos)
        pos = self.skip_junk(pos, lead)
        byline: tuple[int, int] | None = None
        before_byline = pos
        for _round in range(3):
            match = self.lex.tag.match(text, pos, end)
            if match is not None and self.is_source(match.group("tag")):
                # the credit's span takes its separator, as a dateline's takes its dash
                lead.credits.append((pos, match.end(), clean(match.group("tag"))))
                pos = self.skip_space(match.end())
                continue
            if byline is None and self.lex.byline.match(text, pos, end) is not None:
                stop = self.byline_end(pos)
                if stop is not None:
                    before_byline = pos
                    byline = (pos, stop)
                    pos = self.skip_space(stop)
                    continue
            break
        lost_dash = byline is None and not lead.credits
        found = self.dateline(pos, lost_dash=lost_dash)
        if found is not None:
            body, location, date, agency = found
            lead.dateline = (pos, body, location, date, agency)
        elif byline is not None:
            tagged = any(c[0] > byline[0] for c in lead.credits)
            if not tagged and not (byline[1] >= end and lead.credits):
                # a byline that no tag or dateline follows stays in the paragraph
                byline = None
                pos = before_byline
        lead.byline = byline
        lead.body = found[0] if found is not None else pos
        return lead


def _location(text: str) -> str:
    """The place as written, without a stray period or dash at its end."""
    location = clean(text).rstrip(" ,-")
    last = location.rsplit(" ", 1)[-1]
    if (
        last.endswith(".")
        and last.count(".") == 1
        and len(last) > _MIN_PLACE + 1
        and last.isupper()
    ):
        location = location[:-1]  # "MOSCOW. Oct 5": a period for a comma
    return location


def _rule_title(state: State, line: Line) -> bool:
    """The first line is the title, whatever it looks like."""
    if state.headline is not None or state.header_started:
        return False
    state.headline = line.text
    state.piece(line.first, line.stop, SegmentKind.HEADLINE)
    state.index += 1
    state.header_started = True
    return True


def _rule_lead(state: State) -> None:
    """Take the source tag, byline and dateline off the description."""
    if not state.paragraphs or state.dateline is not None:
        return
    vocabulary = state.vocabulary
    if not isinstance(vocabulary, AgNewsVocabulary):
        from wireparse._parser import rule_dateline  # noqa: PLC0415 - the parser imports styles

        rule_dateline(state)  # a caller's own vocabulary: the generic dateline
        return
    first = state.paragraphs[0]
    gap = _para_gaps(state, first)
    reader = _Reader(
        first.joined,
        first.head,
        first.end_index,
        vocabulary=vocabulary,
        title=state.headline,
        gap=gap,
    )
    lead = reader.read()
    if lead.junk is not None:
        start, stop = lead.junk
        state.piece(first.offset(state, start), first.offset(state, stop), SegmentKind.MARKUP)
    for start, stop, name in lead.credits:
        span = Span(first.offset(state, start), first.offset(state, stop))
        state.credits.append(Credit(name, span))
        state.piece(span.start, span.end, SegmentKind.CREDIT)
    if lead.byline is not None:
        start, stop = lead.byline
        text = clean(first.joined[start:stop])
        from wireparse._parser import split_byline  # noqa: PLC0415 - the parser imports styles

        match = vocabulary.byline_re.fullmatch(text)
        authors, titles = split_byline(match.group("rest") if match else text, vocabulary)
        span = Span(first.offset(state, start), first.offset(state, stop))
        state.byline = Byline(text, authors, span, affiliation=", ".join(titles) or None)
        state.piece(span.start, span.end, SegmentKind.BYLINE)
    if lead.dateline is not None:
        start, stop, location, date, agency = lead.dateline
        span = Span(first.offset(state, start), first.offset(state, stop))
        state.dateline = Dateline(location, date, agency, span)
        state.piece(span.start, span.end, SegmentKind.DATELINE)
    first.head = lead.body
    if not first.text:
        state.paragraphs.pop(0)


_LAYOUT_RE = re.compile(r"[^\s<][^\r\n]{0,300}\r?\n\r?\n(?=[ \t]*\S)")
_C0_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TAGGED_RE = re.compile(r"[^\r\n]*\(([^()\r\n]{1,40})\)\r?\n\r?\n[ \t]*([^\r\n]{1,60})")


def _foreign(head: str) -> bool:
    """Whether a line of *head* opens with a fixed-width indent, or a control character is in it."""
    return (
        head.startswith(("   ", "\t"))
        or "\n   " in head
        or "\n\t" in head
        or _C0_CONTROL_RE.search(head) is not None
    )


def _is_timestamp_line(line: str, vocabulary: Vocabulary) -> bool:
    """Whether *line* opens with a timestamp label (``Published :``) and holds a digit."""
    label = vocabulary.timestamp_label_re.match(line.strip(" \t\u2022"))
    return label is not None and any(c.isdigit() for c in line[label.end() :])


def _own_reading(lead: _Lead, text: str, vocabulary: Vocabulary) -> bool:
    """Whether *lead* differs from what the generic dateline rule reads in *text*."""
    if lead.credits or lead.junk or lead.byline:
        return True
    if lead.dateline is None:
        return False
    start, body, location, date, agency = lead.dateline
    if location and not (date or agency or "," in location or location.isupper()):
        # "London - A strike ...": a known city, its dash, a sentence's capital;
        # "Seoul -- said more" is no dateline in any copy
        return text[body : body + 1].isupper()
    match = vocabulary.dateline_re.match(text, start) or vocabulary.agency_only_dateline_re.match(
        text, start
    )
    if match is None or match.end() != body:
        return True
    generic = (_clean(match.group("location")), _clean(match.group("date")))
    return generic != (location, date) or _clean(match.group("agency")) != agency


class AgNews(Style):
    """AG News items: title, blank line, description with a source tag or dateline."""

    name = "agnews"
    description = "AG News items: title line, blank line, 'AP - '/'LONDON (Reuters) - ' description"
    vocabulary_class = AgNewsVocabulary

    def detect(self, source: str) -> float:
        """A short text: one title line, a blank line, a description of a few lines."""
        if len(source) > _MAX_ITEM or _LAYOUT_RE.match(source) is None:
            return 0.0
        head = source[:_MAX_ITEM]
        blocks = head.count("\n\n") + head.count("\r\n\r\n")
        if blocks > _MAX_BLOCKS or _foreign(head):
            return 0.0  # many blocks, fixed-width indents or transmission controls
        tagged = _TAGGED_RE.match(head)
        if tagged is not None:
            tag = clean(tagged.group(1)).casefold()
            if clean(tagged.group(2)).casefold().startswith(tag):
                return 0.9
        # Otherwise only a lead that the generic rules would read otherwise
        # (a source tag, a byline before the dateline, a dateline in one of
        # the crawl's forms) tells an item from any short story.
        vocabulary = self.vocabulary
        if not isinstance(vocabulary, AgNewsVocabulary):
            return 0.0
        title, _, description = head.partition("\n")
        block = _BLANK_LINE_RE.split(description.lstrip("\r\n \t"), 1)[0]
        if any(_is_timestamp_line(line, vocabulary) for line in block.splitlines()[1:]):
            return 0.0  # a byline over a "Published:" line: a story's header, not an item
        text, gap = _fold_lead(block[:_LEAD_WINDOW])
        reader = _Reader(text, 0, len(text), vocabulary=vocabulary, title=title.strip(), gap=gap)
        return 0.5 if _own_reading(reader.read(), text, vocabulary) else 0.0

    @property
    def header_rules(self) -> Sequence[tuple[str, HeaderRule]]:
        """The title only."""
        return (("title", _rule_title),)

    @property
    def body_rules(self) -> Sequence[tuple[str, BodyRule]]:
        """The description's lead: source tag, byline, dateline."""
        return (("lead", _rule_lead),)


STYLES = (AgNews(),)
