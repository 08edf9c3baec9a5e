"""The shared corpus at ../shared/corpus: the seed's gold, and every file parses.

These tests skip, with the reason, when the corpus is not beside the project.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import attrs

import wireparse
from wireparse import Article, Defect, Segment, SegmentKind, Severity, Span
from wireparse._lines import BLANK_CHARS

PROJECT = Path(__file__).resolve().parents[1]
SEED_ID = "koreaherald-2017-08-08"


def _as_gold(article: Article) -> dict[str, Any]:
    """The article in the shape of a gold.jsonl row (GOLD-SCHEMA.md)."""
    dateline = article.dateline
    return {
        "headline": article.headline,
        "authors": list(article.byline.authors) if article.byline else [],
        "published": article.published.isoformat() if article.published else None,
        "updated": article.updated.isoformat() if article.updated else None,
        "dateline": (
            {"location": dateline.location, "date": dateline.date, "agency": dateline.agency}
            if dateline
            else None
        ),
        "paragraphs": [p.text for p in article.paragraphs],
        "captions": [{"text": c.text, "credit": c.credit} for c in article.captions],
        "credits": [c.text for c in article.credits],
        "end_marks": [m.text for m in article.end_marks],
    }


def _gold_rows(path: Path) -> dict[str, dict[str, Any]]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {row["id"]: row for row in rows}


def test_seed_matches_its_gold(corpus_dir: Path) -> None:
    gold = _gold_rows(corpus_dir / "seed" / "gold.jsonl")[SEED_ID]
    article = wireparse.parse((corpus_dir / "seed" / f"{SEED_ID}.txt").read_bytes())
    got = _as_gold(article)
    for key in got:
        assert key in gold, key  # every field is annotated for the seed
        assert got[key] == gold[key], key
    assert gold["published"] == "2017-08-08T09:44:00+09:00"  # the offset Korea time implies
    assert article.published is not None
    assert article.published.utcoffset() is not None


def test_seed_spot_values(corpus_dir: Path) -> None:
    article = wireparse.parse((corpus_dir / "seed" / f"{SEED_ID}.txt").read_bytes())
    assert article.headline == "S. Korea, Japan vow to step up joint efforts to rein in N. Korea"
    assert article.byline is not None
    assert article.byline.authors == ("Catherine Chung",)
    assert article.published is not None
    assert article.published.isoformat() == "2017-08-08T09:44:00+09:00"
    assert article.dateline is not None
    assert article.dateline.location == "MANILA"
    assert len(article.paragraphs) == 13
    assert [c.credit for c in article.captions] == ["Yonhap"]
    assert [c.text for c in article.credits] == ["Yonhap"]
    assert article.end_marks == ()


def test_example_is_the_seed(corpus_dir: Path) -> None:
    example = PROJECT / "examples" / f"{SEED_ID}.txt"
    seed = corpus_dir / "seed" / f"{SEED_ID}.txt"
    assert example.read_bytes() == seed.read_bytes()


@functools.cache
def _read_collection(folder: Path) -> tuple[int, list[str], list[str]]:
    """Parse every ``.txt`` file under *folder* once, for the tests below.

    Returns how many files there are, the problems with parsing and
    partitioning, and the stretches of text lost (see :func:`_lost`).
    """
    files = sorted(folder.rglob("*.txt"))
    problems: list[str] = []
    lost: list[str] = []
    for path in files:
        data = path.read_bytes()
        try:
            article = wireparse.parse(data)
        except Exception as err:  # noqa: BLE001 - report every file that fails, not only the first
            problems.append(f"{path.name}: raised {err!r}")
            continue
        source = article.source
        if source != data.decode("utf-8"):
            problems.append(f"{path.name}: the source is not the file's UTF-8 text")
        position = 0
        for segment in article.segments:
            if segment.span.start != position or segment.span.end <= segment.span.start:
                problems.append(f"{path.name}: segment {segment} breaks the partition")
                break
            position = segment.span.end
        else:
            if position != len(source):
                problems.append(f"{path.name}: segments end at {position} of {len(source)}")
        for start, end in _lost(article):
            shown = source[start : min(end, start + 60)]
            lost.append(f"{path.name} ({article.style}) {start}-{end}: {shown!r}")
    return len(files), problems, lost


def test_every_file_parses_and_partitions(corpus_dir: Path, corpus_collection: str) -> None:
    files, problems, _lost_text = _read_collection(corpus_dir / corpus_collection)
    assert files, f"no .txt files in {corpus_collection}"
    assert not problems, f"{len(problems)} of {files} files:\n" + "\n".join(problems[:20])


_PRINTABLE_RE = re.compile(rf"[^\s{re.escape(BLANK_CHARS)}]")
"""A character that is neither white space nor a control character."""


def _lost(article: Article) -> list[tuple[int, int]]:
    """Stretches of printable characters that no element holds and no defect points at.

    A printable character is accounted for when it lies in a segment whose
    kind is not ``unknown`` (white space and control segments must hold none),
    or in a defect's span.  The check goes by segment, not by character.
    """
    source = article.source
    defects = sorted((d.span.start, d.span.end) for d in article.defects)
    lost: list[tuple[int, int]] = []
    for segment in article.segments:
        kind = segment.kind
        if kind not in (SegmentKind.UNKNOWN, SegmentKind.WHITESPACE, SegmentKind.CONTROL):
            continue
        start, end = segment.span.start, segment.span.end
        found = _PRINTABLE_RE.search(source, start, end)
        if found is None:
            continue
        if kind is not SegmentKind.UNKNOWN:
            lost.append((found.start(), end))  # text labelled as blank
            continue
        position = found.start()  # the first printable character not yet covered
        for first, last in defects:
            if last <= position:
                continue
            if first > position:
                break
            following = _PRINTABLE_RE.search(source, last, end)
            position = end if following is None else following.start()
        if position < end:
            lost.append((position, end))
    return lost


def test_nothing_is_lost(corpus_dir: Path, corpus_collection: str) -> None:
    """Every printable character of every article lies in an element or a defect's span."""
    _files, _problems, lost = _read_collection(corpus_dir / corpus_collection)
    assert not lost, f"{len(lost)} stretches lost:\n" + "\n".join(lost[:20])


def test_the_lost_check_sees_lost_text() -> None:
    article = wireparse.parse("Talks resume\n\nThey met.\n")
    assert _lost(article) == []
    source = article.source
    headline = article.segments_of("headline")[0]
    as_blank = [
        Segment(SegmentKind.WHITESPACE, s.span) if s is headline else s for s in article.segments
    ]
    assert _lost(attrs.evolve(article, segments=as_blank)) == [(0, len("Talks resume"))]
    as_unknown = [
        Segment(SegmentKind.UNKNOWN, s.span) if s is headline else s for s in article.segments
    ]
    unplaced = attrs.evolve(article, segments=as_unknown)
    assert _lost(unplaced) == [(0, len("Talks resume"))]
    defect = Defect("unplaced-text", "not placed", Span(0, 5), Severity.WARNING)
    assert _lost(attrs.evolve(unplaced, defects=[defect])) == [(6, len("Talks resume"))]
    whole = Defect("unplaced-text", "not placed", headline.span, Severity.WARNING)
    assert _lost(attrs.evolve(unplaced, defects=[defect, whole])) == []
    assert source[:6] == "Talks "
    words = [defect, Defect("unplaced-text", "not placed", Span(6, 12), Severity.WARNING)]
    assert _lost(attrs.evolve(unplaced, defects=words)) == []  # the space between needs none
