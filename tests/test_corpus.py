"""The shared corpus at ../shared/corpus: the seed's gold, and every file parses.

These tests skip, with the reason, when the corpus is not beside the project.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import wireparse
from wireparse import Article

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


def test_every_file_parses_and_partitions(corpus_dir: Path, corpus_collection: str) -> None:
    files = sorted((corpus_dir / corpus_collection).rglob("*.txt"))
    assert files, f"no .txt files in {corpus_collection}"
    problems: list[str] = []
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
    assert not problems, f"{len(problems)} of {len(files)} files:\n" + "\n".join(problems[:20])
