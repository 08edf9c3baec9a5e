"""A coverage-guided fuzz harness (atheris) over :func:`wireparse.parse` and ``split``.

Usage::

    pip install -e '.[fuzz]'
    python fuzz/fuzz_parse.py -max_total_time=60               # fuzz for a minute
    python fuzz/fuzz_parse.py -runs=0                          # replay the seeds only
    python fuzz/fuzz_parse.py crash-0123abcd                   # replay one input

Every other argument is passed to libFuzzer (``-help=1`` lists them).  With no
corpus directory on the command line, the harness reads the hand-written seeds
in ``fuzz/seeds/`` and writes the inputs it finds interesting to
``fuzz/corpus/`` (ignored by git); crashes and timeouts are written to
``fuzz/crashes/``.  The dictionary ``fuzz/wire.dict`` (the tokens of wire
copy and its packagings) and a per-input time limit of 10 seconds are the
defaults, so that an input that makes parsing quadratic shows up as a timeout.

Each input is used three ways:

* as bytes, parsed with the house style detected;
* as text (the bytes after the first, decoded as UTF-8 with lone surrogates
  for bad bytes), parsed in the registered style the first byte picks;
* as a stream, split into articles (bytes, and the text in a format the first
  byte picks).

and the harness checks what must hold for any input: no exception, segments
that partition the source, spans inside the source, and record texts free of
control characters and line breaks.  Every crash it finds becomes a
regression test in ``tests/test_regressions.py``.
"""

# ruff: noqa: INP001, S101

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["wireparse"]):
    import wireparse

HERE = Path(__file__).resolve().parent
STYLE_NAMES = sorted(wireparse.styles)
FORMATS = [None, *wireparse.StreamFormat]
BAD_IN_RECORD_TEXT = frozenset(
    [chr(c) for c in range(0x20)] + [chr(c) for c in range(0x7F, 0xA0)] + ["\u2028", "\u2029"]
)


def record_texts(article: wireparse.Article) -> list[str]:
    """Every text the article's records hold."""
    texts: list[str | None] = [article.headline]
    if article.byline is not None:
        texts += [article.byline.text, article.byline.affiliation, *article.byline.authors]
    if article.dateline is not None:
        dateline = article.dateline
        texts += [dateline.location, dateline.date, dateline.agency]
    texts += [p.text for p in article.paragraphs]
    for caption in article.captions:
        texts += [caption.text, caption.credit]
    texts += [c.text for c in article.credits]
    texts += [m.text for m in article.end_marks]
    return [text for text in texts if text is not None]


def element_spans(article: wireparse.Article) -> list[wireparse.Span]:
    """The spans of every record that points into the source."""
    spans = [s.span for s in article.segments] + [d.span for d in article.defects]
    if article.byline is not None:
        spans.append(article.byline.span)
    if article.dateline is not None:
        spans.append(article.dateline.span)
    for records in (article.paragraphs, article.captions, article.credits, article.end_marks):
        spans += [record.span for record in records]
    return spans


def check_article(article: wireparse.Article) -> None:
    """What must hold for any article parsed from any input."""
    source = article.source
    position = 0
    for segment in article.segments:
        assert segment.span.start == position, (segment, position)
        assert segment.span.end > position, segment
        position = segment.span.end
    assert position == len(source), (position, len(source))
    for span in element_spans(article):
        assert 0 <= span.start <= span.end <= len(source), span
    for text in record_texts(article):
        assert not BAD_IN_RECORD_TEXT.intersection(text), repr(text)
        assert text == text.strip(), repr(text)


def check_chunks(stream: str | bytes, chunks: list[wireparse.Chunk]) -> None:
    """Chunks are in order, do not overlap, and (for text) are the stream's slices."""
    end = 0
    for chunk in chunks:
        assert chunk.span.start >= end, (chunk.span, end)
        end = chunk.span.end
        if isinstance(stream, str):
            assert stream[chunk.span.start : chunk.span.end] == chunk.text, chunk.span


def test_one_input(data: bytes) -> None:
    """Parse and split *data* every way, checking each result."""
    check_article(wireparse.parse(data))
    if data:
        text = data[1:].decode("utf-8", errors="surrogateescape")
        style = STYLE_NAMES[data[0] % len(STYLE_NAMES)]
        article = wireparse.parse(text, style=style)
        assert article.source == text
        assert article.style == style
        check_article(article)
        check_chunks(data, list(wireparse.split(data)))
        stream_format = FORMATS[data[0] % len(FORMATS)]
        check_chunks(text, list(wireparse.split(text, format=stream_format, chunk_size=97)))


def main(argv: list[str]) -> None:
    """Run libFuzzer with the project's defaults added to *argv*."""
    args = list(argv)
    flags = [arg for arg in args[1:] if arg.startswith("-")]
    paths = [arg for arg in args[1:] if not arg.startswith("-")]
    if not any(flag.startswith("-timeout=") for flag in flags):
        args.append("-timeout=10")
    if not any(flag.startswith("-dict=") for flag in flags):
        args.append(f"-dict={HERE / 'wire.dict'}")
    if not any(flag.startswith("-artifact_prefix=") for flag in flags):
        (HERE / "crashes").mkdir(exist_ok=True)
        args.append(f"-artifact_prefix={HERE / 'crashes'}/")
    if not paths:
        (HERE / "corpus").mkdir(exist_ok=True)
        args += [str(HERE / "corpus"), str(HERE / "seeds")]
    atheris.Setup(args, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
