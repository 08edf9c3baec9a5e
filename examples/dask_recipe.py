"""Parse many article files with Dask and collect selected fields in a data frame.

This is the recipe that ``docs/scale.md`` shows, and the code that
``tests/test_dask.py`` runs on Dask's local process scheduler.  It needs
``pip install 'wireparse[dask]'``.  Run it on a folder of ``.txt`` articles::

    python examples/dask_recipe.py ARTICLES_DIR [--parquet OUT_DIR] [--workers N]

Import it, or copy its functions into a module of your own: with the
``processes`` scheduler or a distributed cluster, the functions that Dask
sends to the workers must be importable there (or defined in ``__main__``).
"""

# The examples folder is not a package: its scripts run and import as they are.
# ruff: noqa: INP001

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

import dask.bag as db
import pandas as pd  # type: ignore[import-untyped]

import wireparse

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    import dask.dataframe as dd

__all__ = [
    "META",
    "Row",
    "article_bag",
    "article_frame",
    "article_row",
    "error_row",
    "file_row",
    "main",
]


class Row(TypedDict):
    """The fields picked from one file: one row of the data frame."""

    path: str
    headline: str | None
    authors: str | None
    published: str | None
    location: str | None
    paragraphs: int | None
    defects: str | None
    error: str | None


META = pd.DataFrame(
    {
        "path": pd.Series(dtype="string"),
        "headline": pd.Series(dtype="string"),
        "authors": pd.Series(dtype="string"),
        "published": pd.Series(dtype="string"),
        "location": pd.Series(dtype="string"),
        "paragraphs": pd.Series(dtype="Int64"),
        "defects": pd.Series(dtype="string"),
        "error": pd.Series(dtype="string"),
    }
)
"""The data frame's columns and types, for ``to_dataframe(meta=...)``.

Text columns are pandas' nullable ``string`` type and the paragraph count is
the nullable ``Int64``: a field the article lacks, and every field of a file
that could not be read, is missing (``<NA>``) rather than an empty string.
"""


def article_bag(
    paths: Iterable[str | os.PathLike[str]], *, npartitions: int | None = None
) -> db.Bag:
    """A bag of parsed articles, one per path, in the order given.

    A file that cannot be read fails the whole computation with its
    :class:`OSError`; use :func:`article_frame` to get an error row instead.
    """
    names = [os.fspath(path) for path in paths]
    paths_bag = db.from_sequence(names, npartitions=npartitions)  # type: ignore[no-untyped-call]
    articles: db.Bag = paths_bag.map(wireparse.parse_file)
    return articles


def article_row(article: wireparse.Article, path: str | os.PathLike[str]) -> Row:
    """The fields of *article*, read from the file at *path*, as one row."""
    byline, dateline = article.byline, article.dateline
    return Row(
        path=os.fspath(path),
        headline=article.headline,
        authors="; ".join(byline.authors) if byline is not None else None,
        published=article.published.isoformat() if article.published is not None else None,
        location=dateline.location if dateline is not None else None,
        paragraphs=len(article.paragraphs),
        defects=",".join(defect.code for defect in article.defects),
        error=None,
    )


def error_row(path: str | os.PathLike[str], error: str) -> Row:
    """The row of a file that gave no article: only its path and the reason."""
    return Row(
        path=os.fspath(path),
        headline=None,
        authors=None,
        published=None,
        location=None,
        paragraphs=None,
        defects=None,
        error=error,
    )


def file_row(path: str | os.PathLike[str], *, strict: bool = False) -> Row:
    """Parse the file at *path* into a row; a failure becomes an error row instead of raising.

    A lenient parse never raises on content, so only a file that cannot be
    read fails; with ``strict=True`` an article with an error-level defect
    fails too, with the :class:`wireparse.ParseError` as its error.
    """
    try:
        article = wireparse.parse_file(path, strict=strict)
    except OSError as err:
        return error_row(path, f"cannot read {os.fspath(path)!r}: {err.strerror or err}")
    except wireparse.ParseError as err:
        return error_row(path, str(err))
    return article_row(article, path)


def article_frame(
    paths: Iterable[str | os.PathLike[str]],
    *,
    npartitions: int | None = None,
    strict: bool = False,
) -> dd.DataFrame:
    """A lazy Dask data frame with one :class:`Row` per path, in the order given."""
    names = [os.fspath(path) for path in paths]
    paths_bag = db.from_sequence(names, npartitions=npartitions)  # type: ignore[no-untyped-call]
    rows = paths_bag.map(file_row, strict=strict)
    frame: dd.DataFrame = rows.to_dataframe(meta=META)
    return frame


def main(argv: Sequence[str] | None = None) -> int:
    """Parse every ``.txt`` file under a folder; print a summary or write Parquet."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("folder", type=Path, help="the folder of articles (searched recursively)")
    parser.add_argument("--parquet", type=Path, help="write the rows to this Parquet folder")
    parser.add_argument("--workers", type=int, default=os.cpu_count(), help="worker processes")
    args = parser.parse_args(argv)
    paths = sorted(args.folder.rglob("*.txt"))
    frame = article_frame(paths, npartitions=max(1, len(paths) // 200))
    compute = {"scheduler": "processes", "num_workers": args.workers}
    if args.parquet is not None:
        frame.to_parquet(args.parquet, write_index=False, compute_kwargs=compute)  # type: ignore[no-untyped-call]
        sys.stdout.write(f"{len(paths)} files: rows written to {args.parquet}\n")
        return 0
    rows = frame.compute(**compute)  # type: ignore[no-untyped-call]
    failed = int(rows["error"].notna().sum())
    sys.stdout.write(f"{len(rows)} files, {failed} unreadable\n")
    sys.stdout.write(rows.head(10).to_string(index=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
