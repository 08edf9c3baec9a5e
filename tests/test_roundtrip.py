"""Render and parse as mirror images: ``wireparse.render`` and ``wireparse.strategies``.

Properties, for every style in ``wireparse.strategies.STYLES``:

* ``parse(render(a, style))`` reads back ``a`` up to spans, source and
  defects (``strategies.comparable``), time zone offsets included;
* a render read back and rendered again is the same text (a fixed point);
* a canonical render parses with no defects at all.

And without forcing the style, detection picks a style that reads the render
the same, whenever the render carries its style's signature: the Korea Herald
page its bulleted timestamps; the Yonhap site a ``(Yonhap)`` dateline and the
posting time or the e-mail sign-off; a Reuters export its time line; 1987
Reuters copy a dated dateline.  Renders without one are plain text to the
detector: a Reuters export without a time line, say, is read by the plain
style, and differently.  AP copy is always read by the plain style, plain
text by the plain style or, with an ``(AFP)`` or ``(Xinhua)`` dateline, by that
agency's style, which reads it the same.

Then ``render`` on hand-written articles, one a style, to the character; the
fields each layout refuses; and the reader fixes round-tripping found.
"""

from __future__ import annotations

import datetime
import subprocess
import sys

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wireparse
from wireparse import (
    Article,
    Byline,
    Caption,
    Credit,
    Dateline,
    EndMark,
    Paragraph,
    Span,
    Style,
    parse,
    render,
    strategies,
    styles,
)
from wireparse.strategies import STYLES, articles, comparable

NOWHERE = Span(0, 0)
KST = datetime.timezone(datetime.timedelta(hours=9))
EDT = datetime.timezone(datetime.timedelta(hours=-4), "EDT")


def offsets(article: Article) -> tuple[object, object]:
    """The zone offsets of the timestamps (datetimes compare by instant only)."""
    return (
        article.published and article.published.utcoffset(),
        article.updated and article.updated.utcoffset(),
    )


# --------------------------------------------------------------------------
# Properties.


@pytest.mark.parametrize("style", STYLES)
@settings(deadline=None)
@given(data=st.data())
def test_render_and_parse_are_mirror_images(style: str, data: st.DataObject) -> None:
    article = data.draw(articles(style=style), label="article")
    text = render(article, style)
    again = parse(text, style=article.style)
    # parse of a render reads the article back, up to spans, source and defects
    assert comparable(again) == article
    assert offsets(again) == offsets(article)
    # the render of what was read back is the same text: a fixed point
    assert render(again, style) == text
    # a canonical render parses with no defects at all
    assert again.defects == ()


SIGNATURES = {
    "plain": lambda _article: True,
    "ap": lambda _article: True,
    "koreaherald": lambda a: a.published is not None or a.updated is not None,
    "yonhap": lambda a: a.dateline is not None and (a.published is not None or bool(a.credits)),
    "reuters": lambda a: a.published is not None,
    "reuters-1987": lambda a: a.dateline is not None and a.dateline.date is not None,
}
"""Whether a render carries what detection knows its style by."""

DETECTED = {
    "plain": {"plain", "afp", "xinhua"},
    "ap": {"plain"},
    "koreaherald": {"koreaherald"},
    "yonhap": {"yonhap"},
    "reuters": {"reuters"},
    "reuters-1987": {"reuters-1987"},
}
"""The styles detection may pick for a render that carries its signature."""


@pytest.mark.parametrize("style", STYLES)
@settings(deadline=None, max_examples=50)
@given(data=st.data())
def test_detection_reads_a_signed_render_the_same(style: str, data: st.DataObject) -> None:
    article = data.draw(articles(style=style), label="article")
    detected = parse(render(article, style))
    if SIGNATURES[style](article):
        assert detected.style in DETECTED[style]
        assert comparable(detected) == attrs.evolve(article, style=detected.style)
        assert detected.defects == ()


@pytest.mark.parametrize("style", STYLES)
@settings(deadline=None, max_examples=25)
@given(data=st.data())
def test_every_building_block_round_trips(style: str, data: st.DataObject) -> None:
    """Each building block the style has, placed in a minimal article."""
    paragraphs = [data.draw(strategies.paragraphs(style)) for _ in range(2)]
    article = Article(
        source="",
        style=data.draw(articles(style=style)).style,
        headline=data.draw(strategies.headlines(style)),
        paragraphs=paragraphs,
    )
    fields: dict[str, object] = {"dateline": data.draw(strategies.datelines(style))}
    fields["credits"] = [data.draw(strategies.credits(style))]
    for name, block in [
        ("byline", strategies.bylines),
        ("published", strategies.timestamps),
        ("captions", strategies.captions),
        ("end_marks", strategies.end_marks),
    ]:
        try:
            value = data.draw(block(style))
        except ValueError:
            continue  # the layout carries no such field
        fields[name] = [value] if name in ("captions", "end_marks") else value
    if "published" in fields:
        dateline = fields["dateline"]
        assert isinstance(dateline, Dateline)
        published = fields["published"]
        assert isinstance(published, datetime.datetime)
        fields["dateline"] = attrs.evolve(dateline, when=strategies._when(dateline.date, published))
    article = attrs.evolve(article, **fields)
    again = parse(render(article, style), style=article.style)
    assert comparable(again) == article
    assert again.defects == ()


# --------------------------------------------------------------------------
# The strategies module.


def test_importing_wireparse_does_not_import_hypothesis() -> None:
    code = "import sys, wireparse; print('hypothesis' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_styles_are_the_layouts() -> None:
    assert STYLES == ("plain", "koreaherald", "yonhap", "ap", "reuters", "reuters-1987")


@pytest.mark.parametrize(
    ("block", "style"),
    [
        (strategies.bylines, "reuters-1987"),
        (strategies.timestamps, "ap"),
        (strategies.timestamps, "reuters-1987"),
        (strategies.captions, "reuters"),
        (strategies.captions, "reuters-1987"),
        (strategies.end_marks, "reuters"),
        (strategies.end_marks, "koreaherald"),
    ],
)
def test_a_block_the_layout_lacks_is_refused(block: object, style: str) -> None:
    assert callable(block)
    with pytest.raises(ValueError, match=f"the '{style}' layout carries no"):
        block(style)


@pytest.mark.parametrize("name", ["tipster", "AP", "", 3])
def test_strategies_for_an_unknown_style_are_refused(name: object) -> None:
    with pytest.raises(ValueError, match="no strategies for the style"):
        articles(style=name)  # type: ignore[arg-type]


def test_comparable_takes_out_positions_only() -> None:
    article = parse("Talks resume\n\nBy Jane Doe\n\nSEOUL -- They met. (Yonhap)\n\n(END)\n")
    flat = comparable(article)
    assert flat.source == ""
    assert flat.defects == ()
    assert flat.segments == ()
    assert flat.byline == Byline("By Jane Doe", ["Jane Doe"], NOWHERE)
    assert flat.dateline == Dateline("SEOUL", None, None, NOWHERE)
    assert flat.paragraphs == (Paragraph("They met.", NOWHERE),)
    assert flat.credits == (Credit("Yonhap", NOWHERE),)
    assert flat.end_marks == (EndMark("(END)", NOWHERE),)
    assert (flat.style, flat.headline) == (article.style, article.headline)
    assert comparable(flat) == flat


def test_comparable_takes_the_positions_out_of_an_envelope() -> None:
    frame = "\x01A0042\x1fnat\r\nr a\x13\x11 BC-Rivers-Flood     03-14 0120\r\n"
    frame += "\x02^Rivers rise<\r\n\t   CAIRO (AP) _ The river rose.\r\n"
    frame += "\x03AP-WF-03-14-21 0930GMT<\r\n\x04"
    envelope = comparable(parse(frame)).envelope
    assert envelope is not None
    assert envelope.header
    assert {line.span for line in (*envelope.header, *envelope.trailer)} == {NOWHERE}


# --------------------------------------------------------------------------
# render, to the character.


def story(**fields: object) -> Article:
    """A hand-written article; every record's span is Span(0, 0)."""
    base: dict[str, object] = {"source": "", "headline": "Ferry line reopens after storm"}
    base.update(fields)
    return Article(**base)  # type: ignore[arg-type]


FERRY = [
    Paragraph("Boats sailed again on Tuesday, the operator said.", NOWHERE),
    Paragraph('"We lost four days," a captain said.', NOWHERE),
]


def test_render_plain() -> None:
    article = story(
        byline=Byline(
            "By Ana Ruiz and Li Wei", ["Ana Ruiz", "Li Wei"], NOWHERE, affiliation="Staff Writer"
        ),
        published=datetime.datetime(2021, 3, 14, 9, 30, tzinfo=datetime.UTC),
        updated=datetime.datetime(2021, 3, 14, 11, 5, 30, tzinfo=EDT),
        dateline=Dateline("HALIFAX, Nova Scotia", "March 14", "AP", NOWHERE),
        paragraphs=FERRY,
        captions=[Caption("A ferry docks in Halifax.", "AP Photo/Ana Ruiz", NOWHERE)],
        credits=[Credit("Reporting by Li Wei", NOWHERE)],
        end_marks=[EndMark("-30-", NOWHERE)],
    )
    assert render(article) == (
        "Ferry line reopens after storm\n"
        "\n"
        "By Ana Ruiz and Li Wei\n"
        "Staff Writer\n"
        "Published: 2021-03-14T09:30+00:00\n"
        "Updated: 2021-03-14T11:05:30-04:00\n"
        "\n"
        "HALIFAX, Nova Scotia, March 14 (AP) -- Boats sailed again on Tuesday, the operator said.\n"
        "\n"
        "A ferry docks in Halifax. (AP Photo/Ana Ruiz)\n"
        "\n"
        '"We lost four days," a captain said.\n'
        "\n"
        "(Reporting by Li Wei)\n"
        "\n"
        "-30-\n"
    )
    again = parse(render(article), style="plain")
    assert again.defects == ()
    assert comparable(again) == attrs.evolve(
        article,
        byline=attrs.evolve(article.byline, text="By Ana Ruiz and Li Wei"),
        dateline=attrs.evolve(article.dateline, when=datetime.date(2021, 3, 14)),
    )


def test_render_koreaherald() -> None:
    article = story(
        byline=Byline("", ["Kim Da-som"], NOWHERE, affiliation="Staff Reporter"),
        published=datetime.datetime(2021, 3, 14, 0, 30, tzinfo=datetime.UTC),
        updated=datetime.datetime(2021, 3, 14, 19, 2, tzinfo=KST),
        dateline=Dateline("MOKPO", None, None, NOWHERE),
        paragraphs=FERRY,
        captions=[Caption("A ferry is seen at Mokpo port on Monday.", "Yonhap", NOWHERE)],
        credits=[Credit("Yonhap", NOWHERE)],
    )
    assert render(article, "koreaherald") == (
        "Ferry line reopens after storm\n"
        "\n"
        "By Kim Da-som, Staff Reporter\n"
        "  \u2022 Published : Mar 14, 2021 - 09:30\n"
        "  \u2022 Updated : Mar 14, 2021 - 19:02\n"
        "MOKPO -- Boats sailed again on Tuesday, the operator said.\n"
        "\n"
        "A ferry is seen at Mokpo port on Monday. (Yonhap)\n"
        "\n"
        '"We lost four days," a captain said. (Yonhap)\n'
    )
    again = parse(render(article, "koreaherald"))
    assert again.style == "koreaherald"
    assert again.published == article.published
    assert again.published is not None
    assert again.published.utcoffset() == datetime.timedelta(hours=9)  # written in KST
    assert [c.text for c in again.captions] == ["A ferry is seen at Mokpo port on Monday."]
    assert [c.text for c in again.credits] == ["Yonhap"]


def test_render_yonhap() -> None:
    article = story(
        headline="(LEAD) Ferry line reopens after storm",
        byline=Byline("", ["Kim Da-som"], NOWHERE),
        published=datetime.datetime(2021, 3, 4, 9, 5, tzinfo=KST),
        dateline=Dateline("MOKPO", "March 4", "Yonhap", NOWHERE),
        paragraphs=FERRY,
        captions=[Caption("A ferry docks at Mokpo port.", "Yonhap", NOWHERE)],
        credits=[Credit("dskim@yna.co.kr", NOWHERE)],
        end_marks=[EndMark("(END)", NOWHERE)],
    )
    assert render(article, "yonhap") == (
        "(LEAD) Ferry line reopens after storm\n"
        "\n"
        "09:05 March 04, 2021\n"
        "\n"
        "By Kim Da-som\n"
        "\n"
        "MOKPO, March 4 (Yonhap) -- Boats sailed again on Tuesday, the operator said.\n"
        "\n"
        "A ferry docks at Mokpo port. (Yonhap)\n"
        "\n"
        '"We lost four days," a captain said.\n'
        "\n"
        "dskim@yna.co.kr\n"
        "(END)\n"
    )
    again = parse(render(article, "yonhap"))
    assert again.style == "yonhap"
    assert again.defects == ()
    assert [c.text for c in again.credits] == ["dskim@yna.co.kr"]
    assert again.dateline is not None
    assert again.dateline.when == datetime.date(2021, 3, 4)


def test_render_ap() -> None:
    article = story(
        byline=Byline("", ["ANA RUIZ", "LI WEI"], NOWHERE, affiliation="Associated Press Writers"),
        dateline=Dateline("HALIFAX, Nova Scotia", None, "AP", NOWHERE),
        paragraphs=FERRY,
        credits=[Credit("Associated Press writer Jo Park contributed to this report.", NOWHERE)],
        end_marks=[EndMark("-30-", NOWHERE)],
    )
    assert render(article, "ap") == (
        "Ferry line reopens after storm\n"
        "\n"
        "By ANA RUIZ and LI WEI\n"
        "Associated Press Writers\n"
        "\n"
        "HALIFAX, Nova Scotia (AP) \u2014 Boats sailed again on Tuesday, the operator said.\n"
        "\n"
        '"We lost four days," a captain said.\n'
        "\n"
        "Associated Press writer Jo Park contributed to this report.\n"
        "\n"
        "-30-\n"
    )
    again = parse(render(article, "ap"))
    assert again.style == "plain"
    assert again.defects == ()
    assert again.byline is not None
    assert (again.byline.authors, again.byline.affiliation) == (
        ("ANA RUIZ", "LI WEI"),
        "Associated Press Writers",
    )


def test_render_reuters() -> None:
    article = story(
        byline=Byline("", ["Ana Ruiz"], NOWHERE, affiliation="Analysis"),
        published=datetime.datetime(2021, 3, 14, 12, 5, tzinfo=EDT),
        dateline=Dateline("HALIFAX, Nova Scotia", None, "Reuters", NOWHERE),
        paragraphs=FERRY,
        credits=[Credit("Reporting by Ana Ruiz; Editing by Li Wei", NOWHERE)],
    )
    assert render(article, "reuters") == (
        "-- Ferry line reopens after storm\n"
        "-- By Ana Ruiz - Analysis\n"
        "-- Sun Mar 14, 2021 12:05pm EDT\n"
        "\n"
        " HALIFAX, Nova Scotia  (Reuters) - Boats sailed again on Tuesday, the operator said.\n"
        "\n"
        ' "We lost four days," a captain said.\n'
        "\n"
        " (Reporting by Ana Ruiz; Editing by Li Wei)\n"
    )
    again = parse(render(article, "reuters"))
    assert again.style == "reuters"
    assert again.defects == ()
    assert again.published == article.published
    assert again.byline is not None
    assert again.byline.affiliation == "Analysis"


def test_render_reuters_without_byline_or_time() -> None:
    article = story(
        headline=None, dateline=Dateline(None, None, "Reuters", NOWHERE), paragraphs=FERRY
    )
    assert render(article, "reuters") == (
        "--\n"
        "--\n"
        "--\n"
        "\n"
        " (Reuters) - Boats sailed again on Tuesday, the operator said.\n"
        "\n"
        ' "We lost four days," a captain said.\n'
    )


def test_render_reuters_1987() -> None:
    article = story(
        headline="HARBOUR FERRIES <HFL> RESUME SAILINGS",
        dateline=Dateline("HALIFAX, Nova Scotia", "March 3", None, NOWHERE),
        paragraphs=[
            Paragraph(
                "Harbour Ferries Ltd said its boats sailed again on Tuesday after "
                "a storm closed the port for four days.",
                NOWHERE,
            ),
            Paragraph("Shr 12 cts vs nine cts", NOWHERE),
        ],
        credits=[Credit("Reuter", NOWHERE)],
    )
    text = render(article, "reuters-1987")
    assert text == (
        "HARBOUR FERRIES <HFL> RESUME SAILINGS\n"
        "\n"
        "    HALIFAX, Nova Scotia, March 3 - Harbour Ferries Ltd said its\n"
        "boats sailed again on Tuesday after a storm closed the port for\n"
        "four days.\n"
        "    Shr 12 cts vs nine cts\n"
        " Reuter\n"
    )
    assert max(len(line) for line in text.splitlines()) <= 65
    again = parse(text)
    assert again.style == "reuters-1987"
    assert comparable(again) == attrs.evolve(article, style="reuters-1987")


def test_render_takes_a_style_object() -> None:
    article = story(paragraphs=FERRY)
    assert render(article, styles["koreaherald"]) == render(article, "koreaherald")


def test_render_is_deterministic_and_ends_with_a_line_end() -> None:
    article = story(paragraphs=FERRY)
    for style in STYLES:
        assert render(article, style) == render(article, style)
        assert render(article, style).endswith("\n")


# --------------------------------------------------------------------------
# What render refuses.


def test_an_unknown_style_is_refused_with_the_ones_there_are() -> None:
    with pytest.raises(
        ValueError, match=r"'tipster'.*ap, koreaherald, plain, reuters, reuters-1987, yonhap"
    ):
        render(story(paragraphs=FERRY), "tipster")


def test_a_style_without_a_layout_is_refused() -> None:
    class Kivu(Style):
        name = "kivu"

    with pytest.raises(ValueError, match="cannot render in the style 'kivu'"):
        render(story(paragraphs=FERRY), Kivu())


def test_render_takes_articles_only() -> None:
    with pytest.raises(TypeError, match=r"takes a wireparse\.Article"):
        render("Talks resume\n\nThey met.\n")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="cannot render in the style 3"):
        render(story(paragraphs=FERRY), 3)  # type: ignore[arg-type]


WHEN = datetime.datetime(2021, 3, 14, 9, 30, tzinfo=KST)


@pytest.mark.parametrize(
    ("style", "fields", "field"),
    [
        ("plain", {"headline": None}, "headline"),
        ("koreaherald", {"headline": None}, "headline"),
        ("yonhap", {"updated": WHEN}, "updated"),
        (
            "yonhap",
            {"byline": Byline("", ["Kim"], NOWHERE, affiliation="Yonhap")},
            "byline.affiliation",
        ),
        ("ap", {"published": WHEN}, "published"),
        ("ap", {"updated": WHEN}, "updated"),
        ("reuters", {"updated": WHEN}, "updated"),
        ("reuters", {"end_marks": [EndMark("(END)", NOWHERE)]}, "end_marks"),
        ("reuters", {"captions": [Caption("A boat.", "Reuters", NOWHERE)]}, "captions"),
        ("reuters", {"published": WHEN.replace(second=5)}, "published"),
        ("reuters-1987", {"byline": Byline("", ["Kim"], NOWHERE)}, "byline"),
        ("reuters-1987", {"published": WHEN}, "published"),
        ("reuters-1987", {"captions": [Caption("A boat.", "Reuters", NOWHERE)]}, "captions"),
        (
            "reuters-1987",
            {"dateline": Dateline("HALIFAX", None, "Reuters", NOWHERE)},
            "dateline.agency",
        ),
        ("reuters-1987", {"credits": [Credit("Reuters", NOWHERE)]}, "credits"),
        ("reuters-1987", {"headline": None}, "headline"),
        ("koreaherald", {"published": WHEN.replace(second=5)}, "published"),
        ("plain", {"byline": Byline("By Staff", [], NOWHERE)}, "byline.authors"),
        ("plain", {"dateline": Dateline(None, "March 3", None, NOWHERE)}, "dateline.location"),
        ("plain", {"captions": [Caption("A boat.", None, NOWHERE)]}, "captions"),
    ],
)
def test_a_field_the_layout_cannot_carry_is_refused_by_name(
    style: str, fields: dict[str, object], field: str
) -> None:
    article = attrs.evolve(story(paragraphs=FERRY), **fields)
    with pytest.raises(ValueError, match=rf"^{field}: the '{style}' layout "):
        render(article, style)


def test_a_caption_needs_a_paragraph_on_each_side() -> None:
    article = story(paragraphs=FERRY[:1], captions=[Caption("A ferry is seen.", "Yonhap", NOWHERE)])
    with pytest.raises(ValueError, match=r"^captions: .* between two paragraphs"):
        render(article)


def test_a_zone_offset_reuters_has_no_name_for_is_refused() -> None:
    nepal = datetime.timezone(datetime.timedelta(hours=5, minutes=45))
    article = story(paragraphs=FERRY, published=datetime.datetime(2021, 3, 14, 9, 30, tzinfo=nepal))
    with pytest.raises(ValueError, match=r"^published: the 'reuters' layout names zones"):
        render(article, "reuters")


@pytest.mark.parametrize(
    ("zone", "written"),
    [
        (datetime.timezone(datetime.timedelta(hours=-5)), "EST"),
        (datetime.timezone(datetime.timedelta(hours=-4)), "EDT"),
        (datetime.UTC, "UTC"),
        (datetime.timezone(datetime.timedelta(0), "GMT"), "GMT"),
        (datetime.timezone(datetime.timedelta(hours=9), "KST"), "KST"),
        (datetime.timezone(datetime.timedelta(hours=-5), "CDT"), "CDT"),
    ],
)
def test_a_reuters_stamp_names_its_zone(zone: datetime.tzinfo, written: str) -> None:
    article = story(paragraphs=FERRY, published=datetime.datetime(2021, 3, 14, 0, 5, tzinfo=zone))
    text = render(article, "reuters")
    assert text.splitlines()[2] == f"-- Sun Mar 14, 2021 12:05am {written}"
    assert parse(text).published == article.published


# --------------------------------------------------------------------------
# Captions go back among the paragraphs.


def test_captions_go_where_their_spans_put_them() -> None:
    source = "Ferry line reopens\n\nOne.\n\nTwo.\n\nA ferry is seen. (Yonhap)\n\nThree.\n"
    article = parse(source)
    assert [c.text for c in article.captions] == ["A ferry is seen."]
    assert render(article) == source


def test_a_caption_without_a_position_goes_after_the_first_paragraph() -> None:
    three = [Paragraph(text, NOWHERE) for text in ("One.", "Two.", "Three.")]
    article = story(paragraphs=three, captions=[Caption("A ferry is seen.", "Yonhap", NOWHERE)])
    assert render(article).split("\n\n")[1:4] == ["One.", "A ferry is seen. (Yonhap)", "Two."]


def test_a_caption_is_never_put_first_or_last() -> None:
    early = Caption("A ferry is seen.", "Yonhap", Span(0, 5))
    late = Caption("A tug is seen.", "Yonhap", Span(900, 910))
    paragraphs = [Paragraph("One.", Span(100, 104)), Paragraph("Two.", Span(200, 204))]
    article = story(paragraphs=paragraphs, captions=[late, early])
    assert render(article).split("\n\n")[1:] == [
        "One.",
        "A ferry is seen. (Yonhap)",
        "A tug is seen. (Yonhap)",
        "Two.\n",
    ]


# --------------------------------------------------------------------------
# Reader fixes that round-tripping found.


def test_a_headline_that_opens_like_a_dateline_over_a_dateline() -> None:
    # A 1987 title rendered as plain text: a story has one dateline, so the
    # first line, which ends no sentence, is the headline.
    text = "GRAIN SHIPMENTS DETAILED -- USDA\n\nWASHINGTON, March 3 -- Grain shipments rose.\n"
    article = parse(text, style="plain")
    assert article.headline == "GRAIN SHIPMENTS DETAILED -- USDA"
    assert article.dateline is not None
    assert article.dateline.location == "WASHINGTON"
    assert article.defects == ()


def test_a_dateline_headline_under_a_byline_and_time() -> None:
    text = (
        "GRAIN SHIPMENTS DETAILED -- USDA\n\nBy Ana Ruiz\nStaff Writer\n"
        "Published: 2021-03-03T09:00+00:00\n\nWASHINGTON -- Grain shipments rose.\n"
    )
    article = parse(text, style="plain")
    assert article.headline == "GRAIN SHIPMENTS DETAILED -- USDA"
    assert article.byline is not None
    assert article.byline.affiliation == "Staff Writer"


@pytest.mark.parametrize(
    "text",
    [
        # no second dateline: a headline-less story that opens with its dateline
        "WASHINGTON -- Grain shipments rose\n\nThey rose again.\n",
        # a sentence, not a headline
        "WASHINGTON -- Grain shipments rose.\n\nBOSTON -- They fell.\n",
    ],
)
def test_a_first_line_that_opens_with_a_dateline_stays_body(text: str) -> None:
    article = parse(text, style="plain")
    assert article.headline is None
    assert article.dateline is not None
    assert article.dateline.location == "WASHINGTON"


def test_yonhap_headline_over_a_blank_line_and_the_posting_time() -> None:
    text = (
        "RAIL STRIKE ENDS -- UNION\n\n09:05 March 04, 2021\n\nBy Kim Da-som\n\n"
        "SEOUL, March 4 (Yonhap) -- Trains ran again.\n\ndskim@yna.co.kr\n(END)\n"
    )
    article = parse(text)
    assert article.style == "yonhap"
    assert article.headline == "RAIL STRIKE ENDS -- UNION"
    assert article.published == datetime.datetime(2021, 3, 4, 9, 5, tzinfo=KST)
    assert article.defects == ()


def test_a_name_suffix_in_capitals_stays_with_its_name() -> None:
    article = parse("Ferry line reopens\n\nBy ANA RUIZ, JR. and LI WEI\n\nBoats sailed.\n")
    assert article.byline is not None
    assert article.byline.authors == ("ANA RUIZ, JR.", "LI WEI")


def test_the_module_is_public() -> None:
    assert wireparse.render is render
    assert "render" in wireparse.__all__
    assert strategies.__name__ == "wireparse.strategies"
