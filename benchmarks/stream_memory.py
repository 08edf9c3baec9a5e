"""Peak memory and speed of :func:`wireparse.parse_stream` over a large generated stream.

Usage::

    python benchmarks/stream_memory.py                   # a 100 MB stream
    python benchmarks/stream_memory.py --megabytes 5     # the quick run for CI
    python benchmarks/stream_memory.py --format zczc --tracemalloc

The script writes a stream of invented articles in one framing (TIPSTER
``<DOC>`` elements by default) to a temporary file, a piece at a time, then
parses it with :func:`wireparse.parse_stream` and reports the articles, the
size, the time, the throughput and the peak memory: the process's peak
resident set size (``ru_maxrss``, interpreter included) and, with
``--tracemalloc``, the peak of memory allocated by Python while parsing
(tracing slows parsing down severalfold).  Every thousandth article is a long
one (about 100 KB), so the bound shown is "one article at a time", not "small
articles only".

It exits with status 1 when the peak exceeds ``--limit`` megabytes (100 by
default) or when the number of articles parsed is not the number written.
This is a measurement, not a timed test: nothing fails on speed.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import TYPE_CHECKING

import wireparse

if TYPE_CHECKING:
    from collections.abc import Callable

MB = 1_000_000
LONG_EVERY = 1000
"""Every this many articles, one is long (:data:`LONG_PARAGRAPHS` paragraphs)."""
LONG_PARAGRAPHS = 700

# Invented copy: places, subjects and sentences to vary the articles.
PLACES = [
    ("SPRINGFIELD", "Ill."),
    ("PORTLAND", "Maine"),
    ("TULSA", "Okla."),
    ("DENVER", ""),
    ("MIAMI", ""),
    ("BOISE", "Idaho"),
]
SUBJECTS = [
    "Ferry Service Resumes",
    "Bridge Opens to Traffic",
    "Zoo Welcomes Panda Cub",
    "Storm Batters Coast",
    "Library Extends Hours",
    "Council Approves Budget",
    "Farmers Report Early Harvest",
]
SENTENCES = [
    "Officials said the work had finished ahead of schedule and under budget.",
    "Residents gathered near the town hall to hear the announcement on Monday.",
    "The mayor told reporters that the city would review the plan next month.",
    "A spokeswoman for the agency declined to comment on the figures.",
    "Traffic was light for most of the day, police said.",
    "The council voted 7-2 in favor after a debate that lasted three hours.",
    "Forecasters expected the weather to clear by the weekend.",
    "The project was first proposed more than a decade ago.",
]


def paragraphs(rng: random.Random, count: int) -> list[str]:
    """*count* paragraphs of two or three invented sentences each."""
    return [" ".join(rng.choices(SENTENCES, k=rng.randint(2, 3))) for _ in range(count)]


def tipster(n: int, headline: str, place: str, body: list[str]) -> str:
    """A TIPSTER ``<DOC>`` element."""
    text = "".join(f"   {para}\n" for para in body)
    return (
        f"<DOC>\n<DOCNO> AP900101-{n:06d} </DOCNO>\n<FILEID>AP-NR-01-01-90 0102EST</FILEID>\n"
        f"<HEAD>{headline}</HEAD>\n<BYLINE>By JANE EXAMPLE</BYLINE>\n"
        f"<BYLINE>Associated Press Writer</BYLINE>\n<DATELINE>{place} (AP) </DATELINE>\n"
        f"<TEXT>\n{text}</TEXT>\n</DOC>\n"
    )


def reuters21578(n: int, headline: str, place: str, body: list[str]) -> str:
    """A Reuters-21578 ``<REUTERS>`` element."""
    text = "\n".join(f"    {para}" for para in body)
    return (
        f'<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" NEWID="{n}">\n'
        "<DATE> 3-MAR-1987 09:12:44.10</DATE>\n<TEXT>&#2;\n"
        f"<TITLE>{headline.upper()}</TITLE>\n"
        f"<DATELINE>    {place}, March 3 - </DATELINE><BODY>{text.lstrip()}\n Reuter\n"
        "&#3;</BODY></TEXT>\n</REUTERS>\n"
    )


def anpa1312(n: int, headline: str, place: str, body: list[str]) -> str:
    """An ANPA-1312 transmission."""
    first, *rest = body
    text = "".join(f"\t   {line}\r\n" for line in [f"{place} (AP) _ {first}", *rest])
    return (
        f"\x16\x16\x01W{n % 10000:04d}\x1fasi\r\nr a\x13\x11 BC-Story   03-04 0123\r\n"
        f"\x02^BC-Story,0123<\r\n^{headline}<\r\n"
        f"{text}\r\n\t   \x03AP-WF-03-04-19 1200GMT<\r\n\r\n\f\r\n\x04"
    )


def iptc7901(n: int, headline: str, place: str, body: list[str]) -> str:
    """An IPTC 7901 transmission."""
    text = "\r\n\r\n".join(body)
    return (
        f"\x01eca{n % 10000:04d} 4 i 90  dpa 0123\r\n\r\nTown/news/\r\n"
        f"\x02{headline} =\r\n\r\n{place.title()} (dpa) - {text}\r\n\r\n"
        "dpa xy zz\r\n\x03041200 GMT Mar 04\r\n\x7f\n\x7f\x04\r\n"
    )


def zczc(n: int, headline: str, place: str, body: list[str]) -> str:
    """An AAP ZCZC message."""
    text = "\n\n   ".join(body)
    return (
        f"ZCZC AAP\r\n%A\r\n#Local: Story_{n}\r\n${headline}\r\n\r\n:({place})\r\n"
        f"&AAPIS\\Examplej\r\n*02000000\r\n@Local\r\n{text}\n\n   \r\n\r\nAAP XY\r\nNNNN\r\n"
    )


def formfeed(_n: int, headline: str, place: str, body: list[str]) -> str:
    """A plain article followed by a form feed."""
    first, *rest = body
    text = "\n\n".join([f"{place} -- {first}", *rest])
    return f"{headline}\n\nBy Jane Example\n\n{text}\n\f"


WRITERS: dict[str, Callable[[int, str, str, list[str]], str]] = {
    "tipster": tipster,
    "reuters21578": reuters21578,
    "anpa1312": anpa1312,
    "iptc7901": iptc7901,
    "zczc": zczc,
    "formfeed": formfeed,
}


def write_stream(path: Path, fmt: str, megabytes: float) -> tuple[int, int]:
    """Write about *megabytes* of articles to *path*; return (articles, bytes)."""
    rng = random.Random(1312)
    writer = WRITERS[fmt]
    target = int(megabytes * MB)
    written = count = 0
    with path.open("wb") as file:
        if fmt == "reuters21578":
            written += file.write(b'<!DOCTYPE lewis SYSTEM "lewis.dtd">\n')
        while written < target:
            count += 1
            city, region = rng.choice(PLACES)
            place = f"{city}, {region}" if region else city
            size = LONG_PARAGRAPHS if count % LONG_EVERY == 0 else rng.randint(6, 14)
            headline = f"{rng.choice(SUBJECTS)} in Story {count}"
            written += file.write(writer(count, headline, place, paragraphs(rng, size)).encode())
    return count, written


def peak_rss_mb() -> float:
    """The process's peak resident set size so far, in megabytes."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MB if sys.platform == "darwin" else peak * 1024 / MB  # bytes vs KiB


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; 0 when memory stayed under the limit."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--megabytes", type=float, default=100.0, help="stream size (100)")
    parser.add_argument("--format", choices=sorted(WRITERS), default="tipster")
    parser.add_argument("--limit", type=float, default=100.0, help="peak memory limit in MB")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations")
    parser.add_argument("--chunk-size", type=int, default=1 << 16, help="bytes a read (65536)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, f"stream.{args.format}")
        started = time.perf_counter()
        written, size = write_stream(path, args.format, args.megabytes)
        print(f"wrote {written} articles, {size / MB:.1f} MB ({args.format}) to {path}", end="")
        print(f" in {time.perf_counter() - started:.1f} s")

        baseline = peak_rss_mb()
        if args.tracemalloc:
            tracemalloc.start()
        started = time.perf_counter()
        parsed = right = 0
        for article in wireparse.parse_stream(path, chunk_size=args.chunk_size):
            parsed += 1
            right += (article.headline or "").lower().endswith(f" in story {parsed}")
        seconds = time.perf_counter() - started
        traced = tracemalloc.get_traced_memory()[1] / MB if args.tracemalloc else None
        tracemalloc.stop()
        peak = peak_rss_mb()

    print(f"articles        {parsed} ({right} with the headline written)")
    print(f"stream          {size / MB:.1f} MB")
    print(f"seconds         {seconds:.1f}")
    print(f"throughput      {size / MB / seconds:.2f} MB/s")
    print(f"peak RSS        {peak:.1f} MB (process; {baseline:.1f} MB before parsing)")
    if traced is not None:
        print(f"tracemalloc     {traced:.1f} MB peak allocated while parsing")
    failures = []
    if parsed != written or right != written:
        failures.append(f"parsed {parsed} articles ({right} right), wrote {written}")
    if peak > args.limit:
        failures.append(f"peak RSS {peak:.1f} MB exceeds {args.limit:.0f} MB")
    if traced is not None and traced > args.limit:
        failures.append(f"tracemalloc peak {traced:.1f} MB exceeds {args.limit:.0f} MB")
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
