"""The ``reuters`` style: Reuters.com text exports of 2006-2013, on hand-written stories."""

from __future__ import annotations

import datetime

import wireparse
from _support import assert_partition, credit_texts, dateline, paragraphs
from wireparse import _cli, styles

EST = datetime.timezone(datetime.timedelta(hours=-5))
EDT = datetime.timezone(datetime.timedelta(hours=-4))

STORY = (
    "-- Lantern maker lifts outlook on festival demand\n"
    "-- By  Mara Quill  and  Tobias Fenn\n"
    "-- Tue Mar 3, 2009 2:05pm EST\n"
    "-- http://www.reuters.com/article/2009/03/03/us-lantern-idUSTRE0000000\n"
    "\n"
    " \n"
    "\n"
    " OSLO  (Reuters) - Glowfield ASA raised its full-year forecast on Tuesday. \n"
    " The company said quarterly sales rose 12 percent. ($1 = 6.9 crowns)"
    " (Additional reporting by  Ines Vale  in Bergen)"
    " (Reporting by Mara Quill; Editing by  Tobias Fenn )\n"
)


def story(byline: str = "-- ", body: str = " OSLO  (Reuters) - It rained.\n") -> str:
    return (
        "-- Rain falls\n"
        f"{byline}\n"
        "-- Wed Jul 1, 2009 9:00am EDT\n"
        "-- http://www.reuters.com/article/2009/07/01/us-rain-idUSTRE0000001\n"
        "\n \n\n" + body
    )


def test_every_field_of_a_story() -> None:
    article = wireparse.parse(STORY)
    assert article.style == "reuters"
    assert article.headline == "Lantern maker lifts outlook on festival demand"
    assert article.byline is not None
    assert article.byline.authors == ("Mara Quill", "Tobias Fenn")
    assert article.published == datetime.datetime(2009, 3, 3, 14, 5, tzinfo=EST)
    assert article.updated is None
    assert dateline(article) == ("OSLO", None, "Reuters")
    assert paragraphs(article) == [
        "Glowfield ASA raised its full-year forecast on Tuesday.",
        "The company said quarterly sales rose 12 percent. ($1 = 6.9 crowns)",
    ]
    assert article.captions == ()
    assert credit_texts(article) == [
        "Additional reporting by Ines Vale in Bergen",
        "Reporting by Mara Quill; Editing by Tobias Fenn",
    ]
    assert article.end_marks == ()
    assert_partition(article)


def test_the_url_and_the_dashes_are_markup() -> None:
    article = wireparse.parse(STORY)
    markup = [article.source[s.span.start : s.span.end] for s in article.segments_of("markup")]
    assert "http://www.reuters.com/article/2009/03/03/us-lantern-idUSTRE0000000" in markup
    assert [m.strip() for m in markup].count("--") == 4  # the four header lines
    assert not any("reuters.com" in p for p in paragraphs(article))


def test_an_empty_byline_line_gives_no_byline() -> None:
    article = wireparse.parse(story())
    assert article.byline is None
    assert article.published == datetime.datetime(2009, 7, 1, 9, 0, tzinfo=EDT)
    assert_partition(article)


def test_a_story_type_label_after_the_byline_is_its_title() -> None:
    article = wireparse.parse(story("-- By Ivo Brandt - Analysis"))
    assert article.byline is not None
    assert article.byline.authors == ("Ivo Brandt",)
    assert article.byline.affiliation == "Analysis"
    assert_partition(article)


def test_a_title_after_a_comma_is_not_an_author() -> None:
    article = wireparse.parse(story("-- By  Ivo Brandt , Chief Markets Correspondent"))
    assert article.byline is not None
    assert article.byline.authors == ("Ivo Brandt",)


def test_each_line_opening_with_a_space_is_a_paragraph() -> None:
    body = (
        " OSLO  (Reuters) - The first paragraph ends here. \n"
        " The second follows on the next line. \n"
        " LOST GROUND A crosshead glued to its paragraph stays glued.\n"
    )
    article = wireparse.parse(story(body=body))
    assert paragraphs(article) == [
        "The first paragraph ends here.",
        "The second follows on the next line.",
        "LOST GROUND A crosshead glued to its paragraph stays glued.",
    ]


def test_hard_wrapped_lines_join_and_a_wrapped_credit_stays_whole() -> None:
    body = (
        " (Reuters) - Harbour cranes stood idle \n"
        "on Monday after a storm. \n"
        "\n"
        " Below is a list of the ports \n"
        "affected by the closures. \n"
        " (Compiled by Nils Ek,  Ada \n"
        " Holm ; Editing by Per \n"
        "Lund)\n"
    )
    article = wireparse.parse(story(body=body))
    assert dateline(article) == (None, None, "Reuters")
    assert paragraphs(article) == [
        "Harbour cranes stood idle on Monday after a storm.",
        "Below is a list of the ports affected by the closures.",
    ]
    assert credit_texts(article) == ["Compiled by Nils Ek, Ada Holm ; Editing by Per Lund"]
    assert_partition(article)


def test_desk_lines_and_a_stray_parenthesis_are_credits() -> None:
    body = (
        " OSLO  (Reuters) - Ferries resumed service. (Oslo Desk, desk@example.com; +47 1234)"
        " (Editing by Lea Moss; Reuters Messaging: lea.moss@example.com))\n"
    )
    article = wireparse.parse(story(body=body))
    assert paragraphs(article) == ["Ferries resumed service."]
    assert credit_texts(article) == [
        "Oslo Desk, desk@example.com; +47 1234",
        "Editing by Lea Moss; Reuters Messaging: lea.moss@example.com",
    ]
    assert_partition(article)


def test_a_promotional_aside_is_in_no_field() -> None:
    body = (
        " OSLO  (Reuters) - Ferries resumed service."
        " (For full coverage of the fjords, visit:  fjords.example.com/  )"
        " (Reporting by Lea Moss)\n"
    )
    article = wireparse.parse(story(body=body))
    assert paragraphs(article) == ["Ferries resumed service."]
    assert credit_texts(article) == ["Reporting by Lea Moss"]
    markup = [article.source[s.span.start : s.span.end] for s in article.segments_of("markup")]
    assert "(For full coverage of the fjords, visit:  fjords.example.com/  )" in markup
    assert_partition(article)


def test_a_parenthesis_that_is_no_credit_stays_in_the_paragraph() -> None:
    body = " OSLO  (Reuters) - Prices rose (see table).\n"
    article = wireparse.parse(story(body=body))
    assert paragraphs(article) == ["Prices rose (see table)."]
    assert credit_texts(article) == []


def test_datelines_with_slashes_regions_and_dates() -> None:
    cases = {
        " FRANKFURT/OTTAWA  (Reuters) - Banks acted.\n": ("FRANKFURT/OTTAWA", None, "Reuters"),
        " NEW YORK/MILWAUKEE, Wisconsin  (Reuters) - Shops opened.\n": (
            "NEW YORK/MILWAUKEE, Wisconsin",
            None,
            "Reuters",
        ),
        " MADRID, Feb 16 - Bonds sold well.\n": ("MADRID", "Feb 16", None),
    }
    for body, expected in cases.items():
        article = wireparse.parse(story(body=body))
        assert dateline(article) == expected, body
        assert len(article.paragraphs) == 1
        assert not article.paragraphs[0].text.startswith(("FRANKFURT", "NEW YORK", "MADRID"))


def test_a_place_less_dateline_in_the_command_summary(tmp_path, capsys) -> None:
    path = tmp_path / "story.txt"
    path.write_text(story(body=" (Reuters) - It rained.\n"), encoding="utf-8")
    assert _cli.main([str(path)]) == 0
    out = capsys.readouterr().out
    assert "(none), agency Reuters" in out


def test_detection() -> None:
    reuters = styles["reuters"]
    assert reuters.detect(STORY) > 0.5
    assert reuters.detect("Talks resume\n\nOSLO (Reuters) - They met.\n") == 0.0
    assert reuters.detect("-- a dashed line\n-- another\n\nText.\n") == 0.0
    assert wireparse.parse("Talks resume\n\nOSLO (Reuters) - They met.\n").style != "reuters"


def test_forcing_the_style_and_forcing_another() -> None:
    plain = wireparse.parse(STORY, style="plain")
    assert plain.style == "plain"
    assert plain.headline != "Lantern maker lifts outlook on festival demand"
    forced = wireparse.parse("Talks resume\n\n(Reuters) - They met.\n", style="reuters")
    assert forced.style == "reuters"
    assert forced.headline == "Talks resume"
    assert dateline(forced) == (None, None, "Reuters")
    assert paragraphs(forced) == ["They met."]


def test_a_header_without_a_body_parses() -> None:
    article = wireparse.parse(story(body=""))
    assert article.headline == "Rain falls"
    assert article.paragraphs == ()
    assert "missing-body" in [d.code for d in article.defects]
    assert_partition(article)


def test_blank_lines_before_the_header() -> None:
    article = wireparse.parse("\n \n" + STORY)
    assert article.style == "reuters"
    assert article.headline == "Lantern maker lifts outlook on festival demand"
    assert_partition(article)
