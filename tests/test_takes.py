"""Multi-take stories: take labels, ``(MORE)``, and :func:`wireparse.join_takes`.

Every fixture here is invented, written by hand in ANPA-1312, IPTC 7901 and
ZCZC layouts, with the control characters spelled as escapes.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

import pytest

import wireparse
from _support import assert_segments_partition
from wireparse import Article, SegmentKind
from wireparse._takes import take_label
from wireparse._text import has_control

if TYPE_CHECKING:
    from collections.abc import Callable

SYN, SOH, STX, ETX, EOT = "\x16", "\x01", "\x02", "\x03", "\x04"
DC1, DC3, US, FF = "\x11", "\x13", "\x1f", "\x0c"


def anpa(
    number: int,
    slug: str,
    version: str,
    lines: list[str],
    *,
    keyword: str | None = None,
    more: bool = False,
    headline: str | None = None,
    stamp: str = "04-11-23 1402",
) -> str:
    """An ANPA-1312 take: routing, keyword line, optional headline, TAB lines, trailer."""
    source = f"{SYN}{SYN}{SOH}a{number:04d}{US}natl\r\n"
    source += f"r a{DC3}{DC1} {slug} {version}   04-11 0300\r\n"
    source += f"{STX}^{keyword or slug},90<\r\n"
    if headline is not None:
        source += f"^{headline}<\r\n"
    source += "".join(f"\t   {line}\r\n" for line in lines)
    if more:
        source += "\t   (MORE)\r\n"
    return source + f"\r\n\t   {ETX}AP-WF-{stamp}GMT<\r\n\r\n{FF}\r\n{EOT}"


FIRST = anpa(
    101,
    "BC-Mill-Fire",
    "",
    ["MILLTOWN, Ore. (AP) _ Fire swept through an old sawmill on Tuesday.", "No one was hurt."],
    headline="Fire sweeps old sawmill",
    more=True,
)
ADD1 = anpa(
    102,
    "BC-Mill-Fire",
    "1stAdd",
    ["Crews fought the blaze for six hours.", "The mill closed in 1990."],
    keyword="BC-Mill-Fire, 1st Add",
    more=True,
    stamp="04-11-23 1410",
)
ADD2 = anpa(
    103,
    "BC-Mill-Fire",
    "2ndAdd",
    ["The owner plans to rebuild."],
    keyword="BC-Mill-Fire, 2nd Add",
    stamp="04-11-23 1425",
)
OTHER = anpa(
    104,
    "BC-Rail-Strike",
    "",
    ["TRAINTON, Ohio (AP) _ Rail workers walked out on Tuesday."],
    headline="Rail workers strike",
)
PLAIN = "Talks resume\n\nSEOUL, Aug. 8 (Yonhap) -- They met.\n"


def parse_all(*sources: str) -> list[Article]:
    return [wireparse.parse(source) for source in sources]


def element_spans(article: Article) -> list[tuple[str, object]]:
    spans: list[tuple[str, object]] = []
    spans += [("paragraph", p.span) for p in article.paragraphs]
    spans += [("credit", c.span) for c in article.credits]
    spans += [("end-mark", m.span) for m in article.end_marks]
    spans += [("caption", c.span) for c in article.captions]
    if article.byline is not None:
        spans.append(("byline", article.byline.span))
    if article.dateline is not None:
        spans.append(("dateline", article.dateline.span))
    return spans


def assert_well_formed(article: Article) -> None:
    """Segments partition the source; each element is a segment of its kind."""
    assert_segments_partition(article)
    for kind, span in element_spans(article):
        assert span in [s.span for s in article.segments_of(kind)], (kind, span)
    assert len(article.segments_of("headline")) == (article.headline is not None)


# --------------------------------------------------------------------------
# Take labels.


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("1stAdd", "1stAdd"),
        ("1st Add", "1st Add"),
        ("BC-Mill-Fire, 2nd Take", "2nd Take"),
        ("3rdLd-2ndAdd", "2ndAdd"),
        ("2ND TAKE", "2ND TAKE"),
        ("Take 3", "Take 3"),
        ("1stLd-Writethru", None),
        ("Adds figures", None),
        ("BC-Address", None),
        ("", None),
        (None, None),
    ],
)
def test_take_label(text: str | None, label: str | None) -> None:
    assert take_label(text) == label


def test_takes_keep_their_envelope_fields() -> None:
    first, add1, add2 = parse_all(FIRST, ADD1, ADD2)
    assert first.envelope is not None
    assert add1.envelope is not None
    assert add2.envelope is not None
    assert (first.envelope.slug, first.envelope.version, first.envelope.take) == (
        "BC-Mill-Fire",
        None,
        "(MORE)",
    )
    assert (add1.envelope.version, add1.envelope.take) == ("1stAdd", "1stAdd")
    assert (add2.envelope.version, add2.envelope.take) == ("2ndAdd", "2ndAdd")
    assert [m.text for m in add1.end_marks] == ["(MORE)"]
    assert add2.end_marks == ()


# --------------------------------------------------------------------------
# Joining.


def test_takes_join_in_order_whatever_order_they_came_in() -> None:
    takes = parse_all(FIRST, ADD1, ADD2)
    for order in itertools.permutations(takes):
        [story] = wireparse.join_takes(order)
        assert [p.text for p in story.paragraphs] == [
            "Fire swept through an old sawmill on Tuesday.",
            "No one was hurt.",
            "Crews fought the blaze for six hours.",
            "The mill closed in 1990.",
            "The owner plans to rebuild.",
        ]
        assert story.source == "\n".join(take.source for take in takes)


def test_the_joined_story_takes_its_head_from_the_first_take() -> None:
    first, add1, add2 = parse_all(FIRST, ADD1, ADD2)
    [story] = wireparse.join_takes([first, add1, add2])
    assert story.headline == "Fire sweeps old sawmill"
    assert story.dateline == first.dateline
    assert story.published == first.published
    assert story.style == "anpa1312"
    assert story.end_marks == ()  # the (MORE)s between takes are dropped


def test_spans_point_into_the_joined_source() -> None:
    takes = parse_all(FIRST, ADD1, ADD2)
    [story] = wireparse.join_takes(takes)
    source = story.source
    for paragraph in story.paragraphs:
        assert paragraph.span.text(source) == paragraph.text
    assert story.dateline is not None
    assert story.dateline.span.text(source) == "MILLTOWN, Ore. (AP) _ "
    for defect in story.defects:
        assert 0 <= defect.span.start <= defect.span.end <= len(source)
    for take in takes:  # every take's text is in the story where it was moved
        assert take.source in source


def test_segments_partition_the_joined_source() -> None:
    [story] = wireparse.join_takes(parse_all(FIRST, ADD1, ADD2))
    assert_well_formed(story)
    separators = [
        s
        for s in story.segments
        if s.kind is SegmentKind.WHITESPACE and s.span.text(story.source) == "\n"
    ]
    assert len(separators) >= 2  # the frames end with EOT, not a line end
    more = [s.span.text(story.source) for s in story.segments_of("markup")]
    assert more.count("(MORE)") == 2


def test_a_take_that_ends_a_line_needs_no_separator() -> None:
    first = FIRST + "\r\n"
    takes = parse_all(first, ADD1)
    [story] = wireparse.join_takes(takes)
    assert story.source == first + ADD1
    assert_well_formed(story)


def test_the_joined_envelope_has_the_last_trailer_and_no_take() -> None:
    first, add1, add2 = parse_all(FIRST, ADD1, ADD2)
    [story] = wireparse.join_takes([add2, first, add1])
    envelope = story.envelope
    assert envelope is not None
    assert first.envelope is not None
    assert envelope.header == first.envelope.header
    assert envelope.slug == "BC-Mill-Fire"
    assert envelope.sequence == "0101"
    assert envelope.take is None
    assert [line.text for line in envelope.trailer] == ["AP-WF-04-11-23 1425GMT<"]
    for line in envelope.header + envelope.trailer:
        raw = line.span.text(story.source)
        assert "".join(" " if has_control(c) else c for c in raw).split() == line.text.split()


def test_later_takes_lose_their_missing_headline_defects() -> None:
    first, add1 = parse_all(FIRST, ADD1)
    assert "missing-headline" in [d.code for d in add1.defects]
    [story] = wireparse.join_takes([first, add1])
    assert "missing-headline" not in [d.code for d in story.defects]
    kept = [d.code for d in first.defects] + [
        d.code for d in add1.defects if d.code != "missing-headline"
    ]
    assert sorted(d.code for d in story.defects) == sorted(kept)


def test_nth_take_labels_order_like_adds() -> None:
    first = anpa(201, "BC-Dam-Vote", "", ["DAMVILLE (AP) _ Voters approved the dam."], more=True)
    second = anpa(202, "BC-Dam-Vote", "2ndTake", ["The count ended at midnight."], more=True)
    third = anpa(203, "BC-Dam-Vote", "3rdTake", ["Opponents may appeal."])
    [story] = wireparse.join_takes(parse_all(third, first, second))
    assert [p.text for p in story.paragraphs] == [
        "Voters approved the dam.",
        "The count ended at midnight.",
        "Opponents may appeal.",
    ]


def test_a_writethru_starts_a_story_of_its_own() -> None:
    original = anpa(301, "BC-Ship-Aground", "", ["PORTLY (AP) _ A ship ran aground."])
    writethru = anpa(
        302, "BC-Ship-Aground", "Writethru", ["PORTLY (AP) _ A ship ran aground and was freed."]
    )
    articles = parse_all(original, writethru)
    assert wireparse.join_takes(articles) == articles


def test_adds_join_the_lead_they_follow() -> None:
    lead = anpa(
        401, "BC-Ship-Aground", "1stLd-Writethru", ["PORTLY (AP) _ The ship was freed."], more=True
    )
    add = anpa(402, "BC-Ship-Aground", "1stLd-1stAdd", ["Tugs pulled it off at dawn."])
    other_lead_add = anpa(403, "BC-Ship-Aground", "2ndLd-1stAdd", ["Divers checked the hull."])
    articles = parse_all(lead, add, other_lead_add)
    joined = wireparse.join_takes(articles)
    assert len(joined) == 2
    assert [p.text for p in joined[0].paragraphs] == [
        "The ship was freed.",
        "Tugs pulled it off at dawn.",
    ]
    assert joined[1] is articles[2]


def test_a_second_first_take_starts_a_new_story() -> None:
    again = anpa(105, "BC-Mill-Fire", "", ["MILLTOWN, Ore. (AP) _ A second fire broke out."])
    first, add1, second = parse_all(FIRST, ADD1, again)
    joined = wireparse.join_takes([first, add1, second])
    assert len(joined) == 2
    assert joined[1] is second


def test_articles_that_are_not_takes_pass_through_in_order() -> None:
    plain, first, other, add1, add2 = parse_all(PLAIN, FIRST, OTHER, ADD1, ADD2)
    joined = wireparse.join_takes([plain, first, other, add1, add2])
    assert len(joined) == 3
    assert joined[0] is plain
    assert joined[1].headline == "Fire sweeps old sawmill"
    assert len(joined[1].paragraphs) == 5
    assert joined[2] is other


def test_a_lone_take_comes_back_unchanged() -> None:
    add1, other = parse_all(ADD1, OTHER)
    assert wireparse.join_takes([add1]) == [add1]
    assert wireparse.join_takes([add1])[0] is add1
    assert wireparse.join_takes([]) == []
    assert wireparse.join_takes(iter([other])) == [other]


def test_slugs_match_without_punctuation_and_case() -> None:
    first = anpa(501, "BC-Mill-Fire", "", ["MILLTOWN, Ore. (AP) _ Smoke rose."], more=True)
    add = anpa(502, "BC-MILL--FIRE", "1stAdd", ["The smoke cleared."])
    [story] = wireparse.join_takes(parse_all(first, add))
    assert [p.text for p in story.paragraphs] == ["Smoke rose.", "The smoke cleared."]


def test_different_formats_never_join() -> None:
    iptc = (
        f"{SOH}eca0102 4 i 90  dpa 0102\r\n\r\nBC-Mill-Fire/\r\n"
        f"{STX}1ST ADD\r\nFire sweeps old sawmill =\r\n\r\n   Crews fought on.\r\n"
        f"{ETX}111402 GMT Apr 23\r\n{EOT}"
    )
    first, add = parse_all(FIRST, iptc)
    assert add.envelope is not None
    assert add.envelope.take == "1ST ADD"
    assert wireparse.join_takes([first, add]) == [first, add]


def test_iptc_and_zczc_takes_join() -> None:
    def iptc(number: int, key: str, text: str) -> str:
        return (
            f"{SOH}eca{number:04d} 4 i 90  dpa {number:04d}\r\n\r\nFloods/Rhine/\r\n"
            f"{STX}{key}Rhine floods Koblenz =\r\n\r\n   {text}\r\n"
            f"{ETX}111402 GMT Apr 23\r\n{EOT}"
        )

    first = iptc(7, "", "Koblenz (dpa) - The Rhine rose on Tuesday.")
    second = iptc(8, "2ND TAKE\r\n", "Boats stayed in port.")
    [story] = wireparse.join_takes(parse_all(second, first))
    assert [p.text for p in story.paragraphs] == [
        "The Rhine rose on Tuesday.",
        "Boats stayed in port.",
    ]
    assert story.headline == "Rhine floods Koblenz"
    assert_well_formed(story)

    def zczc(take: str, text: str) -> str:
        head = "ZCZC AAP\r\n%A\r\n#Floods_BC1\r\n$Rivers rise in the north\r\n"
        return f"{head}{take}{text}\r\nNNNN\r\n"

    first_z = zczc(":(CAIRNS)\r\n", "CAIRNS, April 11 AAP - Rivers rose overnight.")
    second_z = zczc(":(CAIRNS)\r\n=1st Add\r\n", "Roads were closed.")
    [story_z] = wireparse.join_takes(parse_all(first_z, second_z))
    assert [p.text for p in story_z.paragraphs] == ["Rivers rose overnight.", "Roads were closed."]
    assert [m.text for m in story_z.end_marks] == ["NNNN"]  # the first take's is dropped
    assert_well_formed(story_z)


def test_joined_stories_keep_record_text_clean(
    record_texts: Callable[[Article], list[tuple[str, str]]],
) -> None:
    [story] = wireparse.join_takes(parse_all(FIRST, ADD1, ADD2))
    for field, text in record_texts(story):
        assert text.isprintable(), field
