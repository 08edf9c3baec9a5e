"""Checks the house-style tests share.

Importable as ``_support``: pytest puts ``tests`` on the path (``pythonpath`` in pyproject.toml).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wireparse import SegmentKind

if TYPE_CHECKING:
    from wireparse import Article


def assert_partition(article: Article) -> None:
    """Segments cover the source in order, none empty, and nothing is left unplaced."""
    position = 0
    for segment in article.segments:
        assert segment.span.start == position
        assert segment.span.end > segment.span.start
        position = segment.span.end
    assert position == len(article.source)
    assert SegmentKind.UNKNOWN not in {s.kind for s in article.segments}
    assert "unplaced-text" not in [d.code for d in article.defects]
