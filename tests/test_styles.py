"""The style registry: detection, forcing, registering and the Region packaging hook."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import wireparse
from wireparse import Region, RegionRole, SegmentKind, Span, Style, Vocabulary, styles
from wireparse._styles._base import edit_rules

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

SEED_LIKE = (
    "Talks resume\n\nBy Jane Doe\n  \u2022 Published : Aug 8, 2017 - 09:44\nSEOUL -- They met.\n"
)


class _Kivu(Style):
    name = "test-kivu"
    description = "a style registered by the tests"
    implied_offset = 120

    def detect(self, source: str) -> float:
        return 0.95 if "(Agence Kivu)" in source[:4000] else 0.0


class _KivuVocabulary(Vocabulary):
    AGENCIES = (*Vocabulary.AGENCIES, "Agence Kivu")


class _KivuWithWords(_Kivu):
    vocabulary_class = _KivuVocabulary


@pytest.fixture
def kivu() -> Iterator[Style]:
    style = styles.register(_KivuWithWords())
    yield style
    styles.unregister(style.name)


def test_plain_and_koreaherald_are_registered() -> None:
    assert "plain" in styles
    assert "koreaherald" in styles
    assert styles["plain"].name == "plain"
    descriptions = styles.descriptions()
    assert all(isinstance(text, str) and text for text in descriptions.values())
    assert "koreaherald" in repr(styles)


def test_detection_picks_the_layout() -> None:
    assert wireparse.parse(SEED_LIKE).style == "koreaherald"
    assert wireparse.parse("Talks\n\nThey met.").style == "plain"


def test_forcing_a_style_by_name_and_by_object() -> None:
    plain = wireparse.parse(SEED_LIKE, style="plain")
    assert plain.style == "plain"
    # The plain style implies no zone, so the Korea Herald stamp stays naive.
    assert plain.published is not None
    assert plain.published.tzinfo is None
    assert any(d.code == "naive-timestamp" for d in plain.defects)
    forced = wireparse.parse(SEED_LIKE, style=styles["koreaherald"])
    assert forced.published is not None
    assert forced.published.utcoffset() is not None
    assert forced.published.utcoffset().total_seconds() == 9 * 3600


def test_unknown_style_name_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unknown style 'nope'"):
        wireparse.parse("x", style="nope")


def test_wrong_style_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="'style' must be"):
        wireparse.parse("x", style=3)  # type: ignore[arg-type]


def test_register_checks_type_and_duplicates(kivu: Style) -> None:
    with pytest.raises(TypeError):
        styles.register("kivu")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="registered already"):
        styles.register(_Kivu())
    assert styles.register(_Kivu(), replace=True).name == kivu.name
    styles.register(kivu, replace=True)


def test_the_plain_style_cannot_be_removed() -> None:
    with pytest.raises(ValueError, match="cannot be removed"):
        styles.unregister("plain")


def test_a_registered_style_is_detected_with_its_vocabulary(kivu: Style) -> None:
    article = wireparse.parse(
        "Rains\n\nGOMA (Agence Kivu) -- It rained.\n\nMore rain. (Agence Kivu)"
    )
    assert article.style == kivu.name
    assert article.dateline is not None
    assert article.dateline.agency == "Agence Kivu"
    assert [c.text for c in article.credits] == ["Agence Kivu"]


def test_a_style_implies_its_zone(kivu: Style) -> None:
    text = "Rains\nPosted: 2024-03-01 10:00\n\nGOMA (Agence Kivu) -- It rained."
    article = wireparse.parse(text)
    assert article.published is not None
    assert article.published.isoformat() == "2024-03-01T10:00:00+02:00"
    assert not any(d.code == "naive-timestamp" for d in article.defects)
    assert kivu.implied_zone is not None


class _Boxed(Style):
    """A toy packaging: ``[H]headline`` and ``[B]body`` lines, brackets as markup."""

    name = "test-boxed"
    description = "a toy packaging for the tests"

    def regions(self, source: str) -> Sequence[Region]:
        found = []
        pos = 0
        for line in source.splitlines(keepends=True):
            end = pos + len(line.rstrip("\n"))
            found.append(Region(RegionRole.MARKUP, Span(pos, pos + 3)))
            role = RegionRole.HEADLINE if line.startswith("[H]") else RegionRole.BODY
            found.append(Region(role, Span(pos + 3, end)))
            pos += len(line)
        return found


def test_regions_feed_the_records_and_segments() -> None:
    source = "[H]Rains return\n[B]GOMA -- It rained.\n[B]More rain fell.\n"
    article = wireparse.parse(source, style=_Boxed())
    assert article.style == "test-boxed"
    assert article.headline == "Rains return"
    assert article.dateline is not None
    assert article.dateline.location == "GOMA"
    assert [p.text for p in article.paragraphs] == ["It rained. More rain fell."]
    kinds = {s.kind for s in article.segments}
    assert SegmentKind.MARKUP in kinds
    assert SegmentKind.UNKNOWN not in kinds
    assert "".join(article.source[s.span.start : s.span.end] for s in article.segments) == source


def test_style_repr_names_it() -> None:
    assert repr(styles["plain"]).startswith("<Style 'plain': ")


def test_edit_rules_builds_a_table_by_name() -> None:
    base = (("a", 1), ("b", 2), ("c", 3))
    table = edit_rules(
        base,
        first=[("start", 0)],
        replace={"b": ("b2", 20)},
        drop={"c"},
        after={"a": [("a+", 10)], "c": [("c+", 30)]},
        last=[("end", 99)],
    )
    assert table == (("start", 0), ("a", 1), ("a+", 10), ("b2", 20), ("c+", 30), ("end", 99))
    assert edit_rules(base) == base


def test_edit_rules_inserts_before_a_named_rule() -> None:
    base = (("a", 1), ("b", 2))
    table = edit_rules(base, before={"b": [("b-", 19), ("b--", 18)]}, drop={"b"})
    assert table == (("a", 1), ("b-", 19), ("b--", 18))
    assert edit_rules(base, before={"a": [("a-", 0)]}) == (("a-", 0), ("a", 1), ("b", 2))
