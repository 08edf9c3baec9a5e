"""parse_file and parse_files: order, per-file failures, the process pool."""

from __future__ import annotations

import concurrent.futures
import os
import pickle
import time
from typing import TYPE_CHECKING

import pytest

import wireparse
from wireparse import FileResult, _files, parse_file, parse_files, styles

if TYPE_CHECKING:
    from pathlib import Path

ARTICLE = "Talks resume {n}\n\nSEOUL, Aug. 8 (Yonhap) -- They met for round {n}.\n"


def write_articles(folder: Path, count: int) -> list[Path]:
    paths = []
    for number in range(count):
        path = folder / f"{number:03d}.txt"
        path.write_text(ARTICLE.format(n=number), encoding="utf-8")
        paths.append(path)
    return paths


def test_parse_file_reads_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Caf\u00e9 talks\n\nSEOUL -- They met.\n".encode("cp1252"))
    article = parse_file(path)
    assert article.headline == "Caf\u00e9 talks"
    assert any(d.code == "legacy-encoding" for d in article.defects)
    assert parse_file(str(path)) == article


def test_parse_file_raises_oserror_for_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        parse_file(tmp_path / "missing.txt")


def test_parse_file_strict_raises_parse_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(wireparse.ParseError):
        parse_file(path, strict=True)


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_keep_input_order(tmp_path: Path, jobs: int) -> None:
    paths = write_articles(tmp_path, 75)
    results = list(parse_files(paths, jobs=jobs))
    assert [r.path for r in results] == [str(p) for p in paths]
    assert all(r.ok for r in results)
    headlines = [r.article.headline for r in results if r.article is not None]
    assert headlines == [f"Talks resume {n}" for n in range(75)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failure_is_reported_for_its_file_only(tmp_path: Path, jobs: int) -> None:
    paths = write_articles(tmp_path, 5)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    order = [paths[0], tmp_path / "missing.txt", paths[1], empty, paths[2]]
    results = list(parse_files(order, jobs=jobs, strict=True))
    assert [r.ok for r in results] == [True, False, True, False, True]
    missing, failed = results[1], results[3]
    assert missing.article is None
    assert missing.error is not None
    assert missing.error.startswith("cannot read '")
    assert missing.error.endswith("missing.txt': No such file or directory")
    assert failed.error is not None
    assert failed.error.startswith("1:1: empty-input: ")


def test_parallel_results_equal_serial_ones(tmp_path: Path) -> None:
    paths = write_articles(tmp_path, 40)
    assert list(parse_files(paths, jobs=2)) == list(parse_files(paths, jobs=1))


@pytest.mark.parametrize("jobs", [2, 3])
def test_many_small_batches_keep_their_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    # Two paths a batch: far more batches than are ever queued, so batches
    # parsed here and in the workers interleave in the line of results.
    monkeypatch.setattr(_files, "_BATCH", 2)
    paths = write_articles(tmp_path, 120)
    results = list(parse_files(paths, jobs=jobs))
    assert [r.path for r in results] == [str(p) for p in paths]
    assert results == list(parse_files(paths, jobs=1))


def test_jobs_counts_the_calling_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pools: list[int | None] = []
    here: list[str] = []
    caller = os.getpid()

    class Pool(concurrent.futures.ProcessPoolExecutor):
        def __init__(self, max_workers: int | None = None) -> None:
            pools.append(max_workers)
            super().__init__(max_workers)

    def one(path: str, strict: bool, style: object) -> FileResult:
        if os.getpid() != caller:  # a forked worker: slow, so that this process takes a share
            time.sleep(0.01)
            return FileResult(path, error="parsed in a worker")
        here.append(path)
        return FileResult(path, error="parsed here")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Pool)
    monkeypatch.setattr(_files, "_one", one)
    monkeypatch.setattr(_files, "_BATCH", 2)  # more batches than the workers keep queued
    paths = write_articles(tmp_path, 200)
    results = list(parse_files(paths, jobs=3))
    assert pools == [2]
    assert here
    assert {r.path for r in results if r.error == "parsed here"} == set(here)
    assert len(here) < len(paths)
    assert [r.path for r in results] == [str(p) for p in paths]


def test_results_are_lazy(tmp_path: Path) -> None:
    paths = write_articles(tmp_path, 3)
    seen: list[Path] = []

    def watched() -> object:
        for path in paths:
            seen.append(path)
            yield path

    results = parse_files(watched())  # type: ignore[arg-type]
    first = next(iter(results))
    assert first.ok
    assert len(seen) == 1


def test_file_results_pickle(tmp_path: Path) -> None:
    (result,) = parse_files(write_articles(tmp_path, 1))
    assert pickle.loads(pickle.dumps(result)) == result
    assert FileResult("x", error="boom").ok is False


@pytest.mark.parametrize("jobs", [0, -1])
def test_jobs_must_be_positive(jobs: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        parse_files([], jobs=jobs)


def test_jobs_must_be_an_int() -> None:
    with pytest.raises(TypeError, match="'jobs' must be an int"):
        parse_files([], jobs="2")  # type: ignore[arg-type]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_style_can_be_forced_for_every_file(tmp_path: Path, jobs: int) -> None:
    paths = []
    for number in range(3):
        path = tmp_path / f"{number}.txt"
        path.write_text(f"Talks {number}\n\nSEOUL -- They met.\n")
        paths.append(path)
    detected = [r.article.style for r in parse_files(paths, jobs=jobs) if r.article]
    forced = [r.article.style for r in parse_files(paths, jobs=jobs, style="yonhap") if r.article]
    assert detected == ["plain"] * 3
    assert forced == ["yonhap"] * 3
    assert parse_file(paths[0], style=styles["reuters"]).style == "reuters"


def test_an_unknown_style_fails_at_the_call() -> None:
    with pytest.raises(ValueError, match="unknown style 'nope'"):
        parse_files(["never-read.txt"], style="nope")
