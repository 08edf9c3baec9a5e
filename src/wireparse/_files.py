"""Parsing files: one at a time, or many in a pool of processes.

:func:`parse_files` keeps results in input order and never lets one bad file
stop a batch: each result says whether its file parsed, and why not.  With
``jobs`` above one it farms batches of paths out to worker processes, keeping
only a bounded number of batches in flight, so results stream back while later
files are still being read.  The calling process parses too, whenever the
oldest batch is not back yet: its own results need no pickling.
"""

from __future__ import annotations

import concurrent.futures
import itertools
import os
import pickle
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from wireparse._api import PausedCollector, parse
from wireparse._errors import ParseError, check_count
from wireparse._styles import styles

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from wireparse._records import Article
    from wireparse._styles._base import Style

__all__ = ["FileResult", "parse_file", "parse_files"]

_BATCH = 32
"""Paths per task: enough to amortise a task's overhead, small enough to stream."""
_QUEUED = 4
"""Batches kept queued for each worker, so that none waits while this process parses."""


def _path_text(path: str | os.PathLike[str]) -> str:
    return os.fspath(path)


@attrs.frozen
class FileResult:
    r"""What became of one file in :func:`parse_files`.

    Exactly one of :attr:`article` and :attr:`error` is set.

    >>> import pathlib, shutil, tempfile
    >>> from wireparse import parse_files
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "story.txt").write_text("Rain ends drought\n\nRain fell.\n")
    >>> _ = (folder / "empty.txt").write_text("")
    >>> good, bad = parse_files([folder / "story.txt", folder / "empty.txt"], strict=True)
    >>> good.ok, good.article.headline, good.error
    (True, 'Rain ends drought', None)
    >>> bad.ok, bad.article, bad.error
    (False, None, '1:1: empty-input: the input holds no text')
    >>> shutil.rmtree(folder)
    """

    path: str = attrs.field(converter=_path_text)
    """The path as given."""
    article: Article | None = None
    """The parsed article, if the file could be read (and, in strict mode, parsed)."""
    error: str | None = None
    """Why the file gave no article, such as a read error
    (``cannot read 'x.txt': No such file or directory``) or, in strict mode,
    a :class:`~wireparse.ParseError` written as ``line:col: code: message``."""

    @property
    def ok(self) -> bool:
        """Whether the file gave an article."""
        return self.article is not None


def parse_file(
    path: str | os.PathLike[str], *, strict: bool = False, style: str | Style | None = None
) -> Article:
    r"""Read the file at *path* as bytes and parse it.

    The bytes are decoded as :func:`wireparse.parse` decodes bytes; *strict*
    and *style* mean what they mean there.

    Raises:
        OSError: the file cannot be read.
        ParseError: with ``strict=True``, when an error-level defect was found.

    >>> import pathlib, shutil, tempfile
    >>> from wireparse import parse_file
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> path = folder / "story.txt"
    >>> _ = path.write_bytes("Café reopens\r\n\r\nSEOUL -- It opened.\r\n".encode())
    >>> article = parse_file(path)
    >>> article.headline, article.dateline.location, article.text
    ('Café reopens', 'SEOUL', 'It opened.')
    >>> shutil.rmtree(folder)
    """
    data = Path(path).read_bytes()
    return parse(data, strict=strict, style=style)


def cannot_read(path: str | os.PathLike[str], err: OSError) -> FileResult:
    """The result for a file (or directory, or standard input) that could not be read."""
    return FileResult(path, error=f"cannot read {os.fspath(path)!r}: {err.strerror or err}")


def _one(path: str | os.PathLike[str], strict: bool, style: str | Style | None) -> FileResult:
    try:
        return FileResult(path, parse_file(path, strict=strict, style=style))
    except OSError as err:
        return cannot_read(path, err)
    except ParseError as err:
        return FileResult(path, error=str(err))


def _batch(paths: list[str], strict: bool, style: str | Style | None) -> bytes:
    """Parse *paths* in a worker; the results come back pickled, to be loaded by :func:`_load`."""
    results = [_one(path, strict, style) for path in paths]
    return pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)


def _load(data: bytes) -> list[FileResult]:
    """Unpickle a worker's batch with the cyclic garbage collector paused.

    A batch is thousands of small acyclic records; every few hundred of them
    the collector would walk all the objects the caller already holds, which
    made loading three times slower than the pickle itself.
    """
    with PausedCollector():
        results: list[FileResult] = pickle.loads(data)  # noqa: S301 - our own workers' output
    return results


def parse_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    strict: bool = False,
    style: str | Style | None = None,
) -> Iterator[FileResult]:
    r"""Parse many files, in input order, one :class:`FileResult` each.

    Args:
        paths: the files to read.
        jobs: how many processes parse: this one and ``jobs - 1`` workers;
            1 parses here alone.
        strict: parse strictly; a file whose article has an error-level
            defect is then reported with that error instead of an article.
        style: the house style for every file, by name or as a
            :class:`~wireparse.Style`; detected for each file when ``None``.

    Yields:
        One result per path, in the order given, as soon as it is ready.

    Raises:
        ValueError: *jobs* is less than 1, or *style* names no registered style.

    With ``jobs`` above one, call it under ``if __name__ == "__main__":`` on
    platforms that start workers by spawning.

    >>> import pathlib, tempfile
    >>> from wireparse import parse_files
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Talks resume\n\nSEOUL -- They met.\n")
    >>> [(r.ok, r.article.headline) for r in parse_files([folder / "a.txt"])]
    [(True, 'Talks resume')]
    >>> [r.error for r in parse_files([folder / "missing.txt"])]  # doctest: +ELLIPSIS
    ["cannot read '.../missing.txt': No such file or directory"]
    """
    check_count("jobs", jobs)
    if style is not None:
        styles.get_style(style, "")  # a wrong name fails here, not once per file
    if jobs == 1:
        return (_one(path, strict, style) for path in paths)
    return _pooled(paths, jobs, strict, style)


def _pooled(
    paths: Iterable[str | os.PathLike[str]],
    jobs: int,
    strict: bool,
    style: str | Style | None,
) -> Iterator[FileResult]:
    """Parse in *jobs* processes: ``jobs - 1`` workers and this one.

    Batches join one line in input order, each either sent to a worker or,
    whenever the oldest batch sent is not back yet, parsed here at once.
    Results leave the line from its front, so they keep their order; the
    line's length is bounded, so memory is too.  A batch parsed here costs no
    pickling, which is why this process takes a share instead of waiting.
    """
    batches = _batches(paths)
    queued = (jobs - 1) * _QUEUED
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs - 1) as pool:
        line: deque[concurrent.futures.Future[bytes] | list[FileResult]] = deque(
            pool.submit(_batch, batch, strict, style) for batch in itertools.islice(batches, queued)
        )
        while line:
            head = line.popleft()
            if isinstance(head, list):
                yield from head
                continue
            while not head.done() and len(line) < queued * 4:
                batch = next(batches, None)
                if batch is None:
                    break
                line.append([_one(path, strict, style) for path in batch])
            done = _load(head.result())
            following = next(batches, None)
            if following is not None:
                line.append(pool.submit(_batch, following, strict, style))
            yield from done


def _batches(paths: Iterable[str | os.PathLike[str]]) -> Iterator[list[str]]:
    iterator = iter(paths)
    while batch := [os.fspath(p) for p in itertools.islice(iterator, _BATCH)]:
        yield batch
