"""Checks, accessors and samples that the tests share.

Importable as ``_support``: pytest puts ``tests`` on the path (``pythonpath`` in pyproject.toml).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wireparse import SegmentKind

if TYPE_CHECKING:
    from wireparse import Article


YONHAP = (
    "Talks resume\n\n"
    "09:44 August 08, 2017\n\n"
    "By Jane Doe and John Roe\n\n"
    "SEOUL, Aug. 8 (Yonhap) -- They met on Monday.\n\n"
    "Kang Kyung-wha speaks in Seoul on Aug. 7, 2017. (Yonhap)\n\n"
    "They spoke at length.\n\n"
    "Yonhap\n"
    "(END)\n"
)
"""A hand-written Yonhap story with a field of every kind: headline, time, byline,
dateline, caption, credit and end mark (the ninjs and NITF writers' sample)."""


def assert_segments_partition(article: Article) -> None:
    """Segments cover the source in order, contiguous and none empty."""
    position = 0
    for segment in article.segments:
        assert segment.span.start == position, segment
        assert segment.span.end > segment.span.start, segment
        position = segment.span.end
    assert position == len(article.source)


def assert_partition(article: Article) -> None:
    """Segments cover the source in order, none empty, and nothing is left unplaced."""
    assert_segments_partition(article)
    assert SegmentKind.UNKNOWN not in {s.kind for s in article.segments}
    assert "unplaced-text" not in [d.code for d in article.defects]


def paragraphs(article: Article) -> list[str]:
    """The paragraphs' texts."""
    return [p.text for p in article.paragraphs]


def credit_texts(article: Article) -> list[str]:
    """The credits' texts."""
    return [c.text for c in article.credits]


def dateline(article: Article) -> tuple[str | None, str | None, str | None] | None:
    """The dateline as (location, date, agency), or None."""
    d = article.dateline
    return None if d is None else (d.location, d.date, d.agency)
