"""Time per megabyte of :func:`wireparse.parse` on adversarial inputs, against ordinary articles.

Usage::

    python benchmarks/adversarial.py                    # full size, detected style
    python benchmarks/adversarial.py --styles all       # and forced into every style
    python benchmarks/adversarial.py --styles plain,zczc,tipster --kinds by,paren
    python benchmarks/adversarial.py --quick            # a tenth of the size, for CI
    python benchmarks/adversarial.py --check            # exit 1 when a ratio exceeds 3.0

Each adversarial input is built in code (a single 10 MB line, 100,000 lines of
``By``, of ``(``, of ``--``, of control characters, deep runs of nested
parentheses and quotes, a byline that never ends, a dateline-like prefix on
every line, a megabyte of end marks or of credits closing one paragraph, and
one flood per packaging: SGML tags, front matter separators, transmission
frames).  Each is parsed with the house style detected (the
``detected`` column) and, with ``--styles``, forced into each style named; the
time per megabyte (UTF-8) is divided by that of ordinary articles: every
``.txt`` article of ``../shared/corpus`` parsed one by one when the corpus is
beside the project, else the example article parsed over and over.

The target is a ratio of at most 3.0 everywhere.  The script exits 0 unless
``--check`` is given, in which case a ratio above ``--limit`` makes it exit 1.
Times are the best of ``--repeat`` runs (1 by default at full size).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import wireparse

if TYPE_CHECKING:
    from collections.abc import Callable

MB = 1_000_000
PROJECT = Path(__file__).resolve().parents[1]
CORPUS = PROJECT.parent / "shared" / "corpus"
EXAMPLE = PROJECT / "examples" / "koreaherald-2017-08-08.txt"
LINES = 100_000
"""Lines in each of the line floods at full size."""

SENTENCE = "The ferry crossed the frozen lake on Sunday, and crowds watched from the shore. "


def _lines(line: str) -> Callable[[float], str]:
    return lambda scale: line * int(LINES * scale)


def _long_line(scale: float) -> str:
    size = int(10 * MB * scale)
    return (SENTENCE * (size // len(SENTENCE) + 1))[:size]


def _nested_parentheses(scale: float) -> str:
    depth = int(MB * scale) // 2
    return "(" * depth + ")" * depth


def _nested_quotes(scale: float) -> str:
    depth = int(MB * scale) // 8
    return "\"'\u201c\u2018``" * depth + "''\u2019\u201d'\"" * depth


def _endless_byline(scale: float) -> str:
    names = "Jane Doe, John Roe and Kim Min-ji of the Lakeland Gazette, "
    return "By " + names * (int(MB * scale) // len(names))


def _controls(scale: float) -> str:
    # every C0 control but the line ends, DEL, some C1 and format characters
    controls = "".join(chr(c) for c in range(0x20) if chr(c) not in "\r\n")
    controls += "\x7f\x85\x9f\u200b\ufeff"
    count = int(LINES * scale)
    return "".join(controls[n % 8 :: 3] + "\n" for n in range(count))


KINDS: dict[str, Callable[[float], str]] = {
    "long-line": _long_line,
    "by": _lines("By\n"),
    "paren": _lines("(\n"),
    "dashes": _lines("--\n"),
    "controls": _controls,
    "nested-parens": _nested_parentheses,
    "nested-quotes": _nested_quotes,
    "endless-byline": _endless_byline,
    "dateline-prefix": _lines("SEOUL, Aug. 8 (Yonhap) -- The ministers met.\n"),
    "end-marks": lambda scale: "Talks resume\n\nThey met. " + "(END) " * int(MB * scale / 6),
    "credits": lambda scale: "Talks resume\n\nThey met. " + "(Yonhap) " * int(MB * scale / 9),
    "sgml-tags": _lines("<TEXT><HEAD>By<BYLINE>(AP) --</DATELINE>&amp;\n"),
    "front-matter": lambda scale: "---\n" + _lines("title: ---\n---\n")(scale),
    "frames": _lines("\x16\x16\x01a0001\x1fnat\r\n\x02^Head<\r\n\x03\x04"),
}
"""Each adversarial kind and how to build it at a scale (1.0 is full size)."""


def best_time(function: Callable[[], object], repeat: int) -> float:
    """The shortest of *repeat* runs of *function*, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def baseline(quick: bool) -> tuple[float, str]:
    """Seconds per megabyte on ordinary articles, and what they were."""
    if CORPUS.is_dir():
        paths = sorted(CORPUS.rglob("*.txt"))
        if quick:
            paths = paths[::10]
        texts = [path.read_bytes() for path in paths]
        what = f"{len(texts)} corpus articles"
    else:
        texts = [EXAMPLE.read_bytes()] * (100 if quick else 1000)
        what = f"the example article x {len(texts)}"
    size = sum(len(text) for text in texts)
    for text in texts[:50]:  # warm up: first use compiles some patterns
        wireparse.parse(text)
    started = time.perf_counter()
    for text in texts:
        wireparse.parse(text)
    seconds = time.perf_counter() - started
    return seconds / (size / MB), f"{what}, {size / MB:.1f} MB"


def main(argv: list[str] | None = None) -> int:
    """Print the table; with ``--check``, 1 when a ratio is over the limit."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the size (CI smoke)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a ratio is over")
    parser.add_argument("--limit", type=float, default=3.0, help="the ratio allowed (3.0)")
    parser.add_argument("--repeat", type=int, default=0, help="runs per input (1; 3 quick)")
    parser.add_argument("--kinds", default="", help="comma-separated kinds (all)")
    parser.add_argument(
        "--styles", default="", help="comma-separated styles to force as well, or 'all'"
    )
    args = parser.parse_args(argv)
    scale = 0.1 if args.quick else 1.0
    repeat = args.repeat or (3 if args.quick else 1)
    kinds = [k for k in args.kinds.split(",") if k] or list(KINDS)
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        parser.error(f"unknown kinds {unknown}; the kinds are {', '.join(KINDS)}")
    forced = list(wireparse.styles) if args.styles == "all" else args.styles.split(",")
    forced = [s for s in forced if s]
    for name in forced:
        if name not in wireparse.styles:
            parser.error(f"unknown style {name!r}")

    per_mb, what = baseline(args.quick)
    print(f"ordinary articles: {per_mb:.3f} s/MB ({what})")
    print(f"{'kind':16} {'style':20} {'MB':>6} {'seconds':>8} {'s/MB':>7} {'ratio':>6}")
    worst: list[tuple[float, str, str]] = []
    for kind in kinds:
        text = KINDS[kind](scale)
        size = len(text.encode("utf-8", errors="surrogatepass")) / MB
        for name in [None, *forced]:
            seconds = best_time(
                lambda text=text, name=name: wireparse.parse(text, style=name), repeat
            )
            ratio = seconds / size / per_mb
            shown = wireparse.styles.detect(text).name if name is None else name
            label = f"detected:{shown}" if name is None else name
            flag = "  OVER" if ratio > args.limit else ""
            print(f"{kind:16} {label:20} {size:6.2f} {seconds:8.3f} {seconds / size:7.3f}", end="")
            print(f" {ratio:6.2f}{flag}", flush=True)
            worst.append((ratio, kind, label))
    ratio, kind, label = max(worst)
    print(f"worst ratio: {ratio:.2f} ({kind}, {label}); limit {args.limit:.1f}")
    if args.check and ratio > args.limit:
        over = sum(r > args.limit for r, _k, _l in worst)
        print(f"FAIL: {over} ratio(s) over {args.limit:.1f}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
