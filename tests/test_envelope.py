"""Envelopes: the routing fields of ANPA-1312, IPTC 7901 and ZCZC frames.

Every fixture here is invented, written by hand in the frame's layout, with the
control characters spelled as escapes.  The corpus test at the end reads the
shared corpus and skips when it is absent.
"""

from __future__ import annotations

import datetime
import json
import pickle
from typing import TYPE_CHECKING, Any

import attrs
import pytest

import wireparse
from wireparse import Envelope, EnvelopeLine, SegmentKind, Span
from wireparse._cli import main
from wireparse._json import article_to_dict
from wireparse._styles.frames import read_zczc_frame
from wireparse._text import has_control

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from wireparse import Article

SYN, SOH, STX, ETX, EOT = "\x16", "\x01", "\x02", "\x03", "\x04"
DC1, DC2, DC3, DC4 = "\x11", "\x12", "\x13", "\x14"
US, FF, DEL, TLI, SPACE_BAND = "\x1f", "\x0c", "\x7f", "\x08", "\x10"
UTC = datetime.UTC

# --------------------------------------------------------------------------
# Fixtures.

ANPA = (
    f"{SYN}{SYN}{SOH}u0815{US}natl\r\n"
    f"u s{DC3}{DC1} BC-SOC--Harbor-Cup 2ndLd-Writethru   07-02 0412\r\n"
    f"{STX}^BC-SOC--Harbor Cup, 2nd Ld-Writethru,398<\r\n"
    "^Harbor City wins the cup on a late goal<\r\n"
    "^Eds: Updates with quotes.<\r\n"
    "^By MARA QUILL=\r\n"
    "^AP Sports Writer=\r\n"
    "\t   PORTVILLE, Maine (AP) _ A late header won the Harbor Cup on Saturday.\r\n"
    " \r\n"
    "\t   The crowd stayed for the trophy.\r\n"
    "\r\n"
    f"\t   {ETX}AP-WF-07-02-22 2214GMT<\r\n"
    f"\r\n{FF}\r\n{EOT}"
)

ANPA_TABLE = (
    f"{SYN}{SYN}{SOH}s0032{US}-----\r\n"
    f"r s{DC4}{DC2} BC-BBO--Standings     09-30 \r\n"
    f"{STX}^BC-BBO--Standings,40<\r\n"
    "^League standings<\r\n"
    f"\t   Team{SPACE_BAND}A{TLI}12\r\n"
    f"\t   Team{SPACE_BAND}B{TLI}9\r\n"
    f"\t   {ETX}AP-WF-09-30-98 0105EDT<\r\n"
    f"{FF}{EOT}"
)
"""Tabular text (DC2): TLI and TTS space bands between the columns, no word count on line 2."""

ANPA_BARE = (
    f"r a{DC3}{DC1} BC-Lake-Ice 1stAdd   03-02 0120\r\n"
    f"{STX}^BC-Lake-Ice, 1st Add,120<\r\n"
    "^Lake ice thins<\r\n"
    "\t   The ice thinned by noon.\r\n"
    f"{ETX}{EOT}"
)
"""A frame cut below its first line: line 2 is not read, the keyword line after STX stands in."""

IPTC = (
    f"{SOH}ecb0310 2 pl 187 xyz   dpa 0412\r\n"
    "\r\n"
    "Austria-weather/\r\n"
    f"{STX}URGENT\r\n"
    "Snow closes Alpine passes =\r\n"
    "\r\n"
    "   Innsbruck (dpa) - Heavy snow closed three passes on Tuesday.\r\n"
    "\r\n"
    "   Ploughs worked through the night.\r\n"
    "\r\n"
    "dpa kl mn\r\n"
    f"{ETX}141522 GMT Dez 21\r\n"
    f"{DEL}\r\n{DEL}{EOT}"
)

IPTC_TAKE = (
    f"{SOH}eca0311 4 i 90  dpa 0413\r\n"
    "\r\n"
    "Austria-weather/Alps/\r\n"
    f"{STX}2ND TAKE\r\n"
    "Snow closes Alpine passes =\r\n"
    "\r\n"
    "   Rail lines stayed open.\r\n"
    f"{ETX}141540 MEZ Dez 21\r\n"
    f"{EOT}"
)

IPTC_NO_ZONE = (
    f"{SOH}eca0312 4 i 40  dpa 0414\r\n"
    "Austria-weather/\r\n"
    f"{STX}Passes reopen =\r\n"
    "\r\n"
    "   Innsbruck (dpa) - The passes reopened.\r\n"
    f"{ETX}151003 M\u00e4r 22\r\n"
    f"{EOT}"
)

ZCZC_HASH = (
    "ZCZC AAP\r\n"
    "%B\r\n"
    "#Bushfire_BC2\r\n"
    "$Crews hold fire lines near Bega\r\n"
    ":(BEGA)\r\n"
    "@NSW\r\n"
    "Fire crews held their lines overnight near Bega.\r\n"
    "\r\n"
    "   Winds eased after midnight.\r\n"
    "\r\n"
    "AAP KL\r\n"
    "NNNN\r\n"
)

ZCZC_BASE = (
    "   ZCZC AAP\r"
    "$S\r"
    ":Cricket Shield\r"
    "=2nd Take\r"
    "^CRICKET: Tigers lead by 80\r"
    "*X\r"
    "&S\r"
    "+15017000\r"
    "HOBART, Mar 3 AAP - The Tigers led by 80 runs at stumps.\r"
    "NNNN\r"
)

ZCZC_RELEASE = (
    "   ZCZC AAP\r\n"
    "%MNETALL MGD\r\n"
    "$J\r\n"
    ":\r\n"
    ":Harbour Trust of Westport\r\n"
    "*X\r\n"
    "Media release: A new ferry wharf opens\r\n"
    "\r\n"
    "The new wharf opens to passengers on Monday.\r\n"
    "\r\n"
    "SOURCE: Harbour Trust of Westport\r\n"
    "\r\n"
    "NNNN\r\n"
)

FRAMES = {
    "anpa": ANPA,
    "anpa-table": ANPA_TABLE,
    "anpa-bare": ANPA_BARE,
    "iptc": IPTC,
    "iptc-take": IPTC_TAKE,
    "iptc-no-zone": IPTC_NO_ZONE,
    "zczc-hash": ZCZC_HASH,
    "zczc-base": ZCZC_BASE,
    "zczc-release": ZCZC_RELEASE,
}


def envelope_of(source: str) -> Envelope:
    envelope = wireparse.parse(source).envelope
    assert envelope is not None
    return envelope


# --------------------------------------------------------------------------
# Each field.

_FIELD_CASES: list[tuple[str, str, object]] = [
    # format
    ("anpa", "format", "anpa1312"),
    ("anpa-bare", "format", "anpa1312"),
    ("iptc", "format", "iptc7901"),
    ("zczc-hash", "format", "zczc"),
    # service
    ("anpa", "service", "u"),
    ("anpa-bare", "service", None),
    ("iptc", "service", "ecb"),
    ("zczc-hash", "service", "AAP"),
    # sequence
    ("anpa", "sequence", "0815"),
    ("iptc", "sequence", "0310"),
    ("zczc-hash", "sequence", None),
    # selector
    ("anpa", "selector", "natl"),
    ("anpa-table", "selector", "-----"),
    ("iptc", "selector", "xyz"),
    ("iptc-take", "selector", None),
    ("zczc-hash", "selector", "B"),
    ("zczc-release", "selector", "MNETALL MGD"),
    ("zczc-base", "selector", None),
    # priority
    ("anpa", "priority", "u"),
    ("anpa-table", "priority", "r"),
    ("iptc", "priority", "2"),
    ("zczc-base", "priority", None),
    # category
    ("anpa", "category", "s"),
    ("iptc", "category", "pl"),
    ("zczc-base", "category", "S"),
    ("zczc-release", "category", "J"),
    ("zczc-hash", "category", None),  # its '$' line is the headline
    # slug
    ("anpa", "slug", "BC-SOC--Harbor-Cup"),
    ("anpa-bare", "slug", "BC-Lake-Ice"),
    ("iptc", "slug", "Austria-weather"),
    ("iptc-take", "slug", "Austria-weather/Alps"),
    ("zczc-hash", "slug", "Bushfire_BC2"),
    ("zczc-base", "slug", "Cricket Shield"),
    ("zczc-release", "slug", None),
    # version
    ("anpa", "version", "2ndLd-Writethru"),
    ("anpa-table", "version", None),
    ("anpa-bare", "version", "1st Add"),
    ("iptc", "version", "URGENT"),
    ("iptc-no-zone", "version", None),
    ("zczc-hash", "version", "(BEGA)"),
    ("zczc-base", "version", "2nd Take"),
    ("zczc-release", "version", "Harbour Trust of Westport"),
    # take
    ("anpa", "take", None),
    ("anpa-bare", "take", "1st Add"),
    ("iptc-take", "take", "2ND TAKE"),
    ("zczc-base", "take", "2nd Take"),
    # word_count
    ("anpa", "word_count", 412),
    ("anpa-table", "word_count", 40),  # line 2 has none: the keyword line's
    ("anpa-bare", "word_count", 120),
    ("iptc", "word_count", 187),
    ("zczc-hash", "word_count", None),
    # filed
    ("anpa", "filed", datetime.datetime(2022, 7, 2, 22, 14, tzinfo=UTC)),
    (
        "anpa-table",
        "filed",
        datetime.datetime(
            1998, 9, 30, 1, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=-4))
        ),
    ),
    ("anpa-bare", "filed", None),
    ("iptc", "filed", datetime.datetime(2021, 12, 14, 15, 22, tzinfo=UTC)),
    (
        "iptc-take",
        "filed",
        datetime.datetime(
            2021, 12, 14, 15, 40, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
        ),
    ),
    ("iptc-no-zone", "filed", datetime.datetime(2022, 3, 15, 10, 3)),  # noqa: DTZ001 - no zone sent
    ("zczc-hash", "filed", None),
]


@pytest.mark.parametrize(
    ("frame", "field", "expected"),
    _FIELD_CASES,
    ids=[f"{field}-{frame}" for frame, field, _ in _FIELD_CASES],
)
def test_envelope_field(frame: str, field: str, expected: object) -> None:
    value = getattr(envelope_of(FRAMES[frame]), field)
    assert value == expected
    if isinstance(expected, datetime.datetime):
        assert value.utcoffset() == expected.utcoffset()


def test_every_field_is_covered() -> None:
    covered = {field for _frame, field, _expected in _FIELD_CASES}
    covered |= {"header", "trailer"}  # their own tests below
    assert covered == {field.name for field in attrs.fields(Envelope)}


def test_anpa_header_and_trailer_lines() -> None:
    envelope = envelope_of(ANPA)
    assert [line.text for line in envelope.header] == [
        "u0815 natl",
        "u s BC-SOC--Harbor-Cup 2ndLd-Writethru   07-02 0412",
        "^BC-SOC--Harbor Cup, 2nd Ld-Writethru,398<",
    ]
    assert [line.text for line in envelope.trailer] == ["AP-WF-07-02-22 2214GMT<"]


def test_anpa_code_items_before_the_keyword_are_header() -> None:
    source = ANPA.replace(f"{STX}^BC-SOC", f"{STX}^*9006< ^BC-SOC")
    envelope = envelope_of(source)
    assert envelope.header[-1].text == "^*9006< ^BC-SOC--Harbor Cup, 2nd Ld-Writethru,398<"
    assert wireparse.parse(source).headline == "Harbor City wins the cup on a late goal"


def test_iptc_header_and_trailer_lines() -> None:
    envelope = envelope_of(IPTC)
    assert [line.text for line in envelope.header] == [
        "ecb0310 2 pl 187 xyz   dpa 0412",
        "Austria-weather/",
        "URGENT",
    ]
    assert [line.text for line in envelope.trailer] == ["141522 GMT Dez 21"]


def test_zczc_header_and_trailer_lines() -> None:
    envelope = envelope_of(ZCZC_BASE)
    assert [line.text for line in envelope.header] == [
        "ZCZC AAP",
        "$S",
        ":Cricket Shield",
        "=2nd Take",
        "^CRICKET: Tigers lead by 80",
        "*X",
        "&S",
        "+15017000",
    ]
    assert [line.text for line in envelope.trailer] == ["NNNN"]
    assert envelope_of(ZCZC_BASE.replace("NNNN\r", "")).trailer == ()


@pytest.mark.parametrize("name", sorted(FRAMES))
def test_envelope_line_spans_point_at_their_text(name: str) -> None:
    source = FRAMES[name]
    envelope = envelope_of(source)
    lines = envelope.header + envelope.trailer
    assert lines
    for line in lines:
        raw = line.span.text(source)
        assert raw == raw.strip(), line  # printable at both ends
        assert "\n" not in raw
        assert "\r" not in raw
        spaced = "".join(" " if has_control(char) else char for char in raw)
        assert line.text.split() == spaced.split(), line
    spans = [line.span for line in lines]
    assert spans == sorted(spans)


def test_the_iptc_end_line_reads_german_and_english_months() -> None:
    english = IPTC.replace("Dez 21", "Dec 21")
    assert envelope_of(english).filed == envelope_of(IPTC).filed
    assert envelope_of(IPTC.replace("Dez 21", "Okt 15")).filed == datetime.datetime(
        2015, 10, 14, 15, 22, tzinfo=UTC
    )


def test_impossible_stamps_give_no_filing_time() -> None:
    assert envelope_of(ANPA.replace("07-02-22 2214", "02-30-22 2214")).filed is None
    assert envelope_of(ANPA.replace("07-02-22 2214", "07-02-22 2575")).filed is None
    assert envelope_of(IPTC.replace("141522 GMT Dez", "321522 GMT Dez")).filed is None
    assert envelope_of(IPTC.replace("Dez 21", "Xyz 21")).filed is None


def test_a_month_and_day_alone_give_no_filing_time() -> None:
    """Line 2's ``07-02`` names no year; without the trailer nothing is guessed."""
    source = ANPA.replace("AP-WF-07-02-22 2214GMT<", "")
    envelope = envelope_of(source)
    assert envelope.filed is None
    assert envelope.trailer == ()


def test_a_closing_more_is_the_take() -> None:
    source = ANPA.replace("the trophy.\r\n", "the trophy.\r\n\t   (MORE)\r\n")
    article = wireparse.parse(source)
    assert [mark.text for mark in article.end_marks][-1] == "(MORE)"
    assert article.envelope is not None
    assert article.envelope.take == "(MORE)"
    assert envelope_of(ANPA).take is None


def test_a_frame_take_wins_over_more() -> None:
    source = ANPA_BARE.replace("by noon.\r\n", "by noon.\r\n\t   (MORE)\r\n")
    assert envelope_of(source).take == "1st Add"


# --------------------------------------------------------------------------
# Control characters, '^' lines and '<' '=' line ends.

_CONTROLS = {
    "SYN": (SYN, ANPA),
    "SOH": (SOH, IPTC),
    "STX": (STX, IPTC),
    "ETX": (ETX, ANPA),
    "EOT": (EOT, IPTC),
    "DC1": (DC1, ANPA),
    "DC2": (DC2, ANPA_TABLE),
    "DC3": (DC3, ANPA_BARE),
    "DC4": (DC4, ANPA_TABLE),
    "US": (US, ANPA),
    "FF": (FF, ANPA),
    "DEL": (DEL, IPTC),
    "TLI": (TLI, ANPA_TABLE),
    "TTS space band": (SPACE_BAND, ANPA_TABLE),
}

_FRAMING_KINDS = {SegmentKind.MARKUP, SegmentKind.CONTROL, SegmentKind.WHITESPACE}


@pytest.mark.parametrize(("char", "source"), _CONTROLS.values(), ids=list(_CONTROLS))
def test_control_characters_stay_in_segments_out_of_text(
    char: str, source: str, record_texts: Callable[[Article], list[tuple[str, str]]]
) -> None:
    article = wireparse.parse(source)
    assert article.envelope is not None
    assert char in article.source
    for name, text in record_texts(article):
        assert char not in text, name
        assert not has_control(text), name
    for line in article.envelope.header + article.envelope.trailer:
        assert not has_control(line.text), line
    where = [s for s in article.segments for at in _offsets(source, char) if at in s.span]
    assert where
    if char not in (TLI, SPACE_BAND):  # those sit inside table rows
        assert {segment.kind for segment in where} <= _FRAMING_KINDS


def _offsets(source: str, char: str) -> list[int]:
    return [at for at, found in enumerate(source) if found == char]


@pytest.mark.parametrize("name", sorted(FRAMES))
def test_frame_marks_never_reach_record_text(
    name: str, record_texts: Callable[[Article], list[tuple[str, str]]]
) -> None:
    article = wireparse.parse(FRAMES[name])
    for field, text in record_texts(article):
        assert not has_control(text), field
        assert not text.startswith("^"), field
        assert not text.endswith(("<", " =")), field
        assert "AP-WF" not in text, field
        assert "NNNN" not in text or field == "end_marks", field


def test_the_tabular_space_band_and_tab_line_indicator_read_as_spaces() -> None:
    article = wireparse.parse(ANPA_TABLE)
    assert [p.text for p in article.paragraphs] == ["Team A 12", "Team B 9"]
    for paragraph in article.paragraphs:
        assert paragraph.span.text(ANPA_TABLE).startswith("Team")


def test_the_trailer_stamp_is_a_timestamp_segment_and_the_published_time() -> None:
    article = wireparse.parse(ANPA)
    stamps = [s.span.text(ANPA) for s in article.segments_of("timestamp")]
    assert stamps == ["AP-WF-07-02-22 2214GMT"]
    assert article.published == datetime.datetime(2022, 7, 2, 22, 14, tzinfo=UTC)


def test_latin1_frames_are_read_with_a_defect() -> None:
    data = IPTC.replace("Ploughs", "Pfl\u00fcgen").encode("latin-1")
    article = wireparse.parse(data)
    assert [d.code for d in article.defects if d.code == "legacy-encoding"] == ["legacy-encoding"]
    assert article.paragraphs[-1].text.startswith("Pfl\u00fcgen worked")
    assert article.envelope == envelope_of(IPTC)


# --------------------------------------------------------------------------
# No envelope, the record itself, JSON and the command line.


@pytest.mark.parametrize(
    "source",
    [
        "Talks resume\n\nSEOUL, Aug. 8 (Yonhap) -- They met.",
        "",
        f"{STX}{ETX}{EOT}",
        "<DOC><HEADLINE>Talks</HEADLINE><TEXT>They met.</TEXT></DOC>",
    ],
)
def test_unframed_text_has_no_envelope(source: str) -> None:
    assert wireparse.parse(source).envelope is None


def test_the_base_style_has_no_envelope() -> None:
    assert wireparse.Style().envelope(ANPA) is None


def test_forced_frame_styles_on_other_text_give_no_envelope() -> None:
    text = "Talks resume\n\nThey met."
    for name in ("anpa1312", "iptc7901", "zczc"):
        assert wireparse.parse(text, style=name).envelope is None


def test_envelopes_pickle_compare_and_hash() -> None:
    article = wireparse.parse(ANPA)
    envelope = article.envelope
    assert envelope is not None
    assert pickle.loads(pickle.dumps(envelope)) == envelope
    assert pickle.loads(pickle.dumps(article)) == article
    assert envelope == envelope_of(ANPA)
    assert hash(envelope) == hash(envelope_of(ANPA))
    assert envelope != envelope_of(IPTC)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        envelope.slug = "x"  # type: ignore[misc]


def test_envelope_validation() -> None:
    line = EnvelopeLine("ZCZC AAP", Span(0, 8))
    envelope = Envelope(format="zczc", header=[line])
    assert envelope.header == (line,)
    assert envelope.trailer == ()
    with pytest.raises(TypeError):
        Envelope(format=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Envelope(format="zczc", slug=7)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="word_count"):
        Envelope(format="zczc", word_count=-1)
    with pytest.raises(ValueError, match="word_count"):
        Envelope(format="zczc", word_count=True)
    with pytest.raises(TypeError, match="filed"):
        Envelope(format="zczc", filed=datetime.date(2022, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        EnvelopeLine(None, Span(0, 0))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        wireparse.Article(source="", envelope="zczc")  # type: ignore[arg-type]


def test_envelope_in_json() -> None:
    data: dict[str, Any] = article_to_dict(wireparse.parse(ANPA))
    envelope = data["envelope"]
    assert envelope["format"] == "anpa1312"
    assert envelope["filed"] == "2022-07-02T22:14:00+00:00"
    assert envelope["word_count"] == 412
    start = ANPA.index("AP-WF")
    end = ANPA.index("<", start) + 1
    assert envelope["trailer"] == [{"text": "AP-WF-07-02-22 2214GMT<", "span": [start, end]}]
    json.dumps(data)  # JSON-ready
    assert article_to_dict(wireparse.parse("Talks\n\nThey met."))["envelope"] is None


def test_command_line_summary_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "frame.txt"
    path.write_bytes(ANPA.encode("utf-8"))
    assert main([str(path)]) == 0
    out = capsys.readouterr().out
    assert (
        "Envelope:    anpa1312, slug BC-SOC--Harbor-Cup, priority u, category s, 412 words" in out
    )
    assert main(["--json", str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["envelope"]["slug"] == "BC-SOC--Harbor-Cup"
    plain = tmp_path / "plain.txt"
    plain.write_text("Talks\n\nThey met.\n", encoding="utf-8")
    assert main([str(plain)]) == 0
    assert "Envelope" not in capsys.readouterr().out


def test_zczc_frame_fields_without_a_keyword_marker() -> None:
    """A frame with neither '#' nor '=' nor '^' names its issuer on ':' (a take key)."""
    frame = read_zczc_frame(ZCZC_RELEASE)
    assert frame is not None
    assert frame.get("#") is None
    assert envelope_of(ZCZC_RELEASE).slug is None


# --------------------------------------------------------------------------
# The shared corpus: every frame file has its envelope.

FRAME_FOLDERS = ("anpa1312", "iptc7901", "zczc")


def _frame_files(corpus_dir: Path) -> list[Path]:
    wire = corpus_dir / "wire"
    return sorted(path for folder in FRAME_FOLDERS for path in (wire / folder).glob("*.txt"))


def _has_keyword(folder: str, source: str) -> bool:
    """Whether the frame carries a keyword line, by the frame's own layout."""
    if folder != "zczc":
        return True
    frame = read_zczc_frame(source)
    assert frame is not None
    if frame.get("#") is not None:
        return True
    has_colon = any(field.marker == ":" and field.value for field in frame.fields)
    return has_colon and (frame.get("=") is not None or frame.get("^") is not None)


def test_every_corpus_frame_has_its_envelope(
    corpus_dir: Path, record_texts: Callable[[Article], list[tuple[str, str]]]
) -> None:
    files = _frame_files(corpus_dir)
    assert files
    for path in files:
        folder = path.parent.name
        article = wireparse.parse(path.read_bytes())
        envelope = article.envelope
        assert envelope is not None, path.name
        assert envelope.format == folder, path.name
        assert envelope.header, path.name
        if _has_keyword(folder, article.source):
            assert envelope.slug, path.name
        if folder != "zczc":
            for field in ("service", "sequence", "priority", "category"):
                assert getattr(envelope, field), (path.name, field)
            assert envelope.word_count is not None, path.name
            if envelope.trailer:
                assert envelope.filed is not None, path.name
        for line in envelope.header + envelope.trailer:
            assert not has_control(line.text), path.name
        for field, text in record_texts(article):
            assert not has_control(text), (path.name, field)
            assert not text.startswith("^"), (path.name, field)
