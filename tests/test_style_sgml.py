"""The SGML/XML packagings: TIPSTER ``<DOC>``, TimeML and Reuters-21578.

Every fixture here is a short invented article written by hand in the
packaging's layout.
"""

from __future__ import annotations

import datetime

import pytest

import wireparse
from _support import assert_partition, paragraphs
from wireparse import Article, SegmentKind
from wireparse._styles.sgml import decode_markup

EST = datetime.timezone(datetime.timedelta(hours=-5))
EDT = datetime.timezone(datetime.timedelta(hours=-4))


def credits_(article: Article) -> list[str]:
    return [c.text for c in article.credits]


def end_marks(article: Article) -> list[str]:
    return [m.text for m in article.end_marks]


def dateline(article: Article) -> tuple[str, str | None, str | None] | None:
    d = article.dateline
    return None if d is None else (d.location, d.date, d.agency)


def authors(article: Article) -> list[str]:
    return [] if article.byline is None else list(article.byline.authors)


def segment_texts(article: Article, kind: SegmentKind) -> list[str]:
    return [article.source[s.span.start : s.span.end] for s in article.segments if s.kind is kind]


# --------------------------------------------------------------------------
# Decoding


def test_decode_drops_tags_and_decodes_entities() -> None:
    assert decode_markup("S&amp;P &lt;XYZ> <EVENT eid='e3'>rose</EVENT>") == "S&P <XYZ> rose"


def test_decode_drops_control_character_references() -> None:
    assert decode_markup("&#5;&#22;&#1;f0704&#31;reute") == "f0704reute"
    assert decode_markup("&#2;") == ""


def test_decode_never_lengthens() -> None:
    for raw in ("&NotEqualTilde;", "&#x1F600;", "&amp", "&T", "&", "a &b c", "<b>x</b>", "&#0;"):
        assert len(decode_markup(raw)) <= len(raw)


def test_decode_of_a_growing_prefix_never_shrinks() -> None:
    raw = "Dow &amp; Jones <EVENT eid='e1'>fell</EVENT> &#3; 2 &lt; 3 &copy; x"
    lengths = [len(decode_markup(raw[:end])) for end in range(len(raw) + 1)]
    assert lengths == sorted(lengths)


# --------------------------------------------------------------------------
# TIPSTER


TIPSTER = """\
<DOC>
<DOCNO> AP880512-0042 </DOCNO>
<FILEID>AP-NR-05-12-88 1423EDT</FILEID>
<FIRST>r a PM-Lighthouse-Keeper     05-12 0312</FIRST>
<SECOND>PM-Lighthouse Keeper,0320</SECOND>
<HEAD>$adv14</HEAD>
<HEAD>For release Saturday, May 14, and thereafter</HEAD>
<HEAD>Last Keeper Leaves Gull Rock Light, Lamp Keeps Turning</HEAD>
<HEAD>Eds: Moved in advance for weekend papers.</HEAD>
<HEAD>With LaserPhoto GR2</HEAD>
<BYLINE>By MARTHA Q. OSGOOD</BYLINE>
<BYLINE>Associated Press Writer</BYLINE>
<DATELINE>GULL HARBOR, Maine (AP) </DATELINE>
<TEXT>
   For 31 years Ned Parrish climbed the 94 steps of the Gull Rock
lighthouse each dusk. On Thursday he climbed them for the last time.
   ``The lamp doesn't need me now,'' said Parrish, 66. ``A timer
does the job, and it never catches a cold.''
   The Coast Guard's keepers by decade:
   1960s _ 12
   1970s _ 7
   ___
   The light will keep turning, officials said.
</TEXT>
<NOTE>End Adv for Sat., May 14</NOTE>
</DOC>
"""


def test_tipster_fields() -> None:
    article = wireparse.parse(TIPSTER)
    assert article.style == "tipster"
    assert article.headline == "Last Keeper Leaves Gull Rock Light, Lamp Keeps Turning"
    assert article.byline is not None
    assert article.byline.text == "By MARTHA Q. OSGOOD"
    assert authors(article) == ["MARTHA Q. OSGOOD"]
    assert article.byline.affiliation == "Associated Press Writer"
    assert article.published == datetime.datetime(1988, 5, 12, 14, 23, tzinfo=EDT)
    assert article.updated is None
    assert dateline(article) == ("GULL HARBOR, Maine", None, "AP")
    assert paragraphs(article) == [
        (
            "For 31 years Ned Parrish climbed the 94 steps of the Gull Rock lighthouse each"
            " dusk. On Thursday he climbed them for the last time."
        ),
        (
            "``The lamp doesn't need me now,'' said Parrish, 66. "
            "``A timer does the job, and it never catches a cold.''"
        ),
        "The Coast Guard's keepers by decade:",
        "1960s _ 12",
        "1970s _ 7",
        "The light will keep turning, officials said.",
    ]
    assert article.captions == ()
    assert credits_(article) == []
    assert end_marks(article) == ["End Adv for Sat., May 14"]
    assert_partition(article)
    assert segment_texts(article, SegmentKind.TIMESTAMP) == ["AP-NR-05-12-88 1423EDT"]
    assert "   ___" not in "".join(p.text for p in article.paragraphs)


def test_tipster_is_forced_by_name() -> None:
    article = wireparse.parse(TIPSTER, style="tipster")
    assert article.style == "tipster"
    assert article.headline == "Last Keeper Leaves Gull Rock Light, Lamp Keeps Turning"


@pytest.mark.parametrize(
    "label",
    [
        "URGENT",
        "Precede GULL HARBOR",
        "LaserPhoto GR1",
        "Eds: UPDATES with new quotes",
        "EDS: SUBS 2nd graf",
        "$Adv 22",
        "AP WEEKEND TRAVEL AND LEISURE",
        "An AP Extra",
    ],
)
def test_tipster_labels_are_not_the_headline(label: str) -> None:
    source = TIPSTER.replace("<HEAD>$adv14</HEAD>", f"<HEAD>{label}</HEAD>")
    assert wireparse.parse(source).headline == (
        "Last Keeper Leaves Gull Rock Light, Lamp Keeps Turning"
    )


def test_tipster_agency_byline_is_a_credit_and_notes_carry_marks() -> None:
    source = """\
<DOC>
<DOCNO> AP880513-0007 </DOCNO>
<FILEID>AP-NR-05-13-88 0210EST</FILEID>
<HEAD>Storms Sweep Plains States</HEAD>
<BYLINE>By The Associated Press</BYLINE>
<TEXT>
   Hail the size of marbles fell across three states.
</TEXT>
<NOTE>MORE</NOTE>
</DOC>
"""
    article = wireparse.parse(source)
    assert article.byline is None
    assert credits_(article) == ["By The Associated Press"]
    assert end_marks(article) == ["MORE"]
    assert article.published == datetime.datetime(1988, 5, 13, 2, 10, tzinfo=EST)
    assert dateline(article) is None
    assert paragraphs(article) == ["Hail the size of marbles fell across three states."]
    assert_partition(article)


def test_tipster_editors_note_text_and_note_bylines() -> None:
    source = """\
<DOC>
<DOCNO> AP880514-0101 </DOCNO>
<FILEID>AP-NR-05-14-88 0815EDT</FILEID>
<HEAD>Island Ferry Turns 100</HEAD>
<NOTE>EDITOR'S NOTE </NOTE>
<TEXT>
   The writer grew up on the island and rode the ferry to school.
</TEXT>
<NOTE>___</NOTE>
<NOTE>By LENA PORTER</NOTE>
<NOTE>Associated Press Writer</NOTE>
<DATELINE>PINE ISLAND, Wash. (AP) </DATELINE>
<TEXT>
   The ferry still leaves at 6:10 every morning.
</TEXT>
<NOTE>___</NOTE>
<TEXT>
   Its captain has missed two sailings in 20 years.
</TEXT>
<DATELINE>SEATTLE (AP) </DATELINE>
<TEXT>
   A second ferry line is planned.
</TEXT>
</DOC>
"""
    article = wireparse.parse(source)
    assert authors(article) == ["LENA PORTER"]
    assert article.byline is not None
    assert article.byline.affiliation == "Associated Press Writer"
    assert dateline(article) == ("PINE ISLAND, Wash.", None, "AP")
    assert paragraphs(article) == [
        "The ferry still leaves at 6:10 every morning.",
        "Its captain has missed two sailings in 20 years.",
        "A second ferry line is planned.",
    ]
    assert_partition(article)
    markup = " ".join(segment_texts(article, SegmentKind.MARKUP))
    assert "The writer grew up" in markup
    assert "SEATTLE (AP)" in markup


def test_tipster_unk_in_the_headline_place() -> None:
    source = """\
<DOC>
<DOCNO> AP880515-0011 </DOCNO>
<FILEID>AP-NR-05-15-88 1102EDT</FILEID>
<UNK>Brewery Sold to Rival for $12 Million</UNK>
<UNK>By OTTO KRANZ</UNK>
<DATELINE>MILWAUKEE (AP) </DATELINE>
<TEXT>
   A family brewery founded in 1871 has been sold.
</TEXT>
</DOC>
"""
    article = wireparse.parse(source)
    assert article.headline == "Brewery Sold to Rival for $12 Million"
    assert authors(article) == ["OTTO KRANZ"]
    assert_partition(article)


# --------------------------------------------------------------------------
# TimeML

TIMEML_HEAD = """\
<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">

<DOCID>APW19990704.0123</DOCID>

"""
TIMEML_LINKS = """\
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
"""

APW = (
    TIMEML_HEAD
    + """\
<DCT><TIMEX3 tid="t0" type="TIME" value="1999-07-04" functionInDocument="CREATION_TIME">\
1999-07-04</TIMEX3></DCT>

<TITLE>Dam repairs finished ahead of storm season</TITLE>

<EXTRAINFO>
APW19990704.0123  NEWS STORY  07/04/1999 11:05:00
w0921 &amp;Cx1f; wstm-
r i &amp;Cx13;  &amp;Cx11;  BC-Lakeland-Dam     07-04 0190
BC-Lakeland-Dam
&amp;UR; Dam repairs finished ahead of storm season &amp;QL;  &amp;UR; Eds: Moves on general \
news. &amp;QL;  &amp;UR; By ROSA D. FELL &amp;QC;  &amp;UR; Associated Press Writer &amp;QC;
</EXTRAINFO>

<TEXT>

LAKELAND, Fla. (AP) _

Crews <EVENT eid="e1" class="OCCURRENCE">finished</EVENT> work on the Lakeland dam \
<TIMEX3 tid="t1" type="DATE" value="1999-07-03">Saturday</TIMEX3>, a week early.

``It held in 1994 and it will hold now,'' said engineer Ana Ruiz of Ruiz &amp; Sons.

</TEXT>

<EXTRAINFO>
&amp;UR; MORE
(ab-cde)
(PROFILE (WS SL:BC-Lakeland-Dam; CT:i; (REG:ENGL;) (LANG:ENGLISH;)) )
AP-NY-07-04-99 1105EDT
</EXTRAINFO>

"""
    + TIMEML_LINKS
)


def test_timeml_aquaint_apw_fields() -> None:
    article = wireparse.parse(APW)
    assert article.style == "timeml"
    assert article.headline == "Dam repairs finished ahead of storm season"
    assert authors(article) == ["ROSA D. FELL"]
    assert article.byline is not None
    assert article.byline.affiliation == "Associated Press Writer"
    assert article.published == datetime.datetime(1999, 7, 4, 11, 5, tzinfo=EDT)
    assert article.updated is None
    assert dateline(article) == ("LAKELAND, Fla.", None, "AP")
    assert paragraphs(article) == [
        "Crews finished work on the Lakeland dam Saturday, a week early.",
        "``It held in 1994 and it will hold now,'' said engineer Ana Ruiz of Ruiz & Sons.",
    ]
    assert article.captions == ()
    assert credits_(article) == ["ab-cde"]
    assert end_marks(article) == ["MORE"]
    assert_partition(article)
    assert segment_texts(article, SegmentKind.TIMESTAMP) == ["AP-NY-07-04-99 1105EDT"]


def test_timeml_is_forced_by_name() -> None:
    article = wireparse.parse(APW, style="timeml")
    assert article.style == "timeml"
    assert dateline(article) == ("LAKELAND, Fla.", None, "AP")


def test_timeml_header_stamp_without_a_trailer() -> None:
    source = APW.replace("AP-NY-07-04-99 1105EDT\n", "").replace(
        "APW19990704.0123  NEWS STORY  07/04/1999", "APW19990704.0123 \r NEWS STORY \r 07/04/1999"
    )
    article = wireparse.parse(source)
    assert article.published is not None
    assert article.published.isoformat() == "1999-07-04T11:05:00"
    assert segment_texts(article, SegmentKind.TIMESTAMP) == ["07/04/1999 11:05:00"]


def test_timeml_a_dash_inside_the_first_line_keeps_it_a_paragraph() -> None:
    source = APW.replace(
        "LAKELAND, Fla. (AP) _\n\nCrews", "LAKELAND _ The vote was close _\n\nCrews"
    )
    article = wireparse.parse(source)
    assert dateline(article) == ("LAKELAND", None, None)
    assert paragraphs(article)[0] == "The vote was close _"


def test_timeml_byline_with_title_and_no_comma() -> None:
    source = APW.replace(
        "&amp;UR; By ROSA D. FELL &amp;QC;  &amp;UR; Associated Press Writer &amp;QC;",
        "By ROSA D. FELL Associated Press Writer",
    )
    article = wireparse.parse(source)
    assert authors(article) == ["ROSA D. FELL"]
    assert article.byline is not None
    assert article.byline.affiliation == "Associated Press Writer"


def test_timeml_headline_and_byline_on_one_header_line() -> None:
    source = APW.replace(
        "&amp;UR; By ROSA D. FELL &amp;QC;  &amp;UR; Associated Press Writer &amp;QC;",
        "Dam repairs finished  By ROSA D. FELL, Associated Press Writer",
    )
    assert authors(wireparse.parse(source)) == ["ROSA D. FELL"]


NYT = (
    TIMEML_HEAD.replace("APW19990704.0123", "NYT19990704.0456")
    + """\
<DCT>1999-07-04 18:20</DCT>

<TITLE>CITY COUNCIL VOTES TO KEEP HARBOR FERRIES</TITLE>

<EXTRAINFO>
NYT19990704.0456  NEWS STORY  1999-07-04 18:20
A1234 &amp;Cx1f; taf-z
u a &amp;Cx13;  &amp;Cx11;  BC-HARBOR-FERRIES-BOS     07-04 0410
BC-HARBOR-FERRIES-BOS
CITY COUNCIL VOTES TO KEEP HARBOR FERRIES
(For use by New York Times News Service clients)  (kt)
By DANA WELLS and OMAR FIELD
c.1999 The Boston Globe
</EXTRAINFO>

<TEXT>

PORTSMOUTH, N.H. _ The city council voted 7-2 on Sunday to keep the harbor ferries running.

Riders had packed the hearing.

</TEXT>

<EXTRAINFO>
ENDIT
&amp;QL; (Material from the Associated Press was used in this report.)
NYT-07-04-99 1820EDT &amp;QL;
</EXTRAINFO>

"""
    + TIMEML_LINKS
)


def test_timeml_aquaint_nyt_fields() -> None:
    article = wireparse.parse(NYT)
    assert article.style == "timeml"
    assert article.headline == "CITY COUNCIL VOTES TO KEEP HARBOR FERRIES"
    assert authors(article) == ["DANA WELLS", "OMAR FIELD"]
    assert article.published == datetime.datetime(1999, 7, 4, 18, 20, tzinfo=EDT)
    assert dateline(article) == ("PORTSMOUTH, N.H.", None, None)
    assert paragraphs(article) == [
        "The city council voted 7-2 on Sunday to keep the harbor ferries running.",
        "Riders had packed the hearing.",
    ]
    assert credits_(article) == [
        "For use by New York Times News Service clients",
        "c.1999 The Boston Globe",
        "Material from the Associated Press was used in this report.",
    ]
    assert end_marks(article) == ["ENDIT"]
    assert_partition(article)


XIE = (
    TIMEML_HEAD.replace("APW19990704.0123", "XIE19990705.0017")
    + """\
<DCT>July 4</DCT>

<TITLE>Port Opens New Container Terminal</TITLE>

<EXTRAINFO>
XIE19990705.0017 <DATE_TIME> 1999-07-05 </DATE_TIME><HEADLINE> Port Opens New Container \
Terminal </HEADLINE>
</EXTRAINFO>

<TEXT>

DURBAN, July 4 (Xinhua) --

A new container terminal opened here Sunday.

</TEXT>

<EXTRAINFO>
</EXTRAINFO>

"""
    + TIMEML_LINKS
)


def test_timeml_aquaint_xie_fields() -> None:
    article = wireparse.parse(XIE)
    assert article.headline == "Port Opens New Container Terminal"
    assert authors(article) == []
    assert article.published is not None
    assert article.published.isoformat() == "1999-07-05T00:00:00"
    assert dateline(article) == ("DURBAN", "July 4", "Xinhua")
    assert segment_texts(article, SegmentKind.TIMESTAMP) == ["1999-07-05"]
    assert paragraphs(article) == ["A new container terminal opened here Sunday."]
    assert credits_(article) == []
    assert end_marks(article) == []
    assert_partition(article)


def silver(dct: str, title: str) -> str:
    return (
        TIMEML_HEAD.replace("APW19990704.0123", "AFP_ENG_20070110.0042")
        + f"""\
<DCT>{dct}</DCT>

<TITLE>{title}</TITLE>


<TEXT>

Shipyard workers <EVENT eid="e1" class="OCCURRENCE">ended</EVENT> a two-day strike on Wednesday.

Talks resume next week.

</TEXT>

"""
        + TIMEML_LINKS
    )


def test_timeml_silver_dateline_from_the_dct() -> None:
    source = silver(
        'GDANSK, <TIMEX3 tid="t0" type="TIME" value="2007-01-10">Jan 10 , 2007, 2007</TIMEX3>'
        " (AFP)",
        "URGENT: Gdansk shipyard strike ends",
    )
    article = wireparse.parse(source)
    assert article.style == "timeml"
    assert article.headline == "Gdansk shipyard strike ends"
    assert dateline(article) == ("GDANSK", "Jan 10 , 2007, 2007", "AFP")
    assert article.published is None
    assert paragraphs(article) == [
        "Shipyard workers ended a two-day strike on Wednesday.",
        "Talks resume next week.",
    ]
    assert authors(article) == []
    assert credits_(article) == []
    assert end_marks(article) == []
    assert_partition(article)


def test_timeml_silver_title_that_is_a_byline() -> None:
    article = wireparse.parse(silver("GDANSK, Jan 10 , 2007", "by Tomasz Wrona"))
    assert article.headline is None
    assert authors(article) == ["Tomasz Wrona"]
    assert dateline(article) == ("GDANSK", "Jan 10 , 2007", None)


# --------------------------------------------------------------------------
# Reuters-21578

REUTERS = """\
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="9001" NEWID="77">
<DATE> 4-MAR-1987 09:12:44.07</DATE>
<TOPICS><D>grain</D></TOPICS>
<PLACES><D>canada</D></PLACES>
<PEOPLE></PEOPLE>
<ORGS></ORGS>
<EXCHANGES></EXCHANGES>
<COMPANIES></COMPANIES>
<UNKNOWN>
&#5;&#5;&#5;G
&#22;&#22;&#1;f0101&#31;reute
r f BC-PRAIRIE-GRAIN   03-04 0099</UNKNOWN>
<TEXT>&#2;
<TITLE>PRAIRIE GRAIN &lt;PGC> SEES LOWER STOCKS</TITLE>
<AUTHOR>    By Ruth Ellery, Reuters</AUTHOR>
<DATELINE>    Winnipeg, March 4 - </DATELINE><BODY>Prairie Grain Co said carry-over
wheat stocks would fall this year, citing dry weather.
    The company gave these figures (mln tonnes):
    Wheat 4.1 vs 5.3
    Barley 2.2 vs 2.9
    It said exports were steady.
 reuter...
&#3;</BODY></TEXT>
</REUTERS>
"""


def test_reuters21578_fields() -> None:
    article = wireparse.parse(REUTERS)
    assert article.style == "reuters21578-sgml"
    assert article.headline == "PRAIRIE GRAIN <PGC> SEES LOWER STOCKS"
    assert authors(article) == ["Ruth Ellery"]
    assert article.byline is not None
    assert article.byline.affiliation == "Reuters"
    assert article.published is not None
    assert article.published.isoformat() == "1987-03-04T09:12:44.070000"
    assert article.updated is None
    assert dateline(article) == ("Winnipeg", "March 4", None)
    assert paragraphs(article) == [
        "Prairie Grain Co said carry-over wheat stocks would fall this year, citing dry weather.",
        "The company gave these figures (mln tonnes):",
        "Wheat 4.1 vs 5.3",
        "Barley 2.2 vs 2.9",
        "It said exports were steady.",
    ]
    assert article.captions == ()
    assert credits_(article) == ["reuter..."]
    assert end_marks(article) == []
    assert_partition(article)


def test_reuters21578_is_forced_by_name() -> None:
    assert wireparse.parse(REUTERS, style="reuters21578-sgml").style == "reuters21578-sgml"


def test_reuters21578_sign_off_at_the_end_of_the_last_line() -> None:
    source = REUTERS.replace("were steady.\n reuter...\n", "were steady. REUTER\n")
    article = wireparse.parse(source)
    assert paragraphs(article)[-1] == "It said exports were steady."
    assert credits_(article) == ["REUTER"]


def test_reuters21578_continuation_mark() -> None:
    source = REUTERS.replace(" reuter...\n", " More\n")
    article = wireparse.parse(source)
    assert end_marks(article) == ["More"]
    assert credits_(article) == []


def test_reuters21578_dateline_running_into_the_body() -> None:
    source = REUTERS.replace(
        "    Winnipeg, March 4 - </DATELINE><BODY>Prairie Grain Co said carry-over",
        "    WINNIPEG, March 4 - Prairie Grain Co said </DATELINE><BODY>carry-over",
    )
    article = wireparse.parse(source)
    assert dateline(article) == ("WINNIPEG", "March 4", None)
    assert paragraphs(article)[0] == (
        "Prairie Grain Co said carry-over wheat stocks would fall this year, citing dry weather."
    )
    assert_partition(article)


def test_reuters21578_brief_without_a_body() -> None:
    source = """\
<REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="9002" NEWID="78">
<DATE> 4-MAR-1987 10:00:01.50</DATE>
<TOPICS></TOPICS>
<TEXT TYPE="BRIEF">&#2;
******<TITLE>FERRY OPERATOR ADDS ROUTE
</TITLE>Blah blah blah.
&#3;

</TEXT>
</REUTERS>
"""
    article = wireparse.parse(source)
    assert article.headline == "FERRY OPERATOR ADDS ROUTE"
    assert paragraphs(article) == ["Blah blah blah."]
    assert dateline(article) is None
    assert credits_(article) == []
    assert_partition(article)


# --------------------------------------------------------------------------
# Leniency


@pytest.mark.parametrize("style", ["tipster", "timeml", "reuters21578-sgml"])
@pytest.mark.parametrize(
    "source",
    ["", "<", "&", "<DOC><TEXT>", "<REUTERS><TEXT><BODY>&#3", "<TimeML><TEXT>&am", "</X><Y/>"],
)
def test_broken_markup_never_raises(style: str, source: str) -> None:
    article = wireparse.parse(source, style=style)
    pos = 0
    for segment in article.segments:
        assert segment.span.start == pos
        pos = segment.span.end
    assert pos == len(source)


@pytest.mark.parametrize("cut", [40, 200, 420, 700])
def test_truncated_packagings_keep_the_partition(cut: int) -> None:
    for source in (TIPSTER, APW, REUTERS):
        article = wireparse.parse(source[:cut])
        pos = 0
        for segment in article.segments:
            assert segment.span.start == pos
            pos = segment.span.end
        assert pos == cut
