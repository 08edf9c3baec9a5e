"""The ``wireparse`` command: parse article files, or whole corpora, and print what was found.

::

    wireparse [--format FORMAT] [--glob PATTERN] [--jobs N] [--style NAME] [--strict]
              [--quiet] PATH...

Inputs
    Each PATH is a file, a directory or ``-``.  A directory is walked
    recursively in sorted order (by name, at every level), taking the files
    whose *name* matches ``--glob`` (default ``*.txt``; repeat the option for
    several patterns); symbolic links to directories inside it are not
    followed.  Files named on the command line are taken whatever their name.
    ``-`` reads standard input once (a second ``-`` parses the same text
    again).  A path that cannot be read is reported on standard error, counted
    as failed, and skipped: the run goes on.

Output formats (``--format``; output is UTF-8 whatever the locale)
    ``text``
        A readable summary of each article; with several inputs each summary
        starts with a ``==> PATH <==`` header and summaries are separated by a
        blank line.
    ``json``
        For a single input (one file, or ``-``), one JSON object.  For several
        inputs, or any directory, a JSON array written as it goes, one
        object per line, so that it streams.  Each object is the article's
        fields with a ``path`` key first.  ``--json`` is short for
        ``--format json``.
    ``jsonl``
        JSON Lines: the same objects, one compact object per line.
    ``ninjs``
        One IPTC ninjs object per line (``--ninjs-version``, 3.1 by default, or
        2.2); a single input thus gives a single JSON document.  ninjs has no
        place for the path: objects come in input order, and files that failed
        are named on standard error.
    ``nitf``
        One NITF XML document per article; documents are separated by a blank
        line (each starts with its own XML declaration).

Other behaviour
    ``--jobs N`` parses in N processes (this one and N - 1 workers); output
    keeps the input order and streams: each result is printed as soon as it and
    those before it are ready.
    With ``--strict`` a file whose article has an error-level defect counts as
    failed and is reported instead of printed.  When standard error is a
    terminal and there are several inputs, a progress bar is drawn there; and
    every run over several inputs ends with a summary line on standard error,
    ``wireparse: 12 files, 11 articles, 3 defects, 1 failed in 0.4 s``.
    ``--quiet`` turns off both.  A closed output pipe (``| head``) ends the run
    quietly.

Exit status
    0 when every input was read (and, with ``--strict``, parsed without
    error-level defects); 1 when any failed, or the output pipe closed; 2 for
    usage errors.
"""

from __future__ import annotations

import argparse
import enum
import errno
import fnmatch
import itertools
import json
import os
import sys
import textwrap
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from wireparse import __version__
from wireparse._api import parse
from wireparse._errors import ParseError
from wireparse._files import FileResult, cannot_read, parse_files
from wireparse._records import Severity
from wireparse._styles import styles
from wireparse._text import line_column

if TYPE_CHECKING:
    from collections.abc import Callable, Generator, Iterable, Iterator, Sequence

    from wireparse._records import Article, Envelope

__all__ = ["main"]

EXIT_OK = 0
"""Every input was read and parsed."""
EXIT_FAILED = 1
"""At least one input could not be read or failed strict parsing (or the output pipe closed)."""
EXIT_USAGE = 2
"""A usage error."""
EXIT_INTERRUPTED = 130
"""The run was interrupted (Ctrl-C)."""

_PROG = "wireparse"
_STDIN = "-"
_FORMATS = ("text", "json", "jsonl", "ninjs", "nitf")
_NINJS_VERSIONS = ("3.1", "2.2")
_DEFAULT_NINJS_VERSION = "3.1"
_DEFAULT_GLOB = "*.txt"
_WIDTH = 78
_LABEL_WIDTH = 13
_NONE = "(none)"
# Line breaks that json.dumps(ensure_ascii=False) leaves raw but that
# str.splitlines() and some JSON Lines readers split on.
_JSON_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})
_REDRAW_SECONDS = 0.1
"""The progress bar is redrawn at most this often."""

_clock: Callable[[], float] = time.monotonic
"""The clock for timings and the progress bar (tests replace it)."""


def _jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        msg = f"not a whole number: {text!r}"
        raise argparse.ArgumentTypeError(msg) from None
    if jobs < 0:
        msg = f"must be 0 (one per CPU) or more (got {jobs})"
        raise argparse.ArgumentTypeError(msg)
    return jobs or os.cpu_count() or 1


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Parse raw wire-service news articles and print what was found.",
        epilog="Directories are walked recursively in sorted order. Formats: text "
        "(readable summaries), json (one object, or an array for several inputs), "
        "jsonl (one object per line, with a 'path' key), ninjs (one ninjs object per "
        "line), nitf (XML documents separated by a blank line). Exit status: 0 on "
        "success, 1 when any input could not be read or failed strict parsing, "
        "2 for usage errors.",
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="an article file, a directory to walk, or '-' for standard input",
    )
    chosen = parser.add_mutually_exclusive_group()
    chosen.add_argument(
        "-f",
        "--format",
        choices=_FORMATS,
        default="text",
        help="the output format (default: text)",
    )
    chosen.add_argument(
        "--json",
        dest="format",
        action="store_const",
        const="json",
        help="the same as --format json",
    )
    parser.add_argument(
        "--ninjs-version",
        choices=_NINJS_VERSIONS,
        default=None,
        help=f"the ninjs version for --format ninjs (default: {_DEFAULT_NINJS_VERSION})",
    )
    parser.add_argument(
        "--glob",
        action="append",
        metavar="PATTERN",
        help=f"take the files in directories whose name matches PATTERN "
        f"(default: {_DEFAULT_GLOB}); may be repeated",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="parse in N processes, keeping the input order (default: 1; 0: one per CPU)",
    )
    parser.add_argument(
        "--style",
        choices=list(styles),
        metavar="NAME",
        help=f"read every input in this house style instead of detecting one ({', '.join(styles)})",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="count a file whose article has an error-level defect as failed",
    )
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar and no closing summary on standard error",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    r"""Run the ``wireparse`` command.

    Args:
        argv: the arguments, without the program name; ``sys.argv[1:]`` when
            ``None``.

    Returns:
        The exit status: 0 on success, 1 when some input could not be read or
        failed strict parsing (or standard output was closed early), 2 for a
        usage error, 130 when interrupted.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = path.write_text("Talks resume\n\nSEOUL -- They met.\n")
    >>> main(["--format", "jsonl", str(path)])  # doctest: +ELLIPSIS
    {"path": "...a.txt", "wireparse": 1, "style": "plain", "headline": "Talks resume", ...}
    0
    """
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # usage errors, --help and --version
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.ninjs_version is not None and args.format != "ninjs":
        try:
            parser.error("argument --ninjs-version: needs --format ninjs")
        except SystemExit as exc:
            return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    run = _Run(
        paths=args.paths,
        output_format=args.format,
        ninjs_version=args.ninjs_version or _DEFAULT_NINJS_VERSION,
        globs=args.glob or [_DEFAULT_GLOB],
        jobs=args.jobs,
        strict=args.strict,
        quiet=args.quiet,
        style=args.style,
    )
    try:
        return run.go()
    except BrokenPipeError:
        _drop_stdout()
        return EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


# --------------------------------------------------------------------------
# Inputs: paths expanded lazily, standard input read once.


class _Kind(enum.Enum):
    PATH = "path"
    STDIN = "stdin"
    FAILED = "failed"


_Item = str | FileResult
"""A path to parse (or ``-``), or an input already known to have failed."""


def _kind(item: _Item) -> _Kind:
    if isinstance(item, FileResult):
        return _Kind.FAILED
    return _Kind.STDIN if item == _STDIN else _Kind.PATH


def _walk(top: str, globs: Sequence[str]) -> Iterator[_Item]:
    """The matching files under *top*, lazily, in sorted order; unreadable directories fail."""
    try:
        with os.scandir(top) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as err:
        yield cannot_read(top, err)
        return
    for entry in entries:
        path = os.path.join(top, entry.name)  # noqa: PTH118 - keeps the path as given
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(path, globs)
                continue
            wanted = entry.is_file()
        except OSError:  # vanished or unreadable entry: leave it out, like find(1)
            continue
        if wanted and any(fnmatch.fnmatchcase(entry.name, glob) for glob in globs):
            yield path


class _Inputs:
    """The inputs named on the command line, expanded lazily; counts them as they go."""

    def __init__(self, paths: Sequence[str], globs: Sequence[str]) -> None:
        self._roots = [(path, path != _STDIN and Path(path).is_dir()) for path in paths]
        self._globs = globs
        self.count = 0
        """How many inputs have been yielded so far."""
        self.total: int | None = None if self.has_directories else len(paths)
        """How many inputs there are, once known."""

    @property
    def many(self) -> bool:
        """Whether there may be more than one input (a directory counts as many)."""
        return len(self._roots) > 1 or self.has_directories

    @property
    def has_directories(self) -> bool:
        """Whether a directory was named."""
        return any(is_dir for _path, is_dir in self._roots)

    def __iter__(self) -> Iterator[_Item]:
        """Each input in turn; sets :attr:`total` at the end."""
        for path, is_dir in self._roots:
            for item in _walk(path, self._globs) if is_dir else (path,):
                self.count += 1
                yield item
        self.total = self.count


class _Stdin:
    """Standard input, read and parsed the first time it is asked for."""

    def __init__(self, style: str | None) -> None:
        self._result: FileResult | None = None
        self._style = style

    def result(self) -> FileResult:
        if self._result is None:
            try:
                self._result = FileResult(_STDIN, parse(_read_stdin(), style=self._style))
            except OSError as err:
                self._result = cannot_read(_STDIN, err)
        return self._result


def _read_stdin() -> bytes:
    stdin = getattr(sys.stdin, "buffer", None)
    if stdin is None:
        raise OSError(errno.EBADF, "standard input is not available")
    data: bytes = stdin.read()
    return data


def _results(items: Iterable[_Item], jobs: int, style: str | None) -> Generator[FileResult]:
    """A result per input, in order; runs of paths go through :func:`parse_files`."""
    stdin = _Stdin(style)
    for kind, group in itertools.groupby(items, key=_kind):
        if kind is _Kind.PATH:
            paths = (item for item in group if isinstance(item, str))
            yield from parse_files(paths, jobs=jobs, style=style)
        elif kind is _Kind.STDIN:
            for _dash in group:
                yield stdin.result()
        else:
            yield from (item for item in group if isinstance(item, FileResult))


# --------------------------------------------------------------------------
# The run.


class _Run:
    def __init__(
        self,
        *,
        paths: Sequence[str],
        output_format: str,
        ninjs_version: str,
        globs: Sequence[str],
        jobs: int,
        strict: bool,
        quiet: bool,
        style: str | None = None,
    ) -> None:
        self.inputs = _Inputs(paths, globs)
        self.style = style
        many = self.inputs.many
        self.output = _output(output_format, many=many, ninjs_version=ninjs_version)
        self.jobs = jobs if many else 1
        self.strict = strict
        self.summarize = many and not quiet
        show_progress = many and not quiet and _isatty(sys.stderr)
        self.progress = _Progress(sys.stderr) if show_progress else None
        self.shared_terminal = show_progress and _isatty(sys.stdout)
        """Whether output goes to a terminal too (most likely the same one)."""
        self.files = self.articles = self.defects = self.failed = 0

    def go(self) -> int:
        started = _clock()
        results = _results(self.inputs, self.jobs, self.style)
        try:
            for result in results:
                self._take(result)
                if self.progress is not None:
                    self.progress.update(self.files, self.inputs.total, _clock() - started)
            self.output.finish()
        finally:
            results.close()  # stops the worker processes early after a broken pipe
            if self.progress is not None:
                self.progress.clear()
        if self.summarize:
            _complain(self._summary(_clock() - started))
        return EXIT_FAILED if self.failed else EXIT_OK

    def _take(self, result: FileResult) -> None:
        self.files += 1
        article = result.article
        if article is None:
            self._fail(result.error or "failed")
            return
        if self.strict:
            for defect in article.defects:
                if defect.severity is Severity.ERROR:
                    self._fail(f"{result.path}:{ParseError.from_defect(defect, article.source)}")
                    return
        if self.progress is not None and self.shared_terminal:
            self.progress.clear()
        self.output.write(result.path, article)
        self.articles += 1
        self.defects += len(article.defects)

    def _fail(self, message: str) -> None:
        self.failed += 1
        if self.progress is not None:
            self.progress.clear()
        _complain(message)

    def _summary(self, seconds: float) -> str:
        return (
            f"{_count(self.files, 'file')}, {_count(self.articles, 'article')}, "
            f"{_count(self.defects, 'defect')}, {self.failed} failed in {seconds:.1f} s"
        )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _isatty(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if callable(isatty) else False
    except (OSError, ValueError):  # closed or detached
        return False


class _Progress:
    """A one-line progress display on a terminal, redrawn at most ten times a second."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._drawn_at: float | None = None
        self._shown = False

    def update(self, done: int, total: int | None, elapsed: float) -> None:
        if self._drawn_at is not None and elapsed - self._drawn_at < _REDRAW_SECONDS:
            return
        self._drawn_at = elapsed
        self._stream.write(
            "\r" + _progress_line(done, total, elapsed, _terminal_width(self._stream))
        )
        self._stream.write("\x1b[K")  # clear what is left of an earlier, longer line
        self._stream.flush()
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            self._stream.write("\r\x1b[K")
            self._stream.flush()
            self._shown = False


def _terminal_width(stream: TextIO) -> int:
    try:
        return os.get_terminal_size(stream.fileno()).columns or 80
    except (OSError, ValueError, AttributeError):
        return 80


def _duration(seconds: float) -> str:
    minutes, second = divmod(round(seconds), 60)
    hours, minute = divmod(minutes, 60)
    return f"{hours}:{minute:02d}:{second:02d}" if hours else f"{minute}:{second:02d}"


def _progress_line(done: int, total: int | None, elapsed: float, width: int) -> str:
    """``1234/13650 [####------] 9% 512 files/s 0:24 left``, or without a total ``1234 files ...``.

    >>> _progress_line(50, 200, 10.0, 60)
    ' 50/200 [######----------------]  25%  5 files/s  0:30 left'
    >>> _progress_line(50, None, 10.0, 60)
    '50 files  5 files/s  0:10'
    """
    rate = done / elapsed if elapsed > 0 else 0.0
    speed = f"{rate:.0f} files/s"
    if total is None or total < done:
        return f"{_count(done, 'file')}  {speed}  {_duration(elapsed)}"[: width - 1]
    left = _duration((total - done) / rate) if rate > 0 else "?"
    share = done / total if total else 1.0
    count = f"{done:>{len(str(total))}}/{total}"
    tail = f" {share:4.0%}  {speed}  {left} left"
    room = min(40, width - 1 - len(count) - len(tail) - 3)
    if room < 5:  # noqa: PLR2004 - a bar narrower than this says nothing
        return f"{count}{tail}"[: width - 1]
    filled = round(room * share)
    return f"{count} [{'#' * filled}{'-' * (room - filled)}]{tail}"


# --------------------------------------------------------------------------
# Writing.


def _complain(message: str) -> None:
    sys.stderr.write(f"{_PROG}: {message}\n")
    sys.stderr.flush()


def _write(text: str) -> None:
    """Write *text* to standard output as UTF-8, whatever the locale says, and flush."""
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


def _dumps(value: object) -> str:
    """Compact JSON on one line, even for text holding U+2028 and friends."""
    text = json.dumps(value, ensure_ascii=False)
    if "\x85" in text or "\u2028" in text or "\u2029" in text:  # rare: skip the slow translate
        return text.translate(_JSON_LINE_BREAKS)
    return text


# --------------------------------------------------------------------------
# Output formats.  The converters for the other formats are imported when the
# format is chosen.


class _Output:
    """Writes the articles of a run in one format; :meth:`finish` closes the output."""

    def __init__(self, *, many: bool) -> None:
        self.many = many
        self.written = 0

    def write(self, path: str, article: Article) -> None:
        _write(self.render(path, article))
        self.written += 1

    def render(self, path: str, article: Article) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def finish(self) -> None:
        """Write what ends the output, if anything."""


class _TextOutput(_Output):
    def render(self, path: str, article: Article) -> str:
        if not self.many:
            return _summary(article)
        separator = "\n" if self.written else ""
        return f"{separator}==> {path} <==\n{_summary(article)}"


def _record_maker() -> Callable[[str, Article], dict[str, Any]]:
    from wireparse._json import to_dict  # noqa: PLC0415 - loaded when chosen

    def record(path: str, article: Article) -> dict[str, Any]:
        return {"path": path, **to_dict(article)}

    return record


class _JsonOutput(_Output):
    def __init__(self, *, many: bool) -> None:
        super().__init__(many=many)
        self._record = _record_maker()

    def render(self, path: str, article: Article) -> str:
        line = _dumps(self._record(path, article))
        if not self.many:
            return line + "\n"
        return ("," if self.written else "[") + "\n" + line

    def finish(self) -> None:
        if self.many:
            _write("\n]\n" if self.written else "[]\n")


class _JsonLinesOutput(_Output):
    def __init__(self, *, many: bool) -> None:
        super().__init__(many=many)
        self._record = _record_maker()

    def render(self, path: str, article: Article) -> str:
        return _dumps(self._record(path, article)) + "\n"


class _NinjsOutput(_Output):
    def __init__(self, *, many: bool, version: str) -> None:
        super().__init__(many=many)
        from wireparse._ninjs import to_ninjs  # noqa: PLC0415 - loaded when chosen

        self._to_ninjs = to_ninjs
        self._version = version

    def render(self, path: str, article: Article) -> str:  # noqa: ARG002 - ninjs has no path
        return _dumps(self._to_ninjs(article, version=self._version)) + "\n"


class _NitfOutput(_Output):
    def __init__(self, *, many: bool) -> None:
        super().__init__(many=many)
        from wireparse._nitf import to_nitf  # noqa: PLC0415 - loaded when chosen

        self._to_nitf = to_nitf

    def render(self, path: str, article: Article) -> str:  # noqa: ARG002 - NITF has no path
        document = self._to_nitf(article)
        if not document.endswith("\n"):
            document += "\n"
        return ("\n" if self.written else "") + document


def _output(name: str, *, many: bool, ninjs_version: str) -> _Output:
    if name == "json":
        return _JsonOutput(many=many)
    if name == "jsonl":
        return _JsonLinesOutput(many=many)
    if name == "ninjs":
        return _NinjsOutput(many=many, version=ninjs_version)
    if name == "nitf":
        return _NitfOutput(many=many)
    return _TextOutput(many=many)


# --------------------------------------------------------------------------
# The readable summary.


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
