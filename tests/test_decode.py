"""Bytes in: encodings, line ends, odd spaces and control characters."""

from __future__ import annotations

import codecs
from collections.abc import Callable

import pytest

import wireparse
from wireparse import Article, Severity

RecordTexts = Callable[[Article], list[tuple[str, str]]]

# A short Yonhap-style story, written for these tests.
ARTICLE = (
    "Café talks resume in Seoul \ud55c\uad6d\n"
    "\n"
    "By Jane Doe and John Roe\n"
    "\n"
    "SEOUL, Aug. 8 (Yonhap) -- The ministers met on Monday\n"
    "and agreed to meet again.\n"
    "\n"
    "Kim Min-ji (L) poses for a photo with students in Seoul. (Yonhap)\n"
    "\n"
    "The talks ended late. (Yonhap)\n"
    "(END)\n"
)

EXPECTED = [
    ("headline", "Café talks resume in Seoul \ud55c\uad6d"),
    ("byline.text", "By Jane Doe and John Roe"),
    ("byline.authors", "Jane Doe"),
    ("byline.authors", "John Roe"),
    ("dateline.location", "SEOUL"),
    ("dateline.date", "Aug. 8"),
    ("dateline.agency", "Yonhap"),
    ("paragraphs", "The ministers met on Monday and agreed to meet again."),
    ("paragraphs", "The talks ended late."),
    ("captions.text", "Kim Min-ji (L) poses for a photo with students in Seoul."),
    ("captions.credit", "Yonhap"),
    ("credits", "Yonhap"),
    ("end_marks", "(END)"),
]

ENCODINGS = {
    "utf-8": ARTICLE.encode("utf-8"),
    "utf-8-bom": codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
    "utf-16-le-bom": codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"),
    "utf-16-be-bom": codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
    "utf-32-le-bom": codecs.BOM_UTF32_LE + ARTICLE.encode("utf-32-le"),
    "utf-32-be-bom": codecs.BOM_UTF32_BE + ARTICLE.encode("utf-32-be"),
}


@pytest.mark.parametrize("data", ENCODINGS.values(), ids=ENCODINGS.keys())
def test_unicode_encodings_decode_to_the_same_article(data: bytes) -> None:
    article = wireparse.parse(data)
    assert article.source == ARTICLE  # the byte-order mark is not part of the text
    assert article == wireparse.parse(ARTICLE)
    assert article.headline == "Café talks resume in Seoul \ud55c\uad6d"
    assert [d.code for d in article.defects] == []


@pytest.mark.parametrize("kind", [bytes, bytearray, memoryview])
def test_bytes_like_inputs(kind: Callable[[bytes], object]) -> None:
    article = wireparse.parse(kind(ENCODINGS["utf-16-le-bom"]))  # type: ignore[arg-type]
    assert article.source == ARTICLE


def test_the_article_reads_as_expected(record_texts: RecordTexts) -> None:
    assert record_texts(wireparse.parse(ARTICLE.encode("utf-8"))) == EXPECTED


def test_cp1252_fallback() -> None:
    article = wireparse.parse(b"Caf\xe9 news\n\nSEOUL -- Text.")
    assert article.source == "Café news\n\nSEOUL -- Text."
    assert article.headline == "Café news"
    assert [p.text for p in article.paragraphs] == ["Text."]
    assert article.dateline is not None
    assert article.dateline.location == "SEOUL"
    legacy = [d for d in article.defects if d.code == "legacy-encoding"]
    assert len(legacy) == 1
    assert legacy[0].severity is Severity.WARNING
    assert legacy[0].span.start == 3  # where the first non-UTF-8 byte is
    assert "0xe9" in legacy[0].message


def test_cp1252_punctuation() -> None:
    article = wireparse.parse(b"\x93Talks\x94 resume \x96 again\n\nSEOUL \x97 They met\x85")
    assert article.headline == "\u201cTalks\u201d resume \u2013 again"
    assert article.source.endswith("They met\u2026")
    assert [d.code for d in article.defects if d.code == "legacy-encoding"] == ["legacy-encoding"]


def test_undefined_cp1252_bytes_are_kept() -> None:
    data = b"Caf\xe9 \x81\x8d\x8f\x90\x9d news\n\nSEOUL -- Text."
    article = wireparse.parse(data)
    assert article.source == "Café \x81\x8d\x8f\x90\x9d news\n\nSEOUL -- Text."
    assert len(article.source) == len(data)  # one character a byte, none lost
    assert article.headline == "Café news"
    assert "legacy-encoding" in [d.code for d in article.defects]


def test_valid_utf8_gets_no_encoding_defect() -> None:
    article = wireparse.parse("Café news\n\nSEOUL -- Text.".encode())
    assert article.source == "Café news\n\nSEOUL -- Text."
    assert article.defects == ()


def test_bad_bytes_after_a_utf16_mark_are_reported() -> None:
    data = codecs.BOM_UTF16_LE + "Talks\n\nThey met.".encode("utf-16-le") + b"\x00"
    article = wireparse.parse(data)
    assert article.source.startswith("Talks\n\nThey met.")
    assert "undecodable-bytes" in [d.code for d in article.defects]


@pytest.mark.parametrize("newline", ["\r", "\r\n"], ids=["cr", "crlf"])
def test_line_ends_give_the_same_records(newline: str, record_texts: RecordTexts) -> None:
    article = wireparse.parse(ARTICLE.replace("\n", newline))
    assert record_texts(article) == record_texts(wireparse.parse(ARTICLE))
    assert record_texts(article) == EXPECTED


def test_mixed_line_ends_give_the_same_records(record_texts: RecordTexts) -> None:
    lines = ARTICLE.split("\n")
    # never a CR directly before an LF: that would be one CRLF, not two line ends
    mixed = "".join(line + ("\r\n", "\n", "\r")[i % 3] for i, line in enumerate(lines[:-1]))
    assert "\r\n" in mixed
    assert "\n\r" in mixed
    assert record_texts(wireparse.parse(mixed)) == EXPECTED


# NBSP and U+3000 where the plain version has spaces.
ODD_SPACES = (
    "Talks\u00a0resume\u3000in Seoul\n"
    "\n"
    "By Jane\u00a0Doe\u3000and John\u3000Roe\n"
    "\n"
    "NEW\u00a0YORK,\u00a0Aug.\u00a08 (Yonhap) -- The\u3000ministers\u00a0 met.\n"
    "\n"
    "Kim\u00a0Min-ji (L) poses\u3000for a photo. (Yonhap\u00a0Photo)\n"
    "\n"
    "They agreed\u3000\u3000to meet. (Yonhap\u00a0News)\n"
    "\n"
    "(Reporting\u00a0by Jane\u3000Doe)\n"
)


def test_odd_spaces_become_plain_spaces(record_texts: RecordTexts) -> None:
    article = wireparse.parse(ODD_SPACES)
    assert record_texts(article) == [
        ("headline", "Talks resume in Seoul"),
        ("byline.text", "By Jane Doe and John Roe"),
        ("byline.authors", "Jane Doe"),
        ("byline.authors", "John Roe"),
        ("dateline.location", "NEW YORK"),
        ("dateline.date", "Aug. 8"),
        ("dateline.agency", "Yonhap"),
        ("paragraphs", "The ministers met."),
        ("paragraphs", "They agreed to meet."),
        ("captions.text", "Kim Min-ji (L) poses for a photo."),
        ("captions.credit", "Yonhap Photo"),
        ("credits", "Yonhap News"),
        ("credits", "Reporting by Jane Doe"),
    ]
    plain = ODD_SPACES.replace("\u00a0", " ").replace("\u3000", " ")
    assert record_texts(article) == record_texts(wireparse.parse(plain))


def test_odd_spaces_never_reach_record_text(record_texts: RecordTexts) -> None:
    for name, text in record_texts(wireparse.parse(ODD_SPACES)):
        assert "\u00a0" not in text, name
        assert "\u3000" not in text, name
    assert "\u00a0" in wireparse.parse(ODD_SPACES).source


CONTROLS = (
    "\x16\x16\x01Talks\x07 resume\x00\n"
    "\n"
    "By Jane\x1b Doe\x7f and John Roe\n"
    "\n"
    "SEOUL, Aug. 8 (Yon\x02hap) -- The ministers\x7f met.\u200b\n"
    "\n"
    "Kim Min-ji (L) poses for\x0b a photo. (Yonhap\x01)\n"
    "\n"
    "The talks\x85 ended late. (Yonhap)\n"
    "(END)\x03\x04\n"
)

CONTROL_FREE = [
    ("headline", "Talks resume"),
    ("byline.text", "By Jane Doe and John Roe"),
    ("byline.authors", "Jane Doe"),
    ("byline.authors", "John Roe"),
    ("dateline.location", "SEOUL"),
    ("dateline.date", "Aug. 8"),
    ("dateline.agency", "Yonhap"),
    ("paragraphs", "The ministers met."),
    ("paragraphs", "The talks ended late."),
    ("captions.text", "Kim Min-ji (L) poses for a photo."),
    ("captions.credit", "Yonhap"),
    ("credits", "Yonhap"),
    ("end_marks", "(END)"),
]


def _is_control(char: str) -> bool:
    return char in "\x00\x01\x02\x03\x04\x07\x0b\x16\x1b\x7f\x85\u200b"


def test_control_characters_stay_in_the_source() -> None:
    article = wireparse.parse(CONTROLS)
    assert article.source == CONTROLS
    assert "control-characters" in [d.code for d in article.defects]


def test_control_characters_never_reach_record_text(record_texts: RecordTexts) -> None:
    article = wireparse.parse(CONTROLS)
    for name, text in record_texts(article):
        assert not any(_is_control(c) for c in text), (name, text)
    assert record_texts(article) == CONTROL_FREE


def test_control_characters_in_bytes_input(record_texts: RecordTexts) -> None:
    article = wireparse.parse(CONTROLS.encode("utf-8"))
    assert article.source == CONTROLS
    for name, text in record_texts(article):
        assert not any(_is_control(c) for c in text), (name, text)
