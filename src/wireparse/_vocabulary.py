"""The words wire copy is made of, as data a user can extend.

Like :class:`dateutil.parser.parserinfo`, a :class:`Vocabulary` keeps its
tables as class attributes; a subclass that adds an agency, a zone
abbreviation or an end mark changes what the parser recognises without
touching parser code::

    class MyVocabulary(wireparse.Vocabulary):
        AGENCIES = (*wireparse.Vocabulary.AGENCIES, "Agence Kivu")
        ZONES = {**wireparse.Vocabulary.ZONES, "WAT": 60}

    wireparse.parse(text, vocabulary=MyVocabulary())

An instance compiles its tables into regular expressions once, when it is
built, and is never changed afterwards, so one instance may be shared by any
number of threads and processes.
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = ["Vocabulary"]


def _alternation(words: Iterable[str]) -> str:
    r"""A regex group of the alternatives *words*, longest first so none shadows another.

    A lookahead for the words' first characters (in either case) opens the
    group: the regex engine tries a list of case-insensitive literals one by
    one, so the lookahead's single test saves it most of that work.  It
    changes nothing that matches.

    >>> _alternation(["May", "March", "Mar."])
    '(?=[Mm])(?:March|Mar\\.|May)'
    """
    ordered = sorted(words, key=lambda w: (-len(w), w))
    if not ordered:
        return "(?!)"
    alternatives = "|".join(re.escape(w) for w in ordered)
    if not all(ordered):
        return f"(?:{alternatives})"  # an empty word matches anywhere
    firsts = sorted({c for w in ordered for c in (w[0], w[0].lower(), w[0].upper()) if len(c) == 1})
    return f"(?=[{''.join(re.escape(c) for c in firsts)}])(?:{alternatives})"


class Vocabulary:
    r"""The tables of words the parser recognises.

    Subclass and override any table to extend it; build an instance and pass
    it as ``parse(data, vocabulary=...)``.

    >>> from wireparse import Vocabulary, parse
    >>> class Kivu(Vocabulary):
    ...     AGENCIES = (*Vocabulary.AGENCIES, "Agence Kivu")
    >>> parse("Rains\n\nGOMA (Agence Kivu) -- It rained.", vocabulary=Kivu()).dateline.agency
    'Agence Kivu'
    """

    AGENCIES: ClassVar[tuple[str, ...]] = (
        "AAP",
        "AFP",
        "AFP-JIJI",
        "ANI",
        "ANSA",
        "AP",
        "APA",
        "Anadolu",
        "Antara",
        "Associated Press",
        "The Associated Press",
        "Bernama",
        "Bloomberg",
        "CNA",
        "CNN",
        "dpa",
        "DPA",
        "EFE",
        "EPA",
        "EPA-EFE",
        "Getty Images",
        "IANS",
        "Interfax",
        "IRNA",
        "Jiji",
        "Jiji Press",
        "KCNA",
        "KNA",
        "Kyodo",
        "Kyodo News",
        "MENA",
        "Newsis",
        "News1",
        "PNA",
        "PTI",
        "Reuter",
        "Reuters",
        "RIA Novosti",
        "TASS",
        "UPI",
        "United Press International",
        "Xinhua",
        "Yonhap",
        "Yonhap News",
        "Yonhap News Agency",
        "Korea Herald",
        "The Korea Herald",
        "Korea JoongAng Daily",
        "AP Photo",
        "Yonhap Photo",
        "Reuters Photo",
        "AFP Photo",
        "Xinhua Photo",
        "NEWSIS",
        "Joint Press Corps",
    )
    """Agency names as they appear in datelines and credits."""

    MONTHS: ClassVar[Mapping[str, int]] = {
        name: number
        for number, names in enumerate(
            (
                ("Jan", "January"),
                ("Feb", "February"),
                ("Mar", "March"),
                ("Apr", "April"),
                ("May",),
                ("Jun", "June"),
                ("Jul", "July"),
                ("Aug", "August"),
                ("Sep", "Sept", "September"),
                ("Oct", "October"),
                ("Nov", "November"),
                ("Dec", "December"),
            ),
            start=1,
        )
        for name in names
    }
    """Month names and abbreviations (a trailing period is always allowed)."""

    WEEKDAYS: ClassVar[tuple[str, ...]] = (
        "Mon",
        "Monday",
        "Tue",
        "Tues",
        "Tuesday",
        "Wed",
        "Wednesday",
        "Thu",
        "Thur",
        "Thurs",
        "Thursday",
        "Fri",
        "Friday",
        "Sat",
        "Saturday",
        "Sun",
        "Sunday",
    )
    """Weekday names that may open a timestamp."""

    ZONES: ClassVar[Mapping[str, int]] = {
        "UTC": 0,
        "GMT": 0,
        "Z": 0,
        "UT": 0,
        "WET": 0,
        "BST": 60,
        "IST": 330,
        "CET": 60,
        "CEST": 120,
        "MET": 60,
        "MEST": 120,
        "EET": 120,
        "EEST": 180,
        "MSK": 180,
        "GST": 240,
        "PKT": 300,
        "ICT": 420,
        "WIB": 420,
        "HKT": 480,
        "SGT": 480,
        "PHT": 480,
        "AWST": 480,
        "CST": -360,
        "KST": 540,
        "JST": 540,
        "ACST": 570,
        "AEST": 600,
        "AEDT": 660,
        "NZST": 720,
        "NZDT": 780,
        "EST": -300,
        "EDT": -240,
        "CDT": -300,
        "MST": -420,
        "MDT": -360,
        "PST": -480,
        "PDT": -420,
        "AKST": -540,
        "AKDT": -480,
        "HST": -600,
        "AST": -240,
        "ADT": -180,
        "NST": -210,
        "NDT": -150,
        "BRT": -180,
    }
    """Time zone abbreviations and the fixed offset, in minutes, each names.

    Wire copy states the offset it means, so an abbreviation is read as a
    fixed offset, never as a region's rules for that date.  ``CST`` is read
    as US Central; ``IST`` as India.
    """

    END_MARKS: ClassVar[tuple[str, ...]] = (
        "(END)",
        "(End)",
        "(end)",
        "-30-",
        "- 30 -",
        "###",
        "# # #",
        "(MORE)",
        "(More)",
        "MORE",
        "-0-",
        "ENDS",
        "END",
        "(ENDS)",
        "More",
        "more",
    )
    """End-of-story and transmission marks, as written."""

    TIMESTAMP_LABELS: ClassVar[Mapping[str, str]] = {
        "published": "published",
        "posted": "published",
        "first published": "published",
        "created": "published",
        "released": "published",
        "date": "published",
        "updated": "updated",
        "last updated": "updated",
        "modified": "updated",
        "last modified": "updated",
        "revised": "updated",
        "edited": "updated",
    }
    """Labels of timestamp lines (lower case) and the field each one fills."""

    BYLINE_PREFIXES: ClassVar[tuple[str, ...]] = ("By", "BY", "by", "Written by", "Reported by")
    """Words that open a byline line."""

    AFFILIATION_WORDS: ClassVar[tuple[str, ...]] = (
        "Writer",
        "Writers",
        "Correspondent",
        "Correspondents",
        "Reporter",
        "Reporters",
        "Staff",
        "Editor",
        "Editors",
        "Columnist",
        "Contributor",
        "Bureau",
        "Desk",
        "Press",
        "News",
        "Herald",
        "Times",
        "Post",
        "Daily",
        "Agency",
        "Service",
        "Newswire",
        "Journal",
        "Tribune",
        "Gazette",
        "Chief",
        "Analyst",
        "Photographer",
    )
    """Words that mark a byline part as an affiliation or title, not a name."""

    NAME_SUFFIXES: ClassVar[tuple[str, ...]] = ("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV")
    """Name suffixes that a comma parts from the name they belong to."""

    CAPTION_CUES: ClassVar[tuple[str, ...]] = (
        r"\((?:\d+(?:st|nd|rd|th)\s+from\s+)?(?:L|R|C|left|right|center|centre|front|back|top|bottom)\)",
        r"\(\s*(?:second|third|fourth|fifth)\s+from\s+(?:left|right|L|R)\s*\)",
        r"\bpos(?:e|es|ed|ing)\s+for\s+(?:a\s+)?(?:photo|picture|photographs?|pictures?)\b",
        r"\b(?:is|are)\s+(?:pictured|seen|shown)\b",
        r"\b(?:this|a|the)\s+(?:file\s+)?(?:photo|picture|image|handout)\b",
        r"\bphoto\s+(?:taken|provided|released|shows)\b",
        r"\bin\s+this\s+(?:file\s+)?(?:photo|picture|image)\b",
        r"\b(?:captured|snapped)\s+by\b",
    )
    """Regular expressions whose match in a paragraph marks it as a photo caption."""

    PHOTO_CREDIT_WORDS: ClassVar[tuple[str, ...]] = (
        "Photo",
        "photo",
        "Photos",
        "Pool",
        "Getty",
        "Courtesy",
        "courtesy",
        "Handout",
        "Yonhap",
        "EPA",
        "AFP",
        "Xinhua",
    )
    """Words whose presence in a parenthesised credit marks a photo credit."""

    DATELINE_DASHES: ClassVar[tuple[str, ...]] = ("--", "\u2014", "\u2013", "\u2015", "-", "_")
    """Dashes that close a dateline (``--``, em dash, en dash, bar, and, when white
    space follows, hyphen and underscore)."""

    def __init__(self) -> None:
        """Compile the tables into the patterns the parser uses."""
        cls = type(self)
        self.months: Mapping[str, int] = {k.casefold(): v for k, v in cls.MONTHS.items()}
        self.zones: Mapping[str, datetime.timezone] = {
            name: datetime.timezone(datetime.timedelta(minutes=minutes), name)
            for name, minutes in cls.ZONES.items()
        }
        self.timestamp_labels = {k.casefold(): v for k, v in cls.TIMESTAMP_LABELS.items()}
        self.agencies = frozenset(a.casefold() for a in cls.AGENCIES)
        self.end_marks = frozenset(cls.END_MARKS)
        self.affiliation_words = frozenset(cls.AFFILIATION_WORDS)
        self.name_suffixes = frozenset(s.casefold() for s in cls.NAME_SUFFIXES)

        month = rf"{_alternation(cls.MONTHS)}\.?"
        self.month_pattern = month
        self.zone_pattern = _alternation(cls.ZONES)
        self.weekday_pattern = rf"{_alternation(cls.WEEKDAYS)}\.?"
        agency = _alternation(cls.AGENCIES)
        self.agency_pattern = agency

        self.byline_re = re.compile(
            rf"{_alternation(cls.BYLINE_PREFIXES)}\s*:?\s+(?P<rest>\S.*)", re.DOTALL
        )
        self.timestamp_label_re = re.compile(
            rf"(?<![\w])(?P<label>{_alternation(cls.TIMESTAMP_LABELS)})\b\s*(?:on|at)?\s*[:：]?\s*",
            re.IGNORECASE,
        )
        self.end_mark_re = re.compile(_alternation(cls.END_MARKS))
        self.caption_cue_re = re.compile("|".join(f"(?:{c})" for c in cls.CAPTION_CUES))
        dashes = [re.escape(d) for d in cls.DATELINE_DASHES]
        # A hyphen or underscore closes a dateline only when white space follows.
        dash_alternatives = "|".join(
            f"{d}(?=\\s)" if raw in ("-", "_") else d
            for raw, d in zip(cls.DATELINE_DASHES, dashes, strict=True)
        )
        city_word = r"[A-Z][A-Z'.\-]*(?:/[A-Z][A-Z'.\-]*)*"  # "FRANKFURT/OTTAWA"
        region_word = r"[A-Z][A-Za-z'.\-]*"
        sp = r"[ \t\u00a0]"
        dateline = (
            rf"(?P<location>(?=[A-Z][A-Z'.\-])(?:{city_word})(?:{sp}{city_word}){{0,4}}"
            rf"(?:,{sp}+(?!{month}{sp}*\d)(?:{region_word})(?:{sp}{region_word}){{0,3}}){{0,2}})"
            rf"(?:,?{sp}+(?P<date>{month}{sp}*\d{{1,2}}(?:,?{sp}+\d{{4}})?))?"
            # ``known``: the parentheses name a known agency, so the dash may be left out
            # (``NEW DELHI, Aug 8 (PTI) The ...``).
            rf"{sp}*(?:\((?:(?P<known>(?=(?:{agency})\)))|)(?P<agency>[^()\r\n]{{1,60}})\))?"
        )
        self.dateline_re = re.compile(
            rf"{dateline}(?:{sp}*(?P<dash>{dash_alternatives}){sp}*"
            rf"|(?(known){sp}+(?=[^\W_]|[\"'\u2018\u201c])|(?!)))"
        )
        """A dateline opening a paragraph, its dash (optional after a known agency)
        and the spaces after it."""
        self.standalone_dateline_re = re.compile(
            rf"{dateline}(?:{sp}*(?P<dash>{dash_alternatives}))?{sp}*"
        )
        """A dateline that stands alone, as a packaging's element, its dash optional."""
        self.agency_only_dateline_re = re.compile(
            rf"(?P<location>)(?P<date>)\((?P<agency>{agency})\){sp}*(?P<dash>{dash_alternatives}){sp}*"
        )
        """A dateline that names only a known agency (``(Reuters) -``): no location."""
        self.credit_tail_re = re.compile(r"\((?P<credit>[^()]{1,300})\)\s*\Z")
        self.contributor_re = re.compile(
            r"\(?\s*(?P<credit>(?:(?:Additional\s+)?(?:reporting|writing|editing|compiled|"
            r"edited|written|reported)\s+by|Source:)\s*[^()]*?"
            # "Associated Press writer Jane Doe contributed to this report."
            r"|(?-i:[A-Z])[^()]{0,250}?\bcontributed\s+(?:to\s+(?:this|the)\s+"
            r"(?:report|story|article)|reporting)(?:\s+(?:from|in)\s+[^.()]{1,60})?\.?)"
            r"\s*\)?\s*\Z",
            re.IGNORECASE,
        )
        from wireparse._dates import TimestampReader  # noqa: PLC0415 - a cycle otherwise

        self.timestamps = TimestampReader(self)
        """The timestamp reader compiled from these tables."""

    def is_agency(self, text: str) -> bool:
        """Whether *text* names a known agency (case folded)."""
        return text.strip().casefold() in self.agencies

    def is_photo_credit(self, credit: str) -> bool:
        """Whether a parenthesised *credit* reads as a photo credit."""
        head = credit.split("/", 1)[0].strip()
        if self.is_agency(head):
            return True
        return any(word in credit for word in type(self).PHOTO_CREDIT_WORDS)


DEFAULT_VOCABULARY = Vocabulary()
