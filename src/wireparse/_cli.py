"""The ``wireparse`` command: parse article files and show what was found.

::

    wireparse [--json] [--strict] FILE...

``-`` reads standard input.  Output is UTF-8 whatever the locale.  The exit
status is 0 when every file was read and parsed, 1 when strict parsing failed
for a file, and 2 for usage errors and unreadable files; a failing file is
reported on standard error and the other files are still processed.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wireparse import __version__
from wireparse._api import parse
from wireparse._errors import ParseError
from wireparse._json import article_to_dict
from wireparse._text import line_column

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from wireparse._records import Article, Envelope

__all__ = ["main"]

EXIT_OK = 0
"""Every file was read and parsed."""
EXIT_PARSE_ERROR = 1
"""Strict parsing failed for at least one file (or the output pipe closed)."""
EXIT_USAGE = 2
"""A usage error, or a file could not be read."""

_PROG = "wireparse"
_STDIN = "-"
_WIDTH = 78
_LABEL_WIDTH = 13
_NONE = "(none)"
# Line breaks that json.dumps(ensure_ascii=False) leaves raw but that
# str.splitlines() and some JSON Lines readers split on.
_JSON_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Parse raw wire-service news articles and show what was found.",
        epilog="Exit status: 0 on success, 1 when strict parsing failed, "
        "2 for usage errors and unreadable files.",
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="an article file to parse; '-' reads standard input",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object per article, one per line (JSON Lines)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="fail on the first error-level defect instead of recording it",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``wireparse`` command.

    Args:
        argv: the arguments, without the program name; ``sys.argv[1:]`` when
            ``None``.

    Returns:
        The exit status: 0 on success, 1 when strict parsing failed for some
        file, 2 for a usage error or when some file could not be read.
    """
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # usage errors, --help and --version
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    files: list[str] = args.files
    try:
        return _run(files, as_json=args.json, strict=args.strict)
    except BrokenPipeError:
        _drop_stdout()
        return EXIT_PARSE_ERROR


def _run(files: Sequence[str], *, as_json: bool, strict: bool) -> int:
    status = EXIT_OK
    shown = 0
    for name in files:
        try:
            data = _read(name)
        except OSError as err:
            _complain(f"cannot read {name!r}: {err.strerror or err}")
            status = max(status, EXIT_USAGE)
            continue
        try:
            article = parse(data, strict=strict)
        except ParseError as err:
            _complain(f"{name}:{err}")
            status = max(status, EXIT_PARSE_ERROR)
            continue
        if as_json:
            _write(_json_line(name, article))
        else:
            header = f"==> {name} <==\n" if len(files) > 1 else ""
            _write(("\n" if shown else "") + header + _summary(article))
        shown += 1
    return status


def _read(name: str) -> bytes:
    if name != _STDIN:
        return Path(name).read_bytes()
    stdin = getattr(sys.stdin, "buffer", None)
    if stdin is None:
        raise OSError(errno.EBADF, "standard input is not available")
    data: bytes = stdin.read()
    return data


def _complain(message: str) -> None:
    sys.stderr.write(f"{_PROG}: {message}\n")
    sys.stderr.flush()


def _write(text: str) -> None:
    """Write *text* to standard output as UTF-8, whatever the locale says."""
    stream = sys.stdout
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a text-only stream, such as io.StringIO
        stream.write(text)
        stream.flush()
        return
    stream.flush()  # keep anything already written as text in order
    buffer.write(text.encode("utf-8", "backslashreplace"))
    buffer.flush()


def _drop_stdout() -> None:
    """Point stdout at the null device after a broken pipe.

    Python flushes stdout at exit; this keeps that flush from failing again.
    """
    try:
        fileno = sys.stdout.fileno()
    except (OSError, ValueError, AttributeError):  # not a real file (e.g. captured)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fileno)
    finally:
        os.close(devnull)


# --------------------------------------------------------------------------
# Output formats.


def _json_line(name: str, article: Article) -> str:
    record: dict[str, Any] = {"file": name, **article_to_dict(article)}
    line = json.dumps(record, ensure_ascii=False).translate(_JSON_LINE_BREAKS)
    return line + "\n"


def _summary(article: Article) -> str:
    return "".join(f"{line}\n" for line in _summary_lines(article))


def _field(label: str, value: object) -> str:
    return f"{label + ':':<{_LABEL_WIDTH}}{value}"


def _numbered(number: int, text: str) -> str:
    prefix = f"  {number}. "
    return (
        textwrap.fill(
            text,
            width=_WIDTH,
            initial_indent=prefix,
            subsequent_indent=" " * len(prefix),
            break_long_words=False,
            break_on_hyphens=False,
        )
        or prefix.rstrip()
    )


def _envelope_summary(envelope: Envelope) -> str:
    """``anpa1312, slug BC-Rivers-Flood, priority r, category a, 120 words``."""
    parts = [envelope.format]
    for label, value in (
        ("slug", envelope.slug),
        ("priority", envelope.priority),
        ("category", envelope.category),
    ):
        if value is not None:
            parts.append(f"{label} {value}")
    if envelope.word_count is not None:
        parts.append(f"{envelope.word_count} words")
    return ", ".join(parts)


def _summary_lines(article: Article) -> Iterator[str]:
    yield _field("Headline", article.headline or _NONE)
    byline = article.byline
    if byline is None:
        yield _field("Byline", _NONE)
    else:
        yield _field("Byline", byline.text)
        yield _field("Authors", "; ".join(byline.authors) or _NONE)
        if byline.affiliation is not None:
            yield _field("Affiliation", byline.affiliation)
    for label, moment in (("Published", article.published), ("Updated", article.updated)):
        yield _field(label, moment.isoformat() if moment is not None else _NONE)
    dateline = article.dateline
    if dateline is None:
        yield _field("Dateline", _NONE)
    else:
        parts = [dateline.location or _NONE]
        if dateline.date is not None:
            when = f" ({dateline.when.isoformat()})" if dateline.when is not None else ""
            parts.append(f"date {dateline.date}{when}")
        if dateline.agency is not None:
            parts.append(f"agency {dateline.agency}")
        yield _field("Dateline", ", ".join(parts))
    if article.envelope is not None:
        yield _field("Envelope", _envelope_summary(article.envelope))
    yield _field("Paragraphs", len(article.paragraphs))
    for number, paragraph in enumerate(article.paragraphs, 1):
        yield _numbered(number, paragraph.text)
    yield _field("Captions", len(article.captions))
    for number, caption in enumerate(article.captions, 1):
        yield _numbered(number, caption.text)
        if caption.credit is not None:
            yield f"{'':{len(str(number)) + 4}}credit: {caption.credit}"
    yield _field("Credits", len(article.credits))
    for credit_record in article.credits:
        yield f"  - {credit_record.text}"
    yield _field("End marks", len(article.end_marks))
    for mark in article.end_marks:
        yield f"  - {mark.text}"
    yield _field("Defects", len(article.defects))
    source = article.source
    for defect in article.defects:
        line, column = line_column(source, min(defect.span.start, len(source)))
        yield f"  {line}:{column}: {defect.severity.value}: {defect.code}: {defect.message}"
